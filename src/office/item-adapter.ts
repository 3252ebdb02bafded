import type { Draft } from "../core/draft";
import type { Fix, TextField } from "../core/finding";
import type { ClientMessage } from "../core/listen/types";

/**
 * What Undo needs: the field as it was before the fix, and as Outlook held it right after. Undo is
 * offered until the next edit: while the field still reads `after`.
 */
export interface FixUndo {
  field: TextField;
  before: string;
  after: string;
  /** The fix's words and what replaced them: what to change back by hand when Undo cannot. */
  change?: { original: string; replacement: string };
}

/** Result of applying a fix (or undoing one) in the open draft. */
export type ApplyFixResult =
  | { ok: true; undo?: FixUndo }
  | {
      ok: false;
      reason: string;
      /** Rapport would not write this change (it could lose pictures): the author makes it. */
      guided?: boolean;
    };

/**
 * What changed, as Office reported it: the recipients or attendees (to be re-read), values the
 * event itself carried (an invitation's enhanced locations, its start and end), which need no
 * Office call at all, or, in a pinned read pane, the item itself (ItemChanged: another message
 * is selected, or several, or none): nothing read from the previous one applies any more.
 */
export type ItemChange =
  | { kind: "recipients" }
  | { kind: "values"; values: Partial<Pick<Draft, "locations" | "start" | "end">> }
  | { kind: "item" };

/**
 * Why an item cannot be read when there is none: a pinned pane while several messages, or none
 * (a folder opened), are selected; Outlook's `mailbox.item` is then null. Not a failure to
 * report as such: the pane asks the lawyer to select one message.
 */
export class NoItemSelectedError extends Error {
  constructor() {
    super("No message is selected.");
    this.name = "NoItemSelectedError";
  }
}

/**
 * The open mail item as the task pane sees it, whatever the host (real Outlook or the
 * playground's stand-in Office object). Implemented in src/office over Office.js.
 */
export interface ItemAdapter {
  readonly mode: "compose" | "read";
  /**
   * Compose: to/cc/bcc (an invitation: attendees, location, times), subject, body, attachment
   * names. Read: sender or organiser first, then the recipients. Rejects with
   * `NoItemSelectedError` while no item is selected (a pinned pane).
   */
  readDraft(): Promise<Draft>;
  /**
   * Read mode, messages only: the message as a client sent it (sender, date, subject, body), for
   * listening. Undefined where the item is not a received message (compose, invitations).
   */
  readMessage?(): Promise<ClientMessage>;
  /**
   * Optional: re-read only what can change without an event (subject, body, attachments; an
   * invitation's Location text too) and keep the rest of `previous`. Hosts without it are read
   * whole.
   */
  readContent?(previous: Draft): Promise<Draft>;
  /**
   * Compose only: edit the body or subject; fails with a reason when the text moved, the item is
   * read-only, or the write could lose part of the message (then `guided`).
   */
  applyFix(fix: Fix): Promise<ApplyFixResult>;
  /** Puts the field back as it was before the fix, if nobody has edited it since. */
  undoFix?(undo: FixUndo): Promise<ApplyFixResult>;
  /** Guided edit: replace the author's selection, once it is exactly the fix's original text. */
  replaceSelection?(fix: Fix): Promise<ApplyFixResult>;
  /**
   * Compose only: puts plain text at the author's cursor, in the body's format, touching nothing
   * else ("Ask <first name>"); while text is selected (or Outlook cannot say), inserts nothing
   * and answers why.
   */
  insertText?(text: string): Promise<ApplyFixResult>;
  /**
   * Optional: the draft after `changes`, reading only what they say changed (an invitation's
   * attendees: two calls) and keeping the rest of `previous`. Hosts without it are read whole.
   */
  readChanges?(previous: Draft, changes: readonly ItemChange[]): Promise<Draft>;
  /**
   * Called when recipients change (compose), an invitation's locations or times change (with
   * what changed), or the selected item changes (read: `{ kind: "item" }`; a host that does not
   * say, no argument). Returns an unsubscribe.
   */
  onChange(listener: (change?: ItemChange) => void): () => void;
}
