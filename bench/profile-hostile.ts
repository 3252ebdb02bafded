/**
 * One hostile draft (bench/pathological.ts) at one size, for a profiler or a quick breakdown:
 * CPU time of the analysis and of each check (summed over recipients), and the longest single
 * check of one recipient (what the engine's deadline between checks cannot interrupt), best of
 * `runs`.
 *
 *   npx esbuild bench/profile-hostile.ts --bundle --platform=node --outfile=bench/.hostile.cjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/.hostile.cjs huge-term-lists 1000000 3
 *
 * Prints nothing of the draft's text.
 */
import { analyseDraft } from "../src/core/analysis";
import { CHECKS, type Check } from "../src/core/checks";
import { evaluateWithDiagnostics } from "../src/core/engine";
import { generatorById } from "./pathological";

const [id = "call-me-paragraphs", bytesArg = "1000000", runsArg = "3"] = process.argv.slice(2);
const { draft, profiles } = generatorById(id).make(Number(bytesArg), 1);

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const best = new Map<string, number>();
const keep = (name: string, value: number) =>
  best.set(name, Math.min(best.get(name) ?? Infinity, value));
for (let r = 0; r < Number(runsArg); r++) {
  const spent = new Map<string, number>();
  const timed: Check[] = CHECKS.map((check) => ({
    meta: check.meta,
    check(ctx) {
      const used = cpuMs(() => check.check(ctx));
      spent.set(check.meta.id, (spent.get(check.meta.id) ?? 0) + used);
      if (used > longest) {
        longest = used;
        longestWhat = `${check.meta.id} for recipient ${ctx.recipients.indexOf(ctx.recipient) + 1}`;
      }
    },
  }));
  let longest = 0;
  let longestWhat = "";
  let findings = 0;
  const analysed = analyseDraft(draft, { includeQuotedHistory: false });
  keep(
    "analysis",
    cpuMs(() => analyseDraft(draft, { includeQuotedHistory: false })),
  );
  keep(
    "evaluate (all)",
    cpuMs(() => {
      findings = evaluateWithDiagnostics(draft, profiles, {}, { checks: timed, analysed }).findings
        .length;
    }),
  );
  for (const [name, value] of spent) keep(name, value);
  keep("longest one check", longest);
  if (r === 0) console.log(`longest: ${longestWhat}`);
  keep("findings", findings);
}
for (const [name, value] of best) console.log(`${name.padEnd(22)} ${value.toFixed(1)}`);

// The send path's question: with a deadline somewhere inside the evaluation, how long after it
// does evaluate() return? Deadlines at a tenth, three tenths, … of the whole evaluation's time.
const whole = best.get("analysis")! + best.get("evaluate (all)")!;
let worst = 0;
const parts: string[] = [];
for (const share of [0.1, 0.3, 0.5, 0.7, 0.9]) {
  const started = performance.now();
  const at = started + share * whole;
  const { partial } = evaluateWithDiagnostics(
    draft,
    profiles,
    {},
    {
      deadline: { now: () => performance.now(), at },
    },
  );
  const over = Math.max(0, performance.now() - at);
  worst = Math.max(worst, over);
  const early = partial?.stoppedEarly ? ` stopped ${partial.stoppedEarly.check}` : "";
  parts.push(`${share}: +${over.toFixed(0)} ms${partial ? " partial" : ""}${early}`);
}
console.log(`past the deadline (wall ms) ${parts.join("; ")}`);
console.log(`worst past the deadline   ${worst.toFixed(1)}`);
