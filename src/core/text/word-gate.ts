/**
 * A pre-test before a whole-text pattern whose every match holds one of a few words: it asks the
 * words already read (`textWords`, shared by every matcher of the draft) instead of scanning the
 * text again. Most mail names no golf, no tickets and no guest list, and a lexicon alternation
 * walks all of a 100 KB body to find that out.
 *
 * Exact, not a heuristic: `open` is false only where the pattern cannot match. The argument, for
 * a pattern written in ASCII and tested without the `u` flag:
 *
 * - Each gate word must be a whole word of every match that needs it: a run of [a-z0-9] (in any
 *   case, under `/i`) with a `\b`, a `\s`, or a character that is neither a letter nor a digit
 *   on each side of it in the pattern. The caller's comment says why each word is.
 * - `termWords` reads a word as a run of letters and digits, every other character separating.
 *   Where no word holds a letter, digit or mark outside ASCII (`TermWords.wide` unset), its words
 *   are exactly the text's runs of [A-Za-z0-9], so such a run of a match is one of them, folded
 *   to lower case as the gate's words are. The one character `\b` counts as a letter and the
 *   reader does not, "_", only makes the gate open where the pattern finds nothing.
 * - Where a word is wide, the gate opens: "égolf" is one word to the reader and holds a match
 *   of `\bgolf\b` to the pattern.
 * - Under `/i` without `u`, no character outside ASCII matches an ASCII letter of the pattern.
 *
 * A hash shared by another word (the filter keeps 16 bits of it) only opens the gate too.
 */
import { hashWord, isWordChar, readTextWords, textWords, type TermWords } from "./words";

const FILTER_BITS = 1 << 16;

export class WordGate {
  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);
  /** The words run on into the joiner ("lunchand"), by their first letter's code. */
  private readonly runOns: string[][] = [];
  /** By a run-on word's first letter's code, a bit for each second letter (`& 31`) after it. */
  private readonly seconds = new Uint32Array(128);
  /** The shortest run-on word: a reader's word shorter cannot start with one (none: Infinity). */
  private readonly shortest: number = Infinity;

  /**
   * `words`: lower-case runs of [a-z0-9], one of which every match of the pattern holds.
   * `joiner` (lower-case letters), for a pattern that lets a word run on into it with no space
   * between (`lunch\s*and\s*dinner` matches "lunchanddinner"): there the reader's word is the
   * gate word and the joiner and more, so the gate also opens on a word that starts so.
   */
  constructor(words: readonly string[], joiner?: string) {
    if (joiner !== undefined && !/^[a-z]+$/.test(joiner))
      throw new Error(`WordGate: "${joiner}" is not a plain joiner`);
    for (const word of words) {
      if (!/^[a-z0-9]+$/.test(word)) throw new Error(`WordGate: "${word}" is not a plain word`);
      const hash = hashWord(word);
      this.filter[(hash & 0xffff) >>> 5]! |= 1 << (hash & 31);
      if (joiner === undefined) continue;
      const runOn = word + joiner;
      const first = runOn.charCodeAt(0);
      (this.runOns[first] ??= []).push(runOn);
      this.seconds[first]! |= 1 << (runOn.charCodeAt(1) & 31);
      this.shortest = Math.min(this.shortest, runOn.length);
    }
  }

  /** False only when `text` holds none of the words, so the pattern has no match in it. */
  open(text: string): boolean {
    return this.openOn(text, textWords(text).words);
  }

  /**
   * As `open`, from the words already read (`readTextWords`): undefined when `text`'s are not,
   * for a caller whose pattern costs less than reading them would.
   */
  openIfRead(text: string): boolean | undefined {
    const read = readTextWords(text);
    return read && this.openOn(text, read.words);
  }

  private openOn(text: string, words: TermWords): boolean {
    if (words.wide !== false) return true;
    const filter = this.filter;
    const { hashes, starts, lengths } = words;
    for (let i = 0; i < words.count; i++) {
      const hash = hashes[i]!;
      if ((filter[(hash & 0xffff) >>> 5]! & (1 << (hash & 31))) !== 0) return true;
      if (lengths[i]! >= this.shortest && this.runsOn(text, starts[i]!, lengths[i]!)) return true;
    }
    return false;
  }

  /**
   * Whether the word at `start` starts with a run-on word, in any case (`| 0x20`: the words are
   * runs of [A-Za-z0-9] here); its first two letters are looked up before any other is read.
   */
  private runsOn(text: string, start: number, length: number): boolean {
    const first = text.charCodeAt(start) | 0x20;
    const second = text.charCodeAt(start + 1) | 0x20;
    if (first > 0x7f || (this.seconds[first]! & (1 << (second & 31))) === 0) return false;
    const runOns = this.runOns[first]!;
    for (let r = 0; r < runOns.length; r++) {
      const runOn = runOns[r]!;
      let k = 1;
      while (
        k < runOn.length &&
        k < length &&
        (text.charCodeAt(start + k) | 0x20) === runOn.charCodeAt(k)
      )
        k++;
      if (k === runOn.length) return true;
    }
    return false;
  }
}

/**
 * The matches a `\b(?:w1|w2|…)\b` alternation of plain words finds (`g`, or `gi` when
 * `ignoreCase`), found from the words already read where no word holds a letter outside ASCII
 * (`matches` answers undefined elsewhere, and the caller runs its pattern). The alternation must
 * list its words longest first, as irregexp then takes the longest word that ends at a `\b`.
 *
 * Why the same matches, in the same order: without the `u` flag and in a text where every word is
 * a run of [A-Za-z0-9] (as WordGate argues), a match starts where such a run starts after a
 * character other than "_" (its `\b`), so it starts a word of `termWords`, and that word is the
 * match's first run of letters and digits. Each word is tried at each such start, longest first,
 * on the text itself, with the `\b` after it (the next character neither a letter, a digit nor
 * "_"); the search goes on after the match, as the pattern's does. The words are letters and
 * digits, with spaces, hyphens, apostrophes and "&" inside (literal to the pattern); a word with a
 * letter outside ASCII cannot match such a text and is left out; any other word is refused.
 */
export class WordAlternation {
  private readonly filter = new Uint32Array(FILTER_BITS >>> 5);
  /** The words by their first run's hash (small-keyed as in phrase-index.ts), longest first. */
  private readonly byFirst = new Map<number, string[]>();
  private readonly ignoreCase: boolean;

  constructor(words: readonly string[], ignoreCase: boolean) {
    this.ignoreCase = ignoreCase;
    for (const word of words) {
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9 '&-]*[A-Za-z0-9])?$/.test(word)) {
        // A letter outside ASCII ("matinée") is in no text these words are read from; any other
        // character would need its own argument (a "." means any character to the pattern).
        if (!hasWideLetter(word)) throw new Error(`WordAlternation: "${word}" is not a plain word`);
        continue;
      }
      const hash = hashWord(/^[A-Za-z0-9]+/.exec(word)![0].toLowerCase());
      this.filter[(hash & 0xffff) >>> 5]! |= 1 << (hash & 31);
      const key = (hash << 1) >> 1;
      const list = this.byFirst.get(key);
      if (list) list.push(ignoreCase ? word.toLowerCase() : word);
      else this.byFirst.set(key, [ignoreCase ? word.toLowerCase() : word]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Each match's offset and text, in the text's order; undefined where a word is wide. */
  matches(text: string): { index: number; text: string }[] | undefined {
    const { words } = textWords(text);
    if (words.wide !== false) return undefined;
    const found: { index: number; text: string }[] = [];
    const filter = this.filter;
    const { hashes, starts } = words;
    let reached = 0;
    for (let i = 0; i < words.count; i++) {
      const hash = hashes[i]!;
      if ((filter[(hash & 0xffff) >>> 5]! & (1 << (hash & 31))) === 0) continue;
      const start = starts[i]!;
      if (start < reached || (start > 0 && text.charCodeAt(start - 1) === 95)) continue;
      const list = this.byFirst.get((hash << 1) >> 1);
      if (!list) continue;
      for (const word of list) {
        const end = start + word.length;
        if (end > text.length || isRegexWordChar(text.charCodeAt(end))) continue;
        const written = text.slice(start, end);
        if ((this.ignoreCase ? written.toLowerCase() : written) !== word) continue;
        found.push({ index: start, text: written });
        reached = end;
        break;
      }
    }
    return found;
  }
}

/** `\w` without the `u` flag: [A-Za-z0-9_]. */
function isRegexWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

/** Whether `word` holds a letter, digit or mark outside ASCII. */
function hasWideLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f && isWordChar(word, i)) return true;
  }
  return false;
}
