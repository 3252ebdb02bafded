/**
 * Judges one of the own-phrasings cases (own-phrasings.ts): what listening hears in it, whether
 * that is exactly what a careful lawyer would record, and the run in the corpus scorer's shape so
 * the per-field figures are computed the same way as the blind corpus's.
 */
import { listen, type Suggestion } from "../../../src/core/listen";
import type { ListenRun } from "../../../scripts/corpus/score-listen";
import { DEFAULT_SENDER, type Expected, type PhrasingCase } from "./own-phrasings";

export interface Judgement {
  /** Heard exactly what was expected: nothing missing, nothing else (readings in `maybe` aside). */
  exact: boolean;
  missing: Expected[];
  unexpected: Suggestion[];
  run: ListenRun;
}

function sender(from: string): { address: string; name?: string } {
  const angle = /^(.*?)\s*<([^>]+)>$/.exec(from);
  return angle ? { name: angle[1]!, address: angle[2]! } : { address: from };
}

function keyOf(address: string, expected: Expected): string {
  return expected.whose === "self" ? address.toLowerCase() : `@${address.split("@")[1]!}`;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/['"]/g, "").trim();

/** A statusUpdates value leads with its cadence; other values are compared as written. */
function sameValue(expected: Expected, heard: Suggestion): boolean {
  if (expected.field !== "statusUpdates") return fold(heard.value) === fold(expected.value);
  return fold(heard.value).startsWith(fold(expected.value).split(",")[0]!);
}

function matches(address: string, expected: Expected, heard: Suggestion): boolean {
  return (
    heard.field === expected.field &&
    heard.profile === keyOf(address, expected) &&
    sameValue(expected, heard)
  );
}

export function judge(c: PhrasingCase, index: number): Judgement {
  const from = sender(c.from ?? DEFAULT_SENDER);
  const heard = listen(
    {
      from,
      subject: c.subject ?? "Re: your matter",
      date: "2025-03-03",
      body: { format: "text", content: `Hi Sam,\n\n${c.text}\n\nBest wishes,\n${from.name ?? ""}` },
    },
    [],
  );
  const counted = heard.filter((s) => !(c.maybe ?? []).some((m) => matches(from.address, m, s)));
  const missing = c.heard.filter((x) => !counted.some((s) => matches(from.address, x, s)));
  const unexpected = counted.filter((s) => !c.heard.some((x) => matches(from.address, x, s)));
  return {
    exact: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
    run: {
      case: {
        id: `${c.batch}${index}`,
        file: "",
        description: c.text,
        suggestions: c.heard.map((x) => ({
          profile: keyOf(from.address, x),
          field: x.field,
          values: [x.value],
        })),
        negatives: [],
      },
      suggestions: counted.map((s) => ({ ...s })),
    },
  };
}
