/**
 * Where the launch-event handlers get profiles: the SharePoint list through Graph (cache-backed,
 * silent tokens only) when the build carries tenant settings (RAPPORT_GRAPH_CONFIG), else the
 * bundled sample file (sample-profiles.json beside the add-in), loaded on first use.
 */
import { authorityOf, parseGraphConfig, DEFAULT_LIST_NAME, type GraphConfig } from "../auth/config";
import { createNaaTokenProvider, type OfficeLike as AuthOfficeLike } from "../auth/naa";
import { tokenGetter } from "../auth/token-provider";
import type { ClientProfile } from "../core/profile";
import { mailboxOwner } from "../office/check-failures";
import type { KeyValueStore } from "../office/storage";
import { createProfileSource, SEND_PATH_CACHE } from "../profiles/create-source";
// The JSON reader alone: the launch event reads only the JSON sample file, and the CSV reader
// (papaparse, about 7 KiB gzip) stays out of it.
import { FileProfileSource } from "../profiles/file-profile-source";
import { parseProfileJsonFile } from "../profiles/profile-json";
import { parseSiteUrl } from "../profiles/graph-source";
import { ProfileSourceError, type LookupOptions, type ProfileSource } from "../profiles/source";

export const SAMPLE_PROFILES_FILE = "sample-profiles.json";

declare const __RAPPORT_GRAPH_CONFIG__: unknown;

/** Tenant settings written in at build time; undefined when there are none (the sample file). */
export function builtGraphConfig(): unknown {
  return typeof __RAPPORT_GRAPH_CONFIG__ === "undefined" ? undefined : __RAPPORT_GRAPH_CONFIG__;
}

/** A FileProfileSource over a file fetched once, when the first lookup needs it. */
export class LazyFileProfileSource implements ProfileSource {
  private loading: Promise<FileProfileSource> | undefined;

  constructor(
    private readonly url: string,
    private readonly fetchText: (url: string) => Promise<string>,
  ) {}

  lookup(
    addresses: readonly string[],
    options?: LookupOptions,
  ): Promise<Map<string, ClientProfile | undefined>> {
    return this.source().then((source) => source.lookup(addresses, options));
  }

  private source(): Promise<FileProfileSource> {
    if (!this.loading) {
      this.loading = this.fetchText(this.url).then(
        (text) => new FileProfileSource(parseProfileJsonFile(text).profiles),
        (error: unknown) => {
          this.loading = undefined; // try again next event
          throw new ProfileSourceError("network", "the profile file could not be loaded", {
            cause: error,
          });
        },
      );
    }
    return this.loading;
  }
}

/** Every lookup fails with the configuration problem, so the handlers report it and let mail go. */
class MisconfiguredSource implements ProfileSource {
  constructor(private readonly problem: string) {}
  lookup(): Promise<Map<string, ClientProfile | undefined>> {
    return Promise.reject(new ProfileSourceError("invalid", this.problem));
  }
}

export interface LaunchEventProfileOptions {
  baseUrl: string;
  store: KeyValueStore;
  fetchText: (url: string) => Promise<string>;
  /** Raw tenant settings (see src/auth/config.ts); undefined means "use the sample file". */
  graphConfig?: unknown;
  office?: AuthOfficeLike;
  /** The add-in's origin, for the sign-in redirect URIs. */
  origin?: string;
}

export function createLaunchEventProfileSource(options: LaunchEventProfileOptions): ProfileSource {
  if (options.graphConfig === undefined) {
    const file = new LazyFileProfileSource(
      options.baseUrl + SAMPLE_PROFILES_FILE,
      options.fetchText,
    );
    return createProfileSource({ file, cache: false }).source;
  }
  const { config, errors } = parseGraphConfig(options.graphConfig);
  if (!config || errors.length > 0 || !config.site) {
    const problems = errors.length > 0 ? errors : ["the SharePoint site is not set"];
    return new MisconfiguredSource(`Rapport's tenant settings are invalid: ${problems.join(" ")}`);
  }
  return graphSource(config, options);
}

function graphSource(config: GraphConfig, options: LaunchEventProfileOptions): ProfileSource {
  const provider = createNaaTokenProvider(config, {
    runtime: "launchevent",
    ...(options.office ? { office: options.office } : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  });
  return createProfileSource({
    graph: {
      ...parseSiteUrl(config.site as string),
      list: config.list ?? DEFAULT_LIST_NAME,
      // The send path can never show sign-in UI: silent tokens or "sign in from the task pane".
      getToken: tokenGetter(provider, { interactive: false }),
      getFreshToken: tokenGetter(provider, { interactive: false, forceRefresh: true }),
      ...(config.sitesSelected ? { sitesSelected: true } : {}),
      ...(config.graphBaseUrl ? { graphBaseUrl: config.graphBaseUrl } : {}),
    },
    store: options.store,
    // Never answers Send from an entry older than 30 s without asking SharePoint (it cannot be
    // told of a save in the pane in classic Windows): create-source.ts SEND_PATH_CACHE.
    cache: SEND_PATH_CACHE,
    // Cached answers belong to this mailbox's account in this tenant (never another's).
    cacheOwner: {
      tenant: config.tenantId ?? authorityOf(config),
      account: () => mailboxAccount(options.office),
    },
  }).source;
}

/** The signed-in mailbox's address (Office.context.mailbox.userProfile), or undefined. */
function mailboxAccount(office: AuthOfficeLike | undefined): string | undefined {
  return mailboxOwner(
    (office as { context?: { mailbox?: { userProfile?: { emailAddress?: unknown } } } })?.context
      ?.mailbox,
  );
}
