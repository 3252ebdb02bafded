import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList, sourceOptionsFor } from "./graph-fixtures";
import { CachedProfileSource } from "../../src/profiles/cache";
import { SweepingProfileSource, SWEEP_LIMIT } from "../../src/profiles/sweeping-cache";
import { createProfileSource } from "../../src/profiles/create-source";
import { GraphProfileSource } from "../../src/profiles/graph-source";
import { WritableGraphProfileSource, writableGraphSource } from "../../src/profiles/graph-write";
import { LocalStorageStore, MemoryStore } from "../../src/profiles/stores";
import { ProfileSourceError, type ProfileSource } from "../../src/profiles/source";
import { emptyProfile, type ClientProfile } from "../../src/core/profile";
import { profileColumnDefinitions } from "../../src/profiles/list-mapping";

const COKE_TEAM = Array.from({ length: 10 }, (_, i) =>
  i === 0 ? "megge.anderson@coca-cola.example" : `colleague${i}@coca-cola.example`,
);

function profile(matchKey: string, extra: Partial<ClientProfile> = {}): ClientProfile {
  return { ...emptyProfile(matchKey), ...extra };
}

/** A source that records what it was asked and answers from a table it can be told to change. */
class CountingSource implements ProfileSource {
  calls: string[][] = [];
  table = new Map<string, ClientProfile>();
  fail?: Error;
  async lookup(addresses: readonly string[]): Promise<Map<string, ClientProfile | undefined>> {
    this.calls.push([...addresses]);
    if (this.fail) throw this.fail;
    const result = new Map<string, ClientProfile | undefined>();
    for (const address of addresses) {
      const domain = address.slice(address.indexOf("@"));
      result.set(address, this.table.get(address) ?? this.table.get(domain));
    }
    return result;
  }
  async save(saved: ClientProfile) {
    this.table.set(saved.matchKey, saved);
    return { profile: saved };
  }
}

describe("CachedProfileSource over Graph", () => {
  let standIn: GraphStandIn;
  beforeEach(async () => {
    standIn = new GraphStandIn();
    await standIn.start();
    seedList(standIn);
  });
  afterEach(() => standIn.stop());

  it("ten recipients of one client cost one round trip cold and none warm", async () => {
    const { source } = createProfileSource({ graph: sourceOptionsFor(standIn) });

    const cold = await source.lookup(COKE_TEAM);
    expect(standIn.requestCount).toBe(1);
    standIn.clearLog();

    const warm = await source.lookup(COKE_TEAM);
    expect(standIn.requestCount).toBe(0);
    expect(warm).toEqual(cold);
    expect(warm.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
  });
});

describe("CachedProfileSource", () => {
  let now: number;
  let inner: CountingSource;
  let store: MemoryStore;
  let cache: CachedProfileSource;

  beforeEach(() => {
    now = 1_000_000;
    inner = new CountingSource();
    inner.table.set("@ford.example", profile("@ford.example", { competitors: ["GM"] }));
    inner.table.set("dan@whitakerbuilding.example", profile("dan@whitakerbuilding.example"));
    store = new MemoryStore();
    cache = new CachedProfileSource(inner, {
      store,
      ttlMs: 1000,
      negativeTtlMs: 500,
      staleMs: 10_000,
      fallbackMaxAgeMs: 60_000,
      maxEntries: 3,
      now: () => now,
    });
  });

  it("answers fresh entries without asking the source, keyed by lower-case address", async () => {
    await cache.lookup(["Henry@Ford.example"]);
    const again = await cache.lookup(["henry@ford.example", "<HENRY@ford.example>"]);
    expect(inner.calls).toEqual([["henry@ford.example"]]);
    expect(again.get("henry@ford.example")?.competitors).toEqual(["GM"]);
  });

  it("serves a stale entry at once and refreshes it in the background", async () => {
    await cache.lookup(["henry@ford.example"]);
    inner.table.set("@ford.example", profile("@ford.example", { competitors: ["GM", "Toyota"] }));
    now += 1500; // past the TTL, inside the stale window

    const stale = await cache.lookup(["henry@ford.example"]);
    expect(stale.get("henry@ford.example")?.competitors).toEqual(["GM"]);
    await cache.whenIdle();
    expect(inner.calls).toHaveLength(2);

    const refreshed = await cache.lookup(["henry@ford.example"]);
    expect(refreshed.get("henry@ford.example")?.competitors).toEqual(["GM", "Toyota"]);
    expect(inner.calls).toHaveLength(2);
  });

  it("fetches again once an entry is older than the stale window", async () => {
    await cache.lookup(["henry@ford.example"]);
    now += 20_000;
    await cache.lookup(["henry@ford.example"]);
    expect(inner.calls).toHaveLength(2);
  });

  it("caches 'no profile' for a shorter time", async () => {
    const first = await cache.lookup(["someone@unknown.example"]);
    expect(first.get("someone@unknown.example")).toBeUndefined();
    expect(first.has("someone@unknown.example")).toBe(true);
    await cache.lookup(["someone@unknown.example"]);
    expect(inner.calls).toHaveLength(1);

    now += 600; // past the negative TTL: served, then refreshed
    inner.table.set("@unknown.example", profile("@unknown.example", { competitors: ["X"] }));
    await cache.lookup(["someone@unknown.example"]);
    await cache.whenIdle();
    const later = await cache.lookup(["someone@unknown.example"]);
    expect(later.get("someone@unknown.example")?.competitors).toEqual(["X"]);
  });

  it("keeps at most maxEntries, evicting the least recently used", async () => {
    await cache.lookup(["a@ford.example"]);
    await cache.lookup(["b@ford.example"]);
    await cache.lookup(["c@ford.example"]);
    await cache.lookup(["a@ford.example"]); // a is now the most recent
    await cache.lookup(["d@ford.example"]); // evicts b

    inner.calls = [];
    await cache.lookup(["a@ford.example", "c@ford.example", "d@ford.example"]);
    expect(inner.calls).toEqual([]);
    await cache.lookup(["b@ford.example"]);
    expect(inner.calls).toEqual([["b@ford.example"]]);
    expect(store.keys().filter((k) => k.includes(":address:"))).toHaveLength(3);
  });

  it("a saved @domain profile invalidates every cached address of that domain", async () => {
    await cache.lookup(["a@ford.example", "b@ford.example", "dan@whitakerbuilding.example"]);
    await cache.save(profile("@ford.example", { competitors: ["GM", "Tesla"] }));
    inner.calls = [];

    const after = await cache.lookup([
      "a@ford.example",
      "b@ford.example",
      "dan@whitakerbuilding.example",
    ]);

    expect(inner.calls).toEqual([["a@ford.example", "b@ford.example"]]);
    expect(after.get("b@ford.example")?.competitors).toEqual(["GM", "Tesla"]);
  });

  it("a saved person profile invalidates only that address", async () => {
    await cache.lookup(["dan@whitakerbuilding.example", "a@ford.example"]);
    await cache.save(profile("dan@whitakerbuilding.example", { preferredName: "Dan" }));
    inner.calls = [];
    await cache.lookup(["dan@whitakerbuilding.example", "a@ford.example"]);
    expect(inner.calls).toEqual([["dan@whitakerbuilding.example"]]);
  });

  it("a save invalidates the addresses its key covers: sub-domains and +tags, never a look-alike domain", async () => {
    const addresses = [
      "a@uk.ford.example",
      "dan+deal@whitakerbuilding.example",
      "b@notford.example",
    ];
    await cache.lookup(addresses);
    await cache.save(profile("@ford.example", { competitors: ["GM", "Tesla"] }));
    await cache.save(profile("dan@whitakerbuilding.example", { preferredName: "Dan" }));
    inner.calls = [];
    await cache.lookup(addresses);
    expect(inner.calls).toEqual([["a@uk.ford.example", "dan+deal@whitakerbuilding.example"]]);
  });

  it("serves older entries when the source fails, and rethrows when it has nothing", async () => {
    await cache.lookup(["henry@ford.example"]);
    now += 30_000; // beyond the stale window, within the fallback age
    inner.fail = new ProfileSourceError("network", "Graph is down");
    const served = await cache.lookup(["henry@ford.example"]);
    expect(served.get("henry@ford.example")?.competitors).toEqual(["GM"]);
    await expect(cache.lookup(["new@ford.example"])).rejects.toMatchObject({ kind: "network" });
  });

  it("says so when older entries answer because the source failed", async () => {
    await cache.lookup(["henry@ford.example"]);
    const fetchedAt = now;
    now += 30_000;
    const failure = new ProfileSourceError("network", "Graph is down");
    inner.fail = failure;
    const told: [number, unknown][] = [];
    await cache.lookup(["henry@ford.example"], {
      onSavedCopy: (savedAt, error) => told.push([savedAt, error]),
    });
    expect(told).toEqual([[fetchedAt, failure]]);

    // Fresh answers are not "saved copies": nothing is said.
    inner.fail = undefined;
    const quiet: number[] = [];
    await cache.lookup(["dan@whitakerbuilding.example"], { onSavedCopy: (at) => quiet.push(at) });
    expect(quiet).toEqual([]);
  });

  it("hands over every saved answer still of use (up to keepMs), without asking the source", async () => {
    await cache.lookup(["henry@ford.example", "nobody@unknown.example"]);
    const fetchedAt = now;
    now += 59_000; // far past the stale window, just inside the fallback age (keepMs)
    inner.calls = [];

    const saved = await cache.savedProfiles([
      "Henry@Ford.example",
      "nobody@unknown.example",
      "new@ford.example",
    ]);

    expect(inner.calls).toEqual([]);
    expect(saved.profiles.get("henry@ford.example")?.competitors).toEqual(["GM"]);
    expect(saved.profiles.has("nobody@unknown.example")).toBe(true); // saved as "no profile"
    expect(saved.profiles.get("nobody@unknown.example")).toBeUndefined();
    expect(saved.missing).toEqual(["new@ford.example"]);
    expect(saved.oldestSavedAt).toBe(fetchedAt);
  });

  it("deletes an entry past every use when it is read, instead of keeping it", async () => {
    await cache.lookup(["henry@ford.example", "nobody@unknown.example"]);
    expect(cache.keepMs).toBe(60_000); // the fallback age: longer than TTL + stale window
    now += 60_000;

    const saved = await cache.savedProfiles(["henry@ford.example", "nobody@unknown.example"]);

    expect(saved.profiles.size).toBe(0);
    expect(saved.missing).toEqual(["henry@ford.example", "nobody@unknown.example"]);
    expect(store.keys().filter((k) => k.includes(":address:"))).toEqual([]);
  });

  it("sweeps the partition once per load, after a lookup, of entries no use is left for", async () => {
    const partition = () => ({
      tenant: "t",
      account: "lawyer1@firm.example",
      site: "s",
      list: "l",
    });
    const ages = { ttlMs: 1000, negativeTtlMs: 500, staleMs: 10_000, fallbackMaxAgeMs: 60_000 };
    const options = { store, ...ages, now: () => now, partition };
    const earlier = new CachedProfileSource(inner, options);
    await earlier.lookup(["megge@coca-cola.example", "henry@ford.example"]);
    now += 30_000;
    await earlier.lookup(["dan@whitakerbuilding.example"]);
    now += 35_000; // megge and henry 65 s old, past keepMs; dan 35 s

    const next = new SweepingProfileSource(inner, { ...options, sweepAfterMs: 0 }); // the next load
    await next.lookup(["new@ford.example"]); // answers first; the sweep comes after
    await next.sweeping;
    const addressKeys = () => store.keys().filter((k) => k.includes(":address:"));
    expect(addressKeys().map((k) => k.slice(k.lastIndexOf(":") + 1))).toEqual([
      "dan@whitakerbuilding.example",
      "new@ford.example",
    ]);
    const index = store.keys().find((k) => k.endsWith(":index"))!;
    expect(JSON.parse((await store.get(index))!)).toEqual([
      "dan@whitakerbuilding.example",
      "new@ford.example",
    ]);

    // Once per load: a later lookup starts no second sweep.
    now += 60_000;
    await next.lookup(["later@ford.example"]);
    await next.sweeping;
    expect(addressKeys()).toHaveLength(3);
  });

  it("bounds a sweep's work: at most SWEEP_LIMIT entries, least recently used first", async () => {
    const ages = { ttlMs: 1000, negativeTtlMs: 500, staleMs: 10_000, fallbackMaxAgeMs: 60_000 };
    const options = { store, maxEntries: 1000, ...ages, now: () => now };
    const earlier = new CachedProfileSource(inner, options);
    const addresses = Array.from({ length: SWEEP_LIMIT + 50 }, (_, i) => `p${i}@ford.example`);
    for (const address of addresses) await earlier.lookup([address]);
    now += 60_000;
    const next = new SweepingProfileSource(inner, { ...options, sweepAfterMs: 0 });
    await next.lookup(["new@ford.example"]);
    await next.sweeping;
    const left = store.keys().filter((k) => k.includes(":address:"));
    expect(left).toHaveLength(51); // 50 past keepMs but beyond the bound, and the new one
    expect(left).toContain(`rapport.profiles.v2:address:p${SWEEP_LIMIT}@ford.example`);
    expect(left).not.toContain(`rapport.profiles.v2:address:p${SWEEP_LIMIT - 1}@ford.example`);
  });

  it("keeps in the index an address a lookup re-wrote during the sweep, so a 401 still clears it", async () => {
    let release = () => {};
    let holding = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    class HeldStore extends MemoryStore {
      override async get(key: string) {
        if (holding && key.endsWith(":address:c@x.example")) await held; // the sweep's reads wait
        return super.get(key);
      }
    }
    const slow = new HeldStore();
    inner.table.set("@x.example", profile("@x.example"));
    const options = { store: slow, now: () => now };
    const earlier = new CachedProfileSource(inner, options);
    await earlier.lookup(["b@x.example"]);
    await earlier.lookup(["c@x.example"]);
    now += 8 * 24 * 3_600_000; // b and c past every use
    holding = true;

    const next = new SweepingProfileSource(inner, { ...options, sweepAfterMs: 0 });
    await next.lookup(["a@x.example"]); // starts the sweep, which reads b (dead), waits on c
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await next.lookup(["b@x.example"])).get("b@x.example")).toBeDefined(); // b again
    release();
    await next.sweeping;
    expect(JSON.parse((await slow.get("rapport.profiles.v2:index"))!)).toEqual([
      "a@x.example",
      "b@x.example",
    ]);

    await next.clear(); // what a 401/403 does
    expect(slow.keys().filter((k) => k.includes(":address:"))).toEqual([]);
    expect((await next.savedProfiles(["b@x.example"])).missing).toEqual(["b@x.example"]);
  });

  it("treats a damaged entry as a miss", async () => {
    await store.set("rapport.profiles.v2:address:henry@ford.example", "{not json");
    const result = await cache.lookup(["henry@ford.example"]);
    expect(result.get("henry@ford.example")?.competitors).toEqual(["GM"]);
    expect(inner.calls).toHaveLength(1);
  });

  it("keeps its answers across instances that share a store", async () => {
    await cache.lookup(["henry@ford.example"]);
    const second = new CachedProfileSource(inner, { store, now: () => now });
    await second.lookup(["henry@ford.example"]);
    expect(inner.calls).toHaveLength(1);
  });
});

describe("a private, honest cache (tenant, account, site and list)", () => {
  let standIn: GraphStandIn;
  let store: MemoryStore;
  let now: number;
  beforeEach(async () => {
    standIn = new GraphStandIn();
    await standIn.start();
    seedList(standIn);
    store = new MemoryStore();
    now = Date.parse("2026-12-01T09:00:00Z");
  });
  afterEach(() => standIn.stop());

  /** The add-in's cache as the task pane and the send handler build it, for one mailbox. */
  function forAccount(
    account: string | undefined,
    extra: { list?: string; tenant?: string } = {},
  ): ProfileSource {
    return createProfileSource({
      graph: sourceOptionsFor(standIn, extra.list ? { list: extra.list } : {}),
      store,
      cache: { now: () => now },
      cacheOwner: { tenant: extra.tenant ?? "contoso.onmicrosoft.com", account: () => account },
    }).source;
  }

  it("never serves one account's answers to another account on the same machine", async () => {
    await forAccount("alice@lawfirm.example").lookup(["megge.anderson@coca-cola.example"]);
    standIn.clearLog();

    await forAccount("bob@lawfirm.example").lookup(["megge.anderson@coca-cola.example"]);
    expect(standIn.requestCount).toBe(1); // Bob's own lookup, not Alice's cached answer
    standIn.clearLog();

    await forAccount("alice@lawfirm.example").lookup(["megge.anderson@coca-cola.example"]);
    expect(standIn.requestCount).toBe(0); // Alice's own entry is still hers
  });

  it("keeps each tenant, site and list apart", async () => {
    standIn.createList("Other Profiles", profileColumnDefinitions());
    await forAccount("alice@lawfirm.example").lookup(["megge.anderson@coca-cola.example"]);
    standIn.clearLog();

    const other = await forAccount("alice@lawfirm.example", { list: "Other Profiles" }).lookup([
      "megge.anderson@coca-cola.example",
    ]);
    expect(other.get("megge.anderson@coca-cola.example")).toBeUndefined();
    await forAccount("alice@lawfirm.example", { tenant: "fabrikam.example" }).lookup([
      "megge.anderson@coca-cola.example",
    ]);
    expect(standIn.requestCount).toBe(2);
    expect(store.keys().some((key) => key.includes("other%20profiles"))).toBe(true);
  });

  it("neither reads nor writes while nobody is known to be signed in", async () => {
    await forAccount(undefined).lookup(["megge.anderson@coca-cola.example"]);
    await forAccount(undefined).lookup(["megge.anderson@coca-cola.example"]);
    expect(standIn.requestCount).toBe(2);
    expect(store.keys().filter((key) => key.includes(":address:"))).toEqual([]);
  });

  it.each([
    [403, "forbidden"],
    [401, "sign-in-needed"],
  ])(
    "clears the account's entries when Graph answers %i, instead of serving them for days",
    async (status, kind) => {
      const alice = forAccount("alice@lawfirm.example");
      await alice.lookup(["megge.anderson@coca-cola.example", "dan@whitakerbuilding.example"]);
      await forAccount("bob@lawfirm.example").lookup(["dan@whitakerbuilding.example"]);
      now += 2 * 24 * 60 * 60_000; // two days: past stale-while-revalidate, within the 7-day fallback
      standIn.faults.push({ status, where: "any", times: Infinity });

      await expect(alice.lookup(["megge.anderson@coca-cola.example"])).rejects.toMatchObject({
        kind,
      });

      const keys = store.keys().filter((key) => key.includes(":address:"));
      expect(keys.filter((key) => key.includes("alice"))).toEqual([]);
      expect(keys.filter((key) => key.includes("bob"))).toHaveLength(1);
      // Nothing of Alice's is served any more, not even with the network down.
      standIn.faults = [{ status: 503, where: "any", times: Infinity }];
      await expect(alice.lookup(["dan@whitakerbuilding.example"])).rejects.toMatchObject({
        kind: "throttled",
      });
    },
  );

  it("clears them too when a background refresh is refused", async () => {
    const { source, cache } = createProfileSource({
      graph: sourceOptionsFor(standIn),
      store,
      cache: { now: () => now },
      cacheOwner: { tenant: "t", account: () => "alice@lawfirm.example" },
    });
    await source.lookup(["megge.anderson@coca-cola.example"]);
    now += 20 * 60_000; // stale: served, refreshed in the background
    standIn.faults.push({ status: 403, where: "any", times: Infinity });
    await source.lookup(["megge.anderson@coca-cola.example"]);
    await cache!.whenIdle();
    expect(store.keys().filter((key) => key.includes(":address:"))).toEqual([]);
  });

  it("deletes entries left by the shared layout that came before", async () => {
    await store.set("rapport.profiles:index", JSON.stringify(["megge.anderson@coca-cola.example"]));
    await store.set(
      "rapport.profiles:address:megge.anderson@coca-cola.example",
      JSON.stringify({ profile: profile("megge.anderson@coca-cola.example"), at: now }),
    );
    await forAccount("alice@lawfirm.example").lookup(["megge.anderson@coca-cola.example"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.keys().filter((key) => key.startsWith("rapport.profiles:address:"))).toEqual([]);
  });
});

describe("stores", () => {
  it("LocalStorageStore round-trips and survives a full storage", async () => {
    const backing = new Map<string, string>();
    const store = new LocalStorageStore({
      getItem: (k) => backing.get(k) ?? null,
      setItem: (k, v) => {
        if (v.length > 10) throw new Error("QuotaExceededError");
        backing.set(k, v);
      },
      removeItem: (k) => void backing.delete(k),
    });
    await store.set("k", "v");
    expect(await store.get("k")).toBe("v");
    await expect(store.set("k2", "x".repeat(20))).resolves.toBeUndefined();
    expect(await store.get("k2")).toBeUndefined();
    await store.delete("k");
    expect(await store.get("k")).toBeUndefined();
  });

  it("createProfileSource refuses to start with no source", () => {
    expect(() => createProfileSource({})).toThrow(/No profile source is configured/);
  });

  // Round 16: the launch event only reads, so the write path stays out of its bundle.
  it("createProfileSource's Graph layer reads only, unless a surface asks for the writable one", async () => {
    const graph = {
      siteHostname: "contoso.sharepoint.com",
      sitePath: "/sites/clients",
      list: "Client Profiles",
      getToken: async () => "token",
    };
    const bare = createProfileSource({ graph, cache: false });
    expect(bare.graph).toBeInstanceOf(GraphProfileSource);
    expect(bare.graph).not.toBeInstanceOf(WritableGraphProfileSource);
    expect(bare.source.save).toBeUndefined();
    const cached = createProfileSource({ graph });
    await expect(cached.source.save!(profile("@ford.example"))).rejects.toThrow(/read-only/);

    const writable = createProfileSource({ graph, graphSource: writableGraphSource });
    expect(writable.graph).toBeInstanceOf(WritableGraphProfileSource);
    expect(typeof (writable.graph as WritableGraphProfileSource).save).toBe("function");
  });
});
