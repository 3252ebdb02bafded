/**
 * A competitor's brand run together with another word in a web host's label or a social handle:
 * "tidewaterdrinks.com", "shop.fantabrand.example", "@CokeUK", "#pepsichallenge". The term
 * matcher reads words between separators and cannot see a brand inside one run of letters, so
 * the tokens that are names by their form (a host's labels, a handle, a hashtag) are read here,
 * once per draft, and a brand counts when it is a prefix or a suffix of the token and the rest is
 * a word a company's site or account adds to its name:
 *
 * - a **trade or web word** (`AFFIXES`: "drinks", "careers", "brand", "shop", "official",
 *   "group", a country's code …), for every brand;
 * - a **common English word** of four letters or more ("#pepsichallenge", "gatoradefuel"), only
 *   for a brand of five letters or more that is a name rather than a word; a brand that is an
 *   ordinary word ("Discover", "Target") runs into ordinary words all the time
 *   ("targetdates.example"), so it takes a trade word only ("targetstores.com");
 *
 * A handle's capitals ("@CokeUK", "@FedExHelp") are not read here: the matcher splits a handle
 * where its capitals start a part (`handleWords`, `otherForms` in text/words.ts), and
 * competitor-mention.ts takes a brand that is a run of those parts from there.
 *
 * What is left of the token must be a whole word: "discoverybay.example" is "discovery bay", not
 * Discover and "ybay", and stays silent, as does a brand inside a longer word ("upshot", "pepsinogen").
 * A mailbox ("jo.pepsidrinks@…"), a path's segment and a file name are not hosts; the recipient's
 * own host and the author's are never a competitor's mention.
 */
import { isCommonWord } from "../text";

/**
 * Words companies' hosts and accounts add to their brand: trades, the site's purpose, a
 * country's code, a corporate word. Lower case, as a set (no pattern to compile).
 */
const AFFIXES: ReadonlySet<string> = new Set(
  "drinks beverages foods seafood fish farms wines coffee brewing dairy water energy oil gas power motors auto cars bank finance capital insurance pay logistics shipping freight express parcel delivery air travel hotels pharma bio labs health tech software digital media games retail store stores shop official online direct global group corp inc co hq brand brands careers jobs news help support team app club investors uk us usa eu de fr ie au ca".split(
    " ",
  ),
);

const brandKeys = new Map<string, string>();

/** A brand as one run of letters, as a host or a handle writes it: a host drops a name's
 * apostrophe ("youngsseafood" for Young's Seafood, "fedex" for FedEx). */
export function brandKey(term: string): string {
  // Asked for each term against every host, handle and link of the draft, for each recipient
  // (round 17: 2 % of the 100 KB × 10 evaluation): made once per term, as isOrdinaryWordBrand.
  let key = brandKeys.get(term);
  if (key === undefined) {
    key = term.toLowerCase().replace(/[\s'’-]+/g, "");
    if (brandKeys.size > 1000) brandKeys.clear();
    brandKeys.set(term, key);
  }
  return key;
}

/**
 * Whether `part` (a host's label or a handle's name, as written) is the brand `term` run together
 * with a word its site or account adds: a trade or web word; a common word of four letters or
 * more for a name of five or more.
 * A part that is the brand itself is the term matcher's, not this.
 */
export function brandWithAffix(part: string, term: string, ordinary: boolean): boolean {
  const key = brandKey(term);
  return affixableKey(key) && affixedBrand(part.toLowerCase(), key, ordinary);
}

/** Whether a brand's key (brandKey) can stand in a host's label or a handle with an affix. */
export function affixableKey(key: string): boolean {
  return key.length >= 3 && /^[a-z0-9]+$/.test(key);
}

/**
 * brandWithAffix for a part already in lower case and a term given as its key, one that
 * affixableKey allows: a caller asking for many parts and terms lowers each part and makes each
 * key once.
 */
export function affixedBrand(lower: string, key: string, ordinary: boolean): boolean {
  if (lower.length <= key.length) return false;
  const prefix = lower.startsWith(key);
  if (!prefix && !lower.endsWith(key)) return false;
  const at = prefix ? key.length : lower.length - key.length;
  const rest = (prefix ? lower.slice(at) : lower.slice(0, at)).replace(/^[-_]+|[-_]+$/g, "");
  return (
    AFFIXES.has(rest) || (!ordinary && key.length >= 5 && rest.length >= 4 && isCommonWord(rest))
  );
}
