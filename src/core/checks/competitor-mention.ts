import type { CheckContext, CheckMeta } from "./context";
import { channelProposals, platformMentions } from "./channel-proposals";
import { findTerms, hitEvidence, placeOf, type TermHit } from "./helpers";

export const meta: CheckMeta = {
  id: "competitor-mention",
  category: "brand",
  defaultSeverity: "warning",
  description:
    "Names a brand the client counts as a competitor, in the subject, body, links or attachment names.",
  messages: {
    mention:
      '{{who}} counts {{brand}} as a competitor, and this e-mail mentions "{{text}}" in {{place}}. Remove or rephrase it before sending.',
  },
  fixable: false,
};

/**
 * Brands that are also everyday words ("zoom in on", "cut some slack", "a signal"): in prose
 * they count only when capitalised mid-sentence or written in capitals; in links and
 * attachment names they always count.
 */
const EVERYDAY_WORDS = new Set([
  "zoom",
  "slack",
  "signal",
  "meet",
  "apple",
  "shell",
  "target",
  "gap",
  "dove",
  "tide",
  "subway",
  "visa",
  "oracle",
  "box",
  "square",
  "delta",
  "amazon",
  "jaguar",
  "puma",
  "mars",
  "orange",
  "sky",
]);

function isEverydayWordUse(hit: TermHit, text: string): boolean {
  const core = hit.text.replace(/(?:['\u2019]s|e?s)$/i, "");
  if (!EVERYDAY_WORDS.has(core.toLowerCase())) return false;
  if (core === core.toUpperCase()) return false;
  // Part of an address ("zoom.us", "www.slack.com"): the brand, whatever the case.
  if (/[./@]$/.test(text.slice(0, hit.start)) || /^\.[a-z]/i.test(text.slice(hit.end)))
    return false;
  if (core[0] !== core[0]?.toUpperCase()) return true;
  // Capitalised: a brand mid-sentence, but maybe just the first word of a sentence.
  const before = text.slice(Math.max(0, hit.start - 3), hit.start);
  return hit.start === 0 || /(?:[.!?:]\s*|\n\s*|^\s*)$/.test(before);
}

export function check(ctx: CheckContext): void {
  const competitors = ctx.profile?.competitors ?? [];
  if (competitors.length === 0) return;
  const { draft } = ctx;
  const platform = ctx.profile?.meetingPlatform;
  // A rival platform's link or name is the meeting-platform check's finding; one is enough.
  const rivalMeetings = platform
    ? [...channelProposals(draft).filter((p) => p.href), ...platformMentions(draft)].filter(
        (p) => p.channel !== platform,
      )
    : [];
  for (const hit of findTerms(draft, competitors, { attachments: true, links: true })) {
    if (
      rivalMeetings.some((m) => m.field === hit.field && m.start < hit.end && m.end > hit.start)
    ) {
      continue;
    }
    if (!hit.href && hit.field !== "attachment") {
      const field = hit.field === "subject" ? draft.subject : draft.body;
      if (isEverydayWordUse(hit, field.text)) continue;
    }
    ctx.report({
      messageId: "mention",
      data: { brand: hit.term, text: hit.text, place: placeOf(draft, hit) },
      evidence: hitEvidence(hit),
    });
  }
}
