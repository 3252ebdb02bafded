/**
 * Time entries in a draft, however they are written: an item of billed time is a piece of work
 * (or the person, grade or phase it is recorded against) with the time spent on it.
 *
 * - In lines: a list, a dated line, a table row (HTML cells arrive as text separated by spaces
 *   or tabs), a pipe-separated row, a LEDES line: a description and a duration ("1.5 hrs",
 *   "1h 30m", "90 mins", "2:15", "3 units" of six minutes, or a bare "1.4" where the line or
 *   its table says it is hours: a date, an hours column, an amount after it, work words).
 * - In prose: a duration tied to work ("I spent 2.5 hours on the redraft", "0.75h with
 *   counsel", "20 minutes on the bundle", "about two hours revising it"), not the length of an
 *   event ("the hearing lasted 2.5 hours", "allow 20 minutes for security", "five hours ahead").
 *
 * One pass of one pattern over the body finds every duration; each line is judged once
 * (memoised on the draft): linear in the draft.
 */
import type { AnalysedDraft, AnalysedField } from "../analysis";
import type { LineSpan } from "../text";
import { otherPartyCostsAt } from "./billing-context";
import { lineFact, linesOf } from "./helpers";
import { CURRENCY_CODES } from "../text/currency-codes";

export interface TimeItem {
  start: number;
  end: number;
  /** The line (an entry) or the duration's clause (prose) the item stands in. */
  lineStart: number;
  lineEnd: number;
}

/**
 * A timekeeper's initials: two or three capitals, but not the abbreviation of a body of rules
 * or a standard, which a number after cites ("CPR 3.4 application", "PD 57AD", "ISO 9001").
 */
const INITIALS =
  "(?!(?:CPR|PD|FRCP|FRE|FRAP|UCC|IRC|CFR|USC|LPA|LRA|CTA|ITA|VATA|IAS|ISO|PDF|RFC|ICC|SI|EU|UK|US|ART)\\b)[A-Z]{2,3}";

const NUMBER_WORD =
  "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?|a half|(?:three[- ])?quarters? of an?|a quarter of an?)";
const HOUR_UNIT = "(?:h|hr|hrs|hour|hours|std|stunden)";
/** Units a decimal measures when it is not hours: "1.7 GHz", "2.5 MB", "1.5 x", "3.2 kg". */
const MEASURE_UNIT =
  "(?:[kmg]?hz|[kmgt]i?b|[kmg]?bps|k?g|mg|kg|km|m|cm|mm|ft|in|lbs?|oz|x|v|kw|kwh|mw|mwh|l|ml|s|ms|secs?|pt|px|em|percent|per cent|million|bn|billion|m|k)";
const MINUTE_UNIT = "(?:m|min|mins|minutes)";

/**
 * Every duration-like token that starts with a digit; which group matched says its kind (KINDS,
 * in order; numbered, not named: old runtimes know no named groups). Every branch starts with a
 * digit, so the engine skips straight from digit to digit; what may stand before one (not part
 * of a version, date, amount or address: "v1.2", "12.03.2026", "$1.50") is checked by hand.
 */
const DIGIT_DURATION = new RegExp(
  [
    // 1.5 hrs, 2 hours, 1h 30m, 1h30, 2,7 Std.
    "(\\d{1,3}(?:[.,]\\d{1,2})?\\s?" +
      HOUR_UNIT +
      "\\b(?:\\s?\\d{1,2}\\s?" +
      MINUTE_UNIT +
      "?\\b)?)",
    // 90 mins, 45m
    "(\\d{1,3}\\s?" + MINUTE_UNIT + "\\b)",
    // 6 units (of six minutes), "3 six-minute units", "3 x 6-minute units"; "0.3u", "3u" as a time
    // sheet writes them (joined to the number)
    "(\\d{1,3}\\s?(?:x\\s?)?(?:(?:six|6)[- ]?min(?:ute)?s?\\s)?units?\\b|\\d{1,3}(?:[.,]\\d)?u\\b)",
    // 2:15 (h:mm), not a clock time
    "(\\d{1,2}:[0-5]\\d(?![\\d:])(?!\\s?(?:am|pm|a\\.m|p\\.m|h\\b|uhr)))",
    // 1.4 alone: hours only where the line says so
    "(\\d{1,2}[.,]\\d{1,2}(?![\\w.,:/%-]|\\s?(?:%|" + MEASURE_UNIT + "\\b)))",
  ].join("|"),
  "gi",
);
const DIGIT_KINDS = ["hours", "minutes", "units", "clock", "bare"] as const;
/** What a duration's number may not follow: part of a word, a version, a date, an amount. */
const NOT_BEFORE_NUMBER = /[\w.,:/$£€#-]/;

/** "three-quarters of an hour", "two hours", "an hour and a half": found from "hour" back. */
const HOUR_WORD = /\bhours?\b(?:\s+and\s+a\s+half)?/gi;
const WORDS_BEFORE_HOUR = new RegExp(
  "(?:^|[^A-Za-z])(" + NUMBER_WORD + "(?:\\s+and\\s+a\\s+half)?\\s+)$",
  "i",
);

/** A number of hours whose unit is understood, after time spent and before the work. */
const ELIDED = new RegExp(
  "\\b(?:spent|put in|recorded|logged|billed)\\s+(?:a further\\s+|another\\s+|about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+)?(\\d{1,2}(?:[.,]\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s+(?:on|with|[a-z]+ing)\\b)",
  "gi",
);

const UNIT_WORD = /\b(?:(?:six|6)[- ]?min(?:ute)?s?\s)?units?\b/gi;
/**
 * What every match of UNIT_WORD holds, under the same flags: a text without it has no match, and
 * finding that out is a literal scan, a third of the pattern's cost on a 100 KB body (round 31).
 * Exact whatever the text: the pre-test is part of the pattern, so it matches wherever the
 * pattern can.
 */
const UNIT_LITERAL = /unit/i;
const WORDS_BEFORE_UNIT =
  /(?:^|[^A-Za-z])((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+)$/i;

interface Token {
  /** Where the item's words start, when before the number: a timekeeper's initials. */
  lead?: number;
  start: number;
  end: number;
  kind: Kind;
  text: string;
}

/** Every duration-like token of `text`, in order: one pass for digits, one for "hour". */
function durationTokens(text: string): Token[] {
  const tokens: Token[] = [];
  DIGIT_DURATION.lastIndex = 0;
  for (let m = DIGIT_DURATION.exec(text); m; m = DIGIT_DURATION.exec(text)) {
    if (m.index > 0 && NOT_BEFORE_NUMBER.test(text[m.index - 1]!)) {
      DIGIT_DURATION.lastIndex = m.index + 1;
      continue;
    }
    let kind: Kind | undefined;
    for (let g = 0; g < DIGIT_KINDS.length && !kind; g++)
      if (m[g + 1] !== undefined) kind = DIGIT_KINDS[g];
    if (kind) tokens.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0] });
  }
  // "I put in 1.1 reviewing them", "Priya put in another five on the schedule": a number after
  // time spent, its unit understood.
  ELIDED.lastIndex = 0;
  for (let m = ELIDED.exec(text); m; m = ELIDED.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    tokens.push({ start, end: m.index + m[0].length, kind: "elided", text: m[1]! });
  }
  const words: Token[] = [];
  HOUR_WORD.lastIndex = 0;
  for (let m = HOUR_WORD.exec(text); m; m = HOUR_WORD.exec(text)) {
    const lead = WORDS_BEFORE_HOUR.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!lead) continue;
    const start = m.index - lead[1]!.length;
    const end = m.index + m[0].length;
    words.push({ start, end, kind: "words", text: text.slice(start, end) });
  }
  // "three units", "five six-minute units": judged as units are, where the draft says so.
  UNIT_WORD.lastIndex = 0;
  const unitWords = UNIT_LITERAL.test(text);
  for (let m = unitWords ? UNIT_WORD.exec(text) : null; m; m = UNIT_WORD.exec(text)) {
    const lead = WORDS_BEFORE_UNIT.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!lead) continue;
    const start = m.index - lead[1]!.length;
    const end = m.index + m[0].length;
    words.push({ start, end, kind: "units", text: text.slice(start, end) });
  }
  const found = tokens.concat(words).sort((a, b) => a.start - b.start);
  // "3.2 hours on the template and 1.5 on the rules": a further item of one sentence whose unit
  // the first gave (round 29, analysis-h28 C; h10 and h28 by two writers). Only a duration with
  // its unit gives one (withCoordinated keeps no other): without one, the "and" pattern's walk of
  // the whole text (35 µs on the engine bench's 100 KB body, which names no hours) is not made.
  if (!found.some(givesUnit)) return found;
  const coordinated: Token[] = [];
  ELIDED_AFTER_AND.lastIndex = 0;
  for (let m = ELIDED_AFTER_AND.exec(text); m; m = ELIDED_AFTER_AND.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    coordinated.push({ start, end: m.index + m[0].length, kind: "elided", text: m[1]! });
  }
  return coordinated.length === 0 ? found : withCoordinated(text, found, coordinated);
}

/** A duration with its unit, which a number after "and" in its sentence may lean on. */
function givesUnit(token: Token): boolean {
  return token.kind === "hours" || token.kind === "words";
}

/** After "and" (who did it, "a further"): a number whose unit is understood, before its work. */
const ELIDED_AFTER_AND = new RegExp(
  "\\band\\s+(?:(?:[A-Z][a-z\\u00c0-\\u024f'’-]+|I|we|he|she)\\s+)?(?:(?:spent|put in)\\s+)?(?:a further\\s+|another\\s+|about\\s+|around\\s+)?(\\d{1,2}[.,]\\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+and\\s+a\\s+half)?)(?=\\s+(?:on|with|for|[a-z]+ing)\\b)",
  "g",
);
/** What ends the sentence between a duration and the number that leans on it. */
const SENTENCE_BREAK = /[.!?](?:\s|$)|\n\s*\n/;

/**
 * Keeps a number after "and" only where a duration with its unit stands earlier in the same
 * sentence (at most 160 characters before): that duration gives the unit. The number's own
 * reading at the same place (a bare decimal) gives way to it.
 */
function withCoordinated(text: string, found: Token[], coordinated: Token[]): Token[] {
  const kept = coordinated.filter((c) =>
    found.some(
      (t) =>
        givesUnit(t) &&
        t.end <= c.start &&
        c.start - t.end <= 160 &&
        !SENTENCE_BREAK.test(text.slice(t.end, c.start)) &&
        !found.some((u) => u.start === c.start && u.kind !== "bare"),
    ),
  );
  if (kept.length === 0) return found;
  const at = new Set(kept.map((c) => c.start));
  return found
    .filter((t) => !at.has(t.start))
    .concat(kept)
    .sort((a, b) => a.start - b.start);
}

type Kind = "hours" | "minutes" | "words" | "units" | "clock" | "bare" | "elided";

/**
 * Words of legal work a time entry's description is made of (verbs as their stems: the forms
 * "drafted", "reviewing" start with them). Broad on purpose: it only has to tell a narrative
 * from a version list or a log line.
 */
const WORK =
  /\b(?:draft|redraft|review|revis|research|call|meet|conferen|attend|prepar|correspond|letter|e-?mails?|advi[cs]|analy[sz]|consider|perus|note|memo|instruct|hearing|bundle|comment|mark-?up|negotiat|travel|file|filing|check|calculat|schedule|disclos|diligence|document|agreement|contract|lease|witness|statement|submission|plead|brief|counsel|court|tribunal|discuss|telephone|phone|settl|engross|approv|amend|update|issues list|report|claim|deed|transfer|completion|exchange|enquir|search|register|title|licen[cs]|term sheet|opinion|summar|collat|organi[sz]|index|assembl|corresp|liais|follow|emails?|tel\b|conf\b|prep\b|mtg|work on|strategy|argument|motion|deposition|exhibit|declaration|response|reply|application|order|inspection|valuation|survey)/i;

/** A header row of a time table names an hours column. */
const HOURS_HEADER = /\b(?:hours|hrs|time|duration|units)\b/i;
const HEADER_WORDS =
  /\b(?:date|task|narrative|description|fee earner|timekeeper|tkpr|amount|rate|value|activity|matter|work)\b/gi;

/** A total, not an item: "Total 5.5 hours", "Running total for March: 6.7 hours". */
const TOTAL =
  /\b(?:total|totals|subtotal|sub-total|grand total|sum|in all|altogether|insgesamt)\b/i;
const MONTH =
  "(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\\.?";
const DATE_IN_LINE = new RegExp(
  "(?:^|[\\s|(])(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{8})(?=[\\s|:)–-]|$)|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b|\\b\\d{1,2}\\s+" +
    MONTH +
    "(?![a-z])|\\b" +
    MONTH +
    "\\s+\\d{1,2}\\b",
  "i",
);
const AMOUNT_AFTER = new RegExp(
  "^\\s*(?:[|\\t]\\s*)*(?:[$£€]\\s?\\d|\\d[\\d,]*\\.\\d{2}\\b|\\d{2,4}\\s*[|\\t]|(?:" +
    CURRENCY_CODES +
    ")\\b)",
  "i",
);
const LIST_LEAD = /^\s*(?:[-•*·–]|\d+[.)]|\(?[a-z]\)|[|])/i;
/** Cells: tabs, pipes, or runs of spaces as a pasted table has. */
const CELLS = /\t|\||\S {2,}\S/;

/** Before a bare number, what makes it a clock time, a version or a reference: "at 10.30", "version 1.3". */
const NOT_HOURS_BEFORE =
  /\b(?:at|from|until|till|by|before|after|version|ver|v|release|rev|revision|no|number|clause|clauses|section|sections|para|paragraph|paragraphs|art|article|rule|schedule|page|pages|pp?|item|step|stage|tier|level|cl|reg|regulation|table|figure|fig|annex|appendix|exhibit|tab|option|chapter|part|paras?|ss?|rr?)\.?\s*$/i;

/** Before a duration, what makes it the length of an event rather than work done. */
const EVENT_BEFORE =
  /\b(?:estimated?(?: at)?|listed for|last(?:ed|s|ing)?|took|takes|take|taking|allow(?:ing)?|for|within|every|per|up to|over|under|in|after|before|than|only|wait(?:ed|ing)?|delay(?:ed)?|flight|drive|journey|trip|notice|arrest|ran|runs?|running|about the|at least)\s+(?:about\s+|around\s+|roughly\s+|some\s+|a further\s+|another\s+)?$/i;
/** After a duration, what makes it a time of day, a difference or a deadline. */
const EVENT_AFTER =
  /^\s*(?:ahead|behind|later|earlier|before|after|from now|of notice|notice|delay|late|away|drive|flight|by (?:car|train|air)|long|difference|time difference|a day|a week|per|each|every|left|remaining|to go)\b/i;
/** Work done by someone: "I spent", "Tom put in", "we recorded", "took me". */
const WORK_BEFORE =
  /\b(?:spent|spend|spending|recorded|logged|put in|billed|worked|devoted|took (?:me|us|him|her)|has taken (?:me|us))\s+(?:a further\s+|another\s+|about\s+|around\s+|roughly\s+|some\s+|over\s+|just over\s+|just under\s+|nearly\s+|almost\s+)?$/i;
/** Time recorded against a person or grade: "JT 8.2 hours", "trainee 6.0 hours", "AB (partner) 2.0 hrs". */
const TIMEKEEPER_BEFORE = /(?:^|[\s,;(])[A-Z]{2,3}\s*[:–-]?\s*$/;
const GRADE_BEFORE =
  /\b(?:partners?|associates?|trainees?|paralegals?|counsel|solicitors?|fee earners?|clerks?|assistants?)(?:['’]s? time)?\)?\s*[:–-]?\s*$/i;

/** The words just before a duration, up to three after a list break (one must be legal work). */
const WORK_LABEL_BEFORE = new RegExp(
  "(?:^|[,;:(.]\\s*|\\band\\s+|\\n\\s*)(?:[A-Za-z'’-]+\\s+){0,2}[A-Za-z'’-]+(?:\\s+|\\s*[(:–—-]\\s*)$",
);
/**
 * A bare number of hours opening an item of a list and followed by its work: "Entries: 0.2 email
 * to client; 0.3 call with agent". One decimal place, as time is recorded in tenths; a clock
 * time has two ("10.30 call").
 */
const BARE_ITEM_BEFORE = new RegExp(`(?:^|[:;,]|\\band)\\s*(?:${INITIALS}\\s*(?:[–—:-]\\s*)?)?$`);
const BARE_TENTHS = /^(?:1?\d|2[0-3])[.,]\d$/;
const BARE_WORK_AFTER = /^\s+(?:[A-Za-z'’-]+\s+){0,2}?/;
/** Where an item of a list ends: a comma, a semicolon, a full stop, "and", the line's end. */
const ITEM_END_AFTER = /^\s*(?:[,;.)]|and\b|\n|$)/;
/**
 * Round 34 (analysis-h13 012): a clause of a narrative with its hours in brackets after it,
 * "…; attendance on file re loss adjuster's report and chronology (3.4 hrs); …": the whole
 * clause from its list break (a semicolon, a colon, a line's start) is the work, however many
 * words it has (WORK_LABEL_BEFORE takes three), when it leads with its work. Ten words at most,
 * on one line.
 */
const WORK_CLAUSE_BEFORE = /[;:\n][ \t]*((?:[A-Za-z'’.-]+[ \t]+){3,9}[A-Za-z'’.-]+)[ \t]*\([ \t]*$/;
const MAX_CLAUSE = 110;

/** After a duration, the work it went on: "on the redraft", "with counsel", "drafting". */
const WORK_AFTER =
  /^\s*(?:\)\s*)?(?:on|with|in (?:conference|court|meetings?|calls?)|of work on|of (?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'’.-]+\s+){0,2}time\b|spent on|drafting|reviewing|revising|preparing|researching|attending|negotiating|considering|perusing|working|going through|dealing with|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+ing\b)/i;

interface LineInfo {
  short: boolean;
  date: boolean;
  cells: boolean;
  list: boolean;
  total: boolean;
  header: boolean;
  work: boolean;
  /** At least two words of three letters or more, or one with a list lead or cells. */
  described: boolean;
  pipes: boolean;
  /** Where the line starts. */
  start: number;
  /** A log line (a time with seconds): its numbers are not hours. */
  log: boolean;
  /** The line holds one number and nothing else: a spreadsheet cell pasted one to a line. */
  alone: boolean;
  /** The line is one table heading naming hours ("Hrs"), as a pasted spreadsheet gives. */
  hoursCell: boolean;
}

const MAX_ENTRY_LINE = 200;

/**
 * A row led by a date or a timekeeper's initials and then a number: "12/03 AB 2.4", "KH 1.2",
 * "JW – 0.5 –", "03/14 1.2".
 */
const INITIALS_ROW = new RegExp(
  `^\\s*(?:[-•*]\\s*)?(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\s+(?:${INITIALS}\\s*(?:[–—:|-]\\s*)?)?|${INITIALS}\\s*(?:[–—:|-]\\s*)?)\\d{1,2}[.,]\\d\\b`,
);

const WORD_OF_THREE = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}/g;

/** How many words of three letters or more `text` holds, counting no further than `limit`. */
function countWords(text: string, limit: number): number {
  let count = 0;
  WORD_OF_THREE.lastIndex = 0;
  while (count < limit && WORD_OF_THREE.exec(text)) count++;
  return count;
}
/** A pipe-separated (LEDES-like) line may be long: each cell is short. */
const MAX_PIPE_LINE = 1200;

function lineInfo(text: string, line: LineSpan): LineInfo {
  const length = line.end - line.start;
  const raw = text.slice(line.start, Math.min(line.end, line.start + MAX_PIPE_LINE));
  let pipeCount = 0;
  for (let at = raw.indexOf("|"); at >= 0 && pipeCount < 3; at = raw.indexOf("|", at + 1))
    pipeCount++;
  const pipes = pipeCount >= 3;
  const short = length <= MAX_ENTRY_LINE || (pipes && length <= MAX_PIPE_LINE);
  if (!short) {
    return {
      short,
      date: false,
      cells: false,
      list: false,
      total: false,
      header: false,
      work: false,
      described: false,
      pipes,
      alone: false,
      hoursCell: false,
      log: false,
      start: line.start,
    };
  }
  const words = countWords(raw, 2);
  HEADER_WORDS.lastIndex = 0;
  const headerWords = raw.match(HEADER_WORDS)?.length ?? 0;
  const header = headerWords >= 2 && HOURS_HEADER.test(raw) && !/\d[.,]\d/.test(raw);
  const cells = CELLS.test(raw.trim());
  const list = LIST_LEAD.test(raw);
  return {
    short,
    date: DATE_IN_LINE.test(raw),
    cells,
    list,
    total: TOTAL.test(raw),
    header,
    work: WORK.test(raw),
    // "12/03 AB 2.4 review", "KH 1.2 drafting": one word of work is a narrative after a date or
    // a timekeeper's initials.
    described: words >= 2 || (words === 1 && (list || cells || INITIALS_ROW.test(raw))),
    pipes,
    alone: /^\s*\d{1,2}[.,]\d{1,2}\s*$/.test(raw),
    log: /\b\d{1,2}:\d{2}:\d{2}\b/.test(raw),
    start: line.start,
    hoursCell: /^\s*(?:hours|hrs|time|units)\s*$/i.test(raw),
  };
}

/** Whether a table header naming an hours column stands in the few lines above `line`. */
function hoursColumnAbove(draft: AnalysedDraft, field: AnalysedField, lineNumber: number): boolean {
  const lines = linesOf(draft, field);
  for (let n = lineNumber - 1; n >= 0 && n >= lineNumber - 40; n--) {
    const span = lines.line(n);
    if (span.end - span.start <= 1 && field.scan.slice(span.start, span.end).trim() === "") {
      // A blank line ends a table (but HTML tables may be set off by one: look one further).
      if (n < lineNumber - 1) return false;
      continue;
    }
    const info = lineFact(draft, field, "time-line", span.start, (l) => lineInfo(field.scan, l));
    if (info.header || info.hoursCell) return true;
  }
  return false;
}

/**
 * A number alone on its line, in a spreadsheet pasted one cell to a line: hours when an hours
 * heading stands above and a line of work just before it (within the row's few cells).
 */
function isCellItem(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  const lines = linesOf(draft, field);
  const lineNumber = lines.lineOf(start);
  if (
    !lineFact(draft, field, "time-column", start, () => hoursColumnAbove(draft, field, lineNumber))
  )
    return false;
  for (let n = lineNumber - 1; n >= 0 && n >= lineNumber - 3; n--) {
    const span = lines.line(n);
    if (infoAt(draft, field, span.start).work) return true;
  }
  return false;
}

function infoAt(draft: AnalysedDraft, field: AnalysedField, offset: number): LineInfo {
  return lineFact(draft, field, "time-line", offset, (line) => lineInfo(field.scan, line));
}

/** A duration in an entry line: the line must be an entry and say the number is time. */
function isLineItem(
  draft: AnalysedDraft,
  field: AnalysedField,
  kind: Kind,
  start: number,
  end: number,
): boolean {
  const info = infoAt(draft, field, start);
  const text = field.scan;
  if (kind === "bare" && info.alone) return isCellItem(draft, field, start);
  if (!info.short || info.total || info.header) return false;
  if (!info.described) {
    // A row naming only its timekeeper ("D. Whitlock 12.4 $1,050") under an hours column.
    if ((kind !== "bare" && kind !== "clock") || !/[A-Za-z]{3}/.test(text.slice(info.start, start)))
      return false;
    const lineNumber = linesOf(draft, field).lineOf(start);
    return lineFact(draft, field, "time-column", start, () =>
      hoursColumnAbove(draft, field, lineNumber),
    );
  }
  const entryShaped = info.date || info.list || info.cells || info.pipes;
  if (
    (kind === "hours" || kind === "words" || kind === "minutes") &&
    isEventDuration(text, start, end)
  )
    return false;
  switch (kind) {
    case "elided":
      return false;
    case "hours":
    case "words": {
      if (entryShaped) return true;
      if (!atEntryEnd(text, end, false)) return false;
      // "Draft motion 1.5 hrs"; "Disclosure letter: 31.0 hours" (a label and its hours).
      return info.work || LABEL_BEFORE.test(lineLead(draft, field, start));
    }
    case "minutes": {
      // "45m" could be millions: only in a list or table, and never after a currency.
      const unit = /m$/i.test(text.slice(start, end).trim());
      return entryShaped && (!unit || info.list || info.cells) && info.work;
    }
    case "units":
      return (entryShaped || atEntryEnd(text, end, false)) && info.work;
    case "clock":
    case "bare": {
      const lead = text.slice(Math.max(0, start - 16), start);
      if (NOT_HOURS_BEFORE.test(lead) || info.log) return false;
      // A number standing as a cell of its row, not inside words ("mail 1.0 went").
      if (!CELL_BEFORE.test(lead) && !CELL_AFTER.test(text.slice(end, end + 16))) return false;
      const lineNumber = linesOf(draft, field).lineOf(start);
      const amountAfter = AMOUNT_AFTER.test(text.slice(end, end + 24));
      const column = lineFact(draft, field, "time-column", start, () =>
        hoursColumnAbove(draft, field, lineNumber),
      );
      if (info.pipes) return column || (info.work && info.date);
      // "SL 0.3  Review correspondence": the timekeeper, the hours, the narrative; or the hours
      // leading the line: "0.3 – emails with counsel".
      if (info.work && TIMEKEEPER_LEAD.test(lineLead(draft, field, start))) return true;
      if (
        info.work &&
        /^\s*$/.test(lineLead(draft, field, start)) &&
        HOURS_FIRST.test(text.slice(end, end + 4))
      )
        return true;
      return (
        column ||
        (info.date && (info.work || amountAfter)) ||
        (info.work && (info.cells || amountAfter) && atEntryEnd(text, end, amountAfter))
      );
    }
  }
}

/** What stands before a number that is a cell: a gap, a bar, a date or a timekeeper's initials. */
const CELL_BEFORE =
  /(?:^|\n[ \t]*|\t|\s{2}|\|\s*|(?:^|\s)(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|[A-Z]{2,3})\s+|(?:^|\s)[A-Z]{2,3}\s*[–—:-]\s+)$/;
/** What follows a number that is a cell: a gap, a bar, an amount or the end of the line. */
const CELL_AFTER = /^(?:\s*$|\s*\n|\t|\s{2}|\s*\||\s+(?:[$£€]|\d)|\s*[)\]]\s*$|\s*[–—:|-]\s)/;

/** The line's text before `offset` (at most a short lead: a label, initials). */
function lineLead(draft: AnalysedDraft, field: AnalysedField, offset: number): string {
  const line = linesOf(draft, field).lineAt(offset);
  return field.scan.slice(Math.max(line.start, offset - 80), offset);
}

/** A label and a colon before the hours: "Disclosure letter: ", "SPA and ancillaries – ". */
const LABEL_BEFORE =
  /^\s*(?:[-•*]\s*)?[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\d&'’ ,/-]{1,60}?\s*[:–-]\s*$/;
/** After hours that lead a line, a separator before the narrative: "0.3 – emails". */
const HOURS_FIRST = /^\s*[–—:|-]\s/;
/** A timekeeper's initials or name leading a row: "SL ", "G. Mattingly ", "JW – ". */
const TIMEKEEPER_LEAD = new RegExp(
  `^\\s*(?:[-•*]\\s*)?(?:${INITIALS}|[A-Z]\\.\\s?[A-Z][A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff'’-]+)(?:\\s*[–—:-])?\\s+$`,
);

/** The duration ends its line, or only amounts follow it. */
function atEntryEnd(text: string, end: number, amountAfter: boolean): boolean {
  if (amountAfter) return true;
  const next = text.indexOf("\n", end);
  const rest = text.slice(
    end,
    next < 0 ? Math.min(text.length, end + 40) : Math.min(next, end + 40),
  );
  return /^[\s.)|]*$/.test(rest);
}

/** "the hearing lasted 2 hours", "(2 hours each)", "five hours ahead": not time worked. */
function isEventDuration(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (EVENT_AFTER.test(text.slice(end, end + 40))) return true;
  return !WORK_BEFORE.test(before) && EVENT_BEFORE.test(before);
}

/** A bare number of hours heading a list item of work ("; 0.3 call with agent"). */
function isBareListItem(text: string, start: number, end: number): boolean {
  if (!BARE_TENTHS.test(text.slice(start, end))) return false;
  if (!BARE_ITEM_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = text.slice(end, end + 40);
  const lead = BARE_WORK_AFTER.exec(after);
  if (!lead || lead[0].length === 0) return false;
  const next = /^[A-Za-z'’-]+/.exec(after.slice(lead[0].length));
  return next !== null && WORK.test(lead[0] + next[0]);
}

/**
 * After a duration, an hourly rate: time priced is time billed, whatever verb led to it ("this
 * advice took 3.5 hours at RWF 95,000/h", "2 hours at £250 per hour", "at our hourly rate").
 */
const RATE_AFTER =
  /^\s*at\s+(?:(?:[A-Z]{3}\s?|[$£€]\s?)?\d[\d,.]*\s*(?:\/\s*(?:h|hr|hour)\b|per\s+hour\b|an\s+hour\b|p\.?h\b)|(?:our|the|my|your)\s+(?:agreed\s+|usual\s+|standard\s+|blended\s+)?hourly\s+rate\b)/i;
/** An aside opening just before a duration: a spaced dash or a bracket, then a hedge. */
const ASIDE_OPEN =
  /(?:\s[-–—]|\()\s*(?:about|around|roughly|some|nearly|almost|over|just over|just under|c\.|approx\.?|approximately)?\s*$/i;
/** Work done, earlier in the sentence an aside interrupts ("Ingrid spent the best part of …"). */
const WORK_VERB_IN_SENTENCE =
  /\b(?:spent|spend|spending|put in|worked|devoted|recorded|logged|billed)\b[^.!?;\n]*$/i;

/**
 * A duration set off in an aside that restates the time of the work clause it interrupts
 * ("spent the best part of two days on the break clauses - about 14 hours - and …").
 */
function isAsideOfWork(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  const open = ASIDE_OPEN.exec(before);
  return open !== null && WORK_VERB_IN_SENTENCE.test(before.slice(0, open.index));
}

/** A duration in prose: tied to work, not the length of an event. */
function isProseItem(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (EVENT_AFTER.test(after)) return false;
  // Round 30 (analysis-h29 B1, B2): time priced at an hourly rate, or restated in an aside.
  if (RATE_AFTER.test(after) || isAsideOfWork(text, start)) return true;
  if (WORK_BEFORE.test(before) || TIMEKEEPER_BEFORE.test(before) || GRADE_BEFORE.test(before))
    return true;
  // "drafting and negotiation 14.2 hours, meetings and calls 6.5 hours": the work named just
  // before its hours, the item ending there.
  const label = WORK_LABEL_BEFORE.exec(before);
  if (label && WORK.test(label[0]) && ITEM_END_AFTER.test(after) && !EVENT_BEFORE.test(before))
    return true;
  if (/^\s*\)/.test(after)) {
    const from = Math.max(0, start - MAX_CLAUSE);
    const clause = WORK_CLAUSE_BEFORE.exec((from === 0 ? "\n" : "") + text.slice(from, start));
    // The clause leads with its work, as a narrative does ("attendance on …", "considering …"),
    // not with an article or a subject ("the trial of the issue before the judge (3 hours)").
    const first = clause ? /^[A-Za-z'’.-]+/.exec(clause[1]!)![0] : "";
    if (clause && (WORK.test(first) || /[a-z]ing$/.test(first))) return true;
  }
  if (EVENT_BEFORE.test(before)) return false;
  return WORK_AFTER.test(after);
}

/**
 * The draft says its units are of time: "six-minute units", "each unit is 6 minutes", or units
 * recorded against the file ("we recorded 6 units").
 */
function unitsAreTime(draft: AnalysedDraft): boolean {
  return draft.memo("time-units", () =>
    /\b(?:six|6)[- ]minute units?\b|\bunits? (?:is|are|of) (?:six|6) minutes\b|\b(?:recorded|logged|billed|spent|charged|put in)\s+(?:a further\s+|another\s+)?\d{1,3}\s?units?\b/i.test(
      draft.body.scan,
    ),
  );
}

/**
 * Time split by fee earner in a sentence: "JS 2.1, AB 0.6", "KH: 1.2 and JW: 0.5". Initials are
 * a timekeeper's only where the sentence says it is about time (initials and decimals are also
 * room numbers, clause references, grades), and a split names two at least.
 */
const KEEPER_PAIR = new RegExp(
  `(?:^|[\\s,;:(])${INITIALS}\\s*[:–-]?\\s*(\\d{1,2}[.,]\\d)(?![\\d%]|\\s?(?:${HOUR_UNIT}|${MINUTE_UNIT}|units?|u)\\b)`,
  "g",
);
const TIME_CUE =
  /\b(?:time|hours?|hrs|recorded|spent|logged|split|fee[- ]earners?|timekeepers?|wip|worked|billed|charged)\b/i;
const MAX_SENTENCE = 240;
/** Between two items of a split: a comma, a semicolon, "and", "&", a slash. */
const SPLIT_SEPARATOR = /^\s*(?:[,;/&]|and\b)\s*(?:and\s+)?$/;

/** The sentence around `offset` (bounded), split at a stop that is not inside a number. */
export function sentenceAround(text: string, offset: number): [number, number] {
  let start = offset;
  const low = Math.max(0, offset - MAX_SENTENCE);
  while (start > low && !/[!?\n]/.test(text[start - 1]!) && !isStop(text, start - 1)) start--;
  let end = offset;
  const high = Math.min(text.length, offset + MAX_SENTENCE);
  while (end < high && !/[!?\n]/.test(text[end]!) && !isStop(text, end)) end++;
  return [start, end];
}

function isStop(text: string, at: number): boolean {
  return text[at] === "." && !/\d/.test(text[at + 1] ?? "") && !/[A-Z]/.test(text[at - 1] ?? "");
}

/** The numbers of the timekeeper splits in the body (a sentence with a time cue and two pairs). */
function keeperSplits(draft: AnalysedDraft): Token[] {
  return draft.memo("time-keeper-splits", () => {
    const text = draft.body.scan;
    const tokens: Token[] = [];
    const bySentence = new Map<number, Token[]>();
    KEEPER_PAIR.lastIndex = 0;
    for (let m = KEEPER_PAIR.exec(text); m; m = KEEPER_PAIR.exec(text)) {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      const [from, to] = sentenceAround(text, start);
      const list = bySentence.get(from) ?? [];
      if (list.length === 0) {
        if (!TIME_CUE.test(text.slice(from, to))) continue;
        bySentence.set(from, list);
      }
      const lead = m.index + (/^[\s,;:(]/.test(m[0]) ? 1 : 0);
      list.push({ lead, start, end, kind: "bare", text: m[1]! });
      KEEPER_PAIR.lastIndex = end;
    }
    // A split lists different timekeepers one after another: "JS 2.1, AB 0.6", "KH 1.2 and JW
    // 0.5"; "RH 7.1 to RH 7.3" is a range of versions.
    bySentence.forEach((list) => {
      let run: Token[] = [];
      const flush = () => {
        const keepers = new Set(
          run.map((t) => text.slice(t.lead, t.start).replace(/[\s:–-]+$/, "")),
        );
        if (run.length >= 2 && keepers.size === run.length) tokens.push(...run);
        run = [];
      };
      for (const token of list) {
        const last = run[run.length - 1];
        if (last && !SPLIT_SEPARATOR.test(text.slice(last.end, token.lead))) flush();
        run.push(token);
      }
      flush();
    });
    return tokens;
  });
}

/** Activities a unit is recorded against in prose ("lease review 3 units, calls 2 units"). */
const UNIT_WORK =
  /\b(?:draft|redraft|review|revis|research|calls?|meet|conferen|attend|prepar|correspond|letters?|e-?mails?|advi[cs]|analy|perus|negotiat|travel|discuss|telephone|instruct|hearing|liais|notes?|memo)/i;

/** Units in prose tied to work: "lease review 3 units, licence 5 units": a work label and the item's end. */
function isUnitProseItem(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const label = WORK_LABEL_BEFORE.exec(before);
  return (
    label !== null &&
    UNIT_WORK.test(label[0]) &&
    ITEM_END_AFTER.test(text.slice(end, end + 40)) &&
    !EVENT_BEFORE.test(before)
  );
}

/** Kinds of duration that say they are time on their own (not a bare number or a clock). */
const PROSE_KINDS: ReadonlySet<Kind> = new Set<Kind>(["hours", "words", "elided"]);
/** Characters between two durations of one line for them to be two items (a task between). */
const MIN_ITEM_GAP = 12;

/** The time items of the body, in order; memoised on the draft. */
export function timeItems(draft: AnalysedDraft): TimeItem[] {
  return draft.memo("time-items", () => {
    const field = draft.body;
    const text = field.scan;
    const lines = linesOf(draft, field);
    const items: TimeItem[] = [];
    const seenLines = new Set<number>();
    const keepers = keeperSplits(draft);
    const keeperAt = new Set(keepers.map((token) => token.start));
    const tokens = durationTokens(text).filter((token) => !keeperAt.has(token.start));
    const all =
      keepers.length > 0 ? tokens.concat(keepers).sort((a, b) => a.start - b.start) : tokens;
    for (const token of all) {
      const { start, end, kind } = token;
      const lineNumber = lines.lineOf(start);
      const line = lines.line(lineNumber);
      if (seenLines.has(lineNumber)) {
        // A line taken as one entry may be a sentence of several: "three hours on the statements
        // on Monday and a further 1.5 hours on Tuesday", "drafting (4.2 hrs); research (1.8 hrs)".
        // Each further duration tied to work in it is an item of its own.
        const last = items[items.length - 1];
        if (
          last !== undefined &&
          (start - last.end >= MIN_ITEM_GAP || keeperAt.has(start)) &&
          // A number whose unit is understood says it is time, as on a line of its own.
          ((PROSE_KINDS.has(kind) && (kind === "elided" || isProseItem(text, start, end))) ||
            keeperAt.has(start)) &&
          !otherPartyCostsAt(draft, field, start, end)
        ) {
          items.push({ start, end, lineStart: token.lead ?? start, lineEnd: end });
        }
        continue;
      }
      const lineItem = isLineItem(draft, field, kind, start, end);
      const proseItem =
        !lineItem &&
        (kind === "elided" ||
          ((kind === "hours" ||
            kind === "words" ||
            (kind === "minutes" && !/m$/i.test(token.text.trim())) ||
            (kind === "units" && unitsAreTime(draft))) &&
            isProseItem(text, start, end)) ||
          (kind === "units" && isUnitProseItem(text, start, end)) ||
          keeperAt.has(start) ||
          (kind === "bare" && isBareListItem(text, start, end)));
      if (!(lineItem || proseItem) || otherPartyCostsAt(draft, field, start, end)) continue;
      const entry = infoAt(draft, field, start);
      if (lineItem && entry.short) {
        seenLines.add(lineNumber);
        items.push({ start, end, lineStart: line.start, lineEnd: line.end });
      } else {
        items.push({ start, end, lineStart: token.lead ?? start, lineEnd: end });
      }
    }
    return items;
  });
}
