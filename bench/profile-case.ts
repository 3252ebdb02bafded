/**
 * The engine bench's 100 KB × 10 case in a loop, for a profiler or a quick same-process CPU time:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-case.ts [calls]
 *
 * Prints the CPU time per call (process.cpuUsage), median of ten blocks of calls.
 */
import { evaluate } from "../src/core/engine";
import { audience, businessHtml, draftFor } from "./fixtures";

const calls = Number(process.argv[2] ?? 500);
const { recipients, effective } = audience(10);
const draft = draftFor(recipients, businessHtml(100_000, 100_000));
for (let i = 0; i < 200; i++) evaluate(draft, effective);
const blocks: number[] = [];
const perBlock = Math.max(1, Math.round(calls / 10));
for (let b = 0; b < 10; b++) {
  const start = process.cpuUsage();
  for (let i = 0; i < perBlock; i++) evaluate(draft, effective);
  const used = process.cpuUsage(start);
  blocks.push((used.user + used.system) / 1000 / perBlock);
}
blocks.sort((a, b) => a - b);
console.log(
  `CPU per call: median ${blocks[5]!.toFixed(3)} ms (blocks ${blocks.map((x) => x.toFixed(2)).join(" ")})`,
);
