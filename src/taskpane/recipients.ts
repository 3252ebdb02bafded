import type { Draft, Recipient } from "../core/draft";
import type { Policy } from "../core/policy";
import { normaliseAddress } from "../core/profile";

/** One person the pane talks about, once, however many times they appear in To/Cc/Bcc. */
export interface PaneRecipient {
  /** Lower-case address; empty for a recipient Outlook has not resolved yet. */
  address: string;
  /** Display name when Outlook has one, else the address. */
  displayName: string;
  kind: Recipient["kind"];
  /** At the firm itself: no client profile expected. */
  colleague: boolean;
}

function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  return at > 0 && at < address.length - 1 ? address.slice(at + 1) : undefined;
}

/** True when the domain is one of the firm's, or a subdomain of one (london.firm.example). */
function isFirmDomain(domain: string, firmDomains: readonly string[]): boolean {
  return firmDomains.some((firm) => domain === firm || domain.endsWith(`.${firm}`));
}

/** The firm's domains: the policy's list plus the author's own domain. */
export function firmDomains(draft: Pick<Draft, "from">, policy: Policy | undefined): string[] {
  const domains = (policy?.internalDomains ?? []).map((d) =>
    d.trim().toLowerCase().replace(/^@/, ""),
  );
  const own = draft.from ? domainOf(normaliseAddress(draft.from.address)) : undefined;
  if (own) domains.push(own);
  return domains.filter((d) => d.length > 0);
}

/** Recipients in the order they appear, duplicates (same address) folded into the first. */
export function paneRecipients(
  draft: Pick<Draft, "from" | "recipients">,
  policy: Policy | undefined,
): PaneRecipient[] {
  const firm = firmDomains(draft, policy);
  const seen = new Set<string>();
  const result: PaneRecipient[] = [];
  for (const recipient of draft.recipients) {
    const address = normaliseAddress(recipient.address ?? "");
    const name = recipient.name?.trim();
    const dedupeKey = address || `unresolved:${name ?? ""}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const domain = domainOf(address);
    result.push({
      address,
      displayName: name || address || "Unresolved recipient",
      kind: recipient.kind,
      colleague: domain !== undefined && isFirmDomain(domain, firm),
    });
  }
  return result;
}

/** The addresses whose client profiles are worth looking up: resolved, not colleagues. */
export function clientAddresses(recipients: readonly PaneRecipient[]): string[] {
  return recipients.filter((r) => r.address && !r.colleague).map((r) => r.address);
}
