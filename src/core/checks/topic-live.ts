/**
 * Round 23 (the lead's decision on h21's M1; h17-042, h19-039, h21-007): a DEFINITE, CURRENT
 * instance of the avoided event named as the premise of advice is raised even inside legal work.
 * "Given the crew union's ballot for strike action next week, I'd suggest we invoke the force
 * majeure clause"; "with the drivers walking off the job on Friday, … the emergency-cover clause".
 * The client who asked never to have it raised reads that sentence; the generic category a clause
 * lists ("strikes, lock-outs and other industrial action", "force majeure covers strikes") is the
 * legal work and stays quiet, and so are a hypothetical ("if there were a strike"), a quantifier
 * ("any strike") and the event's word naming another thing ("the strike clause", "a walkout
 * scenario").
 *
 * An instance is definite and current by any one of:
 * - its noun phrase: a determiner or possessive ("the ballot", "their walkout", "the crew union's
 *   ballot"), or a name in it ("the RMT ballot", "the Go Bus drivers walking out");
 * - a moment touching it: a day or time after it ("on Friday", "next week", "before Christmas",
 *   "this morning"), "currently", "ongoing", or a moment's possessive before it ("Friday's strike",
 *   "the ongoing dispute");
 * - a progressive of the event's verb with its subject or auxiliary ("are balloting", "drivers
 *   walking out").
 *
 * Read from the CONTEXT characters either side of the hit (`before`, `after`), as the recurrence
 * test beside it in avoided-topic.ts is.
 */

/**
 * Concepts that are happenings around the client, which clauses list as categories (force
 * majeure, change in law, termination events): a live one can be the premise of advice. Not a
 * state of a person (health, death), a deal or a proceeding that is itself the legal work
 * (merger, divorce, bankruptcy, lawsuit, investigation), or a subject area (politics, sport).
 */
export const LIVE_EVENT_CONCEPTS: ReadonlySet<string> = new Set([
  "strike",
  "election",
  "recall",
  "layoffs",
  "closure",
  "spill",
  "incident",
  "accident",
  "pandemic",
  "war",
]);

/** Words that end a noun phrase without making it definite (prepositions, conjunctions, verbs). */
const PHRASE_END = new Set(
  (
    "on in at of for with about to from by and or since after before over under into as than how " +
    "what is was are were has have had be been being given re regarding following during despite " +
    "amid ahead if when while whether that which who so but because until unless"
  ).split(" "),
);
/** A verb of a document or a past form before the hit ends its noun phrase ("the clause covers"). */
const VERBISH =
  /^(?:[a-z]+ed|covers|includes|excludes|lists|means|mentions|defines|applies|affects|addresses|governs|triggers|suspends|excuses|deals|causes|allows|permits|requires|lets|treats|protects|contemplates|captures|extends|catches|reaches|exempts)$/;
/** Determiners that make the noun phrase one event. */
const DEFINITE = new Set("the their its this these those our your his her".split(" "));
/** Quantifiers and articles that make it a category or a hypothetical one. */
const GENERIC = new Set("a an any each every no all some such other".split(" "));

const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/**
 * A moment right after the hit, in its own clause (no comma, semicolon or full stop between, at
 * most four words before it): "ballot for industrial action before Christmas", "walking off the
 * job on Friday", "out from Monday", "balloting this week".
 */
const MOMENT_AFTER = new RegExp(
  `^[^,;:.!?()]{0,40}?\\b(?:(?:on|this|next|from|by|before|until|over|since|last)\\s+(?:${WEEKDAY}|(?:the\\s+)?weekend|week|month|morning|afternoon|evening|night|Christmas|Easter|New\\s+Year|the\\s+holidays|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|${MONTH}\\s+\\d{1,2}\\b)|today|tomorrow|tonight|yesterday|currently|ongoing|under\\s*way|at\\s+the\\s+moment|right\\s+now|as\\s+we\\s+speak)\\b`,
);
/** A moment or a state of being under way right before the hit's noun: "Friday's", "the ongoing". */
const MOMENT_BEFORE = new RegExp(
  `\\b(?:${WEEKDAY}['’]s|today['’]s|tomorrow['’]s|yesterday['’]s|tonight['’]s|(?:this|next|last)\\s+(?:week|month|weekend)['’]s|ongoing|current|continuing|present|planned|threatened|imminent|looming|upcoming|forthcoming|announced|currently|still|now)\\s+(?:[A-Za-z'’-]+\\s+)?$`,
  "i",
);
/** An auxiliary or a workforce right before a progressive: "are balloting", "drivers walking out". */
const PROGRESSIVE_SUBJECT =
  /\b(?:are|is|were|was|been|currently|still|now|already|drivers|crews?|staff|workers|employees|members|union|nurses|teachers|doctors|pilots|dockers|cabin\s+crew|[A-Z][A-Za-z'’-]+)\s+$/;
/** A conditional or a supposition opening the hit's clause: "if there were a strike". */
const HYPOTHETICAL =
  /\b(?:if|unless|whether|in\s+the\s+event|in\s+case|suppose|supposing|assuming|should\s+there|were\s+there|hypothetically)\b[^,;:.!?()]*$/i;
/** The event's word naming another thing after it: "the strike clause", "a walkout scenario". */
const ANOTHER_THING_AFTER =
  /^\s*(?:[-‐]\s*)?(?:clause|clauses|sub-clause|scenario|scenarios|risk|risks|exclusion|exclusions|exception|exceptions|carve-?outs?|cover|insurance|provision|provisions|wording|language|definition|definitions|event|events|policy|policies|procedure|procedures|plan|plans|planning|contingency|contingencies|template|precedent|form|forms|paper|papers|box|price|prices|law|laws|legislation|rules?|regime|threshold|thresholds)\b/i;
/**
 * A word after the hit that makes the hit its modifier ("the redundancies wage cap", "the strike
 * pay"): a lower-case word that is no function word, adverb or verb form (verbs of the event
 * itself end in -s, -ed or -ing, or are an auxiliary: "the strike ends", "the ballot will close").
 */
const WORD_AFTER = /^\s+([a-z][a-z'’-]*)/;
const FUNCTION_AFTER = new Set(
  (
    "on in at of for with about to from by and or since after before over under into as than " +
    "is was are were has have had be been being will would shall should can could may might must " +
    "do does did not that which who whose where when while if so but because until unless " +
    "ahead across against among around at behind beside between beyond during near off out up " +
    "down back again still now today tomorrow tonight yesterday there here this next last " +
    "went goes go began begin begun ran run got get set held hold"
  ).split(" "),
);
function isModifierAfter(after: string): boolean {
  const word = WORD_AFTER.exec(after)?.[1];
  if (!word || FUNCTION_AFTER.has(word)) return false;
  return !/(?:s|ed|ing|ly|en)$/.test(word);
}
/**
 * The hit as the object of the legal work itself, not its premise: "the notice relies on the
 * industrial action at the plant", "clause 14 excludes the strike", "para. 14 on strikes".
 */
const OBJECT_OF_WORK_BEFORE =
  /(?:\b(?:rel(?:y|ies|ied|ying)\s+on|cites?|cited|citing|invokes?|invoked|invoking|notif(?:y|ies|ied|ying)\s+(?:[A-Za-z]+\s+)?of|covers?|covered|covering|excludes?|excluded|excluding|includes?|included|including|lists?|listed|listing|defines?|defined|describes?|described|treats?|treated|refers?\s+to|referred\s+to|referring\s+to|deals?\s+with|dealt\s+with|addresses|carves?\s+out|carved\s+out)|\b(?:para(?:graph)?|clause|cl|section|s|art(?:icle)?|schedule|note|memo|advice|guidance|chapter|provisions?|wording|language)\.?\s*[\d.()a-z]*\s+(?:on|about|regarding|concerning|covering))\s+(?:(?:the|its|their|this|that|our|your|any|all)\s+)?(?:[A-Za-z'’-]+\s+){0,3}$/i;

/** The hit in a list of the category's kind: "strikes, lock-outs and other industrial action". */
const IN_A_LIST_AFTER =
  /^\s*(?:,\s*(?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+\s*(?:,|\b(?:and|or)\b)|\/|\s(?:and|or|and\/or)\s+(?:other|any|similar|all)\b)/i;
const IN_A_LIST_BEFORE = /(?:,|\b(?:and|or)(?:\s+(?:other|any|similar))?)\s*$/i;

/** The noun phrase's own words before the hit, nearest first, up to a word that ends it. */
function phraseBefore(before: string): { words: string[]; start: string | undefined } {
  const tokens = before.split(/\s+/);
  if (tokens[tokens.length - 1] === "") tokens.pop();
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 4; i--) {
    const token = tokens[i]!;
    // Punctuation ends the phrase ("clause 4, strikes"); a possessive's apostrophe does not.
    if (!/^[A-Za-z][A-Za-z'’-]*$/.test(token)) return { words, start: undefined };
    const lower = token.toLowerCase();
    if (VERBISH.test(token)) return { words, start: undefined };
    if (DEFINITE.has(lower) || GENERIC.has(lower) || PHRASE_END.has(lower)) {
      return { words, start: lower };
    }
    words.push(token);
  }
  return { words, start: undefined };
}

/**
 * An article or a demonstrative opening the hit's phrase as the premise of what follows: "Given
 * the strike, …", "with the walkout under way", "in light of that ballot". A bare "the" elsewhere
 * is too often a document's or a procedure's ("the election still stands", "before the strike
 * began" in a clause's chronology) to name the live event alone.
 */
const PREMISE_FRAME =
  /(?:^|[^A-Za-z])(?:given|with|in\s+light\s+of|in\s+view\s+of|because\s+of|due\s+to|owing\s+to|following|ahead\s+of|now\s+that|amid|amidst|what\s+with|considering)\s+(?:the|this|these|that|those)\s+(?:[A-Za-z'’-]+\s+){0,3}$/i;
/** Possessive determiners: "their walkout", "our ballot". */
const POSSESSIVE = new Set("their its our your his her".split(" "));

/**
 * Whether the noun phrase ending in the hit names one event: a possessive ("their walkout", "the
 * crew union's ballot"), a name in it ("the RMT ballot", "the Go Bus drivers"), or an article
 * framing it as the premise.
 */
function isDefinitePhrase(before: string): boolean {
  const { words, start } = phraseBefore(before);
  if (start !== undefined && GENERIC.has(start)) return false;
  if (start !== undefined && POSSESSIVE.has(start)) return true;
  // (The first word of a sentence is capitalised anyway, so it names nothing.)
  const named = words.some(
    (w, i) =>
      /['’]s?$/.test(w) ||
      (/^[A-Z]/.test(w) && (i < words.length - 1 || start !== undefined) && w !== "I"),
  );
  return named || (start !== undefined && DEFINITE.has(start) && PREMISE_FRAME.test(before));
}

/**
 * Whether the hit (`written` as the draft writes it, the text around it) is a definite, current
 * instance of the event, not the category, a hypothetical or another thing's name.
 */
export function isLiveInstance(written: string, before: string, after: string): boolean {
  if (HYPOTHETICAL.test(before)) return false;
  if (ANOTHER_THING_AFTER.test(after) || isModifierAfter(after)) return false;
  if (OBJECT_OF_WORK_BEFORE.test(before)) return false;
  if (IN_A_LIST_AFTER.test(after) || IN_A_LIST_BEFORE.test(before)) return false;
  const { start } = phraseBefore(before);
  if (start !== undefined && GENERIC.has(start) && !MOMENT_AFTER.test(after)) return false;
  if (isDefinitePhrase(before)) return true;
  if (MOMENT_BEFORE.test(before) || MOMENT_AFTER.test(after)) return true;
  // "are balloting", "the drivers walking off the job".
  return /^[A-Za-z]+ing\b/.test(written) && PROGRESSIVE_SUBJECT.test(before);
}
