/**
 * The firm's central policy: policy.json served beside the add-in, cached for five minutes in
 * the key/value store. Never rejects: when the file cannot be had or is invalid, the last good
 * policy (or the default) applies, so a broken policy file never stops mail.
 *
 * Past the five minutes the file is fetched again (one request at a time per source, given up
 * after `refreshTimeoutMs`); how long an answer waits for it is the caller's choice: the task
 * pane waits (`staleWaitMs`, default `timeoutMs`) so it shows a changed severity, the send path
 * (SEND_PATH_POLICY_WAITS) answers at once with what is cached, however old, and the refresh
 * lands in the cache for the next send (stale-while-revalidate, audit 47i). Only with nothing
 * cached does an answer wait, at most `timeoutMs`, then the default applies.
 */
import type { Policy } from "../core/policy";
import { parsePolicy } from "./policy-parse";
import type { KeyValueStore } from "./storage";

export interface PolicySource {
  getPolicy(): Promise<Policy>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PolicySourceOptions {
  /** Absolute URL of policy.json. */
  url: string;
  store: KeyValueStore;
  /** Fetch the file as text; rejects on HTTP errors. */
  fetchText?: (url: string) => Promise<string>;
  now?: () => number;
  timers?: Timers;
  /** How long a fetched (or failed) answer is trusted. Default 5 minutes. */
  ttlMs?: number;
  /** Longest wait for the network when nothing is cached; then the default. Default 1500 ms. */
  timeoutMs?: number;
  /**
   * Longest wait for the network when the cached answer has expired; then the cached one.
   * Default `timeoutMs`; 0 answers with the cached policy at once (the send path).
   */
  staleWaitMs?: number;
  /** A fetch still unanswered after this long is given up (and remembered as a failure). */
  refreshTimeoutMs?: number;
  /**
   * Called with a reason when the fallback is used: the error, or what validation refused (the
   * admin's keys and values, never a message's content). Default: the console.
   */
  onFallback?: (reason: string) => void;
  /** Called with what validation ignored (an unknown top-level key). Default: the console. */
  onWarning?: (warning: string) => void;
}

export const POLICY_CACHE_KEY = "rapport.policy.v1";
export const POLICY_TTL_MS = 5 * 60 * 1000;
/** A background refresh is given up after this long: a black-holed request ends, and is retried. */
export const POLICY_REFRESH_TIMEOUT_MS = 10_000;

/**
 * The send path's waits (launch events: wiring.ts). With a policy cached, none: the 3.5 s budget
 * goes to the profile lookup. With nothing cached (first use, a cleared store), 600 ms: a
 * static file from the add-in's own host answers well within it (one round trip, and a TLS
 * handshake on a cold connection), and it still leaves the draft read and the lookup 1.8 s
 * before the checks' window; past it, the default policy (checks on, "prompt") applies to this
 * send and the answer, when it comes, to the next.
 */
export const SEND_PATH_POLICY_WAITS = { staleWaitMs: 0, timeoutMs: 600 } as const;

interface CachedPolicy {
  /** When the network was last asked (the request's start), successfully or not. */
  checkedAt: number;
  /** The last policy that fetched and validated; undefined when there never was one. */
  policy?: Policy;
}

export function fetchText(url: string): Promise<string> {
  // Rejects (never throws) even where fetch itself is missing.
  return new Promise<Response>((resolve) =>
    resolve(fetch(url, { cache: "no-store", credentials: "omit" })),
  ).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return response.text();
  });
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function warnOnConsole(text: string): void {
  console.warn(`Rapport: ${text}`);
}

const noAnswer = (): undefined => undefined;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class CachedPolicySource implements PolicySource {
  private readonly fetchText: (url: string) => Promise<string>;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly ttlMs: number;
  private readonly timeoutMs: number;
  private readonly staleWaitMs: number;
  private readonly refreshTimeoutMs: number;
  private readonly onFallback: (reason: string) => void;
  private readonly onWarning: (warning: string) => void;
  /** The fetch under way: its policy, or undefined when it failed. */
  private refreshing?: Promise<Policy | undefined>;

  constructor(private readonly options: PolicySourceOptions) {
    this.fetchText = options.fetchText ?? fetchText;
    this.now = options.now ?? (() => Date.now());
    this.timers = options.timers ?? globalTimers;
    this.ttlMs = options.ttlMs ?? POLICY_TTL_MS;
    this.timeoutMs = options.timeoutMs ?? 1500;
    this.staleWaitMs = options.staleWaitMs ?? this.timeoutMs;
    this.onFallback = options.onFallback ?? warnOnConsole;
    this.onWarning = options.onWarning ?? warnOnConsole;
    this.refreshTimeoutMs = Math.max(
      options.refreshTimeoutMs ?? POLICY_REFRESH_TIMEOUT_MS,
      this.timeoutMs,
      this.staleWaitMs,
    );
  }

  // Promise chains rather than async functions: the launch event's bundle is transpiled to
  // ES2016, where each async function costs a regenerator state machine.
  getPolicy(): Promise<Policy> {
    return this.readCache().then((cached) => {
      if (cached && this.now() - cached.checkedAt < this.ttlMs) return cached.policy ?? {};
      const refresh = this.refresh();
      // A remembered failure counts as cached: it is the default, at once. A cached policy that
      // switches checking off (or to monitoring) is not trusted at once: served stale, a send
      // would go unchecked after the admin switched checking back on, and where Outlook closes
      // the event's runtime on completion, the refresh would never land. Such a send has no
      // lookup to protect, so it waits for the file as when nothing is cached.
      const last = cached?.policy ?? {};
      const weaker = last.enabled === false || last.monitorOnly === true;
      const waitMs =
        cached && !weaker ? this.staleWaitMs : Math.max(this.timeoutMs, this.staleWaitMs);
      if (waitMs <= 0) return last;
      return this.withTimeout(refresh, waitMs).then(
        (fresh) => fresh ?? last,
        (error: unknown) => {
          this.onFallback(
            `policy unavailable (${reasonOf(error)}); using the last good policy while it loads`,
          );
          return last;
        },
      );
    });
  }

  /**
   * Fetch, validate and cache the file, one request at a time; the answer once it is cached.
   * Never rejects, and the request is given up after `refreshTimeoutMs`: nothing waits on it
   * but a caller that chose to, and a launch event answers Outlook without it.
   */
  private refresh(): Promise<Policy | undefined> {
    if (!this.refreshing) {
      const startedAt = this.now();
      const refreshing = this.fetchPolicy().then((policy) =>
        this.save(startedAt, policy).then(() => policy),
      );
      const done = () => {
        if (this.refreshing === refreshing) this.refreshing = undefined;
      };
      refreshing.then(done, done);
      this.refreshing = refreshing;
    }
    return this.refreshing;
  }

  /** The file's policy, or undefined (reported) when it cannot be had or is invalid. */
  private fetchPolicy(): Promise<Policy | undefined> {
    return this.withTimeout(
      new Promise<string>((resolve) => resolve(this.fetchText(this.options.url))),
      this.refreshTimeoutMs,
    )
      .then((text) => {
        const { policy, warnings } = parsePolicy(JSON.parse(text));
        warnings.forEach((warning) => this.onWarning(`policy.json: ${warning}`));
        return policy;
      })
      .then(undefined, (error: unknown) => {
        this.onFallback(`policy unavailable (${reasonOf(error)}); using the last good policy`);
        return undefined;
      });
  }

  /**
   * Cache a fetch's outcome (a failure too, so a broken file is not fetched again on every
   * send), unless a fetch started later (in this runtime, the pane or another window sharing
   * the store) has written since: an older answer never replaces a newer one.
   */
  private save(startedAt: number, policy: Policy | undefined): Promise<void> {
    return this.readCache().then((current) =>
      current && current.checkedAt > startedAt
        ? undefined
        : this.writeCache({ checkedAt: startedAt, policy: policy ?? current?.policy }),
    );
  }

  private withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.timers.setTimeout(
        () => reject(new Error(`no answer within ${ms} ms`)),
        ms,
      );
      promise.then(
        (value) => {
          this.timers.clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          this.timers.clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private readCache(): Promise<CachedPolicy | undefined> {
    return new Promise<string | undefined>((resolve) =>
      resolve(this.options.store.get(POLICY_CACHE_KEY)),
    )
      .then((text) => {
        if (!text) return undefined;
        const value = JSON.parse(text) as CachedPolicy;
        if (typeof value?.checkedAt !== "number") return undefined;
        // Re-validate: storage is shared by everything on this origin. Leniently for check ids: a
        // copy an earlier version accepted with a misspelt id stays the last good policy (the id
        // never meant anything), rather than the default replacing the firm's severities.
        const policy =
          value.policy === undefined
            ? undefined
            : parsePolicy(value.policy, { unknownChecks: "ignore" }).policy;
        return { checkedAt: value.checkedAt, policy };
      })
      .then(undefined, noAnswer);
  }

  private writeCache(value: CachedPolicy): Promise<void> {
    // A full or unavailable store only costs a refetch next time.
    return new Promise<void>((resolve) =>
      resolve(this.options.store.set(POLICY_CACHE_KEY, JSON.stringify(value))),
    ).then(undefined, noAnswer);
  }
}

/** A fixed policy, for the playground and tests. */
export class StaticPolicySource implements PolicySource {
  constructor(private readonly policy: Policy = {}) {}
  async getPolicy(): Promise<Policy> {
    return this.policy;
  }
}
