import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftReadError, readDraftFile, readDrafts } from "../../src/cli/read-draft";
import { parseIcs } from "../../src/cli/read-ics";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "ics", name);

/** An .ics as a calendar program writes it: CRLF line ends. */
function ics(...lines: string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}
const event = (...props: string[]) =>
  ics("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", ...props, "END:VEVENT", "END:VCALENDAR");

describe("readDrafts: iCalendar invitations (.ics)", () => {
  it("reads Outlook's shape: folded lines, escapes, TZID, roles, resources, the Teams meeting", async () => {
    const path = fixture("outlook-teams-invite.ics");
    const raw = readFileSync(path, "utf8");
    // The fixture is real-shaped: CRLF, and lines folded at 75 octets.
    expect(raw).toContain("\r\n ");
    expect(raw.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const draft = await readDraftFile(path);
    expect(draft.kind).toBe("appointment");
    expect(draft.from).toEqual({ address: "alex.morgan@lawfirm.example", name: "Morgan, Alex" });
    expect(draft.recipients).toEqual([
      { address: "Taylor.Kim@microsoft.example", name: "Kim, Taylor", kind: "required" },
      { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "optional" },
      { address: "records@ups.example", name: "Records", kind: "optional" },
      { address: "dan@whitakerbuilding.example", name: "Dan Whitaker", kind: "required" },
      { address: "sam.rivera@ups.example", name: "Sam Rivera", kind: "required" },
    ]);
    expect(draft.subject).toBe("Licence review, part 2; Q4");
    expect(draft.location).toBe("Boardroom 4, 1 Main Street; London");
    expect(draft.body).toEqual({
      format: "text",
      content:
        "Agenda:\n1. Licence scope; territories, term\n2. Fees, audit\\rights\n\nA deliberately long line that has to be folded at seventy-five octets — with ünïcödé letters that must not be split.",
    });
    // 17 July is summer time in London: GMT Standard Time's VTIMEZONE says +01:00 then.
    expect(draft.start).toBe("2026-07-17T15:00:00+01:00");
    expect(draft.end).toBe("2026-07-17T16:00:00+01:00");
    expect(draft.onlineMeeting).toEqual({
      platform: "teams",
      url: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d",
    });
    expect(draft.attachments).toEqual([]);
  });

  it("prefers the HTML description (X-ALT-DESC) over the text one", () => {
    const [draft] = parseIcs(
      event(
        "SUMMARY:x",
        "DESCRIPTION:plain",
        'X-ALT-DESC;FMTTYPE=text/html:<p>Join <a href="https://zoom.us/j/1">here</a></p>',
      ),
      "a.ics",
    );
    expect(draft!.body).toEqual({
      format: "html",
      content: '<p>Join <a href="https://zoom.us/j/1">here</a></p>',
    });
  });

  it("writes times as ISO 8601: UTC, all-day, floating, an undefined TZID, DURATION", () => {
    const [utc] = parseIcs(event("DTSTART:20260717T140000Z", "DTEND:20260717T150000Z"), "a.ics");
    expect([utc!.start, utc!.end]).toEqual(["2026-07-17T14:00:00Z", "2026-07-17T15:00:00Z"]);
    const [allDay] = parseIcs(event("DTSTART;VALUE=DATE:20260717"), "a.ics");
    expect(allDay!.start).toBe("2026-07-17");
    const [floating] = parseIcs(
      event("DTSTART;TZID=Nowhere Standard Time:20260717T090000", "DURATION:PT45M"),
      "a.ics",
    );
    expect(floating!.start).toBe("2026-07-17T09:00:00");
    expect(floating!.end).toBe("2026-07-17T09:45:00");
  });

  it.each([
    ["CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://us02web.zoom.us/j/1", "zoom"],
    ["X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij", "google-meet"],
    ["X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:jo@firm.example", "other"],
    ["CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.firm.example/r/1", "other"],
  ])("knows the online meeting from %s", (property, platform) => {
    const [draft] = parseIcs(event("SUMMARY:x", property), "a.ics");
    expect(draft!.onlineMeeting?.platform).toBe(platform);
  });

  it("does not take a telephone bridge for an online meeting", () => {
    const [draft] = parseIcs(
      event("SUMMARY:x", "CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+1-555-0100"),
      "a.ics",
    );
    expect(draft!.onlineMeeting).toBeUndefined();
  });

  it("reads every event of a calendar as its own draft; readDraftFile asks for one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-ics-"));
    const path = join(dir, "two.ics");
    writeFileSync(
      path,
      ics(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "SUMMARY:First",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "SUMMARY:Second",
        "END:VEVENT",
        "END:VCALENDAR",
      ),
    );
    expect((await readDrafts(path)).map((d) => d.subject)).toEqual(["First", "Second"]);
    await expect(readDraftFile(path)).rejects.toThrow(
      `${path}: holds 2 events; \`rapport check\` reports on each of them`,
    );
  });

  it.each([
    ["", "the file is empty"],
    ["hello", "not an iCalendar file (it does not start with BEGIN:VCALENDAR)"],
    [
      ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:x"),
      "not a readable iCalendar file (invalid ical body. component began but did not end)",
    ],
    [
      ics("BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR"),
      "the calendar holds no event (VEVENT)",
    ],
    [
      ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "garbage line", "END:VEVENT", "END:VCALENDAR"),
      'not a readable iCalendar file (invalid line (no token ";" or ":") "garbage line")',
    ],
    [
      event("DTSTART:tomorrow"),
      "event 1: DTSTART is not a date or date-time (such as 20260717T150000)",
    ],
    [
      event("DTSTART:20260717T090000", "DURATION:soon"),
      "event 1: DURATION is not a duration (such as PT1H)",
    ],
  ])("rejects bad input with the file and the reason (%#)", async (content, reason) => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-ics-"));
    const path = join(dir, "bad.ics");
    writeFileSync(path, content);
    const error = await readDrafts(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftReadError);
    expect((error as DraftReadError).file).toBe(path);
    expect((error as DraftReadError).message).toContain(`${path}: ${reason}`);
  });

  it("reads a calendar without the .ics extension by its first line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-ics-"));
    const path = join(dir, "invite.txt");
    writeFileSync(path, event("SUMMARY:Hi", "LOCATION:Zoom"));
    expect((await readDraftFile(path)).location).toBe("Zoom");
  });
});

describe("readDrafts: invitation e-mails (.eml with a text/calendar part)", () => {
  it("is the invitation: the event's fields, the e-mail's body, everyone it goes to", async () => {
    const draft = await readDraftFile(fixture("invitation-email.eml"));
    expect(draft.kind).toBe("appointment");
    expect(draft.location).toBe("https://us02web.zoom.us/j/85123456789");
    expect(draft.start).toBe("2026-07-17T14:00:00Z");
    expect(draft.subject).toBe("Licence review");
    expect(draft.body).toEqual({ format: "html", content: "<p>Agenda to follow.</p>\n" });
    expect(draft.from).toEqual({ address: "alex.morgan@lawfirm.example", name: "Alex Morgan" });
    // The room is not a recipient; Cc'd Sam, whom the event does not list, is checked too.
    expect(draft.recipients).toEqual([
      { address: "taylor.kim@microsoft.example", name: "Taylor Kim", kind: "required" },
      { address: "sam.rivera@ups.example", name: "Sam Rivera", kind: "optional" },
    ]);
    // The invitation's own invite.ics is not an attachment the checks read.
    expect(draft.attachments).toEqual(["Licence v3.pdf"]);
  });

  it("names the e-mail and its calendar part when the invitation cannot be read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-ics-"));
    const path = join(dir, "broken-invite.eml");
    const source = readFileSync(fixture("invitation-email.eml"), "utf8").replace(
      "DTSTART:20260717T140000Z",
      "DTSTART:someday",
    );
    writeFileSync(path, source);
    await expect(readDraftFile(path)).rejects.toThrow(
      `${path}: its text/calendar part: event 1: DTSTART is not a date or date-time`,
    );
  });

  it("stays a message when the calendar part is a reply, not an invitation", async () => {
    const draft = await readDraftFile(fixture("reply-email.eml"));
    expect(draft.kind).toBeUndefined();
    expect(draft.location).toBeUndefined();
    expect(draft.recipients.map((r) => r.kind)).toEqual(["to", "cc"]);
  });
});
