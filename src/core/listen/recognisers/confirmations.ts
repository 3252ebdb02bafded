/**
 * Round 24 (analysis-lh21 G8): a value on file confirmed without a wish verb: "Weekly on Monday
 * mornings is still right for us", "Email remains fine", "The existing exclusion of 'Review of
 * file' stays in place", "Marriott still stands". The subject names the value; the predicate says
 * it holds. Every candidate is `confirmsOnly`: listen.ts keeps it only when the profile already
 * holds that value, and then suggests the value as stored (a confirmation, alreadyKnown), so this
 * reading can never make a change, however loosely the subject is read.
 */
import { channelMentions } from "../lexicon";
import type { Candidate, ClauseContext } from "../recogniser";
import { cadenceIn } from "./status-updates";

// The predicate of a confirmation: still right / fine / in place, remains, stays, still stands.
const CONFIRMS =
  /\b(?:(?:is|are)\s+(?:still|also\s+still)|still\s+(?:is|are)|remains?|stays?)\s+(?:(?:perfectly|absolutely|just|quite)\s+)?(?:right|fine|good|ok|okay|correct|in\s+place|in\s+force|unchanged|as\s+(?:it\s+is|before))\b|\bstill\s+(?:stands|applies|holds)\b/i;
// A negation or a change in the subject or the predicate ("is still not right", "no longer").
const NOT_CONFIRMED =
  /\b(?:not|no|never|isn't|aren't|no\s+longer|instead|rather\s+than|except|until|unless)\b/i;
// What the rest of the sentence turns to: "…is still fine, but from January monthly please".
// ("Marriott still stands, though." ends on a concession, which turns nothing.)
const TURNS_AFTER =
  /^\s*[,;:–—-]?\s*(?:(?:but|however|except|until|unless|for\s+now)\b|(?:though|although)\s+\w)/i;
// The subject's own words around the value: "the existing exclusion of", "our", "the".
const FRAME =
  /^(?:(?:and|so|also|but)\s+)?(?:the|our|your|my|this|that)?\s*(?:(?:existing|current|old|usual|standing)\s+)?(?:(?:exclusion|ban|bar|prohibition|refusal|rule)\s+(?:of|on|against)\s+)?/i;
const QUOTED = /["“'‘]([^"”'’\n]{2,60})["”'’]/;
const DETAIL = /\b(?:summary|summaries|detailed|itemi[sz]ed)\b/i;

export function recogniseConfirmations(context: ClauseContext): Candidate[] {
  const { clause, sentence, read } = context;
  // The words as written: the clause's reading drops adverbs such as "still".
  const text = read.text.slice(clause.start, clause.end);
  const m = CONFIRMS.exec(text);
  if (!m) return [];
  const subject = text.slice(0, m.index).trim();
  if (subject.length === 0 || subject.length > 80 || NOT_CONFIRMED.test(subject + " " + m[0]))
    return [];
  const rest = read.text.slice(clause.end, sentence.end);
  if (TURNS_AFTER.test(text.slice(m.index + m[0].length)) || TURNS_AFTER.test(rest)) return [];
  const found: Candidate[] = [];
  const add = (field: Candidate["field"], value: string | undefined) => {
    if (value) found.push({ field, value, confirmsOnly: true });
  };
  add("statusUpdates", cadenceIn(subject));
  for (const mention of channelMentions(subject)) {
    add("preferredChannels", mention.channel);
    if (mention.platform) add("meetingPlatform", mention.platform);
  }
  const detail = DETAIL.exec(subject)?.[0].toLowerCase();
  if (detail) add("billingDetail", /^summar/.test(detail) ? "summary" : "detailed");
  // A list's entry named by the subject: its quoted wording, else the subject's own words.
  const named =
    QUOTED.exec(subject)?.[1] ??
    subject
      .replace(FRAME, "")
      .replace(/[.,;:]+$/, "")
      .trim();
  if (named && named.split(/\s+/).length <= 6) {
    for (const field of ["bannedBillingPhrases", "competitors", "avoidTopics"] as const)
      add(field, named);
  }
  return found;
}
