/**
 * `--site URL [--list NAME]`: profiles from the SharePoint list through Microsoft Graph, for
 * `rapport check` (as a profile loader) and for the admin commands provision, import and export.
 */
import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_LIST_NAME } from "../auth/config";
import { tokenGetter, type TokenProvider } from "../auth/token-provider";
import { singleLine } from "../core/text/single-line";
import { cliAdvice } from "../profiles/advice";
import type { GraphProfileSource, ListItemProblem } from "../profiles/graph-source";
import { ProfileSourceError, type ProfileSource } from "../profiles/source";
import { UsageError, type CliIo } from "./context";
import type { ProfileLoader } from "./profile-loaders";

/** How long one Graph operation may take, waits included, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export interface SiteOptions {
  site?: string;
  list?: string;
  graphBaseUrl?: string;
  clientId?: string;
  tenant?: string;
  sitesSelected?: boolean;
  /** Seconds (commander parses --timeout). */
  timeout?: number;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0) || seconds > 86_400) {
    throw new InvalidArgumentError("expected a number of seconds, e.g. 60");
  }
  return seconds;
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
    .option("--tenant <id>", "directory (tenant) ID or domain (or RAPPORT_TENANT_ID)")
    .option(
      "--sites-selected",
      "the app has Sites.Selected (access granted per site) instead of Sites.Read.All / Sites.ReadWrite.All",
    )
    .option(
      "--timeout <seconds>",
      `longest wait for one Microsoft Graph operation, retries and Retry-After included (default ${DEFAULT_TIMEOUT_SECONDS})`,
      parseSeconds,
    );
}

/** "warning: list item 7 (@coca-cola.example): LastConfirmed "31/02/2026" could not be read …" */
export function formatListItemProblem(problem: ListItemProblem): string {
  const who = `list item ${problem.itemId}${problem.matchKey ? ` (${problem.matchKey})` : ""}`;
  const field = problem.field
    ? `${problem.field}${problem.value !== undefined ? ` ${JSON.stringify(problem.value)}` : ""} `
    : "";
  return `warning: ${singleLine(`${who}: ${field}${problem.reason}`)}\n`;
}

/**
 * A Graph profile source for the options; list items that cannot be read are reported on stderr
 * (through `onProblem` when given, for a command that words them itself). The Graph client and
 * sign-in libraries are loaded here, when a command first needs them, not when `rapport` starts.
 */
export async function graphSourceFromOptions(
  options: SiteOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  provider?: TokenProvider,
  onProblem: (problem: ListItemProblem) => void = (problem) =>
    io.stderr(formatListItemProblem(problem)),
): Promise<GraphProfileSource> {
  if (!options.site) throw new UsageError("--site is required");
  const { GraphProfileSource, parseSiteUrl } = await import("../profiles/graph-source");
  let site: { siteHostname: string; sitePath: string };
  try {
    site = parseSiteUrl(options.site);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { createCliTokenProvider } = await import("./graph-auth");
  const tokens =
    provider ??
    createCliTokenProvider({ clientId: options.clientId, tenant: options.tenant }, io, env);
  try {
    return new GraphProfileSource({
      ...site,
      list: options.list ?? DEFAULT_LIST_NAME,
      graphBaseUrl: options.graphBaseUrl,
      getToken: tokenGetter(tokens, { interactive: true }),
      ...(options.sitesSelected ? { sitesSelected: true } : {}),
      timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
      onProblem,
    });
  } catch (error) {
    if (error instanceof ProfileSourceError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Graph and sign-in failures are the admin's to fix: one line with what happened and what to do
 * at the command line (never "sign in from the task pane"), exit code 2, never a stack.
 */
export function asUsageError(error: unknown): unknown {
  if (!(error instanceof ProfileSourceError)) return error;
  const advice = cliAdvice(error);
  if (!advice) return new UsageError(error.message);
  // Graph's own message may end without a full stop ("…: General exception").
  const sentence = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return new UsageError(`${sentence} ${advice}`);
}

/**
 * For `rapport check`: the Graph source itself. The command pools every draft's recipients into
 * one lookup, so nothing is asked twice and no cache is needed.
 */
export const siteProfileLoader: ProfileLoader = {
  option: "--site URL",
  addOptions(command) {
    addSiteOptions(command, false);
  },
  async load(options, io) {
    if (typeof options.site !== "string") return undefined;
    const source = await graphSourceFromOptions(options as SiteOptions, io);
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
