import type { AnalysedDraft } from "../analysis";
import type { RecipientKind } from "../draft";
import type { CheckCategory, Evidence, Fix, Severity } from "../finding";
import type { ClientProfile } from "../profile";

/** What a check declares about itself (modelled on ESLint's rule meta). */
export interface CheckMeta {
  /** Equals the file name; stable and user-visible. */
  id: string;
  category: CheckCategory;
  defaultSeverity: Severity;
  description: string;
  /**
   * Message templates by message id. `{{who}}` (the recipient, with their organisation),
   * `{{client}}` and `{{item}}` ("e-mail" or "invitation": what the author is sending) are always
   * available; checks supply the rest through `report({ data })`.
   */
  messages: Readonly<Record<string, string>>;
  fixable: boolean;
}

/** One recipient as checks see it. */
export interface CheckRecipient {
  /** Lower-case address. */
  address: string;
  /** Display name from Outlook, when known. */
  name?: string;
  kind: RecipientKind;
  /** Effective profile (person over organisation), if any. */
  profile?: ClientProfile;
  /** A colleague at the firm (policy.internalDomains, the author's or the user's domain). */
  internal: boolean;
  /** A distribution list or group: its organisation's profile applies, nobody's own. */
  list?: boolean;
}

export interface Report {
  messageId: string;
  /** Overrides meta.defaultSeverity for this finding (an admin's policy still wins). */
  severity?: Severity;
  data?: Readonly<Record<string, string | number>>;
  evidence?: Evidence;
  fix?: Fix;
}

/** Everything a check gets for one recipient. Checks report; they never build findings. */
export interface CheckContext {
  recipient: CheckRecipient;
  /** Shorthand for recipient.profile. */
  profile: ClientProfile | undefined;
  /** Every recipient of the draft (deduplicated), this one included. */
  recipients: readonly CheckRecipient[];
  /** The draft, analysed once for all checks and recipients. */
  draft: AnalysedDraft;
  /** "Megge Anderson (The Coca-Cola Company)": who the finding is about, for messages. */
  who: string;
  report(report: Report): void;
}

export interface Check {
  meta: CheckMeta;
  check(ctx: CheckContext): void;
}
