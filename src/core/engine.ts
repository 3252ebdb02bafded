import { analyseDraft, type AnalysedDraft } from "./analysis";
import { CHECKS } from "./checks";
import { secondOpinionKeeps, type GateTexts, type GateWeights } from "./checks/second-opinion";
import { SECOND_OPINION } from "./checks/second-opinion-weights";
import { COMPETITOR_OPINION } from "./checks/second-opinion-competitor";
import type { Check, CheckContext, CheckRecipient, Report } from "./checks/context";
import type { Draft } from "./draft";
import { domainOf, normaliseAddress } from "./draft";
import { atFirm, firmDomains } from "./firm";
import { isSmtpAddress } from "./unchecked";
import type { Evidence, Finding, Severity } from "./finding";
import { SEVERITY_RANK } from "./finding";
import type { Policy } from "./policy";
import { DEFAULT_POLICY } from "./policy";
import type { ClientProfile } from "./profile";
import { profileForChecks } from "./profile-annotations";
import { forgetTextWords } from "./text/words";
import { withinDeadline, type Deadline } from "./time-budget";

export type { Deadline } from "./time-budget";

/** A check that threw: recorded for diagnostics, never shown to the author. */
export interface CheckFailure {
  check: string;
  recipient: string;
  /** The error's message only: never the draft's text. */
  error: string;
}

/**
 * Findings kept per check and recipient. A draft that repeats a trigger a thousand times gets
 * five findings and a count ("and 995 more like this", `Finding.moreLikeThis`), not a thousand
 * lines in the CLI, the send dialog and the pane.
 */
export const MAX_FINDINGS_PER_CHECK = 5;

export interface EvaluateOptions {
  /** The checks to run; defaults to every registered check. */
  checks?: readonly Check[];
  /**
   * The draft as analyseDraft gave it (with the policy's includeQuotedHistory), to check it
   * again, say for other recipients or other checks, without reading it again. Its memo only
   * holds recipient-independent results (or results keyed by what they depend on).
   */
  analysed?: AnalysedDraft;
  /**
   * Checked before the draft is analysed and before each check of each recipient: once it has
   * passed, the checks not started yet are skipped and the result is marked `partial`. A check
   * already running stops at its next unit of work (a recipient, a list entry, a hit, a pattern:
   * see time-budget.ts) with what it found so far, and is listed in `partial.stoppedEarly`.
   */
  deadline?: Deadline;
  /**
   * Findings kept per check and recipient (default MAX_FINDINGS_PER_CHECK); the rest are counted
   * in `moreLikeThis`. Infinity keeps them all (the false-alarm audit judges every one).
   */
  maxFindingsPerCheck?: number;
  /**
   * The second opinion (checks/second-opinion.ts) that may drop a warning whose sentence reads
   * like a false alarm: the shipped tables by default (SECOND_OPINION for avoided-topic and
   * unwanted-channel, COMPETITOR_OPINION for competitor-mention), another table (tests: it alone
   * judges), or false to judge nothing (the trainer's cache of the rules' own findings).
   */
  secondOpinion?: GateWeights | false;
}

/** The checks a deadline left unrun for one recipient. */
export interface NotRun {
  recipient: string;
  /** Check ids, in the order they would have run. */
  checks: string[];
  /** Some checks ran for this recipient before the deadline (others, listed, did not). */
  partly?: true;
}

/** The check the deadline stopped part-way, for one recipient. */
export interface StoppedEarly {
  recipient: string;
  check: string;
}

export interface Evaluation {
  findings: Finding[];
  /** Checks that threw (and were skipped for that recipient). */
  errors: CheckFailure[];
  /**
   * Present when the deadline passed before every check had run in full: the checks not run, and
   * the one stopped part-way (its findings so far are kept). `noneRun`: no check ran at all (the
   * deadline had passed before the first), so an empty `findings` says nothing of the draft.
   */
  partial?: { notRun: NotRun[]; stoppedEarly?: StoppedEarly; noneRun?: true };
}

/**
 * Evaluate a draft against the effective profiles of its recipients.
 * `profiles` is keyed by lower-case address (see resolveProfiles); a recipient missing from it
 * or mapped to undefined has no profile. Returns findings deduplicated, at most
 * `maxFindingsPerCheck` per check and recipient (see Finding.moreLikeThis), ordered by severity
 * (error first), then by recipient and position.
 */
export function evaluate(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy?: Policy,
  options?: EvaluateOptions,
): Finding[] {
  return evaluateWithDiagnostics(draft, profiles, policy, options).findings;
}

/**
 * As evaluate, also returning the checks that threw (and were skipped for that recipient) and,
 * when a deadline passed, which checks were not run (`partial`).
 */
export function evaluateWithDiagnostics(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy: Policy = {},
  options: EvaluateOptions = {},
): Evaluation {
  const findings: Finding[] = [];
  const errors: CheckFailure[] = [];
  if ((policy.enabled ?? DEFAULT_POLICY.enabled) === false) return { findings, errors };

  // Each check once: a check's findings are then deduplicated within its own run.
  const checks = [
    ...new Map((options.checks ?? CHECKS).map((check) => [check.meta.id, check])).values(),
  ].filter((check) => policy.checks?.[check.meta.id]?.severity !== "off");
  const recipients = recipientsOf(draft, profiles, policy);
  if (checks.length === 0 || recipients.length === 0) return { findings, errors };

  const { deadline } = options;
  const passed = () => deadline !== undefined && deadline.now() >= deadline.at;
  const notRunFrom = (
    recipientIndex: number,
    checkIndex: number,
    stoppedEarly?: StoppedEarly,
  ): Evaluation => {
    const notRun = recipients
      .slice(recipientIndex)
      .map((recipient, i) => ({
        recipient: recipient.address,
        checks: checks.slice(i === 0 ? checkIndex : 0).map((check) => check.meta.id),
        ...(i === 0 && checkIndex > 0 ? { partly: true as const } : {}),
      }))
      .filter((entry) => entry.checks.length > 0);
    const noneRun = recipientIndex === 0 && checkIndex === 0 && !stoppedEarly;
    return {
      findings,
      errors,
      partial: {
        notRun,
        ...(stoppedEarly ? { stoppedEarly } : {}),
        ...(noneRun ? { noneRun: true as const } : {}),
      },
    };
  };
  if (passed()) return notRunFrom(0, 0);

  // A draft analysed here is read afresh (text/words.ts: its words once for all its matchers);
  // one analysed before and passed in is the same text, whose words may still be held.
  if (!options.analysed) forgetTextWords();
  const analysed =
    options.analysed ??
    analyseDraft(draft, {
      includeQuotedHistory: policy.includeQuotedHistory ?? DEFAULT_POLICY.includeQuotedHistory,
    });
  // What the author is sending, for messages: "this e-mail", "this invitation".
  const item = analysed.kind === "appointment" ? "invitation" : "e-mail";
  const cap = Math.max(1, options.maxFindingsPerCheck ?? MAX_FINDINGS_PER_CHECK);
  const run: Run = {
    recipients,
    analysed,
    item,
    policy,
    cap,
    findings,
    errors,
    deadline,
    cut: false,
    gates:
      options.secondOpinion === false
        ? []
        : options.secondOpinion
          ? [options.secondOpinion]
          : DEFAULT_GATES,
  };
  const moreLikeThis = new Map<string, number>();
  let stoppedAt: [number, number, StoppedEarly?] | undefined;

  recipients: for (const [recipientIndex, recipient] of recipients.entries()) {
    const who = describeRecipient(recipient);
    for (const [checkIndex, check] of checks.entries()) {
      if (passed()) {
        stoppedAt = [recipientIndex, checkIndex];
        break recipients;
      }
      const kept = runCheck(run, check, recipient, who);
      if (kept && kept.more > 0) {
        const group = groupKey(check.meta.id, recipient.address);
        moreLikeThis.set(group, (moreLikeThis.get(group) ?? 0) + kept.more);
      }
      if (run.cut) {
        // Stopped part-way by the deadline: what it found is kept, the rest is not started.
        const early = { recipient: recipient.address, check: check.meta.id };
        stoppedAt = [recipientIndex, checkIndex + 1, early];
        break recipients;
      }
    }
  }

  orderFindings(findings, recipients, moreLikeThis);
  if (stoppedAt) return notRunFrom(...stoppedAt);
  return { findings, errors };
}

/**
 * Findings in reading order (most severe first, then by recipient and position), each group's
 * "and N more like this" on its last finding.
 */
function orderFindings(
  findings: Finding[],
  recipients: readonly CheckRecipient[],
  moreLikeThis: Map<string, number>,
): void {
  const order = new Map(recipients.map((r, i) => [r.address, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (order.get(a.recipient) ?? 0) - (order.get(b.recipient) ?? 0) ||
      positionOf(a) - positionOf(b) ||
      (a.evidence?.start ?? -1) - (b.evidence?.start ?? -1) ||
      a.check.localeCompare(b.check),
  );
  // "And N more like this" goes on the group's last finding as the author reads them.
  for (let i = findings.length - 1; i >= 0 && moreLikeThis.size > 0; i--) {
    const group = groupKey(findings[i]!.check, findings[i]!.recipient);
    const more = moreLikeThis.get(group);
    if (more === undefined) continue;
    findings[i]!.moreLikeThis = more;
    moreLikeThis.delete(group);
  }
}

/** What every check of one evaluation shares: made once, so runCheck sees one shape. */
interface Run {
  recipients: CheckRecipient[];
  analysed: AnalysedDraft;
  /** "e-mail" or "invitation". */
  item: string;
  policy: Policy;
  /** Findings kept per check and recipient. */
  cap: number;
  /** Where the findings and failures go. */
  findings: Finding[];
  errors: CheckFailure[];
  /** The checks' deadline (time-budget.ts), if any. */
  deadline: Deadline | undefined;
  /** Set when the last check run was stopped part-way by the deadline. */
  cut: boolean;
  /** The second opinion's tables (none, one or more), and the texts it reads (made on first use). */
  gates: readonly GateWeights[];
  texts?: GateTexts;
  /**
   * The second opinion's verdicts so far, by check and evidence: a warning on the same words is
   * scored alike for every recipient (the score reads the check, the evidence's field and offsets
   * and the draft's texts, never the recipient), so each is scored once per evaluation.
   */
  verdicts?: Map<string, boolean>;
}

function gateTexts(run: Run): GateTexts {
  const { analysed } = run;
  return (run.texts ??= {
    subject: analysed.subject.text,
    location: analysed.location.text,
    body: analysed.body.text,
    attachments: analysed.attachments.map((attachment) => attachment.name),
  });
}

/** The shipped tables: each judges the checks it has a threshold for (none is shared). */
const DEFAULT_GATES: readonly GateWeights[] = [SECOND_OPINION, COMPETITOR_OPINION].filter(
  (table): table is GateWeights => table !== undefined,
);

/** The table that judges a check, if any: the first with a threshold for it. */
function gateFor(run: Run, check: string): GateWeights | undefined {
  for (const table of run.gates) if (table.thresholds[check] !== undefined) return table;
  return undefined;
}

/** secondOpinionKeeps, answered once per check and evidence in an evaluation (Run.verdicts). */
function gateKeeps(run: Run, check: string, evidence: Evidence | undefined): boolean {
  const gate = gateFor(run, check);
  if (!gate) return true;
  if (!evidence) return secondOpinionKeeps(check, evidence, gateTexts(run), gate);
  const key = `${check}\u0000${evidence.field}\u0000${evidence.index ?? ""}\u0000${evidence.start}\u0000${evidence.end}`;
  const verdicts = (run.verdicts ??= new Map());
  let keeps = verdicts.get(key);
  if (keeps === undefined) {
    keeps = secondOpinionKeeps(check, evidence, gateTexts(run), gate);
    verdicts.set(key, keeps);
  }
  return keeps;
}

/**
 * One check for one recipient (`who`, as messages name them): its reports capped (see
 * CappedReports), the kept ones rendered as findings into `run.findings`; undefined when the check
 * threw (recorded in `run.errors`). Apart from the loop over recipients and checks, so that loop
 * stays small for the optimising compiler.
 */
function runCheck(
  run: Run,
  check: Check,
  recipient: CheckRecipient,
  who: string,
): CappedReports | undefined {
  const { recipients, analysed, item, policy, cap, findings, errors } = run;
  const { meta } = check;
  const checkPolicy = policy.checks?.[meta.id];
  const policySeverity =
    checkPolicy?.severity && checkPolicy.severity !== "off" ? checkPolicy.severity : undefined;
  const monitorOnly = Boolean(policy.monitorOnly || checkPolicy?.monitorOnly);
  const kept = new CappedReports(cap);
  const ctx: CheckContext = {
    recipient,
    profile: recipient.profile,
    recipients,
    draft: analysed,
    who,
    report(report: Report) {
      if (meta.messages[report.messageId] === undefined) {
        throw new Error(`${meta.id} reported unknown message id "${report.messageId}"`);
      }
      const own = report.severity ?? meta.defaultSeverity;
      // The second opinion judges the checks' own warnings only, and a failure to score keeps one.
      if (run.gates.length > 0 && own === "warning" && !gateKeeps(run, meta.id, report.evidence))
        return;
      const severity = policySeverity ?? own;
      kept.offer(severity, report);
    },
  };
  run.cut = false;
  try {
    run.cut = withinDeadline(run.deadline, () => check.check(ctx));
  } catch (error) {
    // One broken check must not silence the others; its partial findings are dropped too.
    errors.push({
      check: meta.id,
      recipient: recipient.address,
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
  // Only the kept reports become findings: the rest are a count, never rendered.
  for (const { severity, report } of kept.reports) {
    const data = { who, client: recipient.profile?.clientName ?? who, item, ...report.data };
    const finding: Finding = {
      check: meta.id,
      messageId: report.messageId,
      severity,
      recipient: recipient.address,
      message: renderMessage(meta.messages[report.messageId]!, data),
    };
    if (recipient.name) finding.recipientName = recipient.name;
    if (report.evidence) finding.evidence = { ...report.evidence };
    if (report.fix) finding.fix = { ...report.fix };
    if (monitorOnly) finding.monitorOnly = true;
    findings.push(finding);
  }
  return kept;
}

/**
 * What one check reported for one recipient, deduplicated (same message at the same place): the
 * `cap` that come first as the author reads findings (most severe, then by position) are kept,
 * whatever order the check reported in; the others are only counted. Places are numbers in nested
 * maps, not strings: a draft that repeats a trigger a hundred thousand times makes as many reports.
 */
class CappedReports {
  /** Kept reports, in reading order. */
  readonly reports: { severity: Severity; report: Report }[] = [];
  more = 0;
  /** message id → field → attachment index → start → end(s) already reported. */
  private readonly places: Places = new Map();

  constructor(private readonly cap: number) {}

  offer(severity: Severity, report: Report): void {
    if (!this.isNew(report.messageId, report.evidence)) return;
    const entry = { severity, report };
    const reports = this.reports;
    if (reports.length === this.cap) {
      this.more++;
      // Full: the new one goes in only if it reads before the last kept one, which then goes.
      if (readingOrder(entry, reports[reports.length - 1]!) >= 0) return;
      reports.pop();
    }
    let at = reports.length;
    while (at > 0 && readingOrder(entry, reports[at - 1]!) < 0) at--;
    // A copy, as it stands when reported: the check may reuse its objects afterwards.
    reports.splice(at, 0, { severity, report: snapshot(report) });
  }

  private isNew(messageId: string, evidence: Evidence | undefined): boolean {
    const byStart = within(
      within(within(this.places, messageId), evidence?.field ?? ""),
      evidence?.index ?? -1,
    );
    const start = evidence?.start ?? -1;
    const end = evidence?.end ?? -1;
    const ends = byStart.get(start);
    if (ends === undefined) {
      byStart.set(start, end);
      return true;
    }
    if (typeof ends === "number") {
      if (ends === end) return false;
      byStart.set(start, new Set([ends, end]));
      return true;
    }
    if (ends.has(end)) return false;
    ends.add(end);
    return true;
  }
}

function snapshot(report: Report): Report {
  const copy: Report = { ...report };
  if (report.data) copy.data = { ...report.data };
  if (report.evidence) copy.evidence = { ...report.evidence };
  if (report.fix) copy.fix = { ...report.fix };
  return copy;
}

type Places = Map<string, Map<string, Map<number, Map<number, number | Set<number>>>>>;

/** The map under `key` in `map`, made on first use. */
function within<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map() as V));
  return inner;
}

/** Deduplicated recipients with their profiles; entries without an SMTP address are skipped. */
function recipientsOf(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy: Policy,
): CheckRecipient[] {
  // One firm-domain test for the engine, the send path and the pane (core/firm.ts).
  const firm = firmDomains(draft, policy);

  const result: CheckRecipient[] = [];
  const seen = new Set<string>();
  for (const recipient of draft.recipients) {
    const address = normaliseAddress(recipient.address ?? "");
    const domain = domainOf(address);
    // No SMTP address (empty, an X500 DN, IMCEAEX): nothing to look up; the send path and the
    // pane name these recipients as not checked (core/unchecked.ts).
    if (!domain || !isSmtpAddress(address) || seen.has(address)) continue;
    seen.add(address);
    const entry: CheckRecipient = {
      address,
      kind: recipient.kind,
      // A list or group is never a colleague: Rapport cannot see who is in it (core/unchecked).
      internal: recipient.recipientType !== "distributionList" && atFirm(address, firm),
    };
    if (recipient.recipientType === "distributionList") entry.list = true;
    const name = recipient.name?.trim();
    if (name && name.toLowerCase() !== address) entry.name = name;
    const profile = profiles.get(address);
    // List entries with a note on them are read by their heads (profile-annotations.ts).
    if (profile) entry.profile = profileForChecks(profile);
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
  const parts = templateParts(template);
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]!;
    message += Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : parts[i]!;
    message += parts[i + 2]!;
  }
  return message;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const TEMPLATE_PARTS = new Map<string, string[]>();

/**
 * A message template split once at its placeholders: text, then for each placeholder its
 * whole `{{ key }}`, its key and the text after it. Templates are the checks' few constants.
 */
function templateParts(template: string): string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = [];
    let at = 0;
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(template); m; m = PLACEHOLDER.exec(template)) {
      if (parts.length === 0) parts.push(template.slice(at, m.index));
      else parts[parts.length - 1] = template.slice(at, m.index);
      parts.push(m[0], m[1]!, "");
      at = m.index + m[0].length;
    }
    if (parts.length === 0) parts.push(template);
    else parts[parts.length - 1] = template.slice(at);
    TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/** Findings are ordered as the author reads the item: an invitation's location after its subject. */
const FIELD_POSITION: Readonly<Record<string, number>> = {
  recipient: 0,
  subject: 1,
  location: 2,
  body: 3,
  attachment: 4,
};

function positionOf(finding: { evidence?: Evidence }): number {
  if (!finding.evidence) return -1;
  return (FIELD_POSITION[finding.evidence.field] ?? 5) * 1000 + (finding.evidence.index ?? 0);
}

/** The final order of one check's findings for one recipient (negative: `a` reads first). */
function readingOrder(
  a: { severity: Severity; report: Report },
  b: { severity: Severity; report: Report },
): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    positionOf(a.report) - positionOf(b.report) ||
    (a.report.evidence?.start ?? -1) - (b.report.evidence?.start ?? -1)
  );
}

function groupKey(check: string, recipient: string): string {
  return `${check}|${recipient}`;
}
