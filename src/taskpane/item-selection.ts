/**
 * A pinned task pane can be open with no message selected (Outlook keeps it across selections).
 * It waits for the mailbox's ItemChanged event and starts once an item is there, instead of
 * saying "select a message" for good.
 */
import { officeCall } from "../office/office-call";
import { ITEM_CHANGED } from "../office/office-item-adapter";
import type { MailboxLike } from "../office/office-types";

/**
 * Calls `onItem` once, when the mailbox has an item: at once if it has one now, else after the
 * ItemChanged event that brings one. The handler is removed before `onItem` runs, so the pane's
 * own adapter can register its own (Office removes every handler of a type at once).
 */
export function whenItemSelected(mailbox: MailboxLike, onItem: () => void): void {
  if (mailbox.item) {
    onItem();
    return;
  }
  const add = mailbox.addHandlerAsync?.bind(mailbox);
  if (!add) return; // a host without the event: the pane reopens with the next selection
  let done = false;
  const handler = () => {
    if (done || !mailbox.item) return;
    done = true;
    const remove = mailbox.removeHandlerAsync?.bind(mailbox);
    const removed = remove
      ? officeCall<void>("stop waiting for a message", (callback) => remove(ITEM_CHANGED, callback))
      : Promise.resolve();
    // Start whatever the removal's outcome; the queue runs the pane's calls after it.
    void removed.catch(() => undefined);
    onItem();
  };
  officeCall<void>("wait for a message", (callback) => add(ITEM_CHANGED, handler, callback)).catch(
    () => undefined,
  );
}
