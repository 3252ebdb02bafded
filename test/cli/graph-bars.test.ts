/**
 * The bars, with the real `rapport` process (compiled, spawned as a user would) against
 * the Graph stand-in: pooled lookups, bounded waits, a bad field that hides nothing, advice for
 * the command line, and a closed stdout.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/core/finding";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { LIST_NAME, seedList } from "../profiles/graph-fixtures";
import { ROOT } from "./spawn";

jest.setTimeout(120_000);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npx --no-install rapport ARGS`, asynchronously (the stand-in lives in this process). */
function rapport(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onStdout?: (child: ReturnType<typeof spawn>) => void,
): Promise<Run> {
  return new Promise((resolve) => {
    const { FORCE_COLOR: _f, NO_COLOR: _n, ...inherited } = process.env;
    const child = spawn("npx", ["--no-install", "rapport", ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
      onStdout?.(child);
    });
    child.stdout.on("error", () => {});
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("close", (status) =>
      resolve({
        status,
        stdout,
        stderr: stderr
          .split("\n")
          .filter((line) => !line.startsWith("npm warn"))
          .join("\n"),
      }),
    );
  });
}

const DRAFTS = readdirSync(join(ROOT, "examples", "drafts"))
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((f) => `examples/drafts/${f}`);

interface JsonReport {
  drafts: { file: string; findings: Finding[] }[];
}

let standIn: GraphStandIn;
let site: string[];
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
  site = ["--site", standIn.siteUrl, "--list", LIST_NAME, "--graph-base-url", standIn.baseUrl];
  env = { RAPPORT_GRAPH_TOKEN: standIn.token };
});

afterEach(async () => {
  await standIn.stop();
});

it("checks the 18 example drafts (10 distinct keys) in at most 3 Graph requests, with the same findings as from the file", async () => {
  seedList(standIn);
  expect(DRAFTS).toHaveLength(18);

  const fromList = await rapport(["check", ...site, "--format", "json", ...DRAFTS], env);
  const requests = standIn.requestCount;
  const fromFile = await rapport([
    "check",
    "--profiles",
    "assets/sample-profiles.json",
    "--format",
    "json",
    ...DRAFTS,
  ]);

  expect(fromList.stderr.trim()).toBe("");
  expect(requests).toBeLessThanOrEqual(3);
  expect(requests).toBe(1); // one $batch: one filter with every key, and the site id
  const keys = standIn.inBatch.filter((r) => r.path.includes("/items"));
  expect(keys).toHaveLength(1);
  expect(fromList.status).toBe(fromFile.status);
  expect(JSON.parse(fromList.stdout)).toEqual(JSON.parse(fromFile.stdout) as JsonReport);
  const findings = (JSON.parse(fromList.stdout) as JsonReport).drafts.flatMap((d) => d.findings);
  expect(findings.filter((f) => f.severity !== "info").length).toBeGreaterThanOrEqual(9);
});

it("keeps the Pepsi warning when the Coca-Cola organisation item has a bad date, and names item, field and value", async () => {
  const list = seedList(standIn);
  const coke = list.items.find((i) => i.fields.MatchKey === "@coca-cola.example")!;
  coke.fields.LastConfirmed = "31/02/2026";

  const run = await rapport(
    ["check", ...site, "--format", "json", "examples/drafts/pepsi-to-coca-cola.eml"],
    env,
  );

  expect(run.status).toBe(1);
  expect(run.stderr).toContain(
    `warning: list item ${coke.id} (@coca-cola.example): LastConfirmed "31/02/2026" could not be read (must be a real date written yyyy-mm-dd, not "31/02/2026"); left out, the rest of the profile is used`,
  );
  const findings = (JSON.parse(run.stdout) as JsonReport).drafts[0]!.findings;
  expect(findings.some((f) => f.check === "competitor-mention" && /Pepsi/.test(f.message))).toBe(
    true,
  );
});

it("exits 2 at once, saying so, when Graph asks to wait 3,600 s", async () => {
  seedList(standIn);
  standIn.faults.push({ status: 429, retryAfter: 3600, where: "any", times: Infinity });

  const run = await rapport(["check", ...site, "examples/drafts/fedex-to-ups.eml"], env);

  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(
    /^rapport: Microsoft Graph asked to wait 3,600 s; giving up, as that is past the 60 s allowed \(HTTP 429, too many requests\)\. Try again later, or allow more time with --timeout SECONDS\.$/m,
  );
  expect(standIn.requestCount).toBe(1);
  expect(run.stdout).toBe("");
});

it("gives a Graph that never answers until --timeout, then says it did not answer", async () => {
  seedList(standIn);
  standIn.faults.push({ status: 200, where: "any", delayMs: Infinity, times: Infinity });

  const run = await rapport(
    ["check", ...site, "--timeout", "1", "examples/drafts/fedex-to-ups.eml"],
    env,
  );

  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(
    /^rapport: Microsoft Graph did not answer within the 1 s allowed; giving up\. Try again, or allow more time with --timeout SECONDS\.$/m,
  );
  expect(run.stderr).not.toMatch(/could not reach/i);
});

it("advises a command-line admin, not a task-pane user, after a 401", async () => {
  seedList(standIn);
  const run = await rapport(["check", ...site, "examples/drafts/fedex-to-ups.eml"], {
    RAPPORT_GRAPH_TOKEN: "eyJ-expired",
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/HTTP 401.*--client-id.*RAPPORT_GRAPH_TOKEN/);
  expect(run.stderr).not.toMatch(/task pane/i);
});

it("ends quietly with its own exit code when stdout closes early (rapport … | head)", async () => {
  // Enough clean drafts that the report overflows a pipe's buffer after the reader has gone.
  const clean = DRAFTS.filter((f) => f.includes("/clean-"));
  const many = Array.from({ length: 120 }, () => clean).flat();

  const run = await rapport(
    ["check", "--profiles", "assets/sample-profiles.json", "--format", "json", ...many],
    {},
    (child) => child.stdout?.destroy(),
  );

  expect(run.status).toBe(0);
  expect(run.stderr.trim()).toBe("");
});
