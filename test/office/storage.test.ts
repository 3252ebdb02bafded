import { MemoryStore, OfficeRuntimeStore, defaultStore } from "../../src/office/storage";

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
  it("uses memory where OfficeRuntime is missing, so nothing crashes outside Outlook", async () => {
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
