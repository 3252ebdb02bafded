/**
 * ItemAdapter over Office.js: what the task pane uses in real Outlook. Reading goes through
 * read-item.ts; a fix is applied to the current field text (so an edit the author made meanwhile
 * is detected, not overwritten) and written back with setAsync.
 */
import type { Draft } from "../core/draft";
import type { Fix } from "../core/finding";
import { applyFixToHtml, applyFixToText } from "../core/fixes";
import type { ApplyFixResult, ItemAdapter } from "./item-adapter";
import { OfficeCallError, officeCall } from "./office-call";
import {
  isComposeItem,
  type ComposeItemLike,
  type MailboxLike,
  type MailItemLike,
} from "./office-types";
import { readComposeContent, readComposeDraft, readReadItemDraft } from "./read-item";

/** The result of editing one field's content. */
export type FieldEdit = { ok: true; content: string } | { ok: false; reason: string };

/** How a fix edits HTML and plain text; core/fixes.ts by default, replaceable in tests. */
export interface FixEditors {
  applyToHtml(html: string, fix: Fix): FieldEdit;
  applyToText(text: string, fix: Fix): FieldEdit;
}

export const CORE_FIX_EDITORS: FixEditors = {
  applyToHtml: applyFixToHtml,
  applyToText: applyFixToText,
};

// Office.EventType values; literals so the adapter also runs against a stand-in Office.
export const RECIPIENTS_CHANGED = "olkRecipientsChanged";
export const ITEM_CHANGED = "olkItemSelectedChanged";

const HTML = "html" as Office.CoercionType;
const TEXT = "text" as Office.CoercionType;

export class OfficeItemAdapter implements ItemAdapter {
  readonly mode: "compose" | "read";
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly mailbox: MailboxLike,
    private readonly editors: FixEditors = CORE_FIX_EDITORS,
  ) {
    const item = mailbox.item;
    if (!item) throw new Error("No mail item is open.");
    this.mode = isComposeItem(item) ? "compose" : "read";
  }

  private get item(): MailItemLike {
    const item = this.mailbox.item;
    if (!item) throw new OfficeCallError("read the message", "no item is open");
    return item;
  }

  readDraft() {
    const item = this.item;
    return isComposeItem(item)
      ? readComposeDraft(item, this.mailbox)
      : readReadItemDraft(item, this.mailbox);
  }

  /**
   * Recipients and From change only with an event (RecipientsChanged), so between events the
   * pane re-reads just subject, body and attachments: three calls instead of seven.
   */
  async readContent(previous: Draft): Promise<Draft> {
    const item = this.item;
    if (!isComposeItem(item)) return this.readDraft();
    return { ...previous, ...(await readComposeContent(item)) };
  }

  async applyFix(fix: Fix): Promise<ApplyFixResult> {
    const item = this.item;
    if (!isComposeItem(item)) return { ok: false, reason: "This message is read-only." };
    try {
      if (fix.field === "subject") return await this.fixSubject(item, fix);
      if (fix.field === "location") return await this.fixLocation(item, fix);
      return await this.fixBody(item, fix);
    } catch (error) {
      const reason =
        error instanceof OfficeCallError
          ? `Outlook could not change the message (${error.officeName ?? "error"}). Edit it by hand.`
          : "The change could not be applied. Edit the message by hand.";
      return { ok: false, reason };
    }
  }

  private async fixSubject(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    const subject = await officeCall<string>("read the subject", (done) =>
      item.subject.getAsync(done),
    );
    const edit = this.editors.applyToText(subject ?? "", fix);
    if (!edit.ok) return edit;
    await officeCall<void>("change the subject", (done) =>
      item.subject.setAsync(edit.content, done),
    );
    return { ok: true };
  }

  /** An invitation's Location text; a message has none, and its body must never take the edit. */
  private async fixLocation(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    const location = item.location;
    if (!location) return { ok: false, reason: "This item has no location to change." };
    const text = await officeCall<string>("read the location", (done) => location.getAsync(done));
    const edit = this.editors.applyToText(text ?? "", fix);
    if (!edit.ok) return edit;
    await officeCall<void>("change the location", (done) => location.setAsync(edit.content, done));
    return { ok: true };
  }

  private async fixBody(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    const getType = item.body.getTypeAsync?.bind(item.body);
    const format = getType
      ? String(await officeCall<string>("read the body format", (done) => getType(done)))
      : "html";
    const coercion = format === "text" ? TEXT : HTML;
    const content = await officeCall<string>("read the message body", (done) =>
      item.body.getAsync(coercion, done),
    );
    const edit =
      coercion === TEXT
        ? this.editors.applyToText(content ?? "", fix)
        : this.editors.applyToHtml(content ?? "", fix);
    if (!edit.ok) return edit;
    await officeCall<void>("change the message body", (done) =>
      item.body.setAsync(edit.content, { coercionType: coercion }, done),
    );
    return { ok: true };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.register();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.unregister();
    };
  }

  private readonly notify = () => {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One listener's failure must not stop the others.
      }
    }
  };

  // Office removes every handler of an event type at once, hence one registration shared by all
  // listeners. Compose: the item's recipients; read: the mailbox's selected item (pinned pane).
  // Registering is an async Office call like any other: it takes a slot in the queue.
  private register(): void {
    const target = this.mode === "compose" ? (this.item as ComposeItemLike) : this.mailbox;
    const eventType = this.mode === "compose" ? RECIPIENTS_CHANGED : ITEM_CHANGED;
    const add = target.addHandlerAsync?.bind(target);
    if (!add) return;
    officeCall<void>("follow changes", (done) => add(eventType, this.notify, done)).catch(
      () => undefined, // without the event the pane still checks on open and on "Check again"
    );
  }

  private unregister(): void {
    const target =
      this.mode === "compose"
        ? (this.mailbox.item as ComposeItemLike | null | undefined)
        : this.mailbox;
    const eventType = this.mode === "compose" ? RECIPIENTS_CHANGED : ITEM_CHANGED;
    const remove = target?.removeHandlerAsync?.bind(target);
    if (!remove) return;
    officeCall<void>("stop following changes", (done) => remove(eventType, done)).catch(
      () => undefined,
    );
  }
}
