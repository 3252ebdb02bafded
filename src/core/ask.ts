/**
 * "Ask <first name>" (issue 14, point 4): for a client whose profile is missing, has gaps or was
 * last confirmed more than 12 months ago, a short, warm paragraph the lawyer can insert into
 * their message and edit, asking only what the firm does not know yet. Pure: the wording and the
 * choice of questions; inserting it is src/office's job.
 */
import type { ClientProfile } from "./profile";

/** What can be asked, in the order it is asked. */
export const ASK_TOPICS = ["name", "reach", "meeting", "billing", "updates"] as const;
export type AskTopic = (typeof ASK_TOPICS)[number];

/** A profile older than this many months is asked to be confirmed. */
export const ASK_STALE_AFTER_MONTHS = 12;

/** The firm's own wording (policy.json "ask"); any part left out keeps Rapport's. */
export interface AskWording {
  /** Opens the paragraph; `{{firstName}}` is replaced. */
  intro?: string;
  /** One question per topic. */
  questions?: Partial<Record<AskTopic, string>>;
  /** Used instead of the questions when nothing is missing but the profile is out of date. */
  confirm?: string;
  /** Closes the paragraph. */
  outro?: string;
}

/** The placeholders a firm's wording may use. */
export const ASK_PLACEHOLDERS = ["firstName"] as const;

export type Spelling = "uk" | "us";

/** US spelling for en-US (Office.context.displayLanguage); everyone else writes British English. */
export function spellingFor(displayLanguage: string | undefined): Spelling {
  return (displayLanguage ?? "").trim().toLowerCase() === "en-us" ? "us" : "uk";
}

const DEFAULT: Record<
  Spelling,
  Required<Omit<AskWording, "questions">> & { questions: Record<AskTopic, string> }
> = {
  uk: {
    intro:
      "So that we can look after you the way you prefer, {{firstName}}, may I ask a few quick questions?",
    questions: {
      name: "How would you like us to address you?",
      reach:
        "What is the best way to reach you, and is there any way you would rather we did not contact you?",
      meeting: "Which platform do you prefer for video meetings?",
      billing: "Would you like our invoices itemised, or summarised with a total?",
      updates: "How often would you like to hear from us about progress?",
    },
    confirm:
      "It has been a while since we last checked how you like us to work with you, {{firstName}}: is everything we have on file still right, and is there anything you would like us to do differently?",
    outro: "A one-line reply is plenty, and thank you.",
  },
  us: {
    intro:
      "So that we can look after you the way you prefer, {{firstName}}, may I ask a few quick questions?",
    questions: {
      name: "How would you like us to address you?",
      reach:
        "What is the best way to reach you, and is there any way you would rather we did not contact you?",
      meeting: "Which platform do you prefer for video meetings?",
      billing: "Would you like our invoices itemized, or summarized with a total?",
      updates: "How often would you like to hear from us about progress?",
    },
    confirm:
      "It has been a while since we last checked how you like us to work with you, {{firstName}}: is everything we have on file still right, and is there anything you would like us to do differently?",
    outro: "A one-line reply is plenty, and thank you.",
  },
};

/** Whole calendar months from yyyy-mm-dd to `now`; undefined when unreadable. */
function monthsSince(isoDay: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!match) return undefined;
  let months =
    (now.getFullYear() - Number(match[1])) * 12 + (now.getMonth() + 1 - Number(match[2]));
  if (now.getDate() < Number(match[3])) months -= 1;
  return months;
}

/** Why a client should be asked, and what; undefined when the profile is complete and current. */
export interface AskNeed {
  reason: "missing" | "gaps" | "stale";
  /** The questions to ask (empty for "stale": the paragraph asks to confirm instead). */
  topics: AskTopic[];
}

/** Topics the (merged) profile has no answer for. */
export function missingTopics(profile: ClientProfile): AskTopic[] {
  const missing: Record<AskTopic, boolean> = {
    name: !profile.preferredName,
    reach: profile.preferredChannels.length === 0 && profile.avoidChannels.length === 0,
    meeting: !profile.meetingPlatform,
    billing: !profile.billingDetail,
    updates: !profile.statusUpdates,
  };
  return ASK_TOPICS.filter((topic) => missing[topic]);
}

/** Whether to offer "Ask …" for this client, given their effective profile (or none). */
export function askNeed(profile: ClientProfile | undefined, now: Date): AskNeed | undefined {
  if (!profile) return { reason: "missing", topics: [...ASK_TOPICS] };
  const topics = missingTopics(profile);
  if (topics.length > 0) return { reason: "gaps", topics };
  const months = profile.lastConfirmed ? monthsSince(profile.lastConfirmed, now) : undefined;
  if (months === undefined || months > ASK_STALE_AFTER_MONTHS)
    return { reason: "stale", topics: [] };
  return undefined;
}

/**
 * The name to ask by: the preferred name, else the first word of the full name, else of the
 * display name, else nothing (never an address).
 */
export function firstNameFor(
  profile: ClientProfile | undefined,
  displayName: string,
): string | undefined {
  if (profile?.preferredName?.trim()) return profile.preferredName.trim();
  for (const name of [profile?.fullName, displayName]) {
    const first = name?.trim().split(/\s+/)[0];
    if (first && !first.includes("@")) return first;
  }
  return undefined;
}

function fill(template: string, firstName: string | undefined): string {
  // Without a name the vocative goes, with the comma before it: "…you prefer, may I…".
  const filled = firstName
    ? template.replace(/\{\{\s*firstName\s*\}\}/g, firstName)
    : template.replace(/,?\s*\{\{\s*firstName\s*\}\}/g, "");
  return filled.replace(/\s+/g, " ").trim();
}

/**
 * The paragraph, plain text, one line per sentence group: the intro, one question per missing
 * topic, the close; for a complete but out-of-date profile the confirmation instead of the
 * questions. The firm's wording replaces Rapport's part by part.
 */
export function askParagraph(options: {
  need: AskNeed;
  firstName?: string;
  spelling: Spelling;
  wording?: AskWording;
}): string {
  const { need, firstName, spelling, wording } = options;
  const base = DEFAULT[spelling];
  const outro = fill(wording?.outro ?? base.outro, firstName);
  if (need.topics.length === 0) {
    return [fill(wording?.confirm ?? base.confirm, firstName), outro].filter(Boolean).join(" ");
  }
  const questions = need.topics.map((topic) =>
    fill(wording?.questions?.[topic] ?? base.questions[topic], firstName),
  );
  return [fill(wording?.intro ?? base.intro, firstName), ...questions, outro]
    .filter(Boolean)
    .join(" ");
}
