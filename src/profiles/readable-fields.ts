/**
 * One bad value never hides a whole profile: parse a raw profile, and when a field cannot be read
 * leave that field out and keep every other one. Only an unusable MatchKey makes a profile
 * unusable, since then it covers nobody. Used for SharePoint list items (list-mapping.ts) and for
 * profile files read by `rapport check`.
 */
import {
  ProfileError,
  parseProfile,
  type ClientProfile,
  type ProfileFieldKey,
  type ProfileIssue,
} from "../core/profile";

export interface ReadableProfile {
  profile: ClientProfile;
  warnings: ProfileIssue[];
  /** The fields left out, each with what was wrong with it (field set, message says why). */
  dropped: (ProfileIssue & { field: ProfileFieldKey })[];
}

/**
 * parseProfile, leaving out each field it refuses. `profile.unreadable` lists what was left out.
 * Throws ProfileError only when the MatchKey is missing or not a usable key.
 */
export function parseKeepingReadable(
  raw: Readonly<Record<string, unknown>>,
  label: string,
): ReadableProfile {
  const values: Record<string, unknown> = { ...raw };
  const dropped: ReadableProfile["dropped"] = [];
  // Each pass leaves out every value parseProfile refused; one pass normally settles it.
  for (;;) {
    try {
      const { profile, warnings } = parseProfile(values, label);
      if (dropped.length > 0) {
        profile.unreadable = dropped.map((d) => ({ matchKey: profile.matchKey, field: d.field }));
      }
      return { profile, warnings, dropped };
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      const droppable = error.issues.filter(
        (issue): issue is ProfileIssue & { field: ProfileFieldKey } =>
          issue.field !== undefined && issue.field !== "matchKey" && issue.field in values,
      );
      if (droppable.length === 0) throw error;
      for (const issue of droppable) {
        dropped.push(issue);
        delete values[issue.field];
      }
    }
  }
}
