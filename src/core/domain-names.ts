/**
 * Domain names as profiles match them (harm audit 49b, findings 4 and 7): one spelling for an
 * internationalised domain, and the parent domains an address at a sub-domain also belongs to.
 *
 * IDN: `müller.example` and `xn--mller-kva.example` are one domain. Addresses and match keys are
 * compared in the ASCII form (punycode, RFC 3492, through punycode.js: `URL` and
 * `domainToASCII` are not there in classic Outlook's JavaScript-only event runtime). Stored keys
 * keep the spelling they were written in; only the comparison uses the ASCII form.
 *
 * Parent domains: `megge@uk.coca-cola.example` belongs to `coca-cola.example` too. The walk up
 * goes only through labels organisations name their parts with (a country, a region, a function,
 * mail hosts: `PART_LABELS`), never through a platform customer's name, and stops before a public suffix (`co.uk`, `com`), so a key such as `@co.uk` never covers every
 * British company. The rule is a small one, not the Public Suffix List (about 45 KB gzip with
 * psl, a tenth of the launch event): one label is a suffix (`com`, `uk`); under a country domain
 * (two letters) a registry's category label is a suffix (`co.uk`, `com.au`, `ac.jp`, `gob.mx`),
 * and so is every two-label name under the countries that register only at the third level
 * (`*.bd`, …) and every US state (`ny.us`). Deeper suffixes (`k12.ca.us`, Japanese city names)
 * and private ones (`github.io`) are not known: a key written as one would cover its sub-domains.
 */
import { toASCII, toUnicode } from "punycode.js";

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The domain in its ASCII (punycode) form, lower-case: `Müller.Example` → `xn--mller-kva.example`.
 * An ASCII domain is only lower-cased; one punycode cannot encode is returned lower-cased as is.
 */
export function asciiDomain(domain: string): string {
  const lower = domain.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // One spelling of "ü" (composed), as IDNA's mapping would give; typeof: an engine without it.
  const composed = typeof lower.normalize === "function" ? lower.normalize("NFC") : lower;
  try {
    return toASCII(composed);
  } catch {
    return composed;
  }
}

/** The Unicode form of a domain with xn-- labels (for a key stored that way), else the domain. */
export function unicodeDomain(domain: string): string {
  if (domain.indexOf("xn--") < 0) return domain;
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}

/** Second-level labels registries use under country domains (co.uk, com.au, ac.jp, gob.mx, …). */
const REGISTRY_LABELS = new Set(
  "ac ad asso biz co com coop ed edu firm gen go gob gouv gov govt gr id ind info int lg ltd me med mil name ne net ngo nhs nic nom or org plc police priv pro sch tm web".split(
    " ",
  ),
);
/** Countries whose every second-level name is a suffix (the list's `*.bd` rules). */
const THIRD_LEVEL_COUNTRIES = new Set("bd ck er fk jm kh mm np pg".split(" "));

/** Whether a domain (ASCII, lower-case) is a public suffix by the rule above. */
export function isPublicSuffix(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length < 2) return true;
  if (labels.length > 2) return false;
  const second = labels[0]!;
  const top = labels[1]!;
  if (!/^[a-z]{2}$/.test(top)) return false;
  return (
    REGISTRY_LABELS.has(second) ||
    THIRD_LEVEL_COUNTRIES.has(top) ||
    (top === "us" && /^[a-z]{2}$/.test(second))
  );
}

/** At most this many parent domains per address (the farthest kept): each is one more key. */
export const MAX_PARENT_DOMAINS = 4;

/**
 * Sub-domain labels an organisation gives its own parts: a country or region, a function, its
 * mail hosts. Only these lead up to a parent: platforms give each CUSTOMER a sub-domain of their
 * own domain (`acme.zendesk.com`, `acme.my.salesforce.com`, `acme.atlassian.net`), and a parent
 * walk through a customer's name would put the platform's own client profile on its customers
 * (review of harm-49m). Any two-letter label counts (`uk.`, `de.`); so do these words.
 */
const PART_LABELS = new Set(
  "africa americas amer apac asia corp corporate emea eu europe finance global group hq intl latam legal mail mena smtp email".split(
    " ",
  ),
);

function isPartLabel(label: string): boolean {
  return /^[a-z]{2}$/.test(label) || PART_LABELS.has(label);
}

/**
 * The parent domains of a domain, nearest first, never a public suffix, and only through labels
 * an organisation names its parts with (`PART_LABELS`):
 * `mail.uk.client.example` → `uk.client.example`, `client.example`; `client.co.uk` → none;
 * `acme.zendesk.com` → none (a customer's name, not a part of Zendesk).
 */
export function parentDomains(domain: string): string[] {
  const parents: string[] = [];
  let rest = domain;
  for (let dot = rest.indexOf("."); dot > 0; dot = rest.indexOf(".")) {
    if (!isPartLabel(rest.slice(0, dot))) break;
    rest = rest.slice(dot + 1);
    if (rest === "" || isPublicSuffix(rest)) break;
    parents.push(rest);
  }
  return parents.length > MAX_PARENT_DOMAINS ? parents.slice(-MAX_PARENT_DOMAINS) : parents;
}
