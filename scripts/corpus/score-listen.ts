/**
 * Scores `rapport listen` against the blind listen corpus (test/corpus/README.md): precision of
 * the changes it suggests first (a suggestion nobody trusts is worse than none), then recall,
 * per profile field. A suggestion the profile already holds (`alreadyKnown`) is a confirmation,
 * not a change: it counts when a case expects it and never against precision, unless it
 * contradicts what the case expects (round 16: a confirmation of "avoid" where the client now says
 * "welcome", of a value the client withdraws): the pane would offer "Still true" for a wish the
 * client has just changed, so it counts as a wrong suggestion in its field. A removal (`op`
 * "remove", a withdrawn value) matches only an expectation with `"op": "remove"` of the same
 * profile, field and value; any other is unexpected and counts against precision in its field.
 */
import { rate } from "./score-detection";

/** What an expectation asks for: a value set or added (the default), or one removed. */
export const EXPECTED_OPS = ["set", "add", "remove"] as const;

export interface ExpectedSuggestion {
  profile: string;
  field: string;
  /**
   * "remove": the client withdraws a value on file, and only a remove suggestion of the same
   * profile, field and value matches it. Absent (or "set"/"add"): any suggestion but a removal.
   */
  op?: (typeof EXPECTED_OPS)[number];
  /** Acceptable values (any one matches). */
  values: string[];
  quote?: string;
}

export interface ListenNegative {
  field: string;
  why?: string;
}

export interface ListenCase {
  id: string;
  file: string;
  description: string;
  suggestions: ExpectedSuggestion[];
  negatives: ListenNegative[];
}

export interface HeardSuggestion {
  profile: string;
  field: string;
  op?: string;
  value: string;
  quote?: string;
  alreadyKnown?: boolean;
}

export interface ListenRun {
  case: ListenCase;
  suggestions: HeardSuggestion[];
  error?: string;
}

export interface FieldFigures {
  expected: number;
  caught: number;
  /** New suggestions made (alreadyKnown ones excluded). */
  suggested: number;
  /** Of those, how many matched an expectation. */
  correct: number;
  negatives: number;
  clean: number;
}

export interface ListenScore {
  cases: number;
  unreadable: { id: string; error: string }[];
  perField: Record<string, FieldFigures>;
  overall: FieldFigures;
  misses: { id: string; expected: ExpectedSuggestion }[];
  wrong: { id: string; suggestion: HeardSuggestion; negative?: ListenNegative }[];
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "before",
  "after",
  "every",
  "each",
  "per",
]);

// Quotes and brackets say nothing about the value: a heard "(first Monday)" is "first Monday".
function fold(value: string): string {
  return value
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’‘"“”']/g, "")
    .replace(/[()[\]{}]/g, " ")
    .replace(/[\s,;.]+/g, " ")
    .trim();
}

function contentWords(value: string): string[] {
  return fold(value)
    .split(" ")
    .filter((word) => word !== "" && !STOP_WORDS.has(word));
}

/** Free-text cadences are worded freely: every content word of one wording in the other counts. */
const FREE_TEXT_FIELDS = new Set(["statusUpdates"]);

/**
 * A company or a topic is the same value with or without its leading article, as the product
 * itself compares values on file (listen.ts `holds`): "the baggage-handler strike" is
 * "baggage-handler strike" (analysis-lh27 §4; a decision of round 30, not a reading).
 */
const ARTICLE_FREE_FIELDS = new Set(["competitors", "avoidTopics"]);

function foldFor(field: string, value: string): string {
  const folded = fold(value);
  return ARTICLE_FREE_FIELDS.has(field) ? folded.replace(/^the /, "") : folded;
}

function sameValue(field: string, heard: string, wanted: string): boolean {
  if (foldFor(field, heard) === foldFor(field, wanted)) return true;
  if (!FREE_TEXT_FIELDS.has(field)) return false;
  const a = contentWords(heard);
  const b = contentWords(wanted);
  if (a.length === 0 || b.length === 0) return false;
  return b.every((word) => a.includes(word)) || a.every((word) => b.includes(word));
}

function matches(heard: HeardSuggestion, expected: ExpectedSuggestion): boolean {
  // A removal and an addition of the same value say opposite things: neither matches the other.
  const removes = heard.op === "remove";
  if (removes !== (expected.op === "remove")) return false;
  return (
    heard.profile.toLowerCase() === expected.profile.toLowerCase() &&
    heard.field === expected.field &&
    expected.values.some((value) => sameValue(heard.field, heard.value, value))
  );
}

/**
 * Whether a confirmation says the opposite of an expectation: the same profile and field, and
 * either the value the case expects removed, or (a single value set) another value than the
 * case expects.
 */
export function contradicts(heard: HeardSuggestion, expected: ExpectedSuggestion): boolean {
  if (heard.op === "remove") return false;
  if (heard.profile.toLowerCase() !== expected.profile.toLowerCase()) return false;
  if (heard.field !== expected.field) return false;
  const same = expected.values.some((value) => sameValue(heard.field, heard.value, value));
  if (expected.op === "remove") return same;
  return heard.op === "set" && !same;
}

/** Whether the scorer counts one heard suggestion as catching one expected suggestion of a case. */
export function catchesExpected(
  c: ListenCase,
  expected: ExpectedSuggestion,
  heard: HeardSuggestion,
): boolean {
  return (
    scoreListen([{ case: { ...c, suggestions: [expected], negatives: [] }, suggestions: [heard] }])
      .overall.caught > 0
  );
}

function emptyFigures(): FieldFigures {
  return { expected: 0, caught: 0, suggested: 0, correct: 0, negatives: 0, clean: 0 };
}

export function scoreListen(runs: readonly ListenRun[]): ListenScore {
  const perField: Record<string, FieldFigures> = {};
  const figures = (field: string) => (perField[field] ??= emptyFigures());
  const score: ListenScore = {
    cases: runs.length,
    unreadable: [],
    perField,
    overall: emptyFigures(),
    misses: [],
    wrong: [],
  };
  for (const run of runs) {
    const c = run.case;
    if (run.error !== undefined) score.unreadable.push({ id: c.id, error: run.error });
    const matched = new Set<HeardSuggestion>();
    for (const expected of c.suggestions) {
      const f = figures(expected.field);
      f.expected++;
      const hits = run.suggestions.filter((heard) => matches(heard, expected));
      hits.forEach((hit) => matched.add(hit));
      if (hits.length > 0) f.caught++;
      else score.misses.push({ id: c.id, expected });
    }
    const changes = run.suggestions.filter(
      (heard) =>
        !heard.alreadyKnown ||
        (!matched.has(heard) && c.suggestions.some((expected) => contradicts(heard, expected))),
    );
    for (const heard of changes) {
      const f = figures(heard.field);
      f.suggested++;
      if (matched.has(heard)) f.correct++;
    }
    const blamed = new Set<HeardSuggestion>();
    if (run.error === undefined) {
      for (const negative of c.negatives) {
        const f = figures(negative.field);
        f.negatives++;
        const violating = changes.filter(
          (heard) => heard.field === negative.field && !matched.has(heard),
        );
        if (violating.length === 0) f.clean++;
        for (const heard of violating) {
          if (blamed.has(heard)) continue;
          blamed.add(heard);
          score.wrong.push({ id: c.id, suggestion: heard, negative });
        }
      }
    }
    for (const heard of changes) {
      if (!matched.has(heard) && !blamed.has(heard))
        score.wrong.push({ id: c.id, suggestion: heard });
    }
  }
  for (const f of Object.values(perField)) {
    for (const key of Object.keys(score.overall) as (keyof FieldFigures)[])
      score.overall[key] += f[key];
  }
  return score;
}

export function precision(f: FieldFigures): number {
  return rate(f.correct, f.suggested);
}

export function recall(f: FieldFigures): number {
  return rate(f.caught, f.expected);
}
