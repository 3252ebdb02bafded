import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const SCRIPT = resolve(__dirname, "../../scripts/check-bundle-size.mjs");

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bundle-size-"));
  mkdirSync(join(dir, "dist/assets"), { recursive: true });
  writeFileSync(join(dir, "dist/launchevent.js"), "var a=1;".repeat(200));
  writeFileSync(join(dir, "dist/assets/app.js"), "console.log('pane');".repeat(300));
  writeFileSync(join(dir, "dist/vendor.js"), "function v(){}".repeat(300));
  writeFileSync(join(dir, "dist/app.css"), "body{margin:0}".repeat(100));
  writeFileSync(join(dir, "dist/lazy.js"), "x".repeat(50_000));
  writeFileSync(
    join(dir, "dist/taskpane.html"),
    `<html><head>
      <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <link rel="stylesheet" href="app.css">
      <link rel="icon" href="icon.png">
      <script defer src="vendor.js?v=1"></script>
      <script defer="defer" src='assets/app.js'></script>
    </head><body></body></html>`,
  );
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBudgets(launch: number, pane: number): string {
  const path = join(dir, "budgets.json");
  writeFileSync(
    path,
    JSON.stringify({
      launchevent: { file: "launchevent.js", maxGzipBytes: launch },
      taskpaneInitial: { html: "taskpane.html", maxGzipBytes: pane },
    }),
  );
  return path;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, "--dist", join(dir, "dist"), ...args], {
    encoding: "utf8",
  });
}

test("passes within budget and sums only the local assets taskpane.html loads", () => {
  const result = run("--budgets", writeBudgets(10_000, 10_000));
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("app.css, vendor.js, assets/app.js");
  expect(result.stdout).not.toContain("lazy.js");
  expect(result.stdout).not.toContain("office.js");
  expect(result.stdout).toMatch(/taskpaneInitial\s+3 /);
});

test("fails and names the bundle when a budget is exceeded", () => {
  const result = run("--budgets", writeBudgets(10_000, 20));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("Bundle budget exceeded: taskpaneInitial");
  expect(result.stderr).not.toContain("launchevent is");
});

test("fails with a clear message when the build output is missing", () => {
  rmSync(join(dir, "dist/launchevent.js"));
  const result = run("--budgets", writeBudgets(10_000, 10_000));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/launchevent\.js is missing: run `npm run build` first/);
});

test("--set-budgets writes measured size plus 5 %, rounded up to 1 KiB", () => {
  // Big enough that 5 % is more than the rounding: ~40 KiB of incompressible text.
  const noise = randomBytes(30_000).toString("base64");
  writeFileSync(join(dir, "dist/launchevent.js"), noise);
  const gzipBytes = gzipSync(Buffer.from(noise), { level: 9 }).length;
  const budgets = writeBudgets(1, 1);
  const result = run("--budgets", budgets, "--set-budgets");
  expect(result.status).toBe(0);
  const written = JSON.parse(readFileSync(budgets, "utf8"));
  expect(written.launchevent.maxGzipBytes).toBe(Math.ceil((gzipBytes * 1.05) / 1024) * 1024);
  expect(run("--budgets", budgets).status).toBe(0);
});

/** A build's chunk-groups.json (webpack.config.js's ChunkGroupsManifestPlugin). */
function writeChunkGroups(groups: Record<string, string[]>): void {
  writeFileSync(join(dir, "dist/chunk-groups.json"), JSON.stringify(groups));
}

function chunkBudget(maxGzipBytes: number, besides?: string[]): string {
  const path = join(dir, "budgets.json");
  writeFileSync(path, JSON.stringify({ checks: { chunk: "checks", maxGzipBytes, besides } }));
  return path;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

describe("a chunk budget sizes every file that loads with the named chunk", () => {
  const own = "function c(){}".repeat(400);
  // Incompressible, so the shared chunk alone decides the rows below.
  const shared = randomBytes(3_000).toString("base64");
  beforeEach(() => {
    writeFileSync(join(dir, "dist/checks.0a1b2c3d.js"), own);
    writeFileSync(join(dir, "dist/738.0a1b2c3d.js"), shared);
    writeFileSync(join(dir, "dist/checks-extra.0a1b2c3d.js"), "y".repeat(50_000));
  });
  const both = gz(own) + gz(shared);
  // [why, the group's files, budget, exit status, what the output says, besides]
  const rows: [string, string[], () => number, number, RegExp, string[]][] = [
    [
      "its own file and the shared chunk, summed",
      ["checks.0a1b2c3d.js", "738.0a1b2c3d.js"],
      () => both,
      0,
      /checks: checks\.0a1b2c3d\.js, 738\.0a1b2c3d\.js/,
      [],
    ],
    [
      "over budget by the shared chunk alone (the named file fits)",
      ["checks.0a1b2c3d.js", "738.0a1b2c3d.js"],
      () => both - 1,
      1,
      /Bundle budget exceeded: checks/,
      [],
    ],
    [
      "a group of its own file only",
      ["checks.0a1b2c3d.js"],
      () => gz(own),
      0,
      /checks: checks\.0a1b2c3d\.js\n/,
      [],
    ],
    [
      "a group without its named file",
      ["738.0a1b2c3d.js"],
      () => both,
      1,
      /should load its own file checks\.<hash>\.js/,
      [],
    ],
    [
      "a listed file missing from the output",
      ["checks.0a1b2c3d.js", "739.0a1b2c3d.js"],
      () => both,
      1,
      /739\.0a1b2c3d\.js is missing/,
      [],
    ],
    [
      "besides a chunk that loads the shared file too: not counted, but named",
      ["checks.0a1b2c3d.js", "738.0a1b2c3d.js"],
      () => gz(own),
      0,
      /checks: checks\.0a1b2c3d\.js\n.*not counted\): 738\.0a1b2c3d\.js/,
      ["warnings"],
    ],
    [
      "besides a chunk that does not share it: still counted",
      ["checks.0a1b2c3d.js", "738.0a1b2c3d.js"],
      () => both - 1,
      1,
      /Bundle budget exceeded: checks/,
      ["fixes"],
    ],
    [
      "besides a chunk the build does not have",
      ["checks.0a1b2c3d.js", "738.0a1b2c3d.js"],
      () => both,
      1,
      /"besides" names "pane", not a named lazy chunk/,
      ["pane"],
    ],
  ];
  test.each(rows)("%s", (_why, files, budget, status, says, besides) => {
    writeChunkGroups({
      checks: files,
      fixes: ["fixes.0a1b2c3d.js"],
      warnings: ["738.0a1b2c3d.js", "warnings.0a1b2c3d.js"],
    });
    const result = run("--budgets", chunkBudget(budget(), besides));
    expect(result.status).toBe(status);
    expect(result.stdout + result.stderr).toMatch(says);
    expect(result.stdout).not.toContain("checks-extra");
  });
});

test("a chunk budget fails clearly without the build's chunk-groups.json", () => {
  writeFileSync(join(dir, "dist/checks.0a1b2c3d.js"), "function c(){}".repeat(400));
  const result = run("--budgets", chunkBudget(10_000));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/chunk-groups\.json is missing .*run `npm run build` first/);
});

test("a chunk budget fails clearly when the chunk is not in the build", () => {
  writeChunkGroups({ fixes: ["fixes.0a1b2c3d.js"] });
  const result = run("--budgets", chunkBudget(10_000));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('chunk "checks" is not a named lazy chunk of the build');
  expect(result.stderr).toContain("lists fixes");
});
