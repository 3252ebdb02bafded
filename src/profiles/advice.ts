/**
 * What to do about a failed lookup depends on where the person stands: an admin at the command
 * line signs in with a device code and can fix the list; a lawyer in the task pane has a Sign in
 * button and an administrator to ask; the send handler can only say it in a notification.
 * ProfileSourceError says what happened; these say what to do, per surface and per status.
 */
import type { ProfileSourceError } from "./source";

export type Surface = "cli" | "taskpane" | "launchevent";

/** The CLI's next step, appended to the error's message ("" when the message says it already). */
export function cliAdvice(error: ProfileSourceError): string {
  const { access, sitesSelected, missing } = error.options;
  switch (error.kind) {
    case "sign-in-needed":
      return "Sign in again: run with --client-id (or RAPPORT_CLIENT_ID) for a device code, or put a fresh Graph token in RAPPORT_GRAPH_TOKEN.";
    case "forbidden":
      if (access === "manage") {
        return "Run it as a site owner, with Sites.Manage.All consented for the app.";
      }
      return sitesSelected
        ? `An admin grants the app ${access === "read" ? "read" : "write"} access to this site (POST /sites/{site-id}/permissions); then run it again.`
        : "Run it with an account that has access to the site, or ask an admin to consent to the permission named above.";
    case "not-found":
      return missing === "site"
        ? "Check the site address given with --site."
        : 'Check the list name given with --list, or create the list with "rapport provision".';
    case "throttled":
      return "Try again later, or allow more time with --timeout SECONDS.";
    case "timeout":
      return "Try again, or allow more time with --timeout SECONDS.";
    case "network":
      // An HTTP 5xx is an answer (Graph's, or a proxy's in between), not a missing network.
      return error.options.status
        ? "The server answered with an error (Microsoft Graph, or a proxy on the way): try again later."
        : "Check the network connection and --graph-base-url.";
    case "invalid":
    case "conflict":
      return "";
  }
}

/** The task pane's heading for a failed lookup: what the lawyer can do. */
export function taskpaneAdvice(error: ProfileSourceError): string {
  const { sitesSelected, missing, status } = error.options;
  switch (error.kind) {
    case "sign-in-needed":
      return status === 401
        ? "Your sign-in has expired. Sign in again to see client profiles."
        : "Sign in to see client profiles.";
    case "forbidden":
      return sitesSelected
        ? "Rapport has not been given access to the client profile site. Ask your administrator to grant it."
        : "Your account may not read the client profile list. Ask your administrator for access.";
    case "not-found":
      return missing === "site"
        ? "The client profile site was not found. Ask your administrator to check Rapport's settings."
        : "The client profile list was not found. Ask your administrator to check the set-up.";
    case "throttled":
      return "The profile service is busy. Try again in a minute.";
    case "timeout":
      return "Looking up client profiles took too long. Try again.";
    case "network":
      return "The profile service could not be reached. Check your connection and try again.";
    case "invalid":
      return "The client profile list holds data Rapport cannot read.";
    case "conflict":
      return "Someone else changed this profile.";
  }
}

/**
 * For the send handler's notification: why the check could not run and what to do, as a clause
 * ("…: sign in to Rapport from the Client profile pane").
 */
export function launchEventAdvice(error: ProfileSourceError): string {
  const { sitesSelected, missing, status } = error.options;
  switch (error.kind) {
    case "sign-in-needed":
      return status === 401
        ? "your sign-in has expired; sign in again from the Client profile pane"
        : "sign in to Rapport from the Client profile pane";
    case "forbidden":
      return sitesSelected
        ? "Rapport has no access to the client profile site; ask your administrator to grant it"
        : "your account has no access to the client profile list; ask your administrator";
    case "not-found":
      return missing === "site"
        ? "the client profile site was not found; ask your administrator to check Rapport's settings"
        : "the client profile list was not found; ask your administrator to check Rapport's settings";
    case "throttled":
      return "the client profile list is busy; try again shortly";
    case "timeout":
      return "the client profile list did not answer in time";
    case "network":
      return "the client profile list could not be reached";
    case "conflict":
      return "the client profile list changed meanwhile";
    case "invalid":
      return "Rapport's settings or the client profile list are not valid";
  }
}

/** The advice for a surface, as one function (for callers that hold the surface as a value). */
export function adviceFor(error: ProfileSourceError, surface: Surface): string {
  if (surface === "cli") return cliAdvice(error);
  if (surface === "taskpane") return taskpaneAdvice(error);
  return launchEventAdvice(error);
}
