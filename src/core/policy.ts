import type { Severity } from "./finding";

/** What an admin controls centrally (ARCHITECTURE §5). Every field optional: defaults apply. */
export interface CheckPolicy {
  /** "off" silences the check; a severity overrides the check's default. */
  severity?: Severity | "off";
  /** Findings are recorded but never stop a send. */
  monitorOnly?: boolean;
}

export interface Policy {
  /** false switches Rapport's send-time check off entirely. Default true. */
  enabled?: boolean;
  /** Everything monitor-only: findings recorded, sending never stopped. */
  monitorOnly?: boolean;
  /** Per check id. */
  checks?: Record<string, CheckPolicy>;
  /** Domains of the firm itself (no "@"): recipients there are colleagues, not clients. */
  internalDomains?: string[];
  /** Checks also read the quoted history of earlier messages. Default false. */
  includeQuotedHistory?: boolean;
  /**
   * When a message cannot be checked at all (no profiles, no token, timeout): "prompt" stops it
   * with Smart Alerts' "Send anyway / Don't send" where Outlook offers that (Mailbox 1.14);
   * "send" lets it go and tells the author afterwards. Default "prompt".
   */
  onCheckFailure?: CheckFailureAction;
}

export type CheckFailureAction = "prompt" | "send";
export const CHECK_FAILURE_ACTIONS: readonly CheckFailureAction[] = ["prompt", "send"];

export const DEFAULT_POLICY: Readonly<
  Required<Pick<Policy, "enabled" | "monitorOnly" | "includeQuotedHistory" | "onCheckFailure">>
> = {
  enabled: true,
  monitorOnly: false,
  includeQuotedHistory: false,
  onCheckFailure: "prompt",
};
