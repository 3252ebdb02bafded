/**
 * Round 39 (listen-39): what a change does to today's suggestions, from two caches of
 * listen-wrongs-cache.ts (before, after): every suggestion made by one and not the other (by case,
 * profile, field, op and value), with the scorer's verdict, and the counts a ship rule reads
 * (rights and wrongs added and removed, the sets they span).
 *
 *   npx tsx scripts/learn/listen-compare-caches.ts BEFORE.json AFTER.json [--first]
 *
 * --first compares the caches' first-sight suggestions instead of today's.
 */
import { readFileSync } from "node:fs";
import type { WrongsItem, WrongsSet } from "./listen-wrongs-cache";

const [beforePath, afterPath] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!beforePath || !afterPath) {
  console.error("usage: listen-compare-caches.ts BEFORE.json AFTER.json [--first]");
  process.exit(2);
}
const first = process.argv.includes("--first");
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as WrongsSet[];
const key = (s: WrongsItem) => `${s.profile}|${s.field}|${s.op}|${s.value}`;

const counts = { added: new Map<string, Set<string>>(), removed: new Map<string, Set<string>>() };
const tally = (which: Map<string, Set<string>>, verdict: string, set: string) => {
  const sets = which.get(verdict) ?? new Set<string>();
  which.set(verdict, sets);
  sets.add(set);
};
const n = { added: {} as Record<string, number>, removed: {} as Record<string, number> };

const after = new Map(read(afterPath).map((s) => [s.name, s]));
for (const set of read(beforePath)) {
  const other = new Map((after.get(set.name)?.cases ?? []).map((c) => [c.id, c]));
  for (const c of set.cases) {
    const a = (first ? c.firstSight : c.today) ?? [];
    const b = (first ? other.get(c.id)?.firstSight : other.get(c.id)?.today) ?? [];
    const was = new Map(a.map((s) => [key(s), s]));
    const now = new Map(b.map((s) => [key(s), s]));
    for (const [k, s] of was) {
      if (now.has(k)) continue;
      console.log(`- ${set.name} ${c.id} ${s.verdict} ${s.field}=${s.value} "${s.quote}"`);
      n.removed[s.verdict] = (n.removed[s.verdict] ?? 0) + 1;
      tally(counts.removed, s.verdict, set.name);
    }
    for (const [k, s] of now) {
      if (was.has(k)) continue;
      console.log(`+ ${set.name} ${c.id} ${s.verdict} ${s.field}=${s.value} "${s.quote}"`);
      n.added[s.verdict] = (n.added[s.verdict] ?? 0) + 1;
      tally(counts.added, s.verdict, set.name);
    }
  }
}
for (const which of ["added", "removed"] as const) {
  for (const [verdict, sets] of counts[which]) {
    console.log(
      `${which} ${verdict}: ${n[which][verdict]} in ${sets.size} sets (${[...sets].join(", ")})`,
    );
  }
}
