/**
 * A message body as text, for the adapter's checks around a body write (audit 50f, findings 5
 * and 7). Loaded with core/fixes.ts (the pane's "fixes" chunk), before the body is first read.
 *
 * - A plain-text body: the checks read its HTML (read-item.ts), a fix reads and writes its Text.
 *   Outlook's Text read is not always what the author sees: classic Outlook ends lines with CRLF
 *   (office-js #2540, #5310), and Outlook on the web has dropped line breaks (#2151, #1999, #773,
 *   #3726), doubled a plain-text reply's quote (#3988) and added "<mailto:…>" after links (#4111).
 *   Writing such a read back whole would put those defects into the message, so the Text read
 *   must agree with the HTML read line by line (white space aside) before it is written.
 * - A fix is located in the Text read whatever its line ends and runs of spaces (time entries are
 *   column-aligned), then applied at the place found.
 * - After a write, what Outlook reads back must be what was written (office-js #6944: new Outlook
 *   dropped part of a body with many inline pictures or OneDrive/SharePoint links).
 */
import type { Fix } from "../core/finding";
import { locateFix, wordsGone } from "../core/fixes";
import { htmlToText, textToPlainText } from "../core/text/html-to-text";
import { quotedHistorySpans } from "../core/text/quoted-history";

const LINE_BREAK = /\r\n|\r|\n/;
/** Space within a line: what a column-aligned entry or an editor's non-breaking space holds. */
const IN_LINE_SPACE = /[ \t\f\v\u00a0\u2007\u202f]/;

/** The lines that hold words, each with its white space as single spaces, trimmed. */
function wordLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

/**
 * Whether a plain-text body's Text read says what its HTML read says: the same lines with words,
 * in the same order, white space aside. Blank lines are left out: clients turn paragraphs into
 * HTML differently (`<div><br></div>`, `<p>&nbsp;</p>`), and a blank line carries no words.
 */
export function textReadAgrees(text: string, html: string): boolean {
  const fromText = wordLines(text);
  const fromHtml = wordLines(htmlToText(html).text);
  return fromText.length === fromHtml.length && fromText.every((line, i) => line === fromHtml[i]);
}

/** `source` with LF line ends and single spaces, and where each of its characters came from. */
interface Normalised {
  text: string;
  /** Per character of `text`: the source range it stands for. */
  from: number[];
  to: number[];
}

/**
 * A Text read as the checks' plain text reads: CRLF (or CR) as LF, a run of spaces within a line
 * as one space, no space at the start or end of a line.
 */
function normalise(source: string): Normalised {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const dropTrailingSpace = () => {
    while (chars[chars.length - 1] === " ") {
      chars.pop();
      from.pop();
      to.pop();
    }
  };
  let lineStart = true;
  for (let at = 0; at < source.length;) {
    const c = source[at]!;
    if (c === "\r" || c === "\n") {
      const end = c === "\r" && source[at + 1] === "\n" ? at + 2 : at + 1;
      dropTrailingSpace();
      chars.push("\n");
      from.push(at);
      to.push(end);
      at = end;
      lineStart = true;
    } else if (IN_LINE_SPACE.test(c)) {
      let end = at + 1;
      while (end < source.length && IN_LINE_SPACE.test(source[end]!)) end++;
      if (!lineStart) {
        chars.push(" ");
        from.push(at);
        to.push(end);
      }
      at = end;
    } else {
      chars.push(c);
      from.push(at);
      to.push(at + 1);
      at++;
      lineStart = false;
    }
  }
  dropTrailingSpace();
  return { text: chars.join(""), from, to };
}

/** A fix's words as the normalised text holds them: LF line ends, single spaces, none around a line end. */
function normaliseWords(words: string): string {
  return words
    .replace(/\r\n|\r/g, "\n")
    .replace(/[ \t\f\v\u00a0\u2007\u202f]+/g, " ")
    .replace(/ ?\n ?/g, "\n");
}

/** Said when a Text read does not say what the message shows (and the checks read). */
export const TEXT_READ_DIFFERS =
  "Outlook gave Rapport this plain-text message in a different form from the one it checked (its lines do not match), so writing it back could change more than this fix. Rapport changed nothing.";

/** Said when the words are not in the Text read at all: not "the draft changed", which may be untrue. */
export function notInTextRead(original: string): string {
  const words = original.replace(/\s+/g, " ").trim();
  const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return `Rapport could not find “${shown}” in the text Outlook gives add-ins for this message, so it changed nothing. Press Check again; if the warning stays, make the change by hand.`;
}

/**
 * Where a fix goes in a plain-text body's Text read: the fix with its range and words as that
 * read holds them (CRLF, runs of spaces), found as core/fixes.ts finds words (never into the
 * quoted history, never inside a longer word), or why it has no place.
 */
export function locateInTextBody(
  text: string,
  fix: Fix,
): { ok: true; fix: Fix } | { ok: false; reason: string } {
  const norm = normalise(text);
  const original = normaliseWords(fix.original);
  const quoted = quotedHistorySpans(textToPlainText(norm.text));
  const range = locateFix(norm.text, { ...fix, original }, quoted);
  if (!range) {
    return {
      ok: false,
      reason:
        original !== "" && norm.text.includes(original)
          ? wordsGone(fix.original)
          : notInTextRead(fix.original),
    };
  }
  let start = range.start < norm.from.length ? norm.from[range.start]! : text.length;
  const end = range.end > range.start ? norm.to[range.end - 1]! : start;
  // A whole line removed takes its indentation along, which the normalised text left out.
  const wholeLine =
    fix.replacement === "" &&
    original.endsWith("\n") &&
    (range.start === 0 || norm.text[range.start - 1] === "\n");
  if (wholeLine) while (start > 0 && IN_LINE_SPACE.test(text[start - 1]!)) start--;
  return { ok: true, fix: { ...fix, start, end, original: text.slice(start, end) } };
}

/** What a reader sees of a body, white space aside. */
function readerText(content: string, format: "html" | "text"): string {
  const text = format === "html" ? htmlToText(content).text : content;
  return text.replace(/\s+/g, " ").trim();
}

/** Whether two bodies of `format` say the same, white space aside (markup may differ). */
export function sameBodyText(a: string, b: string, format: "html" | "text"): boolean {
  return a === b || readerText(a, format) === readerText(b, format);
}

/**
 * Whether `after` (read back) lost words of `written` and gained none: what a body cut short
 * reads like (office-js #6944). A read-back with words of its own (the author typing right after
 * the write; reply history Outlook duplicated, #4392) is no loss to repair: writing the earlier
 * body back would erase them.
 */
export function onlyLostWords(after: string, written: string, format: "html" | "text"): boolean {
  const counts = new Map<string, number>();
  for (const word of readerText(written, format).split(" ")) {
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const word of readerText(after, format).split(" ")) {
    if (!word) continue;
    const left = counts.get(word) ?? 0;
    if (left === 0) return false; // a word that was not written: added, not lost
    counts.set(word, left - 1);
  }
  for (const left of counts.values()) if (left > 0) return true;
  return false;
}
