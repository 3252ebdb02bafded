/** `rapport provision`: create the profile list with every column, or complete an existing one. */
import { Command } from "commander";
import { singleLine } from "../../core/text/single-line";
import { provisionList } from "../../profiles/list-admin";
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from "../context";
import type { CommandDefinition } from "../main";
import {
  addSiteOptions,
  asUsageError,
  graphSourceFromOptions,
  type SiteOptions,
} from "../site-profiles";

export const provisionCommand: CommandDefinition = (io, setExitCode) => {
  const command = new Command("provision").description(
    "Create the SharePoint list for client profiles with every column (MatchKey indexed); re-running adds only what is missing.",
  );
  addSiteOptions(command, true)
    .addHelpText(
      "after",
      `
Needs the delegated permission Sites.Manage.All. Sign-in: device code (--client-id), or a token in RAPPORT_GRAPH_TOKEN.

Example:
  rapport provision --site https://contoso.sharepoint.com/sites/clients --list "Client Profiles"`,
    )
    .action(async (options: SiteOptions) => {
      setExitCode(await runProvision(options, io));
    });
  return command;
};

async function runProvision(options: SiteOptions, io: CliIo): Promise<number> {
  const source = await graphSourceFromOptions(options, io);
  let report;
  try {
    report = await provisionList(source);
  } catch (error) {
    throw asUsageError(error);
  }
  const where = singleLine(`"${source.settings.list}" on ${source.siteLabel}`);
  io.stdout(report.listCreated ? `Created the list ${where}.\n` : `Found the list ${where}.\n`);
  if (report.columnsAdded.length > 0)
    io.stdout(`Added columns: ${report.columnsAdded.join(", ")}\n`);
  if (report.columnsFound.length > 0) {
    io.stdout(`Already in place: ${report.columnsFound.join(", ")}\n`);
  }
  if (report.columnsFixed.length > 0)
    io.stdout(`Updated columns: ${report.columnsFixed.join(", ")}\n`);
  for (const mismatch of report.columnsMismatched) {
    io.stderr(`warning: column ${singleLine(mismatch)}; left unchanged, Rapport may misread it\n`);
  }
  if (!report.listCreated && report.columnsAdded.length === 0 && report.columnsFixed.length === 0) {
    io.stdout("Nothing to do: the list already has every column Rapport needs.\n");
  }
  return report.columnsMismatched.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
