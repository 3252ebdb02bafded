import type { AnalysedDraft, AnalysedField } from "../analysis";
import { foldText, isWhiteSpaceAt, OverlapIndex } from "../text";
import { isAbbreviation } from "../text/inflections";
import { notAfter, withLookbehind } from "../text/lookbehind";
import type { CheckContext, CheckMeta } from "./context";
import { billingUseAt, refusesBilling } from "./billing-context";
import { refusedEntryFix } from "./fix-builders";
import { fieldOf, hitEvidence, lineFact, linesOf, removeLineFix, type TermHit } from "./helpers";
import { quotedActivities, rewordedHits, type RewordedHit } from "./billing-synonyms";
import { isEntryAbbreviation } from "./billing-entry-forms";
import { findProfileTerms } from "./profile-terms";
import { outOfTime } from "../time-budget";
import { CURRENCY_CODES } from "../text/currency-codes";

/**
 * A refused phrase counts where it describes billed work: as an entry (at the start of a short
 * line, after a bullet, a date or a number, or on a short line that carries hours or an amount)
 * or in prose about billing ("our fees for September cover review of file"), and never where
 * something says it is not the firm's billed work (billing-context.ts). "National Centre for
 * Sensor Research" in a signature or "rigorous research" in prose are neither.
 */
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
/**
 * Round 34: a time table's columns come in any order, so a lead may also open with the fee
 * earner's initials before a date or hours ("CM  11/11  0.8  ", "RP  4.2h  ", "PV/TF  0.6  "),
 * name the month in words ("12 Oct  ", "Oct 12  ") or give hours with their unit ("4.2h  ").
 * Initials count only before a figure: "UK research shows …" at a line's start is prose. The
 * spaces around a separator are read one way only (`\s*(?:[:|–-]\s*)?`), so a long lead of
 * figures and spaces is not read in exponentially many ways.
 */
const ENTRY_LEAD = new RegExp(
  "^\\s*(?:[-•*·]\\s*|\\d+[.)]\\s*|[A-Z]{2,3}(?:/[A-Z]{2,3})?\\s+(?=\\d)|(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?(?:\\s?(?:h|hrs?)\\b)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s" +
    MONTH +
    "(?:\\s\\d{4})?|" +
    MONTH +
    "\\s\\d{1,2}(?:,?\\s\\d{4})?)\\s*(?:[:|–-]\\s*)?(?:[A-Z]{2,3}(?:/[A-Z]{2,3})?\\s*(?:[:|–-]\\s*)?)?)*$",
);
/** A list item's lead with a word or two before the phrase: "2. Weekly status updates". */
const ITEM_LEAD = /^\s*(?:[-•*·]|\d+[.)]|\(?[a-z]\))\s*(?:[A-Za-z-]+\s+){1,2}$/i;
/**
 * A label naming the entry's field, on the entry's own line: "Narrative: …", "Description of
 * work – …", "Task: …".
 */
const LABEL_LEAD =
  /^\s*(?:[A-Za-z]+\s+){0,2}(?:narratives?|descriptions?|activit(?:y|ies)|tasks?|entr(?:y|ies)|details|work done)(?:\s+of\s+(?:work|services))?\s*[:–—-]\s*$/i;
/** A table's header naming a narrative column: "Date  Narrative", "Workstream Narrative". */
const NARRATIVE_HEADER =
  /^\s*(?:[A-Za-z]+[\s|\t]+){0,5}(?:narratives?|descriptions?|tasks?|activit(?:y|ies)|entr(?:y|ies)|details)(?:[\s|\t]+[A-Za-z]+){0,5}\s*$/i;
/** "2.5", "0,75": hours written bare, not inside a longer number. */
const BARE_HOURS = withLookbehind(/\d{1,2}[.,]\d{1,2}(?![\d.])/i, notAfter(/[\d.]/));
const HOURS_OR_AMOUNT_WRITTEN = new RegExp(
  "\\b\\d+(?:\\.\\d+)?\\s?(?:h|hrs?|hours?)\\b|[$£€]\\s?\\d|\\b(?:" + CURRENCY_CODES + ")\\s?\\d",
  "i",
);
/** Whether `text` has hours or an amount anywhere. */
export function hasHoursOrAmount(text: string): boolean {
  return HOURS_OR_AMOUNT_WRITTEN.test(text) || BARE_HOURS.test(text);
}

/**
 * One sentence ending and another starting inside a line: prose ("Q2 fees were £4,200 plus VAT.
 * That includes review of file"), not an entry, however short. Not an initial or a title ("J.
 * Fontaine", "Dr. Patel").
 */
const SENTENCE_BREAK =
  /([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\d]+)[.!?]["'”’)]?\s+["'“‘(]?[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]/g;
const NOT_SENTENCE_END = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "st",
  "no",
  "nos",
  "co",
  "inc",
  "ltd",
  "corp",
  "vs",
  "cf",
  "approx",
  "re",
  "para",
  "cl",
  "art",
  "ss",
]);

function hasSentenceInside(line: string): boolean {
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(line); m; m = SENTENCE_BREAK.exec(line)) {
    const word = m[1]!;
    if (word.length >= 2 && !NOT_SENTENCE_END.has(word.toLowerCase())) return true;
    SENTENCE_BREAK.lastIndex = m.index + m[0].length - 2;
  }
  return false;
}

/** What follows an entry standing alone at the start of its line: nothing, a separator, hours. */
const ENTRY_END = /^(?:\s*$|\s*\n|\s*[:;,–—(|-]|\s+\d|\s\s)/;

/**
 * An entry line is short: a paragraph of prose is one line in an HTML body, and its amount
 * does not make every phrase in it an entry (prose is judged by its sentences instead).
 */
const MAX_ENTRY_LINE = 200;

/**
 * A lead is a few bullets, numbers and dates: past this many characters (after the line's
 * indentation) nothing is one, and the pattern is never run over a long line per hit.
 */
const MAX_LEAD = 64;

/** Whether a table header naming a narrative column stands in the lines above, with no blank line. */
function underNarrativeHeader(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  return lineFact(draft, field, "billing-narrative-table", start, (line) => {
    const lines = linesOf(draft, field);
    for (let n = lines.lineOf(line.start) - 1, seen = 0; n >= 0 && seen < 30; n--, seen++) {
      const above = lines.line(n);
      const text = field.scan.slice(above.start, Math.min(above.end, above.start + 120));
      if (text.trim() === "") return false;
      if (NARRATIVE_HEADER.test(text)) return true;
    }
    return false;
  });
}

/**
 * A list that is a plan, not a bill: the line introducing it names next steps, an agenda, a
 * proposal or a request ("Next steps:", "Agenda for Thursday's call:", "We propose to:"). Its
 * items are work to be done or discussed, whatever their words; unless the intro or the item
 * carries billing (fees, time recorded, an estimate, hours or an amount), which makes it a list
 * of charges after all ("Fee estimate for phase 2:"). A list whose intro refuses its items
 * ("Excluded from the estimate:", "Non-billable under your guidelines:") names them, whatever
 * billing words the intro has; an item with its own hours or amount is still an entry.
 */
const PLAN_INTRO =
  /\b(?:next steps?|steps|agenda|to[- ]?do|actions?|action (?:points|items|list)|plan(?:ned)?|propos(?:e|ed|al|als)|suggest(?:ed|ions?)?|recommend(?:ed|ations?)?|(?:we|i) (?:will|shall|would|should|need to|intend to|plan to|propose to|suggest|recommend|must)|we['’]ll|i['’]ll|going forward|upcoming|outstanding|to discuss|for discussion|discussion points|points to (?:cover|discuss|raise)|for (?:the|our|tomorrow['’]s|next week['’]s|[a-z]+day['’]s) (?:call|meeting|session)|questions?|please|could you|can you|would you|options?|priorities|workstreams? ahead|timetable)\b/i;
const BILLING_INTRO =
  /\b(?:fees?|fee notes?|invoiced?|bill(?:ed|ing|s)?|charge[sd]?|chargeable|time (?:spent|recorded|entries|entry)|timesheets?|wip|narratives?|estimates?|budget|hours|disbursements?|work (?:done|carried out|undertaken|completed))\b|[$£€]\s?\d/i;
const LIST_ITEM = /^\s*(?:[-•*·]|\d+[.)]|\(?[a-z]\))\s/i;

/**
 * What list the line at `start` is an item of: a plan ("plan"), a list its intro refuses
 * ("refused"), or neither (false).
 */
function listKind(
  draft: AnalysedDraft,
  field: AnalysedField,
  start: number,
): "plan" | "refused" | false {
  return lineFact<"plan" | "refused" | false>(draft, field, "billing-plan-list", start, (line) => {
    const text = field.scan;
    if (hasHoursOrAmount(text.slice(line.start, Math.min(line.end, line.start + MAX_ENTRY_LINE))))
      return false;
    const lines = linesOf(draft, field);
    for (let n = lines.lineOf(line.start) - 1, seen = 0; n >= 0 && seen < 30; n--, seen++) {
      const above = lines.line(n);
      const content = text.slice(above.start, Math.min(above.end, above.start + 160));
      if (content.trim() === "") continue;
      const item = LIST_ITEM.test(content);
      if (item && hasHoursOrAmount(content)) return false;
      // An intro (or a sub-heading ending in a colon) that refuses the items: "Excluded from
      // the fee estimate:", "Non-billable under your guidelines:". Billing words there do not
      // make the items charges.
      if ((!item || /:\s*$/.test(content)) && refusesBilling(content)) return "refused";
      if (item) continue;
      return PLAN_INTRO.test(content) && !BILLING_INTRO.test(content) ? "plan" : false;
    }
    return false;
  });
}

/**
 * Whether the hit at `start` is in an item of a list whose intro refuses its items, or in a block
 * of short lines (a pasted guideline: "Section 5 (Non-billable time)" over "Review of file",
 * "Internal conference") under a heading that refuses them. A line with its own hours or amount
 * is an entry whatever stands above it.
 */
function inRefusedList(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  const line = linesOf(draft, field).lineAt(start);
  if (start - line.start > MAX_LEAD) return false;
  if (LIST_ITEM.test(field.scan.slice(line.start, start)))
    return listKind(draft, field, start) === "refused";
  return lineFact(draft, field, "billing-refused-block", start, (own) => {
    const text = field.scan;
    const lines = linesOf(draft, field);
    for (let n = lines.lineOf(own.start), seen = 0; n >= 0 && seen < 30; n--, seen++) {
      const above = lines.line(n);
      if (above.end - above.start > MAX_HEADING) return false;
      const content = text.slice(above.start, above.end);
      if (content.trim() === "" || hasHoursOrAmount(content)) return false;
      // The heading: a short line that refuses, not a sentence ("Non-billable items",
      // "Excluded from the fee estimate:").
      if (n < lines.lineOf(own.start) && refusesBilling(content) && !/[.!?]\s*$/.test(content))
        return true;
    }
    return false;
  });
}

/** A block's lines and its heading are short: past this length a line is a paragraph. */
const MAX_HEADING = 80;

/**
 * A line of a block of entries written without bullets: short lines that each start with a
 * capital and end without a sentence's stop (a wrapped paragraph's last line ends in one), at
 * least two of them, under a line that introduces billing ("The draft invoice is below for your
 * approval.", "Please find the narratives for May:") and does not refuse the items. (As for a
 * bulleted list, a billing word in the intro outweighs a plan's.)
 */
function inBilledBlock(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  return lineFact(draft, field, "billing-billed-block", start, (own) => {
    const text = field.scan;
    const lines = linesOf(draft, field);
    const blockLine = (n: number) => {
      const line = lines.line(n);
      if (line.end - line.start > MAX_HEADING) return false;
      const content = text.slice(line.start, line.end);
      return /^\s*[A-Z\u00c0-\u00de]/.test(content) && !/[.!?,;:]["'”’)]?\s*$/.test(content);
    };
    const number = lines.lineOf(own.start);
    if (!blockLine(number)) return false;
    let first = number;
    while (first > 0 && number - first < 30 && blockLine(first - 1)) first--;
    let last = number;
    while (last + 1 < lines.count && last - number < 30 && blockLine(last + 1)) last++;
    if (last === first) return false;
    // The heading: the line just above the block, or above one blank line.
    let n = first - 1;
    if (n >= 0 && text.slice(lines.line(n).start, lines.line(n).end).trim() === "") n--;
    if (n < 0) return false;
    const above = lines.line(n);
    const heading = text.slice(above.start, Math.min(above.end, above.start + 160));
    return BILLING_INTRO.test(heading) && !refusesBilling(heading);
  });
}

/** A possessive determiner right before the phrase: "- our research …", "- Their review …". */
const POSSESSIVE_LEAD = /\b(?:our|my|your|their|his|her|its)\s+$/i;
/** A finite verb after the phrase: "… shows", "… is", "… has found", "… suggests". */
const FINITE_AFTER =
  /\b(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|shows?|showed|suggests?|suggested|confirms?|confirmed|indicates?|indicated|finds|found|concludes?|concluded|says|said|supports?|supported|means|meant|points|pointed|establishes|established)\b/i;

/**
 * Round 28: an item of comments, not a time entry: the phrase after a possessive determiner
 * ("- our research into the policy shows …") in an item that runs on as a sentence, with a finite
 * verb after the phrase or a sentence's end and no hours or amount. "- Our research re
 * limitation 0.5" stays an entry.
 */
function isCommentItem(
  draft: AnalysedDraft,
  field: AnalysedField,
  start: number,
  end: number,
  lead: string,
): boolean {
  if (!POSSESSIVE_LEAD.test(lead)) return false;
  const line = linesOf(draft, field).lineAt(start);
  const rest = field.text.slice(Math.min(end, line.end), line.end);
  if (hasHoursOrAmount(field.text.slice(line.start, line.end))) return false;
  return FINITE_AFTER.test(rest) || endsAsSentence(field.text, line.end);
}

/** Whether the hit at `start` is an entry; what a line holds is worked out once per line. */
function isEntry(draft: AnalysedDraft, field: AnalysedField, start: number, end: number): boolean {
  const text = field.text;
  const short = lineFact(draft, field, "billing-short", start, (line) => {
    return line.end - line.start <= MAX_ENTRY_LINE;
  });
  if (!short) return false;
  // Where the line's text starts, after its indentation (ENTRY_LEAD's own leading \s* would
  // take it: it is skipped before testing, so the test never runs over a long indentation).
  const indentEnd = lineFact(draft, field, "billing-indent", start, ({ start: from, end }) => {
    let at = from;
    while (at < end && isWhiteSpaceAt(text, at)) at++;
    return at;
  });
  const lead = start - Math.min(indentEnd, start);
  if (lead > 0 && lead <= MAX_LEAD && listKind(draft, field, start) === "plan") return false;
  if (
    lead <= MAX_LEAD &&
    ITEM_LEAD.test(text.slice(start - lead, start)) &&
    !isCommentItem(draft, field, start, end, text.slice(start - lead, start))
  )
    return true;
  if (lead <= MAX_LEAD && LABEL_LEAD.test(text.slice(start - lead, start))) return true;
  if (underNarrativeHeader(draft, field, start)) return true;
  if (lead === 0 && inBilledBlock(draft, field, start)) return true;
  if (lead <= MAX_LEAD && ENTRY_LEAD.test(text.slice(start - lead, start))) {
    // After a bullet, a number or a date: an entry. At the bare start of a line, only when the
    // entry stands alone ("Review of file – March", "Review of file 0.5"): wrapped prose starts
    // lines too ("Research by his nonprofit showed …").
    if (/\S/.test(text.slice(start - lead, start))) return true;
    if (ENTRY_END.test(text.slice(end, end + 3))) return true;
  }
  // A short line with hours or an amount; for an entry wrapped onto the next line, either line
  // ("12/03 JL Reviewing" / "file 0.5").
  const hoursOn = (at: number) =>
    lineFact(draft, field, "billing-hours", at, ({ start: from, end: to }) => {
      const line = text.slice(from, to);
      // A line that is one sentence ("We will reply within 48 hours, after an internal
      // conference.") is prose, judged by its words about billing, not an entry.
      return (
        to - from <= MAX_ENTRY_LINE &&
        hasHoursOrAmount(line) &&
        !hasSentenceInside(line) &&
        !endsAsSentence(text, to)
      );
    });
  if (hoursOn(start)) return true;
  const last = Math.max(start, end - 1);
  return text.slice(start, end).indexOf("\n") >= 0 && hoursOn(last);
}

/** Hours leading an entry's narrative: "0.5 ", "1.2h – ". */
const HOURS_LEAD = /^\s*\d{1,2}[.,]\d{1,2}\s?(?:h|hrs?)?\s*[:|–-]?\s*$/i;

/**
 * Whether the hit at `start` opens its entry's narrative: only bullets, numbers, dates,
 * initials, hours or a field's label stand before it on the line, or a cell's gap under a
 * narrative column ("03/02  JS  Researching limitation  0.5").
 */
function leadsEntry(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  const line = linesOf(draft, field).lineAt(start);
  if (start - line.start > MAX_LEAD) return false;
  const lead = field.text.slice(line.start, start);
  if (ENTRY_LEAD.test(lead) || HOURS_LEAD.test(lead) || LABEL_LEAD.test(lead)) return true;
  if (/^\s*(?:[-•*·]|\d+[.)]|\(?[a-z]\))\s*$/i.test(lead)) return true;
  return /(?:\t|\s{2}|\|\s*)$/.test(lead) && underNarrativeHeader(draft, field, start);
}

/**
 * Words found in order across a sentence end are not one entry ("…recorded the time. Travel
 * to…"): a question or exclamation mark, a semicolon, a blank line, or a full stop after a word
 * that is not an abbreviation ("Int. conf." is one entry) or a title before a name ("Attending
 * Mr. Okoro by telephone", round 31).
 */
const TITLE = /^(?:mr|mrs|ms|dr|prof)$/;
const INNER_STOP = /([A-Za-z]*)([.!?;])\s|\n[ \t]*\n/g;
function crossesSentence(text: string, shorthand: boolean): boolean {
  INNER_STOP.lastIndex = 0;
  for (let m = INNER_STOP.exec(text); m; m = INNER_STOP.exec(text)) {
    const word = foldText(m[1]!).toLowerCase();
    if (
      m[2] !== "." ||
      !(isAbbreviation(word) || TITLE.test(word) || (shorthand && isEntryAbbreviation(word)))
    )
      return true;
  }
  return false;
}

/** A line ending in a full stop, question or exclamation mark is a sentence, not an entry. */
function endsAsSentence(text: string, lineEnd: number): boolean {
  return /[.!?]["'”’)]?[ \t\u00a0]*$/.test(text.slice(Math.max(0, lineEnd - 8), lineEnd));
}

/**
 * The words after which a single word is still the head of its phrase, the work itself: a
 * preposition, a conjunction, a verb's helper, a determiner, a pronoun, or a noun that only says
 * "work of this kind" ("research work", "research time").
 */
const HEAD_FOLLOWERS =
  " into on of for re regarding about in and or with to at by from that which was is are were has have had will would the a an this these our your their it as over under through including work time tasks hours services costs fees ";

/**
 * Whether the word ending at `end` stands before another noun as its modifier ("research
 * contracts", "photocopying machine"): the next word, after one space, is a word of small
 * letters that cannot follow the work itself.
 */
function modifiesANoun(text: string, end: number): boolean {
  const next = /^ ([a-z][a-z'’-]*)\b/.exec(text.slice(end, end + 40));
  return next !== null && !HEAD_FOLLOWERS.includes(` ${next[1]!} `) && !/ly$/.test(next[1]!);
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

/**
 * The refused phrases as written (every form, from the term matcher) and reworded in the words
 * of the billing lexicon (billing-synonyms.ts): "perusal of the file" for "Review of file". A
 * rewording inside a hit of the phrase itself is that hit.
 */
function refusedHits(ctx: CheckContext, phrases: readonly string[]): (TermHit | RewordedHit)[] {
  const direct = findProfileTerms(ctx, "bannedBillingPhrases");
  // The rewordings depend on the draft and the list only: found once for every recipient whose
  // profile refuses the same list (people of one organisation share its list).
  // Round 30: with the activities the notes quote alone ("rejects 'perusal' entries").
  const quoted = quotedActivities(ctx.profile?.notes, phrases);
  const key = phrases.concat(quoted.map((q) => `'${q.word}`)).join("\u0000");
  const all = ctx.draft.memo(`billing-reworded:${key}`, () =>
    rewordedHits(ctx.draft, phrases, quoted),
  );
  if (all.length === 0) return direct;
  // One index of the direct hits per field, not every direct hit per rewording: a draft that
  // repeats a refused phrase ten thousand times has as many of each.
  const index = new Map<string, OverlapIndex>();
  for (const hit of [...direct].sort((a, b) => a.start - b.start)) {
    let spans = index.get(hit.field);
    if (!spans) index.set(hit.field, (spans = new OverlapIndex()));
    spans.add(hit);
  }
  const reworded = all.filter((r) => !index.get(r.field)?.overlaps(r.start, r.end));
  return reworded.length === 0 ? direct : [...direct, ...reworded];
}

export function check(ctx: CheckContext): void {
  const phrases = ctx.profile?.bannedBillingPhrases ?? [];
  if (phrases.length === 0) return;
  const { draft } = ctx;
  for (const hit of refusedHits(ctx, phrases)) {
    if (outOfTime()) break;
    const shorthand = "entryOnly" in hit && hit.entryOnly;
    if (hit.field === "attachment" || hit.href || crossesSentence(hit.text, shorthand)) continue;
    // One word standing for a longer entry ("travel" for "Travel time", "admin" for
    // "Administrative tasks") names a topic in a subject line ("Invoice 0217 - travel"); only
    // the body's entries and prose bill it.
    const standIn = /\s/.test(hit.term.trim()) && !/\s/.test(hit.text);
    if (standIn && hit.field !== "body") continue;
    const field = fieldOf(draft, hit.field);
    const use = billingUseAt(draft, field, hit.start, hit.end);
    if (use.notOurs || inRefusedList(draft, field, hit.start)) continue;
    const entry = isEntry(draft, field, hit.start, hit.end);
    // A time keeper's shorthand ("Rev. file", "Researching limitation", "E-mails to client")
    // counts only as the first words of a time entry (billing-entry-forms.ts).
    if (shorthand && !(entry && leadsEntry(draft, field, hit.start))) continue;
    // A refused one-word entry ("Research", "Photocopying") counts in prose only as the work
    // itself ("research into the transitional provisions", "photocopying of the bundle"), never
    // as a word naming something else ("it covers the research contracts work").
    if (!entry && !/\s/.test(hit.term.trim()) && modifiesANoun(field.scan, hit.end)) continue;
    if (!entry && (use.aboutRules() || use.namedOrAsked() || !use.billingNearby())) continue;
    // In prose, such a word bills beside time or money ("3 hours travelling to Leeds"); "I
    // travelled to London to meet you; our invoice is attached" tells of the trip. An
    // abbreviation ("admin") stands for the entry itself.
    if (standIn && !entry && !isAbbreviation(foldText(hit.text)) && !use.timeOrMoneyNearby())
      continue;
    const report = {
      messageId: "refused",
      data: { phrase: hit.term, text: hit.text, field: hit.field },
      evidence: hitEvidence(hit),
    };
    // In the body, the smallest edit: the entry, or the phrase as an item of a list; failing
    // those, a line that is a time entry ("03/02  Reviewed file on transfer  1.2", or a phrase
    // wrapped inside one) goes whole. None in a sentence, where removing words would break it.
    const lines = linesOf(draft, draft.body);
    const fix =
      hit.field === "body"
        ? (refusedEntryFix(draft.body, hit.start, hit.end, lines) ??
          (entry && !endsAsSentence(draft.body.text, lines.lineAt(hit.end).end)
            ? {
                ...removeLineFix(draft.body, hit.start, hit.end, lines),
                label: "Remove this entry",
              }
            : undefined))
        : undefined;
    ctx.report(fix ? { ...report, fix } : report);
  }
}
