/**
 * Round 37 (listen-37): reads listen-wrongs-cache.ts's cache. Lists every WRONG first-sight
 * suggestion (set, case, field, value, sentence, and whether today's engine still makes it), then
 * measures candidate refusals, each alone, on today's output of every readable set and on first
 * sight: a refusal is a test of the suggestion's field, value and the sentence holding its quote,
 * applied after the fact (the first-sight engines are not rebuilt with it: the same test runs on
 * their suggestions' sentences, as today's engine reads the message).
 *
 *   npx tsx scripts/learn/listen-wrongs.ts CACHE.json [--list]
 */
import { readFileSync } from "node:fs";
import type { WrongsCase, WrongsItem, WrongsSet } from "./listen-wrongs-cache";

type Refusal = (item: WrongsItem, c: WrongsCase) => boolean;

// Each refusal is written from the general shape, with no word of one set's cases.
const GENERAL_INVITE =
  /\b(?:always|any\s*time|anytime|future|again|keep|generally|whenever|ever|every|all)\b/i;
const ACCEPTS_ONE =
  /\b(?:sounds?\s+(?:lovely|great|good|fun|perfect|wonderful)|count\s+(?:me|us)\s+in|see\s+you\s+there|(?:i|we)(?:'d|\s+would)\s+love\s+to\s+(?:come|join))\b/i;
const RELATION =
  /\b(?:[A-Z][\w-]*(?:'s|’s)|(?:our|their|the)\s+(?:jv\s+|joint[- ]venture\s+)?)\s*(?:daughter|son|wife|husband|mother|father|brother|sister|tenant|customer|insurers?|insured|buyer|supplier|landlord|partner)\b/;
// A name, not a sentence adverb ("Also, when we talk…", "Honestly, if…").
const VOCATIVE_CONDITION =
  /^(?!(?:also|and|but|so|then|now|yes|no|well|oh|ok|okay|sorry|anyway|finally|first|second|third|again|otherwise|meanwhile|separately|lastly|still|plus|however|thanks|please|hi|hello|dear|[a-z]+ly)\b)[A-Z][^\s,]+(?:\s+[A-Z][^\s,]+)?,\s+(?:if|unless|when)\b/i;
const CHANNEL_FIELDS = new Set(["preferredChannels", "avoidChannels", "meetingPlatform"]);
const TITLE_FORM = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|lady|lord)\.?\s/i;
const KEPT_FOR_SOME = /\b(?:only|nobody|no\s+one|except|bar|since\s+school|passports?)\b/i;
const PLATFORMS = new Set(["teams", "zoom", "webex", "google-meet", "skype"]);

/** The words of the writer's own name: display name and the address's local part. */
function ownWords(c: WrongsCase): Set<string> {
  const words = `${c.writer} ${c.from.split("@")[0]}`.toLowerCase().normalize("NFD");
  return new Set(
    words
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1),
  );
}

export const REFUSALS: Record<string, Refusal> = {
  // Names (rounds 33–35: the writers split): a form of the writer's own name kept out, unless
  // the sentence refuses it in so many words ("not X", "don't call me X").
  "own name's other form": (i, c) => {
    if (i.field !== "avoidNames") return false;
    const own = ownWords(c);
    const words = i.value
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
    if (!words.split(/[^a-z]+/).some((w) => own.has(w))) return false;
    return !new RegExp(`\\bnot\\s+["“']?${i.value.split(/\s+/)[0]}`, "i").test(i.sentence);
  },
  // Its two largest parts alone: a title form ("Mr X makes me feel…"), the formal name kept for
  // officials or family ("only my gran calls me X", "nobody's called me X since school").
  "own name's title form": (i) => i.field === "avoidNames" && TITLE_FORM.test(i.value),
  "formal name kept for some": (i) =>
    i.field === "avoidNames" && !TITLE_FORM.test(i.value) && KEPT_FOR_SOME.test(i.sentence),
  // Platforms (a field question: meetingPlatform or avoidChannels): a platform kept out where
  // the sentence names no block, ban or rule, only trouble or a switch.
  "platform avoided without a rule": (i) =>
    i.field === "avoidChannels" &&
    PLATFORMS.has(i.value) &&
    !/\b(?:block|blocks|blocked|ban|banned|not\s+allowed|not\s+permitted|policy|security|firewall|no\s+more|don't|do\s+not|never)\b/i.test(
      i.sentence,
    ),
  // Value: a cadence said for a stretch of time ("while the hearing runs", "until the decision"),
  // which the heard value may carry without its scope.
  "cadence with a scope": (i) =>
    i.field === "statusUpdates" &&
    /\b(?:until|till|while|during|in\s+season|off-season|outside\s+the|for\s+now|for\s+the\s+time\s+being)\b/i.test(
      i.sentence,
    ),
  // One-off: a single invitation accepted ("lunch after the hearing sounds lovely, count me in").
  "one-off acceptance": (i) =>
    i.field === "entertainment" &&
    i.value === "welcome" &&
    ACCEPTS_ONE.test(i.sentence) &&
    !GENERAL_INVITE.test(i.sentence),
  // Whose: a wish of someone the sentence names by their relation to another ("X's daughter",
  // "our partner", "the insurers").
  "third party by relation": (i) =>
    (CHANNEL_FIELDS.has(i.field) || i.field === "billingDetail") && RELATION.test(i.sentence),
  // Hypothetical: a condition after a vocative ("Tomás, if we end up…").
  "condition after a vocative": (i) =>
    i.field !== "entertainment" &&
    i.field !== "bannedBillingPhrases" &&
    VOCATIVE_CONDITION.test(i.sentence.trim()),
};

/** Why the scorer calls `i` wrong: a negative of the case, another profile, another value. */
function whyWrong(i: WrongsItem, c: WrongsCase): string {
  if (i.hard) return `negative: ${i.hard}`;
  const same = c.expected.filter((e) => e.field === i.field);
  const value = (v: string) => v.toLowerCase().trim();
  if (same.some((e) => e.values.some((v) => value(v) === value(i.value))))
    return `expected for ${same.map((e) => e.profile).join(", ")}`;
  if (same.length > 0)
    return `expected value ${same.map((e) => `${e.op === "remove" ? "remove " : ""}"${e.values[0]}"`).join(", ")}`;
  return "not expected";
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error("usage: listen-wrongs.ts CACHE.json [--list]");
  const sets = JSON.parse(readFileSync(file, "utf8")) as WrongsSet[];
  if (process.argv.includes("--list")) {
    for (const set of sets)
      for (const c of set.cases)
        for (const i of c.firstSight ?? []) {
          if (i.verdict !== "wrong") continue;
          // Today's suggestion of the same field, operation and value (any case).
          const sameAs = (t: (typeof c.today)[number]) =>
            t.field === i.field && t.op === i.op && t.value.toLowerCase() === i.value.toLowerCase();
          const same = c.today.filter((t) => sameAs(t) && t.verdict === "wrong");
          const elsewhere = c.today.some((t) => sameAs(t) && t.verdict === "right");
          const still = same.length > 0 ? "still" : elsewhere ? "right today" : "gone";
          console.log(
            [
              set.name,
              c.id.split("/")[1],
              `${i.field}/${i.op}`,
              i.profile,
              i.value,
              `why: ${whyWrong(i, c)}`,
              still,
              i.quote.replace(/\s+/g, " "),
            ].join("\t"),
          );
        }
  }
  for (const [name, refuses] of Object.entries(REFUSALS)) {
    for (const which of ["today", "firstSight"] as const) {
      const hit = sets.flatMap((s) =>
        s.cases.flatMap((c) =>
          (c[which] ?? [])
            .filter((i) => i.verdict !== "confirm" && refuses(i, c))
            .map((i) => ({ set: s.name, i })),
        ),
      );
      const wrong = hit.filter((h) => h.i.verdict === "wrong");
      const right = hit.filter((h) => h.i.verdict === "right");
      const wrongSets = [...new Set(wrong.map((h) => h.set))];
      console.log(
        `${name}\t${which}\twrongs removed ${wrong.length} (${wrongSets.join(" ") || "-"})\trights removed ${right.length} (${[...new Set(right.map((h) => h.set))].join(" ") || "-"})`,
      );
      for (const h of hit)
        console.log(
          `    ${h.i.verdict}\t${h.set}\t${h.i.field}\t${h.i.value}\t${h.i.sentence.replace(/\s+/g, " ").slice(0, 150)}`,
        );
    }
  }
}

if (require.main === module) main();
