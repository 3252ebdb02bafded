import { readComposeDraft } from "../../src/office/read-item";
import { audience, draftFor } from "../../bench/fixtures";
import { BusyLog, busyUnionMs, roundTrips, slowComposeItem } from "../../bench/latency";

function log(...intervals: [number, number][]): BusyLog {
  const result = new BusyLog();
  result.intervals.push(...intervals.map(([start, end]) => ({ start, end })));
  return result;
}

describe("busyUnionMs", () => {
  it("counts overlapping busy time once, across logs", () => {
    expect(busyUnionMs(log([0, 10], [5, 15]), log([20, 30]))).toBe(25);
    expect(busyUnionMs(log([0, 10]), log([2, 4]))).toBe(10);
    expect(busyUnionMs(new BusyLog())).toBe(0);
  });
});

describe("roundTrips", () => {
  it("treats requests in flight together as one round trip", () => {
    expect(roundTrips(log([0, 80], [1, 81], [2, 82]))).toBe(1);
  });

  it("counts requests that waited for an earlier answer as further round trips", () => {
    expect(roundTrips(log([0, 80], [81, 160], [161, 240]))).toBe(3);
    expect(roundTrips(log([0, 80], [1, 81], [90, 170]))).toBe(2);
    expect(roundTrips(new BusyLog())).toBe(0);
  });
});

describe("slowComposeItem", () => {
  it("serves the draft through the real Office reader, logging each call", async () => {
    const { recipients } = audience(3);
    const draft = draftFor(recipients, "<p>Dear Megge,</p>");
    const calls = new BusyLog();
    const { item, mailbox } = slowComposeItem(draft, () => 1, calls);

    const read = await readComposeDraft(item, mailbox);

    expect(read.recipients.map((r) => [r.address, r.kind])).toEqual(
      recipients.map((r) => [r.address, r.kind]),
    );
    expect(read.subject).toBe(draft.subject);
    expect(read.body).toEqual({ format: "html", content: "<p>Dear Megge,</p>" });
    expect(read.attachments).toEqual(draft.attachments);
    // To, Cc, Bcc, subject, body, attachments.
    expect(calls.calls).toBe(6);
  });
});
