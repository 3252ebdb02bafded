/**
 * Sentences and clauses of a message's own words, with offsets into its plain text. Mail is
 * written in paragraphs, bullet lines and hard-wrapped prose; a preference is stated in a clause
 * ("Thanks for the call, but please don't phone me again"), so recognisers work clause by clause
 * and look at the sentence around it.
 */

/**
 * The longest clause listening reads. People state a preference in a clause of a line or two
 * (the corpus's longest is about 220 characters); a "clause" of thousands is a table, a pasted
 * list or junk, and reading it would only cost time (some patterns are superlinear in length).
 */
export const LONGEST_CLAUSE = 500;
/** More clauses than prose puts in one sentence (round 47: a list of 60 refused entries is read). */
export const MOST_CLAUSES = 60;
import { isCommonWord } from "../text/common-words";

export interface TextRange {
  start: number;
  end: number;
}

export interface Clause extends TextRange {
  /** The clause's text, normalised for matching (see normaliseForMatching). */
  text: string;
}

export interface Sentence extends TextRange {
  text: string;
  clauses: Clause[];
  /** Blank-line separated block it belongs to. */
  paragraph: number;
  /** Position in the message. */
  index: number;
  /**
   * The question this sentence answers, when it is written under one: a quoted questionnaire
   * line ("> 4. Invoices: detailed or summary?") or the line an inline answer follows. Context
   * only: nothing is heard in a prompt.
   */
  prompt?: Sentence;
  /** Whether it is a headline, once asked (clause-facts.ts isHeadlineSentence). */
  headline?: boolean;
  /** Whether it speaks of invoices and billing, once asked (recognisers/billing.ts). */
  billing?: boolean;
  /**
   * A line of the organisation's own rules that the writer forwarded as theirs ("our updated
   * guidelines", below a forward from a colleague at the same organisation; message.ts).
   */
  policy?: boolean;
}

/**
 * The same text with typographic quotes, dashes and spaces folded to ASCII, one UTF-16 unit for
 * one, so offsets into it are offsets into the original.
 */
export function normaliseForMatching(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2002-\u200A\u202F]/g, " ");
}

/**
 * (Round 14) "pls", "plz" spelled out as "please", for a clause's text only: the recognisers look
 * for "please", and a clause's start and end (hence every quote) stay on the words as written.
 * "PLS" in a line of its own case is an acronym, not a request.
 */
export function spellOutPlease(text: string): string {
  return text.replace(/\b([Pp])l[sz]\b/g, (_, p: string) => `${p}lease`);
}

// A word in capitals: "PLEASE", "DON'T", "I'M".
const CAPS_WORD = /\b\p{Lu}{2,}(?:'\p{Lu}{1,2})?\b|\bI\b/gu;
const LETTER_WORD = /\b\p{L}{2,}/gu;
// Products whose names are ordinary words: in a shouted line, still the product.
const SHOUTED_PRODUCTS: Record<string, string> = {
  TEAMS: "Teams",
  ZOOM: "Zoom",
  SIGNAL: "Signal",
  WHATSAPP: "WhatsApp",
  WEBEX: "Webex",
};

/**
 * A line written in capitals ("PLEASE DO NOT CALL ME", "NO WHATSAPP"), in the case of ordinary
 * writing, one character for one: a common English word (or a short or contracted one) in lower
 * case, any other word capitalised as a name would be ("CALL ME KATE" → "call me Kate"), "I"
 * kept. Lines with lower-case words of their own are left as written (an acronym in a sentence
 * is not shouting).
 */
export function recaseShouting(text: string): string {
  if (!/\p{Lu}{2,}[\s'!.,]+\p{Lu}{2,}/u.test(text)) return text;
  return text.replace(/[^\n]+/g, (line) => {
    const words = line.match(LETTER_WORD) ?? [];
    const caps = words.filter((w) => w === w.toUpperCase()).length;
    if (words.length < 2 || caps < words.length * 0.8 || caps < 2) return line;
    return line.replace(CAPS_WORD, (word) => {
      if (word === "I" || /^I'/.test(word)) return word.charAt(0) + word.slice(1).toLowerCase();
      const product = SHOUTED_PRODUCTS[word];
      if (product) return product;
      const lower = word.toLowerCase();
      if (word.length <= 3 || word.includes("'") || isCommonWord(lower)) return lower;
      return word.charAt(0) + lower.slice(1);
    });
  });
}

// Words after which a full stop does not end a sentence. (Round 31: the abbreviated titles of
// other languages, "Sra. Quintana", "Mme. Roux", as "Sr." already was; and "Mt.".)
const ABBREVIATIONS =
  /(?:^|[\s("'])(?:mr|mrs|ms|mx|dr|prof|rev|revd|hon|cllr|sr|sra|srta|mme|mlle|messrs|jr|fr|st|mt|vs|etc|e\.g|i\.e|w\.e\.f|viz|approx|inc|ltd|co|corp|bros|llc|pty|cf|a\.m|p\.m|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
// "Mrs P. Hale", "J. Park": an initial, not the end of a sentence, when a capitalised word follows.
const INITIAL = /(?:^|[\s("'])\p{Lu}$/u;
// "No. 5", "para. 4", "cl. 7": abbreviations only when a number follows.
const NUMBER_ABBREVIATIONS = /(?:^|[\s(])(?:no|nos|para|paras|cl|sec|art|p|pp|reg|regs)$/i;
// "-", "•", "1.", "(b)", "(iv)", "C.2", "7.3": a marker, not words of the item.
export const BULLET =
  /^\s*(?:[-*•·▪◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|[A-Z]?\d{1,2}\.\d{1,2}\.?|[A-Z]\.\d{1,2}\.?)\s+/i;

interface Line extends TextRange {
  text: string;
}

function linesOf(text: string, range: TextRange): Line[] {
  const lines: Line[] = [];
  let at = range.start;
  while (at < range.end) {
    let next = text.indexOf("\n", at);
    if (next < 0 || next > range.end) next = range.end;
    lines.push({ start: at, end: next, text: text.slice(at, next) });
    at = next + 1;
  }
  return lines;
}

/** A wrapped line continues on the next: long, no closing punctuation, next starts lower-case. */
function continues(line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const body = line.text.trimEnd();
  if (body.length < 60 || /[.!?:;]["')]*$/.test(body)) return false;
  return /^\s*[a-z(]/.test(next.text);
}

function trimRange(text: string, start: number, end: number): TextRange | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Sentence ends inside one logical line (a paragraph line, or wrapped lines joined). */
function sentenceRanges(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let from = range.start;
  const end = range.end;
  const stop = /[.!?]+["')\]]*(?=\s|$)/g;
  const piece = text.slice(range.start, end);
  for (let m = stop.exec(piece); m; m = stop.exec(piece)) {
    const at = range.start + m.index;
    const before = text.slice(Math.max(from, at - 12), at);
    if (m[0] === "." && ABBREVIATIONS.test(before)) continue;
    if (m[0] === "." && INITIAL.test(before) && /^\s+\p{Lu}/u.test(text.slice(at + 1, at + 4)))
      continue;
    if (
      m[0] === "." &&
      NUMBER_ABBREVIATIONS.test(before) &&
      /^\s*\d/.test(text.slice(at + 1, at + 4))
    )
      continue;
    // "4.2 hours", "v4.1": a stop between digits is not an end.
    const cut = at + m[0].length;
    const trimmed = trimRange(text, from, cut);
    if (trimmed) out.push(trimmed);
    from = cut;
  }
  const rest = trimRange(text, from, end);
  if (rest) out.push(rest);
  return out;
}

// Where one clause ends and another starts inside a sentence ("nothing but email" is one).
// The branches that open with white space start only where a run of it starts ((?<!\s)): tried
// at every space of a long run (a paragraph of &nbsp;), each would read the rest of the run again,
// and listening took seconds to minutes on one message (round 47's security audit).
const CLAUSE_BREAK =
  /(?<!\s)\s*;\s*|(?<!\s)\s+-{1,2}\s+|,\s+(?=but\s)|(?<!\s|\b(?:nothing|anything|all|everything))\s+(?=but\s)|,\s+(?=so\s)|,\s+(?=(?:and|or)\s+(?:i|i'm|i'd|we|we're|we'd|please|our|my|it's|that's|they|nothing|everything)\b)|,\s+(?=(?:although|whereas|otherwise)\b)|!\s+/gi;

// Round 19: a quotation in a clause ('"Legal research – general"', "'File opening; misc'"): what
// lies inside is one entry's words, and its dash or semicolon splits nothing. A single quote opens
// only at the start of a word (not an apostrophe: "Don't – it's") and closes before a non-letter.
const QUOTED = /"[^"\n]{1,80}"|(?:^|[\s(:])'[^'\n]{1,80}?'(?!\p{L})/gu;

/** The spans of `piece` inside quotation marks. */
function quotedSpans(piece: string): TextRange[] {
  if (!piece.includes('"') && !piece.includes("'")) return [];
  const spans: TextRange[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(piece); m; m = QUOTED.exec(piece)) {
    const open = m.index + m[0].search(/["']/);
    spans.push({ start: open + 1, end: m.index + m[0].length - 1 });
  }
  return spans;
}

// Round 31 (analysis-lh28 M5): an aside of up to six words between dashes, between a subject and
// its verb ("none of us - trustees or staff - will accept …", "the board - after a long debate -
// has decided …"), is read past: the clause runs on, the aside blanked in its text (one space for
// one character, so offsets stay). Only before a verb that carries a decision or a refusal
// (an auxiliary, a modal, "never", "decided"), and not when the aside is itself a contrast or a
// refusal ("Email - not phone - is best" keeps its three clauses).
const DASH_ASIDE =
  /((?:[\p{L}\p{N}][\p{L}\p{N}'&,-]*\s+){0,5}[\p{L}\p{N}][\p{L}\p{N}'&-]*)\s+-{1,2}\s+(?=(?:will|would|won't|wouldn't|shall|should|must|mustn't|can|cannot|can't|could|couldn't|may|might|have|has|had|are|is|was|were|do|does|did|don't|doesn't|didn't|never|no\s+longer|always|decided|agreed|voted|resolved)\b)/iuy;
const NOT_AN_ASIDE =
  /^(?:rather|instead|but|or|nor|only|except|just|and\s+not)\b|\b(?:not|never|no)\b/i;

function clausesOf(text: string, normalised: string, range: TextRange): Clause[] {
  const clauses: Clause[] = [];
  const piece = normalised.slice(range.start, range.end);
  const quoted = quotedSpans(piece);
  // Asides read past in the clause being built (offsets into `piece`).
  let asides: TextRange[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(piece); m; m = CLAUSE_BREAK.exec(piece)) {
    // The rest of a "sentence" of more clauses than prose has is one clause (long, so unread):
    // each clause's readers also read its whole sentence, which made thousands of clauses in one
    // sentence quadratic.
    if (clauses.length >= MOST_CLAUSES) break;
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    const at = m.index;
    const to = at + m[0].length;
    if (quoted.some((q) => q.start < at && to <= q.end)) continue;
    if (
      /^\s+-{1,2}\s+$/.test(m[0]) &&
      (asides.length > 0 || /[\p{L}\p{N}]/u.test(piece.slice(from, at)))
    ) {
      // Sticky at the dash's end: no copy of the rest of the sentence for each dash.
      DASH_ASIDE.lastIndex = to;
      const aside = DASH_ASIDE.exec(piece);
      if (aside && !NOT_AN_ASIDE.test(aside[1]!)) {
        asides.push({ start: at, end: to + aside[0].length });
        CLAUSE_BREAK.lastIndex = to + aside[0].length;
        continue;
      }
    }
    const trimmed = trimRange(text, range.start + from, range.start + m.index);
    if (trimmed) clauses.push(withoutAsides(clauseAt(normalised, trimmed), asides, range.start));
    asides = [];
    from = m.index + m[0].length;
  }
  const trimmed = trimRange(text, range.start + from, range.end);
  if (trimmed) clauses.push(withoutAsides(clauseAt(normalised, trimmed), asides, range.start));
  return clauses;
}

function clauseAt(normalised: string, range: TextRange): Clause {
  return { start: range.start, end: range.end, text: normalised.slice(range.start, range.end) };
}

/** The clause with its asides (offsets from `base`) blanked, one space per character. */
function withoutAsides(clause: Clause, asides: readonly TextRange[], base: number): Clause {
  if (asides.length === 0) return clause;
  const parts: string[] = [];
  let at = 0;
  for (const aside of asides) {
    const start = base + aside.start - clause.start;
    const end = base + aside.end - clause.start;
    if (start < at || end > clause.text.length) continue;
    parts.push(clause.text.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(clause.text.slice(at));
  return { ...clause, text: parts.join("") };
}

/**
 * A sentence object, always built with the same properties in the same order (the cached ones
 * empty): objects of one shape keep every property read on the fast path.
 */
export function sentenceOf(
  range: TextRange,
  text: string,
  clauses: Clause[],
  paragraph: number,
  index: number,
): Sentence {
  return {
    start: range.start,
    end: range.end,
    text,
    clauses,
    paragraph,
    index,
    prompt: undefined,
    headline: undefined,
    billing: undefined,
  };
}

/**
 * The sentences of `regions` of `text` (sorted, non-overlapping), in order. Bullet markers are
 * left out of the sentence; a blank line starts a new paragraph.
 */
export function splitSentences(text: string, regions: readonly TextRange[]): Sentence[] {
  const normalised = recaseShouting(normaliseForMatching(text));
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const region of regions) {
    const lines = linesOf(text, region);
    let blank = true;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      if (line.text.trim() === "") {
        if (!blank) paragraph++;
        blank = true;
        continue;
      }
      blank = false;
      const bullet = BULLET.exec(line.text);
      let start = line.start + (bullet ? bullet[0].length : 0);
      let end = line.end;
      while (continues(line, lines[i + 1])) {
        line = lines[++i]!;
        end = line.end;
      }
      for (const range of sentenceRanges(normalised, { start, end })) {
        sentences.push(
          sentenceOf(
            range,
            normalised.slice(range.start, range.end),
            clausesOf(text, normalised, range),
            paragraph,
            sentences.length,
          ),
        );
      }
      start = end;
    }
    paragraph++;
  }
  return sentences;
}
