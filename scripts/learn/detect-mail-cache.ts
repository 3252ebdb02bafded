/**
 * Real mail as training and test data for the second opinion: every non-spam message of the
 * SpamAssassin corpus, checked exactly as `npm run false-alarms` checks it (scripts/false-alarms.ts:
 * no sender, each recipient a realistic profile, every finding kept) but with the second opinion
 * off, cached in the format of scripts/learn/detect-cache.ts. Each warning of a checked the gate may
 * judge is labelled "right" (the text really says what the profile lists) unless the real-mail
 * verdicts (test/core/regressions/spam-assassin-false-alarms.json, the marks of
 * bench/false-alarms.json, matched as the audit matches them) call it false: "alarm".
 *
 * The messages are split into two halves by a hash of their corpus path (not by folder): sets
 * "mail0" and "mail1", each judged by a model trained without it (two-fold), as LOSO judges a set.
 *
 *   npx tsx scripts/learn/detect-mail-cache.ts [OUT]      (default /tmp/learn-detect-mail; ~2 min)
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { scoredFields } from "../corpus/run-detection";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { bucket } from "../../src/core/checks/second-opinion";
import type { DetectionCase } from "../corpus/cases";
import type { CaseRun } from "../corpus/score-detection";
import { asClientMail, evidenceContext, loadTemplates, parsedHam } from "../false-alarms";
import type { CachedCase, Label } from "./detect-cache";
import { judged } from "./detect-model";

const VERDICTS = join(
  __dirname,
  "..",
  "..",
  "test",
  "core",
  "regressions",
  "spam-assassin-false-alarms.json",
);

interface Verdict {
  message: string;
  check: string;
  evidence: string;
  near?: string;
}

/** As scripts/false-alarms.ts keys a verdict. */
function verdictKey(message: string, check: string, evidence: string): string {
  return `${message}|${check}|${evidence.replace(/\s+/g, " ").toLowerCase()}`;
}

/** Which half a message is in: the low bit of a hash of its corpus path. */
export function mailHalf(label: string): string {
  return `mail${bucket(label, 1)}`;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/learn-detect-mail";
  await mkdir(out, { recursive: true });
  const verdicts = new Map<string, Verdict[]>();
  if (existsSync(VERDICTS))
    for (const v of JSON.parse(readFileSync(VERDICTS, "utf8")) as Verdict[]) {
      const key = verdictKey(v.message, v.check, v.evidence);
      verdicts.set(key, [...(verdicts.get(key) ?? []), v]);
    }
  const templates = loadTemplates();
  const halves = new Map<string, CachedCase[]>([
    ["mail0", []],
    ["mail1", []],
  ]);
  for await (const { label, draft: parsed } of parsedHam()) {
    const { draft, profiles } = asClientMail(parsed, templates);
    const { findings } = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { maxFindingsPerCheck: Infinity, secondOpinion: false },
    );
    const kept = findings.filter((f) => judged(f as never));
    if (kept.length === 0) continue;
    const fields = scoredFields(draft);
    const labels = kept.map((f): Label => {
      const evidence = f.evidence!;
      const context = evidenceContext(draft, fields.body, evidence, 60).replace(/\s+/g, " ");
      const found = verdicts
        .get(verdictKey(label, f.check, evidence.text))
        ?.find((v) => v.near === undefined || context.includes(v.near));
      return found ? "alarm" : "right";
    });
    const run: CaseRun = {
      case: { id: label, set: mailHalf(label) } as unknown as DetectionCase,
      findings: kept.map((f) => ({
        check: f.check,
        recipient: f.recipient,
        message: f.message,
        severity: f.severity,
        evidence: f.evidence,
      })),
      fields,
    };
    halves.get(mailHalf(label))!.push({ run, labels });
  }
  for (const [set, cases] of halves) {
    await writeFile(join(out, `${set}.json`), JSON.stringify(cases));
    const n: Record<string, string> = {};
    const counts = new Map<string, [number, number]>();
    for (const { run, labels } of cases)
      run.findings.forEach((f, i) => {
        const c = counts.get(f.check) ?? [0, 0];
        c[labels[i] === "alarm" ? 1 : 0]++;
        counts.set(f.check, c);
      });
    for (const [check, [right, alarm]] of counts) n[check] = `${right} right, ${alarm} false`;
    process.stdout.write(`${set}: ${cases.length} messages; ${JSON.stringify(n)}\n`);
  }
}

if (process.argv[1]?.endsWith("detect-mail-cache.ts")) void main();
