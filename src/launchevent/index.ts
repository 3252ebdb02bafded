/**
 * Launch-event entry (classic Outlook loads this file alone in its JavaScript-only runtime; the
 * other clients load it from launchevent.html). The names must equal FunctionName in manifest.xml.
 * No Office.onReady here: it does not run in the JavaScript-only runtime.
 */
import { consoleLogger } from "./deps";
import { handleMessageSend, type SendEvent } from "./on-message-send";
import { handleRecipientsChanged, type RecipientsChangedEvent } from "./on-recipients-changed";
import { createOutlookDeps, type OfficeLike } from "./wiring";

/** Office's item types cover appointments too; Rapport's slices are structural (office-types.ts). */
const office = () => Office as unknown as OfficeLike;

function onMessageRecipientsChangedHandler(event: RecipientsChangedEvent): void {
  try {
    void handleRecipientsChanged(event, createOutlookDeps(office()));
  } catch (error) {
    // Wiring failed before a handler could guard the event: answer Outlook anyway.
    consoleLogger.event("wiring-failed", {
      error: error instanceof Error ? error.name : "unknown",
    });
    event.completed();
  }
}

function onMessageSendHandler(event: SendEvent): void {
  try {
    void handleMessageSend(event, createOutlookDeps(office()));
  } catch (error) {
    consoleLogger.event("wiring-failed", {
      error: error instanceof Error ? error.name : "unknown",
    });
    event.completed({ allowEvent: true });
  }
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
}
