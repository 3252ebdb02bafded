/** `rapport export [FILE]`: every profile in the SharePoint list, as JSON or CSV. */
import { writeFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { singleLine } from "../../core/text/single-line";
import { formatProfileFile } from "../../profiles/file-source";
import { readAllProfiles } from "../../profiles/list-admin";
import { EXIT_OK, UsageError, type CliIo } from "../context";
import type { CommandDefinition } from "../main";
import { describeFsError } from "../read-draft";
import {
  addSiteOptions,
  asUsageError,
  graphSourceFromOptions,
  type SiteOptions,
} from "../site-profiles";

interface ExportOptions extends SiteOptions {
  format?: "json" | "csv";
}

export const exportCommand: CommandDefinition = (io, setExitCode) => {
  const command = new Command("export")
    .description("Write every client profile in the SharePoint list to a JSON or CSV file.")
    .argument("[file]", "where to write (.json or .csv); standard output when omitted");
  addSiteOptions(command, true)
    .addOption(
      new Option(
        "-f, --format <format>",
        "json or csv (default: from the file name, else json)",
      ).choices(["json", "csv"]),
    )
    .addHelpText(
      "after",
      `
The output is the profile file format that "rapport import" and "rapport check --profiles" read.
In CSV, a cell a spreadsheet would run as a formula (starting with =, +, - or @) gets a leading
apostrophe; import and check remove it again, so values come back exactly as they were.

Examples:
  rapport export clients.csv --site https://contoso.sharepoint.com/sites/clients
  rapport export --site https://contoso.sharepoint.com/sites/clients > clients.json`,
    )
    .action(async (file: string | undefined, options: ExportOptions) => {
      setExitCode(await runExport(file, options, io));
    });
  return command;
};

async function runExport(
  file: string | undefined,
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const format = options.format ?? (file && /\.csv$/i.test(file) ? "csv" : "json");
  const source = await graphSourceFromOptions(options, io);
  let result;
  try {
    result = await readAllProfiles(source);
  } catch (error) {
    throw asUsageError(error);
  }
  // List order is item order: the order the profiles were imported in.
  const profiles = result.profiles.map((stored) => stored.profile);
  // CSV cells that a spreadsheet would run as formulas are escaped; import reverses it exactly.
  const text = formatProfileFile(profiles, format);
  if (file) {
    try {
      await writeFile(file, text, "utf8");
    } catch (error) {
      throw new UsageError(`${singleLine(file)}: ${describeFsError(error)}`);
    }
  } else {
    io.stdout(text);
  }
  const notes = [
    result.skipped > 0
      ? `${result.skipped} item${result.skipped === 1 ? "" : "s"} covering nobody skipped`
      : "",
    result.repairable > 0
      ? `${result.repairable} with a field left out or a MatchKey normalised, as warned above`
      : "",
  ].filter(Boolean);
  io.stderr(
    `${singleLine(
      `Exported ${profiles.length} profiles from "${source.settings.list}" on ${source.siteLabel}${file ? ` to ${file}` : ""}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.`,
    )}\n`,
  );
  return EXIT_OK;
}
