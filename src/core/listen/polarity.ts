/**
 * Round 16: the scope of a lifted obligation. "There's no need to keep X out of your letters",
 * "you don't have to avoid X", "please don't feel you have to leave us off your invitations any
 * more" deny the duty to exclude: whatever a recogniser read in the exclusion ("keep X out of…",
 * "leave us off…") is lifted, not asked for. Round 14 read this scope for billing and channels
 * only; here it holds for every list of things to avoid (withdrawals.ts removes the value when it
 * is on file) and for hospitality, where being left off the invitations no longer wished is a
 * welcome. An obligation lifted for anything else ("no need to invite us", "no need to send
 * updates") is the writer's refusal as before.
 */
import { NEED_GONE } from "./lifting";
import type { Candidate } from "./recogniser";

// Round 26: the denied need is lifting.ts's one reading ("no longer any need", "no further need").
const OBLIGATION_LIFTED = String.raw`(?:\b${NEED_GONE}\s+(?:for\s+(?:you|anyone|your\s+team)\s+)?to|\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|no\s+longer)\s+(?:need|have)\s+to|\bneedn['’]t|\bneed\s+not|\b(?:don['’]t|do\s+not)\s+feel\s+(?:that\s+)?(?:you\s+)?(?:have|need|ought|must)\s+to|\b(?:don['’]t|do\s+not)\s+feel\s+(?:obliged|bound)\s+to)`;
// The duty denied is one to exclude: avoid, leave or keep something out of or off something.
// Not "take us out" (to lunch: hospitality itself, whose refusal "no need to" still is).
const EXCLUDE = String.raw`(?:avoid|exclude|omit|skip|ban|bar|block|steer\s+clear\s+of|shy\s+away\s+from|stay\s+away\s+from|leave\s+out|(?:keep|leave|take|drop|strike|cross)\s+(?:[\w'’-]+\s+){0,4}?(?:off|out\s+of)\b)`;
const EXCLUSION_LIFTED = new RegExp(
  String.raw`${OBLIGATION_LIFTED}\s+(?:(?:really|just|always|still|necessarily|continue\s+to)\s+)?${EXCLUDE}`,
  "i",
);

/** The fields that hold something to avoid: an exclusion lifted never adds to them. */
const AVOIDED: ReadonlySet<string> = new Set([
  "avoidChannels",
  "avoidNames",
  "avoidTopics",
  "competitors",
  "bannedBillingPhrases",
]);

/** Whether the clause denies a duty to exclude something ("no need to keep X out of…"). */
export function exclusionLifted(text: string): boolean {
  return EXCLUSION_LIFTED.test(text);
}

/**
 * The clause's candidates with its lifted exclusion read: nothing added to a list to avoid, and
 * hospitality avoided turned into a welcome.
 */
export function withExclusionLifted(
  text: string,
  candidates: Candidate[] | undefined,
): Candidate[] | undefined {
  if (!candidates || !exclusionLifted(text)) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (AVOIDED.has(c.field)) continue;
    out.push(c.field === "entertainment" && c.value === "avoid" ? { ...c, value: "welcome" } : c);
  }
  return out.length > 0 ? out : undefined;
}
