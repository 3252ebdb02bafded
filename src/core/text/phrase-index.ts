/**
 * Finds phrases (sequences of words) in a text's words by looking each word up in a hash index
 * of the phrases' first words, as spaCy's PhraseMatcher does.
 *
 * Profile terms only ever match whole words, so a character automaton (Aho-Corasick) does more
 * than needed: it finds hits inside words only for the caller to throw them away, and its
 * build cost grows with the characters of the list, which is paid on every send when Outlook
 * starts a fresh runtime. Here building costs one to three map entries per phrase and searching
 * one lookup per word of the text, by the word's hash, whatever the length of the list.
 *
 * Words on both sides are folded the same way (`termWords`, `normalizeTerm`); a hash match is
 * confirmed on the words themselves. A phrase's last word may also be followed, inside the
 * same text word, by "s" or "es" (a plural), so the caller can accept "Pepsis" for "Pepsi" after
 * checking the original text.
 */
import { extendHash, hashWord, type TermWords } from "./words";
import { outOfTime } from "../time-budget";

/**
 * Other ways a phrase is written (inflected, abbreviated, reordered: see inflections.ts): word
 * k of the text must be one of `words[k]`, and one of `skippable` may stand between two words.
 */
export interface PhrasePattern {
  words: readonly (readonly string[])[];
  skippable?: ReadonlySet<string>;
  /**
   * Up to two words may stand before the last one, separated by white space only, when none of
   * them is in this set: "internal team meeting" for "internal meeting".
   */
  notModifiers?: ReadonlySet<string>;
}

export interface PhraseHit {
  /** Index of the text word the phrase starts at. */
  firstWord: number;
  /** Index of the text word holding the phrase's last word. */
  lastWord: number;
  /** How many units of that (folded) word the phrase covers: fewer when a plural ending follows. */
  lastLength: number;
  /** The `data` of the phrase that matched. */
  data: number;
  /** Set when a pattern (another form of the phrase) matched, not the phrase as written. */
  variant?: true;
  /** The tag of the alias (another spelling of the phrase, see `alias`) that matched. */
  alias?: number;
}

interface Pattern {
  pattern: true;
  data: number;
  words: ReadonlySet<string>[];
  skippable: ReadonlySet<string> | undefined;
  notModifiers: ReadonlySet<string> | undefined;
}

/** How many modifiers a pattern may take before its last word. */
const MAX_MODIFIERS = 2;

/**
 * How many words on from modifier `at` the next word stands: 1 after white space; 2 past a
 * possessive "s" ("the client's file", "Acme's matter": the apostrophe splits the word); 0 when
 * anything else follows, which ends the modifiers.
 */
function modifierStep(text: TermWords, at: number): number {
  if (at + 1 >= text.count) return 0;
  if (text.spaceBetween(at, at + 1)) return 1;
  const possessive =
    at + 2 < text.count &&
    text.lengths[at + 1] === 1 &&
    text.starts[at + 1]! - text.ends[at]! === 1 &&
    text.word(at + 1) === "s" &&
    text.spaceBetween(at + 1, at + 2);
  return possessive ? 2 : 0;
}

interface Phrase {
  text: string;
  data: number;
  first: string;
  /** Whether `text` is one word. */
  single: boolean;
  /** `text` split into words, on its first candidate match: most phrases of a list never have one. */
  words?: string[];
  /**
   * The words' hashes, and the last word's with a plural ending: a text word whose hash differs
   * cannot be the word, so most candidates ("the" before anything but "Open") are turned away
   * without making a string of the text's words.
   */
  hashes?: Int32Array;
  lastHashes?: readonly number[];
  /** For an alias: its tag, carried by its hits. */
  alias?: number;
}

/**
 * A phrase with every field present from the start, the lazy ones undefined: phrases of one
 * shape keep the search's property reads monomorphic. Made with and without `alias`, and grown
 * by `words`/`hashes` on a first candidate, they had five shapes, and a common first word ("the"
 * of 23 phrases, some 2,400 times in a 100 KB body) made #collect a tenth of an evaluation.
 */
function newPhrase(
  text: string,
  data: number,
  first: string,
  single: boolean,
  alias: number | undefined,
): Phrase {
  return {
    text,
    data,
    first,
    single,
    words: undefined,
    hashes: undefined,
    lastHashes: undefined,
    alias,
  };
}

// A text word may carry a plural ending after a phrase's last word.
const PLURAL_ENDINGS = ["s", "es"] as const;

/**
 * Bits of the first-word filter: one bit per hash's low bits. A list of a few thousand first
 * words sets a few per cent of them, so most words of a text are turned away by one bit test
 * instead of a map lookup (a 100 KB body has some 9,000 words, few of them any term's first).
 */
const FILTER_BITS = 1 << 16;

/**
 * A first word under which this many phrases of two words or more are filed has them sorted by
 * their second word too (`Narrowed`): "the" heads a dozen phrases of a billing and topic list
 * and stands some 2,400 times in a 100 KB body, and trying each phrase there was a fifth of the
 * search.
 */
const NARROW_FROM = 4;

/**
 * The entries filed under one first word, by the hash (`smallKey`) of the word after it: each
 * list holds, in the filed order, the entries that are not phrases of two words or more, and
 * those phrases whose second word (or last word, with its plural endings) can hash so. A phrase
 * whose second word hashes otherwise cannot start at that word (`#collect` asks for the same
 * hashes), so the hits and their order are those of the whole list.
 */
interface Narrowed {
  byNext: Map<number, (Phrase | Pattern)[]>;
  /** The entries that are not phrases of two words or more: for any other word, or none. */
  rest: (Phrase | Pattern)[];
}

export class PhraseIndex {
  // Phrases and patterns under their first words' hashes, in one map: one lookup per text word.
  readonly #byFirstWord = new Map<number, (Phrase | Pattern)[]>();
  /** A bit set for every hash filed in #byFirstWord (its low 16 bits): no bit, no entry. */
  readonly #filter = new Uint32Array(FILTER_BITS >>> 5);
  /** The long lists of #byFirstWord narrowed by the next word, made on their first search. */
  readonly #narrowed = new Map<(Phrase | Pattern)[], Narrowed | null>();
  #count = 0;
  /** The most text words a phrase or pattern can span (see `searchFrom`). */
  #maxWords = 0;

  /** Number of distinct phrases added. */
  get size(): number {
    return this.#count;
  }

  /**
   * Adds a normalised term (non-empty words joined by single spaces) and returns its id, which
   * hits carry as `data`: 0, 1, 2… in order of first addition; the same phrase again keeps its id.
   */
  add(phrase: string): number {
    const space = phrase.indexOf(" ");
    const first = space < 0 ? phrase : phrase.slice(0, space);
    const key = hashWord(first);
    const filed = this.#byFirstWord.get(smallKey(key));
    if (filed) {
      for (let k = 0; k < filed.length; k++) {
        const known = filed[k]!;
        if (!("pattern" in known) && known.alias === undefined && known.text === phrase)
          return known.data;
      }
    }
    const entry = newPhrase(phrase, this.#count++, first, space < 0, undefined);
    this.#filePhrase(key, entry);
    return entry.data;
  }

  /**
   * Files another spelling of the phrase whose id is `data` ("email" for "e-mail", "macys" for
   * "macy s"), matched as a phrase is; its hits carry `alias: tag`, so the caller can tell them
   * apart and judge them by their own rules.
   */
  alias(phrase: string, data: number, tag: number): void {
    const space = phrase.indexOf(" ");
    const first = space < 0 ? phrase : phrase.slice(0, space);
    const key = hashWord(first);
    const filed = this.#byFirstWord.get(smallKey(key));
    for (const known of filed ?? []) {
      if (!("pattern" in known) && known.text === phrase && known.data === data) return;
    }
    this.#filePhrase(key, newPhrase(phrase, data, first, space < 0, tag));
  }

  #filePhrase(key: number, entry: Phrase): void {
    this.#file(key, entry);
    if (!entry.single) this.#maxWords = Math.max(this.#maxWords, wordCount(entry.text));
    else if (this.#maxWords < 1) this.#maxWords = 1;
    // One-word phrases are also filed under their plurals, so a search looks each word up once.
    if (entry.single)
      for (const ending of PLURAL_ENDINGS) this.#file(extendHash(key, ending), entry);
  }

  /** The most text words one hit can span: how far before a word a hit covering it may start. */
  get maxWords(): number {
    return this.#maxWords;
  }

  /**
   * Files another form of the phrase whose id is `data` (as `add` returned it): its hits carry
   * `variant`. Filed under each form of its first word, so a search still costs one lookup per
   * word of the text.
   */
  addPattern(pattern: PhrasePattern, data: number): void {
    if (pattern.words.length === 0) return;
    const entry: Pattern = {
      pattern: true,
      data,
      words: pattern.words.map((forms) => new Set(forms)),
      skippable: pattern.skippable,
      notModifiers: pattern.notModifiers,
    };
    for (const first of entry.words[0]!) this.#file(hashWord(first), entry);
    // Words, a skippable word between each two, and the modifiers before the last.
    this.#maxWords = Math.max(this.#maxWords, 2 * entry.words.length - 1 + MAX_MODIFIERS * 2);
  }

  #file(key: number, entry: Phrase | Pattern): void {
    const small = smallKey(key);
    const list = this.#byFirstWord.get(small);
    if (!list) this.#byFirstWord.set(small, [entry]);
    else if (!list.includes(entry)) list.push(entry);
    this.#narrowed.clear();
    this.#filter[(key & 0xffff) >>> 5]! |= 1 << (key & 31);
  }

  /** Every occurrence among `text`'s words, overlaps included, in no particular order. */
  search(text: TermWords): PhraseHit[] {
    return this.searchFrom(text);
  }

  /** As `search`, trying only phrases that start at the words `from` (ascending, each once). */
  searchFrom(text: TermWords, from?: readonly number[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (this.#byFirstWord.size === 0) return hits;
    const count = from ? from.length : text.count;
    for (let k = 0; k < count; k++) {
      // A megabyte is 200,000 words: past the evaluation's deadline the search stops, every
      // 1,024 words, with the hits so far (time-budget.ts; the caller's result is then partial).
      if ((k & 1023) === 1023 && outOfTime()) break;
      const i = from ? from[k]! : k;
      const hash = text.hashes[i]!;
      if ((this.#filter[(hash & 0xffff) >>> 5]! & (1 << (hash & 31))) === 0) continue;
      const entries = this.#byFirstWord.get(smallKey(hash));
      if (entries) this.#collect(text, i, this.#followedBy(entries, text, i), hits);
    }
    return hits;
  }

  /** Of the entries filed under word i's hash, those that can start at word i (see Narrowed). */
  #followedBy(
    entries: (Phrase | Pattern)[],
    text: TermWords,
    i: number,
  ): readonly (Phrase | Pattern)[] {
    if (entries.length < NARROW_FROM) return entries;
    let narrowed = this.#narrowed.get(entries);
    if (narrowed === undefined) {
      narrowed = narrow(entries);
      this.#narrowed.set(entries, narrowed);
    }
    if (narrowed === null) return entries;
    if (i + 1 >= text.count) return narrowed.rest;
    return narrowed.byNext.get(smallKey(text.hashes[i + 1]!)) ?? narrowed.rest;
  }

  /** A pattern (one of whose first words hashes as word i) that starts at word `i`. */
  #collectPattern(
    text: TermWords,
    i: number,
    written: string,
    pattern: Pattern,
    hits: PhraseHit[],
  ): void {
    if (!pattern.words[0]!.has(written)) return;
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
        pattern.skippable?.has(word) &&
        at + 1 < text.count &&
        text.spaceBetween(at - 1, at) &&
        text.spaceBetween(at, at + 1)
      ) {
        at++;
        word = text.word(at);
      }
      matched = pattern.words[k]!.has(word);
      // Before the last word, up to two modifiers: "internal team meeting".
      for (
        let gap = 0;
        !matched && k === last && pattern.notModifiers && gap < MAX_MODIFIERS;
        gap++
      ) {
        if (pattern.notModifiers.has(word) || !text.spaceBetween(at - 1, at)) break;
        const step = modifierStep(text, at);
        if (step === 0) break;
        at += step;
        word = text.word(at);
        matched = pattern.words[k]!.has(word);
      }
    }
    if (!matched) return;
    hits.push({
      firstWord: i,
      lastWord: at,
      lastLength: text.lengths[at]!,
      data: pattern.data,
      variant: true,
    });
  }

  /** The `phrases` (whose first word's hash is word i's) that start at word `i`. */
  #collect(
    text: TermWords,
    i: number,
    entries: readonly (Phrase | Pattern)[],
    hits: PhraseHit[],
  ): void {
    // Word i as a string only when a phrase needs it: most words here are a first word's
    // hash-mates, such as "the" of "the Open", and fail on the next word's hash.
    let written: string | undefined;
    for (const phrase of entries) {
      if ("pattern" in phrase) {
        this.#collectPattern(text, i, (written ??= text.word(i)), phrase, hits);
        continue;
      }
      if (phrase.single) {
        written ??= text.word(i);
        if (written === phrase.first || isPluralOf(written, phrase.first)) {
          const hit: PhraseHit = {
            firstWord: i,
            lastWord: i,
            lastLength: phrase.first.length,
            data: phrase.data,
          };
          if (phrase.alias !== undefined) hit.alias = phrase.alias;
          hits.push(hit);
        }
        continue;
      }
      const words = phrase.words ?? splitPhrase(phrase);
      const last = words.length - 1;
      if (i + last >= text.count) continue;
      // Hashes first (a different hash is a different word), then the words themselves.
      const hashes = text.hashes;
      if (hashes[i] !== phrase.hashes![0] || !phrase.lastHashes!.includes(hashes[i + last]!))
        continue;
      let matched = true;
      for (let k = 1; k < last && matched; k++) matched = hashes[i + k] === phrase.hashes![k];
      if (!matched) continue;
      written ??= text.word(i);
      if (written !== phrase.first) continue;
      for (let k = 1; k < last && matched; k++) {
        const wanted = words[k]!;
        matched = text.lengths[i + k] === wanted.length && text.word(i + k) === wanted;
      }
      if (!matched) continue;
      // Only the last word of a longer phrase may carry a plural ending.
      const wanted = words[last]!;
      const lastWritten = text.word(i + last);
      if (lastWritten === wanted || isPluralOf(lastWritten, wanted)) {
        const hit: PhraseHit = {
          firstWord: i,
          lastWord: i + last,
          lastLength: wanted.length,
          data: phrase.data,
        };
        if (phrase.alias !== undefined) hit.alias = phrase.alias;
        hits.push(hit);
      }
    }
  }
}

/** A phrase's words and their hashes (Phrase.words), made when it is first needed. */
function splitPhrase(phrase: Phrase): string[] {
  const words = phrase.text.split(" ");
  phrase.words = words;
  phrase.hashes = Int32Array.from(words, hashWord);
  const last = words[words.length - 1]!;
  phrase.lastHashes = [hashWord(last), ...PLURAL_ENDINGS.map((e) => hashWord(last + e))];
  return words;
}

/**
 * One first word's entries by the word after it (Narrowed), or null when fewer than NARROW_FROM
 * of them are phrases of two words or more (the list is then tried whole).
 */
function narrow(entries: readonly (Phrase | Pattern)[]): Narrowed | null {
  const long: Phrase[] = [];
  for (const entry of entries) if (!("pattern" in entry) && !entry.single) long.push(entry);
  if (long.length < NARROW_FROM) return null;
  const next = new Map<number, Set<Phrase>>();
  for (const phrase of long) {
    const words = phrase.words ?? splitPhrase(phrase);
    // The second word: the phrase's last (with its plural endings) in a phrase of two words.
    const wanted = words.length === 2 ? phrase.lastHashes! : [phrase.hashes![1]!];
    for (const hash of wanted) {
      const key = smallKey(hash);
      let set = next.get(key);
      if (!set) next.set(key, (set = new Set()));
      set.add(phrase);
    }
  }
  const isLong = new Set<Phrase | Pattern>(long);
  const byNext = new Map<number, (Phrase | Pattern)[]>();
  for (const [key, set] of next)
    byNext.set(
      key,
      entries.filter((entry) => !isLong.has(entry) || set.has(entry as Phrase)),
    );
  return { byNext, rest: entries.filter((entry) => !isLong.has(entry)) };
}

/**
 * A hash as the map's key: its top bit dropped, so it is a small integer V8 stores in place
 * (a 32-bit hash is half the time a boxed number, allocated and hashed as a double). Two words
 * whose hashes differ only there share a list; every candidate is confirmed on its words.
 */
/** The words of a normalised phrase (single spaces between them), without splitting it. */
function wordCount(phrase: string): number {
  let count = 1;
  for (let at = phrase.indexOf(" "); at >= 0; at = phrase.indexOf(" ", at + 1)) count++;
  return count;
}

function smallKey(hash: number): number {
  return (hash << 1) >> 1;
}

function isPluralOf(written: string, word: string): boolean {
  return PLURAL_ENDINGS.some(
    (ending) =>
      written.length === word.length + ending.length &&
      written.startsWith(word) &&
      written.endsWith(ending),
  );
}
