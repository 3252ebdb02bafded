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
