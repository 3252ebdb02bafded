/**
 * Whether words in a draft describe the firm's own billed work. A refused entry ("Review of
 * file") or a time entry is a problem where the author bills it: in an entry line, or in prose
 * about fees, an invoice or time spent ("our fees for September cover review of file"). The same
 * words elsewhere are not: the research paper a lawyer read, the other side's bill of costs being
 * challenged, travel time "we did not bill", the client's own "review of documents" clause.
 *
 * Cues are found once per field with one pass of each pattern (memoised on the draft), and a hit
 * asks about the sentences around it by binary search: linear in the draft however many hits.
 */
import type { AnalysedDraft, AnalysedField } from "../analysis";
import { fieldKeys, sentencesOf } from "./helpers";

/**
 * Words that say the text is about billing: fees, invoices, time recorded. (Kept to words, with
 * the amounts apart: one alternation of words is what the engine scans fastest.)
 */
const BILLING_WORD =
  /\b(?:fees?|fee[- ]notes?|invoice[sd]?|invoicing|bill(?:s|ed|ing|able)?|pre-?bills?|charge[sd]?|chargeable|disbursements?|time (?:spent|recorded|entries|entry|ledger|records?)|timesheets?|wip|work in progress|narratives?|hours?|hrs|hourly|retainer|estimate[sd]?|budget(?:ed)?|our costs|plus vat|figures?|cover(?:s|ed|ing)?|(?:the|our) work (?:done|carried out|undertaken|comprised|included|covered|consisted))\b/gi;
/** Not billing after all: a landlord's "service charge", a "cover letter". */
const NOT_BILLING_WORD = /^(?:charge|cover)/i;
const NOT_BILLING_BEFORE = /service\s$/i;
const NOT_BILLING_AFTER = /^\s(?:letter|note|page|sheet)\b/i;
/** An amount: "£4,200", "$ 300", "GBP 12,400", "900 EUR". */
const AMOUNT =
  /[$£€¥]\s?\d|\b(?:GBP|USD|EUR|CHF|NOK|SEK|DKK|CAD|AUD|JPY)\s?\d|\d\s?(?:GBP|USD|EUR)\b/g;

/**
 * A statement that the work was not billed: "we did not bill", "no time has been charged",
 * "written off", "removed from the bill". ("without" only with a charge: "without prejudice" is
 * a label, not a negation.)
 */
const NOT_BILLED = new RegExp(
  [
    "\\b(?:not|never|no longer|nothing)\\b|n['’]t\\b",
    "\\bno (?:time|charges?|fees?|costs?|invoice|bill)\\b|\\bwithout (?:charge|charging|cost|billing|a fee|fees)\\b",
    "\\b(?:removed?|removing|deleted?|deleting|written off|writ(?:e|ing)[- ]off|wrote off|waived?|waiving",
    "struck (?:out|off)|taken (?:out|off)|took (?:out|off)|dropped|free of charge|at no (?:cost|charge)",
    "absorb(?:ed|ing)?|omitted|exclude[sd]?|excluding|disallow(?:s|ed)?|credited)\\b",
    "\\b(?:non-?(?:billable|chargeable)|un(?:billable|chargeable)|reject(?:s|ed)?|refuse[sd]?|prohibit(?:s|ed)?|banned)\\b",
  ].join("|"),
  "gi",
);

/**
 * Another party's costs, discussed to be challenged or recovered: a bill of costs, a costs
 * schedule, points of dispute, what is claimed or recoverable, the other side's or the
 * claimant's costs. Not the firm's own billing.
 */
const OTHER_PARTY_COSTS = new RegExp(
  [
    "\\b(?:bills? of costs|costs? schedules?|schedules? of costs|statements? of costs|costs? budgets?",
    "points of dispute|detailed assessment|costs? claim|recoverab(?:le|ility)|irrecoverable|claimed",
    "claims? (?:for )?(?:[$£€]|GBP|USD|EUR)|(?:(?:other|opposing) (?:side|party|parties)|opponents?)['’]?s? (?:costs|bill|fees|invoices?|schedule|claim)",
    "(?:claimant|defendant|respondent|applicant|appellant|plaintiff|petitioner)s?['’]s? (?:solicitors|lawyers|attorneys|counsel|costs|bill|fees|invoices?|schedule))\\b",
  ].join("|"),
  "gi",
);

/** Someone else's activity: "for your perusal", "Buyer's review of documents", "their research". */
const OTHERS_BEFORE =
  /(?:\b(?:your|their|his|her|its)|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]['’]s|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]s['’])\s+(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff-]+\s+)?$/i;
/**
 * The words negated or excepted as a noun phrase ("no travel time", "excluding research",
 * "other than internal conferences"), or a verb of work still to be done, asked for or planned
 * ("to research the point", "we will review the file", "please review the file"): neither is
 * work billed.
 */
const NEGATED_BEFORE =
  /\b(?:no|without|excluding|excludes?|excluded|except(?: for)?|other than|apart from|not including|instead of|rather than)\s+(?:[\w-]+\s+)?$/i;
/**
 * "to" is an infinitive's only before a verb with its object ("to research the point", "to
 * review the file"); before a noun it is a preposition ("relates to preparation of
 * correspondence", "went to research"), which says nothing about billing.
 */
const TO_BEFORE =
  /\bto\s+(?:(?:also|then|now|first|further|carefully|quickly|briefly|again)\s+)?$/i;
const NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ing|al|ure|ies|ys)$/i;
const OBJECT_OPENING =
  /^\s*(?:the|a|an|our|your|their|his|her|its|this|that|these|those|whether|how|what|which|why|if|it|them|all|each|every|any)\b/i;
function isVerbWithObject(phrase: string, after: string): boolean {
  const space = phrase.search(/\s/);
  const first = space < 0 ? phrase : phrase.slice(0, space);
  if (NOUN_ENDING.test(first)) return false;
  return OBJECT_OPENING.test(space < 0 ? after : phrase.slice(space));
}

/** "time spent to review the file", "hours taken to research": the verb is billed work after all. */
const TIME_SPENT_BEFORE =
  /\b(?:spent|taken|took|needed|required|hours?|time)\s+(?:[\w-]+\s+){0,2}to\s+$/i;
const PLANNED_BEFORE =
  /\b(?:will|shall|would|should|could|can|may|might|must|please|let me|let us|let['’]s|going to|need to|needs to)\s+(?:(?:also|then|now|first|further|carefully|quickly|briefly|again|not)\s+)?$/i;

/** "the administrative tasks on your side", "… of their team". */
const OTHERS_AFTER =
  /^\s+(?:(?:on|at) (?:your|their|his|her) (?:side|end)|of (?:your|their|his|her))\b/i;

/**
 * The words name a thing, not work done: "research paper", "file management system", "review
 * of documents clause".
 */
const THING_AFTER =
  /^[\s)]*(?:papers?|materials?|slides?|decks?|manuals?|modules?|courses?|reports?|articles?|stud(?:y|ies)|publications?|journals?|teams?|departments?|units?|centres?|centers?|institutes?|councils?|funds?|grants?|projects?|programmes?|programs?|assistants?|fellows?|facilit(?:y|ies)|systems?|software|tools?|databases?|platforms?|polic(?:y|ies)|clauses?|provisions?|process(?:es)?|procedures?|obligations?|rights?|periods?|budget|expenses?|costs?|disbursements?|fares?|tickets?|arrangements?|insurance|restrictions?)\b/i;

/** A sentence that starts by pointing back at the one before: "That includes …", "It covers …". */
const POINTS_BACK =
  /^\s*(?:that|this|it|these|those|they|which|the (?:amount|total|sum|figure|fee|invoice|bill)|the (?:main |principal |key |largest |biggest |other |remaining )?(?:items?|entries|charges|tasks|activities|work))\b/i;

/**
 * The client's billing rules themselves: a sentence about the guidelines ("Your outside counsel
 * guidelines treat internal conferences as overhead", "the hourly rate for travel time under
 * your guidelines is half") talks about the refused words, it does not bill them.
 */
const GUIDELINE_TALK =
  /\b(?:guidelines?|OCGs?|billing (?:polic(?:y|ies)|rules|requirements|terms)|terms of (?:engagement|business)|engagement letter|panel terms)\b/gi;

/**
 * The words named, not used: "entries such as “Attention to matter”", "the phrase “Review of
 * file”" quote the guideline's wording back.
 */
const MENTION_BEFORE = /\b(?:such as|like|phrases?|terms?|wording|words?|labels?)\s*[("'“‘]$/i;

/**
 * Time or money put against work: a duration, an amount, "time", "charged". A single word
 * standing for a longer entry ("travelling" for "Travel time") bills only beside one.
 */
const TIME_OR_MONEY =
  /\b(?:\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?|min(?:ute)?s?|units?)|hours|charged|billed|recorded)\b|[$£€]\s?\d/gi;

type CueKind = "billing" | "notBilled" | "otherParty" | "guideline" | "timeOrMoney";

/** The memo keys of each kind's cue map per field, made once. */
const CUE_KEYS: Readonly<Record<CueKind, ReturnType<typeof fieldKeys>>> = {
  billing: fieldKeys("billing-cues:billing"),
  notBilled: fieldKeys("billing-cues:notBilled"),
  otherParty: fieldKeys("billing-cues:otherParty"),
  guideline: fieldKeys("billing-cues:guideline"),
  timeOrMoney: fieldKeys("billing-cues:timeOrMoney"),
};

function offsetsOf(
  text: string,
  pattern: RegExp,
  keep: (start: number, match: string) => boolean = () => true,
): number[] {
  const offsets: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (keep(m.index, m[0])) offsets.push(m.index);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return offsets;
}

function hasBillingWord(text: string): boolean {
  const words = offsetsOf(text, BILLING_WORD, (start, word) => {
    if (!NOT_BILLING_WORD.test(word)) return true;
    const end = start + word.length;
    return !(
      NOT_BILLING_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      NOT_BILLING_AFTER.test(text.slice(end, end + 8))
    );
  });
  if (words.length > 0) return true;
  AMOUNT.lastIndex = 0;
  return AMOUNT.test(text);
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

const CUE_TESTS: Readonly<Record<CueKind, (text: string) => boolean>> = {
  billing: hasBillingWord,
  notBilled: (text) => matches(NOT_BILLED, text),
  otherParty: (text) => matches(OTHER_PARTY_COSTS, text),
  guideline: (text) => matches(GUIDELINE_TALK, text),
  timeOrMoney: (text) => matches(TIME_OR_MONEY, text),
};

/**
 * Whether sentence `k` of the field holds a cue of `kind`. Each sentence is read once per kind,
 * and only when a hit near it asks: most of a long draft is never scanned for cues.
 */
function sentenceHas(
  draft: AnalysedDraft,
  field: AnalysedField,
  kind: CueKind,
  k: number,
): boolean {
  const known = draft.memo(CUE_KEYS[kind][field.field], () => new Map<number, boolean>());
  let has = known.get(k);
  if (has === undefined) {
    const sentence = sentencesOf(draft, field)[k]!;
    has = CUE_TESTS[kind](field.scan.slice(sentence.start, sentence.end));
    known.set(k, has);
  }
  return has;
}

/** Whether any of sentences [from, to] holds a cue of `kind`. */
function sentencesHave(
  draft: AnalysedDraft,
  field: AnalysedField,
  kind: CueKind,
  from: number,
  to: number,
): boolean {
  for (let k = Math.max(0, from); k <= to; k++) if (sentenceHas(draft, field, kind, k)) return true;
  return false;
}

/** Index of the sentence holding `offset` (the last starting at or before it). */
function sentenceIndexAt(sentences: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A lead-in ending in a colon this short points back to the sentence before it. */
const SHORT_LEAD_IN = 60;

/** How many sentences back a discussion of another party's costs still governs a hit. */
const OTHER_PARTY_REACH = 3;

export interface BillingUse {
  /** Something says the words are not the firm's billed work. */
  notOurs: boolean;
  /**
   * A billing word or an amount in the words' sentence, or in the sentence before when it
   * introduces them ("Our fees for March cover the following:") or they point back to it
   * ("That includes research …"). Asked only when needed: entry lines need no billing words.
   */
  billingNearby(): boolean;
  /**
   * The sentence is about the client's billing rules (GUIDELINE_TALK) and states no sum: prose
   * there names the refused words rather than billing them; an entry line is still an entry.
   */
  aboutRules(): boolean;
  /** A duration, an amount or time charged in the words' sentence (TIME_OR_MONEY). */
  timeOrMoneyNearby(): boolean;
}

/**
 * How the words at [start, end) of a field stand towards billing. Memoised cues, binary
 * searches and short patterns on a few characters each side: cheap per hit.
 */
export function billingUseAt(
  draft: AnalysedDraft,
  field: AnalysedField,
  start: number,
  end: number,
): BillingUse {
  const text = field.scan;
  const sentences = sentencesOf(draft, field);
  if (sentences.length === 0)
    return {
      notOurs: false,
      billingNearby: () => false,
      aboutRules: () => false,
      timeOrMoneyNearby: () => false,
    };
  const k = sentenceIndexAt(sentences, start);
  const sentence = sentences[k]!;
  // A phrase wrapped over a sentence break belongs to every sentence it touches.
  const last = sentenceIndexAt(sentences, Math.max(start, end - 1));
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const after = text.slice(end, end + 40);
  const notOurs =
    OTHERS_BEFORE.test(before) ||
    NEGATED_BEFORE.test(before) ||
    PLANNED_BEFORE.test(before) ||
    (TO_BEFORE.test(before) &&
      !TIME_SPENT_BEFORE.test(before) &&
      isVerbWithObject(text.slice(start, end), after)) ||
    OTHERS_AFTER.test(after) ||
    THING_AFTER.test(after) ||
    MENTION_BEFORE.test(before) ||
    sentencesHave(draft, field, "notBilled", k, last) ||
    sentencesHave(draft, field, "otherParty", k - OTHER_PARTY_REACH, last);
  const billingNearby = () => {
    const previous = k > 0 ? sentences[k - 1]! : undefined;
    const colon =
      previous !== undefined &&
      /:\s*$/.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end));
    const introduced =
      colon ||
      (previous !== undefined &&
        POINTS_BACK.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40))));
    // A short lead-in ("The corrected narrative reads:") introduces what the sentence before it
    // was about: the reach goes back one more.
    const from =
      colon && previous!.end - previous!.start <= SHORT_LEAD_IN ? k - 2 : introduced ? k - 1 : k;
    return sentencesHave(draft, field, "billing", from, last);
  };
  // A sum or hours in the sentence make it a fee statement whatever rules it cites ("The fixed fee of
  // £42,000 covers the periodic reviews of file the panel terms require").
  const timeOrMoneyNearby = () => sentencesHave(draft, field, "timeOrMoney", k, last);
  const aboutRules = () =>
    sentencesHave(draft, field, "guideline", k, last) && !timeOrMoneyNearby();
  return { notOurs, billingNearby, aboutRules, timeOrMoneyNearby };
}

/**
 * Whether [start, end) stands in a discussion of another party's costs (a bill of costs, a costs
 * schedule being challenged) within the few sentences before it.
 */
export function otherPartyCostsAt(
  draft: AnalysedDraft,
  field: AnalysedField,
  start: number,
  end: number,
): boolean {
  const sentences = sentencesOf(draft, field);
  if (sentences.length === 0) return false;
  const k = sentenceIndexAt(sentences, start);
  const last = sentenceIndexAt(sentences, Math.max(start, end - 1));
  return sentencesHave(draft, field, "otherParty", k - OTHER_PARTY_REACH, last);
}
