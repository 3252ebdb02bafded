/**
 * `npm run corpus:perturb`: the listen corpus rewritten in meaning-preserving ways, one kind at a
 * time (scripts/corpus/perturb.ts), scored against the same expectations as the original
 * (docs/listen.md, "The perturbation suite"). A reading that holds for "please" and breaks for
 * "pls" is brittle in a way the next blind writer will find; this measures that without one.
 *
 *   --root DIR     listen sets under DIR (default test/corpus/listen)
 *   --kind a,b     only these kinds (default all)
 *   --misses       list what each kind loses and adds (case ids and fields, never bodies)
 *   --json         figures as JSON
 *   --detection    the detection corpus (test/corpus/detection) with the detection kinds
 *                  (DETECTION_PERTURBATIONS: a draft's authored text rewritten with what its
 *                  recipients' profiles list), per check; --kind and --misses as above
 *
 * Runs `listen` in process on the sources (no build needed), every body once per kind that
 * changes it; a body a kind leaves alone keeps its baseline result.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listCaseFiles, listSets } from "./corpus/cases";
import { applyListenDecisions, readListenDecisions } from "./corpus/listen-decisions";
import {
  DETECTION_PERTURBATIONS,
  PERTURBATIONS,
  type PerturbContext,
  type Perturbation,
} from "./corpus/perturb";
import { perturbDraft, perturbedCase } from "./corpus/perturb-detection";
import { CHECK_IDS, loadDetectionDrafts, runLoaded } from "./corpus/run-detection";
import { rate, scoreDetection, type CheckFigures } from "./corpus/score-detection";
import { readListenCase } from "./corpus/run-listen";
import {
  precision,
  scoreListen,
  type FieldFigures,
  type ListenCase,
  type ListenRun,
} from "./corpus/score-listen";
import { clientMessageOf } from "../src/cli/commands/listen";
import { readDraftFile } from "../src/cli/read-draft";
import { listen, type ClientMessage } from "../src/core/listen";
import { isPersonalMailDomain } from "../src/core/listen/personal-mail";
import { parseProfiles, type ClientProfile } from "../src/core/profile";

interface Loaded {
  case: ListenCase;
  message?: ClientMessage;
  profiles: ClientProfile[];
  error?: string;
}

async function load(root: string): Promise<Loaded[]> {
  const bySet: { profiles: ClientProfile[]; cases: ListenCase[] }[] = [];
  for (const set of await listSets(root)) {
    const cases: ListenCase[] = [];
    for (const { slug, draft, expect } of await listCaseFiles(set)) {
      cases.push(await readListenCase(`${set.name}/${slug}`, draft, expect));
    }
    const raw: unknown = JSON.parse(readFileSync(set.profilesFile, "utf8"));
    bySet.push({ profiles: parseProfiles(raw).profiles, cases });
  }
  const decisions = await readListenDecisions(join(root, "..", "listen-decisions.json")).catch(
    () => [],
  );
  applyListenDecisions(
    bySet.flatMap((s) => s.cases),
    decisions,
    "",
  );
  const loaded: Loaded[] = [];
  for (const { profiles, cases } of bySet) {
    for (const c of cases) {
      try {
        loaded.push({ case: c, message: clientMessageOf(await readDraftFile(c.file)), profiles });
      } catch (error) {
        loaded.push({ case: c, profiles, error: String(error) });
      }
    }
  }
  return loaded;
}

/** The writer's domain and their organisation's name on file, for the kinds that need them. */
function contextOf(item: Loaded): PerturbContext | undefined {
  const writer = item.message?.sender ?? item.message?.from;
  if (!writer) return undefined;
  const address = writer.address.toLowerCase();
  const domain = address.slice(address.indexOf("@") + 1);
  const byKey = (key: string) => item.profiles.find((p) => p.matchKey.toLowerCase() === key);
  const organisation = byKey(`@${domain}`)?.clientName ?? byKey(address)?.clientName;
  return {
    domain,
    personal: isPersonalMailDomain(domain),
    ...(organisation ? { organisation } : {}),
  };
}

function runOne(item: Loaded, body?: ClientMessage["body"]): ListenRun {
  if (!item.message) return { case: item.case, suggestions: [], error: item.error ?? "unread" };
  const message = body === undefined ? item.message : { ...item.message, body };
  try {
    return { case: item.case, suggestions: listen(message, item.profiles) };
  } catch (error) {
    return { case: item.case, suggestions: [], error: String(error) };
  }
}

/**
 * The case with its expectations put through the same rewrite: a value the rewrite changes
 * ("file organization" → "file organisation") is accepted in either form; the quote (which the
 * scorer does not compare) is rewritten as the body was.
 */
function mappedCase(c: ListenCase, p: Perturbation): ListenCase {
  return {
    ...c,
    suggestions: c.suggestions.map((s) => {
      const values = [...new Set([...s.values, ...s.values.map((v) => p.rewrite(v))])];
      return {
        ...s,
        values,
        ...(s.quote === undefined ? {} : { quote: p.rewrite(s.quote) }),
      };
    }),
  };
}

interface KindResult {
  kind: string;
  changed: number;
  overall: FieldFigures;
  lost: string[];
  gained: string[];
  newWrong: string[];
}

const key = (id: string, field: string, values: readonly string[]) =>
  `${id} ${field} ${JSON.stringify(values)}`;

function compare(base: ReturnType<typeof scoreListen>, now: ReturnType<typeof scoreListen>) {
  const baseMisses = new Set(
    base.misses.map((m) => key(m.id, m.expected.field, m.expected.values)),
  );
  const nowMisses = new Set(now.misses.map((m) => key(m.id, m.expected.field, m.expected.values)));
  const wrongKey = (w: (typeof base.wrong)[number]) =>
    `${w.id} ${w.suggestion.field} ${JSON.stringify(w.suggestion.value)}${w.negative ? " (negative)" : ""}`;
  const baseWrong = new Set(base.wrong.map(wrongKey));
  return {
    lost: [...nowMisses].filter((k) => !baseMisses.has(k)),
    gained: [...baseMisses].filter((k) => !nowMisses.has(k)),
    newWrong: now.wrong.map(wrongKey).filter((k) => !baseWrong.has(k)),
  };
}

function figures(f: FieldFigures): string {
  return `heard ${`${f.caught}/${f.expected}`.padStart(9)}  P ${(100 * precision(f)).toFixed(1).padStart(5)} % (${f.correct}/${f.suggested})  negatives ${f.clean}/${f.negatives}`;
}

function detectionFigures(f: CheckFigures): string {
  const pct = (part: number, whole: number) =>
    `${(100 * rate(part, whole)).toFixed(1).padStart(5)} %`;
  return `recall ${pct(f.caught, f.expected)} (${`${f.caught}/${f.expected}`.padStart(9)})  clean ${pct(f.clean, f.negatives)} (${`${f.clean}/${f.negatives}`.padStart(9)})  unexpected ${String(f.unexpected).padStart(4)}`;
}

/**
 * The detection corpus once as written, then once per detection kind: per kind, the drafts it
 * changed and the figures of the checks whose figures moved (and overall), with --misses the
 * expectations lost and gained and the new false alarms and unexpected findings.
 */
async function mainDetection(argv: string[], only: string[] | undefined): Promise<void> {
  const root = argv.includes("--root") ? argv[argv.indexOf("--root") + 1]! : "test/corpus";
  const kinds = DETECTION_PERTURBATIONS.filter((p) => !only || only.includes(p.kind));
  if (only && kinds.length !== only.length) {
    throw new Error(
      `unknown kind; detection kinds are ${DETECTION_PERTURBATIONS.map((p) => p.kind).join(", ")}`,
    );
  }
  const loaded = await loadDetectionDrafts(join(root, "detection"), join(root, "decisions.json"));
  const baseRuns = loaded.map((item) => runLoaded(item));
  const base = scoreDetection(baseRuns, CHECK_IDS);
  const out = [`Detection corpus perturbed (${loaded.length} drafts)`, ""];
  const json: unknown[] = [];
  for (const p of kinds) {
    let changed = 0;
    let edits = 0;
    let unplaced = 0;
    const runs = loaded.map((item, i) => {
      const perturbed = perturbDraft(p, item);
      if (!perturbed) return baseRuns[i]!;
      changed++;
      edits += perturbed.made;
      unplaced += perturbed.unplaced;
      return runLoaded(item, perturbed.draft, perturbedCase(p, item.case, item.context));
    });
    const score = scoreDetection(runs, CHECK_IDS);
    const missKey = (m: (typeof score.misses)[number]) =>
      `${m.id} ${m.expected.check} ${m.expected.recipient} "${m.expected.text ?? ""}"`;
    const alarmKey = (a: (typeof score.falseAlarms)[number]) =>
      `${a.id} ${a.finding.check} ${a.finding.recipient} "${a.finding.evidence?.text ?? ""}"`;
    const baseMisses = new Set(
      base.misses.map((m) => `${m.id} ${m.expected.check} ${m.expected.recipient}`),
    );
    const nowMisses = new Set(
      score.misses.map((m) => `${m.id} ${m.expected.check} ${m.expected.recipient}`),
    );
    const baseAlarms = new Set(base.falseAlarms.map(alarmKey));
    const baseUnexpected = new Set(base.unexpected.map(alarmKey));
    json.push({
      kind: p.kind,
      changed,
      edits,
      unplaced,
      overall: score.overall,
      perCheck: score.perCheck,
    });
    out.push(`${p.kind}: ${p.describe}`);
    out.push(
      `  ${changed} drafts changed, ${edits} edits (${unplaced} in the body not placed in its source)`,
    );
    for (const check of [...CHECK_IDS, "overall"]) {
      const before = check === "overall" ? base.overall : base.perCheck[check]!;
      const after = check === "overall" ? score.overall : score.perCheck[check]!;
      if (check !== "overall" && JSON.stringify(before) === JSON.stringify(after)) continue;
      out.push(`  ${check.padEnd(22)} baseline ${detectionFigures(before)}`);
      out.push(`  ${"".padEnd(22)} ${p.kind.padEnd(8).slice(0, 8)} ${detectionFigures(after)}`);
    }
    if (argv.includes("--misses")) {
      for (const m of score.misses) {
        const k = `${m.id} ${m.expected.check} ${m.expected.recipient}`;
        if (!baseMisses.has(k)) out.push(`  LOST   ${missKey(m)}`);
      }
      for (const m of base.misses) {
        const k = `${m.id} ${m.expected.check} ${m.expected.recipient}`;
        if (!nowMisses.has(k)) out.push(`  GAINED ${missKey(m)}`);
      }
      for (const a of score.falseAlarms)
        if (!baseAlarms.has(alarmKey(a))) out.push(`  ALARM  ${alarmKey(a)}`);
      for (const u of score.unexpected)
        if (!baseUnexpected.has(alarmKey(u))) out.push(`  UNEXP  ${alarmKey(u)}`);
    }
  }
  process.stdout.write(
    argv.includes("--json")
      ? `${JSON.stringify({ baseline: base.overall, kinds: json }, null, 2)}\n`
      : `${out.join("\n")}\n`,
  );
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  if (argv.includes("--detection")) return mainDetection(argv, arg("--kind")?.split(","));
  const root = arg("--root") ?? "test/corpus/listen";
  const only = arg("--kind")?.split(",");
  const kinds = PERTURBATIONS.filter((p) => !only || only.includes(p.kind));
  if (only && kinds.length !== only.length) {
    throw new Error(`unknown kind; kinds are ${PERTURBATIONS.map((p) => p.kind).join(", ")}`);
  }
  const loaded = await load(root);
  const baseRuns = loaded.map((item) => runOne(item));
  const base = scoreListen(baseRuns);
  const results: KindResult[] = [];
  for (const p of kinds) {
    let changed = 0;
    const runs = loaded.map((item, i) => {
      const body = item.message?.body;
      const rewritten = body === undefined ? undefined : p.rewrite(body.content, contextOf(item));
      if (body === undefined || rewritten === undefined || rewritten === body.content)
        return baseRuns[i]!;
      changed++;
      return {
        ...runOne(item, { ...body, content: rewritten }),
        case: mappedCase(item.case, p),
      };
    });
    const score = scoreListen(runs);
    results.push({ kind: p.kind, changed, overall: score.overall, ...compare(base, score) });
  }
  if (argv.includes("--json")) {
    process.stdout.write(
      `${JSON.stringify({ baseline: base.overall, kinds: results }, null, 2)}\n`,
    );
    return;
  }
  const out = [
    `Listen corpus perturbed (${loaded.length} messages; expectations as written)`,
    "",
    `${"baseline".padEnd(12)} ${"".padStart(8)}  ${figures(base.overall)}`,
  ];
  for (const r of results) {
    const delta = r.overall.caught - base.overall.caught;
    out.push(
      `${r.kind.padEnd(12)} ${String(r.changed).padStart(5)} ch  ${figures(r.overall)}  Δheard ${delta >= 0 ? "+" : ""}${delta}`,
    );
  }
  if (argv.includes("--misses")) {
    for (const r of results) {
      for (const k of r.lost) out.push(`LOST   ${r.kind} ${k}`);
      for (const k of r.gained) out.push(`GAINED ${r.kind} ${k}`);
      for (const k of r.newWrong) out.push(`WRONG  ${r.kind} ${k}`);
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
});
