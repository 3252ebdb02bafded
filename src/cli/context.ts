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

/** A stream that can go away under us: the reader of a pipe closes it (`rapport … | head`). */
interface Writable {
  write(text: string): boolean;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Writes to a stream until its reader goes away, then quietly drops the rest: EPIPE (and a
 * destroyed stream) is the reader's choice, not a failure of the command, whose exit code stays
 * what its work decided. Other stream errors are real and still surface.
 */
export function closableWriter(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
      closed = true;
      return;
    }
    throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") closed = true;
      else throw error;
    }
  };
}

/** The real process: colour only on a terminal, NO_COLOR respected (https://no-color.org). */
export function processIo(): CliIo {
  const noColor = (process.env.NO_COLOR ?? "") !== "";
  const forceColor = (process.env.FORCE_COLOR ?? "") !== "" && process.env.FORCE_COLOR !== "0";
  return {
    stdout: closableWriter(process.stdout),
    stderr: closableWriter(process.stderr),
    color: !noColor && (forceColor || process.stdout.isTTY === true),
  };
}
