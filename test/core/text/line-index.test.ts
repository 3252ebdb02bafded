import fc from "fast-check";
import { LineIndex } from "../../../src/core/text";

/** The line holding `offset` by scanning, as the checks did per hit before the index. */
function scanLine(text: string, offset: number) {
  const start = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return { start, end: newline < 0 ? text.length : newline };
}

describe("LineIndex", () => {
  it("finds the line of an offset; a line break belongs to the line it ends", () => {
    const index = new LineIndex("ab\ncd\r\n\nef");
    expect(index.count).toBe(4);
    expect(index.lineAt(0)).toEqual({ start: 0, end: 2 });
    expect(index.lineAt(2)).toEqual({ start: 0, end: 2 });
    expect(index.lineAt(3)).toEqual({ start: 3, end: 6 }); // "cd\r": the \r stays
    expect(index.lineAt(7)).toEqual({ start: 7, end: 7 });
    expect(index.lineAt(10)).toEqual({ start: 8, end: 10 }); // the end of the text
    expect(index.lineOf(9)).toBe(3);
  });

  it("has one empty line for an empty text", () => {
    const index = new LineIndex("");
    expect(index.count).toBe(1);
    expect(index.lineAt(0)).toEqual({ start: 0, end: 0 });
  });

  it("agrees with scanning for the line breaks, on any text and offset", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "\n", "\r", " ", "é"), maxLength: 60 }),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          const index = new LineIndex(text);
          expect(index.lineAt(offset)).toEqual(scanLine(text, offset));
          expect(index.line(index.lineOf(offset))).toEqual(scanLine(text, offset));
        },
      ),
      { numRuns: 500 },
    );
  });
});
