/**
 * One side of the same-moment A/B (bench/ab.sh): the engine bench's 100 KB body with 1 and 10
 * recipients, interleaved in one process, CPU per evaluate() (process.cpuUsage). Prints one JSON
 * line: the CPU medians of the blocks at each size.
 *
 *   node bench/.ab-<side>.cjs [blocks] [calls per block]
 */
import { evaluate } from "../src/core/engine";
import { audience, businessHtml, draftFor } from "./fixtures";

const blocks = Number(process.argv[2] ?? 12);
const perBlock = Number(process.argv[3] ?? 6);
const html = businessHtml(100_000, 100_000);
const cases = [1, 10].map((count) => {
  const { recipients, effective } = audience(count);
  const draft = draftFor(recipients, html);
  return { count, run: () => evaluate(draft, effective), times: [] as number[] };
});
for (let i = 0; i < 30; i++) for (const c of cases) c.run();
for (let b = 0; b < blocks; b++) {
  for (const c of cases) {
    const start = process.cpuUsage();
    for (let i = 0; i < perBlock; i++) c.run();
    const used = process.cpuUsage(start);
    c.times.push((used.user + used.system) / 1000 / perBlock);
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
console.log(
  JSON.stringify(
    Object.fromEntries(cases.map((c) => [`r${c.count}`, +median(c.times).toFixed(2)])),
  ),
);
