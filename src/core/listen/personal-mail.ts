/**
 * Whether an address's domain is a consumer mail provider's: a person's mailbox, never an
 * organisation's. Its own module so the profile editor can load it when it offers "Everyone at
 * @domain" without the listening engine.
 */
import { NOT_PERSONAL, PERSONAL_DOMAINS_TEXT } from "./personal-domains";

// Personal mailboxes: whatever the writer says, their organisation is not the mail provider.
// Harm audit 48a, finding 1: decided by a list of consumer mail domains (personal-domains.ts), not
// by stems, which filed a t-online.de customer's "we're a Teams shop" on everyone at t-online.de
// and took royalmail.com, att.com or verizon.com for personal mail.
let personalDomains: ReadonlySet<string> | undefined;

function personalDomainSet(): ReadonlySet<string> {
  if (!personalDomains) {
    const set = new Set(PERSONAL_DOMAINS_TEXT.split(/\s+/).filter(Boolean));
    for (const domain of NOT_PERSONAL) set.delete(domain);
    personalDomains = set;
  }
  return personalDomains;
}

// The big webmail providers under a country's domain ("yahoo.co.in", "hotmail.com.br", "gmx.ch"):
// names no organisation of its own uses, so every country form need not be listed.
const WEBMAIL_IN_A_COUNTRY =
  /^(?:gmail|googlemail|hotmail|yahoo|ymail|aol|gmx|yandex)\.(?:(?:com?|net)\.)?[a-z]{2,3}$/;

// A listed domain that is itself a country's second level ("net.ua", "go.ro"): a mailbox there
// is personal, but not every organisation under it ("acme.net.ua").
const SECOND_LEVEL = /^(?:com?|net|org|gov|edu|ac|go|or|ne)\.[a-z]{2}$/;

/**
 * Whether `domain` is a consumer mail provider's (a person's mailbox, never an organisation's):
 * the domain or one it is under in the list ("mail.t-online.de" is t-online.de's), or a big
 * webmail provider's country domain.
 */
export function isPersonalMailDomain(domain: string): boolean {
  let d = domain.trim().toLowerCase().replace(/\.$/, "");
  if (!d.includes(".")) return false;
  // The reserved test domains (RFC 2606/6761) stand for the real ones in samples and the corpus:
  // "gmail.example" is read as gmail.com, "acme.example" as acme.com.
  d = d.replace(/\.(?:example|test|invalid|localhost)$/, ".com");
  if (WEBMAIL_IN_A_COUNTRY.test(d)) return true;
  const listed = personalDomainSet();
  if (listed.has(d)) return true;
  const labels = d.split(".");
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join(".");
    if (listed.has(parent) && !SECOND_LEVEL.test(parent)) return true;
  }
  return false;
}
