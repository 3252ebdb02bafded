import { PhraseIndex } from "../../../src/core/text/phrase-index";
import { termWords } from "../../../src/core/text/words";

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
