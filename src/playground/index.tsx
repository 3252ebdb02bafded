/**
 * Playground entry: install the stand-in Office object, load the real launch-event handlers
 * (they register themselves with Office.actions.associate), then draw the compose window beside
 * the real task pane.
 */
import { composeModel, officeStandin, profileListDown } from "./install-standin";
import "../launchevent/index";
import { createRoot } from "react-dom/client";
import { applyFixToHtml, applyFixToText } from "../core/fixes";
import { ignoreStoreFor, type IgnoreStore } from "../office/ignored-findings";
import { OfficeItemAdapter } from "../office/office-item-adapter";
import { isComposeItem, type MailboxLike } from "../office/office-types";
import { RapportApp } from "../taskpane/App";
import { FileProfileSource, parseProfileFile } from "../profiles/file-source";
import { ProfileSourceError, type ProfileSource } from "../profiles/source";
import { dismissCheckFailure, mailboxOwner, untoldForPane } from "../office/check-failures";
import { CachedPolicySource } from "../office/policy-source";
import { defaultStore } from "../office/storage";
import type { Policy } from "../core/policy";
import sampleProfiles from "../../assets/sample-profiles.json";
import { PlaygroundApp, paneWidthFromQuery, type PlaygroundSettings } from "./PlaygroundApp";

const parsed = parseProfileFile(JSON.stringify(sampleProfiles), "sample-profiles.json");
if (parsed.errors.length > 0) {
  console.warn(`Rapport playground: ${parsed.errors.length} sample profile(s) skipped.`);
}
const outage: ProfileSource = {
  lookup: () =>
    Promise.reject(
      new ProfileSourceError("network", "The client profile list cannot be reached (simulated)."),
    ),
};
const profiles = profileListDown ? outage : new FileProfileSource(parsed.profiles);
// The store the launch events use on this client (OfficeRuntime.storage or localStorage).
const store = defaultStore();
const previousCheck = {
  load: () => untoldForPane(store, mailboxOwner(mailbox), new Date()),
  dismiss: (at: string) => dismissCheckFailure(store, mailboxOwner(mailbox), at),
};

/** `?pane=320`: the task pane at one of Outlook's widths (kept when the settings change). */
const paneWidth = paneWidthFromQuery(window.location.search);

/** A new client or outage setting reloads the page, as switching Outlook would. */
function changeSettings(settings: PlaygroundSettings): void {
  const query = new URLSearchParams({ client: settings.client });
  if (settings.profileListDown) query.set("profiles", "down");
  if (paneWidth) query.set("pane", String(paneWidth));
  window.location.search = query.toString();
}
// The same adapter Outlook's task pane uses, over the stand-in's mailbox. Outlook loads the pane
// afresh for each item, and the adapter's mode (compose or read) is the item's: one per pane.
const mailbox = (officeStandin.Office.context as { mailbox: MailboxLike }).mailbox;
interface PaneItem {
  key: number;
  adapter: OfficeItemAdapter;
  /**
   * The draft's "Ignore for this message" lives in the item's sessionData, as in Outlook, where
   * the send handler reads it too; a received message has none.
   */
  ignores?: IgnoreStore;
}
let paneItem: PaneItem | undefined;
function paneItemFor(key: number): PaneItem {
  if (paneItem?.key === key) return paneItem;
  const item = mailbox.item;
  paneItem = {
    key,
    adapter: new OfficeItemAdapter(mailbox, {
      applyToHtml: applyFixToHtml,
      applyToText: applyFixToText,
    }),
    ...(item && isComposeItem(item) ? { ignores: ignoreStoreFor(item.sessionData) } : {}),
  };
  return paneItem;
}
const displayLanguage = (officeStandin.Office.context as { displayLanguage?: string })
  .displayLanguage;

const container = document.getElementById("root");
if (!container) throw new Error('playground.html needs an element with id="root".');
const root = createRoot(container);

function render(policy: Policy | undefined): void {
  root.render(
    <PlaygroundApp
      model={composeModel}
      standin={officeStandin}
      profileListDown={profileListDown}
      onSettingsChange={changeSettings}
      paneWidth={paneWidth}
      renderTaskPane={(request) => {
        const { adapter, ignores } = paneItemFor(request.key);
        return (
          <RapportApp
            key={request.key}
            adapter={adapter}
            profiles={profiles}
            policy={policy}
            initialView={request.initialView}
            initialFindings={request.initialFindings}
            {...(request.sendReview ? { sendReview: request.sendReview } : {})}
            previousCheck={previousCheck}
            {...(ignores ? { ignores } : {})}
            {...(displayLanguage ? { displayLanguage } : {})}
          />
        );
      }}
    />,
  );
}

// The pane follows the firm's policy.json beside the page, as the send handler does; the page
// is drawn at once and again when the policy is in (getPolicy falls back, never throws).
render(undefined);
new CachedPolicySource({
  url: new URL("policy.json", document.baseURI).href,
  store,
})
  .getPolicy()
  .then(render, () => undefined);

// For the browser tests: how many Office calls ran at once, and whether the client refused any.
(window as { rapportPlayground?: unknown }).rapportPlayground = {
  callStats: () => officeStandin.callStats(),
};
