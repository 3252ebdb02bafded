/**
 * The fixes checks offer, each the smallest edit that resolves its finding: the refused words or
 * the entry they stand in, never the paragraph around them. Where no small edit leaves the text
 * reading right (a refused phrase that is part of a sentence), there is no fix: the finding's
 * message says what to do, and the author does it.
 */
import type { AnalysedField } from "../analysis";
import type { Fix } from "../finding";
import type { LineIndex } from "../text";
import { withLookbehind } from "../text/lookbehind";
import { singleLineShort } from "../text/single-line";
import { letterClassSource } from "../text/unicode-classes";
import { removeLineFix } from "./helpers";

const SPACE = "[ \\t\\u00a0]";
const DATE = "(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})";
const HOURS = `(?:\\d{1,3}(?:[.,]\\d{1,2})?${SPACE}?(?:h|hrs?|hours?)\\b|\\d{1,2}[.,]\\d{1,2})`;
const AMOUNT = `(?:[$£€]${SPACE}?\\d[\\d,]*(?:\\.\\d{1,2})?|\\d[\\d,]*(?:\\.\\d{2})?${SPACE}?(?:USD|EUR|GBP)\\b)`;
const FRAME_TOKEN = `(?:[-•*·|:–—()[\\]]|\\d+[.)]|${DATE}|${HOURS}|${AMOUNT})`;

/**
 * What may stand beside an entry's description on its own line without being other work:
 * bullets, numbers, dates, hours, amounts and the punctuation between them.
 */
const ENTRY_FRAME = new RegExp(`^${SPACE}*(?:${FRAME_TOKEN}${SPACE}*)*[.,;]?${SPACE}*$`, "i");

/** A letter or a digit: [\p{L}\d] (from data: old engines have no \p{…}, see unicode-classes.ts). */
const LETTER_OR_DIGIT = `${letterClassSource()}\\d`;
/** A list separator after the phrase, with the next item after it: "Review of file, drafting". */
export const SEPARATOR_AFTER = new RegExp(
  `^${SPACE}*(?:[,;&+/]|and\\b)${SPACE}*(?=[${LETTER_OR_DIGIT}])`,
  "iu",
);
/** What ends the previous item of a list: a letter, a digit or a closing bracket. */
const ITEM_LAST = new RegExp(`[${LETTER_OR_DIGIT})]$`, "iu");
/** A list separator before the phrase, after the previous item: "drafting and Review of file". */
export const SEPARATOR_BEFORE = withLookbehind(
  new RegExp(`${SPACE}*(?:,?${SPACE}*\\band|[,;&+/])${SPACE}*$`, "iu"),
  // (?<=[\p{L}\d)]): one code point back.
  (text, index) => ITEM_LAST.test(text.slice(Math.max(0, index - 2), index)),
);
/** Where an item of a list ends: punctuation, or the end of the line. */
const ITEM_END = new RegExp(`^${SPACE}*(?:[.,;:!?)]|$)`);
/** "the Review of file": the phrase is part of a noun phrase, not an item on its own. */
const DETERMINER_BEFORE = new RegExp(
  `\\b(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those)${SPACE}+$`,
  "i",
);
/** "Review of file, which …": what follows starts a clause about the phrase, not another item. */
const CLAUSE_AFTER =
  /^(?:which|who|whom|whose|that|then|but|so|because|as|when|where|while|although|though|if|i|we|you|he|she|they|it|please)\b/i;
/** Characters read either side of the phrase: more than any entry's frame or list separator. */
const CONTEXT = 80;

/** Quoted, the phrase is being talked about ("they refuse “Review of file”"), not billed. */
const QUOTE = /["'“”‘’«»]/;

/** Removes [start, end) of the field's text. */
function removal(field: AnalysedField, start: number, end: number, label: string): Fix {
  return {
    label,
    field: field.field,
    start,
    end,
    original: field.text.slice(start, end),
    replacement: "",
  };
}

/**
 * A refused billing phrase at [start, end) of the field: remove the entry when the line holds
 * nothing else but its date, hours and amount; remove the phrase and one list separator when it
 * is an item of a list ("covering Review of file, drafting …"); otherwise no fix.
 */
export function refusedEntryFix(
  field: AnalysedField,
  start: number,
  end: number,
  lines: LineIndex,
): Fix | undefined {
  const text = field.text;
  const line = lines.lineAt(start);
  if (end > line.end) return undefined; // a phrase across lines is not one entry
  // Only a short stretch either side is read, so a long line with many hits costs little per hit:
  // an entry's frame (bullet, date, hours, amount) and a list's separator are short.
  const from = Math.max(line.start, start - CONTEXT);
  const to = Math.min(line.end, end + CONTEXT);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if (from === line.start && to === line.end && ENTRY_FRAME.test(before) && ENTRY_FRAME.test(after))
    return { ...removeLineFix(field, start, end, lines), label: "Remove this entry" };

  if (QUOTE.test(text[start - 1] ?? "") || QUOTE.test(text[end] ?? "")) return undefined;
  const label = `Remove “${singleLineShort(text.slice(start, end), 40)}”`;
  const separatorAfter = SEPARATOR_AFTER.exec(after);
  if (separatorAfter && !DETERMINER_BEFORE.test(before)) {
    const next = after.slice(separatorAfter[0].length);
    if (!CLAUSE_AFTER.test(next))
      return removal(field, start, end + separatorAfter[0].length, label);
  }
  const separatorBefore = SEPARATOR_BEFORE.exec(before);
  // The item ends at punctuation, or at the end of the line (not merely of what was read).
  const itemEnds = ITEM_END.test(after) && (to === line.end || after.trim() !== "");
  if (separatorBefore && itemEnds)
    return removal(field, start - separatorBefore[0].length, end, label);
  return undefined;
}
