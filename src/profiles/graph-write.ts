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
import { profileToFields, profileToNewItemFields } from "./list-mapping";
import { ProfileConflictError, ProfileSourceError, type StoredProfile } from "./source";

/** A Graph profile source that can also save (PATCH with the item's etag, or POST a new item). */
/** A list item as Graph returns it (what `parseItem` reads). */
type RawListItem = Parameters<GraphProfileSource["parseItem"]>[0];

export class WritableGraphProfileSource extends GraphProfileSource {
  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    const valid = validateForSave(profile);
    if (origin?.itemId) {
      const path = `${this.listSegment()}/items/${encodeURIComponent(origin.itemId)}/fields`;
      const response = await this.http.request(
        "PATCH",
        path,
        profileToFields(valid),
        this.requestOptions("write", {
          headers: origin.etag ? { "If-Match": origin.etag } : undefined,
        }),
      );
      if (response.status === 412) {
        const current = await this.getItem(origin.itemId, "write");
        throw new ProfileConflictError(
          `Someone else changed the profile for ${valid.matchKey} after you opened it. Their version has been reloaded and nothing was overwritten; review it and save again.`,
          current,
          { status: 412 },
        );
      }
      if (response.status !== 200) throw this.errorFor(response, "save", "write");
      const etag = (response.body as Record<string, unknown> | null)?.["@odata.etag"];
      if (typeof etag === "string")
        return { profile: valid, origin: { itemId: origin.itemId, etag } };
      return (await this.getItem(origin.itemId, "write")) ?? { profile: valid, origin };
    }

    const existing = await this.get(valid.matchKey);
    if (existing) {
      throw new ProfileConflictError(
        `A profile for ${valid.matchKey} already exists (someone else created it meanwhile). It has been loaded and nothing was overwritten; review it and save again.`,
        existing,
      );
    }
    const response = await this.http.request(
      "POST",
      `${this.listSegment()}/items`,
      { fields: profileToNewItemFields(valid) },
      this.requestOptions("write"),
    );
    if (response.status !== 201 && response.status !== 200) {
      throw this.errorFor(response, "save", "write");
    }
    const created = this.parseItem(response.body as RawListItem);
    return (
      created ?? { profile: valid, origin: { itemId: String((response.body as RawListItem).id) } }
    );
  }
}

/** The Graph layer for a surface that edits profiles (createProfileSource's `graphSource`). */
export function writableGraphSource(options: GraphProfileSourceOptions): GraphProfileSource {
  return new WritableGraphProfileSource(options);
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
