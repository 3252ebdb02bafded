import type { AnalysedDraft } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import { otherPartyCostsAt } from "./billing-context";
import { notAfter, withLookbehind } from "../text/lookbehind";
import { evidenceAt } from "./helpers";
import { sentenceAround, timeItems, type TimeItem } from "./time-entries";
import { CURRENCY_CODES } from "../text/currency-codes";

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

const AMOUNT =
  "(?:(?:[$£€]|(?:" + CURRENCY_CODES + ")\\s)\\s?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?(?!\\d))";

/** "3.2 x $450", "2.5 hrs @ $300/hr", "1.5h × €400", "12.4 hours at £650": not inside a number. */
export const HOURS_TIMES_RATE = withLookbehind(
  new RegExp(
    "(?:\\d{1,3}[.,]\\d{1,2}\\s?(?:h|hr|hrs|hours?)?|\\d{1,3}\\s?(?:h|hr|hrs|hours?))\\s?(?:x|×|\\*|@|at)\\s?" +
      AMOUNT,
    "gi",
  ),
  notAfter(/[\d.,]/),
);

/**
 * "18 units at £250/unit", "42 units × £25": six-minute units times their rate. Units are also
 * flats, shares and fund holdings priced the same way, so a sentence naming such a thing does not
 * count, and the rate is a time rate (no thousands).
 */
const UNITS_TIMES_RATE = withLookbehind(
  new RegExp(
    "\\d{1,4}\\s?(?:units?|u)\\s?(?:x|×|\\*|@|at)\\s?(?:[$£€]|(?:" +
      CURRENCY_CODES +
      ")\\s)\\s?\\d{1,3}(?:\\.\\d{2})?(?![\\d,])",
    "gi",
  ),
  notAfter(/[\d.,]/),
);
const UNIT_THINGS =
  /\b(?:flats?|apartments?|houses?|homes?|plots?|dwellings?|stock|shares?|funds?|trusts?|buildings?|blocks?|floors?|sq|square|storage|parking|bays?|tenants?|vacant|let|lets|letting|rooms?|stores?|shops?|offices?|warehouses?|portfolio|scheme|development|phase|inventory|items?|products?|pallets?|each)\b/i;

export interface BillingDetailHit {
  kind: "timeEntries" | "hoursTimesRate";
  start: number;
  end: number;
  count: number;
  /** Where the first entry ends: the message quotes it. */
  firstEnd?: number;
}

/** An item's line (an entry) or clause (prose), trimmed. */
function itemSpan(text: string, item: TimeItem): [number, number] {
  const prose = item.lineStart === item.start && item.lineEnd === item.end;
  let end = prose ? clauseEnd(text, item.end) : item.lineEnd;
  let start = item.lineStart;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return [start, end];
}

/** Where a prose item's evidence ends: its clause, at most a few words on. */
function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 80);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === "," || ch === ";" || ch === "\n" || (ch === "." && !/\d/.test(text[i + 1] ?? "")))
      return i;
  }
  return limit;
}

/** The first hours × rate expression, or the time entries when there are at least two. */
export function findBillingDetail(draft: AnalysedDraft): BillingDetailHit | undefined {
  return draft.memo("billing-detail", () => {
    const text = draft.body.scan;
    HOURS_TIMES_RATE.lastIndex = 0;
    for (let rate = HOURS_TIMES_RATE.exec(text); rate; rate = HOURS_TIMES_RATE.exec(text)) {
      // "2 x $450" needs a unit or a decimal to be hours, not "2 x $450 filing fees".
      const hours = rate[0].split(/x|×|\*|@|at/i)[0] ?? "";
      if (!/[.,]\d|h/i.test(hours)) continue;
      const start = rate.index;
      const end = start + rate[0].length;
      if (otherPartyCostsAt(draft, draft.body, start, end)) continue;
      return { kind: "hoursTimesRate", start, end, count: 1 };
    }
    UNITS_TIMES_RATE.lastIndex = 0;
    for (let rate = UNITS_TIMES_RATE.exec(text); rate; rate = UNITS_TIMES_RATE.exec(text)) {
      const start = rate.index;
      const end = start + rate[0].length;
      const sentence = text.slice(...sentenceAround(text, start));
      if (UNIT_THINGS.test(sentence) || otherPartyCostsAt(draft, draft.body, start, end)) continue;
      return { kind: "hoursTimesRate", start, end, count: 1 };
    }
    const items = timeItems(draft);
    if (items.length < 2) return undefined;
    // The entries as a whole are the problem: the evidence runs from the first to the last, and
    // the message quotes the first.
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const [start, firstEnd] = itemSpan(text, first);
    const [, end] = itemSpan(text, last);
    return { kind: "timeEntries", start, end, count: items.length, firstEnd };
  });
}

export function check(ctx: CheckContext): void {
  if (ctx.profile?.billingDetail !== "summary") return;
  const hit = findBillingDetail(ctx.draft);
  if (!hit) return;
  const evidence = evidenceAt(ctx.draft.body, hit.start, hit.end);
  const text = ctx.draft.body.text.slice(hit.start, hit.firstEnd ?? hit.end);
  ctx.report({ messageId: hit.kind, data: { text, count: hit.count }, evidence });
}
