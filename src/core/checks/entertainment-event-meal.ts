/**
 * Food and drink laid on at the firm's own event: "Lunch will be provided", "refreshments and a
 * buffet lunch", "drinks reception to follow", "dinner is on us", in an invitation to a seminar,
 * a workshop, a briefing, a training session or a launch. For a client who declines entertainment
 * the firm's view is that anything the firm pays for them to eat or drink at an event is
 * hospitality, however plain: the event may be offered, the meal may not.
 *
 * Where it stops: a meal laid on at work on the client's own matter (a meeting, a working or
 * drafting session, preparation, a hearing, a mediation, a completion) is part of that work, not
 * an event, and neither is a meal at the client's own offices (their working day, wherever the
 * sandwiches come from). An event is the firm's when the message invites the reader to it (or
 * says the firm is running it) and it is not someone else's ("your seminar", "their launch").
 * Never what a contract, a lease or a caterer provides, nor what was served in the past.
 */
import type { AnalysedDraft, Span } from "../analysis";
import { sentencesOf, spanIndexAt, textFields, type TextFieldName } from "./helpers";

/** What a host lays on to eat or drink, however plain (a meal, refreshments, coffee, a reception). */
const FOOD =
  "(?:(?:a|an|the|some|our)\\s+)?(?:(?:light|buffet|sandwich|hot|cold|networking|seated|sit-down|fork|finger|two-course|three-course|celebratory|festive|working|informal|complimentary|drinks|champagne|wine|evening)\\s+)?(?:lunch(?:eon)?|breakfast|brunch|dinner|supper|refreshments|drinks|reception|canap[ée]s|nibbles|sandwiches|buffet|tea\\s+and\\s+coffee|coffee\\s+and\\s+(?:tea|pastries|cakes?|biscuits)|coffee|pastries|wine|food|light\\s+bites|bacon\\s+rolls|a\\s+glass\\s+of\\s+[a-z]+)";
/** Several of them: "refreshments and a buffet lunch", "drinks and canapés". */
const FOODS = FOOD + "(?:\\s*(?:,|and|&|with|then|plus)\\s*" + FOOD + ")*";
/** The host's statement after the food: "… will be provided", "… to follow", "… is on us". */
const LAID_ON_AFTER =
  "\\s+(?:(?:will|shall|would)\\s+(?:also\\s+)?be\\s+(?:provided|served|available|laid\\s+on|on\\s+offer|included|complimentary|on\\s+us|on\\s+the\\s+firm)|(?:is|are)\\s+(?:also\\s+)?(?:being\\s+)?(?:provided|included|served|complimentary|laid\\s+on|on\\s+us|on\\s+me|on\\s+the\\s+firm|on\\s+the\\s+house)|(?:provided|included)|to\\s+follow|on\\s+us)\\b";
/** The host's statement before the food: "followed by lunch", "there will be drinks". */
const LAID_ON_BEFORE =
  "\\b(?:followed\\s+by|(?:there\\s+(?:will|shall)\\s+be|there['’]ll\\s+be|there\\s+(?:is|are))(?:\\s+(?:also|then))?|we(?:['’]ll|\\s+will)\\s+(?:provide|serve|lay\\s+on|put\\s+on|have)|we(?:['’]re|\\s+are)\\s+(?:providing|serving|laying\\s+on|putting\\s+on)|(?:with|including|plus)(?=\\s+(?:a\\s+)?(?:light|buffet|sandwich|hot|networking|seated|sit-down|fork|finger|two-course|three-course|complimentary|drinks|champagne)\\s)|stay\\s+(?:on\\s+)?for)\\s+";
const MEAL_LAID_ON = new RegExp(
  "\\b" + FOODS + LAID_ON_AFTER + "|" + LAID_ON_BEFORE + FOODS + "\\b",
  "gi",
);

/** The firm's kinds of event a client is invited to. */
const EVENT =
  /\b(?:seminars?|workshops?|briefings?|launch(?:es)?|masterclass(?:es)?|round-?tables?|forum|symposium|lectures?|talk|training(?:\s+(?:sessions?|courses?|days?|mornings?|afternoons?))?|CPD|conferences?|networking|open\s+day|events?|academy|breakfast\s+(?:briefing|seminar|session)s?|panel\s+discussion)\b(?!\s+(?:calls?|room|rooms|notes?|papers?|packs?|line|bundle|documents?|materials)\b)/gi;
/** "in the event of", "in any event": not an event. */
const NOT_AN_EVENT_BEFORE = /\b(?:in\s+(?:the|any|that|which)|the)\s+$/i;
/** An event someone else holds: "your seminar", "their launch", "the client's conference". */
const OTHERS_EVENT =
  /\b(?:your|their|its|his|her|(?!firm['’]s)[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** Words that invite the reader to an event, or say the firm is running one. */
const INVITES =
  /\binvit(?:e|es|ed|ing|ation|ations)\b|\bjoin\s+us\b|\b(?:do|please)\s+come\b|\bcome\s+along\b|\b(?:would|will|can|could|do)\s+you\s+(?:(?:like|care|want)\s+to\s+)?(?:attend|come|join)\b|\blike\s+to\s+(?:attend|come|join)\b|\bhope\s+(?:you|to\s+see\s+you)\b|\bregist(?:er|ration)\b|\b(?:book|reserve|secure)\s+(?:your|a)\s+(?:place|seat|space)\b|\bRSVP\b|\bR\.S\.V\.P\b|\bsave\s+the\s+date\b|\bplaces\s+are\s+limited\b|\b(?:delighted|pleased|glad|love)\s+(?:to\s+see\s+you|if\s+you)\b|\bsee\s+you\s+there\b|\bwelcome\s+to\s+(?:join|attend|come)\b|\b(?:we|I)(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be|['’]m|\s+am)\s+(?:running|holding|hosting|putting\s+on|organi[sz]ing)\b/i;
/** Work on the client's own matter, which a meal is laid on for. */
const WORK_ON_THE_MATTER =
  /\b(?:meeting|meetings|working\s+(?:session|day|group)|drafting|preparation|prep\s+session|hearing|trial|mediation|arbitration|deposition|interview|interviews|completion|signing|closing|witness|witnesses|negotiations?|site\s+visit|consultation|disclosure|work\s+through)\b/i;
/** The client's own premises: their working day, wherever the food comes from. */
const CLIENT_PREMISES =
  /\b(?:your|their)\s+(?:own\s+)?(?:offices?|premises|site|building|HQ|head\s+office|boardroom|canteen)\b/i;
/** What a contract, a lease, a licence or a caterer provides is the matter. */
const MATTER_STATEMENT =
  /\b(?:contract|agreement|clause|lease|licen[cs]e|terms|schedule|tender|caterers?|catering|supplier|operator|tenant|landlord|regulations?|permit)\b/i;

/** What the guest pays for, in a fee or a ticket: not the firm's hospitality. */
const PAID_BY_THE_GUEST =
  /\b(?:ticket|delegate|registration|attendance|booking|entry|course)\s+(?:price|fees?|rates?|costs?)\b|\bat\s+(?:your|their)\s+(?:own\s+)?(?:cost|expense)\b|\b(?:pay|paid|payable|charged|chargeable)\b/i;
/** "no lunch will be provided", "without refreshments". */
const DENIED_BEFORE = /\b(?:no|not|nor|without)\s+$/i;

export interface EventMeal {
  field: TextFieldName;
  start: number;
  end: number;
}

/**
 * Food and drink the firm lays on at an event it invites the reader to, in any text field
 * (memoised per draft). `tellsOfThePast` says whether a sentence tells of what is over.
 */
export function eventMeals(
  draft: AnalysedDraft,
  tellsOfThePast: (words: string) => boolean,
): EventMeal[] {
  return draft.memo("entertainment-event-meals", () => {
    const fields = textFields(draft);
    const found: EventMeal[] = [];
    // The event may be named in a meeting invitation's subject ("Seminar: Employment update").
    const headings = fields
      .filter((f) => f.field !== "body")
      .map((f) => f.scan)
      .join("\n");
    for (const field of fields) {
      const text = field.scan;
      MEAL_LAID_ON.lastIndex = 0;
      if (!MEAL_LAID_ON.test(text)) continue;
      const sentences = sentencesOf(draft, field);
      const invites = INVITES.test(text) || INVITES.test(headings);
      if (!invites) continue;
      MEAL_LAID_ON.lastIndex = 0;
      for (let m = MEAL_LAID_ON.exec(text); m; m = MEAL_LAID_ON.exec(text)) {
        const start = m.index;
        const end = m.index + m[0].length;
        const i = spanIndexAt(sentences, start);
        if (i < 0) continue;
        const own = sentenceText(text, sentences[i]!);
        if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
        if (tellsOfThePast(own) || MATTER_STATEMENT.test(own) || PAID_BY_THE_GUEST.test(own))
          continue;
        const around = [
          own,
          sentenceText(text, sentences[i - 1]),
          sentenceText(text, sentences[i + 1]),
        ];
        if (around.some((s) => WORK_ON_THE_MATTER.test(s) || CLIENT_PREMISES.test(s))) continue;
        if (!around.some(namesOwnEvent) && !namesOwnEvent(headings)) continue;
        found.push({ field: field.field, start, end });
      }
    }
    return found;
  });
}

function sentenceText(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end) : "";
}

/** Whether `words` name an event that is not someone else's. */
function namesOwnEvent(words: string): boolean {
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(words); m; m = EVENT.exec(words)) {
    const before = words.slice(Math.max(0, m.index - 40), m.index);
    if (/^events?$/i.test(m[0]) && NOT_AN_EVENT_BEFORE.test(before.slice(-12))) continue;
    if (!OTHERS_EVENT.test(before)) return true;
  }
  return false;
}
