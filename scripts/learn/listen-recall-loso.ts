/**
 * Round 35 experiment (lead): can a learned sentence reader add what the rules do not hear?
 * For the closed-vocabulary fields (channels, meeting platform, billing detail, entertainment), a
 * logistic model per field scores each sentence of a client's own words; where the rules heard
 * nothing of that field in the message and the best sentence scores above a threshold, a
 * suggestion is added with the value the product's lexicon finds in the sentence. Judged leave-
 * one-set-out: each set (one writer, one firm) is held out in turn and the model trained on the
 * rest. Prints the trade (rights added, wrongs added) per threshold.
 *
 *   npx tsx scripts/learn/listen-recall-loso.ts ROOT...   (roots holding listen/<set>/)
 *   e.g. ROOT = test/corpus and a root of opened held-out sets; FIRSTSIGHT and LOSO_CACHE below.
 */
import { readFile, writeFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { clientMessageOf } from "../../src/cli/commands/listen";
import { parseEml } from "../../src/cli/read-draft";
import { readMessage } from "../../src/core/listen/message";
import { channelMentions } from "../../src/core/listen/lexicon";
import { isPersonalMailDomain } from "../../src/core/listen";
import { bucket } from "../../src/core/checks/second-opinion";
import { runListenCorpus } from "../corpus/run-listen";
import { scoreListen, type HeardSuggestion, type ListenRun } from "../corpus/score-listen";

const FIELDS = [
  "preferredChannels",
  "avoidChannels",
  "meetingPlatform",
  "billingDetail",
  "entertainment",
] as const;
type Field = (typeof FIELDS)[number];

interface Row {
  set: string;
  caseIndex: number;
  sentence: string;
  labels: Set<Field>;
}

/** 2^18 buckets: the same FNV-1a as the shipped second opinion. */
const hash = (feature: string): number => bucket(feature, 18);
function features(sentence: string): number[] {
  const words = sentence.toLowerCase().match(/[a-z']+|[?!]/g) ?? [];
  const out = new Set<number>([hash("__bias")]);
  words.forEach((w, i) => {
    out.add(hash(`u:${w}`));
    if (i > 0) out.add(hash(`b:${words[i - 1]} ${w}`));
  });
  return [...out];
}

function train(rows: { x: number[]; y: number }[], epochs = 8, rate = 0.2, l2 = 1e-5) {
  const w = new Float64Array(1 << 18);
  const pos = rows.filter((r) => r.y === 1).length;
  const weightPos = pos === 0 ? 1 : Math.min(20, (rows.length - pos) / pos / 4);
  for (let e = 0; e < epochs; e++) {
    // Fixed order, shuffled deterministically by index.
    for (let k = 0; k < rows.length; k++) {
      const r = rows[(k * 7919 + e * 104729) % rows.length]!;
      let z = 0;
      for (const f of r.x) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (r.y - p) * (r.y === 1 ? weightPos : 1);
      for (const f of r.x) w[f] = w[f]! * (1 - rate * l2) + rate * g;
    }
  }
  return (x: number[]) => {
    let z = 0;
    for (const f of x) z += w[f]!;
    return 1 / (1 + Math.exp(-z));
  };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

/** The value the product's lexicon finds in a sentence for a field, when there is one. */
function valueIn(field: Field, sentence: string): string | undefined {
  if (field === "preferredChannels" || field === "avoidChannels") {
    const found = [...new Set(channelMentions(sentence).map((m) => m.channel))];
    return found.length === 1 ? found[0] : undefined;
  }
  if (field === "meetingPlatform") {
    const found = [
      ...new Set(channelMentions(sentence).flatMap((m) => (m.platform ? [m.platform] : []))),
    ];
    return found.length === 1 ? found[0] : undefined;
  }
  if (field === "billingDetail") {
    if (/\b(?:summar|one[- ]line|single[- ]line|total|headline|lump)/i.test(sentence))
      return "summary";
    if (
      /\b(?:detail|breakdown|itemi[sz]|line[- ]by[- ]line|narrative|time entries)/i.test(sentence)
    )
      return "detailed";
    return undefined;
  }
  return /\b(?:welcome|happy to|love to|delighted|enjoy)\b/i.test(sentence) &&
    !/\b(?:not|no|never|don't|rather not)\b/i.test(sentence)
    ? "welcome"
    : "avoid";
}

const ORG_FIELDS = new Set<Field>(["meetingPlatform", "billingDetail"]);

async function main() {
  const roots = process.argv.slice(2);
  // LOSO_CACHE=FILE keeps the rules' output between runs (running the command is the slow part).
  const cacheFile = process.env.LOSO_CACHE;
  let cache: { runs: ListenRun[]; sets: string[] } | undefined;
  if (cacheFile) {
    try {
      await stat(cacheFile);
      cache = JSON.parse(await readFile(cacheFile, "utf8")) as typeof cache;
    } catch {
      cache = undefined;
    }
  }
  if (!cache) {
    const runs: ListenRun[] = [];
    const sets: string[] = [];
    for (const root of roots) {
      const heard = await runListenCorpus(
        join(root, "listen"),
        join(root, "listen-decisions.json"),
      );
      for (const r of heard.runs) {
        runs.push(r);
        sets.push(r.case.id.split("/")[0]!);
      }
      process.stderr.write(`${root}: ${heard.runs.length} messages\n`);
    }
    cache = { runs, sets };
    if (cacheFile) await writeFile(cacheFile, JSON.stringify(cache));
  }
  const { runs, sets } = cache!;
  let only: Set<number> | undefined;
  // FIRSTSIGHT=DIR: replace the rules' output of every set with a DIR/<set>.json (an older
  // engine's `rapport listen --format json` on a set it never saw) and judge those sets only.
  const firstSight = process.env.FIRSTSIGHT;
  if (firstSight) {
    const keep: number[] = [];
    for (const set of [...new Set(sets)]) {
      let output: { messages: { file: string; suggestions?: HeardSuggestion[] }[] };
      try {
        output = JSON.parse(await readFile(join(firstSight, `${set}.json`), "utf8"));
      } catch {
        continue;
      }
      const indices = sets.flatMap((s, i) => (s === set ? [i] : []));
      const byName = new Map(output.messages.map((m) => [basename(m.file), m]));
      for (const i of indices) {
        const message = byName.get(basename(runs[i]!.case.file));
        if (!message) continue;
        runs[i] = { ...runs[i]!, suggestions: message.suggestions ?? [] };
        keep.push(i);
      }
    }
    process.stderr.write(`first sight: ${keep.length} messages\n`);
    only = new Set(keep);
  }
  // Sentences of each message's own words, labelled by the expected quotes they hold.
  const rows: Row[] = [];
  const senders: { address: string; domain: string }[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const draft = await parseEml(await readFile(run.case.file), run.case.file);
    const message = clientMessageOf(draft);
    const read = readMessage(message);
    senders.push({ address: read.sender.address, domain: read.sender.domain });
    for (const sentence of read.sentences) {
      const text = fold(sentence.text);
      const labels = new Set<Field>();
      for (const e of run.case.suggestions) {
        if (!(FIELDS as readonly string[]).includes(e.field) || e.op === "remove" || !e.quote)
          continue;
        const q = fold(e.quote);
        if (q.length > 0 && (text.includes(q) || (q.includes(text) && text.length > 20)))
          labels.add(e.field as Field);
      }
      rows.push({ set: sets[i]!, caseIndex: i, sentence: sentence.text, labels });
    }
  }
  const X = rows.map((r) => features(r.sentence));
  const setNames = [...new Set(sets)];
  process.stderr.write(`${rows.length} sentences, ${setNames.length} sets\n`);
  // Scores of every sentence for every field, each from a model that never saw its set.
  const scores = rows.map(() => new Map<Field, number>());
  for (const held of setNames) {
    for (const field of FIELDS) {
      const training = rows.flatMap((r, k) =>
        r.set === held ? [] : [{ x: X[k]!, y: r.labels.has(field) ? 1 : 0 }],
      );
      const model = train(training);
      rows.forEach((r, k) => {
        if (r.set === held) scores[k]!.set(field, model(X[k]!));
      });
    }
  }
  const judged = (list: ListenRun[]) => (only ? list.filter((_, i) => only.has(i)) : list);
  const base = scoreListen(judged(runs));
  const line = (label: string, s: ReturnType<typeof scoreListen>) =>
    `${label.padEnd(10)} precision ${((100 * s.overall.correct) / s.overall.suggested).toFixed(1)}% (${s.overall.correct}/${s.overall.suggested})  recall ${((100 * s.overall.caught) / s.overall.expected).toFixed(1)}% (${s.overall.caught}/${s.overall.expected})`;
  console.log(line("rules", base));
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
    const boosted: ListenRun[] = runs.map((run, i) => {
      const heardFields = new Set(run.suggestions.map((s) => s.field));
      const added: HeardSuggestion[] = [];
      for (const field of FIELDS) {
        if (heardFields.has(field)) continue;
        let best: { k: number; p: number } | undefined;
        rows.forEach((r, k) => {
          if (r.caseIndex !== i) return;
          const p = scores[k]!.get(field)!;
          if (p > t && (!best || p > best.p)) best = { k, p };
        });
        if (!best) continue;
        const sentence = rows[best.k]!.sentence;
        const value = valueIn(field, sentence);
        if (!value) continue;
        const sender = senders[i]!;
        const org =
          (ORG_FIELDS.has(field) || /\b(?:we|our|us)\b/i.test(sentence)) &&
          !isPersonalMailDomain(sender.domain);
        added.push({
          profile: org ? `@${sender.domain}` : sender.address,
          field,
          op: field === "preferredChannels" || field === "avoidChannels" ? "add" : "set",
          value,
          quote: sentence,
        });
      }
      return { ...run, suggestions: [...run.suggestions, ...added] };
    });
    const s = scoreListen(judged(boosted));
    if (process.env.DIAG && t === 0.9) {
      let fieldExpected = 0;
      let fieldAbsent = 0;
      boosted.forEach((run, i) => {
        if (only && !only.has(i)) return;
        for (const a of run.suggestions.slice(runs[i]!.suggestions.length)) {
          const e = run.case.suggestions.find((x) => x.field === a.field);
          if (e) fieldExpected++;
          else fieldAbsent++;
          if (process.env.DIAG === "2")
            console.log(
              `  ${run.case.id} ${a.field}=${a.value} ${a.profile} ${e ? `expected ${e.values.join("|")} ${e.profile}` : "NOT EXPECTED"} :: ${a.quote?.replace(/\s+/g, " ").slice(0, 120)}`,
            );
        }
      });
      console.log(
        `  added where the field is expected: ${fieldExpected}; where it is not: ${fieldAbsent}`,
      );
    }
    const perField = FIELDS.map((f) => {
      const b = base.perField[f];
      const a = s.perField[f];
      return `${f} +${(a?.correct ?? 0) - (b?.correct ?? 0)}/+${(a?.suggested ?? 0) - (b?.suggested ?? 0)}`;
    }).join(", ");
    console.log(`${line(`t=${t}`, s)}   ${perField}`);
  }
}

void main();
