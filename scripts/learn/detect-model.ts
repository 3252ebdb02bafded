/**
 * What the second opinion's trainer and its LOSO harness share: the examples (each warning the
 * rules reported, its features as the product computes them, its scorer's label) and a plain,
 * deterministic logistic regression on hashed features (fixed order, fixed epochs, L2).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  bucket,
  COMPETITOR_KEEPS,
  gateFeatures,
  keptBy,
  sentenceAround,
  words,
  type GateTexts,
  type GateWeights,
} from "../../src/core/checks/second-opinion";
import type { Evidence } from "../../src/core/finding";
import type { DetectionScore, CaseRun } from "../corpus/score-detection";
import type { CachedCase, Label } from "./detect-cache";

/** Checks the gate may judge (name-spelling, billing-detail and billing-phrase stay ungated). */
/** The readable detection roots, with the product decisions each is scored under (dev only). */
export const READABLE_DETECTION_ROOTS: [string, string | undefined][] = [
  ["test/corpus/detection", "test/corpus/decisions.json"],
  ["/tmp/roots-openD/detection", undefined],
];

export const GATED = [
  "unwanted-channel",
  "competitor-mention",
  "avoided-topic",
  "entertainment-invite",
  "meeting-platform",
];

export interface Example {
  set: string;
  caseIndex: number;
  findingIndex: number;
  check: string;
  label: Label;
  buckets: number[];
  /** A feature the competitor table keeps on (COMPETITOR_KEEPS): scored as kept, whatever it scores. */
  kept?: boolean;
  /** This example's weight in training (real mail's rows may count less or more); 1 if unset. */
  weight?: number;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of an unexpected finding as a negative (0: left out of training). */
  unexpectedWeight: number;
  /** Weight of a false alarm (hard negative) against a right finding's 1. */
  alarmWeight: number;
  /** L1 shrinkage per update of a touched weight (truncated gradient: most weights end at 0). */
  l1: number;
  /** The largest quantised magnitude (127: a signed byte; 15 fits one base-36 digit). */
  levels: number;
  /** Quantised weights of at most this magnitude are dropped (the shipped table is sparse). */
  prune: number;
  /** The checks whose findings train the model. */
  checks: string[];
  /** Weight of a real-mail row (scripts/learn/detect-mail-cache.ts) against a blind set's 1. */
  mailWeight: number;
}

/**
 * Chosen under LOSO (docs/checks.md, "The second opinion"): unexpected findings left out of
 * training (weighted 0.5 they cost more rights than they saved), a false alarm weighted 3 (they
 * are few), L2 1e-3 (1e-4 removed a few more rights for no more wrongs), 2^13 buckets (2^12
 * removed more rights).
 */
export const DEFAULTS: TrainOptions = {
  bits: 13,
  epochs: 30,
  rate: 0.1,
  l2: 1e-3,
  unexpectedWeight: 0,
  alarmWeight: 3,
  l1: 0,
  levels: 7,
  prune: 0,
  checks: GATED,
  mailWeight: 1,
};

/** Every cached set, by name, in name order. */
export async function readCache(dir: string): Promise<Map<string, CachedCase[]>> {
  const sets = new Map<string, CachedCase[]>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
    sets.set(
      file.slice(0, -5),
      JSON.parse(await readFile(join(dir, file), "utf8")) as CachedCase[],
    );
  }
  return sets;
}

/** Whether the gate judges this finding at all (a gated check's warning pointing into text). */
export function judged(finding: CachedCase["run"]["findings"][number]): boolean {
  return (
    GATED.includes(finding.check) &&
    finding.severity === "warning" &&
    finding.evidence !== undefined &&
    finding.evidence.field !== "recipient"
  );
}

/** Words that follow a clause's subject: "Apple isn't…", "IBM has…", "Sun announced…". */
const AFTER_SUBJECT = new Set(
  (
    "is was are were has have had does did will would can could should may might isn't wasn't " +
    "aren't doesn't didn't won't can't says said announced released makes made sells sold " +
    "bought ships shipped uses used offers also still just"
  ).split(" "),
);

/**
 * Round 36's tried and not shipped cues (scripts/learn/detect-gate-loso.ts --subject-cues): the
 * evidence as a clause's subject ("Apple isn't…") or a possessive ("Sun's marketing"), and in
 * capitals ("IBM"). Kept here, outside the product's reader, so the curve can be re-run.
 */
export function subjectCues(check: string, evidence: Evidence, texts: GateTexts): string[] {
  const text =
    evidence.field === "subject"
      ? texts.subject
      : evidence.field === "body"
        ? texts.body
        : evidence.field === "location"
          ? texts.location
          : undefined;
  if (text === undefined || evidence.end > text.length || evidence.start < 0) return [];
  const out: string[] = [];
  const inside = words(text, evidence.start, evidence.end);
  const lastWord = inside[inside.length - 1]?.w ?? "";
  if (lastWord.endsWith("'s") || lastWord.endsWith("s'")) out.push(`eposs|${check}`);
  const [, to] = sentenceAround(text, evidence.start, evidence.end);
  const after = words(text, evidence.end, to)[0]?.w;
  if (after !== undefined && AFTER_SUBJECT.has(after)) out.push(`esubj|${check}`);
  const ev = text.slice(evidence.start, evidence.end);
  if (ev.length >= 2 && ev.toUpperCase() === ev && ev.toLowerCase() !== ev)
    out.push(`allcaps|${check}`);
  return out;
}

export function examplesOf(
  set: string,
  cases: CachedCase[],
  bits: number,
  checks: readonly string[] = GATED,
  weight = 1,
  extra?: (check: string, evidence: Evidence, texts: GateTexts) => string[],
): Example[] {
  const out: Example[] = [];
  cases.forEach(({ run, labels }, caseIndex) => {
    const f = run.fields;
    const texts = {
      subject: f?.subject ?? "",
      location: f?.location ?? "",
      body: f?.body ?? "",
      attachments: f?.attachments ?? [],
    };
    run.findings.forEach((finding, findingIndex) => {
      if (!judged(finding) || !checks.includes(finding.check)) return;
      const features = gateFeatures(finding.check, finding.evidence as never, texts);
      if (extra) features.push(...extra(finding.check, finding.evidence as never, texts));
      out.push({
        set,
        caseIndex,
        findingIndex,
        check: finding.check,
        label: labels[findingIndex]!,
        buckets: [...new Set(features.map((x) => bucket(x, bits)))],
        ...(keptBy(features, COMPETITOR_KEEPS) ? { kept: true } : {}),
        ...(weight === 1 ? {} : { weight }),
      });
    });
  });
  return out;
}

/** Logistic regression by stochastic gradient descent in the examples' fixed order. */
export function train(examples: readonly Example[], o: TrainOptions): Float64Array {
  const w = new Float64Array(1 << o.bits);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch * 0.2);
    for (const ex of examples) {
      const weight =
        (ex.label === "right" ? 1 : ex.label === "alarm" ? o.alarmWeight : o.unexpectedWeight) *
        (ex.weight ?? 1);
      if (weight === 0 || ex.label === "unjudged") continue;
      const y = ex.label === "right" ? 1 : 0;
      let z = 0;
      for (const b of ex.buckets) z += w[b]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * weight;
      for (const b of ex.buckets) {
        const x = w[b]! - rate * (g + o.l2 * w[b]!);
        const shrink = rate * o.l1;
        w[b] = x > shrink ? x - shrink : x < -shrink ? x + shrink : 0;
      }
    }
  }
  return w;
}

/** The weights as signed bytes with one scale (what the product ships). */
export function quantise(
  w: Float64Array,
  bits: number,
  thresholds: Record<string, number>,
  prune = 0,
  levels = 127,
): GateWeights {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  // Six significant digits: the generated module writes the scale so.
  const scale = max === 0 ? 1 : Number((max / levels).toPrecision(6));
  const bytes = new Int8Array(w.length);
  w.forEach((x, i) => {
    const q = Math.round(x / scale);
    bytes[i] = Math.abs(q) > prune ? q : 0;
  });
  return { bits, scale, weights: bytes, thresholds };
}

/** The weights as digitWeights reads them: one hex digit per bucket, the weight plus 7. */
export function weightDigits(weights: Int8Array): string {
  return Array.from(weights, (w) => {
    if (w < -7 || w > 7) throw new Error(`weight ${w} outside -7…7`);
    return (w + 7).toString(16);
  }).join("");
}

/** Each finding of a run labelled by the corpus scorer's verdicts (same order as run.findings). */
export function labelsOf(run: CaseRun, score: DetectionScore): Label[] {
  const alarms = new Set(score.falseAlarms.map((f) => f.finding));
  const unexpected = new Set(score.unexpected.map((f) => f.finding));
  return run.findings.map((finding): Label =>
    alarms.has(finding)
      ? "alarm"
      : unexpected.has(finding)
        ? "unexpected"
        : finding.check === "no-profile"
          ? "unjudged"
          : "right",
  );
}
