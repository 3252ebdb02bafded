/**
 * The organisation's rules stated as its practice (round 11): "nobody in finance uses WhatsApp",
 * "nobody here does Zoom", "our lot prefer Teams", "it's company policy that invoices are
 * summary", "at Acme, invoices are always summary". The shared recognisers hear the same rules
 * said with "we" ("we don't use WhatsApp", "invoices should be summary"); these say them of the
 * organisation's people or as its policy. Each is read as the "we" form it stands for and is the
 * organisation's. "My team lead prefers Zoom" (one named person) is no practice of the
 * organisation and stays someone else's (listen.ts).
 */
import { clauseContext, type Candidate, type ClauseContext } from "../recogniser";
import { recogniseBillingDetail } from "./billing";
import { recogniseChannels } from "./channels";
import { recogniseEntertainment } from "./entertainment";
import { GOVERNING_BODIES } from "../organisation-bodies";

// Where in the organisation: "here", "in finance", "in the legal team", "at Acme" (its own name,
// checked against the sender's domain).
const WHERE = String.raw`(?:\s+(?:here|(?:in|on)\s+(?:the\s+|our\s+)?(?:(?:[\w-]+\s+)?(?:team|department|function|office)|finance|legal|accounts|procurement|compliance|payables|building|company|business|organi[sz]ation|board)|at\s+([\p{L}&'-]+)))?`;
// Nobody in the organisation does it: the "we don't" of its practice.
const NOBODY = new RegExp(
  String.raw`^((?:(?:and|but|so|also|honestly|frankly|generally)[\s,]+)?)(?:nobody|no\s+one|no-one|none\s+of\s+us)${WHERE}\s+(?!(?:else|who|that|has|had|was|is|will|would|can|could|should|must|may|might)\b)([a-z]+)\b`,
  "iu",
);
// The organisation's people as "we": "our lot prefer", "us lot don't", "we all use".
const COLLECTIVE =
  /^((?:(?:and|but|so|also|honestly|frankly|generally)[\s,]+)?)(?:our\s+lot|us\s+lot|we\s+all|all\s+of\s+us\s+here)\s+(?=[a-z])/i;
// "It's company policy that…", "As a matter of company policy, …", "At Acme, …": the clause after
// is the organisation's rule.
const POLICY_FRAME = new RegExp(
  String.raw`^(?:(?:it(?:'s|\s+is)\s+(?:(?:company|house|our|firm|group)\s+)?(?:policy|practice|standard\s+practice|the\s+rule)(?:\s+here)?\s+(?:that|to)\s+)|(?:(?:as\s+a\s+matter\s+of\s+)?(?:company|house|group)\s+policy(?:\s+is)?\s*[,:]?\s+)|(?:(?:here\s+)?at\s+([\p{L}&'-]+)\s*,?\s+))`,
  "iu",
);
// What a policy says invoices are: "invoices are summary", "bills are always itemised".
const INVOICES_ARE =
  /\b((?:our\s+|all\s+)?(?:invoices|bills|fee\s+notes))\s+(?:are|go\s+out)\s+(?:always\s+|only\s+|all\s+)?(?=(?:in\s+)?(?:summary|detailed|itemi[sz]ed|summarised|one[\s-]line))/i;

/** The third-person verb as "we" would say it: "uses" → "use", "does" → "do". */
function base(verb: string): string {
  const v = verb.toLowerCase();
  if (v === "does" || v === "goes") return v.slice(0, -2);
  if (v === "has") return "have";
  if (/ies$/.test(v)) return v.replace(/ies$/, "y");
  if (/(?:ch|sh|x|ss|z)es$/.test(v)) return v.slice(0, -2);
  return v.replace(/s$/, "");
}

/** The organisation's own name, capitalised, from the sender's domain ("Acme" of acme.example). */
export function isOwnName(name: string, domain: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  const labels = domain
    .toLowerCase()
    .split(".")
    .slice(0, -1)
    .flatMap((l) => l.split("-"))
    .filter((w) => w.length >= 3);
  const first = name.toLowerCase().split(/[-\s]/)[0]!;
  return labels.some((l) => l === first || (first.length >= 4 && l.startsWith(first)));
}

/** The clause as the "we" statement it stands for, if it states the organisation's practice. */
export function asOrganisationRule(text: string, domain: string): string | undefined {
  const nobody = NOBODY.exec(text);
  if (nobody) {
    if (nobody[2] && !isOwnName(nobody[2], domain)) return undefined;
    const verb = nobody[3]!;
    // "Nobody uses…" is "we don't use…"; a verb that is no third person ("nobody here" + "to")
    // says nothing.
    if (!/s$/i.test(verb)) return undefined;
    const rest = text.slice(nobody.index + nobody[0].length);
    return `${nobody[1]}we don't ${base(verb)}${rest}`;
  }
  const collective = COLLECTIVE.exec(text);
  if (collective) return `${collective[1]}we ${text.slice(collective[0].length)}`;
  const policy = POLICY_FRAME.exec(text);
  if (policy) {
    if (policy[1] && !isOwnName(policy[1], domain)) return undefined;
    const rule = text.slice(policy[0].length);
    const invoices = INVOICES_ARE.exec(rule);
    if (invoices) {
      // "…are summary" is "…should be in summary", the form billing.ts reads.
      const what = rule
        .slice(invoices.index + invoices[0].length)
        .replace(/^(?:summary|summarised)\b/i, "in summary");
      return `${rule.slice(0, invoices.index)}${invoices[1]} should be ${what}`;
    }
    return undefined;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// Rules the organisation sets those who deal with it (round 12)
// ------------------------------------------------------------------------------------------

// Who such a rule binds: the firm and its like, as a policy names them ("Panel firms", "External
// counsel", "Advisers", "Suppliers", "you").
const FIRM_SIDE = String.raw`(?:(?:all\s+|our\s+|any\s+)?(?:panel\s+(?:firms?|solicitors|lawyers|members)|(?:outside|external|appointed|instructed)\s+(?:counsel|lawyers|solicitors|advisers|advisors|firms|parties|providers)|(?:law|legal)\s+firms|legal\s+(?:advisers|advisors|providers)|advisers|advisors|suppliers|(?:service\s+)?providers|vendors|contractors|consultants|firms\s+on\s+(?:our|the)\s+panel|third\s+parties|the\s+firm|you|your\s+(?:firm|team|staff|people|lawyers|colleagues))(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:firms|advisers|advisors|suppliers|providers|counsel|contractors|consultants|agents|brokers))?)`;
// What it forbids or asks: "must not", "may not", "are not to", "should only", "must".
const RULE_NOT = String.raw`(?:(?:must|may|shall|should|can|will)\s+(?:not|never)|mustn't|shouldn't|can't|cannot|won't|(?:are|is)\s+not\s+(?:to|permitted\s+to|allowed\s+to)|(?:are|is)\s+(?:prohibited|forbidden|barred)\s+from|never)`;
const RULE_DO = String.raw`(?:must|should|shall|are\s+to|is\s+to|will|need\s+to|have\s+to|are\s+required\s+to|is\s+required\s+to)(?:\s+(?:only|always))?`;
const REACH_VERB = String.raw`(?:contact(?:ing)?|messag(?:e|ing)|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|text(?:ing)?|e-?mail(?:ing)?|whats\s?app|communicate\s+with|correspond(?:ing)?\s+with|approach(?:ing)?|reach(?:ing)?|write\s+to|writing\s+to)`;
// One verb or several: "must not phone or text Orla Mutual staff".
const REACH = String.raw`(${REACH_VERB}(?:\s*(?:,|\bor\b|\band\b|\/)\s*${REACH_VERB})*)`;
// The organisation's own people, as its policy names them: "Orla Mutual staff", "our employees",
// "us", "anyone at Orla Mutual"; other people may follow ("…staff or policyholders").
const PEOPLE = String.raw`(?:staff|employees|colleagues|personnel|officers|people|team\s+members|members\s+of\s+staff|executives|managers)`;
const OWN_PEOPLE = String.raw`(?:us|(?:any\s+of\s+)?(?:our|its|the\s+(?:company|group|organi[sz]ation)'s)\s+(?:own\s+)?${PEOPLE}|(?:any(?:one|body)|any\s+member\s+of\s+staff)\s+(?:here|at\s+((?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*))|((?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*)\s+${PEOPLE}|${PEOPLE})`;
const OTHERS_TOO = String.raw`(?:\s*(?:,|\bor\b|\band\b|\/)\s*(?:(?:our|its|their)\s+)?[\w-]+(?:\s+[\w-]+)?)*`;
// "Panel firms must not contact Orla Mutual staff or policyholders by WhatsApp or text message",
// "Advisers should contact our employees by email only".
const RULE_FOR_ADVISERS = new RegExp(
  String.raw`^(?:(?:and|also|so|please\s+note(?:\s+that)?|note)[\s,:]+)?${FIRM_SIDE}\s+(?:(${RULE_NOT})|${RULE_DO})\s+${REACH}\s+${OWN_PEOPLE}${OTHERS_TOO}(?=\s+(?:only\s+)?(?:by|via|on|over|through|using|in)\s|\s*(?:[.;!]|$))`,
  "iu",
);
// "Counsel shall not use SMS or other text messaging", "Panel firms must use Microsoft Teams for
// all video meetings": a rule on the means those who deal with the organisation use with it.
const FIRM_SIDE_USE = new RegExp(
  String.raw`^(?:(?:and|also|so|please\s+note(?:\s+that)?|note)[\s,:]+)?(?:${FIRM_SIDE}|counsel)\s+(?:(${RULE_NOT})|${RULE_DO})\s+(?=(?:use|send|conduct|hold|communicate|correspond)\b)`,
  "i",
);
// "Orla Mutual staff must not be contacted on WhatsApp", "Employees may not be messaged by text".
const PEOPLE_NOT_REACHED = new RegExp(
  String.raw`^(?:(?:and|also|so|please\s+note(?:\s+that)?|note)[\s,:]+)?(?:all\s+)?${OWN_PEOPLE}\s+(?:must|may|should|shall|are\s+to|can)\s*(?:not|never|n't)\s+be\s+(?:contacted|messaged|called|phoned|texted|e-?mailed|approached|reached|sent\s+(?:anything|messages?))(?=\s+(?:by|via|on|over|through|using|in)\s)`,
  "iu",
);
// Another's rules, named in the sentence: "Barclays' policy is that…", "the bank's guidelines say
// …", "their rules".
const SOMEONE_ELSES_RULES =
  /(?:\b(?:their|his|her|your)|\b(?:the|a|an)\s+[\w-]+(?:'s|’s)|\p{Lu}[\p{L}&-]*(?:'s|’s|'|’))\s+(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|rules?|guidelines|code|terms|procedures|protocol|requirements)\b/u;

const ENUMERATOR = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|[-•*–])\s+/i;

/** The clause as the "please don't contact us…" it stands for, if it is such a rule of the writer's organisation. */
export function asRuleForAdvisers(text: string, domain: string): string | undefined {
  const own = (name: string | undefined) => name === undefined || isOwnName(name, domain);
  // "1. Panel firms must not…", "(b) Staff must not be…": a numbered rule.
  text = text.replace(ENUMERATOR, "");
  const rule = RULE_FOR_ADVISERS.exec(text);
  if (rule) {
    if (!own(rule[3]) || !own(rule[4])) return undefined;
    const rest = text.slice(rule.index + rule[0].length);
    return `${rule[1] ? "don't " : ""}${rule[2]} us${rest}`;
  }
  const use = FIRM_SIDE_USE.exec(text);
  if (use) return `${use[1] ? "don't " : ""}${text.slice(use.index + use[0].length)}`;
  const passive = PEOPLE_NOT_REACHED.exec(text);
  if (passive) {
    if (!own(passive[1]) || !own(passive[2])) return undefined;
    return `don't contact us${text.slice(passive.index + passive[0].length)}`;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// Bans on the organisation's own people (round 13, listen-13a)
// ------------------------------------------------------------------------------------------

// "No Halvorsen employee may accept hospitality, meals, event tickets or gifts from advisers",
// "Nobody at Dunmore can accept text messages about case matters", "none of our staff may
// attend…": a ban on everyone in the organisation is its "we may not…". Its own people only: the
// organisation by its own name (checked against the sender's domain), "our", "here"; another
// company's rule ("No Dunmore employee may…" from someone at Halvorsen) is not the writer's.
// Round 31 (analysis-lh28 M5): the ban reported as the organisation's decision, "the trustees
// have decided that none of us … will accept …", "we have agreed that no member of staff may …",
// after a reason ("Given the regulator's review, …"): the decision is the organisation's, and
// the ban after "that" is read as said. Not another company's ("the Brightline board has
// decided …": a capitalised name before the body).
const DECIDED_THAT = String.raw`(?:(?:[^,;:]{1,120},\s+)?(?:we|(?:the|our)\s+(?:[a-z-]+\s+)?(?:${GOVERNING_BODIES}))\s+(?:have|has)\s+(?:now\s+|formally\s+|unanimously\s+|just\s+)?(?:decided|agreed|resolved|voted)\s+that\s+)?`;
const NO_ONE_OF_US = new RegExp(
  String.raw`^${DECIDED_THAT}((?:(?:and|but|so|also|please\s+note(?:\s+that)?|note)[\s,:]+)?)(?:no\s+(?:(?:one\s+)?(?:of\s+)?(?:our|(?<name>(?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*)(?:'s|’s)?)\s+)?(?:employee|member\s+of\s+staff|staff\s+member|officer|director|colleague|person|one\s+(?:here|at\s+(?<at>\p{Lu}[\p{L}&'-]*)))|no\s+member\s+of\s+(?:our\s+|(?<staffOf>(?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*)(?:'s|’s)?\s+)?staff|(?:nobody|no\s+one|no-one)\s+(?:here|at\s+(?<at2>\p{Lu}[\p{L}&'-]*)|(?:working\s+)?(?:in|on|for)\s+(?:the\s+|our\s+)?(?:company|organi[sz]ation|group|business|team))|none\s+of\s+(?:us|our\s+(?:staff|employees|people|colleagues|officers|directors|team)))\s+(?:(?:may|can|could|shall|should|must|will)\s+(?:ever\s+)?|(?:is|are)\s+(?:allowed|permitted|able)\s+to\s+)(?=(?:accept|receive|take\s+up|attend|use|get|be\s+(?:sent|contacted|called|phoned|rung|texted|messaged|e-?mailed|reached|approached))\b)`,
  "u",
);

/** The clause as the "we may not…" it stands for, if it bans the organisation's own people. */
export function asBanOnOwnPeople(text: string, domain: string): string | undefined {
  // The pattern is case-sensitive (a name's capitals matter): the clause's first word is not a name.
  const m = NO_ONE_OF_US.exec(text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  if (!m) return undefined;
  for (const name of [m.groups!.name, m.groups!.at, m.groups!.at2, m.groups!.staffOf]) {
    if (name !== undefined && !isOwnName(name, domain)) return undefined;
  }
  const rest = text.slice(m.index + m[0].length);
  // "No Halvorsen employee may be contacted by WhatsApp": the organisation's "don't contact us by…".
  const reached =
    /^be\s+(?:contacted|called|phoned|rung|texted|messaged|e-?mailed|reached|approached)\b/i.exec(
      rest,
    );
  if (reached) return `${m[1]}don't contact us${rest.slice(reached[0].length)}`;
  return `${m[1]}we cannot ${rest}`;
}

export function recognisePractice(context: ClauseContext): Candidate[] {
  const ban = asBanOnOwnPeople(context.clause.text, context.read.sender.domain);
  if (ban !== undefined) {
    const { read, sentence, clause } = context;
    const restated = clauseContext(read, sentence, { ...clause, text: ban });
    // Said of its own people, checked above: the subject is not someone else.
    return [...recogniseChannels(restated), ...recogniseEntertainment(restated)].map(
      ({ field, value }) => ({ field, value, holder: "org" as const, subjectIsObject: true }),
    );
  }
  const { clause, sentence, read } = context;
  const rule =
    asOrganisationRule(clause.text, read.sender.domain) ??
    (SOMEONE_ELSES_RULES.test(sentence.text)
      ? undefined
      : asRuleForAdvisers(clause.text, read.sender.domain));
  if (rule === undefined) return [];
  const restated = clauseContext(read, sentence, { ...clause, text: rule });
  return [...recogniseChannels(restated), ...recogniseBillingDetail(restated)].map(
    ({ field, value }) => ({ field, value, holder: "org" as const }),
  );
}
