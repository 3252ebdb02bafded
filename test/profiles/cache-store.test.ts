/**
 * The profile cache's store (audit 50s, findings 1, 3 and 5): read-merge-write of the index across
 * instances sharing one localStorage, store failures that never fail a lookup, cached profiles
 * read as any other profile, and a versioned namespace.
 */
import { CachedProfileSource, CACHE_NAMESPACE } from "../../src/profiles/cache";
import { createProfileSource } from "../../src/profiles/create-source";
import { MemoryStore, type KeyValueStore } from "../../src/core/key-value-store";
import { ProfileSourceError, type ProfileSource } from "../../src/profiles/source";
import { emptyProfile, type ClientProfile } from "../../src/core/profile";

function profile(matchKey: string, extra: Partial<ClientProfile> = {}): ClientProfile {
  return { ...emptyProfile(matchKey), ...extra };
}

class TableSource implements ProfileSource {
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

const OWNER = { tenant: "t", account: () => "alex@lawfirm.example" };
const JIM = "jim.farley@ford.example";
const CFO = "cfo@ford.example";

function cacheOver(source: ProfileSource, store: KeyValueStore, cache = {}) {
  return createProfileSource({ file: source, store, cacheOwner: OWNER, cache }).cache!;
}

const addressKeys = (store: MemoryStore) => store.keys().filter((k) => k.includes(":address:"));

describe("one store, several instances (web, new Outlook, Mac: pane and event runtime)", () => {
  it("a pane loaded earlier invalidates an @domain edit over the addresses the other added", async () => {
    const store = new MemoryStore();
    const graph = new TableSource();
    graph.table.set("@ford.example", profile("@ford.example", { competitors: ["Toyota"] }));
    const pane = cacheOver(graph, store);
    const eventRuntime = cacheOver(graph, store);
    await pane.lookup([JIM]); // the pinned pane, this morning
    await eventRuntime.lookup([CFO]); // later, a compose to the CFO
    await Promise.all([pane.whenIdle(), eventRuntime.whenIdle()]);

    await pane.save(profile("@ford.example", { competitors: ["Toyota", "Tesla"] }));

    expect(addressKeys(store)).toEqual([]);
    const seen = await eventRuntime.lookup([CFO]);
    expect(seen.get(CFO)?.competitors).toEqual(["Toyota", "Tesla"]);
  });

  it("keeps the other instance's addresses in the index, so a 403 clears them too", async () => {
    const store = new MemoryStore();
    const graph = new TableSource();
    const pane = cacheOver(graph, store);
    const eventRuntime = cacheOver(graph, store);
    await pane.lookup([JIM]);
    await eventRuntime.lookup([CFO]);
    await pane.lookup([JIM]); // the pane's touch must not write back an index without the CFO
    await Promise.all([pane.whenIdle(), eventRuntime.whenIdle()]);

    graph.fail = new ProfileSourceError("forbidden", "no access", { status: 403 });
    await expect(pane.lookup(["someone@else.example"])).rejects.toThrow("no access");
    await pane.whenIdle();

    expect(addressKeys(store)).toEqual([]);
  });
});

describe("what is served when", () => {
  it("the pane (serve-stale) asks again for 'no profile' past its 5 minutes, not 24 h later", async () => {
    let now = 0;
    const graph = new TableSource();
    const pane = cacheOver(graph, new MemoryStore(), { now: () => now });
    expect((await pane.lookup(["gc@newclient.example"])).get("gc@newclient.example")).toBe(
      undefined,
    );
    graph.table.set("@newclient.example", profile("@newclient.example", { competitors: ["X"] }));
    now += 6 * 60_000;

    const seen = await pane.lookup(["gc@newclient.example"]);

    expect(seen.get("gc@newclient.example")?.competitors).toEqual(["X"]);
  });

  it("the pane still shows a stale found profile at once and refreshes it behind", async () => {
    let now = 0;
    const graph = new TableSource();
    graph.table.set(JIM, profile(JIM, { competitors: ["Toyota"] }));
    const pane = cacheOver(graph, new MemoryStore(), { now: () => now });
    await pane.lookup([JIM]);
    graph.table.set(JIM, profile(JIM, { competitors: ["Tesla"] }));
    now += 20 * 60_000;

    expect((await pane.lookup([JIM])).get(JIM)?.competitors).toEqual(["Toyota"]);
    await pane.whenIdle();
    expect((await pane.lookup([JIM])).get(JIM)?.competitors).toEqual(["Tesla"]);
  });
});

describe("a store that fails", () => {
  class FailingStore extends MemoryStore {
    failSets = 0;
    sets = 0;
    override async set(key: string, value: string): Promise<void> {
      this.sets++;
      if (this.failSets > 0) {
        this.failSets--;
        throw Object.assign(new Error(`quota for ${key}`), { name: "QuotaExceededError" });
      }
      return super.set(key, value);
    }
  }

  it("a failing write empties the partition once, and the cache works again", async () => {
    const store = new FailingStore();
    const graph = new TableSource();
    graph.table.set("@ford.example", profile("@ford.example"));
    const errors: string[] = [];
    const cache = cacheOver(graph, store, { onStoreError: (what: string) => errors.push(what) });
    await cache.lookup(["a@ford.example", "b@ford.example"]);
    await cache.whenIdle();
    expect(addressKeys(store)).toHaveLength(2);

    store.failSets = 1; // the store is full
    const answer = await cache.lookup(["c@ford.example"]);
    await cache.whenIdle();
    expect(answer.get("c@ford.example")?.matchKey).toBe("@ford.example");
    expect(addressKeys(store)).toEqual([]); // emptied to make room
    expect(errors).toContain("write");

    await cache.lookup(["d@ford.example"]);
    await cache.whenIdle();
    expect(addressKeys(store)).toHaveLength(1);
  });

  it("a read that never settles is a miss within storeWaitMs, and the source answers", async () => {
    const store = new MemoryStore();
    store.get = () => new Promise(() => undefined);
    const graph = new TableSource();
    graph.table.set(JIM, profile(JIM));
    const cache = cacheOver(graph, store, { storeWaitMs: 20, onStoreError: () => undefined });
    const started = Date.now();

    const answer = await cache.lookup([JIM]);

    expect(answer.get(JIM)?.matchKey).toBe(JIM);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("cached profiles are read like any other", () => {
  it("a damaged profile in an entry is a miss and is deleted", async () => {
    const store = new MemoryStore();
    const graph = new TableSource();
    graph.table.set(JIM, profile(JIM, { competitors: ["Toyota"] }));
    const cache = cacheOver(graph, store);
    await cache.lookup([JIM]);
    await cache.whenIdle();
    const [key] = addressKeys(store);
    await store.set(
      key!,
      JSON.stringify({ at: Date.now(), profile: { matchKey: JIM, competitors: 7 } }),
    );
    graph.calls = [];

    const answer = await cache.lookup([JIM]);

    expect(answer.get(JIM)?.competitors).toEqual(["Toyota"]);
    expect(graph.calls).toEqual([[JIM]]);
  });

  it("keeps what resolveProfiles adds (unreadable fields, parent domains) through the cache", async () => {
    const store = new MemoryStore();
    const graph = new TableSource();
    const merged = profile("@uk.coca-cola.example", {
      competitors: ["Pepsi"],
      unreadable: [{ matchKey: "@coca-cola.example", field: "avoidTopics" }],
      fromParentDomains: ["@coca-cola.example"],
    });
    graph.table.set("@uk.coca-cola.example", merged);
    const first = cacheOver(graph, store);
    const fetched = (await first.lookup(["a@uk.coca-cola.example"])).get("a@uk.coca-cola.example");
    await first.whenIdle();

    const second = cacheOver(graph, store);
    graph.calls = [];
    const cached = (await second.lookup(["a@uk.coca-cola.example"])).get("a@uk.coca-cola.example");

    expect(graph.calls).toEqual([]);
    expect(cached).toEqual(fetched);
  });

  it("versions its namespace: the earlier namespace's keys of this partition are deleted once", async () => {
    const store = new MemoryStore();
    const old = "rapport.profiles:t|alex%40lawfirm.example|file|file";
    await store.set(`${old}:index`, JSON.stringify([JIM]));
    await store.set(
      `${old}:address:${JIM}`,
      JSON.stringify({ at: Date.now(), profile: { matchKey: JIM } }),
    );
    const cache = cacheOver(new TableSource(), store);

    await cache.lookup([CFO]);
    await cache.whenIdle();

    expect(CACHE_NAMESPACE).toBe("rapport.profiles.v2");
    expect(store.keys().filter((k) => k.startsWith(`${old}:`))).toEqual([]);
    expect(store.keys().every((k) => k.startsWith(`${CACHE_NAMESPACE}:`))).toBe(true);
  });
});

describe("CachedProfileSource without createProfileSource", () => {
  it("answers when the store rejects every call", async () => {
    const store: KeyValueStore = {
      get: () => Promise.reject(new Error("storage gone")),
      set: () => Promise.reject(new Error("storage gone")),
      delete: () => Promise.reject(new Error("storage gone")),
    };
    const graph = new TableSource();
    graph.table.set(JIM, profile(JIM));
    const cache = new CachedProfileSource(graph, { store, onStoreError: () => undefined });

    expect((await cache.lookup([JIM])).get(JIM)?.matchKey).toBe(JIM);
    await cache.whenIdle();
    expect((await cache.savedProfiles([JIM])).missing).toEqual([JIM]);
  });
});

describe("a slow store when access ends (review of harm-50c, B1)", () => {
  /** A store whose reads can be made slower than the cache's 250 ms bound on reads. */
  class SlowStore extends MemoryStore {
    delayMs = 0;
    override async get(key: string) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      return super.get(key);
    }
  }

  it("still deletes every entry after a 403, never just the index that named them", async () => {
    const store = new SlowStore();
    const graph = new TableSource();
    graph.table.set("@ford.example", profile("@ford.example", { competitors: ["Toyota"] }));
    const cache = cacheOver(graph, store);
    await cache.lookup([JIM, CFO]);
    await cache.whenIdle();
    expect(addressKeys(store)).toHaveLength(2);

    store.delayMs = 300; // e.g. classic Windows' store busy deleting the old namespace's keys
    graph.fail = new ProfileSourceError("forbidden", "no access", { status: 403 });
    await expect(cache.lookup(["someone@else.example"])).rejects.toThrow("no access");
    await cache.whenIdle();

    expect(addressKeys(store)).toEqual([]);
    const saved = await cache.savedProfiles([JIM, CFO]);
    expect(saved.profiles.size).toBe(0);
  });
});
