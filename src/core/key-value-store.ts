/**
 * Async key/value storage, the one shape shared by the profile cache (src/profiles) and the
 * Office adapters (src/office, over OfficeRuntime.storage). It lives in core because both may
 * import core but not each other.
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
