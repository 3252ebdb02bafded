/**
 * Lookbehind as code (src/core/text/lookbehind.ts): a pattern plus a test of the text before its
 * match behaves as the pattern with the lookbehind did (Node has lookbehind, so the two are
 * compared), under every way the checks run a pattern: exec from a place (global), once
 * (neither), at one place (sticky), test, replace and search.
 */
import {
  afterMark,
  afterPhrase,
  notAfter,
  phrases,
  withFlags,
  withLookbehind,
} from "../../../src/core/text/lookbehind";

const TEXTS = [
  "",
  "ab",
  "xab",
  "x ab",
  "ab ab xab .ab",
  "xxab",
  "é ab",
  "éab",
  "😀ab",
  "\nab",
  "abab",
];

/** (?<![x\p{L}]) can't be written for the old engine; `[x]` here is enough to compare. */
function pair(flags: string): [RegExp, RegExp] {
  return [withLookbehind(new RegExp("ab", flags), notAfter(/x/)), new RegExp("(?<!x)ab", flags)];
}

function runAll(pattern: RegExp, text: string): unknown[] {
  const seen: unknown[] = [];
  pattern.lastIndex = 0;
  for (let i = 0; i < 6; i++) {
    const m = pattern.exec(text);
    seen.push(m ? [m.index, m[0], pattern.lastIndex] : [null, pattern.lastIndex]);
    if (!m) break;
  }
  return seen;
}

describe("withLookbehind", () => {
  it.each(["g", "", "gi", "u", "gu", "y", "iy"])(
    "exec, test, replace and search agree with the lookbehind (flags %p)",
    (flags) => {
      const [mine, theirs] = pair(flags);
      for (const text of TEXTS) {
        expect(runAll(mine, text)).toEqual(runAll(theirs, text));
        for (let at = 0; at <= text.length + 1; at++) {
          mine.lastIndex = at;
          theirs.lastIndex = at;
          expect([mine.test(text), mine.lastIndex]).toEqual([theirs.test(text), theirs.lastIndex]);
        }
        mine.lastIndex = 0;
        theirs.lastIndex = 0;
        expect(text.replace(mine, "<$&>")).toBe(text.replace(theirs, "<$&>"));
        expect(text.search(mine)).toBe(text.search(theirs));
        expect(text.match(mine)).toEqual(text.match(theirs));
      }
    },
  );

  it("gives the test the match it found, so a test can concern one alternative", () => {
    // (?:(?<!x)ab|abc): only the first alternative has the lookbehind.
    const mine = withLookbehind(
      /ab(?!c)|abc/g,
      (text, index, m) => m[0] === "abc" || text[index - 1] !== "x",
    );
    const theirs = /(?<!x)ab(?!c)|abc/g;
    for (const text of ["xab", "xabc", "ab abc xab", "xxabc ab"])
      expect(runAll(mine, text)).toEqual(runAll(theirs, text));
  });

  it("moves on a whole code point under the u flag", () => {
    const mine = withLookbehind(/./gu, notAfter(/a/));
    expect("a😀b".match(mine)).toEqual("a😀b".match(/(?<!a)./gu));
  });

  it("keeps its test in a copy with other flags", () => {
    const [mine] = pair("g");
    const sticky = withFlags(mine, "y");
    sticky.lastIndex = 1;
    expect(sticky.exec("xab")).toBeNull();
    sticky.lastIndex = 2;
    expect(sticky.exec("x ab")?.index).toBe(2);
    expect(withFlags(/ab/g, "y").exec("ab")?.index).toBe(0);
  });
});

describe("the lookbehinds written as code", () => {
  it("notAfter: (?<![…]), true at the start", () => {
    const test = notAfter(/[\d.]/);
    expect(test("1.5", 0)).toBe(true);
    expect(test("1.5", 2)).toBe(false);
    expect(test("v5", 1)).toBe(true);
  });

  it("afterMark: (?<=[marks]\\s*), (?<=[marks]\\s+) and (?<=(?:^|[marks])\\s*)", () => {
    const cases: [string, number][] = [
      ["", 0],
      ["a", 1],
      [".", 1],
      [". ", 2],
      [".\n ", 3],
      ["x \n  ", 5],
      ["  ", 2],
      ["x. é ", 5],
      ["?\u00a0\u2028", 3],
    ];
    for (const [text, at] of cases) {
      const s = text + "Z";
      expect([s, afterMark(s, at, ".!?:\n")]).toEqual([s, /(?<=[.!?:\n]\s*)Z/.test(s)]);
      expect([s, afterMark(s, at, ".!?:", 1)]).toEqual([s, /(?<=[.!?:]\s+)Z/.test(s)]);
      expect([s, afterMark(s, at, ".!?:\n", 0, true)]).toEqual([
        s,
        /(?<=(?:^|[.!?:\n])\s*)Z/.test(s),
      ]);
    }
  });

  it("afterPhrase: (?<=\\b(?:…)\\s+) with the i flag, words apart by \\s+", () => {
    const list = phrases("the|what we|don't|follow-up|do not");
    const original = /(?<=\b(?:the|what\s+we|don't|follow-up|do\s+not)\s+)Z/i;
    const befores = [
      "",
      "Z",
      "the",
      "the ",
      "THE\t",
      "bathe ",
      "é the ",
      "éthe ",
      "what we ",
      "what  \n we ",
      "whatwe ",
      "somewhat we ",
      "_the ",
      "3the ",
      "-the ",
      "don't ",
      "DON'T  ",
      "don’t ",
      "follow-up ",
      "Follow-Up\u00a0",
      "do not ",
      "do\tnot ",
      "Do  Not\n",
      "\u212ahe ", // KELVIN SIGN: not "k" without the u flag, nor "t"
      "ſo ",
      "the the ",
    ];
    for (const before of befores) {
      const text = `${before}Z`;
      expect([text, afterPhrase(text, before.length, list)]).toEqual([text, original.test(text)]);
    }
  });
});
