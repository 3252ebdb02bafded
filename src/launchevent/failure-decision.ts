/**
 * What Outlook is told when a message could not be checked at all (ARCHITECTURE §5, revised by
 * issue 11: no silent skip). Microsoft's guidance (docs/outlook.md, "When a message cannot be
 * checked"): a SoftBlock add-in that fails lets the item go; a Smart Alerts answer can instead
 * stop it with Send Anyway / Don't Send (`sendModeOverride: promptUser`, Mailbox 1.14). So:
 *
 *  - Mailbox 1.14 and the firm's policy does not say `onCheckFailure: "send"`: stop with
 *    "Rapport could not check this message: <reason>" and let the author decide;
 *  - otherwise (older clients, or the policy): let the message go; the caller records why, and
 *    the task pane and the next compose tell the author.
 *
 * Kept free of the checks so the launch-event entry can use it when nothing else loaded.
 */
import type { CheckFailureAction } from "../core/policy";
import { clip, type ItemNoun } from "../office/notifications";

/** Smart Alerts' limit for errorMessage. */
const MAX_ERROR_MESSAGE = 500;
const PROMPT_USER = "promptUser"; // Office.MailboxEnums.SendModeOverride.PromptUser

export interface FailureContext {
  /** Whether this Outlook has the Mailbox requirement set (1.14: sendModeOverride). */
  supports(mailboxVersion: "1.14" | "1.15"): boolean;
  /** The firm's choice (policy.json `onCheckFailure`); "prompt" when unknown. */
  onCheckFailure?: CheckFailureAction;
  /** What is being sent (OnMessageSend or OnAppointmentSend); a message when absent. */
  item?: ItemNoun;
}

export function couldNotCheckDialogText(reason: string, item: ItemNoun = "message"): string {
  return clip(`Rapport could not check this ${item}: ${reason}`, MAX_ERROR_MESSAGE);
}

/** True when this failure is put to the author now, as a Send anyway / Don't send prompt. */
export function promptsOnFailure(context: FailureContext): boolean {
  if (context.onCheckFailure === "send") return false;
  try {
    return context.supports("1.14");
  } catch {
    return false;
  }
}

/** The one answer for a message that could not be checked. */
export function couldNotCheckAnswer(
  reason: string,
  context: FailureContext,
): Office.SmartAlertsEventCompletedOptions {
  if (!promptsOnFailure(context)) return { allowEvent: true };
  return {
    allowEvent: false,
    errorMessage: couldNotCheckDialogText(reason, context.item),
    sendModeOverride: PROMPT_USER,
  };
}
