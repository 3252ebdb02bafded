/**
 * Product decisions that override a case's expectation (test/corpus/decisions.json). A case is
 * never edited to suit the code (test/corpus/README.md); when the lead engineer decides that
 * something a case expects to be flagged is not a finding (the senior-partner review marked it
 * questionable), the decision is recorded here, with why and the review that raised it, and the
 * corpus scores that expectation as a hard negative. The report lists every override applied; a
 * decision naming a case, check or text that does not exist is an error, so a renamed case can
 * never leave a decision silently unused.
 */
import {
  arrayField,
  CorpusError,
  readJsonIfPresent,
  recordAt,
  stringField,
  type DetectionCase,
  type HardNegative,
} from "./cases";

export interface Decision {
  /** The case's slug ("d3-012-chase-named-as-codefendant") or its id ("d3/d3-012-…"). */
  case: string;
  check: string;
  /** The texts of the expected findings it concerns (each must be one the case expects). */
  texts: string[];
  decision: "not-a-finding";
  why: string;
  /** Where the review that flagged the case says so ("test/corpus/review/d3.md"). */
  review: string;
}

/** One expected finding scored as a hard negative because of a decision. */
export interface Override {
  id: string;
  check: string;
  recipient: string;
  text: string;
  why: string;
  review: string;
}

const DECISIONS = new Set(["not-a-finding"]);

/** The decisions in `file`; none when the file does not exist (a corpus root without any). */
export async function readDecisions(
  file: string,
  knownChecks: ReadonlySet<string>,
): Promise<Decision[]> {
  const raw = await readJsonIfPresent(file);
  return raw === undefined ? [] : parseDecisions(file, raw, knownChecks);
}

export function parseDecisions(
  file: string,
  raw: unknown,
  knownChecks: ReadonlySet<string>,
): Decision[] {
  const top = recordAt(file, "the file", raw);
  return arrayField(file, top, "decisions").map((value, i) => {
    const where = `decisions[${i}]`;
    const record = recordAt(file, where, value);
    const check = stringField(file, where, record, "check", true)!;
    if (!knownChecks.has(check))
      throw new CorpusError(`${file}: ${where}.check: unknown check "${check}"`);
    const decision = stringField(file, where, record, "decision", true)!;
    if (!DECISIONS.has(decision))
      throw new CorpusError(
        `${file}: ${where}.decision: "${decision}" is not one of ${[...DECISIONS].join(", ")}`,
      );
    const texts = arrayField(file, record, "texts");
    if (texts.length === 0) throw new CorpusError(`${file}: ${where}.texts must not be empty`);
    return {
      case: stringField(file, where, record, "case", true)!,
      check,
      texts: texts.map((text, k) => {
        if (typeof text !== "string" || text.trim() === "")
          throw new CorpusError(`${file}: ${where}.texts[${k}] must be a non-empty string`);
        return text;
      }),
      decision: "not-a-finding",
      why: stringField(file, where, record, "why", true)!,
      review: stringField(file, where, record, "review", true)!,
    };
  });
}

/**
 * Applies the decisions to the loaded cases: each expected finding a decision names (its check
 * and text, for every recipient) leaves `findings` and becomes a hard negative carrying the
 * decision's why. Returns the overrides applied; throws when a decision names a case that does
 * not exist, or a text the case does not expect for that check.
 */
export function applyDecisions(
  cases: readonly DetectionCase[],
  decisions: readonly Decision[],
  file: string,
): Override[] {
  const overrides: Override[] = [];
  decisions.forEach((decision, i) => {
    const where = `${file}: decisions[${i}]`;
    const matching = cases.filter((c) => c.id === decision.case || slugOf(c) === decision.case);
    if (matching.length === 0)
      throw new CorpusError(`${where}: no case "${decision.case}" in the corpus`);
    if (matching.length > 1)
      throw new CorpusError(`${where}: "${decision.case}" names more than one case; use set/slug`);
    const c = matching[0]!;
    for (const text of decision.texts) {
      const named = c.findings.filter((f) => f.check === decision.check && f.text === text);
      if (named.length === 0)
        throw new CorpusError(
          `${where}: case ${c.id} expects no ${decision.check} finding with the text "${text}"`,
        );
      c.findings = c.findings.filter((f) => !named.includes(f));
      for (const expected of named) {
        const negative: HardNegative = {
          check: expected.check,
          recipient: expected.recipient,
          text,
          why: `product decision: ${decision.why}`,
        };
        c.negatives.push(negative);
        overrides.push({
          id: c.id,
          check: expected.check,
          recipient: expected.recipient,
          text,
          why: decision.why,
          review: decision.review,
        });
      }
    }
  });
  return overrides;
}

function slugOf(c: DetectionCase): string {
  return c.id.slice(c.id.indexOf("/") + 1);
}

/**
 * The overrides applied, for the report: printed even with --quiet, since they change what the
 * figures mean.
 */
export function formatOverrides(overrides: readonly Override[]): string {
  const out = [
    `Product decisions applied: ${overrides.length} expected finding(s) scored as hard negatives (test/corpus/decisions.json)${overrides.length > 0 ? ":" : ""}`,
  ];
  for (const o of overrides) {
    const text = o.text.replace(/\s+/g, " ").trim();
    out.push(`  ${o.id}  ${o.check} ${o.recipient} "${text}"  (${o.review})`);
  }
  return out.join("\n");
}
