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
function isOwnName(name: string, domain: string): boolean {
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

export function recognisePractice(context: ClauseContext): Candidate[] {
  const { clause, sentence, read } = context;
  const rule = asOrganisationRule(clause.text, read.sender.domain);
  if (rule === undefined) return [];
  const restated = clauseContext(read, sentence, { ...clause, text: rule });
  return [...recogniseChannels(restated), ...recogniseBillingDetail(restated)].map(
    ({ field, value }) => ({ field, value, holder: "org" as const }),
  );
}
