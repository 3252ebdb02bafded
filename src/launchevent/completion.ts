/**
 * Outlook's event.completed may be called once; code after it may never run. The guard makes
 * a second call (say, the watchdog firing after the real answer) a recorded no-op.
 */
import type { Logger } from "./deps";

export interface CompletableEvent<Options> {
  completed(options?: Options): void;
}

export interface Completion<Options> {
  readonly done: boolean;
  /** Completes the event; false when it had already been completed. */
  complete(options?: Options): boolean;
}

export function completeOnce<Options>(
  event: CompletableEvent<Options>,
  logger: Logger,
  handler: string,
): Completion<Options> {
  let done = false;
  return {
    get done() {
      return done;
    },
    complete(options?: Options) {
      if (done) {
        logger.event("completion-ignored", { handler });
        return false;
      }
      done = true;
      try {
        if (options === undefined) event.completed();
        else event.completed(options);
      } catch (error) {
        logger.event("completion-failed", { handler, error: errorName(error) });
      }
      return true;
    },
  };
}

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
