/**
 * How listening does on the sentences written to measure its generalisation
 * (test/core/listen/own-phrasings.ts): per batch, how many cases it gets exactly right, and
 * precision and recall per field, scored like the blind corpus (scripts/corpus/score-listen.ts).
 *
 *   npx tsx scripts/listen-phrasings.ts            figures per batch
 *   npx tsx scripts/listen-phrasings.ts --misses   and every case not exactly right
 */
import { OWN_PHRASINGS } from "../test/core/listen/own-phrasings";
import { judge } from "../test/core/listen/phrasing-judge";
import { precision, recall, scoreListen, type FieldFigures } from "./corpus/score-listen";

function pct(part: number, whole: number): string {
  return whole === 0 ? "    –" : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function row(name: string, f: FieldFigures): string {
  return `  ${name.padEnd(22)} precision ${pct(precision(f) * f.suggested, f.suggested)} (${f.correct}/${f.suggested})   recall ${pct(recall(f) * f.expected, f.expected)} (${f.caught}/${f.expected})`;
}

function main(argv: string[]): void {
  const batches = [...new Set(OWN_PHRASINGS.map((c) => c.batch))];
  for (const batch of [...batches, "all"]) {
    const cases = OWN_PHRASINGS.map((c, i) => ({ c, i })).filter(
      ({ c }) => batch === "all" || c.batch === batch,
    );
    const judged = cases.map(({ c, i }) => ({ c, j: judge(c, i) }));
    const exact = judged.filter(({ j }) => j.exact).length;
    const silentCases = judged.filter(({ c }) => c.heard.length === 0);
    const silentRight = silentCases.filter(({ j }) => j.exact).length;
    console.log(
      `batch ${batch}: ${exact} of ${judged.length} cases exactly right (${silentRight} of ${silentCases.length} traps silent)`,
    );
    const score = scoreListen(judged.map(({ j }) => j.run));
    for (const [field, f] of Object.entries(score.perField).sort()) console.log(row(field, f));
    console.log(row("overall", score.overall));
    if (argv.includes("--misses") && batch !== "all") {
      for (const { c, j } of judged) {
        if (j.exact) continue;
        const text = c.text.replace(/\s+/g, " ");
        const missing = j.missing.map((m) => `-${m.field}=${m.value} (${m.whose})`);
        const extra = j.unexpected.map((s) => `+${s.field}=${s.value} (${s.profile})`);
        console.log(`    ${text}\n        ${[...missing, ...extra].join("  ")}`);
      }
    }
    console.log("");
  }
}

main(process.argv.slice(2));
