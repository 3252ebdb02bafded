/**
 * Round 37's cuts, each in the check that pays for it, for the same-moment A/B
 * (`AB_CASE=bench/ab-round37-case.ts bench/ab.sh <base> 2 40 20`): on the engine bench's 100 KB
 * body × 10 recipients, analysed once and its words read (as the checks before find them), one
 * check run for every recipient with nothing memoised, so each call does the readings' whole work.
 * AB_CHECKS names the checks (comma-separated; default unwanted-channel, whose warnings the second
 * opinion scores, billing-detail, whose time entries hold the "and" pattern, and avoided-topic,
 * whose topic roles are kept between evaluations); any check id will do (billing-phrase,
 * entertainment-invite, …).
 */
import { analyseDraft, withFreshMemo } from "../src/core/analysis";
import { CHECKS } from "../src/core/checks";
import { evaluateWithDiagnostics } from "../src/core/engine";
import { textWords } from "../src/core/text/words";
import { audience, businessHtml, draftFor } from "./fixtures";

export function cases(): { label: string; run: () => unknown }[] {
  const { recipients, effective } = audience(10);
  const draft = draftFor(recipients, businessHtml(100_000, 100_000));
  const analysed = analyseDraft(draft);
  return (process.env.AB_CHECKS ?? "unwanted-channel,billing-detail,avoided-topic")
    .split(",")
    .map((id) => {
      const checks = CHECKS.filter((check) => check.meta.id === id);
      return {
        label: id,
        run: () => {
          textWords(analysed.body.scan);
          textWords(analysed.subject.scan);
          return evaluateWithDiagnostics(
            draft,
            effective,
            {},
            {
              analysed: withFreshMemo(analysed),
              checks,
            },
          );
        },
      };
    });
}
