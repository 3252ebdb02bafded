/**
 * (Round 15) Filler a reading should not depend on, taken out of a clause's text before the
 * recognisers read it (docs/listen.md, "Tolerant readings"). Writers vary the light words inside
 * a statement ("phone calls are genuinely hard for me", "avoid any mention of Nike", "Ironvale
 * or Caldera Copper's names") far more than the statement: each rewrite here says the same thing
 * in the words the readings already know. Like "pls" (sentences.ts), only the clause's text is
 * rewritten; its start and end, hence every quote, stay on the words as written.
 */
import { inRuleRegister } from "./rule-voice";

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

// Typing habits (round 15, from the lh14 diagnosis; measured by `npm run corpus:perturb`): a
// negated auxiliary typed without its apostrophe ("dont", "cant", "isnt", "wont") is the
// contraction the readings know.
const BARE_NT =
  /\b(do|does|did|ca|could|wo|would|should|is|are|was|were|have|has|had|must|need)nt\b/gi;
// "use only this email", "send only summaries": "only" between a request verb and its object
// restricts to the object, which is what the request already says. Not after a channel verb:
// "please email only" is the restriction itself.
const VERB_ONLY =
  /(^|\bplease\s+|\bjust\s+|\bkindly\s+)(use|send|contact|reach|write\s+to)\s+only\s+(?=\S)/gi;
// "this private email", "my personal email address": the way itself.
const OWN_ADDRESS = /\b(?:this|my)\s+(?:private|personal|own|home)\s+(e-?mail)(?:\s+address)?\b/gi;
// "WhatsApp messages", "Signal chats": a messaging channel and a noun for what it carries.
const CHANNEL_NOUN =
  /\b(WhatsApp|Signal|Telegram|Slack|iMessage|LinkedIn|SMS)\s+(?:messages?|chats?|texts?|voice\s+notes?|DMs?)\b/gi;
// "Signal on +44 7700 900 561", "WhatsApp on my mobile": where the channel reaches them.
const CHANNEL_ON =
  /\b(WhatsApp|Signal|Telegram|text|SMS)\s+(?:on|at|to)\s+(?:\+?\d[\d\s().-]{6,}\d|(?:my|this|the\s+same)\s+(?:mobile|cell|number|phone)(?:\s+number)?)/gi;

// Light adverbs (round 16, from the lh15 diagnosis; the "adverb" perturbation kind measures it):
// "also" or "still" after an auxiliary, a copula or a subject says when or in addition, not what
// ("is also prohibited", "we still prefer"), but not before an -ing form ("why am I still getting
// texts" is a complaint that something goes on); "now" only before a verb of wanting or using ("we
// would now like", "I now use"): "is now fine" is how a lift is said, and stays as written.
const STILL_ALSO =
  /\b(would|'d|will|'ll|should|is|are|'s|'re|I|we|they|he|she)\s+(?:(?:also|still)\s+){1,2}(?=\p{L})(?!\p{L}+ing\b)/giu;
const NOW_BEFORE_VERB =
  /\b(would|'d|will|'ll|should|I|we|they|he|she)\s+now\s+(?=(?:like|prefer|want|need|use|ask|require|expect|rather)\b)/giu;

// The rule register and the reader's people (round 16, from the lh15 diagnosis): how an
// organisation's rules and requests are written, said the way the readings know them.
// "Email remains our default" → "Email is our default".
const REMAINS_DEFAULT =
  /\b(?:remains|stays)\s+(?=(?:our|my|the)\s+(?:default|standard|first\s+choice|preferred\s+\w+)\b)/gi;
// "Please make sure your team uses email" → "Please use email": what the reader's people are asked
// to use is what the reader is asked to use.
const MAKE_SURE_USE =
  /\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:you|your\s+(?:team|people|colleagues|staff|office|assistants?)|everyone)\s+(?:only\s+)?uses?\b/gi;
// '"Review of file" entries are prohibited' → 'we won't pay for "Review of file"': a quoted entry
// with a predicate of prohibition, in billing words ("entries", "on our invoices").
// (Round 17: a list of entries, and "auto-rejected", "now prohibited".)
const PROHIBITED_ENTRY =
  /^(["“‘][^"”’]{2,60}["”’](?:\s*(?:,|and|or|,\s*and|,\s*or)\s*["“‘][^"”’]{2,60}["”’])*)\s+(?:(?:time\s+)?entries\s+|descriptions\s+|narratives\s+|line\s+items\s+)?(?:is|are)\s+(?:now\s+)?(?:not\s+(?:permitted|allowed|acceptable|billable|chargeable|payable)|prohibited|banned|forbidden|disallowed|non-compliant|(?:auto-?|automatically\s+)?rejected)\b/i;
const BILLING_WORD =
  /\b(?:invoices?|bills?(?!\s+of\s+(?:lading|exchange|sale|quantities))|billing|entries|narratives?|descriptions?|time\s+records?|line\s+items)\b/i;

function inRuleVoice(text: string): string {
  let out = text;
  if (/\b(?:remains|stays)\b/i.test(out)) out = out.replace(REMAINS_DEFAULT, "is ");
  if (/\b(?:make\s+sure|ensure)\b/i.test(out)) out = out.replace(MAKE_SURE_USE, "use");
  const billing = BILLING_WORD.test(out);
  out = inRuleRegister(out, billing);
  if (!billing) return out;
  return out.replace(PROHIBITED_ENTRY, (_m, entry: string) => `we won't pay for ${entry}`);
}

/** Typing habits and restrictive fillers said the plain way (see above). */
function withoutTypingHabits(text: string): string {
  return text
    .replace(BARE_NT, (_m, aux: string) => `${aux}n't`)
    .replace(VERB_ONLY, "$1$2 ")
    .replace(OWN_ADDRESS, "$1")
    .replace(CHANNEL_NOUN, "$1")
    .replace(CHANNEL_ON, "$1");
}

/** "is also prohibited" → "is prohibited", "we would now like" → "we would like" (see above). */
function withoutLightAdverbs(text: string): string {
  if (!/\b(?:also|still|now)\b/i.test(text)) return text;
  return text.replace(STILL_ALSO, "$1 ").replace(NOW_BEFORE_VERB, "$1 ");
}

// Light words (round 20, from the lh17 diagnosis; the "filler" perturbation kind measures it):
// the words writers put before the verb of a request or a statement without changing it
// ("please just use Signal", "please do send Teams invites", "Always email me", "we just use
// Teams", "please, please use Zoom"). One class, skipped where the grammar puts a word of it
// before a verb: after "please"/"kindly", opening a clause before a verb with its object ("Just
// text me", not "Just a total" or "Just this once"; not "always" there), and "just" after "I"/"we" (not "do", which
// after a subject may be the verb itself: "as I do with every invitation"; nor "always", which
// makes a question a complaint: "can we always use Teams?"; the intensifiers go below). "do"
// before "not" is no filler ("please do not" is a refusal), and before a condition the light
// word says when or only ("just tell me when something moves", "always call me if it is
// urgent"): the clause stays as written. The sentence keeps every word, so "always" still says
// a wish lasts (clause-facts.ts and the channel reader read the sentence for that).
const LIGHT_WORDS = ["just", "simply", "do", "really", "honestly", "genuinely", "actually"];
// Opening a clause, "always" is no filler: "always keen on a round of golf" welcomes golf by it
// (and "Always text me" is read with it, recognisers/channels.ts).
const LIGHT = "(?:(?:" + LIGHT_WORDS.join("|") + ")\\s+)";
// After "please" a second "please" is light too ("please, please use Zoom").
const AFTER_PLEASE = new RegExp(
  "\\b((?:please|kindly),?\\s+)(?:(?:" + LIGHT_WORDS.join("|") + "|always|kindly|please,?)\\s+)+",
  "gi",
);
const AFTER_SUBJECT = /\b((?:I|we|We)\s+)(?:just\s+)+/g;
const OPENING_LIGHT = new RegExp("^((?:(?:so|and|but|then|oh)[\\s,]+)?)" + LIGHT + "+", "i");
// What must follow, case-sensitive (under the "i" flag a letter class would match any case): a
// word in lower case (a verb, not a name: "please, just Hiroshi" is a verbless name); opening a
// clause, a verb with what it takes (a pronoun, a name, an article, a preposition).
const VERB_NEXT = /^\p{Ll}/u;
const VERB_WITH_OBJECT_NEXT =
  /^\p{Ll}+\s+(?:me|us|\p{Lu}|the|our|my|your|any|only|all|to|with|by|on|via|over)(?![\p{L}\p{N}])/u;
const CONDITION_AFTER = /^[^.;!?]*\b(?:if|when|whenever|unless)\b/i;

// Round 20: the same statement with a light word inside it. "will not work for any of us" (all of
// us, each of us) is "for us"; "its Gary" at a clause's head before a name is "it's Gary" (typed
// without the apostrophe; "its" before a name cannot be the possessive); "I'd rather not be 'Mr
// Whitfield'" is "rather not be called" that name (a quoted name after "be" is a form of address);
// "Only this email address please" restricts to the way itself, like "Only email please".
// Not "both of us": the writer and the reader ("simplest for both of us"), not the organisation;
// nor "none of us", which says the opposite ("Teams works for none of us").
const FOR_ANY_OF_US = /\bfor\s+(?:any|all|each|either|every\s+one)\s+of\s+us\b/gi;
const ITS_NAME =
  /(^(?:(?:so|and|but|oh|fyi|also)[\s,]+)?|,\s*(?:so|and|but)\s+)([Ii])ts(\s+)(?=\p{Lu}\p{Ll})/gu;
const NOT_BE_QUOTED = /\b(rather\s+not\s+be|prefer\s+not\s+to\s+be)\s+(?=["“'‘]\p{Lu})/giu;
const ONLY_THIS_ADDRESS =
  /(\bonly\s+(?:to\s+|at\s+|via\s+|on\s+)?)(?:this|my|the\s+same)\s+(?:(?:private|personal|own|home|work|office)\s+)?(e-?mail)(?:\s+address)?\b/gi;

function withLightPhrasesPlain(text: string): string {
  return text
    .replace(FOR_ANY_OF_US, "for us")
    .replace(ITS_NAME, "$1$2t's$3")
    .replace(NOT_BE_QUOTED, "$1 called ")
    .replace(ONLY_THIS_ADDRESS, "$1$2");
}

function withoutLightWords(text: string): string {
  if (!/\b(?:just|simply|do|really|honestly|genuinely|actually|always|kindly|please)\b/i.test(text))
    return text;
  const drop = (pattern: RegExp, next: RegExp) => (source: string) =>
    source.replace(pattern, (m: string, lead: string, at: number, all: string) => {
      const rest = all.slice(at + m.length);
      if (!next.test(rest) || /^not\b/i.test(rest) || CONDITION_AFTER.test(rest)) return m;
      return lead;
    });
  return drop(
    OPENING_LIGHT,
    VERB_WITH_OBJECT_NEXT,
  )(drop(AFTER_SUBJECT, VERB_NEXT)(drop(AFTER_PLEASE, VERB_NEXT)(text)));
}

/** The clause's text with the filler above said the plain way (see the file comment). */
export function withoutFiller(text: string): string {
  let out = inRuleVoice(
    withoutLightAdverbs(withoutLightWords(withLightPhrasesPlain(withoutTypingHabits(text)))),
  );
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
export const TRAILING_TIME = String.raw`these\s+days|nowadays|going\s+forward|from\s+now\s+on|in\s+future|now\s+(?:or|and)\s+(?:later|ever|in\s+(?:the\s+)?future|going\s+forward)`;
