/**
 * Letters without Unicode property escapes. A pattern with `\p{L}` or `\p{Lu}` (and the `u` flag)
 * is expanded by Babel into thousands of code-point ranges for the ES2016 launch-event file:
 * kilobytes of gzip per distinct pattern. Names and the words around them are written in the
 * Latin, Greek and Cyrillic scripts; these classes cover them (BMP only, no `u` flag needed), and
 * case is checked in code, where it is exact.
 */

/** Letters of the Latin (with Latin-1, Extended-A/B, IPA, Additional), Greek and Cyrillic blocks. */
export const LETTER_CLASS =
  "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF";

/**
 * What can start a capitalised word in a pattern: capitals of Latin-1, and the Latin Extended,
 * Greek and Cyrillic blocks whole (their capitals and small letters interleave); confirm with
 * `isUpperCaseAt`.
 */
export const CAPITAL_CLASS =
  "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF";

/** Whether the character at `index` is a capital letter (it changes when lower-cased). */
export function isUpperCaseAt(text: string, index: number): boolean {
  // ASCII without making strings: capitals are A-Z (asked of every capitalised word of a draft).
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = text[index];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a character is a letter of a script with case (it changes under one of the two). */
export function isCasedLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Whether a UTF-16 unit is a combining diacritical mark (U+0300–U+036F). */
export function isCombiningDiacritic(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** `text` with only its cased letters (and, if asked, combining marks) kept. */
export function lettersOf(text: string, keepMarks = false): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isCasedLetter(ch) || (keepMarks && isCombiningDiacritic(ch.charCodeAt(0)))) out += ch;
  }
  return out;
}
