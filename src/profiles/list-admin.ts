/**
 * What an admin does to the profile list as a whole: create it with every column (idempotently),
 * read all of it page by page, and create or update many profiles in $batch round trips.
 */
import { PROFILE_FIELDS, type ClientProfile, type ProfileFieldKey } from "../core/profile";
import type { BatchRequest, GraphResponse } from "./graph-http";
import type { GraphAccess, GraphProfileSource } from "./graph-source";
import {
  EXPAND_PROFILE_FIELDS,
  MATCH_KEY_COLUMN,
  fieldsToWrite,
  profileColumnDefinitions,
  profileToFields,
  profileToNewItemFields,
  type ColumnDefinition,
} from "./list-mapping";
import { ProfileSourceError, type StoredProfile } from "./source";

export interface ProvisionReport {
  listCreated: boolean;
  /** Columns that were missing and have been added. */
  columnsAdded: string[];
  /** Columns that were already there as they should be. */
  columnsFound: string[];
  /** Columns that were there but needed a change (an index, more choices). */
  columnsFixed: string[];
  /**
   * Columns that are there with another type, or with a setting under which Rapport misreads
   * them (MatchKey not unique, rich text, appended changes): left alone, reported.
   */
  columnsMismatched: string[];
  /**
   * Columns Rapport needs that the list already has under another internal name ("Match Key" is
   * Match_x0020_Key): `Name: "Display" (internal name X)`. Provision then stops and changes
   * nothing, since a twin beside the old column would leave every lookup empty.
   */
  columnsElsewhere: string[];
}

/** A report with nothing done yet: provisionList fills it in as it goes. */
export function emptyProvisionReport(): ProvisionReport {
  return {
    listCreated: false,
    columnsAdded: [],
    columnsFound: [],
    columnsFixed: [],
    columnsMismatched: [],
    columnsElsewhere: [],
  };
}

interface ExistingColumn extends ColumnDefinition {
  id?: string;
}

/**
 * Creates the list and whatever columns it lacks; running it again changes nothing. `report` is
 * filled in as each step succeeds, so when a step fails (it throws) the caller can still say what
 * was created before it.
 */
export async function provisionList(
  source: GraphProfileSource,
  report: ProvisionReport = emptyProvisionReport(),
): Promise<ProvisionReport> {
  // Provisioning alone asks for Sites.Manage.All; nothing else in Rapport does.
  const scopes = source.requestOptions("manage");
  const siteId = await source.resolveSiteId({}, "manage");
  const sitePath = `/sites/${encodeURIComponent(siteId)}`;
  const listPath = `${sitePath}/lists/${encodeURIComponent(source.settings.list)}`;

  let existing: ExistingColumn[];
  const found = await source.http.request("GET", `${listPath}?$expand=columns`, undefined, scopes);
  if (found.status === 200) {
    existing = ((found.body as { columns?: ExistingColumn[] }).columns ?? []) as ExistingColumn[];
  } else if (found.status === 404) {
    const created = await source.http.request(
      "POST",
      `${sitePath}/lists`,
      {
        displayName: source.settings.list,
        columns: profileColumnDefinitions(),
        list: { template: "genericList" },
      },
      scopes,
    );
    if (created.status !== 201 && created.status !== 200) {
      throw manageError(source, created);
    }
    report.listCreated = true;
    const columns = await source.http.request("GET", `${listPath}/columns`, undefined, scopes);
    if (columns.status !== 200) throw manageError(source, columns);
    existing = ((columns.body as { value?: ExistingColumn[] }).value ?? []) as ExistingColumn[];
  } else {
    throw manageError(source, found);
  }

  // A list made by hand may already hold a column under another internal name: "Match Key" is
  // stored as Match_x0020_Key, a column from a spreadsheet import as field_1. Adding MatchKey
  // beside it would leave every item's key in the old column and every lookup empty, silently.
  // So provision stops, changes nothing, and names each such column.
  for (const wanted of profileColumnDefinitions()) {
    if (existing.some((c) => sameName(c.name, wanted.name))) continue;
    const twin = existing.find((c) => isTwin(c, wanted));
    if (!twin) continue;
    const shown =
      twin.displayName && twin.displayName !== twin.name ? `"${twin.displayName}" ` : "";
    report.columnsElsewhere.push(`${wanted.name}: ${shown}(internal name ${twin.name ?? "?"})`);
  }
  if (report.columnsElsewhere.length > 0) return report;

  for (const wanted of profileColumnDefinitions()) {
    const column = existing.find((c) => sameName(c.name, wanted.name));
    if (!column) {
      const added = await source.http.request("POST", `${listPath}/columns`, wanted, scopes);
      if (added.status !== 201 && added.status !== 200) throw manageError(source, added);
      report.columnsAdded.push(wanted.name);
      continue;
    }
    if (report.listCreated) report.columnsAdded.push(wanted.name);
    const mismatch = typeMismatch(wanted, column);
    if (mismatch) {
      report.columnsMismatched.push(`${wanted.name} (${mismatch})`);
      continue;
    }
    // A setting Rapport cannot live with is reported, never changed behind the admin's back; a
    // missing index is still added (it changes no value).
    const wrong = settingMismatches(wanted, column);
    for (const problem of wrong) report.columnsMismatched.push(`${wanted.name} (${problem})`);
    const fix = neededFix(wanted, column);
    if (!fix) {
      if (!report.listCreated && wrong.length === 0) report.columnsFound.push(wanted.name);
      continue;
    }
    if (!column.id) {
      report.columnsMismatched.push(`${wanted.name} (needs ${Object.keys(fix).join(", ")})`);
      continue;
    }
    const patched = await source.http.request(
      "PATCH",
      `${listPath}/columns/${encodeURIComponent(column.id)}`,
      fix,
      scopes,
    );
    if (patched.status !== 200) throw manageError(source, patched);
    report.columnsFixed.push(`${wanted.name} (${Object.keys(fix).join(", ")})`);
  }
  return report;
}

function sameName(name: string | undefined, wanted: string): boolean {
  return !!name && name.toLowerCase() === wanted.toLowerCase();
}

/**
 * A column name as SharePoint shows it, compared loosely: internal names encode characters as
 * _xHHHH_ (a space is _x0020_); case, spaces and punctuation are ignored.
 */
function loose(name: string | undefined): string {
  return (name ?? "")
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Whether an existing column is the one Rapport wants under another internal name: its display
 * name or its decoded internal name is the wanted column's name or label ("Match Key",
 * Match_x0020_Key, "Match key"); a field_N column is known by its display name only.
 */
function isTwin(column: ExistingColumn, wanted: ColumnDefinition): boolean {
  const names = [loose(wanted.name), loose(wanted.displayName)];
  return [column.displayName, column.name].some((name) => {
    const seen = loose(name);
    return !!seen && names.includes(seen);
  });
}

function kindOf(column: ColumnDefinition): string {
  if (column.choice) return "choice";
  if (column.dateTime) return "date";
  if (column.text) return column.text.allowMultipleLines ? "multi-line text" : "single-line text";
  return "another type";
}

function typeMismatch(wanted: ColumnDefinition, column: ColumnDefinition): string | undefined {
  const want = kindOf(wanted);
  const have = kindOf(column);
  return want === have ? undefined : `is ${have}, expected ${want}`;
}

/**
 * Settings of a column of the right type under which Rapport would misread it (Graph's
 * columnDefinition.enforceUniqueValues, textColumn.textType and appendChangesToExistingText).
 * A property Graph does not return is taken to be fine.
 */
function settingMismatches(wanted: ColumnDefinition, column: ColumnDefinition): string[] {
  const problems: string[] = [];
  if (wanted.enforceUniqueValues && column.enforceUniqueValues === false) {
    problems.push(
      'not unique: two items may cover one address, and Rapport reads only the first; once no two items share one, turn on "Enforce unique values" in its settings',
    );
  }
  if (column.text?.allowMultipleLines) {
    if (column.text.textType === "richText") {
      problems.push(
        'rich text: SharePoint keeps HTML in it, which Rapport would read as the value; make it "Plain text" in its settings',
      );
    }
    if (column.text.appendChangesToExistingText === true) {
      problems.push(
        'appends changes: each save is added to the old text instead of replacing it; turn off "Append Changes to Existing Text" in its settings',
      );
    }
  }
  return problems;
}

/** The change that brings an existing column up to what Rapport needs, if any. */
function neededFix(
  wanted: ColumnDefinition,
  column: ColumnDefinition,
): Partial<ColumnDefinition> | undefined {
  if (wanted.name === MATCH_KEY_COLUMN && !column.indexed) return { indexed: true };
  if (wanted.choice && column.choice) {
    const missing = wanted.choice.choices.filter((c) => !column.choice!.choices.includes(c));
    if (missing.length > 0) {
      return { choice: { ...column.choice, choices: [...column.choice.choices, ...missing] } };
    }
  }
  return undefined;
}

function manageError(source: GraphProfileSource, response: GraphResponse): ProfileSourceError {
  if (response.status === 403) {
    return new ProfileSourceError(
      "forbidden",
      `No permission to create or change the list "${source.settings.list}" on ${source.siteLabel}. Creating lists and columns needs the delegated permission Sites.Manage.All (with admin consent) and an account that can manage the site.`,
      { status: 403, access: "manage" },
    );
  }
  return source.errorFor(response, "list", "manage");
}

export interface ReadAllResult {
  /** The first item for each MatchKey, in list order: the profiles Rapport reads. */
  profiles: StoredProfile[];
  /** Items skipped because they cover nobody (no usable MatchKey) or repeat another's MatchKey. */
  skipped: number;
  /** Items read with a field left out or a MatchKey normalised (each reported to onProblem). */
  repairable: number;
  /** Every item read as a profile, in list order, a MatchKey's later items included. */
  items: StoredProfile[];
  /** Items whose MatchKey an earlier item has, with that earlier item's id. */
  duplicates: { stored: StoredProfile; earlierItemId?: string }[];
  /** Ids of the items that cover nobody (no usable MatchKey, or no fields): in no profile. */
  uncovered: string[];
  /**
   * For an item with fields that could not be read (and are left out of its profile): each such
   * field's value as the list stores it, as text (a string as it is, anything else as JSON).
   */
  storedText: Map<StoredProfile, Partial<Record<ProfileFieldKey, string>>>;
}

const COLUMN_OF = new Map(PROFILE_FIELDS.map((field) => [field.key as string, field.column]));

/** A stored value as text: a string as it is, anything else (a number, a list) as JSON. */
function storedValueText(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * Every profile in the list, following @odata.nextLink; each page is one logical request (its
 * own retries and deadline). `access` is "write" when the caller will write next (import), so
 * one sign-in covers both. An item repeating an earlier item's MatchKey is reported to the
 * source's onProblem as ignored, unless `keepDuplicates` (export, which writes it too and says
 * so itself).
 */
export async function readAllProfiles(
  source: GraphProfileSource,
  options: {
    pageSize?: number;
    onPage?: (count: number) => void;
    access?: GraphAccess;
    keepDuplicates?: boolean;
  } = {},
): Promise<ReadAllResult> {
  const request = source.requestOptions(options.access ?? "read");
  const profiles: StoredProfile[] = [];
  const items: StoredProfile[] = [];
  const duplicates: ReadAllResult["duplicates"] = [];
  const uncovered: string[] = [];
  const storedText: ReadAllResult["storedText"] = new Map();
  const seen = new Map<string, StoredProfile>();
  let path: string | undefined =
    `${source.listSegment()}/items?$expand=${EXPAND_PROFILE_FIELDS}&$top=${options.pageSize ?? 200}`;
  while (path) {
    const response = await source.http.request("GET", path, undefined, request);
    if (response.status !== 200) throw source.errorFor(response, "items", options.access);
    const body = response.body as { value?: unknown[]; "@odata.nextLink"?: unknown };
    for (const item of body.value ?? []) {
      const raw = item as Parameters<GraphProfileSource["parseItem"]>[0];
      const parsed = source.parseItem(raw);
      if (!parsed) {
        const id = raw?.id;
        uncovered.push(typeof id === "string" || typeof id === "number" ? String(id) : "?");
        continue;
      }
      const unreadable = parsed.profile.unreadable ?? [];
      if (unreadable.length > 0) {
        const text: Partial<Record<ProfileFieldKey, string>> = {};
        for (const { field } of unreadable) {
          const value = raw.fields?.[COLUMN_OF.get(field) ?? ""];
          if (value !== undefined && value !== null) {
            text[field as ProfileFieldKey] = storedValueText(value);
          }
        }
        storedText.set(parsed, text);
      }
      items.push(parsed);
      const earlier = seen.get(parsed.profile.matchKey);
      if (earlier) {
        duplicates.push({ stored: parsed, earlierItemId: earlier.origin?.itemId });
        if (!options.keepDuplicates) source.reportDuplicate(parsed, earlier);
      } else {
        seen.set(parsed.profile.matchKey, parsed);
        profiles.push(parsed);
      }
    }
    options.onPage?.(profiles.length);
    const next = body["@odata.nextLink"];
    path = typeof next === "string" && next ? source.http.relativePath(next) : undefined;
  }
  return {
    profiles,
    skipped: uncovered.length + duplicates.length,
    repairable: profiles.filter((p) => p.needsRepair).length,
    items,
    duplicates,
    uncovered,
    storedText,
  };
}

export interface ImportFailure {
  matchKey: string;
  reason: string;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  failed: ImportFailure[];
  /** Per profile created or updated (or that would be, on a dry run): the columns it writes. */
  changes: ImportChange[];
}

export interface ImportChange {
  matchKey: string;
  kind: "created" | "updated";
  /** Columns given a value. */
  changed: string[];
  /** Columns emptied (an update whose file has the column empty, or --replace without it). */
  cleared: string[];
}

export interface ImportOptions {
  /** Called after each $batch with how many profiles are done. */
  onProgress?: (done: number, total: number) => void;
  /** Report what would happen without writing. */
  dryRun?: boolean;
  /**
   * The profile fields the file carries for a profile (its CSV header, its JSON keys, from the
   * entry the profile was read from: file-source.ts carriedFields). An existing item is updated in these columns only; every other
   * column keeps its value. Without it, every field counts as carried.
   */
  carried?: (matchKey: string) => ReadonlySet<ProfileFieldKey>;
  /** Replace whole items: every column the file's profile leaves empty is cleared. */
  replace?: boolean;
}

const ALL_FIELDS: ReadonlySet<ProfileFieldKey> = new Set(PROFILE_FIELDS.map((f) => f.key));

/**
 * Creates or updates each profile by MatchKey: one paged read of the list, then $batches of 20
 * writes (updates guarded by If-Match). An update writes only the columns the file carries whose
 * value changes (a column the item has but Rapport could not read included, when the file carries
 * it); with `replace`, the whole item. A failed profile never stops the others.
 */
export async function importProfiles(
  source: GraphProfileSource,
  profiles: readonly ClientProfile[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], failed: [], changes: [] };
  const current = new Map<string, StoredProfile>();
  for (const stored of (await readAllProfiles(source, { access: "write" })).profiles) {
    current.set(stored.profile.matchKey, stored);
  }

  const writes: Array<{ request: BatchRequest; matchKey: string; kind: "created" | "updated" }> =
    [];
  const list = source.listSegment();
  profiles.forEach((profile, index) => {
    const existing = current.get(profile.matchKey);
    const id = String(index + 1);
    if (!existing) {
      const fields = profileToNewItemFields(profile);
      report.changes.push({
        matchKey: profile.matchKey,
        kind: "created",
        changed: Object.keys(fields),
        cleared: [],
      });
      writes.push({
        matchKey: profile.matchKey,
        kind: "created",
        request: { id, method: "POST", url: `${list}/items`, body: { fields } },
      });
      return;
    }
    const only = options.replace ? ALL_FIELDS : (options.carried?.(profile.matchKey) ?? ALL_FIELDS);
    // What changes, column by column: the file's value against the item's. A column that could
    // not be read is written only when the file carries a value for it (an empty cell may be an
    // export that could not read it either), or cleared by --replace.
    const { fields } = fieldsToWrite(existing.profile, profile, {
      only,
      unreadable: options.replace ? "all" : "values",
    });
    if (existing.keyStoredAs !== undefined) fields.MatchKey = profile.matchKey; // stored clean
    const columns = Object.keys(fields);
    if (columns.length === 0) {
      report.unchanged.push(profile.matchKey);
      return;
    }
    report.changes.push({
      matchKey: profile.matchKey,
      kind: "updated",
      changed: columns.filter((c) => fields[c] !== null),
      cleared: columns.filter((c) => fields[c] === null),
    });
    writes.push({
      matchKey: profile.matchKey,
      kind: "updated",
      request: {
        id,
        method: "PATCH",
        url: `${list}/items/${encodeURIComponent(existing.origin?.itemId ?? "")}/fields`,
        // --replace: the whole item, so nothing of the old one outlives the file's version.
        body: options.replace ? profileToFields(profile) : fields,
        headers: existing.origin?.etag ? { "If-Match": existing.origin.etag } : undefined,
      },
    });
  });

  const total = profiles.length;
  let done = report.unchanged.length;
  options.onProgress?.(done, total);
  if (options.dryRun) {
    for (const write of writes) report[write.kind].push(write.matchKey);
    return report;
  }

  const request = source.requestOptions("write");
  for (let i = 0; i < writes.length; i += 20) {
    const chunk = writes.slice(i, i + 20);
    let answers: Map<string, GraphResponse>;
    try {
      answers = await source.http.batch(
        chunk.map((w) => w.request),
        request,
      );
    } catch (error) {
      // No sign-in or no access fails every batch alike: stop and say so once.
      if (
        error instanceof ProfileSourceError &&
        ["sign-in-needed", "forbidden"].includes(error.kind)
      ) {
        throw error;
      }
      // A whole batch failed (network, throttled past retries): its profiles fail, others go on.
      const reason = error instanceof Error ? error.message : String(error);
      for (const write of chunk) report.failed.push({ matchKey: write.matchKey, reason });
      done += chunk.length;
      options.onProgress?.(done, total);
      continue;
    }
    for (const write of chunk) {
      const response = answers.get(write.request.id);
      const ok = response && (response.status === 200 || response.status === 201);
      if (ok) report[write.kind].push(write.matchKey);
      else report.failed.push({ matchKey: write.matchKey, reason: writeFailure(source, response) });
    }
    done += chunk.length;
    options.onProgress?.(done, total);
  }
  return report;
}

function writeFailure(source: GraphProfileSource, response: GraphResponse | undefined): string {
  if (!response) return "Microsoft Graph gave no answer for this profile.";
  if (response.status === 412) {
    return "someone changed this profile in SharePoint during the import; nothing was overwritten, run the import again";
  }
  if (response.status === 503 || response.status === 504) {
    // Not sent again: it may have been applied. A second run writes only what still differs.
    return `Microsoft Graph did not confirm this write (HTTP ${response.status}); it may or may not have been saved: run the import again (it writes only what still differs)`;
  }
  if (response.status === 409) {
    return "SharePoint refused a duplicate MatchKey; another item already has it";
  }
  return source.errorFor(response, "save").message;
}
