/**
 * Regular-expression lookbehind as code. Classic Outlook on Windows before Version 2403 runs the
 * launch event in an ECMAScript 2016 engine, where `(?<=…)` and `(?<!…)` are a SyntaxError and no
 * transpiler can lower them; the launch-event bundle must not construct one (the bundle test
 * fails if it does). A lookbehind that stands at the start of a match becomes a test of the text
 * before the match, which `withLookbehind` applies exactly as the engine did: a start whose test
 * fails is no match, and the search goes on from the next position.
 */

/** Whether the text before `index` allows a match there (`match` is the candidate found). */
export type Before = (text: string, index: number, match: RegExpExecArray) => boolean;

const GUARDS = new WeakMap<RegExp, Before>();

function surrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * `pattern` (its lookbehind taken out) whose matches must also pass `before`: exec, test, match,
 * replace and search see only those. Not for `split` or `matchAll`, which copy the pattern
 * without the test (checking for them would cost the launch event their polyfills); copy it
 * with `withFlags`.
 */
export function withLookbehind(pattern: RegExp, before: Before): RegExp {
  const keepsPlace = pattern.global || pattern.sticky;
  // Searches from any position, as the engine does after a start that fails.
  const searcher = new RegExp(
    pattern.source,
    pattern.sticky ? pattern.flags : `${pattern.flags.replace("g", "")}g`,
  );
  pattern.exec = function exec(this: RegExp, input: string): RegExpExecArray | null {
    const text = String(input);
    let from = keepsPlace ? this.lastIndex : 0;
    while (from <= text.length) {
      searcher.lastIndex = from;
      const match = searcher.exec(text);
      if (!match) break;
      if (before(text, match.index, match)) {
        if (keepsPlace) this.lastIndex = searcher.lastIndex;
        return match;
      }
      if (pattern.sticky) break;
      from = match.index + (pattern.unicode && surrogatePairAt(text, match.index) ? 2 : 1);
    }
    if (keepsPlace) this.lastIndex = 0;
    return null;
  };
  GUARDS.set(pattern, before);
  return pattern;
}

/** A copy of `pattern` with other flags, keeping its lookbehind test if it has one. */
export function withFlags(pattern: RegExp, flags: string): RegExp {
  const copy = new RegExp(pattern.source, flags);
  const before = GUARDS.get(pattern);
  return before ? withLookbehind(copy, before) : copy;
}

const WHITESPACE = /\s/;
/** `\w` without the `u` flag. */
const WORD_CHARACTER = /\w/;

/** `(?<![…])`: whether the character before `index` is not one `characters` matches. */
export function notAfter(characters: RegExp): (text: string, index: number) => boolean {
  return (text, index) => index === 0 || !characters.test(text[index - 1]!);
}

/**
 * `(?<=[marks]\s*)` (at least `minSpaces` whitespace characters with `\s+`): whether a mark
 * comes before `index` with only whitespace between. With `orStart`, the start of the text
 * counts as a mark, as `(?<=(?:^|[marks])\s*)` does.
 */
export function afterMark(
  text: string,
  index: number,
  marks: string,
  minSpaces = 0,
  orStart = false,
): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (index - 1 - i >= minSpaces && marks.includes(ch)) return true;
    if (!WHITESPACE.test(ch)) return false;
  }
  return orStart && index >= minSpaces;
}

/** Lower-case ASCII `word` at `[end - word.length, end)`, case-insensitively as `i` without `u` does. */
function wordEndsAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    const wanted = word.charCodeAt(i);
    // Without `u`, `i` never maps a non-ASCII character onto an ASCII one.
    if (code !== wanted && !(code >= 65 && code <= 90 && code + 32 === wanted)) return false;
  }
  return true;
}

/** Phrases of lower-case ASCII words separated by spaces, for `afterPhrase`. */
export function phrases(list: string): readonly (readonly string[])[] {
  return list.split("|").map((phrase) => phrase.split(" "));
}

/**
 * `(?<=\b(?:p1|p2|…)\s+)` with the `i` flag and without `u`, each phrase's words separated by
 * `\s+` and starting with a word character: whether one of `list` (made by `phrases`) and
 * whitespace come right before `index`.
 */
export function afterPhrase(
  text: string,
  index: number,
  list: readonly (readonly string[])[],
): boolean {
  let end = index;
  while (end > 0 && WHITESPACE.test(text[end - 1]!)) end--;
  if (end === index) return false;
  // Every phrase ends with a word character, so it ends where the whitespace starts.
  for (const words of list) {
    let at = end;
    let found = true;
    for (let w = words.length - 1; w >= 0 && found; w--) {
      if (w < words.length - 1) {
        const wordEnd = at;
        while (at > 0 && WHITESPACE.test(text[at - 1]!)) at--;
        if (at === wordEnd) found = false;
      }
      if (found && wordEndsAt(text, at, words[w]!)) at -= words[w]!.length;
      else found = false;
    }
    if (found && (at === 0 || !WORD_CHARACTER.test(text[at - 1]!))) return true;
  }
  return false;
}
