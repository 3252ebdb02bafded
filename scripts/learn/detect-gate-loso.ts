/**
 * Leave-one-set-out for the second opinion: for each set, train on every other set, score its
 * warnings with the quantised weights, then re-score the set with the corpus scorer at each
 * threshold. Prints the trade curve (all sets, and the held-out h* sets only), per check.
 * Needs the cache: `npx tsx scripts/learn/detect-cache.ts` first, then
 * `npx tsx scripts/learn/detect-gate-loso.ts [CACHE] [--unexpected W] [--alarm W] [--bits B]`.
 * Round 36's curves: `--first /tmp/learn-detect-first,/tmp/learn-detect-first-dev --mail
 * /tmp/learn-detect-mail` (scripts/learn/detect-mail-cache.ts), with `--no-train-mail` for round
 * 35's training, `--mail-weight W`, `--mail-checks a,b`, `--subject-cues`, `--mail-low T`.
 */
import { CHECK_IDS } from "../corpus/run-detection";
import { rate, scoreDetection, type CaseRun } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import {
  DEFAULTS,
  GATED,
  examplesOf,
  quantise,
  readCache,
  subjectCues,
  train,
  type Example,
  type TrainOptions,
} from "./detect-model";

const THRESHOLDS = [0, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/**
 * --keeps: a finding with a feature of COMPETITOR_KEEPS (a citation of the rival, or a negation
 * just before it) is kept, as the competitor table does.
 */
const KEEPS = process.argv.includes("--keeps");

/**
 * Each judged finding's LOSO score, keyed "source|set|case|finding": for each set, the model is
 * trained on every source's examples of the other sets (today's output, and first-sight output
 * when given), then scores that set's findings in every source.
 */
export function losoScores(
  sources: readonly Map<string, CachedCase[]>[],
  o: TrainOptions,
  trainOn: readonly boolean[] = sources.map(() => true),
  weights: readonly number[] = sources.map(() => 1),
  /** Per source, the checks whose rows train (others are scored, not trained on). */
  trainChecks: readonly (readonly string[] | undefined)[] = [],
): Map<string, number> {
  const bySource = sources.map(
    (sets, source) =>
      new Map(
        [...sets].map(([name, cases]) => [
          name,
          examplesOf(
            name,
            cases,
            o.bits,
            o.checks,
            weights[source] ?? 1,
            process.argv.includes("--subject-cues") ? subjectCues : undefined,
          ).map((ex) =>
            trainChecks[source] && !trainChecks[source].includes(ex.check)
              ? { ...ex, weight: 0 }
              : ex,
          ),
        ]),
      ),
  );
  const names = [...new Set(sources.flatMap((sets) => [...sets.keys()]))].sort();
  const scores = new Map<string, number>();
  for (const held of names) {
    const rest: Example[] = bySource.flatMap((sets, source) =>
      !trainOn[source] ? [] : [...sets].filter(([name]) => name !== held).flatMap(([, ex]) => ex),
    );
    const table = quantise(train(rest, o), o.bits, {}, o.prune, o.levels);
    bySource.forEach((sets, source) => {
      for (const ex of sets.get(held) ?? []) {
        let z = 0;
        for (const b of ex.buckets) z += table.weights[b]! * table.scale;
        scores.set(
          `${source}|${ex.set}|${ex.caseIndex}|${ex.findingIndex}`,
          KEEPS && ex.kept ? 1 : 1 / (1 + Math.exp(-z)),
        );
      }
    });
  }
  return scores;
}

interface Row {
  threshold: number;
  removed: Record<string, { right: number; alarm: number; unexpected: number }>;
  caught: number;
  expected: number;
  clean: number;
  negatives: number;
  unexpected: number;
  perCheck: Record<string, { caught: number; clean: number; unexpected: number }>;
}

function curve(
  sets: Map<string, CachedCase[]>,
  source: number,
  scores: Map<string, number>,
  only: (set: string) => boolean,
  gated: readonly string[],
): Row[] {
  return THRESHOLDS.map((threshold) => {
    const removed: Row["removed"] = {};
    const runs: CaseRun[] = [];
    for (const [set, cases] of sets) {
      if (!only(set)) continue;
      cases.forEach(({ run, labels }, ci) => {
        const findings = run.findings.filter((finding, fi) => {
          const s = scores.get(`${source}|${set}|${ci}|${fi}`);
          if (s === undefined || !gated.includes(finding.check) || !(s < threshold)) return true;
          const r = (removed[finding.check] ??= { right: 0, alarm: 0, unexpected: 0 });
          const label = labels[fi]!;
          if (label === "right" || label === "alarm" || label === "unexpected") r[label]++;
          return false;
        });
        runs.push({ ...run, findings });
      });
    }
    const score = scoreDetection(runs, CHECK_IDS);
    const perCheck: Row["perCheck"] = {};
    for (const [id, f] of Object.entries(score.perCheck))
      perCheck[id] = { caught: f.caught, clean: f.clean, unexpected: f.unexpected };
    return { threshold, removed, ...score.overall, perCheck };
  });
}

function pct(part: number, whole: number): string {
  return `${(100 * rate(part, whole)).toFixed(1)}%`;
}

function print(title: string, rows: Row[], gated: readonly string[]): void {
  const base = rows[0]!;
  process.stdout.write(
    `\n${title}: ${base.expected} expected, ${base.negatives} hard negatives, ${base.unexpected} unexpected (no gate)\n`,
  );
  process.stdout.write("thr   rights alarms unexp | recall  clean   unexp\n");
  for (const r of rows) {
    const sum = { right: 0, alarm: 0, unexpected: 0 };
    for (const v of Object.values(r.removed)) {
      sum.right += v.right;
      sum.alarm += v.alarm;
      sum.unexpected += v.unexpected;
    }
    process.stdout.write(
      `${r.threshold.toFixed(2)}  ${String(sum.right).padStart(5)} ${String(sum.alarm).padStart(6)} ${String(sum.unexpected).padStart(5)} | ${pct(r.caught, r.expected).padStart(6)} ${pct(r.clean, r.negatives).padStart(6)} ${String(r.unexpected).padStart(6)}\n`,
    );
  }
  for (const check of gated) {
    process.stdout.write(
      `  ${check}: removed right/alarm/unexpected (caught, clean) per threshold\n   `,
    );
    for (const r of rows) {
      const v = r.removed[check] ?? { right: 0, alarm: 0, unexpected: 0 };
      const p = r.perCheck[check]!;
      process.stdout.write(
        ` ${r.threshold.toFixed(2)}:${v.right}/${v.alarm}/${v.unexpected}(${p.caught},${p.clean})`,
      );
    }
    process.stdout.write("\n");
  }
}

async function main(): Promise<void> {
  const dir =
    process.argv[2] && !process.argv[2].startsWith("--")
      ? process.argv[2]
      : "/tmp/learn-detect-cache";
  const o: TrainOptions = {
    ...DEFAULTS,
    bits: option("--bits", DEFAULTS.bits),
    unexpectedWeight: option("--unexpected", DEFAULTS.unexpectedWeight),
    alarmWeight: option("--alarm", DEFAULTS.alarmWeight),
    epochs: option("--epochs", DEFAULTS.epochs),
    l2: option("--l2", DEFAULTS.l2),
    prune: option("--prune", DEFAULTS.prune),
    l1: option("--l1", DEFAULTS.l1),
    levels: option("--levels", DEFAULTS.levels),
    checks: trainChecksOf(),
    mailWeight: option("--mail-weight", DEFAULTS.mailWeight),
  };
  const sets = await readCache(dir);
  const firstAt = process.argv.indexOf("--first");
  // --first A,B: first-sight caches (held-out, dev), one source.
  let first: Map<string, CachedCase[]> | undefined;
  if (firstAt >= 0) {
    first = new Map();
    for (const d of process.argv[firstAt + 1]!.split(","))
      for (const [k, v] of await readCache(d)) first.set(k, v);
  }
  const trainFirst = !process.argv.includes("--no-train-first");
  // --mail DIR: real mail's two halves (scripts/learn/detect-mail-cache.ts), a source of its own.
  const mailAt = process.argv.indexOf("--mail");
  const mail = mailAt >= 0 ? await readCache(process.argv[mailAt + 1]!) : undefined;
  const trainMail = !process.argv.includes("--no-train-mail");
  const sources = [sets, first ?? new Map<string, CachedCase[]>(), ...(mail ? [mail] : [])];
  const scores = losoScores(
    sources,
    o,
    [true, trainFirst, trainMail],
    [1, 1, o.mailWeight],
    [undefined, undefined, listOption("--mail-checks")],
  );
  process.stdout.write(
    `options ${JSON.stringify(o)}; ${sets.size} sets${first ? `, first-sight output of ${first.size} (${trainFirst ? "trained on" : "not trained on"})` : ""}${mail ? `, real mail in ${mail.size} halves (${trainMail ? "trained on" : "not trained on"})` : ""}\n`,
  );
  const gated = gatedOf();
  const perSetAt = process.argv.indexOf("--per-set");
  if (perSetAt >= 0) perSet(sources, scores, Number(process.argv[perSetAt + 1]), gated);
  print(
    "LOSO, all sets",
    curve(sets, 0, scores, () => true, gated),
    gated,
  );
  print(
    "LOSO, held-out sets only",
    curve(sets, 0, scores, (s) => s.startsWith("h"), gated),
    gated,
  );
  if (first) {
    print(
      "LOSO, first-sight output, all sets",
      curve(first, 1, scores, () => true, gated),
      gated,
    );
    print(
      "LOSO, first-sight output of the held-out sets",
      curve(first, 1, scores, (s) => s.startsWith("h"), gated),
      gated,
    );
  }
  if (mail) printMail(mail, 2, scores, gated);
  // --mail-low T: each real-mail finding the held-out half's model scores below T, in context.
  const lowAt = process.argv.indexOf("--mail-low");
  if (mail && lowAt >= 0) {
    const below = Number(process.argv[lowAt + 1]);
    for (const [set, cases] of mail)
      cases.forEach(({ run, labels }, ci) =>
        run.findings.forEach((finding, fi) => {
          const s = scores.get(`2|${set}|${ci}|${fi}`);
          const e = finding.evidence;
          if (s === undefined || !(s < below) || !e || !gated.includes(finding.check)) return;
          const text = (run.fields as unknown as Record<string, string>)[e.field] ?? "";
          const context = text.slice(Math.max(0, e.start - 60), e.end + 60).replace(/\s+/g, " ");
          process.stdout.write(
            `  ${s.toFixed(3)} ${labels[fi]} ${finding.check} ${run.case.id}: ${context}\n`,
          );
        }),
      );
  }
}

/**
 * Real mail, each half scored by the model trained without it: per check and threshold, the true
 * findings and the known false ones removed, of how many.
 */
function printMail(
  mail: Map<string, CachedCase[]>,
  source: number,
  scores: Map<string, number>,
  gated: readonly string[],
): void {
  process.stdout.write(
    "\nReal mail, each half judged by a model trained without it: true/false findings removed\n",
  );
  for (const check of gated) {
    const total = { right: 0, alarm: 0 };
    const cells = THRESHOLDS.slice(1).map((threshold) => {
      const n = { right: 0, alarm: 0 };
      for (const [set, cases] of mail)
        cases.forEach(({ run, labels }, ci) =>
          run.findings.forEach((finding, fi) => {
            const label = labels[fi];
            if (finding.check !== check || (label !== "right" && label !== "alarm")) return;
            if (threshold === THRESHOLDS[1]) total[label]++;
            const s = scores.get(`${source}|${set}|${ci}|${fi}`);
            if (s !== undefined && s < threshold) n[label]++;
          }),
        );
      return ` ${threshold.toFixed(2)}:${n.right}/${n.alarm}`;
    });
    process.stdout.write(
      `  ${check} (${total.right} true, ${total.alarm} false):\n   ${cells.join("")}\n`,
    );
  }
}

/** Per set, at one threshold: rights, alarms and unexpected findings removed, for each source. */
function perSet(
  sources: readonly Map<string, CachedCase[]>[],
  scores: Map<string, number>,
  threshold: number,
  gated: readonly string[],
): void {
  process.stdout.write(
    `\nper set at ${threshold} (today's output | first-sight output): right/alarm/unexpected removed\n`,
  );
  const names = [...new Set(sources.flatMap((sets) => [...sets.keys()]))].sort();
  for (const name of names) {
    const cells = sources.map((sets, source) => {
      const n = { right: 0, alarm: 0, unexpected: 0 };
      (sets.get(name) ?? []).forEach(({ run, labels }, ci) =>
        run.findings.forEach((finding, fi) => {
          const s = scores.get(`${source}|${name}|${ci}|${fi}`);
          const label = labels[fi]!;
          if (
            s !== undefined &&
            s < threshold &&
            gated.includes(finding.check) &&
            label !== "unjudged"
          )
            n[label]++;
        }),
      );
      return sets.has(name) ? `${n.right}/${n.alarm}/${n.unexpected}` : "-";
    });
    process.stdout.write(`  ${name.padEnd(4)} ${cells.join(" | ")}\n`);
  }
}

function listOption(name: string): string[] | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]!.split(",") : undefined;
}

/** --train-checks a,b: train on these checks' findings only (default every check judged). */
function trainChecksOf(): string[] {
  const at = process.argv.indexOf("--train-checks");
  return at >= 0 ? process.argv[at + 1]!.split(",") : DEFAULTS.checks;
}

/** --checks a,b: gate only these (default every check the model judges). */
function gatedOf(): string[] {
  const at = process.argv.indexOf("--checks");
  return at >= 0 ? process.argv[at + 1]!.split(",") : GATED;
}

if (process.argv[1]?.endsWith("detect-gate-loso.ts")) void main();
