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
 *
 * Runs `listen` in process on the sources (no build needed), every body once per kind that
 * changes it; a body a kind leaves alone keeps its baseline result.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listCaseFiles, listSets } from "./corpus/cases";
import { applyListenDecisions, readListenDecisions } from "./corpus/listen-decisions";
import { PERTURBATIONS, type Perturbation } from "./corpus/perturb";
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

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
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
      const rewritten = body === undefined ? undefined : p.rewrite(body.content);
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
