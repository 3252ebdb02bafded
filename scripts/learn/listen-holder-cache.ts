/**
 * Round 36 (listen-holder-36): caches what the built CLI (`npm run build:cli`) suggests on every
 * listening set the round may read (dev and the opened held-out sets, their decisions applied as
 * scripts/corpus.ts applies them), for listen-holder-cases.ts and listen-holder-compare.ts.
 *
 *   npm run build:cli && npx tsx scripts/learn/listen-holder-cache.ts OUT.json
 */
import { writeFileSync } from "node:fs";
import { runListenCorpus } from "../corpus/run-listen";
import type { HolderSet } from "./listen-holder-cases";

const ROOTS = [
  { dir: "test/corpus/listen", decisions: "test/corpus/listen-decisions.json", heldOut: false },
  {
    dir: "/tmp/roots-openL/listen",
    decisions: "/tmp/roots-openL/listen-decisions.json",
    heldOut: true,
  },
];

async function main(out: string): Promise<void> {
  const sets: HolderSet[] = [];
  for (const root of ROOTS) {
    const { runs } = await runListenCorpus(root.dir, root.decisions);
    for (const run of runs) {
      const name = run.case.id.split("/")[0]!;
      let set = sets.find((s) => s.name === name);
      if (!set) sets.push((set = { name, heldOut: root.heldOut, cases: [] }));
      set.cases.push({
        case: run.case,
        suggestions: run.suggestions.map((s) => ({
          profile: s.profile,
          field: s.field,
          ...(s.op === undefined ? {} : { op: s.op }),
          value: s.value,
          ...(s.quote === undefined ? {} : { quote: s.quote }),
          ...(s.alreadyKnown === undefined ? {} : { alreadyKnown: s.alreadyKnown }),
        })),
      });
    }
  }
  writeFileSync(out, JSON.stringify(sets) + "\n");
}

const out = process.argv[2];
if (!out) throw new Error("usage: listen-holder-cache.ts OUT.json");
void main(out);
