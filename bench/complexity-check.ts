/**
 * `npm run bench:complexity`: the complexity section of `npm run bench` on its own, for CI
 * (about a minute on 2 cores). Prints its table; exits 1 when a generator's cost grows faster
 * than the draft (bounds explained in bench/complexity.ts), or when it could not run. Writes
 * nothing.
 */
import { runComplexityBench } from "./complexity";
import { formatSection } from "./harness";

async function main(): Promise<void> {
  const started = Date.now();
  const section = await runComplexityBench();
  console.log(formatSection(section));
  const missed = section.targets.filter((t) => !t.pass);
  console.log(`(complexity: ${Math.round((Date.now() - started) / 100) / 10} s)`);
  if (missed.length > 0) {
    console.error(`\nSuper-linear cost:\n  ${missed.map((t) => t.name).join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log("Every generator stays linear.");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
