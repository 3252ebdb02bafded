/**
 * The firm's central policy: policy.json served beside the add-in, cached for five minutes in
 * the key/value store. Never rejects: when the file cannot be had or is invalid, the last good
 * policy (or the default) applies, so a broken policy file never stops mail.
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
  /** Longest wait for the network before falling back. Default 1500 ms. */
  timeoutMs?: number;
  /** Called with a reason (never file contents) when the fallback is used. */
  onFallback?: (reason: string) => void;
}

export const POLICY_CACHE_KEY = "rapport.policy.v1";
export const POLICY_TTL_MS = 5 * 60 * 1000;

interface CachedPolicy {
  /** When the network was last asked, successfully or not. */
  checkedAt: number;
  /** The last policy that fetched and validated; undefined when there never was one. */
  policy?: Policy;
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: "no-store", credentials: "omit" });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class CachedPolicySource implements PolicySource {
  private readonly fetchText: (url: string) => Promise<string>;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly ttlMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PolicySourceOptions) {
    this.fetchText = options.fetchText ?? fetchText;
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? globalTimers;
    this.ttlMs = options.ttlMs ?? POLICY_TTL_MS;
    this.timeoutMs = options.timeoutMs ?? 1500;
  }

  async getPolicy(): Promise<Policy> {
    const cached = await this.readCache();
    if (cached && this.now() - cached.checkedAt < this.ttlMs) return cached.policy ?? {};
    try {
      const text = await this.withTimeout(this.fetchText(this.options.url));
      const { policy } = parsePolicy(JSON.parse(text));
      await this.writeCache({ checkedAt: this.now(), policy });
      return policy;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.options.onFallback?.(`policy unavailable (${reason}); using the last good policy`);
      // Remember the failure too, so a broken file is not fetched again on every send.
      await this.writeCache({ checkedAt: this.now(), policy: cached?.policy });
      return cached?.policy ?? {};
    }
  }

  private withTimeout<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.timers.setTimeout(
        () => reject(new Error(`no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
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

  private async readCache(): Promise<CachedPolicy | undefined> {
    try {
      const text = await this.options.store.get(POLICY_CACHE_KEY);
      if (!text) return undefined;
      const value = JSON.parse(text) as CachedPolicy;
      if (typeof value?.checkedAt !== "number") return undefined;
      // Re-validate: storage is shared by everything on this origin.
      const policy = value.policy === undefined ? undefined : parsePolicy(value.policy).policy;
      return { checkedAt: value.checkedAt, policy };
    } catch {
      return undefined;
    }
  }

  private async writeCache(value: CachedPolicy): Promise<void> {
    try {
      await this.options.store.set(POLICY_CACHE_KEY, JSON.stringify(value));
    } catch {
      // A full or unavailable store only costs a refetch next time.
    }
  }
}

/** A fixed policy, for the playground and tests. */
export class StaticPolicySource implements PolicySource {
  constructor(private readonly policy: Policy = {}) {}
  async getPolicy(): Promise<Policy> {
    return this.policy;
  }
}
