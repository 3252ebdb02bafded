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
}
