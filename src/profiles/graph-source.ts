/**
 * Profiles from a SharePoint list through Microsoft Graph (ARCHITECTURE §2). A lookup asks for
 * every address and its @domain with one filter each on the indexed MatchKey column, all in one
 * $batch round trip (20 per batch, batches in parallel), and merges person over organisation.
 */
import {
  ProfileError,
  matchKeysFor,
  parseProfile,
  resolveProfiles,
  serialiseProfile,
  type ClientProfile,
  type ProfileOrigin,
} from "../core/profile";
import {
  GraphHttp,
  MAX_BATCH_SIZE,
  graphErrorCode,
  graphErrorMessage,
  type BatchRequest,
  type GetToken,
  type GraphResponse,
} from "./graph-http";
import {
  EXPAND_PROFILE_FIELDS,
  MATCH_KEY_COLUMN,
  fieldsToProfile,
  profileToFields,
  profileToNewItemFields,
} from "./list-mapping";
import {
  ProfileConflictError,
  ProfileSourceError,
  type LookupOptions,
  type ProfileSource,
  type StoredProfile,
} from "./source";

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

/** Which Graph permission an operation needs. */
export type GraphAccess = "read" | "write" | "manage";

export interface GraphProfileSourceOptions extends GraphListSettings {
  /** Silent token for the scopes; reject with a sign-in-needed error when there is none (GetToken). */
  getToken: GetToken;
  /** Ask for Sites.Selected instead of the tenant-wide Sites.*.All permissions. */
  sitesSelected?: boolean;
  /** Override the scopes per access level. */
  scopes?: Partial<Record<GraphAccess, string[]>>;
  /** Told about every list item that could not be used (and skipped). */
  onProblem?: (problem: ListItemProblem) => void;
  fetch?: typeof fetch;
  maxAttempts?: number;
  defaultRetryMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Page size for item queries. */
  pageSize?: number;
}

/** A list item that was skipped, and why. Never fatal for the rest. */
export interface ListItemProblem {
  itemId: string;
  matchKey?: string;
  reason: string;
}

const PERMISSION: Record<GraphAccess, string> = {
  read: "Sites.Read.All",
  write: "Sites.ReadWrite.All",
  manage: "Sites.Manage.All",
};

/** Delegated Graph scopes for an access level, qualified by the Graph resource of the base URL. */
export function graphScopes(
  access: GraphAccess,
  graphBaseUrl: string | undefined,
  sitesSelected = false,
): string[] {
  const permission = sitesSelected && access !== "manage" ? "Sites.Selected" : PERMISSION[access];
  const origin = new URL(graphBaseUrl ?? "https://graph.microsoft.com/v1.0").origin;
  // Test servers have no resource of their own; plain names mean Microsoft Graph.
  return origin.startsWith("https://") ? [`${origin}/${permission}`] : [permission];
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Query for the items whose MatchKey equals the key, fields expanded. */
export function matchKeyQuery(matchKey: string, pageSize: number): string {
  const filter = encodeURIComponent(`fields/${MATCH_KEY_COLUMN} eq ${odataString(matchKey)}`);
  return `?$expand=${EXPAND_PROFILE_FIELDS}&$filter=${filter}&$top=${pageSize}`;
}

interface RawListItem {
  id?: unknown;
  eTag?: unknown;
  "@odata.etag"?: unknown;
  fields?: Record<string, unknown>;
}

export class GraphProfileSource implements ProfileSource {
  readonly http: GraphHttp;
  readonly settings: Readonly<GraphListSettings>;
  /** Items skipped by recent reads (most recent last, at most 100). */
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
      graphBaseUrl: options.graphBaseUrl,
      fetch: options.fetch,
      maxAttempts: options.maxAttempts,
      defaultRetryMs: options.defaultRetryMs,
      sleep: options.sleep,
      now: options.now,
    });
  }

  scopes(access: GraphAccess): string[] {
    return (
      this.options.scopes?.[access] ??
      graphScopes(access, this.options.graphBaseUrl, this.options.sitesSelected)
    );
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
      {
        scopes: this.scopes(access),
        ...options,
      },
    );
    if (response.status !== 200) throw this.errorFor(response, "site");
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

  /** Profiles stored under exactly these match keys (no merging), keyed by match key. */
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
    const list = this.listSegment();
    const requests: BatchRequest[] = keys.map((key, index) => ({
      id: String(index + 1),
      method: "GET",
      url: `${list}/items${matchKeyQuery(key, this.pageSize)}`,
    }));
    // Learn the site id in the same round trip when the last batch has room for it.
    if (!this.siteId && requests.length % MAX_BATCH_SIZE !== 0) {
      requests.push({ id: "site", method: "GET", url: `${this.sitePathSegment}?$select=id` });
    }
    const request = { scopes: this.scopes("read"), ...options };
    let answers = await this.http.batch(requests, request);
    const site = answers.get("site");
    if (site) {
      if (site.status === 200) this.rememberSite(site);
      else if (site.status === 404 || site.status === 403) throw this.errorFor(site, "site");
      answers.delete("site");
    }

    const items: RawListItem[] = [];
    for (let round = 0; answers.size > 0; round++) {
      const nextPages: BatchRequest[] = [];
      for (const [id, response] of answers) {
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

  private parseItems(items: readonly RawListItem[]): Map<string, StoredProfile> {
    const result = new Map<string, StoredProfile>();
    const seenItems = new Set<string>();
    for (const item of items) {
      const parsed = this.parseItem(item);
      if (!parsed) continue;
      const itemId = parsed.origin?.itemId ?? "";
      if (seenItems.has(itemId)) continue;
      seenItems.add(itemId);
      const key = parsed.profile.matchKey;
      const earlier = result.get(key);
      if (earlier) {
        this.report({
          itemId,
          matchKey: key,
          reason: `another item (${earlier.origin?.itemId}) has the same MatchKey; this one is ignored`,
        });
        continue;
      }
      result.set(key, parsed);
    }
    return result;
  }

  /** One list item as a stored profile, or undefined (reported) when it is unusable. */
  parseItem(item: RawListItem): StoredProfile | undefined {
    const itemId =
      typeof item.id === "string" || typeof item.id === "number" ? String(item.id) : "?";
    const fields = item.fields;
    if (!fields || typeof fields !== "object") {
      this.report({ itemId, reason: "the item came without its fields" });
      return undefined;
    }
    const rawKey = fields[MATCH_KEY_COLUMN];
    const matchKey = typeof rawKey === "string" ? rawKey.trim().toLowerCase() : undefined;
    try {
      const { profile } = fieldsToProfile(fields, matchKey || `list item ${itemId}`);
      const etag = item.eTag ?? item["@odata.etag"] ?? fields["@odata.etag"];
      return {
        profile,
        origin: { itemId, ...(typeof etag === "string" ? { etag } : {}) },
      };
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      this.report({
        itemId,
        ...(matchKey ? { matchKey } : {}),
        reason: error.issues
          .map((issue) => `${issue.field ? `${issue.field} ` : ""}${issue.message}`)
          .join("; "),
      });
      return undefined;
    }
  }

  private report(problem: ListItemProblem): void {
    this.problems.push(problem);
    if (this.problems.length > 100) this.problems.splice(0, this.problems.length - 100);
    this.options.onProblem?.(problem);
  }

  async get(matchKey: string, options: LookupOptions = {}): Promise<StoredProfile | undefined> {
    const key = matchKey.trim().toLowerCase();
    const response = await this.http.request(
      "GET",
      `${this.listSegment()}/items${matchKeyQuery(key, this.pageSize)}`,
      undefined,
      { scopes: this.scopes("read"), ...options },
    );
    if (response.status !== 200) throw this.errorFor(response, "items");
    const items = ((response.body as { value?: unknown } | null)?.value ?? []) as RawListItem[];
    return this.parseItems(items).get(key);
  }

  /** The item with this id, freshly read (after a conflict). */
  async getItem(itemId: string, access: GraphAccess = "read"): Promise<StoredProfile | undefined> {
    const response = await this.http.request(
      "GET",
      `${this.listSegment()}/items/${encodeURIComponent(itemId)}?$expand=${EXPAND_PROFILE_FIELDS}`,
      undefined,
      { scopes: this.scopes(access) },
    );
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.errorFor(response, "items");
    return this.parseItem(response.body as RawListItem);
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    const valid = validateForSave(profile);
    const scopes = this.scopes("write");
    if (origin?.itemId) {
      const path = `${this.listSegment()}/items/${encodeURIComponent(origin.itemId)}/fields`;
      const response = await this.http.request("PATCH", path, profileToFields(valid), {
        scopes,
        headers: origin.etag ? { "If-Match": origin.etag } : undefined,
      });
      if (response.status === 412) {
        const current = await this.getItem(origin.itemId, "write");
        throw new ProfileConflictError(
          `Someone else changed the profile for ${valid.matchKey} after you opened it. Their version has been reloaded and nothing was overwritten; review it and save again.`,
          current,
          { status: 412 },
        );
      }
      if (response.status !== 200) throw this.errorFor(response, "save");
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
      { scopes },
    );
    if (response.status !== 201 && response.status !== 200) throw this.errorFor(response, "save");
    const created = this.parseItem(response.body as RawListItem);
    return (
      created ?? { profile: valid, origin: { itemId: String((response.body as RawListItem).id) } }
    );
  }

  /** An error an admin can act on; Graph's own message only where it explains the cause. */
  errorFor(
    response: GraphResponse,
    during: "site" | "items" | "save" | "list",
  ): ProfileSourceError {
    const list = `"${this.settings.list}"`;
    const site = this.siteLabel;
    const status = response.status;
    const graphMessage = graphErrorMessage(response.body);
    const code = graphErrorCode(response.body);
    if (status === 401) {
      return new ProfileSourceError(
        "sign-in-needed",
        "Microsoft 365 sign-in has expired or is missing. Sign in from the Rapport task pane.",
        { status },
      );
    }
    if (status === 403) {
      const what = during === "save" ? "change items in" : "read";
      return new ProfileSourceError(
        "forbidden",
        `No access to ${what} the list ${list} on the SharePoint site ${site}. Ask an admin to grant the Rapport app ${
          during === "save" ? "Sites.ReadWrite.All" : "Sites.Read.All"
        } (with admin consent), or give your account access to the site.`,
        { status },
      );
    }
    if (status === 404) {
      const message =
        during === "site" || /site/i.test(graphMessage)
          ? `The SharePoint site ${site} was not found. Check the site address in Rapport's settings.`
          : `The list ${list} was not found on the SharePoint site ${site}. Check the list name in Rapport's settings, or create it with "rapport provision".`;
      return new ProfileSourceError("not-found", message, { status });
    }
    if (status === 400 && /not indexed|HonorNonIndexedQueries/i.test(graphMessage)) {
      return new ProfileSourceError(
        "invalid",
        `The ${MATCH_KEY_COLUMN} column of the list ${list} on ${site} is not indexed, so SharePoint refuses to filter on it. In the list settings, open "Indexed columns" and create an index on ${MATCH_KEY_COLUMN} (or run "rapport provision").`,
        { status },
      );
    }
    if (status === 429 || status === 503 || status === 504) {
      return new ProfileSourceError(
        "throttled",
        `Microsoft Graph is busy (HTTP ${status}) and kept asking to retry later.`,
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
