/** What every command gets: where output goes and whether it may be coloured. Tests pass fakes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour stdout (a terminal, and NO_COLOR unset). */
  color: boolean;
}

/** Exit codes of every command (docs/cli.md). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A user's mistake or unreadable input: reported as one line, no stack trace, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The real process: colour only on a terminal, NO_COLOR respected (https://no-color.org). */
export function processIo(): CliIo {
  const noColor = (process.env.NO_COLOR ?? "") !== "";
  const forceColor = (process.env.FORCE_COLOR ?? "") !== "" && process.env.FORCE_COLOR !== "0";
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    color: !noColor && (forceColor || process.stdout.isTTY === true),
  };
}
