import { MOST_CLAUSES, splitSentences } from "../../../src/core/listen/sentences";

/** The clauses of one line, as listening reads them, with runs of spaces shown as one. */
function clausesOf(line: string): string[] {
  const [sentence] = splitSentences(line, [{ start: 0, end: line.length }]);
  return (sentence?.clauses ?? []).map((c) => c.text.replace(/\s+/g, " "));
}

// Round 31 (analysis-lh28 M5), written for this table: an aside of up to six words between
// dashes, between a subject and a verb of decision or refusal, is read past (blanked in the
// clause's text, its offsets kept); a contrast or a refusal between dashes, a longer aside, or a
// dash before anything but such a verb still splits the clause.
describe("splitSentences: a dash aside between subject and verb (round 31)", () => {
  it.each([
    [
      "All of us - partners and staff alike - will decline hospitality from advisers.",
      ["All of us will decline hospitality from advisers."],
    ],
    [
      "The committee – after some debate – has decided to stop the dinners.",
      ["The committee has decided to stop the dinners."],
    ],
  ])("reads past: %s", (line, clauses) => {
    expect(clausesOf(line)).toEqual(clauses);
  });

  it.each([
    // A contrast between dashes is a clause of its own.
    ["Post - not email - is best for the originals.", 3],
    // Seven words is no aside.
    ["Our people - and that means every single person on the payroll - will decline.", 3],
    // After the second dash, no verb of decision: a list of remarks.
    ["Thanks for the draft - it looks fine - I will send comments tomorrow.", 3],
  ])("keeps the split: %s", (line, count) => {
    expect(clausesOf(line)).toHaveLength(count);
  });

  it("keeps every clause's offsets on the words as written", () => {
    const line = "None of us - trustees included - will accept gifts.";
    const [sentence] = splitSentences(line, [{ start: 0, end: line.length }]);
    for (const c of sentence!.clauses) {
      expect(c.text).toHaveLength(c.end - c.start);
      expect(line.slice(c.start, c.end).startsWith(c.text.slice(0, 4))).toBe(true);
    }
  });

  it("keeps the abbreviated titles of other languages inside the sentence", () => {
    const line = 'Please drop the "Sra. Quintana" and the "Mme. Roux".';
    expect(splitSentences(line, [{ start: 0, end: line.length }])).toHaveLength(1);
  });
});

// Round 47 (a security audit): a hostile message must not make listening quadratic. Where a run
// of white space splits a clause, the split starts at the run's first space (the clause reader is
// no longer tried at every space of the run), and a "sentence" of more clauses than prose has is
// read as MOST_CLAUSES clauses and one long rest (each clause's readers also read the sentence).
describe("splitSentences: hostile shapes read in linear time, the same clauses (round 47)", () => {
  it.each([
    ["No calls ;   email is fine.", ["No calls", "email is fine."]],
    ["No calls      --      email only.", ["No calls", "email only."]],
    ["I want nothing  but email.", ["I want nothing but email."]],
    ["We tried calls     but email is better.", ["We tried calls", "but email is better."]],
  ])("splits runs of white space as one space: %s", (line, clauses) => {
    expect(clausesOf(line)).toEqual(clauses);
  });

  it("reads at most MOST_CLAUSES clauses of one sentence, the rest as one", () => {
    const entries = Array.from({ length: 200 }, (_, i) => `entry ${i}`);
    const line = `We will not pay for: ${entries.join("; ")}.`;
    const clauses = clausesOf(line);
    expect(clauses).toHaveLength(MOST_CLAUSES + 1);
    expect(clauses[MOST_CLAUSES - 1]).toBe(`entry ${MOST_CLAUSES - 1}`);
    expect(clauses[MOST_CLAUSES]!.startsWith(`entry ${MOST_CLAUSES}; entry`)).toBe(true);
  });

  it("still reads a list of sixty refused entries one by one", () => {
    const entries = Array.from({ length: 60 }, (_, i) => `entry ${i}`);
    const clauses = clausesOf(`We will not pay for: ${entries.join("; ")}.`);
    expect(clauses).toHaveLength(MOST_CLAUSES);
    expect(clauses[MOST_CLAUSES - 1]).toBe("entry 59.");
  });
});
