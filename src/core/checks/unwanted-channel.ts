import { OverlapIndex } from "../text";
import type { CheckContext, CheckMeta } from "./context";
import { channelName, channelProposals } from "./channel-proposals";
import { evidenceAt, fieldOf } from "./helpers";
import { inPersonMeeting, invitationMeetings, phoneMeetings } from "./invitation";
import { notesGrantChannelTo } from "./channel-notes";

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
    inPersonMeeting:
      '{{who}} asked not to meet in person, and this invitation is at a place ("{{text}}" in the {{field}}). {{advice}}',
    onlineMeeting:
      "{{who}} asked not to be contacted by {{channel}}, but this invitation is a {{platform}} meeting. {{advice}}",
    email:
      "{{who}} asked not to be contacted by e-mail. Consider reaching them the way they prefer{{preferred}}.",
  },
  fixable: false,
};

const MEETING_PLATFORM_CHANNELS = new Set(["teams", "zoom", "webex", "google-meet"]);

/**
 * Round 15: a kind of an avoided channel that the client asked for by name is not the avoided
 * one, decided by the profile's own preferredChannels. A courier is a way of delivering paper,
 * not the post ("by courier", "FedEx it over", "bike the engrossments over"); "text me on
 * WhatsApp" is a WhatsApp message, not a text; a platform's chat is not a video call.
 */
const COURIER = /\b(?:courier\w*|dhl|fedex\w*|ups|tnt|bike[ds]?|messenger|by\s+hand)\b/i;
const COURIER_NAMES = ["courier", "couriers", "dhl", "fedex", "ups", "tnt", "hand delivery"];
/** The app named just after a texting proposal: "text me on WhatsApp". */
const APP_AFTER = /^[^.!?\n]{0,16}?\b(?:on|via|over|through)\s+(whats\s?app|signal|teams)\b/i;

export function check(ctx: CheckContext): void {
  const profile = ctx.profile;
  if (!profile || profile.avoidChannels.length === 0) return;
  // A channel the notes grant this recipient by name is not avoided for them (channel-notes.ts).
  const avoided = new Set(
    profile.avoidChannels.filter((c) => !notesGrantChannelTo(profile.notes, c, ctx.recipient)),
  );
  if (avoided.size === 0) return;
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
  /**
   * The avoided channel a proposal of `proposed` stands for. A platform the client avoids is
   * reported here even when meeting-platform also reports it as not theirs: the client said two
   * things (not Zoom; we meet on Teams), and the pane shows the findings of one place together.
   */
  const avoidedFor = (proposed: string): string | undefined => {
    if (avoided.has(proposed)) return proposed;
    if (MEETING_PLATFORM_CHANNELS.has(proposed) && avoided.has("video")) return "video";
    return undefined;
  };
  const wanted = new Set(profile.preferredChannels.map((c) => c.toLowerCase()));
  /** A kind of the avoided channel the client asked for instead. */
  const askedForKind = (
    channel: string,
    proposed: string,
    text: string,
    after: string,
  ): boolean => {
    if (channel === "post")
      return COURIER.test(text) && COURIER_NAMES.some((n) => wanted.has(n) && !avoided.has(n));
    if (channel === "sms") {
      const app = APP_AFTER.exec(after)?.[1]?.toLowerCase().replace(/\s/g, "");
      return app !== undefined && wanted.has(app) && !avoided.has(app);
    }
    return channel === "video" && wanted.has(proposed) && /\b(?:chat|message)/i.test(text);
  };

  // Proposals come sorted by field and position: one index per field answers "reported already?".
  const reported = new Map<string, OverlapIndex>();
  for (const proposal of channelProposals(ctx.draft)) {
    const channel = avoidedFor(proposal.channel);
    if (!channel) continue;
    const field = fieldOf(ctx.draft, proposal.field);
    if (
      wanted.size > 0 &&
      askedForKind(
        channel,
        proposal.channel,
        field.text.slice(proposal.start, proposal.end),
        field.text.slice(proposal.end, proposal.end + 48),
      )
    )
      continue;
    // A pasted block is pointed at whole, and quoted by what joins it.
    const span = proposal.evidence ?? proposal;
    const evidence = evidenceAt(field, span.start, span.end);
    const index = reported.get(proposal.field) ?? new OverlapIndex();
    index.add(proposal);
    reported.set(proposal.field, index);
    ctx.report({
      messageId: "proposal",
      data: {
        channel: channelName(channel),
        text: field.text.slice(proposal.start, proposal.end),
        advice,
      },
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
  for (const phone of avoided.has("phone") ? phoneMeetings(ctx.draft) : []) {
    if (reported.get(phone.field)?.overlaps(phone.start, phone.end)) continue;
    const field = fieldOf(ctx.draft, phone.field);
    const evidence = evidenceAt(field, phone.start, phone.end);
    ctx.report({
      messageId: "phoneMeeting",
      data: { text: evidence.text, field: phone.field, advice },
      evidence,
    });
  }
  const place = avoided.has("in-person") ? inPersonMeeting(ctx.draft) : undefined;
  if (place && !reported.get(place.field)?.overlaps(place.start, place.end)) {
    const field = fieldOf(ctx.draft, place.field);
    const evidence = evidenceAt(field, place.start, place.end);
    ctx.report({
      messageId: "inPersonMeeting",
      data: { text: evidence.text, field: place.field, advice },
      evidence,
    });
  }
}
