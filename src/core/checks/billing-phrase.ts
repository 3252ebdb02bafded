import type { CheckContext, CheckMeta } from "./context";
import { fieldOf, hitEvidence, lineAt, removeLineFix } from "./helpers";
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

function isEntry(text: string, start: number): boolean {
  const line = lineAt(text, start);
  return (
    ENTRY_LEAD.test(text.slice(line.start, start)) ||
    HOURS_OR_AMOUNT.test(text.slice(line.start, line.end))
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
    if (!isEntry(field.text, hit.start)) continue;
    const report = {
      messageId: "refused",
      data: { phrase: hit.term, text: hit.text, field: hit.field },
      evidence: hitEvidence(hit),
    };
    // A refused entry in the body is a line of an invoice or time list: offer to drop that line.
    if (hit.field === "body")
      ctx.report({ ...report, fix: removeLineFix(draft.body, hit.start, hit.end) });
    else ctx.report(report);
  }
}
