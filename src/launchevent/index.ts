/**
 * Launch-event entry (classic Outlook loads this file alone in its JavaScript-only runtime; the
 * other clients load it from launchevent.html). The names must equal FunctionName in manifest.xml.
 * No Office.onReady here: it does not run in the JavaScript-only runtime. Messages and meeting
 * invitations share the handlers: OnAppointmentSend runs the send flow of OnMessageSend, and
 * OnAppointmentAttendeesChanged the prefetch of OnMessageRecipientsChanged (wiring.ts reads the
 * item as the one Draft model).
 */
import { mailboxOwner, recordCheckFailure } from "../office/check-failures";
import { ItemNotifier } from "../office/notifications";
import type { ItemNoun } from "../office/notifications";
import type { NotificationMessagesLike } from "../office/office-types";
import { defaultStore } from "../office/storage";
import { consoleLogger } from "./deps";
import { couldNotCheckAnswer } from "./failure-decision";
import type { SendEvent } from "./on-message-send";
import type { RecipientsChangedEvent } from "./on-recipients-changed";
import type * as Runtime from "./runtime";
import type { OfficeLike } from "./wiring";

/** Office's item types cover appointments too; Rapport's slices are structural (office-types.ts). */
const office = () => Office as unknown as OfficeLike;

export const RUNTIME_UNAVAILABLE = "this version of Outlook cannot run it; please update Outlook";
export const WIRING_FAILED = "the add-in failed to start; please tell your IT team";

let runtime: typeof Runtime | undefined;

/** The checks load on the first event, not with this file, so a failure there stays catchable. */
function loadRuntime(): typeof Runtime {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load, see above
  runtime ??= require("./runtime") as typeof Runtime;
  return runtime;
}

/** Why wiring failed, for the author and for the log (never the error's message). */
function wiringFailure(error: unknown): { text: string; code: string } {
  const name = (error as { name?: unknown } | null)?.name;
  // By name: the error may come from another realm.
  if (name === "SyntaxError") return { text: RUNTIME_UNAVAILABLE, code: "runtime-unavailable" };
  return {
    text: WIRING_FAILED,
    code: `wiring-failed:${typeof name === "string" ? name : "unknown"}`,
  };
}

/** Each step on its own: whatever else is broken, the answer to Outlook still goes out. */
function attempt(step: () => unknown): void {
  try {
    const result = step();
    if (result && typeof (result as Promise<unknown>).catch === "function")
      (result as Promise<unknown>).catch(() => undefined);
  } catch {
    // Nothing to do: see above.
  }
}

/** "invitation" for an appointment, else "message"; never throws (wiring may be broken). */
function itemNoun(): ItemNoun {
  try {
    const item = office().context.mailbox.item as { itemType?: unknown } | null | undefined;
    return String(item?.itemType) === "appointment" ? "invitation" : "message";
  } catch {
    return "message";
  }
}

function tellOnItem(text: string): void {
  attempt(() => {
    const item = office().context.mailbox.item as {
      notificationMessages?: NotificationMessagesLike;
    };
    return new ItemNotifier(item?.notificationMessages, itemNoun()).showCouldNotCheck(text);
  });
}

function supportsMailbox(version: string): boolean {
  try {
    return office().context.requirements?.isSetSupported("Mailbox", version) ?? false;
  } catch {
    return false;
  }
}

/**
 * Wiring or loading failed before the send handler could guard the event. The policy could not
 * be read, so its default applies: Smart Alerts' Send anyway / Don't send prompt where Outlook
 * has it (Mailbox 1.14), else the message goes and the next compose and the pane say why.
 */
function answerSendWithoutChecking(error: unknown, event: SendEvent): void {
  const failure = wiringFailure(error);
  const answer = couldNotCheckAnswer(failure.text, { supports: supportsMailbox, item: itemNoun() });
  const told = answer.allowEvent === false;
  consoleLogger.event("send-check-failed", { reason: failure.code, prompted: told });
  if (told) tellOnItem(failure.text);
  attempt(() =>
    recordCheckFailure(defaultStore(), mailboxOwner(office().context.mailbox), {
      at: new Date().toISOString(),
      reason: failure.code,
      text: failure.text,
      told,
      item: itemNoun(),
    }),
  );
  attempt(() => event.completed(answer));
}

function answerRecipientsWithoutChecking(error: unknown, event: RecipientsChangedEvent): void {
  const failure = wiringFailure(error);
  consoleLogger.event("profile-prefetch-failed", { reason: failure.code });
  tellOnItem(failure.text); // the author is still writing: the bar says so now
  attempt(() => event.completed());
}

/** OnMessageRecipientsChanged and OnAppointmentAttendeesChanged. */
function onRecipientsChangedHandler(event: RecipientsChangedEvent): void {
  try {
    const { handleRecipientsChanged, createOutlookDeps } = loadRuntime();
    void handleRecipientsChanged(event, createOutlookDeps(office()));
  } catch (error) {
    answerRecipientsWithoutChecking(error, event);
  }
}

/** OnMessageSend and OnAppointmentSend. */
function onSendHandler(event: SendEvent): void {
  try {
    const { handleMessageSend, createOutlookDeps } = loadRuntime();
    void handleMessageSend(event, createOutlookDeps(office()));
  } catch (error) {
    answerSendWithoutChecking(error, event);
  }
}

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("onMessageRecipientsChangedHandler", onRecipientsChangedHandler);
  Office.actions.associate("onMessageSendHandler", onSendHandler);
  Office.actions.associate("onAppointmentAttendeesChangedHandler", onRecipientsChangedHandler);
  Office.actions.associate("onAppointmentSendHandler", onSendHandler);
}
