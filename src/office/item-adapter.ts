import type { Draft } from "../core/draft";
import type { Fix } from "../core/finding";

/**
 * What changed, as Office reported it: the recipients or attendees (to be re-read), or values the
 * event itself carried (an invitation's enhanced locations, its start and end), which need no
 * Office call at all.
 */
export type ItemChange =
  | { kind: "recipients" }
  | { kind: "values"; values: Partial<Pick<Draft, "locations" | "start" | "end">> };

/** Result of applying a fix to the open draft. */
export type ApplyFixResult = { ok: true } | { ok: false; reason: string };

/**
 * The open mail item as the task pane sees it, whatever the host (real Outlook or the
 * playground's stand-in Office object). Implemented in src/office over Office.js.
 */
export interface ItemAdapter {
  readonly mode: "compose" | "read";
  /**
   * Compose: to/cc/bcc (an invitation: attendees, location, times), subject, body, attachment
   * names. Read: sender or organiser first, then the recipients.
   */
  readDraft(): Promise<Draft>;
  /**
   * Optional: re-read only what can change without an event (subject, body, attachments; an
   * invitation's Location text too) and keep the rest of `previous`. Hosts without it are read
   * whole.
   */
  readContent?(previous: Draft): Promise<Draft>;
  /** Compose only: edit the body or subject; fails with a reason when the text moved or the item is read-only. */
  applyFix(fix: Fix): Promise<ApplyFixResult>;
  /**
   * Optional: the draft after `changes`, reading only what they say changed (an invitation's
   * attendees: two calls) and keeping the rest of `previous`. Hosts without it are read whole.
   */
  readChanges?(previous: Draft, changes: readonly ItemChange[]): Promise<Draft>;
  /**
   * Called when recipients change (compose), an invitation's locations or times change (with
   * what changed), or the selected item changes (read; no argument). Returns an unsubscribe.
   */
  onChange(listener: (change?: ItemChange) => void): () => void;
}
