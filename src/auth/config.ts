/**
 * Tenant settings for sign-in and the profile list, as an admin writes them (a JSON config object
 * or the add-in's settings). Validated up front so a typo is reported, not a mystery 400 later.
 */

export interface GraphConfig {
  /** Application (client) id of the Entra app registration. */
  clientId: string;
  /** Directory (tenant) id or domain; "organizations" when omitted. */
  tenantId?: string;
  /** Full authority URL; wins over tenantId (national clouds). */
  authority?: string;
  /** Defaults to brk-multihub://<host of the add-in> for nested app authentication. */
  redirectUri?: string;
  /** SharePoint site URL, e.g. https://contoso.sharepoint.com/sites/clients. */
  site?: string;
  /** The profile list's display name or id. */
  list?: string;
  /** Use Sites.Selected instead of Sites.Read.All / Sites.ReadWrite.All. */
  sitesSelected?: boolean;
  /** Graph root for national clouds, e.g. https://graph.microsoft.us/v1.0. */
  graphBaseUrl?: string;
  /** Page that signs in inside an Office dialog when popups cannot open. */
  dialogUrl?: string;
}

export const DEFAULT_LIST_NAME = "Client Profiles";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KNOWN_KEYS = new Set([
  "clientId",
  "tenantId",
  "authority",
  "redirectUri",
  "site",
  "list",
  "sitesSelected",
  "graphBaseUrl",
  "dialogUrl",
]);

/** Validates a raw config object; every problem is listed, none is thrown. */
export function parseGraphConfig(raw: unknown): { config?: GraphConfig; errors: string[] } {
  const errors: string[] = [];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      errors: ["The Graph settings must be an object with clientId, tenantId, site, list."],
    };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) errors.push(`Unknown setting "${key}".`);
  }
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") {
      errors.push(`"${key}" must be text.`);
      return undefined;
    }
    return value.trim();
  };
  const clientId = text("clientId");
  if (!clientId)
    errors.push(`"clientId" is required: the Application (client) ID of the app registration.`);
  else if (!GUID.test(clientId)) errors.push(`"clientId" must be a GUID, not "${clientId}".`);
  const config: GraphConfig = { clientId: clientId ?? "" };
  for (const key of [
    "tenantId",
    "authority",
    "redirectUri",
    "site",
    "list",
    "graphBaseUrl",
    "dialogUrl",
  ] as const) {
    const value = text(key);
    if (value !== undefined) config[key] = value;
  }
  for (const key of ["authority", "site", "graphBaseUrl", "dialogUrl"] as const) {
    const value = config[key];
    if (value !== undefined && !/^https:\/\/[^/]+/i.test(value)) {
      errors.push(`"${key}" must be an https:// address, not "${value}".`);
    }
  }
  if (record.sitesSelected !== undefined) {
    if (typeof record.sitesSelected !== "boolean")
      errors.push(`"sitesSelected" must be true or false.`);
    else config.sitesSelected = record.sitesSelected;
  }
  return errors.length > 0 ? { errors } : { config, errors };
}

/** The sign-in authority: explicit, or the tenant on the public cloud. */
export function authorityOf(config: Pick<GraphConfig, "authority" | "tenantId">): string {
  if (config.authority) return config.authority.replace(/\/+$/, "");
  return `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}`;
}

/** Nested app authentication's redirect URI: the broker scheme plus the add-in's origin host. */
export function naaRedirectUri(host: string): string {
  return `brk-multihub://${host}`;
}
