import type { Draft, DraftKind } from "./draft";
import type { TextField } from "./finding";
// The text layer's files, not its index (./text): importing the index gives the read-mode pane's
// chunk every module behind it (the matcher, inflections, ...), which listening never calls
// (docs/performance.md, "Bundle budgets", round 44).
import { findBoilerplate } from "./text/boilerplate";
import { htmlToText, textToPlainText, type PlainText } from "./text/html-to-text";
import { LineIndex } from "./text/line-index";
import { findMeetingBlocks, type MeetingBlock } from "./text/meeting-blocks";
import { authoredSpans, findSignature, quotedHistorySpans } from "./text/quoted-history";
import { authorSignatures, findSignOffs } from "./text/sign-off";
import { mergeSpans, spanAt } from "./text/span";
import { stopsSoFar } from "./time-budget";

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
   * No-break, narrow no-break and figure spaces read as spaces here (plainSpaces), never in `text`.
   */
  scan: string;
  /** Ranges checks read (authored text, or everything when quoted history is included). */
  spans: Span[];
  /** Quoted history of earlier messages. */
  quoted: Span[];
  /** Links whose text lies in the read ranges. */
  links: AnalysedLink[];
  /** The signature block after a "-- " line: skipped. */
  signature?: Span;
  /**
   * The firm's legal notice or confidentiality footer, a fraud warning, a mailing-list or
   * advertising footer (see text/boilerplate.ts): not the author's words, skipped like quotes.
   */
  boilerplate: Span[];
  /**
   * The sign-off and the signature lines under it (see text/sign-off.ts): read, but what they hold
   * ("M: +44 …", "also on WhatsApp") is a standing detail, not something proposed now.
   */
  signOffs: Span[];
  /** Meeting joining details pasted in (Teams, Zoom, Webex, Google Meet): read, one meeting each. */
  meetingBlocks: MeetingBlock[];
  /** Offsets of each plain-text character in the original content (HTML source or text). */
  sourceOffsets?: Int32Array;
  /**
   * The lines of `text` (and of `scan`: the same line breaks), indexed once: the body's by the
   * reading of its structure, which the checks' `linesOf` then shares instead of indexing again.
   */
  lines: LineIndex;
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

/**
 * The spaces Outlook's editors write that are not U+0020: the no-break space (U+00A0: browser
 * editors, on which Outlook on the web and new Outlook are built, write "&nbsp;" while typing
 * and pasting; Word for Ctrl+Shift+Space and French AutoFormat before "; : ! ?") and the narrow
 * no-break space (U+202F: French typography, and CLDR 34+ / ICU 72+ put it in formatted numbers
 * and before "AM"/"PM", so it arrives with text pasted from a browser or another app). The
 * figure space (U+2007) is left out: nothing found shows an editor writing it.
 */
const ODD_SPACES = /[\u00a0\u202f]/g;

/**
 * `scan` with those spaces as plain spaces, one for one: a pattern that matches words apart by
 * `[ \t]` ("Hi&nbsp;Meg,") reads them as a reader does. The same length, so every offset still
 * points at `text`, from which evidence and a fix's `original` are cut: the author's own
 * characters, which a fix then finds and replaces.
 */
function plainSpaces(scan: string): string {
  ODD_SPACES.lastIndex = 0;
  return ODD_SPACES.test(scan) ? scan.replace(ODD_SPACES, " ") : scan;
}

/** Whether [start, end) lies inside one of `spans` (sorted, non-overlapping): a binary search. */
function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  const span = spanAt(spans, start);
  return span !== undefined && end <= span.end;
}

interface Structure {
  /** The lines of the text the structure was read from. */
  lines?: LineIndex;
  signature?: Span;
  boilerplate: Span[];
  signOffs: Span[];
  meetingBlocks: MeetingBlock[];
}

const NO_STRUCTURE: Structure = { boilerplate: [], signOffs: [], meetingBlocks: [] };

function analyseField(
  field: TextField,
  plain: PlainText,
  quoted: Span[],
  includeQuotedHistory: boolean,
  structure: Structure = NO_STRUCTURE,
): AnalysedField {
  const { text } = plain;
  const { signature, boilerplate, signOffs, meetingBlocks } = structure;
  let lines = structure.lines;
  // What checks do not read: earlier messages (unless asked to), the signature block after
  // "-- ", and boilerplate (legal notices, list footers).
  const skipped = mergeSpans([
    ...(includeQuotedHistory ? [] : quoted),
    ...(signature ? [signature] : []),
    ...boilerplate,
  ]);
  const spans = authoredSpans(text.length, skipped);
  const result: AnalysedField = {
    field,
    text,
    scan: plainSpaces(blank(text, skipped)),
    spans,
    quoted,
    links: plain.links.filter((link) => insideAny(spans, link.start, link.end)),
    boilerplate,
    signOffs,
    meetingBlocks: meetingBlocks.filter((block) => insideAny(spans, block.start, block.start + 1)),
    // Made only if read (see htmlToText): checking a draft never does.
    get sourceOffsets() {
      return plain.sourceOffsets;
    },
    // A subject's or location's, made if a check asks.
    get lines() {
      return (lines ??= new LineIndex(text));
    },
  };
  if (signature) result.signature = signature;
  return result;
}

/**
 * How a body is built: earlier messages, the "-- " signature, pasted meeting blocks, the
 * sign-off and signature lines, and boilerplate after them. A line of underscores decides
 * nothing by itself: it frames Teams' meeting block and many signatures, and it sits above
 * Outlook's reply header, each recognised by what follows it.
 */
function structureOf(plain: PlainText, quoted: Span[], author: readonly string[] = []): Structure {
  const { text } = plain;
  const lines = new LineIndex(text);
  const signature = findSignature(text, quoted);
  const meetingBlocks = findMeetingBlocks(text, plain.links, quoted, lines);
  const signOffs = findSignOffs(
    text,
    lines,
    quoted,
    (at) => spanAt(meetingBlocks, at) !== undefined,
    author,
  );
  const boilerplate = findBoilerplate(text, lines, quoted, signOffs, meetingBlocks);
  const structure: Structure = { lines, boilerplate, signOffs, meetingBlocks };
  if (signature) structure.signature = signature;
  return structure;
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
  const body = analyseField(
    "body",
    plainBody,
    quoted,
    includeQuotedHistory,
    structureOf(plainBody, quoted, authorSignatures(draft.from?.name)),
  );
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
    // One lookup when the value is there (a check asks hundreds of times per draft).
    let value = memo.get(key) as T | undefined;
    if (value === undefined && !memo.has(key)) {
      const stops = stopsSoFar();
      value = compute();
      // Cut short by the deadline (time-budget.ts): used by the check that asked, never kept as
      // the whole answer for a later check or evaluation.
      if (stopsSoFar() === stops) memo.set(key, value);
    }
    return value as T;
  };
}

function subjectPlain(subject: string): PlainText {
  return { ...textToPlainText(subject), links: [] };
}
