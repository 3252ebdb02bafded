/** What a check reports: the contract between the checks, the engine and every surface. */

export type Severity = "info" | "warning" | "error";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export type CheckCategory = "name" | "channel" | "billing" | "brand" | "social" | "profile";

/** The text fields checks read: an invitation's location sits between its subject and body. */
export type TextField = "subject" | "location" | "body";

export type EvidenceField = TextField | "attachment" | "recipient";

export interface Evidence {
  field: EvidenceField;
  /** The text that triggered the finding, exactly as it stands in the field's plain text. */
  text: string;
  /** Offsets into that field's plain text (for "attachment": into that attachment's name). */
  start: number;
  end: number;
  /** For "attachment": which attachment (index into Draft.attachments). */
  index?: number;
}

/**
 * A mechanical edit the task pane can apply: replace `[start, end)` of the field's plain text
 * (which must still read `original`) with `replacement`. A removal has an empty replacement.
 */
export interface Fix {
  /** Short button label: "Replace with Megge", "Remove this line". */
  label: string;
  field: TextField;
  start: number;
  end: number;
  original: string;
  replacement: string;
}

export interface Finding {
  /** Check id, e.g. "competitor-mention". */
  check: string;
  /** Message id within the check's meta.messages. */
  messageId: string;
  severity: Severity;
  /** Lower-case address of the recipient whose profile this is about. */
  recipient: string;
  /** Display name of that recipient, when known. */
  recipientName?: string;
  /** Who, what, why and what to do, in words a lawyer understands. */
  message: string;
  evidence?: Evidence;
  fix?: Fix;
  /** Set by the engine when the policy says monitor-only: recorded, never shown as a stop. */
  monitorOnly?: boolean;
  /**
   * Set by the engine on the last finding it kept of a check for a recipient, when that check
   * found more than it keeps (MAX_FINDINGS_PER_CHECK): how many more, for "and N more like this".
   */
  moreLikeThis?: number;
}
