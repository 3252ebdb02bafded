/**
 * Build the add-in once and serve it, for the browser tests. The build goes to its own folder
 * (node_modules/.cache/rapport-e2e), so a developer's dist/ is never overwritten.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const PROJECT_ROOT = resolve(__dirname, "../..");
export const E2E_BUILD_DIR = join(PROJECT_ROOT, "node_modules/.cache/rapport-e2e");

/** webpack --mode development into E2E_BUILD_DIR; rejects with webpack's output on failure. */
export function buildForTests(): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [PROJECT_ROOT] });
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [cli, "--mode", "development", "--env", `outputPath=${E2E_BUILD_DIR}`],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env } },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code === 0 && existsSync(join(E2E_BUILD_DIR, "playground.html"))) done();
      else fail(new Error(`The test build failed (webpack exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** `node scripts/serve.mjs --port 0`: resolves with the base URL it announces. */
export function startServer(root: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, "scripts/serve.mjs"), "--port", "0", "--root", root],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Rapport playground: (http:\/\/[^/\s]+)\//.exec(output);
      if (match) done({ url: match[1]!, child });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("exit", (code) => fail(new Error(`The server stopped (exit ${code}):\n${output}`)));
  });
}
