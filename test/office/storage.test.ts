import type { WebStorageLike } from "../../src/core/key-value-store";
import {
  MemoryStore,
  OfficeRuntimeStore,
  WebStorageStore,
  defaultStore,
} from "../../src/office/storage";
import { CachedProfileSource } from "../../src/profiles/cache";
import type { ProfileSource } from "../../src/profiles/source";

/** A localStorage stand-in over a Map that outlives the stores built on it (like the browser's). */
function fakeLocalStorage(backing = new Map<string, string>()): WebStorageLike {
  return {
    getItem: (key) => backing.get(key) ?? null,
    setItem: (key, value) => void backing.set(key, String(value)),
    removeItem: (key) => void backing.delete(key),
  };
}

function withGlobals(globals: Record<string, unknown>, run: () => Promise<void> | void) {
  const target = globalThis as Record<string, unknown>;
  const before = Object.keys(globals).map((key) => [key, key in target, target[key]] as const);
  Object.assign(target, globals);
  const restore = () => {
    for (const [key, had, value] of before) {
      if (had) target[key] = value;
      else delete target[key];
    }
  };
  try {
    const result = run();
    if (result instanceof Promise) return result.finally(restore);
    restore();
    return undefined;
  } catch (error) {
    restore();
    throw error;
  }
}

describe("OfficeRuntimeStore", () => {
  it("maps OfficeRuntime.storage's null to undefined and passes writes through", async () => {
    const values = new Map<string, string>();
    const store = new OfficeRuntimeStore({
      getItem: async (key) => values.get(key) ?? null,
      setItem: async (key, value) => {
        values.set(key, value);
      },
      removeItem: async (key) => {
        values.delete(key);
      },
    });

    await expect(store.get("rapport.x")).resolves.toBeUndefined();
    await store.set("rapport.x", "1");
    await expect(store.get("rapport.x")).resolves.toBe("1");
    await store.delete("rapport.x");
    expect(values.size).toBe(0);
  });
});

describe("defaultStore", () => {
  it("uses memory where neither OfficeRuntime.storage nor localStorage exists (Node)", async () => {
    const store = defaultStore();
    expect(store).toBeInstanceOf(MemoryStore);
    await store.set("k", "v");
    await expect(store.get("k")).resolves.toBe("v");
  });

  it("uses OfficeRuntime.storage when the runtime has it", () => {
    const globals = globalThis as { OfficeRuntime?: unknown };
    globals.OfficeRuntime = {
      storage: {
        getItem: async () => null,
        setItem: async () => undefined,
        removeItem: async () => undefined,
      },
    };
    try {
      expect(defaultStore()).toBeInstanceOf(OfficeRuntimeStore);
    } finally {
      delete globals.OfficeRuntime;
    }
  });
});

describe("defaultStore where OfficeRuntime.storage is missing (web, new Outlook, Mac)", () => {
  it("uses localStorage, so what one runtime stores the next one finds", async () => {
    const backing = new Map<string, string>();
    await withGlobals({ OfficeRuntime: {}, localStorage: fakeLocalStorage(backing) }, async () => {
      const first = defaultStore();
      expect(first).toBeInstanceOf(WebStorageStore);
      await first.set("rapport.policy.v1", "{}");
      // A new page (the next event runtime, or the task pane) builds its own store.
      await expect(defaultStore().get("rapport.policy.v1")).resolves.toBe("{}");
    });
    expect(backing.get("rapport.policy.v1")).toBe("{}");
  });

  it("keeps profiles cached across runtimes: the second lookup needs no request", async () => {
    const backing = new Map<string, string>();
    let requests = 0;
    const source: ProfileSource = {
      lookup: async (addresses) => {
        requests++;
        return new Map(addresses.map((a) => [a, { matchKey: a, competitors: ["Pepsi"] }]));
      },
    } as ProfileSource;
    await withGlobals({ localStorage: fakeLocalStorage(backing) }, async () => {
      await new CachedProfileSource(source, { store: defaultStore() }).lookup([
        "megge@coke.example",
      ]);
    });
    // Later, a fresh runtime: nothing in memory, only what localStorage kept.
    await withGlobals({ localStorage: fakeLocalStorage(backing) }, async () => {
      const again = await new CachedProfileSource(source, { store: defaultStore() }).lookup([
        "megge@coke.example",
      ]);
      expect(again.get("megge@coke.example")?.competitors).toEqual(["Pepsi"]);
    });
    expect(requests).toBe(1);
  });

  it("falls back to memory when localStorage is blocked (it throws on use)", async () => {
    const blocked: WebStorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error("SecurityError: access denied");
      },
      removeItem: () => undefined,
    };
    await withGlobals({ localStorage: blocked }, () => {
      expect(defaultStore()).toBeInstanceOf(MemoryStore);
    });
  });

  it("a full localStorage loses the write, never the caller's work", async () => {
    const store = new WebStorageStore({
      ...fakeLocalStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    });
    await expect(store.set("k", "v")).resolves.toBeUndefined();
    await expect(store.get("k")).resolves.toBeUndefined();
  });
});
