import type { AnalysedDraft } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import {
  byFieldThenStart,
  evidenceAt,
  execInWindows,
  fieldOf,
  sentencesOf,
  spanAt,
  textFields,
  triggerWindows,
  type TextFieldName,
} from "./helpers";
import { invitationOccasion } from "./invitation";

export const meta: CheckMeta = {
  id: "entertainment-invite",
  category: "social",
  defaultSeverity: "warning",
  description:
    "Invites a client who declines entertainment to lunch, dinner, drinks, a game, golf, a concert or the like.",
  messages: {
    invite:
      '{{who}} does not accept entertainment, and this {{item}} invites them ("{{text}}"). Leave the invitation out.',
    occasion:
      '{{who}} does not accept entertainment, and this invitation is for "{{text}}" (in the {{field}}). Propose a business meeting (at the office or online) instead.',
  },
  fixable: false,
};

/** Occasions that are entertainment. Coffee and receptions are left out: they are ordinary business. */
const MEAL = String.raw`(?:(?:a|an|the|some|our)\s+)?(?:(?:quick|nice|late|early|celebratory|team|client|business|long)\s+)?(?:lunch(?:eon)?|dinner|drinks?|cocktails|happy\s+hour|brunch)`;
const EVENT = String.raw`(?:a|an|the|our|this|next|tonight's|[A-Z][a-z]+day's)\s+(?:[\w'’-]+\s+){0,2}?(?:game|match|concert|show|opera|ballet|play|musical|gala|tournament|races|symphony)`;
const OCCASION = String.raw`(?:${MEAL}|(?:a\s+)?round\s+of\s+golf|golf|(?:the\s+)?(?:theatre|theater)|(?:box|courtside)\s+seats|(?:a|our)\s+(?:corporate\s+)?box|tickets?|${EVENT})\b`;

/** Invitation frames, each followed (within the sentence) by an occasion. */
const INVITATION_FRAMES: readonly RegExp[] = [
  // "would you like to join us for dinner", "would you care to come to the game"
  new RegExp(
    String.raw`\b(?:would|will|do|did)\s+you\s+(?:like|care|want|fancy|be\s+(?:able|free|up\s+for))\s+(?:to\s+)?(?:join|come|be\s+our\s+guest|go|grab|get|have)\b[^.!?\n]{0,60}?\b${OCCASION}`,
    "gi",
  ),
  // "join me for a round of golf", "join us at the concert"
  new RegExp(String.raw`\bjoin\s+(?:me|us|our\s+team)\s+(?:for|at|to)\s+${OCCASION}`, "gi"),
  // "can I take you to lunch", "we'd love to treat you to dinner", "invite you to the game"
  new RegExp(
    String.raw`\b(?:take|treat|invite|bring|host)\s+you\s+(?:out\s+)?(?:to|for|at)\s+${OCCASION}`,
    "gi",
  ),
  // "are you free for drinks", "would you be available for lunch"
  new RegExp(
    String.raw`\b(?:are|would|will)\s+you\s+(?:be\s+)?(?:free|available|around|up)\s+for\s+${OCCASION}`,
    "gi",
  ),
  // "we have tickets to", "I've got two box seats for"
  new RegExp(
    String.raw`\b(?:we|i)\s*(?:'ve|\s+have|\s+got|'ve\s+got|\s+have\s+got)\s+(?:got\s+)?(?:(?:two|2|three|3|four|4|a\s+couple\s+of|a\s+pair\s+of|some|spare|extra)\s+)?(?:(?:spare|extra)\s+)?(?:tickets?|(?:box|courtside)\s+seats|seats|a\s+box)\s+(?:to|for)\b`,
    "gi",
  ),
  // "let's grab lunch", "how about dinner", "shall we get drinks"
  new RegExp(
    String.raw`\b(?:let's|let\s+us|shall\s+we|how\s+about|what\s+about|fancy)\s+(?:(?:grab|grabbing|get|getting|have|having|do|doing|play|playing)\s+)?${OCCASION}`,
    "gi",
  ),
  // "as my guest at the game", "be our guests for dinner"
  new RegExp(String.raw`\b(?:my|our)\s+guests?\s+(?:at|for|to)\s+${OCCASION}`, "gi"),
  // "an invitation to dinner"
  new RegExp(String.raw`\binvitation\s+(?:to|for)\s+${OCCASION}`, "gi"),
];

/**
 * Every invitation names an occasion (or tickets, seats, a box): the frames run only near these
 * words. The margin covers the longest frame before its occasion ("would you like to … " plus
 * up to 60 characters).
 */
const OCCASION_TRIGGER =
  /\b(?:lunch|dinner|drinks?|cocktails|happy\s+hour|brunch|golf|theat(?:re|er)|box|courtside|seats|tickets?|game|match|concert|show|opera|ballet|play|musical|gala|tournament|races|symphony)/gi;
const OCCASION_MARGIN = 250;

export interface InvitationHit {
  field: TextFieldName;
  start: number;
  end: number;
}

/** Every invitation to entertainment in the draft, recipient-independent and memoised. */
export function findInvitations(draft: AnalysedDraft): InvitationHit[] {
  return draft.memo("entertainment-invitations", () => {
    const hits: InvitationHit[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      const found: InvitationHit[] = [];
      const windows = triggerWindows(text, OCCASION_TRIGGER, OCCASION_MARGIN);
      for (const frame of INVITATION_FRAMES) {
        for (const m of execInWindows(text, windows, frame)) {
          found.push({ field: field.field, start: m.index, end: m.index + m[0].length });
        }
      }
      // One invitation per sentence is enough: keep the earliest.
      const sentences = sentencesOf(draft, field);
      const seen = new Set<number>();
      for (const hit of found.sort((a, b) => a.start - b.start)) {
        const sentence = spanAt(sentences, hit.start)?.start ?? -1;
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        hits.push(hit);
      }
    }
    return hits.sort(byFieldThenStart);
  });
}

export function check(ctx: CheckContext): void {
  if (ctx.profile?.entertainment !== "avoid") return;
  for (const hit of findInvitations(ctx.draft)) {
    const field = fieldOf(ctx.draft, hit.field);
    const evidence = evidenceAt(field, hit.start, hit.end);
    ctx.report({ messageId: "invite", data: { text: evidence.text }, evidence });
  }
  // An invitation whose subject or location is the occasion ("Dinner at Nobu"): no frame needed.
  const occasion = invitationOccasion(ctx.draft);
  const framed = (hit: InvitationHit) =>
    occasion !== undefined &&
    hit.field === occasion.field &&
    hit.start < occasion.end &&
    hit.end > occasion.start;
  if (occasion && !findInvitations(ctx.draft).some(framed)) {
    const evidence = evidenceAt(fieldOf(ctx.draft, occasion.field), occasion.start, occasion.end);
    ctx.report({
      messageId: "occasion",
      data: { text: evidence.text, field: occasion.field },
      evidence,
    });
  }
}
