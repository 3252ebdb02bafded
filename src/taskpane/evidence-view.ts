/**
 * Where a finding is, in words and in context: "Message, paragraph 4" with the line and the words
 * found in it, a few lines around it for "Show in message", and a fix's old → new. Everything is
 * computed from the draft the check read, as plain text; the components render it as text.
 */
import type { Draft } from "../core/draft";
import { locationText } from "../core/analysis";
import type { Evidence, Fix, TextField } from "../core/finding";
import { htmlToText, textToPlainText, type PlainText } from "../core/text";
import { defangUrls, singleLine, singleLineShort } from "../core/text/single-line";

/** A line of the message cut around a span: text before, the span, text after. */
export interface MarkedLine {
  before: string;
  marked: string;
  after: string;
}

export interface EvidenceView {
  /** "In the subject", "Message, paragraph 4", "In an attachment's name", "In the recipients". */
  place: string;
  /** 1-based paragraph (non-blank line) of the body, when the evidence is in the body. */
  line?: number;
  /** The line holding the evidence, the evidence marked. */
  excerpt: MarkedLine;
}

/** Characters kept on each side of a span in a one-line excerpt. */
const SIDE = 60;

/** Each draft's body as text, worked out once: every card and every render reads it. */
const plainBodies = new WeakMap<Draft["body"], PlainText>();

function bodyPlain(draft: Draft): PlainText {
  let plain = plainBodies.get(draft.body);
  if (!plain) {
    plain =
      draft.body.format === "html"
        ? htmlToText(draft.body.content)
        : textToPlainText(draft.body.content);
    plainBodies.set(draft.body, plain);
  }
  return plain;
}

/** The plain text of a draft's field, as the checks read it. */
export function fieldText(draft: Draft, field: TextField): string {
  if (field === "subject") return draft.subject;
  if (field === "location") return locationText(draft);
  return bodyPlain(draft).text;
}

function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const newline = text.indexOf("\n", at);
  return { start, end: newline < 0 ? text.length : newline };
}

/** singleLine, keeping one space where the text began or ended with white space. */
function flat(text: string): string {
  const line = singleLine(text);
  if (!line) return /\s/.test(text) ? " " : "";
  return (/^\s/.test(text) ? " " : "") + line + (/\s$/.test(text) ? " " : "");
}

/** [start, end) of `text` marked within its line, the line cut to SIDE characters either side. */
export function markIn(text: string, start: number, end: number, side = SIDE): MarkedLine {
  const line = lineBounds(text, start);
  const lineEnd = Math.max(line.end, Math.min(end, text.length));
  let before = text.slice(line.start, start);
  let after = text.slice(end, lineBounds(text, lineEnd).end);
  if (before.length > side) before = `…${before.slice(before.length - side).replace(/^\S*\s/, "")}`;
  if (after.length > side) after = `${after.slice(0, side).replace(/\s\S*$/, "")}…`;
  const marked = flat(text.slice(start, end));
  // One space between the pieces at most: the marked words carry it when they have it.
  return {
    before: /^\s/.test(marked) ? flat(before).trimEnd() : flat(before),
    marked,
    after: /\s$/.test(marked) ? flat(after).trimStart() : flat(after),
  };
}

/**
 * Which paragraph (non-blank line) holds `at`. Blank lines are left out: an HTML body's empty
 * lines do not all survive as text, so counting them would point at the wrong line.
 */
function paragraphNumber(text: string, at: number): number {
  let paragraph = 0;
  let start = 0;
  while (start <= at) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim()) paragraph++;
    if (newline < 0 || newline >= at) break;
    start = newline + 1;
  }
  return Math.max(1, paragraph);
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
    case "location": {
      const text = draft ? locationText(draft) : undefined;
      const excerpt =
        text !== undefined && text.slice(evidence.start, evidence.end) === evidence.text
          ? markIn(text, evidence.start, evidence.end)
          : alone;
      return { place: "In the location", excerpt };
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
      const plain = draft ? bodyPlain(draft) : undefined;
      const text = plain?.text;
      // An invitation's body is "the body", beside its location and subject.
      const invitation = draft?.kind === "appointment";
      if (!text || text.slice(evidence.start, evidence.end) !== evidence.text)
        return { place: invitation ? "In the body" : "In the message", excerpt: alone };
      const paragraph = paragraphNumber(text, evidence.start);
      // Words that are a link's text: say where the link goes (inert, one line, short).
      const link = plain.links.find((l) => l.start < evidence.end && evidence.start < l.end);
      const to = link ? `, a link to ${singleLineShort(defangUrls(link.href), 60)}` : "";
      return {
        place: `${invitation ? "Body" : "Message"}, paragraph ${paragraph}${to}`,
        line: paragraph,
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

/** The body's paragraphs around the evidence (a few either side), for "Show in message". */
export function bodyContext(draft: Draft, evidence: Evidence, around = 3): ContextLine[] {
  const text = fieldText(draft, "body");
  if (text.slice(evidence.start, evidence.end) !== evidence.text) return [];
  const paragraphs: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim()) paragraphs.push({ start, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  const at = paragraphs.findIndex((p) => evidence.start >= p.start && evidence.start <= p.end);
  if (at < 0) return [];
  const result: ContextLine[] = [];
  for (let i = Math.max(0, at - around); i <= Math.min(paragraphs.length - 1, at + around); i++) {
    const { start, end } = paragraphs[i]!;
    const entry: ContextLine = { number: i + 1, text: singleLine(text.slice(start, end)) };
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
