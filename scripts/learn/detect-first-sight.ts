/**
 * First-sight output, labelled: the findings of main as it stood before each held-out set was
 * archived (never fitted to it), run on that set alone and dumped as CaseRun[] JSON per set
 * (<IN>/<set>.runs.json), re-scored here with today's scorer into the cache's format.
 * Each case is read afresh from today's files (the dev sets with their decisions), so an old
 * reader's view of an expect file never labels a finding.
 * `npx tsx scripts/learn/detect-first-sight.ts IN OUT` (scripts/learn/detect-first-sight.sh).
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHECK_IDS, loadDetectionCorpus } from "../corpus/run-detection";
import { applyDecisions, readDecisions } from "../corpus/decisions";
import type { DetectionCase } from "../corpus/cases";
import { scoreDetection, type CaseRun } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { labelsOf, READABLE_DETECTION_ROOTS } from "./detect-model";

async function main(): Promise<void> {
  const [input, out] = process.argv.slice(2) as [string, string];
  await mkdir(out, { recursive: true });
  const today = new Map<string, DetectionCase>();
  for (const [root, decisions] of READABLE_DETECTION_ROOTS) {
    const cases = (await loadDetectionCorpus(root)).flatMap((set) => set.cases);
    if (decisions)
      applyDecisions(cases, await readDecisions(decisions, new Set(CHECK_IDS)), decisions);
    for (const c of cases) today.set(c.id, c);
  }
  for (const file of (await readdir(input)).filter((f) => f.endsWith(".runs.json")).sort()) {
    const runs = (JSON.parse(await readFile(join(input, file), "utf8")) as CaseRun[]).map(
      (run) => ({ ...run, case: today.get(run.case.id) ?? run.case }),
    );
    const score = scoreDetection(runs, CHECK_IDS);
    const cases: CachedCase[] = runs.map((run) => ({ run, labels: labelsOf(run, score) }));
    await writeFile(join(out, file.replace(".runs.json", ".json")), JSON.stringify(cases));
  }
}

void main();
