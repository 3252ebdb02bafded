/**
 * A measured candidate, not wired: merged in round 39, then withdrawn before the stop because a
 * review found false alarms no corpus held ("the next move is on us" beside "the other party",
 * "we'll buy you a couple of weeks"; docs/checks.md, round 39). Round 39 (detect-39): hospitality
 * said by who pays or hosts. A host marks an offer by saying
 * the reader will not pay or will be the firm's guest ("dinner at Deanes, on us", "take you
 * somewhere decent afterwards - our treat", "bring you out to San Diego as our guests", "would
 * you like to sit at our table?", "let us buy you chilli crab at Jumbo"), often with no occasion
 * the frames know or beside words a guard reads as work ("once the permit comes through"). On
 * first sight the phrase recovered 15 missed invitations in 9 sets with no hard negative flagged
 * (docs/checks.md, "Misses on first sight, by mechanism").
 *
 * A sentence counts when it has the host's phrase and hospitality (a meal, a drink, a trip, a
 * seat) or the reader taken, brought, bought for or hosted; not a sentence of work or its costs
 * ("the delay is on us", "the witness's flights are on us", "a working lunch will be provided",
 * "lunch in the Oak Room on us") nor one where the reader cleared it ("as you cleared with us").
 */

/** The host's phrase: "our treat", "on us", "as our guests", "at our table", "let us buy you". */
const HOST_PAYS =
  /\b(?:our|my)\s+(?:treat|shout)\b|\bon\s+us\b(?!\s+to\b)|\bas\s+(?:our|my)\s+guests?\b|\bat\s+our\s+table\b|\b(?:let\s+us|let\s+me|we(?:['’]d|\s+would|['’]ll|\s+will)?)\s+(?:like\s+to\s+|love\s+to\s+)?buy\s+you\b(?!\s+(?:out|time|some\s+time|more\s+time|a\s+little\s+time|breathing))|\bwe(?:['’]ll|\s+will)?\s+look\s+after\s+(?:the\s+|your\s+)?(?:flights?|hotels?|travel|accommodation)\b/gi;
/** Hospitality: a meal, a drink, a trip, a seat. */
const HOSPITALITY =
  /\b(?:dinners?|lunch|supper|breakfast|brunch|drinks?|coffee|meal|pints?|flights?|hotels?|trip|retreat|tickets?|seats?|box|awards|gala|party|reception)\b/i;
/** The reader taken, brought, bought for or hosted: "take you and Dr Marsh", "host the team". */
const HOST_VERB =
  /\b(?:take|bring|fly|treat|host|have)\s+(?:you|both\s+of\s+you|the\s+[\w-]+\s+team|your\s+[\w-]+)\b|\bbuy\s+(?:you|both\s+of\s+you|the\s+[\w-]+\s+team|your\s+[\w-]+)\b(?!\s+(?:out|time|some\s+time|more\s+time|a\s+little\s+time|breathing)\b)|\bwould\s+you\s+like\s+to\s+(?:sit|join)\b/i;
/** Work, its costs and a witness's travel: the firm paying is then no hospitality. */
const WORK_COSTS =
  /\b(?:witness(?:es)?|experts?|costs?|disbursements?|expenses|invoices?|bills?|fees?|working\s+(?:lunch|breakfast|dinner)|provided|served|seminars?|webinars?|training|briefings?|CPD|lectures?)\b/i;
/**
 * A meal in a room of the firm's own premises ("lunch in the Oak Room on us"): a working day's
 * lunch laid on, not hospitality.
 */
const OWN_ROOM =
  /\b(?:in|at)\s+(?:the|our)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:room|rooms|boardroom|office|offices|floor|canteen|atrium|lobby)\b/i;
/** A meal or an event the firm's table is at: "our table at the awards dinner". */
const TABLE_OCCASION =
  /\b(?:dinners?|lunch(?:eon)?|supper|breakfast|brunch|awards|gala|ball|banquet|reception|party)\b/i;
/**
 * What may come right before "on us" when the firm pays: a pause, a copula, "all", the thing
 * paid for or a venue's name ("dinner at Deanes, on us", "drinks in the interval are on us",
 * "flights and hotel on us", "lunch at Guard and Grace on us"); not a verb that takes "on"
 * ("count on us", "rely on us", "the impact on us").
 */
const BEFORE_ON_US =
  /(?:[,;:–—-]|\b(?:is|are|was|were|['’]s|be|all|entirely|totally|dinners?|lunch|supper|breakfast|brunch|drinks?|coffees?|meals?|pints?|rounds?|flights?|hotels?|tickets?|seats?|trip)|\b[A-Z][\w'’&-]*)\s*$/;
/** The reader's own clearance of it: "as you cleared with us", "Your GC cleared it". */
const CLEARED =
  /\b(?:cleared|approved|signed\s+off\s+on)\s+(?:it|this|them|with\s+us)\b|\bas\s+you\s+(?:cleared|agreed|approved)\b/i;

/** The host's phrase in a sentence that offers hospitality (its span in `sentence`), or none. */
export function hostPaysIn(sentence: string): { start: number; end: number } | undefined {
  if (!HOSPITALITY.test(sentence) && !HOST_VERB.test(sentence)) return undefined;
  if (WORK_COSTS.test(sentence) || CLEARED.test(sentence) || OWN_ROOM.test(sentence)) {
    return undefined;
  }
  HOST_PAYS.lastIndex = 0;
  for (let m = HOST_PAYS.exec(sentence); m; m = HOST_PAYS.exec(sentence)) {
    const phrase = m[0].toLowerCase();
    if (
      /^on\s/.test(phrase) &&
      !BEFORE_ON_US.test(sentence.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    if (phrase.endsWith("table") && !TABLE_OCCASION.test(sentence)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
