import { hasReservedMeetingAddress, meetingAddress } from "../../../src/core/text/meeting-links";

describe("meetingAddress", () => {
  describe("real platform hosts", () => {
    it.each([
      ["https://us02web.zoom.us/j/81234567890?pwd=abc", "zoom", true],
      ["https://teams.microsoft.com/l/meetup-join/19%3ameeting", "teams", true],
      ["https://meet.google.com/abc-defg-hij", "google-meet", true],
      ["https://acme.webex.com/meet/j.smith", "webex", true],
      ["https://zoom.us/u/kbQ12", "zoom", false],
    ])("%s is %s (joins: %s)", (url, platform, joins) => {
      expect(meetingAddress(url)).toMatchObject({ platform, joins });
    });
  });

  // Round 33: a reserved name (RFC 2606/6761) stands for the platform's real host.
  describe("reserved names standing for a platform's host", () => {
    it.each([
      ["https://zoom.example/j/5551234", "zoom", true],
      ["https://us06web.zoom.example/j/98765?pwd=q", "zoom", true],
      ["https://teams.microsoft.example/l/meetup-join/abc", "teams", true],
      ["https://meet.google.example/xyz-abcd-efg", "google-meet", true],
      ["https://harbour.webex.test/meet/anna", "webex", true],
      ["https://zoom.example/u/abcd", "zoom", false],
    ])("%s is %s (joins: %s)", (url, platform, joins) => {
      expect(meetingAddress(url)).toMatchObject({ platform, joins });
    });

    it("names another vendor's meeting on a reserved name", () => {
      expect(meetingAddress("https://whereby.example/quarterly-review")).toMatchObject({
        platform: "video",
        vendor: "Whereby",
      });
    });

    it("keys the same meeting alike however its host is written", () => {
      expect(meetingAddress("https://zoom.example/j/42")!.key).toBe(
        meetingAddress("https://zoom.us/j/42")!.key,
      );
    });

    it.each([
      "https://zoomcars.example/bookings",
      "https://zoom.example.com/j/123",
      "https://www.acme.example/meet",
      "https://teams.acme.example/l/meetup-join/abc",
      "https://google.example/meet/abc",
    ])("%s is no platform's address", (url) => {
      expect(meetingAddress(url)).toBeUndefined();
    });
  });

  // Round 34 (analysis-h33): the platform's short name as the last label before the reserved
  // top-level name stands for its join host.
  describe("a platform's short name on a reserved host", () => {
    it.each([
      ["https://teams.example/l/meetup-join/19%3ameeting_a1%40thread.v2/0", "teams", true],
      ["https://firm.teams.test/l/meetup-join/abc", "teams", true],
      ["https://meet.example/kdq-wxyz-pqr", "google-meet", true],
    ])("%s is %s (joins: %s)", (url, platform, joins) => {
      expect(meetingAddress(url)).toMatchObject({ platform, joins });
    });

    it.each([
      "https://teamsters.example/l/meetup-join/abc",
      "https://teams.harbour.example/l/meetup-join/abc",
      "https://meetings.example/abc",
      "https://teams.com/l/meetup-join/abc",
    ])("%s is no platform's address", (url) => {
      expect(meetingAddress(url)).toBeUndefined();
    });

    it.each([
      ["Join: https://teams.example/l/meetup-join/abc", true],
      ["Join: https://teams.harbour.example/l/meetup-join/abc", false],
      ["Join: https://teams.microsoft.com/l/meetup-join/abc", false],
      ["Visit teams.example for details", false],
    ])("a line's meeting address on a reserved host: %s", (line, expected) => {
      expect(hasReservedMeetingAddress(line)).toBe(expected);
    });
  });
});
