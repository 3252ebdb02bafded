import type { DraftKind } from "../core/draft";
import type { Evidence, Severity } from "../core/finding";
import {
  PROFILE_FIELDS,
  normaliseChannel,
  type KnownChannel,
  type UnreadableField,
} from "../core/profile";
import { taskpaneAdvice } from "../profiles/advice";
import { ProfileSourceError } from "../profiles/source";

/** Everything the pane says in words, in one place, so the components stay about layout. */

const CHANNEL_LABELS: Readonly<Record<KnownChannel, string>> = {
  phone: "Phone calls",
  sms: "Text messages (SMS)",
  whatsapp: "WhatsApp",
  email: "E-mail",
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  "google-meet": "Google Meet",
  signal: "Signal",
  post: "Post",
  "in-person": "In person",
  video: "Video calls",
};

export function channelLabel(channel: string): string {
  const known = normaliseChannel(channel);
  return known ? CHANNEL_LABELS[known] : channel;
}

const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  meetingPlatform: {
    teams: "Microsoft Teams",
    zoom: "Zoom",
    webex: "Webex",
    "google-meet": "Google Meet",
  },
  billingDetail: { detailed: "Detailed entries", summary: "Summary only" },
  entertainment: { welcome: "Welcome", avoid: "Avoid: no invitations" },
};

/** "summary" → "Summary only"; unknown values shown as stored. */
export function choiceLabel(field: string, value: string): string {
  return CHOICE_LABELS[field]?.[value] ?? value;
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

/** Whole calendar months from `from` (yyyy-mm-dd) to `now`; undefined for an unreadable date. */
export function monthsSince(isoDate: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let months = (now.getFullYear() - year) * 12 + (now.getMonth() + 1 - month);
  if (now.getDate() < day) months -= 1;
  return months;
}

/** Profiles older than this many months should be re-confirmed with the client. */
export const STALE_AFTER_MONTHS = 12;

export function confirmedAgo(months: number): string {
  if (months < 0) return "date is in the future";
  if (months === 0) return "confirmed this month";
  if (months === 1) return "confirmed 1 month ago";
  return `confirmed ${months} months ago`;
}

/** What the open item is called in the pane: a message, or a meeting invitation. */
export function itemNoun(kind: DraftKind | undefined): "message" | "invitation" {
  return kind === "appointment" ? "invitation" : "message";
}

/**
 * Where the evidence sits, in words: "In the subject", "In attachment 2's name"; an invitation's
 * body is "the body", beside its location and subject, not "the message".
 */
export function evidencePlace(evidence: Evidence, kind?: DraftKind): string {
  switch (evidence.field) {
    case "subject":
      return "In the subject";
    case "location":
      return "In the location";
    case "body":
      return kind === "appointment" ? "In the body" : "In the message";
    case "attachment":
      return evidence.index !== undefined
        ? `In the name of attachment ${evidence.index + 1}`
        : "In an attachment's name";
    case "recipient":
      return "In the recipients";
  }
}

/** "2 warnings", "1 warning". */
export function countWarnings(count: number): string {
  return `${count} warning${count === 1 ? "" : "s"}`;
}

/** A sentence a lawyer can act on, for any failure to get profiles (per status: advice.ts). */
export function lookupFailureReason(error: unknown): { title: string; detail?: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ProfileSourceError))
    return { title: "Client profiles could not be loaded.", detail };
  return { title: taskpaneAdvice(error), detail };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "1 field could not be read (Last confirmed); the rest of the profile is used." A stored value
 * Rapport could not read is left out rather than hiding the whole profile; the card says so.
 */
export function unreadableNotice(unreadable: readonly UnreadableField[]): string {
  const labels = [
    ...new Set(
      unreadable.map(
        (u) => PROFILE_FIELDS.find((field) => field.key === u.field)?.label ?? u.field,
      ),
    ),
  ];
  const count = unreadable.length;
  return `${count} field${count === 1 ? "" : "s"} could not be read (${labels.join(", ")}); the rest of the profile is used.`;
}
