/**
 * Launch-event entry (classic Outlook loads this file alone in its JavaScript-only runtime; the
 * other clients load it from launchevent.html). The names must equal FunctionName in manifest.xml.
 * No Office.onReady here: it does not run in the JavaScript-only runtime.
 */
import { ItemNotifier } from "../office/notifications";
import type { NotificationMessagesLike } from "../office/office-types";
import { consoleLogger } from "./deps";
import type { SendEvent } from "./on-message-send";
import type { RecipientsChangedEvent } from "./on-recipients-changed";
import type * as Runtime from "./runtime";
import type { OfficeLike } from "./wiring";

/** Office's item types cover appointments too; Rapport's slices are structural (office-types.ts). */
const office = () => Office as unknown as OfficeLike;

export const RUNTIME_UNAVAILABLE = "this version of Outlook cannot run it; please update Outlook";

let runtime: typeof Runtime | undefined;

/** The checks load on the first event, not with this file, so a failure there stays catchable. */
function loadRuntime(): typeof Runtime {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load, see above
  runtime ??= require("./runtime") as typeof Runtime;
  return runtime;
}

/** Wiring or loading failed before a handler could guard the event: answer Outlook anyway. */
function answerWithoutChecking(error: unknown, complete: () => void): void {
  const name = (error as { name?: unknown } | null)?.name;
  const syntax = name === "SyntaxError"; // by name: the error may come from another realm
  consoleLogger.event(syntax ? "runtime-unavailable" : "wiring-failed", {
    error: typeof name === "string" ? name : "unknown",
  });
  if (syntax) {
    try {
      const item = office().context.mailbox.item as {
        notificationMessages?: NotificationMessagesLike;
      };
      new ItemNotifier(item?.notificationMessages)
        .showCouldNotCheck(RUNTIME_UNAVAILABLE)
        .catch(() => undefined);
    } catch {
      // No item to tell: the answer below still goes out.
    }
  }
  complete();
}

function onMessageRecipientsChangedHandler(event: RecipientsChangedEvent): void {
  try {
    const { handleRecipientsChanged, createOutlookDeps } = loadRuntime();
    void handleRecipientsChanged(event, createOutlookDeps(office()));
  } catch (error) {
    answerWithoutChecking(error, () => event.completed());
  }
}

function onMessageSendHandler(event: SendEvent): void {
  try {
    const { handleMessageSend, createOutlookDeps } = loadRuntime();
    void handleMessageSend(event, createOutlookDeps(office()));
  } catch (error) {
    answerWithoutChecking(error, () => event.completed({ allowEvent: true }));
  }
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
}
