/**
 * Playground entry: install the stand-in Office object, load the real launch-event handlers
 * (they register themselves with Office.actions.associate), then draw the compose window beside
 * the real task pane.
 */
import { composeModel, officeStandin } from "./install-standin";
import "../launchevent/index";
import { createRoot } from "react-dom/client";
import { applyFixToHtml, applyFixToText } from "../core/fixes";
import { ignoreStoreFor } from "../office/ignored-findings";
import { OfficeItemAdapter } from "../office/office-item-adapter";
import type { ComposeItemLike, MailboxLike } from "../office/office-types";
import { RapportApp } from "../taskpane/App";
import { FileProfileSource, parseProfileFile } from "../profiles/file-source";
import { CachedPolicySource } from "../office/policy-source";
import { defaultStore } from "../office/storage";
import type { Policy } from "../core/policy";
import sampleProfiles from "../../assets/sample-profiles.json";
import { PlaygroundApp, paneWidthFromQuery } from "./PlaygroundApp";
import { smartAlertsStyleFromQuery } from "./send-flow";

const parsed = parseProfileFile(JSON.stringify(sampleProfiles), "sample-profiles.json");
if (parsed.errors.length > 0) {
  console.warn(`Rapport playground: ${parsed.errors.length} sample profile(s) skipped.`);
}
const profiles = new FileProfileSource(parsed.profiles);
// The same adapter Outlook's task pane uses, over the stand-in's mailbox.
const mailbox = (officeStandin.Office.context as { mailbox: MailboxLike }).mailbox;
const adapter = new OfficeItemAdapter(mailbox, {
  applyToHtml: applyFixToHtml,
  applyToText: applyFixToText,
});

// The draft's "Ignore for this message" lives in the item's sessionData, as in Outlook, where the
// send handler reads it too.
const ignores = ignoreStoreFor((mailbox.item as ComposeItemLike).sessionData);

const container = document.getElementById("root");
if (!container) throw new Error('playground.html needs an element with id="root".');
const root = createRoot(container);

function render(policy: Policy | undefined): void {
  root.render(
    <PlaygroundApp
      model={composeModel}
      standin={officeStandin}
      smartAlertsStyle={smartAlertsStyleFromQuery(window.location.search)}
      paneWidth={paneWidthFromQuery(window.location.search)}
      renderTaskPane={(request) => (
        <RapportApp
          key={request.key}
          adapter={adapter}
          profiles={profiles}
          policy={policy}
          initialView={request.initialView}
          initialFindings={request.initialFindings}
          ignores={ignores}
        />
      )}
    />,
  );
}

// The pane follows the firm's policy.json beside the page, as the send handler does; the page
// is drawn at once and again when the policy is in (getPolicy falls back, never throws).
render(undefined);
new CachedPolicySource({
  url: new URL("policy.json", document.baseURI).href,
  store: defaultStore(),
})
  .getPolicy()
  .then(render, () => undefined);
