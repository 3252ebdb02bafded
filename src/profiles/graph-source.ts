/**
 * Profiles from a SharePoint list through Microsoft Graph (ARCHITECTURE §2). A lookup asks for
 * every address and its @domain with filters on the indexed MatchKey column, several keys per
 * filter (`or`, within Graph's limits on filter expressions and URL length), all in one $batch
 * round trip, and merges person over organisation. One retry budget and deadline serve the whole
 * lookup, its pages included.
 */
import {
  ProfileError,
  canonicalKey,
  keySpellings,
  matchKeysFor,
  resolveProfiles,
  type ClientProfile,
} from "../core/profile";
import type { Clock } from "./clock";
import {
  GraphHttp,
  MAX_BATCH_SIZE,
  graphErrorCode,
  graphErrorMessage,
  type BatchRequest,
  type GetToken,
  type GraphResponse,
  type RequestOptions,
} from "./graph-http";
import { EXPAND_PROFILE_FIELDS, MATCH_KEY_COLUMN, fieldsToProfile } from "./list-mapping";
import { statusPhrase, type RetryBudget } from "./retry";
import {
  ProfileSourceError,
  type GraphAccess,
  type LookupOptions,
  type ProfileSource,
  type StoredProfile,
} from "./source";

export type { GraphAccess };

/** Where the list lives. */
export interface GraphListSettings {
  /** e.g. contoso.sharepoint.com */
  siteHostname: string;
  /** Server-relative site path, e.g. /sites/clients ("/" or "" for the root site). */
  sitePath: string;
  /** The list's display name or id. */
  list: string;
  /** Graph root including the version; default https://graph.microsoft.com/v1.0. */
  graphBaseUrl?: string;
}

export interface GraphProfileSourceOptions extends GraphListSettings {
  /** Silent token for the scopes; reject with a sign-in-needed error when there is none (GetToken). */
  getToken: GetToken;
  /**
   * Silent token that skips the sign-in cache, for one retry of a read Graph refused (HTTP 401):
   * a cached token can be revoked before it expires. Default: none (the 401 is reported).
   */
  getFreshToken?: GetToken;
  /**
   * Token for saves. The write scope is asked for only when a profile is first saved, so this
   * getter may ask the user to consent (the task pane's editor); default `getToken`.
   */
  getWriteToken?: GetToken;
  /** Ask for Sites.Selected instead of the tenant-wide Sites.*.All permissions. */
  sitesSelected?: boolean;
  /** Override the scopes per access level. */
  scopes?: Partial<Record<GraphAccess, string[]>>;
  /** Told about every list item, or field of one, that could not be used. */
  onProblem?: (problem: ListItemProblem) => void;
  fetch?: typeof fetch;
  /** Attempts per logical request (a lookup, a page, a batch of writes), the first included. */
  maxAttempts?: number;
  defaultRetryMs?: number;
  /** A logical request's deadline when the caller gives none, in ms (default 60 s). */
  timeoutMs?: number;
  /** One HTTP request is abandoned after this long without an answer (default 30 s). */
  requestTimeoutMs?: number;
  clock?: Clock;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Page size for item queries. */
  pageSize?: number;
}

/**
 * A list item that could not be used (no `field`: skipped), or one of its fields that could not be
 * read (`field` set: left out, the rest of the item kept). Never fatal for the rest.
 */
export interface ListItemProblem {
  itemId: string;
  matchKey?: string;
  /** The list column, when the problem is one field. */
  field?: string;
  /** The stored value of that field, as text (untrusted: show it through singleLine). */
  value?: string;
  reason: string;
}

const PERMISSION: Record<GraphAccess, string> = {
  read: "Sites.Read.All",
  write: "Sites.ReadWrite.All",
  manage: "Sites.Manage.All",
};

/** The permission an access level needs, by name: what an admin grants. */
export function permissionFor(access: GraphAccess, sitesSelected = false): string {
  return sitesSelected && access !== "manage" ? "Sites.Selected" : PERMISSION[access];
}

/** Delegated Graph scopes for an access level, qualified by the Graph resource of the base URL. */
export function graphScopes(
  access: GraphAccess,
  graphBaseUrl: string | undefined,
  sitesSelected = false,
): string[] {
  const permission = permissionFor(access, sitesSelected);
  const origin = new URL(graphBaseUrl ?? "https://graph.microsoft.com/v1.0").origin;
  // Test servers have no resource of their own; plain names mean Microsoft Graph.
  return origin.startsWith("https://") ? [`${origin}/${permission}`] : [permission];
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Graph's documented limits for one filtered request: at most 15 expressions in a filter clause
 * and a URL of at most 2,048 characters (learn.microsoft.com/graph/filter-query-parameter, the
 * note on `in`/`eq` expressions). OData's default of 100 nodes per filter allows about 19 `or`
 * clauses, so 15 also stays clear of it.
 */
export const MAX_KEYS_PER_FILTER = 15;
export const MAX_URL_LENGTH = 2048;

/** A MatchKey column holds at most 255 characters: a longer key can match no item. */
const MAX_MATCH_KEY_LENGTH = 255;

function filterClause(key: string): string {
  return `fields/${MATCH_KEY_COLUMN} eq ${odataString(key)}`;
}

function itemsQuery(keys: readonly string[], pageSize: number): string {
  const filter = encodeURIComponent(keys.map(filterClause).join(" or "));
  return `?$expand=${EXPAND_PROFILE_FIELDS}&$filter=${filter}&$top=${pageSize}`;
}

/**
 * The item URLs (relative to the Graph version root) that ask for all these keys: as few as
 * possible, each with at most MAX_KEYS_PER_FILTER keys and, with `baseUrl` in front, at most
 * MAX_URL_LENGTH characters.
 */
export function matchKeysUrls(
  itemsPath: string,
  keys: readonly string[],
  pageSize: number,
  baseUrl: string,
): string[] {
  const urls: string[] = [];
  let group: string[] = [];
  const urlFor = (g: readonly string[]) => `${itemsPath}${itemsQuery(g, pageSize)}`;
  for (const key of keys) {
    if (key.length > MAX_MATCH_KEY_LENGTH) continue;
    const candidate = [...group, key];
    const fits =
      candidate.length <= MAX_KEYS_PER_FILTER &&
      baseUrl.length + urlFor(candidate).length <= MAX_URL_LENGTH;
    if (fits || group.length === 0) group = candidate;
    else {
      urls.push(urlFor(group));
      group = [key];
    }
  }
  if (group.length > 0) urls.push(urlFor(group));
  return urls;
}

interface RawListItem {
  id?: unknown;
  eTag?: unknown;
  "@odata.etag"?: unknown;
  fields?: Record<string, unknown>;
}

/** A stored value as one short line of text for a message (never the whole of a long value). */
function valueText(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export class GraphProfileSource implements ProfileSource {
  readonly http: GraphHttp;
  readonly settings: Readonly<GraphListSettings>;
  /** Problems found by recent reads (most recent last, at most 100). */
  readonly problems: ListItemProblem[] = [];
  private siteId?: string;
  private readonly options: GraphProfileSourceOptions;
  private readonly pageSize: number;

  constructor(options: GraphProfileSourceOptions) {
    if (!options.siteHostname.trim()) {
      throw new ProfileSourceError("invalid", "The SharePoint site host name is missing.");
    }
    if (!options.list.trim()) {
      throw new ProfileSourceError("invalid", "The SharePoint list name is missing.");
    }
    this.options = options;
    this.settings = {
      siteHostname: options.siteHostname.trim().toLowerCase(),
      sitePath: normaliseSitePath(options.sitePath),
      list: options.list.trim(),
      graphBaseUrl: options.graphBaseUrl,
    };
    this.pageSize = options.pageSize ?? 50;
    this.http = new GraphHttp({
      getToken: options.getToken,
      ...(options.getFreshToken ? { getFreshToken: options.getFreshToken } : {}),
      graphBaseUrl: options.graphBaseUrl,
      fetch: options.fetch,
      maxAttempts: options.maxAttempts,
      defaultRetryMs: options.defaultRetryMs,
      timeoutMs: options.timeoutMs,
      requestTimeoutMs: options.requestTimeoutMs,
      clock: options.clock,
      sleep: options.sleep,
      now: options.now,
    });
  }

  /** Whether the app uses Sites.Selected (access granted per site). */
  get sitesSelected(): boolean {
    return this.options.sitesSelected ?? false;
  }

  scopes(access: GraphAccess): string[] {
    return (
      this.options.scopes?.[access] ??
      graphScopes(access, this.options.graphBaseUrl, this.options.sitesSelected)
    );
  }

  /**
   * Scopes and token getter for one request at this access level, with the caller's deadline,
   * signal and budget. Writes use the write token getter (which may ask for consent).
   */
  requestOptions(
    access: GraphAccess,
    extra: LookupOptions & { budget?: RetryBudget; headers?: Record<string, string> } = {},
  ): RequestOptions {
    const getToken = access === "read" ? undefined : this.options.getWriteToken;
    return { scopes: this.scopes(access), ...(getToken ? { getToken } : {}), ...extra };
  }

  /** "contoso.sharepoint.com/sites/clients", for messages. */
  get siteLabel(): string {
    return `${this.settings.siteHostname}${this.settings.sitePath === "/" ? "" : this.settings.sitePath}`;
  }

  /** Path that addresses the site by host name and path (no id needed). */
  private get sitePathSegment(): string {
    const path = this.settings.sitePath;
    const host = encodeURIComponent(this.settings.siteHostname);
    return path === "/" ? `/sites/${host}` : `/sites/${host}:${encodePath(path)}:`;
  }

  /** The site as URL segment: its cached id, or its host-and-path address until that is known. */
  siteSegment(): string {
    return this.siteId ? `/sites/${encodeURIComponent(this.siteId)}` : this.sitePathSegment;
  }

  listSegment(): string {
    return `${this.siteSegment()}/lists/${encodeURIComponent(this.settings.list)}`;
  }

  /** Resolves (once) and caches the site id. */
  async resolveSiteId(options: LookupOptions = {}, access: GraphAccess = "read"): Promise<string> {
    if (this.siteId) return this.siteId;
    const response = await this.http.request(
      "GET",
      `${this.sitePathSegment}?$select=id`,
      undefined,
      this.requestOptions(access, options),
    );
    if (response.status !== 200) throw this.errorFor(response, "site", access);
    this.rememberSite(response);
    return this.siteId!;
  }

  private rememberSite(response: GraphResponse): void {
    const id = (response.body as { id?: unknown } | null)?.id;
    if (typeof id === "string" && id) this.siteId = id;
  }

  async lookup(
    addresses: readonly string[],
    options: LookupOptions = {},
  ): Promise<Map<string, ClientProfile | undefined>> {
    const keys = [...new Set(addresses.flatMap((address) => matchKeysFor(address)))];
    const byKey = keys.length > 0 ? await this.fetchByMatchKeys(keys, options) : new Map();
    return resolveProfiles(addresses, byKey);
  }

  /**
   * Profiles stored under exactly these match keys (no merging), keyed by canonical match key
   * (canonicalKey): a key of an internationalised domain is asked for in both spellings.
   */
  async fetchByMatchKeys(
    keys: readonly string[],
    options: LookupOptions = {},
  ): Promise<Map<string, ClientProfile>> {
    const stored = await this.fetchStored(keys, options);
    const profiles = new Map<string, ClientProfile>();
    for (const [key, value] of stored) profiles.set(key, value.profile);
    return profiles;
  }

  private async fetchStored(
    keys: readonly string[],
    options: LookupOptions,
  ): Promise<Map<string, StoredProfile>> {
    const wanted = [...new Set(keys.flatMap((key) => keySpellings(canonicalKey(key))))];
    const itemsPath = `${this.listSegment()}/items`;
    const requests: BatchRequest[] = matchKeysUrls(
      itemsPath,
      wanted,
      this.pageSize,
      this.http.baseUrl,
    ).map((url, index) => ({ id: `k${index + 1}`, method: "GET", url }));
    if (requests.length === 0) return new Map();
    // Learn the site id in the same round trip when the last batch has room for it; it also
    // tells a missing site from a missing list.
    const siteKnown = this.siteId !== undefined;
    if (!siteKnown && requests.length % MAX_BATCH_SIZE !== 0) {
      requests.push({ id: "site", method: "GET", url: `${this.sitePathSegment}?$select=id` });
    }
    // One budget for the whole lookup, every page included: retries never multiply.
    const budget = this.http.budget(options);
    const request = this.requestOptions("read", { ...options, budget });
    let answers = await this.http.batch(requests, request);
    const site = answers.get("site");
    answers.delete("site");
    if (site) {
      if (site.status === 200) this.rememberSite(site);
      else if (site.status === 404 || site.status === 403 || site.status === 401) {
        throw this.errorFor(site, "site");
      }
    }

    const items: RawListItem[] = [];
    for (let round = 0; answers.size > 0; round++) {
      const nextPages: BatchRequest[] = [];
      for (const [id, response] of answers) {
        if (response.status === 404) {
          throw await this.notFound(response, site?.status === 200 ? "list" : undefined, request);
        }
        if (response.status !== 200) throw this.errorFor(response, "items");
        const body = response.body as { value?: unknown; "@odata.nextLink"?: unknown } | null;
        if (Array.isArray(body?.value)) items.push(...(body.value as RawListItem[]));
        const next = body?.["@odata.nextLink"];
        if (typeof next === "string" && next) {
          nextPages.push({
            id: `${id}.${round + 1}`,
            method: "GET",
            url: this.http.relativePath(next),
          });
        }
      }
      answers = nextPages.length > 0 ? await this.http.batch(nextPages, request) : new Map();
    }
    return this.parseItems(items);
  }

  /**
   * A 404 for the list's items: the list, or the whole site? Asks Graph for the site when the
   * answer is not known yet (an error path only, so the extra request costs nothing normally).
   */
  private async notFound(
    response: GraphResponse,
    known: "site" | "list" | undefined,
    request: RequestOptions,
  ): Promise<ProfileSourceError> {
    let missing = known;
    if (!missing) {
      try {
        const site = await this.http.request(
          "GET",
          `${this.siteId ? this.siteSegment() : this.sitePathSegment}?$select=id`,
          undefined,
          { ...request, budget: undefined },
        );
        missing = site.status === 404 ? "site" : "list";
      } catch {
        missing = "list";
      }
    }
    return this.errorFor(response, missing === "site" ? "site" : "items");
  }

  private parseItems(items: readonly RawListItem[]): Map<string, StoredProfile> {
    const result = new Map<string, StoredProfile>();
    const seenItems = new Set<string>();
    for (const item of items) {
      const parsed = this.parseItem(item);
      if (!parsed) continue;
      const itemId = parsed.origin?.itemId ?? "";
      if (seenItems.has(itemId)) continue;
      seenItems.add(itemId);
      const key = canonicalKey(parsed.profile.matchKey);
      if (result.has(key)) {
        this.reportDuplicate(parsed, result.get(key));
        continue;
      }
      result.set(key, parsed);
    }
    return result;
  }

  /** An item whose MatchKey another item already has: ignored, and said so. */
  reportDuplicate(duplicate: StoredProfile, earlier?: StoredProfile): void {
    this.report({
      itemId: duplicate.origin?.itemId ?? "?",
      matchKey: duplicate.profile.matchKey,
      reason: `another item${earlier?.origin?.itemId ? ` (${earlier.origin.itemId})` : ""} has the same MatchKey; this one is ignored`,
    });
  }

  /**
   * One list item as a stored profile. A field that cannot be read is left out and reported
   * (the rest is kept); an item without a usable MatchKey covers nobody: reported, undefined.
   * The MatchKey is normalised (trimmed, lower case) and reported when it was stored otherwise.
   */
  parseItem(item: RawListItem): StoredProfile | undefined {
    const itemId =
      typeof item.id === "string" || typeof item.id === "number" ? String(item.id) : "?";
    const fields = item.fields;
    if (!fields || typeof fields !== "object") {
      this.report({ itemId, reason: "the item came without its fields; skipped" });
      return undefined;
    }
    const rawKey = fields[MATCH_KEY_COLUMN];
    const matchKey = typeof rawKey === "string" ? rawKey.trim().toLowerCase() : undefined;
    if (!matchKey) {
      this.report({
        itemId,
        field: MATCH_KEY_COLUMN,
        ...(rawKey === undefined || rawKey === null ? {} : { value: valueText(rawKey) }),
        reason: "has no MatchKey, so it covers nobody; skipped",
      });
      return undefined;
    }
    try {
      const { profile, unreadable } = fieldsToProfile(fields, matchKey);
      for (const bad of unreadable) {
        this.report({
          itemId,
          matchKey,
          field: bad.column,
          value: valueText(bad.value),
          reason: `could not be read (${bad.reason}); left out, the rest of the profile is used`,
        });
      }
      const stored = rawKey !== matchKey;
      if (stored) {
        this.report({
          itemId,
          matchKey,
          field: MATCH_KEY_COLUMN,
          value: valueText(rawKey),
          reason: `has spaces or capitals; read as "${matchKey}", but lookups by address may miss the item until it is saved that way ("rapport import" of an export rewrites it)`,
        });
      }
      const etag = item.eTag ?? item["@odata.etag"] ?? fields["@odata.etag"];
      return {
        profile,
        // The profile as read with this eTag: a save writes only what differs from it.
        origin: { itemId, ...(typeof etag === "string" ? { etag } : {}), loaded: profile },
        ...(unreadable.length > 0 || stored ? { needsRepair: true } : {}),
        ...(stored ? { keyStoredAs: String(rawKey) } : {}),
      };
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      this.report({
        itemId,
        matchKey,
        field: MATCH_KEY_COLUMN,
        value: valueText(rawKey),
        reason: `${error.issues.map((issue) => issue.message).join("; ")}; the item covers nobody and is skipped`,
      });
      return undefined;
    }
  }

  private report(problem: ListItemProblem): void {
    this.problems.push(problem);
    if (this.problems.length > 100) this.problems.splice(0, this.problems.length - 100);
    this.options.onProblem?.(problem);
  }

  /**
   * The item stored under exactly this MatchKey. Read as lookup() reads (one query, every
   * @odata.nextLink followed under one budget): Graph may answer a filter with an empty page and
   * a next link (learn.microsoft.com/graph/paging), and a first page alone would show a client
   * with a profile as having none, and a save would then create a second item.
   */
  async get(matchKey: string, options: LookupOptions = {}): Promise<StoredProfile | undefined> {
    const key = canonicalKey(matchKey);
    return (await this.fetchStored([key], options)).get(key);
  }

  /** The item with this id, freshly read (after a conflict). */
  async getItem(itemId: string, access: GraphAccess = "read"): Promise<StoredProfile | undefined> {
    const response = await this.http.request(
      "GET",
      `${this.listSegment()}/items/${encodeURIComponent(itemId)}?$expand=${EXPAND_PROFILE_FIELDS}`,
      undefined,
      this.requestOptions(access),
    );
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.errorFor(response, "items", access);
    return this.parseItem(response.body as RawListItem);
  }

  /**
   * What went wrong, as a fact about the list (what each surface advises on top of it is
   * src/profiles/advice.ts); Graph's own message only where it explains the cause.
   */
  errorFor(
    response: GraphResponse,
    during: "site" | "items" | "save" | "list",
    access: GraphAccess = during === "save" ? "write" : "read",
  ): ProfileSourceError {
    const list = `"${this.settings.list}"`;
    const site = this.siteLabel;
    const status = response.status;
    const graphMessage = graphErrorMessage(response.body);
    const code = graphErrorCode(response.body);
    if (status === 401) {
      return new ProfileSourceError(
        "sign-in-needed",
        "Microsoft Graph refused the sign-in (HTTP 401): it has expired or is missing.",
        { status },
      );
    }
    if (status === 403) {
      const what = access === "read" ? "read" : "change items in";
      const where =
        during === "site"
          ? `the SharePoint site ${site}`
          : `the list ${list} on the SharePoint site ${site}`;
      const needs = this.sitesSelected
        ? `Rapport's app uses Sites.Selected, so the site must be granted to the app (${access === "read" ? "read" : "write"} role) by an admin, and the account needs access to the site.`
        : `That needs the delegated permission ${permissionFor(access)} for Rapport's app (with admin consent) and an account that can ${access === "read" ? "read" : "edit"} the site.`;
      return new ProfileSourceError(
        "forbidden",
        `No access to ${what} ${where} (HTTP 403). ${needs}`,
        { status, access, sitesSelected: this.sitesSelected },
      );
    }
    if (status === 404) {
      return during === "site"
        ? new ProfileSourceError(
            "not-found",
            `The SharePoint site ${site} was not found (HTTP 404).`,
            { status, missing: "site" },
          )
        : new ProfileSourceError(
            "not-found",
            `The list ${list} was not found on the SharePoint site ${site} (HTTP 404).`,
            { status, missing: "list" },
          );
    }
    if (status === 400 && /not indexed|HonorNonIndexedQueries/i.test(graphMessage)) {
      return new ProfileSourceError(
        "invalid",
        `The ${MATCH_KEY_COLUMN} column of the list ${list} on ${site} is not indexed, so SharePoint refuses to filter on it. In the list settings, open "Indexed columns" and create an index on ${MATCH_KEY_COLUMN} (or run "rapport provision").`,
        { status },
      );
    }
    if (status === 429 || status === 503 || status === 504) {
      const attempts = response.attempts;
      return new ProfileSourceError(
        "throttled",
        `Microsoft Graph was still busy (${statusPhrase(status)})${attempts ? ` after ${attempts} attempts` : ""}; giving up.`,
        { status },
      );
    }
    const detail = graphMessage ? `: ${graphMessage}` : code ? ` (${code})` : "";
    return new ProfileSourceError(
      status >= 500 ? "network" : "invalid",
      `Microsoft Graph answered HTTP ${status} for the list ${list} on ${site}${detail}`,
      { status },
    );
  }
}

function normaliseSitePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, "");
  if (!trimmed) return "/";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** "https://contoso.sharepoint.com/sites/clients" → host and path. */
export function parseSiteUrl(url: string): { siteHostname: string; sitePath: string } {
  let parsed: URL;
  try {
    parsed = new URL(url.includes("://") ? url : `https://${url}`);
  } catch {
    throw new ProfileSourceError(
      "invalid",
      `"${url}" is not a SharePoint site address; expected e.g. https://contoso.sharepoint.com/sites/clients`,
    );
  }
  return {
    siteHostname: parsed.hostname,
    sitePath: normaliseSitePath(decodeURIComponent(parsed.pathname)),
  };
}
