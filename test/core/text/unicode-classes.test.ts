import { execFileSync } from "child_process";
import { join } from "path";
import {
  isLetter,
  isMark,
  isNumber,
  isUppercaseLetter,
  letterClassSource,
  lowercaseLetterClassSource,
  uppercaseLetterClassSource,
} from "../../../src/core/text/unicode-classes";

describe("unicode-classes", () => {
  // Node's own \p{…} (its Unicode may be older than the data: code points it leaves unassigned
  // are not compared).
  const native: [string, (codePoint: number) => boolean, RegExp][] = [
    ["Letter", isLetter, /\p{L}/u],
    ["Uppercase_Letter", isUppercaseLetter, /\p{Lu}/u],
    ["Number", isNumber, /\p{N}/u],
    ["Mark", isMark, /\p{M}/u],
  ];
  const unassigned = /\p{Cn}/u;

  test.each(native)("%s answers as \\p{…} does, on every code point", (_name, inData, pattern) => {
    const differ: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      // Astral planes sampled; the Basic Multilingual Plane whole.
      if (codePoint > 0xffff && codePoint % 5 !== 0) continue;
      const ch = String.fromCodePoint(codePoint);
      if (unassigned.test(ch)) continue;
      if (inData(codePoint) !== pattern.test(ch)) differ.push(codePoint.toString(16));
    }
    expect(differ).toEqual([]);
  });

  // The classes stand for \p{…} where an engine has none (ES2016): with the i flag too, where
  // the engine closes both under case folding ("ǅ", "ſ", U+0345 join in).
  test.each([
    ["L", letterClassSource],
    ["Lu", uppercaseLetterClassSource],
    ["Ll", lowercaseLetterClassSource],
  ] as const)(
    "\\p{%s} as a class from data matches as \\p{…} does, with u and with iu",
    (category, source) => {
      for (const flags of ["u", "iu"]) {
        const mine = new RegExp(`^[${source()}]$`, flags);
        const theirs = new RegExp(`^\\p{${category}}$`, flags);
        const differ: string[] = [];
        for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
          if (codePoint > 0xffff && codePoint % 5 !== 0) continue;
          const ch = String.fromCodePoint(codePoint);
          if (unassigned.test(ch)) continue;
          if (mine.test(ch) !== theirs.test(ch)) differ.push(codePoint.toString(16));
        }
        expect({ flags, differ }).toEqual({ flags, differ: [] });
      }
      expect(new RegExp(`^[${letterClassSource()}]$`, "iu").test("\u0345")).toBe(true);
    },
  );

  test("surrogates, private use and the last code points are no letter, number or mark", () => {
    for (const codePoint of [0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0x10ffff, -1, 0x110000]) {
      expect([isLetter, isNumber, isMark].map((f) => f(codePoint))).toEqual([false, false, false]);
    }
  });

  test("the committed data is what scripts/make-unicode-classes.mjs makes", () => {
    const script = join(__dirname, "../../../scripts/make-unicode-classes.mjs");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toContain(
      "up to date",
    );
  });
});
