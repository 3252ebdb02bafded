/**
 * `--site URL [--list NAME]`: profiles from the SharePoint list through Microsoft Graph, for
 * `rapport check` (as a profile loader) and for the admin commands provision, import and export.
 */
import type { Command } from "commander";
import { DEFAULT_LIST_NAME } from "../auth/config";
import { tokenGetter } from "../auth/token-provider";
import { CachedProfileSource } from "../profiles/cache";
import { GraphProfileSource, parseSiteUrl } from "../profiles/graph-source";
import { ProfileSourceError, type ProfileSource } from "../profiles/source";
import { MemoryStore } from "../profiles/stores";
import { UsageError, type CliIo } from "./context";
import { createCliTokenProvider } from "./graph-auth";
import type { ProfileLoader } from "./profile-loaders";

export interface SiteOptions {
  site?: string;
  list?: string;
  graphBaseUrl?: string;
  clientId?: string;
  tenant?: string;
}

/** Adds the site, list, Graph address and sign-in options to a command. */
export function addSiteOptions(command: Command, siteRequired: boolean): Command {
  const site =
    "SharePoint site holding the profile list, e.g. https://contoso.sharepoint.com/sites/clients";
  if (siteRequired) command.requiredOption("--site <url>", site);
  else command.option("--site <url>", site);
  return command
    .option("--list <name>", `the profile list's name or id (default "${DEFAULT_LIST_NAME}")`)
    .option(
      "--graph-base-url <url>",
      "Microsoft Graph root for national clouds or test servers (default https://graph.microsoft.com/v1.0)",
    )
    .option(
      "--client-id <id>",
      "Application (client) ID of Rapport's app registration (or RAPPORT_CLIENT_ID)",
    )
    .option("--tenant <id>", "directory (tenant) ID or domain (or RAPPORT_TENANT_ID)");
}

/** A Graph profile source for the options; list items that cannot be read are reported on stderr. */
export function graphSourceFromOptions(
  options: SiteOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): GraphProfileSource {
  if (!options.site) throw new UsageError("--site is required");
  let site: { siteHostname: string; sitePath: string };
  try {
    site = parseSiteUrl(options.site);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const provider = createCliTokenProvider(
    { clientId: options.clientId, tenant: options.tenant },
    io,
    env,
  );
  try {
    return new GraphProfileSource({
      ...site,
      list: options.list ?? DEFAULT_LIST_NAME,
      graphBaseUrl: options.graphBaseUrl,
      getToken: tokenGetter(provider, { interactive: true }),
      onProblem: (problem) =>
        io.stderr(
          `warning: list item ${problem.itemId}${problem.matchKey ? ` (${problem.matchKey})` : ""} skipped: ${problem.reason}\n`,
        ),
    });
  } catch (error) {
    if (error instanceof ProfileSourceError) throw new UsageError(error.message);
    throw error;
  }
}

/** Graph and sign-in failures are the admin's to fix: one line, exit code 2, never a stack. */
export function asUsageError(error: unknown): unknown {
  return error instanceof ProfileSourceError ? new UsageError(error.message) : error;
}

/** For `rapport check`: lookups go through a per-run cache, so each address is asked once. */
export const siteProfileLoader: ProfileLoader = {
  option: "--site URL",
  addOptions(command) {
    addSiteOptions(command, false);
  },
  async load(options, io) {
    if (typeof options.site !== "string") return undefined;
    const graph = graphSourceFromOptions(options as SiteOptions, io);
    const source = new CachedProfileSource(graph, { store: new MemoryStore() });
    const guarded: ProfileSource = {
      async lookup(addresses, lookupOptions) {
        try {
          return await source.lookup(addresses, lookupOptions);
        } catch (error) {
          throw asUsageError(error);
        }
      },
    };
    return guarded;
  },
};
