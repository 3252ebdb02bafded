/** `rapport export [FILE]`: every profile in the SharePoint list, as JSON or CSV. */
import { randomBytes } from "node:crypto";
import {
  chmod,
  link,
  lstat,
  open,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Command, Option } from "commander";
import { singleLine } from "../../core/text/single-line";
import type { ProfileFieldKey } from "../../core/profile";
import { formatProfileFile } from "../../profiles/file-source";
import type { ListItemProblem } from "../../profiles/graph-source";
import { readAllProfiles, type ReadAllResult } from "../../profiles/list-admin";
import { MATCH_KEY_COLUMN } from "../../profiles/list-mapping";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from "../context";
import type { CommandDefinition } from "../main";
import { consumerDomainKeys, consumerDomainProblem } from "../consumer-domain-keys";
import {
  addSiteOptions,
  asUsageError,
  formatListItemProblem,
  graphSourceFromOptions,
  type SiteOptions,
} from "../site-profiles";

interface ExportOptions extends SiteOptions {
  format?: "json" | "csv";
  force?: boolean;
}

/** The UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only when it starts with one. */
const BOM = "\uFEFF";

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
    .option("--force", "replace FILE when it exists (without it, an existing file is refused)")
    .addHelpText(
      "after",
      `
The output is the profile file format that "rapport import" and "rapport check --profiles" read.
In CSV, a cell a spreadsheet would run as a formula (starting with =, +, - or @) gets a leading
apostrophe; import and check remove it again, so values come back exactly as they were. A CSV
file starts with a UTF-8 byte order mark, so Excel shows accented names as written (standard
output gets none). FILE is written whole or not at all (a temporary file beside it, renamed).

Everything the list stores is written, as stored: a value Rapport cannot read (a choice it does
not know, a malformed Sources entry) is written as the list holds it, and a second item with the
same MatchKey is written after the first; "rapport import" refuses both until they are
corrected. An item with no usable MatchKey is named on stderr and is not in the file.
Exit codes: 0 everything written, as Rapport reads it; 1 written, but something is not in the
file or is written as stored (listed on stderr); 2 bad usage, an existing FILE without --force,
no access, or Graph failed (nothing is written).

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
  // Refused before signing in and reading the whole list; checked again when writing.
  if (file && !options.force && (await kindOf(file)) === "file") throw existsError(file);
  const source = await graphSourceFromOptions(options, io, process.env, undefined, (problem) =>
    io.stderr(formatListItemProblem(forExport(problem))),
  );
  let result: ReadAllResult;
  try {
    result = await readAllProfiles(source, { keepDuplicates: true });
  } catch (error) {
    throw asUsageError(error);
  }
  // List order is item order: the order the profiles were imported in. Every item read as a
  // profile is written, a MatchKey's later items too, each unreadable value as stored.
  const items = result.items;
  for (const { stored, earlierItemId } of result.duplicates) {
    io.stderr(
      formatListItemProblem({
        itemId: stored.origin?.itemId ?? "?",
        matchKey: stored.profile.matchKey,
        field: MATCH_KEY_COLUMN,
        value: stored.keyStoredAs ?? stored.profile.matchKey,
        reason: `is also the MatchKey of item ${earlierItemId ?? "?"}; both are in the file, after each other in list order (import refuses the second until one is removed)`,
      }),
    );
  }
  const storedText = items.map((stored) => result.storedText.get(stored));
  // CSV cells that a spreadsheet would run as formulas are escaped; import reverses it exactly.
  const text = formatProfileFile(
    items.map((stored) => stored.profile),
    format,
    storedText,
  );
  if (file) {
    // Excel opens a CSV without a BOM in the locale's ANSI code page ("ZoÃ«"); import strips it.
    await writeWhole(file, format === "csv" ? `${BOM}${text}` : text, options.force === true);
  } else {
    io.stdout(text);
  }

  const unreadable = items.flatMap((stored) => {
    const fields = Object.keys(result.storedText.get(stored) ?? {}) as ProfileFieldKey[];
    return fields.map((field) => `${stored.profile.matchKey} ${field}`);
  });
  const normalised = items.filter((stored) => stored.keyStoredAs !== undefined).length;
  const notes = [
    unreadable.length > 0
      ? `${count(unreadable.length, "value")} Rapport cannot read, written as stored: ${listed(unreadable)}`
      : "",
    result.duplicates.length > 0
      ? `${count(result.duplicates.length, "item")} repeating an earlier item's MatchKey, written too: ${listed(result.duplicates.map((d) => d.stored.profile.matchKey))}`
      : "",
    result.uncovered.length > 0
      ? `${count(result.uncovered.length, "item")} with no usable MatchKey, NOT in the file: ${listed(result.uncovered.map((id) => `item ${id}`))}`
      : "",
    normalised > 0
      ? `${count(normalised, "MatchKey")} stored with spaces or capitals, written normalised`
      : "",
  ].filter(Boolean);
  io.stderr(
    `${singleLine(
      `Exported ${count(items.length, "profile")} from "${source.settings.list}" on ${source.siteLabel}${file ? ` to ${file}` : ""}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}.`,
    )}\n`,
  );
  // Readable, so the file is complete, but such a key applies to everyone at a mail provider.
  for (const key of consumerDomainKeys(items.map((stored) => stored.profile.matchKey)))
    io.stderr(`warning: ${singleLine(`${consumerDomainProblem(key)}, then delete this item.`)}\n`);
  const incomplete =
    unreadable.length > 0 || result.duplicates.length > 0 || result.uncovered.length > 0;
  if (!incomplete) return EXIT_OK;
  io.stderr(
    `${[
      result.uncovered.length > 0
        ? "Not everything the list stores is in the file (see above)."
        : "",
      unreadable.length > 0 || result.duplicates.length > 0
        ? "rapport import refuses a value written as stored and a repeated MatchKey until they are corrected, in the file or in the list."
        : "",
    ]
      .filter(Boolean)
      .join(" ")}\n`,
  );
  return EXIT_FINDINGS;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The first few, then how many more: a summary line stays readable for a large list. */
function listed(names: readonly string[], shown = 5): string {
  const more = names.length - shown;
  return more > 0 ? `${names.slice(0, shown).join(", ")} and ${more} more` : names.join(", ");
}

/** A list item problem as export words it: what is in the file, not what a reader leaves out. */
function forExport(problem: ListItemProblem): ListItemProblem {
  const reason = problem.reason
    .replace(/; left out, the rest of the profile is used$/, "; written to the file as stored")
    .replace(/ and is skipped$/, " and is not in the file")
    .replace(/; skipped$/, "; not in the file");
  return { ...problem, reason };
}

/**
 * What FILE is now: a pipe, a terminal or /dev/stdout ("special") is written into, as before: it
 * holds no data to lose, and renaming a file over it would replace the pipe with a file. A
 * symbolic link counts as what it points to; a broken one as a file (its name is taken).
 */
async function kindOf(file: string): Promise<"none" | "file" | "directory" | "special"> {
  try {
    const found = await stat(file);
    if (found.isFile()) return "file";
    return found.isDirectory() ? "directory" : "special";
  } catch {
    return (await exists(file)) ? "file" : "none";
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

function existsError(file: string): UsageError {
  return new UsageError(
    `${file} exists; nothing was written. Give another file name, or --force to replace it.`,
  );
}

/** Why a file could not be written, in words (never a temporary file's name). */
function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "its folder does not exist";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ENOSPC":
      return "the disk is full";
    default:
      return `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/**
 * Writes FILE whole or not at all: the text goes to a temporary file beside it (same folder, so
 * same file system), flushed to disk, then takes FILE's name in one step. Without `force` the
 * name is taken with link(), which fails when FILE exists, so a file made meanwhile is never
 * replaced either (where the file system has no hard links: checked, then renamed). With
 * `force`, FILE keeps its permissions, and a symbolic link's target is what is replaced.
 */
async function writeWhole(file: string, text: string, force: boolean): Promise<void> {
  if ((await kindOf(file)) === "special") {
    try {
      await writeFile(file, text, "utf8");
      return;
    } catch (error) {
      throw new UsageError(`${file}: ${describeWriteError(error)}`);
    }
  }
  let target = file;
  if (force) target = await realpath(file).catch(() => file);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  let written = false;
  try {
    const handle = await open(temp, "wx", 0o666);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) {
      const mode = await stat(target).then(
        (s) => s.mode & 0o7777,
        () => undefined,
      );
      if (mode !== undefined) await chmod(temp, mode);
      await rename(temp, target);
    } else {
      try {
        await link(temp, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw existsError(file);
        if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(code ?? "")) throw error;
        if (await exists(target)) throw existsError(file);
        await rename(temp, target);
      }
    }
    written = true;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: ${describeWriteError(error)}; nothing was written`);
  } finally {
    // After link() the temporary name is a second name of FILE; after rename() it is gone.
    if (!written || !force) await unlink(temp).catch(() => undefined);
  }
}
