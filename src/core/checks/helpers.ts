/**
 * Small tools shared by the checks: where to look and how to point at what was found.
 */
import type { AnalysedDraft, AnalysedField, Span } from "../analysis";
import { isWhiteSpaceAt, LineIndex, spanAt, spanIndexAt, type LineSpan } from "../text";
import type { Evidence, Fix, TextField } from "../finding";
import type { CheckRecipient } from "./context";

export type TextFieldName = TextField;

/**
 * The fields a check reads, in reading order: subject then body; an invitation's location
 * between them. Checks loop over these and so read an invitation's location like its subject.
 */
export function textFields(draft: AnalysedDraft): AnalysedField[] {
  return draft.kind === "appointment"
    ? [draft.subject, draft.location, draft.body]
    : [draft.subject, draft.body];
}

/** The analysed field of that name. */
export function fieldOf(draft: AnalysedDraft, name: TextFieldName): AnalysedField {
  return name === "subject" ? draft.subject : name === "location" ? draft.location : draft.body;
}

const FIELD_ORDER: Readonly<Record<TextFieldName, number>> = { subject: 0, location: 1, body: 2 };

/** Orders hits by field (subject, location, body), then by position. */
export function byFieldThenStart(
  a: { field: TextFieldName; start: number },
  b: { field: TextFieldName; start: number },
): number {
  return FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start;
}

export function evidenceAt(field: AnalysedField, start: number, end: number): Evidence {
  return { field: field.field, text: field.text.slice(start, end), start, end };
}

export function replaceFix(
  field: AnalysedField,
  start: number,
  end: number,
  replacement: string,
  label: string,
): Fix {
  return {
    label,
    field: field.field,
    start,
    end,
    original: field.text.slice(start, end),
    replacement,
  };
}

const MEMO_KEYS = new Map<string, Map<string | number, string>>();

/**
 * The memo key `${a}:${b}`, made once and reused. A key built anew per call is a new string that
 * the memo's map must flatten and hash on every lookup (about ten times the cost of the lookup,
 * measured), and lookups run per hit. Only for parts from small fixed sets (field names, fact
 * names, groups): every key made is kept.
 */
export function memoKey(a: string, b: string | number): string {
  let keys = MEMO_KEYS.get(a);
  if (!keys) MEMO_KEYS.set(a, (keys = new Map()));
  let key = keys.get(b);
  if (key === undefined) keys.set(b, (key = `${a}:${b}`));
  return key;
}

/** `${prefix}:${field}` for each field, made once (see memoKey): looked up by a property. */
export function fieldKeys(prefix: string): Readonly<Record<TextFieldName, string>> {
  return { subject: `${prefix}:subject`, location: `${prefix}:location`, body: `${prefix}:body` };
}

const SENTENCES_KEYS = fieldKeys("sentences");
const URL_TOKENS_KEYS = fieldKeys("url-tokens");
const LINE_FACT_KEYS = new Map<string, Readonly<Record<TextFieldName, string>>>();

/**
 * The lines of a field (its `text` and `scan` break lines at the same places), indexed once per
 * draft (the analysis's own index: the body's was read for its structure). Look lines up here
 * rather than scanning back to the previous line break per hit: on a long line that scan made
 * every hit cost the whole line.
 */
export function linesOf(_draft: AnalysedDraft, field: AnalysedField): LineIndex {
  return field.lines;
}

/**
 * A fact about a line of a field, worked out the first time any offset on that line asks and kept
 * for the draft under `key`: many hits on one long line then cost one look at the line, not one
 * each. `compute` gets the line's span; the result is returned for the line holding `offset`.
 */
export function lineFact<T>(
  draft: AnalysedDraft,
  field: AnalysedField,
  key: string,
  offset: number,
  compute: (line: LineSpan) => T,
): T {
  const lines = linesOf(draft, field);
  let keys = LINE_FACT_KEYS.get(key);
  if (!keys) LINE_FACT_KEYS.set(key, (keys = fieldKeys(`line-facts:${key}`)));
  const facts = draft.memo(keys[field.field], () => new Map<number, T>());
  const number = lines.lineOf(offset);
  let fact = facts.get(number);
  if (fact === undefined && !facts.has(number))
    facts.set(number, (fact = compute(lines.line(number))));
  return fact as T;
}

/**
 * A fix that removes the whole line holding [start, end), with its line break when it has one.
 * Pass the field's `linesOf(draft, field)` when fixing many hits: indexing costs the whole text.
 */
export function removeLineFix(
  field: AnalysedField,
  start: number,
  end: number,
  lines: LineIndex = new LineIndex(field.text),
): Fix {
  const line = lines.lineAt(start);
  let removeEnd = Math.max(line.end, lines.lineAt(end).end);
  let removeStart = line.start;
  if (removeEnd < field.text.length) removeEnd += 1;
  else if (removeStart > 0) removeStart -= 1;
  return {
    label: "Remove this line",
    field: field.field,
    start: removeStart,
    end: removeEnd,
    original: field.text.slice(removeStart, removeEnd),
    replacement: "",
  };
}

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63; // . ! ?
}

function isSentenceCloser(code: number): boolean {
  // " ' ” ’ ) ]
  return (
    code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93
  );
}

/**
 * Sentence-like stretches of a text (split at . ! ? and line breaks), as offsets. A sentence
 * ends after a run of . ! ? and any closing quotes or brackets, when white space or the end
 * follows (what /[.!?]+["'”’)\]]*(?=\s|$)|\n/g finds, but read once: that pattern retried
 * every dot of a long run of dots, which took seconds on a few thousand).
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const marks = new MarkFinder(text);
  const visible = new VisibleFinder(text);
  for (let at = marks.next(0); at >= 0;) {
    let end = at;
    if (text.charCodeAt(end) === 10) {
      end++;
    } else {
      while (end < text.length && isSentenceEnd(text.charCodeAt(end))) end++;
      const run = end;
      while (end < text.length && isSentenceCloser(text.charCodeAt(end))) end++;
      if (end < text.length && !isWhiteSpaceAt(text, end)) {
        // Not followed by white space: no mark of this run ends a sentence.
        at = marks.next(run);
        continue;
      }
    }
    if (visible.within(start, end)) spans.push({ start, end });
    start = end;
    at = marks.next(end);
  }
  if (visible.within(start, text.length)) spans.push({ start, end: text.length });
  return spans;
}

/** . ! ? and the line break: the characters a sentence can end at. */
const SENTENCE_MARKS = [".", "!", "?", "\n"] as const;

/**
 * The next . ! ? or line break at or after a position that only moves forward: each mark's next
 * place is found natively (indexOf) and kept until passed, so the text is read about once per
 * mark and no match object is made per mark.
 */
class MarkFinder {
  readonly #text: string;
  readonly #next = [-1, -1, -1, -1];

  constructor(text: string) {
    this.#text = text;
  }

  /** The first mark at or after `from`, or -1. */
  next(from: number): number {
    let first = -1;
    for (let k = 0; k < SENTENCE_MARKS.length; k++) {
      let at = this.#next[k]!;
      if (at !== this.#text.length && at < from) {
        at = this.#text.indexOf(SENTENCE_MARKS[k]!, from);
        if (at < 0) at = this.#text.length;
        this.#next[k] = at;
      }
      if (at < this.#text.length && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/**
 * Whether a stretch of text holds anything but white space (as trim() sees it), asked of
 * stretches that move forward: the next visible character is found and remembered, natively
 * past a run of blanks, so the blank lines of quoted history cost one scan in all, not a loop
 * over each.
 */
class VisibleFinder {
  readonly #text: string;
  readonly #pattern = /\S/g;
  /** The first visible character at or after the last stretch's start (text.length: none). */
  #next = -1;

  constructor(text: string) {
    this.#text = text;
  }

  within(from: number, to: number): boolean {
    if (this.#next < from) {
      // Most stretches start with a space or two before a word: look at a few by hand first.
      const text = this.#text;
      const limit = Math.min(text.length, from + 4);
      let at = from;
      while (at < limit && isWhiteSpaceAt(text, at)) at++;
      if (at < limit) {
        this.#next = at;
      } else if (at >= text.length) {
        this.#next = text.length;
      } else {
        this.#pattern.lastIndex = at;
        const m = this.#pattern.exec(text);
        this.#next = m ? m.index : text.length;
      }
    }
    return this.#next < to;
  }
}

/** Spans by offset, shared with the text layer (binary search over sorted spans). */
export { spanAt, spanIndexAt };

const perRecipients = new WeakMap<readonly CheckRecipient[], Map<string, unknown>>();

/**
 * What every check of one evaluation derives from its recipients alone (their term lists, their
 * names), worked out once: the engine hands all checks the same recipients array, and the draft
 * memo cannot hold it, since an analysed draft may be checked again for other recipients.
 */
export function oncePerRecipients<T>(
  recipients: readonly CheckRecipient[],
  key: string,
  compute: () => T,
): T {
  let memo = perRecipients.get(recipients);
  if (!memo) perRecipients.set(recipients, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}

/** Sentence spans of a field's scan text, memoised per draft. */
export function sentencesOf(draft: AnalysedDraft, field: AnalysedField) {
  return draft.memo(SENTENCES_KEYS[field.field], () => sentenceSpans(field.scan));
}

// ---------------------------------------------------------------------------------------------
// Hits of profile term lists (see profile-terms.ts)
// ---------------------------------------------------------------------------------------------

/**
 * Where a term was found. `field` "attachment" carries the attachment index; "link" the href.
 * profile-terms.ts (ownHit) copies a hit field by field: a new field must be added there too.
 */
export interface TermHit {
  field: TextFieldName | "attachment";
  /** For attachments. */
  index?: number;
  /** Set when the term was found in a link's address rather than its visible text. */
  href?: string;
  start: number;
  end: number;
  text: string;
  term: string;
}

export function hitEvidence(hit: TermHit): Evidence {
  const evidence: Evidence = { field: hit.field, text: hit.text, start: hit.start, end: hit.end };
  if (hit.index !== undefined) evidence.index = hit.index;
  return evidence;
}

/** "the subject", "the location", "the body", "the attachment name "x.pdf"", "a link to …". */
export function placeOf(draft: AnalysedDraft, hit: TermHit): string {
  if (hit.field === "attachment")
    return `the attachment "${draft.attachments[hit.index ?? 0]?.name ?? ""}"`;
  if (hit.href) return `a link (${hit.href})`;
  return `the ${hit.field}`;
}

/** A URL's start written at the start of a word: a scheme and "://", or "www.". */
const URL_SCHEME = /[<(["']?[a-z][a-z0-9+.-]*:\/\//iy;
const URL_WWW = /[<(["']?www\./iy;

interface UrlToken extends Span {
  /** Where the URL's start (scheme and "://", or "www.") ends: a hit before it is not in a URL. */
  shapeEnd: number;
}

/** The white-space-delimited words of a field's text that start like a URL, once per draft. */
function urlTokensOf(draft: AnalysedDraft, field: AnalysedField): UrlToken[] {
  return draft.memo(URL_TOKENS_KEYS[field.field], () => {
    const text = field.text;
    const tokens: UrlToken[] = [];
    const word = /\S+/g;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      let shapeEnd = Infinity;
      for (const shape of [URL_SCHEME, URL_WWW]) {
        shape.lastIndex = m.index;
        if (shape.test(text)) shapeEnd = Math.min(shapeEnd, shape.lastIndex);
      }
      const end = m.index + m[0].length;
      if (shapeEnd <= end) tokens.push({ start: m.index, end, shapeEnd });
    }
    return tokens;
  });
}

/**
 * True when the (non-space) character at `offset` lies inside a URL written out in the field's
 * text ("http://…", "www.…"): the word holding it starts like a URL before `offset` + 1. One
 * binary search in the field's URL-like words, found once per draft.
 */
export function isInsideUrl(draft: AnalysedDraft, field: AnalysedField, offset: number): boolean {
  const token = spanAt(urlTokensOf(draft, field), offset);
  return token !== undefined && token.shapeEnd <= offset + 1;
}

// ---------------------------------------------------------------------------------------------
// Scanning only near trigger words
// ---------------------------------------------------------------------------------------------

/**
 * Stretches of `text` around each match of `trigger` (± `margin`, widened to whitespace so no
 * word is cut), merged. Patterns that need a trigger word run only there: a 100 KB body
 * with no "call" in it costs one cheap scan instead of one per pattern.
 */
export function triggerWindows(text: string, trigger: RegExp, margin = 160): Span[] {
  return windowsAround(text, triggerMatchesByGroup(text, trigger, () => "").get("") ?? [], margin);
}

/**
 * Every match of `trigger`, kept apart by what `groupOf` says each is ("call", "letter", …):
 * one scan serves patterns that need different words, and a pattern that needs "call" then
 * skips the stretches around "letter".
 */
export function triggerMatchesByGroup(
  text: string,
  trigger: RegExp,
  groupOf: (match: string) => string,
): Map<string, Span[]> {
  const byGroup = new Map<string, Span[]>();
  const global = trigger.global ? trigger : new RegExp(trigger.source, trigger.flags + "g");
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    const group = groupOf(m[0]);
    const matches = byGroup.get(group);
    const match = { start: m.index, end: m.index + m[0].length };
    if (matches) matches.push(match);
    else byGroup.set(group, [match]);
    if (m[0].length === 0) global.lastIndex++;
  }
  return byGroup;
}

/**
 * Stretches of `text` within `margin` of any of `matches`, widened to whitespace, merged. Linear
 * however long the words: a widening never walks back past the window before it (reaching it
 * merges them anyway) nor forward over what that window already covers.
 */
export function windowsAround(text: string, matches: readonly Span[], margin: number): Span[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const windows: Span[] = [];
  for (const match of sorted) {
    const last = windows[windows.length - 1];
    const floor = last ? last.end : 0;
    let start = Math.max(0, match.start - margin);
    while (start > floor && !isWhiteSpaceAt(text, start - 1)) start--;
    let end = Math.min(text.length, match.end + margin);
    // A window ends at white space (or the end): an end short of the last window's stays in it.
    if (last && start <= last.end && end <= last.end) continue;
    while (end < text.length && !isWhiteSpaceAt(text, end)) end++;
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** No matches (shared, frozen: most patterns have no window in a short message). */
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of the global `pattern` inside `windows`, with `index` into the whole text.
 * `lead`, when given, must match (non-global) wherever `pattern` does: a pattern's own opening
 * words, without its long tail. A window where the lead finds nothing is skipped, which gives the
 * same matches; a large pattern is then run, and compiled by V8, only where it can match.
 */
export function execInWindows(
  text: string,
  windows: readonly Span[],
  pattern: RegExp,
  lead?: RegExp,
): readonly RegExpExecArray[] {
  if (windows.length === 0) return NO_MATCHES;
  const matches: RegExpExecArray[] = [];
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
    if (lead && !lead.test(slice)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      m.index += window.start;
      matches.push(m);
    }
  }
  return matches;
}
