/**
 * Round 17: a guard on avoided names (analysis lh15 W8). A word of the full name the firm has on
 * file ("Ruaridh" of "Ruaridh Fitzpatrick") is the client's own name: a reading that hears it as
 * a form to avoid from a report ("only my gran and HMRC call me Ruaridh"), a run-on line or a
 * correction of someone else is far more likely wrong than right, and the check would then flag
 * the client's real name in every draft. It is suggested only when the message refuses it in so
 * many words, to the writer's face ("please don't call me Fitz", "never address me as Ruaridh",
 * "I don't go by Ruaridh", "please not 'Ms Ling' or 'Wei'", "please do not use my first name"), or
 * asks for another form beside it ("please call me Kate - Katherine is for my passport"; listen.ts
 * withoutOwnNameWords).
 */
import { escapeRegExp } from "../text/escape-regexp";

/** Folded for comparison: lower case, accents kept ("Jurgen" is another form than "Jürgen"). */
function fold(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/** Whether `name` is one of the words of `fullName` (spaces and hyphens split it). */
export function isWordOfFullName(name: string, fullName: string | undefined): boolean {
  if (!fullName) return false;
  const value = fold(name.trim());
  if (value === "" || /\s/.test(value)) return false;
  return fold(fullName)
    .split(/[\s-]+/)
    .some((word) => word.replace(/[.,]/g, "") === value);
}

// "'Ms Ling', ", "Bob or ": forms listed before the one refused, after the refusal.
const LISTED = String.raw`(?:["'“‘]?[\p{L}][\p{L}.' -]{0,30}?["'”’]?\s*(?:,|\bor\b|\bnor\b|\band\b)\s*)*`;
// "please do not use my first name", "not by my first name": the given name refused as such.
const FIRST_NAME_REFUSED =
  /\b(?:not|never|don['’]t|do\s+not|rather\s+not|rather\s+than)\s+(?:(?:to\s+)?(?:use|using|be\s+addressed\s+by|address(?:ing)?\s+me\s+by|call(?:ing)?\s+me\s+by)\s+|by\s+)my\s+(?:first|given|christian)\s+name\b/i;

/** Whether `text` refuses `name` outright, to the writer's face. */
export function refusedOutright(text: string, name: string): boolean {
  const refusal = new RegExp(
    String.raw`\b(?:(?:please\s+)?(?:don['’]t|do\s+not|never|stop|no\s+longer)\s+(?:call(?:ing)?|address(?:ing)?|refer(?:ring)?\s+to)\s+me\s+(?:as\s+)?|(?:i|we)\s+(?:don['’]t|do\s+not|never)\s+(?:go\s+by|answer\s+to|use)\s+|please\s+not\s+|never\s+)${LISTED}["'“‘]?${escapeRegExp(name.trim())}(?![\p{L}\p{N}])`,
    "iu",
  );
  return refusal.test(text) || FIRST_NAME_REFUSED.test(text);
}
