/**
 * `npm run corpus`: recall and hard-negative precision of the checks on the blind corpus
 * (test/corpus/README.md), per check, with every miss and false alarm listed.
 *
 *   --root DIR         corpus root (default test/corpus); sets are DIR/detection/<set>/
 *   --json             the figures and lists as JSON
 *   --ratchet          exit 1 when a figure falls below test/corpus/ratchet.json
 *   --update-ratchet   write the current figures as the new floor
 *   --quiet            figures only, no lists
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CorpusError } from "./corpus/cases";
import { compareToRatchet, ratchetOf, type Ratchet } from "./corpus/ratchet";
import { CHECK_IDS, runDetectionCorpus } from "./corpus/run-detection";
import { rate, scoreDetection, type DetectionScore } from "./corpus/score-detection";

const RATCHET_FILE = "test/corpus/ratchet.json";

function percent(part: number, whole: number): string {
  return whole === 0 ? "    –" : `${(100 * rate(part, whole)).toFixed(1).padStart(5)}%`;
}

function oneLine(text: string, max = 110): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function formatDetection(score: DetectionScore, lists: boolean): string {
  const out: string[] = [];
  out.push(`Detection corpus: ${score.cases} cases`);
  out.push("");
  out.push("check                   recall (caught/expected)   hard negatives clean   unexpected");
  const row = (name: string, f: DetectionScore["overall"]) =>
    `${name.padEnd(22)}  ${percent(f.caught, f.expected)} (${`${f.caught}/${f.expected}`.padStart(7)})      ${percent(f.clean, f.negatives)} (${`${f.clean}/${f.negatives}`.padStart(7)})   ${String(f.unexpected).padStart(5)}`;
  for (const [check, f] of Object.entries(score.perCheck)) {
    if (f.expected + f.negatives + f.unexpected > 0) out.push(row(check, f));
  }
  out.push(row("overall", score.overall));
  if (score.unreadable.length > 0) {
    out.push(
      "",
      `${score.unreadable.length} draft(s) could not be read (their expected findings count as missed):`,
    );
    for (const u of score.unreadable) out.push(`  ${u.id}: ${oneLine(u.error)}`);
  }
  if (!lists) return out.join("\n");
  out.push("", `Misses (${score.misses.length}):`);
  for (const m of score.misses) {
    out.push(
      `  ${m.id}  ${m.expected.check} ${m.expected.recipient}${m.expected.text ? ` "${oneLine(m.expected.text, 60)}"` : ""}`,
    );
    if (m.near.length > 0)
      out.push(`      found instead: ${m.near.map((t) => `"${oneLine(t, 40)}"`).join(", ")}`);
  }
  out.push("", `False alarms on hard negatives (${score.falseAlarms.length}):`);
  for (const a of score.falseAlarms) {
    out.push(
      `  ${a.id}  ${a.finding.check} ${a.finding.recipient} "${oneLine(a.finding.evidence?.text ?? "", 60)}"${a.negative?.why ? `  (${oneLine(a.negative.why, 80)})` : ""}`,
    );
  }
  out.push("", `Unexpected findings, to be judged by a person (${score.unexpected.length}):`);
  for (const u of score.unexpected) {
    out.push(
      `  ${u.id}  ${u.finding.check} ${u.finding.recipient} "${oneLine(u.finding.evidence?.text ?? u.finding.message, 60)}"`,
    );
  }
  return out.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const rootAt = argv.indexOf("--root");
  const root = rootAt >= 0 ? argv[rootAt + 1] : "test/corpus";
  if (!root) throw new CorpusError("--root needs a directory");

  const detection = scoreDetection(await runDetectionCorpus(join(root, "detection")), CHECK_IDS);
  const current = ratchetOf(detection);

  if (flag("--json")) {
    process.stdout.write(`${JSON.stringify({ detection, figures: current }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatDetection(detection, !flag("--quiet"))}\n`);
  }

  if (flag("--update-ratchet")) {
    await writeFile(RATCHET_FILE, `${JSON.stringify(current, null, 2)}\n`);
    process.stderr.write(`wrote ${RATCHET_FILE}\n`);
  }
  if (flag("--ratchet")) {
    const floor = JSON.parse(await readFile(RATCHET_FILE, "utf8")) as Ratchet;
    const drops = compareToRatchet(current, floor);
    for (const drop of drops) process.stderr.write(`below the ratchet: ${drop}\n`);
    if (drops.length > 0) return 1;
    process.stderr.write("every figure at or above the ratchet\n");
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
