/**
 * Whether a clause offers or asks for something in the future ("I'll ring you", "could you post
 * the originals", "let's jump on a call", "pop me a text", "shall we meet in person?") or does
 * something else with it: reports the past ("as discussed on the phone", "I tried to call you"),
 * negates it ("no need to call back", "rather than calling"), or has someone else do it ("the
 * regulator may call us", "they want a call"). English, UK and US.
 *
 * The test reads the words before the channel expression in its clause, nearest first: the
 * nearest cue decides (a modal with its subject, "let's", "please", "feel free to", a past verb,
 * a negation). With no cue, a clause that starts with the expression's own verb is an imperative
 * ("Text me when you land"), and a question proposes ("A quick call tomorrow?").
 */

export type Mood = "offer" | "report" | "negated" | "other" | "none";

export interface MoodResult {
  mood: Mood;
  /** Where the deciding cue starts (for evidence that reads "I'll call you"), when there is one. */
  cueStart?: number;
}

/** Words that close a clause for this test: the cue must be inside the expression's clause. */
const HARD_BREAK = /[;:()\u2013\u2014\u2026[\]"“”]|\s-\s|\n/g;
/**
 * Commas and conjunctions start a segment: an imperative may start one ("If easier, call me",
 * "…, so ring me"). After "and", "or" and "then" a verb shares the subject and modal before it
 * ("I'll read it and call you", "the regulator may read it and call us").
 */
const SOFT_BREAK = /,|\s(and|or|then|but|so|plus)\s/g;
const COORDINATING = /^(?:and|or|then|plus)$/;

// Cues, lower case with straight apostrophes. Each alternative's group says what it means.
const OFFER_WORDS = [
  "(?:don't|do\\s+not|never)\\s+hesitate\\s+to",
  "feel\\s+free(?:\\s+to)?",
  "happy\\s+to|glad\\s+to|pleased\\s+to|delighted\\s+to|keen\\s+to|willing\\s+to|more\\s+than\\s+happy\\s+to",
  "let's|let\\s+us|let\\s+me|let\\s+me\\s+know",
  "shall\\s+(?:i|we)|should\\s+(?:i|we)|can\\s+(?:i|we|you)|could\\s+(?:i|we|you)|would\\s+you|will\\s+you|may\\s+i|might\\s+(?:i|we)",
  "please|pls|kindly",
  "how\\s+about|what\\s+about|why\\s+don't\\s+(?:i|we|you)|why\\s+not",
  "would\\s+it\\s+(?:help|be\\s+(?:easier|helpful|useful|better|best|simpler|quicker|possible)|make\\s+sense|work|suit)",
  "it\\s+(?:would|might|may|could|'d|will)\\s+(?:be\\s+)?(?:good|great|helpful|useful|easier|easiest|best|better|simpler|quicker|sensible|worth|nice|ideal|efficient)(?:\\s+\\w+)?(?:\\s+to)?",
  "(?:i|we)\\s+(?:would\\s+|'d\\s+)?(?:suggest|propose|recommend)(?:\\s+that)?(?:\\s+(?:we|you|i))?",
  "(?:i|we)(?:'ve|\\s+have)\\s+(?:just\\s+|now\\s+|also\\s+|already\\s+)?(?:set\\s+up|scheduled|arranged|booked|organi[sz]ed|sent|put|created|opened|added|started|circulated|shared|pencilled|penciled|asked\\s+for|requested)",
  "if\\s+you(?:'d|\\s+would)?\\s+(?:like|prefer|want|wish|rather)|if\\s+(?:it's|it\\s+is)\\s+(?:easier|helpful|simpler|quicker|convenient)|if\\s+easier|if\\s+helpful|if\\s+you\\s+(?:need|have\\s+(?:any|a))",
  "when\\s+you(?:'re|\\s+are)?\\s+(?:free|ready|able|around|back|get\\s+a\\s+(?:chance|moment|minute))|when\\s+(?:it\\s+)?suits|whenever\\s+(?:suits|convenient|you\\s+like)|at\\s+your\\s+convenience",
  "(?:are|r)\\s+you\\s+(?:free|available|around|about|able|ok|okay|happy)|is\\s+there\\s+a\\s+(?:good\\s+)?time|do\\s+you\\s+have\\s+(?:time|a\\s+(?:moment|minute|sec|second)|\\w+\\s+minutes)|have\\s+you\\s+got\\s+(?:time|a\\s+(?:moment|minute))|any\\s+chance|would\\s+you\\s+(?:be\\s+)?(?:free|available|able|happy|prefer|like)",
  "free\\s+for|available\\s+for|time\\s+for|around\\s+for|up\\s+for|ready\\s+for|open\\s+to",
  "(?:i|we)\\s+look\\s+forward\\s+to|looking\\s+forward\\s+to|i'll\\s+be\\s+in\\s+touch|(?:i|we)\\s+(?:hope|plan|intend|aim|expect|want|need|wanted|would\\s+like|'d\\s+like|'d\\s+love|would\\s+love)\\s+to",
  "worth\\s+(?:a|having|doing|setting)",
  "(?:(?:it's|it\\s+is|probably|perhaps)\\s+)?(?:best|better|easier|easiest|quicker|quickest|simpler|simplest)\\s+(?:to|if)",
  "maybe|perhaps|possibly",
  // "the easiest thing would be a call", "best option is probably a quick call".
  "(?:the\\s+)?(?:best|easiest|simplest|quickest|easier|simpler|quicker|sensible)\\s+(?:thing|option|way|route|approach|course|plan)(?:\\s+(?:now|here|forward|from\\s+here))?\\s+(?:would\\s+be|is|may\\s+be|might\\s+be|'d\\s+be|could\\s+be)",
];

const REPORT_WORDS = [
  "spoke|spoken|talked|discussed|called|rang|rung|phoned|texted|messaged|e-?mailed|whatsapped|met|said|sent|received|got|had|was|were|did|didn't|agreed|told|mentioned|confirmed|explained|asked|tried|trying|attempted|failed|left|missed|took|made|gave|went|came|noted|suggested|proposed|recommended|insisted|offered|declined|cancelled|canceled|postponed|replaced|replaces|raised|reported|noticed|saw|heard|been|used|requested|preferred|chose|wanted",
  "as\\s+(?:discussed|agreed|mentioned|requested|arranged|planned|per)|thanks?\\s+(?:again\\s+)?for|thank\\s+you\\s+(?:again\\s+)?for|following\\s+(?:our|your|the|my|on\\s+from|up\\s+on)|further\\s+to|after\\s+(?:our|the|your|my)|since\\s+(?:our|the|your|my)|per\\s+(?:our|your|my)|during\\s+(?:our|the|your|my)",
  "earlier|yesterday|last\\s+(?:week|night|month|time|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ago|previously|recently|(?:suggestion|request|proposal|offer|invitation|insistence)\\s+(?:of|for|to)",
];

const NEGATION_WORDS = [
  "no\\s+need|needn't|not\\s+(?:necessary|needed|required|essential)|(?:don't|do\\s+not|doesn't|does\\s+not)\\s+(?:need|want|have)|won't|will\\s+not|shan't|wouldn't|would\\s+not|rather\\s+than|instead\\s+of|instead|without|never|no\\s+longer|rather\\s+not|avoid(?:ing)?|declin(?:e|ing)|refus(?:e|ing)|unable\\s+to|can't|cannot|can\\s+not|couldn't|not|don't|do\\s+not|no",
];

/** A subject and the modal or aux after it ("we'll", "the regulator may", "they want to"). */
const SUBJECT_MODAL =
  "([a-z][a-z'.-]*)\\s+(?:will|'ll|shall|may|might|would|'d|could|can|should|must|ought\\s+to|is\\s+going\\s+to|are\\s+going\\s+to|'re\\s+going\\s+to|'s\\s+going\\s+to|am\\s+going\\s+to|'m\\s+going\\s+to|is\\s+likely\\s+to|are\\s+likely\\s+to|wants?(?:\\s+to)?|plans?\\s+to|intends?\\s+to|needs?\\s+to|hopes?\\s+to|prefers?(?:\\s+to)?|is\\s+to|are\\s+to)(?:\\s+(?:also|then|just|probably|likely|certainly|definitely|happily|gladly|be))*";
const CONTRACTED_SUBJECT =
  "(i'll|we'll|you'll|i'd|we'd|you'd|i'm|we're|you're|i've|we've|they'll|they'd|they're|he'll|she'll|it'll|he'd|she'd)(?:\\s+(?:also|then|just|probably|likely|certainly|definitely|happily|gladly|be))*";

/**
 * "If you send me a WhatsApp", "if you give us a ring": a condition on the client's act is an
 * invitation when the act reaches the author; "if you receive a call" is not.
 */
const IF_YOU = "if\\s+you(?:\\s+(?:can|could|just|ever|then|do))?";

const CUE = new RegExp(
  `\\b(?:(${OFFER_WORDS.join("|")})|(${REPORT_WORDS.join("|")})|(${NEGATION_WORDS.join("|")})|${SUBJECT_MODAL}|${CONTRACTED_SUBJECT}|(${IF_YOU}))\\b`,
  "g",
);

/** Things that are sent, as a clause's subject. */
const DOCUMENT_SUBJECT =
  /^(?:originals?|documents?|deeds?|papers|copies|copy|counterparts?|engrossments?|certificates?|cheques?|checks|bundles?|packs?|forms?|pages|contracts?|agreements?|letters?)$/;
/** Modals of a plan, not of a rule. */
const PLAN_MODAL = /\s(?:will|'ll|can|could|may|might|is\s+going\s+to|are\s+going\s+to)\b/;

/** Subjects that speak for the author or the client. */
const FIRST_SECOND = /^(?:i|we|you)$/;
/** The firm's own people: "my colleague", "our team", "my assistant". */
const FIRM_PEOPLE =
  /^(?:colleagues?|assistant|secretary|pa|team|associate|associates|trainee|paralegal|partner|office|someone|somebody|one|counsel)$/;

/**
 * Words an imperative may start with in this context: getting in touch, sending, meeting. A
 * clause that starts with one (after "so", "just", "please", a name and a comma) asks for it.
 */
const IMPERATIVE =
  /^(?:expect|call|ring|phone|telephone|text|txt|sms|whatsapp|e-?mail|message|ping|drop|pop|send|give|shoot|fire|flick|reach|contact|get|find|come|join|hop|jump|use|try|book|schedule|set|arrange|organi[sz]e|meet|visit|see|post|courier|mail|overnight|fedex|leave|grab|chat|speak|talk|discuss|dial|do|bring|fix|buzz|swing|stop|nip|head|make|have|let|pick|share|forward|put|facetime|skype|zoom|signal|hit|bell|shout)\b/;
/**
 * Words that may open such a clause before its verb: linking words, politeness, and a modal whose
 * subject a terse note leaves out ("Will ring you Mon am", "can text you the code later").
 */
const OPENERS =
  /^(?:(?:so|then|and|or|but|otherwise|alternatively|also|just|simply|please|pls|plz|kindly|maybe|perhaps|ideally|meanwhile|again|now|ok|okay|sure|yes|actually|do|failing\s+that|if\s+not|either\s+way|in\s+the\s+meantime|of\s+course|by\s+all\s+means|alternately|instead|otherwise|equally|else|ps|p\.s\.|will|shall|can|could|gonna|going\s+to|happy\s+to)\b[\s,]*)+/;

/** A word and "me" or "us" opening a clause is a verb in the imperative ("DM me", "hit me up"). */
const VERB_ME =
  /^(?!(?:let|for|to|with|from|like|about|of|than|and|or|but|so|tell|ask|give|send|let's)\b)[a-z]+\s+(?:me|us)(?:\s+up)?$/;

const PAST_QUESTION = /^\s*(?:did|was|were|had|has|have\s+you\s+(?:had|received|got|seen))\b/i;

export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * The mood of the clause holding [at, end) in `text` (the field's scan text), within `sentence`.
 * `object` is the person the expression addresses ("me"/"us": the author asks to be contacted;
 * "you": the client; undefined: none), which decides whether a named subject speaks for the firm.
 */
export function moodOf(
  text: string,
  sentence: SentenceSpan,
  at: number,
  end: number,
  object?: "author" | "client",
): MoodResult {
  // The clause: back to the sentence's start or a hard break, at most 200 characters.
  const from = Math.max(sentence.start, at - 200);
  const before = text.slice(from, at).toLowerCase().replace(/[’‘]/g, "'");
  let clauseFrom = 0;
  HARD_BREAK.lastIndex = 0;
  for (let m = HARD_BREAK.exec(before); m; m = HARD_BREAK.exec(before)) {
    clauseFrom = m.index + m[0].length;
  }
  const clause = before.slice(clauseFrom);
  let segmentFrom = 0;
  let coordinated = false;
  SOFT_BREAK.lastIndex = 0;
  for (let m = SOFT_BREAK.exec(clause); m; m = SOFT_BREAK.exec(clause)) {
    segmentFrom = m.index + m[0].length;
    coordinated = m[1] !== undefined && COORDINATING.test(m[1]);
  }

  // The nearest cue in the segment decides.
  const inSegment = nearestCue(clause, segmentFrom, object);
  if (inSegment) return withOffset(inSegment, from + clauseFrom);
  const segment = clause.slice(segmentFrom).trim().replace(OPENERS, "").trim();
  const expression = text.slice(at, Math.min(end, at + 40)).toLowerCase();
  // An imperative: the clause starts with the expression's verb, a verb this lexicon knows, or
  // any verb with "me"/"us" ("DM me on Signal", "catch me on the phone").
  const startsWithVerb =
    segment === ""
      ? IMPERATIVE.test(expression)
      : IMPERATIVE.test(segment) || VERB_ME.test(segment);
  const earlier = () => nearestCue(clause.slice(0, segmentFrom), 0, object);
  if (startsWithVerb) {
    // "I'll read it and call you": the verb shares what came before "and".
    if (coordinated) {
      const shared = earlier();
      if (shared) return withOffset(shared, from + clauseFrom);
    }
    return { mood: "offer" };
  }
  // A fragment ("A quick call tomorrow?") proposes when it asks.
  if (segment === "" && isQuestion(text, sentence)) return { mood: "offer" };
  const inClause = earlier();
  if (inClause) return withOffset(inClause, from + clauseFrom);
  if (isQuestion(text, sentence) && !PAST_QUESTION.test(text.slice(sentence.start, at))) {
    return { mood: "offer" };
  }
  // "A short call would be quickest", "a quick Zoom might help": the proposal follows the noun.
  if (segment === "" && OFFER_AFTER.test(text.slice(end, Math.min(sentence.end, end + 80)))) {
    return { mood: "offer" };
  }
  return { mood: "none" };
}

/** After a noun that opens its clause, words that propose it. */
const OFFER_AFTER =
  /^[^.!?;\n]{0,40}?\b(?:would|could|might|may|should)\s+(?:(?:probably|perhaps|really|well|also)\s+)?(?:be\s+(?:best|easiest|easier|quickest|quicker|simplest|simpler|sensible|helpful|useful|good|great|worthwhile|ideal|the\s+(?:best|easiest|quickest|simplest))|help|work|suit|save|make\s+sense|speed)\b|^[^.!?;\n]{0,40}?\b(?:is|seems|works|suits)\s+(?:probably\s+)?(?:the\s+)?(?:best|easiest|quickest|simplest|fine|perfect|ok|okay|great|good)\b|^\s*(?:works|suits|is\s+fine)\b/i;

function withOffset(result: MoodResult, offset: number): MoodResult {
  return result.cueStart === undefined ? result : { ...result, cueStart: result.cueStart + offset };
}

function isQuestion(text: string, sentence: SentenceSpan): boolean {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
  return text[end - 1] === "?";
}

/** The cue nearest the end of `text` (from `from` on), and what it says. */
function nearestCue(
  text: string,
  from: number,
  object?: "author" | "client",
): MoodResult | undefined {
  const scope = text.slice(from);
  CUE.lastIndex = 0;
  let best: RegExpExecArray | undefined;
  let bestEnd = -1;
  for (let m = CUE.exec(scope); m; m = CUE.exec(scope)) {
    const end = m.index + m[0].length;
    // The nearest end wins; at the same end, the longer cue ("don't hesitate to" over "to").
    if (end > bestEnd || (end === bestEnd && best && m[0].length > best[0].length)) {
      best = m;
      bestEnd = end;
    }
    if (m[0].length === 0) CUE.lastIndex++;
  }
  if (!best) return undefined;
  const cueStart = from + best.index;
  if (best[1] !== undefined) return { mood: "offer", cueStart };
  if (best[2] !== undefined) return { mood: "report", cueStart };
  if (best[3] !== undefined) return { mood: "negated", cueStart };
  if (best[6] !== undefined) return { mood: object === "author" ? "offer" : "other", cueStart };
  const contracted = best[5];
  if (contracted !== undefined) {
    const person = contracted.slice(0, contracted.indexOf("'"));
    if (/^(?:i|we|you)$/.test(person)) {
      // "I'd" and "I've" alone say nothing of the future ("I've spoken…" is caught as a report).
      return { mood: "offer", cueStart };
    }
    return { mood: "other", cueStart };
  }
  // "I'd prefer to", "we'll want to": the subject without its contracted auxiliary.
  const subject = best[4]!.replace(/'(?:d|ll|ve|m|re|s)$/, "");
  if (FIRST_SECOND.test(subject)) return { mood: "offer", cueStart };
  // "The original can follow by DX", "the signed copies will go by courier": a document as
  // subject of a plan is the firm's (or the client's) sending; "the notice must be served by
  // post" states a rule.
  if (DOCUMENT_SUBJECT.test(subject)) {
    return PLAN_MODAL.test(best[0]) ? { mood: "offer", cueStart } : { mood: "none" };
  }
  if (FIRM_PEOPLE.test(subject)) {
    const lead = scope.slice(0, best.index).trimEnd();
    return /\b(?:my|our)(?:\s+\w+)?$/.test(lead) || /\b(?:of|from)\s+(?:my|our)\s+\w+$/.test(lead)
      ? { mood: "offer", cueStart }
      : { mood: "other", cueStart };
  }
  // A person named as subject ("Priya will call you"): the firm's, when the client is addressed.
  const lead = scope.slice(0, best.index).trimEnd();
  if (
    object === "client" &&
    !/\b(?:the|a|an|their|his|her|its|this|that)$/.test(lead) &&
    /^[a-z]+$/.test(subject) &&
    !/^(?:it|they|he|she|that|this|which|who|there|these|those|what)$/.test(subject)
  ) {
    return { mood: "offer", cueStart };
  }
  return { mood: "other", cueStart };
}
