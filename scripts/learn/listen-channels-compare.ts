/**
 * Round 37 (listen-channels-37): what a reading adds, by the scorer's verdict. BASE and NEW are
 * listen-holder-cache.ts outputs of the engine without and with the reading; every suggestion NEW
 * makes that BASE does not is the reading's. Per added suggestion: right (it catches an
 * expectation BASE misses), wrong (a new suggestion the case does not expect), or neutral; and
 * each case's listening negatives clean before and after.
 *
 * First sight (--first FIRST.json, the same shape from the first-sight engines, e.g. round 36's
 * /tmp/lr36-first-all.json): the suggestions the reading adds today are added to the first-sight
 * output of the same message and the case is scored again: what the reading would have added on
 * first sight, as far as today's engine around it hears the same.
 *
 *   npx tsx scripts/learn/listen-channels-compare.ts BASE.json NEW.json [--first FIRST.json] [--match RE]
 *
 * --match RE keeps only added suggestions whose quote matches RE (one reading of several).
 */
import { readFileSync } from "node:fs";
import { scoreListen, type HeardSuggestion, type ListenCase } from "../corpus/score-listen";

interface CachedCase {
  case: ListenCase;
  suggestions: HeardSuggestion[];
}
interface CachedSet {
  name: string;
  cases: CachedCase[];
}

const key = (s: HeardSuggestion) =>
  [s.profile.toLowerCase(), s.field, s.op ?? "", s.value, s.alreadyKnown ? "k" : ""].join("\u0001");

function load(file: string): Map<string, CachedCase> {
  const out = new Map<string, CachedCase>();
  for (const set of JSON.parse(readFileSync(file, "utf8")) as CachedSet[])
    for (const c of set.cases) out.set(c.case.id, c);
  return out;
}

export interface Effect {
  rights: number;
  wrongs: number;
  cleanLost: number;
  rightSets: Set<string>;
  lines: string[];
}

export function effect(
  before: CachedCase,
  added: HeardSuggestion[],
  label: string,
  effectOut: Effect,
): void {
  const a = scoreListen([{ case: before.case, suggestions: before.suggestions }]);
  const b = scoreListen([{ case: before.case, suggestions: [...before.suggestions, ...added] }]);
  const rights = b.overall.caught - a.overall.caught;
  const wrongs = b.wrong.length - a.wrong.length;
  const cleanLost = a.overall.clean - b.overall.clean;
  effectOut.rights += rights;
  effectOut.wrongs += wrongs;
  effectOut.cleanLost += cleanLost;
  if (rights > 0) effectOut.rightSets.add(before.case.id.split("/")[0]!);
  for (const s of added)
    effectOut.lines.push(
      `${label}\t${rights > 0 ? "RIGHT" : wrongs > 0 ? "WRONG" : "neutral"}\t${before.case.id}\t${s.profile} ${s.field} ${s.op ?? ""} ${s.value}\t${JSON.stringify(s.quote ?? "")}`,
    );
}

function main(argv: string[]): void {
  const [baseFile, newFile] = argv;
  if (!baseFile || !newFile)
    throw new Error("usage: listen-channels-compare.ts BASE NEW [--first F] [--match RE]");
  const firstAt = argv.indexOf("--first");
  const matchAt = argv.indexOf("--match");
  const match = matchAt >= 0 ? new RegExp(argv[matchAt + 1]!, "i") : undefined;
  const base = load(baseFile);
  const now = load(newFile);
  const first = firstAt >= 0 ? load(argv[firstAt + 1]!) : undefined;
  const today: Effect = { rights: 0, wrongs: 0, cleanLost: 0, rightSets: new Set(), lines: [] };
  const sight: Effect = { rights: 0, wrongs: 0, cleanLost: 0, rightSets: new Set(), lines: [] };
  let removed = 0;
  for (const [id, after] of now) {
    const before = base.get(id);
    if (!before) continue;
    const had = new Set(before.suggestions.map(key));
    const has = new Set(after.suggestions.map(key));
    removed += before.suggestions.filter((s) => !has.has(key(s))).length;
    const added = after.suggestions.filter(
      (s) => !had.has(key(s)) && (!match || match.test(s.quote ?? "")),
    );
    if (added.length === 0) continue;
    effect(before, added, "today", today);
    const old = first?.get(id);
    if (old) {
      const known = new Set(old.suggestions.map(key));
      const fresh = added.filter((s) => !known.has(key(s)));
      if (fresh.length > 0) effect(old, fresh, "first-sight", sight);
    }
  }
  for (const line of [...today.lines, ...sight.lines]) console.log(line);
  const sum = (name: string, e: Effect) =>
    `${name}: rights ${e.rights} (sets ${[...e.rightSets].sort().join(",") || "-"}), wrongs ${e.wrongs}, negatives clean lost ${e.cleanLost}`;
  console.log(sum("today, all readable sets", today));
  if (first) console.log(sum("first sight (added to the old output)", sight));
  console.log(`suggestions BASE made that NEW does not: ${removed}`);
}

if (require.main === module) main(process.argv.slice(2));
