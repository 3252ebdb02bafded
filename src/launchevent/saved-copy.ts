/**
 * When the profile list cannot answer, the send check uses the profiles saved from earlier
 * lookups, whatever their age, rather than none, and says so: in the Smart Alerts message when
 * there is room, on the draft, and (when the message goes) in the next compose and the pane.
 */
import { escapeMarkdown, MAX_ERROR_MESSAGE } from "./send-decision";
import { timeAgo } from "../office/check-failures";
import type { FailureReason } from "./failure-reason";

export interface SavedCopyUse {
  /** When the oldest saved profile used was fetched (epoch ms). */
  savedAt: number;
  /** Why the list itself could not be used. */
  reason: FailureReason;
  /** Addresses nothing was saved for: not checked. */
  missing: string[];
}

/** "Checked against client profiles saved 3 hours ago; the client profile list could not be reached." */
export function savedCopyNote(use: SavedCopyUse, now: number): string {
  const uncovered =
    use.missing.length === 0
      ? ""
      : ` (${use.missing.length} recipient${use.missing.length === 1 ? "" : "s"} not covered)`;
  return `Checked against client profiles saved ${timeAgo(use.savedAt, now)}${uncovered}; ${use.reason.text}.`;
}

/** The same answer with the note after the findings, in each text that has room for it. */
export function withNote(
  options: Office.SmartAlertsEventCompletedOptions,
  note: string,
): Office.SmartAlertsEventCompletedOptions {
  const result = { ...options };
  const plain = `${options.errorMessage ?? ""}\n\n${note}`;
  if (options.errorMessage !== undefined && plain.length <= MAX_ERROR_MESSAGE)
    result.errorMessage = plain;
  if (options.errorMessageMarkdown !== undefined) {
    const markdown = `${options.errorMessageMarkdown}\n\n${escapeMarkdown(note)}`;
    if (markdown.length <= MAX_ERROR_MESSAGE) result.errorMessageMarkdown = markdown;
  }
  return result;
}
