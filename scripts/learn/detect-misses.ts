/**
 * Detection's misses on first sight, listed for grouping by mechanism (round 39, docs/checks.md
 * "Misses on first sight, by mechanism"). Reads the labelled first-sight caches
 * (scripts/learn/detect-first-sight.sh: /tmp/learn-detect-first for the opened held-out sets,
 * /tmp/learn-detect-first-dev for the dev sets: each set run by main as it stood before the set
 * entered) and today's cache (scripts/learn/detect-neg-cache.ts), scores each with the corpus
 * scorer, and lists every expected finding first sight missed with its check, expected text,
 * the sentence it sits in, the findings of that check and recipient that pointed elsewhere, and
 * whether today's engine still misses it.
 *
 *   npx tsx scripts/learn/detect-misses.ts [TODAY=/tmp/dd39/today] [OUT=/tmp/dd39/misses.json]
 *     [FIRST...=/tmp/learn-detect-first /tmp/learn-detect-first-dev]
 */
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sentenceAround } from "../../src/core/checks/second-opinion";
import { CHECK_IDS } from "../corpus/run-detection";
import { scoreDetection, type FieldTexts, type Miss } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";

/** One expected finding first sight missed. */
export interface FirstMiss {
  key: string;
  set: string;
  id: string;
  check: string;
  recipient: string;
  text: string;
  sentence: string;
  near: string[];
  /** Whether today's engine still misses it (undefined: the set is not in today's cache). */
  today?: boolean;
  todayNear?: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The sentence around the first place the snippet occurs in the draft's fields. */
export function snippetSentence(fields: FieldTexts | undefined, snippet: string): string {
  if (!fields || !snippet.trim()) return "";
  const pattern = new RegExp(
    snippet
      .trim()
      .split(/\s+/)
      .map((w) => escape(w).replace(/['’]/g, "['’]"))
      .join("\\s+"),
    "i",
  );
  const texts = [fields.subject, fields.location ?? "", fields.body, ...fields.attachments];
  for (const text of texts) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [from, to] = sentenceAround(text, m.index, m.index + m[0].length);
    return text.slice(from, to).replace(/\s+/g, " ").trim();
  }
  return "";
}

export function missKey(m: Miss): string {
  return `${m.id}|${m.expected.check}|${m.expected.recipient}|${m.expected.text ?? ""}`;
}

async function readSet(dir: string, file: string): Promise<CachedCase[]> {
  return JSON.parse(await readFile(join(dir, file), "utf8")) as CachedCase[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const todayDir = args[0] ?? "/tmp/dd39/today";
  const out = args[1] ?? "/tmp/dd39/misses.json";
  const firstDirs =
    args.length > 2 ? args.slice(2) : ["/tmp/learn-detect-first", "/tmp/learn-detect-first-dev"];
  const list: FirstMiss[] = [];
  let expected = 0;
  for (const dir of firstDirs) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
      const first = await readSet(dir, file);
      const score = scoreDetection(
        first.map((c) => c.run),
        CHECK_IDS,
      );
      expected += score.overall.expected;
      let todayMisses: Map<string, Miss> | undefined;
      if (existsSync(join(todayDir, file))) {
        const today = await readSet(todayDir, file);
        const t = scoreDetection(
          today.map((c) => c.run),
          CHECK_IDS,
        );
        todayMisses = new Map(t.misses.map((m) => [missKey(m), m]));
      }
      const fieldsOf = new Map(first.map((c) => [c.run.case.id, c.run.fields]));
      for (const m of score.misses) {
        const key = missKey(m);
        const still = todayMisses?.get(key);
        list.push({
          key,
          set: file.replace(".json", ""),
          id: m.id,
          check: m.expected.check,
          recipient: m.expected.recipient,
          text: m.expected.text ?? "",
          sentence: snippetSentence(fieldsOf.get(m.id), m.expected.text ?? ""),
          near: m.near,
          ...(todayMisses ? { today: still !== undefined } : {}),
          ...(still ? { todayNear: still.near } : {}),
        });
      }
    }
  }
  await writeFile(out, JSON.stringify(list, null, 1));
  const still = list.filter((m) => m.today).length;
  process.stdout.write(
    `expected ${expected}, missed on first sight ${list.length}, still missed today ${still}\n`,
  );
  for (const m of list)
    process.stdout.write(
      `${m.today === undefined ? "?" : m.today ? "M" : "-"} ${m.id} ${m.check} "${m.text}"` +
        ` | ${m.sentence}${m.near.length ? ` [near: ${m.near.join("; ")}]` : ""}\n`,
    );
}

if (process.argv[1]?.endsWith("detect-misses.ts")) void main();
