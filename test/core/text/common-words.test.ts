import { execFileSync } from "child_process";
import { join } from "path";
import { isCommonWord, isKnownName } from "../../../src/core/text/common-words";

describe("isCommonWord", () => {
  test.each([
    "discover",
    "target",
    "shell",
    "apple",
    "visa",
    "gap",
    "dove",
    "tide",
    "orange",
    "sky",
    "delta",
    "square",
    "chase",
    "fox",
    "ford",
    "zoom",
    "slack",
    "box",
    "tango",
    "beacon",
    // inflections of listed words, any case
    "Boots",
    "DISCOVERED",
    "chasing",
    "centre",
    "center",
  ])("%s is a common word", (word) => {
    expect(isCommonWord(word)).toBe(true);
  });

  test.each(["pepsi", "fedex", "orvane", "kellmark", "vodafone", "unilever", "halcyon", "lumen"])(
    "%s is a name (or too rare to be written in lower case by accident)",
    (word) => {
      expect(isCommonWord(word)).toBe(false);
    },
  );

  test("not a word: too short, digits, punctuation", () => {
    expect(isCommonWord("go")).toBe(false);
    expect(isCommonWord("o2")).toBe(false);
    expect(isCommonWord("t-mobile")).toBe(false);
    expect(isCommonWord("")).toBe(false);
  });

  test("about one made-up name in ten is taken for a word (the filter's false positives)", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const consonants = "bcdfghjklmnprstvz";
    let hits = 0;
    const n = 5000;
    for (let i = 0; i < n; i++) {
      let word = "";
      for (let j = 0; j < 7; j++)
        word += j % 2 ? "aeiou"[Math.floor(next() * 5)] : consonants[Math.floor(next() * 17)];
      if (isCommonWord(word + "x")) hits++;
    }
    expect(hits / n).toBeLessThan(0.15);
  });

  test("the committed filter is what scripts/make-common-words.mjs makes", () => {
    const script = join(__dirname, "../../../scripts/make-common-words.mjs");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toContain(
      "up to date",
    );
  });

  // Round 15: names the filter takes for words, known by capitalisation evidence.
  test.each(["Zurich", "london", "Europe", "Collins"])("%s is a known name", (word) => {
    expect(isCommonWord(word)).toBe(true);
    expect(isKnownName(word)).toBe(true);
  });
  test.each(["boots", "target", "sun", "dove", "fox", "shell", "apple", "evergreen", "chase"])(
    "%s is not a known name",
    (word) => {
      expect(isKnownName(word)).toBe(false);
    },
  );
});
