/**
 * Invoices: how much detail the client wants (billingDetail: summary or detailed) and the entry
 * wordings their guidelines refuse (bannedBillingPhrases: "we won't pay for 'perusal of
 * documents'", "travel time is not billable", a list after "The following entries will not be
 * paid:", "those" pointing back at entries quoted just before).
 */
import { isStanding } from "../clause-facts";
import { BILLING_CONTEXT } from "../lexicon";
import type { Candidate, ClauseContext } from "../recogniser";
import type { Sentence } from "../sentences";

// ------------------------------------------------------------------------------------------
// Detail
// ------------------------------------------------------------------------------------------

const INVOICE = String.raw`(?:invoices?|bills?|billing|statements?|fee\s+notes?)`;

const SUMMARY: readonly RegExp[] = [
  new RegExp(String.raw`\bsummary(?:[\s-]+only)?\s+(?:${INVOICE}|format|version)\b`, "i"),
  new RegExp(String.raw`\b${INVOICE}\s*[:,-]?\s+summary\b`, "i"),
  /\bsummary\s+only\b/i,
  /\b(?:just|only)\s+(?:show\s+)?(?:a|the)\s+(?:single\s+)?(?:totals?|figure|headline\s+(?:figure|number)s?)\b/i,
  /\b(?:the\s+)?totals?\s+only\b/i,
  /\ba\s+single\s+(?:total|figure)\b/i,
  /\bheadline\s+(?:figures?|numbers?|totals?)(?:\s+only)?\b/i,
  /\bonly\s+(?:need|needs|want|wants)\s+the\s+(?:total|headline)/i,
  /\bno\s+(?:time\s+entries|narratives?|task(?:-level)?\s+(?:detail|breakdown)|line[\s-]by[\s-]line)/i,
  /\bno\s+longer\s+need\s+the\s+(?:[\w-]+\s+)?(?:breakdown|detail)/i,
  /\btoo\s+much\s+detail\b/i,
  /\b(?:leave|take)\s+off\s+the\s+(?:task\s+)?detail/i,
  // "please don't include time entries on our invoices any more"
  /\b(?:don't|do\s+not|no\s+need\s+to|stop|never)\s+(?:include|show|list|send|itemi[sz]e|set\s+out)\s+(?:the\s+|any\s+|all\s+the\s+)?(?:time\s+entries|narratives?|hours|task\s+detail|breakdown)/i,
];

const DETAILED: readonly RegExp[] = [
  new RegExp(
    String.raw`\bdetailed\s+(?:${INVOICE}|breakdown|version|narratives?|time\s+entries)\b`,
    "i",
  ),
  /\b(?:full|complete)\s+(?:time\s+)?narratives?\b/i,
  /\bbroken\s+down\s+by\s+(?:task|fee[\s-]earner|timekeeper)/i,
  /\bbreakdown\s+(?:by|per)\s+(?:fee[\s-]earner|task|timekeeper)/i,
  /\bhours\s+(?:per|by)\s+(?:fee[\s-]earner|task|timekeeper)/i,
  /\bwho\s+did\s+what\b/i,
  /\bin\s+full\s+detail\b/i,
  /\btask\s+codes\b/i,
  /\b(?:full|complete|detailed|itemi[sz]ed|line[\s-]by[\s-]line)\s+breakdown\b/i,
  /\bbreakdown\s+of\s+(?:the\s+|all\s+)?(?:time|hours)\b/i,
  /\bitemi[sz](?:e|es|ed|ing)\b/i,
  new RegExp(
    String.raw`\bsummary\s+(?:${INVOICE}|format)\s+(?:will\s+be|are|is|get)\s+(?:automatically\s+)?(?:rejected|refused)`,
    "i",
  ),
];

// The clause asks for it, rather than mentioning it: a request, a want, a standing change.
const WANTED =
  /\b(?:please|want|wants|need|needs|would\s+like|'d\s+like|prefer|only|will\s+do|suits?|enough|fine|sufficient|ideal|move|moving|switch|keep|from\s+now\s+on|going\s+forward|future|onwards?|should|must|require|requires|can\s+our)\b/i;
// "summary-only invoices … found them useless", "the summary format … won't get through".
const REJECTED_NEARBY =
  /\b(?:useless|won't\s+(?:get\s+through|work|do|pass)|doesn't\s+work|not\s+acceptable|unacceptable|no\s+good|rejected)\b/i;
// One invoice, not the way invoices should be: "the March invoice", "this invoice".
const ONE_INVOICE =
  /\b(?:this|that)\s+(?:one\s+)?(?:invoice|bill)\b|\bthe\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last|latest|next|attached|current|enclosed)\s+(?:invoice|bill)\b/i;

function anyMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return undefined;
}

function negatedAt(text: string, at: number): boolean {
  return /\bnot\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(0, at - 12), at));
}

function inBillingTalk(context: ClauseContext): boolean {
  const around = [context.sentence, ...context.previous, context.next];
  return around.some((s) => s !== undefined && BILLING_CONTEXT.test(s.text));
}

export function recogniseBillingDetail(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  if (!inBillingTalk(context) || !WANTED.test(text)) return [];
  if (ONE_INVOICE.test(text) && !isStanding(context.sentence.text)) return [];
  const detailed = anyMatch(DETAILED, text);
  if (detailed && !negatedAt(text, detailed.index))
    return [{ field: "billingDetail", value: "detailed" }];
  const summary = anyMatch(SUMMARY, text);
  if (summary && !negatedAt(text, summary.index) && !REJECTED_NEARBY.test(text)) {
    return [{ field: "billingDetail", value: "summary" }];
  }
  return [];
}

// ------------------------------------------------------------------------------------------
// Refused entries
// ------------------------------------------------------------------------------------------

const REFUSE =
  /\b(?:won't|will\s+not|don't|do\s+not|doesn't|does\s+not|shouldn't|should\s+not|can't|cannot|no\s+longer|never)\s+(?:[\w-]+\s+){0,2}?(?:pay(?:ing)?|accept|allow|permit|cover|appear|be\s+(?:paid|billed|accepted|allowed))\b|\bnot\s+(?:be\s+)?(?:a\s+)?(?:billable|payable|chargeable|paid|accepted|allowed)\b|\bnon-?billable\b|\b(?:is|are|will\s+be|get|gets|be)\s+(?:still\s+|automatically\s+|simply\s+)?(?:rejected|refused|struck\s+out|cut|written\s+off|taxed\s+off|bounced)\b|\bbars?\s+["']|\brejects?\b|\ballergic\s+to\b|\b(?:strip|drop|remove|leave|take)\s+(?:them|those|these|it|that|both|either)\b|\bgo\s+away\s+for\s+good\b|\bstop\s+charging\s+(?:us\s+)?for\b|\b(?:don't|do\s+not|never)\s+charge\s+(?:us\s+)?for\b|\b(?:terms|guidelines|policy|policies)\s+(?:exclude|prohibit|disallow)\b/i;
// The refusal points back at entries named before it: "Can those go away for good?"
const POINTS_BACK =
  /\b(?:strip|drop|remove|leave|take)\s+(?:them|those|these|it|that|both|either)\b|\b(?:those|these|them|both|either|they)\b[^.]{0,30}\b(?:go\s+away|appear|be\s+paid|billable)|\bgo\s+away\s+for\s+good\b/i;

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
// "Internal conferences between timekeepers at your firm are not billable to Castellan".
const NOT_BILLABLE_SUBJECT =
  /^([\p{L}][\p{L}\s-]{2,40}?)\s+(?:(?:between|at|in|by|for|from|with|of|on)\s+[^,]{0,60}?\s+)?(?:is|are)\s+(?:not\s+(?:billable|payable)|non-?billable)/iu;

const NOT_AN_ENTRY = /\b(?:that|which|unless|where|if|when|who|whose|they|we|you|it|he|she)\b/i;

function clean(value: string): string | undefined {
  const trimmed = value.trim().replace(/\s+/g, " ");
  const words = trimmed.split(" ");
  if (trimmed.length < 3 || words.length > 7 || NOT_AN_ENTRY.test(trimmed)) return undefined;
  if (/^(?:it|them|those|these|this|that|anything|everything)$/i.test(trimmed)) return undefined;
  return trimmed;
}

/** Entries listed one per line after "…will not be paid:", up to the first long sentence. */
function listedAfter(sentence: Sentence, all: readonly Sentence[]): Candidate[] {
  const items: Candidate[] = [];
  for (let i = sentence.index + 1; i < all.length; i++) {
    const line = all[i]!;
    const words = line.text.replace(/[.;,]$/, "");
    if (words.split(/\s+/).length > 8) break;
    const value = clean(words);
    if (value) {
      items.push({
        field: "bannedBillingPhrases",
        value,
        quote: { start: line.start, end: line.end },
      });
    }
  }
  return items;
}

export function recogniseRefusedEntries(context: ClauseContext): Candidate[] {
  const { clause, sentence, read } = context;
  const text = clause.text;
  if (!REFUSE.test(text)) return [];
  let values = quotedIn(text);
  // Quoted wordings they will not pay for are entries whatever the sentences around say.
  // Quoted wordings they will not pay for, or "we no longer pay for photocopying": the client's
  // own billing rule whatever the sentences around say ("the buyer won't pay for the survey" is not).
  const paysFor =
    (values.length > 0 && /\bpay\s+for\b/i.test(text)) ||
    /\b(?:we|i)\s+(?:\w+\s+)?(?:won't|will\s+not|don't|do\s+not|never|no\s+longer|can't|cannot)\s+(?:\w+\s+)?pay\b/i.test(
      text,
    );
  if (!paysFor && !inBillingTalk(context)) return [];
  if (values.length === 0) {
    const pay = PAY_FOR.exec(text);
    if (pay) values = pay[1]!.split(/\s+(?:or|and)\s+/);
    const subject = NOT_BILLABLE_SUBJECT.exec(text.replace(/^(?:also|and|but|so)[\s,]+/i, ""));
    if (subject) values.push(subject[1]!);
  }
  if (values.length === 0 && POINTS_BACK.test(text)) {
    values = quotedIn(sentence.text);
    for (const before of context.previous) {
      if (values.length > 0) break;
      values = quotedIn(before.text);
    }
  }
  if (values.length === 0 && /:\s*$/.test(sentence.text) && clause.end === sentence.end) {
    return listedAfter(sentence, read.sentences);
  }
  const found: Candidate[] = [];
  for (const raw of values) {
    const value = clean(raw.replace(/\s+(?:entries|entry|lines?)$/i, ""));
    if (value) found.push({ field: "bannedBillingPhrases", value });
  }
  return found;
}
