/** `rapport check`: run every check on draft files against client profiles, as Outlook would. */
import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import type { Draft } from "../../core/draft";
import type { Finding } from "../../core/finding";
import type { Policy } from "../../core/policy";
import { singleLine } from "../../core/text/single-line";
import { parseJson } from "../../profiles/file-source";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "../context";
import { PROFILE_LOADERS, loadProfileSource } from "../profile-loaders";
import { DraftReadError, describeFsError, readDrafts } from "../read-draft";
import type { DraftResult } from "../report";
import { parseInternalDomains } from "../internal-domains";
import type { CommandDefinition } from "../main";

interface CheckOptions extends Record<string, unknown> {
  format: "text" | "json";
  policy?: string;
  internalDomain?: string[];
  includeQuoted?: boolean;
}

export const checkCommand: CommandDefinition = (io, setExitCode) => {
  const command = new Command("check")
    .description(
      "Check e-mail drafts and meeting invitations (.eml, .ics or .json) against client profiles and report every mismatch.",
    )
    .argument(
      "<drafts...>",
      "draft files: RFC 822 messages (.eml), meeting invitations (.ics) or JSON drafts",
    );
  for (const loader of PROFILE_LOADERS) loader.addOptions(command);
  command
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--policy <file>", "JSON policy: severities per check, monitor-only, internal domains")
    .option(
      "--internal-domain <domain>",
      "the firm's own domain: recipients there are colleagues (repeatable)",
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option("--include-quoted", "also check the quoted history of earlier messages")
    .addHelpText(
      "after",
      `
Exit codes: 0 nothing to warn about, 1 warnings or errors found, 2 bad usage or unreadable input.

Examples:
  rapport check --profiles assets/sample-profiles.json examples/drafts/*.eml
  rapport check --profiles assets/sample-profiles.json examples/drafts/zoom-invite-to-microsoft.ics
  rapport check --profiles clients.csv --format json --internal-domain lawfirm.example draft.eml`,
    )
    .action(async (drafts: string[], options: CheckOptions) => {
      setExitCode(await runCheck(drafts, options, io));
    });
  return command;
};

async function runCheck(files: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const policy = await loadPolicy(options);
  const source = await loadProfileSource(options, io);
  const read: ReadDraft[] = [];
  for (const file of files) read.push(...(await readDraftsOf(file, io)));

  // One lookup for every recipient of every draft: with a SharePoint list, one $batch serves
  // the whole run instead of a round trip per draft.
  const addresses = read.flatMap((r) => r.draft?.recipients.map((x) => x.address) ?? []);
  const profiles =
    addresses.length > 0 ? await source.lookup(addresses) : new Map<string, undefined>();
  // The engine and the report (and the HTML parser they use) load when there is work for them.
  const { evaluate } = await import("../../core/engine");
  const { formatJsonReport, formatTextReport } = await import("../report");
  const results: DraftResult[] = read.map(({ file, draft, error }) =>
    draft
      ? { file, draft, findings: evaluate(draft, profiles, policy) }
      : { file, findings: [], error: error ?? "could not be read" },
  );

  io.stdout(
    options.format === "json"
      ? formatJsonReport(results)
      : formatTextReport(results, policy, io.color),
  );
  if (results.some((r) => r.error !== undefined)) return EXIT_USAGE;
  return results.some((r) => r.findings.some(stopsSending)) ? EXIT_FINDINGS : EXIT_OK;
}

/** Warnings and errors count; info and monitor-only findings are advice, never a failure. */
function stopsSending(finding: Finding): boolean {
  return finding.severity !== "info" && !finding.monitorOnly;
}

interface ReadDraft {
  file: string;
  draft?: Draft;
  error?: string;
}

/** Every draft a file holds: a calendar with several events gives one per event, labelled. */
async function readDraftsOf(file: string, io: CliIo): Promise<ReadDraft[]> {
  try {
    const drafts = await readDrafts(file);
    return drafts.map((draft, index) => ({
      file: drafts.length === 1 ? file : `${file} (event ${index + 1} of ${drafts.length})`,
      draft,
    }));
  } catch (error) {
    const reason = error instanceof DraftReadError ? error.reason : String(error);
    io.stderr(`rapport: ${singleLine(`${file}: ${reason}`)}\n`);
    return [{ file, error: reason }];
  }
}

/** --policy FILE, then the flags on top of it. */
async function loadPolicy(options: CheckOptions): Promise<Policy> {
  const policy: Policy = options.policy ? await readPolicyFile(options.policy) : {};
  // A misspelt check id would silently change nothing; the add-in rejects such a file whole
  // (src/office/policy-parse.ts), so the CLI stops too rather than test a file Outlook refuses.
  const { CHECKS } = await import("../../core/checks");
  const known = CHECKS.map((check) => check.meta.id);
  const unknown = Object.keys(policy.checks ?? {}).filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `${options.policy}: ${unknown.map((id) => `checks.${id}`).join(", ")}: not a check (the checks are ${known.join(", ")}); the add-in rejects such a file and keeps its last good policy`,
    );
  }
  const domains = parseInternalDomains(options.internalDomain);
  if (domains.length > 0) policy.internalDomains = [...(policy.internalDomains ?? []), ...domains];
  if (options.includeQuoted) policy.includeQuotedHistory = true;
  return policy;
}

async function readPolicyFile(path: string): Promise<Policy> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
  const parsed = parseJson(content);
  if (!parsed.ok) {
    const where = `line ${parsed.line}: `;
    throw new UsageError(`${path}: ${where}${parsed.message}`);
  }
  const problem = policyProblem(parsed.value);
  if (problem) throw new UsageError(`${path}: ${problem}`);
  return parsed.value as Policy;
}

const SEVERITIES = ["info", "warning", "error", "off"];

/** The first thing wrong with a policy, in words, or undefined when it is usable. */
function policyProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return "a policy must be a JSON object";
  }
  const policy = value as Record<string, unknown>;
  for (const key of ["enabled", "monitorOnly", "includeQuotedHistory"]) {
    if (policy[key] !== undefined && typeof policy[key] !== "boolean") {
      return `"${key}" must be true or false`;
    }
  }
  const domains = policy.internalDomains;
  if (
    domains !== undefined &&
    (!Array.isArray(domains) || domains.some((d) => typeof d !== "string"))
  ) {
    return '"internalDomains" must be a list of domains';
  }
  const checks = policy.checks;
  if (checks === undefined) return undefined;
  if (typeof checks !== "object" || checks === null || Array.isArray(checks)) {
    return '"checks" must be an object keyed by check id';
  }
  for (const [id, setting] of Object.entries(checks as Record<string, unknown>)) {
    if (typeof setting !== "object" || setting === null) {
      return `checks.${id} must be an object like {"severity": "error"}`;
    }
    const { severity, monitorOnly } = setting as Record<string, unknown>;
    if (severity !== undefined && !SEVERITIES.includes(severity as string)) {
      return `checks.${id}.severity must be one of ${SEVERITIES.join(", ")}`;
    }
    if (monitorOnly !== undefined && typeof monitorOnly !== "boolean") {
      return `checks.${id}.monitorOnly must be true or false`;
    }
  }
  return undefined;
}
