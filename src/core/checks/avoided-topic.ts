import type { AnalysedDraft, AnalysedField } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import {
  fieldOf,
  hitEvidence,
  textFields,
  isInsideUrl,
  sentencesOf,
  spanAt,
  spanIndexAt,
  type TermHit,
  type TextFieldName,
} from "./helpers";
import { LETTER_CLASS, TermMatcher, isUpperCaseAt } from "../text";
import { senseOfTopic } from "../profile-annotations";
import { findProfileTerms } from "./profile-terms";
import { cueBeside, familyOf, sameStem, stem } from "./topic-families";
import { isAnotherSport } from "./topic-world";
import { namesTopic, notesHappeningPlaces, notesTerms, PROTEST_ACT } from "./topic-notes";
import { lookAlike, readNotes, STOP, type NotesReading } from "./topic-clauses";
import { matterKinds } from "./matter-reading";
import {
  ALLUSIONS,
  ALLUSION_NOUN_SET,
  guardHolds,
  HAPPENING_VERBS,
  topicSpec,
  topicTerms,
  type Concept,
  type TermRole,
  type TopicSpec,
  type TopicTerm,
} from "./topic-senses";

export const meta: CheckMeta = {
  id: "avoided-topic",
  category: "social",
  defaultSeverity: "warning",
  description: "Mentions a topic the client asked the firm to avoid.",
  messages: {
    topic:
      '{{who}} asked not to discuss {{topic}}, and this {{item}} mentions "{{text}}" in the {{field}}. Consider leaving it out.',
  },
  fixable: false,
};

export { expandTopics } from "./profile-terms";
export { CONCEPTS, topicSpec } from "./topic-senses";

/** A word of a noun phrase, an "of" phrase after a hit, an indefinite article before one. */
const PHRASE_WORD = new RegExp(`^[${LETTER_CLASS}\\d'’-]+$`);
/** "closure of the data room", "the lawsuit against Brenner": a phrase naming which one. */
const OF_PHRASE = new RegExp(
  `^\\s+(?:of|against|involving|between|under|with|before)\\s+(?:the\\s+|a\\s+|an\\s+)?([${LETTER_CLASS}\\d'’-]+)`,
);
const INDEFINITE = new RegExp(
  `(?:^|[^${LETTER_CLASS}])(?:a|an|any|each|every|no)\\s+(?:[${LETTER_CLASS}'’-]+\\s+){0,2}$`,
  "i",
);

/** What may stand between two words of one mention: "the rugby match", "a day at Twickenham". */
const SAME_MENTION_GAP = /^[ \t-]*(?:(?:at|in|on|v|vs|the)[ \t]+)*$/i;

/** How much text either side of a hit its sense is read from. */
const CONTEXT = 48;

/**
 * Round 21 (h20 diagnosis, P1): the client's own happening, marked as coming back: "walk out
 * again", "ballot again", "another walkout", "a second independence referendum", "like last
 * autumn". A recurrence names the event the client lived through, not the generic category a
 * clause lists, so it passes the guards that keep legal work quiet ("if the crew walk out again
 * like last autumn, we'll cover it in the force majeure drafting" still raises it). The marker must
 * touch the hit: "another" or "a second" at most one word before it, "again" right after it (or
 * after a short place or time: "out on the lines again") or in the hit's own words ("out again
 * over pay"). Another thing's recurrence ("another clause on strikes", "we checked the clause
 * again") is not the hit's.
 */
const RECUR_BEFORE =
  /\b(?:another|a\s+(?:second|third|fresh|further|repeat\s+of\s+the|rerun\s+of\s+the))\s+(?:[A-Za-z][A-Za-z'’-]*\s+)?$/i;
const RECUR_AFTER =
  /^\s+(?:(?:in|on|at|over|this|next|by|before|after)\s+[A-Za-z0-9'’-]+\s+(?:[A-Za-z0-9'’-]+\s+)?)?again\b|^\s+like\s+(?:last|the\s+last)\s+(?:time|year|autumn|spring|summer|winter|month|week|season)\b/i;
/**
 * "again" with no object after it: the workforce's own verb coming back ("ballot again in the
 * spring", "strike again"), not "strike again at the clause". Only this lets a judged term pass
 * its cue test and a verb pass the guard before it: "another ballot of the members" is a vote.
 */
const AGAIN_INTRANSITIVE = /^\s+again\b(?!\s+(?:at|on|the|a|an|with|against|for)\b)/i;
const AGAIN = /\bagain\b/i;
/**
 * A verb of a document right before the hit: an "again" after it is the document's ("the clause
 * lists strikes again", "it covers strikes again"), not the happening's.
 */
const DOCUMENT_VERB_BEFORE =
  /\b(?:lists?|listed|listing|covers?|covered|covering|includes?|included|including|excludes?|excluded|excluding|defines?|defined|mentions?|mentioned|names?|named|refers?\s+to|referred\s+to|deals?\s+with|dealt\s+with|carves?\s+out|carved\s+out)\s+(?:[A-Za-z'’-]+\s+)?$/i;
function recursAfter(written: string, after: string): boolean {
  return AGAIN.test(written) || AGAIN_INTRANSITIVE.test(after);
}
function recurs(written: string, before: string, after: string): boolean {
  if (AGAIN.test(written)) return true;
  // "a second election of directors", "another ballot of the members": an of-phrase names another.
  if (OF_PHRASE.test(after)) return false;
  return (
    RECUR_BEFORE.test(before) || (RECUR_AFTER.test(after) && !DOCUMENT_VERB_BEFORE.test(before))
  );
}
/**
 * Round 23 (the lead's decision on h21's M1; h17-042, h19-039, h21-007): a DEFINITE, CURRENT
 * instance of the event named as the premise of advice is raised even inside legal work: "Given
 * the crew union's ballot for strike action next week, I'd suggest we invoke the force majeure
 * clause", "with the drivers walking off the job on Friday, … the emergency-cover clause". Only
 * for happenings around the client that clauses list as categories (not a person's health, a
 * deal or proceeding that is itself the work, a subject area).
 */
const LIVE_EVENTS = new Set(
  "strike election recall layoffs closure spill incident accident pandemic war".split(" "),
);
/** Determiners: one event ("the", "this"), a possessive one, a category or a hypothetical one. */
const DEFINITE = new Set("the this that these those".split(" "));
const POSSESSIVE = new Set("their its our your his her".split(" "));
const GENERIC = new Set("a an any each every no all some such other".split(" "));
/** A moment touching the hit, in its clause: "on Friday", "next week", "before Christmas". */
const MOMENT_AFTER =
  /^[^,;:.!?()]{0,40}?\b(?:(?:on|this|next|by|before|from|until|over|last)\s+(?:[MTWFS][a-z]+day|weekend|week|month|morning|afternoon|evening|Christmas|Easter)|today|tomorrow|tonight|currently|ongoing|under\s*way)\b/;
/** …or before its noun: "Friday's strike", "the ongoing dispute", "the planned walkout". */
const MOMENT_BEFORE =
  /\b(?:[A-Z][a-z]+day['’]s|today['’]s|ongoing|current|planned|threatened|imminent)\s+(?:[A-Za-z'’-]+\s+)?$/;
/** A progressive's auxiliary or subject: "are balloting", "the drivers walking out". */
const PROGRESSIVE_SUBJECT = /\b(?:are|is|were|was|still|now|currently|[a-z]+ers|crews?|staff)\s+$/;
/** A conditional opening the hit's clause: "if there were a strike". */
const HYPOTHETICAL =
  /\b(?:if|unless|whether|in\s+(?:the\s+event|case)|suppos\w+|assuming)\b[^,;:.!?()]*$/i;
/** An article made the premise: "Given the strike, …", "with the walkout", "following the ballot". */
const PREMISE_FRAME =
  /\b(?:given|with|because\s+of|due\s+to|owing\s+to|following|ahead\s+of|now\s+that|amid|in\s+(?:light|view)\s+of)\s+(?:the|this|that|these|those)\s+(?:[A-Za-z'’-]+\s+){0,3}$/i;
/** The hit as the object of the work: "the notice relies on the strike", "para. 14 on strikes". */
const OBJECT_OF_WORK =
  /\b(?:rel(?:y|ies|ied|ying)\s+on|cit(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|(?:para|clause|section|note)\S*\s+[\d.()]*\s*on)\s+(?:[A-Za-z'’-]+\s+){0,3}$/i;
/** In a list of the category: "strikes, lock-outs and other industrial action". */
const IN_A_LIST =
  /^\s*(?:,\s*(?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+\s*(?:,|\b(?:and|or)\b)|\s(?:and|or)\s+(?:other|any|similar)\b)/i;
/** A verb before the hit ends its phrase ("the clause excludes"), as do words of PHRASE_START. */
const MODAL =
  /^(?:will|would|shall|should|can|could|may|might|must|do|does|did|not|which|who|when|while|if|because|until|unless|so|but|still|now|then|next|last|today|tomorrow|tonight|off|out|up|down|back|again|ahead)$/;

/**
 * Whether the hit is one live instance, not the category, a hypothetical or another thing's name
 * ("the strike clause", "the redundancies wage cap": a lower-case word after it that is no
 * function word or verb form makes it a modifier). Any one of: a possessive or a name in its
 * phrase ("their walkout", "the crew union's ballot", "the RMT ballot"), an article in a premise
 * frame, a moment touching it, or a progressive with its subject ("the crew are balloting").
 */
function isLiveInstance(written: string, before: string, after: string): boolean {
  const next = /^\s+([a-z][a-z'’-]*)/.exec(after)?.[1];
  if (
    HYPOTHETICAL.test(before) ||
    DOCUMENT_NOUN_AFTER.test(after) ||
    (next && !PHRASE_START.has(next) && !MODAL.test(next) && !/(?:s|ed|ing|ly|en)$/.test(next)) ||
    OBJECT_OF_WORK.test(before) ||
    DOCUMENT_VERB_BEFORE.test(before) ||
    IN_A_LIST.test(after) ||
    /(?:,|\b(?:and|or))\s*$/.test(before)
  )
    return false;
  // The phrase before the hit, nearest word first, to a word that ends it.
  const tokens = before.split(/\s+/).reverse();
  if (tokens[0] === "") tokens.shift();
  const words: string[] = [];
  let start: string | undefined;
  for (const token of tokens.slice(0, 4)) {
    if (!/^[A-Za-z][A-Za-z'’-]*$/.test(token) || /^[a-z]+(?:ed|es)$/.test(token)) break;
    const lower = token.toLowerCase();
    if (PHRASE_START.has(lower) || GENERIC.has(lower)) {
      start = lower;
      break;
    }
    words.push(token);
  }
  const moment = MOMENT_BEFORE.test(before) || MOMENT_AFTER.test(after);
  if (start && GENERIC.has(start)) return moment;
  // (A sentence's first word is capitalised anyway, so it names nothing.)
  const named = words.some(
    (w, i) =>
      /['’]s?$/.test(w) || (/^[A-Z]/.test(w) && w !== "I" && (start || i < words.length - 1)),
  );
  return (
    named ||
    moment ||
    (start !== undefined && POSSESSIVE.has(start)) ||
    (start !== undefined && DEFINITE.has(start) && PREMISE_FRAME.test(before)) ||
    (/^[A-Za-z]+ing\b/.test(written) && PROGRESSIVE_SUBJECT.test(before))
  );
}

/** The happening itself, past the legal-work guards: coming back, or one live instance. */
function isTheHappening(
  concept: string | undefined,
  written: string,
  before: string,
  after: string,
): boolean {
  return (
    recurs(written, before, after) ||
    (LIVE_EVENTS.has(concept ?? "") && isLiveInstance(written, before, after))
  );
}
/** How far an allusion may be from the name it stands beside ("what happened at Kilcarra"). */
const ALLUSION_REACH = 40;
/** An allusion pointed at: "that business", "this whole saga", "that Dalwhinnie business". */
const POINTED_ALLUSION =
  /\b(?:that|this|the\s+whole|that\s+whole|this\s+whole|all\s+that|the\s+sorry)\s+(?:[A-Z][\w'’-]*\s+){0,2}$/i;
/** A lower-case word after the allusion noun that is no function word: "that Tarnbeck business unit". */
const NOUN_GOES_ON =
  /^\s+(?!(?:near|at|in|with|over|last|back|from|of|involving|around|on|is|was|were|are|has|had|have|and|but|or|still|that|which|who|to|for|again|really|will|would|could|might|must|should|may|can|did|does|do|this|these|behind|all|gets|got|went|seems|seemed|so|as|it|now|ever|then|before|after|during|since)\b)[a-z]/;

/** Modifiers that do not make it another one: "the recent strike", "last summer's recall". */
const SAME_ONE = new Set(
  (
    "last this recent ongoing current latest previous earlier whole entire big major huge " +
    "terrible awful sad unfortunate proposed planned failed so-called interim initial new old " +
    "public high-profile well-publicised well-publicized infamous year year's summer summer's " +
    "spring spring's autumn autumn's winter winter's month month's week week's fall fall's " +
    "today's yesterday's weekend's"
  ).split(" "),
);
/** Words that end the noun phrase before a hit: determiners, prepositions, conjunctions. */
const PHRASE_START = new Set(
  (
    "the a an this that these those our your their its his her my on in at of for with about " +
    "to from by and or since after before over under into as than how what is was are were " +
    "has have had be been being given re regarding following during despite amid"
  ).split(" "),
);

interface Role {
  spec: TopicSpec;
  role: TermRole;
  /** The concept whose senses judge this term (politics judges "election" as an election). */
  concept?: Concept;
  /** Round 26: a thing the notes' ban names, judged as the topic's term (topic-notes.ts). */
  banned?: { of?: string };
}

/**
 * Terms of this recipient's topics, lower-cased, with what each stands for; read-only. Kept for
 * the next evaluation with the same topics (a sports fan's list maps some 400 terms, made anew
 * for each recipient on every send), while topic-senses.ts still holds the same spec and terms
 * for each topic: what is kept is then what would be made, object for object.
 */
function rolesOf(topics: readonly string[]): ReadonlyMap<string, readonly Role[]> {
  const key = topics.join("\u0000");
  const kept = rolesCache.get(key);
  if (
    kept &&
    topics.every(
      (topic, i) => topicSpec(topic) === kept.specs[i] && topicTerms(topic) === kept.terms[i],
    )
  )
    return kept.roles;
  const made = makeRoles(topics);
  if (rolesCache.size >= MAX_CACHED_ROLES) rolesCache.clear();
  rolesCache.set(key, made);
  return made.roles;
}

interface KeptRoles {
  roles: ReadonlyMap<string, readonly Role[]>;
  /** The spec and the terms each topic's roles were made from, in the topics' order. */
  specs: readonly TopicSpec[];
  terms: readonly (readonly TopicTerm[])[];
}

const rolesCache = new Map<string, KeptRoles>();
const MAX_CACHED_ROLES = 100;

function makeRoles(topics: readonly string[]): KeptRoles {
  const roles = new Map<string, Role[]>();
  const specs: TopicSpec[] = [];
  const made: (readonly TopicTerm[])[] = [];
  for (const topic of topics) {
    const spec = topicSpec(topic);
    const terms = topicTerms(topic);
    specs.push(spec);
    made.push(terms);
    for (const { term, role, concept } of terms) {
      const key = term.toLowerCase();
      const entry: Role = concept ? { spec, role, concept } : { spec, role };
      const list = roles.get(key);
      if (list) list.push(entry);
      else roles.set(key, [entry]);
    }
  }
  return { roles, specs, terms: made };
}

/** Whether the words before a hit (in its noun phrase) name another one: "the distributor lawsuit". */
function namesAnother(before: string, after: string, spec: TopicSpec, written: string): boolean {
  const concept = spec.concept;
  const known = (word: string): boolean => {
    const lower = word.toLowerCase();
    const bare = lower.replace(/['’]s?$/, "");
    return (
      SAME_ONE.has(lower) ||
      SAME_ONE.has(bare) ||
      spec.names.some((n) => n.toLowerCase() === bare) ||
      spec.qualifiers.includes(bare) ||
      (concept?.kinds ?? []).includes(bare) ||
      /^\d+$/.test(bare)
    );
  };
  // A hit that opens with its own determiner ("the trial") starts its noun phrase.
  const words = /^(?:the|your|his|her|their|our|my)\s/i.test(written) ? [] : before.split(/\s+/);
  // The last element is what follows the final space: the gap right before the hit.
  if (words[words.length - 1] === "") words.pop();
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const word = words[i]!;
    if (!PHRASE_WORD.test(word)) break;
    if (PHRASE_START.has(word.toLowerCase())) break;
    if (!known(word)) return true;
  }
  // "Closure of the data room": an "of" phrase that names something else.
  const of = OF_PHRASE.exec(after);
  if (of && !known(of[1]!) && !spec.about.includes(of[1]!.toLowerCase())) return true;
  return false;
}

/** Text before a word that puts it inside a sentence: a word, a number or a comma, then spaces. */
const INSIDE_SENTENCE = new RegExp(`[${LETTER_CLASS}\\d,;)’'"]\\s+$`);

/**
 * A named topic's own common noun written with a capital inside a sentence ("the Fund's LPA",
 * "the Fund will invest" for a client who avoids "the Harland fund"): in legal drafting that is a
 * defined term, the entity of the document or deal at hand, not the one the client avoids. So is
 * a happening's noun ("the Merger will complete", "the Acquisition"); a subject area's words and
 * the names in a topic are capitalised as names ("Brexit", "the Premier League", "Meridian").
 */
function isDefinedTerm(spec: TopicSpec, written: string, before: string): boolean {
  if (!isUpperCaseAt(written, 0) || written === written.toUpperCase()) return false;
  if (spec.concept?.area || spec.names.some((name) => written.includes(name))) return false;
  // Names and acronyms of the concept itself: "Chapter 11", "WARN notice".
  const first = written.split(/\s/)[0]!;
  if (first.length > 1 && first === first.toUpperCase()) return false;
  const lower = written.toLowerCase();
  if (spec.concept?.capitalised?.some((t) => t.toLowerCase() === lower)) return false;
  // The first word of a sentence, a line or a heading is capitalised anyway.
  return INSIDE_SENTENCE.test(before);
}

/**
 * A subject area's word naming a law, a rule or a claim: "religion or belief discrimination",
 * "the Family and Medical Leave Act", "political donations legislation". That is the legal work.
 */
const LEGAL_NOUN_AFTER =
  /^\s+(?:Act|Acts|Regulations|Directive|Bill|Order|discrimination|legislation|exemption|exemptions|exception|exceptions|provisions?|grounds)\b|^\s+(?:[A-Z][\w'’&-]*\s+){0,2}(?:Holdings|Ltd|Limited|LLC|LLP|Inc|plc|PLC|Group|Corp|Corporation|GmbH|SA|AG|NV|BV|SE)\b/;

/**
 * The legal work itself beside a hit (within CONTEXT characters): a clause, a statute, a claim, a
 * remedy. A subject area named there (strikes in a notice requirement, health in a disability
 * claim) is advice the client asked for, not small talk; a remark a sentence away is not.
 */
const LEGAL_NEAR =
  /\b(?:clause|clauses|sub-clause|section\s+\d|s\.\s?\d|schedule\s+\d|paragraph\s+\d|statutory|statute|unlawful|lawful|lawfully|injunction|indemnity|indemnities|warranty|warranties|force\s+majeure|liable|liability|tribunal|claimant|respondent|plaintiff|defendant|damages|pleading|pleadings|particulars\s+of\s+claim|TULRCA|ERISA|FMLA|Title\s+VII)\b/i;
/** "the Act", "the Regulations": capitalised, a statute ("the act of voting" is not). */
const STATUTE_NEAR = /\b(?:the|this|that)\s+(?:Act|Regulations|Directive)\b/;

/**
 * The words of legal work, across practice areas: a paragraph holding three of them (or a
 * numbered reference and one) is advice, and a topic named in it is the matter, not small talk
 * ("the notice relies on the industrial action …; Section 19.1 lists strikes"; "the elections
 * must be signed within 14 days … filed with HMRC").
 */
const LEGAL_WORDS =
  /\b(?:agreement|agreements|contract|contracts|clause|clauses|warranty|warranties|indemnity|indemnities|liability|liabilities|breach|termination|notice|notices|consent|obligations?|covenants?|condition\s+precedent|executed|signatories|counterparty|claim|claims|court|tribunal|award|arbitral|pleading|pleadings|disclosure|disclosed|witness|hearing|judgment|judgement|appeal|injunction|damages|settlement|statute|statutory|regulations?|regulator|regulatory|guidance|compliance|exemption|licence|license|filing|filed|HMRC|IRS|SEC|FCA|CMA|FOIA|tax|taxes|duty|VAT|relief|customs|tariff|declaration|consultation|dismissals?|employer|employees|representatives|facility|lenders?|borrower|security|pledge|default|enforcement|debt|escrow|deadline|counsel|schedule|annex|exhibit|draft|wording|provision|provisions)\b/gi;
/**
 * Also as drafters abbreviate them: "cl. 8.2", "para. 14", "Sch. 3", "art 6", "reg. 4". Round 29
 * (analysis-h27 H): a US code cited as a code, as "X Act" is: a named code with its number
 * ("Idaho Code 63-1311", "Tax Code sec. 12"), an abbreviated code ("Cal. Civ. Code", "Tex. Bus. &
 * Com. Code"), a code of the law's kinds ("the Penal Code", "the Uniform Commercial Code"), and the
 * federal titles ("26 U.S.C. § 501(c)(3)", "40 C.F.R. Part 60"). Not a code of conduct, a dress
 * code or a discount code.
 */
const NUMBERED_REFERENCE =
  /\b(?:section|clause|schedule|paragraph|para|article|annex|appendix|exhibit|regulation|rule|part)\s+\d|\b(?:cl|cll|paras?|sch|art|reg|regs)\.?\s*\d|\bs\.\s?\d|§\s?\d|\b[A-Z][A-Za-z]+\s+Act\b|\bAct\s+\d{4}\b|\b[A-Z]{3,6}\s+(?:19|20)\d{2}\b|\b[A-Z][A-Za-z]+\s+Code\s+(?:\d|[Ss]ec(?:tion|\.)|[Tt]it(?:le|\.)|[Cc]h(?:apter|\.)|[Aa]rt(?:icle|\.))|\b[A-Z][a-z]{1,5}\.\s+(?:&\s+)?(?:[A-Z][a-z]{1,5}\.\s+(?:&\s+)?){0,3}Code\b|\b(?:Civil|Penal|Tax|Labou?r|Commercial|Revenue|Family|Insurance|Government|Business|Probate|Vehicle|Corporations?|Evidence|Criminal|Building|Administrative|Municipal|Uniform\s+Commercial|Internal\s+Revenue|Bankruptcy)\s+Code\b|\b(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\b\.?|\b(?:USC|CFR)\s+(?:§|\d)/;

/**
 * Topics of a person's own life: a remark about them in a sentence with no legal words is small
 * talk, even between paragraphs of advice ("Now that your treatment is over, …").
 */
/**
 * After a relative's possessive, the estate or document a private client instructs us on: "your
 * father's estate", "her mother's will", "your late husband's pension" (see the family rule in
 * check()).
 */
const RELATIVE_MATTER_AFTER =
  /^(?:['’]s?)?\s+(?:(?:late|former|joint|sole|own)\s+)?(?:estate|will|wills|codicil|trust|trusts|probate|grant|LPA|lasting\s+power|power\s+of\s+attorney|deputyship|guardianship|tenancy|lease|property|house|flat|pension|shares|accounts?|tax\s+return|tax\s+affairs|death\s+certificate|executors?|trustees?|beneficiar(?:y|ies))\b/i;
const PERSONAL_CONCEPTS: ReadonlySet<string> = new Set(["health", "death", "divorce", "family"]);

/** Topics whose own vocabulary is legal work's: the sentence test cannot tell them apart. */
const LEGAL_CONCEPTS: ReadonlySet<string> = new Set(["lawsuit", "investigation"]);

/** Small talk in a sentence: wishes, sympathy, questions about how things went. */
const SOCIAL =
  /\b(?:hope|hoping|hopefully|sorry|glad|pleased|delighted|enjoy|enjoyed|congratulations|congrats|good\s+luck|fingers\s+crossed|best\s+wishes|thinking\s+of|did\s+you\s+see|what\s+a|how\s+(?:is|was|are|were|did|'s|’s)|must\s+(?:be|have\s+been)\s+(?:so|such|a|an|very|really|quite|hard|tough|difficult|exhausting|draining|stressful|lovely|great|nice|awful|terrible|relieved|pleased|glad|good|a\s+relief)\b|I\s+(?:see|saw|read|hear|heard|gather|noticed)|bet\s+you|tough|rough|exhausting|(?:a|such\s+a)\s+relief|shame|sad|great\s+to|lovely|can['’]t\s+believe|calmed\s+down|well\s+done|(?:great|good|bad|sad)\s+news|unlucky|commiserations|condolences|welcome\s+back|any\s+news|gutted|take\s+care|on\s+a\s+(?:personal|lighter)\s+note|(?:awful|terrible|dreadful|shocking|horrible|worrying|frightening)\s+(?:news|business|time|few\s+(?:days|weeks))|what\s+(?:did|do)\s+you\s+(?:make|think)\s+of|did\s+you\s+(?:catch|watch|follow)|(?:are|were)\s+you\s+(?:following|watching)|coping)\b|!/i;

/** Distinct legal words in `text`, counted up to `enough`. */
function legalWords(text: string, enough: number): number {
  const seen = new Set<string>();
  LEGAL_WORDS.lastIndex = 0;
  for (let m = LEGAL_WORDS.exec(text); m && seen.size < enough; m = LEGAL_WORDS.exec(text)) {
    seen.add(m[0].toLowerCase());
  }
  return seen.size;
}

/**
 * Whether a hit's sentence is the legal work: no small talk in it, and legal words in it (two, or
 * a numbered reference) or around it (four in it and the sentences either side).
 */
function isLegalSentence(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: number,
  ownOnly: boolean,
): boolean {
  const memo = draft.memo(
    `topic-legal-sentence:${field.field}:${ownOnly ? "own" : "around"}`,
    () => new Map<number, boolean>(),
  );
  let verdict = memo.get(sentence);
  if (verdict === undefined) {
    const sentences = sentencesOf(draft, field);
    const own = sentences[sentence];
    verdict = false;
    if (own) {
      const text = withCutReference(field.scan, sentences, sentence);
      if (!SOCIAL.test(text)) {
        if (doesLegalWork(text)) verdict = true;
        else if (!ownOnly) {
          const from = sentences[Math.max(0, sentence - 1)]!.start;
          const to = sentences[Math.min(sentences.length - 1, sentence + 1)]!.end;
          verdict = legalWords(field.scan.slice(from, Math.min(to, from + 1500)), 4) >= 4;
        }
      }
    }
    memo.set(sentence, verdict);
  }
  return verdict;
}

/**
 * Whether a lawsuit's or an investigation's sentence is legal work on it: no small talk, and two
 * legal words or a numbered reference outside the words of the hit itself (which are the law's).
 */
function isLawWorkSentence(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: number,
  hit: TermHit,
): boolean {
  const span = sentencesOf(draft, field)[sentence];
  if (!span) return false;
  const text =
    field.scan.slice(span.start, Math.max(span.start, hit.start)) +
    " " +
    field.scan.slice(Math.min(span.end, hit.end), span.end);
  return !SOCIAL.test(text) && doesLegalWork(text);
}

/**
 * The sentence's text, with its neighbour across a full stop that only abbreviates a reference:
 * "(cl." + " 8.2) applies" and "see para." + " 14 on strikes" are each one sentence of legal work.
 */
function withCutReference(
  scan: string,
  sentences: readonly { start: number; end: number }[],
  index: number,
): string {
  const own = sentences[index]!;
  const before = sentences[index - 1];
  const after = sentences[index + 1];
  let { start, end } = own;
  if (before && cutReference(scan.slice(before.start, before.end), scan, own.start)) {
    start = before.start;
  }
  if (after && cutReference(scan.slice(own.start, own.end), scan, after.start)) end = after.end;
  return scan.slice(start, end);
}
const CUT_REFERENCE_END = /\b(?:cl|cll|s|ss|para|paras|sch|art|reg|regs)\.\s*$/i;
/**
 * Round 29: a citation's abbreviations cut it too: "26 U.S.C." + " 501(c)(3) …", "40 C.F.R." +
 * " Part 60 …", "Tex. Bus." + " & Com." + " Code …".
 */
const CUT_CITATION_END = /(?:\bU\.\s?S\.\s?C|\bC\.\s?F\.\s?R|\b[A-Z][a-z]{1,5})\.\s*$/;
const CITATION_GOES_ON =
  /^\s*(?:\d|§|Part\s+\d|(?:&\s+)?(?:[A-Z][a-z]{1,5}\.\s+(?:&\s+)?){0,3}Code\b)/;

/** Whether a sentence ending `text` only abbreviates a reference that goes on at `next`. */
function cutReference(text: string, scan: string, next: number): boolean {
  const opening = scan.slice(next, next + 40);
  return (
    (CUT_REFERENCE_END.test(text) && /^\s*\d/.test(opening)) ||
    (CUT_CITATION_END.test(text) && CITATION_GOES_ON.test(opening))
  );
}

/** Two legal words, or a numbered reference ("clause 4.2", "s. 188"): text doing legal work. */
function doesLegalWork(text: string): boolean {
  return legalWords(text, 2) >= 2 || NUMBERED_REFERENCE.test(text);
}

/** A congress named by capitalised words that are not a country's: a conference. */
const NAMED_CONGRESS =
  /\b(?!US\b|U\.S\.|United\b|States\b|American\b|Continental\b|New\b|The\b)[A-Z][\w'’&-]*\s+Congress\b/;

/** Whether the draft names a conference called a Congress (then "the Congress" is that one). */
function namesACongress(draft: AnalysedDraft): boolean {
  return draft.memo("topic-named-congress", () =>
    [draft.subject, draft.location, draft.body].some((f) => NAMED_CONGRESS.test(f.scan)),
  );
}

/** Whether the words beside a hit, in its own sentence, are the legal work. */
function isLegalWork(before: string, after: string): boolean {
  const stop = /[.!?\n][^.!?\n]*$/.exec(before);
  const own = stop ? before.slice(stop.index + 1) : before;
  const end = /[.!?\n]/.exec(after);
  const rest = end ? after.slice(0, end.index) : after;
  return (
    LEGAL_NEAR.test(own) ||
    LEGAL_NEAR.test(rest) ||
    STATUTE_NEAR.test(own) ||
    STATUTE_NEAR.test(rest)
  );
}

/** A heading that is only the word: "Political:" over a list of risk factors. */
const HEADING_BEFORE = /(?:^|\n)[ \t]*(?:\(?[\divx]+[.)]\s*|[-•*–]\s*)?$/i;
const HEADING_AFTER = /^[ \t]*(?::|\n|$)/;
/** Inside a title: a quoted run of capitalised words, or after "titled", "entitled", "called". */
const TITLE_OPEN =
  /(?:["“‘]|\b(?:titled|entitled|headed|named|called)\s+["“‘]?)((?:[A-Z0-9][\w'’&:,-]*\s+){0,6})$/;
const TITLE_CLOSE = /^[\w'’&:,-]*(?:\s+(?:[A-Za-z0-9][\w'’&:,-]*)){0,6}["”’]/;

/** Whether a hit is a heading or part of a title of a work ("Sport and the City", "Faith Matters"). */
function isHeadingOrTitle(written: string, before: string, after: string): boolean {
  if (HEADING_BEFORE.test(before) && HEADING_AFTER.test(after)) return true;
  if (!isUpperCaseAt(written, 0)) return false;
  const open = TITLE_OPEN.exec(before);
  if (!open) return false;
  // A quoted title closes after it; "titled Politics Today" needs no quotes.
  return /titled|entitled|headed|named|called/i.test(open[0]) || TITLE_CLOSE.test(after);
}

/**
 * Idioms that use a topic's word of a person or a chance (eleventh round): "a good sport", "be a
 * sport" (a good loser, a willing helper); by lower-cased term, the words before it.
 * ("a sporting chance", "sportsmanlike" are other words and never match "sport".)
 */
const IDIOM_BEFORE: Readonly<Record<string, RegExp>> = {
  sport: /\b(?:(?:a|such\s+a|been\s+a|being\s+a)\s+(?:good|real|bad|poor)|be\s+a)\s+$/i,
};

/** Whether a hit reads in the topic's sense, from the words around it. */
function inSense(
  concept: Concept | undefined,
  term: string,
  written: string,
  before: string,
  after: string,
): boolean {
  if (isHeadingOrTitle(written, before, after)) return false;
  // "house-hunting", "job-hunting": a compound's second half is another word.
  if (!concept) return !/[A-Za-z][-‐]$/.test(before);
  const lower = term.toLowerCase();
  if (IDIOM_BEFORE[lower]?.test(before)) return false;
  // "the Senate", "the Guardian": the capital is the name's, after its article.
  if (
    concept.capitalised?.some((t) => t.toLowerCase() === lower) &&
    !isUpperCaseAt(written.replace(/^the\s+/i, ""), 0)
  ) {
    return false;
  }
  // A term judged by its instance sense, its concept's sense, or both (then either will do).
  const instance = concept.instanceSenses?.get(lower);
  const judged = concept.judged?.some((t) => t.toLowerCase() === lower) === true;
  if (instance || judged) {
    const accepted =
      (instance !== undefined && instance(before, after, term, written)) ||
      (judged && concept.sense?.(before, after, term, written) === true);
    if (!accepted && !recursAfter(written, after)) return false;
  }
  if (guardHolds(concept.notBefore, lower, before) && !AGAIN_INTRANSITIVE.test(after)) return false;
  if (guardHolds(concept.notAfter, lower, after)) return false;
  // "… Act", "… discrimination"; a company's name ("Brookline Athletics Holdings").
  if (LEGAL_NOUN_AFTER.test(after)) return false;
  if (isDocumentsWord(concept, lower, written, before, after)) return false;
  // "the rugby match on Saturday" for a client who avoids football.
  if (isAnotherSport(concept.id, term, `${before} ${after}`)) return false;
  return true;
}

/** Nouns of a document's parts and of an insurance policy: "the strike clause", "election form". */
const DOCUMENT_NOUN_AFTER =
  /^\s*(?:[-‐]\s*)?(?:clause|clauses|sub-clause|exclusion|exclusions|endorsement|endorsements|wording|definition|definitions|provision|provisions|mechanism|mechanisms|option|options|form|forms|template|templates|precedent|precedents|checklist|carve-?outs?|rider|riders|risk\s+(?:cover|insurance|exclusions?|policy|policies))\b/i;
/** The word talked about as a word: "the definition of strike", "the term 'election'". */
const WORD_AS_WORD_BEFORE =
  /\b(?:definition\s+of|meaning\s+of|defined\s+as|the\s+(?:term|terms|word|words|expression|phrase|heading))\s*["“‘']?$/i;
/** A definition: `"Strike" means`, `"Election" has the meaning`. */
const DEFINITION_AFTER =
  /^\s*["”’']\s*(?:\)\s*)?(?:means|shall\s+mean|has\s+the\s+meaning|includes|shall\s+include|is\s+defined)\b/i;
/** A clause's own heading: "clause 14.2 (Strikes)", "Schedule 3 – Political". */
const CLAUSE_HEADING_BEFORE =
  /\b(?:clause|section|paragraph|para|article|schedule|part|rule|regulation)\s+[\d.()a-z]+\s*(?:\(|[-–—:]\s*)["“]?$/i;
/** Words after a capitalised name that make it a place: "Church Road", "Temple Gardens". */
const PLACE_WORD_AFTER =
  /^\s+(?:Road|Rd|Street|St|Lane|Avenue|Ave|Hill|Park|Square|Green|Gardens|Place|Close|Way|Row|Court|House|Hall|Station|Estate|Bridge|Walk|Quay|Wharf|Crescent|Terrace|Drive|Village|Cross|End|Wood|Common|Heath|Fields?|Mews|Yard|Building|Tower|Centre|Center)\b/;
/** Two capitalised words right before a hit: a line in title case, not a sentence. */
const TITLE_CASE_BEFORE = /(?:^|\s)[A-Z][\w'’-]*:?\s+[A-Z][\w'’-]*\s+$/;
/** Offices and religious titles, written before the holder's name. */
const OFFICE_TITLE =
  /^(?:prime\s+minister|senator|congress(?:man|woman)|president|governor|mayor|chancellor|taoiseach|tánaiste|first\s+minister|minister|speaker|councillor|mp|mep|archbishop|bishop|rabbi|imam|pastor|reverend|cardinal|pope|vicar|father)$/;
/**
 * Capitalised words after a capitalised topic word that keep it the topic: a sporting, religious
 * or political institution ("Wentworth Golf Club", "the Catholic Church", "the Green Party").
 */
const INSTITUTION_AFTER =
  /^\s+(?:Club|Course|Cup|League|Championships?|Open|Tournament|Games|Stadium|Ground|Festival|Day|Final|Church|Cathedral|Chapel|Mass|Party|Parliament|Assembly|Government|Mubarak|Sunday|Eve)\b/;

/**
 * Whether a topic word is used in a document rather than about the topic: a clause or a policy's
 * part named by it ("the strike clause", "the political risk exclusion"), the word as a word or in
 * a definition, a clause's heading, a capitalised defined term or proper name inside a sentence
 * ("the Election Date", "Sports Direct"), or a place ("Church Road").
 */
function isDocumentsWord(
  concept: Concept,
  lower: string,
  written: string,
  before: string,
  after: string,
): boolean {
  if (DOCUMENT_NOUN_AFTER.test(after) || WORD_AS_WORD_BEFORE.test(before)) return true;
  if (DEFINITION_AFTER.test(after) || CLAUSE_HEADING_BEFORE.test(before)) return true;
  const bare = written.replace(/^the\s+/i, "");
  if (!isUpperCaseAt(bare, 0) || bare === bare.toUpperCase()) return false;
  if (PLACE_WORD_AFTER.test(after)) return true;
  // A word the concept writes with a capital anyway ("Parliament", "Premier League") is a name,
  // and an office before a person's name is the office-holder ("Senator Paul Wellstone").
  if (concept.capitalised?.some((t) => t.toLowerCase() === lower)) return false;
  if (OFFICE_TITLE.test(lower)) return false;
  // "a warehouse in Rugby", "the school at Church Stretton": a town that shares the word.
  if (
    concept.area === true &&
    INSIDE_SENTENCE.test(before) &&
    /\b(?:in|at|near|from|outside|around|via)\s+$/i.test(before) &&
    !concept.instanceSenses?.has(lower)
  ) {
    return true;
  }
  return (
    concept.area === true &&
    INSIDE_SENTENCE.test(before) &&
    // (A line in title case, "Re: Big Game Tonight", capitalises every word.)
    !TITLE_CASE_BEFORE.test(before) &&
    /^\s+[A-Z][a-z]/.test(after) &&
    !INSTITUTION_AFTER.test(after)
  );
}

/**
 * Whether a hit sits in the sign-off and signature lines (a firm's banner: "Proud partner of the
 * Premier League"): the firm's standing detail, not the author's remark. A postscript there
 * ("PS: did you see the match?") is still the author's.
 */
function inSignature(field: AnalysedField, at: number): boolean {
  if (field.field !== "body") return false;
  const span = spanAt(field.signOffs, at);
  if (!span) return false;
  const lineStart = field.scan.lastIndexOf("\n", at - 1) + 1;
  return !/^\s*P\.?\s?S\b/i.test(field.scan.slice(lineStart, at));
}

/**
 * Law-firm mail names its matter in the subject line ("CORV/0031 - redundancy programme:
 * consultation timetable", "Nordvik JV - disclosure letter: litigation"). A topic named there,
 * with no small talk in it, is the matter the client instructed us on: it is the work, and only a
 * sentence of small talk about it elsewhere ("sorry the strike has dragged on") is the topic.
 */
function isMatterSubject(draft: AnalysedDraft): boolean {
  return draft.memo("topic-matter-subject", () => {
    const subject = draft.subject.scan;
    return !SOCIAL.test(subject) && (MATTER_WORDS.test(subject) || legalWords(subject, 1) >= 1);
  });
}
/**
 * Round 29: where the notes permit the topic as the firm's own work on it ("unless it is the
 * matter we are working on"), a subject line that names the topic is that work ("Kvitfjell
 * collapse - insurer's reservation of rights") unless it is small talk or news ("Saw the news
 * on the collapse", "Press coverage: the collapse").
 */
function isWorkSubject(draft: AnalysedDraft): boolean {
  const subject = draft.subject.scan;
  return !SOCIAL.test(subject) && !ASIDE.test(subject) && !NEWS_SUBJECT.test(subject);
}
const NEWS_SUBJECT =
  /\b(?:news|headlines?|articles?|story|stories|press|papers?|media|reports?\s+(?:in|on|from)\s+the|(?:one|a|two|five|ten)\s+years?\s+on|anniversary|FYI|interesting|worth\s+a\s+read)\b/i;
/** A subject line about work: a file reference ("CORV/0031"), or a piece of legal work. */
const MATTER_WORDS =
  /\b[A-Z]{2,}\d*[-/]\d{2,}|\b(?:advice|draft|drafts|letter|memo|note|timetable|programme|program|process|proposal|review|comments|mark-?up|documents?|application|deadline|completion|next\s+steps|strategy|options|terms|negotiations?|report|briefing|workstream|exercise|plan)\b/i;

interface Judged {
  hit: TermHit;
  spec: TopicSpec;
  role: TermRole;
  sentence: number;
  /** For a head's near-synonym, the name or modifier beside it (field offsets). */
  cue?: { start: number; end: number };
  /** A name used as the happening itself ("since Whitby", "sorry about Kilcarra"). */
  event?: boolean;
  /** A thing the notes' ban names: it stands for the topic alone. */
  banned?: boolean;
}

/** A name after these is the happening itself: "since Whitby", "after Kilcarra", "about Leiden". */
const EVENT_BEFORE = /\b(?:after|since|following|about)\s+$/i;
/**
 * Frames that make a name a happening wherever they are ("the lessons learned from Whitby",
 * "recovering from Whitby", "in the wake of Whitby", "post-Whitby"), small talk or not.
 */
const EVENT_FRAME =
  /(?:\b(?:lessons?(?:\s+(?:learned|learnt))?|learned|learnt|recover(?:ed|ing|y)?|fallout|moved\s+on)\s+from|\bin\s+the\s+(?:wake|aftermath)\s+of|\bpost-)\s*$/i;
/** …when nothing after it makes it another thing ("since Whitby's report"). */
const EVENT_AFTER =
  /^\s*(?:[.,;:!?)\u2013\u2014]|$)|^\s+(?:and|but|has|have|had|was|is|went|last|this|too)\b/;

/**
 * Round 28: the nouns of a happening's aftermath or outcome, which stand for it right beside its
 * name ("the Joplin clean-up", "the CMA's final remedies", "the Meridian verdict"). A report is
 * one only as a final, interim or provisional one ("the CMA's final report").
 */
const OUTCOME_NOUNS = new Set(
  (
    "clean-up cleanup clear-up aftermath fallout remedies findings verdict ruling inquest " +
    "inquiry recovery rebuild"
  ).split(" "),
);
/** The name (or its possessive) and a noun with at most one modifier: "'s final remedies". */
const NOUN_BESIDE =
  /^(?:['’]s)?[ \t]+(?:(final|provisional|interim|initial|eventual|latest|ongoing|whole|long)[ \t]+)?([a-z]+(?:-[a-z]+)?)/;
/** Before a name that a noun follows: "the" (after the name's other capitalised words). */
const THE_BEFORE_NAME = /\b[Tt]he[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){0,3}$/;
/**
 * What may follow the noun when it ends its noun phrase: punctuation, a verb of being or having,
 * a conjunction, a preposition. A determiner or a content word after it makes the noun a verb
 * ("the Arts Council cut its grant") or a modifier of another thing ("the clean-up crew").
 */
const NOUN_PHRASE_END =
  /^(?:[ \t]*(?:[.,;:!?)\u2013\u2014]|$)|[ \t]+(?:-[ \t]|(?:(?:is|was|are|were|has|have|had|would|could|should|might|must|did|does|do)(?:n['\u2019]t)?|will|won['\u2019]t|may|can|can['\u2019]t|and|but|or|on|in|at|of|to|for|from|with|by|over|so|still|now|yet|too|(?:last|this|next)\s+(?:year|week|month|spring|summer|autumn|fall|winter))\b))/;

/**
 * Round 28: a noun of a named happening right beside its name: the head of the topic's own
 * wording ("the Arts Council cut" for "the Arts Council funding cut") or a noun of its aftermath
 * or outcome, after "the <name>" or "<name>'s", ending its noun phrase. Field offsets.
 */
function nounBesideName(
  spec: TopicSpec,
  hit: TermHit,
  scan: string,
): { term: string; start: number; end: number } | undefined {
  const after = scan.slice(hit.end, hit.end + CONTEXT);
  const m = NOUN_BESIDE.exec(after);
  if (!m) return undefined;
  const possessive = /['’]s$/.test(hit.text) || /^['’]s/.test(after);
  if (!possessive && !THE_BEFORE_NAME.test(scan.slice(Math.max(0, hit.start - CONTEXT), hit.start)))
    return undefined;
  const noun = m[2]!;
  const head = spec.head.toLowerCase();
  const own = noun === head || noun === `${head}s`;
  const outcome = OUTCOME_NOUNS.has(noun) || (noun === "report" && m[1] !== undefined);
  if (!own && !outcome) return undefined;
  if (!NOUN_PHRASE_END.test(after.slice(m[0].length))) return undefined;
  const start = hit.end + m[0].length - noun.length;
  return { term: noun, start, end: start + noun.length };
}

/**
 * Nouns of the work itself after a code name ("the KESTREL licence", "KESTREL patents"): the
 * name says which asset the work is on, not the happening the client avoids.
 */
const WORK_AFTER_CODE = new Set(
  (
    "licence licences license licenses licensing agreement agreements contract contracts patent " +
    "patents ip rights team budget invoice invoices file files documents documentation dossier " +
    "filing filings submission application lease property account brand trademark product " +
    "products board entity subsidiary shares fund facility loan portfolio asset assets royalty " +
    "royalties milestone milestones supply manufacturing partnership collaboration company spa"
  ).split(" "),
);

/**
 * Whether a code name is followed by a noun of another thing: the work ("the KESTREL licence")
 * or another happening's head ("the KESTREL deal" for a client who avoids its trial results).
 */
function codeNamesAnother(after: string, spec: TopicSpec): boolean {
  const next = /^(?:['’]s)?[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(after);
  if (!next) return false;
  const word = next[1]!.toLowerCase();
  if (WORK_AFTER_CODE.has(word)) return true;
  const own = familyOf(spec.head).map((t) => t.toLowerCase());
  const other = familyOf(word);
  return other.length > 0 && !own.includes(word) && stem(spec.head) !== stem(word);
}

/** Whether a code name is the client's own (its organisation, domain or name): then it is no topic. */
function namesTheClient(ctx: CheckContext, code: string): boolean {
  const lower = code.toLowerCase();
  const own = [
    ctx.profile?.clientName,
    ctx.profile?.fullName,
    ctx.profile?.matchKey,
    ctx.recipient.name,
    ctx.recipient.address,
  ];
  return own.some(
    (text) =>
      text !== undefined &&
      text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .includes(lower),
  );
}

const readings = new Map<string, NotesReading>();

/** The notes' clauses as topic-clauses.ts reads them (cached by topics, client and notes). */
function notesReading(
  notes: string | undefined,
  topics: readonly string[],
  clientName: string | undefined,
): NotesReading {
  const key = `${topics.join("\u0000")}\u0001${clientName ?? ""}\u0001${notes ?? ""}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = readNotes(notes, topics, clientName);
    if (readings.size >= 50) readings.clear();
    readings.set(key, reading);
  }
  return reading;
}

/** A hit of a term the profile's notes give a topic (topic-notes.ts). */
interface NoteHit {
  hit: TermHit;
  topic: string;
  date: boolean;
  /** Round 32: a date that is the happening's year alone ("2019"). */
  year?: boolean;
  /** A name the notes tell the firm not to raise ("Don't mention Tunde"). */
  forbiddenName: boolean;
  /** Round 26: a thing the notes' ban names ("critics", "a flutter"), and whose it is. */
  banned?: { of?: string };
}
type NoteData = {
  topic: string;
  date: boolean;
  year?: boolean;
  forbiddenName: boolean;
  banned?: { of?: string };
  abbreviation?: boolean;
};
/**
 * Round 31: an abbreviation after a determiner, not a compound's head, is an office or a firm:
 * "the GM", "our GM" (the general manager), not the topic ("the GE-free debate" is).
 */
const OFFICE_BEFORE =
  /\b(?:the|our|your|their|his|her|its|a|an|new|former|acting|interim|deputy|regional)\s+$/i;

const noteMatchers = new Map<string, TermMatcher<NoteData> | null>();

/** The matcher of the terms a profile's notes give its topics (cached by topics and notes). */
function notesMatcher(
  topics: readonly string[],
  notes: string,
  competitors: readonly string[],
): TermMatcher<NoteData> | null {
  const key = `${topics.length}\u0000${topics.join("\u0000")}\u0001${notes}\u0001${competitors.join("\u0000")}`;
  let matcher = noteMatchers.get(key);
  if (matcher === undefined) {
    const entries: { term: string; data: NoteData; capitalized: boolean }[] = [];
    notesTerms(topics, notes, competitors).forEach((terms, t) => {
      for (const { term, name, date, forbidden, banned, abbreviation, year } of terms) {
        const data: NoteData = {
          topic: topics[t]!,
          date: date === true,
          forbiddenName: name && !!forbidden,
        };
        if (banned) data.banned = banned;
        if (abbreviation) data.abbreviation = true;
        if (year) data.year = true;
        entries.push({ term, data, capitalized: name });
        // Round 26: a thing banned is written in either number ("critics": "the critic"), but
        // not where the other form is a word of the legal work ("notices": not "notice").
        if (banned)
          for (const other of otherNumber(term))
            if (!LEGAL_WORD.test(other) && !terms.some((e) => e.term === other))
              entries.push({ term: other, data, capitalized: false });
      }
    });
    matcher = entries.length > 0 ? new TermMatcher(entries) : null;
    if (noteMatchers.size >= 50) noteMatchers.clear();
    noteMatchers.set(key, matcher);
  }
  return matcher;
}

function findNoteHits(ctx: CheckContext, topics: readonly string[]): NoteHit[] {
  const notes = ctx.profile?.notes;
  const matcher = notes ? notesMatcher(topics, notes, ctx.profile?.competitors ?? []) : null;
  if (!matcher) return [];
  const hits: NoteHit[] = [];
  for (const field of textFields(ctx.draft)) {
    for (const m of matcher.findAll(field.scan)) {
      if (
        m.data.abbreviation &&
        OFFICE_BEFORE.test(field.scan.slice(Math.max(0, m.start - 12), m.start)) &&
        !field.scan.startsWith("-", m.end)
      )
        continue;
      hits.push({
        hit: { field: field.field, start: m.start, end: m.end, text: m.text, term: m.term },
        topic: m.data.topic,
        date: m.data.date,
        ...(m.data.year && { year: true }),
        forbiddenName: m.data.forbiddenName,
        ...(m.data.banned && { banned: m.data.banned }),
      });
    }
  }
  return hits;
}

/**
 * Round 31 (analysis-h29 N2, h26-023): a sentence that names the notes' sore happening by its
 * act and its place ("since the protests outside the lab" where the notes say "Activists
 * picketed the Grasse lab …; don't raise it"): the act word, and the place nearest it.
 */
interface HappeningHit {
  field: TextFieldName;
  sentence: number;
  topic: string;
  act: TermHit;
  place: { start: number; end: number };
}

const happeningPlaces = new Map<string, string[][]>();

function findHappenings(ctx: CheckContext, topics: readonly string[]): HappeningHit[] {
  const notes = ctx.profile?.notes;
  if (!notes) return [];
  const key = `${topics.join("\u0000")}\u0001${notes}`;
  let places = happeningPlaces.get(key);
  if (!places) {
    places = notesHappeningPlaces(topics, notes);
    if (happeningPlaces.size >= 50) happeningPlaces.clear();
    happeningPlaces.set(key, places);
  }
  if (places.every((p) => p.length === 0)) return [];
  const found: HappeningHit[] = [];
  for (const field of textFields(ctx.draft)) {
    sentencesOf(ctx.draft, field).forEach((span, sentence) => {
      const words: { text: string; start: number; end: number }[] = [];
      const pattern = /[A-Za-z][A-Za-z'’-]*/g;
      const text = field.scan.slice(span.start, span.end);
      for (let m = pattern.exec(text); m; m = pattern.exec(text))
        words.push({
          text: m[0],
          start: span.start + m.index,
          end: span.start + m.index + m[0].length,
        });
      const acts = words.filter((w) => PROTEST_ACT.test(w.text));
      if (acts.length === 0) return;
      places!.forEach((own, t) => {
        const at = words.filter((w) =>
          own.some((p) => sameStem(stem(p), stem(w.text.toLowerCase()))),
        );
        if (at.length === 0) return;
        // The act nearest a place, and that place.
        let best: [(typeof words)[number], (typeof words)[number]] | undefined;
        for (const a of acts)
          for (const p of at)
            if (!best || Math.abs(a.start - p.start) < Math.abs(best[0].start - best[1].start))
              best = [a, p];
        const [act, place] = best!;
        found.push({
          field: field.field,
          sentence,
          topic: topics[t]!,
          act: {
            field: field.field,
            start: act.start,
            end: act.end,
            text: field.text.slice(act.start, act.end),
            term: act.text.toLowerCase(),
          },
          place: { start: place.start, end: place.end },
        });
      });
    });
  }
  return found;
}

/**
 * Round 31 (analysis-h29 N3): whether the client has raised a topic, for a ban the notes lift
 * then ("Don't bring the recall up unless they do"): a reply's subject names it ("Re: … the
 * recall costs"), or the message replied to does (the first quoted message, when its sender is
 * of the recipient's organisation or unknown). Only that message: a thread raised months ago,
 * deeper in the history, does not count.
 */
function clientRaised(ctx: CheckContext, topic: string): boolean {
  const { draft } = ctx;
  if (REPLY_SUBJECT.test(draft.subject.text) && namesTopic(topic, draft.subject.text)) return true;
  const message = repliedMessage(draft);
  if (!message || !namesTopic(topic, message.text)) return false;
  if (!message.from) return true;
  const domains = [ctx.recipient.address, ctx.profile?.matchKey ?? ""].map((a) =>
    a.slice(a.lastIndexOf("@") + 1).toLowerCase(),
  );
  return domains.includes(message.from);
}
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:/i;
/** A quoted message's header line: an attribution ("On …, Rua wrote:") or an Outlook field. */
const QUOTE_HEADER =
  /^[\s>]*(?:\*?(?:From|Sent|Date|To|Cc|Subject|Importance)\*?\s*:|-{2,}\s*Original Message|.*\bwrote:\s*$)/i;
/** Where the next quoted message starts. */
const NEXT_MESSAGE =
  /^[\s>]*(?:\*?From\*?\s*:|-{2,}\s*Original Message|On\s.{0,200}\bwrote:\s*$|.{0,200}\bwrote:\s*$)/i;

/** The message a reply answers: its text up to the next quoted message, and its sender's domain. */
function repliedMessage(draft: AnalysedDraft): { text: string; from?: string } | undefined {
  return draft.memo("topic-replied-message", () => {
    const first = draft.body.quoted[0];
    if (!first) return undefined;
    const lines = draft.body.text.slice(first.start, first.start + 4000).split("\n");
    // Its header: an attribution (perhaps wrapped over two lines) or a From/Sent/To block.
    let k = 0;
    while (
      k < Math.min(lines.length, 8) &&
      (QUOTE_HEADER.test(lines[k]!) || (k === 0 && /^\s*On\s/i.test(lines[k]!)))
    )
      k++;
    const head = lines.slice(0, Math.max(k, 1)).join("\n");
    const from = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(head)?.[1]?.toLowerCase();
    let end = lines.length;
    for (let i = Math.max(k, 1); i < lines.length; i++)
      if (NEXT_MESSAGE.test(lines[i]!)) {
        end = i;
        break;
      }
    return { text: lines.slice(0, end).join("\n"), ...(from && { from }) };
  });
}

/**
 * A remark aimed at the reader beyond SOCIAL's small talk: an aside, a personal opinion. Round 32
 * (analysis-h31 G1): the openings that say "this is not the advice" ("Between us", "Off the
 * record", "As an aside", "I reckon"), a rueful verdict on the reader's weekend ("Grim result for
 * …", "a brutal season"), and "I don't know how you …". Not "Separately," (it opens the next
 * point of business as often), nor "I suspect" or "I doubt" (they open legal opinions).
 */
const ASIDE =
  /\b(?:by\s+the\s+way|btw|incidentally|personally|frankly|honestly|pity|poor\s+(?:you|things?)|I\s+(?:imagine|suppose|expect|know|bet|reckon)|(?:a|such\s+a|quite\s+a)\s+blow|(?:hard|difficult|strange|odd|quiet)\s+(?:time|times|year|months|weeks|few)|things\s+(?:are|have\s+been)|on\s+a\s+(?:separate|different)\s+note|between\s+(?:us|ourselves|you\s+and\s+me)|off\s+the\s+record|as\s+an\s+aside|(?:grim|brutal|painful|cruel)\s+(?:result|weekend|season|day|loss|defeat|news)|I\s+don['’]t\s+know\s+how\s+you)\b/i;
/**
 * Round 19: a remark on the reader's life around a notes' term: "now that things with Karim are
 * behind you", "now that Eleni has moved out".
 */
const NOTE_REMARK = /\b(?:now\s+that|things\s+with|behind\s+(?:you|you\s+both|us|him|her|them))\b/i;
/** A name of the notes as the happening: "since Wrexham shut", "what happened at Wrexham". */
const NOTE_EVENT_BEFORE =
  /(?:\b(?:after|since|following|about)|\b(?:what\s+happened|went\s+on|the\s+events?)\s+(?:at|in|on|to|with))\s+$/i;
const NOTE_EVENT_AFTER =
  /^(?:\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:and|but|shut|closed|closing|went|happened|hit|struck|collapsed|stopped|ended|began|too|last|this|(?:back\s+)?in\s+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:spring|summer|autumn|fall|winter)))\b)/i;
/** Round 32: a condolence right before a name, and a group of people right after it. */
const CONDOLENCE_BEFORE =
  /\b(?:sorry\s+(?:to\s+(?:hear|read|see|learn)\s+)?(?:about|for)|commiserations\s+(?:to|on|about)|(?:thoughts|thinking)\s+(?:are\s+)?(?:with|of))\s+(?:(?:the|your|all\s+(?:the|your)|everyone\s+(?:at|in)(?:\s+the)?)\s+)?$/i;
const PEOPLE_AFTER =
  /^[ \t]+(?:team|teams|staff|people|crew|crews|colleagues|folk|workforce|employees|workers)\b(?![ \t]*['’]s\b)(?![ \t]+(?:budget|account|file|files|lease|contract|costs?)\b)/i;

/**
 * Round 32: a premise that recalls how something went, with the hit inside it (no clause break
 * between): "given how things went with …", "considering what happened at …", "after how …",
 * "after last year's press story about …" (a happening's noun after "last year's").
 * A date needs less ("given the network going dark on 4 May"): its happening word guards it.
 */
const PREMISE_REACH = 160;
const RECALLED_PREMISE =
  /\b(?:(?:given|considering|in\s+(?:the\s+)?light\s+of|after)\s+(?:how|what)|after\s+last\s+(?:year|month|spring|summer|autumn|winter)['’]s\s+(?:[a-z-]+\s+)?(?:story|stories|coverage|headlines|news|business|saga|affair|episode|events|mess|row|fuss|noise|trouble|troubles|drama|upset|scandal|controversy))\b[^,;:.!?\n]*$/i;
const DATED_PREMISE =
  /\b(?:given|considering|in\s+(?:the\s+)?light\s+of)\s+(?:how|what|the|that)\b[^,;:.!?\n]*$/i;
/**
 * Round 32: before the happening's year alone, an allusion to how it went ("how things went
 * with the administrators in 2019", "what happened in 2019") or its office-holders ("the
 * receivers in 2019"); "since 2019" alone is only a time.
 */
const HOW_IT_WENT =
  /\b(?:how\s+(?:things|it|everything|that|all\s+that)\s+(?:went|turned\s+out|ended|played\s+out)|what\s+happened|what\s+(?:you|we|they)\s+went\s+through|administrators|receivers|liquidators)\b[^.!?\n]{0,30}$/i;
/** A happening's word before a date: "since 4 May", "the network going down on 4 May". */
const HAPPENING_BEFORE =
  /\b(?:since|after|following|happened|(?:going|went|gone)\s+(?:dark|offline|quiet)|going\s+down|went\s+down|gone\s+down|crash\w*|fail\w*|broke|collapse\w*|events?|incident|disruption|chaos|mess|outage)\b[^.!?\n]{0,30}$/i;

/**
 * Whether a hit of a term the notes give is raised at the reader: in a sentence of small talk or
 * an aside, or a name as the happening itself ("since Wrexham shut"), and not the work (a legal
 * sentence, or a noun of the work after it: "the Wrexham lease").
 */
function isNoteRaised(ctx: CheckContext, field: AnalysedField, note: NoteHit): boolean {
  const { hit } = note;
  const { draft } = ctx;
  const before = field.scan.slice(Math.max(0, hit.start - CONTEXT), hit.start);
  const after = field.scan.slice(hit.end, hit.end + CONTEXT);
  if (isInsideUrl(draft, field, hit.start) || inSignature(field, hit.start)) return false;
  if (isHeadingOrTitle(hit.text, before, after)) return false;
  // A name whose first word is the client's ("Kilcarra Bay" to Kilcarra Energy); not a person
  // who only shares the client's surname (round 19: an ex-spouse, "Karim Haddad" to a
  // Lindqvist-Haddad).
  if (namesTheClient(ctx, hit.text.split(/\s+/)[0]!.replace(/['’]s?$/, ""))) return false;
  // Round 32: sympathy for the people of the sore place ("Sorry to hear about the Dundee
  // team"): a team there is the people it hit, not the work ("the Dundee team's budget" is).
  if (CONDOLENCE_BEFORE.test(before) && PEOPLE_AFTER.test(after)) return true;
  const next = /^(?:['’]s)?[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(after);
  if (next && WORK_AFTER_CODE.has(next[1]!.toLowerCase())) return false;
  if (LEGAL_NOUN_AFTER.test(after) || DOCUMENT_NOUN_AFTER.test(after)) return false;
  // Round 24: a person or a team the notes name in an instruction not to raise it is raised
  // wherever the draft names them ("my regards to Tunde", "Go the Maroons").
  if (note.forbiddenName) return true;
  const span = sentencesOf(draft, field)[spanIndexAt(sentencesOf(draft, field), hit.start)];
  if (!span) return false;
  const own = field.scan.slice(span.start, span.end);
  // Round 32: the happening recalled as the premise of the advice ("Given how the university
  // has slipped in the rankings, I'd tone that down"): the premise clause is judged alone.
  // (Within PREMISE_REACH of the hit: a premise is read in a bounded window, whatever the sentence.)
  const lead = field.scan.slice(Math.max(span.start, hit.start - PREMISE_REACH), hit.start);
  const premise = (note.date ? DATED_PREMISE : RECALLED_PREMISE).exec(lead);
  if (premise) {
    const tail = field.scan.slice(hit.end, Math.min(span.end, hit.end + PREMISE_REACH));
    const clause = lead.slice(premise.index) + " " + tail.slice(0, tail.search(/[,;:]|$/));
    if (doesLegalWork(clause)) return false;
    return !note.date || (note.year ? HOW_IT_WENT : HAPPENING_BEFORE).test(before);
  }
  const rest = field.scan.slice(span.start, hit.start) + " " + field.scan.slice(hit.end, span.end);
  if (doesLegalWork(rest)) return false;
  const aimed = SOCIAL.test(own) || ASIDE.test(own) || NOTE_REMARK.test(own);
  if (note.date) return aimed && (note.year ? HOW_IT_WENT : HAPPENING_BEFORE).test(before);
  return aimed || (NOTE_EVENT_BEFORE.test(before) && NOTE_EVENT_AFTER.test(after));
}

/**
 * Whether a sentence is a remark aimed at the reader: small talk, an aside, their life, or
 * (round 29) a closing wish ("All the best to the crew after the collapse", "Give my best to
 * Tom"): where the topic is the draft's matter, those still raise it.
 */
function isRemark(draft: AnalysedDraft, field: AnalysedField, sentence: number): boolean {
  return (
    sentenceMatches(draft, field, sentence, SOCIAL) ||
    sentenceMatches(draft, field, sentence, ASIDE) ||
    sentenceMatches(draft, field, sentence, NOTE_REMARK) ||
    sentenceMatches(draft, field, sentence, CLOSING_WISH)
  );
}
const CLOSING_WISH =
  /\b(?:all\s+the\s+best\s+(?:to|for|with)|(?:my|our)\s+best\s+to|best\s+wishes|regards\s+to|love\s+to|give\s+(?:my|our)\s+(?:best|regards|love)|wishing\s+(?:you|the|everyone|all)|look\s+after\s+yourselves?|chin\s+up|hang\s+in\s+there|go\s+easy\s+on\s+yourselves?)\b/i;

/** Whether a sentence holds a word whose stem is one of `stems`, `skip` aside. */
function sentenceHolds(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: number,
  stems: readonly string[],
  skip: readonly string[] = [],
): boolean {
  const span = sentencesOf(draft, field)[sentence];
  return (span ? (field.scan.slice(span.start, span.end).match(/[A-Za-z][A-Za-z'’-]+/g) ?? []) : [])
    .map(stem)
    .some((w) => skip.indexOf(w) < 0 && stems.some((s) => sameStem(s, w)));
}

/**
 * Round 16: whether a hit of a topic's head that the profile DEFINES ("ratings (viewing
 * figures)", profile-annotations.ts) is in the defined sense. A word right before the head that
 * is not a function word or an adjective chooses a sense ("age ratings", "credit
 * ratings", "BBFC ratings"): the topic's only when it is a word of the definition ("viewing
 * ratings"). Without one, the head is the topic where its sentence holds a word of the
 * definition ("the ratings for the game", defined as "age ratings of our games") or is a remark
 * aimed at the reader (small talk, an aside): the definition exists because the word has other
 * senses, so the bare word in the work is not enough.
 */
function inDefinedSense(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: number,
  hit: TermHit,
  definition: readonly string[],
): boolean {
  const stems = definition.filter((w) => !STOP.has(w)).map(stem);
  const modifier = /([A-Za-z][A-Za-z-]*)[ \t]+$/.exec(
    field.scan.slice(Math.max(0, hit.start - 32), hit.start),
  )?.[1];
  // (An adjective's ending is a judgement or a time, not a kind: "dismal", "annual", "awful".)
  if (
    modifier &&
    !STOP.has(modifier.toLowerCase()) &&
    !/(?:ly|al|ous|ful|ive|ic|ish|less|able|ible|est)$/.test(modifier)
  )
    return stems.some((s) => sameStem(s, stem(modifier)));
  return (
    sentenceHolds(draft, field, sentence, stems, hit.text.toLowerCase().split(/\s+/).map(stem)) ||
    sentenceMatches(draft, field, sentence, SOCIAL) ||
    sentenceMatches(draft, field, sentence, ASIDE)
  );
}

/**
 * Round 27 (analysis-h25 A, analysis-h24 D): how far the notes' permitted work reaches when only
 * the SUBJECT line names it ("Loganbank bird-strike claim …" under notes that call bird-strike
 * claims ordinary work). The subject says what the draft's matter is, so it covers the subject's
 * own hits and the body's mentions made in that work; it does not cover a sentence that raises
 * the topic's happening itself (coming back, or one live instance: "a repeat of last year's
 * walkout", `isTheHappening`) or names the topic as an instance of something ("another
 * Caterpillar Train situation": an allusion noun beside the topic's name), unless the notes say
 * that work must name the topic ("the insurance claim … must discuss it": then the happening is
 * what the work is about). Work found in the hit's own sentence keeps its wider reach.
 */
function subjectReaches(
  hit: TermHit,
  role: TermRole,
  concept: string | undefined,
  before: string,
  after: string,
  namesIt: boolean,
): boolean {
  if (hit.field === "subject") return true;
  if (role === "withName" || recurs(hit.text, before, after)) return false;
  return (
    namesIt || (!isTheHappening(concept, hit.text, before, after) && !AS_A_MOMENT.test(before))
  );
}
/**
 * The happening as a moment: "since the UK left the EU", "after the lockdown years", "past the
 * next election", "before the walkout". A time reference names the event itself.
 */
const AS_A_MOMENT =
  /\b(?:since|after|before|until|till|past|following|throughout|during)\s+(?:(?:the|this|that|last|next|their|its|our|your)\s+)?(?:[A-Za-z'’-]+\s+){0,2}$/i;

export function check(ctx: CheckContext): void {
  const topics = ctx.profile?.avoidTopics ?? [];
  if (topics.length === 0) return;
  // Most drafts name none of the topics: their terms' roles are then never needed.
  const hits = findProfileTerms(ctx, "avoidTopics");
  const noteHits = findNoteHits(ctx, topics);
  const happenings = findHappenings(ctx, topics);
  if (hits.length === 0 && noteHits.length === 0 && happenings.length === 0) return;
  const roles = rolesOf(topics);
  const { draft } = ctx;
  // Round 24: what the notes' clauses permit and forbid, read once (topic-clauses.ts).
  const notes = notesReading(ctx.profile?.notes, topics, ctx.profile?.clientName);
  const subjectWords = (draft.subject.scan.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).map(stem);
  const subjectHolds = (stems: readonly string[]) =>
    stems.length > 0 && subjectWords.some((w) => stems.some((s) => sameStem(s, w)));
  const subjectPermits = subjectHolds(notes.work);
  // A matter the notes permit the topic in: the subject's matter (matter-reading.ts) or words.
  const subjectMatter =
    subjectHolds(notes.matters) ||
    matterKinds(draft).some((k) =>
      notes.matters.some((m) => m.startsWith(k) || (m.length >= 4 && k.startsWith(m))),
    );
  // Round 31: topics whose ban the notes lift once the client raised them ("unless they do").
  const liftedTopics = new Map<string, boolean>();
  const lifted = (topic: string): boolean => {
    if (!notes.unlessRaised) return false;
    let is = liftedTopics.get(topic);
    if (is === undefined) liftedTopics.set(topic, (is = clientRaised(ctx, topic)));
    return is;
  };
  const byField = new Map<TextFieldName, Judged[]>();
  // Topics the subject line names as the matter of the draft.
  const matters = new Set<string>();
  // Round 26: the things the notes' ban names are terms of the topic, through all of its gates
  // below (unless the topic has the word already, with its own concept's senses).
  const extraRoles = new Map<TermHit, Role[]>();
  for (const note of noteHits) {
    if (!note.banned) continue;
    const spec = topicSpec(note.topic);
    if (roles.get(note.hit.term.toLowerCase())?.some((r) => r.spec === spec)) continue;
    extraRoles.set(note.hit, [{ spec, role: "term", banned: note.banned }]);
  }
  // Round 28: a happening's noun right beside its name, judged as a word beside the name.
  for (const hit of hits) {
    if (hit.field === "attachment" || hit.href || !isUpperCaseAt(hit.text, 0)) continue;
    for (const { spec, role } of roles.get(hit.term.toLowerCase()) ?? []) {
      if (role !== "name" || spec.concept?.area) continue;
      const scan = fieldOf(draft, hit.field).scan;
      // A distinctive name, or a plain one after it ("the Harbour Trust cut").
      const prior = /([A-Z][\w'’&.-]*)[ \t]+$/.exec(
        scan.slice(Math.max(0, hit.start - 40), hit.start),
      );
      if (!spec.cues.names.includes(hit.term) && !(prior && spec.cues.names.includes(prior[1]!)))
        continue;
      const noun = nounBesideName(spec, hit, scan);
      // (A noun that is one of the topic's own terms is judged as that.)
      if (!noun || roles.get(noun.term)?.some((r) => r.spec === spec)) continue;
      const text = fieldOf(draft, hit.field).text.slice(noun.start, noun.end);
      const nounHit: TermHit = {
        field: hit.field,
        start: noun.start,
        end: noun.end,
        text,
        term: noun.term,
      };
      extraRoles.set(
        nounHit,
        spec.concept
          ? [{ spec, role: "withName", concept: spec.concept }]
          : [{ spec, role: "withName" }],
      );
    }
  }
  for (const hit of extraRoles.size > 0 ? [...hits, ...extraRoles.keys()] : hits) {
    if (hit.field === "attachment" || hit.href) continue;
    // "…/athletics.asp?sport=6" is an address, not a conversation about sport.
    const field = fieldOf(draft, hit.field);
    const before = field.scan.slice(Math.max(0, hit.start - CONTEXT), hit.start);
    const after = field.scan.slice(hit.end, hit.end + CONTEXT);
    // The URL and sentence indexes are built on the first hit read in the topic's sense, not
    // on an everyday word ("lost", "score") that the sense test rejects.
    let sentence = -1;
    for (const { spec, role, concept, banned } of extraRoles.get(hit) ??
      roles.get(hit.term.toLowerCase()) ??
      []) {
      if (lifted(spec.topic)) continue;
      // "the Congress" in a draft about a named conference ("the Atlantic Oncology Congress").
      if (hit.term.toLowerCase() === "congress" && namesACongress(draft)) continue;
      let cue: Judged["cue"];
      let event = false;
      if (role === "name" || role === "code") {
        // A name is written with its capital ("Meridian", not "meridian"), or is a year.
        if (!isUpperCaseAt(hit.text, 0) && !/^\d/.test(hit.text)) continue;
        // A code name alone, unless it is the client's own or names another thing after it.
        if (
          role === "code" &&
          // A code name in capitals is written so ("KESTREL"; "Oracle" is a company).
          ((/^[A-Z]{4,}$/.test(hit.term) && hit.text.replace(/['’]s?$/, "") !== hit.term) ||
            namesTheClient(ctx, hit.term) ||
            codeNamesAnother(after, spec) ||
            LEGAL_NOUN_AFTER.test(after) ||
            isHeadingOrTitle(hit.text, before, after))
        ) {
          continue;
        }
        // A name standing for a happening in small talk ("Hope things are calmer since Whitby").
        event =
          role === "name" &&
          !spec.concept?.area &&
          spec.cues.names.includes(hit.term) &&
          (EVENT_BEFORE.test(before) || EVENT_FRAME.test(before)) &&
          EVENT_AFTER.test(after) &&
          !namesTheClient(ctx, hit.term);
      } else if (role === "family") {
        // "the Fairfield transaction", "the campaign to unionise": a near-synonym beside a cue.
        if (!inSense(undefined, hit.term, hit.text, before, after)) continue;
        const beside = cueBeside(before, after, spec.cues);
        if (!beside) continue;
        cue =
          beside.side === "before"
            ? {
                start: hit.start - before.length + beside.at.start,
                end: hit.start - before.length + beside.at.end,
              }
            : { start: hit.end + beside.at.start, end: hit.end + beside.at.end };
      } else if (role !== "about" && !inSense(concept, hit.term, hit.text, before, after)) {
        continue;
      }
      // A banned thing as a part of the work ("the critics' clause"), the client's own name, or
      // another's ("the sale of the sites" for a sale "of Kernow itself").
      if (banned) {
        const next = /^(?:['’]s)?[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(after)?.[1]?.toLowerCase();
        if (
          (next && WORK_AFTER_CODE.has(next)) ||
          LEGAL_NOUN_AFTER.test(after) ||
          DOCUMENT_NOUN_AFTER.test(after) ||
          namesTheClient(ctx, hit.text.split(/\s+/)[0]!) ||
          ownedByAnother(banned, after) ||
          VERB_OBJECT_AFTER.test(after)
        )
          continue;
      }
      if (sentence < 0) {
        if (isInsideUrl(draft, field, hit.start) || inSignature(field, hit.start)) break;
        sentence = spanIndexAt(sentencesOf(draft, field), hit.start);
      }
      // Round 16: a head the profile defines, in the sense its definition gives; and not the
      // work the notes permit beside it.
      if ((role === "exact" || role === "term") && !banned) {
        const definition = ctx.profile ? senseOfTopic(ctx.profile, spec.topic) : undefined;
        if (
          definition &&
          !concept &&
          !spec.concept &&
          !/\s/.test(spec.topic.trim()) &&
          !inDefinedSense(draft, field, sentence, hit, definition)
        )
          continue;
      }
      // Round 24: the notes' clauses (topic-clauses.ts). A look-alike sense they exclude is not
      // the topic; a ban's extension ("including the financial settlement") holds even in the
      // work; otherwise a matter or a work they permit, in the sentence or the subject, is not
      // the topic there (small talk and asides still are).
      if (role !== "name" && lookAlike(notes.senses, field.scan, hit.start, hit.end)) continue;
      const extended =
        notes.always ||
        (notes.extension.length > 0 && sentenceHolds(draft, field, sentence, notes.extension));
      // (A remark on the reader's life, "now that the divorce is behind you", too.)
      const remark = isRemark(draft, field, sentence);
      if (
        !extended &&
        !remark &&
        role !== "about" &&
        notes.matters.length > 0 &&
        (subjectMatter || sentenceHolds(draft, field, sentence, notes.matters))
      )
        continue;
      if (
        !extended &&
        !remark &&
        role !== "name" &&
        role !== "about" &&
        notes.work.length > 0 &&
        (sentenceHolds(draft, field, sentence, notes.work) ||
          (subjectPermits &&
            subjectReaches(
              hit,
              role,
              concept?.id ?? spec.concept?.id,
              before,
              after,
              notes.namesIt,
            ))) &&
        !recurs(hit.text, before, after)
      )
        continue;
      if (
        hit.field === "subject" &&
        role !== "about" &&
        role !== "withName" &&
        (isMatterSubject(draft) || (notes.asMatter && isWorkSubject(draft)))
      ) {
        matters.add(spec.topic);
      }
      // The law's own words for the topic ("the WARN notices", "Chapter 11") only in small talk.
      if (
        concept?.smallTalk?.has(hit.term.toLowerCase()) === true &&
        !sentenceMatches(draft, field, sentence, SOCIAL) &&
        !recurs(hit.text, before, after)
      ) {
        continue;
      }
      // A relative's estate, will or trust is the client's own matter outside small talk
      // ("Your father's estate accounts are attached"); asked after, it is the family's affair
      // ("How is your mum's case going?", "Hope your father's estate is sorted soon").
      if (
        concept?.id === "family" &&
        RELATIVE_MATTER_AFTER.test(after) &&
        !sentenceMatches(draft, field, sentence, SOCIAL)
      ) {
        continue;
      }
      if (
        (role === "term" || role === "exact") &&
        concept?.notInSentence &&
        sentenceMatches(draft, field, sentence, concept.notInSentence) &&
        !isTheHappening(concept?.id ?? spec.concept?.id, hit.text, before, after)
      ) {
        continue;
      }
      // A subject area inside the legal advice itself (a statute, a clause, a claim).
      if (
        !extended &&
        (role === "term" || role === "exact") &&
        concept?.area &&
        isLegalWork(before, after) &&
        !sentenceMatches(draft, field, sentence, SOCIAL) &&
        !isTheHappening(concept?.id ?? spec.concept?.id, hit.text, before, after)
      ) {
        continue;
      }
      // A topic inside a sentence of advice is the matter the client asked about.
      // (Not for a lawsuit or an investigation: their own words are the law's.)
      // (Their instances are: "the MDL", "a class action" raised in passing are the topic.)
      if (
        !extended &&
        role !== "about" &&
        role !== "name" &&
        (!LEGAL_CONCEPTS.has(concept?.id ?? spec.concept?.id ?? "") ||
          concept?.instances?.has(hit.term.toLowerCase()) === true) &&
        isLegalSentence(draft, field, sentence, PERSONAL_CONCEPTS.has(concept?.id ?? "")) &&
        !isTheHappening(concept?.id ?? spec.concept?.id, hit.text, before, after)
      ) {
        continue;
      }
      // A lawsuit or an investigation handled as work: its sentence does something legal with it
      // ("must be disclosed", "is excluded from the warranty") besides naming it. Not one the
      // profile names ("the Harbourside litigation"): naming that one is raising it.
      if (
        !extended &&
        role !== "about" &&
        role !== "name" &&
        spec.names.length === 0 &&
        LEGAL_CONCEPTS.has(concept?.id ?? spec.concept?.id ?? "") &&
        isLawWorkSentence(draft, field, sentence, hit)
      ) {
        continue;
      }
      // "the Merger will complete": the deal at hand's defined term.
      if (
        (role === "term" || role === "exact") &&
        spec.names.length === 0 &&
        spec.concept &&
        isDefinedTerm(spec, hit.text, before)
      ) {
        continue;
      }
      if (role === "term") {
        // "a cross-border merger of A into B": another merger than the one they mean.
        if (concept && !concept.area && spec.names.length === 0 && isIndefinite(before)) continue;
        if (
          spec.names.length > 0 &&
          !HAPPENING_VERBS.has(hit.term.toLowerCase()) &&
          (namesAnother(before, after, spec, hit.text) || isDefinedTerm(spec, hit.text, before))
        ) {
          // Still the topic when its name is in the sentence ("the Leiden site closure").
          const list = byField.get(hit.field) ?? [];
          list.push({ hit, spec, role: "withName", sentence });
          byField.set(hit.field, list);
          continue;
        }
      }
      const list = byField.get(hit.field) ?? [];
      const judged: Judged = { hit, spec, role, sentence };
      if (cue) judged.cue = cue;
      if (banned) judged.banned = true;
      if (event) judged.event = true;
      list.push(judged);
      byField.set(hit.field, list);
    }
  }
  const reported = new Set<string>();
  for (const [fieldName, judged] of byField) {
    // What each sentence holds, per topic: names, words of what it is about.
    const present = new Map<string, Set<TermRole>>();
    for (const j of judged) {
      const key = `${j.sentence}\u0000${j.spec.topic}`;
      const roles = present.get(key) ?? new Set<TermRole>();
      roles.add(j.role);
      present.set(key, roles);
    }
    // Where one word is several topics' (golf, and sports), it is reported under the topic
    // the profile names with it.
    judged.sort(
      (a, b) =>
        a.hit.start - b.hit.start || Number(a.role !== "exact") - Number(b.role !== "exact"),
    );
    const has = (j: Judged, role: TermRole) =>
      present.get(`${j.sentence}\u0000${j.spec.topic}`)?.has(role) === true;
    // Each sentence's names per topic, in order, for the nearest one to a word beside them.
    const names = new Map<string, TermHit[]>();
    for (const j of judged) {
      if (j.role !== "name") continue;
      const key = `${j.sentence}\u0000${j.spec.topic}`;
      const list = names.get(key);
      if (list) list.push(j.hit);
      else names.set(key, [j.hit]);
    }
    let lastEnd = -1;
    let lastTopic = "";
    for (const j of judged) {
      if (j.role === "about") continue;
      // The matter itself: only a sentence of small talk or an aside about it is the topic.
      if (
        matters.has(j.spec.topic) &&
        (fieldName === "subject" || !isRemark(draft, fieldOf(draft, fieldName), j.sentence))
      ) {
        continue;
      }
      if (j.role === "name") {
        // (Not again inside what was just reported: "what happened since Whitby".)
        if (
          j.event &&
          j.hit.end > lastEnd &&
          (EVENT_FRAME.test(
            fieldOf(draft, fieldName).scan.slice(Math.max(0, j.hit.start - CONTEXT), j.hit.start),
          ) ||
            sentenceMatches(draft, fieldOf(draft, fieldName), j.sentence, SOCIAL))
        ) {
          lastEnd = report(ctx, fieldName, j, undefined, reported);
          lastTopic = j.spec.topic;
        }
        continue;
      }
      // (A near-synonym's cue or a code name already says which one.)
      if (
        j.spec.about.length > 0 &&
        !j.banned &&
        j.role !== "exact" &&
        j.role !== "family" &&
        j.role !== "code" &&
        !has(j, "about")
      ) {
        continue;
      }
      if (j.role === "withName") {
        if (!has(j, "name")) continue;
        // The name and the word beside it, as one piece of evidence where they are close.
        const name = nearestName(names.get(`${j.sentence}\u0000${j.spec.topic}`) ?? [], j.hit);
        // An allusion ("what happened", "saga", "business") only right beside the name.
        if (
          ALLUSIONS.has(j.hit.term.toLowerCase()) &&
          (!name || Math.abs(name.start - j.hit.start) > ALLUSION_REACH)
        ) {
          continue;
        }
        // Round 33: for a happening with a concept, an allusion noun is one only when pointed at
        // ("that business near Dalwhinnie", "the whole Dalwhinnie saga"), not "the Dalwhinnie
        // business rates" or "the matter at Dalwhinnie".
        if (
          j.spec.concept &&
          ALLUSION_NOUN_SET.has(j.hit.term.toLowerCase()) &&
          !j.spec.concept.withName?.some((w) => w.toLowerCase() === j.hit.term.toLowerCase()) &&
          (!POINTED_ALLUSION.test(
            fieldOf(draft, fieldName).scan.slice(Math.max(0, j.hit.start - 48), j.hit.start),
          ) ||
            NOUN_GOES_ON.test(fieldOf(draft, fieldName).scan.slice(j.hit.end, j.hit.end + 24)))
        ) {
          continue;
        }
        lastEnd = Math.max(j.hit.end, report(ctx, fieldName, j, name, reported));
        lastTopic = j.spec.topic;
        continue;
      }
      // "the baseball game", "the tournament at Carnoustie": a word right after a reported one
      // (or after a preposition) is the same mention.
      // (Across a preposition only for the same topic: "a piece on politics" is two.)
      const gap = j.hit.start - lastEnd;
      if (lastEnd >= 0 && gap >= 0 && gap <= 12) {
        const between = fieldOf(draft, fieldName).scan.slice(lastEnd, j.hit.start);
        if (/^[ \t-]*$/.test(between)) continue;
        if (j.spec.topic === lastTopic && SAME_MENTION_GAP.test(between)) continue;
      }
      lastEnd = Math.max(j.hit.end, report(ctx, fieldName, j, j.cue, reported));
      lastTopic = j.spec.topic;
    }
  }
  // The notes' instances of a topic, once per sentence the topic is not already reported in.
  for (const note of noteHits) {
    const name = note.hit.field as TextFieldName;
    const field = fieldOf(draft, name);
    const sentence = spanIndexAt(sentencesOf(draft, field), note.hit.start);
    if (reported.has(`${name}#${sentence}#${note.topic}`) || lifted(note.topic)) continue;
    if (
      note.banned &&
      ownedByAnother(note.banned, field.scan.slice(note.hit.end, note.hit.end + CONTEXT))
    )
      continue;
    if (!isNoteRaised(ctx, field, note)) continue;
    report(
      ctx,
      name,
      { hit: note.hit, spec: topicSpec(note.topic), role: "term", sentence },
      undefined,
      reported,
    );
  }
  // Round 31: the notes' happening by its act and place, in a remark at the reader (not the work:
  // "the injunction against the protesters at the plant"), once per sentence and topic.
  for (const h of happenings) {
    if (reported.has(`${h.field}#${h.sentence}#${h.topic}`) || lifted(h.topic)) continue;
    const field = fieldOf(draft, h.field);
    if (inSignature(field, h.act.start) || isInsideUrl(draft, field, h.act.start)) continue;
    const span = sentencesOf(draft, field)[h.sentence];
    if (!span || doesLegalWork(field.scan.slice(span.start, span.end))) continue;
    if (!isRemark(draft, field, h.sentence)) continue;
    report(
      ctx,
      h.field,
      { hit: h.act, spec: topicSpec(h.topic), role: "term", sentence: h.sentence },
      h.place,
      reported,
    );
  }
}

/** A determiner right after a word makes it a verb: "punt the hearing", "bet the farm". */
const VERB_OBJECT_AFTER =
  /^\s+(?:the|a|an|this|that|these|those|it|them|our|your|his|her|their|my)\s/i;

/** A word of the legal work, whole ("notice", "claim"). */
const LEGAL_WORD = new RegExp(`^(?:${LEGAL_WORDS.source})$`, "i");

/** Subjects in "-ics" are mass nouns: "politics" has no "politic". */
const SUBJECT_ICS =
  /(?:politics|economics|ethics|physics|athletics|statistics|mathematics|logistics|analytics|optics|dynamics|genetics|graphics|electronics|linguistics|gymnastics|aerobics|tactics|metrics)$/;

/**
 * The other grammatical number of a phrase's last word ("critics" ↔ "critic", "bookies" ↔
 * "bookie", "flutter" → "flutters"); none for a word that is neither ("betting", "analysis").
 */
function otherNumber(term: string): string[] {
  const m = /^(.*?)([a-z]{4,})$/.exec(term);
  if (!m) return [];
  const head = m[1]!;
  const last = m[2]!;
  if (/(?:ss|us|is|ing|ed)$/.test(last) || SUBJECT_ICS.test(last)) return [];
  if (/[^aeiou]ies$/.test(last))
    return [`${head}${last.slice(0, -3)}y`, `${head}${last.slice(0, -1)}`];
  if (/(?:ch|sh|x)es$/.test(last)) return [`${head}${last.slice(0, -2)}`];
  if (/s$/.test(last)) return [`${head}${last.slice(0, -1)}`];
  if (/[^aeiou]y$/.test(last)) return [`${head}${last.slice(0, -1)}ies`];
  if (/(?:ch|sh|x)$/.test(last)) return [`${head}${last}es`];
  return [`${head}${last}s`];
}

/**
 * Round 26: whether an "of" phrase right after a banned thing names another owner than the
 * notes' ("the sale of the sites" where the notes ban a sale "of Kernow itself").
 */
function ownedByAnother(banned: { of?: string }, after: string): boolean {
  if (!banned.of) return false;
  const owner =
    /^\s+of\s+(?:(?:the|a|an|its|their|his|her|our|your|this|these|those)\s+)?([A-Za-z][A-Za-z'’-]*)/i.exec(
      after,
    )?.[1];
  if (!owner) return false;
  const own = (banned.of.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).map(stem);
  return !own.some((o) => sameStem(o, stem(owner)));
}

function isIndefinite(before: string): boolean {
  return INDEFINITE.test(before);
}

/** Whether the sentence holding a hit matches `pattern` (each sentence read once per pattern). */
function sentenceMatches(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: number,
  pattern: RegExp,
): boolean {
  const memo = draft.memo(
    `topic-sentence:${field.field}:${pattern.source}`,
    () => new Map<number, boolean>(),
  );
  let verdict = memo.get(sentence);
  if (verdict === undefined) {
    const span = sentencesOf(draft, field)[sentence];
    verdict = span !== undefined && pattern.test(field.scan.slice(span.start, span.end));
    memo.set(sentence, verdict);
  }
  return verdict;
}

/** The name nearest to a hit, among names sorted by position (binary search). */
function nearestName(names: readonly TermHit[], hit: TermHit): TermHit | undefined {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (names[mid]!.start < hit.start) low = mid + 1;
    else high = mid;
  }
  const after = names[low];
  const before = names[low - 1];
  if (!before) return after;
  if (!after) return before;
  return hit.start - before.start <= after.start - hit.start ? before : after;
}

function report(
  ctx: CheckContext,
  fieldName: TextFieldName,
  j: Judged,
  name: { start: number; end: number } | undefined,
  reported: Set<string>,
): number {
  let evidence = hitEvidence(j.hit);
  if (name && Math.abs(name.start - j.hit.start) <= 80) {
    const field = fieldOf(ctx.draft, fieldName);
    const start = Math.min(name.start, j.hit.start);
    const end = Math.max(name.end, j.hit.end);
    evidence = { field: fieldName, text: field.text.slice(start, end), start, end };
  }
  // One word is one finding, whichever of its roles (a name's word, a near-synonym) reports it.
  const id = `${fieldName}:${evidence.start}:${evidence.end}`;
  const word = `${fieldName}@${j.hit.start}`;
  if (reported.has(id) || reported.has(word)) return evidence.end;
  reported.add(id);
  reported.add(word);
  reported.add(`${fieldName}#${j.sentence}#${j.spec.topic}`);
  ctx.report({
    messageId: "topic",
    data: { topic: j.spec.topic, text: evidence.text, field: fieldName },
    evidence,
  });
  return evidence.end;
}
