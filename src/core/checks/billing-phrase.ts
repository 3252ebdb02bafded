import type { AnalysedDraft, AnalysedField } from "../analysis";
import { isWhiteSpaceAt } from "../text";
import type { CheckContext, CheckMeta } from "./context";
import { fieldOf, hitEvidence, lineFact, linesOf, removeLineFix } from "./helpers";
import { findProfileTerms } from "./profile-terms";

/**
 * A refused phrase counts where it is an entry: at the start of a line (after a bullet, a date
 * or a number) or on a line that carries hours or an amount. "National Centre for Sensor
 * Research" in a signature or "rigorous research" in prose are not entries.
 */
const ENTRY_LEAD =
  /^\s*(?:[-•*·]\s*|\d+[.)]\s*|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[:–-]?\s*|\d{4}-\d{2}-\d{2}\s*[:–-]?\s*)*$/;
const HOURS_OR_AMOUNT =
  /(?<![\d.])\d{1,2}[.,]\d{1,2}(?![\d.])|\b\d+(?:\.\d+)?\s?(?:h|hrs?|hours?)\b|[$£€]\s?\d/i;

/**
 * A lead is a few bullets, numbers and dates: past this many characters (after the line's
 * indentation) nothing is one, and the pattern is never run over a long line per hit.
 */
const MAX_LEAD = 64;

/** Whether the hit at `start` is an entry; what a line holds is worked out once per line. */
function isEntry(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  const text = field.text;
  // Where the line's text starts, after its indentation (ENTRY_LEAD's own leading \s* would
  // take it: it is skipped before testing, so the test never runs over a long indentation).
  const indentEnd = lineFact(draft, field, "billing-indent", start, ({ start: from, end }) => {
    let at = from;
    while (at < end && isWhiteSpaceAt(text, at)) at++;
    return at;
  });
  const lead = start - Math.min(indentEnd, start);
  if (lead <= MAX_LEAD && ENTRY_LEAD.test(text.slice(start - lead, start))) return true;
  return lineFact(draft, field, "billing-hours", start, ({ start: from, end }) =>
    HOURS_OR_AMOUNT.test(text.slice(from, end)),
  );
}

export const meta: CheckMeta = {
  id: "billing-phrase",
  category: "billing",
  defaultSeverity: "warning",
  description:
    'Uses a billing entry the client\'s billing guidelines refuse (e.g. "Review of file").',
  messages: {
    refused:
      '{{who}}\'s billing guidelines refuse entries like "{{phrase}}", and this {{item}} has "{{text}}" in the {{field}}. Describe the work specifically, or remove the entry.',
  },
  fixable: true,
};

export function check(ctx: CheckContext): void {
  const phrases = ctx.profile?.bannedBillingPhrases ?? [];
  if (phrases.length === 0) return;
  const { draft } = ctx;
  for (const hit of findProfileTerms(ctx, "bannedBillingPhrases")) {
    if (hit.field === "attachment" || hit.href) continue;
    const field = fieldOf(draft, hit.field);
    if (!isEntry(draft, field, hit.start)) continue;
    const report = {
      messageId: "refused",
      data: { phrase: hit.term, text: hit.text, field: hit.field },
      evidence: hitEvidence(hit),
    };
    // A refused entry in the body is a line of an invoice or time list: offer to drop that line.
    if (hit.field === "body")
      ctx.report({
        ...report,
        fix: removeLineFix(draft.body, hit.start, hit.end, linesOf(draft, draft.body)),
      });
    else ctx.report(report);
  }
}
