import type { CliIo } from "../../src/cli/context";

/** The command's output streams, captured as text for in-process tests. */
export function capture(color = false): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    color,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
