import { WordGate } from "../../../src/core/text/word-gate";

describe("WordGate", () => {
  const gate = new WordGate(["golf", "tee", "holes", "list"]);

  test.each([
    "Fancy some golf on Friday?",
    "GOLF DAY",
    "a tee-time at nine",
    "nine holes, then lunch",
    "put you on the list.",
    "golf_club and golf",
    // "_" is a letter to \b and not to the reader: the gate opens where the pattern finds nothing.
    "the_golf_list",
    // A word with a letter outside ASCII: the pattern's \b and the reader's words differ there.
    "the café is booked",
    "e\u0301 golf",
  ])("opens on %j", (text) => {
    expect(gate.open(text)).toBe(true);
  });

  test.each([
    "Please review the draft by Friday.",
    "golfer tees listing",
    "naive holistic teeming",
    "",
    "— “quotes” and\u00a0spaces — outside ASCII but no letter",
  ])("stays shut on %j", (text) => {
    expect(gate.open(text)).toBe(false);
  });

  test("takes only plain lower-case words", () => {
    expect(() => new WordGate(["Golf"])).toThrow();
    expect(() => new WordGate(["tee time"])).toThrow();
  });

  test("never shuts where the pattern it gates would match (random texts)", () => {
    const pattern =
      /\b(?:golf(?:ing)?|tee(?:[- ]?(?:times?|off))|nine\s+holes|put\s+you\s+on\s+the\s+list)\b/i;
    const gated = new WordGate([
      "golf",
      "golfing",
      "tee",
      "teetime",
      "teetimes",
      "teeoff",
      "holes",
      "list",
    ]);
    const pieces = [
      "golf",
      "GOLFING",
      "tee",
      "time",
      "times",
      "off",
      "-",
      " ",
      "  ",
      "_",
      "é",
      "\u0301",
      "nine",
      "holes",
      "put you on the list",
      "x",
      "9",
      "’",
      ",",
      "\n",
      "\u00a0",
      "lis",
      "t",
    ];
    let seed = 5;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    let matched = 0;
    let shut = 0;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join("");
      if (pattern.test(text)) {
        matched++;
        expect([text, gated.open(text)]).toEqual([text, true]);
      } else if (!gated.open(text)) shut++;
    }
    expect(matched).toBeGreaterThan(200);
    expect(shut).toBeGreaterThan(200);
  });
});
