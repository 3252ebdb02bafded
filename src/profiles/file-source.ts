/**
 * Profiles from a JSON or CSV file (ARCHITECTURE §2): the CLI, the playground and tests share it.
 * Pure: no file system here, so the browser can use it too. Reading the file is the caller's job.
 */
import Papa from "papaparse";
import {
  PROFILE_CSV_HEADERS,
  PROFILE_FIELDS,
  profileToRow,
  serialiseProfile,
  suggestProfileKey,
  type ClientProfile,
  type ProfileFieldKey,
} from "../core/profile";
import { escapeCsvFormula, unescapeCsvFormula } from "./csv-formula";
import {
  FILE_ISSUE,
  emptyFileResult,
  parseJsonProfiles,
  stripBom,
  validateEntries,
  type ParseProfileFileOptions,
  type ProfileFileIssue,
  type ProfileFileResult,
  type RawEntry,
} from "./profile-json";

export { FileProfileSource } from "./file-profile-source";
export { parseJson, parseProfileJsonFile } from "./profile-json";
export type {
  JsonParseResult,
  ParseProfileFileOptions,
  ProfileFileIssue,
  ProfileFileResult,
} from "./profile-json";

export type ProfileFileFormat = "json" | "csv";

/** JSON or CSV: by extension first, else by the first character that is not white space. */
export function detectProfileFormat(content: string, fileName: string): ProfileFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return "csv";
  const first = stripBom(content).trimStart()[0];
  return first === "[" || first === "{" ? "json" : "csv";
}

/** Parse a whole profile file. Never throws: every problem ends up in `errors` or `warnings`. */
export function parseProfileFile(
  content: string,
  fileName: string,
  options: ParseProfileFileOptions = {},
): ProfileFileResult {
  const text = stripBom(content);
  const empty = emptyFileResult(text);
  if (empty) return empty;
  const keep = options.keepReadableFields ?? false;
  return detectProfileFormat(text, fileName) === "json"
    ? parseJsonProfiles(text, keep)
    : parseCsvProfiles(text, keep);
}

function parseCsvProfiles(text: string, keep: boolean): ProfileFileResult {
  const errors: ProfileFileIssue[] = [];
  const warnings: ProfileFileIssue[] = [];
  // ";" separates list items, so it is never guessed as the column delimiter.
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", "\t"],
  });
  const rows = result.data;
  const header = rows[0];
  if (!header) {
    return {
      profiles: [],
      errors: [{ profile: FILE_ISSUE, message: "the file is empty" }],
      warnings,
    };
  }
  for (const error of result.errors) {
    // Papa counts rows from 0 including the header; spreadsheets count from 1.
    const row = error.row === undefined ? undefined : error.row + 1;
    if (error.code === "UndetectableDelimiter") continue; // a single-column file is fine
    errors.push({
      profile: row === undefined ? FILE_ISSUE : `row ${row}`,
      ...(row === undefined ? {} : { row }),
      message: error.message,
    });
  }

  const columns = header.map((name) => canonicalKey(name.trim()));
  header.forEach((name, index) => {
    if (name.trim() !== "" && columns[index] === undefined) {
      const suggestion = suggestProfileKey(name.trim());
      warnings.push({
        profile: FILE_ISSUE,
        field: name.trim(),
        row: 1,
        message: `unknown column, ignored${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
      });
    }
  });
  if (!columns.includes("matchKey")) {
    errors.push({
      profile: FILE_ISSUE,
      field: "matchKey",
      row: 1,
      message: `the header row has no matchKey column (found: ${header.join(", ")})`,
    });
    return { profiles: [], errors, warnings };
  }

  const carried = columns.filter((key): key is ProfileFieldKey => key !== undefined);
  const badRows = new Set(result.errors.map((e) => e.row).filter((r) => r !== undefined));
  const entries: RawEntry[] = [];
  rows.slice(1).forEach((cells, index) => {
    const rowIndex = index + 1;
    if (badRows.has(rowIndex)) return; // already reported; its cells cannot be trusted
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      errors.push({
        profile: `row ${rowIndex + 1}`,
        row: rowIndex + 1,
        message: `has ${cells.length} cells but the header has ${header.length} columns; separate list items with ";", not ","`,
      });
      return;
    }
    const raw: Record<string, unknown> = {};
    cells.forEach((cell, column) => {
      const key = columns[column];
      // A cell written as '=… by "rapport export" (formula escaping) stands for =….
      const value = unescapeCsvFormula(cell.trim());
      // parseProfile splits list cells on ";" and line breaks itself.
      if (key !== undefined && value !== "") raw[key] = value;
    });
    entries.push({ raw, label: `row ${rowIndex + 1}`, row: rowIndex + 1, columns: carried });
  });
  return validateEntries(entries, errors, warnings, keep);
}

/**
 * The value a list stores for a field Rapport could not read, as text: written in the field's own
 * place (a JSON key, a CSV cell) so a backup holds it, and refused again by parseProfileFile, so
 * an import never writes it back unnoticed. Per profile, by index; undefined where all was read.
 */
export type StoredTextByProfile = ReadonlyArray<
  Readonly<Partial<Record<ProfileFieldKey, string>>> | undefined
>;

/**
 * Profiles as a file: a JSON array (keys in PROFILE_FIELDS order, sources as a list) or CSV
 * (profilesToCsv, sources as JSON text). parseProfileFile reads either back to the same
 * profiles, so export, import and export again give the same bytes. `storedText` puts a value
 * Rapport could not read in its field as the list stores it (a string in JSON, the cell in CSV).
 */
export function formatProfileFile(
  profiles: readonly ClientProfile[],
  format: ProfileFileFormat,
  storedText: StoredTextByProfile = [],
): string {
  if (format === "csv") return profilesToCsv(profiles, storedText);
  const entries = profiles.map((profile, index) => {
    const serialised = serialiseProfile(profile);
    const stored = storedText[index];
    if (!stored) return serialised;
    const entry: Record<string, unknown> = {};
    for (const { key } of PROFILE_FIELDS) {
      const value = stored[key] ?? serialised[key];
      if (value !== undefined) entry[key] = value;
    }
    return entry;
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/**
 * Profiles as a CSV file in the profile file format: PROFILE_CSV_HEADERS, lists joined with "; ",
 * and every cell escaped against formula injection (csv-formula.ts), which parseProfileFile
 * reverses, so a file exported and imported again is the same, byte for byte.
 */
export function profilesToCsv(
  profiles: readonly ClientProfile[],
  storedText: StoredTextByProfile = [],
): string {
  const data = profiles.map((profile, index) => {
    const row: Record<string, string> = { ...profileToRow(profile, "; "), ...storedText[index] };
    for (const key of Object.keys(row)) row[key] = escapeCsvFormula(row[key]!);
    return row;
  });
  return `${Papa.unparse({ fields: [...PROFILE_CSV_HEADERS], data }, { newline: "\n" })}\n`;
}

/** `file: line N: profile: field: message`: one line a person can act on. */
export function formatProfileIssue(fileName: string, issue: ProfileFileIssue): string {
  const where =
    issue.line !== undefined
      ? `line ${issue.line}: `
      : issue.row !== undefined
        ? `row ${issue.row}: `
        : "";
  const repeatsWhere = issue.row !== undefined && issue.profile === `row ${issue.row}`;
  const who = issue.profile === FILE_ISSUE || repeatsWhere ? "" : `${issue.profile}: `;
  const field = issue.field ? `${issue.field}: ` : "";
  return `${fileName}: ${where}${who}${field}${issue.message}`;
}

/**
 * The profile fields a file carries for each profile it read (by the profile's matchKey): a CSV
 * row's header columns, a JSON object's own keys, taken from the very entry parseProfileFile
 * validated and returned (never a second reading of the file, which could pick a skipped
 * duplicate or miss a matchKey the parser normalised). `rapport import` writes only these columns
 * of an existing item, so a file without a column never clears it in the list.
 */
export function carriedFields(
  result: ProfileFileResult,
): (matchKey: string) => ReadonlySet<ProfileFieldKey> {
  const byKey = new Map<string, ReadonlySet<ProfileFieldKey>>();
  result.profiles.forEach((profile, index) => {
    const entry = result.read?.[index];
    const raw = entry?.raw;
    const names = raw !== null && typeof raw === "object" ? Object.keys(raw) : [];
    const keys =
      entry?.columns ??
      names.flatMap((name) => {
        const key = canonicalKey(name.trim());
        return key === undefined ? [] : [key as ProfileFieldKey];
      });
    byKey.set(profile.matchKey, new Set(keys));
  });
  const none = new Set<ProfileFieldKey>();
  return (matchKey) => byKey.get(matchKey) ?? none;
}

/** The JSON key for a header: the key itself or the SharePoint column name, any case. */
function canonicalKey(header: string): string | undefined {
  const wanted = header.toLowerCase();
  return PROFILE_FIELDS.find(
    (field) => field.key.toLowerCase() === wanted || field.column.toLowerCase() === wanted,
  )?.key;
}
