/**
 * SharePoint list item fields <-> ClientProfile, and the list's column definitions, both driven
 * by core's PROFILE_FIELDS table so the list schema, the file format and the model cannot drift.
 */
import { parseKeepingReadable } from "./readable-fields";
import {
  PROFILE_FIELDS,
  fieldText,
  type ClientProfile,
  type ProfileFieldInfo,
  type ProfileFieldKey,
  type ProfileIssue,
} from "../core/profile";

/** Plain-text fields that can outgrow SharePoint's 255-character single-line columns. */
const MULTI_LINE_TEXT_KEYS: ReadonlySet<string> = new Set(["notes"]);

/** The column that decides whom a profile covers; lookups filter on it, so it must be indexed. */
export const MATCH_KEY_COLUMN = "MatchKey";

/** A columnDefinition body as Graph's "Create columnDefinition" accepts it. */
export interface ColumnDefinition {
  name: string;
  displayName?: string;
  description?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: {
    allowMultipleLines?: boolean;
    textType?: "plain" | "richText";
    maxLength?: number;
    /** Each save is added to the text kept so far ("Append Changes to Existing Text"). */
    appendChangesToExistingText?: boolean;
  };
  choice?: { choices: string[]; allowTextEntry?: boolean; displayAs?: string };
  dateTime?: { format: "dateOnly" | "dateTime"; displayAs?: string };
}

/** `$expand` value that fetches only the profile columns of each item (not SharePoint's own). */
export const EXPAND_PROFILE_FIELDS = `fields($select=${PROFILE_FIELDS.map((f) => f.column).join(",")})`;

/** What kind of SharePoint column a profile field lives in. */
export type ColumnKind = "single-line" | "multi-line" | "choice" | "date";

export function columnKindOf(field: ProfileFieldInfo): ColumnKind {
  // Sources are JSON text: a multi-line plain-text column (up to 63,999 characters).
  if (field.type === "list" || field.type === "sources") return "multi-line";
  if (field.type === "choice") return "choice";
  if (field.type === "date") return "date";
  return MULTI_LINE_TEXT_KEYS.has(field.key) ? "multi-line" : "single-line";
}

/** Every column the profile list needs, in ARCHITECTURE §2 order (Title comes with the list). */
export function profileColumnDefinitions(): ColumnDefinition[] {
  return PROFILE_FIELDS.filter((field) => field.column !== "Title").map(columnDefinitionFor);
}

export function columnDefinitionFor(field: ProfileFieldInfo): ColumnDefinition {
  const base: ColumnDefinition = {
    name: field.column,
    displayName: field.label,
    description: `Rapport profile field "${field.key}"`,
  };
  if (field.column === MATCH_KEY_COLUMN) {
    // Indexed so filters keep working past the 5,000-item view threshold; unique so one address
    // never has two competing profiles.
    return {
      ...base,
      required: true,
      indexed: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false, maxLength: 255 },
    };
  }
  switch (columnKindOf(field)) {
    case "multi-line":
      return { ...base, text: { allowMultipleLines: true, textType: "plain" } };
    case "choice":
      return {
        ...base,
        choice: {
          choices: [...(field.choices ?? [])],
          allowTextEntry: false,
          displayAs: "dropDownMenu",
        },
      };
    case "date":
      return { ...base, dateTime: { format: "dateOnly" } };
    default:
      return { ...base, text: { allowMultipleLines: false } };
  }
}

/** Field values for a create (POST) or update (PATCH); empty values become null so they clear. */
export function profileToFields(profile: ClientProfile): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  for (const field of PROFILE_FIELDS) {
    const value = profile[field.key];
    if (field.type === "sources") fields[field.column] = fieldText(field, profile) || null;
    else if (Array.isArray(value))
      fields[field.column] = value.length > 0 ? value.join("\n") : null;
    else if (value === undefined || value === "") fields[field.column] = null;
    else if (field.type === "date") fields[field.column] = dateToColumnValue(value);
    else fields[field.column] = value;
  }
  return fields;
}

/** What one update writes, worked out against the profile as it was loaded. */
export interface FieldsToWrite {
  /** Column → value to write (null clears it): only the columns whose value changes. */
  fields: Record<string, string | null>;
  /**
   * Fields the new profile changes but that were unreadable when loaded (`loaded.unreadable`):
   * not written, so the value Rapport could not read stays in the list as it is.
   */
  withheld: ProfileFieldKey[];
}

/**
 * The columns an update must send to turn `loaded` into `next`, and nothing else: Graph's
 * listItem update changes only the fields it is sent, so a column left out keeps its value.
 * `only` limits the columns considered (an import writes only the columns its file carries).
 * A field listed in `loaded.unreadable` is withheld (never written) by default; `unreadable:
 * "values"` writes it when `next` gives it a value (an import whose file has one: an empty cell
 * may be an export that could not read it either), `"all"` writes it whatever it is (--replace).
 */
export function fieldsToWrite(
  loaded: ClientProfile,
  next: ClientProfile,
  options: { only?: ReadonlySet<ProfileFieldKey>; unreadable?: "withhold" | "values" | "all" } = {},
): FieldsToWrite {
  const before = profileToFields(loaded);
  const after = profileToFields(next);
  const unreadable = new Set((loaded.unreadable ?? []).map((u) => u.field));
  const fields: Record<string, string | null> = {};
  const withheld: ProfileFieldKey[] = [];
  for (const field of PROFILE_FIELDS) {
    if (options.only && !options.only.has(field.key)) continue;
    const value = after[field.column] ?? null;
    if (unreadable.has(field.key)) {
      const mode = options.unreadable ?? "withhold";
      if (mode === "all" || (mode === "values" && value !== null)) fields[field.column] = value;
      else if (value !== null) withheld.push(field.key);
      continue;
    }
    if (value !== (before[field.column] ?? null)) fields[field.column] = value;
  }
  return { fields, withheld };
}

/** For a create: the same values without the nulls (nothing to clear on a new item). */
export function profileToNewItemFields(profile: ClientProfile): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [column, value] of Object.entries(profileToFields(profile))) {
    if (value !== null) fields[column] = value;
  }
  return fields;
}

/**
 * SharePoint stores a date-only value as midnight in the site's time zone and Graph returns it in
 * UTC. Writing noon UTC keeps the calendar day in every zone within ±12 h of UTC.
 */
export function dateToColumnValue(isoDate: string): string {
  return `${isoDate.slice(0, 10)}T12:00:00Z`;
}

/**
 * The calendar day a dateOnly column means: the UTC instant rounded to the nearest midnight, so
 * sites from UTC-12 to UTC+12 read their own day. Exactly noon UTC is Rapport's own write (or a
 * UTC-12 site's midnight): its date as written.
 */
export function columnValueToDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const instant = Date.parse(trimmed);
  if (Number.isNaN(instant)) return undefined;
  const utc = new Date(instant).toISOString();
  if (utc.slice(11, 23) === "12:00:00.000") return utc.slice(0, 10);
  return new Date(instant + 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Raw field values of one list item, keyed by column internal name, as Graph returns them. */
export type ListItemFields = Record<string, unknown>;

/** A column value that could not be read as its profile field, and was left out. */
export interface UnreadableValue {
  /** The profile field's JSON key. */
  key: ProfileFieldKey;
  /** The list column's internal name. */
  column: string;
  /** The value as Graph returned it. */
  value: unknown;
  /** What is wrong with it, e.g. 'must be a real date written yyyy-mm-dd, not "31/02/2026"'. */
  reason: string;
}

const COLUMN_BY_KEY = new Map(PROFILE_FIELDS.map((field) => [field.key as string, field.column]));

/**
 * A list item's fields as a profile, field by field (readable-fields.ts): a value that cannot be
 * read is left out and listed in `unreadable` (and in the profile's own `unreadable`, for the task
 * pane), and every other field is kept, so one bad date never hides a client's competitor
 * warning. Throws core's ProfileError only when the MatchKey itself is missing or unusable: then
 * the item covers nobody. Columns that are not profile fields are ignored.
 */
export function fieldsToProfile(
  fields: ListItemFields,
  label: string,
): { profile: ClientProfile; warnings: ProfileIssue[]; unreadable: UnreadableValue[] } {
  const raw: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = fields[field.column];
    if (value === undefined || value === null) continue;
    if (field.type === "date" && typeof value === "string") {
      raw[field.key] = columnValueToDate(value) ?? value;
    } else {
      // Lists arrive one entry per line; parseProfile splits text on new lines and on the ";"
      // people type into a cell.
      raw[field.key] = value;
    }
  }
  const { profile, warnings, dropped } = parseKeepingReadable(raw, label);
  const unreadable = dropped.map((issue) => {
    const column = COLUMN_BY_KEY.get(issue.field)!;
    return { key: issue.field, column, value: fields[column], reason: issue.message };
  });
  return { profile, warnings, unreadable };
}
