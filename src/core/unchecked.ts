/**
 * Recipients Rapport cannot check (harm audit 49b, findings 1, 2 and 5), told apart from people it
 * can: Outlook gives no SMTP address for a personal contact list (office-js #5439, #4242, #4661)
 * nor, at times, for a person picked from the address book (an X500 / LegacyExchangeDN, #3701);
 * and for a distribution list or Microsoft 365 group it gives an address but never the members
 * (#1723). A list is therefore never a colleague, whatever its domain: clients may be in it.
 * Kept free of anything but the draft model: the launch-event bundle and the pane both use it.
 */
import { domainOf, normaliseAddress, type Recipient } from "./draft";
import { atFirm } from "./firm";

/**
 * - "contact-list": a personal contact list (no address, recipientType distributionList);
 * - "list": a distribution list or group with an address (a client's domain still gets that
 *   organisation's profile checked);
 * - "no-address": an entry with a name but no SMTP address (an X500 DN, IMCEAEX, or empty).
 */
export type UncheckedKind = "contact-list" | "list" | "no-address";

export interface UncheckedRecipient {
  kind: UncheckedKind;
  /** What to call it: the display name, else the address. */
  label: string;
  /** Lower-case address; empty for a contact list. */
  address: string;
  /** A list at one of the firm's domains (its members may still be clients). */
  atFirm: boolean;
}

const DISTRIBUTION_LIST = "distributionList";

/** An SMTP address: something@domain, not an X500 DN ("/o=…") nor an IMCEAEX-… encapsulation. */
export function isSmtpAddress(address: string): boolean {
  const a = normaliseAddress(address);
  return domainOf(a) !== undefined && a.charAt(0) !== "/" && a.indexOf("imceaex-") !== 0;
}

/** Why Rapport cannot check this recipient, or undefined for a person it can (or an empty entry). */
export function uncheckedKind(
  recipient: Pick<Recipient, "address" | "name" | "recipientType">,
): UncheckedKind | undefined {
  const address = normaliseAddress(recipient.address ?? "");
  const list = recipient.recipientType === DISTRIBUTION_LIST;
  if (address === "") {
    if (list) return "contact-list";
    // An entry with neither name nor address has nothing to check nor to name.
    return (recipient.name ?? "").trim() ? "no-address" : undefined;
  }
  if (!isSmtpAddress(address)) return "no-address";
  return list ? "list" : undefined;
}

/** The recipients Rapport cannot check, once each, in the draft's order. */
export function uncheckedRecipients(
  recipients: readonly Pick<Recipient, "address" | "name" | "recipientType">[],
  firmDomains: readonly string[],
): UncheckedRecipient[] {
  const result: UncheckedRecipient[] = [];
  const seen: string[] = [];
  for (const recipient of recipients) {
    const kind = uncheckedKind(recipient);
    if (!kind) continue;
    const address = normaliseAddress(recipient.address ?? "");
    const label = (recipient.name ?? "").trim() || address;
    const key = `${kind}|${address || label.toLowerCase()}`;
    if (seen.indexOf(key) >= 0) continue;
    seen.push(key);
    result.push({ kind, label, address, atFirm: kind === "list" && atFirm(address, firmDomains) });
  }
  return result;
}

/**
 * Whether a recipient goes to the checks: a person with an SMTP address, or a list at a client's
 * domain (its organisation's profile is checked, its members cannot be). Contact lists, entries
 * without an SMTP address and lists at the firm's own domains do not.
 */
export function checkable(
  recipient: Pick<Recipient, "address" | "name" | "recipientType">,
  firmDomains: readonly string[],
): boolean {
  const kind = uncheckedKind(recipient);
  if (kind === undefined) return isSmtpAddress(recipient.address ?? "");
  return kind === "list" && !atFirm(recipient.address, firmDomains);
}

/** “Coca-Cola deal team”, “Legal Ops” and “Megge Anderson”: for one short line. */
export function namesOf(unchecked: readonly UncheckedRecipient[]): string {
  const names = unchecked.map((u) => `\u201c${u.label}\u201d`);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * One short line for the author: what Rapport could not see, and what to do. Lists come first
 * ("expand it in Outlook (+)"), then entries without an address.
 */
export function uncheckedLine(unchecked: readonly UncheckedRecipient[]): string {
  const lists = unchecked.filter((u) => u.kind !== "no-address");
  const bare = unchecked.filter((u) => u.kind === "no-address");
  const parts: string[] = [];
  if (lists.length > 0)
    parts.push(
      `Rapport cannot see who is in ${namesOf(lists)}; expand ${lists.length > 1 ? "them" : "it"} in Outlook (+) so each person is checked.`,
    );
  if (bare.length > 0)
    parts.push(
      `Outlook gave no e-mail address for ${namesOf(bare)}, so ${bare.length > 1 ? "they were" : "it was"} not checked.`,
    );
  return parts.join(" ");
}

/**
 * The dialog's line about them, longest first for compose() to pick the first that fits: the
 * whole line, then the first name and a count, then a count alone.
 */
export function uncheckedDialogNote(unchecked: readonly UncheckedRecipient[]): string[] {
  const n = unchecked.length;
  const first = unchecked[0];
  if (!first) return [];
  const others = n - 1;
  return [
    uncheckedLine(unchecked),
    `Not checked: \u201c${first.label}\u201d${others > 0 ? ` and ${others} more` : ""} (lists Rapport cannot see into, or no e-mail address): expand lists in Outlook (+).`,
    `${n === 1 ? "1 recipient" : `${n} recipients`} not checked.`,
  ];
}

/**
 * The same, worded to follow "Rapport could not check this message: " (the failure notice, the
 * next compose's notice and the pane's): "it cannot see who is in “Coca-Cola deal team” (expand
 * it in Outlook (+) so each person is checked)".
 */
export function uncheckedReason(unchecked: readonly UncheckedRecipient[]): string {
  const lists = unchecked.filter((u) => u.kind !== "no-address");
  const bare = unchecked.filter((u) => u.kind === "no-address");
  const parts: string[] = [];
  if (lists.length > 0)
    parts.push(
      `it cannot see who is in ${namesOf(lists)} (expand ${lists.length > 1 ? "them" : "it"} in Outlook (+) so each person is checked)`,
    );
  if (bare.length > 0) parts.push(`Outlook gave no e-mail address for ${namesOf(bare)}`);
  return parts.join("; ");
}

/**
 * The same, worded for after the send (the next compose and the pane: audit 50i-2), when the
 * item has gone and expanding a list is no longer possible: "it could not see who is in
 * “Microsoft deal team”".
 */
export function uncheckedAfterSend(unchecked: readonly UncheckedRecipient[]): string {
  const lists = unchecked.filter((u) => u.kind !== "no-address");
  const bare = unchecked.filter((u) => u.kind === "no-address");
  const parts: string[] = [];
  if (lists.length > 0) parts.push(`it could not see who is in ${namesOf(lists)}`);
  if (bare.length > 0) parts.push(`Outlook gave no e-mail address for ${namesOf(bare)}`);
  return parts.join("; ");
}

/**
 * Whether Rapport knows nothing of where this recipient is: a contact list or an entry without
 * an SMTP address. Any client may be behind it, so a check of the others does not cover it. A list
 * with an address has a domain: a client's has that organisation's profile checked, the firm's
 * is the firm's (round 49).
 */
export function domainUnknown(recipient: Pick<UncheckedRecipient, "kind">): boolean {
  return recipient.kind !== "list";
}

/** A content-free code for the log and the support record: "unchecked:contact-list,list". */
export function uncheckedCode(unchecked: readonly UncheckedRecipient[]): string {
  const kinds: string[] = [];
  for (const u of unchecked) {
    const kind = u.atFirm ? "list-at-firm" : u.kind;
    if (kinds.indexOf(kind) < 0) kinds.push(kind);
  }
  return `unchecked:${kinds.join(",")}`;
}
