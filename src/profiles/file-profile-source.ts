import {
  canonicalKey,
  resolveProfiles,
  type ClientProfile,
  type ProfileOrigin,
} from "../core/profile";
import {
  ProfileSourceError,
  type LookupOptions,
  type ProfileSource,
  type StoredProfile,
} from "./source";

/**
 * A ProfileSource over profiles held in memory (loaded from a file), keyed by canonical match key
 * (canonicalKey: a Unicode domain and its punycode are one key); each keeps its own spelling. Saves change memory only;
 * each profile carries a version as its eTag so concurrent edits conflict as they would in Graph.
 */
export class FileProfileSource implements ProfileSource {
  private readonly byMatchKey = new Map<string, ClientProfile>();
  private readonly versions = new Map<string, number>();

  constructor(profiles: readonly ClientProfile[]) {
    for (const profile of profiles) {
      const key = canonicalKey(profile.matchKey);
      if (this.byMatchKey.has(key)) continue; // first one wins, as in parseProfileFile
      this.byMatchKey.set(key, profile);
      this.versions.set(key, 1);
    }
  }

  /** Every stored profile, in insertion order. */
  all(): ClientProfile[] {
    return [...this.byMatchKey.values()];
  }

  async lookup(
    addresses: readonly string[],
    _options?: LookupOptions,
  ): Promise<Map<string, ClientProfile | undefined>> {
    const wanted = addresses.map((a) => a.trim()).filter((a) => a !== "");
    return resolveProfiles(wanted, this.byMatchKey);
  }

  async get(matchKey: string, _options?: LookupOptions): Promise<StoredProfile | undefined> {
    const key = canonicalKey(matchKey);
    const profile = this.byMatchKey.get(key);
    return profile ? { profile, origin: this.originOf(key) } : undefined;
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    const written = profile.matchKey.trim().toLowerCase();
    const key = canonicalKey(written);
    if (key === "") throw new ProfileSourceError("invalid", "A profile needs a matchKey.");
    const current = this.versions.get(key);
    if (current !== undefined) {
      if (origin?.etag === undefined) {
        throw new ProfileSourceError(
          "conflict",
          `A profile for ${key} already exists; load it before saving over it.`,
        );
      }
      if (origin.etag !== String(current)) {
        throw new ProfileSourceError(
          "conflict",
          `The profile for ${key} was changed by someone else meanwhile; reload it and try again.`,
        );
      }
    }
    const stored = { ...profile, matchKey: written };
    this.byMatchKey.set(key, stored);
    this.versions.set(key, (current ?? 0) + 1);
    return { profile: stored, origin: this.originOf(key) };
  }

  private originOf(key: string): ProfileOrigin {
    return { itemId: key, etag: String(this.versions.get(key)) };
  }
}
