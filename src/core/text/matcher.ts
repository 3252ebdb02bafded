/**
 * Finds many terms (competitor brands, billing phrases, channel names) in one pass.
 *
 * A phrase index (one hash lookup per word, see phrase-index.ts) runs over the text's folded
 * words, whatever separates them, so "Mountain Dew" finds "mountain-dew" and "Coca-Cola" finds
 * "Coca Cola"; each word keeps its offsets, so word boundaries and plural/possessive suffixes
 * are judged on the real characters. No Intl.Segmenter or other recent API: it runs in Outlook's
 * oldest runtimes.
 */
import { isCommonWord } from "./common-words";
import { NOT_MODIFIERS, SKIPPABLE_WORDS, termVariants } from "./inflections";
import { PhraseIndex, type PhraseHit } from "./phrase-index";
import { LineIndex } from "./line-index";
import {
  isCombiningMark,
  isWordChar,
  joinedTerm,
  normalizeTerm,
  textWords,
  type OtherForms,
  type TermWords,
} from "./words";

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
  /**
   * A plural term also matches its last word in the singular where a noun follows, as English
   * makes a plural noun a modifier: "union rep", "union dues" for the topic "unions". Only
   * written in small letters (or in a line of capitals), so "the European Union" and "Union
   * Jack" are not it, and never before a word that ends the noun phrase ("the union of",
   * "union is"). For avoided topics.
   */
  attributive?: boolean;
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
    attributive: boolean;
  }[];
  /** Whether the term's other forms are in the index. */
  inflected: boolean;
}

// Plural or possessive ending on the last word: 's ’s s es ("Pepsi's", "FedExes").
const SUFFIX = /^(?:['\u2019][sS]|[eE]?[sS])/;

/** Alias tags (PhraseIndex.alias): the term run together, and its last word in the singular. */
const JOINED = 1;
const SINGULAR = 2;

/**
 * Words after a singular that end its noun phrase, so it is no modifier: "the union of the two",
 * "the union is", "union and management", "a sport that".
 */
const NOT_A_HEAD: ReadonlySet<string> = new Set(
  (
    "a an the of and or but nor so yet is are was were be been being am has have had do does did " +
    "will would shall should can could may might must to in on at for with by from into onto " +
    "over under about after before between against through during without within as than then " +
    "that which who whom whose what when where why how if while because though although it its " +
    "this these those their his her our your my me us them he she they we you i said says say " +
    "not no also only just even all any some each every such very too more most less least own " +
    "other another same s up down out off here there now"
  ).split(" "),
);

/**
 * The singular of a plural word (lower case), or undefined when the word does not look plural:
 * "unions" → "union", "parties" → "party", "taxes" → "tax", "canapés" → "canapé" (round 29: an
 * accented letter before the "s" too; the twin entertainment-notes.ts had is now this); never a
 * word in -ss, -us, -is, -ics, -ws ("business", "status", "analysis", "politics", "news"), nor
 * one of fewer than four letters, nor one with a digit or a mark before the "s" ("1990s").
 */
export function singularOf(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith("s")) return undefined;
  if (/(?:ss|us|is|ics|ws|[^a-z\u00DF-\u00F6\u00F8-\u024F]s)$/.test(word)) return undefined;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zzes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

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
      const attributive = entry.attributive === true;
      group.entries.push({
        term: entry.term,
        data: entry.data,
        capitalsOnly: isShortCapitals(entry.term, norm, shortLimit),
        capitalized: entry.capitalized === true,
        inflect,
        attributive,
      });
      // "e-mail" is also written "email", "Macy's" "Macys".
      const joined = joinedTerm(entry.term);
      if (joined && joined !== norm) index.alias(joined, id, JOINED);
      if (attributive) {
        const space = norm.lastIndexOf(" ");
        const singular = singularOf(norm.slice(space + 1));
        if (singular) index.alias(norm.slice(0, space + 1) + singular, id, SINGULAR);
      }
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
    const index = this.#index;
    if (!index || text.length === 0) return [];
    const { words, other } = textWords(text);
    const candidates: TermMatch<T>[] = [];
    // The words as written first, then in other forms: of two hits on the same words, the
    // first found is the one reported (selectLeftmostLongest keeps its order), so "walkout" is
    // the entry "walkout" before it is "walk-out" run together.
    const hits = index.search(words);
    for (const hit of hits)
      if (!hit.alias) accept(this.#groups, text, words, hit, undefined, candidates);
    for (const hit of hits)
      if (hit.alias) accept(this.#groups, text, words, hit, undefined, candidates);
    // The same words in their other written forms: only hits that take in one of them are new.
    if (other) {
      const from: number[] = [];
      const reach = Math.max(1, index.maxWords);
      let next = 0;
      for (let j = 0; j < other.words.count; j++) {
        if (other.changed[j] === 0) continue;
        for (let k = Math.max(next, j - reach + 1); k <= j; k++) from.push(k);
        next = j + 1;
      }
      for (const hit of index.searchFrom(other.words, from)) {
        let touches = false;
        for (let k = hit.firstWord; k <= hit.lastWord && !touches; k++)
          touches = other.changed[k] !== 0;
        if (touches) accept(this.#groups, text, other.words, hit, other, candidates);
      }
    }
    return candidates;
  }
}

/** A phrase hit as a match, if its boundaries, case and form are acceptable. */
function accept<T>(
  groups: TermGroup<T>[],
  text: string,
  words: TermWords,
  hit: PhraseHit,
  other: OtherForms | undefined,
  candidates: TermMatch<T>[],
): void {
  const start = words.starts[hit.firstWord]!;
  const whole = hit.lastLength === words.lengths[hit.lastWord];
  let end = whole
    ? words.ends[hit.lastWord]!
    : other && other.changed[hit.lastWord] !== 0
      ? // A joined or split word ends in plain letters: the plural ending is its last units.
        words.ends[hit.lastWord]! - (words.lengths[hit.lastWord]! - hit.lastLength)
      : offsetAfterUnits(text, words.starts[hit.lastWord]!, hit.lastLength);
  while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++;
  if (!whole && other?.changed[hit.lastWord] === 1) {
    // A plural ending of a joined word is in its second part: "e-mails", not "se-s" for "s".
    let joiner = words.starts[hit.lastWord]!;
    while (joiner < end && isWordChar(text, joiner)) joiner++;
    if (joiner >= end) return;
  }
  // A part of a run-together word stands next to the letters of the next part.
  const firstPart = other !== undefined && other.changed[hit.firstWord] === 2;
  const innerEnd = other !== undefined && whole && other.innerPart[hit.lastWord] === 1;
  if (!firstPart && isWordChar(text, start - 1)) return;
  const core = text.slice(start, end);
  if (!innerEnd) {
    const suffix = SUFFIX.exec(text.slice(end, end + 2));
    if (suffix && !isWordChar(text, end + suffix[0].length)) {
      end += suffix[0].length;
    } else if (isWordChar(text, end)) {
      return;
    }
  }
  if (hit.alias === SINGULAR && !(whole && modifiesNoun(text, words, hit.lastWord))) return;
  const group = groups[hit.data]!;
  // In a line of capitals, capitals do not make "UPS" the carrier nor "GM" the company: there
  // a short capitals term needs to be no English word ("ups") and no unit after a figure ("8 GM").
  const caseless = group.entries.some((e) => e.capitalsOnly) && inCapitalsLine(text, start);
  const capitalsTell =
    !caseless || (!isCommonWord(core) && !/\d\s*$/.test(text.slice(Math.max(0, start - 3), start)));
  const accepted = group.entries.filter(
    (e) =>
      (!hit.variant || e.inflect) &&
      (hit.alias !== SINGULAR || e.attributive) &&
      (!e.capitalsOnly || (isCapitals(core) && capitalsTell)) &&
      (!e.capitalized || startsCapitalized(core)),
  );
  const first = accepted[0];
  if (!first) return;
  candidates.push({
    start,
    end,
    text: text.slice(start, end),
    term: first.term,
    data: first.data,
    allData: accepted.map((e) => e.data),
  });
}

/**
 * Whether the singular at word `at` modifies a noun after it ("union rep"): written in small
 * letters, or in a line of capitals ("UNION REP"), and followed, after one space, by a word of
 * letters that does not end the noun phrase.
 */
function modifiesNoun(text: string, words: TermWords, at: number): boolean {
  const start = words.starts[at]!;
  const end = words.ends[at]!;
  const written = text.slice(start, end);
  if (written !== written.toLowerCase() && !inCapitalsLine(text, start)) return false;
  if (at + 1 >= words.count || words.starts[at + 1] !== end + 1 || text[end] !== " ") return false;
  const next = words.word(at + 1);
  return /^[a-z]{2,}$/.test(next) && !NOT_A_HEAD.has(next);
}

/** Whether the line holding `at` has letters and none of them small (a line in capitals). */
export function inCapitalsLine(text: string, at: number): boolean {
  // Asked for every candidate: a scan of the line each time was quadratic on one long line
  // (1 MB without a line break: 4 s). Each line is read once per text.
  if (capitalLines?.text !== text) {
    capitalLines = { text, lines: new LineIndex(text), verdicts: new Map() };
  }
  const { lines, verdicts } = capitalLines;
  const number = lines.lineOf(at);
  let verdict = verdicts.get(number);
  if (verdict === undefined) {
    const { start, end } = lines.line(number);
    const line = text.slice(start, end);
    verdict = isCapitals(line) && /[A-Z].*[A-Z].*[A-Z]/.test(line);
    verdicts.set(number, verdict);
  }
  return verdict;
}

/** The last text asked about, its lines and the verdicts reached so far (one text at a time). */
let capitalLines: { text: string; lines: LineIndex; verdicts: Map<number, boolean> } | undefined;

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
