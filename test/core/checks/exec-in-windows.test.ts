import fc from "fast-check";
import { execInWindows, windowsAround } from "../../../src/core/checks/helpers";

/** A global pattern that counts the windows it is run on. */
class CountingPattern extends RegExp {
  runs = 0;
  override exec(text: string): RegExpExecArray | null {
    if (this.lastIndex === 0) this.runs++;
    return super.exec(text);
  }
}

const spans = (found: readonly RegExpExecArray[]) => found.map((m) => [m.index, m[0]]);

describe("execInWindows", () => {
  const text =
    "We met on Monday. Would you like to join us for dinner on Friday? " +
    "The court listed the hearing. ".repeat(20) +
    "Invitation to lunch follows.";
  const windows = windowsAround(
    text,
    // The dinner, a hearing far from it and from the lunch, the lunch.
    [text.indexOf("dinner"), text.indexOf("hearing", 300), text.indexOf("lunch")].map((at) => ({
      start: at,
      end: at + 5,
    })),
    30,
  );

  it("finds the pattern's matches in the windows, with offsets into the whole text", () => {
    const found = execInWindows(text, windows, /\b(?:join us for|invitation to) \w+/gi);
    expect(spans(found)).toEqual([
      [text.indexOf("join us for dinner"), "join us for dinner"],
      [text.indexOf("Invitation to lunch"), "Invitation to lunch"],
    ]);
  });

  it("with a lead, skips the windows where the lead is not written and finds the same", () => {
    const pattern = new CountingPattern("\\b(?:join us for|invitation to) \\w+", "gi");
    const lead = /\b(?:join us for|invitation to) /i;
    const found = execInWindows(text, windows, pattern, lead);
    expect(spans(found)).toEqual(spans(execInWindows(text, windows, new RegExp(pattern))));
    // Only the two windows holding a lead ran the pattern, not the hearing's.
    expect(windows.length).toBeGreaterThan(2);
    expect(pattern.runs).toBe(2);
  });

  it("gives the same matches with the pattern's own opening as its lead, on any text", () => {
    const lead = "\\b(?:a|an|the)\\s+";
    const tail = "(?:quick\\s+)?(?:lunch|dinner|drinks?)\\b";
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("a ", "an ", "the ", "quick ", "lunch", "dinner", "drink", ". ", "x"),
          {
            maxLength: 30,
          },
        ),
        fc.array(fc.nat(), { maxLength: 4 }),
        (pieces, at) => {
          const sample = pieces.join("");
          const near = at.map((n) => ({
            start: n % (sample.length + 1),
            end: n % (sample.length + 1),
          }));
          const around = windowsAround(sample, near, 6);
          const pattern = new RegExp(lead + tail, "gi");
          expect(spans(execInWindows(sample, around, pattern, new RegExp(lead, "i")))).toEqual(
            spans(execInWindows(sample, around, pattern)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
