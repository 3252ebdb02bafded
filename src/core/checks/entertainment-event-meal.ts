/**
 * Food and drink laid on at the firm's own event: "Lunch will be provided", "refreshments and a
 * buffet lunch will be served", "drinks reception to follow", "followed by lunch", in a message
 * that invites the reader to a seminar, a workshop, a briefing, a training session or a launch.
 * For a client who declines entertainment the firm's view is that anything the firm pays for them
 * to eat or drink at an event is hospitality, however plain: the event may be offered, the meal
 * may not.
 *
 * Where it stops: a meal laid on at work on the client's own matter (a meeting, a working or
 * drafting session, preparation, a hearing, a mediation, a completion) is part of that work, not
 * an event, and so is a meal at the client's own offices (their working day, wherever the
 * sandwiches come from). Never an event that is someone else's ("your seminar"), food the guest
 * pays for (in a ticket price or a delegate fee), food refused ("no lunch"), what a contract or a
 * caterer provides, or what was served in the past. Kept small: the launch event carries it.
 */
import type { AnalysedDraft, Span } from "../analysis";
import { WordGate } from "../text/word-gate";
import { sentencesOf, spanIndexAt, textFields, type TextFieldName } from "./helpers";

/** What a host lays on to eat or drink, however plain. */
const FOOD =
  "(?:(?:a|the|some)\\s+)?(?:(?:buffet|sandwich|light|hot|networking|drinks|champagne)\\s+)?(?:lunch|breakfast|dinner|supper|refreshments|drinks|reception|canap[ée]s|sandwiches|buffet|coffee|wine)";
/** "Lunch will be provided", "drinks and canapés to follow", "followed by a buffet lunch". */
const LAID_ON = new RegExp(
  "\\b" +
    FOOD +
    "(?:\\s*(?:,|and|&)\\s*" +
    FOOD +
    ")*\\s+(?:(?:will\\s+(?:also\\s+)?be|is|are)\\s+(?:provided|served|available|included|on\\s+us)|provided|to\\s+follow)\\b|\\b(?:followed\\s+by|there\\s+will\\s+be)\\s+" +
    FOOD +
    "\\b",
  "gi",
);
/**
 * A food word of every LAID_ON match, as the word reader reads it (word-gate.ts): the first
 * food's noun starts a word (after `\b` or a space) and ends it, or runs on into "and"
 * ("lunchanddinner provided": `\s*and\s*` between two foods); "followed by"'s and "there will
 * be"'s food ends at `\b`. "canapés" has a letter outside ASCII, on which the gate opens.
 */
const FOOD_GATE = new WordGate(
  "lunch breakfast dinner supper refreshments drinks reception canapes sandwiches buffet coffee wine".split(
    " ",
  ),
  "and",
);

/** LAID_ON's first match from `lastIndex` 0, after the food gate where the words are read. */
export function firstLaidOn(text: string): RegExpExecArray | null {
  LAID_ON.lastIndex = 0;
  // Most mail names no food: the words already read say so for less than the pattern's scan.
  return FOOD_GATE.openIfRead(text) === false ? null : LAID_ON.exec(text);
}

/** The firm's kinds of event, not its papers or calls ("briefing note", "conference call"). */
const EVENT =
  /\b(?:seminar|workshop|briefing|launch|masterclass|round-?table|forum|lecture|training|conference|event)s?\b(?!\s+(?:calls?|notes?|papers?|packs?))/gi;
/** Someone else's event, or none: "your seminar", "their launch", "in the event". */
const NOT_OURS_BEFORE = /\b(?:your|their|its|in\s+(?:the|any))\s+(?:\S+\s+)?$/i;
/**
 * Work on the client's matter, their own premises, food the guest pays for or refused, a
 * contract's or a caterer's: not the firm's hospitality.
 */
const NOT_HOSPITALITY =
  /\b(?:meetings?|working\s+session|drafting|prep(?:aration)?|hearing|trial|mediation|deposition|interviews?|completion|signing|closing|witness(?:es)?|negotiations?|site\s+visit|(?:your|their)\s+(?:own\s+)?(?:offices?|premises|site)|(?:ticket|delegate|registration)\s+(?:price|fee)s?|paid|payable|no\s+(?:\w+\s+)?(?:lunch|food|refreshments|catering)|contract|agreement|lease|licen[cs]e|caterers?|catering|supplier)\b/i;

export interface EventMeal {
  field: TextFieldName;
  start: number;
  end: number;
}

/**
 * Food and drink the firm lays on at an event it invites the reader to (memoised per draft).
 * `invites(text)` says whether a text invites the reader (or says the firm is holding something);
 * `past(words)` whether a sentence tells of what is over.
 */
export function eventMeals(
  draft: AnalysedDraft,
  invites: (text: string) => boolean,
  past: (words: string) => boolean,
): EventMeal[] {
  return draft.memo("entertainment-event-meals", () => {
    const found: EventMeal[] = [];
    const fields = textFields(draft);
    // The event may be named, and the reader invited, in a meeting invitation's subject.
    const heading = fields.map((f) => (f.field === "body" ? "" : f.scan)).join("\n");
    for (const field of fields) {
      const text = field.scan;
      // The first match both says whether to read on and starts the loop: the pattern (long
      // optional lead-ins, so no quick scan for a literal) is run over the text once, not twice.
      const first = firstLaidOn(text);
      if (!first || !(invites(text) || invites(heading))) continue;
      const sentences = sentencesOf(draft, field);
      const words = (i: number) => {
        const s: Span | undefined = sentences[i];
        return s ? text.slice(s.start, s.end) : "";
      };
      LAID_ON.lastIndex = first.index + first[0].length;
      for (let m: RegExpExecArray | null = first; m; m = LAID_ON.exec(text)) {
        const i = spanIndexAt(sentences, m.index);
        const around = [words(i), words(i - 1), words(i + 1)];
        if (i < 0 || past(around[0]!) || around.some((s) => NOT_HOSPITALITY.test(s))) continue;
        if (!around.some(namesOwnEvent) && !namesOwnEvent(heading)) continue;
        found.push({ field: field.field, start: m.index, end: m.index + m[0].length });
      }
    }
    return found;
  });
}

function namesOwnEvent(words: string): boolean {
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(words); m; m = EVENT.exec(words)) {
    if (!NOT_OURS_BEFORE.test(words.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}
