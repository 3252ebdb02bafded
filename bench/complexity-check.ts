/**
 * `npm run bench:complexity`: the complexity sections of `npm run bench` (the engine's and
 * listening's) on their own, for CI (a few minutes on 2 cores). Prints their tables; exits 1 when
 * a generator's cost grows faster than the text (bounds explained in bench/complexity.ts and
 * bench/listen-complexity.ts), or when it could not run. Writes nothing.
 */
import { runComplexityBench } from "./complexity";
import { runListenComplexityBench } from "./listen-complexity";
import { formatSection } from "./harness";

async function main(): Promise<void> {
  const started = Date.now();
  const sections = [await runComplexityBench(), await runListenComplexityBench()];
  for (const section of sections) console.log(formatSection(section));
  const missed = sections.flatMap((section) => section.targets.filter((t) => !t.pass));
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
