/**
 * A small async key/value store, persistent wherever the runtime allows:
 *  - OfficeRuntime.storage where it exists: Microsoft documents it, for Outlook, only in the
 *    event runtime of classic Outlook on Windows, a JavaScript-only runtime with no localStorage
 *    (OfficeRuntime.Storage reference: "not supported in Outlook on Mac or on the web");
 *  - localStorage everywhere else: the task pane, and the event runtime of Outlook on the web,
 *    new Outlook and Mac, which is a browser page ("Runtimes in Office Add-ins");
 *  - memory only when neither is there (tests, Node), so nothing crashes.
 * The interface itself is core's, shared with the profile cache.
 */
import {
  MemoryStore,
  WebStorageStore,
  type KeyValueStore,
  type WebStorageLike,
} from "../core/key-value-store";

export { MemoryStore, WebStorageStore, type KeyValueStore };

/** What OfficeRuntime.storage offers (and what a stand-in must offer). */
export interface OfficeRuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export class OfficeRuntimeStore implements KeyValueStore {
  constructor(private readonly storage: OfficeRuntimeStorageLike) {}

  async get(key: string): Promise<string | undefined> {
    const value = await this.storage.getItem(key);
    return value ?? undefined;
  }

  set(key: string, value: string): Promise<void> {
    return this.storage.setItem(key, value);
  }

  delete(key: string): Promise<void> {
    return this.storage.removeItem(key);
  }
}

/** localStorage, when this runtime has one that works (blocked storage throws on access). */
function usableLocalStorage(): WebStorageLike | undefined {
  try {
    const storage = (globalThis as { localStorage?: WebStorageLike }).localStorage;
    if (!storage) return undefined;
    const probe = "rapport.storage-probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** The most persistent store this runtime has; see the file comment for the order. */
export function defaultStore(): KeyValueStore {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: OfficeRuntimeStorageLike } })
    .OfficeRuntime;
  if (runtime?.storage) return new OfficeRuntimeStore(runtime.storage);
  const local = usableLocalStorage();
  return local ? new WebStorageStore(local) : new MemoryStore();
}
