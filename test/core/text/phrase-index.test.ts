import { NOT_MODIFIERS, SKIPPABLE_WORDS, termVariants } from "../../../src/core/text/inflections";
import { PhraseIndex } from "../../../src/core/text/phrase-index";
import { termWords, textWords, type TermWords } from "../../../src/core/text/words";

interface Hit {
  start: number;
  end: number;
  data: number;
}

const sorted = (hits: Hit[]): Hit[] =>
  [...hits].sort((a, b) => a.start - b.start || a.end - b.end || a.data - b.data);

function indexOf(phrases: readonly string[]): PhraseIndex {
  const index = new PhraseIndex();
  for (const phrase of phrases) index.add(phrase);
  return index;
}

/** Searches the words of `text` (a normalised text); hits as offsets into `text`. */
function searchText(index: PhraseIndex, text: string): Hit[] {
  const words = termWords(text);
  return index.search(words).map((hit) => ({
    start: words.starts[hit.firstWord]!,
    end: words.starts[hit.lastWord]! + hit.lastLength,
    data: hit.data,
  }));
}

/**
 * The specification, by brute force: every place a phrase's characters occur in the text,
 * starting at a word's start and ending at a word's end or before a plural "s"/"es" that ends
 * the word. Only the last word of a phrase may carry the ending.
 */
function bruteForce(phrases: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  // A phrase's id is the position of its first occurrence in the list, as PhraseIndex.add gives.
  [...new Set(phrases)].forEach((phrase, data) => {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (at > 0 && text[at - 1] !== " ") continue;
      const end = at + phrase.length;
      const spaceAfter = text.indexOf(" ", end);
      const rest = text.slice(end, spaceAfter < 0 ? text.length : spaceAfter);
      if (rest === "" || rest === "s" || rest === "es") hits.push({ start: at, end, data });
    }
  });
  return sorted(hits);
}

describe("PhraseIndex", () => {
  const index = indexOf(["pepsi", "pepsico", "mountain dew", "review of file", "at & t"]);

  test("gives each distinct phrase an id, in order, and the same id to the same phrase", () => {
    const ids = new PhraseIndex();
    expect(["pepsi", "mountain dew", "pepsi", "pepsis"].map((p) => ids.add(p))).toEqual([
      0, 1, 0, 2,
    ]);
    expect(ids.size).toBe(3);
  });

  test.each([
    ["we love pepsi", [[8, 13, 0]]],
    ["pepsico s results", [[0, 7, 1]]],
    [
      "two pepsis and pepsies",
      [
        [4, 9, 0],
        [15, 20, 0],
      ],
    ],
    ["a mountain dews can", [[2, 14, 2]]],
    ["review of files review of filed", [[0, 14, 3]]],
    ["switch to at & t", [[10, 16, 4]]],
  ])("finds in %j", (text, expected) => {
    expect(sorted(searchText(index, text)).map((h) => [h.start, h.end, h.data])).toEqual(expected);
  });

  test.each(["pepsin is an enzyme", "superpepsi", "mountains dew", "reviews of file", "", "at t"])(
    "stays silent on %j",
    (text) => {
      expect(searchText(index, text)).toEqual([]);
    },
  );

  test("the plural ending belongs to the last word only", () => {
    expect(searchText(index, "mountains dews")).toEqual([]);
  });

  describe("a first word that heads many phrases (tried by the word after it)", () => {
    const many = indexOf([
      "the big deal",
      "the small print",
      "the deal",
      "the print run",
      "the",
      "the deal memo",
    ]);

    test.each([
      [
        "sign the deal today",
        [
          [5, 8, 4],
          [5, 13, 2],
        ],
      ],
      [
        "the deals and the print runs",
        [
          [0, 3, 4],
          [0, 8, 2],
          [14, 17, 4],
          [14, 27, 3],
        ],
      ],
      [
        "the deal memo",
        [
          [0, 3, 4],
          [0, 8, 2],
          [0, 13, 5],
        ],
      ],
      [
        "read the small prints",
        [
          [5, 8, 4],
          [5, 20, 1],
        ],
      ],
      ["at the end", [[3, 6, 4]]],
      ["the", [[0, 3, 4]]],
    ])("finds in %j", (text, expected) => {
      expect(sorted(searchText(many, text)).map((h) => [h.start, h.end, h.data])).toEqual(expected);
    });

    test.each(["they deal", "a big deal", "the smaller print", "thee deal", "deal the"])(
      "finds no longer phrase in %j",
      (text) => {
        expect(searchText(many, text).filter((h) => h.data !== 4)).toEqual([]);
      },
    );

    test("hits at one word come in the order the phrases were filed", () => {
      const filed = indexOf(["the a", "the b", "the c", "the d"]);
      filed.alias("the b", 0, 1);
      filed.add("the e");
      const hits = filed.search(termWords("the b"));
      expect(hits.map((h) => [h.data, h.alias])).toEqual([
        [1, undefined],
        [0, 1],
      ]);
      expect(filed.search(termWords("the e")).map((h) => h.data)).toEqual([4]);
    });
  });

  test("an empty index finds nothing", () => {
    expect(new PhraseIndex().search(termWords("pepsi"))).toEqual([]);
  });

  test("agrees with a brute-force search on random phrases and text", () => {
    let seed = 17;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    // Normalised text: letters make words, "&" is always a word of its own.
    const syllables = ["a", "b", "s", "es", "e"];
    const word = (): string =>
      next(8) === 0
        ? "&"
        : Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join("");
    const words = (n: number): string => Array.from({ length: n }, word).join(" ");
    let total = 0;
    for (let round = 0; round < 500; round++) {
      const phrases = Array.from({ length: 1 + next(6) }, () => words(1 + next(3)));
      const text = words(50);
      const expected = bruteForce(phrases, text);
      const index = indexOf(phrases);
      expect(sorted(searchText(index, text))).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });

  test("agrees with a brute-force search where many phrases share their first word", () => {
    let seed = 29;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const syllables = ["a", "b", "s", "es", "e"];
    const word = (): string =>
      Array.from({ length: 1 + next(2) }, () => syllables[next(syllables.length)]).join("");
    const words = (n: number): string => Array.from({ length: n }, word).join(" ");
    let total = 0;
    for (let round = 0; round < 300; round++) {
      const first = word();
      const phrases = Array.from({ length: 4 + next(8) }, () =>
        next(5) === 0 ? words(1 + next(3)) : `${first} ${words(1 + next(2))}`,
      );
      const text = words(60);
      const expected = bruteForce(phrases, text);
      expect(sorted(searchText(indexOf(phrases), text))).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(300);
  });
});

describe("PhraseIndex patterns: other forms, told apart by the words' hashes (round 37)", () => {
  type PatternHit = { firstWord: number; lastWord: number; lastLength: number; data: number };
  const key = (h: PatternHit) => `${h.firstWord}:${h.lastWord}:${h.lastLength}:${h.data}`;

  /**
   * The specification: round 36's reading, by the words' strings alone (every word made and
   * looked up in the pattern's sets), tried at every word.
   */
  function byStrings(
    patterns: readonly { words: ReadonlySet<string>[]; data: number }[],
    text: TermWords,
  ): string[] {
    const hits: PatternHit[] = [];
    for (let i = 0; i < text.count; i++) {
      for (const pattern of patterns) {
        if (!pattern.words[0]!.has(text.word(i))) continue;
        const last = pattern.words.length - 1;
        let at = i;
        let matched = true;
        for (let k = 1; k <= last && matched; k++) {
          at++;
          if (at >= text.count) {
            matched = false;
            break;
          }
          let word = text.word(at);
          if (
            !pattern.words[k]!.has(word) &&
            SKIPPABLE_WORDS.has(word) &&
            at + 1 < text.count &&
            text.spaceBetween(at - 1, at) &&
            text.spaceBetween(at, at + 1)
          ) {
            at++;
            word = text.word(at);
          }
          matched = pattern.words[k]!.has(word);
          for (let gap = 0; !matched && k === last && gap < 2; gap++) {
            if (NOT_MODIFIERS.has(word) || !text.spaceBetween(at - 1, at)) break;
            let step = 0;
            if (at + 1 < text.count && text.spaceBetween(at, at + 1)) step = 1;
            else if (
              at + 2 < text.count &&
              text.lengths[at + 1] === 1 &&
              text.starts[at + 1]! - text.ends[at]! === 1 &&
              text.word(at + 1) === "s" &&
              text.spaceBetween(at + 1, at + 2)
            )
              step = 2;
            if (step === 0) break;
            at += step;
            word = text.word(at);
            matched = pattern.words[k]!.has(word);
          }
        }
        if (matched)
          hits.push({
            firstWord: i,
            lastWord: at,
            lastLength: text.lengths[at]!,
            data: pattern.data,
          });
      }
    }
    return [...new Set(hits.map(key))].sort();
  }

  const terms = ["review of file", "prepare correspondence", "attend meeting", "call"];
  const patterns: { words: ReadonlySet<string>[]; data: number }[] = [];
  const index = new PhraseIndex();
  terms.forEach((term) => {
    const data = index.add(term);
    for (const words of termVariants(term)) {
      index.addPattern({ words, skippable: SKIPPABLE_WORDS, notModifiers: NOT_MODIFIERS }, data);
      patterns.push({ words: words.map((forms) => new Set(forms)), data });
    }
  });
  const found = (text: TermWords): string[] =>
    [
      ...new Set(
        index
          .search(text)
          .filter((hit) => hit.variant)
          .map(key),
      ),
    ].sort();

  test.each([
    ["reviewed the file", true],
    ["Reviews of file today", true],
    ["file review", true],
    ["prepared correspondence", true],
    ["attended the internal team meeting", true],
    ["attended the client's meeting", true],
    ["Fïle reviéw", true],
    ["reviewed the weather", false],
    ["prepared a lunch of files", false],
    ["the weather was fine", false],
  ])("%s: a variant hit %s, as the strings find", (text, hit) => {
    const words = termWords(text);
    expect(found(words)).toEqual(byStrings(patterns, words));
    expect(found(words).length > 0).toBe(hit);
  });

  test("the same hits as the words' strings find on 3,000 random texts, words run together too", () => {
    let seed = 37;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const vocabulary = [
      ...terms.flatMap((term) => term.split(" ")),
      "reviewed",
      "reviewing",
      "Reviews",
      "files",
      "prep",
      "corresp",
      "prepared",
      "attended",
      "meetings",
      "called",
      "the",
      "a",
      "this",
      "of",
      "internal",
      "team",
      "client",
      "s",
      "fïle",
      "RÉVIEW",
      "lunch",
      "x",
    ];
    const glue = [" ", " ", " ", "  ", "-", "'", "’s ", ". ", ", ", "\n", "#", "@", ""];
    let hits = 0;
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = 2 + next(9);
      for (let w = 0; w < length; w++)
        text += vocabulary[next(vocabulary.length)]! + glue[next(glue.length)]!;
      const { words, other } = textWords(text);
      for (const read of other ? [words, other.words] : [words]) {
        const expected = byStrings(patterns, read);
        hits += expected.length;
        expect(found(read)).toEqual(expected);
      }
    }
    expect(hits).toBeGreaterThan(500);
  });
});
