/**
 * The reading of the draft alone, for the same-moment A/B (`AB_CASE=bench/ab-read-case.ts
 * bench/ab.sh <base>`): the engine bench's 100 KB HTML body read as an evaluation reads it
 * before any check runs (analyseDraft: HTML to text, quoted history, the body's structure) and
 * then its words as the matchers read them (textWords of the scan text: the words and their
 * other forms), each timed alone and together.
 */
import { analyseDraft } from "../src/core/analysis";
import { htmlToText } from "../src/core/text";
import { forgetTextWords, textWords } from "../src/core/text/words";
import { audience, businessHtml, draftFor } from "./fixtures";

export function cases(): { label: string; run: () => unknown }[] {
  const html = businessHtml(100_000, 100_000);
  const draft = draftFor(audience(10).recipients, html);
  const scan = analyseDraft(draft).body.scan;
  return [
    {
      label: "read",
      run: () => {
        forgetTextWords();
        return textWords(analyseDraft(draft).body.scan);
      },
    },
    { label: "html", run: () => htmlToText(html) },
    {
      label: "words",
      run: () => {
        forgetTextWords();
        return textWords(scan);
      },
    },
  ];
}
