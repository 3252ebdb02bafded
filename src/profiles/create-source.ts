/**
 * The one way the surfaces get profiles: cache → Graph when the SharePoint list is configured,
 * otherwise cache → file (the playground and the CLI's bundled samples).
 */
import {
  CachedProfileSource,
  type CacheOptions,
  type CachePartition,
  type KeyValueStore,
} from "./cache";
import { GraphProfileSource, type GraphProfileSourceOptions } from "./graph-source";
import { ProfileSourceError, type ProfileSource } from "./source";
import { MemoryStore } from "./stores";

/**
 * The launch event's cache (profile-wiring.ts): on Send and on the recipients-changed prefetch an
 * entry older than 30 s is asked of SharePoint again within the lookup's deadline, and the saved
 * copy answers only when Graph fails or times out, with the "checked against profiles saved …"
 * note. Why 30 s: in classic Outlook on Windows the pane's save cannot reach this store
 * (OfficeRuntime.storage, apart from the pane's localStorage), so the window is how long a save,
 * the lawyer's own or a colleague's, can go unseen at Send; 30 s is shorter than adding a
 * recipient, editing the profile in the pane and pressing Send. It costs one Graph $batch
 * (0.3–0.5 s of the 3.5 s budget) on a Send more than 30 s after the last fetch, which is nearly
 * every Send; within it (a quick reply after the prefetch) there is no request. The pane keeps
 * serving stale entries for display (no `revalidateAfterMs`).
 */
export const SEND_PATH_CACHE = { revalidateAfterMs: 30_000 } as const satisfies Omit<
  CacheOptions,
  "store" | "partition"
>;

export interface CreateProfileSourceOptions {
  /** The SharePoint list; wins over `file` when both are given. */
  graph?: GraphProfileSourceOptions;
  /**
   * Makes the Graph layer: a surface that saves profiles passes `writableGraphSource`
   * (graph-write.ts); by default it only reads, so the launch event carries no write path.
   */
  graphSource?: (options: GraphProfileSourceOptions) => GraphProfileSource;
  /** Any other source, e.g. FileProfileSource over a bundled sample file. */
  file?: ProfileSource;
  /** Where cached answers live; memory when omitted. */
  store?: KeyValueStore;
  /** Cache tuning (TTL, stale window, negative TTL, size bound); false for no cache at all. */
  cache?: Omit<CacheOptions, "store" | "partition"> | false;
  /**
   * Makes the cache layer: the task pane passes a SweepingProfileSource (sweeping-cache.ts); by
   * default a CachedProfileSource, which never sweeps, so the launch event carries no sweep.
   */
  makeCache?: (inner: ProfileSource, options: CacheOptions) => CachedProfileSource;
  /**
   * Who is signed in: cached answers are kept per tenant, account, site and list. `account`
   * returning undefined (not known yet) means the cache is not used for that lookup.
   */
  cacheOwner?: { tenant: string; account: () => string | undefined };
}

export interface ComposedProfileSource {
  /** What callers use. */
  source: ProfileSource;
  /** The cache layer, for whenIdle() and invalidate(); absent when caching is off. */
  cache?: CachedProfileSource;
  /** The Graph layer, for its `problems` and settings; absent for file sources. */
  graph?: GraphProfileSource;
}

export function createProfileSource(options: CreateProfileSourceOptions): ComposedProfileSource {
  const makeGraph = options.graphSource ?? ((graph) => new GraphProfileSource(graph));
  const graph = options.graph ? makeGraph(options.graph) : undefined;
  const inner = graph ?? options.file;
  if (!inner) {
    throw new ProfileSourceError(
      "invalid",
      "No profile source is configured: set the SharePoint site and list, or give a profile file.",
    );
  }
  if (options.cache === false) return { source: inner, graph };
  const owner = options.cacheOwner;
  const where = graph
    ? { site: graph.siteLabel, list: graph.settings.list }
    : { site: "file", list: "file" };
  const partition = (): CachePartition | undefined => {
    if (!owner) return { tenant: "", account: "", ...where };
    const account = owner.account()?.trim();
    return account ? { tenant: owner.tenant, account, ...where } : undefined;
  };
  const makeCache = options.makeCache ?? ((source, o) => new CachedProfileSource(source, o));
  const cache = makeCache(inner, {
    ...options.cache,
    store: options.store ?? new MemoryStore(),
    partition,
  });
  return { source: cache, cache, graph };
}
