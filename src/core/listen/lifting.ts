/**
 * Round 15: a withdrawal read in two independent parts (withdrawals.ts calls this beside its
 * whole-phrase cues): an **anchor**, the value on file (a ⟪Vn⟫ token in the clause's skeleton)
 * named bare or as a rule about it ("the no-WhatsApp rule", "the Zoom ban", "the ban on Acme"),
 * and a **lifting predicate** from a closed class anywhere after it in the same clause ("is gone",
 * "has been lifted", "no longer applies", "comes off the list", "is now allowed", "are now
 * payable"). Words between the two are free ("the old no-WhatsApp rule for Quillstack is gone"),
 * except another value, a negation or a contrast, which would give the predicate to something
 * else ("the Zoom ban stays but the WhatsApp ban is gone") or deny it ("is not gone").
 *
 * A rule's predicates ("gone", "over", "lifted") say nothing when the value is named bare
 * ("Acme is gone" may be a company closed, not a ban lifted); a value's predicates ("now
 * allowed", "comes off the list") hold for both. "Payable"/"billable" lift only a billing entry.
 */
import { NEED_GONE } from "./lexicon";
import type { RemovableField } from "./types";

// What may stand between an anchor and its predicate: a few words, never another value, a
// negation, a contrast or "still" ("the WhatsApp ban is still not lifted").
const BETWEEN = String.raw`(?<gap>[^⟪.;!?]{0,48}?)`;
const BLOCKED =
  /\b(?:not|never|still|but|while|whereas|although|though|unlike|except|if|unless)\b|n['’]t\b/i;

// Round 27 (analysis-lh24 E): every noun of a restriction, one list for every lift that names
// the rule ("the exclusion on X", "the prohibition of X", "the no-X rules"); withdrawals.ts reads
// its verb-first lifts with the same nouns.
const RESTRICTION = "rule|ban|restriction|block|bar|prohibition|exclusion";
export const RULE_WORD = String.raw`(?:${RESTRICTION}|policy|embargo)s?`;

/** A value named as a rule about it; group 1 (or 2, 3) is the token's number. */
const RULE_ANCHOR = String.raw`(?:\bno[\s-]+(?:[\w'’-]+\s+)?⟪V(\d+)⟫[\s-]+(?:[\w-]+\s+)?${RULE_WORD}|⟪V(\d+)⟫(?:\s+[\w-]+)?\s+${RULE_WORD}|\b${RULE_WORD}\s+(?:on|of|about|against|regarding)\s+(?:[\w'’-]+\s+){0,2}?⟪V(\d+)⟫)`;

// A word of time or certainty between the verb and the predicate ("has officially been lifted").
const ADVERB = String.raw`(?:now|finally|officially|also|just|already|since|definitely|formally|quietly)`;

// A rule that is over: "is gone", "has been lifted", "is no longer in force", "no longer applies".
const RULE_LIFTED = String.raw`(?:\b(?:is|are|was|were|(?:has|have)\s+(?:${ADVERB}\s+)?been|['’]s)\s+(?:${ADVERB}\s+)?(?:gone|lifted|relaxed|dropped|scrapped|removed|over|ended|withdrawn|rescinded|retired|revoked|cancelled|canceled|no\s+more|history|a\s+thing\s+of\s+the\s+past|no\s+longer\s+(?:needed|necessary|required|in\s+force|in\s+place|relevant))\b|\b(?:has|have)\s+(?:now\s+)?(?:gone|ended|lapsed|been\s+(?:lifted|dropped|scrapped|removed|withdrawn))\b|\bno\s+longer\s+(?:applies|apply|stands|holds)\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+apply\s+any\s?more\b)`;

// Round 12: a list of things to avoid, by what it holds or does ("the non-billable list", "our
// banned-words list", "the do-not-mention list"); not "the approved list" (taking a value off
// that one bans it).
const AVOID_KIND = String.raw`(?:non-?billable|non-?chargeable|banned|blocked|barred|excluded|prohibited|restricted|refused|disallowed|rejected|do[\s-]not[\s-](?:mention|use|name|bill|pay)|no[\s-](?:mention|name)|no-?go|off[\s-]limits|never[\s-]mention|black|competitors?|rivals?|sensitive[\s-]topics?|avoid)`;
// Round 26: a list named by what its keeper does to what is on it, in a relative clause ("the
// list of entries we reject", "the list of names you avoid with us", "the list of phrases that
// we won't pay for"): the keeper "we"/"you"/"I", the verb one that keeps a thing out.
const KEEPS_OUT = String.raw`(?:avoid|reject|exclude|ban|bar|block|refuse|disallow|strike\s+out|write\s+off|keep\s+out|(?:don['’]t|do\s+not|won['’]t|will\s+not|never|can['’]t|cannot)\s+(?:pay(?:\s+for)?|accept|allow|mention|name|use|bill|raise|discuss))`;
const LIST_BY_KEEPER = String.raw`(?:list|register|schedule)\s+of\s+(?:[\w-]+\s+){1,2}?(?:(?:that|which)\s+)?(?:we|you|i)\s+(?:(?:always|usually|normally|still|currently|now)\s+)?${KEEPS_OUT}\b`;
export const AVOID_LIST = String.raw`(?:the|our|your|their)\s+(?:(?:[\w-]+\s+){0,2}?${AVOID_KIND}(?:\s+[\w-]+){0,2}?\s+(?:list|register|schedule)|(?:list|register|schedule)\s+of\s+(?:[\w-]+\s+){0,1}?(?:(?:to|not\s+to|never\s+to)\s+)?${AVOID_KIND}|${LIST_BY_KEEPER})`;

// Round 26's denied need (NEED_GONE) lives in lexicon.ts beside the release it opens (RELEASED).
export { NEED_GONE };

// A value that is allowed again: "is now allowed", "can now be mentioned", "comes off the list".
// The list named bare ("off the list": the one that holds it) or by what it holds.
export const LIST = String.raw`(?:${AVOID_LIST}|(?:the|that|this|your|our)\s+list\b(?!\s+of\b))`;
const VALUE_LIFTED = String.raw`(?:\b(?:is|are|['’]s|['’]re)\s+now\s+(?:allowed|permitted|acceptable|accepted|approved|welcome)\b|\b(?:is|are)\s+(?:allowed|permitted|acceptable|approved)\s+(?:again|now|from\s+now\s+on|going\s+forward)\b|\bcan\s+now\s+be\s+(?:mentioned|named|used|raised|discussed|included)\b|\b(?:comes?|came|is\s+coming|are\s+coming|goes|went|has\s+come|have\s+come|is\s+taken|are\s+taken)\s+off\s+${LIST})`;

// A billing entry that may be charged again: "'Internal conference' entries are now payable".
const BILLING_LIFTED = String.raw`(?:\b(?:is|are|['’]s|['’]re)\s+now\s+(?:payable|billable|chargeable|recoverable)\b|\b(?:is|are)\s+(?:payable|billable|chargeable)\s+(?:again|now|from\s+now\s+on|going\s+forward)\b|\bcan\s+now\s+be\s+(?:billed|charged|invoiced)\b)`;

// Round 16: the same lift in the active voice, the predicate first: "we have dropped the
// prohibition on X", "the board has lifted the ban on X", "we've scrapped the no-X rule". The
// verb's own clause must assert it (tentativeBefore): "we have not dropped", "we may drop", "if
// the board lifts", "we are planning to lift" say nothing yet.
const LIFTING_VERB = String.raw`(?:dropped|lifted|scrapped|removed|relaxed|rescinded|revoked|withdrawn|withdrew|abolished|ended|retired|cancell?ed|canceled|got\s+rid\s+of|done\s+away\s+with|did\s+away\s+with)`;
const ACTIVE_LIFT = String.raw`\b(?:(?:has|have|had|['’]ve)\s+(?:${ADVERB}\s+)?)?(?:${ADVERB}\s+)?${LIFTING_VERB}\s+(?:the|our|that|this|its|their|my)\s+(?:(?:old|former|previous|earlier|existing|long-standing|blanket)\s+)?`;
const ACTIVE = new RegExp(String.raw`${ACTIVE_LIFT}(?<gap>)${RULE_ANCHOR}`, "gi");

/**
 * Whether the words before a lifting verb (its clause up to the verb) keep it from being said as
 * done or asked for: a negation ("we have not dropped", "we never lifted"), a condition or
 * question word ("if the board lifts", "whether to drop"), a modal or a plan ("we may drop", "we
 * will lift", "we are planning to lift", "considering lifting"). A permission to the reader ("you
 * can drop", "you may now lift") and a polite request ("grateful if you could drop", "could you
 * take X off") are asked for.
 */
export function tentativeBefore(before: string): boolean {
  const words = before
    .slice(-80)
    .replace(
      /(?:\b(?:would|should)|['’]d)?\s*(?:\bbe\s+)?\b(?:grateful|appreciate\s+it|thankful|obliged|pleased|happy|glad)\s+if\s+you\s+(?:could|would|can)\b/gi,
      " ",
    )
    .replace(/\byou\s+(?:(?:now|also|just)\s+)?(?:can|may|could)\b/gi, " ")
    // Round 26: a polite request put as a question ("could you take X off the list?"); the judge
    // still refuses a real question ("can we take X off the list?").
    .replace(/\b(?:could|can|would|will)\s+you\s+(?:(?:please|kindly|now|just)\s+)?$/gi, " ")
    .replace(/\b(?:can|could)\s+(?:now\s+)?(?:confirm|report|tell\s+you|say)\b/gi, " ")
    .replace(/\b(?:please|kindly)\b/gi, " ");
  return TENTATIVE.test(words);
}
const TENTATIVE =
  /\b(?:not|never|no\s+longer|if|unless|whether|may|might|could|can|would|will|shall|should|must|plan(?:s|ned|ning)?|going\s+to|gonna|intend(?:s|ed|ing)?|consider(?:s|ed|ing)?|thinking|think|hop(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|want(?:s|ed|ing)?|about\s+to|likely|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|look(?:s|ing)?\s+(?:at|into)|decide|deciding|process\s+of|yet\s+to)\b|n['’]t\b|['’](?:ll|d)\b/i;

// Round 27 (analysis-lh24 E): a rule given leave to go, the modal of permission ("the old no-X
// rule can go", "the ban on X can now be dropped"). Only "can" (and "may now"): "could go",
// "should go" and "may go" say it is possible or wished, not done; a plan or a question word
// before the rule holds it back (tentativeBefore), as for the active lifts.
const RULE_MAY_GO = String.raw`\b(?:can(?:\s+(?:now|finally|safely|also))?|may\s+now)\s+(?:go|be\s+(?:dropped|lifted|scrapped|removed|retired|ended|relaxed|forgotten|ignored|disregarded))\b`;
const MAY_GO = new RegExp(String.raw`${RULE_ANCHOR}${BETWEEN}${RULE_MAY_GO}`, "gi");

const READINGS: readonly { pattern: RegExp; fields?: readonly RemovableField[] }[] = [
  { pattern: ACTIVE },
  { pattern: new RegExp(String.raw`${RULE_ANCHOR}${BETWEEN}${RULE_LIFTED}`, "gi") },
  { pattern: MAY_GO },
  { pattern: new RegExp(String.raw`${RULE_ANCHOR}${BETWEEN}${VALUE_LIFTED}`, "gi") },
  {
    pattern: new RegExp(String.raw`⟪V(\d+)⟫["'”’]?${BETWEEN}${VALUE_LIFTED}`, "gi"),
  },
  {
    pattern: new RegExp(String.raw`⟪V(\d+)⟫["'”’]?${BETWEEN}${BILLING_LIFTED}`, "gi"),
    fields: ["bannedBillingPhrases"],
  },
];

/**
 * The tokens the clause's skeleton lifts by anchor and predicate, each with the fields it may lift
 * (undefined: any of the lists to avoid).
 */
export function liftedByPredicate(
  skeleton: string,
): { token: number; fields?: readonly RemovableField[] }[] {
  if (!skeleton.includes("⟪")) return [];
  const out: { token: number; fields?: readonly RemovableField[] }[] = [];
  for (const { pattern, fields } of READINGS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(skeleton); m; m = pattern.exec(skeleton)) {
      if (BLOCKED.test(m.groups?.gap ?? "")) continue;
      if ((pattern === ACTIVE || pattern === MAY_GO) && tentativeBefore(skeleton.slice(0, m.index)))
        continue;
      const token = m.slice(1, -1).find((group) => group !== undefined);
      if (token !== undefined) out.push({ token: Number(token), ...(fields ? { fields } : {}) });
      if (pattern.lastIndex === m.index) pattern.lastIndex++;
    }
  }
  return out;
}

// Round 31 (listen-31a): one occasion named with "only" ("for Thursday's dinner only", "only for this
// invoice", "on the 5th only") or "just this once", "this time only": the lift is a one-off.
export const FOR_ONE_OCCASION =
  /\b(?:for|on|at|to)\s+(?:the|this|that|today's|tomorrow's|tonight's|next\s+week's|\p{L}+day['’]s|\d{1,2}(?:st|nd|rd|th)?)\b(?:\s+[\w'’-]+){0,3}?\s+only\b|\bonly\s+(?:for|on|at)\s+(?:the|this|that|today's|tomorrow's|tonight's|next\s+week's|\p{L}+day['’]s)\s+(?!(?:rest|future)\b)|\b(?:just\s+)?(?:this|the)\s+once\b|\bthis\s+time\s+only\b|\bonly\s+this\s+time\b/iu;
// (withdrawals.ts and entertainment.ts: a lift or a permission for it lasts no longer.)

// Round 15: a replacement ("Zoom now, not Teams", "Zoom instead of Teams", "we've moved from Teams
// to Zoom"): the value set against the new one is the old one, given up.
const REPLACED = [
  /(?:^|[\s,(-])(?:not|instead\s+of|rather\s+than|in\s+place\s+of)\s+⟪V(\d+)⟫/gi,
  /\b(?:moved|moving|switched|switching|changed|changing|move|switch|change|migrated|migrating)\s+(?:over\s+)?(?:away\s+)?from\s+⟪V(\d+)⟫\s+(?:to|onto)\b/gi,
];

/** The tokens a replacement in the skeleton gives up. */
export function replacedTokens(skeleton: string): number[] {
  const out: number[] = [];
  for (const pattern of REPLACED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(skeleton); m; m = pattern.exec(skeleton)) out.push(Number(m[1]));
  }
  return out;
}

// Round 26 (analysis-lh23 §2 A): the lift read as a construction whatever its object, for a
// sentence whose lifted value cannot be read ("so you can drop that restriction", "take them off
// the list"): the lifting verb with a rule for object, a taking-off a list of things kept out, a
// denied need to keep something out, a value no longer on the list or banned. The object must be
// a rule or a list of things to avoid: "drop the meeting", "remove the attachment", "take me off
// the mailing list" lift nothing.
// (RESTRICTION's nouns, as RULE_WORD's; the plural of embargo spelt right.)
const RULE_NOUN = String.raw`(?:(?:${RESTRICTION})s?|embargo(?:es)?)`;
const LIFT_VERB = String.raw`(?:drop(?:s|ped|ping)?|lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|end(?:s|ed|ing)?|relax(?:es|ed|ing)?|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|waiv(?:e|es|ed|ing)|forget|ignore|disregard)`;
const LIFT_FRAME = new RegExp(
  [
    String.raw`\b${LIFT_VERB}\s+(?:the|that|this|those|these|our|your|its|their|my)\s+(?:[\w'’"-]+\s+){0,3}?${RULE_NOUN}\b`,
    String.raw`\b(?:take|takes|taken|took|taking|strike|struck|delete|deleted|remove|removed)\s+(?!(?:me|us|him|her)\b)(?:[\w'’"“”‘-]+\s+){1,4}?(?:off|from)\s+${LIST}`,
    String.raw`\b(?:${NEED_GONE}|(?:don['’]t|do\s+not|no\s+longer)\s+(?:need|have)|needn['’]t)\s+(?:for\s+you\s+)?to\s+(?:keep|avoid|exclude|omit|leave\s+out|steer\s+clear\s+of)\b`,
    String.raw`\bno\s+longer\s+(?:on\s+${LIST}|banned|barred|excluded|prohibited|restricted|off[\s-]limits|a\s+(?:competitor|rival))`,
    String.raw`\b(?:comes?|came|goes|went|is|are)\s+(?:now\s+)?off\s+${LIST}`,
    // Round 27: the rule itself given leave to go ("that restriction can go").
    String.raw`\b(?:the|that|this|those|these|our|your|its|their|my)\s+(?:[\w'’"-]+\s+){0,3}?${RULE_NOUN}\s+${RULE_MAY_GO}`,
  ].join("|"),
  "i",
);

/** Whether `text` lifts something kept out, whether or not what it lifts can be read. */
export function liftsSomething(text: string): boolean {
  return LIFT_FRAME.test(text);
}
