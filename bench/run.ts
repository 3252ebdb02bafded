/**
 * `npm run bench [-- engine terms real-mail send-path cli complexity listen listen-complexity]`:
 * runs the benchmarks (all by default), prints a table per benchmark, and writes
 * bench/results.json. Running a subset replaces only those sections of an existing results.json;
 * each section carries its own timestamp. Missed targets are reported; those of an enforced
 * section (complexity, listen-complexity) also fail the run.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { resolve } from "node:path";

import { formatSection, memoryProbeMs, type Section } from "./harness";

const BENCHMARKS: Record<string, () => Promise<Section>> = {
  engine: async () => (await import("./engine")).runEngineBench(),
  terms: async () => (await import("./terms")).runTermsBench(),
  "real-mail": async () => (await import("./real-mail")).runRealMailBench(),
  "send-path": async () => (await import("./send-path")).runSendPathBench(),
  cli: async () => (await import("./cli")).runCliBench(),
  complexity: async () => (await import("./complexity")).runComplexityBench(),
  listen: async () => (await import("./listen")).runListenBench(),
  "listen-complexity": async () => (await import("./listen-complexity")).runListenComplexityBench(),
};

const RESULTS_PATH = resolve(__dirname, "results.json");

interface Results {
  machine: Record<string, string | number>;
  sections: (Section & { ranAt: string; seconds: number })[];
}

function machine(): Results["machine"] {
  const cores = cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: the figures still stand, just without a commit.
  }
  return {
    cpu: cores[0]?.model.trim() ?? "unknown",
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    commit,
    // Other work on the machine inflates wall times; the load average says how busy it was.
    loadAverage1mAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

function readPrevious(): Results | undefined {
  if (!existsSync(RESULTS_PATH)) return undefined;
  try {
    return JSON.parse(readFileSync(RESULTS_PATH, "utf8")) as Results;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark ${unknown.join(", ")}; choose from ${Object.keys(BENCHMARKS).join(", ")}.`,
    );
    process.exitCode = 2;
    return;
  }
  const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
  const info = machine();
  info.memoryProbeMsAtStart = Math.round(memoryProbeMs() * 100) / 100;
  console.log(
    `Rapport benchmarks on ${info.cpu} (${info.cores} cores), Node ${info.node}, commit ${info.commit}, load ${info.loadAverage1mAtStart}, memory probe ${info.memoryProbeMsAtStart} ms`,
  );

  const fresh: Results["sections"] = [];
  let failed = 0;
  for (const name of names) {
    const started = Date.now();
    try {
      const section = await BENCHMARKS[name]!();
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      fresh.push({ ...section, ranAt: new Date().toISOString(), seconds });
      console.log(formatSection(section));
      console.log(`(${name}: ${seconds} s)`);
    } catch (error) {
      failed++;
      console.error(`\n${name}: could not run: ${error instanceof Error ? error.stack : error}`);
    }
  }

  const previous = readPrevious();
  const kept = (previous?.sections ?? []).filter((s) => !fresh.some((f) => f.id === s.id));
  const order = Object.keys(BENCHMARKS);
  const sections = [...kept, ...fresh].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  info.loadAverage1mAtEnd = Math.round(loadavg()[0]! * 100) / 100;
  info.memoryProbeMsAtEnd = Math.round(memoryProbeMs() * 100) / 100;
  console.log(`memory probe at the end: ${info.memoryProbeMsAtEnd} ms`);
  const results: Results = { machine: info, sections };
  writeFileSync(RESULTS_PATH, JSON.stringify(results, null, 2) + "\n");

  const missed = fresh.flatMap((s) =>
    s.targets.filter((t) => !t.pass).map((t) => `${s.id}: ${t.name}`),
  );
  console.log(`\nWrote ${RESULTS_PATH}`);
  console.log(
    missed.length === 0 ? "All targets met." : `Targets missed:\n  ${missed.join("\n  ")}`,
  );
  // Missed targets are information, not a crash, except where a section enforces them (a
  // super-linear cost is a bug); a benchmark that could not run is an error.
  const broken = fresh.filter((s) => s.enforced && s.targets.some((t) => !t.pass));
  if (failed > 0 || broken.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
