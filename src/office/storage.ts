/**
 * A small async key/value store. In Outlook it is OfficeRuntime.storage, the one store that both
 * the task pane and classic Outlook's JavaScript-only launch-event runtime can read (no
 * localStorage there). The interface itself is core's, shared with the profile cache.
 */
import { MemoryStore, type KeyValueStore } from "../core/key-value-store";

export { MemoryStore, type KeyValueStore };

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

/** OfficeRuntime.storage when this runtime has it, else memory (so nothing crashes outside Outlook). */
export function defaultStore(): KeyValueStore {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: OfficeRuntimeStorageLike } })
    .OfficeRuntime;
  return runtime?.storage ? new OfficeRuntimeStore(runtime.storage) : new MemoryStore();
}
