/**
 * Caches the rule engine's findings (second opinion off) on every set the learned gate may read,
 * each finding labelled by the corpus scorer: "right" (explains an expected finding), "alarm" (on
 * a hard negative), "unexpected" (neither) or "unjudged" (info findings nobody asked about). The
 * slow part of the learning loop, run once: `npx tsx scripts/learn/detect-cache.ts [OUT]`.
 * Sets: dev test/corpus/detection (its decisions applied) and the opened /tmp/roots-openD.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { CHECK_IDS, loadDetectionDrafts, scoredFields } from "../corpus/run-detection";
import { scoreDetection, type CaseRun } from "../corpus/score-detection";
import { labelsOf, READABLE_DETECTION_ROOTS } from "./detect-model";

/** One case as the engine judged it, and each finding's label (same order as run.findings). */
export interface CachedCase {
  run: CaseRun;
  labels: Label[];
}

export type Label = "right" | "alarm" | "unexpected" | "unjudged";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/learn-detect-cache";
  await mkdir(out, { recursive: true });
  for (const [root, decisions] of READABLE_DETECTION_ROOTS) {
    const loaded = await loadDetectionDrafts(root, decisions);
    const runs: CaseRun[] = loaded.map((item) => {
      if (!item.draft || !item.profiles) return { case: item.case, findings: [], error: "unread" };
      const { findings } = evaluateWithDiagnostics(
        item.draft,
        item.profiles,
        {},
        {
          secondOpinion: false,
        },
      );
      return { case: item.case, findings, fields: scoredFields(item.draft) };
    });
    const score = scoreDetection(runs, CHECK_IDS);
    const bySet = new Map<string, CachedCase[]>();
    for (const run of runs) {
      const labels = labelsOf(run, score);
      const list = bySet.get(run.case.set) ?? [];
      list.push({ run, labels });
      bySet.set(run.case.set, list);
    }
    for (const [set, cases] of bySet) {
      await writeFile(join(out, `${set}.json`), JSON.stringify(cases));
      process.stdout.write(`${set}: ${cases.length} cases\n`);
    }
  }
}

void main();
