/**
 * Round 40 (listen-40): every expectation FIRST SIGHT missed on the opened sets (scored against
 * today's expect files by the corpus scorer), with whether today's engine hears it (right, or the
 * field with a wrong value), and for what today still misses, the stage that drops it:
 *
 * - "no recogniser": no recogniser (nor the verbless or confirmation readings) gives a candidate of
 *   the field in the sentence that holds the expected quote;
 * - "value": a recogniser gives the field there, but no candidate's value is the writer's;
 * - "vetoed": a recogniser gives the right value, and something after it drops it (a guard, the
 *   holder, a withdrawal's or a later filter); "wrong profile" when today's output has the value
 *   for another profile;
 * - "quote not found": the expected quote is not in today's reading of the text.
 *
 *   npx tsx scripts/learn/listen-misses.ts CACHE [--tsv] [--json OUT]
 *
 * CACHE: listen-wrongs-cache.ts OUT.json --first-sight DIR. The stage is read by running today's
 * recognisers on the clauses of the quote's sentences, in process (listen.ts clauseCandidates,
 * as listening reads a clause).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readListenSets } from "../corpus/run-listen";
import {
  catchesExpected,
  scoreListen,
  type ExpectedSuggestion,
  type ListenCase,
} from "../corpus/score-listen";
import { normaliseAddress } from "../../src/core/draft";
import { clauseCandidates, listen, type HeardFrom } from "../../src/core/listen/listen";
import { clauseContext, type Candidate } from "../../src/core/listen/recogniser";
import { clientMessageOf, ProfilesByKey } from "../../src/cli/commands/listen";
import { loadProfileFile } from "../../src/cli/profiles-file";
import { readDraftFile } from "../../src/cli/read-draft";
import { ROOTS } from "./listen-gate-cache";
import type { WrongsSet } from "./listen-wrongs-cache";

export interface Miss {
  set: string;
  id: string;
  field: string;
  op: string;
  profile: string;
  values: string[];
  quote: string;
  /** "right" (today hears it), "wrong value" (today gives the field another value), "missed". */
  today: string;
  todayValue?: string;
  stage?: string;
  candidates?: string;
  sentence?: string;
}

const quiet = { stdout() {}, stderr() {}, color: false };
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

function locate(text: string, quote: string): number {
  const t = norm(text).toLowerCase();
  const q = norm(quote).toLowerCase().replace(/\s+/g, " ").trim();
  let at = t.replace(/\s/g, " ").indexOf(q);
  if (at < 0) at = t.replace(/\s/g, " ").indexOf(q.slice(0, 40));
  if (at < 0) at = t.replace(/\s/g, " ").indexOf(q.slice(-40));
  return at;
}

async function stageOf(
  file: string,
  profilesFile: string,
  c: ListenCase,
  e: ExpectedSuggestion,
  today: { profile: string; field: string; value: string; op: string }[],
): Promise<Pick<Miss, "stage" | "candidates" | "sentence">> {
  const draft = await readDraftFile(file);
  const address = draft.from?.address ? normaliseAddress(draft.from.address) : "";
  const message = clientMessageOf(draft);
  const profiles = new ProfilesByKey(await loadProfileFile(profilesFile, quiet));
  const known = await profiles.forMessage(address, message.recipients ?? []);
  const seen: { from?: HeardFrom } = {};
  listen(message, known, seen);
  const read = seen.from?.read;
  if (!read) return { stage: "unread" };
  const at = e.quote ? locate(read.text, e.quote) : -1;
  if (at < 0) return { stage: "quote not found" };
  const end = at + (e.quote?.length ?? 1);
  const sentences = read.sentences.filter((s) => s.start < end && at < s.end);
  const candidates: Candidate[] = [];
  for (const sentence of sentences)
    for (const clause of sentence.clauses) {
      candidates.push(...(clauseCandidates(clauseContext(read, sentence, clause)) ?? []));
    }
  const sentence = sentences.map((s) => s.text).join(" / ");
  const listed = candidates.map((k) => `${k.field}=${k.value}`).join("; ");
  const fits = candidates.filter(
    (k) =>
      k.field === e.field &&
      catchesExpected(c, e, {
        profile: e.profile,
        field: k.field,
        op: e.op === "remove" ? "remove" : "add",
        value: k.value,
      }),
  );
  if (fits.length > 0) {
    const elsewhere = today.some(
      (s) =>
        s.profile.toLowerCase() !== e.profile.toLowerCase() &&
        catchesExpected(c, e, { ...s, profile: e.profile }),
    );
    return { stage: elsewhere ? "wrong profile" : "vetoed", candidates: listed, sentence };
  }
  if (candidates.some((k) => k.field === e.field))
    return { stage: "value", candidates: listed, sentence };
  return { stage: "no recogniser", candidates: listed, sentence };
}

async function main(): Promise<void> {
  const cachePath = process.argv[2];
  if (!cachePath) throw new Error("usage: listen-misses.ts CACHE [--tsv] [--json OUT]");
  const cache = JSON.parse(readFileSync(cachePath, "utf8")) as WrongsSet[];
  const files = new Map<string, { file: string; profilesFile: string; c: ListenCase }>();
  for (const root of ROOTS.filter((r) => r.heldOut))
    for (const { set, cases } of (await readListenSets(root.dir, root.decisions)).bySet)
      for (const c of cases) files.set(c.id, { file: c.file, profilesFile: set.profilesFile, c });
  const misses: Miss[] = [];
  for (const set of cache)
    for (const wc of set.cases) {
      if (!wc.firstSight) continue;
      const at = files.get(wc.id);
      if (!at) continue;
      const c = at.c;
      const score = scoreListen([{ case: c, suggestions: wc.firstSight }]);
      for (const { expected: e } of score.misses) {
        const base = {
          set: set.name,
          id: wc.id,
          field: e.field,
          op: e.op ?? "add",
          profile: e.profile,
          values: e.values,
          quote: e.quote ?? "",
        };
        if (wc.today.some((s) => catchesExpected(c, e, s))) {
          misses.push({ ...base, today: "right" });
          continue;
        }
        const same = wc.today.filter(
          (s) =>
            s.field === e.field &&
            s.profile.toLowerCase() === e.profile.toLowerCase() &&
            (s.op === "remove") === (e.op === "remove"),
        );
        const stage = await stageOf(at.file, at.profilesFile, c, e, wc.today);
        misses.push({
          ...base,
          today: same.length > 0 ? "wrong value" : "missed",
          ...(same.length > 0 ? { todayValue: same.map((s) => s.value).join(" | ") } : {}),
          ...stage,
        });
      }
    }
  const at = process.argv.indexOf("--json");
  if (at > 0) writeFileSync(process.argv[at + 1]!, JSON.stringify(misses, null, 1));
  if (process.argv.includes("--tsv")) {
    for (const m of misses)
      console.log(
        [
          m.set,
          m.id.split("/").pop(),
          m.field,
          m.op,
          m.today,
          m.stage ?? "",
          m.values.join(" | "),
          m.todayValue ?? "",
          m.quote.replace(/\s+/g, " "),
          m.candidates ?? "",
        ].join("\t"),
      );
  }
  const count = (f: (m: Miss) => string) => {
    const by = new Map<string, number>();
    for (const m of misses) by.set(f(m), (by.get(f(m)) ?? 0) + 1);
    return [...by].sort((a, b) => b[1] - a[1]);
  };
  console.error(`${misses.length} first-sight misses`);
  console.error("today:", JSON.stringify(count((m) => m.today)));
  console.error("stage (today wrong or missed):", JSON.stringify(count((m) => m.stage ?? "-")));
  console.error(
    "still missed by field:",
    JSON.stringify(count((m) => (m.today === "right" ? "-" : m.field))),
  );
}

if (require.main === module) void main();
