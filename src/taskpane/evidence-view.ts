/**
 * Where a finding is, in words and in context: "Message, line 4" with the line and the words
 * found in it, a few lines around it for "Show in message", and a fix's old → new. Everything is
 * computed from the draft the check read, as plain text; the components render it as text.
 */
import type { Draft } from "../core/draft";
import type { Evidence, Fix } from "../core/finding";
import { htmlToText, textToPlainText } from "../core/text";
import { singleLine } from "../core/text/single-line";

/** A line of the message cut around a span: text before, the span, text after. */
export interface MarkedLine {
  before: string;
  marked: string;
  after: string;
}

export interface EvidenceView {
  /** "In the subject", "Message, line 4", "Attachment name", "In the recipients". */
  place: string;
  /** 1-based line of the body, when the evidence is in the body. */
  line?: number;
  /** The line holding the evidence, the evidence marked. */
  excerpt: MarkedLine;
}

/** Characters kept on each side of a span in a one-line excerpt. */
const SIDE = 60;

/** The plain text of a draft's field, as the checks read it. */
export function fieldText(draft: Draft, field: "subject" | "body"): string {
  if (field === "subject") return draft.subject;
  return draft.body.format === "html"
    ? htmlToText(draft.body.content).text
    : textToPlainText(draft.body.content).text;
}

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const newline = text.indexOf("\n", at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** [start, end) of `text` marked within its line, the line cut to SIDE characters either side. */
export function markIn(text: string, start: number, end: number, side = SIDE): MarkedLine {
  const line = lineBounds(text, start);
  const lineEnd = Math.max(line.end, Math.min(end, text.length));
  let before = text.slice(line.start, start);
  let after = text.slice(end, lineBounds(text, lineEnd).end);
  if (before.length > side) before = `…${before.slice(before.length - side).replace(/^\S*\s/, "")}`;
  if (after.length > side) after = `${after.slice(0, side).replace(/\s\S*$/, "")}…`;
  return {
    before: singleLine(before) + (/\s$/.test(before) ? " " : ""),
    marked: singleLine(text.slice(start, end)),
    after: (/^\s/.test(after) ? " " : "") + singleLine(after),
  };
}

function lineNumber(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Where the evidence is and the line around it; without the draft, the words alone. */
export function evidenceView(draft: Draft | undefined, evidence: Evidence): EvidenceView {
  const alone: MarkedLine = { before: "", marked: singleLine(evidence.text), after: "" };
  switch (evidence.field) {
    case "subject": {
      const excerpt =
        draft && draft.subject.slice(evidence.start, evidence.end) === evidence.text
          ? markIn(draft.subject, evidence.start, evidence.end)
          : alone;
      return { place: "In the subject", excerpt };
    }
    case "attachment": {
      const name = draft?.attachments[evidence.index ?? 0];
      const excerpt =
        name !== undefined && name.slice(evidence.start, evidence.end) === evidence.text
          ? markIn(name, evidence.start, evidence.end)
          : alone;
      return { place: "In an attachment's name", excerpt };
    }
    case "recipient":
      return { place: "In the recipients", excerpt: alone };
    case "body": {
      const text = draft ? fieldText(draft, "body") : undefined;
      if (!text || text.slice(evidence.start, evidence.end) !== evidence.text)
        return { place: "In the message", excerpt: alone };
      const line = lineNumber(text, evidence.start);
      return {
        place: `Message, line ${line}`,
        line,
        excerpt: markIn(text, evidence.start, evidence.end),
      };
    }
  }
}

export interface ContextLine {
  number: number;
  text: string;
  /** The line holding the evidence, split around it. */
  marked?: MarkedLine;
}

/** The body's lines around the evidence (a few either side, blank ones kept), for "Show in message". */
export function bodyContext(draft: Draft, evidence: Evidence, around = 3): ContextLine[] {
  const text = fieldText(draft, "body");
  if (text.slice(evidence.start, evidence.end) !== evidence.text) return [];
  const lines = text.split("\n");
  const at = lineNumber(text, evidence.start) - 1;
  const result: ContextLine[] = [];
  for (let i = Math.max(0, at - around); i <= Math.min(lines.length - 1, at + around); i++) {
    const entry: ContextLine = { number: i + 1, text: singleLine(lines[i]!) };
    if (i === at) entry.marked = markIn(text, evidence.start, evidence.end, 400);
    result.push(entry);
  }
  return result;
}

/** What a fix does to its line: the line now, and after, the changed words marked in each. */
export interface FixPreview {
  now: MarkedLine;
  after: MarkedLine;
  /** The fix removes whole lines. */
  removesLine: boolean;
}

export function fixPreview(draft: Draft | undefined, fix: Fix): FixPreview {
  const text = draft ? fieldText(draft, fix.field) : undefined;
  const removesLine = fix.replacement === "" && fix.original.includes("\n");
  if (!text || text.slice(fix.start, fix.end) !== fix.original) {
    return {
      now: { before: "", marked: singleLine(fix.original), after: "" },
      after: { before: "", marked: singleLine(fix.replacement), after: "" },
      removesLine,
    };
  }
  // A whole line removed shows as that line struck through; its line break is not shown.
  let start = fix.start;
  let end = fix.end;
  if (removesLine) {
    while (text[start] === "\n" && start < end) start++;
    while (text[end - 1] === "\n" && end > start) end--;
  }
  const edited = text.slice(0, start) + fix.replacement + text.slice(end);
  return {
    now: markIn(text, start, end),
    after: removesLine
      ? { before: "", marked: "", after: "" }
      : markIn(edited, start, start + fix.replacement.length),
    removesLine,
  };
}
