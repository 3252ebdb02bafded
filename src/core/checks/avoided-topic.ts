import type { CheckContext, CheckMeta } from "./context";
import { fieldOf, hitEvidence, isInsideUrl } from "./helpers";
import { expandTopics, findProfileTerms } from "./profile-terms";

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

export { expandTopics, TOPIC_EXPANSIONS } from "./profile-terms";

export function check(ctx: CheckContext): void {
  const topics = ctx.profile?.avoidTopics ?? [];
  if (topics.length === 0) return;
  const expanded = expandTopics(topics);
  // A word listed as a topic itself ("golf") is reported under that name, not under "sports".
  const topicOf = new Map<string, string>();
  for (const topic of topics) topicOf.set(topic.toLowerCase(), topic);
  for (const e of expanded)
    if (!topicOf.has(e.term.toLowerCase())) topicOf.set(e.term.toLowerCase(), e.topic);
  for (const hit of findProfileTerms(ctx, "avoidTopics")) {
    if (hit.field === "attachment" || hit.href) continue;
    // "…/athletics.asp?sport=6" is an address, not a conversation about sport.
    const field = fieldOf(ctx.draft, hit.field);
    if (isInsideUrl(ctx.draft, field, hit.start)) continue;
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
