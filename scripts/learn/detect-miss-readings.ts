/**
 * Candidate readings for the groups of detection's misses on first sight (round 39,
 * docs/checks.md "Misses on first sight, by mechanism"), measured without rebuilding any engine:
 * each reading is applied to the texts the scorer reads (subject and body) of every case in a
 * labelled cache, for each recipient whose profile has a topic the reading is for; a match that
 * no finding of that check and recipient already covers is added as a finding, and the cases are
 * scored again with the corpus scorer. Reported per reading and per cache: expected findings
 * gained (rights), hard negatives newly flagged (alarms) and new unexpected findings (to judge),
 * each listed with its sentence. A reading only adds, so it can lose no right. Quoted history is
 * skipped, as the engine skips it.
 *
 *   npx tsx scripts/learn/detect-miss-readings.ts [TODAY=/tmp/dd39/today]
 *     [FIRST...=/tmp/learn-detect-first /tmp/learn-detect-first-dev]
 *
 * The first-sight caches are scripts/learn/detect-first-sight.sh's (each set run by main as it
 * stood before the set entered); today's is scripts/learn/detect-neg-cache.ts's.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readDraftFile } from "../../src/cli/read-draft";
import { hostPaysIn } from "./detect-host-pays";
import { sentenceAround } from "../../src/core/checks/second-opinion";
import { indexProfiles, parseProfiles, resolveProfiles } from "../../src/core/profile";
import { findQuotedHistory, isInSpans } from "../../src/core/text/quoted-history";
import type { ClientProfile } from "../../src/core/profile";
import { CHECK_IDS } from "../corpus/run-detection";
import { scoreDetection, type CaseRun, type RunFinding } from "../corpus/score-detection";
import type { CachedCase } from "./detect-cache";
import { missKey } from "./detect-misses";
import { sentenceOf } from "./detect-neg";

/** A reading: which topics it is for, and where in a text it hears one of them. */
export interface Reading {
  name: string;
  check: "avoided-topic" | "entertainment-invite";
  /** The topic's spans in `text`, or [] (the topic as the profile writes it). */
  find(topic: string, notes: string, text: string): { start: number; end: number }[];
  /** For a reading of the whole profile (not one topic): run once with topic "". */
  wholeProfile?: (profile: ClientProfile) => boolean;
}

function all(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** People employed in a trade, a union or its branch (topic-senses.ts's WORKFORCE). */
const WORKFORCE =
  "workers|workforce|staff|employees|crews?|crewmen|drivers|nurses|doctors|medics|midwives|porters|cleaners|teachers|lecturers|pilots|dockers|dockworkers|longshoremen|stevedores|miners|seafarers|sailors|deckhands|machinists|operatives|fitters|welders|technicians|guards|conductors|controllers|handlers|firefighters|paramedics|union|unions|membership";
/** What follows the verb when it has an object or is another verb: "strike a deal", "struck gold". */
const STRIKE_OBJECT =
  "(?:a|an|the|that|this|these|those|it|me|you|us|him|her|them|gold|oil|lucky|back|out|off|down|up|deal|deals|balance|chord|home|first|fear|terror|lightning|[a-z]+ly)";

/**
 * R1, strikes by their verb: "strike" intransitive with a workforce as its subject ("the
 * nurses are striking again", "if the drivers strike next week"), the participle before a
 * workforce ("the striking miners"), or the gerund after a verb of starting or stopping with no
 * object ("have stopped striking"). Not "a striking resemblance", "the results are striking",
 * "striking a balance", "struck a deal", "struck me as".
 */
export const STRIKE_VERB: Reading = {
  name: "strike-verb",
  check: "avoided-topic",
  find(topic, _notes, text) {
    if (!/\b(?:strikes?|industrial action|walk-?outs?)\b/i.test(topic)) return [];
    return [
      ...all(new RegExp(`\\bstriking\\s+(?:${WORKFORCE})\\b`, "i"), text),
      ...all(
        new RegExp(
          `\\b(?:${WORKFORCE})\\s+(?:(?:have|has|had|will|would|could|might|may|are|were|is|was|be|been|all|again|not|now|still|to|threaten(?:ed|ing)?\\s+to|plan(?:ning)?\\s+to|voted\\s+to|going\\s+to|[a-z]{2,5}n['’]t)\\s+){0,3}(?:strike|strikes|striking|struck)\\b(?![-‐])(?!\\s+${STRIKE_OBJECT}\\b)`,
          "i",
        ),
        text,
      ),
      ...all(
        new RegExp(
          `\\b(?:stop(?:ped|s|ping)?|start(?:ed|s|ing)?|began|begin|keep|kept|keeps|continue[sd]?|resume[sd]?|carr(?:y|ied)\\s+on)\\s+striking\\b(?!\\s+${STRIKE_OBJECT}\\b)`,
          "i",
        ),
        text,
      ),
    ];
  },
};

/**
 * R2, a flood by its aftermath: the place "dried out", "all that water", "the big wet",
 * "waterlogged", "water damage", "the water came in". Not "water under the bridge".
 */
export const FLOOD_AFTERMATH: Reading = {
  name: "flood-aftermath",
  check: "avoided-topic",
  find(topic, _notes, text) {
    if (!/\b(?:flood|floods|flooding|flooded|inundation|deluge)\b/i.test(topic)) return [];
    return all(
      /\b(?:dried\s+out|drying\s+out|dry\s+out)\b|\ball\s+(?:that|the|this)\s+water\b(?!\s+under\b)|\bthe\s+(?:big|great)\s+wet\b|\bwaterlogged\b|\bwater\s+damage\b|\bthe\s+water\s+(?:came|got|rose|went)\b/i,
      text,
    );
  },
};

const KIN =
  "brother|sister|father|mother|dad|mum|mom|son|daughter|uncle|aunt|cousin|nephew|niece|siblings?|step(?:mother|father|brother|sister|son|daughter)|half-(?:brother|sister)|(?:brother|sister|son|daughter|father|mother)-in-law|ex-(?:husband|wife)";
const CONTENTIOUS = "dispute|row|feud|falling[- ]out|fight|quarrel|rift|litigation|proceedings";

/**
 * R3, a family dispute by its party: for a topic that is a dispute and names family ("her
 * father's estate dispute", "the family succession dispute", "the dispute with her brother"),
 * a relative's claim on, over or against something ("your brother's claim over the family
 * shares", not "your son's claim for expenses") or a quarrel with a relative ("the row with
 * your sister"); for a topic that is a relative by name ("her brother Declan Quinlan"), that
 * relative addressed to the client ("your brother").
 */
export const FAMILY_PARTY: Reading = {
  name: "family-party",
  check: "avoided-topic",
  find(topic, _notes, text) {
    const kin = new RegExp(`\\b(?:${KIN}|family|estate|inheritance|succession|will)\\b`, "i");
    const dispute = new RegExp(`\\b(?:${CONTENTIOUS}|claim|challenge|contest)\\b`, "i");
    const out: { start: number; end: number }[] = [];
    if (kin.test(topic) && dispute.test(topic)) {
      out.push(
        ...all(
          new RegExp(
            `\\b(?:your|his|her|their)\\s+(?:late\\s+)?(?:${KIN})['’]s\\s+(?:claim|challenge|case|action|lawsuit|caveat|appeal)\\s+(?:on|over|against|to|for\\s+(?:a|the|his|her)\\s+share)\\b`,
            "i",
          ),
          text,
        ),
        ...all(
          new RegExp(
            `\\b(?:${CONTENTIOUS})\\s+(?:with|against)\\s+(?:your|his|her)\\s+(?:${KIN})\\b`,
            "i",
          ),
          text,
        ),
      );
    }
    const person = new RegExp(`^(?:her|his|their|my)\\s+(${KIN})\\s+[A-Z]`).exec(topic.trim());
    if (person) out.push(...all(new RegExp(`\\byour\\s+${person[1]}\\b`, "i"), text));
    return out;
  },
};

/**
 * R4, hospitality by who pays or hosts (wired in round 39, withdrawn after review: scripts/learn/detect-host-pays.ts,
 * whose hostPaysIn this is): a sentence with the host's phrase ("our treat", "on us", "as our
 * guests", "at our table", "let us buy you", "we look after flights") and hospitality or the
 * reader taken or hosted, not a sentence of work or its costs nor one the reader cleared. The
 * check's own guards (a sentence of the past, the notes' exceptions, said to someone else) are
 * not applied here: on first sight this is an upper bound, for rights and alarms alike.
 */
export const HOST_PAYS_READING: Reading = {
  name: "host-pays",
  check: "entertainment-invite",
  wholeProfile: (profile) => profile.entertainment === "avoid",
  find(_topic, _notes, text) {
    const out: { start: number; end: number }[] = [];
    for (let pos = 0; pos < text.length;) {
      const [from, to] = sentenceAround(text, pos, pos);
      const phrase = hostPaysIn(text.slice(from, to));
      if (phrase) out.push({ start: from + phrase.start, end: from + phrase.end });
      pos = Math.max(to, pos + 1);
    }
    return out;
  },
};

export const READINGS: Reading[] = [STRIKE_VERB, FLOOD_AFTERMATH, FAMILY_PARTY, HOST_PAYS_READING];

const profileCache = new Map<string, Map<string, ClientProfile>>();
function profilesOf(caseFile: string): Map<string, ClientProfile> {
  const file = join(dirname(caseFile), "profiles.json");
  let byKey = profileCache.get(file);
  if (!byKey) {
    byKey = indexProfiles(
      parseProfiles(JSON.parse(readFileSync(file, "utf8")) as unknown).profiles,
    );
    profileCache.set(file, byKey);
  }
  return byKey;
}

const recipientsCache = new Map<string, string[]>();
async function recipientsOf(caseFile: string): Promise<string[]> {
  let r = recipientsCache.get(caseFile);
  if (!r) {
    r = (await readDraftFile(caseFile)).recipients.map((x) => x.address);
    recipientsCache.set(caseFile, r);
  }
  return r;
}

/** The run with the reading's findings added (those no finding of its check already covers). */
async function withReading(run: CaseRun, reading: Reading): Promise<CaseRun> {
  const fields = run.fields;
  if (!fields || run.error !== undefined) return run;
  const added: RunFinding[] = [];
  const profiles = resolveProfiles(await recipientsOf(run.case.file), profilesOf(run.case.file));
  for (const [address, profile] of profiles) {
    if (!profile) continue;
    const topics = reading.wholeProfile
      ? reading.wholeProfile(profile)
        ? [""]
        : []
      : (profile.avoidTopics ?? []);
    for (const topic of topics) {
      for (const [field, text] of [
        ["subject", fields.subject],
        ["body", fields.body],
      ] as const) {
        const quoted = findQuotedHistory(text);
        for (const span of reading.find(topic, profile.notes ?? "", text)) {
          // The engine reads the author's words only, never the quoted history.
          if (isInSpans(quoted, span.start, span.end)) continue;
          // A topic reading is covered by a finding on its words; a hospitality reading by one
          // in its sentence (the same invitation, which the check reports once).
          const [from, to] = reading.wholeProfile
            ? sentenceAround(text, span.start, span.end)
            : [span.start, span.end];
          const covered = [...run.findings, ...added].some(
            (f) =>
              f.check === reading.check &&
              f.recipient === address &&
              f.evidence?.field === field &&
              f.evidence.start < to &&
              from < f.evidence.end,
          );
          if (covered) continue;
          added.push({
            check: reading.check,
            recipient: address,
            message: `${reading.name}: ${topic || reading.check}`,
            severity: "warning",
            evidence: { field, text: text.slice(span.start, span.end), ...span },
          });
        }
      }
    }
  }
  return added.length ? { ...run, findings: [...run.findings, ...added] } : run;
}

function sentence(run: CaseRun, f: RunFinding): string {
  return sentenceOf(run.fields, f).slice(0, 200);
}

async function measure(dirs: string[], reading: Reading, label: string): Promise<void> {
  const rights: string[] = [];
  const alarms: string[] = [];
  const unexpected: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const before = (JSON.parse(readFileSync(join(dir, file), "utf8")) as CachedCase[]).map(
        (c) => c.run,
      );
      const after = await Promise.all(before.map((run) => withReading(run, reading)));
      const s0 = scoreDetection(before, CHECK_IDS);
      const s1 = scoreDetection(after, CHECK_IDS);
      const missed1 = new Set(s1.misses.map(missKey));
      for (const m of s0.misses)
        if (!missed1.has(missKey(m)))
          rights.push(`${m.id} "${m.expected.text ?? ""}" (${m.expected.recipient})`);
      const key = (a: { id: string; finding: RunFinding }) =>
        `${a.id}|${a.finding.check}|${a.finding.recipient}|${a.finding.evidence?.start ?? -1}`;
      const alarms0 = new Set(s0.falseAlarms.map(key));
      const unexpected0 = new Set(s0.unexpected.map(key));
      const runOf = new Map(after.map((r) => [r.case.id, r]));
      for (const a of s1.falseAlarms)
        if (!alarms0.has(key(a)))
          alarms.push(
            `${a.id} "${a.finding.evidence?.text ?? ""}" | ${sentence(runOf.get(a.id)!, a.finding)}`,
          );
      for (const a of s1.unexpected)
        if (!unexpected0.has(key(a)))
          unexpected.push(
            `${a.id} "${a.finding.evidence?.text ?? ""}" [${a.finding.message}] | ${sentence(runOf.get(a.id)!, a.finding)}`,
          );
    }
  }
  const sets = new Set(rights.map((r) => r.split("/")[0])).size;
  process.stdout.write(
    `${reading.name}, ${label}: rights +${rights.length} (${sets} sets), alarms +${alarms.length}, unexpected +${unexpected.length}\n`,
  );
  for (const r of rights) process.stdout.write(`  R ${r}\n`);
  for (const a of alarms) process.stdout.write(`  A ${a}\n`);
  for (const u of unexpected) process.stdout.write(`  U ${u}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const today = args[0] ?? "/tmp/dd39/today";
  const first =
    args.length > 1 ? args.slice(1) : ["/tmp/learn-detect-first", "/tmp/learn-detect-first-dev"];
  const only = process.env.READING;
  for (const reading of READINGS.filter((r) => !only || r.name === only)) {
    await measure(first, reading, "first sight");
    await measure([today], reading, "today");
  }
}

if (process.argv[1]?.endsWith("detect-miss-readings.ts")) void main();
