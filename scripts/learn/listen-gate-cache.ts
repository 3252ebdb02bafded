/**
 * Caches the rule engine's listening output, before the second opinion, for every set the round
 * may read (dev test/corpus/listen and the opened /tmp/roots-openL/listen), with each suggestion's
 * gate features: running the engine is the slow part, and the trainer and the LOSO harness then
 * take seconds. In-process, with the profiles the CLI would gather (`rapport listen --profiles`):
 * the cache's scores equal `scripts/corpus.ts`'s, which the script checks and prints.
 *
 *   npx tsx scripts/learn/listen-gate-cache.ts [OUT] (default /tmp/listen-gate-cache.json)
 *   npx tsx scripts/learn/listen-gate-cache.ts OUT --first-sight DIR
 *   npx tsx scripts/learn/listen-gate-cache.ts OUT --root DIR   (any other root's listen sets)
 *
 * With --first-sight, an opened set's suggestions are instead those of DIR/<set>.json, the output
 * of `rapport listen --format json` built from the main of before the set existed (the engine's
 * first sight of a new writer), read against the same text as today's engine reads; the sets
 * without such a file are left out.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { readListenSets } from "../corpus/run-listen";
import { scoreListen, type ListenCase, type ListenRun } from "../corpus/score-listen";
import { normaliseAddress } from "../../src/core/draft";
import { listen, type HeardFrom } from "../../src/core/listen/listen";
import type { Suggestion } from "../../src/core/listen";
import { contextOf, gateFeatures } from "./listen-gate-reader";
import { clientMessageOf, ProfilesByKey } from "../../src/cli/commands/listen";
import { loadProfileFile } from "../../src/cli/profiles-file";
import { readDraftFile } from "../../src/cli/read-draft";

export const ROOTS = [
  { dir: "test/corpus/listen", decisions: "test/corpus/listen-decisions.json", heldOut: false },
  {
    dir: "/tmp/roots-openL/listen",
    decisions: "/tmp/roots-openL/listen-decisions.json",
    heldOut: true,
  },
];

export interface CachedSuggestion {
  profile: string;
  field: string;
  op: string;
  value: string;
  quote: string;
  alreadyKnown: boolean;
  features: string[];
}
export interface CachedCase {
  case: ListenCase;
  error?: string;
  suggestions: CachedSuggestion[];
}
export interface CachedSet {
  name: string;
  heldOut: boolean;
  cases: CachedCase[];
}

const quiet = { stdout() {}, stderr() {}, color: false };

/**
 * One set's output from a first-sight run (`rapport listen --format json` of an older main:
 * DIR/<set>.json), its messages as written; undefined when that run has no such set.
 */
export function readFirstSight<S>(
  dir: string,
  setName: string,
): { file: string; error?: string; suggestions?: S[] }[] | undefined {
  const file = `${dir}/${setName}.json`;
  if (!existsSync(file)) return undefined;
  return (
    JSON.parse(readFileSync(file, "utf8")) as {
      messages: { file: string; error?: string; suggestions?: S[] }[];
    }
  ).messages;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/listen-gate-cache.json";
  const at = process.argv.indexOf("--first-sight");
  const firstSight = at > 0 ? process.argv[at + 1] : undefined;
  let moved = 0;
  let unfound = 0;
  const sets: CachedSet[] = [];
  const rootAt = process.argv.indexOf("--root");
  const roots =
    rootAt > 0
      ? [{ dir: `${process.argv[rootAt + 1]}/listen`, decisions: "", heldOut: true }]
      : ROOTS;
  for (const root of roots) {
    for (const { set, cases } of (await readListenSets(root.dir, root.decisions || undefined))
      .bySet) {
      if (cases.length === 0) continue;
      // The first-sight output of this set, by message file.
      let earlier: Map<string, { error?: string; suggestions?: Suggestion[] }> | undefined;
      if (firstSight) {
        const messages = root.heldOut
          ? readFirstSight<Suggestion>(firstSight, set.name)
          : undefined;
        if (!messages) continue;
        earlier = new Map(messages.map((m) => [m.file, m]));
      }
      const profiles = new ProfilesByKey(await loadProfileFile(set.profilesFile, quiet));
      const cached: CachedCase[] = [];
      for (const c of cases) {
        let draft;
        try {
          draft = await readDraftFile(c.file);
        } catch (error) {
          cached.push({ case: c, error: String(error), suggestions: [] });
          continue;
        }
        const address = draft.from?.address ? normaliseAddress(draft.from.address) : "";
        if (!address.includes("@")) {
          cached.push({ case: c, error: "no sender address", suggestions: [] });
          continue;
        }
        const message = clientMessageOf(draft);
        const known = await profiles.forMessage(address, message.recipients ?? []);
        const out: { from?: HeardFrom } = {};
        let suggestions = listen(message, known, out);
        const context = contextOf(message, out.from!);
        if (earlier) {
          const then = earlier.get(c.file);
          if (then?.error !== undefined) {
            cached.push({ case: c, error: then.error, suggestions: [] });
            continue;
          }
          // Offsets into the text as the engine reads it today: where the quote is found.
          suggestions = (then?.suggestions ?? []).map((s) => {
            if (context.text.slice(s.start, s.end) === s.quote) return s;
            const start = context.text.indexOf(s.quote);
            if (start < 0) {
              unfound++;
              return s;
            }
            moved++;
            return { ...s, start, end: start + s.quote.length };
          });
        }
        cached.push({
          case: c,
          suggestions: suggestions.map((s) => ({
            profile: s.profile,
            field: s.field,
            op: s.op,
            value: s.value,
            quote: s.quote,
            alreadyKnown: s.alreadyKnown,
            features: gateFeatures(s, context),
          })),
        });
      }
      sets.push({ name: set.name, heldOut: root.heldOut, cases: cached });
      process.stderr.write(`${set.name} `);
    }
  }
  await writeFile(out, JSON.stringify(sets));
  if (firstSight)
    process.stderr.write(
      `\nfirst sight: ${moved} quotes found at other offsets, ${unfound} not found\n`,
    );
  for (const group of [false, true]) {
    const runs: ListenRun[] = sets
      .filter((s) => s.heldOut === group)
      .flatMap((s) =>
        s.cases.map((c) => ({
          case: c.case,
          suggestions: c.suggestions,
          ...(c.error ? { error: c.error } : {}),
        })),
      );
    const o = scoreListen(runs).overall;
    process.stderr.write(`\n${group ? "opened" : "dev"}: ${JSON.stringify(o)}\n`);
  }
}

if (require.main === module) void main();
