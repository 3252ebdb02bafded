/**
 * The task pane's entry in Outlook: wait for Office, build the item adapter, profile source and
 * policy from the configuration, pick up the send-time findings when Smart Alerts' "Review
 * warnings" opened the pane, and render. Everything else lives in App.tsx and its parts.
 */
import type { Policy } from "../core/policy";
import { officeCall } from "../office/office-call";
import { OfficeItemAdapter } from "../office/office-item-adapter";
import type { ComposeItemLike, MailboxLike } from "../office/office-types";
import { CachedPolicySource } from "../office/policy-source";
import { dismissCheckFailure, mailboxOwner, untoldForPane } from "../office/check-failures";
import { ignoreStoreFor } from "../office/ignored-findings";
import { isComposeItem } from "../office/office-types";
import { loadSendSummary } from "../office/send-summary";
import { defaultStore } from "../office/storage";
import type { RapportAppProps } from "./App";
import {
  createTaskpaneProfiles,
  DEFAULT_POLICY_FILE,
  fetchBesidePage,
  loadTaskpaneConfig,
} from "./config";
import { LAZY_FIX_EDITORS, loadChecks, loadWarningsPanel } from "./lazy-chunks";
import { followSendContext } from "./follow-send-context";
import { mountRapport } from "./mount";
import { whenItemSelected } from "./item-selection";
import { ProfileDrafts } from "./profile-drafts";
import { findingsFromSendSummary } from "./send-context";
import { themeFromOffice } from "./theme";

export { mountRapport } from "./mount";

function pageFolder(): string {
  return new URL(".", document.baseURI).href;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html needs an element with id="root".');
  const mailbox = Office.context.mailbox as unknown as MailboxLike;
  if (!mailbox.item) {
    // A pinned pane with nothing selected: start as soon as a message is.
    container.textContent = "Select a message to see its recipients' client profiles.";
    whenItemSelected(mailbox, () => {
      container.textContent = "";
      start().catch(showStartupFailure);
    });
    return;
  }
  const adapter = new OfficeItemAdapter(mailbox, LAZY_FIX_EDITORS);
  // The checks and the warnings download while the profiles are looked up; a failure shows
  // where they are used (the check's error, the panel's).
  if (adapter.mode === "compose") {
    loadChecks().catch(() => undefined);
    loadWarningsPanel().catch(() => undefined);
  }

  const baseUrl = pageFolder();
  const deps = {
    win: window as { RAPPORT_CONFIG?: unknown },
    fetchText: fetchBesidePage,
    baseUrl,
  };
  const { config, problems } = await loadTaskpaneConfig(deps);
  for (const problem of problems) console.warn(`Rapport: ${problem}`);
  const { source, signIn, owner } = createTaskpaneProfiles(config, deps);
  const store = defaultStore();
  const policyPromise: Promise<Policy> = new CachedPolicySource({
    url: baseUrl + (config.policyFile ?? DEFAULT_POLICY_FILE),
    store,
  }).getPolicy();
  // contextData (Smart Alerts "Review warnings") or this item's own stored summary.
  const summaryPromise = loadSendSummary(mailbox.item as ComposeItemLike).catch(() => undefined);
  const [policy, summary] = await Promise.all([policyPromise, summaryPromise]);
  const initialFindings = findingsFromSendSummary(summary, new Date());

  const item = mailbox.item;
  let props: RapportAppProps = {
    adapter,
    profiles: source,
    policy,
    previousCheck: {
      load: () => untoldForPane(store, mailboxOwner(mailbox), new Date()),
      dismiss: (at) => dismissCheckFailure(store, mailboxOwner(mailbox), at),
    },
    // Shared with the send check of this draft through the item's sessionData (Mailbox 1.11).
    ...(isComposeItem(item) ? { ignores: ignoreStoreFor(item.sessionData) } : {}),
    ...(signIn ? { signIn } : {}),
    ...(initialFindings ? { initialFindings, initialView: "warnings" as const } : {}),
    theme: themeFromOffice(Office.context.officeTheme),
    // "Ask <first name>" spells the US way for en-US, the British way otherwise.
    displayLanguage: Office.context.displayLanguage,
    // Unsaved profile edits survive the pane closing, kept per mailbox (profile-drafts.ts).
    ...(owner ? { drafts: new ProfileDrafts(owner) } : {}),
  };
  const mounted = mountRapport(container, props);
  followTheme(mailbox, (theme) => {
    props = { ...props, theme };
    mounted.update(props);
  });
  followSendContext(mailbox, (findings, seq) => {
    props = { ...props, sendReview: { findings, seq } };
    mounted.update(props);
  });
}

/** Office's theme and the OS's forced colours can change while the pane is open. */
function followTheme(
  mailbox: MailboxLike,
  onTheme: (theme: ReturnType<typeof themeFromOffice>) => void,
): void {
  const refresh = (officeTheme?: Office.OfficeTheme) =>
    onTheme(themeFromOffice(officeTheme ?? Office.context.officeTheme));
  const add = mailbox.addHandlerAsync?.bind(mailbox);
  if (add) {
    // Through the Office call queue, like every async call; hosts without the event keep the
    // theme the pane opened with.
    officeCall<void>("follow the theme", (done) =>
      add(
        Office.EventType.OfficeThemeChanged,
        (event) => refresh((event as { officeTheme?: Office.OfficeTheme }).officeTheme),
        done,
      ),
    ).catch(() => undefined);
  }
  window.matchMedia?.("(forced-colors: active)").addEventListener?.("change", () => refresh());
}

function showStartupFailure(error: unknown): void {
  const container = document.getElementById("root");
  if (!container) return;
  // Text only: the message may carry details from the host.
  container.textContent = `Rapport could not start: ${error instanceof Error ? error.message : String(error)}`;
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    start().catch(showStartupFailure);
  });
}
