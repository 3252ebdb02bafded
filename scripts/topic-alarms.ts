/**
 * Avoided topics on real mail: the 4,150 messages of `npm run false-alarms`, each checked as if
 * every recipient avoided the topics given (round 29: a new concept's words can fire on any
 * message, and the realistic profiles of false-alarms.ts rarely avoid them). Every finding
 * printed is a place to judge by hand.
 *
 *   npx tsx scripts/topic-alarms.ts "GMOs" "the avalanche" "sea lice"
 */
import { analyseDraft } from "../src/core/analysis";
import { evaluateWithDiagnostics } from "../src/core/engine";
import { parseProfiles, type ClientProfile } from "../src/core/profile";
import { evidenceContext, hamFromSenders } from "./false-alarms";

async function main(): Promise<void> {
  const topics = process.argv.slice(2);
  let messages = 0;
  let flagged = 0;
  for await (const { label, draft } of hamFromSenders()) {
    messages++;
    const { from: _from, ...withoutFrom } = draft;
    const profiles = new Map<string, ClientProfile | undefined>();
    for (const r of draft.recipients) {
      const key = r.address.toLowerCase();
      profiles.set(key, parseProfiles([{ matchKey: key, avoidTopics: topics }]).profiles[0]);
    }
    const { findings } = evaluateWithDiagnostics(withoutFrom, profiles, {}, {});
    const mine = findings.filter((f) => f.check === "avoided-topic");
    if (mine.length > 0) flagged++;
    const bodyText = analyseDraft(withoutFrom).body.text;
    const seen = new Set<string>();
    for (const f of mine) {
      const e = f.evidence;
      const key = `${e?.field}:${e?.start}`;
      if (!e || seen.has(key)) continue;
      seen.add(key);
      console.log(`${label}  "${e.text}"  ${evidenceContext(withoutFrom, bodyText, e, 70)}`);
    }
  }
  console.log(`${messages} messages; ${flagged} with an avoided-topic finding`);
}

void main();
