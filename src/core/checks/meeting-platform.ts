import type { AnalysedField } from "../analysis";
import type { Fix } from "../finding";
import type { CheckContext, CheckMeta } from "./context";
import {
  channelName,
  channelProposals,
  platformMentions,
  type ChannelProposal,
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
    link: "{{who}} meets on {{preferred}}, but this e-mail has {{a}} {{platform}} link. Send a {{preferred}} invitation instead.",
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

/**
 * The platform a meeting or mention is on, as messages name it: one of the four, or another
 * vendor's ("GoTo Meeting", "Whereby"), which no client chooses; undefined for a call of no
 * platform.
 */
function platformOf(p: { channel: string; vendor?: string }): string | undefined {
  if (p.vendor) return p.vendor;
  return PLATFORMS.has(p.channel) ? p.channel : undefined;
}
// Plain strings, not String.raw: Babel keeps both a cooked and a raw copy of a tagged template
// for the ES2016 launch event.
/** "Zoom link", "Zoom invite": names of a thing that exists, which renaming would misdescribe. */
const ARTIFACT_WORD = "^\\s+(?:link|invite|invitation|room|id|details|url)s?\\b";
const ARTIFACT = new RegExp(ARTIFACT_WORD, "i");
/** The word and what joins it to its address: "link: ", "link here – ". */
const LABEL = `${ARTIFACT_WORD}[\\s:–—-]*(?:(?:is|here|below|at)\\b[\\s:–—-]*)?`;
/** What lies between a platform's name and its link when the words only label it ("Zoom link: "). */
const LABEL_ONLY = new RegExp(`${LABEL}$`, "i");
/** An address written out right after a label ("Zoom link: https://zoom.example/…"). */
const LABELLED_URL = new RegExp(`${LABEL}(?:https?:\\/\\/|www\\.)[^\\s<>"']+`, "i");

/**
 * The smallest edit that takes the wrong meeting out of an e-mail: a pasted block becomes a
 * placeholder for the client's platform's details; a link named by its platform ("Zoom link:
 * https://…") keeps its words with the platform's name replaced and the link a placeholder; a
 * bare link becomes the placeholder.
 */
function meetingFix(field: AnalysedField, proposal: ChannelProposal, preferred: string): Fix {
  if (proposal.block) {
    const { start, end } = proposal.block;
    const original = field.text.slice(start, end);
    // Keep the block's own line breaks around the placeholder.
    const lead = original.length - original.trimStart().length;
    const trail = original.length - original.trimEnd().length;
    return replaceFix(
      field,
      start + lead,
      end - trail,
      `[${preferred} meeting details]`,
      `Replace the meeting details with a ${preferred} placeholder`,
    );
  }
  if (proposal.name && proposal.name.start < proposal.end) {
    // Where the link's own text starts: an anchor's words, or the address written out.
    const anchor = field.links.find((l) => l.end === proposal.end && l.start >= proposal.name!.end);
    const linkStart = anchor ? anchor.start : proposal.end - (proposal.href?.length ?? 0);
    const words = field.text.slice(proposal.name.end, Math.max(proposal.name.end, linkStart));
    // "my Zoom link: https://…" is a link and its label: the placeholder replaces both, where
    // "Microsoft Teams link: [Microsoft Teams meeting link]" would only say it twice.
    if (LABEL_ONLY.test(words))
      return replaceFix(
        field,
        proposal.name.start,
        proposal.end,
        `[${preferred} meeting link]`,
        `Replace with a ${preferred} link placeholder`,
      );
    return replaceFix(
      field,
      proposal.name.start,
      proposal.end,
      `${preferred}${words}[${preferred} meeting link]`,
      `Replace with ${preferred} and a link placeholder`,
    );
  }
  return replaceFix(
    field,
    proposal.start,
    proposal.end,
    `[${preferred} meeting link]`,
    `Replace with a ${preferred} link placeholder`,
  );
}

export function check(ctx: CheckContext): void {
  const preferredPlatform = ctx.profile?.meetingPlatform;
  if (!preferredPlatform) return;
  const preferred = channelName(preferredPlatform);
  const { draft } = ctx;
  const invitation = isInvitation(draft);

  const linkedPlatforms = new Set<string>();
  for (const proposal of channelProposals(draft)) {
    const platform = platformOf(proposal);
    if (invitation || !proposal.meeting || !platform || platform === preferredPlatform) continue;
    linkedPlatforms.add(platform);
    const field = fieldOf(draft, proposal.field);
    const span = proposal.evidence ?? proposal;
    ctx.report({
      messageId: "link",
      // "an Amazon Chime link", "a Zoom link"
      data: {
        preferred,
        platform: channelName(platform),
        a: /^[AEIOU]/.test(channelName(platform)) ? "an" : "a",
      },
      evidence: evidenceAt(field, span.start, span.end),
      // The link's anchor goes with its text: an emptied anchor still carries the wrong address.
      fix: { ...meetingFix(field, proposal, preferred), replacesLink: true },
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
      fix: meeting.block
        ? removalFix(
            draft,
            field,
            meeting.block.start,
            meeting.block.end,
            `Remove the ${platform} meeting details`,
          )
        : removalFix(
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
    const platform = platformOf(mention);
    // An invitation's meeting of that platform (its place, link or block, whose "Join Zoom
    // Meeting" names it again) is reported above: one finding per meeting.
    if (invitation && meetings.some((m) => m.channel === mention.channel)) continue;
    const field = fieldOf(draft, mention.field);
    const evidence = evidenceAt(field, mention.start, mention.end);
    const report = {
      messageId: "mention",
      data: { preferred, platform: channelName(platform ?? mention.channel), text: evidence.text },
      evidence,
    };
    // Renaming is true only of a proposal ("a Zoom call"): not of a link or invite that exists
    // ("my Zoom link"), nor while a link of that platform stays in the message.
    const after = field.text.slice(mention.nameEnd, mention.nameEnd + 2000);
    const labelled = LABELLED_URL.exec(after);
    if (labelled) {
      // "Zoom link: https://zoom.example/…" at an address not known as Zoom's: still the label
      // and its address together, replaced by a placeholder.
      const end = mention.nameEnd + labelled[0].replace(/[.,;:!?)\]]+$/, "").length;
      const whole = evidenceAt(field, mention.nameStart, end);
      ctx.report({
        ...report,
        data: { ...report.data, text: whole.text },
        evidence: whole,
        fix: {
          ...replaceFix(
            field,
            mention.nameStart,
            end,
            `[${preferred} meeting link]`,
            `Replace with a ${preferred} link placeholder`,
          ),
          replacesLink: true,
        },
      });
      continue;
    }
    // Nor of someone else's proposal the author takes up: "Priya suggested Microsoft Teams"
    // would misreport what Priya said.
    const renames =
      !mention.endorsed && !ARTIFACT.test(after) && !linkedPlatforms.has(platform ?? "");
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
