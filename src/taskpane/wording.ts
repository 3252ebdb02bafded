import type { DraftKind } from "../core/draft";
import type { Severity } from "../core/finding";
import {
  PROFILE_FIELDS,
  normaliseChannel,
  type ClientProfile,
  type KnownChannel,
  type PreferenceSource,
  type UnreadableField,
} from "../core/profile";
import { singleLine, singleLineShort } from "../core/text/single-line";
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

/** What each check is about, in a lawyer's words: a card's title when no words were quoted. */
const CHECK_TITLES: Readonly<Record<string, string>> = {
  "name-spelling": "How they are addressed",
  "unwanted-channel": "A channel they avoid",
  "meeting-platform": "Their meeting platform",
  "billing-detail": "Billing detail",
  "billing-phrase": "A refused billing entry",
  "competitor-mention": "A competitor",
  "entertainment-invite": "An invitation",
  "avoided-topic": "A topic they avoid",
  "no-profile": "No profile yet",
};

export function checkTitle(check: string): string {
  return CHECK_TITLES[check] ?? "Something to check";
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
 * When a parent domain's organisation profile applies (harm audit 49b, finding 4): "From the
 * @coca-cola.example profile: uk.coca-cola.example is a sub-domain of coca-cola.example." Undefined
 * when none does.
 */
export function parentDomainsNote(profile: ClientProfile, address: string): string | undefined {
  const keys = profile.fromParentDomains ?? [];
  if (keys.length === 0) return undefined;
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const farthest = keys[keys.length - 1]!.slice(1);
  const named =
    keys.length === 1 ? keys[0] : `${keys.slice(0, -1).join(", ")} and ${keys[keys.length - 1]}`;
  return singleLine(
    `From the ${named} profile${keys.length === 1 ? "" : "s"}: ${domain} is a sub-domain of ${farthest}.`,
  );
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

/**
 * The editor's notice: "Meeting platform and Sources could not be read, so Rapport leaves them as
 * they are in SharePoint; saving here does not change them." A save never writes such a field.
 */
export function unreadableEditorNotice(unreadable: readonly UnreadableField[]): string {
  const labels = [...new Set(unreadable.map((u) => fieldLabel(u.field)))];
  const one = labels.length === 1;
  const names = one
    ? labels[0]
    : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
  return `${names} could not be read, so Rapport leaves ${one ? "it as it is" : "them as they are"} in SharePoint; saving here does not change ${one ? "it" : "them"}.`;
}

/**
 * A change Rapport did not write (or re-apply) because SharePoint holds a value in that field it
 * cannot read (an admin's new choice, a malformed history): "Meeting platform (Zoom) was not
 * saved: SharePoint holds a value there that Rapport cannot read, so it is left as it is; change
 * it in SharePoint." Never a "Saved".
 */
export function unreadableChangeNotice(
  changes: readonly { field: string; value: string }[],
  what: "saved" | "re-applied",
): string {
  const items = changes.map(({ field, value }) => {
    const shown = value.trim()
      ? choiceLabel(field, value.trim()).split(/\r?\n/).join(", ")
      : "cleared";
    return `${fieldLabel(field)} (${shown})`;
  });
  const one = items.length === 1;
  const names = one ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  return `${names} ${one ? "was" : "were"} not ${what}: SharePoint now holds ${one ? "a value" : "values"} there that Rapport cannot read, so ${one ? "it is" : "they are"} left as ${one ? "it is" : "they are"}; change ${one ? "it" : "them"} in SharePoint.`;
}

/** A profile field's label ("avoidChannels" → "Channels to avoid"). */
export function fieldLabel(field: string): string {
  return PROFILE_FIELDS.find((f) => f.key === field)?.label ?? field;
}

const CHANNEL_FIELDS = new Set(["preferredChannels", "avoidChannels"]);

/** A value in a lawyer's words: channels and choices by their labels, the rest as written. */
export function valueInWords(field: string, value: string): string {
  return CHANNEL_FIELDS.has(field) ? channelLabel(value) : choiceLabel(field, value);
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-03-03" → "3 March 2026"; anything else as written. */
export function dayInWords(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : isoDay;
}

/**
 * Where a recorded preference came from, on one line: "from Megge Anderson's e-mail of 3 March
 * 2026 (“Invoices”): “please, it's Megge”". Every part is the client's text: one line each.
 */
export function heardFrom(source: PreferenceSource): string {
  const who = singleLine(source.from.name || source.from.address);
  const when = source.date ? ` of ${dayInWords(source.date)}` : "";
  const about = source.subject ? ` (“${singleLineShort(source.subject, 80)}”)` : "";
  return `from ${who}’s e-mail${when}${about}: “${singleLine(source.quote)}”`;
}

/** "Megge Anderson", "Megge Anderson and Jo Miller", "Megge Anderson, Jo Miller and 2 others". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > 3) return `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
