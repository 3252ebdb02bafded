import { WordAlternation, WordGate } from "../../../src/core/text/word-gate";
import { forgetTextWords, textWords } from "../../../src/core/text/words";

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

describe("WordGate with a joiner", () => {
  // A pattern that lets a food word run on into "and": `\b(?:lunch|wine)\s*(?:,|and|&)\s*…`.
  const gate = new WordGate(["lunch", "wine"], "and");
  const read = (text: string): boolean | undefined => {
    textWords(text);
    return gate.openIfRead(text);
  };

  test.each([
    "Lunch will be provided.",
    "lunchanddinner provided",
    "WINEANDCHEESE to follow",
    "wineand",
    "Lunchand2",
    "a buffet lunch, then wine",
  ])("opens on %j", (text) => {
    expect(read(text)).toBe(true);
  });

  test.each([
    "lunchtime on Friday",
    "wines and spirits",
    "andlunch andwine",
    "the winery and the lunchroom",
    "lunchan dinner",
    "",
  ])("stays shut on %j", (text) => {
    expect(read(text)).toBe(false);
  });

  test("answers only from words already read", () => {
    forgetTextWords();
    const text = "Lunch for the team and me";
    expect(gate.openIfRead(text)).toBeUndefined();
    textWords(text);
    expect(gate.openIfRead(text)).toBe(true);
  });

  test("takes only a joiner of plain letters", () => {
    expect(() => new WordGate(["lunch"], "And")).toThrow();
    expect(() => new WordGate(["lunch"], "&")).toThrow();
  });
});

describe("WordAlternation", () => {
  const anyCase = ["day", "days", "play", "play-off", "play-offs", "chef's", "o2", "dinner", "d"];
  const named = ["Cup", "AT&T", "Cup Final", "Open"];
  /** The pattern the caller would run: its words longest first, between two `\b`. */
  const patternOf = (words: string[], flags: string): RegExp =>
    new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).join("|")})\\b`, flags);
  const regexMatches = (pattern: RegExp, text: string): { index: number; text: string }[] => {
    const found: { index: number; text: string }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      found.push({ index: m.index, text: m[0] });
    return found;
  };

  test.each([
    [
      "Two days' play-offs",
      [
        [0, "days"],
        [0, "play-offs"],
      ],
    ],
    [
      "PLAY-OFF day at the O2",
      [
        [0, "PLAY-OFF"],
        [0, "day"],
        [0, "O2"],
      ],
    ],
    ["the chef's table", [[0, "chef's"]]],
    [
      "d-day",
      [
        [0, "d"],
        [0, "day"],
      ],
    ],
  ])("finds in %j what the pattern finds", (text, _shape) => {
    const words = new WordAlternation(anyCase, true).matches(text);
    expect(words).toEqual(regexMatches(patternOf(anyCase, "gi"), text));
    expect(words!.map((m) => m.text)).toEqual(_shape.map((s) => s[1]));
  });

  test.each(["Monday", "holiday_day", "display", "dinners2", "playoff", "chef’s"])(
    "finds nothing in %j, as the pattern does",
    (text) => {
      expect(new WordAlternation(anyCase, true).matches(text)).toEqual([]);
      expect(regexMatches(patternOf(anyCase, "gi"), text)).toEqual([]);
    },
  );

  test("answers undefined for a text with a word outside ASCII (the caller runs the pattern)", () => {
    expect(new WordAlternation(anyCase, true).matches("a day at the café")).toBeUndefined();
    expect(new WordAlternation(anyCase, true).matches("a day — “at” the\u00a0club")).toEqual([
      { index: 2, text: "day" },
    ]);
  });

  test("leaves out a word with a letter outside ASCII, and refuses other characters", () => {
    expect(new WordAlternation(["matinée", "day"], true).matches("a matinee day")).toEqual([
      { index: 10, text: "day" },
    ]);
    expect(() => new WordAlternation(["st. andrews"], true)).toThrow();
    expect(() => new WordAlternation(["chef’s"], true)).toThrow();
    expect(() => new WordAlternation(["-day"], true)).toThrow();
  });

  test("takes words as written without the case flag", () => {
    const words = new WordAlternation(named, false);
    expect(words.matches("the cup, the Cup Final, AT&T and at&t, OPEN")).toEqual([
      { index: 13, text: "Cup Final" },
      { index: 24, text: "AT&T" },
    ]);
  });

  test("finds what the pattern finds in random texts", () => {
    const pieces = [
      "day",
      "Days",
      "DAY",
      "play",
      "-",
      "off",
      "offs",
      "chef",
      "'",
      "s",
      "o2",
      "O",
      "2",
      "d",
      "dinner",
      "Cup",
      "cup",
      " ",
      "_",
      "&",
      "AT",
      "T",
      "Final",
      "Open",
      ".",
      "\n",
      "’",
      "x",
    ];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const lower = new WordAlternation(anyCase, true);
    const asWritten = new WordAlternation(named, false);
    let total = 0;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join("");
      const expected = regexMatches(patternOf(anyCase, "gi"), text);
      expect([text, lower.matches(text)]).toEqual([text, expected]);
      expect([text, asWritten.matches(text)]).toEqual([
        text,
        regexMatches(patternOf(named, "g"), text),
      ]);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(800);
  });
});
