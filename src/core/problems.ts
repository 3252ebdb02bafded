/**
 * One problem per thing the author must look at: the findings about the same words of the
 * message, whichever checks found them and for however many recipients. "Pepsi" mentioned to two
 * Coca-Cola people is one problem naming both; "Zoom link: https://zoom.us/j/1" flagged as the
 * wrong meeting platform and as a competitor's name is one problem with two reasons. The task
 * pane shows one card per problem and the Smart Alerts text counts them, so both agree.
 */
import type { Evidence, Finding, Fix, Severity } from "./finding";
import { SEVERITY_RANK } from "./finding";

export interface Problem {
  /** Unique within one grouping: the field and span of the evidence, or the finding's identity. */
  key: string;
  /** Every finding about these words, in the engine's order. */
  findings: Finding[];
  /** The worst severity among the findings. */
  severity: Severity;
  /** The words, spanning every finding's evidence (absent for findings without evidence). */
  evidence?: Evidence;
  /** The recipients it concerns, in the order first met (lower-case addresses). */
  recipients: string[];
  /** Distinct fixes offered for it (usually one). */
  fixes: Fix[];
}

/** A finding that can stop a send (not a note, not monitor-only). */
export function isStopping(finding: Finding): boolean {
  return !finding.monitorOnly && finding.severity !== "info";
}

function placeKey(evidence: Evidence): string {
  return `${evidence.field}:${evidence.index ?? ""}`;
}

function fixKey(fix: Fix): string {
  return [fix.field, fix.start, fix.end, fix.replacement].join("|");
}

/**
 * Groups findings into problems: findings whose evidence overlaps in the same field (and the same
 * attachment) are one problem; findings without evidence are grouped by check and message. The
 * problems come in the order of their first finding.
 */
export function groupProblems(findings: readonly Finding[]): Problem[] {
  const problems: Problem[] = [];
  // Per field, the problems with evidence there, for the overlap test. Findings are few (capped
  // per check and recipient), so a scan per finding is cheap.
  const byPlace = new Map<string, Problem[]>();
  const byMessage = new Map<string, Problem>();

  for (const finding of findings) {
    const evidence = finding.evidence;
    let problem: Problem | undefined;
    if (evidence) {
      const place = placeKey(evidence);
      const here = byPlace.get(place) ?? [];
      byPlace.set(place, here);
      // What the finding reaches: its words, and what its fix rewrites ("Remove the Zoom meeting
      // details" on a finding that points at the link alone).
      const fix = finding.fix?.field === evidence.field ? finding.fix : undefined;
      const reach = fix
        ? { start: Math.min(evidence.start, fix.start), end: Math.max(evidence.end, fix.end) }
        : evidence;
      const overlapping = here.filter(
        (p) =>
          p.evidence &&
          (p.evidence.start < reach.end || p.evidence.start === reach.start) &&
          (reach.start < p.evidence.end || p.evidence.end === reach.end) &&
          sameThing(p, finding),
      );
      problem = overlapping[0];
      // A finding that bridges two problems joins them.
      for (const other of overlapping.slice(1)) {
        merge(problem!, other);
        here.splice(here.indexOf(other), 1);
        problems.splice(problems.indexOf(other), 1);
      }
      if (!problem) {
        problem = newProblem(`${place}:${evidence.start}:${evidence.end}`);
        problem.evidence = { ...evidence };
        here.push(problem);
        problems.push(problem);
      } else {
        widen(problem, evidence);
      }
    } else {
      const key = `${finding.check}|${finding.messageId}|${finding.message}`;
      problem = byMessage.get(key);
      if (!problem) {
        problem = newProblem(`message:${finding.check}:${finding.messageId}:${byMessage.size}`);
        byMessage.set(key, problem);
        problems.push(problem);
      }
    }
    add(problem, finding);
  }
  return problems;
}

/** Evidence over several lines: a passage (a list of time entries, a pasted meeting block). */
function isPassage(evidence: Evidence): boolean {
  return evidence.text.includes("\n");
}

/** Whether the finding's fix rewrites all of `evidence` (and so resolves whatever it says). */
function fixCovers(finding: Finding, evidence: Evidence): boolean {
  const fix = finding.fix;
  return (
    !!fix && fix.field === evidence.field && fix.start <= evidence.start && fix.end >= evidence.end
  );
}

/**
 * Whether a finding overlapping a problem is about the same thing. Words inside a passage are,
 * when the same check found both, when they are the very same span, or when the passage's fix
 * replaces it whole (a pasted Zoom block replaced by a placeholder takes its "Zoom" with it).
 * Otherwise they are two things to fix: the time entries a summary-billing client should not get
 * and a refused "Review of file" in one of them; one card for both would hide which words are
 * refused and what removes them.
 */
function sameThing(problem: Problem, finding: Finding): boolean {
  const a = problem.evidence!;
  const b = finding.evidence!;
  if (a.start === b.start && a.end === b.end) return true;
  if (!isPassage(a) && !isPassage(b)) return true;
  if (problem.findings.some((f) => f.check === finding.check || fixCovers(f, b))) return true;
  return fixCovers(finding, a);
}

function newProblem(key: string): Problem {
  return { key, findings: [], severity: "info", recipients: [], fixes: [] };
}

function add(problem: Problem, finding: Finding): void {
  problem.findings.push(finding);
  if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[problem.severity])
    problem.severity = finding.severity;
  const recipient = finding.recipient.toLowerCase();
  if (!problem.recipients.includes(recipient)) problem.recipients.push(recipient);
  if (finding.fix && !problem.fixes.some((f) => fixKey(f) === fixKey(finding.fix!)))
    problem.fixes.push(finding.fix);
}

function widen(problem: Problem, evidence: Evidence): void {
  const current = problem.evidence!;
  if (evidence.start >= current.start && evidence.end <= current.end) return;
  // The wider span's text: the one finding that covers it, or both joined when they only overlap.
  const start = Math.min(current.start, evidence.start);
  const end = Math.max(current.end, evidence.end);
  const text =
    evidence.start <= current.start && evidence.end >= current.end
      ? evidence.text
      : current.start <= evidence.start
        ? current.text + evidence.text.slice(current.end - evidence.start)
        : evidence.text + current.text.slice(evidence.end - current.start);
  problem.evidence = { ...current, start, end, text };
}

function merge(into: Problem, other: Problem): void {
  if (other.evidence) widen(into, other.evidence);
  for (const finding of other.findings) add(into, finding);
}

const FIELD_ORDER: Readonly<Record<string, number>> = {
  recipient: 0,
  subject: 1,
  location: 2,
  body: 3,
  attachment: 4,
};

/**
 * Problems that can stop a send come first, worst first, then in the order the author reads the
 * message (recipients, subject, location, body, attachments); notes after. Stable otherwise.
 */
export function orderProblems(problems: readonly Problem[]): Problem[] {
  const stops = (p: Problem) => p.findings.some(isStopping);
  const place = (p: Problem) =>
    p.evidence
      ? (FIELD_ORDER[p.evidence.field] ?? 5) * 1e9 +
        (p.evidence.index ?? 0) * 1e6 +
        p.evidence.start
      : -1;
  return [...problems].sort(
    (a, b) =>
      Number(stops(b)) - Number(stops(a)) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      place(a) - place(b),
  );
}
