/**
 * Round 32's cuts alone, for the same-moment A/B (`AB_CASE=bench/ab-parts-case.ts bench/ab.sh
 * <base>`): on the engine bench's 100 KB body, analysed and its words read (as the checks find
 * them), the laid-on meals reading (`eventMeals`, the text invites) and the name candidates
 * (`nameCandidates`), each with nothing memoised, so each call does the reading's whole work.
 */
import { analyseDraft, withFreshMemo } from "../src/core/analysis";
import { eventMeals } from "../src/core/checks/entertainment-event-meal";
import { nameCandidates } from "../src/core/checks/name-spelling";
import { textWords } from "../src/core/text/words";
import { audience, businessHtml, draftFor } from "./fixtures";

export function cases(): { label: string; run: () => unknown }[] {
  const draft = draftFor(audience(10).recipients, businessHtml(100_000, 100_000));
  const analysed = analyseDraft(draft);
  const words = (): void => {
    // The words as the checks before these readings leave them (another side's reading, or a
    // long run, may have pushed them out of the few texts kept).
    textWords(analysed.body.scan);
    textWords(analysed.subject.scan);
  };
  return [
    {
      label: "meals",
      run: () => {
        words();
        return eventMeals(
          withFreshMemo(analysed),
          () => true,
          () => false,
        );
      },
    },
    {
      label: "names",
      run: () => {
        words();
        return nameCandidates(withFreshMemo(analysed));
      },
    },
  ];
}
