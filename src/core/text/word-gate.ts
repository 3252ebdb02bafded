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
import { hashWord, textWords } from "./words";

const FILTER_BITS = 1 << 16;

export class WordGate {
  readonly #filter = new Uint32Array(FILTER_BITS >>> 5);

  /** `words`: lower-case runs of [a-z0-9], one of which every match of the pattern holds. */
  constructor(words: readonly string[]) {
    for (const word of words) {
      if (!/^[a-z0-9]+$/.test(word)) throw new Error(`WordGate: "${word}" is not a plain word`);
      const hash = hashWord(word);
      this.#filter[(hash & 0xffff) >>> 5]! |= 1 << (hash & 31);
    }
  }

  /** False only when `text` holds none of the words, so the pattern has no match in it. */
  open(text: string): boolean {
    const { words } = textWords(text);
    if (words.wide !== false) return true;
    const filter = this.#filter;
    const hashes = words.hashes;
    for (let i = 0; i < words.count; i++) {
      const hash = hashes[i]!;
      if ((filter[(hash & 0xffff) >>> 5]! & (1 << (hash & 31))) !== 0) return true;
    }
    return false;
  }
}
