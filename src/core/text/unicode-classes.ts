/**
 * Unicode general categories of a code point (Letter, Uppercase_Letter, Number, Mark) from data
 * (unicode-classes.data.ts, made by scripts/make-unicode-classes.mjs) rather than `\p{…}`
 * patterns: Babel expands each such pattern into kilobytes of ranges for the ES2016 launch-event
 * file, and old engines cannot run `\p{…}` at all. The data is what Babel expanded them from,
 * so answers are the same.
 */
import { LETTER, LOWERCASE_LETTER, MARK, NUMBER, UPPERCASE_LETTER } from "./unicode-classes.data";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_$";
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT_VALUE[ALPHABET.charCodeAt(i)] = i;

/** The ranges as [start0, end0, start1, end1, …] (ends exclusive), read from the data's numbers. */
function decode(encoded: string): Int32Array {
  const bounds: number[] = [];
  let value = 0;
  let at = 0;
  for (let i = 0; i < encoded.length; i++) {
    const digit = DIGIT_VALUE[encoded.charCodeAt(i)]!;
    if (digit < 0) throw new Error(`unicode-classes: bad data at ${i}`);
    value = value * 32 + (digit & 31);
    if (digit >= 32) continue;
    // Gaps and lengths alternate: each number moves on from the last bound.
    at += value;
    bounds.push(at);
    value = 0;
  }
  if (bounds.length % 2 !== 0) throw new Error("unicode-classes: an unfinished range");
  return Int32Array.from(bounds);
}

/** A category's ranges, decoded on first use. */
function category(encoded: string): (codePoint: number) => boolean {
  let bounds: Int32Array | undefined;
  return (codePoint) => {
    bounds ??= decode(encoded);
    // The number of bounds at or below the code point: odd means inside a range.
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (bounds[mid]! <= codePoint) low = mid + 1;
      else high = mid;
    }
    return (low & 1) === 1;
  };
}

/** \p{L} */
export const isLetter = category(LETTER);
/** \p{Lu} */
export const isUppercaseLetter = category(UPPERCASE_LETTER);
/** \p{N} */
export const isNumber = category(NUMBER);
/** \p{M} */
export const isMark = category(MARK);

/**
 * A category as the inside of a character class, for a pattern with the `u` flag: `[${…}]` is
 * `\p{…}` in an engine without Unicode property escapes (ECMAScript 2016), under `i` too, where
 * the engine closes both under case folding alike. Built on first use.
 */
function classSource(encoded: string): () => string {
  let source: string | undefined;
  const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
  return () => {
    if (source !== undefined) return source;
    const bounds = decode(encoded);
    const parts: string[] = [];
    for (let i = 0; i < bounds.length; i += 2) {
      const first = bounds[i]!;
      const last = bounds[i + 1]! - 1;
      parts.push(first === last ? hex(first) : `${hex(first)}-${hex(last)}`);
    }
    source = parts.join("");
    return source;
  };
}

/** `\p{L}` inside a character class with the `u` flag. */
export const letterClassSource = classSource(LETTER);
/** `\p{Lu}` inside a character class with the `u` flag. */
export const uppercaseLetterClassSource = classSource(UPPERCASE_LETTER);
/** `\p{Ll}` inside a character class with the `u` flag. */
export const lowercaseLetterClassSource = classSource(LOWERCASE_LETTER);
