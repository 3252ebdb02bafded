/**
 * Round 37 (listen-channels-37): every missed preferredChannels / avoidChannels expectation, on
 * first sight and on today's output, with its stage (no candidate of the field, the field heard
 * for the profile with another value, the value heard for another profile, refused by a guard)
 * and whether today's engine still misses it.
 *
 *   npx tsx scripts/learn/listen-channels-misses.ts TODAY.json [--first FIRST.json] [--json OUT]
 *
 * TODAY.json: listen-holder-cache.ts output on today's engine. FIRST.json: the same shape from
 * the first-sight engines (round 36's listen-restore first-sight run, /tmp/lr36-first-all.json,
 * whose cases also carry `vetoed`: the candidates a guard refused, with `guard`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  catchesExpected,
  scoreListen,
  type ExpectedSuggestion,
  type HeardSuggestion,
  type ListenCase,
} from "../corpus/score-listen";

export const CHANNEL_FIELDS = new Set(["preferredChannels", "avoidChannels"]);

interface CachedCase {
  case: ListenCase;
  suggestions: HeardSuggestion[];
  vetoed?: (HeardSuggestion & { guard?: string })[];
}
interface CachedSet {
  name: string;
  cases: CachedCase[];
}

export interface ChannelMiss {
  when: "first-sight" | "today";
  set: string;
  id: string;
  field: string;
  profile: string;
  values: string[];
  quote: string;
  stage: string;
  stillMissed: boolean;
}

function stageOf(c: CachedCase, e: ExpectedSuggestion): string {
  const refused = (c.vetoed ?? []).find((v) => catchesExpected(c.case, e, v));
  if (refused) return `refused (${refused.guard ?? "?"})`;
  if (c.suggestions.some((s) => catchesExpected(c.case, e, { ...s, profile: e.profile })))
    return "wrong profile";
  const sameField = c.suggestions.filter(
    (s) => s.field === e.field && s.profile.toLowerCase() === e.profile.toLowerCase(),
  );
  if (sameField.length > 0) return `wrong value (${sameField.map((s) => s.value).join(", ")})`;
  if (c.suggestions.some((s) => s.field === e.field)) return "field for another profile";
  return "no candidate";
}

export function channelMisses(
  sets: CachedSet[],
  when: ChannelMiss["when"],
  today: Map<string, CachedCase>,
): ChannelMiss[] {
  const out: ChannelMiss[] = [];
  for (const set of sets)
    for (const c of set.cases) {
      const score = scoreListen([{ case: c.case, suggestions: c.suggestions }]);
      for (const { expected: e } of score.misses) {
        if (!CHANNEL_FIELDS.has(e.field)) continue;
        const now = today.get(c.case.id);
        const stillMissed = now
          ? !now.suggestions.some((s) => catchesExpected(now.case, e, s))
          : true;
        out.push({
          when,
          set: set.name,
          id: c.case.id,
          field: e.field,
          profile: e.profile,
          values: e.values,
          quote: e.quote ?? "",
          stage: stageOf(c, e),
          stillMissed,
        });
      }
    }
  return out;
}

function main(argv: string[]): void {
  const todayFile = argv[0];
  if (!todayFile)
    throw new Error("usage: listen-channels-misses.ts TODAY.json [--first F] [--json OUT]");
  const firstAt = argv.indexOf("--first");
  const jsonAt = argv.indexOf("--json");
  const todaySets = JSON.parse(readFileSync(todayFile, "utf8")) as CachedSet[];
  const today = new Map<string, CachedCase>();
  for (const s of todaySets) for (const c of s.cases) today.set(c.case.id, c);
  const misses = channelMisses(todaySets, "today", today);
  if (firstAt >= 0) {
    const first = JSON.parse(readFileSync(argv[firstAt + 1]!, "utf8")) as CachedSet[];
    misses.push(...channelMisses(first, "first-sight", today));
  }
  for (const m of misses)
    console.log(
      [
        m.when,
        m.id,
        m.field,
        m.values.join("|"),
        m.stage,
        m.stillMissed ? "STILL" : "caught now",
        JSON.stringify(m.quote),
      ].join("\t"),
    );
  if (jsonAt >= 0) writeFileSync(argv[jsonAt + 1]!, JSON.stringify(misses, null, 1) + "\n");
}

if (require.main === module) main(process.argv.slice(2));
