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
 * Honorifics and styles: a display name that carries one ("Dr. Hans Müller", "Mr John Smith")
 * belongs to someone addressed formally, and which name goes with the title (and in which
 * language) cannot be told from it, so such a name is not used at all.
 */
const TITLE_WORDS =
  "mr mrs ms miss mx dr prof professor sir dame lord lady rev revd reverend hon judge justice " +
  "herr frau fr hr mme mlle m me maitre maître sr sra srta dott dott.ssa ing mag";

/**
 * Words that name a role, a team or a mailbox, not a person ("Legal Department", "Accounts
 * Payable", "Info Desk"): a display name holding one is not a person's name.
 */
const ROLE_WORD_LIST =
  "legal department dept team office accounts account payable receivable finance admin " +
  "administration info information support reception sales hr compliance procurement group " +
  "services service desk mailbox inbox billing invoices invoice helpdesk enquiries inquiries " +
  "secretariat board committee counsel general operations contracts notices noreply no-reply " +
  "assistant secretary partners llp ltd limited inc gmbh plc company co corp";

/** After a comma: a suffix or credential ("Anderson QC" written "Megge Anderson, QC"), not a name. */
const SUFFIX_WORDS = "jr sr ii iii iv qc kc esq phd md mba llm cpa";

/**
 * The word sets, built on first use: nothing runs when the module loads, so the send-time bundle,
 * which imports this module for the policy's Ask wording only, drops them (bundle budget).
 */
let nameWords: { titles: Set<string>; roles: Set<string>; suffixes: Set<string> } | undefined;
function nameWordSets(): { titles: Set<string>; roles: Set<string>; suffixes: Set<string> } {
  return (nameWords ??= {
    titles: new Set(TITLE_WORDS.split(" ")),
    roles: new Set(ROLE_WORD_LIST.split(" ")),
    suffixes: new Set(SUFFIX_WORDS.split(" ")),
  });
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,;:]+$/u, "");
}

/**
 * The given name in a person's name, when it can be told safely: "Megge Anderson" → Megge,
 * "Anderson, Megge" (a directory's "Last, First") → Megge. Undefined when unsure: a title or a
 * role word in it, an initial, a single word (a surname, or "Reception"), a surname written in
 * capitals first ("ANDERSON Megge"), an address. A wrong vocative in a message asking how the
 * client wants to be addressed is worse than none.
 */
export function givenNameOf(name: string | undefined): string | undefined {
  if (!name || name.includes("@")) return undefined;
  // Quotes around the whole name, and anything in brackets ("(Legal)", "[External]").
  let text = name
    .replace(/[([][^)\]]*[)\]]/gu, " ")
    .replace(/^["'“”‘’\s]+|["'“”‘’\s]+$/gu, "")
    .trim();
  // A title or a role word anywhere ("Dr., Hans", "Smith, Legal") settles it.
  const { titles, roles, suffixes } = nameWordSets();
  if (text.split(/[\s,]+/u).some((word) => titles.has(bare(word)) || roles.has(bare(word))))
    return undefined;
  if (text.includes(",")) {
    const [before = "", ...rest] = text.split(",");
    const after = rest.join(" ").trim();
    const afterFirst = after.split(/\s+/u)[0] ?? "";
    // "Anderson, Megge" (and "van der Berg, Jan") puts the given name after the comma: one
    // capitalised word before it, lower-case particles aside. Two or more ("Megge Anderson,
    // Partner", "Jo Miller, Acme") are the whole name, and what follows is a title or a firm
    // (review of harm-49e); so is a suffix ("Megge Anderson, QC").
    const capitalised = before
      .split(/\s+/u)
      .filter((word) => word !== "" && word !== word.toLowerCase()).length;
    text = !after || suffixes.has(bare(afterFirst)) || capitalised >= 2 ? before : after;
  }
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  // "Anderson, Megge" left one word (the given name); otherwise a lone word is not enough.
  if (words.length < 2 && !name.includes(",")) return undefined;
  const first = words[0]!;
  // A given name: letters (any script), inner hyphens and apostrophes; no initials ("J."), no
  // capitals throughout ("ANDERSON Megge" puts the surname first), starting with a capital.
  if (!/^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u.test(first)) return undefined;
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return undefined;
  if (/^\p{Ll}/u.test(first)) return undefined;
  return first;
}

/**
 * The name to ask by: the preferred name, else the given name in the full name, else in Outlook's
 * display name, each only when it can be told safely (givenNameOf); otherwise none, and the
 * paragraph has no vocative ("So that we can look after you the way you prefer, may I ask…").
 */
export function firstNameFor(
  profile: ClientProfile | undefined,
  displayName: string,
): string | undefined {
  if (profile?.preferredName?.trim()) return profile.preferredName.trim();
  // A full name the firm recorded is the better source: when it cannot be used ("Dr. Hans
  // Müller"), Outlook's name for the same person is not used to get round it.
  if (profile?.fullName?.trim()) return givenNameOf(profile.fullName);
  return givenNameOf(displayName);
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
