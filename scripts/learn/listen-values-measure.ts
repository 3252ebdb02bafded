/**
 * Round 38 (listen-38): measures a value reading on listen-wrongs-cache.ts's cache. Each reading
 * rewrites a heard value (of its field, given the sentence that holds the quote); every suggestion
 * of today's output and of first sight is rewritten and judged again by the scorer's matching
 * (an expectation of the same profile, field and op that the new value matches). A first-sight
 * suggestion is rewritten the same way: the old engines are not rebuilt, the reading is applied
 * to what they heard, which is what the reading does inside today's engine (it only rewrites the
 * value a recogniser gives).
 *
 *   npx tsx scripts/learn/listen-values-measure.ts CACHE.json [READING…]
 *
 * Prints, per reading and output, each suggestion whose verdict changes (wrong → right, right →
 * wrong) and the counts with the sets they span.
 */
import { readFileSync } from "node:fs";
import { catchesExpected, type ListenCase } from "../corpus/score-listen";
import type { WrongsCase, WrongsItem, WrongsSet } from "./listen-wrongs-cache";
import { READINGS } from "./listen-values-readings";

/** Whether `i` with `value` catches an expectation of `c` (the scorer's matching rules). */
function catches(c: WrongsCase, i: WrongsItem, value: string): boolean {
  const lc: ListenCase = { id: c.id, file: "", description: "", suggestions: [], negatives: [] };
  return c.expected.some((e) => catchesExpected(lc, e, { ...i, value, alreadyKnown: false }));
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error("usage: listen-values-measure.ts CACHE.json [READING…]");
  const sets = JSON.parse(readFileSync(file, "utf8")) as WrongsSet[];
  const names = process.argv.slice(3);
  for (const name of names.length > 0 ? names : Object.keys(READINGS)) {
    const read = READINGS[name];
    if (!read) throw new Error(`no reading ${name}`);
    for (const which of ["today", "firstSight"] as const) {
      const gained: string[] = [];
      const lost: string[] = [];
      const touched: string[] = [];
      for (const s of sets)
        for (const c of s.cases)
          for (const i of c[which] ?? []) {
            if (i.verdict === "confirm") continue;
            const value = read(i.field, i.value, i.sentence);
            if (value === i.value) continue;
            const now = value !== undefined && catches(c, i, value);
            const was = i.verdict === "right";
            const line = `${s.name}\t${i.field}\t${i.value} → ${value ?? "(dropped)"}`;
            touched.push(line);
            if (!was && (now || value === undefined)) gained.push(line);
            if (was && !now) lost.push(line);
          }
      const setsOf = (lines: string[]) => [...new Set(lines.map((l) => l.split("\t")[0]))];
      console.log(
        `${name}\t${which}\twrong → right or removed ${gained.length} (${setsOf(gained).join(" ") || "-"})\tright → wrong ${lost.length} (${setsOf(lost).join(" ") || "-"})\tvalues changed ${touched.length}`,
      );
      for (const l of touched)
        console.log(`    ${gained.includes(l) ? "+" : lost.includes(l) ? "-" : "="} ${l}`);
    }
  }
}

if (require.main === module) main();
