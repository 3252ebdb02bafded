/**
 * Leave-one-set-out measure of listening's second opinion: for each set, train on every other set
 * (scripts/learn/listen-gate.ts), gate the set's cached changes, and score all the gated sets with
 * the corpus's scorer. Prints, per threshold, the rights and wrongs removed and the resulting
 * precision and recall: over all sets, the opened held-out sets alone, and per field.
 *
 *   npx tsx scripts/learn/listen-gate-loso.ts [CACHE] [--fields] [--first-sight=CACHE2]
 *
 * --first-sight=CACHE2: the opened sets as the engine first saw them (listen-gate-cache.ts
 * --first-sight), gated by a model trained without the set: on today's output of the other sets
 * (the gate as it would ship), then on that and the other sets' first sight too; and today's output
 * gated by the latter.
 *
 * --apply=CACHE3: a root the model never saw (listen-gate-cache.ts --root), gated by the model
 * trained on every set of CACHE (and CACHE2 when given): the figure a sealed set would give.
 */
import { readFileSync } from "node:fs";
import {
  precision,
  recall,
  scoreListen,
  type HeardSuggestion,
  type ListenRun,
} from "../corpus/score-listen";
import { gateScore } from "./listen-gate-reader";
import { examplesOf, kept, labelled, train } from "./listen-gate";
import type { CachedSet, CachedSuggestion } from "./listen-gate-cache";

const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const NAME_FIELDS = ["fullName", "preferredName", "avoidNames"];

const cache =
  process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? "/tmp/listen-gate-cache.json";
const sets = JSON.parse(readFileSync(cache, "utf8")) as CachedSet[];
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");

// LOSO scores: each set's changes scored by the model trained without it.
const scores = new Map<CachedSuggestion, number>();
for (const held of sets) {
  const model = train(examplesOf(sets.filter((s) => s !== held)));
  for (const c of held.cases)
    for (const s of c.suggestions)
      if (!s.alreadyKnown) scores.set(s, gateScore(kept(s.features), model));
}

function figures(group: readonly CachedSet[], t: number, fields?: readonly string[]) {
  let rights = 0;
  let wrongs = 0;
  const runs: ListenRun[] = [];
  for (const set of group)
    for (const c of set.cases) {
      const labels = new Map(labelled(c).map((l) => [l.s, l.right]));
      const kept = c.suggestions.filter((s) => {
        const gone =
          !s.alreadyKnown && (only === undefined || only.includes(s.field)) && scores.get(s)! < t;
        if (gone && (!fields || fields.includes(s.field))) {
          if (labels.get(s)) rights++;
          else wrongs++;
        }
        return !gone;
      });
      runs.push({
        case: c.case,
        suggestions: kept as HeardSuggestion[],
        ...(c.error ? { error: c.error } : {}),
      });
    }
  const score = scoreListen(runs);
  const f = { expected: 0, caught: 0, suggested: 0, correct: 0, negatives: 0, clean: 0 };
  for (const [field, g] of Object.entries(score.perField))
    if (!fields || fields.includes(field))
      for (const k of Object.keys(f) as (keyof typeof f)[]) f[k] += g[k];
  return { rights, wrongs, f };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function curve(title: string, group: readonly CachedSet[], fields?: readonly string[]): void {
  console.log(`\n${title}`);
  console.log(" thr  rights-  wrongs-  suggested correct  precision  recall");
  for (const t of THRESHOLDS) {
    const { rights, wrongs, f } = figures(group, t, fields);
    console.log(
      `${t.toFixed(2)}  ${String(rights).padStart(6)}  ${String(wrongs).padStart(7)}  ${String(f.suggested).padStart(9)} ${String(f.correct).padStart(7)}  ${pct(precision(f))} %   ${pct(recall(f))} %`,
    );
  }
}

// The ranking's quality alone: how often a wrong scores below a right (AUC).
{
  const all = sets.flatMap((set) => set.cases.flatMap((c) => labelled(c)));
  const r = all.filter((l) => l.right).map((l) => scores.get(l.s)!);
  const w = all.filter((l) => !l.right).map((l) => scores.get(l.s)!);
  let below = 0;
  for (const x of w) for (const y of r) below += x < y ? 1 : x === y ? 0.5 : 0;
  console.log(
    `LOSO AUC ${(below / (r.length * w.length)).toFixed(3)} (${r.length} rights, ${w.length} wrongs gateable)`,
  );
}
curve("All 37 sets", sets);
curve(
  "Opened held-out sets only (lh9-lh32)",
  sets.filter((s) => s.heldOut),
);
curve("Name fields (fullName, preferredName, avoidNames), all sets", sets, NAME_FIELDS);
if (process.argv.includes("--fields")) {
  const fields = [
    ...new Set(sets.flatMap((s) => s.cases.flatMap((c) => c.suggestions.map((x) => x.field)))),
  ].sort();
  for (const field of fields) curve(`${field}, all sets`, sets, [field]);
}
if (process.argv.includes("--lowest")) {
  const all = sets.flatMap((set) =>
    set.cases.flatMap((c) => labelled(c).map((l) => ({ ...l, id: c.case.id }))),
  );
  all.sort((a, b) => scores.get(a.s)! - scores.get(b.s)!);
  console.log("\nLowest LOSO scores:");
  for (const l of all.slice(0, 40))
    console.log(
      `${scores.get(l.s)!.toFixed(3)} ${l.right ? "RIGHT" : "wrong"} ${l.id} ${l.s.field} ${l.s.op} "${l.s.value}" :: ${l.s.quote.slice(0, 90)}`,
    );
}

const firstSight = process.argv.find((a) => a.startsWith("--first-sight="))?.slice(14);
if (firstSight) {
  const early = JSON.parse(readFileSync(firstSight, "utf8")) as CachedSet[];
  const scoreWith = (held: CachedSet, training: readonly CachedSet[]) => {
    const model = train(examplesOf(training));
    for (const c of held.cases)
      for (const s of c.suggestions)
        if (!s.alreadyKnown) scores.set(s, gateScore(kept(s.features), model));
  };
  for (const held of early)
    scoreWith(
      held,
      sets.filter((s) => s.name !== held.name),
    );
  curve("First sight of the opened sets, gate trained on today's output of the other sets", early);
  curve("  the same, name fields", early, NAME_FIELDS);
  for (const held of early)
    scoreWith(held, [
      ...sets.filter((s) => s.name !== held.name),
      ...early.filter((s) => s !== held),
    ]);
  curve(
    "First sight of the opened sets, gate trained on today's and first-sight output of the others",
    early,
  );
  curve("  the same, name fields", early, NAME_FIELDS);
  for (const held of sets)
    scoreWith(held, [
      ...sets.filter((s) => s !== held),
      ...early.filter((s) => s.name !== held.name),
    ]);
  curve(
    "Today's output of all 37 sets, gate trained on today's and first-sight output of the others",
    sets,
  );
  curve(
    "  the same, opened held-out sets only",
    sets.filter((s) => s.heldOut),
  );
  curve("  the same, name fields", sets, NAME_FIELDS);
}

const applyTo = process.argv.find((a) => a.startsWith("--apply="))?.slice(8);
if (applyTo) {
  const unseen = JSON.parse(readFileSync(applyTo, "utf8")) as CachedSet[];
  const extra = firstSight ? (JSON.parse(readFileSync(firstSight, "utf8")) as CachedSet[]) : [];
  const model = train(examplesOf([...sets, ...extra]));
  for (const set of unseen)
    for (const c of set.cases)
      for (const s of c.suggestions)
        if (!s.alreadyKnown) scores.set(s, gateScore(kept(s.features), model));
  curve(
    `${applyTo}: gated by the model trained on all ${sets.length + extra.length} outputs`,
    unseen,
  );
  curve("  the same, name fields", unseen, NAME_FIELDS);
}
