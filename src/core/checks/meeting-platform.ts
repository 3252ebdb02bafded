import type { CheckContext, CheckMeta } from "./context";
import { channelName, channelProposals, platformMentions } from "./channel-proposals";
import { evidenceAt, fieldOf, replaceFix } from "./helpers";
import { invitationMeetings, isInvitation, removalFix } from "./invitation";

export const meta: CheckMeta = {
  id: "meeting-platform",
  category: "channel",
  defaultSeverity: "warning",
  description:
    "Sends a meeting link or proposes a meeting platform other than the one the client uses.",
  messages: {
    link: "{{who}} meets on {{preferred}}, but this e-mail has a {{platform}} link. Send a {{preferred}} invitation instead.",
    mention:
      '{{who}} meets on {{preferred}}, but this {{item}} proposes {{platform}} ("{{text}}"). Offer {{preferred}} instead.',
    invitationLink:
      "{{who}} meets on {{preferred}}, but this invitation has a {{platform}} link in the {{field}}. Use a {{preferred}} meeting instead: remove the link and add a {{preferred}} meeting to the invitation.",
    invitationPlace:
      '{{who}} meets on {{preferred}}, but this invitation\'s location is {{platform}} ("{{text}}"). Use a {{preferred}} meeting instead: remove {{platform}} from the location and add a {{preferred}} meeting to the invitation.',
    onlineMeeting:
      "{{who}} meets on {{preferred}}, but this invitation is a {{platform}} meeting. Use a {{preferred}} meeting instead: turn off the {{platform}} meeting and add a {{preferred}} meeting to the invitation.",
  },
  fixable: true,
};

const PLATFORMS = new Set(["teams", "zoom", "webex", "google-meet"]);

export function check(ctx: CheckContext): void {
  const preferredPlatform = ctx.profile?.meetingPlatform;
  if (!preferredPlatform) return;
  const preferred = channelName(preferredPlatform);
  const { draft } = ctx;
  const invitation = isInvitation(draft);

  for (const proposal of channelProposals(draft)) {
    if (
      invitation ||
      !proposal.href ||
      !PLATFORMS.has(proposal.channel) ||
      proposal.channel === preferredPlatform
    )
      continue;
    const field = fieldOf(draft, proposal.field);
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

  // An invitation's meeting is what the organiser attached, not text to rewrite: the fix removes
  // the wrong link or place, and the message says what to do in Outlook.
  const meetings = invitationMeetings(draft);
  for (const meeting of meetings) {
    if (meeting.channel === preferredPlatform || !PLATFORMS.has(meeting.channel)) continue;
    const platform = channelName(meeting.channel);
    if (meeting.field === undefined || meeting.start === undefined || meeting.end === undefined) {
      ctx.report({ messageId: "onlineMeeting", data: { preferred, platform } });
      continue;
    }
    const field = fieldOf(draft, meeting.field);
    const evidence = evidenceAt(field, meeting.start, meeting.end);
    const link = meeting.source === "link";
    ctx.report({
      messageId: link ? "invitationLink" : "invitationPlace",
      data: { preferred, platform, field: meeting.field, text: evidence.text },
      evidence,
      fix: removalFix(
        draft,
        field,
        meeting.start,
        meeting.end,
        link ? `Remove the ${platform} link` : `Remove ${platform} from the location`,
      ),
    });
  }

  for (const mention of platformMentions(draft)) {
    if (mention.channel === preferredPlatform) continue;
    // An invitation's meeting of that platform (its place, link or block, whose "Join Zoom
    // Meeting" names it again) is reported above: one finding per meeting.
    if (invitation && meetings.some((m) => m.channel === mention.channel)) continue;
    const field = fieldOf(draft, mention.field);
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
