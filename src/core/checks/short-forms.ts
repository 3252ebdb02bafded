/**
 * A listed brand's short forms and what makes a word after a name the company (round 20: moved
 * out of competitor-mention.ts so that listening's lifts share detection's short-name rule,
 * withdrawals.ts, without pulling the whole check into the listening chunk). Detection's
 * competitor-mention check is their first reader; nothing here changed in the move but the exports
 * and restIsTradeWord.
 */
import { isCommonWord } from "../text/common-words";

/**
 * After a brand that is also a word, what makes it the company or its product: a corporate
 * suffix, a possessive, "-branded", a store, shares, an app, a card; or, at the start of a
 * sentence, a verb a company does things with ("Discover has launched", "Shell announced").
 */
const BRAND_AFTER =
  /^(?:['’]s\b|-?branded\b|\s+(?:inc|corp|corporation|ltd|limited|plc|llc|llp|gmbh|ag|sa|nv|bv|group|holdings|co|company|international|stores?|shops?|outlets?|stations?|forecourts?|app|apps|platform|account|accounts|cards?|calls?|meetings?|links?|video|webinars?|rooms?|chats?|workspaces?|channels?|messages?|folders?|subscriptions?|licen[cs]es?|integrations?|shares|share price|stock|brand|brands|products?|customers|users|subscribers|network|website|site|\.com)\b)/i;
/**
 * Words a company's name ends with, naming its trade: "Jordan Biosciences", "Hunter Logistics",
 * "Thornbury Brewery". After a name they make it the company, not a person's first name.
 */
const INDUSTRY =
  "(?:bio(?:sciences?|tech|logics)?|pharma(?:ceuticals?)?|therapeutics|labs?|laboratories|medical|health(?:care)?|clinics?|diagnostics|systems|technolog(?:y|ies)|tech|software|solutions|digital|data|analytics|cloud|networks?|telecoms?|communications|media|games|studios?|interactive|entertainment|publishing|capital|partners|ventures|investments?|asset management|securities|financial|finance|bank(?:ing)?|insurance|mutual|assurance|lending|payments|logistics|freight|shipping|transport|haulage|cargo|express|airlines?|airways|aviation|motors?|automotive|energy|power|utilities|oil|gas|petroleum|mining|resources|chemicals?|materials|steel|engineering|construction|developments?|properties|homes|realty|hotels?|resorts?|stays|hospitality|leisure|foods?|dairies|dairy|farms?|brew(?:ery|eries|ing)|distillery|drinks|beverages?|wines?|spirits|restaurants?|retail|apparel|fashion|clothing|textiles?|gear|outdoors?|sports?|cosmetics|beauty|electronics|devices|robotics|industries|industrial|manufacturing|mills?|works|yarns|press|publishers|trading|supplies|consulting|consultancy|advis[eo]rs|associates|agency|services)";
/** A capitalised trade word after the name, perhaps after one more capitalised word. */
const INDUSTRY_AFTER = new RegExp(`^\\s+(?:[A-Z][a-z]+\\s+)?(${INDUSTRY})\\b`, "i");

/** What follows a brand makes it the company: a corporate word, a possessive, its trade. */
export function brandAfter(after: string): boolean {
  if (BRAND_AFTER.test(after)) return true;
  // A trade word is capitalised in a company's name: most words after a brand are not.
  if (!/^\s+[A-Z]/.test(after)) return false;
  const m = INDUSTRY_AFTER.exec(after);
  return m !== null && /^[A-Z]/.test(m[1]!);
}
export const SUBJECT_VERB =
  /^\s+(?:has|have|had|is|was|were|are|announced|said|says|reported|agreed|launched|signed|filed|confirmed|acquired|bought|sold|plans|intends|wants|offers|sells|owns|declined|refused|posted|told|stated|opposed|sued|won|lost|will|would|could|may|might|must|should|can|did|does)\b/i;
/**
 * A brand of several words shortened to its first word when that word is a name, not an
 * ordinary word ("Anchorline" for Anchorline Housing), and the words after it show a company: a
 * trade or corporate word, or a company's action. Bare, the first word is as often a river, a
 * town or a golf course, so it needs that signal.
 */
/** The first words of `terms` that may stand for them alone, each with its brand. */
const shortFormCache = new WeakMap<readonly string[], Map<string, string>>();
export function shortFormsOf(terms: readonly string[]): Map<string, string> {
  let cached = shortFormCache.get(terms);
  if (cached) return cached;
  // Also by the list as written: the send path gets new profile objects on every send.
  const content = listKey(terms);
  cached = shortFormsByList.get(content);
  if (cached) {
    shortFormCache.set(terms, cached);
    return cached;
  }
  const firstWords = new Map<string, string>();
  const whole = new Set(terms.map((t) => t.trim().toLowerCase()));
  for (const term of terms) {
    const words = term.trim().split(/\s+/);
    const first = words[0]!;
    if (words.length < 2 || !/^[A-Z][a-z]{4,}$/.test(first) || isCommonWord(first)) continue;
    if (!whole.has(first.toLowerCase())) firstWords.set(first, term);
  }
  shortFormCache.set(terms, firstWords);
  remember(shortFormsByList, content, firstWords);
  return firstWords;
}

/**
 * Short forms and joined names by the list as written (each term led by its length, so no
 * text in a list can make two different lists read alike), across evaluations: a fresh runtime
 * or a profile read again from storage brings new arrays with the same terms. Never mutated by
 * their readers.
 */
const shortFormsByList = new Map<string, Map<string, string>>();
export const joinedByList = new Map<string, Map<string, string>>();
const MAX_CACHED_LISTS = 500;

export function listKey(terms: readonly string[]): string {
  let key = "";
  for (const term of terms) key += `${term.length}:${term}`;
  return key;
}

export function remember(
  cache: Map<string, Map<string, string>>,
  key: string,
  value: Map<string, string>,
) {
  if (cache.size >= MAX_CACHED_LISTS) cache.clear();
  cache.set(key, value);
}

/**
 * Round 19: a preposition of place before a short form, or a travel verb and its preposition,
 * or a geographic adjective: "off Skagen", "the upper Severn", "fly to Munich", "flew in from
 * Munich". The word is the place the brand is named after, not the brand. "To" and "from" alone
 * are not enough ("we lost the tender to Silverline", "a letter from Crestline").
 */
const PLACE_PREPOSITION_BEFORE =
  /\b(?:off|near|above|below|beyond|outside|around|along|upper|lower|(?:up|down)(?:stream|river)|(?:north|south|east|west)(?:\s+of|ern)|(?:fly|flew|travel\w*|driv\w*|sail\w*|go|went|head\w*|mov\w*|return\w*)\s+(?:back\s+|in\s+)?(?:to|from))\s+$/i;

/**
 * After "the", a lower-case word that makes the short form attributive ("the Silverline tender",
 * "the Helix deal"): a noun, not a verb, an adverb, a preposition or a conjunction. Bare after
 * "the" and before none of these, a name is a title, a ship or a pub ("The Year of the Skylark",
 * "aboard the Kestrel yesterday", "The Swan").
 */
const NOT_A_NOUN =
  /^(?:and|for|from|with|was|had|has|who|which|that|when|where|last|next|yesterday|today)$/;

/** A word after "the" that is a noun the short form qualifies ("tender", "deal", "bid"). */
function attributiveNoun(after: string): boolean {
  const noun = /^\s([a-z]{3,})\b/.exec(after)?.[1];
  return (
    noun !== undefined &&
    !/(?:ed|ly|s)$/.test(noun) &&
    !NOT_A_NOUN.test(noun) &&
    !SUBJECT_VERB.test(after)
  );
}

/**
 * Whether a brand's words after its first are an abbreviation ("Munich Re", "Hanse AG"): the
 * first word alone is then the place or the founder the company is named after, not the company.
 */
export function restIsAbbreviation(term: string): boolean {
  const rest = term.trim().split(/\s+/).slice(1);
  return rest.length > 0 && rest.every((w) => /^(?:[A-Z][a-z]?|[A-Z]{2,4})\.?$/.test(w));
}

/**
 * Round 20 (shared with listening's lifts, withdrawals.ts): whether a brand's words after its
 * first are a trade or corporate word ("Glimmerforge Studios", "Crestline Logistics Ltd",
 * "Vantablack Interactive"), so that its first word alone, when shortFormsOf gives it, stands for
 * the company and not for a person or a place of that name.
 */
export function restIsTradeWord(term: string): boolean {
  const rest = term.trim().split(/\s+/).slice(1).join(" ");
  return rest !== "" && !restIsAbbreviation(term) && brandAfter(` ${rest}`);
}

/**
 * Round 19: whether a bare short form (no company signal after it) may be the brand at all,
 * before the single-name guards judge it: not when it opens another capitalised name ("Dunmore
 * East", "Helix Nebula"), a title or a ship after "the" ("The Year of the Skylark"), the first
 * word of a name whose other words are an abbreviation ("Munich Re"), or after a preposition of
 * place ("off Skagen", "fly to Munich").
 */
export function bareShortFormMayBeBrand(
  text: string,
  start: number,
  end: number,
  term: string,
): boolean {
  const after = text.slice(end, end + 48);
  // "Dunmore East", "Option_Agreement_Celtic_Sea.docx": a space or a file name's underscore.
  if (/^(?:\s+|_)[A-Z][a-z]/.test(after)) return false;
  if (restIsAbbreviation(term)) return false;
  const before = text.slice(Math.max(0, start - 48), start);
  if (PLACE_PREPOSITION_BEFORE.test(before)) return false;
  if (/\bthe\s+$/i.test(before) && !attributiveNoun(after)) return false;
  return true;
}
