import type { Draft } from "../core/draft";
import type { Fix } from "../core/finding";

/** Result of applying a fix to the open draft. */
export type ApplyFixResult = { ok: true } | { ok: false; reason: string };

/**
 * The open mail item as the task pane sees it, whatever the host (real Outlook or the
 * playground's stand-in Office object). Implemented in src/office over Office.js.
 */
export interface ItemAdapter {
  readonly mode: "compose" | "read";
  /** Compose: to/cc/bcc, subject, body, attachment names. Read: sender (as a "to" recipient) and recipients. */
  readDraft(): Promise<Draft>;
  /**
   * Optional: re-read only what can change without an event (subject, body, attachments) and
   * keep the rest of `previous`. Hosts without it are read whole.
   */
  readContent?(previous: Draft): Promise<Draft>;
  /** Compose only: edit the body or subject; fails with a reason when the text moved or the item is read-only. */
  applyFix(fix: Fix): Promise<ApplyFixResult>;
  /** Called when recipients change (compose) or the selected item changes (read). Returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}
