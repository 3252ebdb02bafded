/**
 * ItemAdapter over Office.js: what the task pane uses in real Outlook. Reading goes through
 * read-item.ts (messages) and read-appointment.ts (invitations); a fix is applied to the current
 * field text (so an edit the author made meanwhile is detected, not overwritten) and written
 * back with setAsync.
 */
import type { Draft } from "../core/draft";
import type { Fix } from "../core/finding";
import { applyFixToHtml, applyFixToText, LOCATION_PLACE_FIX } from "../core/fixes";
import type { ApplyFixResult, ItemAdapter, ItemChange } from "./item-adapter";
import { OfficeCallError, officeCall } from "./office-call";
import {
  isAppointmentItem,
  isComposeItem,
  type ComposeItemLike,
  type LocationDetailsLike,
  type MailboxLike,
  type MailItemLike,
} from "./office-types";
import {
  isoTime,
  locationNames,
  readAppointmentAttendees,
  readAppointmentContent,
  readAppointmentDraft,
  readAppointmentReadDraft,
} from "./read-appointment";
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
/** Invitations being organised (Mailbox 1.8 and 1.7): each event carries the new values. */
export const ENHANCED_LOCATIONS_CHANGED = "olkEnhancedLocationsChanged";
export const APPOINTMENT_TIME_CHANGED = "olkAppointmentTimeChanged";

/** What a change event of `eventType` says changed, from its arguments. */
export function changeFromEvent(eventType: string, args: unknown): ItemChange | undefined {
  if (eventType === RECIPIENTS_CHANGED) return { kind: "recipients" };
  if (eventType === ENHANCED_LOCATIONS_CHANGED) {
    const details = (args as { enhancedLocations?: LocationDetailsLike[] } | null)
      ?.enhancedLocations;
    return { kind: "values", values: { locations: locationNames(details) } };
  }
  if (eventType === APPOINTMENT_TIME_CHANGED) {
    const times = args as { start?: Date; end?: Date } | null;
    return { kind: "values", values: { start: isoTime(times?.start), end: isoTime(times?.end) } };
  }
  return undefined;
}

/** `previous` with these values; a missing or empty one is taken off the draft. */
function withValues(previous: Draft, values: Partial<Draft>): Draft {
  const next: Draft = { ...previous, ...values };
  for (const key of Object.keys(values) as (keyof Draft)[]) {
    const value = next[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  }
  return next;
}

const HTML = "html" as Office.CoercionType;
const TEXT = "text" as Office.CoercionType;

export class OfficeItemAdapter implements ItemAdapter {
  readonly mode: "compose" | "read";
  private readonly listeners = new Set<(change?: ItemChange) => void>();
  /** What register() subscribed to, so unregister() removes exactly that. */
  private registered: { target: "item" | "mailbox"; eventTypes: string[] } | undefined;

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
    if (isAppointmentItem(item)) {
      return isComposeItem(item)
        ? readAppointmentDraft(item, this.mailbox)
        : readAppointmentReadDraft(item, this.mailbox);
    }
    return isComposeItem(item)
      ? readComposeDraft(item, this.mailbox)
      : readReadItemDraft(item, this.mailbox);
  }

  /**
   * Recipients and From change only with an event (RecipientsChanged), so between events the
   * pane re-reads just subject, body and attachments: three calls instead of seven. An
   * invitation's Location text has no event of its own (EnhancedLocationsChanged reports the
   * places Outlook lists, not what is typed), so it is read too: four calls instead of ten.
   */
  async readContent(previous: Draft): Promise<Draft> {
    const item = this.item;
    if (!isComposeItem(item)) return this.readDraft();
    if (isAppointmentItem(item)) return withValues(previous, await readAppointmentContent(item));
    return { ...previous, ...(await readComposeContent(item)) };
  }

  /**
   * After change events: an invitation's attendees are re-read alone (two calls) and the values
   * an event carried are taken as they are (no call); a message's recipients are read with the
   * whole draft, as before, since its From line may have changed with them.
   */
  async readChanges(previous: Draft, changes: readonly ItemChange[]): Promise<Draft> {
    const item = this.item;
    if (!isComposeItem(item)) return this.readDraft();
    let draft = previous;
    if (changes.some((change) => change.kind === "recipients")) {
      if (!isAppointmentItem(item)) return this.readDraft();
      draft = { ...draft, recipients: await readAppointmentAttendees(item) };
    }
    for (const change of changes) {
      if (change.kind === "values") draft = withValues(draft, change.values);
    }
    return draft;
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

  /**
   * An invitation's Location text; a message has none, and its body must never take the edit. A
   * fix past the typed text points at a room or place Outlook lists after it (locationText):
   * that is removed in Outlook, not rewritten as text.
   */
  private async fixLocation(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    const location = item.location;
    if (!location) return { ok: false, reason: "This item has no location to change." };
    const text = await officeCall<string>("read the location", (done) => location.getAsync(done));
    const edit = this.editors.applyToText(text ?? "", fix);
    if (!edit.ok && fix.start >= (text ?? "").length)
      return { ok: false, reason: LOCATION_PLACE_FIX };
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

  onChange(listener: (change?: ItemChange) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.register();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.unregister();
    };
  }

  private notify(change: ItemChange | undefined): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // One listener's failure must not stop the others.
      }
    }
  }

  /**
   * Compose: the item's recipients, and for an invitation its enhanced locations and times
   * (those events carry the new values); read: the mailbox's selected item (pinned pane).
   */
  private eventsToFollow(): { target: "item" | "mailbox"; eventTypes: string[] } {
    if (this.mode !== "compose") return { target: "mailbox", eventTypes: [ITEM_CHANGED] };
    const item = this.mailbox.item;
    return {
      target: "item",
      eventTypes:
        item && isAppointmentItem(item)
          ? [RECIPIENTS_CHANGED, ENHANCED_LOCATIONS_CHANGED, APPOINTMENT_TIME_CHANGED]
          : [RECIPIENTS_CHANGED],
    };
  }

  private target(which: "item" | "mailbox") {
    return which === "item"
      ? (this.mailbox.item as ComposeItemLike | null | undefined)
      : this.mailbox;
  }

  // Office removes every handler of an event type at once, hence one registration per type
  // shared by all listeners. Registering is an async Office call like any other: each takes a
  // slot in the queue.
  private register(): void {
    const follow = this.eventsToFollow();
    const target = this.target(follow.target);
    const add = target?.addHandlerAsync?.bind(target);
    if (!add) return;
    this.registered = follow;
    for (const eventType of follow.eventTypes) {
      const handler = (args: unknown) => this.notify(changeFromEvent(eventType, args));
      officeCall<void>("follow changes", (done) => add(eventType, handler, done)).catch(
        () => undefined, // without the event the pane still checks on open and on "Check again"
      );
    }
  }

  private unregister(): void {
    const follow = this.registered;
    this.registered = undefined;
    if (!follow) return;
    const target = this.target(follow.target);
    const remove = target?.removeHandlerAsync?.bind(target);
    if (!remove) return;
    for (const eventType of follow.eventTypes) {
      officeCall<void>("stop following changes", (done) => remove(eventType, done)).catch(
        () => undefined,
      );
    }
  }
}
