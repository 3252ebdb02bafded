/**
 * The item being written, as every check sees it: no Office types, no DOM. One model for both
 * item types Outlook lets an author send: a message (the default) and a meeting invitation
 * (`kind: "appointment"`), so the checks stay the same code.
 */
import { asciiDomain } from "./domain-names";
import type { MeetingPlatform } from "./profile";

/**
 * How a recipient was addressed: To, Cc, Bcc for a message; an invitation's required and
 * optional attendees. Resources (rooms, equipment) are not recipients: nobody reads them.
 */
export type RecipientKind = "to" | "cc" | "bcc" | "required" | "optional";

export const RECIPIENT_KINDS: readonly RecipientKind[] = [
  "to",
  "cc",
  "bcc",
  "required",
  "optional",
];

/** What is being sent: an e-mail, or a meeting invitation. */
export type DraftKind = "message" | "appointment";

export interface Recipient {
  /** E-mail address as entered; may be empty for an unresolved recipient. */
  address: string;
  /** Display name, when Outlook has one. */
  name?: string;
  kind: RecipientKind;
  /**
   * Outlook's recipientType (Office.MailboxEnums.RecipientType): "user", "externalUser",
   * "distributionList" (a distribution list, Microsoft 365 group or contact list) or "other".
   */
  recipientType?: string;
}

export type BodyFormat = "html" | "text";

export interface DraftBody {
  format: BodyFormat;
  content: string;
}

/**
 * The online meeting the organiser attached to an invitation (Teams' "Teams meeting" toggle, a
 * Zoom or Webex add-in's block): from Office, or from an .ics file's X-MICROSOFT-SKYPETEAMSMEETINGURL,
 * CONFERENCE and similar properties. "other" is an online meeting of a service Rapport does not
 * name (Skype for Business, a bridge it cannot tell).
 */
export interface OnlineMeeting {
  platform: MeetingPlatform | "other";
  /** The join address, when known. */
  url?: string;
}

export interface Draft {
  /** "appointment" for a meeting invitation; absent or "message" for an e-mail. */
  kind?: DraftKind;
  /** The author (From, or an invitation's organiser); used to tell colleagues at the firm from clients. */
  from?: { address: string; name?: string };
  /**
   * The signed-in user, when Outlook gives one: also at the firm, which matters when From is a
   * shared mailbox on another domain or an X500 DN (core/firm.ts).
   */
  user?: { address: string };
  /**
   * An e-mail's Sender header when it names someone other than From: a delegate who sent from
   * From's mailbox. Only listening uses it (the writer is the delegate, From their principal).
   */
  sender?: { address: string; name?: string };
  recipients: Recipient[];
  subject: string;
  body: DraftBody;
  /** File names of attachments, in order. */
  attachments: string[];
  /**
   * When the message was sent, as its Date header writes it (RFC 5322, or ISO): only messages
   * read from a file have one; a draft being written has none.
   */
  date?: string;
  /** Invitations: the Location field as typed (several places are separated by "; "). */
  location?: string;
  /**
   * Invitations: display names of Outlook's enhanced locations (rooms, places). Checks read the
   * ones the Location text does not already name after it (see analysis.ts).
   */
  locations?: string[];
  /** Invitations: start and end, ISO 8601 (with an offset when the source gives one). */
  start?: string;
  end?: string;
  /** Invitations: the online meeting the organiser turned on, if any. */
  onlineMeeting?: OnlineMeeting;
}

/** True for a meeting invitation. */
export function isAppointment(draft: Pick<Draft, "kind">): boolean {
  return draft.kind === "appointment";
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the engine, the checks and the surfaces.
// ---------------------------------------------------------------------------------------------

/**
 * Lower-case, trimmed, without "mailto:" or angle brackets, and the domain in its ASCII form
 * (`jan@müller.example` → `jan@xn--mller-kva.example`, domain-names.ts): the form every lookup
 * uses.
 */
export function normaliseAddress(address: string): string {
  const plain = address
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  const at = plain.lastIndexOf("@");
  return at < 0 ? plain : plain.slice(0, at + 1) + asciiDomain(plain.slice(at + 1));
}

/** The domain of an address, lower-case, or undefined when it has none. */
export function domainOf(address: string): string | undefined {
  const normalised = normaliseAddress(address);
  const at = normalised.lastIndexOf("@");
  return at > 0 && at < normalised.length - 1 ? normalised.slice(at + 1) : undefined;
}

/** How a recipient is shown to the author: "Megge Anderson <megge@…>", the address, or the name. */
export function recipientDisplay(recipient: { address: string; name?: string }): string {
  const address = recipient.address.trim();
  const name = recipient.name?.trim();
  if (name && address && name.toLowerCase() !== address.toLowerCase())
    return `${name} <${address}>`;
  return address || name || "(unresolved recipient)";
}
