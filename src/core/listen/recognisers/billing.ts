/**
 * Invoices: how much detail the client wants (billingDetail: summary or detailed) and the entry
 * wordings their guidelines refuse (bannedBillingPhrases: "we won't pay for 'perusal of
 * documents'", "travel time is not billable", a list after "The following entries will not be
 * paid:", "those" pointing back at entries quoted just before).
 */
import { conditionFacts, isStanding } from "../clause-facts";
import { isOwnName, organisationWords } from "../own-organisation";
import { BILLING_CONTEXT } from "../lexicon";
import { withoutChangeSource } from "../change-source";
import type { ReadMessage } from "../message";
import type { Candidate, ClauseContext } from "../recogniser";
import type { Sentence } from "../sentences";

// ------------------------------------------------------------------------------------------
// Detail
// ------------------------------------------------------------------------------------------

const INVOICE = String.raw`(?:invoices?|bills?|billing|statements?|fee\s+notes?)`;

// What a writer asks to have summarised: the firm's invoices, bills or fee notes ("your
// statements"; never a witness's or a bank's).
const SUMMARISED = `(?:(?:your|the|our|my|all|each|any|future|his|her)\\s+(?:(?:monthly|quarterly|future|legal|interim|final)\\s+)?(?:invoices?|bills?|fee\\s+notes?)|your\\s+(?:(?:monthly|quarterly|future)\\s+)?statements?|(?:invoices|bills|fee\\s+notes))`;

const SUMMARY: readonly RegExp[] = [
  new RegExp(String.raw`\bsummary(?:[\s-]+only)?\s+(?:${INVOICE}|format|version)\b`, "i"),
  new RegExp(String.raw`\b${INVOICE}\s*[:,-]?\s+summary\b`, "i"),
  // A label and its value: "Billing: monthly summary", "Invoices – one line per matter"
  /^(?:invoices?|invoicing|billing|bills?)\s*[:–]\s*(?:[\w-]+\s+){0,2}?(?:summary|summaries|totals?(?:\s+only)?|headline|one[\s-]line)\b/i,
  /\bsummary\s+only\b/i,
  /\b(?:just|only)\s+(?:show\s+)?(?:a|the)\s+(?:single\s+)?(?:totals?|figure|headline\s+(?:figure|number)s?)\b/i,
  /\b(?:the\s+)?totals?\s+only\b/i,
  /\ba\s+single\s+(?:total|figure)\b/i,
  /\bheadline\s+(?:figures?|numbers?|totals?)(?:\s+only)?\b/i,
  /\bonly\s+(?:need|needs|want|wants)\s+the\s+(?:total|headline)/i,
  /\bno\s+(?:time\s+entries|narratives?|task(?:-level)?\s+(?:detail|breakdown)|line[\s-]by[\s-]line)/i,
  /\bno\s+longer\s+need\s+the\s+(?:[\w-]+\s+)?(?:breakdown|detail)/i,
  /\btoo\s+much\s+detail\b/i,
  // "one line per matter", "a single line", "in summary form", "fees by workstream only"
  /\bone\s+line\s+(?:per|a|each|for\s+each)\s+(?:month|matter|invoice|workstream|phase|quarter)\b|\bsingle[\s-]line\b/i,
  /\bsummary\s+form\b|\bin\s+summary\b|\bsummary\s+level\b|\bat\s+(?:a\s+)?summary\b/i,
  /\b(?:fees|totals?|amounts?|figures?)\s+(?:by|per)\s+(?:workstream|matter|phase|month)\s+only\b/i,
  /\bconsolidated\s+(?:invoices?|bills?)\b/i,
  /\bwithout\s+(?:the\s+|any\s+)?(?:time\s+)?(?:narratives?|entries|breakdown|detail|hours)\b/i,
  /\b(?:don't|do\s+not|no\s+longer)\s+need\s+(?:to\s+see\s+)?(?:the\s+|any\s+|that\s+|this\s+|so\s+much\s+)?(?:level\s+of\s+)?(?:hours|time\s+entries|(?:time\s+)?narratives?|breakdown|detail)\b/i,
  /^summar(?:y|ies)\b/i,
  // Round 19: the verb, asked for: "please summarise your invoices", "(he asks that) your
  // statements be summarised", "I'd like my bills summarised". Statements only the firm's ("your
  // statements"): "the witness statements" are no invoices.
  new RegExp(
    `(?:^|\\b(?:please|kindly|could\\s+you|can\\s+you|would\\s+you)\\s+)summari[sz]e\\s+${SUMMARISED}\\b|\\b(?:asks?|asked|requests?|requested|requires?|prefers?|insists?)\\s+that\\s+${SUMMARISED}\\s+(?:should\\s+)?be\\s+summari[sz]ed\\b|\\b(?:like|want|prefer|need)s?\\s+${SUMMARISED}\\s+summari[sz]ed\\b|\\b${SUMMARISED}\\s+(?:should|must)\\s+be\\s+summari[sz]ed\\b`,
    "i",
  ),
  // "the total and a line describing the work will do"
  /\b(?:the|a|just\s+the|only\s+the)\s+(?:monthly\s+|total\s+)?totals?\b.{0,60}?\b(?:will\s+do|is\s+enough|are\s+enough|suffices?|is\s+plenty|is\s+all\s+(?:we|i)\s+(?:need|want))\b/i,
  /\b(?:leave|take)\s+off\s+the\s+(?:task\s+)?detail/i,
  // "please don't include time entries on our invoices any more"
  /\b(?:don't|do\s+not|no\s+need\s+to|stop|never)\s+(?:include|including|show|showing|list|listing|send|sending|itemi[sz]e|itemi[sz]ing|set\s+out)\s+(?:me\s+|us\s+)?(?:the\s+|any\s+|all\s+the\s+)?(?:[\w-]+\s+)?(?:time\s+entries|narratives?|hours|task\s+detail|breakdown)/i,
];

const DETAILED: readonly RegExp[] = [
  // "Billing: fully itemised", "Invoices: detailed, with narratives"
  /^(?:invoices?|invoicing|billing|bills?)\s*[:–]\s*(?:[\w-]+\s+){0,2}?(?:detailed|itemi[sz]ed|line[\s-]by[\s-]line|full\s+(?:detail|narratives?|breakdown))\b/i,
  new RegExp(
    String.raw`\bdetailed\s+(?:${INVOICE}|breakdown|version|format|narratives?|time\s+entries)\b`,
    "i",
  ),
  /\b(?:full|complete)\s+(?:time\s+)?narratives?\b/i,
  /\bbroken\s+down\s+by\s+(?:task|fee[\s-]earner|timekeeper)/i,
  /\bbreakdown\s+(?:by|per)\s+(?:fee[\s-]earner|task|timekeeper)/i,
  /\bhours\s+(?:per|by|for\s+each)\s+(?:fee[\s-]earner|task|timekeeper|lawyer|person|partner|associate)/i,
  /\bwho\s+did\s+(?:what|the\s+work)\b/i,
  /\bhow\s+long\s+(?:it\s+took|each\s+(?:task|item)\s+took|was\s+spent)\b/i,
  /\btime\s+detail\b/i,
  /\bdetailed\s+(?:specification|statement|account|description|list)\b/i,
  /\b(?:entries|time)\s+(?:must|should|shall|to)\s+be\s+(?:listed|shown|itemi[sz]ed|broken\s+down|recorded)\s+(?:individually|separately|by)\b|\blisted\s+individually\b/i,
  // Round 24 (lh11 larkspur): what each entry must describe, identify or specify is its wording
  // ("Each entry must describe the specific task performed" asks for a proper narrative, not a
  // detailed bill) unless the same clause asks for its time or its timekeeper.
  /\b(?:each|every)\s+(?:time\s+)?entr(?:y|ies)\s+(?:must\s+|should\s+|shall\s+|to\s+)?(?:show|state|include|set\s+out|record|give|list)s?\b/i,
  /\b(?:each|every)\s+(?:time\s+)?entr(?:y|ies)\s+(?:must\s+|should\s+|shall\s+|to\s+)?(?:describe|identify|identifies|specify|specifies)s?\b(?=.*\b(?:timekeepers?|fee[\s-]earners?|time\s+(?:spent|taken|recorded|worked)|hours?|tenths?|0\.1|(?:six|6)[\s-]minute|increments?|units?\s+of\s+time)\b)/i,
  /\b(?:task|matter|phase|fee[\s-]earner|timekeeper)[\s-]by[\s-](?:task|matter|phase|fee[\s-]earner|timekeeper)\b/i,
  /\bin\s+full\s+detail\b/i,
  // "Our company requires each hour listed", "every task itemised": each unit of time set out
  /\b(?:each|every)\s+(?:single\s+)?(?:hour|minute|task|time\s+entry|unit\s+of\s+time)\s+(?:to\s+be\s+|must\s+be\s+|should\s+be\s+|shall\s+be\s+)?(?:listed|itemi[sz]ed|shown|broken\s+down|set\s+out|accounted\s+for|recorded\s+separately)\b/i,
  /\btask\s+codes\b/i,
  // "for each timekeeper, each task", "each lawyer's hours", "I want the time entries"
  /\bfor\s+each\s+(?:timekeeper|fee[\s-]earner|lawyer|task)\b/i,
  /\b(?:each|every)\s+(?:lawyer|timekeeper|fee[\s-]earner|person)'s\s+(?:(?:individual\s+)?(?:hours|time|entries))\b/i,
  /\b(?:in\s+)?(?:tenths|tenth)\s+of\s+an\s+hour\b|\btask[\s-]level\s+narratives?\b/i,
  /(?<!\b(?:don't|do\s+not|no\s+longer|never|not)\s+)\b(?:want|need|require|see)\s+(?:the\s+|all\s+the\s+|full\s+)?time\s+entries\b/i,
  /\b(?:full|complete|detailed|itemi[sz]ed|line[\s-]by[\s-]line)\s+breakdown\b/i,
  /\bbreakdown\s+of\s+(?:the\s+|all\s+)?(?:time|hours)\b/i,
  // itemised time, not receipts ("every disbursement itemised with a receipt")
  /^(?!.*\b(?:disbursements?|expenses?|receipts?)\b).*(?<!\b(?:no\s+need\s+to|don't|do\s+not|never|not|without)\s+)\bitemi[sz](?:e|es|ed|ing)\b/i,
  new RegExp(
    String.raw`\bsummary\s+(?:${INVOICE}|format)\s+(?:will\s+be|are|is|get)\s+(?:automatically\s+)?(?:rejected|refused)`,
    "i",
  ),
];

// The clause asks for it, rather than mentioning it: a request, a want, a standing change.
const WANTED =
  /\b(?:send\s+(?:me|us)|ask|asks|request|requires?|shall|must|unless|plenty|go\s+with|opt\s+for|please|pls|plz|want|wants|need|needs|would\s+like|'d\s+like|prefer|only|will\s+do|suits?|enough|fine|sufficient|ideal|move|moving|switch|keep|go\s+back\s+to|revert\s+to|return\s+to|from\s+now\s+on|going\s+forward|future|onwards?|should|must|require|requires|can\s+our)\b|^(?:invoices?|invoicing|billing|bills?)\s*[:–]/i;
// "summary-only invoices … found them useless", "the summary format … won't get through".
const REJECTED_NEARBY =
  /\b(?:useless|won't\s+(?:get\s+through|work|do|pass)|doesn't\s+work|not\s+acceptable|unacceptable|no\s+good|rejected)\b/i;
// One invoice, not the way invoices should be: "the March invoice", "this invoice".
// (also one period's invoices: "the invoices for the third quarter", "for Q2", "for March")
const ONE_INVOICE =
  /\b(?:for|of|covering)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|next|current|1st|2nd|3rd|4th)\s+quarter|q[1-4]|(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+\d{4})?)\b|\b(?:invoices?\s+|(?:invoice|bill)\s+(?:no\.?|number|#|ref\.?)\s*)[A-Z]{0,4}[-/]?\d{3,}|\b(?:this|that)\s+(?:one\s+)?(?:invoice|bill)\b|\bthe\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last|latest|next|attached|current|enclosed)\s+(?:invoice|bill)\b/i;

// Round 24 (analysis-lh21 §3, lh10 ardent): a bill sent back to be done again ("please resubmit
// October with proper narratives", "reissue it with the hours") is about that bill, not the way
// bills should be.
const REDONE_BILL =
  /\b(?:re-?submit|re-?issue|re-?send|re-?do|re-?work|re-?draft|re-?state)(?:s|ted|ed|ting|ing)?\b/i;

function anyMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return undefined;
}

// (Round 14) a negator takes its object, whatever light words sit between: "no summary", "not a
// summary", "never the summary", "stop sending any summary".
const NEGATED_OBJECT = /\b(?:no|not|never|stop\s+\w+ing)\s+(?:the\s+|a\s+|any\s+|more\s+)?$/i;

function negatedAt(text: string, at: number): boolean {
  return NEGATED_OBJECT.test(text.slice(Math.max(0, at - 24), at));
}

/** Whether a sentence speaks of invoices and billing: read once per sentence. */
function billingSentence(sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  return (sentence.billing ??= BILLING_CONTEXT.test(sentence.text));
}

function inBillingTalk(context: ClauseContext): boolean {
  if (billingSentence(context.sentence) || billingSentence(context.next)) return true;
  if (context.previous.some(billingSentence)) return true;
  // A short reply about invoicing: "Re: Invoices - detailed or summary?".
  return context.sentence.index <= 2 && BILLING_CONTEXT.test(context.read.subject);
}

// "The detailed breakdowns are more than we need": detail named to be refused.
const TOO_MUCH =
  /\b(?:(?:just|only)\s+(?:create|creates|cause|causes|generate|generates|raise|raises)\s+(?:more\s+)?(?:questions|queries|confusion|work)|more\s+than\s+(?:we|i)\s+need|too\s+(?:much|long|detailed)|unnecessary|overkill|not\s+needed|no\s+longer\s+needed|useless)\b/i;

// The general reading: what a bill shows (the detail of the time, or a figure) × a stance on it.
// Wanting detail, or refusing a bare figure, is "detailed"; wanting a figure, or refusing the
// detail, is "summary". The words are those finance people use, not a case's.
const DETAIL_OBJECT = String.raw`(?:breakdowns?|broken\s+down|(?:time\s+|task\s+|full\s+)?narratives?|time\s+entries|(?:(?:six|6)[\s-]minute|tenth[\s-]of[\s-]an[\s-]hour)\s+(?:entry|entries|units?|increments?|lines?|blocks?)|line[\s-]items?|(?:break|breaking|split|splitting)\s+(?:[\w-]+\s+){0,3}?down\s+(?:by|per|into)\s+(?:fee[\s-]earners?|tasks?|phases?|timekeepers?|activit(?:y|ies)|persons?|people|grades?|stages?|workstreams?|individuals?)|chapter\s+and\s+verse|task\s+codes|utbms|ledes|line[\s-]by[\s-]line|itemi[sz](?:e|ed|ing|ation)|granular(?:ity)?|(?:full|time|task|more)\s+detail|(?:task|activity|timekeeper|fee[\s-]earner|line[\s-]item|entry)[\s-]level\s+detail|every\s+(?:time\s+)?entry|who\s+did\s+what|fee[\s-]earner\s+level|(?:hour|minute|day|line|entry|task|item)[\s-]by[\s-](?:hour|minute|day|line|entry|task|item)(?:\s+(?:list|listing|account|record|log|schedule|detail|breakdown))?|time[\s-]?sheets?(?:\s+(?:annex(?:ure|e)?|schedule|appendix|detail|extracts?))?|time[\s-]recording\s+(?:schedules?|annex(?:ure|e)?|appendix|reports?|detail|print-?outs?)|(?:full|all|individual|every)\s+(?:the\s+)?time\s+entries|(?:time|activity|work)\s+(?:logs?|schedules?|annex(?:ure|e)?|appendix))`;
const FIGURE_OBJECT = String.raw`(?:single\s+(?:figure|number|line|amount|total|page)|^one\s+page|headline\s+(?:figure|number|amount|total)s?|lump[\s-]sum|one[\s-](?:line|page)\s+(?:invoices?|bills?|statements?)|high[\s-]level|top[\s-]line|round\s+(?:figure|sum)|summary[\s-]level|(?:a|the)\s+summary|(?:the|a)\s+(?:grand\s+|overall\s+|monthly\s+|one[\s-]line\s+|single[\s-]line\s+|simple\s+|plain\s+)?total|bottom[\s-]line(?:\s+(?:figure|number))?|one\s+(?:figure|number))`;
// Round 27 (analysis-lh24 F): a verb of dislike governing the detail ("our accountant hates the
// long itemised ones", "we can't stand the six-minute entries", "I'm sick of the breakdowns"),
// and a want negated after its verb, the order of other first languages ("we want not anymore
// the detailed invoices", "we need no more the time sheets"): each refuses what follows.
const DISLIKED = String.raw`(?:hates?|hated|hating|dislikes?|disliked|detests?|loathes?|can['’]t\s+stand|cannot\s+stand|can['’]t\s+bear|(?:am|is|are|['’]m|['’]re|get|gets|getting)\s+(?:really\s+)?(?:sick|tired|fed\s+up)\s+(?:of|with)|(?:am|is|are|['’]m|['’]re)\s+not\s+(?:a\s+)?(?:big\s+)?(?:fans?\s+of|keen\s+on))`;
const WANT_NOT = String.raw`(?:want|wants|need|needs|like|likes|wish)\s+(?:not|no)\s+(?:any\s?more|any\s+longer|longer|more)`;
const REFUSING_BEFORE = new RegExp(
  String.raw`\b(?:(?:don't|do\s+not|doesn't|does\s+not|no\s+longer|never|won't|will\s+not|stop)\s+(?:need|want|require|read|look\s+at|accept|include|including|show|showing|list|listing|send|sending|put|putting)|no\s+need\s+(?:for|to)|not\s+interested\s+in|without|skip|(?:move|moving|get|getting|go|going)\s+away\s+from|(?:abandon|abandoning|ditch|ditching)|(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+(?:ingest|process|handle|cope\s+with|deal\s+with|use|upload|reconcile|work\s+with|load)|spare\s+(?:us|me)|drop|leave\s+(?:off|out)|take\s+(?:off|out)|wade\s+through|can't\s+be\s+doing\s+with|no\s+more|stop\s+(?:sending|including|showing)|instead\s+of|rather\s+than|${WANT_NOT})\s+(?:[\w-]+\s+){0,4}?$|\b(?:no|not)\s+(?:the\s+|any\s+|a\s+|[\w-]+\s+)?$`,
  "i",
);
const DISLIKED_BEFORE = new RegExp(String.raw`\b${DISLIKED}\s+(?:[\w-]+\s+){0,4}?$`, "i");
// A dislike reported from someone else ("our CFO told you that she hates itemised bills") is
// their view, passed on, not a wish the writer makes.
const REPORTED = /\b(?:told|tells|said|says|mentioned|claims?|claimed|reckons?|thinks?|gather)\b/i;

/** A refusal of the object in the words before it: REFUSING_BEFORE, or a dislike not reported. */
function refusingBefore(before: string): boolean {
  if (REFUSING_BEFORE.test(before)) return true;
  const dislike = DISLIKED_BEFORE.exec(before);
  return dislike !== null && !REPORTED.test(before.slice(0, dislike.index));
}

// (Round 14) a negator up to four words before the object overrides a "please" or a want around
// it: "Please stop putting the full narratives on", "we no longer want the breakdown, please".
const NEGATOR_BEFORE =
  /\b(?:stop|never|no\s+longer|don't|do\s+not|won't|will\s+not)\s+(?:[\w-]+\s+){0,4}?$/i;
// "The lump-sum invoice no longer works for us", "a summary doesn't suit us": satisfaction denied.
const UNSATISFYING_AFTER =
  /^\s*(?:[\w'-]+\s+){0,3}?(?:no\s+longer|not|never|doesn't|does\s+not|don't|do\s+not|won't)\s+(?:works?|suits?|do(?:es)?|is|are)\b/i;
// A refusal itself negated. "Not without a breakdown", "never without the time entries": the
// double negative wants the object. "You no longer need to leave out the breakdown", "no need to
// skip the narratives": a refusal lifted, which adds nothing (withdrawals.ts hears lifts).
const NOT_WITHOUT = /\b(?:not|never|nothing)\s+(?:[\w-]+\s+){0,3}?without\s+(?:[\w-]+\s+){0,3}?$/i;
const REFUSAL_LIFTED =
  /\b(?:no\s+longer|don't|do\s+not|doesn't|does\s+not|not|never|no\s+need\s+to)\s+(?:(?:need|have)\s+to\s+|(?:ban|bar)s?\s+|want\s+(?:you\s+)?to\s+)?(?:skip|drop|leave\s+(?:off|out)|take\s+(?:off|out)|omit|exclude|avoid|remove|strip)\s+(?:[\w-]+\s+){0,4}?$/i;
// Round 24 (analysis-lh21 §3: lh20 vantafab, lh10 kestrel). The refusal split around its object:
// "leave the hours breakdown out of the emails", "keep the narratives off the invoices", "take the
// time entries off" (a want before it, "please leave", is the refusal's own politeness).
const SPLIT_REFUSAL_BEFORE =
  /\b(?:leave|leaving|keep|keeping|take|taking|cut|cutting|strip|stripping)\s+(?:[\w-]+\s+){0,4}?$/i;
const SPLIT_REFUSAL_AFTER = /^\s*(?:[\w-]+\s+)?(?:out|off)\b(?!\s+(?:to|with)\b)/i;
// The detail as the subject of a complaint: "the task-by-task breakdowns are going to our AP team
// and causing confusion", "the narratives just create queries", "the time entries confuse our
// payables clerks". Read up to the clause's next turn ("but", "so", "because", a new subject).
const TROUBLE =
  /\b(?:caus(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|lead(?:s|ing)?\s+to|led\s+to)\s+(?:(?:a\s+lot\s+of|lots\s+of|so\s+much|so\s+many|more|real|endless|constant|needless|unnecessary|extra|no\s+end\s+of)\s+)?(?:confusion|problems|queries|questions|headaches|trouble|delays|(?:extra\s+|double\s+)?work)\b|\bconfus(?:e|es|ed|ing)\s+(?:our|the|everyone|everybody|people|us|me|them)\b|\b(?:(?:is|are)\s+(?:a\s+)?(?:real\s+)?(?:nuisance|headache|pain|problem|nightmare))\b/i;
const TURN = /\b(?:but|so|because|since|whereas|while|instead|although|though)\b|[;:]/i;

/** Whether the words after an object say it causes trouble (before the clause turns). */
function troubleAfter(after: string): boolean {
  const turn = TURN.exec(after);
  return TROUBLE.test(turn ? after.slice(0, turn.index) : after);
}

/** A refusal split around the object ("leave X out"), or the object complained of. */
function refusedAround(before: string, after: string): boolean {
  return (
    (SPLIT_REFUSAL_BEFORE.test(before) && SPLIT_REFUSAL_AFTER.test(after)) || troubleAfter(after)
  );
}

// The detail sent somewhere other than the bill: it stays out of the invoice ("the time detail
// goes only to our e-billing portal, never in the invoice PDF"; analysis-lh26, lh9).
const ROUTED_AWAY_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:goes?|is\s+sent|are\s+sent|belongs?)\s+(?:only\s+)?(?:to|into|in|on)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:portal|system|platform)\b|^[^.;]*?\b(?:never|not)\s+(?:in|on)\s+(?:the|our|your)\s+(?:[\w-]+\s+)?(?:invoices?|bills?|pdfs?)\b/i;
const REFUSED_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:overkill|unnecessary|too\s+much|not\s+needed|wasted\s+on\s+(?:us|me)|pointless|no\s+use)\b/i;
// A want that governs the object: before it ("we'd like a breakdown", "please bill us with task
// codes") or just after it ("a lump-sum invoice suits us", "line-by-line breakdowns, please").
const WANTS_BEFORE =
  /(?:\b(?:i|we)(?:'d|\s+would|\s+do|\s+really|\s+still|\s+only|\s+just)?\s+(?:like|want|need|require|prefer|ask\s+for|insist\s+on|rely\s+on|expect)|\b(?:[\w-]+\s+)?(?:insists?|relies|rely|depends?)\s+on|\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:a\s+)?(?:big|huge|great)\s+)?(?:fans?\s+of|keen\s+on)|\bour\s+(?:[\w-]+\s+){0,2}(?:needs?|wants?|requires?)|\b(?:please|pls|plz|must|should|shall|from\s+now\s+on|going\s+forward|in\s+future))\b(?:[\s,]+[\w'-]+){0,6}?[\s,]*$/i;
// "Full time entries, please: our auditors sample them": the detail is used, so it is wanted.
const USED_AFTER =
  /^[\s,;:-]*(?:please[\s,;:-]*)?(?:as\s+|because\s+|since\s+)?(?:our|the|we|my|i)\s+(?:[\w-]+\s+){0,2}?(?:samples?|checks?|audits?|reviews?|goes\s+through|go\s+through|reconciles?|relies\s+on|rely\s+on|needs?|uses?)\s+(?:them|it|each|every|those|these|the)\b/i;
const SATISFIED_AFTER =
  /^[\s,]*(?:[\w'-]+\s+){0,4}?(?:please\b|pls\b|plz\b|will\s+do\b|(?:is|are)\s+(?:fine|enough|plenty|sufficient|all\s+(?:we|i)\s+(?:need|want|look\s+at|read|use|care\s+about)|what\s+we\s+need)\b|suits?\b|works?\s+(?:best|better|well|for)\b|(?:will\s+|would\s+)?do(?:es)?\s+(?:us|me)\b|would\s+do\b)/i;
const DETAIL_RE = new RegExp(String.raw`\b${DETAIL_OBJECT}\b`, "gi");
const FIGURE_RE = new RegExp(String.raw`\b${FIGURE_OBJECT}\b`, "gi");

const NOT_TIME_DETAIL =
  /\b(?:disbursements?|expenses?|receipts?|pay\s+for|charge\s+for|described\s+as|recorded\s+as|entries\s+(?:for|such\s+as|like))\b/i;

const BOUNCED_AFTER =
  /\b(?:will\s+be|are|is|get|gets|may\s+be)\s+(?:automatically\s+|simply\s+)?(?:returned|rejected|refused|sent\s+back|bounced|queried|short-?paid|unpaid|not\s+paid)\b/i;

// What the detail or the figure is of, when that is not the bill, its time or its fees.
const OF_SOMETHING_ELSE =
  /^\s+(?:of|on|about|regarding)\s+(?:(?:the|your|our|each|every|all|all\s+the|any)\s+)?(?!(?:time|work|hours|fees?|bills?|billing|invoices?|invoiced|charges|costs|entries|spend|disbursements|expenses|matters?|month|quarter|[\w-]+\s+(?:invoices?|bills?|fees|time|hours|charges|spend))\b)[a-z]/i;

/** The lean, when the clause takes a stance on what its bills show: a want or a refusal. */
// Round 19 (lh17 W3): "only the total amount on the invoices, not all the lines with hours": a
// "not" that opens the second half of a contrast refuses what follows it, however the first half
// is worded. Not the idioms "not only", "not least", "not just", "not necessarily".
const CONTRAST_NOT =
  /(?:[,;(]|\s[-\u2013\u2014])\s*(?:and\s+|but\s+)?not\s+(?!only\b|least\b|just\b|necessarily\b|even\b)(?:(?:all|any|every|each|the|a|an|those|these|our|your)\s+)*(?:[\w-]+\s+){0,6}?$/i;

function detailWanted(text: string): "detailed" | "summary" | undefined {
  let lean: "detailed" | "summary" | undefined;
  for (const [pattern, wanted, refused] of [
    [DETAIL_RE, "detailed", "summary"],
    [FIGURE_RE, "summary", "detailed"],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const after = text.slice(m.index + m[0].length);
      // "the full detail of the title defects": the detail of something that is not the bill.
      if (OF_SOMETHING_ELSE.test(after)) continue;
      let value: "detailed" | "summary" | undefined;
      // "Invoices submitted without task-level detail will be returned unpaid": what a bill
      // lacks on pain of rejection is wanted.
      if (/\bwithout\s+(?:[\w-]+\s+){0,3}$/i.test(before) && BOUNCED_AFTER.test(after))
        value = wanted;
      else if (NOT_WITHOUT.test(before)) value = wanted;
      else if (REFUSAL_LIFTED.test(before)) continue;
      else if (
        CONTRAST_NOT.test(before) ||
        refusingBefore(before) ||
        REFUSED_AFTER.test(after) ||
        refusedAround(before, after) ||
        NEGATOR_BEFORE.test(before) ||
        UNSATISFYING_AFTER.test(after)
      )
        value = refused;
      else if (WANTS_BEFORE.test(before) || SATISFIED_AFTER.test(after)) value = wanted;
      else if (wanted === "detailed" && USED_AFTER.test(after)) value = wanted;
      if (!value) continue;
      if (lean && lean !== value) return undefined;
      lean = value;
    }
  }
  return lean;
}

// "Please itemise the defects in the schedule": itemising something that is not the bill or
// its time. The object must be the invoice's (or a pointer back to it), not any list.
const ITEMISE_OBJECT =
  /\bitemi[sz](?:e|es|ing)\s+(?:(?:the|all|each|every|any|our|your)\s+)*([a-z-]+)/i;
const BILL_OBJECT =
  /^(?:time|hours|work|fees?|bills?|billing|invoices?|entries|entry|charges|costs|disbursements|expenses|them|it|those|these|everything|by|per|properly|fully|in|on|from|going|please|and|or)$/i;

function itemisesSomethingElse(text: string): boolean {
  const m = ITEMISE_OBJECT.exec(text);
  return m !== null && !BILL_OBJECT.test(m[1]!);
}

// Round 19: the two ends of a change of detail ("from itemised to summary invoices").
const DETAIL_VALUE =
  /\b(?:detailed|itemi[sz]ed|itemi[sz]ation|line-by-line|full\s+detail|breakdown|narratives?|summary|summari[sz]ed|one-line|single-line|high-level|totals?)\b/i;

/**
 * A "topic" that is the invoice's own detail ("the hours breakdown", "summary bills", "time
 * entries"): a billing wish, never a subject of conversation to avoid (round 22, analysis-lh20
 * X_BILLTOPIC: "leave the hours breakdown out of the covering emails", lh12 "No summary bills").
 */
const INVOICE_DETAIL_HEAD =
  /\b(?:breakdowns?|narratives?|time[\s-]+entries|timesheets?|time\s+sheets|invoices?|invoicing|bills?|billing|itemi[sz]ation|summary|summaries)$/i;
export function isInvoiceDetail(topic: string): boolean {
  return INVOICE_DETAIL_HEAD.test(topic.trim());
}

// Round 24 (analysis-lh21 §3, lh15 brightlattice): "If the dispute goes to court, our insurer will
// want itemised bills, so we might need to move away from the summary": the consequence of a
// condition that opens its sentence is as conditional as the clause the condition opens.
const CONSEQUENCE = /^(?:and\s+)?(?:so|then|in\s+which\s+case|which\s+(?:means|would\s+mean))\b/i;

function consequenceOfCondition(context: ClauseContext): boolean {
  const { clause, sentence } = context;
  const first = sentence.clauses[0];
  if (!first || first === clause || !CONSEQUENCE.test(clause.text.trim())) return false;
  return conditionFacts(first).conditional;
}

// Round 24 (lh12 brightwater): a billing rule reported of another body, by its name or as a peer:
// "The Hafan Trust (who referred us to you) tell me they insist on summary invoices", "our sister
// charity says they want bills with no time entries", "another client of yours told me it…". Its
// rule, not the client's. A body the client answers to, named without a peer's word ("our auditors
// tell me they need the hours", "the lender says it wants the breakdown"), still speaks for the
// client's own bills; so does the writer's own organisation by its name or its board.
const REPORTED_OF = String.raw`\s*(?:\([^()]{1,60}\)\s*,?\s*)?(?:(?:have|has)\s+)?(?:tell|tells|told|say|says|said|inform|informs|informed|mentioned|mention|mentions)\s+(?:(?:me|us)\s+)?(?:that\s+)?(?:they|he|she|it)\b`;
const NAMED_REPORTS = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}&'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*)${REPORTED_OF}`,
  "u",
);
const PEER_REPORTS = new RegExp(
  String.raw`^(?:(?:their|his|her|another|other|a)\s+|(?:our|my|the)\s+(?:sister|partner|neighbouring|neighboring|fellow|peer|other|former|previous|old)\s+)(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|charit(?:y|ies)|trusts?|compan(?:y|ies)|firms?|clients?|customers?|councils?|associations?|banks?|lenders?|funders?|insurers?|businesses|groups?|schools?|hospitals?|universit(?:y|ies)|bod(?:y|ies))${REPORTED_OF}`,
  "i",
);
const OWN_BODY_WORD =
  /^(?:Board|Trustees|Directors|Governors|Finance|Accounts|AP|Payables|Management|Partners|Committee|Executive|Audit|Procurement|Legal|Company|Group|Team)$/;

function reportedOfAnotherBody(context: ClauseContext): boolean {
  const text = context.clause.text.trim();
  if (PEER_REPORTS.test(text)) return true;
  const named = NAMED_REPORTS.exec(text);
  if (!named) return false;
  const name = named[1]!;
  const words = name.split(/\s+/);
  if (words.some((w) => OWN_BODY_WORD.test(w) || /^(?:I|We|Our|My)$/.test(w))) return false;
  return !isOwnName(name, organisationWords(context.read.sender.domain));
}

export function recogniseBillingDetail(given: ClauseContext): Candidate[] {
  if (consequenceOfCondition(given) || reportedOfAnotherBody(given)) return [];
  // Round 19: "move us from detailed to summary invoices": the target of the change, never its source.
  const changed = withoutChangeSource(given.clause.text, DETAIL_VALUE);
  const context =
    changed === given.clause.text
      ? given
      : { ...given, clause: { ...given.clause, text: changed } };
  if (itemisesSomethingElse(context.clause.text)) return [];
  const heard = recogniseBillingDetailByPattern(context);
  if (heard.length > 0) return heard;
  const text = context.clause.text;
  if (!inBillingTalk(context)) return [];
  if ((ONE_INVOICE.test(text) || REDONE_BILL.test(text)) && !isStanding(context.sentence.text))
    return [];
  // Receipts for expenses, and entries refused by their wording, are not the detail of the time.
  if (NOT_TIME_DETAIL.test(text)) return [];
  const lean = detailWanted(text);
  return lean ? [{ field: "billingDetail", value: lean }] : [];
}

function recogniseBillingDetailByPattern(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  if (!inBillingTalk(context) || !WANTED.test(text)) return [];
  if ((ONE_INVOICE.test(text) || REDONE_BILL.test(text)) && !isStanding(context.sentence.text))
    return [];
  const detailed = anyMatch(DETAILED, text);
  // "a summary invoice or a detailed one": the choice offered, not made.
  if (detailed && anyMatch(SUMMARY, text) && /\bor\b/i.test(text)) return [];
  if (detailed && !negatedAt(text, detailed.index)) {
    // "No task-by-task time detail, please", "I don't need to see who did what": the detail
    // refused, however the refusal is worded (the same refusals as the general reading). A
    // pattern read from the clause's start ("…itemised") is refused where its word is: "doesn't
    // want itemised time".
    const core = detailed.index === 0 ? /\bitemi[sz]/i.exec(detailed[0]) : null;
    const at = core && core.index > 0 ? core.index : detailed.index;
    const before = text.slice(Math.max(0, at - 60), at);
    if (NOT_WITHOUT.test(before)) return [{ field: "billingDetail", value: "detailed" }];
    if (REFUSAL_LIFTED.test(before)) return [];
    // Round 24: what follows the detail's whole noun phrase ("task-by-task hour breakdowns").
    const after = text.slice(detailed.index + detailed[0].length);
    if (
      TOO_MUCH.test(text) ||
      ROUTED_AWAY_AFTER.test(after) ||
      refusedAround(before, after) ||
      refusingBefore(before) ||
      NEGATOR_BEFORE.test(before) ||
      CONTRAST_NOT.test(before)
    )
      return [{ field: "billingDetail", value: "summary" }];
    return [{ field: "billingDetail", value: "detailed" }];
  }
  const summary = anyMatch(SUMMARY, text);
  if (
    summary &&
    !negatedAt(text, summary.index) &&
    !NEGATOR_BEFORE.test(text.slice(Math.max(0, summary.index - 60), summary.index)) &&
    !refusingBefore(text.slice(Math.max(0, summary.index - 60), summary.index)) &&
    !REJECTED_NEARBY.test(text)
  ) {
    return [{ field: "billingDetail", value: "summary" }];
  }
  return [];
}

// ------------------------------------------------------------------------------------------
// Refused entries
// ------------------------------------------------------------------------------------------

const REFUSE =
  /\b(?:won't|will\s+not|don't|do\s+not|doesn't|does\s+not|shouldn't|should\s+not|shall\s+not|can't|cannot|no\s+longer|never|must\s+not|may\s+not|not)\s+(?:[\w-]+\s+){0,2}?(?:pay(?:ing)?|accept|allow|permit|cover|reimburse|fund|appear|pass|approve|process|sign\s+off|include|contain|show|feature|be\s+(?:paid|billed|charged|invoiced|accepted|allowed|recorded|reimbursed|included))\b|\b(?:not|isn't|aren't|won't|no\s+longer)\s+(?:be\s+)?(?:an?\s+)?(?:billable|payable|chargeable|reimbursable|compensable|recoverable|paid|accepted|allowed|acceptable)\b|\bnon-?(?:billable|chargeable|compensable|reimbursable|payable)\b|\b(?:is|are|will\s+be|get|gets|be)\s+(?:still\s+|automatically\s+|simply\s+|now\s+)?(?:rejected|refused|struck\s+out|cut|written\s+off|taxed\s+off|bounced|queried|sent\s+back|returned)\b|\bbars?\s+(?:["']|that|those|these|this|such)\b|\brejects?\b|\ballergic\s+to\b|\bno\s+more\s+["']|\b(?:neither|none)\s+of\s+(?:those|these|them|the)\b[^.]{0,30}?\b(?:appears?|is\s+billed|are\s+billed)\b|\b(?:strip|drop|remove)\s+(?:them|those|these|it|that|both|either)\b|\b(?:leave|take)\s+(?:them|those|these|it|that|both|either)\s+(?:out|off)\b|\bgo\s+away\s+for\s+good\b|\bstop\s+(?:charging|billing)\s+(?:us\s+)?for\b|\b(?:don't|do\s+not|never)\s+(?:charge|bill)\s+(?:us\s+)?for\b|\bno\s+(?:charges?|fees?|billing|time)\s+(?:for|on)\b|\bpay\s+for\s+(?:neither|none)\b|\b(?:terms|guidelines|policy|policies|rules?)\s+(?:exclude|prohibit|disallow|bar|forbid)\b|\b(?:exclude|prohibit|disallow|forbid)s?\s+(?:["']|charges?\s+for|billing\s+for)/i;
// Refusals by what the client's payables people do to an entry, rather than "won't pay": who (we,
// our AP / finance / accounts team, our auditors) × an act on a line (write off, strike, disallow,
// reject, query, short-pay), or the same act in the passive, or a payment that has stopped
// ("we've stopped paying for 'travel time'", "Any entry for 'conflict checks' will be disallowed").
const PAYABLES = String.raw`(?:we|our\s+(?:[\w-]+\s+){0,2}(?:team|department|function|people|ap|payables|auditors?|reviewers?|finance|accounts))`;
const REFUSE_ACT = new RegExp(
  String.raw`\b${PAYABLES}\s+(?:will\s+|always\s+|automatically\s+|routinely\s+|now\s+|simply\s+|just\s+)?(?:write|writes|strike|strikes|knock|knocks)\s+(?:out|off)\b|\b${PAYABLES}\s+(?:will\s+|always\s+|automatically\s+|routinely\s+|now\s+|simply\s+|just\s+)?(?:disallow|disallows|strike|strikes|short-?pays?|refuse\s+to\s+pay|bounce|bounces|kick\s+back|kicks\s+back|send\s+back|sends\s+back)\b|\b(?:stopped|ceased)\s+(?:paying|accepting|allowing)\b|\b(?:be|is|are|get|gets|been)\s+(?:automatically\s+|routinely\s+|always\s+|now\s+)?(?:disallowed|struck(?:\s+(?:off|out))?|knocked\s+off|short-?paid)\b`,
  "i",
);
// Round 38 (listen-38): a quoted wording refused as a line of the bill in the words one uses
// for a line rather than for paying: "don't put "Attendance on client" as one line item", "Don't
// use "general admin"", "please not write only 'Correspondence'", "don't bill 'internal
// conference' time", "no "travel time" lines please", "no entries for "photocopying"", "we refuse
// the lines "frais divers" and …". The wording must be quoted right there, in billing talk; the
// refusal in the present ("We refused 'Internal meeting' last year" reports what happened).
const OPEN_QUOTE = `["'“‘]`;
export const REFUSE_WORDING = new RegExp(
  String.raw`\b(?:don't|dont|do\s+not|never|not|stop)\s+(?:(?:please|pls|ever|again)\s+)?(?:put(?:ting)?|us(?:e|ing)|writ(?:e|ing)|bill(?:ing)?|charg(?:e|ing)|record(?:ing)?|enter(?:ing)?)\s+(?:(?:only|just|simply)\s+)?${OPEN_QUOTE}|\bno\s+(?:more\s+)?${OPEN_QUOTE}[^"'”’\n]{2,60}["'”’]\s+(?:lines?|entries|entry|items?|charges?|narratives?)\b|\bno\s+(?:more\s+)?(?:entries|lines|items|charges|narratives)\s+(?:for|of|saying|reading|described\s+as)\s+${OPEN_QUOTE}|\b(?:we|they|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:will\s+|now\s+|also\s+|always\s+)?(?:refuse|refuses)\s+(?:the\s+|any\s+|all\s+)?(?:(?:lines?|entries|items?|charges?|narratives?)\s+)?${OPEN_QUOTE}`,
  "i",
);
// "'Attention to file' is one. 'Work on matter' is the other.": the items of a refusal just made.
const CONTINUES_LIST =
  /^(?:and\s+)?["'‘“]([^"'’”\n]{2,60})["'’”]\s+(?:is|are)\s+(?:the\s+other|another|one|also\s+one|one\s+more|the\s+(?:first|second|third|last))\b/i;

// The refusal points back at entries named before it: "Can those go away for good?"
const POINTS_BACK =
  /\b(?:strip|drop|remove)\s+(?:them|those|these|it|that|both|either)\b|\b(?:leave|take)\s+(?:them|those|these|it|that|both|either)\s+(?:out|off)\b|\b(?:those|these|them|both|either|neither|they)\b[^.]{0,30}\b(?:go\s+away|appear|be\s+paid|billable|be\s+(?:rejected|refused|bounced|disallowed|written\s+off|struck\s+out))|\bgo\s+away\s+for\s+good\b|\b(?:pay|paying)\s+for\s+(?:either|neither|both|them|those|these|it|that)\b|\b(?:bar|bars|exclude|excludes|prohibit|prohibits|reject|rejects|rejected|refuse|refuses)\s+(?:that|those|these|this|such)\s+(?:entry|entries|lines?|items?|descriptions?|wording)\b|\b(?:that|those|these|such)\s+(?:entry|entries|lines?|items?|descriptions?)\s+(?:are|is|will\s+be|get)\s+(?:not\s+)?(?:rejected|refused|bounced|queried|payable|billable)/i;
const DOUBLE_QUOTED = /"([^"\n]{2,60})"/g;
const SINGLE_QUOTED = /(?:^|[\s(,:;])'([^'\n]{2,60})'(?=[\s,.;:!?)]|$)/g;

function quotedIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m[1]!);
  }
  return found;
}

// "we don't pay for travel time, whether…", "We don't pay file opening fees on any panel".
const PAY_FOR =
  /\b(?:won't|will\s+not|don't|do\s+not|never|no\s+longer)\s+(?:\w+\s+)?pay\s+(?:for\s+)?(?!(?:it|them|those|these|this|that|you|us|anything|for|any\s+of|either|both)\b)([a-z][a-z\s-]{2,40}?(?:\s+(?:or|and)\s+(?!for\b|any\b)[a-z][a-z\s-]{2,30}?)?)(?=\s+(?:as|on|whether|unless|if|when|at|in|from|under|or|and|because|since|going|any\s+more)\b|\s*[,.;:!?]|$)/i;
// "Please stop billing us for travel time", "never charge us for photocopying": the entry refused in
// plain words ("stop billing us twice for the same call" refuses a mistake, not an entry).
const BILL_FOR =
  /\b(?:stop|quit|don't|do\s+not|never|no\s+longer)\s+(?:billing|charging|bill|charge)\s+(?:us|me)\s+for\s+(?!(?:it|them|those|these|this|that|anything|any\s+of|either|both|the\s+same|time\s+(?:we|you|I)\b)\b)([a-z][a-z\s-]{2,40}?(?:\s+(?:or|and)\s+[a-z][a-z\s-]{2,30}?)?)(?=\s+(?:as|on|whether|unless|if|when|at|in|from|under|because|since|going|any\s+more|anymore)\b|\s*[,.;:!?]|$)/i;
// "Internal conferences between timekeepers at your firm are not billable to Castellan".
const NOT_BILLABLE_SUBJECT =
  /^([\p{L}][\p{L}\s-]{2,40}?)\s+(?:(?:between|at|in|by|for|from|with|of|on)\s+[^,]{0,60}?\s+)?(?:is|are)\s+(?:not\s+(?:billable|payable)|non-?billable)/iu;

const NOT_AN_ENTRY = /\b(?:that|which|unless|where|if|when|who|whose|they|we|you|it|he|she)\b/i;

function clean(value: string): string | undefined {
  const trimmed = value.trim().replace(/\s+/g, " ");
  const words = trimmed.split(" ");
  if (trimmed.length < 3 || words.length > 7 || NOT_AN_ENTRY.test(trimmed)) return undefined;
  // Round 38: a form of address ("please don't write "Ms Binti"") is a name, never an entry.
  if (/^(?:mr|mrs|ms|miss|mx|dr|prof|sir|lady|lord)\.?\s/i.test(trimmed)) return undefined;
  // "entries described only (as…)": how the list is introduced, never an entry.
  if (
    /^(?:entries|entry|lines?|items?|time|narratives?)\s+(?:described|recorded|worded|labelled|labeled|narrated|entered)\b/i.test(
      trimmed,
    )
  )
    return undefined;
  if (
    /^(?:(?:the|your|our|this|that|any|all)\s+)?(?:it|them|those|these|this|that|anything|everything|following|either|neither|both|time|work|fees|costs|charges|hours|expenses|entries|items|bill|invoice|matter|job)$/i.test(
      trimmed,
    )
  )
    return undefined;
  return trimmed;
}

// "…will not be paid:", "Invoices containing these items will be rejected", "the following shall
// not be billed": a refusal that points at a list.
const POINTS_TO_LIST =
  /:\s*$|\b(?:the\s+following|as\s+follows|(?:these|the)\s+(?:items|entries|descriptions|charges|lines|activities|tasks)\b|(?:listed\s+)?below)\b/i;

// "We will not pay for entries described only as:", "…entries that just say:" (round 12): the
// entries are named by the wordings listed under it, not by the words before the colon.
const DESCRIBED_AS =
  /\b(?:entries|entry|lines?|items?|time|narratives?|descriptions?|charges?)\s+(?:that\s+are\s+|which\s+are\s+)?(?:(?:described|recorded|worded|labelled|labeled|narrated|entered|billed)\s+(?:only\s+|simply\s+|just\s+|solely\s+|merely\s+)?as|(?:that|which)\s+(?:only\s+|simply\s+|just\s+|merely\s+)?(?:say|says|read|reads))\s*:\s*$/i;

const LIST_POINTER =
  /^\s*(?:the\s+following|as\s+follows|these|those|(?:the\s+)?items?\s+below)\b/i;

/** A sentence that is a line of its own (after any bullet marker): an item of a list. */
function isListLine(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const lineEnd = text.indexOf("\n", sentence.end);
  const before = text.slice(lineStart, sentence.start);
  const after = text.slice(sentence.end, lineEnd < 0 ? text.length : lineEnd);
  return /^\s*(?:\S{1,6}\s+)?$/.test(before) && after.trim() === "";
}

// What qualifies an entry rather than names it: "…by any timekeeper", "…, including new
// timekeepers getting up to speed", "…between firm personnel".
// Round 12: the writer's commentary after a dash or in brackets ("Review documents - say which
// documents", "Case management (too vague)") is no part of the entry.
const QUALIFIER =
  /\s*(?:,|;|\s[-–—]\s|\s\(|\s(?:by|between|including|however|whether|unless|where|when|except|other\s+than|in\s+respect\s+of)\s).*$/i;

// Round 17: a bracket that says the entry is refused when it says no more ("research
// (unspecified)") is part of the entry, not the writer's commentary on it.
const UNSPECIFIED_NOTE =
  /^(.*?\S)\s*(\((?:unspecified|undescribed|unparticularised|unparticularized|non-specific|generic|unexplained|no\s+detail|without\s+detail)\))[.;,]*$/i;

/** The wordings one list item names: its quoted wording, else its words, alternatives apart. */
function itemValues(item: string): string[] {
  // The commentary in brackets or after a dash may quote words of its own ("(not just
  // "prepared")"): only the wordings before it are the entry's.
  const named = quotedIn(item.replace(/\s*\([^)]*\)/g, " ").replace(/\s[-–—]\s.*$/, ""));
  if (named.length > 0) return named;
  const quoted = quotedIn(item);
  if (quoted.length > 0) return quoted;
  const unspecified = UNSPECIFIED_NOTE.exec(item.trim());
  if (unspecified && !/[,;(]/.test(unspecified[1]!)) return [`${unspecified[1]} ${unspecified[2]}`];
  return alternativesOf(item.replace(/[.;,]+$/, "").replace(QUALIFIER, ""));
}

/**
 * An entry's alternatives, a head shared: "Preparation of invoices or budgets" is "Preparation of
 * invoices" and "Preparation of budgets" (round 19: "budgets" alone was suggested), "Travel or
 * waiting time" stays two as written.
 */
function alternativesOf(entry: string): string[] {
  const parts = entry.split(/\s+or\s+/i);
  const head = parts.length > 1 ? /^(.+?\s(?:of|for|to|on|with)\s)/i.exec(parts[0]!) : null;
  if (!head) return parts;
  return parts.map((part, i) =>
    i === 0 || /\s(?:of|for|to|on|with)\s/i.test(part) || part.split(/\s+/).length > 2
      ? part
      : head[1]! + part,
  );
}

/** Whether the sentence starts its line (after any list marker). */
function startsItsLine(text: string, sentence: Sentence): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  return /^\s*(?:\S{1,6}\s+)?$/.test(text.slice(lineStart, sentence.start));
}

/**
 * A list line's shape: its indentation and the kind of its marker ("-", "•", "1.", "a)", none).
 * A line of another shape after the first item ("3." after "   - …") ends the list.
 */
function itemShape(text: string, sentence: Sentence): string {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const lead = text.slice(lineStart, sentence.start);
  const indent = /^[ \t]*/.exec(lead)![0].replace(/\t/g, "    ").length;
  const marker = lead.trimStart();
  const kind = /^\d/.test(marker)
    ? "number"
    : /^[a-z][.)]\s/i.test(marker)
      ? "letter"
      : /^[-–—•*·▪◦o](?:\s|$)/.test(marker)
        ? "bullet"
        : "none";
  return `${Math.min(indent, 12)}:${kind}`;
}

// A line that asks, thanks or signs off is not an entry of the list before it.
const NOT_AN_ITEM =
  /^(?:please|kindly|thanks|thank|let|if|regards|best|many|kind|cheers|any|do|don't|can|could|would|i|we|you)\b/i;

/**
 * Entries listed one per line after a refusal that points at them, up to the first long line;
 * a refusal that does not end with a colon needs at least two such lines to be a list.
 */
function listedAfter(sentence: Sentence, read: ReadMessage): Candidate[] {
  const { sentences: all, text } = read;
  // The list ends where the writer signs ("Megge" under the last item is no entry).
  const signature = new Set(read.signOffNames.map((name) => name.toLowerCase()));
  const items: Candidate[] = [];
  let lines = 0;
  let shape: string | undefined;
  // Round 19: the refusal is itself an item of a numbered (or lettered) list ("2. We will not pay
  // for the following:"): a line numbered as it is ("3. Disbursements over £500 need prior
  // approval") is the next rule, not one of its entries.
  const own = startsItsLine(text, sentence) ? itemShape(text, sentence) : undefined;
  const ordered = own !== undefined && /:(?:number|letter)$/.test(own) ? own : undefined;
  for (let i = sentence.index + 1; i < all.length; i++) {
    const line = all[i]!;
    if (line.text.split(/\s+/).length > 14 || !isListLine(text, line)) break;
    if (NOT_AN_ITEM.test(line.text)) break;
    const lineShape = itemShape(text, line);
    if (ordered !== undefined && lineShape === ordered) break;
    if (shape !== undefined && lineShape !== shape) break;
    shape = lineShape;
    if (signature.has(line.text.replace(/[.,!\s]+$/, "").toLowerCase())) break;
    lines++;
    for (const raw of itemValues(line.text)) {
      const value = clean(raw);
      if (value) {
        items.push({
          field: "bannedBillingPhrases",
          value,
          quote: { start: line.start, end: line.end },
        });
      }
    }
  }
  return lines >= 2 || /:\s*$/.test(sentence.text) ? items : [];
}

const THEY_ARE_ENTRIES = /^(?:(?:so|and|but|then)\s+)?(?:they|those|these)\b/i;

/**
 * "Two entries were bounced: / 1 May: "A" / 2 May: "B" / So they will be rejected": a refusal that
 * points back at a list of quoted lines whose lead line speaks of billing.
 */
function listLedByBilling(context: ClauseContext): boolean {
  if (!POINTS_BACK.test(context.clause.text)) return false;
  const { read, sentence } = context;
  let i = sentence.index - 1;
  while (
    i >= 0 &&
    quotedIn(read.sentences[i]!.text).length > 0 &&
    isListLine(read.text, read.sentences[i]!)
  )
    i--;
  return i < sentence.index - 1 && i >= 0 && billingSentence(read.sentences[i]);
}

/** The quoted wordings of the run of list lines just before the clause's sentence (nearest two sentences of prose skipped). */
function quotedListBefore(context: ClauseContext): string[] {
  const { read, sentence } = context;
  const found: string[] = [];
  let skipped = 0;
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 12; i--) {
    const line = read.sentences[i]!;
    const quoted = quotedIn(line.text);
    if (quoted.length > 0 && isListLine(read.text, line)) found.unshift(...quoted);
    else if (found.length > 0 || ++skipped > 2) break;
  }
  return found;
}

function refuses(text: string): boolean {
  return REFUSE.test(text) || REFUSE_ACT.test(text) || REFUSE_WORDING.test(text);
}

// Round 33 (analysis-lh31 W2): "you can drop that one from your list", "strike it off the
// list": an entry taken off the firm's list is withdrawn (withdrawals.ts), never refused again.
const DROP_FROM_LIST =
  /\b(?:drop|strike|remove|take|cross|delete)\s+(?:that|this|it|them|those|these)(?:\s+one)?\s+(?:off|from|out\s+of)\s+(?:your|the|our|my)\s+(?:[\w-]+\s+)?list\b/i;

export function recogniseRefusedEntries(context: ClauseContext): Candidate[] {
  const { clause, sentence, read } = context;
  const text = clause.text;
  // A refusal counts only in billing talk or as the writer's own "pay for" (below); without the
  // word "pay" and outside billing talk nothing here can be heard, whatever the clause refuses.
  if (!/\bpay(?:ing)?\b/i.test(text) && !inBillingTalk(context) && !listLedByBilling(context))
    return [];
  const continued = CONTINUES_LIST.exec(text.trim());
  if (continued && context.previous.slice(0, 2).some((s) => refuses(s.text))) {
    const value = clean(continued[1]!);
    return value ? [{ field: "bannedBillingPhrases", value }] : [];
  }
  if (!refuses(text) || DROP_FROM_LIST.test(text)) return [];
  let values = quotedIn(text);
  // Quoted wordings they will not pay for are entries whatever the sentences around say.
  // Quoted wordings they will not pay for, or "we no longer pay for photocopying": the client's
  // own billing rule whatever the sentences around say ("the buyer won't pay for the survey" is not).
  const paysFor =
    (values.length > 0 && /\bpay(?:ing)?\s+for\b/i.test(text)) ||
    /\b(?:we|i)\s+(?:\w+\s+)?(?:won't|will\s+not|don't|do\s+not|never|no\s+longer|can't|cannot)\s+(?:\w+\s+)?pay\b/i.test(
      text,
    );
  if (!paysFor && !inBillingTalk(context) && !listLedByBilling(context)) return [];
  // "…will not pay for entries described as any of the following:": the list names them, not
  // the words before the colon.
  if (
    values.length === 0 &&
    clause.end === sentence.end &&
    /:\s*$/.test(sentence.text) &&
    (/\b(?:the\s+following|as\s+follows|below)\b/i.test(sentence.text) ||
      DESCRIBED_AS.test(sentence.text))
  ) {
    const listed = listedAfter(sentence, read);
    if (listed.length > 0) return listed;
  }
  if (values.length === 0) {
    const pay = PAY_FOR.exec(text);
    // "will not pay for the following, however described:" points at a list; it names nothing.
    if (pay && !LIST_POINTER.test(pay[1]!)) values = pay[1]!.split(/\s+(?:or|and)\s+/);
    // "Please stop billing us for travel time", "don't charge us for photocopying"
    const billed = BILL_FOR.exec(text);
    if (billed && !LIST_POINTER.test(billed[1]!))
      values.push(...billed[1]!.split(/\s+(?:or|and)\s+/));
    const subject = NOT_BILLABLE_SUBJECT.exec(text.replace(/^(?:also|and|but|so)[\s,]+/i, ""));
    if (subject) values.push(subject[1]!);
  }
  // "…so they'll be rejected every time": "they" are the entries, not someone else.
  let pointedBack = false;
  if (values.length === 0 && POINTS_BACK.test(text)) {
    pointedBack = true;
    values = quotedIn(sentence.text);
    for (const before of context.previous) {
      if (values.length > 0) break;
      values = quotedIn(before.text);
    }
    // "Three entries were bounced: / 11 Sep: "A" / 14 Sep: "B" / … so they'll be rejected every
    // time": every line of the list the refusal points back at, not only the nearest.
    if (values.length > 0) values = [...new Set([...quotedListBefore(context), ...values])];
  }
  if (values.length === 0 && POINTS_TO_LIST.test(sentence.text) && clause.end === sentence.end) {
    return listedAfter(sentence, read);
  }
  const found: Candidate[] = [];
  for (const raw of values) {
    const value = clean(raw.replace(/\s+(?:entries|entry|lines?)$/i, ""));
    if (value)
      found.push({
        field: "bannedBillingPhrases",
        value,
        ...(pointedBack && THEY_ARE_ENTRIES.test(text) ? { subjectIsObject: true } : {}),
      });
  }
  return found;
}
