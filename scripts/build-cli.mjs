// Compiles the `rapport` command (src/cli/run.ts and what it imports from src/) into one
// CommonJS file, build/cli/rapport.cjs, which bin/rapport.cjs loads, and links bin/rapport.cjs
// into node_modules/.bin. Runs as `prepare`, so `npm ci` and `npm install` build it; jest's
// global set-up runs it too, so the tests that spawn the real binary always test the current
// sources. Dependencies stay in node_modules (required at run time, the heavy ones only when a
// command needs them).
//
// Why the link, and no "bin" in package.json: for a bin of the project itself, `npx rapport`
// (libnpmexec) loads the whole installed tree with Arborist to "install" the project into its
// cache, about 1.5 s of CPU for our 1,250 packages, every run; a command found in
// node_modules/.bin it runs directly (about 0.4 s of npm's own start-up).
// Usage: node scripts/build-cli.mjs [--quiet]
import { build } from "esbuild";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_OUTFILE = join(root, "build", "cli", "rapport.cjs");
const BIN = join(root, "bin", "rapport.cjs");

/** node_modules/.bin/rapport → bin/rapport.cjs (a .cmd launcher on Windows, as npm makes). */
export function linkBin() {
  const binDir = join(root, "node_modules", ".bin");
  if (!existsSync(join(root, "node_modules"))) return undefined;
  mkdirSync(binDir, { recursive: true });
  const target = relative(binDir, BIN);
  if (process.platform === "win32") {
    const cmd = join(binDir, "rapport.cmd");
    writeFileSync(cmd, `@ECHO off\r\nnode "%~dp0\\${target.replace(/\//g, "\\")}" %*\r\n`);
    return cmd;
  }
  const link = join(binDir, "rapport");
  if (existsSync(link) || isLink(link)) rmSync(link, { force: true });
  symlinkSync(target, link);
  chmodSync(BIN, 0o755);
  return link;
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export async function buildCli({ quiet = false } = {}) {
  const started = performance.now();
  await build({
    entryPoints: [join(root, "src", "cli", "run.ts")],
    outfile: CLI_OUTFILE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    // Source maps for our own stack traces (RAPPORT_DEBUG=1 prints them), resolved by Node.
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
    // Dependencies stay in node_modules with their own licences; what is copied into src keeps its
    // notice (personal-domains.ts).
    legalComments: "eof",
  });
  linkBin();
  if (!quiet) {
    const ms = Math.round(performance.now() - started);
    console.log(`rapport: built ${CLI_OUTFILE.slice(root.length + 1)} in ${ms} ms`);
  }
  return CLI_OUTFILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildCli({ quiet: process.argv.includes("--quiet") }).catch((error) => {
    console.error(`rapport: the command could not be built: ${error.message}`);
    process.exit(1);
  });
}
