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

/**
 * Validates with the core parser, the same rules the CLI and the send check use, and refuses a
 * "Last confirmed" after `today` (audit 49c, 6): a year typed wrong would keep the profile
 * "current" and hide "Out of date" and the Ask button for a year longer.
 */
export function validateForm(values: ProfileFormValues, today?: Date): FormValidation {
  const byField: Partial<Record<keyof ClientProfile, string[]>> = {};
  const general: string[] = [];
  const confirmed = (values.lastConfirmed ?? "").trim();
  if (today && /^\d{4}-\d{2}-\d{2}$/.test(confirmed) && confirmed > isoDay(today))
    byField.lastConfirmed = [
      `${confirmed} is in the future (today is ${isoDay(today)}): enter the day the client last confirmed their preferences.`,
    ];
  try {
    const { profile, warnings } = parseProfile(rawFromForm(values), values.matchKey || "profile");
    if (Object.keys(byField).length === 0) return { ok: true, profile, warnings };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    for (const issue of error.issues) {
      if (issue.field && KNOWN_KEYS.has(issue.field)) {
        const key = issue.field as keyof ClientProfile;
        (byField[key] ??= []).push(issue.message);
      } else general.push(issue.message);
    }
  }
  return { ok: false, byField, general };
}

/** What separates entries when people type a list on one line. */
const ENTRY_SEPARATORS = /[,;]/;

function lines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Lines of the list fields that hold a comma or ";" (audit 49c, 1): "Acme, Globex, Initech" is
 * kept as ONE entry, which no message ever matches. Asked about, not split silently: an entry can
 * hold a comma ("Smith, Jones & Co", "Review of file, general"). Only lines typed in this edit
 * (not in `before`) and not already answered "keep as one" (`kept`, "field\nline").
 */
export function linesWithCommas(
  before: ProfileFormValues,
  after: ProfileFormValues,
  kept: ReadonlySet<string>,
): Partial<Record<keyof ClientProfile, string[]>> {
  const result: Partial<Record<keyof ClientProfile, string[]>> = {};
  for (const field of PROFILE_FIELDS) {
    if (field.type !== "list") continue;
    const earlier = new Set(lines(before[field.key]));
    // Only a line that would become two entries or more is asked about ("Acme," or "," would
    // offer "Split into 1 entries" or "0 entries"); each line once, however often it is typed.
    const asked = [...new Set(lines(after[field.key]))].filter(
      (line) =>
        entriesOf(line).length >= 2 && !earlier.has(line) && !kept.has(`${field.key}\n${line}`),
    );
    if (asked.length > 0) result[field.key] = asked;
  }
  return result;
}

/** The entries one line would become if split at its commas and semicolons. */
export function entriesOf(line: string): string[] {
  return line
    .split(ENTRY_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A list's text with one line split into its entries, one per line. */
export function splitLine(text: string, line: string): string {
  return text
    .split(/\r?\n/)
    .flatMap((each) => (each.trim() === line ? entriesOf(line) : [each]))
    .join("\n");
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
