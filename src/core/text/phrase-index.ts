/**
 * Finds phrases (sequences of words) in a text's words by looking each word up in a hash index
 * of the phrases' first words, as spaCy's PhraseMatcher does.
 *
 * Profile terms only ever match whole words, so a character automaton (Aho-Corasick) does more
 * than needed: it finds hits inside words only for the caller to throw them away, and its
 * build cost grows with the characters of the list, which is paid on every send when Outlook
 * starts a fresh runtime. Here building costs one to three map entries per phrase and searching
 * one lookup per word of the text, whatever the length of the list.
 *
 * Words on both sides are folded the same way (`termWords`, `normalizeTerm`). A phrase's last
 * word may also be followed, inside the same text word, by "s" or "es" (a plural), so the caller
 * can accept "Pepsis" for "Pepsi" after checking the original text.
 */

export interface PhraseHit {
  /** Index of the text word the phrase starts at. */
  firstWord: number;
  /** Index of the text word holding the phrase's last word. */
  lastWord: number;
  /** How many units of that text word the phrase covers (fewer when a plural ending follows). */
  lastLength: number;
  /** The `data` of the phrase that matched. */
  data: number;
}

interface Phrase {
  text: string;
  data: number;
  /** Whether `text` is one word. */
  single: boolean;
  /** Length of the first word (a one-word phrase is also filed under its plurals). */
  firstLength: number;
  /** `text` split into words, on its first candidate match: most phrases of a list never have one. */
  words?: string[];
}

// A text word may carry a plural ending after a phrase's last word.
const PLURAL_ENDINGS = ["s", "es"] as const;

export class PhraseIndex {
  readonly #byFirstWord = new Map<string, Phrase[]>();

  /** `phrases[i].phrase` is a normalised term: non-empty words joined by single spaces. */
  constructor(phrases: readonly { phrase: string; data: number }[]) {
    for (const { phrase, data } of phrases) {
      const space = phrase.indexOf(" ");
      const first = space < 0 ? phrase : phrase.slice(0, space);
      const entry: Phrase = { text: phrase, data, single: space < 0, firstLength: first.length };
      this.#file(first, entry);
      // One-word phrases are also filed under their plurals, so a search looks each word up once.
      if (space < 0) for (const ending of PLURAL_ENDINGS) this.#file(first + ending, entry);
    }
  }

  #file(key: string, entry: Phrase): void {
    const list = this.#byFirstWord.get(key);
    if (list) list.push(entry);
    else this.#byFirstWord.set(key, [entry]);
  }

  /** Every occurrence in `words`, overlaps included, in no particular order. */
  search(words: readonly string[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (this.#byFirstWord.size === 0) return hits;
    for (let i = 0; i < words.length; i++) {
      const phrases = this.#byFirstWord.get(words[i]!);
      if (phrases) this.#collect(words, i, phrases, hits);
    }
    return hits;
  }

  /** The `phrases` that start at word `i`. */
  #collect(
    words: readonly string[],
    i: number,
    phrases: readonly Phrase[],
    hits: PhraseHit[],
  ): void {
    for (const phrase of phrases) {
      if (phrase.single) {
        hits.push({ firstWord: i, lastWord: i, lastLength: phrase.firstLength, data: phrase.data });
        continue;
      }
      if (!phrase.words) phrase.words = phrase.text.split(" ");
      const last = phrase.words.length - 1;
      if (i + last >= words.length) continue;
      let matched = true;
      for (let k = 1; k < last && matched; k++) matched = words[i + k] === phrase.words[k];
      if (!matched) continue;
      // Only the last word of a longer phrase may carry a plural ending.
      const wanted = phrase.words[last]!;
      const written = words[i + last]!;
      if (written === wanted || isPluralOf(written, wanted)) {
        hits.push({
          firstWord: i,
          lastWord: i + last,
          lastLength: wanted.length,
          data: phrase.data,
        });
      }
    }
  }
}

function isPluralOf(written: string, word: string): boolean {
  return PLURAL_ENDINGS.some(
    (ending) =>
      written.length === word.length + ending.length &&
      written.startsWith(word) &&
      written.endsWith(ending),
  );
}
