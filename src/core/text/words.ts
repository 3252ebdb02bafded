/**
 * Words, folding and term normalisation shared by the matcher, the name checks and the
 * quoted-history finder. Everything here keeps UTF-16 offsets of the caller's string.
 */
import { isLetter, isMark, isNumber } from "./unicode-classes";

export interface WordToken {
  /** The word as written, inner apostrophes and hyphens included ("O'Brien"). */
  text: string;
  /** The word folded (lower case, no diacritics, combining marks dropped). */
  norm: string;
  start: number;
  end: number;
}

// Letters that have no canonical decomposition but are read as a plain Latin letter.
const EXTRA_FOLDS: Record<string, string> = {
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ħ: "h",
  ı: "i",
  ŧ: "t",
  "\u2019": "'", // typographic apostrophe
};

// One UTF-16 unit in, one out: a lazily filled table keeps folding linear and cheap.
const foldTable = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  const cached = foldTable[code];
  if (cached) return cached;
  let folded = code;
  if (code < 0x80) {
    folded = code >= 65 && code <= 90 ? code + 32 : code;
  } else if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD")[0] ?? ch;
    const lower = base.toLowerCase();
    const single = lower.length === 1 ? lower : base;
    const extra = EXTRA_FOLDS[single];
    folded = (extra ?? single).charCodeAt(0);
  }
  foldTable[code] = folded || code;
  return folded;
}

/**
 * Lower-cases and strips diacritics, one UTF-16 unit for one, so every offset into the
 * folded string is an offset into the input. Combining marks stay (they cannot vanish
 * without shifting offsets); {@link isCombiningMark} tells callers to skip them.
 */
export function foldText(s: string): string {
  let out = "";
  let chunkStart = 0;
  // Build in slices: most text is already folded, so copying runs is cheaper than per char.
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const folded = foldUnit(code);
    if (folded !== code) {
      out += s.slice(chunkStart, i) + String.fromCharCode(folded);
      chunkStart = i + 1;
    }
  }
  return chunkStart === 0 ? s : out + s.slice(chunkStart);
}

/** \p{L} or \p{N}, from data (see unicode-classes.ts: the patterns cost kilobytes in the launch event). */
function isLetterOrDigit(codePoint: number): boolean {
  return isLetter(codePoint) || isNumber(codePoint);
}

// 0 = unknown, 1 = word char, 2 = combining mark, 3 = other.
const classTable = new Uint8Array(0x10000);

function classify(code: number): number {
  const cached = classTable[code];
  if (cached) return cached;
  let kind: number;
  if (code < 0x80) {
    kind =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
        ? 1
        : 3;
  } else if (code >= 0xd800 && code <= 0xdfff) {
    // Astral letters (rare in mail) are judged on the full code point by the callers below.
    kind = 3;
  } else {
    kind = isLetterOrDigit(code) ? 1 : isMark(code) ? 2 : 3;
  }
  classTable[code] = kind;
  return kind;
}

/** True when the UTF-16 unit at `index` is part of a letter or digit (surrogates judged as a pair). */
export function isWordChar(s: string, index: number): boolean {
  if (index < 0 || index >= s.length) return false;
  const code = s.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) {
    const cp = s.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
    return isLetterOrDigit(cp);
  }
  const kind = classify(code);
  return kind === 1 || kind === 2;
}

/** True for a combining mark (part of the letter before it). */
export function isCombiningMark(code: number): boolean {
  return code < 0xd800 || code > 0xdfff ? classify(code) === 2 : false;
}

function isInnerJoiner(code: number): boolean {
  // ' ’ - ‐ ‑ : kept inside a word when letters stand on both sides.
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011;
}

function stripMarks(s: string): string {
  // Most words have no combining mark: return them as they are, without rebuilding them.
  let i = 0;
  while (i < s.length && !isCombiningMark(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    if (!isCombiningMark(s.charCodeAt(i))) out += s[i];
  }
  return out;
}

/** Splits text into words: runs of letters/digits, with inner apostrophes and hyphens kept. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      if (isWordChar(text, i)) {
        i++;
      } else if (isInnerJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
        i += 2;
      } else {
        break;
      }
    }
    const word = text.slice(start, i);
    const folded = foldText(word);
    tokens.push({ text: word, norm: stripMarks(folded), start, end: i });
  }
  return tokens;
}

/** The words of a text as terms are matched against them, with where each stands. */
export interface TermWords {
  count: number;
  /** hashes[i] = hashWord of word i, folded: what a phrase index looks words up by. */
  hashes: Int32Array;
  /** starts[i], ends[i]: UTF-16 offsets of word i in the source text. */
  starts: Int32Array;
  ends: Int32Array;
  /** lengths[i]: UTF-16 units of word i once folded (combining marks dropped). */
  lengths: Int32Array;
  /** Word i folded, made on demand: most words of a text are only ever hashed. */
  word(i: number): string;
  /** Whether only white space stands between word i and word j (i < j, adjacent). */
  spaceBetween(i: number, j: number): boolean;
  /**
   * Set by `termWords` when a word holds a letter, digit or mark outside ASCII: where none does,
   * every word is a run of [A-Za-z0-9] between characters a pattern's `\b` takes as boundaries
   * (word-gate.ts). The other forms (`otherForms`) carry their text's.
   */
  wide?: boolean;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over UTF-16 units of an already folded word; termWords hashes text words alike. */
export function hashWord(word: string): number {
  return extendHash(FNV_OFFSET, word);
}

/** `hashWord(word + more)` from `hashWord(word)`, without making the longer string. */
export function extendHash(hash: number, more: string): number {
  for (let i = 0; i < more.length; i++) hash = Math.imul(hash ^ more.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * Splits text into the words terms are made of: every run of letters and digits (folded,
 * combining marks dropped) and every "&", so "AT&T" and "Procter & Gamble" keep meaning. Every
 * other character only separates words. `normalizeTerm(s)` is these words joined by spaces.
 * Each word is hashed as it is read, without making a string of it: a 100 KB body has some
 * 15,000 words, and a string each was a fifth of all a check run allocated.
 */
export function termWords(s: string): TermWords {
  // A word takes at least two units (itself and a separator); prose averages six or more, so
  // an eighth of the length rarely needs growing (each growth copies four arrays).
  let capacity = Math.min((s.length >> 1) + 1, (s.length >> 3) + 16);
  let hashes = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let lengths = new Int32Array(capacity);
  let count = 0;
  let wide = false;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code === 32 && s.charCodeAt(i + 1) === 32) {
      // A run of blanks (quoted history and signatures are blanked to spaces in a scan text):
      // found natively rather than one character at a time.
      NOT_BLANK.lastIndex = i;
      i = NOT_BLANK.exec(s)?.index ?? n;
      continue;
    }
    let start = i;
    let hash = FNV_OFFSET;
    let length = 0;
    if (code === 38 /* & */) {
      hash = Math.imul(hash ^ 38, FNV_PRIME);
      length = 1;
      i++;
    } else if (code < 0x80 ? ASCII_FOLD[code] === 0 : !isWordChar(s, i)) {
      i++;
      continue;
    } else {
      for (; i < n; i++) {
        const unit = s.charCodeAt(i);
        let folded: number;
        if (unit < 0x80) {
          folded = ASCII_FOLD[unit]!;
          if (folded === 0) break;
        } else {
          if (!isWordChar(s, i)) break;
          wide = true;
          if (isCombiningMark(unit)) {
            // A word's offsets start at its first letter, not at a stray mark before it.
            if (length === 0) start = i + 1;
            continue;
          }
          folded = foldUnit(unit);
        }
        hash = Math.imul(hash ^ folded, FNV_PRIME);
        length++;
      }
      if (length === 0) continue;
    }
    if (count === capacity) {
      capacity *= 2;
      hashes = grow(hashes, capacity);
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      lengths = grow(lengths, capacity);
    }
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = i;
    lengths[count] = length;
    count++;
  }
  const wordStarts = starts.subarray(0, count);
  const wordEnds = ends.subarray(0, count);
  // Each word made once: the words are shared by every matcher that searches this text.
  let made: (string | undefined)[] | undefined;
  return {
    count,
    hashes: hashes.subarray(0, count),
    starts: wordStarts,
    ends: wordEnds,
    lengths: lengths.subarray(0, count),
    word: (index) =>
      ((made ??= new Array<string | undefined>(count))[index] ??= stripMarks(
        foldText(s.slice(wordStarts[index]!, wordEnds[index]!)),
      )),
    spaceBetween: spaceBetween(s, wordStarts, wordEnds),
    wide,
  };
}

/** TermWords.spaceBetween for words at `starts`/`ends` of `s`. */
function spaceBetween(
  s: string,
  starts: Int32Array,
  ends: Int32Array,
): (i: number, j: number) => boolean {
  return (i, j) => {
    for (let at = ends[i]!; at < starts[j]!; at++) {
      const code = s.charCodeAt(at);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) return false;
    }
    return true;
  };
}

/** The end of a run of spaces and line breaks. */
const NOT_BLANK = /[^ \n]/g;

// ASCII in one lookup: a letter or digit as folded (lower case), or 0 for what separates words.
const ASCII_FOLD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  const upper = code >= 65 && code <= 90;
  const kept = (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  ASCII_FOLD[code] = upper ? code + 32 : kept ? code : 0;
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

/**
 * Folded, punctuation/whitespace runs to one space, trimmed: "Mountain-Dew" → "mountain dew".
 * The words of `termWords(s)` joined by single spaces, built directly: a list of 10,000 terms is
 * normalised whenever it is loaded.
 */
export function normalizeTerm(s: string): string {
  // Most terms are already words of ASCII letters and digits between single spaces ("Corvex
  // Logistics"): then the answer is the term in lower case, with no array of units made.
  if (isPlainAsciiTerm(s)) return s.toLowerCase();
  // The folded units are gathered and made into one flat string at the end: appending unit by
  // unit made a rope of one-unit strings that the first search of it had to flatten.
  const codes: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let folded: number;
    if (code < 0x80) {
      folded = ASCII_FOLD[code]!;
    } else if (isWordChar(s, i)) {
      if (isCombiningMark(code)) continue;
      folded = foldUnit(code);
    } else {
      folded = 0;
    }
    if (folded !== 0) {
      if (pendingSpace && codes.length > 0) codes.push(32);
      pendingSpace = false;
      codes.push(folded);
    } else if (code === 38 /* & */) {
      if (codes.length > 0) codes.push(32);
      codes.push(38);
      pendingSpace = true;
    } else {
      pendingSpace = true;
    }
  }
  return stringOfCodes(codes);
}

/**
 * Whether `s` is non-empty words of ASCII letters and digits, one space between two words, no
 * space at either end: what normalizeTerm would give in lower case, so `s.toLowerCase()` is it.
 */
function isPlainAsciiTerm(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let afterSpace = true;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code < 0x80 && ASCII_FOLD[code] !== 0) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace;
}

/** `codes` as a string, in slices small enough to pass as arguments. */
function stringOfCodes(codes: readonly number[]): string {
  const SLICE = 4096;
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes as number[]);
  let out = "";
  for (let at = 0; at < codes.length; at += SLICE) {
    out += String.fromCharCode.apply(null, codes.slice(at, at + SLICE));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Other ways a word is written: "e-mail" and "email", "Macy's" and "Macys", "#TescoFinest"
// ---------------------------------------------------------------------------------------------

/**
 * Prefixes whose hyphen tells one word from another: "re-sign" is not "resign", nor "re-cover"
 * "recover", "re-lease" "release", "co-op" "coop", "pre-sent" "present", "un-ionised"
 * "unionised". A word is never joined across their hyphen.
 */
const SENSE_PREFIXES: ReadonlySet<string> = new Set(["re", "co", "pre", "un"]);

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** Any of the units `isHyphen` or `isApostrophe` accepts. */
const HYPHEN_OR_APOSTROPHE = /[-\u2010\u2011'\u2019]/;

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * The term written as one word where English also writes it so: its inner hyphens dropped
 * ("e-mail" → "email", "Coca-Cola" → "cocacola", not "co-op") and the apostrophe of a
 * possessive "'s" dropped ("Macy's" → "macys"), normalised; undefined when that changes nothing.
 */
export function joinedTerm(term: string): string | undefined {
  // Most terms have neither a hyphen nor an apostrophe ("Corvex Logistics"): nothing to join,
  // and no walk of the term unit by unit (a list of 1,000 names is built on every send).
  if (!HYPHEN_OR_APOSTROPHE.test(term)) return undefined;
  let out = "";
  let wordStart = 0;
  let changed = false;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    const between = isWordChar(term, i - 1) && isWordChar(term, i + 1);
    if (between && isHyphen(code) && !SENSE_PREFIXES.has(foldText(term.slice(wordStart, i)))) {
      changed = true;
      continue;
    }
    if (
      between &&
      isApostrophe(code) &&
      (term[i + 1] === "s" || term[i + 1] === "S") &&
      !isWordChar(term, i + 2)
    ) {
      changed = true;
      continue;
    }
    if (!isWordChar(term, i)) wordStart = i + 1;
    out += term[i];
  }
  return changed ? normalizeTerm(out) : undefined;
}

/** The words of a text in their other written forms (see `otherForms`). */
export interface OtherForms {
  words: TermWords;
  /** changed[i]: word i is a joined word (1) or a part of a run-together word (2), not as written. */
  changed: Uint8Array;
  /** For a part (2): whether a letter of the same written word follows it (it is not the last part). */
  innerPart: Uint8Array;
}

/**
 * The text's words read another way, where the text gives a reason: two words joined across a
 * hyphen or a possessive apostrophe ("photo-copying" as "photocopying", "McDonald's" as
 * "mcdonalds"), and a hashtag or handle split where its capitals or digits start a word
 * ("#TescoFinest" as "tesco finest", "@JohnLewisRetail" as "john lewis retail"). Undefined when
 * the text has neither. Offsets stay the text's, so hits found here are placed as any other.
 */
export function otherForms(s: string, words: TermWords): OtherForms | undefined {
  // Most words are read as written: they are copied into the forms a stretch at a time when a
  // joined word or a handle's parts come after them, and nothing is made for a text with neither.
  // A joined word is hashed from the text's units, and its string made only if asked for: on a
  // 100 KB body its two words' strings, made to test and join them, were most of this (round 24).
  // Five arrays of boxed pushes per word before that cost more than linearly on 1 MB (round 20).
  let capacity = 0;
  let starts = EMPTY_INT32;
  let ends = EMPTY_INT32;
  let hashes = EMPTY_INT32;
  let lengths = EMPTY_INT32;
  // What each entry is: a text word (its index), a joined word (-2 - the index of its first
  // word), or a handle's part (-1, its string in `made` at the entry's index).
  let source = EMPTY_INT32;
  let changed = EMPTY_BYTES;
  let inner = EMPTY_BYTES;
  const made = new Map<number, string>();
  let count = 0;
  /** The first text word not yet copied into the forms. */
  let copied = 0;
  const reserve = (more: number) => {
    if (count + more <= capacity) return;
    capacity = Math.max(capacity * 2, count + more, words.count + 16);
    starts = grow(starts, capacity);
    ends = grow(ends, capacity);
    hashes = grow(hashes, capacity);
    lengths = grow(lengths, capacity);
    source = grow(source, capacity);
    changed = growBytes(changed, capacity);
    inner = growBytes(inner, capacity);
  };
  // The text words [copied, upTo) as they are written.
  const copyUpTo = (upTo: number) => {
    reserve(upTo - copied);
    for (let t = copied; t < upTo; t++, count++) {
      starts[count] = words.starts[t]!;
      ends[count] = words.ends[t]!;
      hashes[count] = words.hashes[t]!;
      lengths[count] = words.lengths[t]!;
      source[count] = t;
    }
    copied = upTo;
  };
  const push = (start: number, end: number, from: number, kind: number, innerPart: number) => {
    reserve(1);
    starts[count] = start;
    ends[count] = end;
    source[count] = from;
    changed[count] = kind;
    inner[count] = innerPart;
    return count++;
  };
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    const code = s.charCodeAt(end);
    // Only a hyphen or an apostrophe joins, and only two words it stands between.
    if (
      (isHyphen(code) || isApostrophe(code)) &&
      i + 1 < words.count &&
      words.starts[i + 1] === end + 1
    ) {
      const joins = isHyphen(code)
        ? !isSensePrefix(words, i)
        : words.lengths[i + 1] === 1 && words.hashes[i + 1] === HASH_S;
      if (joins && isWordChar(s, end - 1) && isWordChar(s, end + 1)) {
        copyUpTo(i);
        const at = push(start, words.ends[i + 1]!, -2 - i, 1, 0);
        // hashWord(word(i) + word(i + 1)): the second word's folded units after the first's.
        hashes[at] = extendFolded(words.hashes[i]!, s, end + 1, words.ends[i + 1]!);
        lengths[at] = words.lengths[i]! + words.lengths[i + 1]!;
        i++;
        copied = i + 1;
        continue;
      }
    }
    const sigil = start > 0 ? s.charCodeAt(start - 1) : 0;
    if (sigil === 35 /* # */ || sigil === 64 /* @ */) {
      const parts = partsOf(s, start, end);
      if (parts.length > 1) {
        copyUpTo(i);
        for (let k = 0; k < parts.length; k++) {
          const from = parts[k]!;
          const to = k + 1 < parts.length ? parts[k + 1]! : end;
          const at = push(from, to, -1, 2, k + 1 < parts.length ? 1 : 0);
          const text = stripMarks(foldText(s.slice(from, to)));
          made.set(at, text);
          hashes[at] = hashWord(text);
          lengths[at] = text.length;
        }
        copied = i + 1;
        continue;
      }
    }
  }
  if (copied === 0) return undefined;
  copyUpTo(words.count);
  const wordStarts = starts.subarray(0, count);
  const wordEnds = ends.subarray(0, count);
  const sources = source.subarray(0, count);
  return {
    words: {
      count,
      hashes: hashes.subarray(0, count),
      starts: wordStarts,
      ends: wordEnds,
      lengths: lengths.subarray(0, count),
      word: (index) => {
        const t = sources[index]!;
        if (t >= 0) return words.word(t);
        let text = made.get(index);
        if (text === undefined) {
          text = words.word(-2 - t) + words.word(-1 - t);
          made.set(index, text);
        }
        return text;
      },
      spaceBetween: spaceBetween(s, wordStarts, wordEnds),
      // As the words the forms are made from (one shape for both, in the search's hot loop).
      wide: words.wide,
    },
    changed: changed.subarray(0, count),
    innerPart: inner.subarray(0, count),
  };
}

/** hashWord("s"): a word is "s" when it is one unit long and has this hash (FNV-1a is one to one there). */
const HASH_S = hashWord("s");
/** The sense prefixes' hashes: a word's string is made to compare only when its hash is one. */
const SENSE_PREFIX_HASHES: ReadonlySet<number> = new Set([...SENSE_PREFIXES].map(hashWord));

function isSensePrefix(words: TermWords, i: number): boolean {
  return SENSE_PREFIX_HASHES.has(words.hashes[i]!) && SENSE_PREFIXES.has(words.word(i));
}

/**
 * `extendHash(hash, w)` for the folded word `w` that `termWords` reads in s[from, to) (a word of
 * it: letters, digits and combining marks), from the text's units without making `w`.
 */
function extendFolded(hash: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) hash = Math.imul(hash ^ ASCII_FOLD[unit]!, FNV_PRIME);
    else if (!isCombiningMark(unit)) hash = Math.imul(hash ^ foldUnit(unit), FNV_PRIME);
  }
  return hash;
}

const EMPTY_INT32 = new Int32Array(0);
const EMPTY_BYTES = new Uint8Array(0);

function growBytes(array: Uint8Array<ArrayBuffer>, capacity: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(capacity);
  grown.set(array);
  return grown;
}

function isLowerAt(s: string, i: number): boolean {
  const ch = s[i] ?? "";
  return ch !== ch.toUpperCase();
}

function isUpperAt(s: string, i: number): boolean {
  const ch = s[i] ?? "";
  return ch !== ch.toLowerCase();
}

function isDigitAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/**
 * Where the parts of a run-together word start (its first letter first): at a capital after a
 * small letter ("Tesco|Finest"), at the last capital of a run before a small letter
 * ("BBC|News"), and where digits start or end ("Euro|2028"). A word with no small letter
 * ("#TESCO", "#BBC") or no such place is one part.
 */
function partsOf(s: string, start: number, end: number): number[] {
  const parts = [start];
  let lower = false;
  for (let i = start + 1; i < end; i++) {
    if (isLowerAt(s, i - 1)) lower = true;
    const upper = isUpperAt(s, i);
    if (
      (upper && isLowerAt(s, i - 1)) ||
      (upper && isUpperAt(s, i - 1) && isLowerAt(s, i + 1) && i + 1 < end) ||
      (isDigitAt(s, i) !== isDigitAt(s, i - 1) && !isCombiningMark(s.charCodeAt(i)))
    ) {
      parts.push(i);
    }
  }
  if (isLowerAt(s, end - 1)) lower = true;
  return lower ? parts : [start];
}

/** A handle or a hashtag as the matcher reads it: its sigil's offset, its end and its parts. */
export interface HandleWord {
  /** The offset of its "@" or "#". */
  start: number;
  end: number;
  /** Where each of its parts starts, as `otherForms` splits it (one part: not split). */
  parts: number[];
}

/** A text's words and their other forms, as matchers search them (`textWords`). */
export interface TextWords {
  text: string;
  words: TermWords;
  other: OtherForms | undefined;
}

/**
 * termWords and otherForms of a text, from the last few texts read: one evaluation runs a dozen
 * matchers (each recipient's terms, billing synonyms, topics, jargon) and the handle reader over
 * the same scan texts, and reading the words of a 100 KB body costs about as much as a search.
 * Both depend on the text alone and are never written to (a word's string, made on demand, is
 * kept), so a text equal to a cached one reuses them. Each matcher searches the draft's texts in
 * turn (body, subject, attachment names, link addresses: five in the engine bench's draft), so
 * the cache must hold them all or it misses every time: eight entries, the one used longest ago
 * goes first. What it holds is freed with the next texts read.
 */
const recentWords: TextWords[] = [];
const RECENT_WORDS = 8;

/**
 * Lets go of the texts `textWords` holds. The engine calls it as each evaluation starts: the
 * words of the last draft are no use for the next one (a new draft is new text), so reusing them
 * across evaluations would only flatter a benchmark that checks one draft again and again, and
 * hold a large body's words between sends.
 */
export function forgetTextWords(): void {
  recentWords.length = 0;
}

/**
 * textWords' answer for a text it holds already, else undefined: for a reader that has a way of
 * its own and would only gain from words read for others (a text not held would be read anew).
 */
export function readTextWords(text: string): TextWords | undefined {
  for (let i = 0; i < recentWords.length; i++) {
    if (recentWords[i]!.text === text) return recentWords[i];
  }
  return undefined;
}

export function textWords(text: string): TextWords {
  for (let i = 0; i < recentWords.length; i++) {
    const entry = recentWords[i]!;
    if (entry.text === text) {
      if (i > 0) {
        recentWords.splice(i, 1);
        recentWords.unshift(entry);
      }
      return entry;
    }
  }
  const words = termWords(text);
  const entry = { text, words, other: otherForms(text, words) };
  recentWords.unshift(entry);
  if (recentWords.length > RECENT_WORDS) recentWords.pop();
  return entry;
}

/**
 * The text's handles and hashtags, read as the matcher reads them (`otherForms`): a word right
 * after "@" or "#", split where its capitals or digits start a part ("@CokeUK" is "Coke|UK",
 * "#pepsichallenge" one part). Not a mail address or a host ("jo@pepsi.example": a word or a
 * dot before the sigil, or a dot and a word after it), and only a word that starts with a letter
 * and has three characters or more ("#1", "C#" are not handles).
 */
export function handleWords(s: string): HandleWord[] {
  const found: HandleWord[] = [];
  const { words } = textWords(s);
  for (let i = 0; i < words.count; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    const sigil = start > 0 ? s.charCodeAt(start - 1) : 0;
    if (sigil !== 35 /* # */ && sigil !== 64 /* @ */) continue;
    const before = start > 1 ? s[start - 2]! : "";
    if (/[\w.@]/.test(before) || !/[A-Za-z]/.test(s[start]!) || end - start < 3) continue;
    if (s[end] === "@" || (s[end] === "." && isWordChar(s, end + 1))) continue;
    found.push({ start: start - 1, end, parts: partsOf(s, start, end) });
  }
  return found;
}
