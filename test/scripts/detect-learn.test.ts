import type { Evidence } from "../../src/core/finding";
import { mailHalf } from "../../scripts/learn/detect-mail-cache";
import { DEFAULTS, subjectCues, train, type Example } from "../../scripts/learn/detect-model";

function at(text: string, needle: string): Evidence {
  const start = text.indexOf(needle);
  return { field: "body", text: needle, start, end: start + needle.length };
}

const texts = (body: string) => ({ subject: "", location: "", body, attachments: [] });

describe("round 36's subject cues (tried, not shipped)", () => {
  it("read a brand as a clause's subject, a possessive, in capitals", () => {
    const a = "We found Apple isn't as user-friendly as we thought.";
    expect(subjectCues("competitor-mention", at(a, "Apple"), texts(a))).toEqual([
      "esubj|competitor-mention",
    ]);
    const b = "Ask Sun's marketing department.";
    expect(subjectCues("competitor-mention", at(b, "Sun's"), texts(b))).toEqual([
      "eposs|competitor-mention",
    ]);
    const c = "The IBM laptops arrived.";
    expect(subjectCues("competitor-mention", at(c, "IBM"), texts(c))).toEqual([
      "allcaps|competitor-mention",
    ]);
  });

  it("never read outside the text", () => {
    const evidence: Evidence = { field: "body", text: "x", start: 5, end: 99 };
    expect(subjectCues("competitor-mention", evidence, texts("short"))).toEqual([]);
  });
});

describe("real mail's halves", () => {
  it("split by a hash of the message path, the same every run", () => {
    const halves = ["easy-ham-1/00001", "easy-ham-1/00002", "hard-ham-1/00044"].map(mailHalf);
    for (const h of halves) expect(["mail0", "mail1"]).toContain(h);
    expect(mailHalf("easy-ham-1/00001")).toBe(halves[0]);
  });
});

describe("the trainer's row weights", () => {
  it("skip a row of weight 0 and count a heavier row more", () => {
    const o = { ...DEFAULTS, bits: 4, epochs: 3 };
    const row = (weight?: number): Example => ({
      set: "s",
      caseIndex: 0,
      findingIndex: 0,
      check: "competitor-mention",
      label: "right",
      buckets: [1],
      ...(weight === undefined ? {} : { weight }),
    });
    expect(train([row(0)], o)[1]).toBe(0);
    expect(train([row(3)], o)[1]!).toBeGreaterThan(train([row()], o)[1]!);
  });
});
