/** `rapport import FILE`: create or update profiles in the SharePoint list from a JSON or CSV file. */
import { singleLine } from "../../core/text/single-line";
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { SingleBar } from "cli-progress";
import { carriedFields, formatProfileIssue, parseProfileFile } from "../../profiles/file-source";
import { importProfiles } from "../../profiles/list-admin";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from "../context";
import type { CommandDefinition } from "../main";
import { describeFsError } from "../read-draft";
import { consumerDomainKeys, consumerDomainProblem } from "../consumer-domain-keys";
import {
  addSiteOptions,
  asUsageError,
  graphSourceFromOptions,
  type SiteOptions,
} from "../site-profiles";

interface ImportOptions extends SiteOptions {
  skipInvalid?: boolean;
  dryRun?: boolean;
  replace?: boolean;
}

export const importCommand: CommandDefinition = (io, setExitCode) => {
  const command = new Command("import")
    .description(
      "Create or update client profiles in the SharePoint list, matched by MatchKey, from a JSON or CSV file.",
    )
    .argument("<file>", "profiles: a JSON array or a CSV file with the profile column names");
  addSiteOptions(command, true)
    .option("--skip-invalid", "import the valid rows even when others have problems")
    .option(
      "--dry-run",
      "validate and list, per profile, the columns that would change and be cleared, without writing",
    )
    .option(
      "--replace",
      "replace whole items: clear every column the file leaves out or empty (default: update only the file's columns)",
    )
    .addHelpText(
      "after",
      `
An existing profile is updated only in the columns the file has (a CSV file's header, a JSON
object's keys) whose value changes; every other column keeps what SharePoint holds, so a file
with only matchKey,competitors changes competitors alone. An empty cell in a column the file has
clears it, except a value Rapport could not read, which only a value in the file (or --replace)
replaces. --replace makes each item exactly the file's profile, clearing everything else.
Every row is validated first; problems are listed with their line or row and nothing is written
unless --skip-invalid is given. A row that fails to save never stops the others.
Exit codes: 0 all imported, 1 some rows invalid or not saved, 2 bad usage or no access.

Example:
  rapport import assets/sample-profiles.json --site https://contoso.sharepoint.com/sites/clients`,
    )
    .action(async (file: string, options: ImportOptions) => {
      setExitCode(await runImport(file, options, io));
    });
  return command;
};

async function runImport(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
  const parsed = parseProfileFile(content, file);
  const { warnings } = parsed;
  const consumerKeys = new Set(consumerDomainKeys(parsed.profiles.map((p) => p.matchKey)));
  const profiles = parsed.profiles.filter((profile) => !consumerKeys.has(profile.matchKey));
  const errors = [
    ...parsed.errors.map((issue) => formatProfileIssue(file, issue)),
    ...[...consumerKeys].map((key) => `${file}: ${consumerDomainProblem(key)}.`),
  ];
  for (const issue of errors) io.stderr(`error: ${singleLine(issue)}\n`);
  for (const issue of warnings)
    io.stderr(`warning: ${singleLine(formatProfileIssue(file, issue))}\n`);
  if (errors.length > 0 && !options.skipInvalid) {
    io.stderr(
      `${singleLine(file)}: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`}; nothing imported. Fix ${errors.length === 1 ? "it" : "them"}, or use --skip-invalid to import the ${profiles.length} valid profile${profiles.length === 1 ? "" : "s"}.\n`,
    );
    return EXIT_FINDINGS;
  }
  if (profiles.length === 0) {
    io.stderr(`${singleLine(file)}: no profiles to import\n`);
    return errors.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  }

  const source = await graphSourceFromOptions(options, io);
  const progress = progressReporter(io, profiles.length);
  let report;
  try {
    report = await importProfiles(source, profiles, {
      dryRun: options.dryRun,
      replace: options.replace,
      carried: carriedFields(parsed),
      onProgress: progress.update,
    });
  } catch (error) {
    throw asUsageError(error);
  } finally {
    progress.stop();
  }

  const verb = options.dryRun ? "Would import" : "Imported";
  io.stdout(
    `${verb} ${profiles.length - report.failed.length} of ${profiles.length} profiles into ${singleLine(`"${source.settings.list}" on ${source.siteLabel}`)}: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged.\n`,
  );
  if (options.dryRun) {
    for (const change of report.changes) {
      const parts = [
        change.changed.length > 0 ? `would set ${change.changed.join(", ")}` : "",
        change.cleared.length > 0 ? `would clear ${change.cleared.join(", ")}` : "",
      ].filter(Boolean);
      io.stdout(`  ${singleLine(`${change.kind} ${change.matchKey}: ${parts.join("; ")}`)}\n`);
    }
  }
  for (const failure of report.failed)
    io.stderr(`error: ${singleLine(`${failure.matchKey}: ${failure.reason}`)}\n`);
  if (report.failed.length > 0) {
    io.stderr(
      `${report.failed.length} profile${report.failed.length === 1 ? "" : "s"} not saved.\n`,
    );
  }
  return report.failed.length > 0 || errors.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** A progress bar on a terminal; plain lines otherwise (logs, CI, tests). */
function progressReporter(
  io: CliIo,
  total: number,
): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stderr.isTTY === true && io.color) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: "import [{bar}] {value}/{total} profiles",
      hideCursor: true,
    });
    bar.start(total, 0);
    return { update: (done) => bar.update(done), stop: () => bar.stop() };
  }
  let last = -1;
  return {
    update: (done, all) => {
      if (done === last) return;
      last = done;
      io.stderr(`import: ${done}/${all} profiles\n`);
    },
    stop: () => {},
  };
}
