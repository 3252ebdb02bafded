/**
 * The bar above the message: Rapport tells the author when it could not check a message.
 * Office limits a notification to 150 characters; one key, so a newer notice replaces the old.
 */
import { officeCall } from "./office-call";
import type { NotificationMessagesLike } from "./office-types";

export const NOTIFICATION_KEY = "rapport-status";
const MAX_NOTIFICATION_LENGTH = 150;

export function couldNotCheckMessage(reason: string): string {
  return clip(`Rapport could not check this message: ${reason}`, MAX_NOTIFICATION_LENGTH);
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export class ItemNotifier {
  constructor(private readonly messages: NotificationMessagesLike | undefined) {}

  /** Show (or replace) the "could not check" notice. */
  showCouldNotCheck(reason: string): Promise<void> {
    return this.show(couldNotCheckMessage(reason));
  }

  show(message: string): Promise<void> {
    const messages = this.messages;
    if (!messages) return Promise.resolve();
    return officeCall<void>("show a notification", (done) =>
      messages.replaceAsync(
        NOTIFICATION_KEY,
        {
          // "errorMessage" needs no icon resource, and the literal works without the Office enum.
          type: "errorMessage",
          message: clip(message, MAX_NOTIFICATION_LENGTH),
        },
        done,
      ),
    );
  }

  /** Remove Rapport's notice, if any; Office fails when there is none, which is fine. */
  clear(): Promise<void> {
    const messages = this.messages;
    if (!messages) return Promise.resolve();
    return officeCall<void>("remove a notification", (done) =>
      messages.removeAsync(NOTIFICATION_KEY, done),
    ).catch(() => undefined);
  }
}
