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
import { fieldKeys, linesOf, sentencesOf } from "./helpers";
import { CURRENCY_CODES } from "../text/currency-codes";

/**
 * Words that say the text is about the firm's billing: fees, invoices, time recorded. Only words
 * that carry that sense on their own (see WEAK_BILLING_WORD for the others). (Kept to words,
 * with the amounts apart: one alternation of words is what the engine scans fastest.)
 */
const BILLING_WORD =
  /\b(?:fees?|fee[- ]notes?|invoice[sd]?|invoicing|bill(?:s|ed|ing|able)?|pre-?bills?|charge[sd]?|charging|chargeable|disbursements?|time (?:spent|recorded|entries|entry|ledger|records?)|timesheets?|wip|work in progress|narratives?|hourly|retainer|(?:fees?|costs?|time|our|your) (?:estimates?|budgets?)|estimated (?:fees|costs|time|hours)|budgeted|our costs|plus vat|(?:the|our) work (?:done|carried out|undertaken|comprised|included|covered|consisted))\b/gi;
/**
 * Not billing after all: a landlord's "service charge", a "fixed charge" over assets (security),
 * criminal "charges", a "retainer letter", a "fee earner" (a person), land held in "fee simple";
 * "Bill" capitalised inside a sentence is a name or a
 * statute ("the Finance Bill"), and a bill of lading, exchange or sale is a document.
 */
const NOT_BILLING_WORD = /^(?:charge|retainer|bill|fee$)/i;
const NOT_BILLING_BEFORE =
  /(?:service|fixed|floating|legal|equitable|first|second|registered|criminal|murder|fraud|assault)\s$/i;
const NOT_BILLING_AFTER =
  /^[\s-](?:letter|over|on the|holder|register|certificate|sheet|of (?:lading|exchange|sale|rights|quantities)|earners?|simple|tail)\b/i;
/** A capitalised "Bill" not starting its sentence: a person or a statute. */
const NAME_OR_STATUTE_BEFORE = /[A-Za-z,;)]\s+$/;
/**
 * Words that are billing only where billing is already being discussed: "figure", "estimate",
 * "budget", "covers", "hours" alone are as often sales numbers, a surveyor's quote, an office
 * budget, a memo's scope or a span of time ("the memo covers our research", "after hours of
 * research"). They count when the sentence or one of the two before it has a word of
 * BILLING_WORD, an amount or a billed duration ("Our budget: … £68,000. The preparation figure
 * includes weekly internal conferences").
 */
const WEAK_BILLING_WORD =
  /\b(?:figures?|estimate[sd]?|budget(?:s|ed)?|cover(?:s|ed|ing)?|hours|total|costs?|includ(?:es?|ed|ing))\b/i;
/** How many sentences back a strong billing cue lends its sense to a weak one. */
const WEAK_REACH = 2;
/** An amount: "£4,200", "$ 300", "GBP 12,400", "900 EUR". */
const AMOUNT = new RegExp(
  "[$£€¥]\\s?\\d|\\b(?:" + CURRENCY_CODES + ")\\s?\\d|\\d\\s?(?:" + CURRENCY_CODES + ")\\b",
  "g",
);
/**
 * Hours put against work: "1.2h", "3 hours", "0.5 hrs". Not a deadline or a span of the day
 * ("within 48 hours", "in the next 2 hours", "every 4 hours", "24 hours a day"), nor a rough or
 * advised length of a journey or an event ("about 2 hours by train", "allow 3 hours", "under 2
 * hours each way"): time entries are exact. Minutes are how long a journey or a call takes more
 * often than time billed, and are left out.
 */
const DURATION = /\b\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?)\b/gi;
const DEADLINE_BEFORE =
  /\b(?:within|next|every|per|after|before|than|by|around|over|up to|at least|at most|each|about|roughly|approximately|approx\.?|nearly|almost|under|allow(?:ing)?|some|only|just|barely|likely|probably|perhaps|maybe|say)\s+(?:the\s+)?(?:next\s+|last\s+|first\s+|a good\s+|an extra\s+|a further\s+)?$/i;
const SPAN_AFTER =
  /^\s*(?:a day|a week|notice|['’]s notice|of (?:the|each) day|each way|there and back|door to door|away|(?:by|on the) (?:car|train|road|rail|air|plane|taxi|bus|coach|ferry|tube)|(?:['’]s )?(?:drive|driving|journey|flight|walk|ride)|(?:or|to) (?:so|more|less|\d))\b/i;

/**
 * A statement that the work was not billed: "we did not bill", "no time has been charged",
 * "written off", "removed from the bill". ("without" only with a charge: "without prejudice" is
 * a label, not a negation.)
 */
const NOT_BILLED = new RegExp(
  [
    "\\b(?:not|cannot|never|no longer|nothing)\\b|n['’]t\\b",
    "\\bno (?:time|charges?|fees?|costs?|invoice|bill)\\b|\\bwithout (?:charge|charging|cost|billing|a fee|fees)\\b",
    "\\b(?:removed?|removing|deleted?|deleting|written off|writ(?:e|ing)[- ]off|wrote off|waived?|waiving",
    "struck (?:out|off)|taken (?:out|off)|took (?:out|off)|dropped|free of charge|at no (?:cost|charge)",
    "absorb(?:ed|ing)?|omitted|exclude[sd]?|excluding|disallow(?:s|ed)?|credited",
    // A narrative corrected: the old words are named to say they are gone.
    "re-?describ(?:e|ed|ing)|re-?word(?:ed|ing)?|re-?labell?(?:ed|ing)?|renamed|replaced)\\b",
    "\\b(?:non-?(?:billable|chargeable)|un(?:billable|chargeable)|reject(?:s|ed)?|refuse[sd]?|prohibit(?:s|ed)?|banned)\\b",
  ].join("|"),
  "gi",
);

/**
 * Another party's costs, discussed to be challenged or recovered: a bill of costs, a costs
 * schedule, points of dispute, what is claimed or recoverable, the other side's or the
 * claimant's (solicitors') costs. Not the firm's own billing, and not a time entry that only names
 * the other side's solicitors ("Call with claimant's solicitors re disclosure": round 16, such an
 * entry silenced the refused entries of the rows after it).
 */
const OTHER_PARTY_COSTS = new RegExp(
  [
    "\\b(?:bills? of costs|costs? schedules?|schedules? of costs|statements? of costs|costs? budgets?",
    "points of dispute|detailed assessment|costs? claim|recoverab(?:le|ility)|irrecoverable|claimed",
    "claims? (?:for )?(?:[$£€]|GBP|USD|EUR)|(?:(?:other|opposing) (?:side|party|parties)|opponents?)['’]?s? (?:costs|bill|fees|invoices?|schedule|claim)",
    "(?:claimant|defendant|respondent|applicant|appellant|plaintiff|petitioner)s?['’]s? (?:(?:solicitors|lawyers|attorneys|counsel)['’]?s? )?(?:costs|bill|fees|invoices?|schedule))\\b",
  ].join("|"),
  "gi",
);

/** Someone else's activity: "for your perusal", "Buyer's review of documents", "their research". */
const OTHERS_BEFORE =
  /(?:\b(?:your|their|his|her|its)|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]['’]s|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]s['’])\s+(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff-]+\s+)?$/i;
/**
 * Round 21: a measure's possessive is no owner. "2.5 hours' travel time", "a day's research" are
 * the firm's own time, not "the buyers' review": the words before the unit are a quantity (a
 * number, "a few", "several"), and before that no owner of its own ("the expert's 3 hours'
 * travel time" stays someone else's).
 */
const MEASURE_POSSESSIVE_BEFORE =
  /\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)['’]s?\s+(?:[A-Za-z-]+\s+)?$/i;
/** One word of a quantity, last first: "2.5", "two", "a few", "a couple of", "several". */
const QUANTITY_WORD_BEFORE =
  /(?:^|\s)(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|few|couple|of|several|some|many|extra|further|additional|half|good|full|whole|another)\s+$/i;
function isMeasurePossessive(before: string): boolean {
  const m = MEASURE_POSSESSIVE_BEFORE.exec(before);
  if (!m) return false;
  let rest = before.slice(0, m.index);
  let quantity = false;
  for (let q = QUANTITY_WORD_BEFORE.exec(rest); q; q = QUANTITY_WORD_BEFORE.exec(rest)) {
    rest = `${rest.slice(0, q.index)} `;
    quantity = true;
  }
  // (Advice on time to set aside stays a plan: "you should leave a few hours' travel time".)
  return quantity && !OTHERS_BEFORE.test(rest) && !ADVISED_BEFORE.test(rest);
}
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
  /(?:\b(?:will|shall|would|should|could|can|may|might|must|please|let me|let us|let['’]s|going to|need to|needs to)|\b[a-z]+['’]ll)\s+(?:(?:also|then|now|first|further|carefully|quickly|briefly|again|not|just|still)\s+)?$/i;
/**
 * The work as the object of a light verb still to be done: "we will do a review of file",
 * "asked me to carry out the legal research", "let's have an internal conference", "to
 * schedule an internal conference". The modal or infinitive "to" comes first; "time spent to
 * carry out the review" is billed after all (TIME_SPENT_BEFORE).
 */
/**
 * Advice on time to set aside ("please allow travel time of about three hours", "you should
 * leave extra travel time"): a plan for the reader's day, not work billed.
 */
const ADVISED_BEFORE =
  /\b(?:please|you(?:['’]ll| will| should| may want to| might want to| need to| may need to)|do|best to|worth|suggest you|I(?:['’]d| would) (?:suggest you )?)\s+(?:allow|leave|factor in|set aside|build in|plan for|budget)\s+(?:for\s+)?(?:(?:some|enough|extra|plenty of|more|sufficient|additional|the|a little)\s+)?$/i;
const TIME_SPENT_TO_DO_BEFORE =
  /\b(?:spent|taken|took|needed|required|hours?|time)\s+(?:[\w-]+\s+){0,2}to\s+[a-z ]*$/i;
const PLANNED_LIGHT_VERB_BEFORE =
  /\b(?:will|shall|would|should|could|can|may|might|must|please|let me|let us|let['’]s|going to|need to|needs to|to)\s+(?:(?:also|then|now|first|further|again|not)\s+)?(?:do|carry out|undertake|conduct|complete|perform|have|hold|arrange|schedule|book|set up|organi[sz]e|start|begin|finish)\s+(?:a|an|the|our|some|any|this|that|your|another|one|two|three|further|full|quick|brief|short)?\s*(?:(?:quick|brief|short|full|further|detailed|final|first|second|proper)\s+)?$/i;

/** "the administrative tasks on your side", "… of their team". */
const OTHERS_AFTER =
  /^\s+(?:(?:on|at) (?:your|their|his|her) (?:side|end)|of (?:your|their|his|her))\b/i;
/** At another organisation, named: "an internal discussion at Tejo", "a review of file at HMRC". */
const AT_ANOTHER_AFTER = /^\s+(?:at|within|inside)\s+(?!The\b|Our\b)[A-Z][A-Za-z&'’-]+/;

/**
 * The words name a thing, not work done: "research paper", "file management system", "review
 * of documents clause".
 */
const THING_AFTER =
  /^[\s)]*(?:papers?|materials?|slides?|decks?|manuals?|modules?|courses?|reports?|articles?|stud(?:y|ies)|publications?|journals?|teams?|departments?|units?|centres?|centers?|institutes?|councils?|funds?|grants?|projects?|programmes?|programs?|assistants?|fellows?|facilit(?:y|ies)|systems?|software|tools?|databases?|platforms?|polic(?:y|ies)|clauses?|provisions?|process(?:es)?|procedures?|obligations?|rights?|periods?|budget|expenses?|costs?|disbursements?|fares?|tickets?|arrangements?|insurance|restrictions?)\b/i;

/**
 * Round 27: a reading verb's -ing or -ed form ends the words ("Perusing", "Reviewed",
 * "Considering"): a document after it is what was read ("Perusing policy wording", "Reviewed
 * papers"), the entry itself, not a noun the words qualify as in "research paper" or "travel
 * policy". Not after a determiner ("the reviewed papers" is a thing). "Reading" and "checking"
 * are left out: "reading materials", "checking account" are compounds.
 */
const READING_FORM_END =
  /(?:^|[^A-Za-z])(?:perus|review|consider|examin|scrutini[sz]|analy[sz]|inspect|stud(?:y|i))(?:ing|e?d)$/i;
const READ_DOCUMENT_AFTER =
  /^[\s)]*(?:papers?|materials?|slides?|decks?|manuals?|reports?|articles?|stud(?:y|ies)|publications?|journals?|polic(?:y|ies)|clauses?|provisions?|procedures?)\b/i;
const DETERMINED_BEFORE = /\b(?:the|a|an|our|your|their|its|this|that|his|her|my)\s+$/i;

/** Whether the words at [start, end) name what they qualify ("research paper"), not work done. */
function namesAThing(phrase: string, before: string, after: string): boolean {
  if (!THING_AFTER.test(after)) return false;
  return !(
    READING_FORM_END.test(phrase) &&
    READ_DOCUMENT_AFTER.test(after) &&
    !DETERMINED_BEFORE.test(before)
  );
}

/** A sentence that starts by pointing back at the one before: "That includes …", "It covers …". */
const POINTS_BACK =
  /^\s*(?:(?:the )?(?:bulk|most|majority|rest|remainder|balance|part|half|much|some|all) of (?:that|this|it|these|those|them)\b|that|this|it|these|those|they|which|the (?:amount|total|sum|figure|fee|invoice|bill)|the (?:main |principal |key |largest |biggest |other |remaining )?(?:items?|entries|charges|tasks|activities|work))\b/i;

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
 * In prose, words after the phrase that make it name a thing of the firm's working day rather
 * than work billed ("internal conference notes", "the document management provider"). Prose
 * only: an entry "Review of file notes 0.3" is still an entry.
 */
const PROSE_THING_AFTER =
  /^[\s)]*(?:notes|minutes|rooms?|providers?|vendors?|suppliers?|licen[cs]es?|subscriptions?|solutions?|suites?|portals?|apps?|agendas?|invit(?:ation|e)s?|venues?|dinners?|drinks)\b/i;
/**
 * The words as an event being arranged: "the internal conference on 12 June has been moved",
 * "the travel is booked". A meeting or a trip put in the diary is not yet work billed.
 */
const SCHEDULING =
  /\b(?:re-?scheduled?|re-?arranged?|postponed?|cancell?ed|moved|brought forward|pushed back|put back|booked|diarised|diarized|(?:will|is to|is going to) take place|scheduled|set for|fixed for|confirmed for)\b/i;
/** The phrase in quotation marks: named ("you asked whether “review of file” could appear"). */
const OPENING_QUOTE = /["“‘'«]\s*$/;
const CLOSING_QUOTE = /^\s*["”’'»]/;

/**
 * Time or money put against work: a duration, an amount, "time", "charged". A single word
 * standing for a longer entry ("travelling" for "Travel time") bills only beside one.
 */
const TIME_OR_MONEY =
  /\b(?:\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?|min(?:ute)?s?|units?)|hours|charged|billed|recorded)\b|[$£€]\s?\d/gi;

type CueKind =
  | "scheduling"
  | "billing"
  | "weakBilling"
  | "notBilled"
  | "otherParty"
  | "guideline"
  | "timeOrMoney";

/** The memo keys of each kind's cue map per field, made once. */
const CUE_KEYS: Readonly<Record<CueKind, ReturnType<typeof fieldKeys>>> = {
  billing: fieldKeys("billing-cues:billing"),
  weakBilling: fieldKeys("billing-cues:weakBilling"),
  scheduling: fieldKeys("billing-cues:scheduling"),
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
    if (
      /^Bill/.test(word) &&
      NAME_OR_STATUTE_BEFORE.test(text.slice(Math.max(0, start - 4), start))
    )
      return false;
    return !(
      NOT_BILLING_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
      NOT_BILLING_AFTER.test(text.slice(end, end + 16))
    );
  });
  if (words.length > 0) return true;
  AMOUNT.lastIndex = 0;
  if (AMOUNT.test(text)) return true;
  const durations = offsetsOf(text, DURATION, (start, found) => {
    const end = start + found.length;
    return !(
      DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      SPAN_AFTER.test(text.slice(end, end + 16))
    );
  });
  return durations.length > 0;
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

const CUE_TESTS: Readonly<Record<CueKind, (text: string) => boolean>> = {
  billing: hasBillingWord,
  weakBilling: (text) => WEAK_BILLING_WORD.test(text),
  scheduling: (text) => SCHEDULING.test(text),
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

/**
 * Round 17: a row of a time table, in plain text, pipes, tabs or HTML cells (which arrive as a
 * line of cells): a short line that does not end as a sentence, led by a bullet, a pipe or a
 * figure, or holding cells, or ending in a figure ("09/10 Considering claimant's bill of costs
 * 1.2", "| 09/10 | … | 1.2 |"). A row is its own entry: a cue in one row does not govern the next.
 */
const ROW = /^\s*[-•*|\d]|[|\t]|\d\s*\|?\s*$/;

/**
 * Whether another party's costs are discussed in the sentences from OTHER_PARTY_REACH before
 * sentence `k` to `last`, leaving out the rows above a hit that stands in a row of its own.
 */
function otherPartyNear(
  draft: AnalysedDraft,
  field: AnalysedField,
  k: number,
  last: number,
): boolean {
  const sentences = sentencesOf(draft, field);
  const lines = linesOf(draft, field);
  const own = lines.lineAt(sentences[k]!.start);
  const isRow = (at: number) => {
    const row = field.scan.slice(lines.lineAt(at).start, lines.lineAt(at).end);
    return row.length <= 200 && ROW.test(row) && !/[.!?:]["'”’)]?\s*$/.test(row);
  };
  for (let j = Math.max(0, k - OTHER_PARTY_REACH); j <= last; j++) {
    const at = sentences[j]!.start;
    if (
      sentenceHas(draft, field, "otherParty", j) &&
      !(at < own.start && isRow(own.start) && isRow(at))
    )
      return true;
  }
  return false;
}

/** Words of a sentence that points at an entry: "the entry for 3 November", "item 4", "12/10". */
const ENTRY_POINTER =
  /\b(?:entr(?:y|ies)|items?|lines?|descriptions?|narratives?|wording|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\d{1,2}\/\d{1,2})\b/i;

/** Whether the draft's subject names a bill, a fee note, time entries or the like. */
function subjectIsBilling(draft: AnalysedDraft): boolean {
  return draft.memo("billing-cues:subject", () => hasBillingWord(draft.subject.scan));
}

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
  /**
   * In prose, the words are named or asked about rather than billed: the sentence is a question
   * ("could you confirm whether travel time is chargeable?"), the words stand in quotation marks
   * ("you asked whether “review of file” could appear"), they name a thing ("internal
   * conference notes"), or an event is being arranged ("the internal conference on 12 June has
   * been moved"); a question, a quotation or an arrangement unless the sentence puts time or money
   * against the words. An entry line is never asked this.
   */
  namedOrAsked(): boolean;
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
      namedOrAsked: () => false,
    };
  const k = sentenceIndexAt(sentences, start);
  const sentence = sentences[k]!;
  // A phrase wrapped over a sentence break belongs to every sentence it touches.
  const last = sentenceIndexAt(sentences, Math.max(start, end - 1));
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const after = text.slice(end, end + 40);
  const notOurs =
    (OTHERS_BEFORE.test(before) && !isMeasurePossessive(before)) ||
    NEGATED_BEFORE.test(before) ||
    PLANNED_BEFORE.test(before) ||
    ADVISED_BEFORE.test(before) ||
    (PLANNED_LIGHT_VERB_BEFORE.test(before) && !TIME_SPENT_TO_DO_BEFORE.test(before)) ||
    (TO_BEFORE.test(before) &&
      !TIME_SPENT_BEFORE.test(before) &&
      isVerbWithObject(text.slice(start, end), after)) ||
    OTHERS_AFTER.test(after) ||
    AT_ANOTHER_AFTER.test(after) ||
    namesAThing(text.slice(start, end), before, after) ||
    MENTION_BEFORE.test(before) ||
    sentencesHave(draft, field, "notBilled", k, last) ||
    otherPartyNear(draft, field, k, last);
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
    if (sentencesHave(draft, field, "billing", from, last)) return true;
    // A draft whose subject is a bill ("Invoice 4471", "Fee note – March", "Pre-bill for
    // review") is about billing throughout: "The entry for 3 November is: File review …".
    // Only where the sentence itself points at an entry, a date or a figure: "Now that we have
    // reviewed the file in full, we are comfortable …" under that subject is advice.
    if (
      field.field === "body" &&
      subjectIsBilling(draft) &&
      (ENTRY_POINTER.test(text.slice(sentence.start, sentence.end)) ||
        sentencesHave(draft, field, "weakBilling", k, last))
    )
      return true;
    return (
      sentencesHave(draft, field, "weakBilling", k, last) &&
      sentencesHave(draft, field, "billing", k - WEAK_REACH, last)
    );
  };
  // A sum or hours in the sentence make it a fee statement whatever rules it cites ("The fixed fee of
  // £42,000 covers the periodic reviews of file the panel terms require").
  const timeOrMoneyNearby = () => sentencesHave(draft, field, "timeOrMoney", k, last);
  const aboutRules = () =>
    sentencesHave(draft, field, "guideline", k, last) && !timeOrMoneyNearby();
  const namedOrAsked = () => {
    const lastSentence = sentences[last]!;
    const ending = text.slice(Math.max(lastSentence.start, lastSentence.end - 6), lastSentence.end);
    const quoted =
      OPENING_QUOTE.test(text.slice(Math.max(0, start - 3), start)) &&
      CLOSING_QUOTE.test(text.slice(end, end + 3));
    if (PROSE_THING_AFTER.test(after)) return true;
    const arranged = sentencesHave(draft, field, "scheduling", k, last);
    return (/\?["'”’)]?\s*$/.test(ending) || quoted || arranged) && !timeOrMoneyNearby();
  };
  return { notOurs, billingNearby, aboutRules, timeOrMoneyNearby, namedOrAsked };
}

/**
 * Words that refuse billing itself, not a detail of its format ("Proposed narratives (no time
 * shown):" is a bill): the work is not billable or chargeable, excluded, overhead, written off,
 * free, or something "cannot / will not / may not be billed".
 */
const REFUSING =
  /\b(?:non-?(?:billable|chargeable|recoverable)|un(?:billable|chargeable|recoverable)|not (?:be )?(?:billable|chargeable|billed|charged|invoiced|recoverable|payable|included|covered|permitted|allowed)|(?:cannot|can['’]t|won['’]t|will not|do not|don['’]t|never|may not|must not|should not|shall not|not to) (?:be )?(?:bill|charge|invoice|pay|accept|permit|allow)\w*|exclu(?:ded|des?|ding|sions?)|overheads?|written off|write[- ]offs?|disallow(?:ed|s)?|prohibited|banned|refused|rejected|at no (?:cost|charge)|free of charge|no charge|waived)\b/i;

/**
 * Whether a line introducing a list says its items are not billed or are the client's rules:
 * "Excluded from the estimate:", "Your guidelines list the following as non-billable:", "Items
 * we cannot bill:", "Treated as overhead:". Its items name refused work; they do not bill it.
 */
export function refusesBilling(text: string): boolean {
  return REFUSING.test(text);
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
  return otherPartyNear(draft, field, k, last);
}
