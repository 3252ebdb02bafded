/**
 * Findings one cache of today's engine has and another lacks (scripts/learn/detect-neg-cache.ts
 * run before and after a guard), with their scorer labels and, for unexpected findings, the
 * judgement in detect-neg-judgements.json: what a guard removed (or added) on every readable set.
 *
 *   npx tsx scripts/learn/detect-neg-diff.ts BEFORE AFTER
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunFinding } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { sentenceOf } from "./detect-neg";

const judged = JSON.parse(
  readFileSync(join(__dirname, "detect-neg-judgements.json"), "utf8"),
) as Record<string, { verdict: string }>;

const keyOf = (id: string, f: RunFinding) =>
  `${id}|${f.check}|${f.recipient}|${f.evidence?.field ?? ""}:${f.evidence?.start ?? -1}`;

function read(dir: string): Map<string, { cc: CachedCase; i: number }> {
  const out = new Map<string, { cc: CachedCase; i: number }>();
  for (const file of readdirSync(dir).sort())
    for (const cc of JSON.parse(readFileSync(join(dir, file), "utf8")) as CachedCase[])
      cc.run.findings.forEach((f, i) => out.set(keyOf(cc.run.case.id, f), { cc, i }));
  return out;
}

const [beforeDir, afterDir] = process.argv.slice(2) as [string, string];
const before = read(beforeDir);
const after = read(afterDir);
const counts: Record<string, number> = {};
for (const [tag, a, b] of [
  ["removed", before, after],
  ["added", after, before],
] as const) {
  for (const [key, { cc, i }] of a) {
    if (b.has(key)) continue;
    const f = cc.run.findings[i]!;
    let label: string = cc.labels[i]!;
    if (label === "unexpected") label += `:${judged[key]?.verdict ?? "unjudged"}`;
    counts[`${tag} ${label}`] = (counts[`${tag} ${label}`] ?? 0) + 1;
    process.stdout.write(
      `${tag} ${label} ${key} "${f.evidence?.text ?? ""}" | ${sentenceOf(cc.run.fields, f).slice(0, 160)}\n`,
    );
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
