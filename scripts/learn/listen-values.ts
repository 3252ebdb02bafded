/**
 * Round 38 (listen-38): reads listen-wrongs-cache.ts's cache and lists every WRONG suggestion whose
 * field matches an expected suggestion of the same message (the same field, a removal only against a
 * removal, as the scorer matches) but whose value does not: the right field with a
 * wrong value, which is both a wrong suggestion and a miss. The profile may differ too (a
 * value wrong for the profile the case expects). For first sight and for today's
 * engine: set, case, field, heard value, expected values, quote and the sentence.
 *
 *   npx tsx scripts/learn/listen-values.ts CACHE.json [--today | --first] [--tsv]
 *
 * With --tsv one line per item (for grouping by hand); otherwise a readable block per item.
 */
import { readFileSync } from "node:fs";
import type { WrongsCase, WrongsItem, WrongsSet } from "./listen-wrongs-cache";
import { catchesExpected, type ListenCase } from "../corpus/score-listen";

export interface ValueWrong {
  set: string;
  id: string;
  which: "today" | "firstSight";
  item: WrongsItem;
  expected: string[];
  /** Whether today's engine (for a first-sight item) still makes the same value. */
  still?: boolean;
}

/**
 * The expected values of `c` a heard `i` would match but for its value: expectations of the same
 * field (a removal only against a removal). One the value would catch on another profile leaves
 * `i` out: that is the right wish on the wrong profile (round 36), not a wrong value.
 */
export function sameSlot(i: WrongsItem, c: WrongsCase): string[] {
  const removes = i.op === "remove";
  const slots = c.expected.filter((e) => e.field === i.field && (e.op === "remove") === removes);
  const lc: ListenCase = { id: c.id, file: "", description: "", suggestions: [], negatives: [] };
  if (slots.some((e) => catchesExpected(lc, e, { ...i, profile: e.profile, alreadyKnown: false })))
    return [];
  return slots.flatMap((e) => e.values);
}

export function valueWrongs(sets: readonly WrongsSet[]): ValueWrong[] {
  const out: ValueWrong[] = [];
  for (const s of sets)
    for (const c of s.cases)
      for (const which of ["firstSight", "today"] as const)
        for (const item of c[which] ?? []) {
          if (item.verdict !== "wrong") continue;
          const expected = sameSlot(item, c);
          if (expected.length === 0) continue;
          const still =
            which === "firstSight"
              ? c.today.some(
                  (t) =>
                    t.field === item.field &&
                    t.value.toLowerCase() === item.value.toLowerCase() &&
                    t.verdict === "wrong",
                )
              : undefined;
          out.push({
            set: s.name,
            id: c.id,
            which,
            item,
            expected,
            ...(still === undefined ? {} : { still }),
          });
        }
  return out;
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error("usage: listen-values.ts CACHE.json [--today | --first] [--tsv]");
  const sets = JSON.parse(readFileSync(file, "utf8")) as WrongsSet[];
  const only = process.argv.includes("--today")
    ? "today"
    : process.argv.includes("--first")
      ? "firstSight"
      : undefined;
  const rows = valueWrongs(sets).filter((r) => !only || r.which === only);
  const flat = (t: string) => t.replace(/\s+/g, " ").trim();
  for (const r of rows) {
    const tag = r.which === "today" ? "today" : r.still ? "first (still)" : "first (mended)";
    if (process.argv.includes("--tsv")) {
      console.log(
        [
          r.set,
          r.id.split("/").pop(),
          tag,
          r.item.field,
          r.item.value,
          r.expected.join(" | "),
          flat(r.item.quote),
        ].join("\t"),
      );
      continue;
    }
    console.log(`${r.set}\t${r.id.split("/").pop()}\t${tag}\t${r.item.field}`);
    console.log(`    heard:    ${r.item.value}`);
    console.log(`    expected: ${r.expected.join(" | ")}`);
    console.log(`    quote:    ${flat(r.item.quote)}`);
    if (r.item.sentence && flat(r.item.sentence) !== flat(r.item.quote))
      console.log(`    sentence: ${flat(r.item.sentence)}`);
  }
  for (const which of ["firstSight", "today"] as const) {
    const these = rows.filter((r) => r.which === which);
    const sets = new Set(these.map((r) => r.set));
    const byField = new Map<string, number>();
    for (const r of these) byField.set(r.item.field, (byField.get(r.item.field) ?? 0) + 1);
    console.log(
      `${which}: ${these.length} right-field wrong-value suggestions in ${sets.size} sets; ${[...byField].map(([f, n]) => `${f} ${n}`).join(", ")}`,
    );
  }
}

if (require.main === module) main();
