/**
 * What listening works on and what it produces (issue 14): a message a client sent, and the
 * changes to their profile (or their organisation's) that it states, each with its quote.
 */
import type { DraftBody } from "../draft";

/** A message received from a client, as the read view or the CLI has it. */
export interface ClientMessage {
  from: { address: string; name?: string };
  /**
   * Who actually sent it, when someone sent it from `from`'s mailbox on their behalf (a delegate:
   * Outlook's item.sender, an e-mail's Sender header). The words are `from`'s unless the sender
   * signs them; then the sender writes, and `from` is the principal they write for (relay.ts).
   */
  sender?: { address: string; name?: string };
  /** To and Cc: where a principal the writer names may be found (relay.ts). */
  recipients?: { address: string; name?: string }[];
  /** When it was sent: an ISO date or date-time. */
  date?: string;
  subject: string;
  body: DraftBody;
}

/** The profile fields listening can hear. */
export const LISTEN_FIELDS = [
  "fullName",
  "preferredName",
  "avoidNames",
  "preferredChannels",
  "avoidChannels",
  "meetingPlatform",
  "billingDetail",
  "bannedBillingPhrases",
  "competitors",
  "entertainment",
  "avoidTopics",
  "statusUpdates",
] as const;
export type ListenField = (typeof LISTEN_FIELDS)[number];

/** Fields holding one value (`set`); the others are lists (`add`). */
export const SINGLE_VALUE_FIELDS: ReadonlySet<ListenField> = new Set([
  "fullName",
  "preferredName",
  "meetingPlatform",
  "billingDetail",
  "entertainment",
  "statusUpdates",
]);

/**
 * Lists a withdrawal can take a value off ("happy to take calls again", "we no longer mind
 * 'Review of file'"): withdrawals.ts.
 */
export const REMOVABLE_FIELDS = [
  "avoidChannels",
  "preferredChannels",
  "avoidNames",
  "bannedBillingPhrases",
  "competitors",
  "avoidTopics",
] as const satisfies readonly ListenField[];
export type RemovableField = (typeof REMOVABLE_FIELDS)[number];

/** One preference heard in a message: a suggested change to one profile. */
export interface Suggestion {
  /** The matchKey it applies to: the sender's address, or "@domain" for their organisation. */
  profile: string;
  field: ListenField;
  /**
   * `set` a single value, `add` to a list, or `remove` from a list a value the profile in force
   * holds, which the sender withdraws (then `value` is the one on file, as stored, and
   * `alreadyKnown` is false).
   */
  op: "set" | "add" | "remove";
  /** Normalised onto the profile vocabulary (channels, platforms, choices). */
  value: string;
  /** The words it was heard in, as written. */
  quote: string;
  /** Offsets of the quote in the message body's analysed plain text. */
  start: number;
  end: number;
  /** The profile already holds this: a confirmation, not a change. */
  alreadyKnown: boolean;
}
