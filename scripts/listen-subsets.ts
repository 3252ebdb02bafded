/**
 * Listening figures per field on a chosen group of listen sets, so that work built against some
 * sets can be measured on the others before their misses are read:
 * `npx tsx scripts/listen-subsets.ts l1,l2,l3,l4 [--misses]`. Misses and wrong suggestions are
 * printed only with --misses. Needs `npm run build:cli` after a change (it runs the command).
 */
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runListenCorpus } from "./corpus/run-listen";
import { precision, recall, scoreListen, type FieldFigures } from "./corpus/score-listen";

function line(name: string, f: FieldFigures): string {
  const pct = (n: number) => (Number.isFinite(n) ? (100 * n).toFixed(1).padStart(5) : "  -  ");
  return `${name.padEnd(22)} P ${pct(precision(f))} (${f.correct}/${f.suggested})  R ${pct(recall(f))} (${f.caught}/${f.expected})  clean ${f.clean}/${f.negatives}`;
}

async function main(argv: string[]): Promise<void> {
  const sets = (argv[0] ?? "").split(",").filter(Boolean);
  if (sets.length === 0) throw new Error("usage: listen-subsets.ts l1,l2 [--misses]");
  const root = mkdtempSync(join(tmpdir(), "listen-subsets-"));
  for (const set of sets) symlinkSync(resolve("test/corpus/listen", set), join(root, set));
  // Subsets are measured as written: no listening decisions (they live in the corpus root).
  const score = scoreListen((await runListenCorpus(root)).runs);
  for (const [field, f] of Object.entries(score.perField).sort()) {
    process.stdout.write(`${line(field, f)}\n`);
  }
  process.stdout.write(`${line("overall", score.overall)}\n`);
  if (!argv.includes("--misses")) return;
  for (const m of score.misses) {
    process.stdout.write(
      `MISS ${m.id} ${m.expected.field} ${JSON.stringify(m.expected.values)} ${JSON.stringify(m.expected.quote ?? "")}\n`,
    );
  }
  for (const w of score.wrong) {
    process.stdout.write(
      `WRONG ${w.id} ${w.suggestion.field} ${JSON.stringify(w.suggestion.value)} ${JSON.stringify(w.suggestion.quote)}${w.negative ? " (negative)" : ""}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
});
