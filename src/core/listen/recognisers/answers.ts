/**
 * Answers to a question: a questionnaire answered inline ("> Invoices: detailed or summary?" /
 * "Summary to me."), or a line that labels its own subject ("Meeting platform: Teams.",
 * "Invoices: detailed please"). The answer is elliptical; the question says which preference it
 * gives. Names are heard by the names recogniser, which reads prompts the same way.
 */
import { channelMentions, HOSPITALITY } from "../lexicon";
import type { Candidate, ClauseContext } from "../recogniser";
import { cadenceIn, TOO_OFTEN } from "./status-updates";

export type AnswerTopic =
  "name" | "platform" | "channel" | "billing" | "entertainment" | "updates" | "topics";

// What a question or a label asks about, most specific first ("video platform" before "reach").
const TOPICS: readonly [AnswerTopic, RegExp][] = [
  ["name", /\b(?:name|call\s+you|address\s+you|addressed|form\s+of\s+address)\b/i],
  [
    "platform",
    /\b(?:video|platform|(?:meeting|conferencing|call)\s+(?:tool|software|app|system)s?)\b/i,
  ],
  ["billing", /\b(?:invoic\w*|bills?|billing)\b/i],
  ["updates", /\b(?:updates?|reports?|reporting|how\s+often|frequency|cadence|status|progress)\b/i],
  [
    "channel",
    /\b(?:reach(?:ing|ed)?|contact(?:ing|ed)?|get\s+hold|get\s+in\s+touch|channels?|best\s+way|communicat\w*|correspondence|contact\s+method)\b/i,
  ],
  ["entertainment", new RegExp(String.raw`\b${HOSPITALITY}\b|\binvit\w*|\bevents?\b`, "i")],
  [
    "topics",
    /\b(?:steer\s+clear|avoid|topics?|subjects?|off[\s-]limits|sensitive|(?:not|never)\s+(?:mention|discuss|raise|bring\s+up))\b/i,
  ],
];

/** A label that names its line's subject: "Meeting platform: Teams", "Invoices - summary". */
const LABEL = /^([\p{L}][\p{L}\s'/&-]{1,40}?)\s*(?::|\s-\s)\s*(?=\S)/u;
// A label is a noun phrase: "Contact information can change: phone numbers, …" is a sentence.
const VERB_IN_LABEL =
  /\b(?:is|are|was|were|be|been|can|could|will|would|shall|should|must|may|might|has|have|had|do|does|did|get|gets|got|change|changes|make|makes)\b/i;

export interface Answered {
  topic: AnswerTopic;
  /** The answer's text, without a label. */
  text: string;
  /** Where the answer's text starts in the clause. */
  offset: number;
}

export function topicOf(question: string): AnswerTopic | undefined {
  return TOPICS.find(([, pattern]) => pattern.test(question))?.[0];
}

/** The label a line opens with, and what it is about: "Meeting platform: Teams". */
export function labelOf(text: string): { topic: AnswerTopic; length: number } | undefined {
  // A label ends at a colon or a spaced dash: without either there is none (most sentences).
  if (!text.includes(":") && !text.includes("-")) return undefined;
  const label = LABEL.exec(text);
  if (!label || label[1]!.trim().split(/\s+/).length > 5 || VERB_IN_LABEL.test(label[1]!))
    return undefined;
  const topic = topicOf(label[1]!);
  return topic ? { topic, length: label[0].length } : undefined;
}

/** What the clause answers, if it answers a question (its sentence's prompt) or its own label. */
export function answerIn(context: ClauseContext): Answered | undefined {
  const { clause, sentence } = context;
  const label = labelOf(clause.text);
  if (label) {
    return { topic: label.topic, text: clause.text.slice(label.length), offset: label.length };
  }
  if (!sentence.prompt) return undefined;
  const topic = topicOf(sentence.prompt.text);
  if (!topic) return undefined;
  if (clause === sentence.clauses[0]) return { topic, text: clause.text, offset: 0 };
  // "Mobile - text first, then call.": the rest of an answer about ways to reach the writer, when
  // it only names more of them (not "Email - phone is hopeless").
  if (topic === "channel" && !VERDICT_WORDS.test(clause.text)) {
    return { topic, text: clause.text, offset: 0 };
  }
  return undefined;
}

const ORDER_WORD = /^(?:then|and\s+then|or|also|otherwise|failing\s+that|second(?:ly)?|next)\s+/i;
const VERDICT_WORDS =
  /\b(?:is|are|isn't|aren't|was|were|never|not|no|don't|doesn't|won't|can't|hopeless|useless|bad|terrible|awful|worse|worst|hate|dislike)\b/i;

const YES =
  /^(?:yes|yep|yeah|yup|absolutely|definitely|certainly|of\s+course|gladly|always|sure|please\s+do|by\s+all\s+means|count\s+me\s+in|love\s+to|happy\s+to)\b/i;
const NO =
  /^(?:no|nope|not\s+for\s+me|no\s+thanks?|no\s+thank\s+you|please\s+don't|never)\b(?!\s+(?:preference|change|idea))/i;
const NOTHING =
  /^(?:as\s+(?:now|before|usual|is)|no\s+(?:preference|change|strong\s+(?:view|preference)s?)|either|any|whatever|don't\s+mind|not\s+really|not\s+fussed|n\/a|none|nothing|same\s+as|up\s+to\s+you|happy\s+either\s+way)\b/i;
// Round 24 (lh11 larkspur): "Legal services invoices: narrative requirements" heads a policy; the
// word names what the rules below are about, not the answer ("Invoices: detailed" is one).
const HEADING_NOUN = String.raw`(?!\s+(?:requirements?|rules?|standards?|polic(?:y|ies)|guidelines?|guidance|conditions|procedures?|principles|changes|updates?|questions?|issues?|format(?:ting)?\s+rules))`;
const SUMMARY_ANSWER = new RegExp(
  String.raw`^(?:(?:a|the|just\s+(?:a|the))\s+)?(?:summary|summaries|summarised|totals?|headline|one[\s-]line|single\s+(?:line|figure|total))\b${HEADING_NOUN}`,
  "i",
);
const DETAILED_ANSWER = new RegExp(
  String.raw`^(?:(?:a|the)\s+)?(?:detailed|detail|itemi[sz]ed|full(?:\s+detail)?|line[\s-]by[\s-]line|time\s+entries|narratives?)\b${HEADING_NOUN}`,
  "i",
);
const NEGATION = /\b(?:not|never|no|don't|avoid)\b/i;

// Round 30 (analysis-lh27 M7): "> Any entries we should avoid beyond "Legal research"…? / Those
// two remain. Add "Conference with associate" - …": entries added, in quotation marks, to the
// list the firm's question asks about (entries or phrases to avoid), in the answer's first
// sentence or the one after it.
const ENTRIES_ASKED =
  /\b(?:entries|entry|phrases?|descriptions?|narratives?|wordings?)\b[^?]{0,80}?\b(?:avoid|(?:not|never)\s+(?:use|write|put|bill)|steer\s+clear|leave\s+out|refuse|reject)|\b(?:avoid|(?:not|never)\s+(?:use|write|put))\b[^?]{0,40}?\b(?:entries|phrases|descriptions|narratives|wordings?)\b/i;
const ADD_ENTRIES =
  /^(?:(?:and|also|please)\s+)*add\s+((?:["“][^"”]{2,60}["”](?:\s*(?:,\s*and|,\s*or|,|and|or)\s*)?)+)/i;

function entriesAdded(context: ClauseContext): Candidate[] {
  const { sentence, clause, read } = context;
  if (clause !== sentence.clauses[0]) return [];
  const added = ADD_ENTRIES.exec(clause.text.trim());
  if (!added) return [];
  const prior = read.sentences[sentence.index - 1];
  const prompt =
    sentence.prompt ?? (prior && prior.paragraph === sentence.paragraph ? prior.prompt : undefined);
  if (!prompt || !ENTRIES_ASKED.test(prompt.text)) return [];
  return [...added[1]!.matchAll(/["“]([^"”]{2,60})["”]/g)].map((m) => ({
    field: "bannedBillingPhrases" as const,
    value: m[1]!.trim(),
  }));
}

export function recogniseAnswers(context: ClauseContext): Candidate[] {
  const entries = entriesAdded(context);
  if (entries.length > 0) return entries;
  const answer = answerIn(context);
  if (!answer) return [];
  const text = answer.text.trim();
  if (NOTHING.test(text)) return [];
  switch (answer.topic) {
    case "entertainment":
      if (YES.test(text)) return [{ field: "entertainment", value: "welcome" }];
      if (NO.test(text)) return [{ field: "entertainment", value: "avoid" }];
      return [];
    case "billing":
      if (SUMMARY_ANSWER.test(text)) return [{ field: "billingDetail", value: "summary" }];
      if (DETAILED_ANSWER.test(text)) return [{ field: "billingDetail", value: "detailed" }];
      return [];
    case "updates": {
      // "Monthly is too often for us": the cadence the answer turns down (round 33, lh31).
      const value = cadenceIn(text);
      return value && !NEGATION.test(text) && !TOO_OFTEN.test(text)
        ? [{ field: "statusUpdates", value }]
        : [];
    }
    case "platform": {
      const first = channelMentions(text).find((m) => m.platform);
      if (!first?.platform || NEGATION.test(text.slice(0, first.start))) return [];
      return [{ field: "meetingPlatform", value: first.platform }];
    }
    case "channel":
      return channelsAnswered(text);
    default:
      return [];
  }
}

/**
 * "WhatsApp", "Teams chat for quick things, email for anything with a document attached": each
 * item that opens with a way of getting in touch names one the writer wants.
 */
function channelsAnswered(text: string): Candidate[] {
  const found: Candidate[] = [];
  let at = 0;
  for (const item of text.split(/\s*(?:[,;]|\bor\b|\band\b|\/)\s*/)) {
    const start = text.indexOf(item, at);
    at = start + item.length;
    // "text first, then call": an order of preference keeps each way named.
    const lead = ORDER_WORD.exec(item)?.[0].length ?? 0;
    const first = channelMentions(item)[0];
    if (!first || first.start > lead) continue;
    if (found.some((c) => c.value === first.channel)) continue;
    found.push({ field: "preferredChannels", value: first.channel });
  }
  return found;
}
