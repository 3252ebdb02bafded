/**
 * A per-address profile cache over any ProfileSource: fresh entries answer with no request at all,
 * stale ones answer at once and are refreshed in the background, "nobody has a profile" is cached
 * too (for less time), the number of entries is bounded, and a save drops what it made stale.
 * The send handler depends on this: OnMessageRecipientsChanged fills it, OnMessageSend reads it.
 *
 * Private and honest: entries live under a partition of tenant, account, site and list, so one
 * account never reads another's answers on a shared machine (and an unknown account reads none);
 * and when Graph answers 401 or 403 the partition is emptied instead of serving old answers to
 * someone whose access has ended. An entry past every use (`keepMs`) is deleted, not kept: when
 * read, and (in the task pane: sweeping-cache.ts) in one bounded sweep of the partition.
 */
import {
  canonicalKey,
  matchKeysFor,
  normaliseAddress,
  type ClientProfile,
  type ProfileOrigin,
} from "../core/profile";
import type { LookupOptions, ProfileSource, SavedProfiles, StoredProfile } from "./source";

import type { KeyValueStore } from "../core/key-value-store";

/** Async key/value storage: OfficeRuntime.storage, localStorage or memory. */
export type { KeyValueStore };

export interface CacheOptions {
  store: KeyValueStore;
  /** How long a found profile is fresh. Default 15 minutes. */
  ttlMs?: number;
  /** How long "no profile" is fresh. Default 5 minutes: a new client profile shows up soon. */
  negativeTtlMs?: number;
  /** After going stale, how long an entry is still served while it is refreshed. Default 24 h. */
  staleMs?: number;
  /** When the source fails, entries up to this age are served rather than nothing. Default 7 days. */
  fallbackMaxAgeMs?: number;
  /** At most this many addresses are kept; the least recently used go first. Default 1000. */
  maxEntries?: number;
  /** Key prefix, so several caches can share one store. */
  namespace?: string;
  /**
   * Whose answers these are. Given, entries are kept per partition (under the namespace); when it
   * yields undefined (nobody known to be signed in) the cache neither reads nor writes.
   */
  partition?: () => CachePartition | undefined;
  now?: () => number;
  /** Told when a background refresh fails (the stale entry stays). */
  onRefreshError?: (error: unknown) => void;
}

/** The owner of a set of cache entries: never served to another tenant, account, site or list. */
export interface CachePartition {
  tenant: string;
  account: string;
  /** e.g. contoso.sharepoint.com/sites/clients */
  site: string;
  list: string;
}

/** A lookup failure that means access has ended (Graph's 401 or 403), not a passing fault. */
function accessEnded(error: unknown): boolean {
  const status = (error as { options?: { status?: unknown } } | null)?.options?.status;
  return status === 401 || status === 403;
}

function partitionKey(partition: CachePartition): string {
  return [partition.tenant, partition.account, partition.site, partition.list]
    .map((part) => encodeURIComponent(part.trim().toLowerCase()))
    .join("|");
}

interface Entry {
  /** The effective profile, or null for "nobody has a profile for this address". */
  profile: ClientProfile | null;
  /** When it was fetched, epoch ms. */
  at: number;
}

const MINUTE = 60_000;

export class CachedProfileSource implements ProfileSource {
  private readonly store: KeyValueStore;
  private readonly ttlMs: number;
  private readonly negativeTtlMs: number;
  private readonly staleMs: number;
  private readonly fallbackMaxAgeMs: number;
  private readonly maxEntries: number;
  private readonly namespace: string;
  private readonly partition?: () => CachePartition | undefined;
  private readonly now: () => number;
  private readonly onRefreshError?: (error: unknown) => void;
  /** Past this age no use is left (served stale, or saved when the source fails): deleted. */
  readonly keepMs: number;
  /** Per partition's key prefix: addresses, least recently used first; loaded once each. */
  private readonly orders = new Map<string, Promise<string[]>>();
  private readonly refreshing = new Map<string, Promise<void>>();
  private legacyCleared = false;

  constructor(
    readonly inner: ProfileSource,
    options: CacheOptions,
  ) {
    this.store = options.store;
    this.ttlMs = options.ttlMs ?? 15 * MINUTE;
    this.negativeTtlMs = options.negativeTtlMs ?? 5 * MINUTE;
    this.staleMs = options.staleMs ?? 24 * 60 * MINUTE;
    this.fallbackMaxAgeMs = options.fallbackMaxAgeMs ?? 7 * 24 * 60 * MINUTE;
    this.maxEntries = Math.max(1, options.maxEntries ?? 1000);
    this.namespace = options.namespace ?? "rapport.profiles";
    this.partition = options.partition;
    this.now = options.now ?? Date.now;
    this.onRefreshError = options.onRefreshError;
    this.keepMs = Math.max(this.ttlMs + this.staleMs, this.fallbackMaxAgeMs);
  }

  async lookup(
    addresses: readonly string[],
    options?: LookupOptions,
  ): Promise<Map<string, ClientProfile | undefined>> {
    const prefix = this.prefix();
    if (prefix === undefined) return this.inner.lookup(addresses, options);
    const wanted = [
      ...new Set(
        addresses.filter((a) => matchKeysFor(a).length > 0).map((a) => normaliseAddress(a)),
      ),
    ];
    const entries = await Promise.all(wanted.map((address) => this.readKept(prefix, address)));
    const now = this.now();
    const found = new Map<string, ClientProfile | undefined>();
    const missing: string[] = [];
    const stale: string[] = [];
    wanted.forEach((address, index) => {
      const entry = entries[index];
      if (!entry) {
        missing.push(address);
        return;
      }
      const age = now - entry.at;
      const ttl = entry.profile ? this.ttlMs : this.negativeTtlMs;
      if (age < ttl) found.set(address, entry.profile ?? undefined);
      else if (age < ttl + this.staleMs) {
        found.set(address, entry.profile ?? undefined);
        stale.push(address);
      } else missing.push(address);
    });

    if (missing.length > 0) {
      try {
        const fetched = await this.inner.lookup(missing, options);
        await this.writeAll(prefix, missing, fetched);
        for (const address of missing) found.set(address, fetched.get(address));
      } catch (error) {
        // Access ended: what this account was shown before must not outlive it.
        if (accessEnded(error)) {
          await this.clear(prefix);
          throw error;
        }
        // Better an older answer than none on the send path; otherwise the caller decides.
        const fallback = missing.map((address) => entries[wanted.indexOf(address)]);
        if (fallback.some((entry) => !entry || now - entry.at > this.fallbackMaxAgeMs)) throw error;
        missing.forEach((address, i) => found.set(address, fallback[i]!.profile ?? undefined));
        options?.onSavedCopy?.(Math.min(...fallback.map((entry) => entry!.at)), error);
      }
    }
    if (stale.length > 0) this.refreshInBackground(prefix, stale);
    await this.touch(prefix, wanted);
    this.afterLookup(prefix);

    const result = new Map<string, ClientProfile | undefined>();
    for (const address of wanted) result.set(address, found.get(address));
    return result;
  }

  /**
   * Every saved answer for these addresses up to `keepMs` old (older ones are deleted); the source
   * is not asked. Only this partition's: nobody known to be signed in has nothing saved.
   */
  async savedProfiles(addresses: readonly string[]): Promise<SavedProfiles> {
    const wanted = [
      ...new Set(
        addresses.filter((a) => matchKeysFor(a).length > 0).map((a) => normaliseAddress(a)),
      ),
    ];
    const prefix = this.prefix();
    if (prefix === undefined) return { profiles: new Map(), missing: wanted };
    const entries = await Promise.all(wanted.map((address) => this.readKept(prefix, address)));
    const profiles = new Map<string, ClientProfile | undefined>();
    const missing: string[] = [];
    let oldestSavedAt: number | undefined;
    wanted.forEach((address, index) => {
      const entry = entries[index];
      if (!entry) {
        missing.push(address);
        return;
      }
      profiles.set(address, entry.profile ?? undefined);
      oldestSavedAt = Math.min(oldestSavedAt ?? entry.at, entry.at);
    });
    return { profiles, missing, ...(oldestSavedAt === undefined ? {} : { oldestSavedAt }) };
  }

  /** Editing needs the current eTag: always from the source. */
  get(matchKey: string, options?: LookupOptions): Promise<StoredProfile | undefined> {
    if (!this.inner.get) return Promise.resolve(undefined);
    return this.inner.get(matchKey, options);
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    if (!this.inner.save) throw new Error("This profile source is read-only.");
    const stored = await this.inner.save(profile, origin);
    await this.invalidate(profile.matchKey);
    return stored;
  }

  /**
   * Drops what a change under this match key makes stale: every address it can cover (the
   * address and its +tagged forms, or a whole @domain with its sub-domains: matchKeysFor).
   */
  async invalidate(matchKey: string): Promise<void> {
    const prefix = this.prefix();
    if (prefix === undefined) return;
    const key = canonicalKey(matchKey);
    const order = await this.loadOrder(prefix);
    const affected = order.filter((address) => matchKeysFor(address).includes(key));
    if (!key.startsWith("@") && !affected.includes(key)) affected.push(key);
    await Promise.all(affected.map((address) => this.store.delete(entryKey(prefix, address))));
    const remaining = order.filter((address) => !affected.includes(address));
    order.splice(0, order.length, ...remaining);
    await this.saveOrder(prefix, order);
  }

  /** Empties this partition (the current account's entries for this site and list). */
  async clear(prefix = this.prefix()): Promise<void> {
    if (prefix === undefined) return;
    const order = await this.loadOrder(prefix);
    const all = [...order];
    order.length = 0;
    await Promise.all(all.map((address) => this.store.delete(entryKey(prefix, address))));
    await this.store.delete(`${prefix}:index`);
  }

  /** Resolves when every background refresh started so far has finished. */
  async whenIdle(): Promise<void> {
    while (this.refreshing.size > 0) await Promise.all([...this.refreshing.values()]);
  }

  /** After a lookup answered (not awaited): the task pane's SweepingProfileSource sweeps here. */
  protected afterLookup(_prefix: string): void {}

  private refreshInBackground(prefix: string, addresses: readonly string[]): void {
    const due = addresses.filter((address) => !this.refreshing.has(`${prefix}\n${address}`));
    if (due.length === 0) return;
    const refresh = (async () => {
      try {
        const fetched = await this.inner.lookup(due);
        await this.writeAll(prefix, due, fetched);
      } catch (error) {
        if (accessEnded(error)) await this.clear(prefix);
        this.onRefreshError?.(error);
      } finally {
        for (const address of due) this.refreshing.delete(`${prefix}\n${address}`);
      }
    })();
    for (const address of due) this.refreshing.set(`${prefix}\n${address}`, refresh);
  }

  /**
   * The key prefix of the current partition, or undefined when the owner is unknown. Entries of
   * the unpartitioned layout that came before are deleted once, as they belong to nobody known.
   */
  private prefix(): string | undefined {
    if (!this.partition) return this.namespace;
    const partition = this.partition();
    if (!this.legacyCleared) {
      this.legacyCleared = true;
      void this.clear(this.namespace).catch(() => undefined);
    }
    return partition ? `${this.namespace}:${partitionKey(partition)}` : undefined;
  }

  private async read(prefix: string, address: string): Promise<Entry | undefined> {
    const text = await this.store.get(entryKey(prefix, address));
    if (!text) return undefined;
    try {
      const entry = JSON.parse(text) as Entry;
      return typeof entry?.at === "number" && "profile" in entry ? entry : undefined;
    } catch {
      return undefined; // A damaged entry is just a miss.
    }
  }

  /** An entry still of some use; one past `keepMs` is deleted (not awaited) and is a miss. */
  protected readKept(prefix: string, address: string): Promise<Entry | undefined> {
    return this.read(prefix, address).then((entry) => {
      if (!entry || this.now() - entry.at < this.keepMs) return entry;
      void this.store.delete(entryKey(prefix, address)).catch(() => undefined);
      return undefined;
    });
  }

  protected async writeAll(
    prefix: string,
    addresses: readonly string[],
    fetched: ReadonlyMap<string, ClientProfile | undefined>,
  ): Promise<void> {
    const at = this.now();
    await Promise.all(
      addresses.map((address) => {
        const entry: Entry = { profile: fetched.get(address) ?? null, at };
        return this.store.set(entryKey(prefix, address), JSON.stringify(entry));
      }),
    );
  }

  protected loadOrder(prefix: string): Promise<string[]> {
    let order = this.orders.get(prefix);
    if (!order) {
      order = (async () => {
        const text = await this.store.get(`${prefix}:index`);
        try {
          const parsed = text ? (JSON.parse(text) as unknown) : [];
          return Array.isArray(parsed)
            ? parsed.filter((a): a is string => typeof a === "string")
            : [];
        } catch {
          return [];
        }
      })();
      this.orders.set(prefix, order);
    }
    return order;
  }

  protected async saveOrder(prefix: string, order: readonly string[]): Promise<void> {
    await this.store.set(`${prefix}:index`, JSON.stringify(order));
  }

  /** Marks addresses as just used and evicts the least recently used beyond the bound. */
  protected async touch(prefix: string, addresses: readonly string[]): Promise<void> {
    if (addresses.length === 0) return;
    const order = await this.loadOrder(prefix);
    const used = new Set(addresses);
    const kept = order.filter((address) => !used.has(address));
    kept.push(...addresses);
    const evicted = kept.splice(0, Math.max(0, kept.length - this.maxEntries));
    order.splice(0, order.length, ...kept);
    await Promise.all(evicted.map((address) => this.store.delete(entryKey(prefix, address))));
    await this.saveOrder(prefix, order);
  }
}

function entryKey(prefix: string, address: string): string {
  return `${prefix}:address:${address}`;
}
