/**
 * Key/value stores for the profile cache. Same shape as src/office/storage.ts (OfficeRuntime.storage,
 * the one store classic Outlook's launch-event runtime has); these serve tests, the playground and
 * browsers with localStorage.
 */
import { WebStorageStore, type WebStorageLike } from "../core/key-value-store";

export { MemoryStore } from "../core/key-value-store";
export type { WebStorageLike };

/** window.localStorage (or any Web Storage); a full or blocked storage never breaks a lookup. */
export class LocalStorageStore extends WebStorageStore {
  constructor(storage?: WebStorageLike) {
    const found = storage ?? (globalThis as { localStorage?: WebStorageLike }).localStorage;
    if (!found) throw new Error("localStorage is not available in this runtime.");
    super(found);
  }
}
