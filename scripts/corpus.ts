/**
 * `npm run corpus`: recall and hard-negative precision of the checks on the blind corpus
 * (test/corpus/README.md), per check, and precision and recall of `rapport listen` per profile
 * field, with every miss and false alarm listed.
 *
 *   --root DIR         corpus root (default test/corpus); sets are DIR/detection/<set>/ and
 *                      DIR/listen/<set>/
 *   --json             the figures and lists as JSON
 *   --ratchet          exit 1 when a figure falls below test/corpus/ratchet.json
 *   --update-ratchet   write the current figures as the new floor
 *   --quiet            figures only, no lists
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CorpusError } from "./corpus/cases";
import { formatOverrides } from "./corpus/decisions";
import { compareToRatchet, ratchetOf, type Ratchet } from "./corpus/ratchet";
import { CHECK_IDS, runDetectionCorpus } from "./corpus/run-detection";
import { formatListenOverrides, type ListenOverride } from "./corpus/listen-decisions";
import { runListenCorpus } from "./corpus/run-listen";
import { rate, scoreDetection, type DetectionScore } from "./corpus/score-detection";
import { precision, recall, scoreListen, type ListenScore } from "./corpus/score-listen";

const RATCHET_FILE = "test/corpus/ratchet.json";
/** Listening's product decisions, beside detection's decisions.json in the corpus root. */
const LISTEN_DECISIONS = "listen-decisions.json";

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

function formatListen(score: ListenScore, lists: boolean): string {
  const out: string[] = [`Listen corpus: ${score.cases} messages`, ""];
  out.push(
    "field                   precision (right/suggested)   recall (heard/expected)   negatives clean",
  );
  const pct = (value: number, whole: number) =>
    whole === 0 ? "    –" : `${(100 * value).toFixed(1).padStart(5)}%`;
  const row = (name: string, f: ListenScore["overall"]) =>
    `${name.padEnd(22)}  ${pct(precision(f), f.suggested)} (${`${f.correct}/${f.suggested}`.padStart(7)})       ${pct(recall(f), f.expected)} (${`${f.caught}/${f.expected}`.padStart(7)})   ${percent(f.clean, f.negatives)} (${f.clean}/${f.negatives})`;
  for (const [field, f] of Object.entries(score.perField).sort()) out.push(row(field, f));
  out.push(row("overall", score.overall));
  if (score.unreadable.length > 0) {
    out.push("", `${score.unreadable.length} message(s) could not be read:`);
    for (const u of score.unreadable) out.push(`  ${u.id}: ${oneLine(u.error)}`);
  }
  if (!lists) return out.join("\n");
  out.push("", `Not heard (${score.misses.length}):`);
  for (const m of score.misses) {
    out.push(
      `  ${m.id}  ${m.expected.field} = "${oneLine(m.expected.values.join(" | "), 50)}"${m.expected.quote ? `  ("${oneLine(m.expected.quote, 60)}")` : ""}`,
    );
  }
  out.push("", `Wrong suggestions (${score.wrong.length}):`);
  for (const w of score.wrong) {
    out.push(
      `  ${w.id}  ${w.suggestion.field} = "${oneLine(w.suggestion.value, 40)}" for ${w.suggestion.profile}${w.suggestion.alreadyKnown ? " (a confirmation that contradicts)" : ""}${w.suggestion.quote ? `  ("${oneLine(w.suggestion.quote, 50)}")` : ""}${w.negative?.why ? `  [${oneLine(w.negative.why, 70)}]` : ""}`,
    );
  }
  return out.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const rootAt = argv.indexOf("--root");
  const root = rootAt >= 0 ? argv[rootAt + 1] : "test/corpus";
  if (!root) throw new CorpusError("--root needs a directory");

  const { runs, overrides } = await runDetectionCorpus(
    join(root, "detection"),
    join(root, "decisions.json"),
  );
  const detection = scoreDetection(runs, CHECK_IDS);
  let listen: ListenScore | undefined;
  let listenOverrides: ListenOverride[] = [];
  try {
    const heard = await runListenCorpus(join(root, "listen"), join(root, LISTEN_DECISIONS));
    listenOverrides = heard.overrides;
    listen = scoreListen(heard.runs);
  } catch (error) {
    process.stderr.write(`corpus: listen not scored: ${(error as Error).message}\n`);
  }
  const current = ratchetOf(detection, listen);

  if (flag("--json")) {
    process.stdout.write(
      `${JSON.stringify({ detection, overrides, listen, listenOverrides, figures: current }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatDetection(detection, !flag("--quiet"))}\n`);
    process.stdout.write(`\n${formatOverrides(overrides)}\n`);
    if (listen && listen.cases > 0) {
      process.stdout.write(`\n${formatListenOverrides(listenOverrides)}\n`);
      process.stdout.write(`\n${formatListen(listen, !flag("--quiet"))}\n`);
    }
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
