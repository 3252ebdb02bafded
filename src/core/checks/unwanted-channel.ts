import type { CheckContext, CheckMeta } from "./context";
import { channelName, channelProposals } from "./channel-proposals";
import { evidenceAt } from "./helpers";

export const meta: CheckMeta = {
  id: "unwanted-channel",
  category: "channel",
  defaultSeverity: "warning",
  description:
    "Proposes a way of getting in touch the client asked the firm not to use (a call, a text, WhatsApp, a Zoom link…).",
  messages: {
    proposal:
      '{{who}} asked not to be contacted by {{channel}}, but this e-mail proposes it ("{{text}}"). {{advice}}',
    email:
      "{{who}} asked not to be contacted by e-mail. Consider reaching them the way they prefer{{preferred}}.",
  },
  fixable: false,
};

const MEETING_PLATFORM_CHANNELS = new Set(["teams", "zoom", "webex", "google-meet"]);

export function check(ctx: CheckContext): void {
  const profile = ctx.profile;
  if (!profile || profile.avoidChannels.length === 0) return;
  const avoided = new Set(profile.avoidChannels);
  const preferred = profile.preferredChannels.filter((c) => !avoided.has(c)).map(channelName);

  if (avoided.has("email")) {
    ctx.report({
      messageId: "email",
      severity: "info",
      data: { preferred: preferred.length ? ` (${preferred.join(", ")})` : "" },
    });
  }

  const advice = preferred.length
    ? `They prefer ${preferred.join(" or ")}.`
    : "Suggest another way to be in touch.";
  for (const proposal of channelProposals(ctx.draft)) {
    const isMeeting = MEETING_PLATFORM_CHANNELS.has(proposal.channel);
    let channel: string | undefined;
    if (avoided.has(proposal.channel)) channel = proposal.channel;
    else if (isMeeting && avoided.has("video")) channel = "video";
    if (!channel) continue;
    // A platform other than theirs is the meeting-platform check's finding; one is enough.
    if (isMeeting && profile.meetingPlatform && profile.meetingPlatform !== proposal.channel)
      continue;
    const field = proposal.field === "subject" ? ctx.draft.subject : ctx.draft.body;
    const evidence = evidenceAt(field, proposal.start, proposal.end);
    ctx.report({
      messageId: "proposal",
      data: {
        channel: channelName(channel),
        text: evidence.text,
        advice,
      },
      evidence,
    });
  }
}
