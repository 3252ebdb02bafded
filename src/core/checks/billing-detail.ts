import type { AnalysedDraft } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import { evidenceAt } from "./helpers";

export const meta: CheckMeta = {
  id: "billing-detail",
  category: "billing",
  defaultSeverity: "warning",
  description:
    "Sends time-entry detail (hours per task, hours × rate) to a client who asked for summary billing.",
  messages: {
    timeEntries:
      '{{who}} asked for summary billing, but this e-mail lists time entries ({{count}} lines like "{{text}}"). Send a summary instead.',
    hoursTimesRate:
      '{{who}} asked for summary billing, but this e-mail shows hours × rate ("{{text}}"). Send a summary instead.',
  },
  fixable: false,
};

const DURATION = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?(?:h|hr|hrs|hours?)\b`;
const DECIMAL_HOURS = String.raw`\d{1,2}[.,]\d{1,2}`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})`;

/** "3.2 x $450", "2.5 hrs @ $300/hr", "1.5h × €400". */
const HOURS_TIMES_RATE = new RegExp(
  String.raw`\b\d{1,3}(?:[.,]\d{1,2})?\s?(?:h|hr|hrs|hours?)?\s?(?:x|×|\*|@|at)\s?[$£€]\s?\d[\d,]*(?:\.\d{1,2})?\b`,
  "gi",
);

/** A line starting with a date (after an optional bullet) and carrying decimal hours or a duration. */
const DATED_ENTRY = new RegExp(
  String.raw`^[ \t]*(?:[-•*·][ \t]*)?${DATE}\b.*?(?:${DURATION}|(?<![$£€\d.,])${DECIMAL_HOURS}\b)`,
  "i",
);

/** A short line ending with a duration or decimal hours, without a full stop: "Draft motion – 1.2 hrs". */
const TRAILING_HOURS = new RegExp(
  String.raw`[A-Za-z].*?(?:${DURATION}|(?<![$£€\d.,])${DECIMAL_HOURS})[ \t]*\)?[ \t]*$`,
  "i",
);

export interface BillingDetailHit {
  kind: "timeEntries" | "hoursTimesRate";
  start: number;
  end: number;
  count: number;
}

/** The first hours × rate expression, or the time-entry lines when there are at least two. */
export function findBillingDetail(draft: AnalysedDraft): BillingDetailHit | undefined {
  return draft.memo("billing-detail", () => {
    const text = draft.body.scan;
    HOURS_TIMES_RATE.lastIndex = 0;
    const rate = HOURS_TIMES_RATE.exec(text);
    // "2 x $450" needs a unit or a decimal to be hours, not "2 x $450 filing fees".
    if (rate && /[.,]\d|h/i.test(rate[0].split(/x|×|\*|@|at/i)[0] ?? "")) {
      return {
        kind: "hoursTimesRate",
        start: rate.index,
        end: rate.index + rate[0].length,
        count: 1,
      };
    }
    const entries: { start: number; end: number }[] = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline < 0 ? text.length : newline;
      const line = text.slice(lineStart, lineEnd);
      if (
        line.trim().length > 0 &&
        line.length <= 160 &&
        (DATED_ENTRY.test(line) || TRAILING_HOURS.test(line))
      ) {
        const lead = line.length - line.trimStart().length;
        entries.push({ start: lineStart + lead, end: lineStart + line.trimEnd().length });
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
    if (entries.length < 2) return undefined;
    return {
      kind: "timeEntries",
      start: entries[0]!.start,
      end: entries[0]!.end,
      count: entries.length,
    };
  });
}

export function check(ctx: CheckContext): void {
  if (ctx.profile?.billingDetail !== "summary") return;
  const hit = findBillingDetail(ctx.draft);
  if (!hit) return;
  const evidence = evidenceAt(ctx.draft.body, hit.start, hit.end);
  ctx.report({ messageId: hit.kind, data: { text: evidence.text, count: hit.count }, evidence });
}
