/**
 * Key/value stores for the profile cache. Same shape as src/office/storage.ts (OfficeRuntime.storage,
 * the one store classic Outlook's launch-event runtime has); these serve tests, the playground and
 * browsers with localStorage.
 */
import type { KeyValueStore } from "./cache";

export { MemoryStore } from "../core/key-value-store";

/** The parts of the Web Storage API the store needs. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** window.localStorage (or any Web Storage); a full or blocked storage never breaks a lookup. */
export class LocalStorageStore implements KeyValueStore {
  private readonly storage: WebStorageLike;

  constructor(storage?: WebStorageLike) {
    const found = storage ?? (globalThis as { localStorage?: WebStorageLike }).localStorage;
    if (!found) throw new Error("localStorage is not available in this runtime.");
    this.storage = found;
  }

  async get(key: string): Promise<string | undefined> {
    try {
      return this.storage.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    try {
      this.storage.setItem(key, value);
    } catch {
      // Quota exceeded or storage disabled: the cache simply holds less.
    }
  }

  async delete(key: string): Promise<void> {
    try {
      this.storage.removeItem(key);
    } catch {
      // Nothing to do: a missing entry is the goal.
    }
  }
}
