import type { Draft, Recipient } from "../core/draft";
import { atFirm, firmDomains } from "../core/firm";
import type { Policy } from "../core/policy";
import { normaliseAddress } from "../core/profile";
import { uncheckedKind, type UncheckedKind } from "../core/unchecked";

export { firmDomains };

/** One person the pane talks about, once, however many times they appear in To/Cc/Bcc. */
export interface PaneRecipient {
  /** Lower-case address; empty when Outlook gave none (a contact list, an unresolved entry). */
  address: string;
  /** Display name when Outlook has one, else the address. */
  displayName: string;
  kind: Recipient["kind"];
  /** At the firm itself: no client profile expected. Never true for a list or group. */
  colleague: boolean;
  /**
   * Rapport cannot check this recipient (core/unchecked.ts): a contact list, a list or group (at
   * a client's domain its organisation's profile still applies), or no e-mail address.
   */
  unchecked?: UncheckedKind;
}

/** Recipients in the order they appear, duplicates (same address) folded into the first. */
export function paneRecipients(
  draft: Pick<Draft, "from" | "user" | "recipients">,
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
    const unchecked = uncheckedKind(recipient) ?? (address ? undefined : "no-address");
    result.push({
      address,
      displayName: name || address || "A recipient without an e-mail address",
      kind: recipient.kind,
      colleague: unchecked === undefined && atFirm(address, firm),
      ...(unchecked ? { unchecked } : {}),
    });
  }
  return result;
}

/**
 * The addresses whose client profiles are worth looking up: people who are not colleagues, and
 * lists outside the firm (their organisation's profile). Entries without an SMTP address and
 * lists at the firm's domains have nothing to look up.
 */
export function clientAddresses(
  recipients: readonly PaneRecipient[],
  firm: readonly string[] = [],
): string[] {
  return recipients
    .filter(
      (r) =>
        r.address &&
        !r.colleague &&
        (r.unchecked === undefined || (r.unchecked === "list" && !atFirm(r.address, firm))),
    )
    .map((r) => r.address);
}
