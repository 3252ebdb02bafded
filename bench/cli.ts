/**
 * The `rapport` command as a user runs it: how long the compiled binary takes to start
 * (`--help`), what npx adds on top, and `rapport check` of the 18 example drafts against a
 * loopback Graph stand-in 80 ms away, counting Graph requests (one pooled lookup for the run).
 * Wall time of whole processes, best of three rounds (the machine is shared).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { GraphStandIn } from "../test/helpers/graph-stand-in";
import { profileColumnDefinitions, profileToNewItemFields } from "../src/profiles/list-mapping";
import { parseProfiles } from "../src/core/profile";
import { BEST_OF_ROUNDS, ms, summarise, target, type Section, type Stats } from "./harness";
import { readFileSync } from "node:fs";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "rapport.cjs");
const STARTUP_SAMPLES = 15;
const NPX_SAMPLES = 5;
const CHECK_SAMPLES = 5;
const STARTUP_TARGET_MS = 500;
const GRAPH_RTT_MS = Number(process.env.BENCH_GRAPH_RTT_MS ?? 80);

function timeRun(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return elapsed;
}

/** Async spawn, for runs against the in-process stand-in (spawnSync would block it). */
async function timeRunAsync(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { spawn } = await import("node:child_process");
  const started = performance.now();
  const status = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("close", (code) => {
      if (code !== 0 && code !== 1) console.error(stderr);
      done(code);
    });
  });
  if (status !== 0 && status !== 1) throw new Error(`rapport check exited ${status}`);
  return performance.now() - started;
}

function best(rounds: Stats[]): Stats {
  return [...rounds].sort((a, b) => a.medianMs - b.medianMs)[0]!;
}

export async function runCliBench(): Promise<Section> {
  const startup: Stats[] = [];
  const npx: Stats[] = [];
  for (let round = 0; round < BEST_OF_ROUNDS; round++) {
    timeRun(process.execPath, [BIN, "--help"]); // warm the file cache
    startup.push(
      summarise(
        "rapport --help",
        Array.from({ length: STARTUP_SAMPLES }, () => timeRun(process.execPath, [BIN, "--help"])),
      ),
    );
  }
  npx.push(
    summarise(
      "npx rapport --help",
      Array.from({ length: NPX_SAMPLES }, () =>
        timeRun("npx", ["--no-install", "rapport", "--help"]),
      ),
    ),
  );
  const node = summarise(
    "node -e 0",
    Array.from({ length: STARTUP_SAMPLES }, () => timeRun(process.execPath, ["-e", "0"])),
  );

  const drafts = readdirSync(join(ROOT, "examples", "drafts"))
    .filter((f) => f.endsWith(".eml"))
    .map((f) => join("examples", "drafts", f));
  const standIn = new GraphStandIn({ latencyMs: GRAPH_RTT_MS });
  await standIn.start();
  let checkStats: Stats;
  let requests = 0;
  try {
    const list = standIn.createList("Client Profiles", profileColumnDefinitions());
    const samples = parseProfiles(
      JSON.parse(readFileSync(join(ROOT, "assets", "sample-profiles.json"), "utf8")),
    ).profiles;
    for (const profile of samples) standIn.addItem(list, profileToNewItemFields(profile));
    const args = [
      "check",
      "--site",
      standIn.siteUrl,
      "--graph-base-url",
      standIn.baseUrl,
      "--format",
      "json",
      ...drafts,
    ];
    const env = { RAPPORT_GRAPH_TOKEN: standIn.token };
    await timeRunAsync(args, env);
    const times: number[] = [];
    for (let i = 0; i < CHECK_SAMPLES; i++) {
      standIn.clearLog();
      times.push(await timeRunAsync(args, env));
      requests = Math.max(requests, standIn.requestCount);
    }
    checkStats = summarise("check --site", times);
  } finally {
    await standIn.stop();
  }

  const startupBest = best(startup);
  return {
    id: "cli",
    title: `The rapport command: compiled start-up, and check of ${drafts.length} drafts against Graph ${GRAPH_RTT_MS} ms away`,
    rows: [
      {
        what: "node bin/rapport.cjs --help (what `rapport` runs)",
        samples: startupBest.samples,
        "median ms": ms(startupBest.medianMs),
        "p95 ms": ms(startupBest.p95Ms),
      },
      {
        what: "npx --no-install rapport --help (npm's launcher included)",
        samples: npx[0]!.samples,
        "median ms": ms(npx[0]!.medianMs),
        "p95 ms": ms(npx[0]!.p95Ms),
      },
      {
        what: "node -e 0 (Node itself)",
        samples: node.samples,
        "median ms": ms(node.medianMs),
        "p95 ms": ms(node.p95Ms),
      },
      {
        what: `rapport check --site … ${drafts.length} example drafts (Graph requests: ${requests})`,
        samples: checkStats.samples,
        "median ms": ms(checkStats.medianMs),
        "p95 ms": ms(checkStats.p95Ms),
      },
    ],
    targets: [
      target(
        "rapport --help start-up, median",
        startupBest.medianMs,
        "below",
        STARTUP_TARGET_MS,
        "ms",
      ),
      target(
        `check of ${drafts.length} example drafts: Graph requests`,
        requests,
        "below",
        4,
        "requests",
      ),
    ],
    notes: [
      "wall time of whole processes (spawn, Node start, module loading, work, exit), best of three rounds for start-up",
      "the command is compiled JavaScript (build/cli/rapport.cjs, built by `npm ci` through the prepare script); the MIME parser, the engine, the Graph client and MSAL load only when a command needs them",
      `check: every draft's recipients in one lookup; the stand-in adds ${GRAPH_RTT_MS} ms before each answer`,
    ],
  };
}
