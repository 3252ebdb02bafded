// `npm start`: build the add-in (playground included) and serve it on http://localhost:3000,
// so anyone can see Rapport work without a Microsoft 365 tenant.
// Usage: node scripts/start.mjs [--production] [--port N]   (PORT env also works)
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveAndAnnounce, portFrom } from "./serve.mjs";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Run webpack's CLI with this Node; resolves when the build succeeded. */
export function build(mode, { quiet = false } = {}) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [projectRoot] });
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, [cli, "--mode", mode], {
      cwd: projectRoot,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, RAPPORT_PLAYGROUND: "1" },
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", rejectBuild);
    child.on("exit", (code) =>
      code === 0
        ? resolveBuild()
        : rejectBuild(new Error(`webpack --mode ${mode} failed (exit ${code}).\n${output}`)),
    );
  });
}

async function main() {
  const argv = process.argv.slice(2);
  portFrom(argv, process.env); // a bad PORT fails now, not after a minute of building
  const mode = argv.includes("--production") ? "production" : "development";
  console.log(`Building Rapport (${mode})...`);
  await build(mode);
  await serveAndAnnounce(argv, process.env);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
