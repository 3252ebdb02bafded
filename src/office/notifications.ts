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

/** What the next compose and the pane say about an earlier item (check-failures.ts). */
export interface PreviousItem {
  /** Rapport's reason code: the headline depends on it (check-failures.ts recordKind). */
  reason: string;
  /** What happened, worded for after the send. */
  text: string;
  item?: ItemNoun;
  subject?: string;
}

/** The headline's verb phrase, before "your invitation sent 5 minutes ago". */
function previousHeadline(reason: string): string {
  if (reason.indexOf("saved-copy:") === 0) return "About";
  if (reason.indexOf("unchecked:") === 0) return "Rapport did not check everyone on";
  if (reason === "partial") return "Rapport only partly checked";
  return "Rapport could not check";
}

/**
 * For the next compose, after the send (audit 50i-2): which item (kind, when, the subject when
 * kept) and what happened, within Office's 150 characters. The essential words come first and
 * are never cut: Rapport, what it did not do, the kind and when. The subject goes before the
 * reason is cut; the reason is cut last, at its end.
 * "Rapport did not check everyone on your invitation sent 5 minutes ago (“Falcon kick-off”): it
 * could not see who is in “Microsoft deal team”."
 */
export function previousItemNotice(previous: PreviousItem, sentAgo: string): string {
  const item = previous.item ?? "message";
  const head = `${previousHeadline(previous.reason)} your ${item} sent ${sentAgo}`;
  const text = previous.text.replace(/\.$/, "");
  const reason = `${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
  const subject = previous.subject ? ` (\u201c${previous.subject}\u201d)` : "";
  for (const candidate of [`${head}${subject}: ${reason}`, `${head}: ${reason}`])
    if (candidate.length <= MAX_NOTIFICATION_LENGTH) return candidate;
  return clip(`${head}: ${reason}`, MAX_NOTIFICATION_LENGTH);
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
