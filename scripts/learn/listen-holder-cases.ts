/**
 * Round 36 (listen-holder-36): every expectation the engine misses while it heard the value for
 * another profile ("the right wish on the wrong profile"). For each: set, case, field, the profile
 * the rules chose, the profile the writer chose, the quote, and the sender.
 *
 *   npx tsx scripts/learn/listen-holder-cases.ts CACHE [CACHE…] [--json OUT]
 *
 * CACHE: a JSON array of { name, heldOut, cases: [{ case, suggestions }] } (listen-holder-cache.ts
 * or round 36's listen-restore-cache.ts output).
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  catchesExpected,
  scoreListen,
  type HeardSuggestion,
  type ListenCase,
} from "../corpus/score-listen";

export interface HolderSet {
  name: string;
  heldOut: boolean;
  cases: { case: ListenCase; suggestions: HeardSuggestion[] }[];
}

export interface HolderCase {
  set: string;
  id: string;
  field: string;
  chosen: string;
  expected: string;
  value: string;
  quote: string;
  expectedQuote: string;
}

export function holderCases(sets: HolderSet[]): HolderCase[] {
  const out: HolderCase[] = [];
  for (const set of sets)
    for (const c of set.cases) {
      const score = scoreListen([{ case: c.case, suggestions: c.suggestions }]);
      for (const { expected: e } of score.misses) {
        const other = c.suggestions.find(
          (s) =>
            s.profile.toLowerCase() !== e.profile.toLowerCase() &&
            catchesExpected(c.case, e, { ...s, profile: e.profile }),
        );
        if (!other) continue;
        out.push({
          set: set.name,
          id: c.case.id,
          field: e.field,
          chosen: other.profile,
          expected: e.profile,
          value: other.value,
          quote: other.quote ?? "",
          expectedQuote: e.quote ?? "",
        });
      }
    }
  return out;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const j = args.indexOf("--json");
  const jsonOut = j >= 0 ? args.splice(j, 2)[1] : undefined;
  const all: HolderCase[] = [];
  for (const file of args) {
    const sets = JSON.parse(readFileSync(file, "utf8")) as HolderSet[];
    const found = holderCases(sets);
    console.log(`\n### ${file}: ${found.length} heard for another profile\n`);
    for (const h of found)
      console.log(
        `${h.id} | ${h.field} | rules: ${h.chosen} | writer: ${h.expected} | ${h.value} | "${h.quote}"`,
      );
    all.push(...found);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 1) + "\n");
}
