/**
 * Why a check could not run, twice: words for the author's notification, and a short code for
 * the log and the support record. Neither ever includes the message's text.
 */
import { OfficeCallError } from "../office/office-call";
import { ProfileSourceError } from "../profiles/source";
import { DeadlineError } from "./deadline";

export interface FailureReason {
  /** For the notification: what happened, in a lawyer's words. */
  text: string;
  /** For logs and support: stable and free of content. */
  code: string;
}

const PROFILE_TEXT: Record<ProfileSourceError["kind"], string> = {
  "sign-in-needed": "sign in to Rapport from the Client profile pane",
  forbidden: "you have no access to the client profile list",
  "not-found": "the client profile list was not found",
  throttled: "the client profile list is busy; try again shortly",
  timeout: "the client profile list did not answer in time",
  network: "the client profile list could not be reached",
  conflict: "the client profile list changed meanwhile",
  invalid: "Rapport's settings or the client profile list are not valid",
};

export function describeFailure(error: unknown): FailureReason {
  if (error instanceof ProfileSourceError) {
    return {
      text: PROFILE_TEXT[error.kind] ?? "client profiles are unavailable",
      code: `profiles:${error.kind}`,
    };
  }
  if (error instanceof DeadlineError) {
    return { text: "the check took too long", code: `deadline:${error.what}` };
  }
  if (error instanceof OfficeCallError) {
    return {
      text: "Outlook did not provide the message's details",
      code: `office:${error.officeName ?? "error"}:${error.code ?? "-"}`,
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { text: "an unexpected error occurred", code: `exception:${name}` };
}

export const WATCHDOG_REASON: FailureReason = {
  text: "the check took too long",
  code: "watchdog",
};
