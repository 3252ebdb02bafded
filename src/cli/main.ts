/**
 * The `rapport` command. Each command lives in src/cli/commands/<name>.ts and exports a
 * CommandDefinition; adding one is an import and an entry in COMMANDS.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { singleLine } from "../core/text/single-line";
import { checkCommand } from "./commands/check";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { listenCommand } from "./commands/listen";
import { provisionCommand } from "./commands/provision";
import { EXIT_OK, EXIT_USAGE, UsageError, processIo, type CliIo } from "./context";

/** Builds one subcommand. Its action resolves to the process exit code. */
export type CommandDefinition = (io: CliIo, setExitCode: (code: number) => void) => Command;

const COMMANDS: CommandDefinition[] = [
  checkCommand,
  listenCommand,
  provisionCommand,
  importCommand,
  exportCommand,
];

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command("rapport")
    .description(
      "Rapport checks e-mail against each client's stated preferences (names, channels, billing, competitors, invitations).",
    )
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
    });
  for (const define of COMMANDS) {
    const command = define(io, (code) => {
      exitCode = code;
    });
    program.addCommand(command.copyInheritedSettings(program));
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help / version it was asked for).
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    // Messages can quote files, profile values and Graph's own words: one line, no escapes.
    io.stderr(`rapport: ${singleLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  // A bug, not the user's mistake: still one line, with the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`rapport: unexpected error: ${singleLine(message)}\n`);
  if (process.env.RAPPORT_DEBUG && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`);
  return EXIT_USAGE;
}

function packageVersion(): string {
  try {
    const raw = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
    return (JSON.parse(raw) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}
