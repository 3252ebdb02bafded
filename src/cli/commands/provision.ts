/** `rapport provision`: create the profile list with every column, or complete an existing one. */
import { Command } from "commander";
import { singleLine } from "../../core/text/single-line";
import { emptyProvisionReport, provisionList } from "../../profiles/list-admin";
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
    "Create the SharePoint list for client profiles with every column (MatchKey indexed and unique); re-running adds only what is missing and reports a column Rapport would misread.",
  );
  addSiteOptions(command, true)
    .addHelpText(
      "after",
      `
An existing column of another type, a MatchKey that is not unique, and a multi-line column that is
rich text or appends changes are reported and left unchanged (exit 1): change them in the list's
settings. A column Rapport needs that the list has under another internal name ("Match Key" is
Match_x0020_Key, a spreadsheet's column field_1) stops provision before any change (exit 1). Exit codes: 0 the list is as Rapport needs it, 1 a column is reported, 2 bad usage, no
access, or Graph failed (what was made before the failure is said; a re-run finishes it).
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
  const where = singleLine(`"${source.settings.list}" on ${source.siteLabel}`);
  const report = emptyProvisionReport();
  try {
    await provisionList(source, report);
  } catch (error) {
    // Stopped part-way: say what was made before the failure, and that a re-run finishes it.
    const done = [
      report.listCreated ? `created the list ${where}` : "",
      report.columnsAdded.length > 0 ? `added columns ${report.columnsAdded.join(", ")}` : "",
      report.columnsFixed.length > 0 ? `updated columns ${report.columnsFixed.join(", ")}` : "",
    ].filter(Boolean);
    if (done.length > 0) {
      io.stderr(
        `${singleLine(`Before the failure below, provision ${done.join("; ")}. Run "rapport provision" again to finish: it adds only what is still missing.`)}\n`,
      );
    }
    throw asUsageError(error);
  }
  io.stdout(report.listCreated ? `Created the list ${where}.\n` : `Found the list ${where}.\n`);
  if (report.columnsElsewhere.length > 0) {
    io.stderr(
      "error: the list has columns Rapport needs under other internal names, and Rapport reads and writes only its own:\n",
    );
    for (const column of report.columnsElsewhere) io.stderr(`  ${singleLine(column)}\n`);
    io.stderr(
      `Adding Rapport's columns beside these would leave the profiles in the old ones and every lookup empty, so nothing was changed. SharePoint cannot rename a column's internal name: make a new list with "rapport provision --list NAME", copy the profiles into it ("rapport import"), and set Rapport's list to it. See docs/graph.md.\n`,
    );
    return EXIT_FINDINGS;
  }
  if (report.columnsAdded.length > 0)
    io.stdout(`Added columns: ${report.columnsAdded.join(", ")}\n`);
  if (report.columnsFound.length > 0) {
    io.stdout(`Already in place: ${report.columnsFound.join(", ")}\n`);
  }
  if (report.columnsFixed.length > 0)
    io.stdout(`Updated columns: ${report.columnsFixed.join(", ")}\n`);
  for (const mismatch of report.columnsMismatched) {
    io.stderr(
      `warning: column ${singleLine(mismatch)}; left unchanged, so Rapport may misread it\n`,
    );
  }
  const changed =
    report.listCreated || report.columnsAdded.length > 0 || report.columnsFixed.length > 0;
  if (!changed && report.columnsMismatched.length === 0) {
    io.stdout("Nothing to do: the list already has every column Rapport needs.\n");
  }
  return report.columnsMismatched.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
