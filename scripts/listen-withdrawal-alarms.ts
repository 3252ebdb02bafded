/**
 * Withdrawals on real mail: the same 4,150 messages as listen-false-alarms.ts, each heard as if
 * its sender's profile held every value a withdrawal can lift (every channel avoided and
 * preferred, the sender's own given name avoided, common topics avoided, the brands these
 * mailing lists talk about as competitors). A removal needs a value on file, so an empty profile
 * list would never show one: this is the hardest real-mail test of the withdrawal cues
 * (src/core/listen/withdrawals.ts). Every removal printed is a place to judge.
 *
 *   npx tsx scripts/listen-withdrawal-alarms.ts
 */
import { listen } from "../src/core/listen";
import { parseProfiles, type ClientProfile } from "../src/core/profile";
import { hamFromSenders } from "./false-alarms";

const CHANNELS = ["phone", "sms", "whatsapp", "email", "teams", "signal", "post", "in-person"];
const PLATFORMS = ["zoom", "webex", "google-meet", "video"];
const TOPICS = [
  "politics",
  "football",
  "health",
  "religion",
  "money",
  "sport",
  "weather",
  "family",
];
const BRANDS = ["Microsoft", "Apple", "Google", "IBM", "Sun", "Red Hat", "Oracle", "Intel", "AOL"];

function profilesFor(address: string, name: string | undefined): ClientProfile[] {
  const given = name
    ?.trim()
    .split(/\s+/)[0]
    ?.replace(/[^\p{L}'-]/gu, "");
  const domain = address.slice(address.lastIndexOf("@"));
  const { profiles } = parseProfiles([
    {
      matchKey: address,
      avoidChannels: [...CHANNELS, ...PLATFORMS],
      preferredChannels: CHANNELS,
      avoidNames: given && given.length > 1 ? [given] : [],
      avoidTopics: TOPICS,
    },
    { matchKey: domain, competitors: BRANDS, bannedBillingPhrases: ["Review of file"] },
  ]);
  return profiles;
}

async function main(): Promise<void> {
  let messages = 0;
  let heardIn = 0;
  for await (const { label, draft, from } of hamFromSenders()) {
    messages++;
    const heard = listen(
      { from, subject: draft.subject, body: draft.body },
      profilesFor(from.address.toLowerCase(), from.name),
    ).filter((s) => s.op === "remove");
    if (heard.length > 0) heardIn++;
    for (const s of heard) {
      console.log(
        `${label}  remove ${s.field}=${s.value}  "${s.quote.replace(/\s+/g, " ").slice(0, 140)}"`,
      );
    }
  }
  console.log(`${messages} messages heard with full profiles; ${heardIn} with a removal`);
}

void main();
