/**
 * Small tools shared by the checks: where to look, how to point at what was found, and
 * term lists matched once per draft whatever the number of recipients.
 */
import type { AnalysedDraft, AnalysedField } from "../analysis";
import type { Evidence, Fix } from "../finding";
import { TermMatcher } from "../text";

export type TextFieldName = "subject" | "body";

/** Subject then body: the fields a check reads. */
export function textFields(draft: AnalysedDraft): AnalysedField[] {
  return [draft.subject, draft.body];
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
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/** Sentence spans of a field's scan text, memoised per draft. */
export function sentencesOf(draft: AnalysedDraft, field: AnalysedField) {
  return draft.memo(`sentences:${field.field}`, () => sentenceSpans(field.scan));
}

// ---------------------------------------------------------------------------------------------
// Profile term lists (competitors, banned phrases, topics)
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

const matcherByList = new WeakMap<readonly string[], TermMatcher<string>>();
const matcherByKey = new Map<string, TermMatcher<string>>();
const MAX_CACHED_MATCHERS = 200;

/** One matcher per term list: cached on the list itself, and by content across profile copies. */
export function matcherFor(terms: readonly string[]): TermMatcher<string> {
  const cached = matcherByList.get(terms);
  if (cached) return cached;
  const key = terms.join("\u0000");
  let matcher = matcherByKey.get(key);
  if (!matcher) {
    matcher = new TermMatcher(terms.map((term) => ({ term, data: term })));
    if (matcherByKey.size >= MAX_CACHED_MATCHERS) matcherByKey.clear();
    matcherByKey.set(key, matcher);
  }
  matcherByList.set(terms, matcher);
  return matcher;
}

export interface TermSearchOptions {
  attachments?: boolean;
  links?: boolean;
}

/**
 * Every hit of `terms` in the subject and body (read ranges only), and optionally in attachment
 * names and link addresses. Memoised per draft and term list, so ten recipients of one
 * organisation cost one pass.
 */
export function findTerms(
  draft: AnalysedDraft,
  terms: readonly string[],
  options: TermSearchOptions = {},
): TermHit[] {
  if (terms.length === 0) return [];
  const key = `terms:${options.attachments ? "a" : ""}${options.links ? "l" : ""}:${terms.join("\u0000")}`;
  return draft.memo(key, () => {
    const matcher = matcherFor(terms);
    const hits: TermHit[] = [];
    for (const field of textFields(draft)) {
      for (const match of matcher.findAll(field.scan)) {
        hits.push({
          field: field.field,
          start: match.start,
          end: match.end,
          text: field.text.slice(match.start, match.end),
          term: match.term,
        });
      }
    }
    if (options.attachments) {
      for (const attachment of draft.attachments) {
        for (const match of matcher.findAll(attachment.name)) {
          hits.push({
            field: "attachment",
            index: attachment.index,
            start: match.start,
            end: match.end,
            text: match.text,
            term: match.term,
          });
        }
      }
    }
    if (options.links) {
      const body = draft.body;
      for (const link of body.links) {
        const inText = hits.some(
          (hit) => hit.field === "body" && hit.start < link.end && hit.end > link.start,
        );
        if (inText) continue;
        const match = matcher.findAll(link.href)[0];
        if (match) {
          hits.push({
            field: "body",
            href: link.href,
            start: link.start,
            end: link.end,
            text: body.text.slice(link.start, link.end),
            term: match.term,
          });
        }
      }
    }
    return hits;
  });
}

export function hitEvidence(hit: TermHit): Evidence {
  const evidence: Evidence = { field: hit.field, text: hit.text, start: hit.start, end: hit.end };
  if (hit.index !== undefined) evidence.index = hit.index;
  return evidence;
}

/** "the subject", "the body", "the attachment name "x.pdf"", "a link to …". */
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
