/** `--profiles FILE`: profiles from a JSON or CSV file on disk. */
import { singleLine } from "../core/text/single-line";
import { readFile } from "node:fs/promises";
import { FileProfileSource, formatProfileIssue, parseProfileFile } from "../profiles/file-source";
import { UsageError, type CliIo } from "./context";
import type { ProfileLoader } from "./profile-loaders";
import { describeFsError } from "./read-draft";

/**
 * Read and parse a profile file, reporting every problem on stderr. Throws UsageError when the
 * file cannot be read, or when it holds problems and no usable profile.
 */
export async function loadProfileFile(path: string, io: CliIo): Promise<FileProfileSource> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}`);
  }
  // A bad value leaves out that field only: the profile's other preferences are still checked.
  const { profiles, errors, warnings } = parseProfileFile(content, path, {
    keepReadableFields: true,
  });
  for (const issue of errors) io.stderr(`error: ${singleLine(formatProfileIssue(path, issue))}\n`);
  for (const issue of warnings)
    io.stderr(`warning: ${singleLine(formatProfileIssue(path, issue))}\n`);
  if (profiles.length === 0 && errors.length > 0) {
    throw new UsageError(`${singleLine(path)}: no usable profile`);
  }
  if (profiles.length === 0) io.stderr(`warning: ${singleLine(path)}: holds no profiles\n`);
  else if (errors.length > 0) {
    io.stderr(
      `warning: ${singleLine(path)}: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`}; checking with the ${profiles.length} usable profile${profiles.length === 1 ? "" : "s"}\n`,
    );
  }
  return new FileProfileSource(profiles);
}

export const fileProfileLoader: ProfileLoader = {
  option: "--profiles FILE",
  addOptions(command) {
    command.option(
      "-p, --profiles <file>",
      "client profiles: a JSON array or a CSV file with the same column names (docs/cli.md)",
    );
  },
  async load(options, io) {
    const path = options.profiles;
    return typeof path === "string" ? loadProfileFile(path, io) : undefined;
  },
};
