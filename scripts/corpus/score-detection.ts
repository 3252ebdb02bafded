/**
 * Scores the engine's findings against a blind corpus's expectations. A snippet of an expect
 * file is located in the draft's plain text (all its occurrences), so a finding counts for an
 * expectation only where it points at that text, and a hard negative ("Meg Whitman's book")
 * can share words with a real finding ("Meg" in the greeting) without either being misjudged.
 */
import type { DetectionCase, ExpectedFinding, HardNegative } from "./cases";

export interface FieldTexts {
  subject: string;
  /** A meeting invitation's location ("" or absent for an e-mail). */
  location?: string;
  body: string;
  attachments: string[];
  /** The body's links: a snippet that is a link's address stands for the link's text. */
  links?: { href: string; start: number; end: number }[];
}

/** What the engine said about one case, or why the draft could not be read. */
export interface CaseRun {
  case: DetectionCase;
  findings: RunFinding[];
  fields?: FieldTexts;
  error?: string;
}

export interface RunFinding {
  check: string;
  recipient: string;
  message: string;
  severity: string;
  evidence?: { field: string; text: string; start: number; end: number; index?: number };
}

interface Range {
  field: string;
  index?: number;
  start: number;
  end: number;
}

export interface Miss {
  id: string;
  file: string;
  description: string;
  expected: ExpectedFinding;
  /** Findings of that check for that recipient that pointed elsewhere. */
  near: string[];
}

export interface FalseAlarm {
  id: string;
  file: string;
  description: string;
  negative?: HardNegative;
  finding: RunFinding;
}

export interface CheckFigures {
  expected: number;
  caught: number;
  negatives: number;
  clean: number;
  unexpected: number;
}

export interface DetectionScore {
  cases: number;
  unreadable: { id: string; error: string }[];
  perCheck: Record<string, CheckFigures>;
  overall: CheckFigures;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  unexpected: FalseAlarm[];
}

/** Info findings nobody asked about (no-profile) are not judged unless a case expects them. */
const UNJUDGED_UNLESS_EXPECTED = new Set(["no-profile"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern for a snippet: case-insensitive, any run of white space for a space, ’ for '. */
function snippetPattern(snippet: string): RegExp {
  const body = snippet
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join("\\s+");
  const lead = /^[\p{L}\p{N}]/u.test(snippet.trim()) ? "(?<![\\p{L}\\p{N}])" : "";
  const tail = /[\p{L}\p{N}]$/u.test(snippet.trim()) ? "(?![\\p{L}\\p{N}])" : "";
  return new RegExp(`${lead}${body}${tail}`, "giu");
}

function occurrences(fields: FieldTexts | undefined, snippet: string): Range[] {
  if (!fields) return [];
  const pattern = snippetPattern(snippet);
  const ranges: Range[] = [];
  const scan = (field: string, text: string, index?: number) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const range: Range = { field, start: m.index, end: m.index + m[0].length };
      if (index !== undefined) range.index = index;
      ranges.push(range);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  };
  scan("subject", fields.subject);
  if (fields.location) scan("location", fields.location);
  scan("body", fields.body);
  fields.attachments.forEach((name, index) => scan("attachment", name, index));
  for (const link of fields.links ?? []) {
    pattern.lastIndex = 0;
    if (pattern.test(link.href)) ranges.push({ field: "body", start: link.start, end: link.end });
  }
  return ranges;
}

function overlaps(a: Range, b: Range): boolean {
  return (
    a.field === b.field &&
    (a.index ?? 0) === (b.index ?? 0) &&
    a.start < Math.max(b.end, b.start + 1) &&
    b.start < Math.max(a.end, a.start + 1)
  );
}

function inside(inner: Range, outer: Range): boolean {
  return (
    inner.field === outer.field &&
    (inner.index ?? 0) === (outer.index ?? 0) &&
    inner.start >= outer.start &&
    inner.end <= outer.end
  );
}

function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/** For a snippet that is not in the visible text (a link's address): compare the words. */
function quotes(finding: RunFinding, snippet: string): boolean {
  const want = fold(snippet);
  const evidence = fold(finding.evidence?.text ?? "");
  return (
    (evidence !== "" && (evidence.includes(want) || want.includes(evidence))) ||
    fold(finding.message).includes(want)
  );
}

function evidenceRange(finding: RunFinding): Range | undefined {
  const e = finding.evidence;
  if (!e) return undefined;
  const range: Range = { field: e.field, start: e.start, end: e.end };
  if (e.index !== undefined) range.index = e.index;
  return range;
}

/** Whether `finding` points at `snippet` (or, without a snippet, is of that check and recipient). */
function pointsAt(finding: RunFinding, snippet: string | undefined, ranges: Range[]): boolean {
  if (snippet === undefined) return true;
  if (ranges.length === 0) return quotes(finding, snippet);
  const at = evidenceRange(finding);
  return at !== undefined && ranges.some((range) => overlaps(at, range));
}

function emptyFigures(): CheckFigures {
  return { expected: 0, caught: 0, negatives: 0, clean: 0, unexpected: 0 };
}

export function scoreDetection(
  runs: readonly CaseRun[],
  checkIds: readonly string[],
): DetectionScore {
  const perCheck: Record<string, CheckFigures> = {};
  for (const id of checkIds) perCheck[id] = emptyFigures();
  const score: DetectionScore = {
    cases: runs.length,
    unreadable: [],
    perCheck,
    overall: emptyFigures(),
    misses: [],
    falseAlarms: [],
    unexpected: [],
  };
  const figures = (check: string) => (perCheck[check] ??= emptyFigures());

  for (const run of runs) {
    const c = run.case;
    const base = { id: c.id, file: c.file, description: c.description };
    if (run.error !== undefined) score.unreadable.push({ id: c.id, error: run.error });

    const negativeRanges = c.negatives.map((n) =>
      n.text === undefined ? [] : occurrences(run.fields, n.text),
    );
    // An expected snippet's occurrences inside a hard negative of the same check and recipient
    // are the negative's, not the expectation's ("Meg" of "Meg Whitman").
    const expectedRanges = c.findings.map((e) => {
      if (e.text === undefined) return [];
      return occurrences(run.fields, e.text).filter(
        (range) =>
          !c.negatives.some(
            (n, i) =>
              n.check === e.check &&
              (n.recipient === undefined || n.recipient === e.recipient) &&
              negativeRanges[i]!.some((outer) => inside(range, outer)),
          ),
      );
    });

    const explained = new Set<RunFinding>();
    c.findings.forEach((expected, i) => {
      const f = figures(expected.check);
      f.expected++;
      const candidates = run.findings.filter(
        (finding) => finding.check === expected.check && finding.recipient === expected.recipient,
      );
      const hits = candidates.filter((finding) =>
        pointsAt(finding, expected.text, expectedRanges[i]!),
      );
      for (const hit of hits) explained.add(hit);
      if (hits.length > 0) f.caught++;
      else
        score.misses.push({
          ...base,
          expected,
          near: candidates.map((finding) => finding.evidence?.text ?? finding.message),
        });
    });

    if (run.error === undefined) {
      c.negatives.forEach((negative, i) => {
        const f = figures(negative.check);
        f.negatives++;
        const violating = run.findings.filter(
          (finding) =>
            finding.check === negative.check &&
            (negative.recipient === undefined || finding.recipient === negative.recipient) &&
            !explained.has(finding) &&
            pointsAt(finding, negative.text, negativeRanges[i]!),
        );
        if (violating.length === 0) f.clean++;
        for (const finding of violating) {
          explained.add(finding);
          score.falseAlarms.push({ ...base, negative, finding });
        }
      });
    }

    for (const finding of run.findings) {
      if (explained.has(finding) || UNJUDGED_UNLESS_EXPECTED.has(finding.check)) continue;
      figures(finding.check).unexpected++;
      score.unexpected.push({ ...base, finding });
    }
  }

  for (const f of Object.values(perCheck)) {
    score.overall.expected += f.expected;
    score.overall.caught += f.caught;
    score.overall.negatives += f.negatives;
    score.overall.clean += f.clean;
    score.overall.unexpected += f.unexpected;
  }
  return score;
}

/** caught/expected (recall) or clean/negatives, as a fraction; 1 when there is nothing to count. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
