/**
 * Round 36 (listen-holder-36): what a change to whose-profile did, before → after, from two caches
 * of listen-holder-cache.ts: per set and per field, right suggestions (matching an expectation)
 * and wrong ones (new suggestions matching none), every suggestion that changed, and the
 * wrong-profile misses turned right (listen-holder-cases.ts) against rights turned wrong.
 *
 *   npx tsx scripts/learn/listen-holder-compare.ts BEFORE.json AFTER.json
 */
import { readFileSync } from "node:fs";
import { scoreListen } from "../corpus/score-listen";
import { holderCases, type HolderSet } from "./listen-holder-cases";

function figures(sets: HolderSet[]) {
  const score = scoreListen(sets.flatMap((s) => s.cases));
  const o = score.overall;
  return {
    score,
    right: o.correct,
    wrong: o.suggested - o.correct,
    caught: o.caught,
    expected: o.expected,
    p: (100 * o.correct) / Math.max(1, o.suggested),
    r: (100 * o.caught) / Math.max(1, o.expected),
  };
}

const key = (s: { profile: string; field: string; value: string; op?: string }) =>
  `${s.profile} ${s.field} ${s.op ?? ""} ${s.value}`;

function main(beforeFile: string, afterFile: string): void {
  const before = JSON.parse(readFileSync(beforeFile, "utf8")) as HolderSet[];
  const after = JSON.parse(readFileSync(afterFile, "utf8")) as HolderSet[];
  const line = (title: string, b: HolderSet[], a: HolderSet[]) => {
    const fb = figures(b);
    const fa = figures(a);
    console.log(
      `| ${title} | ${fb.right} / ${fb.wrong} → ${fa.right} / ${fa.wrong} | ${fb.p.toFixed(1)} → ${fa.p.toFixed(1)} | ${fb.r.toFixed(1)} → ${fa.r.toFixed(1)} |`,
    );
  };
  console.log("| sets | right / wrong suggestions | precision % | recall % |\n|---|---|---|---|");
  line(
    "dev",
    before.filter((s) => !s.heldOut),
    after.filter((s) => !s.heldOut),
  );
  line(
    "opened",
    before.filter((s) => s.heldOut),
    after.filter((s) => s.heldOut),
  );
  line("all", before, after);
  for (const b of before) {
    const a = after.find((s) => s.name === b.name)!;
    const fb = figures([b]);
    const fa = figures([a]);
    if (fb.right !== fa.right || fb.wrong !== fa.wrong) line(b.name, [b], [a]);
  }
  const fields = new Set([
    ...Object.keys(figures(before).score.perField),
    ...Object.keys(figures(after).score.perField),
  ]);
  console.log("\n| field | right / wrong before → after |\n|---|---|");
  for (const f of [...fields].sort()) {
    const b = figures(before).score.perField[f];
    const a = figures(after).score.perField[f];
    if (!b || !a) continue;
    if (b.correct !== a.correct || b.suggested !== a.suggested)
      console.log(
        `| ${f} | ${b.correct} / ${b.suggested - b.correct} → ${a.correct} / ${a.suggested - a.correct} |`,
      );
  }
  console.log("\nChanged suggestions:");
  for (const b of before) {
    const a = after.find((s) => s.name === b.name)!;
    b.cases.forEach((c, i) => {
      const ac = a.cases[i]!;
      const bk = new Set(c.suggestions.map(key));
      const ak = new Set(ac.suggestions.map(key));
      for (const s of c.suggestions) if (!ak.has(key(s))) console.log(`- ${c.case.id} ${key(s)}`);
      for (const s of ac.suggestions) if (!bk.has(key(s))) console.log(`+ ${c.case.id} ${key(s)}`);
    });
  }
  const hb = new Set(holderCases(before).map((h) => `${h.id} ${h.field}`));
  const ha = new Set(holderCases(after).map((h) => `${h.id} ${h.field}`));
  console.log(
    `\nwrong-profile misses: ${hb.size} → ${ha.size}; fixed: ${[...hb].filter((h) => !ha.has(h)).join("; ") || "none"}; new: ${[...ha].filter((h) => !hb.has(h)).join("; ") || "none"}`,
  );
}

main(process.argv[2]!, process.argv[3]!);
