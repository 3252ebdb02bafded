/**
 * Trains listening's second opinion (scripts/learn/listen-gate-reader.ts): logistic regression on
 * the hashed gate features of every change the rule engine suggests in the corpus's sets, each
 * labelled right or wrong by the corpus's own scorer (scripts/corpus/score-listen.ts) against the
 * set's expect.json. Deterministic: a fixed seed, order, learning rate, epochs and L2; re-running
 * it on the same cache writes the same file byte for byte.
 *
 *   npx tsx scripts/learn/listen-gate-cache.ts /tmp/listen-gate-cache.json   (the engine's output)
 *   npx tsx scripts/learn/listen-gate.ts /tmp/listen-gate-cache.json [MORE]  (writes the weights)
 *
 * MORE: further caches to learn from (the first-sight output, listen-gate-cache.ts --first-sight).
 * For exploring with the LOSO harness only (the shipped file uses the defaults): GATE_BITS,
 * GATE_EPOCHS, GATE_RATE, GATE_L2, GATE_KEEP (feature prefixes kept), GATE_NB (naive Bayes, its
 * smoothing), GATE_UNBALANCED.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { scoreListen, type HeardSuggestion } from "../corpus/score-listen";
import { bucket } from "../../src/core/checks/second-opinion";
import type { GateModel } from "./listen-gate-reader";
import type { CachedCase, CachedSet, CachedSuggestion } from "./listen-gate-cache";

export const BITS = Number(process.env.GATE_BITS ?? 13);
export const THRESHOLD = 0.2;
const EPOCHS = Number(process.env.GATE_EPOCHS ?? 20);
const RATE = Number(process.env.GATE_RATE ?? 0.002);
const L2 = Number(process.env.GATE_L2 ?? 1e-4);
const KEEP = process.env.GATE_KEEP?.split(",");
/**
 * Wrongs are one change in twenty: each weighs as much as all the rights together (balanced
 * classes), so that the score is near 0.5 where the evidence is even and the thresholds between
 * 0.05 and 0.5 mean something.
 */
const BALANCED = process.env.GATE_UNBALANCED === undefined;
const OUT = "scripts/learn/listen-gate-weights.ts";

export const kept = (features: readonly string[]) =>
  features.filter((f) => !KEEP || KEEP.some((k) => f.startsWith(k)));

export interface Example {
  buckets: number[];
  right: boolean;
}

/** Each change of a case, right or wrong as the corpus scores it; confirmations are not gated. */
export function labelled(c: CachedCase): { s: CachedSuggestion; right: boolean }[] {
  const runs = [
    {
      case: c.case,
      suggestions: c.suggestions as HeardSuggestion[],
      ...(c.error ? { error: c.error } : {}),
    },
  ];
  const wrong = new Set(scoreListen(runs).wrong.map((w) => w.suggestion));
  return c.suggestions
    .filter((s) => !s.alreadyKnown)
    .map((s) => ({ s, right: !wrong.has(s as HeardSuggestion) }));
}

export function examplesOf(sets: readonly CachedSet[], bits = BITS): Example[] {
  return sets.flatMap((set) =>
    set.cases.flatMap((c) =>
      labelled(c).map(({ s, right }) => ({
        buckets: [...new Set(kept(s.features).map((f) => bucket(f, bits)))].sort((a, b) => a - b),
        right,
      })),
    ),
  );
}

/** Plain SGD on the log loss, a seeded shuffle each epoch; weights quantised to signed bytes. */
export function train(
  examples: readonly Example[],
  bits = BITS,
): GateModel & { bytes: Int8Array; scale: number } {
  const w = new Float64Array(1 << bits);
  let bias = 0;
  if (process.env.GATE_NB !== undefined) {
    // Naive Bayes (balanced priors): each bucket's log ratio of its smoothed rates among rights and wrongs.
    const alpha = Number(process.env.GATE_NB || 1);
    const r = new Float64Array(1 << bits);
    const x = new Float64Array(1 << bits);
    let nr = 0;
    let nw = 0;
    for (const e of examples) {
      if (e.right) nr++;
      else nw++;
      const counts = e.right ? r : x;
      for (const b of e.buckets) counts[b] = counts[b]! + 1;
    }
    for (let b = 0; b < w.length; b++)
      w[b] =
        Math.log((r[b]! + alpha) / (nr + 2 * alpha)) - Math.log((x[b]! + alpha) / (nw + 2 * alpha));
    return finish(w, 0, bits);
  }
  let seed = 35;
  const order = examples.map((_, i) => i);
  const wrongs = examples.filter((x) => !x.right).length;
  const wrongWeight = BALANCED && wrongs > 0 ? (examples.length - wrongs) / wrongs : 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = examples[k]!;
      let z = bias;
      for (const b of x.buckets) z += w[b]!;
      const g = (1 / (1 + Math.exp(-z)) - (x.right ? 1 : 0)) * (x.right ? 1 : wrongWeight);
      bias -= RATE * g;
      for (const b of x.buckets) w[b] = w[b]! - RATE * (g + L2 * w[b]!);
    }
  }
  return finish(w, bias, bits);
}

function finish(
  w: Float64Array,
  bias: number,
  bits: number,
): GateModel & { bytes: Int8Array; scale: number } {
  const max = w.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  const scale = Number((max / 127).toPrecision(4));
  const bytes = Int8Array.from(w, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
  return {
    bits,
    bias: Number(bias.toFixed(4)),
    weights: Float32Array.from(bytes, (v) => v * scale),
    threshold: THRESHOLD,
    bytes,
    scale,
  };
}

async function main(): Promise<void> {
  const caches = process.argv.slice(2);
  const sets = (caches.length > 0 ? caches : ["/tmp/listen-gate-cache.json"]).flatMap(
    (cache) => JSON.parse(readFileSync(cache, "utf8")) as CachedSet[],
  );
  const examples = examplesOf(sets);
  const model = train(examples);
  const base64 = Buffer.from(model.bytes.buffer).toString("base64");
  const lines = base64
    .match(/.{1,96}/g)!
    .map((l) => `  "${l}"`)
    .join(" +\n");
  const source = `// Generated by scripts/learn/listen-gate.ts from ${examples.length} labelled changes (${sets.length} sets' outputs): do not edit.
// Regenerate: npx tsx scripts/learn/listen-gate-cache.ts /tmp/listen-gate-cache.json &&
//   npx tsx scripts/learn/listen-gate.ts /tmp/listen-gate-cache.json
// Not imported by the product: measured leave-one-set-out, the gate removed at least as many
// right suggestions as wrong ones at every threshold (scripts/learn/listen-gate-loso.ts; docs/listen.md, A second opinion).
import { decodeWeights, type GateModel } from "./listen-gate-reader";

export const LISTEN_GATE: GateModel | undefined = {
  bits: ${model.bits},
  bias: ${model.bias},
  threshold: ${model.threshold},
  weights: decodeWeights(
${lines},
    ${model.scale},
    ${model.bits},
  ),
};
`;
  const options = (await resolveConfig(OUT)) ?? {};
  writeFileSync(OUT, await format(source, { ...options, filepath: OUT }));
}

if (require.main === module) void main();
