/**
 * Where the task pane gets its settings and its profiles. Settings come from, in order:
 * `window.RAPPORT_CONFIG` (set by the hosting page), `config.json` beside taskpane.html, and the
 * tenant settings written into the build (RAPPORT_GRAPH_CONFIG). With Graph settings the profiles
 * come from the SharePoint list; without them from `sample-profiles.json` beside the page.
 */
import { DEFAULT_LIST_NAME, authorityOf, parseGraphConfig, type GraphConfig } from "../auth/config";
import { createNaaTokenProvider } from "../auth/naa";
import { OFFICE_SIGN_IN_DIALOG } from "../auth/office-dialog";
import { tokenGetter, type TokenProvider } from "../auth/token-provider";
import type { ClientProfile, ProfileOrigin } from "../core/profile";
import { mailboxOwner } from "../office/check-failures";
import { officeQueue } from "../office/office-queue";
import { defaultStore } from "../office/storage";
import { createProfileSource } from "../profiles/create-source";
import { SweepingProfileSource } from "../profiles/sweeping-cache";
import { writableGraphSource } from "../profiles/graph-write";
import { FileProfileSource, parseProfileFile } from "../profiles/file-source";
import { graphScopes, parseSiteUrl } from "../profiles/graph-source";
import {
  ProfileSourceError,
  type LookupOptions,
  type ProfileSource,
  type StoredProfile,
} from "../profiles/source";

export interface TaskpaneConfig {
  /** Tenant settings (see src/auth/config.ts); absent means the sample profile file. */
  graph?: unknown;
  /** Profile file beside the page when there is no Graph. Default sample-profiles.json. */
  profilesFile?: string;
  /** The firm's policy file beside the page. Default policy.json. */
  policyFile?: string;
}

export const DEFAULT_PROFILES_FILE = "sample-profiles.json";
export const DEFAULT_POLICY_FILE = "policy.json";
const KNOWN_KEYS = new Set(["graph", "profilesFile", "policyFile"]);

declare const __RAPPORT_GRAPH_CONFIG__: unknown;

function builtGraphConfig(): unknown {
  return typeof __RAPPORT_GRAPH_CONFIG__ === "undefined" ? undefined : __RAPPORT_GRAPH_CONFIG__;
}

export interface ConfigDeps {
  /** The page's window (for RAPPORT_CONFIG). */
  win?: { RAPPORT_CONFIG?: unknown };
  /** Fetch text; resolves undefined for a missing file (404). */
  fetchText: (url: string) => Promise<string | undefined>;
  /** The folder the page was served from, ending in "/". */
  baseUrl: string;
  /** Graph settings built in; defaults to RAPPORT_GRAPH_CONFIG. */
  built?: unknown;
}

/** The settings, and what was wrong with them (reported, never fatal). */
export async function loadTaskpaneConfig(
  deps: ConfigDeps,
): Promise<{ config: TaskpaneConfig; problems: string[] }> {
  const problems: string[] = [];
  let raw: unknown = deps.win?.RAPPORT_CONFIG;
  if (raw === undefined) {
    try {
      const text = await deps.fetchText(`${deps.baseUrl}config.json`);
      if (text !== undefined) raw = JSON.parse(text);
    } catch (error) {
      problems.push(
        `config.json could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults.`,
      );
    }
  }
  const config: TaskpaneConfig = {};
  if (raw !== undefined) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push("The task pane settings must be an object; using the defaults.");
    } else {
      const record = raw as Record<string, unknown>;
      for (const key of Object.keys(record))
        if (!KNOWN_KEYS.has(key)) problems.push(`Unknown task pane setting "${key}" ignored.`);
      if (record.graph !== undefined) config.graph = record.graph;
      for (const key of ["profilesFile", "policyFile"] as const) {
        const value = record[key];
        if (value === undefined) continue;
        if (typeof value === "string" && value.trim()) config[key] = value.trim();
        else problems.push(`"${key}" must be a file name.`);
      }
    }
  }
  const built = "built" in deps ? deps.built : builtGraphConfig();
  if (config.graph === undefined && built !== undefined) config.graph = built;
  return { config, problems };
}

/** Every call fails with the configuration problem, so the pane shows it instead of guessing. */
class MisconfiguredSource implements ProfileSource {
  constructor(private readonly problem: string) {}
  lookup(): Promise<Map<string, ClientProfile | undefined>> {
    return Promise.reject(new ProfileSourceError("invalid", this.problem));
  }
}

/**
 * The profile file, fetched on first use. Saves are kept in memory only: enough to try the
 * editor without a tenant; they are gone when the pane reloads.
 */
export class LazyFileSource implements ProfileSource {
  private loading?: Promise<FileProfileSource>;

  constructor(
    private readonly url: string,
    private readonly fileName: string,
    private readonly fetchText: (url: string) => Promise<string | undefined>,
  ) {}

  async lookup(addresses: readonly string[], options?: LookupOptions) {
    return (await this.file()).lookup(addresses, options);
  }

  async get(matchKey: string, options?: LookupOptions): Promise<StoredProfile | undefined> {
    return (await this.file()).get(matchKey, options);
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    return (await this.file()).save(profile, origin);
  }

  private file(): Promise<FileProfileSource> {
    this.loading ??= this.load();
    this.loading.catch(() => {
      this.loading = undefined; // try again on the next check
    });
    return this.loading;
  }

  private async load(): Promise<FileProfileSource> {
    let text: string | undefined;
    try {
      text = await this.fetchText(this.url);
    } catch (error) {
      throw new ProfileSourceError("network", `${this.fileName} could not be loaded.`, {
        cause: error,
      });
    }
    if (text === undefined)
      throw new ProfileSourceError("not-found", `${this.fileName} is not beside the add-in.`);
    const parsed = parseProfileFile(text, this.fileName);
    return new FileProfileSource(parsed.profiles);
  }
}

export interface TaskpaneProfiles {
  source: ProfileSource;
  /** Interactive sign-in; present only with Graph. */
  signIn?: () => Promise<void>;
  /** Whose the profile cache is (tenant + mailbox): the owner of unsaved edits too. */
  owner?: { tenant: string; account: () => string | undefined };
}

/** The profile source for the configuration: Graph when set up, else the profile file. */
export function createTaskpaneProfiles(
  config: TaskpaneConfig,
  deps: ConfigDeps & {
    provider?: (graph: GraphConfig) => TokenProvider;
    /** The signed-in mailbox's address; default Office.context.mailbox.userProfile. */
    account?: () => string | undefined;
  },
): TaskpaneProfiles {
  if (config.graph === undefined) {
    const fileName = config.profilesFile ?? DEFAULT_PROFILES_FILE;
    return { source: new LazyFileSource(deps.baseUrl + fileName, fileName, deps.fetchText) };
  }
  const { config: graph, errors } = parseGraphConfig(config.graph);
  if (!graph || errors.length > 0 || !graph.site) {
    const problems = errors.length > 0 ? errors : ["the SharePoint site is not set."];
    return {
      source: new MisconfiguredSource(
        `Rapport's tenant settings are invalid: ${problems.join(" ")}`,
      ),
    };
  }
  const provider = deps.provider
    ? deps.provider(graph)
    : createNaaTokenProvider(graph, {
        runtime: "taskpane",
        dialog: OFFICE_SIGN_IN_DIALOG,
        officeCalls: (call) => officeQueue.run(call),
      });
  const { source } = createProfileSource({
    graphSource: writableGraphSource,
    graph: {
      ...parseSiteUrl(graph.site as string),
      list: graph.list ?? DEFAULT_LIST_NAME,
      // Lookups stay silent; the "Sign in" button is the one place a window may open, and it
      // asks for reading only. The write scope is asked for when a profile is first saved (a
      // click in the editor), so that request may show a consent prompt.
      getToken: tokenGetter(provider, { interactive: false }),
      getFreshToken: tokenGetter(provider, { interactive: false, forceRefresh: true }),
      getWriteToken: tokenGetter(provider, { interactive: true }),
      ...(graph.sitesSelected ? { sitesSelected: true } : {}),
      ...(graph.graphBaseUrl ? { graphBaseUrl: graph.graphBaseUrl } : {}),
    },
    store: defaultStore(),
    // The pane sweeps what no use is left for, 10 s after a lookup answered; the launch event
    // never does (a sweep there could run during a send and compete for its storage).
    makeCache: (inner, options) =>
      new SweepingProfileSource(inner, { ...options, sweepAfterMs: 10_000 }),
    cacheOwner: {
      tenant: graph.tenantId ?? authorityOf(graph),
      account: deps.account ?? officeMailboxAccount,
    },
  });
  return {
    source,
    owner: {
      tenant: graph.tenantId ?? authorityOf(graph),
      account: deps.account ?? officeMailboxAccount,
    },
    // The button is pressed when a lookup needs sign-in, often after Graph refused the cached
    // token (401) and a silent fresh one: forced, so MSAL does not answer from its cache again
    // (within ten minutes of any forced refresh, the lookups' own included, it opens the window
    // at once: the press is a click, so a window is allowed).
    signIn: async () => {
      await provider.getToken(
        graphScopes("read", graph.graphBaseUrl, graph.sitesSelected ?? false),
        { interactive: true, forceRefresh: true },
      );
    },
  };
}

/** fetch for files beside the page: text, or undefined for a 404. */
export async function fetchBesidePage(url: string): Promise<string | undefined> {
  const response = await fetch(url, { cache: "no-store", credentials: "omit" });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Office.context.mailbox.userProfile.emailAddress, lower case; undefined outside Outlook. */
function officeMailboxAccount(): string | undefined {
  const office = (globalThis as { Office?: { context?: { mailbox?: { userProfile?: unknown } } } })
    .Office;
  return mailboxOwner(
    office?.context?.mailbox as { userProfile?: { emailAddress?: unknown } } | undefined,
  );
}
