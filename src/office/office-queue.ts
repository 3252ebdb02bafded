/**
 * Outlook on the web and new Outlook allow an add-in three asynchronous Office calls at a time;
 * a fourth fails ("Limits for activation and JavaScript API for Outlook add-ins", asynchronous
 * calls). Every Office call Rapport makes waits here for one of three slots, so reading a draft
 * (seven calls), the pane's watcher and a notification never add up to a failure.
 *
 * A call Office never answers would hold its slot for good and, three of them, stall every
 * later call in this runtime: after `slotTimeoutMs` the slot is given back and the call rejects.
 */

export const OFFICE_CALL_LIMIT = 3;
/** Long enough for any real Office call; short enough that a lost callback does not stall the pane. */
export const OFFICE_SLOT_TIMEOUT_MS = 30_000;

export interface QueueTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class OfficeSlotTimeout extends Error {
  constructor(readonly ms: number) {
    super(`Outlook did not answer within ${ms} ms`);
    this.name = "OfficeSlotTimeout";
  }
}

const globalTimers: QueueTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // Under Node (tests, the CLI) a pending slot timer must not keep the process alive.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class OfficeCallQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly limit: number = OFFICE_CALL_LIMIT,
    private readonly slotTimeoutMs: number = OFFICE_SLOT_TIMEOUT_MS,
    private readonly timers: QueueTimers = globalTimers,
  ) {}

  /** Calls running now (for diagnostics and tests). */
  get running(): number {
    return this.active;
  }

  /** Calls waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Run `call` once a slot is free. `call` starts one Office call and settles when Office
   * answers; its slot is released then (or after the slot timeout, whichever comes first).
   */
  run<T>(call: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active++;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          this.timers.clearTimeout(timer);
          this.active--;
          this.waiting.shift()?.();
        };
        const timer = this.timers.setTimeout(() => {
          release();
          reject(new OfficeSlotTimeout(this.slotTimeoutMs));
        }, this.slotTimeoutMs);
        let pending: Promise<T>;
        try {
          pending = call();
        } catch (error) {
          pending = Promise.reject(error);
        }
        pending.then(
          (value) => {
            release();
            resolve(value);
          },
          (error: unknown) => {
            release();
            reject(error);
          },
        );
      };
      if (this.active < this.limit) start();
      else this.waiting.push(start);
    });
  }
}

/** The one queue of this JavaScript runtime (the pane, the event runtime or the playground page). */
export const officeQueue = new OfficeCallQueue();
