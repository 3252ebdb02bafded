/**
 * Why a check could not run, twice: words for the author's notification, and a short code for
 * the log and the support record. Neither ever includes the message's text.
 */
import { OfficeCallError } from "../office/office-call";
import { launchEventAdvice } from "../profiles/advice";
import { ProfileSourceError } from "../profiles/source";
import type { ItemNoun } from "../office/notifications";
import { DeadlineError } from "./deadline";

export interface FailureReason {
  /** For the notification: what happened, in a lawyer's words. */
  text: string;
  /** For logs and support: stable and free of content. */
  code: string;
  /**
   * The same, worded for after the send (the next compose and the pane), when `text` holds advice
   * that can no longer be followed ("expand it in Outlook (+)"); `text` otherwise.
   */
  after?: string;
}

/** A deadline passed: the lookup's, the checks' own or the watchdog's. */
const TOOK_TOO_LONG = "the check took too long";

/** `item`: what was being sent, so an invitation is called one throughout (audit 50i-4). */
export function describeFailure(error: unknown, item: ItemNoun = "message"): FailureReason {
  if (error instanceof ProfileSourceError) {
    // Worded per status: an expired sign-in, Sites.Selected not granted, site vs list missing.
    return {
      text: launchEventAdvice(error) || "client profiles are unavailable",
      code: `profiles:${error.kind}`,
    };
  }
  if (error instanceof DeadlineError) {
    return { text: TOOK_TOO_LONG, code: `deadline:${error.what}` };
  }
  if (error instanceof OfficeCallError) {
    return {
      text: `Outlook did not provide the ${item}'s details`,
      code: `office:${error.officeName ?? "error"}:${error.code ?? "-"}`,
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { text: "an unexpected error occurred", code: `exception:${name}` };
}

export const WATCHDOG_REASON: FailureReason = { text: TOOK_TOO_LONG, code: "watchdog" };

/** The checks' own deadline passed before the first of them started (`partial.noneRun`). */
export const NONE_RUN_REASON: FailureReason = { text: TOOK_TOO_LONG, code: "deadline:checks" };
