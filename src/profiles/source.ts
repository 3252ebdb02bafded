import type { ClientProfile, ProfileFieldKey, ProfileOrigin } from "../core/profile";

/** Why profiles could not be had; each kind maps to an action a user or admin can take. */
export type ProfileSourceErrorKind =
  | "sign-in-needed"
  | "forbidden"
  | "not-found"
  | "throttled"
  | "timeout"
  | "network"
  | "conflict"
  | "invalid";

/** Which Graph permission an operation needs: reading, writing items, or managing the list. */
export type GraphAccess = "read" | "write" | "manage";

/** What each surface needs to word its advice (src/profiles/advice.ts). */
export interface ProfileSourceErrorDetails {
  /** Graph's HTTP status, when Graph answered. */
  status?: number;
  cause?: unknown;
  /** For not-found: whether the site itself or the list on it is missing. */
  missing?: "site" | "list";
  /** For forbidden: what was being done. */
  access?: GraphAccess;
  /** For forbidden: the app uses Sites.Selected, so access is granted per site. */
  sitesSelected?: boolean;
}

export class ProfileSourceError extends Error {
  constructor(
    readonly kind: ProfileSourceErrorKind,
    message: string,
    readonly options: ProfileSourceErrorDetails = {},
  ) {
    super(message);
    this.name = "ProfileSourceError";
  }
}

/**
 * Graph refused this account (401: signed out or revoked; 403: no access): what it was shown
 * before must not outlive that, so caches are emptied and saved copies never answer for it.
 */
export function accessEnded(error: unknown): boolean {
  const status = (error as { options?: { status?: unknown } } | null)?.options?.status;
  return status === 401 || status === 403;
}

export interface LookupOptions {
  /** Epoch milliseconds by which the answer is needed; retries never wait past it. */
  deadline?: number;
  signal?: AbortSignal;
  /**
   * Told when the source could not answer and profiles saved earlier, past their freshness,
   * answered instead: when the oldest of them was fetched, and why the source failed. A caller
   * that shows results says so.
   */
  onSavedCopy?(savedAt: number, error: unknown): void;
}

/** Profiles kept from earlier lookups, up to the cache's keepMs (ProfileSource.savedProfiles). */
export interface SavedProfiles {
  /** Per address that has a saved answer (undefined: saved as "no profile"). */
  profiles: Map<string, ClientProfile | undefined>;
  /** Addresses with nothing saved. */
  missing: string[];
  /** When the oldest answer used was fetched (epoch ms); undefined when none was. */
  oldestSavedAt?: number;
}

/** A stored profile with what write-back needs. */
export interface StoredProfile {
  profile: ClientProfile;
  origin?: ProfileOrigin;
  /**
   * The stored item was not clean: a field could not be read (and was left out), or the MatchKey
   * was stored with spaces or capitals. A save from the editor or a heard card does not repair
   * it: it writes only the columns the user changed, never MatchKey and never an unreadable one.
   * Only `rapport import` rewrites such a MatchKey clean (list-admin.ts), and an unreadable value
   * is replaced only by a value in the file (or by --replace).
   */
  needsRepair?: boolean;
  /** The MatchKey as the item stores it, when that is not the normalised key (spaces, capitals). */
  keyStoredAs?: string;
  /**
   * After a save: fields the saved profile changed that were not written because the stored
   * value could not be read (it is left as it is in the list; profile.unreadable still lists it).
   */
  withheld?: ProfileFieldKey[];
}

/** What the rest of the add-in sees: cache → Graph, or cache → file. */
export interface ProfileSource {
  /**
   * Effective profile (person merged over organisation) for each address, keyed by lower-case
   * address; undefined where no profile covers it. Empty addresses are ignored.
   */
  lookup(
    addresses: readonly string[],
    options?: LookupOptions,
  ): Promise<Map<string, ClientProfile | undefined>>;
  /** The stored profile for exactly this match key (no merging), for editing. */
  get?(matchKey: string, options?: LookupOptions): Promise<StoredProfile | undefined>;
  /** Create or update; rejects with kind "conflict" when someone else changed it meanwhile. */
  save?(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile>;
  /**
   * Whatever answers are saved for these addresses, without asking the source, up to the
   * cache's keepMs (7 days; older ones are deleted): the send check's last resort when the
   * source cannot answer in time. Caches offer it.
   */
  savedProfiles?(addresses: readonly string[]): Promise<SavedProfiles>;
}

/**
 * A save that would have overwritten someone else's change (kind "conflict"). `current` is their
 * version, freshly reloaded, so the editor can show it; undefined when it has been deleted.
 */
export class ProfileConflictError extends ProfileSourceError {
  constructor(
    message: string,
    readonly current: StoredProfile | undefined,
    options: ProfileSourceErrorDetails = {},
  ) {
    super("conflict", message, options);
    this.name = "ProfileConflictError";
  }
}
