import { analyseDraft, type AnalysedDraft } from "./analysis";
import { CHECKS } from "./checks";
import type { Check, CheckContext, CheckRecipient, Report } from "./checks/context";
import type { Draft } from "./draft";
import { domainOf, normaliseAddress } from "./draft";
import type { Finding } from "./finding";
import { SEVERITY_RANK } from "./finding";
import type { Policy } from "./policy";
import { DEFAULT_POLICY } from "./policy";
import type { ClientProfile } from "./profile";

/** A check that threw: recorded for diagnostics, never shown to the author. */
export interface CheckFailure {
  check: string;
  recipient: string;
  /** The error's message only: never the draft's text. */
  error: string;
}

export interface EvaluateOptions {
  /** The checks to run; defaults to every registered check. */
  checks?: readonly Check[];
  /**
   * The draft as analyseDraft gave it (with the policy's includeQuotedHistory), to check it
   * again, say for other recipients or other checks, without reading it again. Its memo only
   * holds recipient-independent results (or results keyed by what they depend on).
   */
  analysed?: AnalysedDraft;
}

/**
 * Evaluate a draft against the effective profiles of its recipients.
 * `profiles` is keyed by lower-case address (see resolveProfiles); a recipient missing from it
 * or mapped to undefined has no profile. Returns findings deduplicated and ordered by severity
 * (error first), then by recipient and position.
 */
export function evaluate(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy?: Policy,
): Finding[] {
  return evaluateWithDiagnostics(draft, profiles, policy).findings;
}

/** As evaluate, also returning the checks that threw (and were skipped for that recipient). */
export function evaluateWithDiagnostics(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy: Policy = {},
  options: EvaluateOptions = {},
): { findings: Finding[]; errors: CheckFailure[] } {
  const findings: Finding[] = [];
  const errors: CheckFailure[] = [];
  if ((policy.enabled ?? DEFAULT_POLICY.enabled) === false) return { findings, errors };

  const checks = (options.checks ?? CHECKS).filter(
    (check) => policy.checks?.[check.meta.id]?.severity !== "off",
  );
  const recipients = recipientsOf(draft, profiles, policy);
  if (checks.length === 0 || recipients.length === 0) return { findings, errors };

  const analysed =
    options.analysed ??
    analyseDraft(draft, {
      includeQuotedHistory: policy.includeQuotedHistory ?? DEFAULT_POLICY.includeQuotedHistory,
    });
  const seen = new Set<string>();
  // What the author is sending, for messages: "this e-mail", "this invitation".
  const item = analysed.kind === "appointment" ? "invitation" : "e-mail";

  for (const recipient of recipients) {
    const who = describeRecipient(recipient);
    for (const check of checks) {
      const { meta } = check;
      const checkPolicy = policy.checks?.[meta.id];
      const policySeverity =
        checkPolicy?.severity && checkPolicy.severity !== "off" ? checkPolicy.severity : undefined;
      const monitorOnly = Boolean(policy.monitorOnly || checkPolicy?.monitorOnly);
      const reported: Finding[] = [];
      const ctx: CheckContext = {
        recipient,
        profile: recipient.profile,
        recipients,
        draft: analysed,
        who,
        report(report: Report) {
          const template = meta.messages[report.messageId];
          if (template === undefined) {
            throw new Error(`${meta.id} reported unknown message id "${report.messageId}"`);
          }
          const data = {
            who,
            client: recipient.profile?.clientName ?? who,
            item,
            ...report.data,
          };
          const finding: Finding = {
            check: meta.id,
            messageId: report.messageId,
            severity: policySeverity ?? report.severity ?? meta.defaultSeverity,
            recipient: recipient.address,
            message: renderMessage(template, data),
          };
          if (recipient.name) finding.recipientName = recipient.name;
          if (report.evidence) finding.evidence = { ...report.evidence };
          if (report.fix) finding.fix = { ...report.fix };
          if (monitorOnly) finding.monitorOnly = true;
          reported.push(finding);
        },
      };
      try {
        check.check(ctx);
      } catch (error) {
        // One broken check must not silence the others; its partial findings are dropped too.
        errors.push({
          check: meta.id,
          recipient: recipient.address,
          error: error instanceof Error ? error.message : String(error),
        });
        continue;
      }
      for (const finding of reported) {
        const key = dedupeKey(finding);
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(finding);
      }
    }
  }

  const order = new Map(recipients.map((r, i) => [r.address, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (order.get(a.recipient) ?? 0) - (order.get(b.recipient) ?? 0) ||
      positionOf(a) - positionOf(b) ||
      (a.evidence?.start ?? -1) - (b.evidence?.start ?? -1) ||
      a.check.localeCompare(b.check),
  );
  return { findings, errors };
}

/** Deduplicated recipients with their profiles; empty and unresolved addresses are skipped. */
function recipientsOf(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy: Policy,
): CheckRecipient[] {
  const internalDomains = new Set(
    (policy.internalDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, "")),
  );
  const fromDomain = draft.from ? domainOf(draft.from.address) : undefined;
  if (fromDomain) internalDomains.add(fromDomain);

  const result: CheckRecipient[] = [];
  const seen = new Set<string>();
  for (const recipient of draft.recipients) {
    const address = normaliseAddress(recipient.address ?? "");
    const domain = domainOf(address);
    if (!domain || seen.has(address)) continue;
    seen.add(address);
    const entry: CheckRecipient = {
      address,
      kind: recipient.kind,
      internal: internalDomains.has(domain),
    };
    const name = recipient.name?.trim();
    if (name && name.toLowerCase() !== address) entry.name = name;
    const profile = profiles.get(address);
    if (profile) entry.profile = profile;
    result.push(entry);
  }
  return result;
}

/** "Megge Anderson (The Coca-Cola Company)", "jim@ford.example (Ford Motor Company)". */
export function describeRecipient(recipient: CheckRecipient): string {
  const profile = recipient.profile;
  const name = profile?.fullName || recipient.name || recipient.address;
  const organisation = profile?.clientName;
  return organisation && organisation.toLowerCase() !== name.toLowerCase()
    ? `${name} (${organisation})`
    : name;
}

/** Fills `{{placeholder}}`s; an unknown placeholder is left as written so tests notice it. */
export function renderMessage(
  template: string,
  data: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** Findings are ordered as the author reads the item: an invitation's location after its subject. */
const FIELD_POSITION: Readonly<Record<string, number>> = {
  recipient: 0,
  subject: 1,
  location: 2,
  body: 3,
  attachment: 4,
};

function positionOf(finding: Finding): number {
  if (!finding.evidence) return -1;
  return (FIELD_POSITION[finding.evidence.field] ?? 5) * 1000 + (finding.evidence.index ?? 0);
}

function dedupeKey(finding: Finding): string {
  const e = finding.evidence;
  return [
    finding.check,
    finding.messageId,
    finding.recipient,
    e ? `${e.field}:${e.index ?? ""}:${e.start}:${e.end}` : "",
  ].join("|");
}
