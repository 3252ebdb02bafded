/**
 * How far gating could take the engine's 100 KB case: the same draft with every block of prose
 * that holds no trigger sentence (bench/fixtures.ts: a brand, a channel, a billing entry, a
 * platform) left out, beside the whole draft, and the reading every check needs whatever it
 * looks for (HTML to text, quoted history, the words). If each check ran its readers only where a
 * trigger of its own stands, the case would cost about what the trigger-only draft costs plus
 * reading the whole body once; the rest is what the checks now spend on prose that holds
 * nothing for them. Same process, alternate blocks (CPU medians), as bench/ab.sh.
 *
 *   npx esbuild bench/gating-floor.ts --bundle --platform=node --outfile=/tmp/floor.cjs
 *   node /tmp/floor.cjs [blocks=30]
 *
 * Prints each case's CPU median and the findings of each draft (the trigger-only draft should
 * give the whole draft's findings, or the floor is not comparable), then per check its cost on
 * each draft (`evaluate` with that check alone, shared readings included).
 */
import { analyseDraft, withFreshMemo } from "../src/core/analysis";
import { CHECKS } from "../src/core/checks";
import { evaluate, evaluateWithDiagnostics } from "../src/core/engine";
import { forgetTextWords, textWords } from "../src/core/text/words";
import { NEUTRAL_SENTENCES, TRIGGER_SENTENCES, audience, businessHtml, draftFor } from "./fixtures";

const BLOCK_OPENINGS = [
  '<p class="MsoNormal"><span',
  '<ul style="margin',
  '<table class="MsoTableGrid"',
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The fixture's HTML with only the blocks of prose that hold a trigger sentence kept. */
function triggerBlocksOnly(html: string): string {
  const triggers = TRIGGER_SENTENCES.map(escapeHtml);
  return html
    .split("\n")
    .filter(
      (line) =>
        !BLOCK_OPENINGS.some((opening) => line.startsWith(opening)) ||
        triggers.some((t) => line.includes(t)),
    )
    .join("\n");
}

/** As triggerBlocksOnly, and within those blocks the sentences without a trigger left out. */
function triggerSentencesOnly(html: string): string {
  let out = triggerBlocksOnly(html);
  for (const neutral of NEUTRAL_SENTENCES) out = out.split(escapeHtml(neutral)).join("");
  return out;
}

const blocks = Number(process.argv[2] ?? 30);
const PER_BLOCK = 5;
const a10 = audience(10);
const a1 = audience(1);
const whole = businessHtml(100_000, 100_000);
const variants = [
  { label: "whole draft", html: whole },
  { label: "trigger blocks only", html: triggerBlocksOnly(whole) },
  { label: "trigger sentences only", html: triggerSentencesOnly(whole) },
].map(({ label, html }) => ({
  label,
  html,
  d10: draftFor(a10.recipients, html),
  d1: draftFor(a1.recipients, html),
}));

function timeAll(cases: [string, () => unknown][]): Map<string, number> {
  for (const [, run] of cases) for (let i = 0; i < 20; i++) run();
  const samples = cases.map((): number[] => []);
  for (let b = 0; b < blocks; b++) {
    cases.forEach(([, run], k) => {
      const start = process.cpuUsage();
      for (let i = 0; i < PER_BLOCK; i++) run();
      const used = process.cpuUsage(start);
      samples[k]!.push((used.user + used.system) / 1000 / PER_BLOCK);
    });
  }
  return new Map(
    cases.map(([label], k) => {
      const sorted = samples[k]!.sort((x, y) => x - y);
      return [label, sorted[Math.floor(sorted.length / 2)]!];
    }),
  );
}

const cases: [string, () => unknown][] = [];
for (const { label, d10, d1 } of variants) {
  cases.push([`${label}, 10 recipients`, () => evaluate(d10, a10.effective)]);
  cases.push([`${label}, 1 recipient`, () => evaluate(d1, a1.effective)]);
  // What every check needs whatever it looks for: the draft read, and its words.
  cases.push([
    `${label}, reading`,
    () => {
      forgetTextWords();
      return textWords(analyseDraft(d10).body.scan);
    },
  ]);
}
const main = timeAll(cases);
const reading = main.get("whole draft, reading")!;
for (const { label, html, d10, d1 } of variants) {
  const findings = `${evaluate(d10, a10.effective).length} / ${evaluate(d1, a1.effective).length}`;
  console.log(
    `${label}: ${html.length} characters of HTML, findings ${findings} (10 / 1 recipients)`,
  );
  for (const key of ["10 recipients", "1 recipient", "reading"]) {
    console.log(`  ${key.padEnd(14)} ${main.get(`${label}, ${key}`)!.toFixed(2)} ms`);
  }
  if (label === "whole draft") continue;
  // The checks on this draft's text, plus reading the whole draft once.
  const floor = (key: string) =>
    (main.get(`${label}, ${key}`)! - main.get(`${label}, reading`)! + reading).toFixed(2);
  console.log(`  gating floor   ${floor("10 recipients")} / ${floor("1 recipient")} ms (10 / 1)`);
}

// Each check alone, on the draft read beforehand (its words read afresh on each call).
const perCheck: [string, () => unknown][] = [];
for (const { label, d10 } of variants) {
  const base = analyseDraft(d10);
  for (const check of CHECKS) {
    perCheck.push([
      `${check.meta.id} ${label}`,
      () => {
        forgetTextWords();
        return evaluateWithDiagnostics(
          d10,
          a10.effective,
          {},
          {
            checks: [check],
            analysed: withFreshMemo(base),
          },
        );
      },
    ]);
  }
}
const byCheck = timeAll(perCheck);
console.log(`each check alone, 10 recipients (ms): ${variants.map((v) => v.label).join(" / ")}`);
for (const check of CHECKS) {
  const id = check.meta.id;
  const row = variants.map((v) => byCheck.get(`${id} ${v.label}`)!.toFixed(2)).join(" / ");
  console.log(`  ${id.padEnd(24)} ${row}`);
}
