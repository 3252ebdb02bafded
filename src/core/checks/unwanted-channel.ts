import { OverlapIndex } from "../text";
import type { CheckContext, CheckMeta } from "./context";
import { channelName, channelProposals } from "./channel-proposals";
import { evidenceAt, fieldOf } from "./helpers";
import { invitationMeetings, phoneMeeting } from "./invitation";

export const meta: CheckMeta = {
  id: "unwanted-channel",
  category: "channel",
  defaultSeverity: "warning",
  description:
    "Proposes a way of getting in touch the client asked the firm not to use (a call, a text, WhatsApp, a Zoom link…).",
  messages: {
    proposal:
      '{{who}} asked not to be contacted by {{channel}}, but this {{item}} proposes it ("{{text}}"). {{advice}}',
    phoneMeeting:
      '{{who}} asked not to be contacted by phone, and this invitation is a phone call ("{{text}}" in the {{field}}). {{advice}}',
    onlineMeeting:
      "{{who}} asked not to be contacted by {{channel}}, but this invitation is a {{platform}} meeting. {{advice}}",
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
  /** The avoided channel a proposal of `proposed` stands for, unless another check reports it. */
  const avoidedFor = (proposed: string): string | undefined => {
    const isMeeting = MEETING_PLATFORM_CHANNELS.has(proposed);
    let channel: string | undefined;
    if (avoided.has(proposed)) channel = proposed;
    else if (isMeeting && avoided.has("video")) channel = "video";
    // A platform other than theirs is the meeting-platform check's finding; one is enough.
    if (isMeeting && profile.meetingPlatform && profile.meetingPlatform !== proposed)
      return undefined;
    return channel;
  };

  // Proposals come sorted by field and position: one index per field answers "reported already?".
  const reported = new Map<string, OverlapIndex>();
  for (const proposal of channelProposals(ctx.draft)) {
    const channel = avoidedFor(proposal.channel);
    if (!channel) continue;
    const field = fieldOf(ctx.draft, proposal.field);
    const evidence = evidenceAt(field, proposal.start, proposal.end);
    const index = reported.get(proposal.field) ?? new OverlapIndex();
    index.add(proposal);
    reported.set(proposal.field, index);
    ctx.report({
      messageId: "proposal",
      data: { channel: channelName(channel), text: evidence.text, advice },
      evidence,
    });
  }

  // What an invitation proposes through its fields (see invitation.ts); nothing for a message.
  for (const meeting of invitationMeetings(ctx.draft)) {
    const channel = avoidedFor(meeting.channel);
    if (!channel) continue;
    if (meeting.field === undefined || meeting.start === undefined || meeting.end === undefined) {
      const platform = channelName(meeting.channel);
      ctx.report({
        messageId: "onlineMeeting",
        data: { channel: channelName(channel), platform, advice },
      });
      continue;
    }
    // A link in the text is a proposal found above already.
    if (reported.get(meeting.field)?.overlaps(meeting.start, meeting.end)) continue;
    const field = fieldOf(ctx.draft, meeting.field);
    const evidence = evidenceAt(field, meeting.start, meeting.end);
    ctx.report({
      messageId: "proposal",
      data: { channel: channelName(channel), text: evidence.text, advice },
      evidence,
    });
  }
  const phone = avoided.has("phone") ? phoneMeeting(ctx.draft) : undefined;
  if (phone && !reported.get(phone.field)?.overlaps(phone.start, phone.end)) {
    const field = fieldOf(ctx.draft, phone.field);
    const evidence = evidenceAt(field, phone.start, phone.end);
    ctx.report({
      messageId: "phoneMeeting",
      data: { text: evidence.text, field: phone.field, advice },
      evidence,
    });
  }
}
