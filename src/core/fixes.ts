/**
 * Applies a finding's fix to the draft's text. The fix names a range of the field's plain text
 * and the text it expects there. It applies only where that text stands as its own word(s) (no
 * letter of a longer word on either side), and when the author has typed since, the expected
 * text is looked for once more: its nearest occurrence that stands as its own word(s) in the
 * author's new text, never in the quoted history of earlier messages. When there is none the fix
 * is refused rather than guessed (audit 48b: "Hi Meggege,", "Meggean Lee", "From: Meggege").
 */
import { locationText } from "./analysis";
import type { Draft } from "./draft";
import type { Fix } from "./finding";
import { htmlToText, textToPlainText, type PlainText } from "./text/html-to-text";
import { isInSpans, quotedHistorySpans } from "./text/quoted-history";
import type { TextSpan } from "./text/span";
import { isWordChar } from "./text/words";
import { LOCATION_PLACE_FIX } from "./fix-reasons";

export type FixResult = { ok: true; content: string } | { ok: false; reason: string };

export const DRAFT_CHANGED = "The draft changed since it was checked; re-check and try again.";

/** The words a fix expects are no longer in the author's text on their own: said with the words. */
export function wordsGone(original: string): string {
  const words = original.replace(/\s+/g, " ").trim();
  const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return `“${shown}” is no longer in your text as written when it was checked (it may now be part of another word, or only in the quoted message), so Rapport changed nothing. Re-check and try again.`;
}

/** ' ’ - ‐ ‑ : inside a word when letters stand on both sides ("O'Brien", "Mary-Meg"), as words.ts reads them. */
function isJoiner(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011;
}

/** A possessive after a name: 's or ’s, then no more letters ("Meg's", "Meg’s"). */
function possessiveAt(text: string, at: number): boolean {
  const s = text[at + 1];
  return (
    (text[at] === "'" || text[at] === "\u2019") &&
    (s === "s" || s === "S") &&
    !isWordChar(text, at + 2)
  );
}

/**
 * Whether [start, end) of `text` holds `original` as its own word(s): where the original starts
 * (ends) with a letter or digit, no letter, digit or combining mark stands just before (after) it
 * (text/words.ts). An original that starts or ends with something else (a space, punctuation, a
 * line break: a removal with its separator) needs no boundary there. `strict` (a place the fix
 * moved to, which no check has read): a joiner with a letter beyond it (' ’ - ‐ ‑, "O'Meg",
 * "Meg-Anne") also makes one longer word, but a possessive ("Meg's") does not. At the fix's own
 * range the checks' boundary is enough: they match "Zoom" in "Zoom-call".
 */
export function standsAlone(
  text: string,
  start: number,
  end: number,
  original: string,
  strict = false,
): boolean {
  if (original === "") return true;
  if (isWordChar(original, 0)) {
    if (isWordChar(text, start - 1)) return false;
    if (strict && start >= 2 && isJoiner(text, start - 1) && isWordChar(text, start - 2))
      return false;
  }
  if (isWordChar(original, original.length - 1)) {
    if (isWordChar(text, end)) return false;
    if (strict && isJoiner(text, end) && isWordChar(text, end + 1) && !possessiveAt(text, end))
      return false;
  }
  return true;
}

/**
 * Where `original` now stands in `text` as its own word(s): at [start, end) if unchanged, else
 * its nearest such occurrence outside `quoted` (the quoted history, which checks do not read by
 * default: a fix never moves there). Undefined when there is none.
 */
export function locateFix(
  text: string,
  fix: Fix,
  quoted: readonly TextSpan[] = [],
): { start: number; end: number } | undefined {
  const { original } = fix;
  if (
    fix.start >= 0 &&
    fix.end <= text.length &&
    fix.start <= fix.end &&
    text.slice(fix.start, fix.end) === original &&
    standsAlone(text, fix.start, fix.end, original)
  ) {
    return { start: fix.start, end: fix.end };
  }
  if (original === "") return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(original); at >= 0; at = text.indexOf(original, at + 1)) {
    if (best !== undefined && Math.abs(at - fix.start) >= Math.abs(best - fix.start)) continue;
    if (!standsAlone(text, at, at + original.length, original, true)) continue;
    if (quoted.length > 0 && isInSpans(quoted, at, at + original.length)) continue;
    best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + original.length };
}

/** The quoted history of a body's plain text; a subject or Location has none. */
function quotedOf(fix: Fix, plain: () => PlainText): TextSpan[] {
  return fix.field === "body" ? quotedHistorySpans(plain()) : [];
}

/** Why a fix found no place: its words are gone, or only where it must not go. */
function notFound(text: string, fix: Fix): FixResult {
  return {
    ok: false,
    reason:
      fix.original !== "" && text.includes(fix.original) ? wordsGone(fix.original) : DRAFT_CHANGED,
  };
}

/** Apply a fix to a plain-text field (a subject, an invitation's Location, or a text body). */
export function applyFixToText(text: string, fix: Fix): FixResult {
  const range = locateFix(
    text,
    fix,
    quotedOf(fix, () => textToPlainText(text)),
  );
  if (!range) return notFound(text, fix);
  return {
    ok: true,
    content: text.slice(0, range.start) + fix.replacement + text.slice(range.end),
  };
}

/** Text a reader sees must never become markup: the replacement is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ENTITY = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/i;

/** How many source characters produced the plain character starting at `at` (an entity, a collapsed space run, a surrogate pair). */
function sourceExtent(html: string, at: number): number {
  const code = html.charCodeAt(at);
  if (code === 38 /* & */) return ENTITY.exec(html.slice(at, at + 40))?.[0].length ?? 1;
  if (/\s/.test(html[at] ?? "")) {
    let end = at + 1;
    while (end < html.length && /\s/.test(html[end]!)) end++;
    return end - at;
  }
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** A tag in the source: where it is, its name, and whether it closes. */
interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

const TAG_NAME = /^<\/?([a-z][a-z0-9:-]*)/i;
const VOID = new Set(["br", "wbr", "img", "hr", "meta", "link", "input", "col", "area", "source"]);
/** Elements a whole-line removal may take away with their text: the line itself. */
const LINE_ELEMENTS = new Set([
  "li",
  "tr",
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "dd",
  "dt",
]);
/** What may sit inside an element removed whole: text formatting and structure, nothing else. */
const REMOVABLE_INSIDE = new Set([
  ...LINE_ELEMENTS,
  "a", "span", "b", "strong", "i", "em", "u", "s", "strike", "font", "small", "big", "sup",
  "sub", "mark", "code", "td", "th", "br", "wbr", "o:p",
]); // prettier-ignore

function tagAt(html: string, start: number): Tag | undefined {
  if (html[start] !== "<") return undefined;
  const end = html.indexOf(">", start);
  const name = TAG_NAME.exec(html.slice(start, start + 40));
  if (end < 0 || !name) return undefined;
  return { start, end: end + 1, name: name[1]!.toLowerCase(), closing: html[start + 1] === "/" };
}

/**
 * The outermost element among `names` whose text is exactly [from, to) of the source: only tags
 * and white space between its start tag and `from`, and between `to` and its end tag, and its
 * tags balanced. Undefined when there is none, or when it holds anything but text formatting
 * (an image, a table) that removing it whole would take along.
 */
function enclosingElement(
  html: string,
  from: number,
  to: number,
  names: ReadonlySet<string>,
): { start: number; end: number } | undefined {
  const before: Tag[] = [];
  for (let at = from; at > 0;) {
    if (/\s/.test(html[at - 1]!)) {
      at--;
      continue;
    }
    if (html[at - 1] !== ">") break;
    const tag = tagAt(html, html.lastIndexOf("<", at - 1));
    // A closing tag here ends an earlier sibling: no element opened before it holds only [from, to).
    if (!tag || tag.end !== at || tag.closing) break;
    before.push(tag);
    at = tag.start;
  }
  const after: Tag[] = [];
  for (let at = to; at < html.length;) {
    if (/\s/.test(html[at]!)) {
      at++;
      continue;
    }
    const tag = tagAt(html, at);
    if (!tag || (!tag.closing && !VOID.has(tag.name))) break;
    after.push(tag);
    at = tag.end;
  }
  let found: { start: number; end: number } | undefined;
  for (const open of before) {
    if (!names.has(open.name)) continue;
    const close = after.find((tag) => tag.closing && tag.name === open.name);
    if (close && balancedAndPlain(html, open.start, close.end))
      found = { start: open.start, end: close.end };
  }
  return found;
}

/** Tags of [start, end) balanced, and all of them text formatting or structure. */
function balancedAndPlain(html: string, start: number, end: number): boolean {
  const stack: string[] = [];
  for (let at = html.indexOf("<", start); at >= 0 && at < end; at = html.indexOf("<", at + 1)) {
    if (html.startsWith("<!--", at)) return false;
    const tag = tagAt(html, at);
    if (!tag || !REMOVABLE_INSIDE.has(tag.name)) return false;
    if (VOID.has(tag.name) || html[tag.end - 2] === "/") continue;
    if (!tag.closing) stack.push(tag.name);
    else if (stack.pop() !== tag.name) return false;
  }
  return stack.length === 0;
}

/** Text compared as a reader sees it: runs of white space (line breaks included) as one space. */
function readerText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export const NOT_SAFE =
  "Rapport could not make this change without touching the rest of the message. Edit it by hand.";

/**
 * Apply a fix to an HTML body: the plain-text range is mapped back to the source through
 * htmlToText's offsets. Text pieces in the range are replaced (the replacement goes where the
 * first piece was); tags inside the range stay, so formatting and structure survive. Two
 * exceptions keep the message honest and tidy: a line removed whole takes its element along
 * (no empty bullet or table row is left), and a link whose whole text is replaced takes its
 * anchor along (new words must not carry the old address). The result is checked: its text must
 * be the old text with exactly this change, or the fix is refused.
 */
export function applyFixToHtml(html: string, fix: Fix): FixResult {
  const plain = htmlToText(html);
  const range = locateFix(
    plain.text,
    fix,
    quotedOf(fix, () => plain),
  );
  if (!range) return notFound(plain.text, fix);
  const offsets = plain.sourceOffsets;
  const pieces: { start: number; end: number }[] = [];
  for (let i = range.start; i < range.end; i++) {
    const src = offsets[i]!;
    // Characters the markup produced (a line break for <br> or </p>) have no text to remove.
    if (html[src] === "<") continue;
    const next = offsets[i + 1]!;
    const end =
      next > src && !html.slice(src, next).includes("<") ? next : src + sourceExtent(html, src);
    const last = pieces[pieces.length - 1];
    if (last && last.end === src) last.end = end;
    else if (!last || src >= last.end) pieces.push({ start: src, end });
  }
  if (pieces.length === 0) {
    if (range.start !== range.end && fix.replacement === "") return { ok: true, content: html };
    const at = offsets[range.start] ?? html.length;
    pieces.push({ start: at, end: at });
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const whole =
    first.start < last.end
      ? enclosingElement(
          html,
          first.start,
          last.end,
          fix.replacement === "" && plain.text.slice(range.start, range.end).includes("\n")
            ? LINE_ELEMENTS
            : fix.replacesLink
              ? ANCHOR
              : NONE,
        )
      : undefined;
  const row =
    !whole && fix.replacement === "" && first.start < last.end
      ? wholeRow(html, first.start, last.end, plain.text.slice(range.start, range.end))
      : undefined;
  if (row) return checkedRemoval(html, row, plain.text, range, fix);
  const listItem =
    !whole && first.start < last.end && fix.replacement === ""
      ? wordListParagraph(html, first.start, last.end)
      : undefined;
  let content: string;
  if (whole) {
    content = html.slice(0, whole.start) + escapeHtml(fix.replacement) + html.slice(whole.end);
  } else if (listItem) {
    content = html.slice(0, listItem.start) + html.slice(listItem.end);
  } else {
    // Links whose whole text goes lose their anchor too: an empty link still carries its address.
    const anchors =
      fix.replacement === "" || fix.replacesLink ? emptiedAnchors(html, first.start, last.end) : [];
    const cuts = [...pieces, ...anchors].sort((a, b) => a.start - b.start);
    content = html;
    for (let c = cuts.length - 1; c >= 0; c--) {
      const cut = cuts[c]!;
      const insert = cut === first ? escapeHtml(fix.replacement) : "";
      content = content.slice(0, cut.start) + insert + content.slice(cut.end);
    }
  }
  const expected = plain.text.slice(0, range.start) + fix.replacement + plain.text.slice(range.end);
  if (readerText(htmlToText(content).text) !== readerText(expected))
    return { ok: false, reason: NOT_SAFE };
  return { ok: true, content };
}

/**
 * The table row (`<tr>…</tr>`) whose text is exactly `removed`, the text of [from, to): an entry
 * that is a whole row goes with its row, never leaving its date and hours behind, nor an empty
 * row (docs/taskpane.md). enclosingElement finds a row only when nothing but closing tags follow
 * its last text; Word HTML (classic Outlook) ends every cell's paragraph with `<o:p></o:p>`, so
 * the row is found here by its tags and checked by its text. Undefined when the row holds more
 * than the entry (another line, a picture, a nested table) or its `</tr>` is not written.
 */
function wholeRow(
  html: string,
  from: number,
  to: number,
  removed: string,
): { start: number; end: number } | undefined {
  let start = -1;
  for (let at = from; at > 0;) {
    if (/\s/.test(html[at - 1]!)) {
      at--;
      continue;
    }
    if (html[at - 1] !== ">") return undefined;
    const tag = tagAt(html, html.lastIndexOf("<", at - 1));
    // Only opening tags lie between the row's start and its first text.
    if (!tag || tag.end !== at || tag.closing) return undefined;
    if (tag.name === "tr") {
      start = tag.start;
      break;
    }
    at = tag.start;
  }
  if (start < 0) return undefined;
  const close = /<\/tr\s*>/gi;
  close.lastIndex = to;
  const end = close.exec(html);
  if (!end) return undefined;
  const row = { start, end: end.index + end[0].length };
  if (!balancedAndPlain(html, row.start, row.end)) return undefined;
  const rowText = readerText(htmlToText(html.slice(row.start, row.end)).text);
  return rowText !== "" && rowText === readerText(removed) ? row : undefined;
}

/** `region` of the source removed, if the text left is the old text without the fix's range. */
function checkedRemoval(
  html: string,
  region: { start: number; end: number },
  text: string,
  range: { start: number; end: number },
  fix: Fix,
): FixResult {
  const content = html.slice(0, region.start) + html.slice(region.end);
  const expected = text.slice(0, range.start) + fix.replacement + text.slice(range.end);
  if (readerText(htmlToText(content).text) !== readerText(expected))
    return { ok: false, reason: NOT_SAFE };
  return { ok: true, content };
}

/** Word's downlevel-revealed conditional around a list item's bullet, which browsers show. */
const SUPPORT_LISTS = /^<!\[if !supportLists\]>/i;

/**
 * A list item from classic Outlook (Word HTML) whose whole text, bullet included, is [from, to):
 * `<p class=MsoListParagraph style='…mso-list:l0 level1 lfo1'><![if !supportLists]><span
 * style='mso-list:Ignore'>·<span>&nbsp;…</span></span><![endif]>Entry<o:p></o:p></p>`. Outlook
 * draws the bullet from `mso-list`, so removing the text alone leaves an empty bullet (audit 50f,
 * 6); the paragraph is removed whole when nothing but tags, white space and the bullet's
 * conditional stand between its tags and the range, and all its tags are text formatting.
 */
function wordListParagraph(
  html: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  const open = html.lastIndexOf("<p", from);
  if (open < 0) return undefined;
  const start = tagAt(html, open);
  if (!start || start.name !== "p" || start.closing) return undefined;
  if (!/mso-list\s*:\s*l\d/i.test(html.slice(start.start, start.end))) return undefined;
  const close = html.indexOf("</p", to);
  const end = close < 0 ? undefined : tagAt(html, close);
  if (!end || end.name !== "p" || !end.closing) return undefined;
  // The bullet's conditional markers blanked out (same length), the paragraph must be plain.
  let conditionals = 0;
  const blanked = html
    .slice(start.start, end.end)
    .replace(/<!\[(?:if !supportLists|endif)\]>/gi, (marker) => {
      conditionals += SUPPORT_LISTS.test(marker) ? 1 : -1;
      return " ".repeat(marker.length);
    });
  if (conditionals !== 0 || !balancedAndPlain(blanked, 0, blanked.length)) return undefined;
  // Between the start tag and the range, and the range and the end tag: only markup.
  const onlyMarkup = (text: string) =>
    text
      .replace(/<[^>]*>/g, "")
      .replace(/&nbsp;|&#160;|\s/gi, "")
      .trim() === "";
  if (!onlyMarkup(blanked.slice(start.end - start.start, from - start.start))) return undefined;
  if (!onlyMarkup(blanked.slice(to - start.start, end.start - start.start))) return undefined;
  return { start: start.start, end: end.end };
}

const ANCHOR: ReadonlySet<string> = new Set(["a"]);
const NONE: ReadonlySet<string> = new Set();

/** Where the run of tags (and white space) that ends at `at` starts. */
function tagsBefore(html: string, at: number): number {
  while (at > 0) {
    if (/\s/.test(html[at - 1]!)) at--;
    else if (html[at - 1] === ">") {
      const tag = tagAt(html, html.lastIndexOf("<", at - 1));
      if (!tag || tag.end !== at) break;
      at = tag.start;
    } else break;
  }
  return at;
}

/** Where the run of tags (and white space) that starts at `at` ends. */
function tagsAfter(html: string, at: number): number {
  while (at < html.length) {
    if (/\s/.test(html[at]!)) at++;
    else {
      const tag = tagAt(html, at);
      if (!tag) break;
      at = tag.end;
    }
  }
  return at;
}

/**
 * The start and end tags of every link whose text lies wholly inside [from, to) of the source:
 * its tags inside that span or in the runs of tags right around it.
 */
function emptiedAnchors(html: string, from: number, to: number): { start: number; end: number }[] {
  const start = tagsBefore(html, from);
  const end = tagsAfter(html, to);
  const tags: Tag[] = [];
  const open: Tag[] = [];
  for (let at = html.indexOf("<", start); at >= 0 && at < end; at = html.indexOf("<", at + 1)) {
    const tag = tagAt(html, at);
    if (!tag || tag.name !== "a" || tag.end > end) continue;
    if (!tag.closing) open.push(tag);
    else {
      const opened = open.pop();
      if (opened) tags.push(opened, tag);
    }
  }
  return tags;
}

export { LOCATION_PLACE_FIX };

export function applyFixToLocation(draft: Draft, fix: Fix): FixResult {
  const typed = draft.location ?? "";
  const analysed = locationText(draft);
  if (fix.start >= typed.length && analysed.slice(fix.start, fix.end) === fix.original) {
    return { ok: false, reason: LOCATION_PLACE_FIX };
  }
  return applyFixToText(typed, fix);
}

/** Apply a fix to a draft: the subject, an invitation's location or the body (in its own format). The draft is not changed. */
export function applyFixToDraft(
  draft: Draft,
  fix: Fix,
): { ok: true; draft: Draft } | { ok: false; reason: string } {
  if (fix.field === "subject") {
    const result = applyFixToText(draft.subject, fix);
    return result.ok ? { ok: true, draft: { ...draft, subject: result.content } } : result;
  }
  if (fix.field === "location") {
    const result = applyFixToLocation(draft, fix);
    return result.ok ? { ok: true, draft: { ...draft, location: result.content } } : result;
  }
  const result =
    draft.body.format === "html"
      ? applyFixToHtml(draft.body.content, fix)
      : applyFixToText(draft.body.content, fix);
  return result.ok
    ? { ok: true, draft: { ...draft, body: { ...draft.body, content: result.content } } }
    : result;
}
