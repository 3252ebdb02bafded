/**
 * Which addresses are the firm's own (harm audit 49b, finding 6): one list of the firm's domains
 * and one test, used by the engine, the send path, the pane and listening, so a colleague is never
 * a colleague on one tab and a client on another.
 */
import { domainOf, normaliseAddress, type Draft } from "./draft";
import type { Policy } from "./policy";

/**
 * The firm's domains, in order: the policy's `internalDomains`, then the domain of From (only
 * when From is an SMTP address: Outlook can give a LegacyExchangeDN there, office-js #2590), then
 * the signed-in user's own domain (a secretary writing from a shared mailbox on the firm's other
 * domain is still at the firm). Lower case, without "@", no duplicates.
 */
export function firmDomains(
  draft: Pick<Draft, "from" | "user">,
  policy: Pick<Policy, "internalDomains"> | undefined,
): string[] {
  const domains: string[] = [];
  const add = (domain: string | undefined) => {
    const d = (domain ?? "").trim().toLowerCase().replace(/^@/, "");
    if (d !== "" && domains.indexOf(d) < 0) domains.push(d);
  };
  for (const domain of policy?.internalDomains ?? []) add(domain);
  if (draft.from) add(domainOf(draft.from.address));
  if (draft.user) add(domainOf(draft.user.address));
  return domains;
}

/**
 * Whether an address, or an organisation's profile key ("@firm.example"), is at one of the firm's
 * domains or under one (london.firm.example), on a dot boundary: "notfirm.example" is not
 * "firm.example". An address without "@" (an X500 DN) is at no domain.
 */
export function atFirm(address: string, domains: readonly string[]): boolean {
  const domain = address.startsWith("@") ? normaliseAddress(address.slice(1)) : domainOf(address);
  if (!domain) return false;
  return domains.some((firm) => {
    const f = firm.trim().toLowerCase().replace(/^@/, "");
    return f !== "" && (domain === f || domain.endsWith(`.${f}`));
  });
}
