/**
 * A per-address profile cache over any ProfileSource: fresh entries answer with no request at all,
 * "nobody has a profile" is cached too (for less time), the number of entries is bounded, and a
 * save drops what it made stale. The send handler depends on this: OnMessageRecipientsChanged
 * fills it, OnMessageSend reads it.
 *
 * What is served when (docs/graph.md "Caching"): a found profile is fresh for `ttlMs`; after that
 * the task pane (no `revalidateAfterMs`) shows it at once and refreshes it in the background for
 * `staleMs` more, while the launch event (`revalidateAfterMs`) asks the source again within the
 * lookup's deadline once an entry is older than that window, and uses the old copy only when the
 * source fails or times out, through `onSavedCopy` (the author is told). "No profile" is never
 * served stale: past `negativeTtlMs` it is asked again, everywhere.
 *
 * Storage is an optimisation, never a reason a lookup fails: reads are bounded (office-js #1058:
 * storage calls that never settle) and a read that fails or hangs is a miss; writes are awaited
 * at most `storeWaitMs` (and never past the lookup's deadline), their failures swallowed and
 * reported without keys (keys hold addresses); a failing write empties this partition once so a
 * full store recovers. Each index change reads the stored index first and writes it back merged
 * (read-merge-write), so two instances sharing one localStorage never erase each other's
 * addresses. A cached profile passes the same reader as file and Graph profiles (profile-json);
 * one that does not is a miss and is deleted. The namespace carries a version: a shape change
 * starts an empty cache, and the keys of the namespace before it are deleted once.
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
import { validateEntries } from "./profile-json";
import { accessEnded } from "./source";
import type { LookupOptions, ProfileSource, SavedProfiles, StoredProfile } from "./source";

import type { KeyValueStore } from "../core/key-value-store";

/** Async key/value storage: OfficeRuntime.storage, localStorage or memory. */
export type { KeyValueStore };

/** The namespace of this entry shape. Bump the version when `Entry` or ClientProfile changes. */
export const CACHE_NAMESPACE = "rapport.profiles.v2";
/** Namespaces of earlier shapes: their keys (this partition's, and unpartitioned) go once. */
const RETIRED_NAMESPACES = ["rapport.profiles"];

export interface CacheOptions {
  store: KeyValueStore;
  /** How long a found profile is fresh. Default 15 minutes. */
  ttlMs?: number;
  /** How long "no profile" is fresh. Default 5 minutes: a new client profile shows up soon. */
  negativeTtlMs?: number;
  /**
   * After going stale, how long a found profile is still served at once while it is refreshed in
   * the background (without `revalidateAfterMs` only). Default 24 h. Never for "no profile".
   */
  staleMs?: number;
  /**
   * Given (the launch event: create-source.ts SEND_PATH_CACHE), an entry older than this is asked
   * of the source within the lookup, like a missing one; the saved copy answers only when the
   * source fails or times out, and the caller is told (`onSavedCopy`). Nothing is served stale.
   */
  revalidateAfterMs?: number;
  /** When the source fails, entries up to this age are served rather than nothing. Default 7 days. */
  fallbackMaxAgeMs?: number;
  /** At most this many addresses are kept; the least recently used go first. Default 1000. */
  maxEntries?: number;
  /**
   * A store read may take this long (past it: a miss), and a lookup waits this long at most for
   * its writes (never past its deadline). Default 250 ms.
   */
  storeWaitMs?: number;
  /** Key prefix, so several caches can share one store. Default CACHE_NAMESPACE. */
  namespace?: string;
  /**
   * Whose answers these are. Given, entries are kept per partition (under the namespace); when it
   * yields undefined (nobody known to be signed in) the cache neither reads nor writes.
   */
  partition?: () => CachePartition | undefined;
  now?: () => number;
  /** Told when a background refresh fails (the stale entry stays). */
  onRefreshError?: (error: unknown) => void;
  /**
   * Told when the store fails or does not answer in time (the lookup goes on without it).
   * `what` names the operation, never a key. Default: console.warn with the error's name.
   */
  onStoreError?: (what: string, error: unknown) => void;
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

/** A store call that did not settle within its bound. */
export class StoreTimeoutError extends Error {
  constructor(what: string) {
    super(`${what} did not answer in time`);
    this.name = "StoreTimeoutError";
  }
}

/** `promise`, or a StoreTimeoutError after `ms`. */
function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreTimeoutError(what)), ms) as unknown as {
      unref?: () => void;
    };
    timer.unref?.(); // never keeps a Node process (tests, a script) alive
    promise.then(
      (value) => {
        clearTimeout(timer as unknown as ReturnType<typeof setTimeout>);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer as unknown as ReturnType<typeof setTimeout>);
        reject(error);
      },
    );
  });
}

/** Waits for `promise` at most `ms` (0: not at all); never rejects. */
function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return bounded(promise, ms, "wait").then(
    () => undefined,
    () => undefined,
  );
}

/** Only the error's name: a message may quote a key, and keys hold addresses. */
function defaultStoreError(what: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  // eslint-disable-next-line no-console
  console.warn(`Rapport: profile cache ${what} failed (${name}); going on without it`);
}

/**
 * A cached profile read back through the reader file and Graph profiles pass (profile-json), so
 * a damaged or older-shaped one is refused instead of reaching the checks; undefined when refused.
 * The two metadata fields resolveProfiles adds (not profile fields) are checked and kept.
 */
function readCachedProfile(raw: unknown): ClientProfile | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const { unreadable, fromParentDomains, ...fields } = raw as Record<string, unknown>;
  const read = validateEntries([{ raw: fields, label: "cached profile" }], [], [], false);
  const profile = read.profiles[0];
  if (!profile || read.errors.length > 0 || read.profiles.length !== 1) return undefined;
  if (unreadable !== undefined) {
    const ok =
      Array.isArray(unreadable) &&
      unreadable.every(
        (u: unknown) =>
          u !== null &&
          typeof (u as { matchKey?: unknown }).matchKey === "string" &&
          typeof (u as { field?: unknown }).field === "string",
      );
    if (!ok) return undefined;
    profile.unreadable = (unreadable as { matchKey: string; field: string }[]).map((u) => ({
      matchKey: u.matchKey,
      field: u.field,
    }));
  }
  if (fromParentDomains !== undefined) {
    if (!Array.isArray(fromParentDomains) || !fromParentDomains.every((d) => typeof d === "string"))
      return undefined;
    profile.fromParentDomains = [...(fromParentDomains as string[])];
  }
  return profile;
}

const MINUTE = 60_000;

export class CachedProfileSource implements ProfileSource {
  private readonly store: KeyValueStore;
  private readonly ttlMs: number;
  private readonly negativeTtlMs: number;
  private readonly staleMs: number;
  private readonly revalidateAfterMs?: number;
  private readonly fallbackMaxAgeMs: number;
  private readonly maxEntries: number;
  private readonly storeWaitMs: number;
  private readonly namespace: string;
  private readonly partition?: () => CachePartition | undefined;
  private readonly now: () => number;
  private readonly onRefreshError?: (error: unknown) => void;
  private readonly onStoreError: (what: string, error: unknown) => void;
  /** Past this age no use is left (served stale, or saved when the source fails): deleted. */
  readonly keepMs: number;
  /** Per partition's key prefix: index changes of this instance, one after another. */
  private readonly indexQueue = new Map<string, Promise<unknown>>();
  private readonly refreshing = new Map<string, Promise<void>>();
  /** Writes and clean-ups still running after their lookup answered (whenIdle waits for them). */
  private readonly pending = new Set<Promise<unknown>>();
  /** Prefixes whose retired-namespace keys were deleted (or whose deletion started). */
  private readonly retired = new Set<string>();
  /** Prefixes emptied once after a failed write (a full store). */
  private readonly emptiedAfterFailure = new Set<string>();

  constructor(
    readonly inner: ProfileSource,
    options: CacheOptions,
  ) {
    this.store = options.store;
    this.ttlMs = options.ttlMs ?? 15 * MINUTE;
    this.negativeTtlMs = options.negativeTtlMs ?? 5 * MINUTE;
    this.staleMs = options.staleMs ?? 24 * 60 * MINUTE;
    this.revalidateAfterMs = options.revalidateAfterMs;
    this.fallbackMaxAgeMs = options.fallbackMaxAgeMs ?? 7 * 24 * 60 * MINUTE;
    this.maxEntries = Math.max(1, options.maxEntries ?? 1000);
    this.storeWaitMs = options.storeWaitMs ?? 250;
    this.namespace = options.namespace ?? CACHE_NAMESPACE;
    this.partition = options.partition;
    this.now = options.now ?? Date.now;
    this.onRefreshError = options.onRefreshError;
    this.onStoreError = options.onStoreError ?? defaultStoreError;
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
    /** Asked of the source now: nothing saved, or saved but too old to answer alone. */
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
      const fresh = Math.min(ttl, this.revalidateAfterMs ?? ttl);
      if (age < fresh) found.set(address, entry.profile ?? undefined);
      else if (this.revalidateAfterMs === undefined && entry.profile && age < ttl + this.staleMs) {
        found.set(address, entry.profile);
        stale.push(address);
      } else missing.push(address);
    });

    let fetched: Map<string, ClientProfile | undefined> | undefined;
    if (missing.length > 0) {
      try {
        fetched = await this.inner.lookup(missing, options);
        for (const address of missing) found.set(address, fetched.get(address));
      } catch (error) {
        // Access ended: what this account was shown before must not outlive it.
        if (accessEnded(error)) {
          await waitAtMost(this.track(this.clear(prefix)), this.waitMs(options));
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
    // The answer is assembled: storing it never fails the lookup nor holds it up for long. The
    // index first, so every entry written is one clear() can find; an unreadable index: no write.
    const answered = fetched;
    const stored = this.track(
      this.touch(prefix, wanted)
        .then(() => (answered ? this.writeAll(prefix, missing, answered) : undefined))
        .catch((error: unknown) => this.writeFailed(prefix, error)),
    ).then(() => this.afterLookup(prefix));
    await waitAtMost(stored, this.waitMs(options));

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
   * address and its +tagged forms, or a whole @domain with its sub-domains: matchKeysFor), as
   * the stored index lists them now (another instance sharing the store may have added some).
   * Only this runtime's store: classic Outlook on Windows keeps the launch event's apart
   * (docs/outlook.md "Storage"), which the launch event's `revalidateAfterMs` bounds.
   */
  async invalidate(matchKey: string): Promise<void> {
    const prefix = this.prefix();
    if (prefix === undefined) return;
    const key = canonicalKey(matchKey);
    const covers = (address: string) => matchKeysFor(address).includes(key);
    try {
      await this.updateIndex(prefix, async (order) => {
        const affected = order.filter(covers);
        if (!key.startsWith("@") && !affected.includes(key)) affected.push(key);
        await Promise.all(affected.map((address) => this.store.delete(entryKey(prefix, address))));
        return order.filter((address) => !affected.includes(address));
      });
    } catch (error) {
      // The index could not be read: at least the address itself goes.
      this.onStoreError("invalidate", error);
      if (!key.startsWith("@")) await this.deleteQuietly(entryKey(prefix, key));
    }
  }

  /**
   * Empties this partition (the current account's entries for this site and list). The index is
   * read without the usual time bound (callers wait for a clear only so long): deleting an index
   * that could not be read would leave its entries where no later clear finds them, and after a
   * 401/403 they would still answer as saved copies. An index that cannot be read is kept.
   */
  async clear(prefix = this.prefix()): Promise<void> {
    if (prefix === undefined) return;
    try {
      await this.updateIndex(
        prefix,
        async (order) => {
          await Promise.all(order.map((address) => this.store.delete(entryKey(prefix, address))));
          return undefined;
        },
        { patient: true },
      );
    } catch (error) {
      this.onStoreError("clear", error);
    }
  }

  /** Resolves when every background refresh and write started so far has finished. */
  async whenIdle(): Promise<void> {
    while (this.refreshing.size > 0 || this.pending.size > 0) {
      await Promise.all([...this.refreshing.values(), ...this.pending]);
    }
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

  /** How long a lookup waits for its writes: storeWaitMs, never past its deadline. */
  private waitMs(options?: LookupOptions): number {
    const deadline = options?.deadline;
    const left = deadline === undefined ? this.storeWaitMs : deadline - this.now() - 50;
    return Math.max(0, Math.min(this.storeWaitMs, left));
  }

  /** Kept until settled, for whenIdle(); never rejects. */
  private track(work: Promise<unknown>): Promise<void> {
    const settled = work.then(
      () => undefined,
      (error: unknown) => this.onStoreError("write", error),
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return settled;
  }

  private deleteQuietly(key: string): Promise<void> {
    return bounded(this.store.delete(key), this.storeWaitMs, "delete").catch((error: unknown) =>
      this.onStoreError("delete", error),
    );
  }

  /**
   * The key prefix of the current partition, or undefined when the owner is unknown. Entries of
   * the layouts that came before (unpartitioned, and earlier namespaces) are deleted once each:
   * they belong to nobody known, or have a shape this code may not read.
   */
  private prefix(): string | undefined {
    if (!this.partition) return this.namespace;
    const partition = this.partition();
    const old = [this.namespace, ...RETIRED_NAMESPACES.filter((n) => n !== this.namespace)];
    if (partition) {
      const key = partitionKey(partition);
      old.push(...RETIRED_NAMESPACES.filter((n) => n !== this.namespace).map((n) => `${n}:${key}`));
    }
    for (const prefix of old) {
      if (this.retired.has(prefix)) continue;
      this.retired.add(prefix);
      void this.track(this.clear(prefix));
    }
    return partition ? `${this.namespace}:${partitionKey(partition)}` : undefined;
  }

  private async read(prefix: string, address: string): Promise<Entry | undefined> {
    let text: string | undefined;
    try {
      text = await bounded(this.store.get(entryKey(prefix, address)), this.storeWaitMs, "read");
    } catch (error) {
      this.onStoreError("read", error);
      return undefined; // A store that fails or hangs is a miss, never a failed lookup.
    }
    if (!text) return undefined;
    let entry: { at?: unknown; profile?: unknown } | null;
    try {
      entry = JSON.parse(text) as { at?: unknown; profile?: unknown } | null;
    } catch {
      entry = null;
    }
    const at = entry?.at;
    const profile =
      entry && "profile" in entry && entry.profile !== null
        ? readCachedProfile(entry.profile)
        : null;
    if (!entry || typeof at !== "number" || !Number.isFinite(at) || profile === undefined) {
      // Damaged, or of a shape this code cannot read: a miss, and gone.
      void this.track(this.deleteQuietly(entryKey(prefix, address)));
      return undefined;
    }
    return { at, profile };
  }

  /** An entry still of some use; one past `keepMs` is deleted (not awaited) and is a miss. */
  protected readKept(prefix: string, address: string): Promise<Entry | undefined> {
    return this.read(prefix, address).then((entry) => {
      if (!entry || this.now() - entry.at < this.keepMs) return entry;
      void this.track(this.deleteQuietly(entryKey(prefix, address)));
      return undefined;
    });
  }

  /** Writes these answers; a failing write (a full store) empties this partition once. */
  protected async writeAll(
    prefix: string,
    addresses: readonly string[],
    fetched: ReadonlyMap<string, ClientProfile | undefined>,
  ): Promise<void> {
    const at = this.now();
    try {
      await Promise.all(
        addresses.map((address) => {
          const entry: Entry = { profile: fetched.get(address) ?? null, at };
          return this.store.set(entryKey(prefix, address), JSON.stringify(entry));
        }),
      );
    } catch (error) {
      await this.writeFailed(prefix, error);
    }
  }

  /**
   * A write failed: reported, and the partition emptied once per load so a full store recovers.
   * OfficeRuntime.storage documents a limit (10 MB per domain, shared with other add-ins) but no
   * error shape for reaching it, so any failure counts; a store that merely did not answer in
   * time does not.
   */
  private async writeFailed(prefix: string, error: unknown): Promise<void> {
    this.onStoreError("write", error);
    if (error instanceof StoreTimeoutError || this.emptiedAfterFailure.has(prefix)) return;
    this.emptiedAfterFailure.add(prefix);
    await this.clear(prefix);
  }

  /** The partition's index as stored now: addresses, least recently used first. */
  protected async loadOrder(prefix: string, patient = false): Promise<string[]> {
    const read = this.store.get(indexKey(prefix));
    const text = await (patient ? read : bounded(read, this.storeWaitMs, "index read"));
    try {
      const parsed = text ? (JSON.parse(text) as unknown) : [];
      return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === "string") : [];
    } catch {
      return []; // A damaged index is an empty one.
    }
  }

  /**
   * Reads the stored index, changes it and writes it back (undefined: deletes it), one change
   * at a time per instance: never a copy kept in memory written back over another instance's
   * additions. Rejects when the index cannot be read; then nothing is written.
   */
  protected updateIndex(
    prefix: string,
    change: (order: string[]) => Promise<string[] | undefined>,
    { patient = false }: { patient?: boolean } = {},
  ): Promise<void> {
    const run = (this.indexQueue.get(prefix) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const order = await this.loadOrder(prefix, patient);
        const next = await change(order);
        if (next === undefined) await this.store.delete(indexKey(prefix));
        else await this.store.set(indexKey(prefix), JSON.stringify(next));
      });
    this.indexQueue.set(prefix, run);
    void run.then(
      () => this.indexQueue.get(prefix) === run && this.indexQueue.delete(prefix),
      () => this.indexQueue.get(prefix) === run && this.indexQueue.delete(prefix),
    );
    return run;
  }

  /** Marks addresses as just used and evicts the least recently used beyond the bound. */
  protected touch(prefix: string, addresses: readonly string[]): Promise<void> {
    if (addresses.length === 0) return Promise.resolve();
    return this.updateIndex(prefix, async (order) => {
      const used = new Set(addresses);
      const kept = order.filter((address) => !used.has(address));
      kept.push(...addresses);
      const evicted = kept.splice(0, Math.max(0, kept.length - this.maxEntries));
      await Promise.all(evicted.map((address) => this.store.delete(entryKey(prefix, address))));
      return kept;
    });
  }
}

function entryKey(prefix: string, address: string): string {
  return `${prefix}:address:${address}`;
}

function indexKey(prefix: string): string {
  return `${prefix}:index`;
}
