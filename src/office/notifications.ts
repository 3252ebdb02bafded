/**
 * The bar above the message: Rapport tells the author when it could not check a message, when
 * it checked against saved profiles, and (in the next compose) when an earlier message went
 * unchecked. Office limits a notification to 150 characters; one key per kind, so a newer
 * notice replaces the old one of its kind.
 */
import { officeCall } from "./office-call";
import type { NotificationMessagesLike } from "./office-types";

export const NOTIFICATION_KEY = "rapport-status";
export const NOTE_KEY = "rapport-note";
export const PREVIOUS_KEY = "rapport-previous";
export const MAX_NOTIFICATION_LENGTH = 150;

/** What is being sent, as the author's notices name it. */
export type ItemNoun = "message" | "invitation";

export function couldNotCheckMessage(reason: string, item: ItemNoun = "message"): string {
  return clip(`Rapport could not check this ${item}: ${reason}`, MAX_NOTIFICATION_LENGTH);
}

/** For the next compose: "Rapport could not check the message you sent 5 minutes ago: …". */
export function previousMessageNotice(sentAgo: string, reason: string): string {
  return clip(
    `Rapport could not check the message you sent ${sentAgo}: ${reason}`,
    MAX_NOTIFICATION_LENGTH,
  );
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export class ItemNotifier {
  constructor(
    private readonly messages: NotificationMessagesLike | undefined,
    private readonly item: ItemNoun = "message",
  ) {}

  /** Show (or replace) the "could not check" notice. */
  showCouldNotCheck(reason: string): Promise<void> {
    return this.show(couldNotCheckMessage(reason, this.item));
  }

  /** A note about this check (e.g. it used saved profiles); beside, not instead of, the status. */
  showNote(message: string): Promise<void> {
    return this.show(message, NOTE_KEY);
  }

  /** An earlier message went unchecked and its author was not told then. */
  showPrevious(message: string): Promise<void> {
    return this.show(message, PREVIOUS_KEY);
  }

  show(message: string, key: string = NOTIFICATION_KEY): Promise<void> {
    const messages = this.messages;
    if (!messages) return Promise.resolve();
    return officeCall<void>("show a notification", (done) =>
      messages.replaceAsync(
        key,
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
