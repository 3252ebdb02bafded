/**
 * Finds many terms (competitor brands, billing phrases, channel names) in one pass.
 *
 * A phrase index (one hash lookup per word, see phrase-index.ts) runs over the text's folded
 * words, whatever separates them, so "Mountain Dew" finds "mountain-dew" and "Coca-Cola" finds
 * "Coca Cola"; each word keeps its offsets, so word boundaries and plural/possessive suffixes
 * are judged on the real characters. No Intl.Segmenter or other recent API: it runs in Outlook's
 * oldest runtimes.
 */
import { NOT_MODIFIERS, SKIPPABLE_WORDS, termVariants } from "./inflections";
import { PhraseIndex } from "./phrase-index";
import { isCombiningMark, isWordChar, normalizeTerm, termWords } from "./words";

export interface TermEntry<T> {
  term: string;
  data: T;
  /**
   * Only match text whose first letter is a capital, as a proper noun is written: lets a
   * brand that is also a common word ("Apple", "Sun", "Gateway") stay silent on "apples".
   */
  capitalized?: boolean;
  /**
   * Also match the other forms English writes the term in (inflections.ts): "reviews of
   * file", "reviewed the file", "file review", "prep. of corresp.", "Perused" for "Perusal".
   * For billing entries; brands match only as written (and their plural or possessive).
   */
  inflect?: boolean;
}

export interface TermMatch<T> {
  /** Offsets into the searched text; `end` includes a plural/possessive suffix. */
  start: number;
  end: number;
  /** The text as written, `text.slice(start, end)`. */
  text: string;
  /** The list entry's term as given (the first entry that accepted this hit). */
  term: string;
  /** That entry's data. */
  data: T;
  /** Data of every entry whose term normalises to the same words and accepted this hit. */
  allData: T[];
}

export interface TermMatcherOptions {
  /**
   * Terms of at most this many letters written in capitals in the list ("GM", "DHL") only
   * match text written in capitals, so "8 gm of" is not General Motors. 0 turns it off.
   * Default 3.
   */
  caseSensitiveShortTerms?: number;
}

interface TermGroup<T> {
  entries: {
    term: string;
    data: T;
    capitalsOnly: boolean;
    capitalized: boolean;
    inflect: boolean;
  }[];
  /** Whether the term's other forms are in the index. */
  inflected: boolean;
}

// Plural or possessive ending on the last word: 's ’s s es ("Pepsi's", "FedExes").
const SUFFIX = /^(?:['\u2019][sS]|[eE]?[sS])/;

/** A non-overlapping, leftmost-longest, whole-word multi-term matcher. */
export class TermMatcher<T> {
  readonly #groups: TermGroup<T>[] = [];
  readonly #index: PhraseIndex | undefined;
  readonly #entryCount: number;

  constructor(entries: Iterable<TermEntry<T>>, options: TermMatcherOptions = {}) {
    const shortLimit = options.caseSensitiveShortTerms ?? 3;
    const index = new PhraseIndex();
    let count = 0;
    for (const entry of entries) {
      if (typeof entry?.term !== "string") {
        throw new TypeError("TermMatcher: every entry needs a string `term`");
      }
      const norm = normalizeTerm(entry.term);
      if (norm === "") continue;
      count++;
      // Entries whose terms normalise alike share one phrase, and so one group.
      const id = index.add(norm);
      if (id === this.#groups.length) this.#groups.push({ entries: [], inflected: false });
      const group = this.#groups[id]!;
      const inflect = entry.inflect === true;
      group.entries.push({
        term: entry.term,
        data: entry.data,
        capitalsOnly: isShortCapitals(entry.term, norm, shortLimit),
        capitalized: entry.capitalized === true,
        inflect,
      });
      if (inflect && !group.inflected) {
        group.inflected = true;
        for (const words of termVariants(norm))
          index.addPattern({ words, skippable: SKIPPABLE_WORDS, notModifiers: NOT_MODIFIERS }, id);
      }
    }
    this.#entryCount = count;
    this.#index = index.size === 0 ? undefined : index;
  }

  /** Number of entries kept (entries whose term normalises to nothing are dropped). */
  get size(): number {
    return this.#entryCount;
  }

  findAll(text: string): TermMatch<T>[] {
    return selectLeftmostLongest(this.#candidates(text));
  }

  /**
   * findAll for each of many short texts (link addresses), found in one search of them joined:
   * a message with 3,000 links then costs one pass, not 3,000. Results are as findAll's, text by
   * text: a line break stands between the texts, and a hit that would span two is dropped before
   * the longest hits are chosen.
   */
  findEach(texts: readonly string[]): TermMatch<T>[][] {
    const results: TermMatch<T>[][] = texts.map(() => []);
    if (!this.#index || texts.length === 0) return results;
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length + 1;
    }
    for (const candidate of this.#candidates(texts.join("\n"))) {
      const index = lastAtOrBefore(starts, candidate.start);
      const offset = starts[index]!;
      if (candidate.end > offset + texts[index]!.length) continue;
      results[index]!.push({
        ...candidate,
        start: candidate.start - offset,
        end: candidate.end - offset,
      });
    }
    return results.map(selectLeftmostLongest);
  }

  /** Every acceptable hit, overlapping ones included. */
  #candidates(text: string): TermMatch<T>[] {
    if (!this.#index || text.length === 0) return [];
    const words = termWords(text);
    const candidates: TermMatch<T>[] = [];
    for (const hit of this.#index.search(words)) {
      const start = words.starts[hit.firstWord]!;
      let end =
        hit.lastLength === words.lengths[hit.lastWord]
          ? words.ends[hit.lastWord]!
          : offsetAfterUnits(text, words.starts[hit.lastWord]!, hit.lastLength);
      while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
      if (isWordChar(text, start - 1)) continue;
      const core = text.slice(start, end);
      const suffix = SUFFIX.exec(text.slice(end, end + 2));
      if (suffix && !isWordChar(text, end + suffix[0].length)) {
        end += suffix[0].length;
      } else if (isWordChar(text, end)) {
        continue;
      }
      const group = this.#groups[hit.data]!;
      const accepted = group.entries.filter(
        (e) =>
          (!hit.variant || e.inflect) &&
          (!e.capitalsOnly || isCapitals(core)) &&
          (!e.capitalized || startsCapitalized(core)),
      );
      const first = accepted[0];
      if (!first) continue;
      candidates.push({
        start,
        end,
        text: text.slice(start, end),
        term: first.term,
        data: first.data,
        allData: accepted.map((e) => e.data),
      });
    }
    return candidates;
  }
}

/** Index of the last of the ascending `values` that is at most `value` (values[0] <= value). */
function lastAtOrBefore(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offset just after the first `count` units from `from` that are not combining marks. */
function offsetAfterUnits(text: string, from: number, count: number): number {
  let at = from;
  for (let seen = 0; seen < count; at++) {
    if (!isCombiningMark(text.charCodeAt(at))) seen++;
  }
  return at;
}

function selectLeftmostLongest<T>(candidates: TermMatch<T>[]): TermMatch<T>[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: TermMatch<T>[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    const last = chosen[chosen.length - 1];
    if (candidate.start >= reached) {
      chosen.push(candidate);
      reached = candidate.end;
    } else if (last && candidate.start === last.start && candidate.end === last.end) {
      // The same words found as written and as another form, or for two terms: every entry
      // that accepted them keeps the hit.
      for (const data of candidate.allData)
        if (!last.allData.includes(data)) last.allData.push(data);
    }
  }
  return chosen;
}

function isShortCapitals(term: string, norm: string, limit: number): boolean {
  // A normalised term holds only letters, digits, "&" and single spaces: count the first two.
  let letters = 0;
  for (let i = 0; i < norm.length && letters <= limit; i++) {
    const code = norm.charCodeAt(i);
    if (code !== 32 && code !== 38) letters++;
  }
  return letters > 0 && letters <= limit && isCapitals(term);
}

function startsCapitalized(s: string): boolean {
  const first = s[0] ?? "";
  return first !== first.toLowerCase();
}

/** Has at least one letter and no lower-case letter. */
function isCapitals(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}
