import { firstLaidOn } from "../../../src/core/checks/entertainment-event-meal";
import { forgetTextWords, textWords } from "../../../src/core/text/words";

/** firstLaidOn with the words not read (the pattern alone), then read (the food gate first). */
function bothWays(text: string): [RegExpExecArray | null, RegExpExecArray | null] {
  forgetTextWords();
  const alone = firstLaidOn(text);
  textWords(text);
  return [alone, firstLaidOn(text)];
}

const shape = (m: RegExpExecArray | null): [number, string] | null => m && [m.index, m[0]];

describe("firstLaidOn: the food gate before the laid-on pattern", () => {
  test.each([
    ["Lunch will be provided after the seminar.", "Lunch will be provided"],
    ["A buffet lunch and drinks to follow.", "A buffet lunch and drinks to follow"],
    ["The talk is followed by a light supper.", "followed by a light supper"],
    ["Lunchanddinner provided.", "Lunchanddinner provided"],
    ["Canapés will be served.", "Canapés will be served"],
    ["COFFEE IS AVAILABLE from nine.", "COFFEE IS AVAILABLE"],
  ])("finds in %j what the pattern finds", (text, found) => {
    const [alone, gated] = bothWays(text);
    expect(shape(gated)).toEqual(shape(alone));
    expect(gated?.[0]).toBe(found);
  });

  test.each([
    "Please review the draft by Friday.",
    "We had lunch with the board last week.",
    "The lunchroom will be provided with chairs.",
    "Wines are provided by the venue.",
    "There will be a short break.",
  ])("finds nothing in %j, as the pattern does", (text) => {
    const [alone, gated] = bothWays(text);
    expect(gated).toBeNull();
    expect(alone).toBeNull();
  });

  test("finds what the pattern finds in random texts", () => {
    const pieces = [
      "lunch", "LUNCH", "Dinner", "drinks", "canapés", "canapes", "CANAPÉS", "wine", "coffee",
      "refreshments", "buffet", "reception", "sandwiches", "supper", "breakfast", "sandwich",
      "and", "And", ",", " , ", "&", " ", "  ", "\n", "\u00a0", "the ", "a ", "some ", "light ",
      "hot ", "champagne ", " will be provided", " will also be served", " is available",
      " are included", " provided", " to follow", "followed by ", "there will be ", "_", "9",
      "x", "s", "tea", "’", "é", "time", "room", "an", "d",
    ]; // prettier-ignore
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    let matched = 0;
    let missed = 0;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: 1 + next(9) }, () => pieces[next(pieces.length)]).join("");
      const [alone, gated] = bothWays(text);
      expect([text, shape(gated)]).toEqual([text, shape(alone)]);
      if (alone) matched++;
      else missed++;
    }
    expect(matched).toBeGreaterThan(100);
    expect(missed).toBeGreaterThan(200);
  });
});
