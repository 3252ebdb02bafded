/**
 * Saving a profile to the SharePoint list: the task pane's profile editor and listening's
 * "apply" write through this subclass. The launch event only reads profiles, so it builds the
 * plain `GraphProfileSource` and its bundle carries none of the write path (round 16: the bytes
 * Outlook classic loads on every send).
 */
import {
  ProfileError,
  parseProfile,
  serialiseProfile,
  type ClientProfile,
  type ProfileOrigin,
} from "../core/profile";
import { GraphProfileSource, type GraphProfileSourceOptions } from "./graph-source";
import type { GraphResponse } from "./graph-http";
import { fieldsToWrite, profileToFields, profileToNewItemFields } from "./list-mapping";
import { ProfileConflictError, ProfileSourceError, type StoredProfile } from "./source";

/** A Graph profile source that can also save (PATCH with the item's etag, or POST a new item). */
/** A list item as Graph returns it (what `parseItem` reads). */
type RawListItem = Parameters<GraphProfileSource["parseItem"]>[0];

export class WritableGraphProfileSource extends GraphProfileSource {
  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    const valid = validateForSave(profile);
    if (origin?.itemId) return this.update(valid, origin.itemId, origin);

    const existing = await this.get(valid.matchKey);
    if (existing) {
      throw new ProfileConflictError(
        `A profile for ${valid.matchKey} already exists (someone else created it meanwhile). It has been loaded and nothing was overwritten; review it and save again.`,
        existing,
      );
    }
    const newFields = profileToNewItemFields(valid);
    const response = await this.write("POST", `${this.listSegment()}/items`, {
      fields: newFields,
    });
    if ("unknown" in response) {
      // Created or not? Look: ours is there (done), someone else's (a conflict), or none.
      const now = await this.get(valid.matchKey).catch(() => null);
      if (now && holdsFields(now.profile, newFields)) return now;
      if (now) {
        throw new ProfileConflictError(
          `A profile for ${valid.matchKey} already exists (someone else created it meanwhile). It has been loaded and nothing was overwritten; review it and save again.`,
          now,
        );
      }
      throw notSaved(response.unknown, valid.matchKey, now === undefined);
    }
    if (response.status !== 201 && response.status !== 200) {
      throw this.errorFor(response, "save", "write");
    }
    const created = this.parseItem(response.body as RawListItem);
    return (
      created ?? { profile: valid, origin: { itemId: String((response.body as RawListItem).id) } }
    );
  }

  /**
   * An update sends only the columns this save changes, against the profile as it was loaded
   * with the eTag it is guarded by (`origin.loaded`), and never a column that could not be read:
   * Graph leaves every column it is not sent as it is, so a value Rapport could not read (a
   * Sources history with one malformed entry, a choice an admin added) survives the save.
   */
  private async update(
    valid: ClientProfile,
    itemId: string,
    origin: ProfileOrigin,
  ): Promise<StoredProfile> {
    let loaded = origin.loaded;
    let etag = origin.etag;
    if (!loaded) {
      // Nothing says what the caller loaded: read the item now. It is that version only while
      // its eTag is the one the caller holds; otherwise someone else changed it meanwhile.
      const current = await this.getItem(itemId, "write");
      if (!current || (etag !== undefined && current.origin?.etag !== etag))
        throw this.conflict(valid.matchKey, current);
      loaded = current.profile;
      etag ??= current.origin?.etag;
    }
    const { fields, withheld } = fieldsToWrite(loaded, valid);
    // What the item holds once written: the new values, and the unreadable ones as they were.
    const saved: ClientProfile = { ...valid };
    for (const key of withheld) {
      const kept = loaded[key];
      if (kept === undefined) delete saved[key];
      else (saved as unknown as Record<string, unknown>)[key] = kept;
    }
    if (loaded.unreadable?.length) saved.unreadable = loaded.unreadable.map((u) => ({ ...u }));
    const result = (newEtag: string | undefined): StoredProfile => ({
      profile: saved,
      origin: { itemId, ...(newEtag === undefined ? {} : { etag: newEtag }), loaded: saved },
      ...(withheld.length > 0 ? { withheld } : {}),
    });
    if (Object.keys(fields).length === 0) return result(etag);

    const path = `${this.listSegment()}/items/${encodeURIComponent(itemId)}/fields`;
    const response = await this.write(
      "PATCH",
      path,
      fields,
      etag ? { "If-Match": etag } : undefined,
    );
    if ("unknown" in response) {
      // Saved or not? Read it back: our values there (done), no item (deleted: say so, never
      // "someone else changed it"), another eTag (someone else's change: a conflict), the same
      // eTag (not saved as far as can be seen: the gateway may still apply it late, so reload).
      const current = await this.getItem(itemId, "write").catch(() => null);
      if (current === null) throw notSaved(response.unknown, valid.matchKey, false);
      if (current === undefined) throw notFound(response.unknown, valid.matchKey);
      if (holdsFields(current.profile, fields))
        return { ...current, ...(withheld.length > 0 ? { withheld } : {}) };
      if (current.origin?.etag !== etag) throw this.conflict(valid.matchKey, current);
      throw notSaved(response.unknown, valid.matchKey, true);
    }
    if (response.status === 412)
      throw this.conflict(valid.matchKey, await this.getItem(itemId, "write"));
    if (response.status !== 200) throw this.errorFor(response, "save", "write");
    const newEtag = (response.body as Record<string, unknown> | null)?.["@odata.etag"];
    if (typeof newEtag === "string") return result(newEtag);
    const reread = await this.getItem(itemId, "write");
    return reread ? { ...reread, ...(withheld.length > 0 ? { withheld } : {}) } : result(etag);
  }

  /**
   * One write, sent once more only when Graph refused it before doing it (graph-http.ts). A 503
   * or 504, or no answer at all, leaves it unknown whether it was applied: `unknown`, so the
   * caller reads the item back instead of retrying into its own change.
   */
  private async write(
    method: "PATCH" | "POST",
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<GraphResponse | { unknown: ProfileSourceError }> {
    try {
      const response = await this.http.request(
        method,
        path,
        body,
        this.requestOptions("write", { headers }),
      );
      if (response.status === 503 || response.status === 504)
        return { unknown: this.errorFor(response, "save", "write") };
      return response;
    } catch (error) {
      if (error instanceof ProfileSourceError && ["timeout", "network"].includes(error.kind))
        return { unknown: error };
      throw error;
    }
  }

  private conflict(matchKey: string, current: StoredProfile | undefined): ProfileConflictError {
    return new ProfileConflictError(
      `Someone else changed the profile for ${matchKey} after you opened it. Their version has been reloaded and nothing was overwritten; review it and save again.`,
      current,
      { status: 412 },
    );
  }
}

/** The Graph layer for a surface that edits profiles (createProfileSource's `graphSource`). */
export function writableGraphSource(options: GraphProfileSourceOptions): GraphProfileSource {
  return new WritableGraphProfileSource(options);
}

/** Whether a stored profile holds every value of these columns (a write read back). */
function holdsFields(profile: ClientProfile, fields: Record<string, string | null>): boolean {
  const stored = profileToFields(profile);
  return Object.entries(fields).every(([column, value]) => (stored[column] ?? null) === value);
}

/** A write that may not have been applied, and seems not to be (or could not be read back). */
function notSaved(cause: ProfileSourceError, matchKey: string, known: boolean): ProfileSourceError {
  return new ProfileSourceError(
    cause.kind,
    known
      ? `${cause.message} As far as Rapport can see, the profile for ${matchKey} was not saved (SharePoint may still apply it late); reload it before saving again: the reload shows what SharePoint holds.`
      : `${cause.message} Whether the profile for ${matchKey} was saved could not be checked; reload it before saving again.`,
    { ...cause.options, cause },
  );
}

/**
 * A write that may not have been applied, read back to find no item: deleted meanwhile. Its kind
 * stays the write's (kind "not-found" would blame the list or the site).
 */
function notFound(cause: ProfileSourceError, matchKey: string): ProfileSourceError {
  return new ProfileSourceError(
    cause.kind,
    `${cause.message} The profile for ${matchKey} could not be found (deleted meanwhile?), so nothing was saved.`,
    { ...cause.options, cause },
  );
}

/** Re-validate before writing: the list must only ever hold profiles core can read back. */
function validateForSave(profile: ClientProfile): ClientProfile {
  try {
    return parseProfile(serialiseProfile(profile)).profile;
  } catch (error) {
    if (error instanceof ProfileError) {
      throw new ProfileSourceError("invalid", `The profile cannot be saved: ${error.message}`);
    }
    throw error;
  }
}
