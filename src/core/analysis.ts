import type { Draft, DraftKind } from "./draft";
import type { TextField } from "./finding";
import {
  authoredSpans,
  findSignature,
  firstSpanAfter,
  spanAt,
  htmlToText,
  quotedHistorySpans,
  textToPlainText,
  type PlainText,
} from "./text";

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

/** One text field (subject, an invitation's location, or body) as plain text, with what checks may read. */
export interface AnalysedField {
  field: TextField;
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
  /** The signature block ("-- " and below) or a list footer (a line of underscores and below): skipped. */
  signature?: Span;
  /** Offsets of each plain-text character in the original content (HTML source or text). */
  sourceOffsets?: Int32Array;
}

export interface AnalysedAttachment {
  index: number;
  name: string;
}

/** Everything checks need from a draft, computed once and shared by every check and recipient. */
export interface AnalysedDraft {
  draft: Draft;
  /** "appointment" for a meeting invitation, else "message". */
  kind: DraftKind;
  subject: AnalysedField;
  /**
   * An invitation's location (see locationText); empty for a message, and not among the fields
   * textFields() hands the checks then.
   */
  location: AnalysedField;
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

/** `text` with every character of `spans` but line breaks turned into a space (same length). */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const span of spans) {
    pieces.push(text.slice(at, span.start));
    // Line by line with repeat(): a regular expression per character was the costliest step of
    // analysing a long reply.
    let lineStart = span.start;
    for (
      let nl = text.indexOf("\n", lineStart);
      nl >= 0 && nl < span.end;
      nl = text.indexOf("\n", lineStart)
    ) {
      pieces.push(" ".repeat(nl - lineStart), "\n");
      lineStart = nl + 1;
    }
    pieces.push(" ".repeat(span.end - lineStart));
    at = span.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** Whether [start, end) lies inside one of `spans` (sorted, non-overlapping): a binary search. */
function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  const span = spanAt(spans, start);
  return span !== undefined && end <= span.end;
}

function analyseField(
  field: TextField,
  plain: PlainText,
  quoted: Span[],
  includeQuotedHistory: boolean,
  signature?: Span,
): AnalysedField {
  const { text } = plain;
  // What checks do not read: earlier messages (unless asked to) and the signature block.
  const skipped = [...(includeQuotedHistory ? [] : quoted), ...(signature ? [signature] : [])].sort(
    (x, y) => x.start - y.start,
  );
  const spans = authoredSpans(text.length, skipped);
  const result: AnalysedField = {
    field,
    text,
    scan: blank(text, skipped),
    spans,
    quoted,
    links: plain.links.filter((link) => insideAny(spans, link.start, link.end)),
    sourceOffsets: plain.sourceOffsets,
  };
  if (signature) result.signature = signature;
  return result;
}

/**
 * A mailing-list or advertising footer: from a line of ten or more underscores (after some text)
 * to the next quoted span or the end. Like a signature, it is not what the author is writing.
 */
function findFooter(text: string, quoted: readonly Span[]): Span | undefined {
  // Most mail has no such line: one indexOf spares the multiline scan.
  if (!text.includes("__________")) return undefined;
  const rule = /^[ \t]*_{10,}[ \t]*$/gm;
  const firstVisible = text.search(/\S/);
  for (let m = rule.exec(text); m; m = rule.exec(text)) {
    const start = m.index;
    // Nothing but white space before it: not after some text. (Binary searches below: a
    // quoted digest can hold thousands of such lines.)
    if (firstVisible < 0 || firstVisible >= start) continue;
    if (spanAt(quoted, start)) continue;
    const next = firstSpanAfter(quoted, start);
    return { start, end: next ? next.start : text.length };
  }
  return undefined;
}

/**
 * An invitation's location as checks read it: the Location text as typed, then the enhanced
 * locations (rooms, places) it does not already name, joined with "; ". The typed text comes
 * first, so an offset inside it is an offset into `draft.location` (what a fix may edit).
 */
export function locationText(draft: Pick<Draft, "location" | "locations">): string {
  const typed = draft.location ?? "";
  const lowered = typed.toLowerCase();
  const extra = (draft.locations ?? [])
    .map((name) => name.trim())
    .filter((name, i, all) => name !== "" && all.indexOf(name) === i)
    .filter((name) => !lowered.includes(name.toLowerCase()));
  return [typed, ...extra].filter((part) => part.trim() !== "").join("; ");
}

/** Analyse a draft once: plain text of subject, location and body, authored ranges, links, attachments. */
export function analyseDraft(draft: Draft, options: AnalyseOptions = {}): AnalysedDraft {
  const includeQuotedHistory = options.includeQuotedHistory ?? false;
  const kind: DraftKind = draft.kind === "appointment" ? "appointment" : "message";
  const plainBody =
    draft.body.format === "html"
      ? htmlToText(draft.body.content ?? "")
      : textToPlainText(draft.body.content ?? "");
  const quoted = quotedHistorySpans(plainBody);
  // In an invitation a line of underscores frames the online-meeting block Teams inserts (the
  // join link is what the meeting checks must read), not a list footer.
  const signature =
    findSignature(plainBody.text, quoted) ??
    (kind === "appointment" ? undefined : findFooter(plainBody.text, quoted));
  const body = analyseField("body", plainBody, quoted, includeQuotedHistory, signature);
  // A subject has no quoted history, but "RE:"/"FW:" prefixes are the author's as much as the rest.
  const subject = analyseField("subject", subjectPlain(draft.subject ?? ""), [], true);
  const location = analyseField(
    "location",
    subjectPlain(kind === "appointment" ? locationText(draft) : ""),
    [],
    true,
  );
  return {
    draft,
    kind,
    subject,
    location,
    body,
    attachments: (draft.attachments ?? []).map((name, index) => ({ index, name })),
    includeQuotedHistory,
    memo: emptyMemo(),
  };
}

/** The analysed draft with nothing memoised yet: checking it again then does all the work. */
export function withFreshMemo(analysed: AnalysedDraft): AnalysedDraft {
  return { ...analysed, memo: emptyMemo() };
}

function emptyMemo(): AnalysedDraft["memo"] {
  const memo = new Map<string, unknown>();
  return <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
}

function subjectPlain(subject: string): PlainText {
  return { ...textToPlainText(subject), links: [] };
}
