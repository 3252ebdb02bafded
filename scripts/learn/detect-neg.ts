/**
 * Detection's false alarms on first sight, listed for review (round 38, docs/checks.md "False
 * alarms on first sight, by mechanism"). Reads the first-sight output (the CLI's JSON of main
 * ab26c164 on sets it had never seen, /tmp/firstsight/detection/<set>.json), turns each draft's
 * findings into a CaseRun against today's case (today's expect files, read from
 * /tmp/roots-openD) and scores it with the corpus scorer (scoreDetection). Every flagged
 * negative and every unexpected finding is listed with its check, quoted text, sentence, and
 * whether today's main still makes it (today's cache: scripts/learn/detect-neg-cache.ts).
 *
 *   npx tsx scripts/learn/detect-neg.ts [FIRST=/tmp/firstsight/detection] [TODAY=/tmp/dn38/today]
 *     [OUT=/tmp/dn38/first-sight.json] [FIRST_CACHE=/tmp/dn38/first]
 * FIRST_CACHE gets the first-sight runs labelled per set (CachedCase[], as detect-cache.ts), which
 * scripts/learn/detect-neg-guards.ts reads to measure a guard on first sight.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readDraftFile } from "../../src/cli/read-draft";
import { sentenceAround } from "../../src/core/checks/second-opinion";
import type { DetectionCase } from "../corpus/cases";
import { CHECK_IDS, loadDetectionCorpus, scoredFields } from "../corpus/run-detection";
import {
  scoreDetection,
  type CaseRun,
  type FieldTexts,
  type RunFinding,
} from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { labelsOf } from "./detect-model";

/** One reviewed finding: what it is, where, and whether today's engine still reports it. */
export interface Reviewed {
  key: string;
  set: string;
  id: string;
  kind: "alarm" | "unexpected";
  check: string;
  recipient: string;
  text: string;
  field: string;
  start: number;
  end: number;
  sentence: string;
  negativeWhy?: string;
  today: boolean;
}

interface CliOutput {
  drafts: { file: string; findings: RunFinding[] }[];
}

/** The text a finding's evidence points into. */
export function fieldText(fields: FieldTexts, field: string, index?: number): string {
  if (field === "subject") return fields.subject;
  if (field === "location") return fields.location ?? "";
  if (field === "attachment") return fields.attachments[index ?? 0] ?? "";
  return fields.body;
}

export function sentenceOf(fields: FieldTexts | undefined, f: RunFinding): string {
  const e = f.evidence;
  if (!fields || !e) return "";
  const text = fieldText(fields, e.field, e.index);
  const [from, to] = sentenceAround(text, e.start, e.end);
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}

function sameFinding(a: RunFinding, b: RunFinding): boolean {
  if (a.check !== b.check || a.recipient !== b.recipient) return false;
  const x = a.evidence;
  const y = b.evidence;
  if (!x || !y) return !x && !y;
  return x.field === y.field && x.start < Math.max(y.end, y.start + 1) && y.start < x.end + 1;
}

async function main(): Promise<void> {
  const [first = "/tmp/firstsight/detection", todayDir = "/tmp/dn38/today"] = process.argv.slice(2);
  const out = process.argv[4] ?? "/tmp/dn38/first-sight.json";
  const firstOut = process.argv[5] ?? "/tmp/dn38/first";
  const cases = new Map<string, DetectionCase>();
  for (const { cases: list } of await loadDetectionCorpus("/tmp/roots-openD/detection"))
    for (const c of list) cases.set(c.id, c);
  const reviewed: Reviewed[] = [];
  let shifted = 0;
  for (const file of (await readdir(first)).filter((f) => f.endsWith(".json")).sort()) {
    const set = file.replace(".json", "");
    const cli = JSON.parse(await readFile(join(first, file), "utf8")) as CliOutput;
    const today = new Map<string, RunFinding[]>();
    for (const cc of JSON.parse(
      await readFile(join(todayDir, `${set}.json`), "utf8"),
    ) as CachedCase[])
      today.set(cc.run.case.id, cc.run.findings);
    const runs: CaseRun[] = [];
    for (const d of cli.drafts) {
      const slug = basename(d.file).replace(/\.[^.]+$/, "");
      const c = cases.get(`${set}/${slug}`);
      if (!c) throw new Error(`no case for ${d.file}`);
      const fields = scoredFields(await readDraftFile(c.file));
      for (const f of d.findings) {
        const e = f.evidence;
        if (e && fieldText(fields, e.field, e.index).slice(e.start, e.end) !== e.text) shifted++;
      }
      runs.push({ case: c, findings: d.findings, fields });
    }
    const score = scoreDetection(runs, CHECK_IDS);
    const labelled: CachedCase[] = runs.map((run) => ({ run, labels: labelsOf(run, score) }));
    await mkdir(firstOut, { recursive: true });
    await writeFile(join(firstOut, `${set}.json`), JSON.stringify(labelled));
    const fieldsOf = new Map(runs.map((r) => [r.case.id, r.fields]));
    for (const [kind, list] of [
      ["alarm", score.falseAlarms],
      ["unexpected", score.unexpected],
    ] as const) {
      for (const a of list) {
        const f = a.finding;
        const e = f.evidence;
        reviewed.push({
          key: `${a.id}|${f.check}|${f.recipient}|${e?.field ?? ""}:${e?.start ?? -1}`,
          set,
          id: a.id,
          kind,
          check: f.check,
          recipient: f.recipient,
          text: e?.text ?? "",
          field: e?.field ?? "",
          start: e?.start ?? -1,
          end: e?.end ?? -1,
          sentence: sentenceOf(fieldsOf.get(a.id), f),
          ...(a.negative?.why ? { negativeWhy: a.negative.why } : {}),
          today: (today.get(a.id) ?? []).some((t) => sameFinding(t, f)),
        });
      }
    }
    const o = score.overall;
    process.stdout.write(
      `${set}: clean ${o.clean}/${o.negatives}, caught ${o.caught}/${o.expected}, ` +
        `alarms ${score.falseAlarms.length}, unexpected ${score.unexpected.length}\n`,
    );
  }
  process.stdout.write(`evidence not at its offsets in today's text: ${shifted}\n`);
  await writeFile(out, JSON.stringify(reviewed, null, 1));
  for (const r of reviewed)
    process.stdout.write(
      `${r.kind === "alarm" ? "A" : "U"} ${r.today ? "T" : "-"} ${r.id} ${r.check} ` +
        `"${r.text}" | ${r.sentence}\n`,
    );
}

if (process.argv[1]?.endsWith("detect-neg.ts")) void main();
