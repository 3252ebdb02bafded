import type { Finding } from "../../src/core/finding";
import {
  applyIgnores,
  IGNORED_KEY,
  ignoreEntryFor,
  MAX_IGNORED,
  parseIgnored,
  SessionDataIgnoreStore,
  withIgnores,
  withoutIgnores,
} from "../../src/office/ignored-findings";
import { createFakeComposeItem } from "../helpers/fake-office";

const pepsi: Finding = {
  check: "competitor-mention",
  messageId: "mention",
  severity: "warning",
  recipient: "Megge.Anderson@coca-cola.example",
  message: "…",
  evidence: { field: "body", text: "Pepsi", start: 10, end: 15 },
};
const now = new Date("2026-11-23T09:00:00Z");

describe("ignored findings", () => {
  it("an ignore covers the same words for the same person and check, wherever they moved", () => {
    const entry = ignoreEntryFor(pepsi, now, "  They asked about\nPepsi's offer  ");
    expect(entry).toEqual({
      check: "competitor-mention",
      recipient: "megge.anderson@coca-cola.example",
      field: "body",
      text: "pepsi",
      reason: "They asked about Pepsi's offer",
      at: "2026-11-23T09:00:00.000Z",
    });
    const moved = {
      ...pepsi,
      evidence: { field: "body" as const, text: "PEPSI", start: 90, end: 95 },
    };
    const other = { ...pepsi, recipient: "jo@coca-cola.example" };
    const subject = { ...pepsi, evidence: { ...pepsi.evidence!, field: "subject" as const } };
    const { kept, ignored } = applyIgnores([moved, other, subject], [entry]);
    expect(kept).toEqual([other, subject]);
    expect(ignored).toEqual([{ finding: moved, entry }]);
  });

  it("adds, replaces and removes entries by the finding they cover, keeping the newest", () => {
    const first = ignoreEntryFor(pepsi, now);
    const again = ignoreEntryFor(pepsi, now, "new reason");
    expect(withIgnores([first], [again])).toEqual([again]);
    expect(withoutIgnores([again], [first])).toEqual([]);
    const many = Array.from({ length: MAX_IGNORED + 5 }, (_, i) =>
      ignoreEntryFor({ ...pepsi, evidence: { ...pepsi.evidence!, text: `Brand${i}` } }, now),
    );
    const kept = withIgnores([], many);
    expect(kept).toHaveLength(MAX_IGNORED);
    expect(kept[kept.length - 1]!.text).toBe(`brand${MAX_IGNORED + 4}`);
  });

  it("never trusts what is stored: malformed values are dropped, reasons kept to one line", () => {
    expect(parseIgnored("not json")).toEqual([]);
    expect(parseIgnored('{"a":1}')).toEqual([]);
    const stored = JSON.stringify([
      { check: "x" },
      {
        check: "competitor-mention",
        recipient: "A@B.EXAMPLE",
        field: "body",
        text: "Pepsi",
        reason: "line\n• forged",
        at: "t",
      },
    ]);
    expect(parseIgnored(stored)).toEqual([
      {
        check: "competitor-mention",
        recipient: "a@b.example",
        field: "body",
        text: "pepsi",
        reason: "line • forged",
        at: "t",
      },
    ]);
  });

  it("lives in the item's sessionData, shared by the pane and the send handler of that draft", async () => {
    const fake = createFakeComposeItem();
    const store = new SessionDataIgnoreStore(fake.item.sessionData!);
    expect(await store.load()).toEqual([]);
    const entry = ignoreEntryFor(pepsi, now);
    await store.save([entry]);
    expect(JSON.parse(fake.sessionData.get(IGNORED_KEY)!)).toEqual([entry]);
    expect(await new SessionDataIgnoreStore(fake.item.sessionData!).load()).toEqual([entry]);
  });
});
