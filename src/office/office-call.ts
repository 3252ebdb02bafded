/**
 * Promise wrappers over Office.js callback APIs. Every failure becomes an OfficeCallError that
 * says which operation failed and carries Office's error code and name, so callers can decide
 * (and log) without parsing messages. Every call waits for a slot in the runtime's Office call
 * queue (office-queue.ts: at most three at a time, as Outlook on the web allows).
 */
import { officeQueue, OfficeSlotTimeout, type OfficeCallQueue } from "./office-queue";

export class OfficeCallError extends Error {
  constructor(
    /** What we were doing, e.g. "read the To line". */
    readonly operation: string,
    message: string,
    /** Office's numeric error code (Office.AsyncResult.error.code), when Office gave one. */
    readonly code?: number,
    /** Office's error name (e.g. "GenericResponseError"), when Office gave one. */
    readonly officeName?: string,
  ) {
    super(`Could not ${operation}: ${message}`);
    this.name = "OfficeCallError";
  }
}

/** The part of Office.AsyncResult these wrappers read; the playground's stand-in provides the same. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | "succeeded" | "failed";
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

export type OfficeCallback<T> = (result: AsyncResultLike<T>) => void;

function failed<T>(result: AsyncResultLike<T>): boolean {
  // Compare with the string too: the enum is a string enum and stand-ins may not define it.
  return String(result.status) === "failed";
}

/**
 * Run one Office.js async call: `start` receives the callback to hand to the API.
 * A synchronous throw (API missing on this client) rejects the same way as a failed result.
 */
export function officeCall<T>(
  operation: string,
  start: (callback: OfficeCallback<T>) => void,
  queue: OfficeCallQueue = officeQueue,
): Promise<T> {
  return queue
    .run(() => callOffice(operation, start))
    .catch((error: unknown) => {
      if (error instanceof OfficeSlotTimeout) throw new OfficeCallError(operation, error.message);
      throw error;
    });
}

function callOffice<T>(
  operation: string,
  start: (callback: OfficeCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (!result || failed(result)) {
          const error = result?.error ?? undefined;
          reject(
            new OfficeCallError(
              operation,
              error?.message || "Office reported a failure",
              error?.code,
              error?.name,
            ),
          );
          return;
        }
        resolve(result.value);
      });
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      reject(new OfficeCallError(operation, message));
    }
  });
}
