/**
 * The task pane's profile cache: CachedProfileSource plus a once-per-load sweep of what no use is
 * left for. A file of its own so that the launch event, which never sweeps (a sweep there could
 * run during a send and compete with it for OfficeRuntime.storage), does not carry its code.
 */
import type { ClientProfile } from "../core/profile";
import { CachedProfileSource, type CacheOptions } from "./cache";
import type { ProfileSource } from "./source";

/** Entries a sweep reads at most: bounded work, least recently used (likeliest dead) first. */
export const SWEEP_LIMIT = 200;

export interface SweepingCacheOptions extends CacheOptions {
  /**
   * This long after the first lookup that answers, the partition's least recently used entries
   * (at most SWEEP_LIMIT) are read once and those past every use deleted: once per load, after
   * the lookup, never awaited by it.
   */
  sweepAfterMs: number;
}

export class SweepingProfileSource extends CachedProfileSource {
  readonly sweepAfterMs: number;
  /** The once-per-load sweep, once started (tests await it). */
  sweeping?: Promise<void>;
  /** While a sweep runs, the addresses lookups write or touch: the sweep leaves them be. */
  private spared?: Set<string>;

  constructor(inner: ProfileSource, options: SweepingCacheOptions) {
    super(inner, options);
    this.sweepAfterMs = options.sweepAfterMs;
  }

  /** The once-per-load sweep, sweepAfterMs from now (never awaited by a lookup). */
  protected override afterLookup(prefix: string): void {
    if (this.sweeping) return;
    this.sweeping = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.sweepAfterMs) as unknown as { unref?: () => void };
      timer.unref?.(); // never keeps a Node process (tests, a script) alive
    })
      .then(() => this.sweep(prefix))
      .catch(() => undefined);
  }

  /**
   * Deletes this partition's entries past every use among its SWEEP_LIMIT least recently used
   * addresses, and drops those addresses (and any with no entry) from its index: a client's
   * address is private too.
   */
  private async sweep(prefix: string): Promise<void> {
    const spared = (this.spared = new Set<string>());
    const order = await this.loadOrder(prefix);
    const oldest = order.slice(0, SWEEP_LIMIT);
    const kept = await Promise.all(oldest.map((address) => this.readKept(prefix, address)));
    this.spared = undefined;
    // An address a lookup wrote meanwhile is fresh, whatever the earlier read saw: it stays in
    // the index, or clear() (on 401/403) could not find and delete its entry.
    const gone = new Set(oldest.filter((address, i) => !kept[i] && !spared.has(address)));
    if (gone.size === 0) return;
    // Read again and merged: addresses added since (here or by another instance) stay.
    await this.updateIndex(prefix, async (now) => now.filter((address) => !gone.has(address)));
  }

  protected override writeAll(
    prefix: string,
    addresses: readonly string[],
    fetched: ReadonlyMap<string, ClientProfile | undefined>,
  ): Promise<void> {
    this.spare(addresses);
    return super.writeAll(prefix, addresses, fetched);
  }

  protected override touch(prefix: string, addresses: readonly string[]): Promise<void> {
    this.spare(addresses);
    return super.touch(prefix, addresses);
  }

  private spare(addresses: readonly string[]): void {
    if (this.spared) for (const address of addresses) this.spared.add(address);
  }
}
