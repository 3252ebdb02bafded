/**
 * Today's engine as shipped (second opinion on) on every readable detection set, cached once as
 * CaseRun[] per set with each finding's scorer label, for the false-alarm review
 * (scripts/learn/detect-neg.ts) and for measuring a guard on today's output without re-running.
 * `npx tsx scripts/learn/detect-neg-cache.ts [OUT]` (default /tmp/dn38/today).
 * Sets: dev test/corpus/detection (its decisions applied) and the opened /tmp/roots-openD.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHECK_IDS, loadDetectionDrafts, runLoaded } from "../corpus/run-detection";
import { scoreDetection } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { labelsOf, READABLE_DETECTION_ROOTS } from "./detect-model";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/dn38/today";
  await mkdir(out, { recursive: true });
  for (const [root, decisions] of READABLE_DETECTION_ROOTS) {
    const runs = (await loadDetectionDrafts(root, decisions)).map((item) => runLoaded(item));
    const score = scoreDetection(runs, CHECK_IDS);
    const bySet = new Map<string, CachedCase[]>();
    for (const run of runs) {
      const list = bySet.get(run.case.set) ?? [];
      list.push({ run, labels: labelsOf(run, score) });
      bySet.set(run.case.set, list);
    }
    for (const [set, cases] of bySet) {
      await writeFile(join(out, `${set}.json`), JSON.stringify(cases));
      process.stdout.write(`${set}: ${cases.length} cases\n`);
    }
  }
}

void main();
