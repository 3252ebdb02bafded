/**
 * Imported first by the playground entry: the stand-in `Office` must exist before the
 * launch-event module loads, because that module registers its handlers with
 * Office.actions.associate as it is evaluated. The page's query picks the Outlook client to
 * imitate (`?client=`) and can simulate an outage of the client profile list (`?profiles=down`).
 */
import { ComposeModel } from "./compose-model";
import { createOfficeStandin, installOfficeStandin } from "./office-standin";
import { outlookClientFromQuery } from "./outlook-clients";

export const composeModel = new ComposeModel();

function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked: the stand-in keeps values in memory
  }
}

/** `?profiles=down`: the profile list cannot be reached, as in an outage. */
export const profileListDown =
  new URLSearchParams(window.location.search).get("profiles") === "down";

export const PROFILES_FILE = "sample-profiles.json";

if (profileListDown) {
  // The launch events fetch the sample profiles beside the page; in an outage that fails.
  const fetchPage = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).pathname.endsWith(`/${PROFILES_FILE}`))
      return Promise.reject(new TypeError("Failed to fetch (simulated outage)"));
    return fetchPage(input, init);
  };
}

export const officeStandin = createOfficeStandin({
  model: composeModel,
  storage: pageStorage(),
  client: outlookClientFromQuery(window.location.search),
});
installOfficeStandin(officeStandin);
