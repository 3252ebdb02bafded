/**
 * Round 37 (listen-37): caches, for every listening set the round may read (dev and the opened
 * held-out sets, decisions applied as scripts/corpus.ts applies them), today's engine's
 * suggestions and, for the opened sets, the engine's FIRST-SIGHT suggestions (the output of the
 * main of before each set's archive, `rapport listen --format json` per set in DIR), each with
 * the scorer's verdict and the sentence that holds its quote in the text as today's engine reads
 * it. listen-wrongs.ts then lists, groups and measures refusal rules on the cache in seconds.
 *
 *   npx tsx scripts/learn/listen-wrongs-cache.ts OUT.json [--first-sight DIR]
 *
 * First sight is matched to today's cases by the message's file name (DIR/<set>.json may name
 * the messages under another root). A quote found nowhere in today's text keeps no sentence.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { readListenSets } from "../corpus/run-listen";
import { scoreListen, type ListenCase } from "../corpus/score-listen";
import { normaliseAddress } from "../../src/core/draft";
import { listen, type HeardFrom } from "../../src/core/listen/listen";
import type { Suggestion } from "../../src/core/listen";
import { clientMessageOf, ProfilesByKey } from "../../src/cli/commands/listen";
import { loadProfileFile } from "../../src/cli/profiles-file";
import { readDraftFile } from "../../src/cli/read-draft";
import { readFirstSight, ROOTS } from "./listen-gate-cache";

export type Verdict = "right" | "wrong" | "confirm";

export interface WrongsItem {
  profile: string;
  field: string;
  op: string;
  value: string;
  quote: string;
  alreadyKnown: boolean;
  verdict: Verdict;
  /** The case's negative the wrong suggestion violates (its "why"), when it violates one. */
  hard?: string;
  /** The sentence of today's reading that holds the quote's start ("" when not found). */
  sentence: string;
  /** Offsets of the quote in `text` (-1 when not found). */
  start: number;
  end: number;
}

export interface WrongsCase {
  id: string;
  from: string;
  writer: string;
  /** The body as today's engine reads it. */
  text: string;
  sentences: { start: number; end: number }[];
  expected: ListenCase["suggestions"];
  today: WrongsItem[];
  firstSight?: WrongsItem[];
  error?: string;
}

export interface WrongsSet {
  name: string;
  heldOut: boolean;
  cases: WrongsCase[];
}

const quiet = { stdout() {}, stderr() {}, color: false };

type Heard = Pick<Suggestion, "profile" | "field" | "op" | "value" | "quote" | "alreadyKnown"> & {
  start?: number;
  end?: number;
};

function label(c: ListenCase, heard: readonly Heard[], seen: HeardFrom | undefined): WrongsItem[] {
  const runs = [{ case: c, suggestions: heard.map((h) => ({ ...h })) }];
  const score = scoreListen(runs);
  const wrong = new Map(
    score.wrong.map((w) => [w.suggestion, w.negative ? (w.negative.why ?? w.negative.field) : ""]),
  );
  // scoreListen keeps the objects it was given: a suggestion matched an expectation when it is
  // neither wrong nor an uncounted confirmation.
  const given = runs[0]!.suggestions;
  const text = seen?.read.text ?? "";
  const sentences = seen?.read.sentences ?? [];
  return given.map((h) => {
    let start = h.start ?? -1;
    if (start < 0 || text.slice(start, h.end) !== h.quote) start = text.indexOf(h.quote);
    const sentence =
      start < 0 ? undefined : sentences.find((s) => s.start <= start && start < s.end);
    // A change is right unless the scorer blames it; a confirmation it does not blame is neither.
    const verdict: Verdict = wrong.has(h) ? "wrong" : h.alreadyKnown ? "confirm" : "right";
    return {
      profile: h.profile,
      field: h.field,
      op: h.op,
      value: h.value,
      quote: h.quote,
      alreadyKnown: h.alreadyKnown,
      verdict,
      ...(wrong.get(h) ? { hard: wrong.get(h) } : {}),
      sentence: sentence ? text.slice(sentence.start, sentence.end) : "",
      start,
      end: start < 0 ? -1 : start + h.quote.length,
    };
  });
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error("usage: listen-wrongs-cache.ts OUT.json [--first-sight DIR]");
  const at = process.argv.indexOf("--first-sight");
  const firstSight = at > 0 ? process.argv[at + 1] : undefined;
  const sets: WrongsSet[] = [];
  for (const root of ROOTS) {
    for (const { set, cases: setCases } of (
      await readListenSets(root.dir, root.decisions || undefined)
    ).bySet) {
      if (setCases.length === 0) continue;
      let earlier: Map<string, { error?: string; suggestions?: Heard[] }> | undefined;
      const messages =
        root.heldOut && firstSight ? readFirstSight<Heard>(firstSight, set.name) : undefined;
      if (messages) earlier = new Map(messages.map((m) => [basename(m.file), m]));
      const profiles = new ProfilesByKey(await loadProfileFile(set.profilesFile, quiet));
      const cases: WrongsCase[] = [];
      for (const c of setCases) {
        const blank: WrongsCase = {
          id: c.id,
          from: "",
          writer: "",
          text: "",
          sentences: [],
          expected: c.suggestions,
          today: [],
        };
        let draft;
        try {
          draft = await readDraftFile(c.file);
        } catch (error) {
          cases.push({ ...blank, error: String(error) });
          continue;
        }
        const address = draft.from?.address ? normaliseAddress(draft.from.address) : "";
        if (!address.includes("@")) {
          cases.push({ ...blank, error: "no sender address" });
          continue;
        }
        const message = clientMessageOf(draft);
        const known = await profiles.forMessage(address, message.recipients ?? []);
        const seen: { from?: HeardFrom } = {};
        const today = listen(message, known, seen);
        const then = earlier?.get(basename(c.file));
        cases.push({
          ...blank,
          from: address,
          writer: seen.from?.writer.name ?? "",
          text: seen.from?.read.text ?? "",
          sentences: (seen.from?.read.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
          today: label(c, today, seen.from),
          ...(earlier
            ? { firstSight: then?.error ? [] : label(c, then?.suggestions ?? [], seen.from) }
            : {}),
        });
      }
      sets.push({ name: set.name, heldOut: root.heldOut, cases });
      process.stderr.write(`${set.name} `);
    }
  }
  writeFileSync(out, JSON.stringify(sets));
  for (const which of ["today", "firstSight"] as const) {
    const items = sets.flatMap((s) => s.cases.flatMap((c) => c[which] ?? []));
    const n = (v: Verdict) => items.filter((i) => i.verdict === v).length;
    process.stderr.write(
      `\n${which}: ${n("right")} right, ${n("wrong")} wrong, ${n("confirm")} confirmations\n`,
    );
  }
}

if (require.main === module) void main();
