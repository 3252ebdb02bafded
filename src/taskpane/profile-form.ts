import {
  PROFILE_FIELDS,
  ProfileError,
  fieldText,
  parseProfile,
  type ClientProfile,
  type ProfileIssue,
} from "../core/profile";

/** The editor's state: every profile field as the text in its control (lists one item per line). */
export type ProfileFormValues = Record<keyof ClientProfile, string>;

export function emptyForm(matchKey: string): ProfileFormValues {
  const values = {} as ProfileFormValues;
  for (const field of PROFILE_FIELDS) values[field.key] = "";
  values.matchKey = matchKey;
  return values;
}

export function formFromProfile(profile: ClientProfile): ProfileFormValues {
  const values = emptyForm(profile.matchKey);
  // Sources travel as their JSON text, so saving from the editor keeps them.
  for (const field of PROFILE_FIELDS) values[field.key] = fieldText(field, profile, "\n");
  return values;
}

/** What parseProfile reads: blank fields left out, lists split one item per line. */
export function rawFromForm(values: ProfileFormValues): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const text = values[field.key] ?? "";
    if (field.type === "list") {
      const items = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      if (items.length > 0) raw[field.key] = items;
    } else if (text.trim()) raw[field.key] = text.trim();
  }
  return raw;
}

export type FormValidation =
  | { ok: true; profile: ClientProfile; warnings: ProfileIssue[] }
  | {
      ok: false;
      /** Messages per field key, shown next to that field. */
      byField: Partial<Record<keyof ClientProfile, string[]>>;
      /** Messages that belong to no single field. */
      general: string[];
    };

const KNOWN_KEYS = new Set<string>(PROFILE_FIELDS.map((f) => f.key));

/** Validates with the core parser, the same rules the CLI and the send check use. */
export function validateForm(values: ProfileFormValues): FormValidation {
  try {
    const { profile, warnings } = parseProfile(rawFromForm(values), values.matchKey || "profile");
    return { ok: true, profile, warnings };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    const byField: Partial<Record<keyof ClientProfile, string[]>> = {};
    const general: string[] = [];
    for (const issue of error.issues) {
      if (issue.field && KNOWN_KEYS.has(issue.field)) {
        const key = issue.field as keyof ClientProfile;
        (byField[key] ??= []).push(issue.message);
      } else general.push(issue.message);
    }
    return { ok: false, byField, general };
  }
}

/** Fields whose text differs between two forms (what the lawyer changed). */
export function changedFields(
  before: ProfileFormValues,
  after: ProfileFormValues,
): (keyof ClientProfile)[] {
  return PROFILE_FIELDS.map((f) => f.key).filter(
    (key) => (before[key] ?? "").trim() !== (after[key] ?? "").trim(),
  );
}

/** Today as yyyy-mm-dd in the lawyer's own time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
