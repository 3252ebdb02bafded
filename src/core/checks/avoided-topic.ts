import type { CheckContext, CheckMeta } from "./context";
import { findTerms, hitEvidence, isInsideUrl } from "./helpers";

export const meta: CheckMeta = {
  id: "avoided-topic",
  category: "social",
  defaultSeverity: "warning",
  description: "Mentions a topic the client asked the firm to avoid.",
  messages: {
    topic:
      '{{who}} asked not to discuss {{topic}}, and this e-mail mentions "{{text}}" in the {{field}}. Consider leaving it out.',
  },
  fixable: false,
};

/**
 * A listed topic matches itself (and its plural); these broad topics also cover the words
 * people actually write about them. Kept small on purpose: every word here must rarely mean
 * anything else in a law firm's mail (so no "match", "game", "court" or "bar").
 */
const SPORTS = [
  "sport",
  "baseball",
  "football",
  "soccer",
  "basketball",
  "hockey",
  "golf",
  "tennis",
  "cricket",
  "rugby",
  "Super Bowl",
  "World Series",
  "World Cup",
  "playoffs",
  "the big game",
  "NFL",
  "NBA",
  "MLB",
  "NHL",
  "Premier League",
  "Olympics",
];

export const TOPIC_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  sports: SPORTS,
  sport: SPORTS,
  // Not "ball game": "a whole other ball game" is an idiom.
  baseball: ["World Series", "MLB"],
  football: ["Super Bowl", "NFL", "Premier League"],
  golf: ["golfing", "golf course", "round of golf"],
  politics: ["political", "Democrat", "Republican"],
  religion: ["religious"],
};

/** The terms a topic list stands for, each tagged with the topic it came from. */
export function expandTopics(topics: readonly string[]): { term: string; topic: string }[] {
  const result: { term: string; topic: string }[] = [];
  for (const topic of topics) {
    result.push({ term: topic, topic });
    for (const term of TOPIC_EXPANSIONS[topic.toLowerCase()] ?? []) result.push({ term, topic });
  }
  return result;
}

export function check(ctx: CheckContext): void {
  const topics = ctx.profile?.avoidTopics ?? [];
  if (topics.length === 0) return;
  const expanded = expandTopics(topics);
  // A word listed as a topic itself ("golf") is reported under that name, not under "sports".
  const topicOf = new Map<string, string>();
  for (const topic of topics) topicOf.set(topic.toLowerCase(), topic);
  for (const e of expanded)
    if (!topicOf.has(e.term.toLowerCase())) topicOf.set(e.term.toLowerCase(), e.topic);
  const terms = ctx.draft.memo(`topics:${topics.join("\u0000")}`, () => [
    ...new Set(expanded.map((e) => e.term)),
  ]);
  for (const hit of findTerms(ctx.draft, terms)) {
    if (hit.field === "attachment") continue;
    // "…/athletics.asp?sport=6" is an address, not a conversation about sport.
    const field = hit.field === "subject" ? ctx.draft.subject : ctx.draft.body;
    if (isInsideUrl(field.text, hit.start)) continue;
    ctx.report({
      messageId: "topic",
      data: {
        topic: topicOf.get(hit.term.toLowerCase()) ?? hit.term,
        text: hit.text,
        field: hit.field,
      },
      evidence: hitEvidence(hit),
    });
  }
}
