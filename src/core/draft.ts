/** The message being written, as every check sees it: no Office types, no DOM. */

export type RecipientKind = "to" | "cc" | "bcc";

export interface Recipient {
  /** E-mail address as entered; may be empty for an unresolved recipient. */
  address: string;
  /** Display name, when Outlook has one. */
  name?: string;
  kind: RecipientKind;
}

export type BodyFormat = "html" | "text";

export interface DraftBody {
  format: BodyFormat;
  content: string;
}

export interface Draft {
  /** The author (From); used to tell colleagues at the firm from clients. */
  from?: { address: string; name?: string };
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
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the engine, the checks and the surfaces.
// ---------------------------------------------------------------------------------------------

/** Lower-case, trimmed, without "mailto:" or angle brackets: the form every lookup uses. */
export function normaliseAddress(address: string): string {
  return address
    .trim()
    .replace(/^<|>$/g, "")
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
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

export { analyseDraft } from "./analysis";
export type { AnalysedDraft, AnalysedField, AnalyseOptions } from "./analysis";
