/**
 * Listening's product decisions (test/corpus/listen-decisions.json), the counterpart of
 * detection's decisions.json: when the lead engineer decides how listening should treat a kind
 * of statement, and cases written before the decision expect otherwise, the decision is recorded
 * per case, never by editing the case. Each names the case, the suggestions it makes expected
 * (`expected`) and the expectations it makes not expected (`notExpected`: scored like a hard
 * negative of their field), why, and the review that raised it. A decision naming a case that
 * does not exist, or a `notExpected` suggestion the case does not expect, stops the run.
 */
import { arrayField, CorpusError, readJsonIfPresent, recordAt, stringField } from "./cases";
import { EXPECTED_OPS, type ExpectedSuggestion, type ListenCase } from "./score-listen";

export interface ListenDecision {
  /** "set/slug" ("l6/wa-poppy-for-granny") or the slug alone when it is unique. */
  case: string;
  expected: ExpectedSuggestion[];
  notExpected: ExpectedSuggestion[];
  why: string;
  review: string;
}

/** One expectation a decision added or removed, for the report. */
export interface ListenOverride {
  id: string;
  change: "expected" | "not expected";
  suggestion: ExpectedSuggestion;
  review: string;
}

function suggestionsAt(file: string, where: string, record: Record<string, unknown>, key: string) {
  if (record[key] === undefined) return [];
  return arrayField(file, record, key).map((value, i): ExpectedSuggestion => {
    const at = `${where}.${key}[${i}]`;
    const s = recordAt(file, at, value);
    const values = Array.isArray(s.value) ? s.value : [s.value];
    if (values.length === 0 || values.some((v) => typeof v !== "string" || v.trim() === ""))
      throw new CorpusError(`${file}: ${at}.value must be text or a list of text`);
    // "op": "remove" for a withdrawn value on file (score-listen.ts); none for the rest.
    const op = stringField(file, at, s, "op", false);
    if (op !== undefined && !(EXPECTED_OPS as readonly string[]).includes(op))
      throw new CorpusError(`${file}: ${at}.op must be one of ${EXPECTED_OPS.join(", ")}`);
    return {
      profile: stringField(file, at, s, "profile", true)!.toLowerCase(),
      field: stringField(file, at, s, "field", true)!,
      values: values as string[],
      ...(op === undefined ? {} : { op: op as ExpectedSuggestion["op"] }),
    };
  });
}

export function parseListenDecisions(file: string, raw: unknown): ListenDecision[] {
  const top = recordAt(file, "the file", raw);
  return arrayField(file, top, "decisions").map((value, i) => {
    const where = `decisions[${i}]`;
    const record = recordAt(file, where, value);
    const expected = suggestionsAt(file, where, record, "expected");
    const notExpected = suggestionsAt(file, where, record, "notExpected");
    if (expected.length + notExpected.length === 0)
      throw new CorpusError(`${file}: ${where} changes nothing: give "expected" or "notExpected"`);
    return {
      case: stringField(file, where, record, "case", true)!,
      expected,
      notExpected,
      why: stringField(file, where, record, "why", true)!,
      review: stringField(file, where, record, "review", true)!,
    };
  });
}

/** The decisions in `file`; none when it does not exist (a held-out root has none). */
export async function readListenDecisions(file: string): Promise<ListenDecision[]> {
  const raw = await readJsonIfPresent(file);
  return raw === undefined ? [] : parseListenDecisions(file, raw);
}

const sameSuggestion = (a: ExpectedSuggestion, b: ExpectedSuggestion) =>
  a.profile === b.profile &&
  a.field === b.field &&
  (a.op === "remove") === (b.op === "remove") &&
  a.values.length === b.values.length &&
  a.values.every((v, i) => v === b.values[i]);

/**
 * Applies the decisions to the loaded cases: `expected` suggestions join the case's expectations;
 * `notExpected` ones leave them and become negatives of their field. Throws when a decision names
 * no case, or a `notExpected` suggestion the case does not expect.
 */
export function applyListenDecisions(
  cases: readonly ListenCase[],
  decisions: readonly ListenDecision[],
  file: string,
): ListenOverride[] {
  const overrides: ListenOverride[] = [];
  decisions.forEach((decision, i) => {
    const where = `${file}: decisions[${i}]`;
    const matching = cases.filter(
      (c) => c.id === decision.case || c.id.slice(c.id.indexOf("/") + 1) === decision.case,
    );
    if (matching.length === 0)
      throw new CorpusError(`${where}: no case "${decision.case}" in the listen corpus`);
    if (matching.length > 1)
      throw new CorpusError(`${where}: "${decision.case}" names more than one case; use set/slug`);
    const c = matching[0]!;
    for (const wanted of decision.notExpected) {
      const named = c.suggestions.filter((s) => sameSuggestion(s, wanted));
      if (named.length === 0)
        throw new CorpusError(
          `${where}: case ${c.id} does not expect ${wanted.field} "${wanted.values.join(" | ")}" for ${wanted.profile}`,
        );
      c.suggestions = c.suggestions.filter((s) => !named.includes(s));
      c.negatives.push({ field: wanted.field, why: `product decision: ${decision.why}` });
      overrides.push({
        id: c.id,
        change: "not expected",
        suggestion: wanted,
        review: decision.review,
      });
    }
    for (const wanted of decision.expected) {
      c.suggestions.push(wanted);
      overrides.push({ id: c.id, change: "expected", suggestion: wanted, review: decision.review });
    }
  });
  return overrides;
}

/** The listening decisions applied, for the report (printed even with --quiet). */
export function formatListenOverrides(overrides: readonly ListenOverride[]): string {
  const out = [
    `Listening decisions applied: ${overrides.length} expectation(s) changed (test/corpus/listen-decisions.json)${overrides.length > 0 ? ":" : ""}`,
  ];
  for (const o of overrides) {
    out.push(
      `  ${o.id}  ${o.change}: ${o.suggestion.field} ${o.suggestion.op === "remove" ? "remove" : "="} "${o.suggestion.values.join(" | ")}" for ${o.suggestion.profile}  (${o.review})`,
    );
  }
  return out.join("\n");
}
