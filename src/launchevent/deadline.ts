import type { Clock } from "./deps";

export class DeadlineError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} took longer than ${ms} ms`);
    this.name = "DeadlineError";
  }
}

/** Reject with DeadlineError when `promise` has not settled within `ms` (at least 0). */
export function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  clock: Clock,
): Promise<T> {
  const wait = Math.max(0, ms);
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(() => reject(new DeadlineError(what, wait)), wait);
    promise.then(
      (value) => {
        clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
