/**
 * A client's stated preferences (ARCHITECTURE §2). One profile covers a person
 * (`matchKey` = their lower-case address) or a whole organisation (`@domain`).
 * TODO(core): parse/validate/normalise/merge live here.
 */

export const MEETING_PLATFORMS = ["teams", "zoom", "webex", "google-meet"] as const;
export type MeetingPlatform = (typeof MEETING_PLATFORMS)[number];

export const BILLING_DETAILS = ["detailed", "summary"] as const;
export type BillingDetail = (typeof BILLING_DETAILS)[number];

export const ENTERTAINMENT_CHOICES = ["welcome", "avoid"] as const;
export type Entertainment = (typeof ENTERTAINMENT_CHOICES)[number];

export interface ClientProfile {
  title?: string;
  /** `name@client.com` or `@client.com`, lower-case. */
  matchKey: string;
  clientName?: string;
  preferredName?: string;
  fullName?: string;
  avoidNames: string[];
  preferredChannels: string[];
  avoidChannels: string[];
  meetingPlatform?: MeetingPlatform;
  billingDetail?: BillingDetail;
  bannedBillingPhrases: string[];
  competitors: string[];
  entertainment?: Entertainment;
  avoidTopics: string[];
  statusUpdates?: string;
  notes?: string;
  /** ISO date, yyyy-mm-dd. */
  lastConfirmed?: string;
}

/** Where a stored profile came from, for write-back (SharePoint item id and eTag). */
export interface ProfileOrigin {
  itemId?: string;
  etag?: string;
}

/** One problem with one profile: which profile, which field, what is wrong. */
export interface ProfileIssue {
  /** The profile's matchKey, title, or "profile #N" when neither is usable. */
  profile: string;
  field?: string;
  message: string;
}

/** Thrown when a profile cannot be used at all; `issues` lists every bad value. */
export class ProfileError extends Error {
  constructor(readonly issues: ProfileIssue[]) {
    super(
      issues.map((i) => `${i.profile}${i.field ? ` (${i.field})` : ""}: ${i.message}`).join("; "),
    );
    this.name = "ProfileError";
  }
}

// CONTRACT (implemented by the core owner; signatures are fixed, bodies are placeholders):

/** Validate and normalise one raw profile. Unknown keys become warnings; bad values throw ProfileError. */
export function parseProfile(
  _raw: unknown,
  _label?: string,
): { profile: ClientProfile; warnings: ProfileIssue[] } {
  throw new Error("parseProfile: not implemented yet");
}

/** Parse a list; a bad profile is reported in `errors` and skipped, never fatal for the rest. */
export function parseProfiles(_raw: unknown): {
  profiles: ClientProfile[];
  errors: ProfileIssue[];
  warnings: ProfileIssue[];
} {
  throw new Error("parseProfiles: not implemented yet");
}

/** A person's profile over their organisation's: lists unioned, single values from the person win. */
export function mergeProfiles(
  _organisation: ClientProfile | undefined,
  _person: ClientProfile | undefined,
): ClientProfile | undefined {
  throw new Error("mergeProfiles: not implemented yet");
}

/** The match keys that can cover an address: itself (lower-case) and its `@domain`. Empty for "". */
export function matchKeysFor(_address: string): string[] {
  throw new Error("matchKeysFor: not implemented yet");
}

/**
 * For each address, its effective profile (person merged over organisation) from profiles keyed
 * by matchKey, or undefined when none covers it. Result keyed by lower-case address.
 */
export function resolveProfiles(
  _addresses: Iterable<string>,
  _byMatchKey: ReadonlyMap<string, ClientProfile>,
): Map<string, ClientProfile | undefined> {
  throw new Error("resolveProfiles: not implemented yet");
}
