import fc from "fast-check";
import {
  firstSpanAfter,
  isWhiteSpaceAt,
  OverlapIndex,
  spanAt,
  trimEndOf,
  trimSpans,
  type TextSpan,
} from "../../../src/core/text";

/** A span within a text of `length`. */
const spanIn = (length: number) =>
  fc
    .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
    .map(([a, b]): TextSpan => ({ start: Math.min(a, b), end: Math.max(a, b) }));

/** Sorted, non-overlapping spans. */
const disjointSpans = fc
  .array(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 5 })), { maxLength: 12 })
  .map((gaps) => {
    const spans: TextSpan[] = [];
    let at = 0;
    for (const [gap, length] of gaps) {
      spans.push({ start: at + gap, end: at + gap + length });
      at += gap + length;
    }
    return spans;
  });

describe("isWhiteSpaceAt", () => {
  it("is /\\s/ for every UTF-16 unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isWhiteSpaceAt(char, 0) !== /\s/.test(char)) throw new Error(`differs at ${code}`);
    }
  });
});

describe("trimSpans", () => {
  it("moves edges off white space and drops blank spans, like trimming each on its own", () => {
    const naive = (text: string, spans: TextSpan[]) =>
      spans.flatMap(({ start, end }) => {
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        return end > start ? [{ start, end }] : [];
      });
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom("a", " ", "\n", "\u00a0", "b"), maxLength: 40 })
          .chain((text) =>
            fc.tuple(fc.constant(text), fc.array(spanIn(text.length), { maxLength: 10 })),
          ),
        ([text, spans]) => {
          expect(trimSpans(text, spans)).toEqual(naive(text, spans));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("keeps what else a span carries", () => {
    expect(trimSpans("  ab  ", [{ start: 0, end: 6, href: "x" }])).toEqual([
      { start: 2, end: 4, href: "x" },
    ]);
  });
});

describe("OverlapIndex", () => {
  it("says whether a range overlaps any span, as a scan of them all would", () => {
    fc.assert(
      fc.property(fc.array(spanIn(50), { maxLength: 15 }), spanIn(50), (spans, query) => {
        const sorted = [...spans].sort((a, b) => a.start - b.start);
        const index = new OverlapIndex(sorted);
        const naive = sorted.some((s) => s.start < query.end && s.end > query.start);
        expect(index.overlaps(query.start, query.end)).toBe(naive);
      }),
      { numRuns: 2000 },
    );
  });

  it("grows as spans are added in order of start, and refuses them out of order", () => {
    const index = new OverlapIndex();
    expect(index.overlaps(0, 10)).toBe(false);
    index.add({ start: 2, end: 4 });
    index.add({ start: 2, end: 9 });
    expect(index.overlaps(5, 6)).toBe(true);
    expect(index.overlaps(9, 12)).toBe(false); // touching is not overlapping
    expect(index.size).toBe(2);
    expect(() => index.add({ start: 1, end: 3 })).toThrow(RangeError);
  });
});

describe("spanAt and firstSpanAfter", () => {
  it("find what a scan of sorted, disjoint spans finds", () => {
    fc.assert(
      fc.property(disjointSpans, fc.integer({ min: -1, max: 60 }), (spans, offset) => {
        expect(spanAt(spans, offset)).toBe(spans.find((s) => offset >= s.start && offset < s.end));
        expect(firstSpanAfter(spans, offset)).toBe(spans.find((s) => s.start > offset));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("trimEndOf", () => {
  it("drops the run of the given characters at the end only", () => {
    expect(trimEndOf("www.example.com.,", ".,;")).toBe("www.example.com");
    expect(trimEndOf("a.b", ".")).toBe("a.b");
    expect(trimEndOf("...", ".")).toBe("");
    expect(trimEndOf(`x${".".repeat(100_000)}y.`, ".")).toBe(`x${".".repeat(100_000)}y`);
  });
});
