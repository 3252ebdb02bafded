import type { AnalysedField } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import {
  channelName,
  channelProposals,
  platformMentions,
  type ChannelProposal,
  type PlatformMention,
} from "./channel-proposals";
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

/** "Zoom link", "Zoom invite": names of a thing that exists, which renaming would misdescribe. */
const ARTIFACT = /^\s+(?:link|invite|invitation|room|id|details|url)s?\b/i;
/** Between the words that name a link and the link: "Zoom link: https://…", "Zoom link here – …". */
const NAMING_GAP = /^[\s:–—-]*(?:(?:is|here|below|at)\b[\s:–—-]*)?$/i;
/** An address written out right where the gap ends. */
const URL_AHEAD = /^(?:https?:\/\/|www\.)[^\s<>"']+/i;

/** Where the link named by the words ending at `at` ends, when one follows at once. */
function linkAfter(
  field: AnalysedField,
  at: number,
  links: readonly ChannelProposal[],
): number | undefined {
  const rest = field.text.slice(at, at + 20);
  for (let gap = 0; gap <= rest.length; gap++) {
    if (!NAMING_GAP.test(rest.slice(0, gap))) continue;
    const start = at + gap;
    const proposal = links.find((link) => link.start === start);
    if (proposal) return proposal.end;
    const url = URL_AHEAD.exec(field.text.slice(start, start + 2000));
    if (url) return start + url[0].replace(/[.,;:!?)\]]+$/, "").length;
  }
  return undefined;
}

export function check(ctx: CheckContext): void {
  const preferredPlatform = ctx.profile?.meetingPlatform;
  if (!preferredPlatform) return;
  const preferred = channelName(preferredPlatform);
  const { draft } = ctx;
  const invitation = isInvitation(draft);
  const placeholder = `[${preferred} meeting link]`;
  const placeholderLabel = `Replace with a ${preferred} link placeholder`;

  // An invitation's links are its meetings, reported below; a message's links are text.
  const links = invitation
    ? []
    : channelProposals(draft).filter(
        (p) => p.href && PLATFORMS.has(p.channel) && p.channel !== preferredPlatform,
      );
  // An invitation's meeting of that platform (its place, link or block, whose "Join Zoom
  // Meeting" names it again) is reported below: one finding per meeting.
  const meetings = invitationMeetings(draft);
  const mentions = platformMentions(draft).filter(
    (m) =>
      m.channel !== preferredPlatform &&
      !(invitation && meetings.some((meeting) => meeting.channel === m.channel)),
  );
  // "Zoom link: https://zoom.us/j/1" is one problem: the words naming the link go with it, and a
  // fix that renamed only the words would leave "Teams link: https://zoom.us/…".
  const namedLinks = new Map<ChannelProposal, PlatformMention>();
  const consumed = new Set<PlatformMention>();
  for (const mention of mentions) {
    const field = fieldOf(draft, mention.field);
    const end = linkAfter(
      field,
      mention.end,
      links.filter((l) => l.field === mention.field),
    );
    if (end === undefined) continue;
    const link = links.find((l) => l.field === mention.field && l.end === end);
    if (link && !namedLinks.has(link)) namedLinks.set(link, mention);
    if (link || ARTIFACT.test(field.text.slice(mention.nameEnd))) consumed.add(mention);
    if (!link && ARTIFACT.test(field.text.slice(mention.nameEnd))) {
      // "Zoom link: https://zoom.example/…" with an address Rapport does not know as Zoom's:
      // still the words and the address together, replaced by a placeholder.
      const evidence = evidenceAt(field, mention.start, end);
      ctx.report({
        messageId: "mention",
        data: { preferred, platform: channelName(mention.channel), text: evidence.text },
        evidence,
        fix: replaceFix(field, mention.start, end, placeholder, placeholderLabel),
      });
    }
  }

  for (const link of links) {
    const field = fieldOf(draft, link.field);
    const start = namedLinks.get(link)?.start ?? link.start;
    ctx.report({
      messageId: "link",
      data: { preferred, platform: channelName(link.channel) },
      evidence: evidenceAt(field, start, link.end),
      fix: {
        ...replaceFix(field, start, link.end, placeholder, placeholderLabel),
        replacesLink: true,
      },
    });
  }

  // An invitation's meeting is what the organiser attached, not text to rewrite: the fix removes
  // the wrong link or place, and the message says what to do in Outlook.
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

  const linkedPlatforms = new Set(links.map((l) => l.channel));
  for (const mention of mentions) {
    if (consumed.has(mention)) continue;
    const field = fieldOf(draft, mention.field);
    const evidence = evidenceAt(field, mention.start, mention.end);
    const report = {
      messageId: "mention",
      data: { preferred, platform: channelName(mention.channel), text: evidence.text },
      evidence,
    };
    // Renaming is true only of a proposal ("a Zoom call"): not of a link or invite that exists
    // ("my Zoom link"), nor while a link of that platform stays in the message.
    const renames =
      !ARTIFACT.test(field.text.slice(mention.nameEnd)) && !linkedPlatforms.has(mention.channel);
    ctx.report(
      renames
        ? {
            ...report,
            fix: replaceFix(
              field,
              mention.nameStart,
              mention.nameEnd,
              preferred,
              `Replace with ${preferred}`,
            ),
          }
        : report,
    );
  }
}
