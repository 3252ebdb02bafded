/**
 * What kind of statement a clause is, independent of the preference it may carry: a question
 * asking for information, a request, a condition or a counterfactual, a one-off tied to one
 * occasion, a report of the past, a withdrawn thought; and whose it is (the writer, their
 * organisation, or someone else). Every recogniser's candidate goes through these, so "could
 * you call me today?", "if it were up to me we'd use Zoom" and "my colleague prefers calls" are
 * refused the same way whichever field they would have filled.
 */
import {
  ACTING_BODIES,
  BODY_QUALIFIERS,
  GOVERNING_BODIES,
  RULE_OFFICERS,
} from "./organisation-bodies";
import { servedPeopleSubject } from "./third-parties";
import type { Clause, Sentence } from "./sentences";
import { isCommonWord } from "../text/common-words";
import { afterLabel } from "./labels";
import { TITLE_WORD } from "./titles";
import { TIME_FRONT } from "./time-front";

// Words that open a clause without changing who speaks: skipped before reading its subject.
// Round 31: a time the wish starts from ("From next week I would like…"; time-front.ts).
const OPENERS = new RegExp(
  String.raw`^(?:(?:and|also|so|but|then|now|just|oh|ok|okay|well|honestly|frankly|separately|finally|first(?:ly)?|second(?:ly)?|lastly|plus|still|anyway|again|meanwhile|otherwise|please|yes|no|sadly|alas|unfortunately|for\s+the\s+record|to\s+be\s+honest|by\s+the\s+way|one\s+(?:more\s+)?(?:thing|request)|on\s+that\s+note|in\s+short|in\s+general|more\s+generally|going\s+forward|from\s+now\s+on|${TIME_FRONT}|for\s+(?:your|the)\s+(?:team's\s+)?(?:file|notes|records))[\s,:;-]+)+`,
  "i",
);

/** The clause without its opening discourse words, lower-cased. */
export function core(clause: Clause | string): string {
  const text = typeof clause === "string" ? clause : clause.text;
  return text.replace(OPENERS, "").toLowerCase();
}

// ------------------------------------------------------------------------------------------
// Questions
// ------------------------------------------------------------------------------------------

export type QuestionKind = "statement" | "request" | "question";

// "Could you send Meet links?", "Can I ask your office to stop phoning me?", "Could we keep
// politics out of it?": polite requests. "Would a call be easier?", "Do you prefer Teams or
// Zoom?", "would Teams work for your side?": asking for information or an opinion.
const REQUEST_QUESTION =
  /^(?:(?:please\s+)?(?:could|can|would|will|may)\s+(?:you|we|your\s+\w+(?:\s+\w+)?|everything(?:\s+for\s+(?:me|us))?|all\s+(?:the\s+)?(?:correspondence|communications?|papers|documents)|i\s+(?:ask|suggest|(?:please\s+)?(?:have|get|receive))|we\s+(?:please\s+)?(?:have|get|receive))\b(?!\s+(?:prefer|like|rather|be\s+(?:easier|better|ok|okay|fine|possible|able)|work|suit|mind(?!\s+(?:not\s+)?\w+ing\b)|use\s+(?:teams|zoom|webex|google|anything|whatever))))/i;
// "Would it be possible to use Teams…?", "Is there any chance you could send…?": a request.
const INDIRECT_REQUEST =
  /^(?:(?:would|will|could)\s+it\s+be\s+(?:possible|ok|okay|alright|all\s+right|feasible)\s+(?:for\s+(?:you|us)\s+)?to|is\s+there\s+any\s+(?:chance|way)\s+(?:you|we)\s+(?:could|can|might)|(?:would|do)\s+you\s+mind\s+\w+ing)\b/i;
// Round 17: "Could the monthly status note move to the first Monday?": a standing arrangement,
// named by its cadence, asked to move; a request, as "could you move it" is.
const MOVE_STANDING =
  /^(?:could|can|would)\s+(?:the|our|your)\s+(?:regular\s+|usual\s+)?(?:daily|weekly|fortnightly|monthly|quarterly)\s+(?:[\w-]+\s+){0,2}?(?:updates?|notes?|reports?|summary|round-?ups?|briefings?|calls?|check-?ins?|catch-?ups?)\s+(?:please\s+)?(?:now\s+)?(?:be\s+)?(?:move|moved|switch|switched|shift|shifted)\s+(?:over\s+)?to\b/i;
// Round 32 (listen-32a): "Could the valuation summaries come in the first week after each quarter
// end?", "can the monthly report reach me by the 5th?": the update asked to arrive at a time; a
// request, as "could you send it" is ("Could the report be late?" asks nothing of the firm).
const ARRIVAL_ASKED =
  /^(?:could|can|would)\s+(?:the|our|my|your)\s+(?:[\w-]+\s+){0,4}?(?:updates?|notes?|reports?|summary|summaries|round-?ups?|briefings?)\s+(?:please\s+)?(?:come|arrive|reach|land|go\s+out|be\s+sent)\s+(?:(?:to\s+)?(?:me|us|him|her|them)\s+)?(?:in|on|by|before|ahead|every|each|once|the|at)\b/i;
// Round 28 (analysis-lh25 A): "Could all our meetings be on Teams?", "can every call with us be held
// on Zoom?": a platform asked for the writer's meetings as a whole, with "could" or "can" (not "will
// all meetings be on Teams?", asking what is planned; nor one meeting, "can Thursday's meeting…").
const MEETINGS_ASKED_FOR =
  /^(?:could|can)\s+(?:(?:all|any|every|future|our|my)\s+){1,2}(?:[\w-]+\s+){0,6}?be\s+(?:(?:held|hosted|run|set\s+up|done)\s+)?(?:on|via|in|through|over|using)\s+(?:ms\s+|microsoft\s+|google\s+|cisco\s+)?(?:teams|zoom|webex|meet|skype|google\s+meet)\b/i;
const STANDING_IN_QUESTION =
  /\b(?:going\s+forward|from\s+now\s+on|in\s+(?:the\s+)?future|future\s+\w+|for\s+good|always|any\s+more|anymore|generally|every\s+time)\b/i;

// A complaint put as a question states the wish it complains of: "Why does your office keep
// ringing my mobile?", "How many times do I have to say I don't use WhatsApp?", "Must every update
// come as a Zoom?", "Why does everything have to be on Teams?". Read as interrogative shapes that
// ask nothing: "why … keep/still/always …ing", "how many times must I (say/tell/ask)", "must
// every/all/each …", "why does every/everything …", "does everything really have to …". Not "Can
// we do this by phone?", "Why did the call drop?", "Do all meetings have to be on Zoom?" (a rule
// asked about), "Why do you still need the originals?" (no habit of the firm's complained of).
// The wish restated inside the question, its words in their own sense: "How many times do I
// have to say I don't use WhatsApp?", "Is it too much to ask that you stop texting me?".
const RESTATED_COMPLAINT = new RegExp(
  [
    String.raw`^is\s+it\s+(?:really\s+)?(?:too\s+much|so\s+much|asking\s+too\s+much)\s+to\s+ask\s+(?:that|for)\b`,
    String.raw`^(?:do|must)\s+(?:i|we)\s+(?:really\s+)?(?:need\s+to|have\s+to)\s+(?:say|tell\s+you|repeat|remind\s+you|spell\s+(?:it|this)\s+out)\s+(?:again|once\s+more|one\s+more\s+time)\b`,
    String.raw`^how\s+(?:many\s+(?:more\s+)?times|often)\s+(?:do|must|will|shall|have|did|should)\s+(?:i|we)\s+(?:have\s+to\s+|got\s+to\s+|need\s+to\s+)?(?:say|tell|ask|repeat|explain|mention|point\s+out|remind|told|said|asked|explained|mentioned)\b`,
  ].join("|"),
  "i",
);
// The habit complained of, named the other way round: "Why does your office keep ringing my
// mobile?", "Must every update come as a Zoom?". The channel and name readers know these shapes;
// billing and hospitality readers would read them backwards ("Why do you keep sending detailed
// invoices?", "…inviting me to golf days?"), so a clause with their words stays a question.
const REVERSED_COMPLAINT = new RegExp(
  [
    String.raw`^(?:why|how\s+come)\b[^?]{0,60}?\b(?:keeps?(?:\s+on)?|still|always|constantly|continually|insists?\s+on)\s+[a-z]+ing\b`,
    String.raw`^(?:why\s+)?must\s+(?:every|each|all|everything)\b`,
    String.raw`^why\s+(?:does|do|is|are|has|have)\s+(?:every|each|all|everything)\b`,
    String.raw`^(?:does|do)\s+(?:every|each|all|everything)\b[^?]{0,40}\breally\s+(?:have|need)\s+to\b`,
  ].join("|"),
  "i",
);
const OTHER_FIELD_WORDS =
  /\b(?:invoic\w*|bill(?:s|ed|ing)?|charg\w*|fees?|narratives?|invit\w*|tickets?|lunch(?:es)?|dinners?|drinks|events?|hospitality|golf|part(?:y|ies)|gifts?)\b/i;

/** A complaint put as a question, which states the wish it complains of. */
export function isRhetoricalComplaint(text: string): boolean {
  const asked = core(text).replace(
    /^(?:(?:and|so|but|honestly|seriously|sorry|look|please)[,\s]+)+/i,
    "",
  );
  if (RESTATED_COMPLAINT.test(asked)) return true;
  return REVERSED_COMPLAINT.test(asked) && !OTHER_FIELD_WORDS.test(text);
}

// "Could people / everyone / your team please stop…?": "please" asked of everyone who writes.
export const PLEASE_ASKED_OF_ALL =
  /^(?:could|can|would|will)\s+(?:people|everyone|everybody|all\s+of\s+you|your\s+(?:people|team|colleagues|staff|office))\s+(?:please|kindly)\b/i;

/** Whether a sentence asks for something (a request) or for information (a question). */
export function questionKind(sentence: Sentence, clause: Clause): QuestionKind {
  const text = clause.text.trimEnd();
  if (!/\?["')]*$/.test(text) && !/\?["')]*$/.test(sentence.text.trimEnd())) return "statement";
  // The question mark belongs to the last clause; earlier clauses of the sentence are statements.
  if (!/\?["')]*$/.test(text)) return "statement";
  const asked = core(clause);
  // "For the rest of the project, could you send…": a leading phrase before the request.
  const afterLead = asked.replace(/^[^,?]{0,60},\s*/, "");
  if (REQUEST_QUESTION.test(asked) || REQUEST_QUESTION.test(afterLead)) return "request";
  if (INDIRECT_REQUEST.test(asked) || INDIRECT_REQUEST.test(afterLead)) return "request";
  if (STANDING_IN_QUESTION.test(text)) return "request";
  if (isRhetoricalComplaint(clause.text)) return "request";
  // "Can we use Signal, please?": "please" makes the question a request.
  if (/^(?:could|can|would|will)\s+(?:you|we)\b[^?]*\bplease\b/i.test(afterLead)) return "request";
  // Round 12: "Could people please stop writing 'Mr Owusu'?", "Could everyone please…".
  if (PLEASE_ASKED_OF_ALL.test(afterLead)) return "request";
  if (MOVE_STANDING.test(afterLead) || ARRIVAL_ASKED.test(afterLead)) return "request";
  if (MEETINGS_ASKED_FOR.test(afterLead)) return "request";
  return "question";
}

// ------------------------------------------------------------------------------------------
// Conditions, counterfactuals and withdrawn thoughts
// ------------------------------------------------------------------------------------------

// "I'd be grateful if…", "It would help if…", "I'd appreciate it if…": politeness, not a condition.
const POLITE_IF =
  /\b(?:grateful|appreciate(?:d)?(?:\s+it)?|help(?:ful)?|simplest|easiest|great|good|nice|ideal|better|best|prefer\s+it|happier|kind|lovely)\s+if\b/i;
// A condition that opens the clause governs it; one that follows ("…, unless it changes the
// advice") is an exception to a standing preference.
const LEADING_CONDITION = /^(?:if|unless|in\s+case|when(?!ever)\s+(?!you\s+(?:can|like|want)))\b/i;
// Round 27: "When you put together the deck and anything else for us, …", "When you write to us,
// …": the firm's work for the client, each time it is done: a time frame, not a condition.
const WHEN_WORKING_FOR_US =
  /^when\s+you(?:'re|\s+are)?\s+(?:(?:put|putting|pull|pulling)\s+together|prepar(?:e|ing)|draft(?:ing)?|writ(?:e|ing)|produc(?:e|ing)|compil(?:e|ing)|send(?:ing)?)\b[^,;:]{0,80}?\b(?:for|to)\s+us\b/i;
// The work in general, not one document ("When you prepare the deck for us" is that deck):
// "anything", "any", "all", a plural, or writing to us as such.
const WORK_IN_GENERAL =
  /\b(?:anything|everything|whatever|any|all|every)\b|\b(?:decks|papers|reports|letters|e-?mails|memos|documents|drafts|slides|packs|updates|notes|briefings|presentations|materials)\b|^when\s+you(?:'re|\s+are)?\s+writ(?:e|ing)\s+to\s+us\b/i;

/** "When you put together … for us, …": the firm's work in general for the client (a time frame). */
function whenWorkingForUs(text: string): boolean {
  const lead = /^[^,;:]*/.exec(text)![0];
  return WHEN_WORKING_FOR_US.test(lead) && WORK_IN_GENERAL.test(lead);
}

export interface ConditionFacts {
  /** The clause is governed by a condition ("if something is urgent, ring me"). */
  conditional: boolean;
  /** Contrary to fact or merely imagined ("if it were up to me we'd use Zoom"). */
  counterfactual: boolean;
  /**
   * The "when" names the setting of the talk ("when we talk", "when you're in the studio with
   * the leads"), not an event that may or may not happen: a subject kept out of it is kept out.
   */
  setting: boolean;
  /**
   * Round 37: the condition is the contact itself ("if you need me, …", "if anything comes up,
   * …"): a condition for every field but the ways of reaching the writer (judge(), listen.ts).
   */
  contact: boolean;
}

// (Round 16, from the lh15 diagnosis.) Where the writer and the firm talk: "when we talk", "when
// you write to me", "when you're in the studio". Not when the "when" names someone else the talk
// is with ("when you're with the landlord", "when you talk to the press"): a tactic for dealing
// with them, which stays a condition.
const SETTING_WHEN =
  /^when\s+(?:we|you)(?:'re|\s+are)?\s+(?:next\s+)?(?:talk|talking|speak|speaking|meet|meeting|chat|chatting|in|with|at|on|around|visiting|write|writing|here|there|over)\b/i;
const SOMEONE_ELSE_IN_SETTING =
  /\b(?:to|with|meet|meeting|visit|visiting|around)\s+(?!(?:me|us|each\s+other)\b)[\p{L}]/iu;
// The client's own people met are still the client's side (round 17, lh16): "when you meet the
// directors", "when you're with our site teams".
const OWN_PEOPLE_IN_SETTING =
  /\b(?:to|with|meet|meeting|visit|visiting|around)\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:board|staff|teams?|leads|managers|employees|engineers|crews?|workforce|colleagues|trustees|directors|partners|volunteers)\s*$/i;

function isSetting(text: string): boolean {
  const lead = text.split(",", 1)[0]!;
  return (
    SETTING_WHEN.test(lead) &&
    (!SOMEONE_ELSE_IN_SETTING.test(lead) || OWN_PEOPLE_IN_SETTING.test(lead.trim()))
  );
}

// "If we can, let's always use Zoom", "if possible": a hedge, not a condition.
const HEDGE_IF =
  /^(?:if\s+(?:we|you|i)\s+can|if\s+possible|if\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:ok|okay|alright|all\s+right|possible|convenient|easier)|if\s+you\s+don't\s+mind)\b/i;
// "If you need to attend, please join on Zoom", "If you need to speak, send me an email": whenever
// it arises, not a hypothetical — unless the occasion is urgent or one-off.
const WHEN_NEEDED_IF =
  /^(?:if|when(?:ever)?)\s+(?:you|anyone|your\s+\w+)\s+(?:ever\s+)?(?:need|want|have|wish|'d\s+like|would\s+like)\s+(?:to\s+)?(?:attend|join|speak|talk|call|reach|contact|discuss|meet|send|message|text|write\s+to|get\s+(?:in\s+touch|hold\s+of)|a\s+(?:call|chat|word|meeting|decision))\b(?![^,]*\b(?:urgent|urgently|today|tonight|now)\b)/i;
// Round 37: the condition is the contact itself, whenever it arises: "If you need me, the best
// way to catch me is WhatsApp", "If we need to talk something through, Teams works well for me",
// "if anything comes up on this, message me on WhatsApp". Not an urgent or dated occasion ("if
// anything comes up this week, send a Teams link"): that stays a condition (a one-off).
const CONTACT_IF =
  /^(?:if|when(?:ever)?)\s+(?:(?:you|anyone)\s+(?:ever\s+)?need\s+(?:me|us)\b|we\s+(?:ever\s+)?need\s+to\s+(?:talk|speak|chat|discuss|meet|catch\s+up)\b|(?:anything|something)\s+(?:else\s+)?(?:comes|crops|pops)\s+up\b)(?![^,]*\b(?:urgent|urgently|today|tonight|tomorrow|now|this\s+(?:week|time|once|morning|afternoon|evening|weekend))\b)/i;

// A condition by inversion governs its clause as "if" does ("Were we ever to list, we'd want
// quarterly updates"; analysis-lh26). Not "should you need…": a whenever, read as polite.
const INVERTED_CONDITION =
  /^(?:were\s+(?:we|i|they|it)\s+(?:ever\s+)?to|should\s+(?:we|i|they)\s+ever|if\s+ever)\b/i;
const COUNTERFACTUAL =
  /\b(?:if\s+(?:it|i|we|they)\s+were|if\s+it\s+was\s+up\s+to|if\s+i\s+had\s+my\s+way|in\s+an\s+ideal\s+world|i\s+(?:was|were)\s+(?:going|about)\s+to|i\s+nearly|i\s+almost|we\s+(?:were|was)\s+(?:going|about)\s+to)\b/i;
const WOULD = /\b(?:would|'d|could\s+have|might)\b/i;
// "Let me know if a call is easier", "I wonder whether Teams would suit": an open question put
// to the reader, not a wish of the writer's.
const INDIRECT_QUESTION =
  /\b(?:let\s+(?:me|us)\s+know|lmk|tell\s+(?:me|us)|(?:i'm|i\s+am|we're|we\s+are)\s+(?:not\s+sure|unsure|wondering)|i\s+wonder|just\s+checking|shout)\s+(?:if|whether)\b(?!\s+(?:i|we)\s+(?:could|might|may|can)\s+(?:ask|request|suggest|have|get)\b)/i;
// "Too early (if you mean to leave the other tools out of it)": a condition in brackets governs
// what it encloses.
const BRACKETED_CONDITION = /\(\s*(?:if|unless)\b/i;

export function conditionFacts(clause: Clause): ConditionFacts {
  const facts = conditionsOf(core(clause));
  // "Heads up: if we close the round, the board might want…": the condition opens what follows
  // the label (labels.ts).
  const unlabelled = afterLabel(clause.text);
  if (unlabelled === undefined || (facts.conditional && facts.counterfactual)) return facts;
  const bare = conditionsOf(core(unlabelled));
  return {
    conditional: facts.conditional || bare.conditional,
    counterfactual: facts.counterfactual || bare.counterfactual,
    contact: facts.contact || bare.contact,
    // A setting only when every view that reads a condition reads a setting.
    setting:
      (facts.conditional || bare.conditional) &&
      (!facts.conditional || facts.setting) &&
      (!bare.conditional || bare.setting),
  };
}

function conditionsOf(text: string): ConditionFacts {
  // "If you could set the calls up on Teams, that would save a lot of grief": a request.
  const polite =
    POLITE_IF.test(text) ||
    /^if\s+you\s+(?:could|can|would)\b.*\b(?:that|it)(?:'d|\s+would)\b/i.test(text) ||
    HEDGE_IF.test(text) ||
    WHEN_NEEDED_IF.test(text);
  // The clause splitter never cuts at a bare comma, so "If it's urgent, ring me" is one clause
  // whose opening condition governs it; clauses after "but" or ";" stand on their own.
  const conditional =
    ((LEADING_CONDITION.test(text) ||
      INVERTED_CONDITION.test(text) ||
      BRACKETED_CONDITION.test(text)) &&
      !polite &&
      !whenWorkingForUs(text)) ||
    INDIRECT_QUESTION.test(text);
  // "If you need me, WhatsApp would be best": the contact's condition is no imagined one.
  const contact = conditional && CONTACT_IF.test(text);
  const counterfactual =
    COUNTERFACTUAL.test(text) ||
    (conditional && !contact && /^if\b/.test(text) && WOULD.test(text));
  return { conditional, counterfactual, setting: conditional && isSetting(text), contact };
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** 0: not part of a word; 1: a letter or an apostrophe; 2: a capital letter. */
function wordCharKind(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 128) {
    if (codePoint >= 65 && codePoint <= 90) return 2;
    return (codePoint >= 97 && codePoint <= 122) || codePoint === 39 ? 1 : 0;
  }
  const char = String.fromCodePoint(codePoint);
  return UPPER.test(char) ? 2 : LETTER.test(char) ? 1 : 0;
}

/**
 * A headline ("We Will Never Forget", "Managed Care Daily Briefing"): a title, not a statement.
 * Its words are runs of letters and apostrophes; at least 80 % of them, the first aside (a
 * sentence's first word is capitalised anyway), start with a capital, and there are three or
 * more. Read character by character: it is asked of every sentence of every message.
 */
export function isHeadline(text: string): boolean {
  let words = -1;
  let capitalised = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const kind = wordCharKind(codePoint);
    if (kind !== 0 && !inWord) {
      words++;
      if (kind === 2 && words > 0) capitalised++;
    }
    inWord = kind !== 0;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return words >= 3 && capitalised / words >= 0.8;
}

/** isHeadline of a sentence, read once however many clauses and recognisers ask. */
export function isHeadlineSentence(sentence: Sentence): boolean {
  return (sentence.headline ??= isHeadline(sentence.text));
}

// ------------------------------------------------------------------------------------------
// One-offs and standing preferences
// ------------------------------------------------------------------------------------------

// Tied to one occasion: a day, a moment, this one thing.
export const ONE_OFF =
  /\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|time|once|one(?!\s+(?:rule|thing)))|(?:just|only)\s+(?:this|that)\s+(?:once|one|month|time|invoice|matter|case|meeting|call)|(?:for|on|about|touching|in)\s+this\s+(?:invoice|call|meeting|matter|report|one|occasion|story|deal|case|claim|transaction|stage)|(?:for|on)\s+that\s+(?:invoice|call|meeting|report|one|occasion|deal|case|claim|transaction)\b|^(?:for|on)\s+that\s+matter\b|(?:for|on|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+of\s+(?:each|every)\b)|while\s+(?:our|the|my)\s+[\w\s]{0,30}?(?:is|was|are|were)\s+being\b|(?:for\s+)?this\s+invoice\s+only|just\s+for\s+this\s+one|for\s+this\s+one|(?<!at\s)the\s+moment\b|as\s+soon\s+as|right\s+away|when\s+you(?:'re|\s+are)\s+(?:outside|here|there|downstairs)|(?<!\b(?:each|every)\s+(?:week|fortnight)\s+)(?:on|this|next|by|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s)(?!\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\b)(?![\s,]+(?:and\s+)?(?:going\s+forward|from\s+now|for\s+(?:all|every|any)))|(?:at|by|before|after)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s+(?:today|tomorrow)|at\s+\d{1,2}\s+today|until\s+(?:the\s+deal|completion|we(?:'ve|\s+have)\s+spoken|further\s+notice)|until\s+(?:monday|tuesday|wednesday|thursday|friday|the\s+\d)|while\s+i(?:'m|\s+am)\s+(?:away|out|on\s+leave)|when\s+you\s+speak\s+to|(?:at|for)\s+the\s+(?:[\w-]+\s+){0,3}(?:briefing|meeting|hearing|session|call|dinner|event)\s+on\b)/i;

// For a while only: a stretch of time that ends ("for the next two weeks", "this month", "while
// I'm travelling", "during the trial", "over the summer", "until the end of March", "for now").
// A kind of one-off, read from the shape of time phrases rather than a list of occasions; the
// recurring stretches ("during office hours", "in the evenings") are timing, not a limit.
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
// "the summer party", "the Christmas drinks": a season naming an occasion, not a stretch of time.
const NOT_A_STRETCH = String.raw`(?![\s-]+(?:part(?:y|ies)|events?|drinks|receptions?|lunch(?:es)?|dinners?|school|house|fair|ball|concerts?|festival|invoices?|bills?|reports?|updates?|newsletters?|card|hamper|gift|do)\b)`;
const SPAN = String.raw`(?:days?|weeks?|fortnight|months?|quarter|term|season|summer|winter|spring|autumn|fall|holidays?|break|recess)${NOT_A_STRETCH}`;
const TEMPORARY = new RegExp(
  String.raw`\b(?:for|over|in|during)\s+the\s+(?:next|coming|following|remaining|rest\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?${SPAN}\b|\b(?:for|over)\s+(?:a|the)\s+(?:few\s+|couple\s+of\s+)?${SPAN}\b|\bfor\s+(?:two|three|four|five|six|a\s+few|several|\d+)\s+(?:more\s+)?${SPAN}\b|(?:^|,\s*|\b(?:for|during|throughout|just|over)\s+)(?:this|next)\s+(?:week|fortnight|month|weekend|term|quarter|summer|season)\b(?!\s*(?:onwards?|on\b))|\b(?:while|whilst)\s+(?:i|we|she|he)(?:'m|'re|\s+am|\s+are|\s+is)\s+(?:away|abroad|travelling|traveling|overseas|on\s+(?:holiday|vacation|leave|the\s+road|sabbatical|secondment|maternity|paternity|jury)|in\s+(?:hospital|court|trial|the\s+\w+)|out\s+of\s+(?:the\s+)?(?:office|country)|recovering|off|unwell|moving|between)\b|\bduring\s+(?:the|my|our)\s+(?!(?:working|office|business|school)\s+(?:day|hours?|week)\b)(?:[\w-]+\s+){0,2}?(?:trial|hearing|move|renovation|refurbishment|works|audit|transition|migration|leave|holiday|holidays|vacation|sabbatical|absence|recovery|illness|treatment|closure|lockdown|strike|merger|integration|period|consultation|election|campaign|fieldwork|exam\w*)\b|\buntil\s+(?:the\s+end\s+of|after|i(?:'m|\s+am)\s+back|we(?:'re|\s+are)\s+back|i\s+return|we\s+return|${MONTH}\b|(?:the\s+)?(?:new\s+year|christmas|easter|summer|autumn|spring|winter)\b)|\bover\s+(?:the\s+)?(?:summer|christmas|easter|holidays|holiday\s+period|festive\s+(?:period|season)|break|weekend)\b${NOT_A_STRETCH}|\b(?:for\s+now|for\s+the\s+moment|in\s+the\s+meantime|temporarily)\b`,
  "i",
);

export function isTemporary(text: string): boolean {
  // Words in quotation marks are someone's words ("good to see the shares up this week!").
  // A season after a past verb says when something happened, not how long a wish lasts ("I
  // married over Christmas and now go by …"; analysis-lh26, lh19).
  const own = text
    .replace(/["“][^"”]*["”]/g, " ")
    .replace(
      /\b(?:[a-z]+ed|was|were|went|came)\s+over\s+(?:the\s+)?(?:summer|christmas|easter|holidays|break|weekend)\b/gi,
      " ",
    )
    .trim();
  return TEMPORARY.test(own) && !STANDING_LIMIT_OVERRIDE.test(own) && !isStanding(own);
}

/** A clause that opens with a stretch of time ("For the next fortnight, …"): it limits its sentence. */
export function opensWithTemporary(text: string): boolean {
  return (
    /^(?:for|over|during|while|whilst|until|till|this|next|in\s+the\s+(?:next|coming|meantime))\b/i.test(
      text.trim(),
    ) && isTemporary(text)
  );
}

// Said to last all the same, beyond what isStanding already hears ("from now on", "in future",
// "always", "for good"): "permanently", "until further notice", "every …", "each …".
const STANDING_LIMIT_OVERRIDE = /\b(?:permanently|until\s+further\s+notice|every|each)\b/i;

// Round 26 (analysis-lh23 F, NOWORLATER): "now or later", "now or ever", "now or in future",
// "now and going forward": the request holds at any time, so it lasts beyond the occasion a lead
// names ("Ahead of the meeting on the 10th: please don't raise X, now or later"), wherever in its
// sentence it is said (listen.ts oneOff reads the sentence).
const NOW_OR_LATER = String.raw`\bnow\s+or\s+(?:later|ever|in\s+(?:the\s+)?future|at\s+any\s+(?:point|time)|down\s+the\s+(?:line|road))\b|\b(?:now|today)\s+(?:and|or)\s+(?:in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)\b`;
const SAID_FOR_ANY_TIME = new RegExp(NOW_OR_LATER, "i");

/** Whether `text` says its request holds now and at any later time ("now or later"). */
export function saidForAnyTime(text: string): boolean {
  return SAID_FOR_ANY_TIME.test(text);
}

// Round 29 (listen-29a; analysis-lh26 M15, analysis-lh23 F): a topic ban behind an occasion lead
// ("When you're over for the factory visit next week, please don't raise X …") is said for that
// visit, unless its sentence or the next one says it holds beyond it: the whole of the writer's
// side as the audience ("with anyone here", "any of our staff", "any of your people"), "not just
// this trip", or a reason of state that outlasts the visit ("the whole team is still raw about
// it", "it's still very sensitive here"). A lead that names someone else met ("at Thursday's
// meeting with Joe", "for tomorrow's call with the bank's team") is a tactic for that meeting,
// and a reason that ends ("he doesn't know yet") or belongs to another side ("their committee gets
// spooked") is no lasting sign.
const OCCASION_LEAD =
  /^(?:(?:also|and|but|so|separately|one\s+(?:more\s+)?thing)[,:]?\s+)?(?:when|while|whilst|ahead\s+of|before|at|for|during|on)\b/i;
const MET_SOMEONE_ELSE = /\bwith\s+(?!(?:me|us|our|my)\b)\S/i;
// "anyone" only with where: "to anyone" alone may keep one deal quiet ("at the signing, don't
// mention the price to anyone").
// (our own places: "anyone at the bank" is another side)
const WHERE_WE_ARE = String.raw`(?:here|at\s+(?:site|(?:the|our)\s+(?:site|plant|factory|office|offices|mill|yard|farm|works|depot|warehouse|campus|club|studio|school))|on\s+(?:site|campus)|in\s+the\s+(?:building|office|company|business|team))`;
const WHOLE_SIDE = String.raw`(?:(?:anyone|anybody)\s+${WHERE_WE_ARE}|any\s+of\s+(?:us|our\s+[\w-]+|your\s+(?:people|team|colleagues|staff|lawyers))(?:\s+${WHERE_WE_ARE})?)`;
const LASTING_AUDIENCE = new RegExp(
  String.raw`\b(?:with|to|in\s+front\s+of|around|goes\s+for|applies\s+to)\s+${WHOLE_SIDE}\b`,
  "i",
);
const BEYOND_THE_OCCASION =
  /\b(?:not\s+just|not\s+only|beyond)\s+(?:on\s+|for\s+)?(?:this|that|the|your|next\s+week's)\s+(?:[\w-]+\s+)?(?:trip|visit|meeting|call|time|occasion|day|session|tour|dinner|audit)\b/i;
const STILL_RAW =
  /\bstill\s+(?:very\s+|really\s+|quite\s+|so\s+|extremely\s+|pretty\s+|a\s+bit\s+|rather\s+)?(?:raw|sensitive|painful|touchy|sore|delicate|a\s+sore\s+(?:point|subject|spot)|a\s+(?:very\s+)?sensitive\s+(?:subject|topic|issue|point|matter))\b/i;

/**
 * A sentence that opens with an occasion (its first clause), whose ban it or the next sentence
 * says outlasts that occasion.
 */
export function outlastsOccasion(sentence: Sentence, next?: Sentence): boolean {
  const lead = sentence.clauses[0]?.text ?? sentence.text;
  if (!OCCASION_LEAD.test(lead) || MET_SOMEONE_ELSE.test(lead.split(/[,:]/, 1)[0]!)) return false;
  const after = next?.paragraph === sentence.paragraph ? next.text : "";
  return [sentence.text, after].some(
    (text) => LASTING_AUDIENCE.test(text) || BEYOND_THE_OCCASION.test(text) || STILL_RAW.test(text),
  );
}

// Said to last: overrides a nearby one-off word ("Teams please for Thursday and going forward").
const STANDING =
  /\b(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|future\s+(?:invites?|invitations?|meetings?|bills?|invoices?|correspondence)|always|never|generally|in\s+general|for\s+good|altogether|at\s+all|any\s+more|anymore|no\s+longer|every\s+time|each\s+time|for\s+(?:anything|everything|all)\b|for\s+any\s+(?:future|of)|as\s+a\s+rule|standing\s+rule|from\s+(?:the\s+)?(?:\w+\s+)?(?:bill|invoice)?\s*onwards?|(?:from|starting\s+(?:with|from)|beginning\s+with)\s+(?:the\s+)?(?:next|following)\s+(?:bill|invoice|statement|billing\s+(?:cycle|run|period))\b|whenever|at\s+any\s+(?:other\s+)?time|in\s+anything|anything\s+(?:you\s+send|addressed|with\s+us|for\s+us|that\s+comes|else)|(?:on|for)\s+(?:all|any|every)\s+(?:of\s+)?(?:our|my)\b|\bnot\s+(?:just|only)\s+(?:this|that|the\s+one)\b|\b(?:applies|apply)\s+to\s+(?:every|all|each|any)\b|\b(?:to|in|at)\s+every\s+(?:future\s+)?(?:meeting|call|invoice|bill|letter|e-?mail|message|update|document|report)s?\b)/i;

// "whenever you see this", "whenever you get my message": the moment this message is read, not a
// standing rule ("Call me today, whenever you see this, it's urgent"; round 22, analysis-lh20).
const MOMENT_OF_READING =
  /\bwhenever\s+you\s+(?:see|get|read|receive|pick\s+up)\s+(?:this|it|my\s+\w+)\b/gi;

export function isStanding(text: string): boolean {
  const own = text.replace(MOMENT_OF_READING, " ");
  return STANDING.test(own) || SAID_FOR_ANY_TIME.test(own);
}

// What follows a request and makes it a one-off: "Just this once.", "Just that one invoice.",
// "Audit asked for it, just that month." in the next sentence.
const ONE_OFF_FOLLOW_UP =
  /^(?:[\w\s,']{0,40})?\b(?:just|only)\s+(?:this|that)\s+(?:once|one|month|time|invoice)\b|^just\s+(?:for\s+)?this\s+(?:once|one)\b|^(?:for\s+)?this\s+(?:once|one)\s+only\b/i;

const MONTHLY = /\b(?:monthly|once\s+a\s+month|(?:each|every|a)\s+month)\b/i;
// Round 12 (listen-12b): "every two weeks, on Friday", "weekly, on Thursday afternoons": a cadence
// of weeks names the day each update comes, not one date.
export const WEEKS_CADENCE =
  /\b(?:weekly|fortnightly|bi-?weekly|every\s+(?:other\s+|second\s+)?(?:week|fortnight)|(?:every|each)\s+(?:two|2|three|3|couple\s+of)\s+weeks|once\s+a\s+(?:week|fortnight))\b/i;
const WEEKDAY_AFTER_CADENCE =
  /(\b(?:weekly|fortnightly|bi-?weekly|week|weeks|fortnight)\b[\s,;-]{0,3}(?:\w+\s+){0,6}?)(?:on|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const DAY_OF_MONTH = /\b(?:for|on|by)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/gi;

// MONTHLY's cadences, a weekday each week or every other, or a quarter.
const RECURRING = new RegExp(
  `${MONTHLY.source}|\\b(?:(?:every|each)\\s+(?:other\\s+|second\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|quarterly|once\\s+a\\s+quarter|(?:each|every|a)\\s+quarter)\\b`,
  "i",
);
const OCCASION_ON = /\b((?:meeting|briefing|session)s?)\s+on\b/gi;

/** Tied to one occasion, here or in the sentence that follows, unless said to last. */
export function isOneOff(clause: Clause, next?: Sentence): boolean {
  if (isStanding(clause.text)) return false;
  // "once a month, by the 10th": the day of each month, not one date.
  let text = MONTHLY.test(clause.text) ? clause.text.replace(DAY_OF_MONTH, " ") : clause.text;
  if (WEEKS_CADENCE.test(text)) text = text.replace(WEEKDAY_AFTER_CADENCE, "$1 ");
  // Round 29 (analysis-lh27 M8, M9): with a recurring cadence in the clause ("every second
  // Wednesday", "one update a month", "quarterly"), the day of the meeting each update is timed
  // for ("ahead of our ops meeting on Thursday") is that meeting's recurring day, not one date.
  if (RECURRING.test(text)) text = text.replace(OCCASION_ON, "$1 ");
  if (ONE_OFF.test(text)) return true;
  // Round 31 (analysis-lh28 M13): "For all our meetings from now on, not only this one." says the
  // wish lasts; its "only this one" limits nothing.
  return next !== undefined && !isStanding(next.text) && ONE_OFF_FOLLOW_UP.test(next.text.trim());
}

// ------------------------------------------------------------------------------------------
// Reports of the past
// ------------------------------------------------------------------------------------------

// "I know we asked for summaries last year", "I asked you last year not to phone me",
// "Weekly was right during the early stage": what used to hold, being replaced.
const PAST =
  /\b(?:(?:last\s+(?:week|month|year|time)|earlier|previously|before)\s*,?\s+(?:i|we)\s+(?:said|asked|mentioned|wrote|told\s+you|requested)\b|(?:i|we)\s+(?:know\s+(?:i|we)\s+)?(?:asked|said|told\s+you|mentioned|requested)\b.*\b(?:last\s+(?:year|month|time|week)|before|previously|earlier|ago|at\s+the\s+(?:start|time))|(?:was|were)\s+(?:right|fine|ok|okay|useful|good)\s+(?:during|when|at|for\s+the\s+(?:early|first))|(?<!\b(?:am|i'm|are|we're|is|get|got|getting|be|been)\s)\bused\s+to\b|\bat\s+our\s+previous\s+firm\b|\bour\s+(?:previous|last|old)\s+firm\b)/i;

export function isPastReport(clause: Clause): boolean {
  return PAST.test(clause.text);
}

// The firm's own words reported back to it: "you said you'd send weekly updates", "as your letter
// says, 'we do not accept hospitality'", "your team told us you never use WhatsApp", "per your
// email: …". What follows the report is the firm's, not the client's wish. (What the firm asked,
// offered or suggested is left heard: "you suggested Teams, which suits us" is the client's answer.)
const READER_REPORTED = new RegExp(
  String.raw`\b(?:you|your\s+(?:[\w-]+\s+){0,2}?(?:letter|e-?mail|note|message|team|firm|colleagues?|office|partner|associate|terms|engagement\s+letter|guidelines|policy|website|proposal|memo|reply|invoice|bill)|(?:your|the)\s+firm)\s+(?:(?:also|just|kindly|helpfully)\s+)?(?:said|says|say|mentioned|mentions|told\s+(?:us|me)|tells\s+(?:us|me)|wrote|writes|stated|states|explained|explains|confirmed|confirms|noted|notes)\b|\b(?:as|per)\s+(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:said|says|put\s+it|wrote|mentioned|note[ds]?|explained)\b|^per\s+your\s+(?:[\w-]+\s+){0,2}?(?:letter|e-?mail|note|message|terms|engagement\s+letter|guidelines|policy|proposal|memo|reply)\b`,
  "i",
);

/** The clause reports what the firm (the reader) said or wrote. */
export function isReaderReported(clause: Clause): boolean {
  const m = READER_REPORTED.exec(clause.text);
  // "I'd rather you wrote to me by post", "if you wrote to us first": a wish or a condition about
  // what the firm does, not a report of what it said.
  return m !== null && !WISHED_OF_READER.test(clause.text.slice(0, m.index));
}

const WISHED_OF_READER =
  /\b(?:rather|sooner|prefer(?:\s+it)?|if|when|whenever|wish|like\s+it\s+if|unless|until|once)\s*$/i;

// "Ignore that now: …", "Scratch that.", "Forget what I said about calls": the sentence before is
// taken back.
const TAKEN_BACK =
  /^(?:(?:actually|sorry|no|wait|oh|hmm|on\s+second\s+thoughts?)[\s,.!-]+)?(?:(?:please\s+)?(?:ignore|scratch|forget|disregard)\s+(?:that|this|what\s+i\s+(?:said|wrote)|my\s+(?:earlier|last|previous))|that\s+no\s+longer\s+applies|(?:that|this|it|the\s+(?:decision|rule|ban))\s+(?:has|was|had)\s+(?:since\s+|now\s+|just\s+)?been\s+(?:reversed|overturned|rescinded|revoked|scrapped)|(?:(?:the|our)\s+(?:[\w-]+\s+){1,2}|they\s+|we\s+)(?:have|has|had)\s+(?:since\s+|now\s+|just\s+)?(?:reversed|overturned|rescinded|revoked|scrapped)\s+(?:it|that|this|the\s+decision))\b/i;

// A wish withdrawn in its own sentence: "I said I didn't want calls, but that's no longer the
// case", "ignore my earlier note about Zoom; Teams is fine after all", "you can go back to
// phoning me", "I've changed my mind about texts". Listening only sets and adds, so a withdrawal
// is heard as nothing rather than as the wish it withdraws.
const WITHDRAWN =
  /\b(?:(?:ignore|disregard|forget|scratch)\s+(?:my|what\s+i\s+(?:said|wrote|asked)|that|the|our)\s*(?:earlier|previous|last|original|former|request|note|email|message|comment)?|(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+no\s+longer\s+(?:the\s+case|true|necessary|needed|an\s+issue|a\s+problem|relevant)|no\s+longer\s+(?:applies|stands|needed|necessary)|(?:changed|change)\s+(?:my|our)\s+minds?|\b(?:you\s+can|you\s+may|feel\s+free\s+to|(?:happy|fine|ok|okay)\s+for\s+you\s+to|(?:fine|ok|okay)\s+to)\s+(?:go|switch|revert)\s+back\s+to|\b(?:fine|ok|okay|good|alright|all\s+right)\s+after\s+all\b|(?:i|we)\s+(?:take|withdraw)\s+(?:that|back|my|our)|(?:lift|lifting|drop|dropping|cancel|cancelling|canceling)\s+(?:my|our|the)\s+(?:earlier\s+|previous\s+)?(?:request|ban|rule|restriction|instruction)|\b(?:that|this|it|which)\s+(?:has|was|had)\s+(?:since\s+|now\s+|just\s+)?been\s+(?:reversed|overturned|rescinded|revoked|scrapped)\b|\b(?:has|have|had)\s+(?:since\s+|now\s+)?(?:reversed|overturned|rescinded|revoked|scrapped)\s+(?:it|that|this|the\s+decision)\b)/i;

export function isWithdrawal(text: string): boolean {
  return WITHDRAWN.test(text);
}

// Round 19: a sentence that is only "Joking!", "Just kidding :)", "(only joking)", "JK": the one
// before it was not meant. Not "Joking aside, …" or "No joke, …", which insist.
const JOKING =
  /^\(?(?:(?:i\s+am|i['’]m|i\s+was|was|am)\s+)?(?:just\s+|only\s+)?(?:joking|kidding|jesting|teasing)(?:\s+(?:of\s+course|obviously|ha(?:ha)*))?(?:[\s,]+ha(?:ha)*)?\)?[\s!.…]*(?:[:;]-?[)D]|😉|😂|🙂|😄)?\s*$|^(?:j\/?k|jk|jks)[\s!.]*$/iu;

/** Withdrawn by the sentence that follows it. */
export function isTakenBack(next: Sentence | undefined): boolean {
  if (next === undefined) return false;
  const text = next.text.trim();
  return TAKEN_BACK.test(text) || JOKING.test(text);
}

// ------------------------------------------------------------------------------------------
// Whose preference
// ------------------------------------------------------------------------------------------

/**
 * Whose a statement is: the writer, the writer's organisation, one of its people speaking for it
 * ("our CFO wants…": counts for organisation-wide fields only), someone else, or not said.
 */
export type Holder = "self" | "org" | "colleague" | "third" | "none";

// People other than the writer who may hold preferences of their own. Round 33 (analysis-lh31
// M5, lh30 E): the organisation's officers who keep its books and papers (bookkeeper, controller,
// bursar, clerk, administrator): "our bookkeeper has asked me to pass on that we won't pay for …"
// speaks for the organisation, as "our accountant" and "our auditor" already did.
const PERSON_NOUN = String.raw`(?:colleague|colleagues|boss|brother|sister|wife|husband|partner|son|daughter|mother|mum|mom|father|dad|children|kids|family|chair(?:man|woman)?|ceo|cfo|coo|cto|md|gc|general\s+counsel|fd|finance\s+director|director|directors|assistant|pa|ea|deputy|head\s+of\s+\w+|manager|team\s+leader|lead|nephew|niece|client|tenant|landlord|buyer|seller|counterparty|solicitors?|lawyers?|counsel|agent|surveyor|broker|insurer|bank|lender|regulator|union|ned|neds|trustee|trustees|chief\s+\w+|founder|investor|investors|auditor|auditors|treasurer|tribunal|court|judge|regulator|arbitrator|arbitrators|ombudsman|registry|claimant|defendant|respondent|applicant|other\s+party|officer|officers|inspector|inspectors|official|officials|adviser|advisers|advisor|advisors|accountant|accountants|book-?keepers?|(?:financial\s+)?controllers?|comptrollers?|bursars?|clerks?|administrators?|consultant|consultants|contractor|contractors|supplier|suppliers|vendor|vendors|customer|customers|secretary|receptionist|doctor|doctors|nurse|nurses|caseworker|case\s+officer|examiner|assessor|valuer|mediator|participants?|delegates?)`;

// "Some clients prefer WhatsApp", "many people hate being called Meg": others' taste. ("Most
// people call me Hal" is the writer's name, so only a verb of taste counts.)
const OTHERS_TASTE =
  /^(?:some|many|most|other|plenty\s+of|a\s+lot\s+of|lots\s+of)\s+(?:people|clients|folk|firms|companies|lawyers|colleagues|others)\s+(?:really\s+|seem\s+to\s+|do\s+|still\s+)?(?:prefer|like|love|hate|dislike|detest|loathe|want|insist|can't\s+stand|cannot\s+stand|favour|favor|swear\s+by|use|send|ask\s+for)\b/i;
const KNOWING =
  /^(?:i|we)\s+(?:know|gather|realise|realize|appreciate|understand|hear|imagine|suspect|accept)\s+(?:that\s+)?(?=\S)/i;
const THIRD_SUBJECT = new RegExp(
  String.raw`^(?:he|she|they|he's|she's|they're|he'd|she'd|they'd|his|her|their|them|him|(?:my|the|their|his|her)\s+(?:[\w'-]+\s+){0,2}${PERSON_NOUN}(?:'s)?|(?:the\s+)?other\s+side)\b`,
  "i",
);
// "Rachel much prefers a phone call", "Mr Montague-Reid has asked me…" (case matters here).
// "Dr Okafor (copied) prefers…": an aside after the name.
const THIRD_NAME_SUBJECT =
  /^(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]+)?(?:\s*\([^)]{1,30}\)\s*,?)?\s+(?:much\s+|really\s+|also\s+|still\s+|has\s+)?(?:prefers|wants|likes|hates|dislikes|insists|asked|would\s+rather|doesn't|does\s+not|says|said|thinks|feels|can't|cannot|won't|will\s+not)\b/;
// "Writing on behalf of Dr Okafor, who asks that all correspondence comes by email": what follows
// "who" is the named person's wish, relayed (relay.ts reads it as theirs when their address is
// known; otherwise nobody's, and never the writer's). Not "…, who is copied" (an aside).
const FOR_SOMEONE_WHO = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){0,3}?(?:on\s+behalf\s+of|for)\s+(?:${TITLE_WORD}\.?\s+)?\p{Lu}[\p{Ll}][\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*\([^)]{1,30}\))?,?\s+who\s+(?!(?:is|was|'s)\s+(?:also\s+)?(?:in\s+)?(?:copied|cc'd|cced|copy|away|out|off|travelling|on\s+leave)\b)`,
  "u",
);
// "Our CEO wants the detailed breakdown", "our trustees have asked that…": someone inside the
// client speaking for the organisation (it counts for organisation-wide fields).
// "The trustees have a rule against…": a governing body of the writer's own organisation.
const COLLEAGUE_SUBJECT = new RegExp(
  String.raw`^(?:our\s+(?:[\w-]+\s+){0,2}${PERSON_NOUN}|the\s+(?:trustees|governors)(?!\s+of\b))\b`,
  "i",
);
// The organisation's governing body laying down a rule or deciding for it: "the trustees have a
// firm rule against…", "the directors have asked for invoices at summary level". Their taste
// alone ("the trustees prefer Zoom") stays a colleague's.
const DECIDING_BODY = `^(?:our|the)\\s+(?:[\\w-]+\\s+)?(?:${GOVERNING_BODIES}|executive|management)(?!\\s+of\\b)\\s+`;
const GOVERNING_BODY_DECIDES = new RegExp(
  `${DECIDING_BODY}(?:have|has|operate|operates|keep|keeps|impose|imposes|apply|applies|adopted|introduced|set)\\s+(?:(?:a|an)\\s+)?(?:[\\w-]+\\s+){0,2}(?:rule|rules|policy|ban|code|requirement)\\b|${DECIDING_BODY}(?:have\\s+|has\\s+)?(?:asked\\s+for|decided|agreed|resolved|require[sd]?|insist(?:s|ed)?\\s+on)\\b`,
  "i",
);

// "Our IT blocks Zoom", "our guidelines no longer allow…": the organisation itself.
const OWN_BODY_SUBJECT = new RegExp(
  `^our\\s+(?:[\\w-]+\\s+){0,2}(?:${ACTING_BODIES}|people|compliance(?:\\s+team)?|it(?:\\s+(?:team|department|people))?|finance(?:\\s+team)?|ap|accounts\\s+payable|legal(?:\\s+(?:team|function|department))?|policy|policies|rule|rules|guidelines|terms|framework|firewall|network|systems?|laptops?|devices?|company|business|group|organisation|organization)\\b`,
  "i",
);

const GUIDELINE_SUBJECT =
  /^(?:(?:outside|external)\s+)?(?:counsel|law\s+firms?|the\s+firm|firms|timekeepers|panel\s+firms)\s+(?:shall|must|are\s+(?:required|expected)\s+to|is\s+(?:required|expected)\s+to|will\s+be\s+required\s+to)\b/i;

/** Who a clause's subject is, as far as its first words tell. */
// "I'd ask that…", "I hope…", "I'd be grateful if…": the writer asking, not whose it is.
const SPEECH_ACT =
  /^(?:i|i'd|i\s+would|i\s+must|i\s+have\s+to)\s+(?:ask|request|suggest|hope|think|be\s+grateful|appreciate|like\s+to\s+ask|know|gather|understand)\b/i;

// The writer introducing what they report: "I'm afraid our policy…", "I must tell you that in our
// company we…", "I should mention that the board…". The subject is what follows.
const LEADING_HEDGE =
  /^(?:i'm|i\s+am)\s+(?:afraid|sorry\s+to\s+say)\s*,\s*(?:(?:though|however|but|as\s+it\s+happens)\s*,\s*)?(?=\S)|^(?:i'm|i\s+am)\s+(?:afraid|sorry\s+to\s+say)\s+(?:that\s+)?(?=(?:our|we|we're|we've|the|in\s+our|at\s+our|here)\b)|^i\s+(?:must|have\s+to|should|need\s+to|want\s+to|wanted\s+to|can)\s+(?:tell\s+you|let\s+you\s+know|say|mention|add|point\s+out|confirm|explain|flag)\s+(?:that\s+)?(?=(?:our|we|we're|we've|the|in\s+our|at\s+our|here)\b)|^(?:i\s+(?:think|suspect|gather|fear|believe))\s*,\s*/i;

// Round 30 (analysis-lh27 W14): the organisation's officer or body saying what its rule is ("our
// new compliance officer has decided that the Domaine no longer accepts…", "our CFO says we…"):
// whose it is, the complement's subject says.
const OWN_RULE_REPORTED = new RegExp(
  String.raw`^(?:our\s+(?:[a-z-]+\s+){0,2}?(?:${RULE_OFFICERS}|${GOVERNING_BODIES}|${ACTING_BODIES})|the\s+(?:(?:${BODY_QUALIFIERS})\s+)?(?:${GOVERNING_BODIES}|${ACTING_BODIES}))\s+(?:(?:has|have)\s+(?:now\s+|also\s+)?(?:decided|ruled|confirmed|said|told\s+us|made\s+(?:it\s+)?clear)|says|tells\s+us)\s+(?:that\s+)?(?=\S)`,
  "i",
);

export function subjectOf(clause: Clause, ownName?: (name: string) => boolean): Holder {
  // "I said it already in the summer: our IT only allows Webex": what follows a lead-in colon
  // is the statement.
  const text = clause.text
    .replace(/^[^:]{0,80}:\s+(?=\S+\s+\S+\s+\S)/, "")
    .replace(OPENERS, "")
    // "I'm afraid, though, the trustees have a rule…": a hedge before the subject is not it.
    .replace(LEADING_HEDGE, "");
  // "I know some people hate being called Meg": the writer knows; others hold the preference.
  const known = KNOWING.exec(text);
  if (known && subjectOf({ ...clause, text: text.slice(known[0].length) }) === "third")
    return "third";
  if (SPEECH_ACT.test(text)) return "none";
  const reported = OWN_RULE_REPORTED.exec(text);
  if (reported && subjectOf({ ...clause, text: text.slice(reported[0].length) }, ownName) === "org")
    return "org";
  // "Kestrel won't pay for…", "Mercy Ridge will not pay…": the organisation by its own name.
  const named = /^(?:the\s+)?((?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*)(?:'s)?\s/u.exec(text);
  if (named && ownName?.(named[1]!)) return "org";
  if (
    /^(?:i|i'm|i'd|i've|i'll|me|my\s+(?:name|own|preference|phone|mobile|email|inbox))\b/i.test(
      text,
    )
  )
    return "self";
  if (
    /^(?:we|we're|we'd|we've|we'll|us|nobody\s+(?:at|here)|none\s+of\s+us|all\s+of\s+us)\b/i.test(
      text,
    )
  )
    return "org";
  if (OWN_BODY_SUBJECT.test(text)) return "org";
  // "Counsel shall provide a written report quarterly": a guideline the organisation sets its
  // lawyers.
  if (GUIDELINE_SUBJECT.test(text)) return "org";
  if (GOVERNING_BODY_DECIDES.test(text)) return "org";
  if (FOR_SOMEONE_WHO.test(text)) return "third";
  // Round 16: "Our insured would prefer not to be phoned": people the organisation serves.
  if (servedPeopleSubject(text)) return "third";
  if (COLLEAGUE_SUBJECT.test(text)) return "colleague";
  if (THIRD_SUBJECT.test(text) || THIRD_NAME_SUBJECT.test(text) || OTHERS_TASTE.test(text))
    return "third";
  return "none";
}

// Round 29 (analysis-lh26 M2): "Our new CFO started in March; she wants one-line invoices": a
// pronoun standing for the organisation's own officer speaks for it as "our CFO wants…" does. Its
// antecedent is the last person named by a role before it, in its sentence or the one before;
// only "our / my <role>" is the writer's side ("their CFO … she wants" stays theirs).
const PRONOUN_SUBJECT = /^(?:he|she|they)\s+(?=[a-z])/i;
// Round 30 (analysis-lh27 M6): the organisation's bodies too ("The trustees discussed it in
// January. They would like…", "the board", "our partners"), and any one-word qualifier of an
// officer ("our compliance officer").
const ROLE_MENTION = new RegExp(
  String.raw`\b(?:our|my|their|his|her|your|the|a|an|its)\s+(?:(?:new|current|former|interim|acting|incoming|own)\s+)?(?:[a-z-]+\s+)?(?:${PERSON_NOUN}|${GOVERNING_BODIES}|${ACTING_BODIES})(?![\p{L}'’-])|\b${TITLE_WORD}\.?\s+\p{Lu}[\p{L}'’-]+|\b[\p{L}-]+['’]s\s+(?:[a-z-]+\s+)?(?:${PERSON_NOUN}|${GOVERNING_BODIES}|${ACTING_BODIES})(?![\p{L}'’-])`,
  "giu",
);
// "the directors of Halden", "the board at Acme": another organisation's body.
const OF_ANOTHER = /^\s*(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u;
// "the trustees", "the audit committee": the organisation's own body, named by what it is; the
// article alone says whose only for a body (a lower-case qualifier at most: "the Acme board" is
// another company's).
const THE_OWN_BODY = new RegExp(
  String.raw`^the\s+(?:(?:${BODY_QUALIFIERS})\s+)?(?:${GOVERNING_BODIES}|${ACTING_BODIES})$`,
  "u",
);

/**
 * Whose a clause is when its subject is "he / she / they" standing for the writer's own officer
 * or body named just before (`before`: the earlier text of its sentence and the sentence before):
 * read as that officer's clause would be ("colleague", or "org" for a department's officer), with
 * the clause as it reads with the antecedent for the pronoun ("our trustees would like…"), or
 * undefined.
 */
export function ownOfficerPronoun(
  clause: Clause,
  before: string,
  ownName?: (name: string) => boolean,
): { holder: "colleague" | "org"; text: string } | undefined {
  const text = clause.text.replace(/^[^:]{0,80}:\s+(?=\S+\s+\S+\s+\S)/, "").replace(OPENERS, "");
  const pronoun = PRONOUN_SUBJECT.exec(text);
  if (!pronoun) return undefined;
  const lead = clause.text.slice(0, clause.text.length - text.length);
  const search = `${before} ${lead}`;
  let found: RegExpExecArray | RegExpMatchArray | undefined;
  for (const m of search.matchAll(ROLE_MENTION)) found = m;
  const last = found?.[0];
  if (!found || !last) return undefined;
  const at = found.index ?? 0;
  const ownBody =
    THE_OWN_BODY.test(last.replace(/^The\b/, "the")) &&
    !OF_ANOTHER.test(search.slice(at + last.length));
  if (!ownBody && !/^(?:our|my)\s/i.test(last)) return undefined;
  // "João Ferreira, our CFO" / "our CFO, João Ferreira,": a named person, whose wishes are their
  // own (relay.ts reads them as theirs when their address is known).
  if (
    /\p{Lu}[\p{L}'’-]+\s*,\s*$/u.test(search.slice(Math.max(0, at - 60), at)) ||
    /^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+/u.test(
      search.slice(at + last.length, at + last.length + 80),
    )
  )
    return undefined;
  // ("the trustees would like…" reads as "our trustees would like…")
  const antecedent = ownBody ? last.replace(/^the\b/i, "our") : last;
  const resolved = `${antecedent} ${text.slice(pronoun[0].length)}`;
  const said = subjectOf({ ...clause, text: resolved }, ownName);
  // (as "our new finance director wants…" reads: the organisation's, or a colleague's)
  return said === "colleague" || said === "org" ? { holder: said, text: resolved } : undefined;
}

/** An organisation's own people or business: "the whole team", "anyone here", "our board". */
// (Round 26: "the committee", as "the board": "no video calls for the committee", analysis-lh23.)
const ORG_SCOPE =
  /\b(?:us|we|we're|we've|we'd|we'll|our|ours|ourselves|anyone\s+(?:here|at|in)(?!\s+your\b)|any\s+of\s+us|all\s+of\s+us|any\s+of\s+(?:the|our)\s+[\w-]+|all\s+(?:of\s+)?(?:the|our)\s+(?:staff|team|trustees|directors|employees|board|colleagues)|everyone\s+(?:here|at)|nobody\s+(?:here|at)|the\s+(?:whole\s+)?(?:company|business|group|firm's\s+clients|team|board|committee|trustees|governors|legal\s+(?:team|function|department))|my\s+(?:board|team|company|organi[sz]ation|department|finance\s+team|legal\s+team|trustees|directors|colleagues))\b/i;
// "anyone at the Council", "the Trust's invoices": a body named by what it is, capitalised.
const ORG_PROPER =
  /\b(?:the|this)\s+(?:Council|Trust|Club|University|Association|Charity|Foundation|Authority|Partnership|Practice|Group|Company)\b/;
// "my board", "my team": the organisation, not the writer alone.
const MY_ORGANISATION =
  /\bmy\s+(?:board|team|company|organi[sz]ation|department|finance\s+team|legal\s+team|trustees|directors|colleagues)\b/gi;
const SELF_SCOPE = /\b(?:i|me|my|mine|myself|i'm|i'd|i've|i'll)\b/i;

// "I'd rather we didn't get into…", "Could we keep politics out of…": the writer and the firm
// together, not the writer's organisation.
// "…when we meet", "…at the start of our calls": the writer and the firm together.
// Round 16: "…for what we're discussing", "anything we talk about": what the two of them discuss.
const INCLUSIVE_WE =
  /\b(?:rather|could|can|shall|should|if)\s+we\b|\blet's\b|\b(?:both\s+of\s+us|us\s+both)\b|\b(?:when|whenever|next\s+time|each\s+time|every\s+time|before|after|once|until|while)\s+we(?:'re|\s+are)?\s+(?:next\s+)?(?:meet|speak|talk|catch\s+up|chat|get\s+together|see\s+each\s+other|have\s+met|met|on\s+(?:a|the)\s+call|are\s+on\s+(?:a|the)\s+call)\w*|\bour\s+(?:calls?|meetings?|conversations?|catch[\s-]ups?|chats?|correspondence|emails?|discussions?|relationship|dealings|sessions?)\b|\b(?:what|whatever|anything|everything|things|matters|the\s+[\w-]+)\s+(?:that\s+)?we(?:'re|\s+are|'ve\s+been|\s+have\s+been|'ll\s+be|\s+will\s+be)?\s+(?:discuss|discussing|discussed|talking\s+about|talked\s+about|talk\s+about|speaking\s+about|spoke\s+about|corresponding\s+about|going\s+to\s+discuss)\b/gi;
// "I'm afraid", "I think", "I know": the writer's voice, not whose the preference is.
const ASIDES =
  /\b(?:(?:i|i'd|i\s+would|i\s+must|i\s+have\s+to|can\s+i|may\s+i|could\s+i)\s+(?:ask|request|suggest|be\s+grateful|appreciate\s+it|like\s+to\s+ask)|i'm\s+afraid|i\s+am\s+afraid|i'm\s+sorry|i\s+think|i\s+hope|i\s+know|i'm\s+told|i\s+suspect|i'm\s+sure|i\s+gather|i\s+guess|i'm\s+glad|i\s+should\s+say|i\s+should\s+have\s+said|i\s+appreciate)\b/gi;

// Round 28: "send it by post to our registered office": where a paper goes, not whose the wish
// is (the writer's own wish, as the dev writers of lp1 and lp3 read it).
const OUR_PREMISES =
  /\bto\s+our\s+(?:(?:registered|head|main|postal|business|new|usual)\s+)?(?:office|offices|address|premises)\b/gi;

/** Who a clause speaks of anywhere in it (scope, beneficiary), beyond its subject. */
export function mentions(text: string): { self: boolean; org: boolean } {
  const exclusive = text.replace(INCLUSIVE_WE, " ").replace(ASIDES, " ").replace(OUR_PREMISES, " ");
  return {
    self: SELF_SCOPE.test(exclusive.replace(MY_ORGANISATION, " ")),
    org: ORG_SCOPE.test(exclusive) || ORG_PROPER.test(exclusive),
  };
}

// Whom a request's action is aimed at: "phone him", "write to her", "texts to them".
// "I told them to stop calling me": a request made to someone else, not to the firm.
// (Round 22: "the best way to reach her", "to get hold of him".)
const THIRD_OBJECT =
  /\b(?:call|phone|ring|text|email|e-mail|write\s+to|contact|invite|address|send|reach|get\s+hold\s+of)\s+(?:him|her)\b|\b(?:him|her)\s+(?:directly|instead)\b|\b(?:told|asked|warned|begged)\s+(?:them|him|her|the\s+[\w-]+|[A-Z][a-z]+)\s+(?:not\s+)?to\b/i;

// "Please don't call Liz in accounts", "email Raj instead", "stop calling Darren", "calling Raj's
// mobile" (round 16): the action's object is a person named (case matters: "call me Kate" names the writer, "call Teams" is not a person).
// Round 29: or whom the firm needs to reach ("if you need to reach Siobhán, please don't ring the
// house": how to get hold of her).
const NAMED_OBJECT =
  /\b(?:[Rr]each(?:ing)?|[Gg]et(?:ting)?\s+hold\s+of|[Cc]all(?:ing)?|[Pp]hon(?:e|ing)|[Rr]ing(?:ing)?|[Tt]ext(?:ing)?|[Ee]-?mail(?:ing)?|[Ww]rite\s+to|[Cc]ontact(?:ing)?|[Mm]essag(?:e|ing)|WhatsApp)\s+(?!(?:Teams|Zoom|Signal|WhatsApp|Webex|Google|Microsoft|Skype|Slack|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|ASAP)\b)(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Professor|Prof)\.?\s+)?[A-Z][a-z]+\b(?!['’]s\b(?!\s+(?:mobile|phone|cell|landline|number|e-?mail|inbox)\b))/;

export function aimedAtSomeoneElse(text: string): boolean {
  const frame = askedToPassOn(text);
  return THIRD_OBJECT.test(frame ? text.slice(frame[0].length) : text);
}

// Round 34 (analysis-lh32 M3, lh30 M16): "Our trustees have asked me to let you know that we…":
// the writer passes on what their own body or officer asked, in the first person; whose the wish
// is, the reported clause's "we" or "I" says (a reported "they" stays with the subject reading).
const ASKED_TO_PASS_ON =
  /^(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:(?:has|have|had)\s+)?(?:asked|requested|instructed)\s+me\s+to\s+(?:let\s+you\s+know|tell\s+you|pass\s+(?:on|along)|say|mention|confirm)\s+(?:that\s+)?(?=(?:we|i|our)\b)/i;

/** The frame of a wish the writer passes on for their own body or officer, in the first person. */
export function askedToPassOn(text: string): RegExpExecArray | null {
  return ASKED_TO_PASS_ON.exec(text);
}

/** A way of getting in touch asked for or refused for a named person, not for the writer. */
export function channelForSomeoneNamed(text: string): boolean {
  return NAMED_OBJECT.test(text);
}

// ------------------------------------------------------------------------------------------
// The organisation's people together
// ------------------------------------------------------------------------------------------

// "Our people", "our whole team", "everyone here", "all of us", "my team and I": the writer's
// organisation as a body of people, which speaks as "we". Not a role or a governing body ("our
// CFO", "the board", "the trustees": someone inside the client, read as a colleague), nor "our
// IT" or "our policy" (already the organisation's own rules).
const COLLECTIVE =
  /^((?:(?:and|but|so|also|honestly|frankly|generally)[\s,]+)?)(?:our\s+(?:whole\s+|entire\s+)?(?:team|teams|people|staff|employees|colleagues|office|firm|company|business|organi[sz]ation)|(?:everyone|everybody)\s+(?:here|in\s+(?:the|our)\s+(?:team|office|company))|all\s+of\s+us(?:\s+here)?|my\s+(?:team|colleagues)\s+and\s+(?:I|me)|(?:I|me)\s+and\s+my\s+(?:team|colleagues))\s+(?!and\b|or\b|of\b|at\b|in\b)([a-z][\w']*)/i;
const PLURAL_AFTER =
  /^(?:are|aren't|were|weren't|have|haven't|do|don't|would|will|can|could|should|must|may|might|prefer|want|like|need|all|always|usually|generally|never|rarely|mostly)$/i;
const AS_WE: Record<string, string> = {
  is: "are",
  "isn't": "aren't",
  was: "were",
  "wasn't": "weren't",
  has: "have",
  "hasn't": "haven't",
  does: "do",
  "doesn't": "don't",
  am: "are",
};

/** The clause with a collective subject of the writer's organisation said as "we" ("our people prefer" → "we prefer"). */
export function collectiveAsWe(text: string): string {
  const m = COLLECTIVE.exec(text);
  if (!m) return text;
  // Round 15: "Our Teams tenant…", "Our Teams is hopeless": Teams with its capital, before a
  // noun or a singular verb, is the platform, not our teams ("Our Teams prefer email" stays).
  if (
    /\bTeams$/.test(m[0].slice(0, m[0].length - m[2]!.length).trimEnd()) &&
    !PLURAL_AFTER.test(m[2]!)
  )
    return text;
  const verb = m[2]!;
  const lower = verb.toLowerCase();
  const agreed =
    AS_WE[lower] ??
    (/^[a-z]{3,}s$/.test(lower) && !/(?:ss|us|is)$/.test(lower)
      ? /[^aeiou]ies$/.test(lower)
        ? lower.slice(0, -3) + "y"
        : /(?:sh|ch|x|z|o|ss)es$/.test(lower)
          ? lower.slice(0, -2)
          : lower.slice(0, -1)
      : verb);
  return `${m[1]}we ${agreed}${text.slice(m.index + m[0].length)}`;
}

// ------------------------------------------------------------------------------------------
// Another party's people (round 12)
// ------------------------------------------------------------------------------------------

// "The co-defendant would rather not be phoned", "another insurer's staff…", "the other insurers
// want Zoom": a party beside the client in the matter, whose wishes are not the client's.
const OTHER_PARTY =
  /^(?:(?:the|our|a|their)\s+)?(?:co-(?:defendants?|claimants?|respondents?|insurers?|applicants?|appellants?|investors?|owners?|lenders?)|(?:another|the\s+other|other)\s+(?:insurers?|parties|party|side|defendants?|claimants?|banks?|lenders?|firms?|companies|company|respondents?|underwriters?))(?:'s|’s|s'|s’)?\b/i;
// "Aviva staff may not accept gifts", "Barclays' employees…", "Allianz's policy is that…": a
// company named by its own name, not the writer's (ownName), whose people or rules the clause
// opens with.
// Round 27: and its people by their part ("Walmart's buyer asked that we…", "Tesco's category
// manager wants…").
const NAMED_COMPANY_PEOPLE =
  /^((?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}&-]*)(?:'s|’s|'|’)?\s+(?:own\s+)?(?:(?:category|account|procurement|purchasing|compliance|legal|marketing)\s+)?(?:staff|employees|people|personnel|colleagues|officers|team|teams|board|insurers?|lawyers|solicitors|counsel|buyers?|agents?|reps?|representatives?|contacts?|managers?|directors?|CEO|CFO|COO|GC|auditors?|brokers?|advisers?|advisors?|accountants?|consultants?|policy|policies|rules|guidelines|code|terms|procedures|compliance(?:\s+team)?)\b/u;
// "our distributor's agent", "my landlord's solicitor": a party of the writer's side's dealings,
// by its role, and one of its people after the possessive.
const OUR_PARTYS_PERSON = /^(?:our|my)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)(?:'s|’s)\s+[a-z]/i;
// The organisation's own officers and its head, whose people are its own ("our CEO's office").
const OWN_ROLE =
  /^(?:ceo|cfo|coo|cto|cio|md|gc|fd|chair(?:man|woman|person)?|president|chief|director|directors|head|boss|manager|founder|owner|owners|treasurer|secretary|colleague|colleagues|partners?|it|hr|finance|legal|procurement|accounts|operations|marketing)$/i;

/**
 * The clause opens with another party of the matter (a co-defendant, another insurer) or with the
 * people or rules of a company named by its own name that is not the writer's: their wishes and
 * rules, not the client's. `ownName` tells the writer's own organisation's name.
 */
export function opensWithOtherParty(text: string, ownName?: (name: string) => boolean): boolean {
  const body = text.replace(OPENERS, "").replace(NOTE_LEAD, "").replace(FOR_PARTY, "");
  if (OTHER_PARTY.test(body)) return true;
  // Round 27: "our distributor's agent wants…", "my landlord's solicitor asked…": the person of
  // another party the writer's side deals with; not "our company's CFO", "our CEO's office".
  const party = OUR_PARTYS_PERSON.exec(body);
  if (party && !OWN_BODY_HEAD.test(party[1]!) && !OWN_ROLE.test(party[1]!)) return true;
  const named = NAMED_COMPANY_PEOPLE.exec(body) ?? NAMED_COMPANY_WISHES.exec(body);
  if (!named) return false;
  const words = named[1]!.split(/\s+/);
  // "What I would like…", "Ideally I would prefer…": the writer, never part of a name (round 15:
  // "What I'd like" was heard, "What I would like" was read as a company's wish).
  if (words.includes("I")) return false;
  // "Our IT team", "The Board", "All staff": the writer's own people, a determiner first.
  if (DETERMINER.test(words[0]!)) return false;
  // "Panel firms' staff", "External counsel", "HR staff": ordinary words or a department.
  if (words.every((w) => DEPARTMENT.test(w) || isCommonWord(w.toLowerCase()))) return false;
  return !ownName?.(named[1]!);
}

// ------------------------------------------------------------------------------------------
// Reported speech (round 27)
// ------------------------------------------------------------------------------------------

// "letters or email only, he says", "Email only, says our tenant", "no calls, so I'm told", "He
// tells me: email only", "According to their buyer, …": the words, and the wish, are the reported
// speaker's. One reading: a speaker and a verb of saying, as a tag after a comma (the speaker
// first or after "says"), as a lead before a colon, or after "according to". The writer ("as I
// said", "I say") is no speaker of this kind; the organisation's own people and bodies ("our CFO
// says…", "the board tells me", "Finance says") leave the clause to the other readings.
const SAYING = String.raw`(?:says|say|said|tells?\s+(?:me|us)|told\s+(?:me|us)|has\s+told\s+(?:me|us)|insists|insisted|reckons|keeps\s+saying|writes|wrote)`;
const SPEAKER = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{L}-]+|(?:${TITLE_WORD}\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`;
const REPORTED_SPEECH = new RegExp(
  String.raw`,\s*(?:(?<tag>${SPEAKER})\s+${SAYING}|(?:says|said)\s+(?<inverted>${SPEAKER}))\s*(?:[,;.!]|$)|^(?<lead>${SPEAKER})\s+${SAYING}\s*:|^[Aa]ccording\s+to\s+(?<according>${SPEAKER})\s*,`,
  "u",
);
// "…, or so I'm told", "…, I've been told": hearsay, whose wish the writer does not say.
const HEARSAY_TAG =
  /,\s*(?:or\s+)?(?:so\s+)?(?:i'm|i\s+am|i've\s+been|i\s+have\s+been|we're|we\s+are|we've\s+been)\s+told\s*[.!]?\s*$/i;
const OWN_SPEAKER_DETERMINER = /^(?:the|our|my)\s+/i;

/**
 * The clause after this one in its sentence is only a tag of reported speech ("No calls, so I'm
 * told."; "Email, he says, and nothing else" splits the same way): it reports this one.
 */
export function taggedAfter(
  sentence: Sentence,
  clause: Clause,
  ownName?: (name: string) => boolean,
): boolean {
  const next = sentence.clauses[sentence.clauses.indexOf(clause) + 1];
  return next !== undefined && reportedFromOther(`, ${next.text.trim()}`, ownName);
}

/**
 * The clause is reported from someone other than the writer and their organisation (see
 * REPORTED_SPEECH). `ownName` tells the organisation's own name ("Kestrel tells me…").
 */
export function reportedFromOther(text: string, ownName?: (name: string) => boolean): boolean {
  const body = text.replace(OPENERS, "");
  if (HEARSAY_TAG.test(body)) return true;
  const m = REPORTED_SPEECH.exec(body);
  if (!m) return false;
  const speaker = (m.groups!.tag ?? m.groups!.inverted ?? m.groups!.lead ?? m.groups!.according)!;
  const words = speaker.split(/\s+/);
  const head = words[words.length - 1]!;
  if (OWN_SPEAKER_DETERMINER.test(speaker))
    return !(OWN_BODY_HEAD.test(head) || OWN_ROLE.test(head) || /^governors$/i.test(head));
  if (/^(?:he|she|they)$/i.test(speaker) || /^(?:their|his|her)$/i.test(words[0]!)) return true;
  // A name: not the organisation's own, nor one of its departments ("IT tells me: Teams only").
  if (words.every((w) => DEPARTMENT.test(w) || isCommonWord(w.toLowerCase()))) return false;
  return !ownName?.(speaker);
}

// "Please note (that)…", "Just so you know, …", "FYI": the writer passing on what follows.
const NOTE_LEAD =
  /^(?:(?:please\s+)?(?:note|be\s+aware|bear\s+in\s+mind)(?:\s+that)?|just\s+so\s+you\s+know|fyi|for\s+(?:your\s+)?info(?:rmation)?|heads\s+up)[\s,:-]+/i;
// "For the co-defendant, Zoom is best": a party named as whom the clause is for.
const FOR_PARTY = /^(?:as\s+)?for\s+(?=(?:the|our|their)\s+(?:co-|other\s)[^,]{0,40},)/i;
// "Aviva would prefer that all meetings…", "Hiscox has asked that…": a company named by its own
// name (not the writer's, checked by the caller) stating a wish of its own.
const NAMED_COMPANY_WISHES =
  /^((?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}&-]*)\s+(?:(?:would|'d)\s+(?:prefer|like|rather|sooner)|(?:has|have)\s+asked|asks|requires|insists|prefers|wants|only\s+uses|(?:does\s+not|doesn't|do\s+not|don't)\s+(?:allow|permit|accept|use|do))\b/u;

const DETERMINER =
  /^(?:I|I'm|I'd|We|We're|We'd|We've|Us|You|They|He|She|It|Everyone|Everybody|Nobody|None|Mr|Mrs|Ms|Mx|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|All|Any|Our|The|No|Every|Each|My|Your|Their|His|Her|This|That|These|Those|Its|Some|Most|Many|Both|Other)$/;
const DEPARTMENT =
  /^(?:Teams|Zoom|Signal|WhatsApp|Webex|Google|Meet|Microsoft|MS|Email|E-mail|Post|Phone|SMS|Text|IT|HR|AP|AR|PR|R&D|Legal|Finance|Compliance|Procurement|Accounts|Payables|Security|Operations|Group|Head|Office|Panel|Firm|Firms|External|Outside|Staff|Board|Senior|Junior|Management)$/;

// "Your guidelines state that all meetings are to be held on Zoom", "as set out in your panel
// terms, …", "under your policy, advisers must not…": the firm's own rules put back to it, not the
// client's (isReaderReported reads what the firm said or wrote; these are its standing rules).
const READER_RULES = new RegExp(
  String.raw`\byour\s+(?:[\w-]+\s+){0,2}?(?:guidelines|polic(?:y|ies)|terms|rules|code(?:\s+of\s+conduct)?|procedures|protocol|standards|engagement\s+letter|handbook)\s+(?:(?:also|clearly|expressly)\s+)?(?:state|states|stated|say|says|said|require|requires|required|provide|provides|set\s+out|sets\s+out|stipulate|stipulates|specify|specifies|prohibit|prohibits|mean|means)\b|\b(?:as|per)\s+(?:set\s+out|stated|required|provided|specified|laid\s+down|explained)\s+(?:in|by|under)\s+your\b|^(?:(?:and|but|so)\s+)?(?:under|according\s+to|in\s+line\s+with)\s+your\s+(?:[\w-]+\s+){0,2}?(?:guidelines|polic(?:y|ies)|terms|rules|code|procedures|protocol|standards|engagement\s+letter|handbook)\b`,
  "i",
);

/** The clause puts the firm's own rules back to it ("your guidelines state that…"). */
export function quotesReaderRules(text: string): boolean {
  return READER_RULES.test(text);
}

// "The insured would rather not be contacted by text", "The expert only uses Zoom", "Our member
// would rather not receive calls", "Mrs Patel, the insured, would rather not be phoned": a person
// named by what they are in the matter, as subject of a wish of their own. Read only where the
// subject says nothing else (subjectOf "none"); the organisation's own bodies ("the board", "our
// IT team", "the company") are not someone else.
const PRONOUN = String.raw`(?:i|we|you|they|he|she|it|i'm|i'd|we're|we'd)\b`;
// Round 19: someone titled, named ("Mr Hale asks that…") or by the title alone ("Madame asks…",
// "His Lordship prefers…"), is someone else unless relay.ts has found whose assistant writes.
const TITLE_ALONE_SUBJECT = `(?:Madame|Monsieur|Mademoiselle|Signora|His\\s+Lordship|Her\\s+Ladyship)`;
const SOMEONE_WISHES = new RegExp(
  String.raw`^(?:(the|our|their|his|her|my|this|that|a|one)\s+(?:(?!${PRONOUN})[\w'-]+\s+){0,2}?(?!${PRONOUN})([a-z][\w'-]*)|(?:${TITLE_WORD}\.?\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s*,\s*[^,]{1,40},|${TITLE_ALONE_SUBJECT})\s+(?:(?:would|'d)\s+(?:much\s+|really\s+)?(?:rather|prefer|like|sooner)|prefers|wants|(?:doesn't|does\s+not)\s+(?:want|like|do|use|read)|insists|only\s+(?:uses|wants|reads|checks|does)|(?:has|have)\s+asked|asked|(?:is|isn't|is\s+not)\s+(?:not\s+)?comfortable|can't\s+(?:stand|bear)|hates|dislikes|never\s+(?:reads|checks|answers|uses)|asks\s+(?:that|you|if)|requests\s+that|would\s+ask)\b`,
  "iu",
);
// Round 19: a request passed on from someone titled and named ("Mr Hale asks that you…"): theirs,
// not the writer's, when no relay has found their address. (Their other wishes, "Mr Hale would
// like summary invoices", are left to the readings as before.)
const TITLED_ASKS = new RegExp(
  `^${TITLE_WORD}\\.?\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?\\s+(?:(?:also|kindly)\\s+)?(?:asks\\s+(?:that|you|if)|requests\\s+that|would\\s+ask)\\b`,
  "u",
);
const OUR_ROLE = new RegExp(String.raw`^${PERSON_NOUN}$`, "i");
const OWN_BODY_HEAD =
  /^(?:teams?|company|business|firm|organi[sz]ation|group|board|committee|office|department|it|policy|policies|rules?|guidelines|code|people|staff|employees|colleagues|management|trustees|directors|partners|executive|council|trust|charity|practice|compliance|finance|legal|procurement|security|network|systems?|laptops?|devices?|firewall|side|preference|view|position|lot)$/i;

/** A person named by their part in the matter states a wish of their own (see SOMEONE_WISHES). */
export function someoneElseWishes(text: string): boolean {
  if (TITLED_ASKS.test(text.replace(OPENERS, ""))) return true;
  const m = SOMEONE_WISHES.exec(text.replace(OPENERS, ""));
  if (!m) return false;
  if (m[2] === undefined) return true;
  // "our CFO wants…": one of the organisation's people, read as a colleague elsewhere.
  if (/^our$/i.test(m[1]!) && OUR_ROLE.test(m[2])) return false;
  return !OWN_BODY_HEAD.test(m[2]);
}

/**
 * Round 13: "Please note he prefers to avoid phone calls", "FYI, Mr Hale would rather not be
 * phoned", "Just so you know, she never reads texts": the writer passes on someone else's wish.
 * Whose it is is the subject after the lead ("third" or "colleague"); undefined when there is no
 * such lead or the writer's own subject follows it ("Please note I'm away").
 */
export function passedOnFor(
  clause: Clause,
  ownName?: (name: string) => boolean,
): Holder | undefined {
  const text = clause.text.replace(OPENERS, "");
  const lead = NOTE_LEAD.exec(text);
  if (!lead) return undefined;
  const said = subjectOf({ ...clause, text: text.slice(lead[0].length) }, ownName);
  return said === "third" || said === "colleague" ? said : undefined;
}
