import type { CheckContext, CheckMeta } from "./context";
import { findTerms, hitEvidence, removeLineFix } from "./helpers";

export const meta: CheckMeta = {
  id: "billing-phrase",
  category: "billing",
  defaultSeverity: "warning",
  description:
    'Uses a billing entry the client\'s billing guidelines refuse (e.g. "Review of file").',
  messages: {
    refused:
      '{{who}}\'s billing guidelines refuse entries like "{{phrase}}", and this e-mail has "{{text}}" in the {{field}}. Describe the work specifically, or remove the entry.',
  },
  fixable: true,
};

export function check(ctx: CheckContext): void {
  const phrases = ctx.profile?.bannedBillingPhrases ?? [];
  if (phrases.length === 0) return;
  const { draft } = ctx;
  for (const hit of findTerms(draft, phrases)) {
    if (hit.field === "attachment") continue;
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
