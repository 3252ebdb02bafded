import type { Finding } from "../core/finding";
import type { SendSummary } from "../office/send-summary";

/**
 * A send-time summary older than this is about an earlier version of the draft: the pane then
 * opens normally and checks afresh instead of leading with stale warnings.
 */
export const SEND_SUMMARY_FRESH_MS = 15 * 60 * 1000;

/**
 * The findings the Smart Alerts dialog showed, as the pane's Finding type. The summary carries no
 * evidence or fix (contextData must stay small); the pane's own check replaces these findings
 * with full ones as soon as it has run.
 */
export function findingsFromSendSummary(
  summary: SendSummary | undefined,
  now: Date,
): Finding[] | undefined {
  if (!summary) return undefined;
  const checkedAt = Date.parse(summary.checkedAt);
  if (!Number.isNaN(checkedAt) && now.getTime() - checkedAt > SEND_SUMMARY_FRESH_MS)
    return undefined;
  const findings: Finding[] = [];
  for (const entry of summary.findings) {
    if (!entry || typeof entry.message !== "string" || typeof entry.recipient !== "string")
      continue;
    const severity =
      entry.severity === "error" || entry.severity === "info" ? entry.severity : "warning";
    findings.push({
      check: String(entry.check ?? ""),
      messageId: "send-time",
      severity,
      recipient: entry.recipient.toLowerCase(),
      ...(typeof entry.recipientName === "string" ? { recipientName: entry.recipientName } : {}),
      message: entry.message,
      ...(entry.monitorOnly === true ? { monitorOnly: true } : {}),
    });
  }
  return findings;
}
