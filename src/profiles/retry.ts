/**
 * Rapport's retry policy for Microsoft Graph: one budget per logical request (a lookup, a page of
 * an export, a batch of writes), shared by every HTTP request and every $batch round it takes, so
 * retries never nest; waits that Graph asks for (Retry-After) are honoured only while they end
 * before the request's deadline.
 */

/** Answers worth another try after a wait: throttled, unavailable, gateway timeout. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** Attempts per logical request, the first included, unless the caller says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 4;

/** How long one logical request may take, waits included, when the caller gives no deadline. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** How long one HTTP request may go unanswered before it is abandoned. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** What one logical request may still spend: attempts and time. */
export class RetryBudget {
  /** HTTP rounds started so far (parallel $batch chunks of one round count once). */
  attempts = 0;

  constructor(
    readonly maxAttempts: number,
    readonly startedAt: number,
    /** Epoch ms after which nothing more is sent and no wait may end. */
    readonly deadline: number,
  ) {}

  get exhausted(): boolean {
    return this.attempts >= this.maxAttempts;
  }

  /** The whole time this request was given, in ms (for messages). */
  get allowedMs(): number {
    return Math.max(0, this.deadline - this.startedAt);
  }
}

/** "3" or an HTTP date → milliseconds to wait; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds as seconds for a message: 3600000 → "3,600", 2500 → "2.5", 100 → "0.1" (rounded
 * up; tenths below 10 s; thousands separated without Intl, which Outlook's event runtime may lack).
 */
export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10 && Math.ceil(seconds) !== seconds) return String(Math.ceil(seconds * 10) / 10);
  return String(Math.ceil(seconds)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const STATUS_WORDS: Readonly<Record<number, string>> = {
  429: "too many requests",
  503: "service unavailable",
  504: "gateway timeout",
};

/** "HTTP 429, too many requests". */
export function statusPhrase(status: number): string {
  const words = STATUS_WORDS[status];
  return words ? `HTTP ${status}, ${words}` : `HTTP ${status}`;
}
