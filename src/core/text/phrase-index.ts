/**
 * Finds phrases (sequences of words) in normalised text by looking each word up in a hash
 * index of the phrases' first words, as spaCy's PhraseMatcher does.
 *
 * Profile terms only ever match whole words, so a character automaton (Aho-Corasick) does more
 * than needed: it finds hits inside words only for the caller to throw them away, and its
 * build cost grows with the characters of the list, which is paid on every send when Outlook
 * starts a fresh runtime. Here building costs one map entry per phrase and searching one or
 * three lookups per word of the text, whatever the length of the list.
 *
 * Input on both sides is normalised text (`normalizeWithMap`): folded words separated by exactly
 * one space. A phrase's last word may also be followed, inside the same text word, by "s" or
 * "es" (a plural), so the caller can accept "Pepsis" for "Pepsi" after checking the original.
 */

export interface PhraseHit {
  /** Offsets into the normalised text; `end` stops where the phrase's own letters end. */
  start: number;
  end: number;
  /** The `data` of the phrase that matched. */
  data: number;
}

interface Phrase {
  words: string[];
  data: number;
}

// A text word may carry a plural ending after a phrase's last word.
const PLURAL_ENDINGS = ["s", "es"] as const;

export class PhraseIndex {
  readonly #byFirstWord = new Map<string, Phrase[]>();

  /** `phrases[i].phrase` is normalised: non-empty words joined by single spaces. */
  constructor(phrases: readonly { phrase: string; data: number }[]) {
    for (const { phrase, data } of phrases) {
      const words = phrase.split(" ");
      const first = words[0]!;
      const list = this.#byFirstWord.get(first);
      if (list) list.push({ words, data });
      else this.#byFirstWord.set(first, [{ words, data }]);
    }
  }

  /** Every occurrence, overlaps included, in no particular order. */
  search(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (text.length === 0 || this.#byFirstWord.size === 0) return hits;
    const words = text.split(" ");
    const starts = new Int32Array(words.length + 1);
    for (let i = 0, at = 0; i <= words.length; i++) {
      starts[i] = at;
      at += (words[i]?.length ?? 0) + 1;
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      this.#collect(words, starts, i, word, true, hits);
      for (const ending of PLURAL_ENDINGS) {
        if (word.length > ending.length && word.endsWith(ending)) {
          this.#collect(words, starts, i, word.slice(0, -ending.length), false, hits);
        }
      }
    }
    return hits;
  }

  /** Phrases whose first word is `first` starting at word `i`; `whole` when `first` is all of it. */
  #collect(
    words: readonly string[],
    starts: Int32Array,
    i: number,
    first: string,
    whole: boolean,
    hits: PhraseHit[],
  ): void {
    const phrases = this.#byFirstWord.get(first);
    if (!phrases) return;
    const start = starts[i]!;
    for (const phrase of phrases) {
      const last = phrase.words.length - 1;
      if (last === 0) {
        hits.push({ start, end: start + first.length, data: phrase.data });
        continue;
      }
      // Only the last word of a longer phrase may carry a plural ending.
      if (!whole || i + last >= words.length) continue;
      let matched = true;
      for (let k = 1; k < last && matched; k++) matched = words[i + k] === phrase.words[k];
      if (!matched) continue;
      const wanted = phrase.words[last]!;
      const written = words[i + last]!;
      if (
        written === wanted ||
        PLURAL_ENDINGS.some(
          (ending) =>
            written.length === wanted.length + ending.length &&
            written.startsWith(wanted) &&
            written.endsWith(ending),
        )
      ) {
        hits.push({ start, end: starts[i + last]! + wanted.length, data: phrase.data });
      }
    }
  }
}
