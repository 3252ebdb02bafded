/**
 * How a fix reaches the message. Outlook offers one way to rewrite a body, `body.setAsync` with
 * the whole HTML, and that write can lose inline pictures and the quoted history's images
 * (office-js #6808: even an unchanged body written back drops quoted inline images in Outlook on
 * the web and new Outlook; #402 and #5430: images broken for recipients on Mac). So Rapport
 * writes the body only when it holds nothing such a write could lose; otherwise the fix becomes a
 * guided edit: the author selects the exact words, and Rapport replaces that selection with
 * `body.setSelectedDataAsync`, which inserts text where the author's selection is and touches
 * nothing else (Mailbox 1.2; "Insert data in the body when composing", Microsoft Learn).
 */
import type { Draft } from "../core/draft";
import type { Fix } from "../core/finding";

/**
 * Anything in an HTML body that a whole-body write could lose: images (inline `cid:`, embedded
 * `data:`, linked), VML image data from Word, objects, and CSS or attribute backgrounds.
 */
const EMBEDDED =
  /<img\b|<image\b|<v:imagedata\b|<v:fill\b|<object\b|<embed\b|<svg\b|<picture\b|\bbackground\s*=|url\s*\(|\bsrc\s*=\s*["']?\s*(?:cid|data):/i;

export function hasEmbeddedContent(html: string): boolean {
  return EMBEDDED.test(html);
}

export const PICTURES_REASON =
  "This message has pictures, and Outlook can lose them when an add-in rewrites a message, so Rapport leaves this change to you.";

/**
 * Outlook lists a picture of the body as an inline attachment (`isInline`), which the HTML does
 * not always show: a drawn shape or text box comes back as an inline image001.png (office-js
 * #5466). Any inline attachment, like a picture in the HTML, makes a body fix a guided edit.
 */
export const INLINE_REASON =
  "This message has a picture or shape in it, and Outlook can lose it when an add-in rewrites a message, so Rapport leaves this change to you.";

/** The attachments could not be listed, so an inline picture cannot be ruled out. */
export const ATTACHMENTS_UNKNOWN_REASON =
  "Outlook could not list this message's attachments, so Rapport cannot rule out a picture it would lose by rewriting the message, and leaves this change to you.";

/** Rapport writes the fix, or the author makes it with Rapport's guidance. */
export type FixRoute =
  | { kind: "write" }
  | {
      kind: "guided";
      reason: string;
      /** The replacement can be put over the author's selection (not for a removal). */
      replaceSelection: boolean;
    };

/** The route for a fix on this draft: a subject, a location or a plain-text body is always written. */
export function fixRoute(fix: Fix, body: Draft["body"]): FixRoute {
  if (fix.field !== "body" || body.format === "text") return { kind: "write" };
  if (!hasEmbeddedContent(body.content)) return { kind: "write" };
  return { kind: "guided", reason: PICTURES_REASON, replaceSelection: fix.replacement !== "" };
}
