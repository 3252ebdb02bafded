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
      '{{who}} asked for summary billing, but this {{item}} lists time entries ({{count}} lines like "{{text}}"). Send a summary instead.',
    hoursTimesRate:
      '{{who}} asked for summary billing, but this {{item}} shows hours × rate ("{{text}}"). Send a summary instead.',
  },
  fixable: false,
};

/** "0.5h", "2.3 hrs", "1.5 hours", "2 hrs" (a whole number needs the abbreviation: "2 hours" is prose). */
const DURATION = String.raw`(?:\d{1,2}[.,]\d{1,2}\s?(?:h|hr|hrs|hours?)|\d{1,2}\s?(?:h|hr|hrs))\b`;
/** "1.2" as hours: one or two decimals, not part of a version, time or amount. */
const DECIMAL_HOURS = String.raw`(?<![$£€\d.,:/v-])\d{1,2}[.,]\d{1,2}(?![\d.,:%])`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})`;
const AMOUNT = String.raw`(?:[$£€]\s?\d[\d,]*(?:\.\d{2})?)`;
const BULLET = String.raw`(?:[-•*·]\s*)?`;

/** "3.2 x $450", "2.5 hrs @ $300/hr", "1.5h × €400". */
const HOURS_TIMES_RATE = new RegExp(
  String.raw`(?<![\d.,])(?:\d{1,2}[.,]\d{1,2}\s?(?:h|hr|hrs|hours?)?|\d{1,2}\s?(?:h|hr|hrs|hours?))\s?(?:x|×|\*|@|at)\s?${AMOUNT}`,
  "gi",
);

/**
 * A time-entry line: a task description with the hours at the end (optionally followed by an
 * amount). Either dated ("03/14 Draft motion 1.2") or with an hour unit ("Review of file 0.5h").
 * Version numbers ("Mozilla 1.0"), clock times and prose ("took 2 hours.") do not qualify.
 */
const DATED_ENTRY = new RegExp(
  String.raw`^\s*${BULLET}${DATE}\b[\s:–-]+(?=.*\p{L}{3}).{3,120}?\s(?:${DURATION}|${DECIMAL_HOURS})(?:\s+${AMOUNT})?\s*$`,
  "iu",
);
const UNIT_ENTRY = new RegExp(
  String.raw`^\s*${BULLET}(?=.*\p{L}{3}).{3,120}?[\s:–(-]${DURATION}\)?(?:\s+${AMOUNT})?\s*$`,
  "iu",
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
        (DATED_ENTRY.test(line) || UNIT_ENTRY.test(line))
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
