/**
 * Measures candidate guards alone, on cached findings: first sight (scripts/learn/detect-neg.ts,
 * /tmp/dn38/first: main ab26c164's findings on h25–h33) and today's output of every readable set
 * (scripts/learn/detect-neg-cache.ts, /tmp/dn38/today). A guard is applied to a finding's evidence
 * in the text it points into (the same fields the scorer reads), so the old engine need not be
 * rebuilt: a guard that would drop a hit drops that finding. Per guard: false alarms removed (hard
 * negatives, and unexpected findings judged wrong in detect-neg-judgements.json), right findings
 * removed (and unexpected ones judged right), each listed.
 *
 *   npx tsx scripts/learn/detect-neg-guards.ts [FIRST=/tmp/dn38/first] [TODAY=/tmp/dn38/today]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RunFinding } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { fieldText, sentenceOf } from "./detect-neg";
import { GUARDS, type Guard } from "./detect-neg-candidates";

const judged = JSON.parse(
  readFileSync(join(__dirname, "detect-neg-judgements.json"), "utf8"),
) as Record<string, { verdict: string }>;

function keyOf(id: string, f: RunFinding): string {
  return `${id}|${f.check}|${f.recipient}|${f.evidence?.field ?? ""}:${f.evidence?.start ?? -1}`;
}

interface Tally {
  alarms: string[];
  rights: string[];
  unexpectedFalse: string[];
  unexpectedTrue: string[];
  unexpectedUnjudged: string[];
}

function measure(dir: string, guard: Guard): Tally {
  const t: Tally = {
    alarms: [],
    rights: [],
    unexpectedFalse: [],
    unexpectedTrue: [],
    unexpectedUnjudged: [],
  };
  for (const file of readdirSync(dir).sort()) {
    for (const cc of JSON.parse(readFileSync(join(dir, file), "utf8")) as CachedCase[]) {
      const fields = cc.run.fields;
      if (!fields) continue;
      cc.run.findings.forEach((f, i) => {
        const e = f.evidence;
        if (!e || !guard.checks.includes(f.check)) return;
        if (!guard.drops(fieldText(fields, e.field, e.index), e.start, e.end, e.field)) return;
        const label = cc.labels[i];
        const line = `${cc.run.case.id} ${f.check} "${e.text}" | ${sentenceOf(fields, f).slice(0, 160)}`;
        if (label === "alarm") t.alarms.push(line);
        else if (label === "right") t.rights.push(line);
        else if (label === "unexpected") {
          const v = judged[keyOf(cc.run.case.id, f)]?.verdict;
          (v === "false"
            ? t.unexpectedFalse
            : v === "true"
              ? t.unexpectedTrue
              : t.unexpectedUnjudged
          ).push(`${keyOf(cc.run.case.id, f)} :: ${line}`);
        }
      });
    }
  }
  return t;
}

const sets = (lines: string[]) => new Set(lines.map((l) => l.split("/")[0]!.split("|")[0])).size;

const [first = "/tmp/dn38/first", today = "/tmp/dn38/today"] = process.argv.slice(2);
for (const guard of GUARDS) {
  process.stdout.write(`\n## ${guard.name} (${guard.checks.join(", ")})\n`);
  for (const [name, dir] of [
    ["first sight", first],
    ["today", today],
  ] as const) {
    const t = measure(dir, guard);
    const wrong = [...t.alarms, ...t.unexpectedFalse];
    process.stdout.write(
      `${name}: false alarms removed ${t.alarms.length} + unexpected-wrong ${t.unexpectedFalse.length} ` +
        `(${sets(wrong)} sets); rights removed ${t.rights.length} + unexpected-right ` +
        `${t.unexpectedTrue.length}; unexpected unjudged ${t.unexpectedUnjudged.length}\n`,
    );
    for (const [tag, list] of [
      ["A", t.alarms],
      ["R", t.rights],
      ["U-", t.unexpectedFalse],
      ["U+", t.unexpectedTrue],
      ["U?", t.unexpectedUnjudged],
    ] as const)
      for (const l of list) process.stdout.write(`  ${tag} ${l}\n`);
  }
}
