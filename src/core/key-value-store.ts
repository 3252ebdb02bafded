/**
 * Async key/value storage, the one shape shared by the profile cache (src/profiles) and the
 * Office adapters (src/office, over OfficeRuntime.storage or localStorage). It lives in core
 * because both may import core but not each other.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** For tests, the playground, Node and hosts without persistent storage: forgets on reload. */
export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  /** How many keys are held (for tests and diagnostics). */
  get size(): number {
    return this.values.size;
  }

  keys(): string[] {
    return [...this.values.keys()];
  }
}

/** The parts of the Web Storage API (localStorage) a store needs. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Web Storage (localStorage) as a KeyValueStore; a full or blocked storage never throws. */
export class WebStorageStore implements KeyValueStore {
  constructor(private readonly storage: WebStorageLike) {}

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
      // Quota exceeded or storage disabled: the caller simply keeps less.
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
