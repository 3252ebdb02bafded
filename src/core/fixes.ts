/**
 * Applies a finding's fix to the draft's text. The fix names a range of the field's plain text
 * and the text it expects there; when the author has typed since, the expected text is looked
 * for once more (nearest occurrence), and when it is gone the fix is refused rather than
 * guessed.
 */
import { locationText } from "./analysis";
import type { Draft } from "./draft";
import type { Fix } from "./finding";
import { htmlToText } from "./text";

export type FixResult = { ok: true; content: string } | { ok: false; reason: string };

export const DRAFT_CHANGED = "The draft changed since it was checked; re-check and try again.";

/** Where `original` now stands in `text`: at [start, end) if unchanged, else its nearest occurrence. */
export function locateFix(text: string, fix: Fix): { start: number; end: number } | undefined {
  if (
    fix.start >= 0 &&
    fix.end <= text.length &&
    fix.start <= fix.end &&
    text.slice(fix.start, fix.end) === fix.original
  ) {
    return { start: fix.start, end: fix.end };
  }
  if (fix.original === "") return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(fix.original); at >= 0; at = text.indexOf(fix.original, at + 1)) {
    if (best === undefined || Math.abs(at - fix.start) < Math.abs(best - fix.start)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + fix.original.length };
}

/** Apply a fix to a plain-text field (a subject, or a text body). */
export function applyFixToText(text: string, fix: Fix): FixResult {
  const range = locateFix(text, fix);
  if (!range) return { ok: false, reason: DRAFT_CHANGED };
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

/**
 * Apply a fix to an HTML body: the plain-text range is mapped back to the source through
 * htmlToText's offsets. Text pieces in the range are replaced (the replacement goes where the
 * first piece was); tags inside the range stay, so formatting and structure survive.
 */
export function applyFixToHtml(html: string, fix: Fix): FixResult {
  const plain = htmlToText(html);
  const range = locateFix(plain.text, fix);
  if (!range) return { ok: false, reason: DRAFT_CHANGED };
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
  let content = html;
  for (let p = pieces.length - 1; p >= 0; p--) {
    const piece = pieces[p]!;
    const insert = p === 0 ? escapeHtml(fix.replacement) : "";
    content = content.slice(0, piece.start) + insert + content.slice(piece.end);
  }
  return { ok: true, content };
}

/**
 * A fix to an invitation's location edits the Location text as typed. Offsets past it point into
 * an enhanced location (a room or place Outlook lists after the text, see locationText), which
 * is removed in Outlook, not rewritten as text.
 */
export const LOCATION_PLACE_FIX =
  "This is one of the meeting's rooms or places; remove it from the Location field in Outlook.";

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
