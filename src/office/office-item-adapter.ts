/**
 * ItemAdapter over Office.js: what the task pane uses in real Outlook. Reading goes through
 * read-item.ts (messages) and read-appointment.ts (invitations); a fix is applied to the current
 * field text (so an edit the author made meanwhile is detected, not overwritten) and written
 * back with setAsync, but only where that write cannot lose part of the message (fix-route.ts):
 * a body with pictures gets a guided edit instead, the author's selection replaced with
 * setSelectedDataAsync. After a write the field is read back, so Undo can tell whether anything
 * was typed since.
 */
import type { Draft } from "../core/draft";
import type { Fix, TextField } from "../core/finding";
import type { ClientMessage } from "../core/listen/types";
import {
  LOCATION_PLACE_FIX,
  LOCATION_ROOMS_UNKNOWN,
  locationRoomFix,
  locationRoomUndo,
} from "../core/fix-reasons";
import {
  ATTACHMENTS_UNKNOWN_REASON,
  hasEmbeddedContent,
  INLINE_REASON,
  PICTURES_REASON,
} from "./fix-route";
import { insertTextAtCursor } from "./insert-text";
import { changeByHand, undoByHand } from "./by-hand";
import {
  NoItemSelectedError,
  type ApplyFixResult,
  type FixUndo,
  type ItemAdapter,
  type ItemChange,
} from "./item-adapter";
import { OfficeCallError, officeCall } from "./office-call";
import {
  isAppointmentItem,
  isComposeItem,
  type AttachmentLike,
  type ComposeItemLike,
  type LocationDetailsLike,
  type MailboxLike,
  type MailItemLike,
  type SelectedDataLike,
} from "./office-types";
import {
  isoTime,
  locationNames,
  readAppointmentAttendees,
  readAppointmentContent,
  readAppointmentDraft,
  readAppointmentReadDraft,
  readLocationDetails,
} from "./read-appointment";
import {
  readClientMessage,
  readComposeContent,
  readComposeDraft,
  readReadItemDraft,
} from "./read-item";

/**
 * Whether the invitation lists a booked room (an enhanced location of type "room", or with the
 * room's address: typed places have none), or cannot say: its Location is then never written
 * back as text (audit 47i). A client without enhanced locations (before Mailbox 1.8) lists none,
 * as before. Teams' own entry is a typed place: rewriting it books or unbooks nothing.
 */
async function roomsListed(item: ComposeItemLike): Promise<"room" | "none" | "unknown"> {
  if (!item.enhancedLocation) return "none";
  try {
    const details = await readLocationDetails(item.enhancedLocation);
    const room = (details ?? []).some(
      (detail) =>
        (detail.locationIdentifier?.type ?? "").toLowerCase() === "room" || !!detail.emailAddress,
    );
    return room ? "room" : "none";
  } catch {
    return "unknown";
  }
}

/**
 * Whether the item has an inline attachment (Office.js's `isInline`: a picture or shape in the
 * body), has none, or cannot say (the call failed, or this Outlook cannot list attachments).
 */
async function inlineAttachments(item: ComposeItemLike): Promise<"inline" | "none" | "unknown"> {
  const getAttachments = item.getAttachmentsAsync?.bind(item);
  if (!getAttachments) return "unknown";
  try {
    const attachments = await officeCall<AttachmentLike[]>("read the attachments", (done) =>
      getAttachments(done),
    );
    return (attachments ?? []).some((attachment) => attachment.isInline) ? "inline" : "none";
  } catch {
    return "unknown";
  }
}

function undoInlineReason(inline: "inline" | "unknown", undo: FixUndo): string {
  return `${inline === "inline" ? INLINE_REASON : ATTACHMENTS_UNKNOWN_REASON} ${undoByHand(undo)}`;
}

/**
 * The body-text checks (body-text.ts), with core/fixes.ts in the pane's "fixes" chunk: loaded
 * before a body is first read, like the edit code, so no download falls between read and write.
 */
const loadBodyText = () => import(/* webpackChunkName: "fixes" */ "./body-text");

/**
 * The most `body.setAsync` takes: "The string is limited to 1,000,000 characters" (Office.Body
 * reference); past it Outlook throws at the call (office-js #6263) instead of answering.
 */
export const BODY_WRITE_LIMIT = 1_000_000;

/** Said when a body is too large for Outlook to let an add-in write it: with its size. */
export function bodyTooLarge(length: number): string {
  return `This message is too large for Outlook to let an add-in rewrite it (${length.toLocaleString("en-GB")} characters; Outlook takes at most ${BODY_WRITE_LIMIT.toLocaleString("en-GB")}), so Rapport changed nothing.`;
}

class BodyTooLargeError extends Error {
  constructor(readonly length: number) {
    super(bodyTooLarge(length));
  }
}

/** The result of editing one field's content. */
export type FieldEdit = { ok: true; content: string } | { ok: false; reason: string };

/**
 * How a fix edits HTML and plain text; core/fixes.ts by default, replaceable in tests. Either may
 * answer later: the task pane fetches core/fixes.ts the first time a fix is applied. `ready`
 * (when given) resolves once the edit code is loaded: the adapter waits for it before it reads
 * the field, so no download falls between the read and the write (audit 48b, finding 1).
 */
export interface FixEditors {
  applyToHtml(html: string, fix: Fix): FieldEdit | Promise<FieldEdit>;
  applyToText(text: string, fix: Fix): FieldEdit | Promise<FieldEdit>;
  ready?(): Promise<unknown>;
}

/** core/fixes.ts, imported when first used: in a web build, a chunk of its own. */
export const CORE_FIX_EDITORS: FixEditors = {
  ready: () => import("../core/fixes"),
  applyToHtml: async (html, fix) => (await import("../core/fixes")).applyFixToHtml(html, fix),
  applyToText: async (text, fix) => (await import("../core/fixes")).applyFixToText(text, fix),
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
  if (eventType === ITEM_CHANGED) return { kind: "item" };
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
/** A read-back that still shows the body as it was is read again this often, this far apart. */
const READ_BACK_RETRIES = 3;
const READ_BACK_WAIT_MS = 200;
const TEXT = "text" as Office.CoercionType;

class NoLocationError extends Error {
  constructor() {
    super("This item has no location to change.");
  }
}

/**
 * The body read again just before the write differs from the one the edit was computed on: the
 * author typed meanwhile, and writing would erase it (Office.js has no compare-and-set).
 */
export const CHANGED_WHILE_FIXING =
  "The message changed while Rapport was fixing it, so Rapport changed nothing: press the fix again.";

/**
 * Undo refused because the author edited since: what to change back by hand, never "Use Undo in
 * Outlook" (office-js #1781: undoing a setAsync change empties the body on Mac, does nothing on
 * classic Windows).
 */
export function undoTooLate(undo: FixUndo): string {
  return `The message has changed since the fix, so Rapport will not undo it. ${undoByHand(undo)}`;
}

/**
 * What Outlook read back after a body write says something other than what was written (office-js
 * #6944: part of the body dropped), so the body as it was before has been written back.
 */
export function writeNotKept(restored: boolean, byHand: string): string {
  return restored
    ? `Outlook did not keep the whole message when Rapport wrote the change (it read back differently), so Rapport put the message back as it was. ${byHand}`
    : `Outlook did not keep the whole message when Rapport wrote the change, and putting it back did not hold either: check the message before sending, part of it may be missing. ${byHand}`;
}

/** Text as the author selects it: white space (line breaks included) as single spaces, trimmed. */
function sameText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

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
    if (!item) throw new NoItemSelectedError();
    return item;
  }

  // async: with no item selected, a rejection (NoItemSelectedError), never a throw at the call.
  async readDraft(): Promise<Draft> {
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

  /** A received message (not an invitation, not a draft), for listening. */
  async readMessage(): Promise<ClientMessage> {
    const item = this.item;
    if (isComposeItem(item) || isAppointmentItem(item))
      throw new Error("Only a received message can be listened to.");
    return readClientMessage(item);
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
    return this.editing((item) =>
      fix.field === "body" ? this.fixBody(item, fix) : this.fixText(item, fix),
    );
  }

  async undoFix(undo: FixUndo): Promise<ApplyFixResult> {
    return this.editing(async (item) => {
      // The body's attachments are read alongside it, so the read stays the last call before the
      // write: an inline picture that a whole-body write could lose stops Undo as it stops a fix.
      const [current, inline] = await Promise.all([
        this.readField(item, undo.field),
        undo.field === "body" ? inlineAttachments(item) : Promise.resolve("none" as const),
      ]);
      if (current.content !== undo.after) return { ok: false, reason: undoTooLate(undo) };
      if (inline !== "none")
        return { ok: false, reason: undoInlineReason(inline, undo), guided: true };
      if (undo.field === "location" && (await roomsListed(item)) !== "none")
        return { ok: false, reason: locationRoomUndo(undo.before), guided: true };
      if (undo.field !== "body") {
        await this.writeField(item, undo.field, current.coercion, undo.before);
        return { ok: true };
      }
      if (undo.before.length > BODY_WRITE_LIMIT)
        return { ok: false, reason: `${bodyTooLarge(undo.before.length)} ${undoByHand(undo)}` };
      const written = await this.writeBodyChecked(item, current.coercion, undo.after, undo.before);
      if (written.kept) return { ok: true };
      return { ok: false, reason: writeNotKept(written.restored, undoByHand(undo)) };
    });
  }

  async replaceSelection(fix: Fix): Promise<ApplyFixResult> {
    return this.editing(async (item) => {
      const getSelected = item.getSelectedDataAsync?.bind(item);
      const setSelected = item.body.setSelectedDataAsync?.bind(item.body);
      if (!getSelected || !setSelected || fix.field !== "body")
        return { ok: false, reason: "This Outlook cannot replace a selection: edit it by hand." };
      const selected = await officeCall<SelectedDataLike>("read the selection", (done) =>
        getSelected(TEXT, done),
      );
      const wanted = sameText(fix.original);
      if (String(selected?.sourceProperty ?? "body") !== "body" || !selected?.data)
        return { ok: false, reason: `Select “${wanted}” in the message first.` };
      if (sameText(selected.data) !== wanted)
        return {
          ok: false,
          reason: `The selection reads “${sameText(selected.data).slice(0, 60)}”, not “${wanted}”. Select exactly “${wanted}”.`,
        };
      await officeCall<void>("replace the selection", (done) =>
        setSelected(fix.replacement, { coercionType: TEXT }, done),
      );
      return { ok: true };
    });
  }

  async insertText(text: string): Promise<ApplyFixResult> {
    return this.editing(async (item) => {
      if (!item.body.setSelectedDataAsync)
        return { ok: false, reason: "This Outlook cannot insert at the cursor: type it by hand." };
      return insertTextAtCursor(item, text);
    });
  }

  /** Runs an edit of the compose item; Office's failures become a reason, never an exception. */
  private async editing(
    edit: (item: ComposeItemLike) => Promise<ApplyFixResult>,
  ): Promise<ApplyFixResult> {
    const item = this.item;
    if (!isComposeItem(item)) return { ok: false, reason: "This message is read-only." };
    try {
      return await edit(item);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return { ok: false, reason: error.message };
      const reason =
        error instanceof OfficeCallError
          ? `Outlook could not change the message (${error.officeName ?? "error"}). Edit it by hand.`
          : "The change could not be applied. Edit the message by hand.";
      return { ok: false, reason };
    }
  }

  /** An invitation's Location text; a message has none, and its body must never take the edit. */
  private location(item: ComposeItemLike) {
    const location = item.location;
    if (!location) throw new NoLocationError();
    return location;
  }

  private async readField(
    item: ComposeItemLike,
    field: TextField,
  ): Promise<{ content: string; coercion: Office.CoercionType }> {
    if (field === "subject") {
      const subject = await officeCall<string>("read the subject", (done) =>
        item.subject.getAsync(done),
      );
      return { content: subject ?? "", coercion: TEXT };
    }
    if (field === "location") {
      const location = this.location(item);
      const text = await officeCall<string>("read the location", (done) => location.getAsync(done));
      return { content: text ?? "", coercion: TEXT };
    }
    const getType = item.body.getTypeAsync?.bind(item.body);
    const format = getType
      ? String(await officeCall<string>("read the body format", (done) => getType(done)))
      : "html";
    const coercion = format === "text" ? TEXT : HTML;
    const content = await officeCall<string>("read the message body", (done) =>
      item.body.getAsync(coercion, done),
    );
    return { content: content ?? "", coercion };
  }

  private async writeField(
    item: ComposeItemLike,
    field: TextField,
    coercion: Office.CoercionType,
    content: string,
  ): Promise<void> {
    if (field === "subject") {
      await officeCall<void>("change the subject", (done) => item.subject.setAsync(content, done));
      return;
    }
    if (field === "location") {
      const location = this.location(item);
      await officeCall<void>("change the location", (done) => location.setAsync(content, done));
      return;
    }
    // Never trade a picture for a fix: a body that holds one is not rewritten (fix-route.ts).
    if (coercion === HTML && hasEmbeddedContent(content))
      throw new Error("refusing to rewrite a body with pictures");
    if (content.length > BODY_WRITE_LIMIT) throw new BodyTooLargeError(content.length);
    await officeCall<void>("change the message body", (done) =>
      item.body.setAsync(content, { coercionType: coercion }, done),
    );
  }

  /** Write, then read back what Outlook made of it: Undo compares with that. */
  private async writeAndKeepUndo(
    item: ComposeItemLike,
    fix: Fix,
    coercion: Office.CoercionType,
    before: string,
    content: string,
  ): Promise<ApplyFixResult> {
    const field = fix.field;
    const change = { original: fix.original, replacement: fix.replacement };
    if (field === "body") {
      const written = await this.writeBodyChecked(item, coercion, before, content);
      if (!written.kept) {
        const byHand = `Make this change by hand: ${changeByHand(fix.original, fix.replacement)}.`;
        return { ok: false, reason: writeNotKept(written.restored, byHand) };
      }
      return written.after === undefined
        ? { ok: true } // the fix is in; only Undo is not offered
        : { ok: true, undo: { field, before, after: written.after, change } };
    }
    await this.writeField(item, field, coercion, content);
    try {
      const after = await this.readField(item, field);
      return { ok: true, undo: { field, before, after: after.content, change } };
    } catch {
      return { ok: true }; // the fix is in; only Undo is not offered
    }
  }

  /**
   * Writes a whole body and reads it back: when Outlook kept less than what was written and
   * nothing else, white space aside (office-js #6944: new Outlook dropped part of a body with many
   * inline pictures or OneDrive/SharePoint links), `previous` is written back at once and read
   * back in turn; a read-back with words of its own is left alone (review of harm-50f, B1). A read-back that still shows `previous` is taken as a write not shown yet
   * (office-js #5983: new Outlook for Mac reads the old body in setAsync's callback) and read a
   * few times more; nothing is lost then, so nothing is written back. `after`: the body as read
   * back, when it shows the write (what Undo compares with).
   */
  private async writeBodyChecked(
    item: ComposeItemLike,
    coercion: Office.CoercionType,
    previous: string,
    content: string,
  ): Promise<{ kept: true; after?: string } | { kept: false; restored: boolean }> {
    const { sameBodyText, onlyLostWords } = await loadBodyText();
    const format = coercion === TEXT ? "text" : "html";
    /** The body once it no longer reads as `unlike`, undefined when it cannot be read. */
    const readBack = async (unlike: string): Promise<string | undefined> => {
      try {
        for (let attempt = 0; ; attempt++) {
          const now = await officeCall<string>("read the message body", (done) =>
            item.body.getAsync(coercion, done),
          );
          if (typeof now !== "string") return undefined;
          if (attempt >= READ_BACK_RETRIES || !sameBodyText(now, unlike, format)) return now;
          await new Promise((resolve) => setTimeout(resolve, READ_BACK_WAIT_MS));
        }
      } catch {
        return undefined;
      }
    };
    await this.writeField(item, "body", coercion, content);
    const after = await readBack(previous);
    if (after === undefined || sameBodyText(after, content, format)) return { kept: true, after };
    // Still the body as it was: the write has not shown yet, and nothing is lost.
    if (sameBodyText(after, previous, format)) return { kept: true };
    // Words the write did not put there (typing since, history duplicated): nothing to repair,
    // and writing `previous` back would erase them; no Undo is offered on a body not as written.
    if (!onlyLostWords(after, content, format)) return { kept: true };
    try {
      await this.writeField(item, "body", coercion, previous);
    } catch {
      return { kept: false, restored: false };
    }
    const restored = await readBack(content);
    return {
      kept: false,
      restored: restored !== undefined && sameBodyText(restored, previous, format),
    };
  }

  /** The subject or an invitation's Location: plain text, always safe to write. */
  private async fixText(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    if (fix.field === "location" && !item.location)
      return { ok: false, reason: "This item has no location to change." };
    // As for the body: the edit code first, and the field read again just before the write.
    await this.editors.ready?.();
    const { content } = await this.readField(item, fix.field);
    const edit = await this.editors.applyToText(content, fix);
    // Past the typed Location: a room or place Outlook lists after it (locationText), which is
    // removed in Outlook, not rewritten as text.
    if (!edit.ok && fix.field === "location" && fix.start >= content.length)
      return { ok: false, reason: LOCATION_PLACE_FIX };
    if (!edit.ok) return edit;
    if (fix.field === "location") {
      const rooms = await roomsListed(item);
      if (rooms === "room") return { ok: false, reason: locationRoomFix(fix.label), guided: true };
      if (rooms === "unknown") return { ok: false, reason: LOCATION_ROOMS_UNKNOWN, guided: true };
    }
    if ((await this.readField(item, fix.field)).content !== content)
      return { ok: false, reason: CHANGED_WHILE_FIXING };
    return this.writeAndKeepUndo(item, fix, TEXT, content, edit.content);
  }

  /**
   * The body is read, edited and written back whole; whatever the author types between the read
   * and the write would be overwritten (audit 48b, finding 1), so that window is kept as small as
   * Office.js allows: the edit code is loaded before the read, and the body is read once more
   * right before setAsync. If it changed, nothing is written. A small window remains between that
   * last read and the write (Office.js has no compare-and-set; docs/taskpane.md).
   */
  private async fixBody(item: ComposeItemLike, fix: Fix): Promise<ApplyFixResult> {
    const [, bodyText] = await Promise.all([this.editors.ready?.(), loadBodyText()]);
    const [{ content, coercion }, inline] = await Promise.all([
      this.readField(item, "body"),
      inlineAttachments(item),
    ]);
    const byHand = `Make this change by hand: ${changeByHand(fix.original, fix.replacement)}.`;
    if (coercion === HTML && hasEmbeddedContent(content))
      return { ok: false, reason: PICTURES_REASON, guided: true };
    // A picture Outlook lists as an inline attachment but the HTML does not show (office-js
    // #5466: a drawn shape comes back as image001.png) is lost the same way (audit 48b, finding 3).
    if (inline === "inline") return { ok: false, reason: INLINE_REASON, guided: true };
    if (inline === "unknown")
      return { ok: false, reason: ATTACHMENTS_UNKNOWN_REASON, guided: true };
    let located = fix;
    if (coercion === TEXT) {
      // The checks read this body's HTML; its Text read is written back whole, so it must say the
      // same (body-text.ts), and the fix is found in it whatever its line ends and spaces.
      const html = await officeCall<string>("read the message body", (done) =>
        item.body.getAsync(HTML, done),
      );
      if (typeof html !== "string" || !bodyText.textReadAgrees(content, html))
        return { ok: false, reason: `${bodyText.TEXT_READ_DIFFERS} ${byHand}`, guided: true };
      const place = bodyText.locateInTextBody(content, fix);
      if (!place.ok) return place;
      located = place.fix;
    }
    const edit = await (coercion === TEXT
      ? this.editors.applyToText(content, located)
      : this.editors.applyToHtml(content, fix));
    if (!edit.ok) return edit;
    if (edit.content.length > BODY_WRITE_LIMIT)
      return { ok: false, reason: `${bodyTooLarge(edit.content.length)} ${byHand}`, guided: true };
    const now = await officeCall<string>("read the message body", (done) =>
      item.body.getAsync(coercion, done),
    );
    if ((now ?? "") !== content) return { ok: false, reason: CHANGED_WHILE_FIXING };
    return this.writeAndKeepUndo(item, fix, coercion, content, edit.content);
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
