/**
 * What the firm should not mention: a rival's brand (competitors) or a subject (avoidTopics).
 * "please don't mention Nestlé in anything you send us. They are our biggest rival" is a brand;
 * "please don't ask after my health", "no crypto small talk", "I'd rather we didn't get into the
 * referendum" are topics. A capitalised name counts as a brand only where something says so (a
 * rival, a competitor, a brand, a neutral name to use instead, or "don't name X" in all
 * correspondence); otherwise it is left alone rather than guessed.
 */
import { isGivenNameForm, nicknamesOf, otherSpellingsOf } from "../../text/nicknames";
import { isCommonWord } from "../../text/common-words";
import { channelMentions } from "../lexicon";
import type { ReadMessage } from "../message";
import { domainWords, isOwnWord, organisationWords } from "../own-organisation";
import type { Candidate, ClauseContext } from "../recogniser";
import { LONGEST_CLAUSE, type Sentence } from "../sentences";
import { TRAILING_TIME } from "../tolerance";

const BRAND_WORD = String.raw`[\p{Lu}][\p{L}\p{N}'.-]*`;
const BRAND = String.raw`${BRAND_WORD}(?:(?:\s+&\s+|\s+)${BRAND_WORD})*`;
// Round 28 (analysis-lh25 E): "nor" joins a list after a negated ban ("do not name X nor Y"), and
// an item may be the company's parent or sister said as such ("X or their parent company Y").
const RELATED_COMPANY = String.raw`(?:(?:their|its|the)\s+(?:mother|parent|sister|holding|owning)\s+(?:company|firm|group|business)\s+)`;
const BRAND_JOINER = String.raw`(?:,\s*(?:or\s+|and\s+|nor\s+)?|\s+or\s+|\s+and\s+|\s+nor\s+)`;
/** Brands joined by commas, "or", "and", "nor". */
const BRANDS = String.raw`(?<brands>${BRAND}(?:\s*${BRAND_JOINER}${RELATED_COMPANY}?${BRAND})*)`;
// A brand ends where the sentence moves on: "the Aldi offer" names an offer, not Aldi.
const BRAND_END = String.raw`(?=\s*(?:[,.;:!?)"-]|$)|\s+(?:in|anywhere|to|with|from|at|on|out|even|again|or|any|as|by|when|unless|until|ever|at\s+all|either|${TRAILING_TIME})\b)`;
/** What a subject is kept out of: communication, not "the bad guys out of your PC". */
const OUT_OF = String.raw`out\s+of\s+(?:(?:it|things)\b|(?:(?:the|our|my|your|any|all|every|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:correspondence|e-?mails?|letters?|updates?|meetings?|conversations?|discussions?|calls?|training|slides?|decks?|papers?|documents?|drafts?|reports?|minutes|anything|everything|dealings|small\s+talk|materials?|briefings?|invit(?:e|ation)s?|statements?|memos?|notes?|packs?|presentations?|pitch(?:es)?|newsletters?|business)\b)`;
const MENTION = String.raw`(?:mention(?:ing)?|nam(?:e|ing)|referenc(?:e|ing)|refer(?:ring)?\s+to|cit(?:e|ing)|quot(?:e|ing)|includ(?:e|ing)|put(?:ting)?|writ(?:e|ing)\s+the\s+names?\s+of|us(?:e|ing)\s+the\s+names?(?:\s+of)?)`;

// Frame words may open the clause ("Don't mention…") or sit inside it ("please don't mention…").
const NEVER = String.raw`(?:[Uu]nder\s+no\s+circumstances(?:\s+(?:should\s+you|to|must\s+you))?|[Ss]hall\s+not|[Mm]ust\s+not|[Ss]hould\s+not|[Ss]houldn't|[Mm]ay\s+not|[Dd]on't|[Dd]ont|[Dd]o\s+not|[Nn]ever(?:,?\s+ever,?)?|[Nn]ot(?:\s+to)?|[Dd]idn't|[Dd]id\s+not|[Ww]on't|[Ww]ill\s+not|(?<!\bto\s)[Aa]void|[Rr]efrain\s+from)`;
/** What a brand is taken out of: "take out the comparison with Stripe", "without the references to". */
const TAKE_OUT = String.raw`(?:(?:[Tt]ake|[Ss]trip|[Cc]ut|[Ll]eave|[Ss]trike)\s+out|[Rr]emove|[Dd]rop|[Dd]elete|[Ss]crub|[Ee]rase|[Ee]xpunge|[Pp]urge|[Ww]ithout|[Ii]nstead\s+of|[Rr]ather\s+than)\s+(?:the\s+|any\s+|all\s+)?(?:comparisons?\s+(?:with|to|against)|references?\s+to|mentions?\s+of|naming|mentioning|referring\s+to)`;

// "Heineken must not be mentioned in anything you send us", "Hertz never appears"
const BRANDS_NOT_NAMED = new RegExp(
  String.raw`(?:^|[\s,:;(])(?:the\s+name\s+)?${BRANDS}\s+(?:(?:must|should|may|can|will|is\s+not\s+to|are\s+not\s+to)(?:n't|\s+not|\s+never)?\s*(?:be\s+)?|(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?to\s+be\s+|never\s+|(?:doesn't|does\s+not|don't|do\s+not)\s+|(?:isn't|is\s+not|aren't|are\s+not|never\s+gets?)\s+(?=(?:named|mentioned)\s+(?:in|anywhere)))(?<verb>mentioned|named|referenced|referred\s+to|cited|appears?|feature[sd]?)\b`,
  "gu",
);
// The verbs BRANDS_NOT_NAMED must contain. Tried first: the pattern starts with a list of brands,
// so it is tried at every capital letter and backtracks through the list, which costs far more
// when V8 has compiled it without its regexp optimisations (as it does for patterns first run
// after the process has generated a lot of regexp code, e.g. once the detection engine has run).
const NOT_NAMED_VERB =
  /(?:mentioned|named|referenced|referred\s+to|cited|appears?|feature[sd]?)\b/u;

// "pls dont put anything about Redrow in emails to us", "never write anything on Acme in our
// papers" (round 12): anything about the brand kept out of what the firm writes them; not out of
// one document ("in the email, I'll tell them myself").
const ANYTHING_ABOUT = new RegExp(
  String.raw`\b${NEVER}\s+(?:ever\s+)?(?<verb>put|writ(?:e|ing)|includ(?:e|ing))\s+(?:anything|a\s+word|a\s+thing|any\s+(?:references?|mentions?|content|material))\s+(?:about|on|regarding|re|concerning|mentioning|to)\s+${BRANDS}${BRAND_END}`,
  "gu",
);
const ONE_DOCUMENT =
  /^\s*(?:in|on|into)\s+(?:the|this|that|your|today's|tomorrow's)\s+(?:[\w'-]+\s+){0,2}?(?:e-?mail|letter|draft|document|deck|report|minutes|note|memo|press\s+release|announcement|statement|slide)\b(?!s)/i;

// Setting the client beside another company: compared, likened, lumped or bracketed with it, put
// side by side with it or named in the same breath.
// ("Don't mention us to Tesco" tells Tesco nothing: put and mention only with a word of nearness.)
const CLIENT = String.raw`(?:us|our\s+[\w-]+(?:\s+[\w-]+)?)`;
const NEXT_TO = String.raw`(?:alongside|side\s+by\s+side\s+with|in\s+the\s+same\s+(?:breath|bracket|category|box)\s+as)`;
// The verbs of setting beside, one pattern for every frame that reads them (round 27).
const SET_BESIDE_VERB = String.raw`(?:compar(?:e|ing)|liken(?:ing)?|lump(?:ing)?|bracket(?:ing)?|group(?:ing)?)`;
const SET_BESIDE = String.raw`${SET_BESIDE_VERB}\s+${CLIENT}\s+(?:(?:in\s+)?with|to|against|${NEXT_TO})|(?:put(?:ting)?|mention(?:ing)?)\s+${CLIENT}\s+${NEXT_TO}`;
const COMPETITOR_FRAMES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${NEVER}\s+(?:ever\s+)?(?<verb>${MENTION})\s+(?:the\s+(?:brand|name|names|logo|logos)(?:\s+(?:or|and)\s+(?:the\s+)?(?:brand|name|names|logo|logos))?\s+(?:of\s+)?)?${BRANDS}${BRAND_END}`,
    "gu",
  ),
  new RegExp(
    String.raw`\b[Nn]o\s+(?<verb>mention|reference)s?\s+(?:of|to)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  ANYTHING_ABOUT,
  BRANDS_NOT_NAMED,
  new RegExp(
    String.raw`\b(?<verb>[Kk]eep|want|like|have|[Tt]ake|[Gg]et|[Ll]eave)\s+${BRANDS}\s+${OUT_OF}`,
    "gu",
  ),
  // "We would rather not see Red Bull or Monster mentioned in anything we sign off", "I don't want
  // to see Acme named anywhere": a wish not to see the brand in what the firm writes.
  new RegExp(
    String.raw`\b(?:rather\s+not|(?:don't|do\s+not|never|wouldn't|would\s+not)\s+(?:want|wish|like)\s+to|not\s+want\s+to)\s+see\s+${BRANDS}\s+(?<verb>named|mentioned|referenced|cited|appear(?:ing)?)\b`,
    "gu",
  ),
  // "We'd rather Crumbworth's name didn't appear in anything you send us", "I'd prefer it if
  // Acme wasn't mentioned anywhere": the wish form of the ban
  new RegExp(
    String.raw`\b(?:rather|sooner|prefer(?:\s+it)?\s+if|prefer\s+that)\s+${BRANDS}(?:(?:'s|’s)\s+names?)?\s+(?:didn't|did\s+not|wasn't|was\s+not|weren't|were\s+not|never|not)\s+(?:be\s+|get\s+|got\s+)?(?<verb>named|mentioned|referenced|cited|appear(?:ed|s)?)\b`,
    "gu",
  ),
  // "Please refer to Danone only as 'a competitor'": a neutral name to use instead
  new RegExp(
    String.raw`\b(?<verb>[Rr]efer\s+to|[Dd]escribe|[Cc]all)\s+${BRANDS}\s+(?:only\s+|simply\s+|just\s+|always\s+)?as\s+["'‘“]`,
    "gu",
  ),
  // "We don't want Nestlé's name anywhere near our documents", "I don't want Acme's name in
  // anything": a brand's name kept out of what the firm writes
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never|wouldn't|would\s+not)\s+want\s+${BRANDS}\s+names?\s+(?<verb>in|on|anywhere)\b`,
    "gu",
  ),
  // "Please never compare us to Pret in anything you publish", "we'd rather not be associated with
  // Greggs in our materials": the brand kept beside the client nowhere. Round 26: "stop comparing
  // us to Lidl", "don't lump us in with Tiny Rebel", "don't put us side by side with AAT Kings".
  new RegExp(
    String.raw`\b(?:${NEVER}|[Ss]top|[Qq]uit)\s+(?:ever\s+)?(?<verb>${SET_BESIDE})\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  new RegExp(
    String.raw`\b(?:rather\s+not|(?:don't|do\s+not|never)\s+want\s+to|not\s+want\s+to)\s+be\s+(?<verb>associated|linked|compared|bracketed|mentioned)\s+(?:with|alongside|to|in\s+the\s+same\s+breath\s+as)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "Keep any reference to Tesco out of the board papers"
  new RegExp(
    String.raw`\b(?<verb>[Kk]eep|[Ll]eave)\s+(?:any|all|every)\s+(?:references?|mentions?)\s+(?:to|of)\s+${BRANDS}\s+${OUT_OF}`,
    "gu",
  ),
  // "no KP and no Pringles in your covering emails"
  new RegExp(
    String.raw`(?:^|[\s,:;-])[Nn]o\s+(?<brands>${BRAND}(?:\s+(?:and|or)\s+no\s+${BRAND})*)\s+(?<verb>in|on)\s+(?:your|the|our|any|anything)\b`,
    "gu",
  ),
  // "please take out the comparison with Stripe and Adyen", "re-issue it without the references
  // to Premier Inn", "use 'a competitor' instead of naming Nike"
  new RegExp(String.raw`\b(?<verb>${TAKE_OUT})\s+${BRANDS}${BRAND_END}`, "gu"),
  // "Please do not put Pfizer's name in anything", "never use Asda's or Lidl's logo": a brand's
  // name kept out of documents, asked of the firm ("I don't put Orville's name on the headstock"
  // is the writer's own practice)
  new RegExp(
    String.raw`(?:^|\b(?:[Pp]lease|[Kk]indly|[Jj]ust|[Aa]nd|[Aa]lso)\s+|[,;:]\s*)${NEVER}\s+(?:ever\s+)?(?<verb>put|use|includ(?:e|ing)|writ(?:e|ing)|print|show|mention)\s+(?<brands>${BRAND_WORD}(?:\s+${BRAND_WORD})*?(?:'s|’s)(?:\s*(?:,|or|and)\s*${BRAND_WORD}(?:\s+${BRAND_WORD})*?(?:'s|’s))*)\s+(?:names?|logos?|brand(?:\s+names?)?|products?)\b`,
    "gu",
  ),
  // "Nothing you send us should mention Heinz or Kraft", "no document of ours may name Avis"
  new RegExp(
    String.raw`\b(?:[Nn]othing|[Nn]o\s+(?:documents?|e-?mails?|letters?|papers?|drafts?|slides?|materials?))\s+(?:[\w'-]+\s+){0,5}?(?:should|must|may|can|will|is\s+to)\s+(?:ever\s+)?(?<verb>mention|name|reference|refer\s+to|cite|include)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "Please treat Quillmark and Ledgerly as never-mention names", "treat Avis as off limits"
  new RegExp(
    String.raw`\b[Tt]reat\s+${BRANDS}\s+as\s+(?<verb>never[\s-]mention|do[\s-]not[\s-](?:mention|name)|unmentionable|off[\s-]limits|banned|no[\s-]go|forbidden)\b`,
    "gu",
  ),
  // "Avoid the brand Gillette in anything for us"
  new RegExp(
    String.raw`\b(?:[Aa]void|[Nn]ever\s+use|[Dd]on't\s+use|[Dd]o\s+not\s+use)\s+the\s+(?<verb>brand|name|names)\s+(?:of\s+)?${BRANDS}${BRAND_END}`,
    "gu",
  ),
];
// The same, pointing back at brands named before: "please don't name them", "refer to them as
// "the competitor"", "I do not want their names in any document", "keep them out of our
// documents", "avoid their name in drafts", "I will not have either of them mentioned".
const COMPETITOR_POINTERS = new RegExp(
  String.raw`\b(?:(?:don't|do\s+not|never)\s+(?:to\s+)?(?:mention|name|reference|refer\s+to)\s+(?:them|it)\b|(?:stop|don't|do\s+not|never)\s+${SET_BESIDE_VERB}\s+us\s+(?:in\s+)?(?:to|with)\s+(?:them|it)\b|refer\s+to\s+(?:them|it)\s+as\s+["']|call\s+them\s+["']|(?:don't|do\s+not)\s+want\s+their\s+names?\s+in\b|keep\s+(?:them|it)\s+out\s+of\b|avoid\s+(?:their|its)\s+names?\b|(?:not|never)\s+have\s+(?:them|either\s+of\s+them|any\s+of\s+them|their\s+names?)\s+(?:mentioned|named|appear))`,
  "i",
);
const COMPARISON_POINTER = new RegExp(
  String.raw`^(?:stop|don't|do\s+not|never)\s+${SET_BESIDE_VERB}`,
  "i",
);
// Something says it is a rival: a competitor, a brand, a neutral name to use for it, a
// comparison or benchmark with it, or a ban on naming a kind of business ("the budget chains").
const RIVAL = new RegExp(
  String.raw`\b(?:rivals?|rivalry|competitors?|competing|compete|competition|brands?|market\s+leaders?|category\s+leaders?|incumbents?|other\s+operators?|enemy|enemies|comparisons?|compared\s+(?:with|to)|${SET_BESIDE_VERB}\s+us\s+(?:in\s+)?(?:with|to)|side\s+by\s+side\s+with|benchmark(?:ed|ing|s)?\s+against|(?:don't|do\s+not|never)\s+name\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chains|operators|brands|providers|retailers|carriers|airlines|banks|insurers|acquirers|platforms|vendors|manufacturers|suppliers|firms|companies))\b|\b(?:call|refer\s+to|describe)\s+(?:them|it)\s+(?:as\s+)?["']|["'][^"']{2,40}["']\s+(?:works|will\s+do|is\s+fine|does\s+the\s+job)\b`,
  "i",
);
const EVERY_MENTION =
  /\b(?:any|all|every)\s+(?:references?|mentions?|trace)\b|\b(?:altogether|entirely|completely|wherever\s+(?:it|they)\s+(?:appears?|comes?\s+up))\b/i;
// What the firm writes for the client: a brand taken out of one is kept out of them all.
const DOCUMENT_WORD =
  /\b(?:decks?|slides?|packs?|reports?|drafts?|documents?|presentations?|papers|letters?|e-?mails?|correspondence|memos?|briefings?|proposals?|submissions?|materials?|newsletters?|minutes)\b/i;
// Said of all correspondence: "in anything you send us", "in correspondence with us, even in passing".
const EVERYWHERE =
  /\b(?:in\s+anything|anywhere|in\s+any\s+\w+|in\s+everything|out\s+of\s+(?:anything|everything)|in\s+correspondence|addressed\s+to\s+us|with\s+us|to\s+us|for\s+us|even\s+in\s+passing|internally\s+or\s+externally|in\s+(?:your|the|our|any)\s+(?:covering\s+|board\s+|client\s+)?(?:e-?mails?|drafts?|documents?|papers|letters|decks?|slides|packs?|reports?|presentations?|newsletters?|proposals?|submissions?|materials?|briefings?|memos?)|in\s+(?:anything|whatever)\s+you\s+(?:draft|write|send|prepare|produce|publish))\b/i;
// Round 27: the firm's work for the client as a whole, said another way: "out of any deck or memo
// you send us", "the reports you prepare for us", "anything going to our board".
const WORK_FOR_US =
  /\b(?:in|out\s+of|from|off)\s+(?:any|all|every)\s+(?:[\w-]+\s+)?(?:decks?|slides?|packs?|reports?|drafts?|documents?|presentations?|papers|letters?|e-?mails?|memos?|briefings?|proposals?|submissions?|materials?|newsletters?|notes?)\b|\b(?:decks|slides|packs|reports|drafts|documents|presentations|papers|letters|e-?mails|memos|briefings|notes)\s+(?:that\s+)?you\s+(?:send|prepare|draft|write|produce|put\s+together)\s+(?:(?:to|for)\s+)?(?:us|our\s+[\w-]+)\b|\b(?:anything|everything|whatever|what)\s+(?:that\s+)?(?:goes|going|is\s+sent|sent|you\s+(?:send|prepare|write|draft|produce))\s+(?:(?:to|for)\s+)?(?:us|our\s+[\w-]+)\b/i;
/** Said of all the firm's writing for the client (EVERYWHERE, WORK_FOR_US). */
function everywhereIn(text: string): boolean {
  return EVERYWHERE.test(text) || WORK_FOR_US.test(text);
}
// Round 27: brands just named, pointed at by their number or as names: "keep both names out of…",
// "leave the two of them off…", "neither of them should appear…", "don't mention either of them".
const COUNTED = String.raw`(?:both|the\s+two|all\s+three|the\s+three|either|neither)(?:\s+of\s+them)?`;
const NAMES_WORD = String.raw`(?:names?|brands?|companies)`;
const COUNTED_POINTER = new RegExp(
  String.raw`\b(?:keep|leave)\s+(?:(?:${COUNTED}|these|those|their)\s+${NAMES_WORD}|${COUNTED})\s+(?:out\s+of|off)\b|\b(?:neither|none)\s+(?:of\s+them|name|of\s+(?:these|those|their)\s+names)\s+(?:should|must|may|can|is\s+to)\s+(?:ever\s+)?(?:appear|be\s+(?:mentioned|named|used|referenced))\b|\b(?:don't|do\s+not|never)\s+(?:mention|name|reference|use)\s+(?:${COUNTED}|(?:these|those|their)\s+${NAMES_WORD})\b`,
  "i",
);
// A terse sentence after a ban that makes it absolute: "Don't name PepsiCo. Ever."
const ALWAYS_AFTER =
  /^(?:and\s+)?(?:ever|never|not\s+ever|not\s+once|never\s+ever|under\s+any\s+circumstances|in\s+anything|anywhere|full\s+stop|period|no\s+exceptions)[.!]*$/i;
const ORGANISATION_SUFFIX =
  /\s(?:Ltd|Limited|Inc|plc|PLC|LLC|LLP|Group|Holdings|Co|Corp|GmbH|SA|AG|NV|BV|Pharma|Bank|Energy|Airlines?|Motors|Foods|Spirits|Distillers?|Brewery|Breweries|Brewing|Trading|Logistics|Capital|Partners|Industries|Technologies|Systems|Solutions|Software|Insurance|Telecom|Media|Retail|Hotels|Resorts|Pharmaceuticals|Biotech|Labs|Mining|Shipping|Construction|Developments?|Properties|Estates|Wines|Beverages|Brands|Apparel|Cosmetics)\.?$/;
/** Shaped like a company's name: "BrewDog", "Co-op Funeralcare", "Marks & Spencer". */
const BRAND_SHAPED =
  /^(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|.*\s&\s.*|[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)+)$/u;
// "Gerald Marsh or his tenure": a person, a subject to avoid rather than a brand.
const PERSON_AFTER = /^\s*(?:or|and|,)\s+(?:his|her)\b|^'s\s+(?:tenure|time|role|departure|case)/i;
// A kind of rival refused as a whole, then named: "never reference rival brands… Specifically,
// Nike, Adidas and Puma", "naming competitors such as Adidas or Puma", "Competitor names (Heinz,
// Kraft) must not appear".
const CATEGORY =
  /\b(?:rival|competing|competitor|competitors'|rivals')\s+(?:brands?|names?|companies|firms|products|operators)\b|\b(?:competitors|rivals)\b/i;
const NAMED_AFTER_CATEGORY =
  /\b(?:such\s+as|like|including|e\.g\.?|namely|especially|particularly|chiefly|mainly|notably|principally|above\s+all|in\s+particular)\s+([^.;:]+)|\(([^)]+)\)/i;
const SPECIFICALLY =
  /^(?:specifically|namely|in\s+particular|particularly|for\s+example|for\s+instance|e\.g\.?|i\.e\.?|that\s+means|that\s+is|i\s+mean)\b[,:]?\s*/i;
const CATEGORY_REFUSED =
  /\b(?:never|don't|do\s+not|not|avoid|refrain|forbid|forbids|prohibit|prohibits|bar|bars|must\s+not|mustn't|should\s+not|no)\b/i;

const NOT_BRANDS = new Set(
  "CEO CFO COO CTO CIO GC MD FD HR IT PA EA NED VP SVP EVP I The This That These Those It They We You He She Our Their His Her My Your Please Thanks Also And Or But Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs Ms Dr".split(
    " ",
  ),
);

function splitBrands(list: string): string[] {
  return list
    .split(new RegExp(String.raw`\s*${BRAND_JOINER}`, "u"))
    .map((b) =>
      b
        .trim()
        .replace(/^no\s+/i, "")
        .replace(new RegExp(`^${RELATED_COMPANY}`, "i"), ""),
    )
    .filter((b) => b !== "" && !NOT_BRANDS.has(b.split(/\s+/)[0]!));
}

// Short joining words a brand's "every word" test passes over ("Bank of Ireland", "Marks & Spencer").
const JOINING = new Set("of the and de la le du von van y et".split(" "));

/**
 * Words of the writer's own organisation, from their address: never a rival of theirs. `head`
 * is the first word of the domain ("kp" of kp-snacks.co.uk), kept at any length so that a
 * two-letter brand ("KP", "ZF") is still the writer's own.
 */
interface OwnWords {
  words: ReadonlySet<string>;
  head: string;
}

function ownWords(read: ReadMessage): OwnWords {
  const domain = read.sender.domain;
  return { words: organisationWords(domain), head: domainWords(domain)[0] ?? "" };
}

/**
 * The brand is the writer's own organisation only when its first word, or every word, is one of
 * the domain's: a rival in the client's own trade shares the trade word by nature ("Pearl & Crown
 * Dental" to brightsmile-dental, "Kumasi Gold Cocoa" to adeyemi-cocoa), and the first word of a
 * brand is its own ("Brightsmile Dental", "Adeyemi Foods" stay the writer's own).
 */
function isOwn(brand: string, own: OwnWords): boolean {
  const words = brand
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
  const first = words.find((w) => !JOINING.has(w));
  if (first === undefined) return false;
  const ownWord = (w: string) => own.words.has(w) || (w.length < 3 && w === own.head);
  if (ownWord(first)) return true;
  const kept = words.filter((w) => !JOINING.has(w));
  return kept.length > 0 && kept.every(ownWord);
}

function near(context: ClauseContext, pattern: RegExp): boolean {
  const after = context.read.sentences.slice(
    context.sentence.index + 1,
    context.sentence.index + 3,
  );
  const around = [context.sentence, ...context.previous, ...after].filter(
    (s): s is Sentence => s !== undefined,
  );
  return around.some((s) => pattern.test(s.text));
}

/** Capitalised names a previous sentence introduced (not at its start), for "them". */
const RIVAL_SUBJECT = new RegExp(
  // Not an expletive or a pronoun ("There is a new competitor now, X": analysis-lh28 W1).
  String.raw`^(?!(?:There|It|This|That|Here|These|Those|They|We|He|She)\b)(${BRAND})\s+(?:is|are)\s+(?:our|a|the|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}(?:competitors?|rivals?|competition)\b`,
  "u",
);

// "There is a new competitor now, X (from Osaka)": the rival introduced, named in apposition.
const RIVAL_INTRODUCED = new RegExp(
  String.raw`^There\s+(?:is|are|['’]s)\s+(?:a|an|another|two|three|some)\s+(?:[\w-]+\s+){0,2}(?:competitors?|rivals?)(?:\s+now|\s+in\s+town|\s+on\s+the\s+scene)?\s*[,:–—-]\s*(${BRAND})`,
  "u",
);

/** Brands named before `at` (an offset in the clause): earlier in the sentence, then before it. */
function brandsBefore(context: ClauseContext, at: number): string[] {
  const sources = [
    context.sentence.text.slice(0, context.clause.start - context.sentence.start + at),
    ...context.previous.map((s) => s.text),
  ];
  for (const text of sources) {
    if (text.length > 2 * LONGEST_CLAUSE) continue;
    // A greeting ("Hi Jo,") names the firm's lawyer, not a rival.
    if (/^(?:hi|hello|dear|hey|morning|afternoon)\b[^.!?]{0,30},?\s*$/i.test(text.trim())) continue;
    const found: string[] = [];
    // "Samsung is our biggest competitor": a sentence's first word, when the sentence says so.
    // The sentence says which it is: only that name ("Nordholm is our principal competitor in
    // the Baltic feeder trade": not "Baltic").
    // ("These are our direct competitors": a pointer, not a name; the names are further back.)
    const subject = RIVAL_SUBJECT.exec(text.trim()) ?? RIVAL_INTRODUCED.exec(text.trim());
    const named = subject ? splitBrands(subject[1]!) : [];
    if (named.length > 0) return named;
    // A proper name ends where lower-case words or punctuation resume.
    const pattern = new RegExp(
      String.raw`(?<=[\s("])${BRAND}(?=\s+[\p{Ll}]|[,.;:)"!?]|\s*$)`,
      "gu",
    );
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text.slice(0, m.index);
      if (/(?:^|[.!?]\s+)$/.test(before.trimEnd() + " ") && before.trim() === "") continue;
      for (const brand of splitBrands(m[0])) if (!found.includes(brand)) found.push(brand);
    }
    if (found.length > 0) return found;
  }
  return [];
}

// Words without which no brand is refused: most clauses are dismissed by this one test.
const COMPETITOR_TRIGGER =
  /\b(?:compar|associat|linked|bracket|liken|lump|group(?:ing)?\s+(?:us|our)\b|enemy|mention|name|naming|referenc|refer|cite|citing|quot|includ|keep|want|like|have|put|writ|use|no|take|strip|cut|leave|remove|drop|delete|without|instead|rather|avoid|appear|feature|compet|rival|head[\s-]+to[\s-]+head|specifically|namely|particular|example|e\.g|i\.e|them|their|same|likewise|ditto|treat|too|as\s+well|nothing|applies|bring\s+up|raise|add|sensitive|touchy|delicate|banned|forbidden|toxic|unwelcome|dirty)/i;

export function recogniseCompetitors(context: ClauseContext): Candidate[] {
  // Topics ask too (a brand in a mention frame is not a topic): worked out once per clause.
  return context.once("competitors", () =>
    COMPETITOR_TRIGGER.test(context.clause.text)
      ? competitorsIn(context)
      : listedUnderRefusal(context)
          .filter((value) => !isOwn(value, ownWords(context.read)))
          .map((value) => ({ field: "competitors" as const, value })),
  );
}

const ALL_WRITING =
  /\bin\s+(?:anything|everything|any\s+[\w-]+|all\s+[\w-]+|correspondence)\b|\banywhere\b/i;
// (Round 20: the firm's side as a class is said "we ask that you …" by org-register.ts, the
// organisation's rule for the firm; the clause's lead-in up to a colon aside.)
const COUNSEL_RULE =
  /^(?:[^:]{0,80}:\s+)?(?:(?:(?:outside|external)\s+)?(?:counsel|law\s+firms?|the\s+firm|firms|panel\s+firms)\s+(?:shall|must|should|may|will)|we\s+ask\s+that\s+you)\b/i;

function competitorsIn(context: ClauseContext): Candidate[] {
  const { clause, read } = context;
  const text = clause.text;
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const own = ownWords(read);
  const add = (brand: string) => {
    const value = brand.replace(/[.']+$/, "");
    if (seen.has(value) || isOwn(value, own) || NOT_A_COMPANY.test(value)) return;
    seen.add(value);
    found.push({ field: "competitors", value });
  };
  // Whether the sentences around say "rival", and whether the sentence holds for everything
  // sent: the same for every brand of a list, so read once.
  let rivalNear: boolean | undefined;
  const rivalry = () => (rivalNear ??= near(context, RIVAL));
  let everywhere: boolean | undefined;
  for (const frame of COMPETITOR_FRAMES) {
    if (frame === BRANDS_NOT_NAMED && !NOT_NAMED_VERB.test(text)) continue;
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      const verb = m.groups!.verb!.toLowerCase();
      const after = text.slice(m.index + m[0].length);
      if (PERSON_AFTER.test(after)) continue;
      if (frame === ANYTHING_ABOUT && ONE_DOCUMENT.test(after)) continue;
      // Naming in documents ("don't name X in anything", "don't put X in anything") is about
      // brands; "don't mention X" may be about a subject, so it needs a sign of rivalry.
      everywhere ??=
        everywhereIn(context.sentence.text) ||
        (context.next !== undefined && ALWAYS_AFTER.test(context.next.text.trim()));
      const naming =
        ((/^(?:nam|put|writ|us|no\b|in$|on$|never|do|unmention|off|banned|forbidden)/.test(verb) ||
          /^(?:compar|associated|linked|bracketed)/.test(verb) ||
          /\bsee\s|\b(?:rather|sooner|prefer)\s|\bas\s+["'‘“]$|\bwant\s/.test(m[0]) ||
          /^(?:nothing|no\s)/i.test(m[0].trim()) ||
          /(?:'s|’s)\s+(?:names?|logos?|brand)/u.test(m[0])) &&
          everywhere) ||
        // "Please keep Acme out of anything you send us": a name kept out of everything the firm
        // writes for them (a person's given name is someone to leave off, below).
        (/^(?:keep|leave)/i.test(verb) && everywhere && /\bout\s+of\b/i.test(m[0] + after)) ||
        // "scrub any reference to Orbis from the deck", "take X and Y out of slide 7 altogether":
        // every mention of a brand removed from what the firm writes for them.
        (/^(?:take|strip|cut|leave|strike|remove|drop|delete|scrub|erase|expunge|purge|get|keep)/i.test(
          verb,
        ) &&
          DOCUMENT_WORD.test(context.sentence.text) &&
          EVERY_MENTION.test(context.sentence.text)) ||
        // "Outside counsel shall not refer to Novaris or Keltrion by name": the name itself is
        // refused by a rule for everything the firm writes (not "don't refer to Sarah by name in
        // the statement", one document).
        (/^\s*by\s+name\b/i.test(after) &&
          (ALL_WRITING.test(text) || COUNSEL_RULE.test(text.trim())));
      // "Pfizer's name": the brand is Pfizer.
      const possessive = /(?:'s|’s)\s+(?:names?|logos?|brand|products?)\b/u.test(m[0]);
      for (const named of splitBrands(m.groups!.brands!)) {
        const brand = possessive ? named.replace(/(?:'s|’s)$/u, "") : named;
        // "Keep Sarah out of anything you send us": a person, not a brand.
        if (/^(?:keep|leave)/i.test(verb) && isGivenName(brand)) continue;
        const said =
          rivalry() ||
          // a neutral name to use instead ("refer to X only as 'a competitor'") says what X is
          /\bas\s+["'‘“]$/u.test(m[0]) ||
          ORGANISATION_SUFFIX.test(brand) ||
          naming ||
          (BRAND_SHAPED.test(brand) && everywhere);
        if (said) add(brand);
      }
    }
  }
  for (const brand of namedRivals(context)) add(brand);
  for (const brand of declaredRivals(context)) add(brand);
  for (const brand of namesKeptOut(context)) add(brand);
  for (const brand of addedToNamesList(context)) add(brand);
  for (const brand of extendedRefusal(context, found.length === 0)) add(brand);
  const labelled = found.length === 0 ? LABELLED_BRANDS.exec(text.trim()) : null;
  if (labelled) for (const brand of splitBrands(labelled.groups!.brands!)) add(brand);
  if (found.length === 0) for (const brand of listedUnderRefusal(context)) add(brand);
  // "We never name them in our papers": the writer's own practice, unless asked of the firm.
  const practice =
    /\b(?:we|I)\s+(?:(?:always|generally|usually|simply|just)\s+)?(?:never|don't|do\s+not)\s+(?:name|mention|refer)/i.test(
      text,
    ) && !/\b(?:you|your)\b/i.test(context.sentence.text);
  // Round 26: a comparison refused may point at a brand earlier in its own clause ("We're not
  // Lidl, please stop comparing us to them"); other pointers look before their clause, as the
  // names in their own clause are rarely the ones meant.
  const pointer = found.length === 0 && !practice ? COMPETITOR_POINTERS.exec(text) : null;
  if (pointer && rivalry()) {
    const at = COMPARISON_POINTER.test(pointer[0]) ? pointer.index : 0;
    for (const brand of brandsBefore(context, at)) add(brand);
  }
  // Round 27: "Please keep both names out of anything going to our board": the names just given,
  // as many as are said, none a person's, kept out of the firm's work for the client.
  const counted = found.length === 0 && !practice ? COUNTED_POINTER.exec(text) : null;
  if (counted) {
    const want = /\b(?:both|two|either|neither)\b/i.test(counted[0])
      ? 2
      : /\bthree\b/i.test(counted[0])
        ? 3
        : 0;
    // Uncounted ("their names", "none of them") may be people's: only beside a rival word.
    if ((want > 0 && everywhereIn(context.sentence.text)) || rivalry()) {
      const before = brandsBefore(context, 0).filter((b) => !isGivenNameForm(b.split(/\s+/)[0]!));
      // Round 29 (analysis-lh27 W7): one name pointed at ("keep their name out of it") is the
      // first brand before, the one that sentence is about, not every brand it passes.
      const single = want === 0 && /\b(?:their|its)\s+name\b/i.test(counted[0]);
      if (single && before.length > 0) add(before[0]!);
      else if (before.length > 0 && (want === 0 || before.length === want))
        for (const brand of before) add(brand);
    }
  }
  return found;
}

// ------------------------------------------------------------------------------------------
// Names kept out of what the firm sends (round 13, listen-13a)
// ------------------------------------------------------------------------------------------
//
// A proper name the client asks the firm never to write or raise, with no word of rivalry: "please
// never refer to Brakwell or Tessanor in anything you send us", "make sure nothing you send to
// Corvane mentions Dalmont or Old Ferris", "keep Hartfield out of our correspondence", "don't bring
// up Vellum in front of the board", "Arcon is a sensitive name here, leave it out". What such a
// name is, to a law firm's client, is a company it does not want associated with it: a rival. Not
// a person (a given name: "never mention Sarah"), not a subject that happens to take a capital
// (Brexit, Covid, Christmas: CAPITALISED_SUBJECTS), not one document ("in the email"), not a
// question or a one-off (the judge's refusals), and not a name the sentence merely passes
// ("please send it to Dalmont's counsel", "we buy from Tessanor", "never mind Brakwell": no
// refusal of naming).

/** Subjects written with a capital that are talked about, not companies. */
const CAPITALISED_SUBJECTS = new Set(
  "brexit covid covid-19 coronavirus christmas easter ramadan eid diwali hanukkah thanksgiving trump biden labour tory tories conservatives democrats republicans god jesus israel gaza palestine ukraine russia china iran iraq afghanistan vietnam europe eu nhs wimbledon".split(
    " ",
  ),
);
// What the name is kept out of or away from: everything the firm sends or says to the client.
// Not one set of documents ("in the slides": a tactic for one deck, left alone).
const TO_THE_CLIENT =
  /\b(?:in\s+(?:anything|everything|whatever)|anywhere|even\s+in\s+passing|in\s+any\s+(?:[\w-]+\s+)?(?:e-?mails?|letters?|documents?|correspondence|communications?|drafts?|papers?|materials?)|(?:in|out\s+of)\s+(?:(?:all|any)\s+)?(?:(?:our|your)\s+)?(?:correspondence|communications|dealings)|(?:e-?mails?|letters?|correspondence|communications?|anything)\s+(?:to|with|for)\s+us|in\s+front\s+of\s+(?:us|me|anyone\s+here|(?:the|our|my)\s+(?:board|team|staff|trustees|committee|directors|people|partners|members|executives?|leadership|chair(?:man|woman)?|CEO|family))|in\s+front\s+of\s+our\s+[\w-]+)\b/i;
const KEEP_NAME_FRAMES: readonly RegExp[] = [
  // "please never refer to Brakwell or Tessanor in anything you send us", "don't bring up Vellum
  // in front of the board", "do not raise XPL with us"
  new RegExp(
    String.raw`\b${NEVER}\s+(?:ever\s+)?(?<verb>mention(?:ing)?|refer(?:ring)?\s+to|referenc(?:e|ing)|nam(?:e|ing)|cit(?:e|ing)|bring(?:ing)?\s+up|rais(?:e|ing))\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "Brakwell must never appear in anything you send us", "make sure Brakwell isn't mentioned in
  // our correspondence", "under no circumstances should Tessanor be mentioned in our letters"
  new RegExp(
    String.raw`(?:^|[\s,:;(])${BRANDS}\s+(?:(?:must|should|may|can|will)(?:n't|\s+not|\s+never)\s+(?:ever\s+)?(?:be\s+)?|(?:isn't|is\s+not|aren't|are\s+not|never\s+gets?)\s+)(?<verb>mentioned|named|referred\s+to|referenced|cited|appear)\b`,
    "gu",
  ),
  new RegExp(
    String.raw`\b(?:[Uu]nder\s+no\s+circumstances|[Aa]t\s+no\s+(?:point|time)|[Nn]ever)\s+(?:should|must|may|can|is)\s+${BRANDS}\s+(?:ever\s+)?(?:be\s+)?(?<verb>mentioned|named|referred\s+to|referenced|cited|appear)\b`,
    "gu",
  ),
  // "avoid any mention of Tessanor in your correspondence with us"
  new RegExp(
    String.raw`\b(?:[Aa]void|[Nn]o|[Ww]ithout)\s+(?:any\s+|all\s+)?(?<verb>mentions?|references?)\s+(?:of|to)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "make sure nothing you send to Corvane mentions Dalmont or Old Ferris", "nothing your team
  // drafts for us should name XPL"
  new RegExp(
    // Round 32 (analysis-lh30 D): "nothing you send us ever mentions X", "nothing you send us -
    // letters, invoices, even file names - mentions X".
    String.raw`\b[Nn]othing\s+(?:(?:that\s+)?(?:you|your\s+(?:firm|team|people))\s+(?:send|sends|write|writes|draft|drafts|prepare|prepares|produce|produces)(?:\s+(?:(?:to|for)\s+)?(?:us|${BRAND}))?)(?:\s+[-–—]\s+[^-–—.;]{1,60}?\s+[-–—])?\s+(?:(?:should|must|may|can|will|is\s+to)\s+)?(?:ever\s+)?(?<verb>mentions?|names?|refers?\s+to|references?|cites?)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "keep Hartfield out of our correspondence", "leave XPL out of anything you send"; round 26:
  // "keep Dalmont and Vellum out of it", "leave Arcon out of it too": "it" is the work for them.
  new RegExp(
    String.raw`\b(?<verb>[Kk]eep|[Ll]eave)\s+${BRANDS}\s+out\s+of\s+(?:(?:our|your|all|any|the)\s+)?(?:correspondence|communications?|dealings|written\s+work|e-?mails|letters|anything|everything|it)\b`,
    "gu",
  ),
  // "Arcon is a sensitive name here", "Dalmont and XPL are names we never use"
  new RegExp(
    String.raw`^(?:(?:and|also|oh|but|so|note|fyi)[\s,:]+)?${BRANDS}\s+(?:is|are)\s+(?:(?:a|an)\s+)?(?:(?:very|rather|particularly|really|bit\s+of\s+a|highly)\s+)?(?<verb>sensitive|touchy|delicate|banned|forbidden|toxic|unwelcome|dirty)\s+names?\b`,
    "gu",
  ),
  // Round 32 (listen-32a): the names kept out said first, the names after "is / are": "The one
  // to keep out of our papers now is Dalmont", "the names not to mention in anything you send us
  // are Arcon and Vellum". What they are kept out of is the client's own (our / your / anything
  // / everything), or "not to mention / name" says it; "was" is the past, not a wish.
  new RegExp(
    String.raw`^(?:(?:and|also|but|so|now|note)[\s,:]+)?(?:[Tt]he\s+)?(?:only\s+)?(?:ones?|names?|brands?|compan(?:y|ies)|firms?|businesses)\s+(?:(?:we|I)\s+(?:want|need|would\s+like|'d\s+like)\s+(?:you\s+)?)?(?<verb>to\s+(?:keep|leave)\s+out\s+of\s+(?:our|your|all|any|anything|everything)\b|(?:not|never)\s+to\s+(?:mention|name|refer\s+to|cite)\b)[^.;:!?]{0,60}?\s(?:is|are)\s+(?:now\s+)?${BRANDS}${BRAND_END}`,
    "gu",
  ),
];
// The first four frames may be about one setting or one talk: they must say the name is kept
// from all the client hears (TO_THE_CLIENT).
const SCOPED_FRAMES = 4;

// "Please add Vellum to that list", "put XPL on the do-not-mention list too": a name added to the
// client's list of names to avoid, named in the clause or in the two sentences before ("you can
// take Arcon off your list of names to avoid. … Please add Vellum to that list."). Not another
// list ("add Vellum to the distribution list", "put Dalmont on the approved suppliers list").
const ADDED_TO_LIST = new RegExp(
  String.raw`\b(?<verb>[Aa]dd|[Pp]ut|[Ii]nclude)\s+${BRANDS}(?:\s*\([^()]{1,40}\))?\s+(?:to|on|in)\s+(?:that|the|this|your|our)\s+(?<list>(?:[\w-]+\s+){0,2}?lists?\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?)`,
  "gu",
);
const NAMES_TO_AVOID =
  /\b(?:lists?\s+of\s+(?:[\w-]+\s+)?(?:names|brands|companies|competitors|rivals)(?:\s+(?:to\s+avoid|not\s+to\s+(?:mention|name|use)|we\s+avoid))?|names?\s+to\s+avoid|do[\s-]not[\s-](?:mention|name)|never[\s-]mention|no[\s-]mention|competitors?|rivals?|banned[\s-]names?)\b/i;

// Round 32 (listen-32a): "Arctic Wings is already on our list. Please add Skyfjord as well.": the
// list left unsaid, the addition said by "as well", "too" or "also", after words that name the
// client's list (a competitor on file, or the names to avoid).
const ADDED_ALONE = new RegExp(
  String.raw`\b(?:(?<also>also)\s+)?(?:[Aa]dd|[Ii]nclude)\s+${BRANDS}(?:\s+(?<too>as\s+well|too))?\s*(?:[,.;:!?)-]|$)`,
  "gu",
);

// The client's list with no other name ("on our list", "off your list"), not "the distribution list".
const BARE_LIST = /\b(?:on|off|to|from|in)\s+(?:our|your|the|that)\s+list\b/i;

function addedToNamesList(context: ClauseContext): string[] {
  const text = context.clause.text;
  if (!/\b(?:add|put|include)\b/i.test(text)) return [];
  const found: string[] = [];
  // What the list is pointed back at: the two sentences before, and (round 32) the sentence's
  // own words before the addition ("we don't want Boots named in anything, and now please add
  // HealthHub to that list").
  const { sentence, clause } = context;
  const earlier = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
  const namesTheList = (t: string) =>
    (NAMES_TO_AVOID.test(t) && /\blist\b/i.test(t)) || namesCompetitorOnFile(t, context.read);
  const previousNames = context.previous.some((s) => namesTheList(s.text));
  const listBefore = (at: number) => previousNames || namesTheList(earlier + text.slice(0, at));
  const take = (brands: string) => {
    for (const name of splitBrands(brands)) {
      if (mayBeCompany(name, context) && !found.includes(name)) found.push(name);
    }
  };
  ADDED_TO_LIST.lastIndex = 0;
  for (let m = ADDED_TO_LIST.exec(text); m; m = ADDED_TO_LIST.exec(text)) {
    const list = m.groups!.list!;
    // The list is the names to avoid: said so here, or pointed back at ("that list") after a
    // sentence that named it.
    // Round 28 (analysis-lh25 E): or after a sentence naming a competitor on file ("We never
    // want Orchard Bothy mentioned. Please add Pressed & Proper to that list too.").
    const pointed = /^lists?$/i.test(list.trim());
    if (NAMES_TO_AVOID.test(list) || (pointed && listBefore(m.index))) take(m.groups!.brands!);
  }
  if (found.length > 0) return found;
  // Round 32: the list left unsaid ("Please add Skyfjord as well") only right after a sentence
  // that names the client's list itself beside a name on it or the names to avoid ("Arctic
  // Wings is already on our list"); a competitor on file named in passing ("the Arctic Wings
  // lease is attached") is not enough.
  const listSaid = context.previous.some(
    (s) => (BARE_LIST.test(s.text) || NAMES_TO_AVOID.test(s.text)) && namesTheList(s.text),
  );
  if (!listSaid) return found;
  ADDED_ALONE.lastIndex = 0;
  for (let m = ADDED_ALONE.exec(text); m; m = ADDED_ALONE.exec(text)) {
    if (m.groups!.also || m.groups!.too) take(m.groups!.brands!);
  }
  return found;
}

/** A competitor on file named in `text`, as a whole word or words. */
function namesCompetitorOnFile(text: string, read: ReadMessage): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, " ")} `;
  return (read.competitorsOnFile ?? []).some((name) => {
    const key = name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}&]+/gu, " ")
      .trim();
    return key.length >= 2 && lower.includes(` ${key} `);
  });
}

/**
 * A name that may be a company's: not a person's given name, not someone of the message (the
 * lawyer greeted, the writer: "keep Sam out of our correspondence" after "Hi Sam"), not a
 * subject of talk.
 */
function mayBeCompany(name: string, context: ClauseContext): boolean {
  const words = name.split(/\s+/);
  if (isGivenName(words[0]!)) return false;
  if (words.some((w) => CAPITALISED_SUBJECTS.has(w.toLowerCase()))) return false;
  // A deal's code name ("Project Falcon", "Operation Kestrel") is a subject, not a rival.
  if (NOT_A_COMPANY.test(name)) return false;
  const { read } = context;
  const first = read.sentences[0]?.text ?? "";
  const people = [read.sender.name, ...read.signOffNames, GREETING.exec(first)?.[1] ?? ""];
  return !people.some((p) => p.split(/\s+/).includes(words[0]!));
}
// (Not a place word at the end: "Ashby & Lane" is a firm.)
const NOT_A_COMPANY = /^(?:Project|Operation)\s/;
const GREETING =
  /^(?:hi|hello|dear|hey|morning|afternoon|good\s+(?:morning|afternoon))\s+([^,!\n]{1,40})/i;
// A person, said so in the sentence: "…, he's still upset about the audit".
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|he's|she's)\b/i;
// The writer's own habit, not asked of the firm: "I never mention Arcon to my kids".
const OWN_HABIT = /\b(?:we|i)\s+(?:(?:always|generally|usually|simply|just)\s+)?$/i;

function namesKeptOut(context: ClauseContext): string[] {
  const text = context.clause.text;
  if (
    !/\b(?:mention|refer|referenc|name|cite|bring\s+up|raise|keep|leave|nothing|appear|avoid|without)/i.test(
      text,
    )
  ) {
    return [];
  }
  const found: string[] = [];
  for (const frame of KEEP_NAME_FRAMES) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      const after = text.slice(m.index + m[0].length);
      if (PERSON_AFTER.test(after) || ONE_DOCUMENT.test(after)) continue;
      const rest = context.sentence.text.slice(context.clause.end - context.sentence.start);
      if (PERSON_PRONOUN.test(after) || PERSON_PRONOUN.test(rest)) continue;
      const asked = /\byou(?:r)?\b/i.test(context.sentence.text);
      if (OWN_HABIT.test(text.slice(0, m.index)) && !asked) continue;
      // "Don't mention / refer to / bring up X" (the first frame) may be about one setting or
      // one talk: it must say it keeps the name from all the client hears ("in anything you send
      // us", "in our correspondence", "in front of the board"). The other frames are bans on
      // naming it in what the client receives.
      const scope = context.sentence.text;
      if (KEEP_NAME_FRAMES.indexOf(frame) < SCOPED_FRAMES && !TO_THE_CLIENT.test(scope)) {
        continue;
      }
      for (const name of splitBrands(m.groups!.brands!)) {
        if (mayBeCompany(name, context) && !found.includes(name)) found.push(name);
      }
    }
  }
  return found;
}

// "The same goes for Tesco", "Likewise Lidl", "Aldi should be treated the same way": a refusal
// of brands made just before, extended to more.
const SAME_FOR: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:[Aa]nd\s+|[Aa]lso\s+)?(?:[Tt]he\s+same\s+(?:goes|applies)\s+(?:for|to)|[Ss]ame\s+(?:goes\s+)?for|[Ll]ikewise(?:\s+(?:for|with))?|[Dd]itto(?:\s+for)?|[Tt]hat\s+(?:goes|applies)\s+(?:for|to))\s+${BRANDS}`,
    "u",
  ),
  new RegExp(
    String.raw`^${BRANDS}\s+(?:should|must|is\s+to|are\s+to|needs?\s+to)\s+be\s+treated\s+(?:the\s+same(?:\s+way)?|in\s+the\s+same\s+way|like|as|similarly)\b`,
    "u",
  ),
  new RegExp(String.raw`^(?:[Aa]nd\s+)?${BRANDS}\s*,?\s+(?:too|as\s+well|likewise)\s*[.!]?$`, "u"),
];
const BRAND_REFUSAL = new RegExp(
  String.raw`\b${NEVER}\s+(?:ever\s+)?${MENTION}\b|\b(?:keep|leave)\s+[\p{Lu}][^.]{0,40}\s+out\s+of\b|\b(?:must|should)\s*(?:not|n't|never)\s+(?:be\s+)?(?:mentioned|named|appear)`,
  "u",
);

// Round 30 (analysis-lh27 M13): the ban's verb gapped, "never mention Genelis in anything, and
// now also not their new parent company BioNordic", "…; and not Lidl either": the brands after
// "(and) (now) also not" are refused as the ones before were.
const GAPPED_NOT = new RegExp(
  String.raw`(?:^|,\s*|;\s*|\s)(?:[Aa]nd\s+(?:now\s+)?(?:also\s+)?|[Bb]ut\s+also\s+|(?:[Nn]ow\s+)?[Aa]lso\s+)not\s+(?:(?:their|its|the)\s+(?:new\s+|former\s+|current\s+)?(?:mother|parent|sister|holding|owning)\s+(?:company|firm|group|business)\s+)?${BRANDS}${BRAND_END}`,
  "u",
);

/**
 * Brands a clause adds to a refusal of brands in the sentence or the two before; with `gapped`
 * only, the brands after "and now also not" in the clause, its own refusal before them.
 */
function extendedRefusal(context: ClauseContext, sameFor = true): string[] {
  const { clause, sentence } = context;
  const text = clause.text.trim();
  let m: RegExpExecArray | null = null;
  if (sameFor) for (const pattern of SAME_FOR) if (!m) m = pattern.exec(text);
  let lead = "";
  if (!m) {
    m = GAPPED_NOT.exec(text);
    if (m) lead = text.slice(0, m.index);
  }
  if (!m) return [];
  const earlier = [
    sentence.text.slice(0, clause.start - sentence.start) + lead,
    ...context.previous.map((s) => s.text),
  ];
  if (!earlier.some((text) => BRAND_REFUSAL.test(text) && /[\p{Lu}]/u.test(text.slice(1)))) {
    return [];
  }
  return splitBrands(m.groups!.brands!);
}

// A label and its list: "Competitors: Aldi, Lidl", "Brands not to mention – Heinz, Kraft"
const LABELLED_BRANDS = new RegExp(
  String.raw`^(?:[Oo]ur\s+)?(?:[Cc]ompetitors|[Rr]ivals|[Cc]ompeting\s+brands|[Bb]rands\s+(?:not\s+to|never\s+to|to\s+never)\s+(?:mention|name)|[Dd]o\s+not\s+(?:mention|name)|[Nn]ever\s+(?:mention|name))\s*(?:\([^)]{0,40}\)\s*)?(?::|\s[–-])\s*${BRANDS}\s*[.;]?$`,
  "u",
);

// A headed list: "Please never mention any of the following:" or "Competitors (do not name):",
// then one name per line.
const LIST_ITEM = new RegExp(String.raw`^(?:${BRAND}\s*(?:\([^)]{0,40}\))?)\s*[.;,]?$`, "u");
const REFUSING_HEAD = new RegExp(
  String.raw`(?:\b${NEVER}\s+(?:ever\s+)?${MENTION}|\b(?:must|should)\s*(?:not|n't|never)\s+(?:be\s+)?(?:mentioned|named|appear)|^(?:our\s+)?(?:competitors|rivals|competing\s+brands)\b)[^:]{0,120}:\s*$`,
  "iu",
);

/** A name standing alone on a line, under a heading that refuses naming what follows. */
function listedUnderRefusal(context: ClauseContext): string[] {
  const { sentence, read, clause } = context;
  const text = clause.text.trim();
  if (clause !== sentence.clauses[0] || text.length > 60 || !LIST_ITEM.test(text)) return [];
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 12); i--) {
    const before = read.sentences[i]!.text.trim();
    if (REFUSING_HEAD.test(before)) return splitBrands(text.replace(/\s*\([^)]*\)\s*|[.;,]$/g, ""));
    if (!LIST_ITEM.test(before)) return [];
  }
  return [];
}

/**
 * Rivals named after a refused kind of rival: in the same clause ("competitors such as Adidas
 * or Puma", "Competitor names (Heinz, Kraft)"), or in the sentence after it ("Specifically,
 * Nike, Adidas and Puma on the kit side (we're with Castore)"); parenthesised asides of the
 * latter name the client's own partners, not rivals.
 */
function namedRivals(context: ClauseContext): string[] {
  const { clause, sentence, read } = context;
  const names: string[] = [];
  if (CATEGORY.test(clause.text) && CATEGORY_REFUSED.test(clause.text)) {
    const listed = NAMED_AFTER_CATEGORY.exec(clause.text);
    if (listed) names.push(...capitalisedIn(listed[1] ?? listed[2] ?? ""));
  }
  const before = read.sentences[sentence.index - 1];
  if (
    clause === sentence.clauses[0] &&
    before &&
    SPECIFICALLY.test(sentence.text) &&
    CATEGORY.test(before.text) &&
    CATEGORY_REFUSED.test(before.text)
  ) {
    const rest = sentence.text.replace(SPECIFICALLY, "").replace(/\([^)]*\)/g, " ");
    names.push(...capitalisedIn(rest));
  }
  return names;
}

// Rivalry declared by the organisation itself, with no ban spelt out: the brands it names are the
// ones the competitor check is for. Three shapes of one fact (who × relation × brand): the brand
// as subject ("Acme is our biggest competitor", "Brightline and Corvex are among our rivals"),
// our rivals as subject ("Our main competitors are X and Y", "our competition includes X"),
// and competing as a verb ("we compete head to head with X", "X competes with us"). Only "our"/
// "we"/"us": "X is a competitor of our client" or "their rival" is someone else's.
const RIVAL_NOUN = String.raw`(?:competitors?|rivals?|competition|arch-?rivals?|nemesis|enemy)`;
const RANK = String.raw`(?:(?:biggest|main|chief|principal|closest|nearest|largest|major|direct|key|fiercest|primary|only|real|nearest|main\s+commercial|direct\s+commercial)\s+){0,2}`;
const HEAD_TO_HEAD = String.raw`head[\s-]+(?:to[\s-]+head|on)`;
const DECLARED_RIVALS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:^(?:(?:[Aa]nd|[Bb]ut|[Aa]lso|[Ss]o|[Jj]ust\s+so\s+you\s+know|[Ff]or\s+context|FYI|[Ff]yi|[Ff]or\s+the\s+record|[Tt]o\s+be\s+clear|[Aa]s\s+you\s+know)[,\s]+)?|\b(?:that|because|since|as)\s+)${BRANDS}\s+(?:is|are)\s+(?:also\s+|still\s+)?(?:(?:our|one\s+of\s+our|among\s+our|amongst\s+our)\s+${RANK}${RIVAL_NOUN}\b|the\s+(?:enemy|competition)\s+as\s+far\s+as\s+(?:we|I)(?:'re|'m|\s+are|\s+am)\s+concerned\b|(?:a|an|one)\s+${RANK}${RIVAL_NOUN}\s+of\s+(?:ours|us|mine)\b|${RANK}${RIVAL_NOUN}\s+of\s+ours\b)`,
    "u",
  ),
  new RegExp(
    String.raw`\b[Oo]ur\s+${RANK}(?:competitors|rivals|competition)\s+(?:are|is|include|includes|would\s+be)\s+${BRANDS}${BRAND_END}`,
    "u",
  ),
  new RegExp(
    String.raw`\b[Ww]e\s+(?:(?:also|still|directly|mainly)\s+)?(?:compete|are\s+competing|go\s+${HEAD_TO_HEAD})\s+(?:(?:directly|${HEAD_TO_HEAD}|hard|fiercely|closely)\s+)?(?:with|against)\s+${BRANDS}${BRAND_END}`,
    "u",
  ),
  // "We see Acme as our main competitor", "we regard X and Y as direct rivals"
  new RegExp(
    String.raw`\b[Ww]e\s+(?:(?:very\s+much|certainly|definitely|now|still|always)\s+)?(?:see|regard|consider|count|treat|view)\s+${BRANDS}\s+(?:as\s+)?(?:(?:our|a|an|one\s+of\s+our|among\s+our)\s+)?${RANK}${RIVAL_NOUN}\b`,
    "u",
  ),
  new RegExp(
    String.raw`^${BRANDS}\s+(?:competes?|is\s+competing|are\s+competing)\s+(?:(?:directly|${HEAD_TO_HEAD})\s+)?(?:with|against)\s+us\b`,
    "u",
  ),
  // Round 32 (listen-32a): the firm asked to class a name as a rival, "please also treat Acme as
  // a competitor", "count Dalmont as one of our rivals from now on": the verb is a request (the
  // clause's first word, or after "please", "kindly", "also", "could you"), so "we used to treat
  // Acme as a competitor" and "don't treat Acme as a rival" are not it.
  new RegExp(
    String.raw`(?:^|\b(?:[Pp]lease|[Kk]indly|[Aa]lso|(?:[Cc]ould|[Cc]an|[Ww]ould)\s+you(?:\s+please)?)\s+)(?:also\s+)?(?:[Tt]reat|[Cc]ount|[Cc]onsider|[Rr]egard|[Ll]ist|[Aa]dd|[Ii]nclude|[Rr]ecord|[Ff]lag)\s+${BRANDS}\s+as\s+(?:(?:a|an|one\s+of\s+our|among\s+our|our)\s+)?(?:(?:new|further|another|additional)\s+)?${RANK}${RIVAL_NOUN}\b`,
    "u",
  ),
];

/** A person's given name ("Sarah", "Rob"), as the curated name families know them. */
function isGivenName(word: string): boolean {
  const first = word.split(/\s+/)[0]!;
  return nicknamesOf(first).size > 0 || otherSpellingsOf(first).size > 0;
}

function declaredRivals(context: ClauseContext): string[] {
  // A lead-in before a colon ("Heads up: X are our direct competition") is not the statement.
  const text = context.clause.text.trim().replace(/^[^:]{0,40}:\s+(?=\S+\s+\S)/, "");
  if (!/\b(?:compet|rival|nemesis|enemy|head[\s-]+to[\s-]+head)/i.test(text)) return [];
  for (const frame of DECLARED_RIVALS) {
    const m = frame.exec(text);
    // The brands group is the BRANDS of the frame; a leading lead-in ("Just so you know,") is not.
    if (m?.groups?.brands) return splitBrands(m.groups.brands).filter((b) => /^[\p{Lu}]/u.test(b));
  }
  return [];
}

/** Proper names in a stretch of text: capitalised words, run together ("Greene King"). */
function capitalisedIn(text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(BRAND, "gu");
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (const brand of splitBrands(m[0])) if (!found.includes(brand)) found.push(brand);
  }
  return found;
}

// ------------------------------------------------------------------------------------------
// Topics
// ------------------------------------------------------------------------------------------

// Round 31 (analysis-lh28 W4): an abbreviation before a number or a name keeps its full stop
// inside the subject ("Mill No. 2", "Art. 5", "St. Anne's"), as the sentence splitter already
// reads it; any other full stop ends the subject.
const ABBREVIATION_BEFORE_NUMBER = String.raw`(?:no|nos|art|arts|para|paras|cl|sec|reg|ch|vol|pt|sch|plot|unit|lot)\.(?=\s+\p{N})`;
const ABBREVIATION_BEFORE_NAME = String.raw`(?:st|mt)\.(?=\s+\p{L})`;
const TOPIC_WORD = String.raw`(?:${ABBREVIATION_BEFORE_NUMBER}|${ABBREVIATION_BEFORE_NAME}|(?!${ABBREVIATION_BEFORE_NUMBER}|${ABBREVIATION_BEFORE_NAME})[\p{L}\p{N}][\p{L}\p{N}'-]*)`;
// Up to five words, or seven before a clause edge (LONG_TOPIC_EDGE, checked by topicValue).
const TOPIC = String.raw`((?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|any\s+)?["']?${TOPIC_WORD}(?:\s+${TOPIC_WORD}){0,6}?)`;
const TOPIC_END = String.raw`(?=["']?\s*(?:[,.;:!?)]|$|\s+-\s)|["']?\s+(?:in|at|on|with|when|unless|until|to|for|from|during|over|because|as|since|or|and|out|again|anymore|any\s+more|altogether|please|either|whatsoever|ever|every|each|whenever|${TRAILING_TIME})\b)`;
// "not to mention" is an idiom ("let alone"), never a request.
const NOT = String.raw`(?:(?:could|can|would)\s+you\s+(?:please\s+)?not|don't|do\s+not|never|not\s+to(?!\s+mention)|(?:not|never)\s+(?:permitted|allowed)\s+to|stop|no\s+need\s+to(?!\s+(?:send|write|update|give|provide))|please\s+no\s+more|(?<!\bto\s)avoid|refrain\s+from|(?:you|we|people|your\s+team)\s+(?:didn't|did\s+not|wouldn't|would\s+not|could\s+avoid|would\s+avoid))`;
// "talk politics", "talk money": subjects English talks without "about".
const TALKED_BARE = String.raw`(?:politics|religion|money|sports?|football|soccer|cricket|rugby|golf|brexit|family|health|weather|salaries|pay|elections?)`;
const TALK = String.raw`(?:ask(?:ing)?\s+(?:me\s+|us\s+|them\s+|anyone\s+)?(?:about|after)|talk(?:ing)?(?=\s+${TALKED_BARE}\b)|(?:chat(?:ting)?|joke|joking|make\s+jokes|go(?:ing)?\s+on|small\s+talk)\s+about|touch(?:ing)?\s+on|get(?:ting)?\s+onto|bring(?:ing)?\s+up|rais(?:e|ing)|mention(?:ing)?|comment(?:ing)?\s+on|referenc(?:e|ing)|discuss(?:ing)?|talk(?:ing)?\s+(?:to\s+(?:me|us)\s+)?about|get(?:ting)?\s+into|go(?:ing)?\s+into|dwell(?:ing)?\s+on|go(?:ing)?\s+(?:back\s+)?over|revisit(?:ing)?|rak(?:e|ing)\s+(?:over|up)|dredg(?:e|ing)\s+up|dig(?:ging)?\s+into|harp(?:ing)?\s+on\s+about|bang(?:ing)?\s+on\s+about|open(?:ing)?\s+(?:every|each|our)\s+\w+\s+with)`;

/** Pastimes that make small talk: what "I'm not a … fan" tells the firm to leave out. */
const PASTIME = String.raw`(?:sports?|football|soccer|rugby|cricket|golf|tennis|racing|horse\s+racing|motor\s+racing|formula\s+(?:one|1)|f1|baseball|basketball|hockey|boxing|athletics|cycling|sailing|opera|theatre|theater|ballet|jazz|wine)`;

// "I'm not a sports fan, I'm afraid", "Not much of a golf fan, to be honest", "I'm no cricket
// fan": the writer's own lack of interest in a pastime, the small talk to leave out. Only
// pastimes: "I'm not a Linux fan" is a taste, not a topic to avoid with a lawyer.
const PASTIME_FAN = new RegExp(
  String.raw`(?:^|\b(?:i'm|i\s+am|i've\s+never\s+been|i\s+have\s+never\s+been|we're|we\s+are)\s+)(?:really\s+|just\s+|honestly\s+|afraid\s+)?(?:not|no)\s+(?:(?:a|an|much\s+of\s+a|really\s+a)\s+)?(?:big\s+|huge\s+|great\s+)?(${PASTIME})\s+(?:fan|lover|enthusiast|buff|person|man|woman|guy|follower|watcher)\b`,
  "giu",
);

// The same lack of interest in the idioms of liking: "football isn't really my thing", "golf is
// not my cup of tea", "I'm not into cricket", "I can't be doing with rugby", "I couldn't care less
// about the racing". Only pastimes, and only the writer's ("my", "I"): "cricket isn't his thing"
// is someone else's, and "the new lease is not my cup of tea" is a view, not small talk.
const PASTIME_NOT_MINE = new RegExp(
  String.raw`(?:^|[\s,;:(-])(?:the\s+|all\s+the\s+)?(${PASTIME})(?:\s+(?:talk|chat))?\s+(?:is|are|'s|'re)\s*(?:not|n't)\s+(?:really\s+|quite\s+|exactly\s+|at\s+all\s+|very\s+much\s+)?(?:my|our)\s+(?:thing|cup\s+of\s+tea|scene|bag)\b`,
  "giu",
);
const NOT_INTO_PASTIME = new RegExp(
  String.raw`\b(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:really\s+|just\s+|honestly\s+)?not\s+(?:really\s+|much\s+|at\s+all\s+|remotely\s+|terribly\s+)?(?:into|a\s+fan\s+of|fussed\s+about|interested\s+in|bothered\s+about)|(?:i|we)\s+(?:really\s+|honestly\s+)?(?:can't|cannot)\s+be\s+doing\s+with|(?:i|we)\s+(?:couldn't|could\s+not)\s+care\s+less\s+about)\s+(?:the\s+)?(${PASTIME})\b`,
  "giu",
);

// Verbs of talking about a subject, in the bare form ("something I never discuss").
const TALK_VERB = String.raw`(?:discuss|talk\s+about|speak\s+about|comment\s+on|go\s+into|get\s+into|get\s+drawn\s+into|dwell\s+on|chat\s+about|joke\s+about|revisit|dig\s+into|touch\s+on|share|open\s+up\s+about)`;
// Predicates that close a subject to talk, after its copula. Kinds: a boundary ("off limits", "out
// of bounds", "a no-go area"); not something the speaker discusses ("not something I discuss",
// "something we'd rather not get into", "not up for discussion"); a sore subject for the speaker
// ("a sore point round here", "a touchy subject for me"). "Off the table" is left out: in a
// negotiation it means not negotiable, not unspoken.
const SPEAKER_PLACE = String.raw`(?:for\s+(?:me|us)|with\s+(?:me|us)|(?:round|around|over|in)\s+here|in\s+(?:our|my)\s+(?:house|family|office|team|firm|company|business))`;
const CLOSED_TO_TALK = String.raw`(?:(?:is|are|'s|'re|remains?|has\s+become|have\s+become)\s+(?:still\s+|strictly\s+|completely\s+|totally\s+|always\s+|absolutely\s+|very\s+much\s+|really\s+|rather\s+|a\s+bit\s+of\s+|now\s+)*(?:off[\s-]limits|out\s+of\s+bounds|a\s+no[\s-]go(?:\s+(?:area|zone|topic|subject))?|(?:a\s+)?no[\s-]fly\s+zone|not\s+up\s+for\s+discussion|(?:a\s+)?closed\s+(?:book|subject|topic)|(?:not\s+)?something\s+(?:i|we)(?:'d|\s+would)?\s+(?:rather|prefer|much\s+rather)\s+not\s+(?:to\s+)?${TALK_VERB}|(?:not\s+)?something\s+(?:i|we)\s+(?:don't|do\s+not|never|prefer\s+not\s+to|try\s+not\s+to|won't|can't)\s+${TALK_VERB}|not\s+(?:something|a\s+(?:topic|subject)|a\s+thing)\s+(?:that\s+)?(?:i|we)\s+(?:ever\s+|really\s+)?(?:${TALK_VERB}|(?:want|like|care|wish|need)\s+to\s+${TALK_VERB}|enjoy\s+(?:discussing|talking\s+about))|not\s+(?:something|a\s+(?:topic|subject)|a\s+thing)\s+(?:that\s+)?(?:i'm|i\s+am|we're|we\s+are)\s+(?:really\s+|yet\s+)?(?:able|willing|ready|comfortable|happy)\s+to\s+${TALK_VERB}|(?:a|an)\s+(?:(?:very|bit\s+of\s+a|rather|really|extremely)\s+)?(?:sore|touchy|painful|raw|sensitive|delicate|difficult|emotive)\s+(?:subject|topic|one)\s+${SPEAKER_PLACE}|(?:a|an)\s+(?:(?:very|bit\s+of\s+a|rather|really)\s+)?sore\s+(?:point|subject|spot))|(?:isn't|is\s+not|aren't|are\s+not|'s\s+not|'re\s+not)\s+(?:something|a\s+(?:topic|subject)|a\s+thing)\s+(?:that\s+)?(?:i|we)\s+(?:ever\s+|really\s+)?(?:${TALK_VERB}|(?:want|like|care|wish|need)\s+to\s+${TALK_VERB}|enjoy\s+(?:discussing|talking\s+about))|(?:isn't|is\s+not|aren't|are\s+not)\s+(?:up\s+for|open\s+(?:to|for))\s+discussion)`;

// A subject said to be closed to talk, read as subject × copula × predicate: "Politics is off
// limits", "Religion isn't something I discuss with advisers", "my health is something I'd
// rather not go into", "the Brexit stuff is a sore point round here". Who holds it is in the
// predicate ("for me", "I discuss", "round here"), not the subject ("my kids").
const CLOSED_SUBJECT = new RegExp(
  String.raw`^(?:[\w\s-]{3,30}:\s+)?(?:and\s+|but\s+|also\s+|oh,?\s+and\s+)?${TOPIC}\s+(?:${CLOSED_TO_TALK})`,
  "giu",
);

const TOPIC_FRAMES: readonly RegExp[] = [
  PASTIME_FAN,
  PASTIME_NOT_MINE,
  NOT_INTO_PASTIME,
  // A label and its value: "Topics to avoid: politics", "Off limits - the merger"
  new RegExp(
    String.raw`^(?:(?:topics?|subjects?)\s+(?:to\s+avoid|(?:i|we)(?:'d|\s+would)\s+rather\s+avoid|not\s+to\s+(?:raise|mention|discuss))|(?:topics?\s+)?off[\s-]limits|no-go\s+(?:topics?|subjects?|areas?))\s*(?::|\s[–-])\s*${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  // "please steer clear of politics", "keep off the subject of the merger"
  new RegExp(
    String.raw`\b(?:(?:steer|keep|stay)(?:ed|ing|s)?\s+(?:well\s+)?clear\s+of|(?:keep|stay)\s+(?:well\s+)?(?:off|clear\s+of|away\s+from)\s+the\s+(?:subject|topic)\s+of)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(String.raw`\b${NOT}\s+(?:ever\s+)?${TALK}\s+${TOPIC}${TOPIC_END}`, "giu"),
  new RegExp(
    String.raw`\brather\s+(?:we|you)\s+(?:didn't|did\s+not|don't|do\s+not|never)\s+${TALK}\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(String.raw`\brather\s+not\s+${TALK}\s+${TOPIC}${TOPIC_END}`, "giu"),
  new RegExp(String.raw`\b(?:keep|leave)\s+${TOPIC}\s+${OUT_OF}`, "giu"),
  // The wish in the past form: "I'd sooner you kept politics out of your emails", "I'd rather
  // we left the divorce out of it"
  new RegExp(
    String.raw`\b(?:rather|sooner|prefer(?:\s+it)?\s+if)\s+(?:you|we|your\s+team|everyone)\s+(?:just\s+)?(?:kept|left)\s+${TOPIC}\s+${OUT_OF}`,
    "giu",
  ),
  // "I'd sooner we left my health to one side when we speak": set aside in every conversation,
  // not parked for one negotiation ("let's leave the price aside for now" names no talk).
  new RegExp(
    String.raw`\b(?:leave|left|leaving|put|set|keep)\s+${TOPIC}\s+(?:to\s+one\s+side|aside|on\s+one\s+side)\s+(?:(?:when|whenever)\s+we\s+(?:speak|talk|meet|chat)|in\s+(?:our\s+)?(?:conversations?|calls|meetings|chats))\b`,
    "giu",
  ),
  // "I'd be grateful to be spared the rugby chat"
  new RegExp(
    String.raw`\b(?:be\s+|being\s+)spared\s+(?:the\s+|any\s+|all\s+the\s+)?${TOPIC}\s+(?:small\s+talk|chat|chatter|talk|questions|jokes|banter)\b`,
    "giu",
  ),
  // "no crypto small talk", "no need for the football chat", "spare me the cricket chat"
  new RegExp(
    String.raw`\b(?:no|spare\s+(?:me|us)|(?:could|can)\s+(?:happily\s+|easily\s+|quite\s+happily\s+)?(?:live|do)\s+without)\s+(?:need\s+for\s+|more\s+)?${TOPIC}\s+(?:small\s+talk|chat|chatter|talk|questions|jokes|banter)\b`,
    "giu",
  ),
  // "please no small talk about the election", "no jokes about my height, please": the talk
  // refused, the subject after "about"
  new RegExp(
    String.raw`\bno\s+(?:more\s+)?(?:small\s+talk|chat|chit-chat|chitchat|chatter|jokes|joking|questions|banter|talk|conversations?|comments|remarks)\s+(?:about|on|regarding|re)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  // "the merger must not be mentioned", "the strikes shouldn't be raised"
  new RegExp(
    String.raw`(?:^|[,;:]\s*|\band\s+)${TOPIC}\s+(?:must|should|may)\s*(?:not|never|n't)\s+be\s+(?:raised|mentioned|discussed|brought\s+up|referred\s+to)`,
    "giu",
  ),
  new RegExp(
    String.raw`\b(?:avoid|refrain\s+from(?:\s+making)?)\s+(?:any\s+|all\s+|the\s+)?(?:reference|references|mention|mentions|discussion|jokes?|comments?|remarks?|questions?|talk|chat|banter)\s+(?:to|of|about|on|regarding)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  // A subject said to be closed to talk, read as subject × copula × predicate: "Politics is off
  // limits", "Religion isn't something I discuss with advisers", "my health is something I'd
  // rather not go into", "the Brexit stuff is a sore point round here".
  CLOSED_SUBJECT,
  // "I would ask that nobody at your firm raises the circumstances of Daniel's death with me"
  new RegExp(
    String.raw`\b(?:nobody|no\s+one|no-one)\s+(?:(?:at|from|in|on|of)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:firm|end|office|side|team|people|staff)\s+|there\s+)?(?:raises|mentions|brings\s+up|asks\s+(?:me\s+|us\s+)?about|comments\s+on|refers\s+to)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  // "I'd be grateful if nobody mentioned the closure": the past form only as a wish after "if"
  // or "that" ("Nobody mentioned the merger at the meeting" is a report).
  new RegExp(
    String.raw`\b(?:if|that)\s+(?:nobody|no\s+one|no-one)\s+(?:(?:at|from|in|on|of)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:firm|end|office|side|team|people|staff)\s+|there\s+)?(?:raised|mentioned|brought\s+up|asked\s+(?:me\s+|us\s+)?about|commented\s+on|referred\s+to)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  // "we ask you to avoid the subject of politics", "please stay off the topic of the merger"
  new RegExp(
    String.raw`\b(?:avoid|avoiding|stay\s+off|keep\s+off)\s+(?:the\s+)?(?:subjects?|topics?|matter|question)\s+of\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never)\s+use\s+the\s+words?\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(
    String.raw`\b(?:ask|request)\s+that\s+${TOPIC}\s+(?:isn't|is\s+not|not\s+be|won't\s+be|is\s+never)\s+(?:raised|mentioned|discussed|referred\s+to|brought\s+up)`,
    "giu",
  ),
];
// What a small-talk subject is talked in: "the politics chat", "the football banter".
const TALK_NOUN = String.raw`(?:small\s+talk|chat|chatter|chit-chat|talk|questions|jokes|banter|conversations?|remarks|comments)`;
// What follows "please, no…" that is not a subject: "please, no rush", "no need to reply".
const NOT_A_SUBJECT =
  /^(?:rush|hurry|need|worries|worry|problem|problems|pressure|apolog(?:y|ies)|trouble|stress|fuss|reply|replies|response|obligation|charge|cost|change|changes|exceptions?|more|further|surprises?|delay|delays|attachments?|paper|hard\s+copies|invoices?|bills?|narratives?|breakdowns?|detail|gifts?|hospitality|invitations?|invites?|tickets?|lunch(?:es)?|dinners?|drinks|events?|calls?|texts?|e-?mails?)\b/i;

// Stated as a wish about the subject itself: "I'd rather the divorce wasn't raised", "I'd
// prefer that my health not be discussed", "knock the politics chat on the head", "please, no
// politics".
const TOPIC_WISHES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:rather|prefer(?:\s+it)?(?:\s+if)?|prefer\s+that)\s+${TOPIC}\s+(?:wasn't|weren't|was\s+not|were\s+not|isn't|is\s+not|not\s+be|didn't\s+get|did\s+not\s+get|never\s+got)\s+(?:(?:ever|again)\s+)?(?:raised|mentioned|discussed|brought\s+up|referred\s+to|talked\s+about|gone\s+into|touched\s+on)`,
    "iu",
  ),
  // "I'd be grateful if Brexit didn't come up again", "it would help if the divorce never came up"
  new RegExp(
    String.raw`\b(?:grateful|appreciate\s+it|happier|help(?:ful)?|better|best|prefer\s+it|rather)\s+if\s+${TOPIC}\s+(?:didn't|did\s+not|never|wasn't|weren't)\s+(?:(?:ever|again)\s+)?(?:come\s+up|came\s+up|get\s+(?:raised|mentioned)|got\s+(?:raised|mentioned)|raised|mentioned|discussed|brought\s+up)`,
    "iu",
  ),
  new RegExp(
    String.raw`\b(?:knock|give)\s+(?:the\s+|all\s+the\s+)?${TOPIC}\s+${TALK_NOUN}\s+(?:on\s+the\s+head|a\s+rest)\b|\b(?:drop|ditch|park|cut\s+out|lose)\s+(?:the\s+|all\s+the\s+)?${TOPIC}\s+${TALK_NOUN}\b`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:^|[,;:-]\s*)(?:and\s+)?(?:please|pls)\s*,?\s+no\s+(?:more\s+)?${TOPIC}\s*(?:,\s*(?:please|thanks|thank\s+you))?\s*[.!]?$`,
    "iu",
  ),
  new RegExp(
    String.raw`^(?:and\s+)?no\s+(?:more\s+)?${TOPIC}\s*,\s*(?:please|thanks|thank\s+you)\s*[.!]?$`,
    "iu",
  ),
  // "…strictly professional - nothing about my family, please"
  new RegExp(
    String.raw`(?:^|[,;:-]\s*)(?:and\s+)?(?:please\s*,?\s+)?nothing\s+(?:about|on|regarding)\s+${TOPIC}\s*,?\s*please\s*[.!]?$`,
    "iu",
  ),
];

// Weariness of a subject, stated by the writer ("I'm sick of hearing about Brexit", "tired of
// talking about the merger"): a topic to avoid only beside a request to leave it out, in the
// same sentence or the next ("can we leave it out?", "spare me", "let's not"). Alone it is a
// remark, the small talk itself.
const WEARY_OF = new RegExp(
  String.raw`\b(?:sick|tired|weary|fed\s+up|bored)\s+(?:to\s+death\s+)?(?:of|with)\s+(?:hearing|talking|reading|being\s+asked)\s+about\s+${TOPIC}${TOPIC_END}`,
  "iu",
);
const LEAVE_IT_OUT =
  /\b(?:leave|keep)\s+(?:it|that|them)\s+out\b|\bspare\s+(?:me|us)\b|\b(?:let's|let\s+us|can\s+we|could\s+we|shall\s+we)\s+not\b|\b(?:please\s+)?(?:don't|do\s+not)\s+(?:raise|mention|bring)\b|\bno\s+more\b/i;

function wearyOf(context: ClauseContext): Candidate[] {
  const m = WEARY_OF.exec(context.clause.text);
  if (!m) return [];
  const around = [context.sentence.text, context.read.sentences[context.sentence.index + 1]?.text];
  if (!around.some((t) => t !== undefined && LEAVE_IT_OUT.test(t))) return [];
  const value = topicValue(m[1]!);
  if (!value || NOT_A_SUBJECT.test(value) || isChannelTalk(value)) return [];
  return [{ field: "avoidTopics", value, holder: "self" }];
}

function topicWishes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of TOPIC_WISHES) {
    const m = pattern.exec(text);
    // The subject is the first group that took part (a pattern may offer two forms).
    const raw = m?.slice(1).find((group) => group !== undefined);
    if (!raw) continue;
    const value = topicValue(raw);
    if (!value || NOT_A_SUBJECT.test(value) || isChannelTalk(value)) continue;
    // "I'd rather it simply wasn't raised": a pointer, not the subject.
    if (/^(?:it|this|that|they|them|he|she|him|her|anything|everything|something)\b/i.test(value))
      continue;
    // A capitalised name may be a brand or a person: left to the other readings.
    if (/^[\p{Lu}]/u.test(value) && !/^(?:Brexit|Covid|[A-Z]{2,}\b)/u.test(value)) continue;
    const mine = /^my\s/i.test(raw);
    found.push({ field: "avoidTopics", value, ...(mine ? { holder: "self" as const } : {}) });
  }
  return found;
}

// "One house rule…: no politics - and nothing about the election": bare items of a stated rule.
const RULE_ITEM = new RegExp(
  String.raw`^(?:and\s+)?(?:no|nothing\s+(?:about|on))\s+${TOPIC}[.!]?$`,
  "iu",
);
const RULE_INTRO = /\b(?:rule|rules|request|favour|favor|please|ask|policy)\b[^:]*:/i;
// "Talking about the weather is fine, but not the war, please."
const NOT_THIS_ONE = new RegExp(String.raw`^not\s+${TOPIC}(?:,?\s+please)?[.!]?$`, "iu");
const OTHER_TALK_FINE =
  /\b(?:talk(?:ing)?|chat(?:ting)?|discuss(?:ing)?|mention(?:ing)?)\b[^.]*\b(?:is|are)\s+(?:fine|ok|okay|great)\b/i;
// "The strike is a sensitive subject here; please don't mention it."
const SENSITIVE = new RegExp(
  String.raw`^${TOPIC}\s+(?:is|are|remains?)\s+(?:still\s+)?(?:a\s+|an\s+)?(?:very\s+|rather\s+|bit\s+of\s+a\s+)?(?:sensitive|difficult|sore|touchy|painful|delicate|raw|emotive)\s+(?:subject|topic|point|issue|area|one)\b`,
  "iu",
);
// "We're not commenting on the takeover rumours, even privately, so please don't ask": a subject
// closed by the organisation, then the firm asked not to raise it.
const DONT_ASK =
  /(?:^|\b(?:so|and)\s+)(?:please\s+)?(?:don't|do\s+not)\s+ask(?:\s+(?:about\s+(?:it|that)|me|us))?\s*[.!]?$/i;
const NOT_COMMENTING = new RegExp(
  String.raw`\b(?:(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not|(?:we|i)\s+(?:don't|do\s+not|won't|will\s+not|can't|cannot|never))\s+(?:commenting|comment|talking|talk|discussing|discuss|saying\s+anything|say\s+anything)\s+(?:on|about)?\s*${TOPIC}${TOPIC_END}`,
  "iu",
);
const DONT_RAISE_IT =
  /\b(?:don't|do\s+not|never|not\s+to|avoid)\s+(?:mention(?:ing)?|rais(?:e|ing)|bring(?:ing)?\s+(?:it|that)\s+up|discuss(?:ing)?|talk(?:ing)?\s+about|refer(?:ring)?\s+to)\s+(?:it|that)\b|\b(?:don't|do\s+not|never)\s+bring\s+(?:it|that)\s+up\b/i;
// "please don't mention it in front of the Chairman. Or to me, frankly.": the refusal reaches the writer.
const OR_TO_ME = /^(?:or|and|nor)\s+(?:to|with|in\s+front\s+of|around)\s+(?:me|us)\b/i;
// A kind of business kept out of documents ("rival brands", "the majors"): the competitors'.
const RIVAL_KIND =
  /\b(?:rivals?|competitors?|competing|brands?|majors|big\s+players|the\s+competition|incumbents?)\b/i;

// "Please keep it out of the updates": "it" is the word just named ("the word Brexit").
const TOPIC_POINTER = new RegExp(String.raw`\b(?:keep|leave)\s+(?:it|that|them)\s+${OUT_OF}`, "i");
const NAMED_WORD =
  /\bthe\s+(?:word|term|subject|topic)\s+(?:"([^"]{2,40})"|'([^']{2,40})'|([\p{L}\p{N}-]+))/iu;

const TO_SOMEONE_ELSE =
  /^\s*(?:to|with|in\s+front\s+of)\s+(?:(?:our\s+|their\s+|any\s+)?(?:clients|customers|patients|(?:members\s+of\s+)?the\s+public|media|journalists|reporters|investors|analysts|shareholders|suppliers|tenants|counterparties)\b|the\s+(?!board\b|team\b|staff\b)[\w-]+|their\s+\w+|his\s+\w+|her\s+\w+|anyone\s+(?:at|from|outside)|any\s+of\s+them|him|her|them|the\s+press|journalists|[A-Z][\w-]+)\b/;

// (Round 16, from the lh15 diagnosis.) The client's own people, whom the subject is kept from
// for the client's sake: "with the site teams", "in front of the devs", "with our dev leads";
// round 33, "with anyone on site" (the writer's own site: "on / at site" names no other).
const OWN_PEOPLE =
  /^\s*(?:to|with|in\s+front\s+of|around)\s+(?:(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:staff|teams|leads|managers|employees|engineers|devs|developers|crews?|workforce|colleagues|trustees|directors|drivers|workers|operatives|volunteers|members\s+of\s+staff)\b|(?:anyone|anybody|everyone|people)\s+(?:at|on)\s+site\b)/i;

// Round 31 (analysis-lh28 M10): "with anyone from Riverbend" from a Riverbend writer: the
// writer's own people, named by the organisation's name (as "with our staff" is).
const PEOPLE_OF_NAMED =
  /^\s*(?:to|with|in\s+front\s+of|around)\s+(?:(?:anyone|anybody|everyone|everybody|people|staff)\s+(?:at|from|in)\s+)?(\p{Lu}[\p{L}'-]*)/u;
function ownPeopleByName(after: string, read: ReadMessage): boolean {
  const m = PEOPLE_OF_NAMED.exec(after);
  // (A hyphenated name by its first part: "Coca-Cola" of coca-cola.example.)
  return !!m && isOwnWord(m[1]!.split("-")[0]!, organisationWords(read.sender.domain));
}

// Round 34 (lh17, lh31; dev's own rows): an audience widened to anyone on the writer's side or
// anyone at all, after a first one ("with the investors, or with anyone outside the company",
// "with them, or with anyone at Bluewater", "with the trustees or anyone else"): the subject is
// kept from every talk, the firm's with the client included. Not a widening within someone
// else's side ("or anyone on their side", "or anyone at the bank").
const WIDENED_AUDIENCE =
  /^[^.;!?]{0,80}?(?:,\s*|\s)(?:(?:or|and|nor)\s+)(?:(?:with|to|in\s+front\s+of|around)\s+)?(?:(?:really\s+|indeed\s+|frankly\s+)?(?:anyone|anybody|everyone|everybody|any\s+one)\s+(?:else\b|(?:at|from|in|outside|beyond)\s+(?:the|our)\s+(?:company|organi[sz]ation|firm|business|group|office|club|team|charity|trust|co-?op(?:erative)?)\b|(?:here|at\s+all)\b))/i;
const WIDENED_TO_NAMED =
  /^[^.;!?]{0,80}?(?:,\s*|\s)(?:or|and|nor)\s+((?:with|to|in\s+front\s+of|around)\s+(?:anyone|anybody|everyone|everybody|people)\s+(?:at|from|in)\s+\p{Lu}[\p{L}'-]*)/u;
function widenedAudience(after: string, read: ReadMessage): boolean {
  if (WIDENED_AUDIENCE.test(after)) return true;
  const named = WIDENED_TO_NAMED.exec(after);
  return !!named && ownPeopleByName(named[1]!, read);
}

// "Don't mention the Aldi offer when you call their agent": a tactic for dealing with someone
// else, not a subject kept from the client.
const DEALING_WITH_OTHERS =
  /^\s*(?:when|if|whenever|while)\s+(?:you|we)\s+(?:next\s+)?(?:speak|talk|write|call|ring|phone|meet|deal|negotiate|e-?mail|reply|respond|go\s+back)\s+(?:(?:to|with)\s+)?(?:the|their|his|her|them|him|any|[A-Z])/;

const BY_CHANNEL =
  /^\s*(?:over|by|via|on|in)\s+(?:the\s+)?(?:e-?mail|phone|telephone|text|writing|whatsapp|teams|zoom|signal|chat)\b/i;

const VAGUE =
  /^(?:(?:of\s+)?(?:the\s+)?(?:following|below)|of\s+(?:these|those|them)|(?:both|the\s+two|all\s+three|the\s+three|these|those|their)(?:\s+of\s+them)?(?:\s+(?:names?|brands?|companies))?|it|this|that|these|those|them|anything|everything|something|nothing|stuff|things?|work|me|us|you|him|her|anyone|one|this\s+one|that\s+one|up|details?|numbers?|small|idle|more|client\s+matters?|(?:the\s+)?(?:case|matter|file)|work\s+matters?|business\s+matters?|confidential\s+(?:matters?|information))$/i;

// One document or one occasion the subject is kept out of (singular: "in meetings" is standing),
// or a stage of the negotiation: a drafting or negotiating step, not a subject to avoid.
const ONE_SETTING = new RegExp(
  String.raw`^\s*(?:again\s+)?(?:(?:just\s+)?yet\b|at\s+this\s+(?:stage|point)\b|(?:in|at|into|from|during)\s+(?:the|this|that|your|our|my|today's|tomorrow's|next\s+week's|[\p{Lu}][\p{L}]+'s)\s+(?:[\w-]+\s+){0,2}?(?:press\s+release|release|statement|letter|draft|report|deck|note|memo|reply|response|answer|e-?mail|message|article|post|speech|lease|licen[cs]e|deed|will|claim\s+form|skeleton(?:\s+argument)?|bundle|disclosure|NDA|SPA|prospectus|accounts|tender|proposal|brochure|circular|undertaking|order|judgment|opinion|advice|complaint|instructions|heads\s+of\s+terms|term\s+sheet|pleading|defence|defense|particulars|submission|application|agreement|contract|minutes|meeting|hearing|call|mediation|negotiation|session|interview|presentation|completion|signing|announcement|filing|bid|pitch)(?![\w-]))`,
  "iu",
);
// A setting the writer's people are told to keep things out of, not talk with the firm: "in
// public", "on social media", "in the office".
const PUBLIC_SETTING =
  /^\s*(?:in\s+public|publicly|on\s+social\s+media|online|on\s+(?:the\s+)?(?:internet|linkedin|twitter|facebook|instagram)|in\s+the\s+(?:lift|corridors?|canteen|press)|outside\s+(?:the\s+)?(?:firm|office|company|team|business))\b/i;
// "Please stop talking about the deadline and start meeting it!": a retort, not a subject.
const RETORT = /\bstop\s+\w+ing\b[^.!?]*\band\s+(?:start|get\s+on|actually|just|focus|do)\b/i;
// Terms of the deal being negotiated or drafted: "don't raise the price", "don't bring up the
// indemnity again" are tactics for the matter. Whole values only ("share price" is a subject).
const MATTER_ITEM =
  /^(?:indemnit(?:y|ies)|warrant(?:y|ies)|(?:[\w-]+\s+)?clauses?|rent\s+review|price|pricing|offer|counter-?offer|valuation|figures?|numbers|terms|fees?|costs|budget|deposit|retention|escrow|earn-?out|(?:liability\s+)?cap|break\s+(?:clause|option)|completion\s+date|heads\s+of\s+terms|term\s+sheet)$/i;

// Round 31 (analysis-lh28 W3, W4): where a subject of six or seven words may end: a preposition
// of place or company opening who or where it is kept from ("… Mill No. 2 with anyone from
// Riverbend", "… at the AGM", "in front of staff"). Anywhere else five words is the most, so a
// longer run is a subject with a clause after it, not a subject.
const LONG_TOPIC_EDGE =
  /^["']?\s+(?:at|with|in\s+front\s+of|around|among(?:st)?)\s+(?:the|our|my|your|their|any|anyone|anybody|everyone|everybody|people|staff|\p{Lu})/u;

/** The subject a frame found, cleaned; `after` is the text after it (LONG_TOPIC_EDGE). */
function topicValue(raw: string, after = ""): string | undefined {
  const value = raw
    .replace(/^["']+|["']+$/g, "")
    .replace(/^(?:the|my|our|his|her|their|any|all)\s+/i, "")
    // "the subject of my father's illness": the subject is the illness.
    .replace(
      /^(?:(?:whole\s+)?(?:subject|topic|matter|question|issue)\s+of)\s+(?:the\s+|my\s+|our\s+)?/i,
      "",
    )
    // "no talk of the divorce": the talk refused, the subject after it.
    .replace(
      /^(?:more\s+)?(?:talk|chat|mention|mentions|discussion|questions|jokes|comments|remarks)\s+(?:of|about|on|regarding)\s+(?:the\s+|my\s+|our\s+)?/i,
      "",
    )
    .replace(
      /\s+(?:small\s+talk|chat|chatter|talk|questions|jokes|banter|thing|things|issue|subject|topic|stuff|side\s+of\s+things)$/i,
      "",
    )
    .trim();
  const length = value.split(/\s+/).length;
  if (value === "" || VAGUE.test(value) || length > 7) return undefined;
  if (length > 5 && !LONG_TOPIC_EDGE.test(after)) return undefined;
  // Round 29 (analysis-lh27 W8): "keep their name out of …": a name is who is meant (the brand
  // readings take it), never a subject.
  if (/^(?:(?:their|its|his|her|the)\s+)?names?$/i.test(value)) return undefined;
  // "why", "how it happened", "the detail of the tax position": a reason or a level of detail,
  // not a subject.
  if (/^(?:why|how|what|when|where|whether|who)\b|^details?\s+of\b/i.test(value)) return undefined;
  // "her or mention her", "or raise it": a list of requests, not a subject.
  if (/^(?:or|and|nor|but)\b|\b(?:her|him|them|it|me|us)$/i.test(value)) return undefined;
  return value;
}

// Words without which no topic is refused.
const TOPIC_TRIGGER =
  /\b(?:sick|tired|weary|fed|bored|sooner|kept|left|don't|do\s+not|never|not|stop|avoid|refrain|rather|keep|leave|aside|side|without|no|spare|word|words|ask|request|steer|steered|stay|must|should|may|didn't|wouldn't|need|nothing|nobody|off|limits|bounds|no-go|prefer|knock|drop|park|ditch|give|cut|isn't|aren't|sore|touchy|painful|raw|sensitive|delicate|difficult|emotive|closed|no-fly|can't|cannot|couldn't)\b/i;

/** Ways of getting in touch ("chats and no Teams calls"), which are never subjects. */
function isChannelTalk(value: string): boolean {
  return channelMentions(value).length > 0 || /\b(?:chats?|calls?)\b/i.test(value);
}

// The subject is welcome in another setting: "happy to talk about it properly on our calls".
const WELCOME_ELSEWHERE =
  /\b(?:happy|glad|fine|pleased|delighted|keen)\s+to\s+(?:talk\s+(?:about|through)|discuss|go\s+into|cover)\s+(?:it|that|this|them)\b/i;

/** The sentence, or one of the two after it, welcomes the subject elsewhere. */
function welcomedElsewhere(context: ClauseContext): boolean {
  const { sentence, read } = context;
  return read.sentences
    .slice(sentence.index, sentence.index + 3)
    .some((s) => WELCOME_ELSEWHERE.test(s.text));
}

// Round 33 (listen-33b, the opened sets' topic lists): a further subject after a refused one,
// joined by "or" / "and" / a comma (its preposition may repeat: "and of the wage
// negotiations"), a noun phrase of its own: a determiner opens it and two words or more name it
// ("the July redundancies", "the pay freeze"). So "the divorce and custody" stays one subject;
// "or his tenure" (a possessive pointing back at the first) and "or the treatment" (one bare
// noun, an aspect of the first) are the first subject's, not new ones.
const MORE_TOPIC = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:or|and|nor)\s+)?|(?:or|and|nor)\s+)(?:(?:of|about|on)\s+)?((?:the|my|our|any)\s+${TOPIC_WORD}(?:\s+${TOPIC_WORD}){1,5}?)${TOPIC_END}`,
  "iu",
);

/** The further subjects listed right after a refused one, as values, and the text after them. */
function moreTopics(after: string): { values: string[]; rest: string } {
  const values: string[] = [];
  let rest = after;
  for (let m = MORE_TOPIC.exec(rest); m && values.length < 4; m = MORE_TOPIC.exec(rest)) {
    const value = topicValue(m[1]!, rest.slice(m[0].length));
    if (value) values.push(value);
    rest = rest.slice(m[0].length);
  }
  return { values, rest };
}

/** Topics a clause refuses by what surrounds it: a rule's bare items, a contrast, a pointer. */
function topicsByContext(context: ClauseContext): Candidate[] {
  const { clause, sentence } = context;
  const text = clause.text;
  const before = sentence.text.slice(0, clause.start - sentence.start);
  // The item may follow its rule in the same clause: "One house rule…: no politics".
  const colon = text.lastIndexOf(":");
  const introHere = colon >= 0 ? text.slice(0, colon + 1) : "";
  const item = RULE_ITEM.exec(colon >= 0 ? text.slice(colon + 1).trim() : text);
  if (item && (RULE_INTRO.test(before) || RULE_INTRO.test(introHere))) {
    const value = topicValue(item[1]!);
    // "a strict rule: no gifts or hospitality": a rule on what is accepted, not on talk.
    if (!value || isChannelTalk(value) || NOT_A_SUBJECT.test(value)) return [];
    return [{ field: "avoidTopics", value }];
  }
  const contrast = NOT_THIS_ONE.exec(text);
  if (contrast && OTHER_TALK_FINE.test(before)) {
    const value = topicValue(contrast[1]!);
    return value ? [{ field: "avoidTopics", value }] : [];
  }
  if (DONT_ASK.test(text)) {
    for (const source of [before, ...context.previous.map((s) => s.text)]) {
      const closed = NOT_COMMENTING.exec(source);
      if (!closed) continue;
      const value = topicValue(closed[1]!);
      return value && !MATTER_ITEM.test(value) ? [{ field: "avoidTopics", value }] : [];
    }
  }
  if (DONT_RAISE_IT.test(text) || TOPIC_POINTER.test(text)) {
    const earlier = [before, ...context.previous.map((s) => s.text)];
    for (const source of earlier) {
      const named = SENSITIVE.exec(source.trim());
      if (!named) continue;
      const value = topicValue(named[1]!);
      return value ? [{ field: "avoidTopics", value }] : [];
    }
  }
  return [];
}

// Hospitality the firm offers, named by the occasion ("golf days", "tickets"), not a subject.
const HOSPITALITY_OFFER =
  /^(?:[\w-]+\s+)?(?:days?(?:\s+out)?|events?|invitations?|invites?|tickets?|dinners?|lunch(?:es)?|drinks|hospitality|entertainment|receptions?|gifts?|hampers?|parties|boxes|galas?)$/i;

const PASTIME_WORD = new RegExp(String.raw`\b${PASTIME}\b`, "gi");

/** Whether the sentence goes on "…, so …" to name a pastime other than `raw`. */
function namesOtherPastimeAfterSo(context: ClauseContext, inClause: string, raw: string): boolean {
  const { sentence, clause } = context;
  const after = `${inClause} ${sentence.text.slice(clause.end - sentence.start)}`;
  const so = /\bso\b/i.exec(after);
  if (!so) return false;
  PASTIME_WORD.lastIndex = 0;
  const rest = after.slice(so.index);
  for (let m = PASTIME_WORD.exec(rest); m; m = PASTIME_WORD.exec(rest)) {
    if (m[0].toLowerCase() !== raw.toLowerCase()) return true;
  }
  return false;
}

// Round 12: "please don't bring up the turbine fire at Glen Mor", "the accident in Busan": a place
// named by a proper name after a subject of talk belongs to it. Not a setting ("at the Christmas
// party", "in Board meetings": a determiner, or only common words) nor a brand.
const PLACE_AFTER =
  /^\s+(?:at|in|near|on|off)\s+((?:(?:St|Mt)\.\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=\s*(?:[,.;:!?)]|$|\s+\p{Ll}))/u;

function placeAfter(raw: string, after: string): string | undefined {
  // The subject itself a common noun phrase ("the turbine fire"), not a name ("Harbour").
  if (!/^(?:the\s+|our\s+|my\s+)?\p{Ll}/u.test(raw)) return undefined;
  const m = PLACE_AFTER.exec(after);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  if (words.every((w) => isCommonWord(w.toLowerCase()))) return undefined;
  return m[0];
}

// Round 19 (listen-19b, lh17 W5): a subject that is a relation between parties keeps who it is with
// and what it is over: "the dispute with my brother over Skovgården", "the row over Harbour Lane".
// The head must be such a noun; its complement is a relative or a proper name (up to two in a
// row), never a plain common noun ("the dispute with the client" may be a tactic for the talk).
const RELATION_HEAD =
  /\b(?:dispute|row|falling[\s-]out|feud|argument|quarrel|fight|disagreement|rift|split|estrangement|litigation|lawsuit|battle|spat|wrangle|divorce|separation)s?$/i;
const RELATIVE = `(?:brother|sister|father|mother|son|daughter|husband|wife|partner|ex|ex-\\p{L}+|cousin|uncle|aunt|nephew|niece|parents|siblings?|stepfather|stepmother|stepson|stepdaughter|family|in-laws|neighbours?|neighbors?|former\\s+(?:partner|husband|wife|business\\s+partner)|business\\s+partner)`;
// Round 31 (analysis-lh28 W3): a proper name after "the" may be a modifier of the common noun
// that heads the complement ("with the Gisakura outgrowers", "over the Harbour Lane tenants"):
// that noun is taken too, when a clause edge follows it (a full stop, a comma, or a preposition
// such as "at the AGM"), never a verb or an adverb ("with the Gisakura again").
const NOT_A_HEAD =
  "(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|and|or|but|that|which|who|again|please|any|anymore|ever|either|now|then|too|also|yet|at|in|on|to|for|from|with|of|by)\\b";
const HEAD_AFTER_NAME = `\\s+(?!${NOT_A_HEAD})\\p{Ll}[\\p{L}\\p{M}'’-]+(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:at|with|in|on|to|for|from|during|around|among|or|and|again|please|anymore|any\\s+more|ever|either|until|unless|when|whenever)\\b)`;
const COMPLEMENT_AFTER = new RegExp(
  `^\\s+(?:(?:with|between|against)\\s+(?:my|our|his|her|their)\\s+${RELATIVE}|(?:with|over|about|against|involving|concerning)\\s+the\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}${HEAD_AFTER_NAME}|(?:with|over|about|against|involving|concerning)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}(?=\\s*(?:[,.;:!?)]|$|\\s+\\p{Ll})))`,
  "u",
);

/** The complements of a relation noun in `raw` at the start of `after` (at most two). */
function complementsAfter(raw: string, after: string): string {
  if (!RELATION_HEAD.test(raw.trim())) return "";
  let taken = "";
  for (let i = 0; i < 2; i++) {
    const m = COMPLEMENT_AFTER.exec(after.slice(taken.length));
    if (!m) break;
    taken += m[0];
  }
  return taken;
}

export function recogniseTopics(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  const found: Candidate[] = [];
  if (!TOPIC_TRIGGER.test(text)) return found;
  const brands = recogniseCompetitors(context).map((c) => c.value);
  for (const frame of TOPIC_FRAMES) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      let raw = m[1]!;
      let after = text.slice(m.index + m[0].length);
      // "the turbine fire at Glen Mor": the place named with the subject is part of it.
      const place = placeAfter(raw, after);
      if (place) {
        raw += place;
        after = after.slice(place.length);
      }
      const complement = place ? "" : complementsAfter(raw, after);
      after = after.slice(complement.length);
      // Round 33 (listen-33b): further subjects listed after it under the same verb ("the
      // restructuring or the July redundancies"); what follows the list (whom, where, how) is
      // read for all of them. Not after a complement or place: "the divorce with my ex and the
      // children" may list people, not subjects.
      const listed = complement || place ? { values: [], rest: after } : moreTopics(after);
      const tail = listed.rest;
      // A brand in a mention frame is the competitor recogniser's, unless it is a person's name.
      if (
        /^[\p{Lu}]/u.test(raw) &&
        /\b(?:mention|name|referenc|refer)/i.test(m[0]) &&
        !PERSON_AFTER.test(after)
      )
        continue;
      // "We don't mention the figure in the press release" describes a practice; a request to the
      // firm is imperative ("please don't…") or says it holds everywhere ("in anything to us").
      const stated = /(?<!\b(?:could|can|would|shall|should|if)\s)\b(?:we|i|they)\s*$/i.test(
        text.slice(0, m.index),
      );
      const asked =
        everywhereIn(text) ||
        /\b(?:do|did|doing)\s+the\s+same\b|\bfollow\s+suit\b/i.test(context.sentence.text);
      // "I'd sooner we left it…", "I'd rather we didn't…": a wish, not a practice.
      const wished =
        /\b(?:rather|sooner|prefer(?:\s+it)?(?:\s+if)?)\s+(?:we|i)\s*$/i.test(
          text.slice(0, m.index),
        ) || /^(?:could|can)\b/i.test(m[0]);
      if (stated && !asked && !wished) continue;
      // "Please don't mention the price to the tenant": kept from someone else, not from the
      // client — unless the next sentence extends it to them ("Or to me, frankly.").
      let holder: "self" | "org" | undefined = /^my\s/i.test(raw) ? "self" : undefined;
      // "Not much of a golf fan": the writer's own taste, unless they speak for "we".
      if (
        (frame === PASTIME_FAN || frame === PASTIME_NOT_MINE || frame === NOT_INTO_PASTIME) &&
        !/\b(?:we(?:'re)?|our)\b/i.test(m[0])
      )
        holder = "self";
      if (DEALING_WITH_OTHERS.test(tail)) continue;
      // "Don't mention the war!": the catchphrase, not a subject.
      if (/\bmention\s+the\s+war$/i.test(m[0]) && /^\s*[!.]?\s*$/.test(after)) continue;
      if (
        TO_SOMEONE_ELSE.test(tail) &&
        !OWN_PEOPLE.test(tail) &&
        !ownPeopleByName(tail, context.read) &&
        !widenedAudience(
          tail + context.sentence.text.slice(context.clause.end - context.sentence.start),
          context.read,
        )
      ) {
        if (!context.next || !OR_TO_ME.test(context.next.text)) continue;
        holder = "self";
      }
      // A pastime is a common noun, whatever capital opens the sentence ("Golf is not my thing").
      const pastime = frame === PASTIME_NOT_MINE || frame === NOT_INTO_PASTIME;
      // "I'm not into sport at all, so no need for the football chat": the taste is the reason,
      // and the request after "so" names the subject to leave out.
      if (pastime && namesOtherPastimeAfterSo(context, after, raw)) continue;
      let value = topicValue(pastime ? raw.toLowerCase() : raw, after);
      // With its place, the whole noun phrase as the client names it ("the fire at Glen Mor").
      if (value && place && /^the\s/i.test(raw)) value = `the ${value}`;
      // With its complement, likewise ("the dispute with my brother over Skovgården").
      if (value && complement)
        value = `${/^the\s/i.test(raw) ? "the " : ""}${value}${complement.replace(/\s+/g, " ")}`;
      if (!value || brands.some((brand) => value.includes(brand))) continue;
      // "no chats and no Teams calls": ways of getting in touch, not subjects.
      if (isChannelTalk(value)) continue;
      // "please don't ask me about X… happy to talk about it properly on our calls": kept out of
      // one setting, not a subject to avoid.
      if (welcomedElsewhere(context)) continue;
      if (
        RIVAL_KIND.test(value) &&
        (!/^[\p{Lu}]/u.test(value) || /\brival|competitor/i.test(value))
      )
        continue;
      // "Please don't discuss the acquisition over email": the medium is refused, not the subject.
      if (BY_CHANNEL.test(tail)) continue;
      // A step in the matter, not a subject kept out of talk with the client: one document or
      // one occasion ("in the witness statement", "at the meeting", "at this stage", "yet"), or
      // a term being negotiated ("the indemnity", "the price").
      if (ONE_SETTING.test(tail) || MATTER_ITEM.test(value)) continue;
      if (PUBLIC_SETTING.test(tail) || RETORT.test(context.sentence.text)) continue;
      if (frame === CLOSED_SUBJECT) {
        const predicate = m[0].slice(m[0].indexOf(raw) + raw.length);
        holder ??= /\b(?:i|me|my)\b/i.test(predicate)
          ? "self"
          : /\b(?:we|us|our|here)\b/i.test(predicate)
            ? "org"
            : undefined;
        found.push({
          field: "avoidTopics",
          value,
          subjectIsObject: true,
          ...(holder ? { holder } : {}),
        });
        continue;
      }
      found.push({ field: "avoidTopics", value, ...(holder ? { holder } : {}) });
      for (const more of listed.values) {
        if (brands.some((brand) => more.includes(brand)) || isChannelTalk(more)) continue;
        if (MATTER_ITEM.test(more) || RIVAL_KIND.test(more)) continue;
        found.push({ field: "avoidTopics", value: more, ...(holder ? { holder } : {}) });
      }
    }
  }
  if (found.length === 0) found.push(...topicsByContext(context));
  if (found.length === 0 && !welcomedElsewhere(context)) {
    // "No golf days, thanks": an invitation refused (entertainment), not a subject of talk.
    found.push(...topicWishes(text).filter((c) => !HOSPITALITY_OFFER.test(c.value)));
  }
  if (found.length === 0) found.push(...wearyOf(context));
  if (found.length === 0 && TOPIC_POINTER.test(text)) {
    for (const before of context.previous) {
      const named = NAMED_WORD.exec(before.text);
      if (named) {
        const value = topicValue(named[1] ?? named[2] ?? named[3]!);
        // Whose it is follows the sentence that named it ("if I never hear the word Brexit…").
        const holder = /\b(?:i|me|my|i'm|i'd)\b/i.test(before.text) ? ("self" as const) : undefined;
        if (value) found.push({ field: "avoidTopics", value, ...(holder ? { holder } : {}) });
        break;
      }
    }
  }
  return found;
}
