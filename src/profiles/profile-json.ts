/**
 * Profiles from a JSON profile file (ARCHITECTURE §2), and the checks every profile file gets.
 * Apart from file-source.ts (which adds CSV) so the launch event, which only ever reads the
 * JSON sample file, does not carry a CSV parser. Pure: reading the file is the caller's job.
 */
import {
  ProfileError,
  parseProfile,
  type ClientProfile,
  type ProfileFieldKey,
  type ProfileIssue,
} from "../core/profile";
import { parseKeepingReadable } from "./readable-fields";

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
  /** The entry each profile was read from, in the order of `profiles` (file-source.ts carriedFields). */
  read?: RawEntry[];
}

/** The "profile" of a problem with the file as a whole. */
export const FILE_ISSUE = "file";

export interface ParseProfileFileOptions {
  /**
   * Keep a profile when one of its fields is bad, leaving only that field out (reported in
   * `errors`), as `rapport check` does: one bad value must not hide a client's other preferences.
   * Off for import, which refuses a file with problems unless told otherwise.
   */
  keepReadableFields?: boolean;
}

/**
 * A JSON profile file read as parseProfileFile reads one (see file-source.ts). Never throws:
 * every problem ends up in `errors` or `warnings`.
 */
export function parseProfileJsonFile(
  content: string,
  options: ParseProfileFileOptions = {},
): ProfileFileResult {
  const text = stripBom(content);
  return emptyFileResult(text) ?? parseJsonProfiles(text, options.keepReadableFields ?? false);
}

/** The result for a file with nothing in it (JSON or CSV alike), or undefined when it has text. */
export function emptyFileResult(text: string): ProfileFileResult | undefined {
  if (text.trim() !== "") return undefined;
  return {
    profiles: [],
    errors: [{ profile: FILE_ISSUE, message: "the file is empty" }],
    warnings: [],
  };
}

/** A raw profile waiting for validation, with where it came from. */
export interface RawEntry {
  raw: unknown;
  label: string;
  row?: number;
  /** A CSV row's fields: its header's columns (a JSON entry's are its own keys). */
  columns?: readonly ProfileFieldKey[];
}

export function parseJsonProfiles(text: string, keep: boolean): ProfileFileResult {
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

export function validateEntries(
  entries: RawEntry[],
  errors: ProfileFileIssue[],
  warnings: ProfileFileIssue[],
  keepReadableFields: boolean,
): ProfileFileResult {
  const profiles: ClientProfile[] = [];
  const read: RawEntry[] = [];
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
      read.push(entry);
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
  return { profiles, errors: errors.sort(byRow), warnings: warnings.sort(byRow), read };
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

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
