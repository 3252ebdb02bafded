import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface RunResult {
  status: number | null;
  stdout: string;
  /** stderr without npm's own notices about the machine's npm configuration. */
  stderr: string;
}

/** Runs exactly `npx --no-install rapport ARGS` from the project root, as a user would. */
export function rapport(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const result = spawnSync("npx", ["--no-install", "rapport", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...inherited, ...env },
    timeout: 60_000,
  });
  const stderr = result.stderr
    .split("\n")
    .filter((line) => !line.startsWith("npm warn"))
    .join("\n");
  return { status: result.status, stdout: result.stdout, stderr };
}
