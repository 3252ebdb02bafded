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
 * stops before a public suffix (`co.uk`, `com`), so a key such as `@co.uk` never covers every
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
 * The parent domains of a domain, nearest first, never a public suffix:
 * `a.uk.client.example` → `uk.client.example`, `client.example`; `client.co.uk` → none.
 */
export function parentDomains(domain: string): string[] {
  const parents: string[] = [];
  let rest = domain;
  for (let dot = rest.indexOf("."); dot > 0; dot = rest.indexOf(".")) {
    rest = rest.slice(dot + 1);
    if (rest === "" || isPublicSuffix(rest)) break;
    parents.push(rest);
  }
  return parents.length > MAX_PARENT_DOMAINS ? parents.slice(-MAX_PARENT_DOMAINS) : parents;
}
