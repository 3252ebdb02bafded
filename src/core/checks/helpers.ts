/**
 * Small tools shared by the checks: where to look and how to point at what was found.
 */
import type { AnalysedDraft, AnalysedField, Span } from "../analysis";
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

/** The line holding `offset`, without its line break. */
export function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return { start, end: newline < 0 ? text.length : newline };
}

/** A fix that removes the whole line holding [start, end), with its line break when it has one. */
export function removeLineFix(field: AnalysedField, start: number, end: number): Fix {
  const line = lineAt(field.text, start);
  let removeEnd = Math.max(line.end, lineAt(field.text, end).end);
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

/** Sentence-like stretches of a text (split at . ! ? and line breaks), as offsets. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?]+["'”’)\]]*(?=\s|$)|\n/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (hasVisible(text, start, end)) spans.push({ start, end });
    start = end;
  }
  if (hasVisible(text, start, text.length)) spans.push({ start, end: text.length });
  return spans;
}

/** Whether text[from, to) holds anything but white space (as trim() sees it), without slicing. */
function hasVisible(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code !== 32 && (code < 9 || code > 13)) return true;
    } else if (!/\s/.test(text[i]!)) {
      return true;
    }
  }
  return false;
}

/** The span holding `offset` in sorted, non-overlapping spans (binary search), or undefined. */
export function spanAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  offset: number,
): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return undefined;
}

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
  return draft.memo(`sentences:${field.field}`, () => sentenceSpans(field.scan));
}

// ---------------------------------------------------------------------------------------------
// Hits of profile term lists (see profile-terms.ts)
// ---------------------------------------------------------------------------------------------

/** Where a term was found. `field` "attachment" carries the attachment index; "link" the href. */
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

/** True when `offset` lies inside a URL written out in the text ("http://…", "www.…"). */
export function isInsideUrl(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const token = text.slice(start, offset + 1);
  return /^[<(["']?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i.test(token);
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

/** Stretches of `text` within `margin` of any of `matches`, widened to whitespace, merged. */
export function windowsAround(text: string, matches: readonly Span[], margin: number): Span[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const windows: Span[] = [];
  for (const match of sorted) {
    let start = Math.max(0, match.start - margin);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, match.end + margin);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Every match of the global `pattern` inside `windows`, with `index` into the whole text. */
export function execInWindows(
  text: string,
  windows: readonly Span[],
  pattern: RegExp,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const window of windows) {
    const slice = text.slice(window.start, window.end);
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
