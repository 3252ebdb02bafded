#!/usr/bin/env node
/**
 * Bundle budgets for the production build (runs as `postbuild`).
 *
 * - launch event: the one file Outlook loads before every send (its load time counts towards
 *   the 5 s Smart Alerts limit);
 * - task pane initial load: every script and stylesheet taskpane.html loads (lazy chunks excluded);
 * - a named lazy chunk (`"chunk": "checks"` sizes `checks.<hash>.js` and every chunk that loads
 *   with it, as the build's chunk-groups.json lists them): the checks are fetched as the compose
 *   pane opens, so they still count towards what the lawyer waits for.
 *
 * Sizes are gzip (level 9, as a static host would pre-compress). Exits 1 when a budget is
 * exceeded or the build output is missing.
 *
 *   node scripts/check-bundle-size.mjs [--dist dist] [--budgets bundle-budgets.json]
 *   node scripts/check-bundle-size.mjs --set-budgets   # budgets := measured + 5 %, rounded up to 1 KiB
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const SLACK = 1.05;

function parseArgs(argv) {
  const options = { dist: "dist", budgets: "bundle-budgets.json", setBudgets: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dist") options.dist = argv[++i];
    else if (arg === "--budgets") options.budgets = argv[++i];
    else if (arg === "--set-budgets") options.setBudgets = true;
    else
      throw new Error(`unknown argument ${arg}; use --dist DIR, --budgets FILE or --set-budgets`);
  }
  return options;
}

/** Local script and stylesheet URLs in an HTML page, in order (external URLs are not ours to size). */
export function initialAssets(html) {
  const urls = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const match of html.matchAll(tag)) {
    const attributes = match[2];
    const attribute = (name) =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
    let url;
    if (match[1].toLowerCase() === "script") {
      url = attribute("src");
    } else {
      const rel = attribute("rel");
      const relValue = rel && (rel[1] ?? rel[2] ?? rel[3]).toLowerCase();
      if (relValue === "stylesheet") url = attribute("href");
    }
    const value = url && (url[1] ?? url[2] ?? url[3]);
    if (value && !/^(?:[a-z]+:)?\/\//i.test(value) && !value.startsWith("data:")) {
      urls.push(value.split(/[?#]/)[0]);
    }
  }
  return urls;
}

function gzipSize(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The manifest webpack.config.js writes: each named lazy chunk's files (ChunkGroupsManifestPlugin). */
export const CHUNK_GROUPS_FILE = "chunk-groups.json";

/**
 * Every file that must load for a named lazy chunk (`"chunk": "checks"`): its own
 * `checks.<hash>.js` and any chunk webpack split off that loads with it (modules it shares with
 * another lazy import, `738.<hash>.js`), as chunk-groups.json lists them. Round 21: the named
 * file alone left out such a shared chunk, 4 KiB of the checks' load.
 *
 * `besides` names lazy chunks always fetched at the same moment (the compose pane fetches
 * "checks" and "warnings" together): files they load too are theirs as much as this chunk's, and
 * are returned apart (`shared`), not counted. Without it every file counts.
 */
export function chunkFiles(distDir, chunk, besides = []) {
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run \`npm run build\` first`);
  const manifestPath = join(distDir, CHUNK_GROUPS_FILE);
  if (!existsSync(manifestPath))
    throw new Error(
      `${manifestPath} is missing (webpack.config.js writes it): run \`npm run build\` first`,
    );
  const groups = JSON.parse(readFileSync(manifestPath, "utf8"));
  const files = groups[chunk];
  if (!Array.isArray(files) || files.length === 0)
    throw new Error(
      `chunk "${chunk}" is not a named lazy chunk of the build (${CHUNK_GROUPS_FILE} lists ${
        Object.keys(groups).join(", ") || "none"
      }): run \`npm run build\` first`,
    );
  const escaped = chunk.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = new RegExp(`^${escaped}\\.[0-9a-f]+\\.js$`);
  if (!files.some((file) => named.test(file)))
    throw new Error(
      `chunk "${chunk}" should load its own file ${chunk}.<hash>.js; ${CHUNK_GROUPS_FILE} lists ${files.join(", ")}`,
    );
  const alongside = new Set();
  for (const other of besides) {
    if (!Array.isArray(groups[other]))
      throw new Error(`chunk "${chunk}": "besides" names "${other}", not a named lazy chunk`);
    for (const file of groups[other]) alongside.add(file);
  }
  return {
    files: files.filter((file) => !alongside.has(file)),
    shared: files.filter((file) => alongside.has(file)),
  };
}

/** Measure every budgeted entry; throws with a specific message when the build output is missing. */
export function measure(distDir, budgets) {
  const results = [];
  for (const [name, budget] of Object.entries(budgets)) {
    if (name.startsWith("$")) continue; // "$comment" and the like
    let files;
    let shared = [];
    if (budget.file) {
      files = [budget.file];
    } else if (budget.html) {
      const htmlPath = join(distDir, budget.html);
      if (!existsSync(htmlPath))
        throw new Error(`${htmlPath} is missing: run \`npm run build\` first`);
      const htmlDir = dirname(budget.html);
      files = initialAssets(readFileSync(htmlPath, "utf8")).map((url) =>
        url.startsWith("/") ? url.slice(1) : join(htmlDir, url),
      );
      if (files.length === 0) throw new Error(`${htmlPath} loads no local scripts or stylesheets`);
    } else if (budget.chunk) {
      ({ files, shared } = chunkFiles(distDir, budget.chunk, budget.besides));
    } else {
      throw new Error(`budget "${name}" needs "file", "html" or "chunk"`);
    }
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const path = join(distDir, file);
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
      const size = gzipSize(path);
      raw += size.raw;
      gzip += size.gzip;
    }
    results.push({ name, files, shared, raw, gzip, limit: budget.maxGzipBytes });
  }
  return results;
}

function printTable(results) {
  const rows = results.map((r) => [
    r.name,
    String(r.files.length),
    kib(r.raw),
    kib(r.gzip),
    r.limit === undefined ? "-" : kib(r.limit),
    r.limit === undefined ? "-" : r.gzip <= r.limit ? "PASS" : "FAIL",
  ]);
  const header = ["bundle", "files", "raw", "gzip", "budget", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const distDir = resolve(options.dist);
  const budgetsPath = resolve(options.budgets);
  if (!existsSync(budgetsPath)) throw new Error(`${budgetsPath} is missing`);
  const budgets = JSON.parse(readFileSync(budgetsPath, "utf8"));
  const results = measure(distDir, budgets);

  if (options.setBudgets) {
    for (const r of results)
      budgets[r.name].maxGzipBytes = Math.ceil((r.gzip * SLACK) / 1024) * 1024;
    writeFileSync(budgetsPath, JSON.stringify(budgets, null, 2) + "\n");
    results.forEach((r) => (r.limit = budgets[r.name].maxGzipBytes));
    console.log(
      `Budgets set to measured + ${Math.round((SLACK - 1) * 100)} % in ${relative(process.cwd(), budgetsPath)}`,
    );
  }

  console.log(`Bundle sizes (gzip -9) of ${relative(process.cwd(), distDir) || "."}:`);
  printTable(results);
  for (const r of results) {
    console.log(`  ${r.name}: ${r.files.join(", ")}`);
    if (r.shared.length > 0)
      console.log(
        `    also loads, shared with what loads beside it (not counted): ${r.shared.join(", ")}`,
      );
  }
  const over = results.filter((r) => r.limit !== undefined && r.gzip > r.limit);
  if (over.length > 0) {
    console.error(
      `\nBundle budget exceeded: ${over
        .map(
          (r) =>
            `${r.name} is ${kib(r.gzip)} gzip, budget ${kib(r.limit)} (+${kib(r.gzip - r.limit)})`,
        )
        .join(
          "; ",
        )}.\nShrink it (lazy-load, drop a dependency) or, if the growth is deliberate, raise the budget in ${relative(process.cwd(), budgetsPath)} and say why in the commit.`,
    );
    process.exitCode = 1;
  }
}

// Run as a script only, so tests can import initialAssets/measure.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    main();
  } catch (error) {
    console.error(`check-bundle-size: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
