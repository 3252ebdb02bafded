/**
 * The `rapport` process: runs the command line and sets the exit code. Compiled (with everything
 * it imports from src/) into build/cli/rapport.cjs by scripts/build-cli.mjs at install time, so
 * bin/rapport.cjs starts plain JavaScript instead of transpiling TypeScript on every run.
 */
import { singleLine } from "../core/text/single-line";
import { EXIT_USAGE } from "./context";
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rapport: ${singleLine(message)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
