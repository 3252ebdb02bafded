import fc from "fast-check";
import {
  foldText,
  isWordChar,
  joinedTerm,
  normalizeTerm,
  handleWords,
  hashWord,
  forgetTextWords,
  otherForms,
  termWords,
  textWords,
  tokenize,
  type TermWords,
} from "../../../src/core/text/words";

const wordsOf = (words: TermWords): string[] =>
  Array.from({ length: words.count }, (_, i) => words.word(i));

describe("foldText", () => {
  test.each([
    ["Crème Brûlée", "creme brulee"],
    ["ÅNGSTRÖM", "angstrom"],
    ["Łódź", "lodz"],
    ["Søren", "soren"],
    ["İstanbul", "istanbul"],
    ["Straße", "straße"],
    ["O’Brien", "o'brien"],
    ["plain ascii 123", "plain ascii 123"],
    ["😀 Émoji", "😀 emoji"],
  ])("%s -> %s", (input, expected) => {
    const folded = foldText(input);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(input.length);
  });

  test("keeps the length of decomposed text (combining marks stay in place)", () => {
    const decomposed = "Cafe\u0301";
    expect(foldText(decomposed)).toHaveLength(decomposed.length);
    expect(foldText(decomposed).startsWith("cafe")).toBe(true);
  });
});

describe("tokenize", () => {
  test.each<[string, string[]]>([
    ["Dear Megge,", ["Dear", "Megge"]],
    ["O'Brien and O’Neil", ["O'Brien", "and", "O’Neil"]],
    ["Smith-Jones -- re: 'quote'", ["Smith-Jones", "re", "quote"]],
    ["trailing- hyphen and 'quotes'", ["trailing", "hyphen", "and", "quotes"]],
    ["call 555-0100 at 9am", ["call", "555-0100", "at", "9am"]],
    ["Zoë Müller", ["Zoë", "Müller"]],
    ["Cafe\u0301 au lait", ["Cafe\u0301", "au", "lait"]],
    ["", []],
    ["... !!! ---", []],
  ])("%j", (input, words) => {
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const token of tokens) expect(input.slice(token.start, token.end)).toBe(token.text);
  });

  test("norm is folded and free of combining marks", () => {
    expect(tokenize("Zoë CAFE\u0301 Ångström").map((t) => t.norm)).toEqual([
      "zoe",
      "cafe",
      "angstrom",
    ]);
  });
});

describe("normalizeTerm", () => {
  test.each([
    ["Mountain-Dew", "mountain dew"],
    ["  Coca-Cola  ", "coca cola"],
    ["Review of file.", "review of file"],
    ["AT&T", "at & t"],
    ["Procter &amp Gamble", "procter & amp gamble"],
    ["Nestlé S.A.", "nestle s a"],
    ["WhatsApp", "whatsapp"],
    ["--", ""],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected);
  });

  test("is the words termWords gives, joined (terms and bodies must normalise alike)", () => {
    let seed = 23;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const pieces = ["a", "B", "É", "e\u0301", "&", " ", "-", "’", "😀", "𝐀", "ß", "\n", ".", "İ"];
    for (let round = 0; round < 2000; round++) {
      const s = Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join("");
      const words = termWords(s);
      expect(normalizeTerm(s)).toBe(wordsOf(words).join(" "));
      // Each word's hash, taken while reading, is the hash of the folded word.
      wordsOf(words).forEach((word, i) => expect(words.hashes[i]).toBe(hashWord(word)));
    }
  });
});

describe("normalizeTerm's plain ASCII shortcut", () => {
  // Terms of ASCII letters and digits between single spaces skip the unit-by-unit fold: they must
  // still be exactly the words termWords reads, whatever is near that shape.
  test("gives what the fold gives on terms at and around that shape", () => {
    let seed = 41;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const pieces = [
      "a",
      "Z",
      "q",
      "K",
      "0",
      "9",
      " ",
      " ",
      "  ",
      "-",
      "_",
      "&",
      ".",
      "é",
      "\t",
      "\u007f",
      "@",
      "`",
      "{",
      "[",
      "/",
      ":",
    ];
    let plain = 0;
    for (let round = 0; round < 20000; round++) {
      // Mostly letters, digits and single spaces, so that many strings take the shortcut.
      const s = Array.from(
        { length: 1 + next(16) },
        () => pieces[next(next(3) === 0 ? pieces.length : 8)],
      ).join("");
      const expected = wordsOf(termWords(s)).join(" ");
      if (expected === s.toLowerCase()) plain++;
      expect(normalizeTerm(s)).toBe(expected);
    }
    // The shortcut was exercised, not only the general path.
    expect(plain).toBeGreaterThan(2000);
  });
});

describe("termWords", () => {
  test("folds words, keeps & as a word, and knows where each stands", () => {
    const source = "Ça & co—Nestle\u0301’s 😀 FedEx";
    const found = termWords(source);
    const words = wordsOf(found);
    expect(words).toEqual(["ca", "&", "co", "nestle", "s", "fedex"]);
    expect(Array.from(found.lengths)).toEqual([2, 1, 2, 6, 1, 5]);
    expect(words.map((_, i) => source.slice(found.starts[i], found.ends[i]))).toEqual([
      "Ça",
      "&",
      "co",
      "Nestle\u0301",
      "s",
      "FedEx",
    ]);
  });

  test("a word starts at its first letter, not at a stray mark before it", () => {
    const found = termWords("a \u0301b");
    expect(wordsOf(found)).toEqual(["a", "b"]);
    expect(found.starts[1]).toBe(3);
  });

  test("a long text keeps every word and offset", () => {
    const source = "Pepsi ".repeat(5000);
    const found = termWords(source);
    expect(found.count).toBe(5000);
    expect(wordsOf(found).every((w) => w === "pepsi")).toBe(true);
    expect(new Set(found.hashes).size).toBe(1);
    expect([found.starts[4999], found.ends[4999]]).toEqual([source.length - 6, source.length - 1]);
  });
});

describe("isWordChar", () => {
  test.each<[string, number, boolean]>([
    ["a", 0, true],
    ["5", 0, true],
    [".", 0, false],
    ["é", 0, true],
    ["e\u0301", 1, true],
    ["𝐀", 0, true],
    ["𝐀", 1, true],
    ["😀", 0, false],
    ["a", -1, false],
    ["a", 1, false],
  ])("%j at %d is %s", (s, index, expected) => {
    expect(isWordChar(s, index)).toBe(expected);
  });
});

describe("handleWords (round 11: the matcher's reading of handles, shared with competitor-mention)", () => {
  const read = (s: string) =>
    handleWords(s).map((h) => {
      const bounds = [...h.parts, h.end];
      return h.parts.map((p, k) => s.slice(p, bounds[k + 1])).join("|");
    });
  it.each([
    ["Follow @CokeUK and #TescoFinest.", ["Coke|UK", "Tesco|Finest"]],
    ["Ask @FedExHelp or #pepsichallenge.", ["Fed|Ex|Help", "pepsichallenge"]],
    ["All caps #PEPSIMAX and #Tesco2026.", ["PEPSIMAX", "Tesco|2026"]],
    // Not handles: a mail address, a host after "@", C#, a number, a two-letter tag.
    ["Mail jo@pepsi.example, use C# and #1, see @me.", []],
    ["Send to @pepsidrinks.example now.", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("otherForms (round 17: strings made only after a hyphen or an apostrophe)", () => {
  // Each word read another way, marked: "+" a joined word, "/" a part of a run-together one.
  const read = (s: string): string[] | undefined => {
    const other = otherForms(s, termWords(s));
    if (!other) return undefined;
    return Array.from(
      { length: other.words.count },
      (_, j) => other.words.word(j) + ["", "+", "/"][other.changed[j]!]!,
    );
  };
  it.each<[string, string[] | undefined]>([
    // Joined across a hyphen or a possessive apostrophe (straight or curly).
    ["photo-copying of files", ["photocopying+", "of", "files"]],
    ["McDonald's menu", ["mcdonalds+", "menu"]],
    ["McDonald\u2019s menu", ["mcdonalds+", "menu"]],
    ["the e\u2010mail", ["the", "email+"]],
    // Split where a hashtag's capitals start a part.
    ["see #TescoFinest", ["see", "tesco/", "finest/"]],
    // Look-alikes left as written: a sense prefix, a spaced hyphen, an en dash, a space, an
    // apostrophe not before a lone "s", a word then a space.
    ["a co-op store", undefined],
    ["well - known firm", undefined],
    ["pages 3\u20134", undefined],
    ["the client s file", undefined],
    ["rock'n'roll night", undefined],
    ["it's the clients' file", ["its+", "the", "clients", "file"]],
    ["plain words only", undefined],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // Round 20: the forms are kept in arrays of the text's word count, grown when handles split
  // into more parts than that; every form keeps its offsets, its hash and its inner-part flag.
  const handles = Array.from({ length: 12 }, (_, i) => `#AbCdEfGh${i}`).join(" ");
  it.each<[string, string, number]>([
    ["handles' parts outnumbering the words", handles, 12 * 5],
    ["a joined word among many plain ones", `${"word ".repeat(40)}e-mail`, 41],
    ["parts, joins and plain words", `${handles} photo-copying and McDonald's`, 12 * 5 + 3],
  ])("%s", (_name, text, count) => {
    const other = otherForms(text, termWords(text))!;
    expect(other.words.count).toBe(count);
    expect(other.changed.length).toBe(count);
    expect(other.innerPart.length).toBe(count);
    for (let j = 0; j < count; j++) {
      const word = other.words.word(j);
      expect(other.words.hashes[j]).toBe(hashWord(word));
      expect(other.words.lengths[j]).toBe(word.length);
      if (other.changed[j] !== 1) {
        expect(foldText(text.slice(other.words.starts[j]!, other.words.ends[j]!))).toBe(word);
      }
      expect(other.innerPart[j]).toBe(other.changed[j] === 2 && /^[a-z]+$/.test(word) ? 1 : 0);
    }
  });
});

describe("otherForms (round 24: joined words hashed from the text, their strings made when asked)", () => {
  it.each<[string, string[] | undefined]>([
    // A joined word whose second word has capitals, marks or a letter outside ASCII.
    ["the E-MAIL sent", ["the", "email+", "sent"]],
    ["caf\u00e9-cr\u00e8me here", ["cafecreme+", "here"]],
    ["e\u0301-mail file", ["email+", "file"]],
    ["ACME'S offer", ["acmes+", "offer"]],
    // Sense prefixes in any case are never joined; a word like one (a hash of two letters) is.
    ["a RE-sign and CO-op", undefined],
    ["an ex-wife", ["an", "exwife+"]],
    // An apostrophe before a word that only starts with "s", or before "s" and more letters.
    ["Jo's-Bar stock", ["jos+", "bar", "stock"]],
    ["the firm'ss", undefined],
  ])("%s", (text, expected) => {
    const other = otherForms(text, termWords(text));
    expect(
      other &&
        Array.from(
          { length: other.words.count },
          (_, j) => other.words.word(j) + ["", "+", "/"][other.changed[j]!]!,
        ),
    ).toEqual(expected);
  });

  test("random text: every form's hash and length are its word's; other words as termWords reads them", () => {
    const piece = fc.constantFrom(
      "a", "Bc", "s", "S", "re", "Co", "PRE", "un", "x", "é", "e\u0301", "\u{1D400}", "2",
      "-", "'", "\u2019", "\u2010", "#", "@", " ", ".", "&",
    ); // prettier-ignore
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        const words = termWords(text);
        const other = otherForms(text, words);
        if (!other) return;
        let t = 0;
        for (let j = 0; j < other.words.count; j++) {
          const word = other.words.word(j);
          expect(other.words.hashes[j]).toBe(hashWord(word));
          expect(other.words.lengths[j]).toBe(word.length);
          if (other.changed[j] === 0) {
            while (words.starts[t] !== other.words.starts[j]) t++;
            expect(word).toBe(words.word(t));
            expect(other.words.ends[j]).toBe(words.ends[t]);
          } else if (other.changed[j] === 1) {
            // Two words of the text and the hyphen or apostrophe between them.
            const joined = termWords(text.slice(other.words.starts[j]!, other.words.ends[j]!));
            expect(joined.count).toBe(2);
            expect(word).toBe(joined.word(0) + joined.word(1));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("textWords (round 17: a text's words read once for every matcher)", () => {
  test("is termWords and otherForms of the text", () => {
    const s = "Photo-copying for McDonald's, see #TescoFinest and the file review.";
    const { words, other } = textWords(s);
    expect(wordsOf(words)).toEqual(wordsOf(termWords(s)));
    expect(Array.from(words.starts)).toEqual(Array.from(termWords(s).starts));
    expect(other && wordsOf(other.words)).toEqual(wordsOf(otherForms(s, termWords(s))!.words));
    expect(textWords("no joins here").other).toBeUndefined();
  });

  test("an equal text, however it was made, gets the same words; another text its own", () => {
    const a = textWords("Review of file and " + "correspondence.");
    expect(textWords(["Review of file", "and correspondence."].join(" "))).toBe(a);
    expect(textWords("Review of file and correspondence!")).not.toBe(a);
  });

  test("holds the last eight texts: a ninth read since makes the first be read again", () => {
    const texts = Array.from({ length: 9 }, (_, i) => `text number ${i} of nine`);
    const first = texts.map((t) => textWords(t));
    // All eight most recent still held, in any order of use.
    for (let i = 8; i >= 1; i--) expect(textWords(texts[i]!)).toBe(first[i]);
    const again = textWords(texts[0]!);
    expect(again).not.toBe(first[0]);
    expect(wordsOf(again.words)).toEqual(wordsOf(first[0]!.words));
  });

  test("forgetTextWords lets go of them: the next read is afresh, and alike", () => {
    const held = textWords("Review of file.");
    expect(textWords("Review of file.")).toBe(held);
    forgetTextWords();
    const fresh = textWords("Review of file.");
    expect(fresh).not.toBe(held);
    expect(wordsOf(fresh.words)).toEqual(["review", "of", "file"]);
  });

  test("a word's string is made once and is the folded word", () => {
    const { words } = textWords("Café CAFÉS café");
    expect(wordsOf(words)).toEqual(["cafe", "cafes", "cafe"]);
    expect(words.word(0)).toBe(words.word(0));
  });
});

describe("joinedTerm (round 20: a term with no hyphen or apostrophe is not walked)", () => {
  test.each([
    ["e-mail", "email"],
    ["Coca-Cola", "cocacola"],
    ["Macy's", "macys"],
    ["Macy\u2019s", "macys"],
    ["photo\u2010copying", "photocopying"],
    ["non\u2011stop", "nonstop"],
    ["Marks & Spencer's", "marks & spencers"],
  ])("%s is also written %s", (term, joined) => {
    expect(joinedTerm(term)).toBe(joined);
  });
  test.each([
    ["Corvex Logistics"],
    ["PepsiCo"],
    ["co-op"],
    ["re-lease"],
    ["rock 'n' roll"],
    ["O'Neill"],
    ["- leading"],
    ["Crème Brûlée"],
  ])("%s has no joined spelling", (term) => {
    expect(joinedTerm(term)).toBeUndefined();
  });
});
