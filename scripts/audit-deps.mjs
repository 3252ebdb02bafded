// `npm run audit:deps`: audits every package in package-lock.json against security advisories,
// offline, and says for each high or critical one whether Rapport's shipped code reaches it.
//
// `npm audit` posts the lock file to the registry's advisory endpoint, which this environment
// cannot reach (the registry here answers GET only). So the advisories come from a snapshot in
// the OSV format (https://ossf.github.io/osv-schema/), the format of the GitHub Advisory Database
// and OSV.dev: a folder of OSV JSON files, or a JSON file holding an array of them, given by
// --db PATH or RAPPORT_ADVISORY_DB, or an installed npm package holding such files named by
// --db-package NAME or RAPPORT_ADVISORY_PACKAGE. Where none is given, the npm audit endpoint is
// tried as a last resort. When no advisory data can be had at all, the report says in so many
// words that nothing was audited (and --require-data makes that a failure).
//
// "Reached" means bundled into what Rapport ships: esbuild follows the imports of the task pane,
// the launch-event script, the sign-in page and the rapport command, and every package whose
// files it pulls in is reached by that entry. Anything else in the lock file is build and test
// tooling, or an unused branch of a dependency.
//
// Exit codes: 0 nothing high or critical that shipped code reaches, 1 at least one, 2 bad usage
// or no data with --require-data.
// Usage: node scripts/audit-deps.mjs [--db PATH | --db-package NAME] [--offline] [--json]
//        [--require-data]   (--offline: never try the npm audit endpoint)
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const SEVERITIES = ["low", "moderate", "high", "critical"];
const REPORTED = new Set(["high", "critical"]);

/** What ships, and where each part starts. */
export const ENTRIES = [
  { name: "task pane", entry: "src/taskpane/index.tsx", platform: "browser" },
  { name: "launch event", entry: "src/launchevent/index.ts", platform: "browser" },
  { name: "sign-in page", entry: "src/auth/dialog-main.ts", platform: "browser" },
  { name: "rapport command", entry: "src/cli/run.ts", platform: "node" },
];

/** Every installed package of the lock file: name, version, and whether only dev tools use it. */
export function lockInventory(lockPath = join(ROOT, "package-lock.json")) {
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  const inventory = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path || entry.link || !entry.version) continue;
    const name =
      entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    inventory.push({ name, version: entry.version, path, dev: entry.dev === true });
  }
  return inventory;
}

/** OSV advisories for npm packages, from a folder of JSON files or one JSON file. */
export function loadSnapshot(path) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".json") && name !== "package.json") files.push(full);
    }
  };
  if (statSync(path).isDirectory()) walk(path);
  else files.push(path);
  const advisories = [];
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    const list = Array.isArray(parsed) ? parsed : (parsed.advisories ?? [parsed]);
    for (const advisory of list) {
      if (advisory?.affected?.some((a) => a.package?.ecosystem === "npm"))
        advisories.push(advisory);
    }
  }
  return advisories;
}

/** "critical", "high", "moderate", "low" or "unknown". */
export function severityOf(advisory) {
  const stated = String(advisory.database_specific?.severity ?? "").toLowerCase();
  if (SEVERITIES.includes(stated)) return stated;
  if (stated === "medium") return "moderate";
  const score = (advisory.severity ?? [])
    .map((s) => Number(/(?:^|\/)score:(\d+(\.\d+)?)/.exec(s.score ?? "")?.[1] ?? Number(s.score)))
    .find((n) => Number.isFinite(n));
  if (score === undefined) return "unknown";
  return score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "moderate" : "low";
}

/** Whether this OSV advisory affects name@version (explicit versions, or SEMVER/ECOSYSTEM ranges). */
export function affects(advisory, name, version) {
  for (const affected of advisory.affected ?? []) {
    if (affected.package?.ecosystem !== "npm" || affected.package?.name !== name) continue;
    if ((affected.versions ?? []).includes(version)) return true;
    for (const range of affected.ranges ?? []) {
      if (range.type !== "SEMVER" && range.type !== "ECOSYSTEM") continue;
      if (inRange(range.events ?? [], version)) return true;
    }
  }
  return false;
}

/** OSV range events, walked in version order: introduced opens, fixed / last_affected close. */
function inRange(events, version) {
  const at = (v) => (v === "0" ? "0.0.0-0" : v);
  const sorted = events
    .map((event) => {
      const [kind, value] = Object.entries(event)[0] ?? [];
      return { kind, value: at(String(value)) };
    })
    .filter((event) => semver.valid(event.value))
    .sort((a, b) => semver.compare(a.value, b.value));
  let affected = false;
  for (const event of sorted) {
    const cmp = semver.compare(version, event.value);
    if (event.kind === "introduced" && cmp >= 0) affected = true;
    else if (event.kind === "fixed" && cmp >= 0) affected = false;
    else if (event.kind === "last_affected" && cmp > 0) affected = false;
    else if (event.kind === "limit" && cmp >= 0) affected = false;
  }
  return affected;
}

function fixedIn(advisory, name) {
  return (advisory.affected ?? [])
    .filter((a) => a.package?.name === name)
    .flatMap((a) => (a.ranges ?? []).flatMap((r) => (r.events ?? []).map((e) => e.fixed)))
    .filter(Boolean);
}

/**
 * Which shipped entries reach each package: esbuild bundles each entry in memory (nothing written)
 * and its metafile lists every file pulled in. Returns Map<package name, entry names>.
 */
export async function reachedPackages(entries = ENTRIES) {
  const reached = new Map();
  for (const { name, entry, platform } of entries) {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      write: false,
      metafile: true,
      platform,
      format: platform === "node" ? "cjs" : "esm",
      logLevel: "silent",
      loader: { ".css": "empty", ".png": "empty", ".svg": "empty", ".woff2": "empty" },
      define: { __RAPPORT_BASE_URL__: '"/"', __RAPPORT_GRAPH_CONFIG__: "undefined" },
    });
    for (const input of Object.keys(result.metafile.inputs)) {
      const at = input.lastIndexOf("node_modules/");
      if (at < 0) continue;
      const rest = input.slice(at + "node_modules/".length).split("/");
      const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
      const names = reached.get(pkg) ?? new Set();
      names.add(name);
      reached.set(pkg, names);
    }
  }
  return reached;
}

/** The npm audit endpoint, where the registry offers it (not here): advisories by package. */
async function fromAuditEndpoint(inventory) {
  const body = {};
  for (const { name, version } of inventory) (body[name] ??= []).push(version);
  const response = await fetch("https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) throw new Error(`the npm audit endpoint answered HTTP ${response.status}`);
  const answer = await response.json();
  // Same shape as OSV for the rest of the script: one advisory per id, its vulnerable range.
  return Object.entries(answer).flatMap(([name, list]) =>
    list.map((a) => ({
      id: a.url?.split("/").pop() ?? String(a.id),
      summary: a.title,
      database_specific: { severity: a.severity },
      affected: [
        {
          package: { ecosystem: "npm", name },
          versions: inventory
            .filter((p) => p.name === name && semver.satisfies(p.version, a.vulnerable_versions))
            .map((p) => p.version),
        },
      ],
    })),
  );
}

function snapshotPath(options) {
  if (options.db) return resolve(options.db);
  if (options.dbPackage) return dirname(require.resolve(`${options.dbPackage}/package.json`));
  return undefined;
}

export async function audit(options = {}) {
  const inventory = lockInventory(options.lock);
  let advisories;
  let source;
  const path = snapshotPath(options);
  if (path) {
    if (!existsSync(path)) throw new Error(`no advisory snapshot at ${path}`);
    advisories = loadSnapshot(path);
    source = `snapshot ${path}`;
  } else if (options.offline) {
    return {
      audited: false,
      reason: "--offline and no snapshot given",
      inventory,
      findings: [],
    };
  } else {
    try {
      advisories = await fromAuditEndpoint(inventory);
      source = "the npm audit endpoint";
    } catch (error) {
      return { audited: false, source: undefined, reason: error.message, inventory, findings: [] };
    }
  }
  const reached = await reachedPackages(options.entries);
  const byName = new Map();
  for (const advisory of advisories) {
    for (const affected of advisory.affected ?? []) {
      const list = byName.get(affected.package?.name) ?? [];
      list.push(advisory);
      byName.set(affected.package?.name, list);
    }
  }
  const findings = [];
  for (const pkg of inventory) {
    for (const advisory of new Set(byName.get(pkg.name) ?? [])) {
      if (!affects(advisory, pkg.name, pkg.version)) continue;
      findings.push({
        package: pkg.name,
        version: pkg.version,
        path: pkg.path,
        dev: pkg.dev,
        id: advisory.id,
        summary: advisory.summary ?? "",
        severity: severityOf(advisory),
        fixedIn: fixedIn(advisory, pkg.name),
        reachedBy: [...(reached.get(pkg.name) ?? [])],
      });
    }
  }
  return { audited: true, source, advisories: advisories.length, inventory, findings };
}

function report(result) {
  const lines = [];
  if (!result.audited) {
    lines.push(
      `Dependencies NOT audited: no advisory data could be had (${result.reason}).`,
      "Give an OSV snapshot with --db PATH or RAPPORT_ADVISORY_DB, or an npm package holding one with --db-package NAME.",
    );
    return lines.join("\n");
  }
  const serious = result.findings.filter((f) => REPORTED.has(f.severity));
  lines.push(
    `Audited ${result.inventory.length} packages from package-lock.json against ${result.advisories} advisories (${result.source}).`,
  );
  const counts = SEVERITIES.concat("unknown")
    .map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`)
    .join(", ");
  lines.push(`Advisories that apply: ${counts}.`);
  for (const f of serious.sort(
    (a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity),
  )) {
    const reach = f.reachedBy.length
      ? `REACHED by ${f.reachedBy.join(", ")}`
      : `not reached by shipped code (${f.dev ? "dev tooling" : "not imported"})`;
    const fix = f.fixedIn.length ? `; fixed in ${f.fixedIn.join(", ")}` : "";
    lines.push(
      `  ${f.severity.toUpperCase()} ${f.package}@${f.version} ${f.id}: ${f.summary}${fix}; ${reach}`,
    );
  }
  if (serious.length === 0) lines.push("No high or critical advisory applies.");
  return lines.join("\n");
}

function parseArgs(argv) {
  const options = {
    db: process.env.RAPPORT_ADVISORY_DB || undefined,
    dbPackage: process.env.RAPPORT_ADVISORY_PACKAGE || undefined,
    json: false,
    requireData: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--db") options.db = argv[++i];
    else if (arg === "--db-package") options.dbPackage = argv[++i];
    else if (arg === "--lock") options.lock = argv[++i];
    else if (arg === "--json") options.json = true;
    else if (arg === "--require-data") options.requireData = true;
    else if (arg === "--offline") options.offline = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const result = await audit(options);
    if (options.json) {
      const { inventory, ...rest } = result;
      console.log(JSON.stringify({ ...rest, packages: inventory.length }, null, 2));
    } else console.log(report(result));
    if (!result.audited) process.exitCode = options.requireData ? 2 : 0;
    else {
      const reachedSerious = result.findings.some(
        (f) => REPORTED.has(f.severity) && f.reachedBy.length > 0,
      );
      process.exitCode = reachedSerious ? 1 : 0;
    }
  } catch (error) {
    console.error(`audit: ${error.message}`);
    process.exitCode = 2;
  }
}
