/**
 * Round 20 (listen-20a; analysis-lh17 rec 1b and 1c, group R): the organisation's rules in the
 * registers policies use, said in the first person the readings know. On the clause's text only
 * (like tolerance.ts), so every quote stays on the words as written; whose the wish is, and
 * whether it is a wish at all, stays with the readings and the clause's facts.
 *
 * - **The organisation by its own name as the subject**: "The Bank does not pay for clerical
 *   work", "Castellan Insurance no longer accepts Zoom invites" → "we don't pay for …", "we no
 *   longer accept …" (its name: the domain's words, the clientName on file, "The <word of it>").
 * - **The firm's side as a class, with a rule's modal**: advisers, outside counsel, external
 *   solicitors, law firms, fee earners, suppliers or providers of legal services, panel firms
 *   ("Each adviser must send …", "External solicitors should not raise …", "Outside counsel are
 *   not to use …") → "we ask that you (do not) …", the organisation asking the reader.
 * - **The organisation's governing body relayed**: "Ownership / the board / management / our GC
 *   has asked that nobody from outside raise X", "… has asked advisers not to …" → "we ask that
 *   you do not raise X". A person's own taste ("my colleague prefers calls", "our CEO prefers
 *   Zoom") is not a request and is left as written.
 * - **The passive refusal**: "Itemised time entries are not required (and will not be
 *   reviewed)" → "we do not require itemised time entries"; "Travel time will not be reimbursed"
 *   → "we will not pay for travel time". A bare noun phrase only (no determiner: "the documents
 *   will not be accepted by the court", "your invoice will not be paid until …" are left alone).
 * - **Facts that refuse for the whole organisation**: "post sent there is no longer opened" →
 *   "please don't send anything to us by post" ("… will not work for any of us" is "for us" in
 *   tolerance.ts, which runs first) (the
 *   ways that are a place: post, letters, fax; "email to the old address is no longer monitored"
 *   is an address, not a way, and is left alone).
 */
import { GOVERNING_BODIES, RULE_OFFICERS } from "./organisation-bodies";

// A clause's opening before its subject: a lead-in up to a colon ("A standing request, not just
// for this visit: …"), a joining word, "please note (that)".
const LEAD = `^((?:[^:]{0,80}:\\s+)?(?:(?:and|but|so|also|now|however|accordingly|therefore|in\\s+short|please\\s+note(?:\\s+that)?|note(?:\\s+that)?)[\\s,]+)?)`;

// ---------------------------------------------------------------------------------------------
// The organisation by its own name

// "Midlands Mutual Bank plc", "The Bank", "Castellan Insurance": capitalised words, a legal form
// after them allowed, before the verb.
const NAMED_SUBJECT = new RegExp(
  `${LEAD}((?:the\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,3}\\p{Lu}[\\p{L}&'’-]*)(?:,?\\s+(?:plc|ltd|limited|inc\\.?|llp|llc|gmbh|ag))?\\s+`,
  "u",
);
// What the organisation does or will not do, said with "we": a modal as written, "does" as "do",
// a verb of its practice without its "s". Only these verbs: a capitalised name before any other
// word ("Acme Foods news is good") is no subject of a rule.
const MODAL =
  /^(?:will|won['’]t|shall|shan['’]t|can|cannot|can['’]t|must|mustn['’]t|may|should|shouldn['’]t|would|wouldn['’]t)\b/i;
const AS_WE: Record<string, string> = {
  does: "do",
  "doesn't": "don't",
  "doesn’t": "don't",
  is: "are",
  "isn't": "aren't",
  "isn’t": "aren't",
  has: "have",
  "hasn't": "haven't",
  "hasn’t": "haven't",
};
const PRACTICE_VERB_S =
  /^(?:pays|accepts|uses|requires|prefers|asks|expects|insists|allows|permits|reimburses|bans|prohibits|forbids|needs|wants|works|operates|avoids|declines|refuses|discourages|recognises|recognizes|approves|tolerates|attends|receives|opens|reads|monitors|checks|answers|supports|communicates|discusses|minds|likes|sends)$/i;
const ADVERB = /^(?:no\s+longer|never|only|also|now|generally|always|still|simply)$/i;

/** "pays" → "pay", "discusses" → "discuss", "applies" → "apply". */
function plural(verb: string): string {
  if (/ies$/i.test(verb)) return verb.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x)es$/i.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** The verb group after the organisation's name, said after "we"; undefined if not one. */
function afterWe(rest: string): string | undefined {
  const modal = MODAL.exec(rest);
  if (modal) return rest;
  const words = /^(no\s+longer|\p{L}+)(\s+(\S+))?/iu.exec(rest);
  if (!words) return undefined;
  const first = words[1]!.replace(/\s+/g, " ");
  const tail = rest.slice(words[1]!.length);
  const agreed = AS_WE[first.toLowerCase()];
  if (agreed) return agreed + tail;
  if (PRACTICE_VERB_S.test(first)) return plural(first) + tail;
  if (ADVERB.test(first) && words[3] !== undefined) {
    const verb = words[3];
    const after = rest.slice(words[0].length);
    if (PRACTICE_VERB_S.test(verb)) return `${first} ${plural(verb)}${after}`;
    if (AS_WE[verb.toLowerCase()]) return `${first} ${AS_WE[verb.toLowerCase()]!}${after}`;
  }
  return undefined;
}

/** "The Bank does not pay for X" → "we do not pay for X", when the name is the writer's own. */
function ownNameAsWe(text: string, isOwn: (name: string) => boolean): string {
  const m = NAMED_SUBJECT.exec(text);
  if (!m || !isOwn(m[2]!.replace(/['’]s$/, ""))) return text;
  const said = afterWe(text.slice(m[0].length));
  return said === undefined ? text : `${m[1]}we ${said}`;
}

// ---------------------------------------------------------------------------------------------
// The firm's side as a class

// Those who act for the organisation from outside, as policies name them: a class, with the
// words that qualify one ("external", "panel", "instructed", "all", "each").
const FIRM_SIDE = `(?:(?:all|each|every|any|the|our\\s+(?=(?:external|outside|panel|instructed|retained|appointed)\\b)|external|outside|panel|instructed|retained|appointed|approved)\\s+){0,3}(?:(?:legal\\s+)?advis[eo]rs?|counsel|solicitors?|law\\s+firms?|firms?|lawyers?|attorneys?|barristers?|fee[\\s-]earners?|timekeepers?|panel\\s+(?:firms?|members?)|(?:suppliers?|providers?)(?:\\s+of\\s+(?:legal\\s+)?services)?|legal\\s+(?:service\\s+)?providers?|vendors?|consultants?)`;
const NEG_RULE = `(?:(?:must|should|shall|may)\\s+(?:not|never)|mustn['’]t|shouldn['’]t|shan['’]t|(?:is|are)\\s+not\\s+(?:to|permitted\\s+to|allowed\\s+to|authori[sz]ed\\s+to)|(?:is|are)\\s+(?:asked|requested|instructed|reminded|expected)\\s+not\\s+to)`;
const POS_RULE = `(?:must|should|shall|(?:is|are|will\\s+be)\\s+(?:required|expected|asked|requested|instructed)\\s+to|(?:is|are)\\s+to)`;
// The verb of the rule: not a passive or a perfect ("must be approved", "should have"), and not a
// way of reaching someone named other than "us" ("Panel firms must not contact Orla Mutual staff
// by WhatsApp" is read as it stands, recognisers/practice.ts).
// Nor a rule whose object is the organisation's own people ("Counsel shall not offer Northfold
// personnel meals…", read by recognisers/practice.ts and entertainment.ts as it stands).
const RULE_VERB = `(?!(?:be|have|has|been|not|never)\\b)(?!(?:contact|call|phone|ring|text|e-?mail|message|write\\s+to|approach)\\s+(?!us\\b))(?!\\p{L}+\\s+(?:(?:our|its|the|any|\\p{Lu}[\\p{L}&'’-]*)\\s+){0,3}(?:staff|employees|personnel|people|colleagues|policyholders|members|officers|workforce)\\b)(?=\\p{L})`;
const FIRM_RULE = new RegExp(
  `${LEAD}${FIRM_SIDE}\\s+(?:(${NEG_RULE})|${POS_RULE})\\s+(?:always\\s+)?${RULE_VERB}`,
  "iu",
);

/** "External advisers must not raise X" → "we ask that you do not raise X". */
function firmRuleAsRequest(text: string): string {
  const m = FIRM_RULE.exec(text);
  if (!m) return text;
  return `${m[1]}we ask that you ${m[2] ? "do not " : ""}${text.slice(m[0].length)}`;
}

// ---------------------------------------------------------------------------------------------
// The governing body relayed

// The bodies (organisation-bodies.ts), its management and its officers.
const GOVERNING_BODY = `(?:ownership|(?:senior\\s+)?management|our\\s+(?:[a-z-]+\\s+){0,2}?(?:${RULE_OFFICERS})|(?:the|our)\\s+(?:${GOVERNING_BODIES}|(?:senior\\s+)?management(?:\\s+team)?|leadership(?:\\s+team)?|executive(?:\\s+(?:team|committee|board))?|general\\s+counsel|gc|ceo|chief\\s+executive|chair(?:man|woman|person)?|legal\\s+director|head\\s+of\\s+legal|[\\w-]+\\s+committee))`;
const ASKED = `(?:has|have)\\s+(?:now\\s+|also\\s+|since\\s+)?(?:asked|requested|instructed|directed|decided|ruled|made\\s+(?:it\\s+)?clear)`;
// Round 30: what the body or officer says is so, when what follows is the organisation's own rule
// ("… says that we no longer accept …", "… has confirmed that the Domaine …").
const SAYS = `(?:says|tells\\s+us|(?:has|have)\\s+(?:now\\s+|also\\s+)?(?:said|confirmed|told\\s+us))`;
const BODY_SAYS_THAT = new RegExp(
  `${LEAD}${GOVERNING_BODY}\\s+(?:${ASKED}|${SAYS})\\s+(?:that\\s+)?`,
  "i",
);
const BODY_ASKS_THAT = new RegExp(`${LEAD}${GOVERNING_BODY}\\s+${ASKED}\\s+that\\s+`, "i");
const BODY_ASKS_TO = new RegExp(
  `${LEAD}${GOVERNING_BODY}\\s+${ASKED}\\s+(?:that\\s+)?(?:you|your\\s+(?:firm|team)|us\\s+to\\s+ask\\s+you|${FIRM_SIDE})\\s+(not\\s+)?to\\s+(?=\\p{L})`,
  "iu",
);
// Who is asked, in what follows "that": nobody from outside, the firm's side, "you".
const NOBODY = new RegExp(
  `^(?:nobody|no\\s+one|no-one|none\\s+of\\s+(?:you|your\\s+(?:team|firm)))(?:\\s+(?:from|at|on|in)\\s+(?:outside|your\\s+(?:side|firm|team)|(?:the|your)\\s+firm)|\\s+outside\\s+(?:the|our)\\s+(?:company|business|organi[sz]ation|group|club|bank)|\\s+external)?\\s+(?:should\\s+|may\\s+|is\\s+to\\s+|will\\s+|must\\s+|shall\\s+)?(?=\\p{L})`,
  "iu",
);
const ASKED_SUBJECT = new RegExp(
  `^(?:you|your\\s+(?:firm|team)|${FIRM_SIDE})\\s+(?:(?:should|must|shall|may)\\s+)?(?:(not|never|do\\s+not|don['’]t)\\s+)?(?=\\p{L})`,
  "iu",
);

/**
 * "Ownership has asked that nobody from outside raise X" → "we ask that you do not raise X";
 * "our compliance officer has decided that the Domaine no longer accepts X" → "we no longer
 * accept X".
 */
function governingBodyAsUs(text: string, isOwn: (name: string) => boolean): string {
  const says = BODY_SAYS_THAT.exec(text);
  if (says) {
    const rest = text.slice(says[0].length);
    const own = ownNameAsWe(rest, isOwn);
    if (own !== rest) return `${says[1]}${own}`;
    if (/^we\b/i.test(rest)) return `${says[1]}${rest}`;
  }
  const to = BODY_ASKS_TO.exec(text);
  if (to) return `${to[1]}we ask that you ${to[2] ? "do not " : ""}${text.slice(to[0].length)}`;
  const that = BODY_ASKS_THAT.exec(text);
  if (!that) return text;
  const rest = text.slice(that[0].length);
  const nobody = NOBODY.exec(rest);
  if (nobody) return `${that[1]}we ask that you do not ${rest.slice(nobody[0].length)}`;
  const asked = ASKED_SUBJECT.exec(rest);
  if (asked)
    return `${that[1]}we ask that you ${asked[1] ? "do not " : ""}${rest.slice(asked[0].length)}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// The passive refusal

// A bare noun phrase: one to five words, no determiner or pronoun first ("the documents", "your
// invoice", "it"), perhaps in quotation marks.
const BARE_NP = `(["“‘]?(?!(?:the|a|an|this|that|these|those|your|our|my|his|her|their|its|it|they|we|you|he|she|any|some|all|each|every|no|following)\\b)\\p{L}[\\p{L}'’-]*["”’]?(?:\\s+["“‘]?[\\p{L}'’-]+["”’]?){0,4})`;
const NOT_REQUIRED = new RegExp(
  `${LEAD}${BARE_NP}\\s+(?:is|are)\\s+(?:no\\s+longer|not)\\s+(?:required|needed|necessary)\\b(?!\\s+(?:to|for|by|until|before)\\b)`,
  "iu",
);
const NOT_PAID = new RegExp(
  `${LEAD}${BARE_NP}\\s+(?:will|shall|cannot|can['’]t|may)\\s+not\\s+be\\s+(?:paid(?:\\s+for)?|reimbursed|accepted|payable|billable|charged|approved\\s+for\\s+payment)\\b(?!\\s+(?:by|until|before|after)\\b)`,
  "iu",
);

/** "X are not required" → "we do not require X"; "X will not be reimbursed" → "we will not pay for X". */
function passiveRefusal(text: string): string {
  const required = NOT_REQUIRED.exec(text);
  if (required) return `${required[1]}we do not require ${required[2]}`;
  const paid = NOT_PAID.exec(text);
  if (paid) return `${paid[1]}we will not pay for ${paid[2]}${text.slice(paid[0].length)}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Facts that refuse for the whole organisation

const PLACE_WAY = `(?:post|mail|letters?|correspondence\\s+by\\s+post|faxes|fax)`;
const NO_LONGER_OPENED = new RegExp(
  `(^|,\\s*(?:and\\s+|so\\s+)?|\\b(?:and|so)\\s+)(?:(?:any|all)\\s+)?(${PLACE_WAY})(?:\\s+(?:sent|addressed|posted|delivered)(?:\\s+(?:there|to\\s+[^,;.]{1,40}))?|\\s+(?:there|to\\s+(?:that|the\\s+old|our\\s+old)\\s+[^,;.]{1,30}))?\\s+(?:is|are|will\\s+be|gets?)\\s+(?:no\\s+longer|not|never)\\s+(?:being\\s+)?(?:opened|read|collected|checked|picked\\s+up|looked\\s+at|received|forwarded|seen)\\b`,
  "i",
);

/**
 * "Post sent there is no longer opened" → "please don't send anything to us by post". ("… for
 * any of us" is "for us" already: tolerance.ts, FOR_ANY_OF_US.)
 */
function organisationFacts(text: string): string {
  const unopened = NO_LONGER_OPENED.exec(text);
  if (!unopened) return text;
  const way = /fax/i.test(unopened[2]!) ? "fax" : "post";
  return `${text.slice(0, unopened.index)}${unopened[1]}please don't send anything to us by ${way}${text.slice(unopened.index + unopened[0].length)}`;
}

/** The clause's text with the organisation's third-person register said in its first person. */
export function inOrganisationRegister(text: string, isOwn: (name: string) => boolean): string {
  let out = ownNameAsWe(text, isOwn);
  if (out !== text) return out;
  out = firmRuleAsRequest(out);
  if (out !== text) return out;
  out = governingBodyAsUs(out, isOwn);
  if (out !== text) return out;
  out = passiveRefusal(out);
  if (out !== text) return out;
  return organisationFacts(out);
}
