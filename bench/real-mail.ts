/**
 * Real mail: every non-spam message of the SpamAssassin public corpus through the .eml parser
 * and the engine, each recipient given a realistic client profile exactly as the false-alarm
 * script does (scripts/false-alarms.ts: profileFor + test/fixtures/realistic-profiles.json).
 * Nothing in that mail was written to those clients, so every warning is a candidate false
 * alarm; each is listed in results.json for a person to judge (verdicts: docs/false-alarms.md).
 */

import {
  evidenceContext,
  hamForBench,
  listHam,
  loadTemplates,
  readMessage,
  recipientProfiles,
} from "../scripts/false-alarms";
import { parseEml } from "../src/cli/read-draft";
import { analyseDraft } from "../src/core/analysis";
import type { Draft } from "../src/core/draft";
import { evaluate } from "../src/core/engine";
import type { Finding } from "../src/core/finding";
import type { ClientProfile } from "../src/core/profile";
import { ms, percentile, round, target, type Section } from "./harness";

/** A finding, briefly: enough for a person to judge it without opening the corpus. */
interface FindingBrief {
  message: string;
  check: string;
  severity: string;
  recipient: string;
  field?: string;
  evidence?: string;
  /** Up to 50 characters each side of the evidence, white space collapsed. */
  context?: string;
}

function brief(label: string, draft: Draft, bodyText: string, finding: Finding): FindingBrief {
  const result: FindingBrief = {
    message: label,
    check: finding.check,
    severity: finding.severity,
    recipient: finding.recipient,
  };
  const evidence = finding.evidence;
  if (!evidence) return result;
  result.field = evidence.field;
  result.evidence = evidence.text;
  result.context = evidenceContext(draft, bodyText, evidence, 50);
  return result;
}

/** Wall and process CPU time of one step (nothing else runs in this process meanwhile). */
async function timed<T>(
  fn: () => T | Promise<T>,
): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { value, ms: wall, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Messages parsed and checked once, untimed, before the timed pass: without it the first
 * messages pay for V8 compiling the parser and the checks and fill the p99 with warm-up.
 */
const WARMUP_MESSAGES = 200;

async function warmUp(templates: ClientProfile[]) {
  for await (const { draft, profiles } of hamForBench(WARMUP_MESSAGES, templates)) {
    evaluate(draft, profiles);
  }
}

export async function runRealMailBench(): Promise<Section> {
  const ham = listHam();
  const templates = loadTemplates();
  await warmUp(templates);

  const parseMs: number[] = [];
  const engineMs: number[] = [];
  const totalMs: number[] = [];
  const parseCpu: number[] = [];
  const engineCpu: number[] = [];
  const totalCpu: number[] = [];
  const perCheck = new Map<string, number>();
  const briefs: FindingBrief[] = [];
  const unreadable: { message: string; reason: string }[] = [];
  let bodyBytes = 0;
  let recipientCount = 0;
  /** The slowest messages through the engine, for whoever tunes it. */
  const slowest: { message: string; engineCpuMs: number; bodyChars: number; recipients: number }[] =
    [];

  const wallStart = process.hrtime.bigint();
  for (const message of ham) {
    const source = readMessage(message.path);
    let parse: Awaited<ReturnType<typeof timed<Draft>>>;
    try {
      parse = await timed(() => parseEml(source, message.label));
    } catch (error) {
      unreadable.push({
        message: message.label,
        reason: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    // As the false-alarm script: without From, so the sender's colleagues are not skipped.
    const { from: _from, ...draft } = parse.value;
    const profiles = recipientProfiles(draft, templates);
    recipientCount += profiles.size;
    const run = await timed(() => evaluate(draft, profiles));
    parseMs.push(parse.ms);
    engineMs.push(run.ms);
    totalMs.push(parse.ms + run.ms);
    parseCpu.push(parse.cpuMs);
    engineCpu.push(run.cpuMs);
    totalCpu.push(parse.cpuMs + run.cpuMs);
    bodyBytes += draft.body.content.length;
    slowest.push({
      message: message.label,
      engineCpuMs: round(run.cpuMs, 2),
      bodyChars: draft.body.content.length,
      recipients: profiles.size,
    });
    slowest.sort((a, b) => b.engineCpuMs - a.engineCpuMs);
    slowest.length = Math.min(slowest.length, 5);
    const shown = run.value.filter((finding) => finding.severity !== "info");
    if (shown.length === 0) continue;
    const bodyText = analyseDraft(draft).body.text;
    for (const finding of shown) {
      // The engine keeps five per check and recipient and counts the rest: count them all.
      const count = 1 + (finding.moreLikeThis ?? 0);
      perCheck.set(finding.check, (perCheck.get(finding.check) ?? 0) + count);
      briefs.push(brief(message.label, draft, bodyText, finding));
    }
  }
  const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const stage = (name: string, values: number[], cpuValues: number[]) => {
    const s = sorted(values);
    const c = sorted(cpuValues);
    return {
      stage: name,
      messages: s.length,
      "msgs/s": round(s.length / (s.reduce((a, b) => a + b, 0) / 1000), 0),
      "p50 ms": ms(percentile(s, 50)),
      "p95 ms": ms(percentile(s, 95)),
      "p99 ms": ms(percentile(s, 99)),
      "max ms": ms(s[s.length - 1] ?? NaN),
      "cpu p50 ms": ms(percentile(c, 50)),
      "cpu p95 ms": ms(percentile(c, 95)),
      "cpu p99 ms": ms(percentile(c, 99)),
    };
  };
  const checked = totalMs.length;
  const messagesWithFindings = new Set(briefs.map((b) => b.message)).size;
  const engineP99 = percentile(sorted(engineCpu), 99);

  return {
    id: "real-mail",
    title: `Real mail: ${ham.length} non-spam SpamAssassin messages, parsed and checked with realistic client profiles`,
    rows: [
      stage("parse (.eml → Draft)", parseMs, parseCpu),
      stage("engine", engineMs, engineCpu),
      stage("parse + engine", totalMs, totalCpu),
    ],
    tables: [
      {
        title: "findings per check (every one a candidate false alarm; listed in results.json)",
        rows:
          perCheck.size === 0
            ? [{ check: "(none)", findings: 0 }]
            : [...perCheck]
                .sort((a, b) => b[1] - a[1])
                .map(([check, findings]) => ({
                  check,
                  findings,
                  "per 1,000 messages": round((findings / checked) * 1000, 1),
                })),
      },
      { title: "slowest messages through the engine (CPU)", rows: slowest },
    ],
    targets: [target("engine CPU p99 per real message", engineP99, "below", 5, "ms")],
    notes: [
      `${checked} messages checked in ${round(wallSeconds, 1)} s wall (${round(checked / wallSeconds, 0)} msgs/s including corpus handling); ${unreadable.length} unreadable`,
      `${briefs.length} warnings/errors on ${messagesWithFindings} messages (${round((messagesWithFindings / Math.max(1, checked)) * 100, 2)}% of messages)`,
      `average body ${round(bodyBytes / Math.max(1, checked) / 1000, 1)} K characters; ${recipientCount} recipients given a realistic profile (scripts/false-alarms.ts profileFor)`,
      'info findings (no-profile) are not counted; warnings and errors are, those the engine summarised as "and N more like this" included (the list in results.json has the ones it kept)',
      "the target is judged on CPU time, which other processes on the machine do not inflate",
      `the first ${WARMUP_MESSAGES} messages are parsed and checked once untimed first, so the figures are steady state rather than V8 compiling the code`,
    ],
    details: { findings: briefs, unreadable },
  };
}
