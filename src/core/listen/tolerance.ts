/**
 * (Round 15) Filler a reading should not depend on, taken out of a clause's text before the
 * recognisers read it (docs/listen.md, "Tolerant readings"). Writers vary the light words inside
 * a statement ("phone calls are genuinely hard for me", "avoid any mention of Nike", "Ironvale
 * or Caldera Copper's names") far more than the statement: each rewrite here says the same thing
 * in the words the readings already know. Like "pls" (sentences.ts), only the clause's text is
 * rewritten; its start and end, hence every quote, stay on the words as written.
 */

// Intensifiers: they strengthen the word after them and change nothing a reading needs ("is
// really fine", "I genuinely prefer", "would definitely rather not"). Only inside a clause and
// before a word: "Honestly, …" opening a clause, or "Really?" alone, is left as written.
const INTENSIFIER =
  /(?<=[\p{L}'])\s+(?:really|genuinely|truly|honestly|actually|definitely|absolutely|particularly|certainly|sincerely)(?=\s+[\p{L}'])/giu;

// A noun of speaking wrapped round what is not to be said: "any mention of X", "any commentary
// on X", "a reference to X". Said with the verb the readings know: "avoid any mention of X" →
// "avoid mentioning X", "don't make any mention of X" → "don't mention X", "keep any commentary
// on X out of the papers" → "keep X out of the papers".
const SPEECH_NOUN = String.raw`(?:mentions?|references?|discussions?|commentary|comments?|remarks?)\s+(?:of|to|on|about|regarding)\s+`;
const MAKE_MENTION = /\b(make|making|made)\s+(?:any|a|no)\s+(?:mention|reference)\s+(?:of|to)\s+/gi;
const AVOID_MENTION = new RegExp(
  String.raw`\b(avoid(?:ing)?|without|refrain(?:ing)?\s+from)\s+(?:any|all)\s+${SPEECH_NOUN}`,
  "gi",
);
const KEEP_MENTION = new RegExp(
  String.raw`\b(keep|leave)\s+(?:any|all)\s+${SPEECH_NOUN}(?=[^.;:!?]{1,80}?\s+out\s+of\b)`,
  "gi",
);
const MADE_AS: Record<string, string> = {
  make: "mention",
  making: "mentioning",
  made: "mentioned",
};

// A possessive on the last item of a list of names, for the whole list: "Halcyon Tankers or
// Sundaland Marine's names", "Red Bull and Monster's products" → the names themselves. Only
// after "or", "and" or a comma (a list), only on a capitalised name, and only before a noun
// that stands for the name (names, brands, logos, products).
const LIST_POSSESSIVE =
  /(\b(?:or|and|,)\s+\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2})['’]s\s+(?:names?|brands?|logos?|products?)\b/gu;

// A department of the writer's organisation opening a clause without "our", in either agreement
// ("IT have blocked Zoom", "IT has blocked Zoom", "Compliance have banned WhatsApp"): said as
// "our IT", as the readings of an organisation's rules know it. Capitalised and at the clause's
// start only: "it has blocked" is a pronoun, "the bank's IT have" someone else's.
const BARE_DEPARTMENT =
  /^((?:(?:And|and|But|but|So|so|Also|also|Now|now|Sadly|sadly|Unfortunately|unfortunately)[\s,]+)?)(?=(?:IT|Compliance|InfoSec|Security|Procurement|Legal)(?:\s+(?:team|department|dept|security))?\s+(?:has|have|had|is|are|won't|doesn't|don't|do|does|will|now|just|recently)\b)/;

/** The clause's text with the filler above said the plain way (see the file comment). */
export function withoutFiller(text: string): string {
  let out = text;
  if (
    /really|genuinely|truly|honestly|actually|definitely|absolutely|particularly|certainly|sincerely/i.test(
      out,
    )
  )
    out = out.replace(INTENSIFIER, "");
  if (/\b(?:mention|reference|discussion|commentary|comment|remark)/i.test(out)) {
    out = out
      .replace(MAKE_MENTION, (_m, make: string) => `${MADE_AS[make.toLowerCase()]!} `)
      .replace(AVOID_MENTION, (_m, verb: string) => `${verb} mentioning `)
      .replace(KEEP_MENTION, (_m, keep: string) => `${keep} `);
  }
  if (/['’]s\s/.test(out)) out = out.replace(LIST_POSSESSIVE, "$1");
  return out.replace(BARE_DEPARTMENT, "$1our ");
}

/**
 * Time words that may close a clause after its object without being part of it ("don't mention
 * Medicore these days", "no politics nowadays"): where a reading ends a name or a topic.
 */
export const TRAILING_TIME = String.raw`these\s+days|nowadays|going\s+forward|from\s+now\s+on|in\s+future`;
