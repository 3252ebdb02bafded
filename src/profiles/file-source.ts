/**
 * Profiles from a JSON or CSV file (ARCHITECTURE §2): the CLI, the playground and tests share it.
 * Pure: no file system here, so the browser can use it too. Reading the file is the caller's job.
 */
import Papa from "papaparse";
import {
  PROFILE_CSV_HEADERS,
  PROFILE_FIELDS,
  ProfileError,
  profileToRow,
  serialiseProfile,
  parseProfile,
  suggestProfileKey,
  resolveProfiles,
  type ClientProfile,
  type ProfileIssue,
  type ProfileOrigin,
} from "../core/profile";
import { escapeCsvFormula, unescapeCsvFormula } from "./csv-formula";
import { parseKeepingReadable } from "./readable-fields";
import {
  ProfileSourceError,
  type LookupOptions,
  type ProfileSource,
  type StoredProfile,
} from "./source";

/** A problem in a profile file, with where it is when that can be known. */
export interface ProfileFileIssue extends ProfileIssue {
  /** Line of a JSON file. */
  line?: number;
  /** Row of a CSV file, as a spreadsheet numbers it (the header is row 1). */
  row?: number;
}

export interface ProfileFileResult {
  profiles: ClientProfile[];
  /** Profiles that were skipped, and problems with the file as a whole. */
  errors: ProfileFileIssue[];
  /** Things that were ignored but did not stop a profile from being used. */
  warnings: ProfileFileIssue[];
}

const FILE_ISSUE = "file";

export type ProfileFileFormat = "json" | "csv";

/** JSON or CSV: by extension first, else by the first character that is not white space. */
export function detectProfileFormat(content: string, fileName: string): ProfileFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return "csv";
  const first = stripBom(content).trimStart()[0];
  return first === "[" || first === "{" ? "json" : "csv";
}

export interface ParseProfileFileOptions {
  /**
   * Keep a profile when one of its fields is bad, leaving only that field out (reported in
   * `errors`), as `rapport check` does: one bad value must not hide a client's other preferences.
   * Off for import, which refuses a file with problems unless told otherwise.
   */
  keepReadableFields?: boolean;
}

/** Parse a whole profile file. Never throws: every problem ends up in `errors` or `warnings`. */
export function parseProfileFile(
  content: string,
  fileName: string,
  options: ParseProfileFileOptions = {},
): ProfileFileResult {
  const text = stripBom(content);
  if (text.trim() === "") {
    return {
      profiles: [],
      errors: [{ profile: FILE_ISSUE, message: "the file is empty" }],
      warnings: [],
    };
  }
  const keep = options.keepReadableFields ?? false;
  return detectProfileFormat(text, fileName) === "json"
    ? parseJsonProfiles(text, keep)
    : parseCsvProfiles(text, keep);
}

/** A raw profile waiting for validation, with where it came from. */
interface RawEntry {
  raw: unknown;
  label: string;
  row?: number;
}

function parseJsonProfiles(text: string, keep: boolean): ProfileFileResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      profiles: [],
      errors: [{ profile: FILE_ISSUE, line: parsed.line, message: parsed.message }],
      warnings: [],
    };
  }
  if (!Array.isArray(parsed.value)) {
    const found = parsed.value === null ? "null" : typeof parsed.value;
    return {
      profiles: [],
      errors: [
        {
          profile: FILE_ISSUE,
          message: `expected a JSON array of profiles, found ${found === "object" ? "an object" : found}`,
        },
      ],
      warnings: [],
    };
  }
  const entries = parsed.value.map((raw, index) => ({ raw, label: `profile #${index + 1}` }));
  return validateEntries(entries, [], [], keep);
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
    entries.push({ raw, label: `row ${rowIndex + 1}`, row: rowIndex + 1 });
  });
  return validateEntries(entries, errors, warnings, keep);
}

function validateEntries(
  entries: RawEntry[],
  errors: ProfileFileIssue[],
  warnings: ProfileFileIssue[],
  keepReadableFields: boolean,
): ProfileFileResult {
  const profiles: ClientProfile[] = [];
  const firstSeen = new Map<string, string>();
  for (const entry of entries) {
    const where = entry.row === undefined ? {} : { row: entry.row };
    try {
      const { profile, warnings: profileWarnings } = readProfile(
        entry,
        keepReadableFields,
        where,
        errors,
      );
      warnings.push(...profileWarnings.map((w) => ({ ...w, ...where })));
      const earlier = firstSeen.get(profile.matchKey);
      if (earlier !== undefined) {
        errors.push({
          profile: profile.matchKey,
          field: "matchKey",
          ...where,
          message: `duplicates ${earlier}; this one is skipped (one profile per matchKey)`,
        });
        continue;
      }
      firstSeen.set(profile.matchKey, entry.label);
      profiles.push(profile);
    } catch (error) {
      if (error instanceof ProfileError) {
        errors.push(...error.issues.map((issue) => ({ ...issue, ...where })));
      } else {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ profile: entry.label, ...where, message });
      }
    }
  }
  // Problems found while splitting rows and while validating them, in the order of the file.
  const byRow = (a: ProfileFileIssue, b: ProfileFileIssue) => (a.row ?? 0) - (b.row ?? 0);
  return { profiles, errors: errors.sort(byRow), warnings: warnings.sort(byRow) };
}

/**
 * Profiles as a file: a JSON array (keys in PROFILE_FIELDS order, sources as a list) or CSV
 * (profilesToCsv, sources as JSON text). parseProfileFile reads either back to the same
 * profiles, so export, import and export again give the same bytes.
 */
export function formatProfileFile(
  profiles: readonly ClientProfile[],
  format: ProfileFileFormat,
): string {
  if (format === "json") return `${JSON.stringify(profiles.map(serialiseProfile), null, 2)}\n`;
  return profilesToCsv(profiles);
}

/**
 * Profiles as a CSV file in the profile file format: PROFILE_CSV_HEADERS, lists joined with "; ",
 * and every cell escaped against formula injection (csv-formula.ts), which parseProfileFile
 * reverses, so a file exported and imported again is the same, byte for byte.
 */
export function profilesToCsv(profiles: readonly ClientProfile[]): string {
  const data = profiles.map((profile) => {
    const row = profileToRow(profile, "; ");
    for (const key of Object.keys(row)) row[key] = escapeCsvFormula(row[key]!);
    return row;
  });
  return `${Papa.unparse({ fields: [...PROFILE_CSV_HEADERS], data }, { newline: "\n" })}\n`;
}

/** parseProfile, or (keeping readable fields) the profile without its bad fields, each reported. */
function readProfile(
  entry: RawEntry,
  keepReadableFields: boolean,
  where: { row?: number },
  errors: ProfileFileIssue[],
): { profile: ClientProfile; warnings: ProfileIssue[] } {
  const isRecord = entry.raw !== null && typeof entry.raw === "object" && !Array.isArray(entry.raw);
  if (!keepReadableFields || !isRecord) return parseProfile(entry.raw, entry.label);
  const { profile, warnings, dropped } = parseKeepingReadable(
    entry.raw as Record<string, unknown>,
    entry.label,
  );
  for (const issue of dropped) {
    errors.push({
      ...issue,
      ...where,
      message: `${issue.message}; left out, the rest of this profile is used`,
    });
  }
  return { profile, warnings };
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

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; message: string; line?: number };

/** JSON.parse with the error's position turned into a line number people can find. */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : jsonErrorOffset(text);
    const line = text.slice(0, offset).split("\n").length;
    // V8 may quote the start of the text ("..." is not valid JSON): never echo file content.
    const reason = message
      .replace(/,\s*[\s\S]*is not valid JSON$/, "")
      .replace(/\s*(in JSON )?at position \d+[\s\S]*$/, "")
      .replace(/\s*\(line \d+ column \d+\)$/, "");
    return { ok: false, message: reason || "not valid JSON", line };
  }
}

/**
 * Offset of the first character that makes `text` invalid JSON, for engines whose message does
 * not say. A small recursive-descent walk of the grammar; only called after JSON.parse failed.
 */
function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && " \t\r\n".includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) if (text[at++] !== char) fail();
  };
  const string = () => {
    at++; // opening quote
    while (at < text.length && text[at] !== '"') {
      if (text[at] === "\\") at++;
      else if (text.charCodeAt(at) < 0x20) fail();
      at++;
    }
    if (text[at] !== '"') fail();
    at++;
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === "{") {
      at++;
      space();
      if (text[at] === "}") return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at++] !== ":") fail();
        value();
        space();
        if (text[at] === "}") return void at++;
        if (text[at++] !== ",") fail();
      }
    } else if (char === "[") {
      at++;
      space();
      if (text[at] === "]") return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === "]") return void at++;
        if (text[at++] !== ",") fail();
      }
    } else if (char === '"') string();
    else if (char === "t") literal("true");
    else if (char === "f") literal("false");
    else if (char === "n") literal("null");
    else {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
      if (!number) fail();
      at += number![0].length;
    }
  };
  try {
    value();
    space();
    return at; // trailing garbage starts here
  } catch (offset) {
    return Math.min(typeof offset === "number" ? offset : at, text.length);
  }
}

/** The JSON key for a header: the key itself or the SharePoint column name, any case. */
function canonicalKey(header: string): string | undefined {
  const wanted = header.toLowerCase();
  return PROFILE_FIELDS.find(
    (field) => field.key.toLowerCase() === wanted || field.column.toLowerCase() === wanted,
  )?.key;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A ProfileSource over profiles held in memory (loaded from a file). Saves change memory only;
 * each profile carries a version as its eTag so concurrent edits conflict as they would in Graph.
 */
export class FileProfileSource implements ProfileSource {
  private readonly byMatchKey = new Map<string, ClientProfile>();
  private readonly versions = new Map<string, number>();

  constructor(profiles: readonly ClientProfile[]) {
    for (const profile of profiles) {
      const key = profile.matchKey.toLowerCase();
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
    const key = matchKey.trim().toLowerCase();
    const profile = this.byMatchKey.get(key);
    return profile ? { profile, origin: this.originOf(key) } : undefined;
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    const key = profile.matchKey.trim().toLowerCase();
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
    const stored = { ...profile, matchKey: key };
    this.byMatchKey.set(key, stored);
    this.versions.set(key, (current ?? 0) + 1);
    return { profile: stored, origin: this.originOf(key) };
  }

  private originOf(key: string): ProfileOrigin {
    return { itemId: key, etag: String(this.versions.get(key)) };
  }
}
