import type { CheckContext, CheckMeta } from "./context";
import { channelName, channelProposals, platformMentions } from "./channel-proposals";
import { evidenceAt, replaceFix } from "./helpers";

export const meta: CheckMeta = {
  id: "meeting-platform",
  category: "channel",
  defaultSeverity: "warning",
  description:
    "Sends a meeting link or proposes a meeting platform other than the one the client uses.",
  messages: {
    link: "{{who}} meets on {{preferred}}, but this e-mail has a {{platform}} link. Send a {{preferred}} invitation instead.",
    mention:
      '{{who}} meets on {{preferred}}, but this e-mail proposes {{platform}} ("{{text}}"). Offer {{preferred}} instead.',
  },
  fixable: true,
};

const PLATFORMS = new Set(["teams", "zoom", "webex", "google-meet"]);

export function check(ctx: CheckContext): void {
  const preferredPlatform = ctx.profile?.meetingPlatform;
  if (!preferredPlatform) return;
  const preferred = channelName(preferredPlatform);
  const { draft } = ctx;

  for (const proposal of channelProposals(draft)) {
    if (
      !proposal.href ||
      !PLATFORMS.has(proposal.channel) ||
      proposal.channel === preferredPlatform
    )
      continue;
    const field = proposal.field === "subject" ? draft.subject : draft.body;
    ctx.report({
      messageId: "link",
      data: { preferred, platform: channelName(proposal.channel) },
      evidence: evidenceAt(field, proposal.start, proposal.end),
      fix: replaceFix(
        field,
        proposal.start,
        proposal.end,
        `[${preferred} meeting link]`,
        `Replace with a ${preferred} link placeholder`,
      ),
    });
  }

  for (const mention of platformMentions(draft)) {
    if (mention.channel === preferredPlatform) continue;
    const field = mention.field === "subject" ? draft.subject : draft.body;
    const evidence = evidenceAt(field, mention.start, mention.end);
    ctx.report({
      messageId: "mention",
      data: { preferred, platform: channelName(mention.channel), text: evidence.text },
      evidence,
      fix: replaceFix(
        field,
        mention.nameStart,
        mention.nameEnd,
        preferred,
        `Replace with ${preferred}`,
      ),
    });
  }
}
