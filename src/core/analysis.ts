import type { Draft } from "./draft";

/** A half-open range of a field's plain text. */
export interface Span {
  start: number;
  end: number;
}

export interface AnalysedLink {
  href: string;
  start: number;
  end: number;
}

/** One text field (subject or body) as plain text, with what checks may read. */
export interface AnalysedField {
  field: "subject" | "body";
  /** Plain text; evidence and fix offsets refer to it. */
  text: string;
  /**
   * `text` with the quoted history blanked to spaces (same length, line breaks kept), unless the
   * policy includes quoted history: what checks scan, so offsets stay valid and quotes stay silent.
   */
  scan: string;
  /** Ranges checks read (authored text, or everything when quoted history is included). */
  spans: Span[];
  /** Quoted history of earlier messages. */
  quoted: Span[];
  /** Links whose text lies in the read ranges. */
  links: AnalysedLink[];
}

export interface AnalysedAttachment {
  index: number;
  name: string;
}

/** Everything checks need from a draft, computed once and shared by every check and recipient. */
export interface AnalysedDraft {
  draft: Draft;
  subject: AnalysedField;
  body: AnalysedField;
  attachments: AnalysedAttachment[];
  includeQuotedHistory: boolean;
  /**
   * Per-draft memo: a check computes recipient-independent results (channel proposals, meeting
   * links, time entries) once and filters them per recipient.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface AnalyseOptions {
  includeQuotedHistory?: boolean;
}

// TEMPORARY until src/core/text lands: crude conversion so the engine works end to end.
function plainTextOf(html: string): { text: string; links: AnalysedLink[]; quoted: Span[] } {
  const text = html
    .replace(/<(br|\/p|\/div|\/li|\/tr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
  return { text, links: [], quoted: [] };
}

function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let result = "";
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + text.slice(span.start, span.end).replace(/[^\n]/g, " ");
    at = span.end;
  }
  return result + text.slice(at);
}

function complement(length: number, quoted: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const span of quoted) {
    if (span.start > at) spans.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < length) spans.push({ start: at, end: length });
  return spans;
}

function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

function analyseField(
  field: "subject" | "body",
  converted: { text: string; links: AnalysedLink[]; quoted: Span[] },
  includeQuotedHistory: boolean,
): AnalysedField {
  const { text } = converted;
  const quoted = converted.quoted;
  const spans = includeQuotedHistory
    ? [{ start: 0, end: text.length }]
    : complement(text.length, quoted);
  return {
    field,
    text,
    scan: includeQuotedHistory ? text : blank(text, quoted),
    spans,
    quoted,
    links: converted.links.filter((link) => insideAny(spans, link.start, link.end)),
  };
}

/** Analyse a draft once: plain text of subject and body, authored ranges, links, attachments. */
export function analyseDraft(draft: Draft, options: AnalyseOptions = {}): AnalysedDraft {
  const includeQuotedHistory = options.includeQuotedHistory ?? false;
  const body =
    draft.body.format === "html"
      ? plainTextOf(draft.body.content)
      : { text: draft.body.content, links: [], quoted: [] };
  const memo = new Map<string, unknown>();
  return {
    draft,
    subject: analyseField("subject", { text: draft.subject, links: [], quoted: [] }, true),
    body: analyseField("body", body, includeQuotedHistory),
    attachments: draft.attachments.map((name, index) => ({ index, name })),
    includeQuotedHistory,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
