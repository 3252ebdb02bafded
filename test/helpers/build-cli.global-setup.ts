/**
 * Jest global set-up: compile the `rapport` command from the current sources before any test
 * spawns it (tests run the real binary, bin/rapport.cjs → build/cli/rapport.cjs, never a stale one).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function buildCli(): void {
  const root = join(__dirname, "..", "..");
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs"), "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
}
