/**
 * Listening in the read pane (issue 14, point 1): hear a received message against the sender's
 * stored profiles, and record one suggestion the lawyer accepted through the same eTag-guarded
 * save as the profile editor. Loaded with the read-mode view only (HeardInMessage.tsx).
 */
import {
  applySuggestion,
  holds,
  listen,
  type ClientMessage,
  type Suggestion,
} from "../core/listen";
import { atFirm } from "../core/listen/relay";
import { PROFILE_FIELDS, matchKeysFor, normaliseAddress } from "../core/profile";
import type { ItemAdapter } from "../office/item-adapter";
import {
  ProfileConflictError,
  ProfileSourceError,
  type ProfileSource,
  type StoredProfile,
} from "../profiles/source";

/**
 * The stored profiles a message can change: the sender's own and their organisation's, and those
 * of a principal the sender writes for (an assistant's relayed wish is the principal's).
 */
export type StoredByKey = ReadonlyMap<string, StoredProfile | undefined>;

export type Heard =
  | { kind: "colleague"; message: ClientMessage }
  | { kind: "heard"; message: ClientMessage; stored: StoredByKey; suggestions: Suggestion[] };

/** Why listening could not run: the message, or the profiles. */
export class ListeningError extends Error {
  constructor(
    readonly stage: "message" | "profiles",
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ListeningError";
  }
}

/** The sender's stored person and organisation profiles, unmerged (what listen and save need). */
export async function storedProfilesFor(
  profiles: ProfileSource,
  address: string,
): Promise<StoredByKey> {
  return storedProfilesByKey(profiles, matchKeysFor(address));
}

/** Reads the open message and hears what its sender states about their preferences. */
export async function hearMessage(
  adapter: ItemAdapter,
  profiles: ProfileSource,
  firmDomains: readonly string[],
): Promise<Heard> {
  if (!adapter.readMessage) throw new ListeningError("message", "this item cannot be read here");
  let message: ClientMessage;
  try {
    message = await adapter.readMessage();
  } catch (error) {
    throw new ListeningError("message", error);
  }
  const address = normaliseAddress(message.from.address);
  if (atFirm(address, firmDomains)) return { kind: "colleague", message };
  let stored: StoredByKey;
  try {
    stored = await storedProfilesFor(profiles, address);
  } catch (error) {
    throw new ListeningError("profiles", error);
  }
  const heldIn = (byKey: StoredByKey) => [...byKey.values()].flatMap((s) => (s ? [s.profile] : []));
  // Harm audit 48a, finding 2: the firm's people are never a principal (listen), and as a last
  // guard no suggestion for a profile at a firm domain is shown, whatever heard it.
  const hear = (byKey: StoredByKey) =>
    listen(message, heldIn(byKey), undefined, { firmDomains }).filter(
      (s) => !atFirm(s.profile, firmDomains),
    );
  let suggestions = hear(stored);
  // A wish relayed for someone else (core/listen/relay.ts) is for their profile: load it too, so
  // what it already holds is a confirmation and a click adds to it (with its eTag) rather than
  // trying to create it. Heard again with it, as a stored profile can name the principal.
  const others = [...new Set(suggestions.map((s) => s.profile))].filter((key) => !stored.has(key));
  if (others.length > 0) {
    let found: StoredByKey;
    try {
      const keys = [...new Set(others.flatMap((key) => [key, ...matchKeysFor(key)]))].filter(
        (key) => !stored.has(key),
      );
      found = await storedProfilesByKey(profiles, keys);
    } catch (error) {
      throw new ListeningError("profiles", error);
    }
    stored = new Map([...stored, ...found]);
    suggestions = hear(stored);
  }
  return { kind: "heard", message, stored, suggestions };
}

async function storedProfilesByKey(
  profiles: ProfileSource,
  keys: readonly string[],
): Promise<StoredByKey> {
  const get = profiles.get?.bind(profiles);
  if (!get) throw new Error("This profile list cannot be read profile by profile.");
  const found = await Promise.all(keys.map((key) => get(key)));
  return new Map(keys.map((key, i) => [key, found[i]]));
}

/**
 * Where a suggestion is recorded: the profile it names; for a confirmation, the stored profile
 * that actually holds it (a person's "Teams" may be their organisation's), so "Still true"
 * refreshes the profile the value lives in instead of copying it into another. Only the
 * suggestion's own profile and its organisation's are searched (harm audit 48a, finding 7): a
 * principal's confirmation relayed by their assistant refreshes the principal's profile, not the
 * assistant's, which the message's stored profiles also hold.
 */
export function targetKey(suggestion: Suggestion, stored: StoredByKey): string {
  if (!suggestion.alreadyKnown) return suggestion.profile;
  for (const key of new Set([suggestion.profile, ...matchKeysFor(suggestion.profile)])) {
    const entry = stored.get(key);
    if (entry && holds(entry.profile, suggestion.field, suggestion.value)) return key;
  }
  return suggestion.profile;
}

export type RecordOutcome =
  | { ok: true; stored: StoredProfile }
  | { ok: false; conflict: true; current: StoredProfile | undefined; reason: string }
  | { ok: false; conflict: false; reason: string };

export const CONFLICT_REASON =
  "Someone else changed this profile meanwhile, so nothing was saved. Rapport has reloaded their version: press the button again to add this to it.";

/**
 * Applies the suggestion to the stored profile (as loaded, with its eTag) and saves it. A save
 * that would overwrite someone else's change (412) is refused by the source; the profile is
 * reloaded and the reason given, never retried over their change.
 */
export async function recordSuggestion(
  profiles: ProfileSource,
  stored: StoredProfile | undefined,
  suggestion: Suggestion,
  message: ClientMessage,
  matchKey: string,
): Promise<RecordOutcome> {
  if (!profiles.save)
    return { ok: false, conflict: false, reason: "This profile list is read-only." };
  // A value on file that could not be read is left as it is in the list, never written over.
  if (stored?.profile.unreadable?.some((u) => u.field === suggestion.field)) {
    const label = PROFILE_FIELDS.find((f) => f.key === suggestion.field)?.label ?? suggestion.field;
    return {
      ok: false,
      conflict: false,
      reason: `${label} could not be read in this profile, so Rapport leaves it as it is in SharePoint; change it there.`,
    };
  }
  let next;
  try {
    next = applySuggestion(stored?.profile, { ...suggestion, profile: matchKey }, message);
  } catch (error) {
    return {
      ok: false,
      conflict: false,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
  try {
    return { ok: true, stored: await profiles.save(next, stored?.origin) };
  } catch (error) {
    if (error instanceof ProfileSourceError && error.kind === "conflict") {
      let current = error instanceof ProfileConflictError ? error.current : undefined;
      if (!current && profiles.get) current = await profiles.get(matchKey).catch(() => undefined);
      return { ok: false, conflict: true, current, reason: CONFLICT_REASON };
    }
    return {
      ok: false,
      conflict: false,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Records the lawyer's clicks one at a time per profile, each on the stored version the one before
 * it returned (its eTag, its values): two "Add to profile" pressed before the first save answers
 * are both saved, instead of the second meeting the first's change as a 412 blamed on someone else.
 */
export class SuggestionRecorder {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly profiles: ProfileSource,
    private current: StoredByKey,
  ) {}

  /** The stored profiles as the last save or conflict left them. */
  get stored(): StoredByKey {
    return this.current;
  }

  /** Where the suggestion goes, and the outcome once every earlier save to it has finished. */
  record(
    suggestion: Suggestion,
    message: ClientMessage,
  ): { matchKey: string; outcome: Promise<RecordOutcome> } {
    const matchKey = targetKey(suggestion, this.current);
    const before = this.queues.get(matchKey) ?? Promise.resolve();
    const outcome = before.then(async () => {
      const result = await recordSuggestion(
        this.profiles,
        this.current.get(matchKey),
        suggestion,
        message,
        matchKey,
      );
      if (result.ok) this.current = new Map(this.current).set(matchKey, result.stored);
      else if (result.conflict) this.current = new Map(this.current).set(matchKey, result.current);
      return result;
    });
    this.queues.set(
      matchKey,
      outcome.catch(() => undefined),
    );
    return { matchKey, outcome };
  }
}
