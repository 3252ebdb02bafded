/**
 * Parts of the task pane that its first paint does not need, each its own webpack chunk, fetched
 * the first time it is used (docs/performance.md, "Bundle budgets"): the checks and their
 * lexicons (`evaluate`), the warnings panel with the text layer its evidence needs, and the code
 * that edits a message for a fix (the profile editor and listening are loaded in App.tsx). A chunk that cannot be
 * fetched (offline, or an add-in updated on the server while the pane was open) rejects with a
 * `ChunkLoadFailure` that says what could not be loaded and what to do; the next call tries
 * again, since a rejected `import()` is not kept.
 */
import type { evaluate } from "../core/engine";
import type { applyFixToHtml, applyFixToText } from "../core/fixes";
import type { FixEditors } from "../office/office-item-adapter";
import type { Evaluate } from "./use-rapport-check";

/** A part of the pane's code that could not be fetched; its message is shown to the author. */
export class ChunkLoadFailure extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `Rapport could not load ${what} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        "Check the connection, then press Check again or reopen the pane.",
    );
    this.name = "ChunkLoadFailure";
  }
}

/** One chunk's loader: shared while in flight or loaded, forgotten on failure (so it can retry). */
export function chunkLoader<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw new ChunkLoadFailure(what, error);
    });
    return pending;
  };
}

export interface ChecksModule {
  evaluate: typeof evaluate;
}

/** The engine with every check and lexicon: the largest part of the pane. */
export const loadChecks = chunkLoader<ChecksModule>(
  "its checks",
  () => import(/* webpackChunkName: "checks" */ "../core/engine"),
);

/** `evaluate`, once the checks are loaded: what the pane checks a draft with. */
export const evaluateWhenLoaded: Evaluate = async (draft, profiles, policy, options) =>
  (await loadChecks()).evaluate(draft, profiles, policy, options);

export interface FixesModule {
  applyFixToHtml: typeof applyFixToHtml;
  applyFixToText: typeof applyFixToText;
}

/** What rewrites a message's HTML or text for a fix: only needed when a fix is applied. */
export const loadFixes = chunkLoader<FixesModule>(
  "the code that applies fixes",
  () => import(/* webpackChunkName: "fixes" */ "../core/fixes"),
);

/**
 * The Outlook adapter's fix editors, fetched when the Warnings tab shows a fix (preloadFixes) or
 * at the latest on the first fix: the adapter waits for `ready` before it reads the message, so
 * the download never falls between the read and the write of a body (audit 48b, finding 1).
 */
export const LAZY_FIX_EDITORS: FixEditors = {
  ready: () => loadFixes(),
  applyToHtml: async (html, fix) => (await loadFixes()).applyFixToHtml(html, fix),
  applyToText: async (text, fix) => (await loadFixes()).applyFixToText(text, fix),
};

/** The Warnings tab's panel (problem cards, evidence read from the message's HTML). */
export const loadWarningsPanel = () => import(/* webpackChunkName: "warnings" */ "./WarningsPanel");

/**
 * Fetch the fixes chunk ahead of the first fix (the Warnings panel calls this when a card offers
 * one); a failure is not shown here: the fix itself tries again and says what went wrong.
 */
export function preloadFixes(): void {
  loadFixes().catch(() => undefined);
}
