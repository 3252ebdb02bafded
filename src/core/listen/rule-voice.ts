/**
 * (Round 17) The rule register, the rest of it (analysis-lh15 rec. 3; tolerance.ts `inRuleVoice`
 * has round 16's part). Organisations write their wishes as rules: a third-person modal of their
 * own people ("our staff may not use WhatsApp", "no member of staff may discuss company business
 * over Signal"), a list label ("Prohibited channels: WhatsApp, text messages", "New prohibited
 * descriptions: "A", "B""), a predicate ('"A" is auto-rejected') and lifts in the same voice
 * ('"File review" is no longer a write-off', "WhatsApp is now an approved channel"). Each is
 * said here in the words the readings already know, on the clause's text only; whose the wish
 * is stays with the readings (the subject rewritten is only ever the client's own people, so
 * "the regulator's staff may not …" and "their employees cannot …" are left as written).
 */
import { channelMentions, HOSPITALITY } from "./lexicon";

const LEAD = String.raw`^((?:(?:and|but|so|also|now|however|accordingly)[\s,]+)?)`;
// The client's own people as a body: "our staff", "the team", "staff", "employees". Not a
// possessive of another ("the regulator's staff"), not "their"/"your" people, not "the staff at
// the hotel" (the modal must follow the noun).
const OUR_PEOPLE = String.raw`(?:(?:our|the)\s+(?:whole\s+|entire\s+)?(?:staff|employees|people|team|teams|colleagues|personnel|workforce)|(?:our\s+)?(?:members\s+of\s+staff|staff\s+members)|staff|employees)`;
// One of them, none of them: "no member of staff", "no employee" (said "nobody here", as the
// readings of an organisation's rules know it; "no Halvorsen employee" is left to them).
const NONE_OF_US = String.raw`(?:no\s+(?:member\s+of\s+staff|staff\s+member|employee|colleague|one\s+(?:here|in\s+our\s+\w+))|none\s+of\s+our\s+(?:staff|people|employees|colleagues|team))`;
// A rule's negated modal, said as "must not" ("may not", "shall not", "are not permitted to",
// "are prohibited from using").
const NEG_MODAL = String.raw`(?:(?:may|shall|should)\s+not|mustn't|shan't|(?:is|are)\s+not\s+(?:permitted|allowed|authori[sz]ed)\s+to|(?:is|are)\s+(?:prohibited|forbidden|barred)\s+from)`;
// Only before a verb of a rule ("may not know how to use Teams" is a guess, not a rule)
// and of a kind, not one thing or one person ("staff may not accept the invitation in time", "the
// team may not email you until Monday" are guesses about one occasion).
const RULE_VERB = String.raw`(?=(?:use|using|accept|accepting|attend|attending|receive|receiving|take\s+up|contact|contacting|communicate|text|call|phone|email|message)\b(?!\s+(?:the|this|that|these|those|your|it|them|him|her|you|me)\b))`;
// At the clause's start, or after "that", "means", "so" with "our" ("our policy means our staff
// may not …"; "the regulator said that staff may not …" is someone else's rule).
const PEOPLE_RULE = new RegExp(
  String.raw`(?:${LEAD}${OUR_PEOPLE}|(\b(?:that|means|meaning|so|because)\s+)our\s+(?:whole\s+|entire\s+)?(?:staff|employees|people|team|teams|colleagues|personnel|workforce))\s+${NEG_MODAL}\s+${RULE_VERB}`,
  "i",
);
const NOBODY = new RegExp(`${LEAD}${NONE_OF_US}(?!\\s+(?:of|at|from|in)\\b)`, "i");
// "Our people must not be contacted by text": the way refused for reaching them.
const PEOPLE_REACHED = new RegExp(
  `${LEAD}${OUR_PEOPLE}\\s+(?:must|may|should|shall|can)\\s*(?:not|n't)\\s+be\\s+(?:contacted|reached|messaged)\\s+(?=by|via|on|over|through)`,
  "i",
);
const ING: Record<string, string> = {
  using: "use",
  accepting: "accept",
  attending: "attend",
  receiving: "receive",
  contacting: "contact",
};
// Round 32 (lh15, lh22): a rule announced as the organisation's own instrument, "Paws & Hooves has
// adopted a group policy that advisers must not …", "the Bank has issued a bank-wide instruction:
// no member of staff may …": the frame is taken off and the rule read as written. Only an
// instrument the organisation's own scope names (group, company, internal, "<x>-wide") or one "we"
// or "our board" adopted; "the regulator has issued guidance that …" is left as written.
const ADOPTED_RULE =
  /^(?:(?:following|after|since|given|in\s+(?:light|view)\s+of|because\s+of|as\s+of|from)\s+[^,;:]{1,60},\s*)?(?:(?:we|our\s+(?:[\w-]+\s+){0,2}?)\s*(?:have|has)\s+(?:now\s+|just\s+|recently\s+)?(?:adopted|introduced|issued|brought\s+in|put\s+in\s+place)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?|(?:[\p{L}&'’.-]+\s+){1,4}?(?:has|have)\s+(?:now\s+|just\s+|recently\s+)?(?:adopted|introduced|issued|brought\s+in|put\s+in\s+place)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:group|company|internal|corporate|firm|trust|bank|[\p{L}]+-wide)\s+(?:[\w-]+\s+)?)(?:policy|rule|instruction|directive)(?:\s+that\s+|\s*:\s*)(?=\S)/iu;
// "It is now Trust policy that staff …": the policy's frame round a rule of our people (of the
// organisation by a common noun only: "it is Pepsi policy that staff …" is left as written).
const POLICY_THAT = new RegExp(
  String.raw`^(?:it\s+is|it's)\s+(?:now\s+)?(?:our\s+|(?:company|group|firm|trust|bank|council|board|university|hospital|school|society)\s+)?policy\s+that\s+(?=${OUR_PEOPLE}\s|${NONE_OF_US}|nobody|no\s+one)`,
  "i",
);
// "… may not discuss company business over WhatsApp or Signal": the channel as the means of the
// organisation's business, in a rule, is the channel refused (not "we can't discuss this over the
// phone", a one-off); round 32 (lh15): whom it is discussed with may come between ("… Bank business
// with external counsel over WhatsApp").
const MEANS =
  /\b(must\s+not|mustn't|may\s+not|nobody(?:\s+here)?\s+(?:may|can|must|should))\s+(?:discuss|conduct|transact|do|share|talk\s+about)\s+(?:[\w'’-]+\s+){0,3}?(?:business|matters|work|information|affairs|data)\s+(?:with\s+(?:[\w'’-]+\s+){1,3}?)?(?:over|via|by|on|through|using)\s+(?=\S)/i;

// Labels of a rule's list: "Prohibited:", "New prohibited descriptions:", "Banned channels:".
const LABEL =
  /^(?:(?:new|the\s+following|also|now)\s+)?(?:prohibited|banned|forbidden|disallowed|non-compliant|not\s+(?:permitted|allowed)|(?:auto-?)?rejected)(?:\s+([\w-]+(?:\s+[\w-]+)?))?\s*:\s*(?=\S)/i;
const BILLING_NOUN =
  /^(?:(?:task|time|billing|invoice)\s+)?(?:descriptions?|narratives?|entries|phrases|wording|terms|line\s+items)$/i;
const CHANNEL_NOUN =
  /^(?:(?:communication|messaging|contact)\s+)?(?:channels?|apps?|methods|platforms|tools)$/i;
const HOSPITALITY_NOUN = new RegExp(`^${HOSPITALITY}$`, "i");
const HOSPITALITY_WORD = new RegExp(`^${HOSPITALITY}\\b`, "i");
const QUOTE = String.raw`["“‘'][^"”’'\n]{2,60}["”’']`;
const QUOTED_LIST = new RegExp(
  `^${QUOTE}(?:\\s*(?:,|;|and|or|,\\s*and|,\\s*or)\\s*${QUOTE})*`,
  "i",
);
// A head that states a prohibition of billing entries, then the entries after a colon:
// 'Narratives are auto-rejected unless itemised: "A", "B"'.
const RULE_HEAD =
  /\b(?:prohibited|banned|forbidden|disallowed|non-compliant|not\s+(?:permitted|allowed|payable|billable)|(?:auto-?|automatically\s+)?rejected|written\s+off|write-offs?)\b/i;
const BILLING_HEAD =
  /\b(?:descriptions?|narratives?|entries|line\s+items|invoices?|billing|time\s+records?)\b/i;

// Lifts in the same voice, of a value named first: '"File review" is no longer a write-off',
// "WhatsApp is no longer prohibited", "WhatsApp is now an approved channel", "… is approved
// again": said "X is fine now", the lift the readings know (which removes only a value on file).
const NO_LONGER =
  /^((?!(?:it|this|that|these|those|they|he|she|we|you|i|there|which)\s)(?:["“‘'][^"”’'\n]{2,60}["”’']|[\p{L}\p{N}][\p{L}\p{N}&'-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}&'-]*){0,3}?)(?:\s+entries)?)\s+(?:is|are)\s+(?:no\s+longer\s+(?:an?\s+)?(?:automatic\s+)?(?:prohibited|banned|forbidden|disallowed|non-compliant|non-billable|(?:auto-?)?rejected|written\s+off|write-offs?|not\s+(?:permitted|allowed))|now\s+(?:an?\s+)?(?:approved|permitted|allowed)(?:\s+(?:channel|platform|app|description|entry|narrative))?|(?:an?\s+)?(?:approved|permitted|allowed)(?:\s+(?:channel|platform|app|description|entry|narrative))?\s+again)\b/iu;
// A plan or a condition is no lift: "we may lift…", "if the board approves, … is no longer …".
const NOT_YET =
  /\b(?:if|unless|once|when|whether|may|might|could|would|will|shall|plan(?:s|ning)?|propos(?:e|ed|ing)|consider(?:ing)?|hope|expect|soon|from\s+next)\b/i;

// "Don't use "General admin"", "please stop using 'Work on file'" in billing words; "will no
// longer accept "X" entries": the entry refused, said as the readings know it.
export const DONT_USE = new RegExp(
  String.raw`\b(?:don't|do\s+not|never|stop)\s+(?:using|use|writing|write|putting|put)\s+(${QUOTE}(?:\s*(?:,|and|or)\s*${QUOTE})*)`,
  "i",
);
const NO_LONGER_ACCEPT = /\b(?:will|shall)\s+no\s+longer\s+(accept|pay\s+for|allow)\b/i;

// "stay on the banned list", "remain on the approved list": a rule's list kept as it is ("stay
// banned"), never a wish to stay on an invitation list (hospitality).
const STAY_ON_LIST =
  /\b(stay|stays|staying|remain|remains|remaining|be\s+kept)\s+on\s+(?:the|our|this|your)\s+((?:banned|prohibited|approved|blocked|restricted|excluded|non-billable|forbidden|do-not-[\w-]+)\s+)(?:[\w-]+\s+){0,2}?list\b/gi;

/** A list label's rewrite: the readings' own words for a refusal of what the list names. */
function labelled(noun: string | undefined, list: string, billing: boolean): string | undefined {
  if (QUOTED_LIST.test(list) && (billing || (noun !== undefined && BILLING_NOUN.test(noun))))
    return `we won't pay for ${list}`;
  // A bare label ("Prohibited: …") only before a list of nothing but short items of one kind:
  // "Not allowed: phones in the courtroom" is no rule on how to reach the client.
  const items = list
    .replace(/[.!]\s*$/, "")
    .split(/\s*(?:,|;|\band\b|\bor\b)\s*/i)
    .filter((item) => item !== "");
  const every = (test: (item: string) => boolean) =>
    items.every((item) => item.split(/\s+/).length <= 3 && test(item));
  if (noun === undefined ? every((i) => channelMentions(i).length > 0) : CHANNEL_NOUN.test(noun))
    return `we don't use ${list}`;
  if (noun === undefined ? every((i) => HOSPITALITY_WORD.test(i)) : HOSPITALITY_NOUN.test(noun))
    return `we don't accept ${list}`;
  return undefined;
}

/** The rule register said the way the readings know it (see the file comment). */
export function inRuleRegister(text: string, billing: boolean): string {
  let out = text;
  if (/\bpolicy\s+that\b/i.test(out)) out = out.replace(POLICY_THAT, "");
  if (/\b(?:adopted|introduced|issued|brought\s+in|put\s+in\s+place)\b/i.test(out)) {
    out = out.replace(ADOPTED_RULE, "");
  }
  out = out
    .replace(NOBODY, "$1nobody here")
    .replace(MEANS, "$1 use ")
    .replace(PEOPLE_REACHED, "$1please don't contact us ")
    .replace(PEOPLE_RULE, "$1$2we must not ")
    .replace(/\b((?:must|may)\s+not\s+)(\w+ing)\b/i, (m, modal: string, verb: string) =>
      ING[verb.toLowerCase()] ? `${modal}${ING[verb.toLowerCase()]!}` : m,
    );
  if (/\blist\b/i.test(out)) out = out.replace(STAY_ON_LIST, "$1 $2");
  const label = LABEL.exec(out);
  if (label) {
    // A bare "Rejected:" records a decision, not a rule: only with its noun.
    const bare = label[1] === undefined && /rejected\s*:/i.test(label[0]);
    const said = bare ? undefined : labelled(label[1], out.slice(label[0].length), billing);
    if (said) return said;
  }
  const colon = out.indexOf(":");
  if (colon > 0 && billing) {
    const head = out.slice(0, colon);
    const list = out.slice(colon + 1).trim();
    if (RULE_HEAD.test(head) && BILLING_HEAD.test(head) && !/\bno\s+longer\b/i.test(head)) {
      if (QUOTED_LIST.test(list)) return `we won't pay for ${list}`;
    }
  }
  const lifted = NO_LONGER.exec(out);
  if (lifted && !NOT_YET.test(out)) return `${lifted[1]} is fine now${out.slice(lifted[0].length)}`;
  if (billing) {
    out = out
      .replace(DONT_USE, "we won't pay for $1")
      .replace(NO_LONGER_ACCEPT, (_m, verb: string) => `won't ${verb}`);
  }
  return out;
}
