import type { AnalysedDraft } from "../analysis";
import type { CheckContext, CheckMeta } from "./context";
import {
  byFieldThenStart,
  evidenceAt,
  execInWindows,
  fieldOf,
  sentencesOf,
  spanIndexAt,
  textFields,
  windowsAround,
  type TextFieldName,
} from "./helpers";
import type { Span } from "../analysis";
import {
  BUSINESS_EVENT,
  EVENT,
  EVENT_EITHER_CASE,
  FIXTURE,
  GATHERING,
  HOSPITALITY_OBJECT,
  MEAL,
  NAMED,
  NOT_ENTERTAINMENT_AFTER,
  NAMED_CAPITALISED,
  OCCASION_HEADS,
  SEATS,
  TICKETS,
  VENUE_TYPE,
} from "./entertainment-lexicon";
import { addresseeAt, saidToSomeoneElse } from "./addressee";
import { eventMeals } from "./entertainment-event-meal";
import { jargonOccasions, namesGolf } from "./entertainment-jargon";
import { invitationOccasion, isInvitation, type FieldSpan } from "./invitation";
import {
  bannedOffer,
  permittedBy,
  readEntertainmentNotes,
  type EntertainmentNotes,
} from "./entertainment-notes";
import { CAPITAL_CLASS, LETTER_CLASS, WordAlternation, isUpperCaseAt } from "../text";
import { afterMark, withLookbehind } from "../text/lookbehind";
import { hashWord, textWords } from "../text/words";

/** The last word of a hit: what a frame's occasion ends with. */
const TRAILING_WORD = new RegExp(`[${LETTER_CLASS}'’]+$`);

/** Not a working meal, a time, a support ticket or the client's matter. */
const NOT_AFTER = "(?!" + NOT_ENTERTAINMENT_AFTER + ")";

export const meta: CheckMeta = {
  id: "entertainment-invite",
  category: "social",
  defaultSeverity: "warning",
  description:
    "Invites a client who declines entertainment to lunch, dinner, drinks, a game, golf, a concert or the like.",
  messages: {
    invite:
      '{{who}} does not accept entertainment, and this {{item}} invites them ("{{text}}"). Leave the invitation out.',
    occasion:
      '{{who}} does not accept entertainment, and this invitation is for "{{text}}" (in the {{field}}). Propose a business meeting (at the office or online) instead.',
    eventMeal:
      '{{who}} does not accept hospitality, and this {{item}} offers food or drink at an event ("{{text}}"). Leave it out.',
  },
  fixable: false,
};

/** Occasions that are entertainment. Coffee and receptions are left out: they are ordinary business. */
const FRAME_MEAL =
  "(?:(?:a|an|the|some|our)\\s+)?(?:(?:quick|nice|late|early|celebratory|team|client|business|long)\\s+)?(?:lunch(?:eon)?|dinner|drinks?|cocktails|happy\\s+hour|brunch)";
const FRAME_EVENT =
  "(?:a|an|the|our|this|next|tonight's|[A-Z][a-z]+day's)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:game|match|concert|show|opera|ballet|play|musical|gala|tournament|races|symphony)";
const OCCASION =
  "(?:" +
  FRAME_MEAL +
  "|(?:a\\s+)?round\\s+of\\s+golf|golf|(?:the\\s+)?(?:theatre|theater)|(?:box|courtside)\\s+seats|(?:a|our)\\s+(?:corporate\\s+)?box|(?:tickets?|tix)|" +
  FRAME_EVENT +
  "|(?:a|an|the|our|this|next|their)\\s+(?:[\\w'’-]+\\s+)?" +
  GATHERING +
  // Days out named by what the guests do: "come shooting", "let's go sailing".
  "|shooting|fishing|sailing|skiing|golfing|stalking" +
  ")\\b";

/** "we have tickets to", "I've got two box seats for": vetoed when a business event follows. */
const TICKETS_FRAME = new RegExp(
  "\\b(?:we|i)\\s*(?:'ve|\\s+have|\\s+got|'ve\\s+got|\\s+have\\s+got)\\s+(?:got\\s+)?(?:(?:two|2|three|3|four|4|a\\s+couple\\s+of|a\\s+pair\\s+of|some|spare|extra)\\s+)?(?:(?:spare|extra|comp|complimentary)\\s+)?(?:" +
    TICKETS +
    "|(?:box|courtside)\\s+seats|seats|a\\s+box)\\s+(?:to|for)\\b",
  "gi",
);

/** "Lunch at Rules on Friday?", "Drinks after the signing?": a meal asked as a question. */
export const MEAL_QUESTION = withLookbehind(
  /(?:(?:so|and|maybe|perhaps|then)\s+)?(?:(?:a|an|some)\s+)?(?:(?:quick|celebratory|long|proper|early|late)\s+)?(?:lunch|dinner|supper|drinks?|brunch|cocktails|a\s+pint|a\s+glass|a\s+bite)\b(?![- ](?:and|&)[- ]learn)[^?.!\n]{0,60}\?/gi,
  // (?<=(?:^|[.!?:\n])\s*): opening the text or a sentence.
  (text, index) => afterMark(text, index, ".!?:\n", 0, true),
);

/**
 * An invitation frame: its pattern, and for a frame that ends in the occasion its lead alone
 * (the same words without OCCASION), which every match of the pattern starts with. `needs`:
 * lists of lower-case words, each list holding a whole word of every match (see FrameGate).
 */
export interface Frame {
  pattern: RegExp;
  lead?: RegExp;
  needs: readonly (readonly string[])[];
}

/**
 * A frame's lead followed by an occasion. The lead alone is tried first in each window: where it
 * finds nothing the frame cannot match, so the frame (about 180 KB of machine code per string
 * width, nearly all of it OCCASION) is run, and compiled, only where its lead is written.
 */
function framed(lead: string, needs: readonly (readonly string[])[]): Frame {
  return { pattern: new RegExp(lead + OCCASION, "gi"), lead: new RegExp(lead, "i"), needs };
}

/** "an invitation to dinner": "invitation" after `\b`, before `\s+`. */
const INVITATION_TO = framed("\\binvitation\\s+(?:to|for)\\s+", [["invitation"]]);
/**
 * Round 27 (analysis-h25 J, h19-038): an invitation the firm RECEIVED is the client's own
 * occasion, not the firm inviting: thanked for, accepted, declined or had ("Thank you for the
 * invitation to your gala", "we accept the kind invitation to the dinner"), or the reader's
 * ("your invitation to the launch").
 */
const RECEIVED_BEFORE =
  /\b(?:(?:thanks?|thank\s+you|grateful)(?:\s+(?:so\s+much|very\s+much|again))?\s+for|(?:accept|declin|receiv|decline)\w*|got|had)\s+(?:(?:the|your|their|this|that|an?)\s+)?(?:(?:kind|lovely|generous|gracious)\s+)?$|\b(?:your|their)\s+(?:(?:kind|lovely|generous|gracious)\s+)?$/i;

/** Invitation frames, each followed (within the sentence) by an occasion. */
export const INVITATION_FRAMES: readonly Frame[] = [
  // "would you like to join us for dinner", "would you care to come to the game". Needs: "you"
  // (after `\s+` or `\b`, before `\s+` or an apostrophe); the verb after `\s+`, before `\s+`;
  // what is done after `\s+`, before `\b` or `\s+`.
  framed(
    "\\b(?:(?:would|will|do|did)\\s+you|you(?:['’]d|\\s+would|['’]ll|\\s+will))\\s+(?:like|care|want|fancy|be\\s+(?:able|free|up\\s+for))\\s+(?:to\\s+)?(?:join|come|be\\s+our\\s+guest|go|grab|get|have|make|attend)\\b[^.!?\\n]{0,60}?\\b",
    [
      ["you"],
      ["like", "care", "want", "fancy", "be"],
      ["join", "come", "be", "go", "grab", "get", "have", "make", "attend"],
    ],
  ),
  // "join me for a round of golf", "join us at the concert"
  // Needs "join" (after `\b`, before `\s+`) and "me", "us" or "our" (between `\s+`).
  framed("\\bjoin\\s+(?:me|us|our\\s+team)\\s+(?:for|at|to)\\s+", [["join"], ["me", "us", "our"]]),
  // "can I take you to lunch", "we'd love to treat you to dinner", "invite you to the game"
  // Needs the verb (after `\b`, before `\s+`) and "you" (between `\s+`).
  framed("\\b(?:take|treat|invite|bring|host)\\s+you\\s+(?:out\\s+)?(?:to|for|at)\\s+", [
    ["take", "treat", "invite", "bring", "host"],
    ["you"],
  ]),
  // "take you out to celebrate", "treat you to a night on the town": going out is the occasion.
  // Needs "take" or "treat" (after `\b`, before `\s+`) and "you" (between `\s+`), either way.
  {
    needs: [["take", "treat"], ["you"]],
    pattern:
      /\b(?:take|treat)\s+you\s+out\s+(?:to\s+celebrate|for\s+a\s+celebration|to\s+say\s+thank(?:s|\s+you)|on\s+the\s+town|for\s+the\s+(?:evening|night))\b|\b(?:treat\s+you\s+to|take\s+you\s+out\s+for)\s+a\s+night\s+(?:out|on\s+the\s+town)\b/gi,
  },
  // "are you free for drinks", "would you be available for lunch"
  // Needs "you", what the reader is and "for", each between `\s+` (or after `\b`).
  framed("\\b(?:are|would|will)\\s+you\\s+(?:be\\s+)?(?:free|available|around|up)\\s+for\\s+", [
    ["you"],
    ["free", "available", "around", "up"],
    ["for"],
  ]),
  // "we have tickets to", "I've got two box seats for". Needs "we" or "i" (after `\b`, before
  // `\s` or an apostrophe), and what is held, after `\s+` and before `\s+`.
  {
    pattern: TICKETS_FRAME,
    needs: [
      ["we", "i"],
      ["ticket", "tickets", "tix", "seats", "box"],
    ],
  },
  // "let's grab lunch", "how about dinner", "shall we get drinks"
  // Needs its first word, after `\b`, before `\s+` or the apostrophe of "let's".
  framed(
    "\\b(?:let's|let\\s+us|shall\\s+we|how\\s+about|what\\s+about|fancy)\\s+(?:(?:grab|grabbing|get|getting|have|having|do|doing|play|playing|go|going)\\s+)?",
    [["let", "shall", "how", "what", "fancy"]],
  ),
  // "fancy a glass after the signing?", "up for a pint on Friday?": a drink named by its measure.
  // Needs "fancy", "up" or "time" (after `\b`, before `\s+`) and the drink (after `\s+`,
  // before `\b`).
  {
    needs: [
      ["fancy", "up", "time"],
      [
        "glass",
        "pint",
        "half",
        "jar",
        "snifter",
        "tipple",
        "bite",
        "drink",
        "bevvy",
        "beer",
      ].concat(["cocktail", "dram"]),
    ],
    pattern:
      /\b(?:fancy|up\s+for|time\s+for)\s+a\s+(?:(?:quick|swift|cheeky|celebratory)\s+)?(?:glass|pint|half|jar|snifter|tipple|bite|drink|bevvy|beer|cocktail|dram)\b(?!\s+(?:of\s+(?:water|milk|juice)|partition|door|panel|fronted|ceiling))/gi,
  },
  // Needs its meal ("a pint": "pint"), before `\b` and after `\s+` or the match's start, which
  // the lookbehind puts after a mark, white space or the window's start (white space or the
  // text's start: windowsAround).
  {
    pattern: MEAL_QUESTION,
    needs: [
      [
        "lunch",
        "dinner",
        "supper",
        "drink",
        "drinks",
        "brunch",
        "cocktails",
        "pint",
        "glass",
        "bite",
      ],
    ],
  },
  // "as my guest at the game", "be our guests for dinner": needs "guest" or "guests", between
  // `\s+`.
  framed("\\b(?:my|our)\\s+guests?\\s+(?:at|for|to)\\s+", [["guest", "guests"]]),
  // "an invitation to dinner"
  INVITATION_TO,
];

/**
 * Lists of lower-case words, each list holding a whole word of every match of a pattern: the
 * pattern cannot match in a window that lacks any list's every word (NeedsGate).
 */
export type Needs = readonly (readonly string[])[];

/**
 * Round 37 (speed-37b): which patterns can match in which window, from the words already read.
 * Frame windows open at every occasion word ("thank", "happy", "night"), occasion windows at every
 * head word ("first", "day", "reserved"), and most hold no match: a pattern with `needs` runs
 * only in the windows that hold, for each list, one of the list's words.
 *
 * Exact, not a heuristic, by WordGate's argument (word-gate.ts): each word of a list is a whole
 * word of every match of its pattern, a run of [a-z0-9] with a `\b`, a `\s` or a character that
 * is neither a letter nor a digit on each side of it in the pattern (argued at each pattern);
 * where no word of the text holds a letter, digit or mark outside ASCII the reader's words are
 * exactly those runs, folded to lower case; a match lies inside its window, whose edges are white
 * space or the text's ends (windowsAround), so its words are words of the text that overlap the
 * window. A hash shared by another word, or a wide word (every window then), only lets it run.
 */
export class NeedsGate {
  /** Word hash → the bits of the lists it is in. */
  private readonly bits = new Map<number, number>();
  /** Each pattern's bits, one per list (0: no needs, every window). */
  private readonly needs: number[] = [];

  constructor(patterns: readonly { needs?: Needs }[]) {
    let bit = 0;
    for (const { needs = [] } of patterns) {
      let need = 0;
      for (const list of needs) {
        if (bit > 30) throw new Error("NeedsGate: more than 31 lists");
        for (const word of list) {
          if (!/^[a-z0-9]+$/.test(word))
            throw new Error(`NeedsGate: "${word}" is not a plain word`);
          const hash = hashWord(word);
          this.bits.set(hash, (this.bits.get(hash) ?? 0) | (1 << bit));
        }
        need |= 1 << bit++;
      }
      this.needs.push(need);
    }
  }

  /** The lists' bits each window (in order) holds; undefined where a word is wide. */
  held(text: string, windows: readonly Span[]): number[] | undefined {
    const { words } = textWords(text);
    if (words.wide !== false) return undefined;
    const { hashes, starts, ends, count } = words;
    const held: number[] = [];
    let from = 0;
    for (const window of windows) {
      // The first word that ends inside or after the window.
      let lo = from;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ends[mid]! <= window.start) lo = mid + 1;
        else hi = mid;
      }
      let mask = 0;
      let i = lo;
      for (; i < count && starts[i]! < window.end; i++) mask |= this.bits.get(hashes[i]!) ?? 0;
      held.push(mask);
      // The next window starts after this one ends, so past every word before its last.
      from = Math.max(lo, i - 1);
    }
    return held;
  }

  /** The windows pattern `k` may match in, given `held` for them. */
  windowsFor(
    k: number,
    windows: readonly Span[],
    held: readonly number[] | undefined,
  ): readonly Span[] {
    const need = this.needs[k]!;
    if (need === 0 || !held) return windows;
    const open: Span[] = [];
    for (let w = 0; w < windows.length; w++) if ((held[w]! & need) === need) open.push(windows[w]!);
    return open;
  }
}

const FRAME_GATE = new NeedsGate(INVITATION_FRAMES);

// ---------------------------------------------------------------------------------------------
// Occasions, and the words that offer them
// ---------------------------------------------------------------------------------------------

/** What kind of occasion a mention is: an offer of seats needs less to read as an invitation. */
export type OccasionKind = "meal" | "event" | "named" | "seats" | "venue" | "evening" | "guest";

interface Occasion {
  start: number;
  end: number;
  kind: OccasionKind;
}

/**
 * What seats are for or where, in the rest of their sentence: "for the Yankees", "at Wembley",
 * "to the opera", "have come free for us at Covent Garden" (each "at/for/to/in" tried in turn).
 */
const SEAT_COMPLEMENT = new RegExp(
  "\\b(?:at|for|to|in|on)\\s+(?:the\\s+)?([" +
    LETTER_CLASS +
    "\\d][" +
    LETTER_CLASS +
    "\\d'’&-]*(?:\\s+(?!(?:for|on|in|at|to|with|and|or|this|next|that|the|a|an|from|by|if|when|so)\\b)[" +
    LETTER_CLASS +
    "'’-]+)?)",
  "g",
);
/** How far after seats their complement is looked for. */
const SEAT_REACH = 90;
const BUSINESS = new RegExp(BUSINESS_EVENT, "i");
const BUSINESS_ALL = new RegExp(BUSINESS_EVENT, "gi");
/** A body's social occasion: "the Bar Council dinner", "the Law Society's annual ball". */
const SOCIAL_AFTER = new RegExp(
  "^(?:['’]s)?(?:\\s+[" +
    LETTER_CLASS +
    "'’-]+){0,2}?\\s+(?:dinner|lunch|luncheon|ball|gala|banquet|awards|reception|party|drinks|supper)\\b",
  "i",
);

/** Whether `text` names work: a business word that is not the host of a dinner or a ball. */
function namesBusiness(text: string): boolean {
  BUSINESS_ALL.lastIndex = 0;
  for (let m = BUSINESS_ALL.exec(text); m; m = BUSINESS_ALL.exec(text)) {
    if (!SOCIAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      return true;
  }
  return false;
}
/** Business words in the sentence before a hit ("for the site visit, we can take you to …"). */
const BUSINESS_BEFORE = new RegExp(BUSINESS_EVENT + "[^.!?\\n]*$", "i");
/** Words that are not a venue or an occasion after "seats for": pronouns, months, days. */
const NOT_A_VENUE =
  /^(?:us|you|me|them|him|her|it|I|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;

/** Tickets that are travel, parking, support or a raffle: "train tickets to Leeds". */
const NOT_SEATS_BEFORE =
  /\b(?:train|rail|railway|plane|flight|air|bus|coach|ferry|parking|raffle|lottery|support|speeding|travel|return|single|helpdesk|service|lift)\s+$/i;

/** Work that an evening or a guest's place may be for: a business event, a call, a signing. */
const WORK_AROUND = new RegExp(
  BUSINESS_EVENT +
    "|\\b(?:call|calls|dial|dial-in|video|Teams|Zoom|Webex|completion|signing|closing|exchange|deadline|filing|draft|drafts|review|discuss|discussion|speak|talk|go\\s+through|work\\s+through|finali[sz]e|negotiat\\w*|presentation|pitch|launch\\s+event|CPD|talk\\s+by|speakers?|panel|keynote|agenda)\\b",
  "i",
);

/** The sentence of a hit and the one before it (at most 250 characters either way). */
function aroundHit(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 250), start);
  let from = before.length;
  let stops = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === "." || c === "!" || c === "?" || c === "\n") {
      stops++;
      if (stops === 2) break;
    }
    from = i;
  }
  return before.slice(from) + text.slice(start, end) + restOfSentence(text, end);
}

/** The sentence of a hit: back to its start, and SEAT_REACH characters on at most. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 250 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  return text.slice(from, end) + restOfSentence(text, end);
}

/** The rest of the sentence after `end`, up to SEAT_REACH characters. */
function restOfSentence(text: string, end: number): string {
  const tail = text.slice(end, end + SEAT_REACH);
  const stop = /[.!?\n]/.exec(tail);
  return stop ? tail.slice(0, stop.index) : tail;
}

/**
 * Where the complement that makes seats or a table an occasion ends (a capitalised venue or team,
 * a show, a meal), or false.
 */
function seatsForAnOccasion(text: string, end: number): number | false {
  const tail = restOfSentence(text, end);
  if (namesBusiness(tail)) return false;
  SEAT_COMPLEMENT.lastIndex = 0;
  for (let m = SEAT_COMPLEMENT.exec(tail); m; m = SEAT_COMPLEMENT.exec(tail)) {
    const what = m[1]!;
    if (
      !NOT_A_VENUE.test(what) &&
      (isUpperCaseAt(what, 0) ||
        EVENT_OR_MEAL.test(what) ||
        FIXTURE_WORD.test(what) ||
        // "the charity gala", "the firm's summer party": the event is the second word; round
        // 33: so is a fixture ("the curling final", "the cup semi-finals").
        EVENT_OR_MEAL.test(what.replace(/^\S+\s+/, "")) ||
        FIXTURE_WORD.test(what.replace(/^\S+\s+/, "")))
    ) {
      return end + m.index + m[0].length;
    }
    // The next preposition may be inside this match ("for us at the Coliseum").
    SEAT_COMPLEMENT.lastIndex = m.index + 2;
  }
  return false;
}

const EVENT_OR_MEAL = new RegExp("^(?:" + EVENT + "|" + MEAL + "|" + GATHERING + ")\\b", "i");
const FIXTURE_WORD = new RegExp("^" + FIXTURE + "\\b", "i");

/** A gathering named by its plain word and owned by the host: "a small reception", "our party". */
const HOST_GATHERING =
  /\b(a|an|our|the\s+firm['’]s|this\s+year['’]s|the)\s+(?:(?:small|little|informal|festive|seasonal|special|annual|big|celebratory|private|welcome|farewell|launch|opening|drinks|early\s+evening|evening|lunchtime|summer|winter|autumn|spring|holiday|christmas|end-of-year|year-end|new\s+year|client|alumni|networking)\s+){0,2}?(receptions?|part(?:y|ies)|soir[ée]es?|get-togethers?|open\s+house)\b/gi;
/** A time, a place or a purpose after a gathering: "on the 20th", "at our offices", "to celebrate". */
const GATHERING_WHEN =
  /^\s*(?:,\s*)?(?:on\s+(?:the\s+\d|\d|[A-Z][a-z]+day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:evening|night|afternoon)\b)|(?:this|next)\s+[a-z]+|tonight|tomorrow|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:spring|summer|autumn|fall|winter|new\s+year|garden|atrium|office))\b|at\s+(?:\d|our\b|ours\b|the\s+(?:office|offices|firm)\b|[A-Z])|from\s+\d|for\s+(?:our\s+|a\s+few\s+|some\s+of\s+our\s+)?(?:clients|friends|contacts|the\s+team)\b|to\s+(?:celebrate|mark|launch|toast|thank|welcome|say)\b|here\b)/;
/** A reception that is a desk, a room or how something was received. */
const NOT_A_RECEPTION =
  /^\s*(?:desk|area|staff|team|room|hall|lobby|counter|signage|of|and\s+security|was|were|has|had|is|will\s+call)\b/i;

function hostGathering(m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const word = m[2]!.toLowerCase();
  if (word.startsWith("reception")) {
    if (NOT_A_RECEPTION.test(after)) return false;
    // "the reception" alone is the front desk: the host's only when its time or place follows.
    return m[1]!.toLowerCase() !== "the" || GATHERING_WHEN.test(after);
  }
  if (word.startsWith("part")) return GATHERING_WHEN.test(after);
  return true;
}

/**
 * A word of each of EVENT's entries (entertainment-lexicon.ts), a whole word of it wherever it
 * matches: each is a run of letters between `\s+`, "-", an apostrophe or the entry's edges, and
 * EVENT stands after `\s+` and before `\b` in the patterns that need these. The rarer word of an
 * entry is taken ("night" for "first\s+night", "private" for "private\s+view", the place for
 * "day\s+…\s+on\s+the\s+river"); entries that are one word give it with its optional endings
 * ("paintball", "paintballing"); "play-?offs?" gives "play" (before "-"), "playoff" and
 * "playoffs"; "matin[eé]e" gives "matinee" (a "é" makes its word wide, and every window open).
 * A test checks that each entry holds one of them.
 */
export const EVENT_NEEDS: readonly string[] = (
  "game match fixture concert gig show opera ballet play musical gala tournament races race " +
  "raceday regatta recital festival premiere private symphony jazz comedy stand clay skiing ski " +
  "boat cruise karting paintball paintballing spa tour cookery fishing golf cup prix awards " +
  "pheasant grouse partridge driven shooting racing sailing stalking river water moor moors hill " +
  "links slopes piste polo cricket tennis rugby open tasting whisky distillery balloon helicopter " +
  "yacht pantomime panto screening exhibition final playoff playoffs football supper matinee " +
  "performance night chef launch golfing opener hunting wine weekend"
).split(" ");

/**
 * Occasion patterns by kind, each run inside the trigger windows. `accept` checks what a
 * case-insensitive pattern cannot: a capital letter. `needs`: as a frame's (NeedsGate), argued at
 * each pattern.
 */
export const OCCASION_PATTERNS: readonly {
  kind: OccasionKind;
  /** The group of OCCASION_HEADS it is looked for near. */
  heads: string;
  pattern: RegExp;
  /** Whether a match counts, or where its occasion ends when that is past the match. */
  accept?: (m: RegExpExecArray, text: string) => boolean | number;
  needs?: Needs;
}[] = [
  {
    kind: "meal",
    heads: "meal",
    pattern: new RegExp(
      "\\b(?:(?:a|an|the|some|our)\\s+)?(?:(?:quick|nice|late|early|celebratory|celebration|team|client|long|proper|slap-up|festive|christmas|buffet|seated|sit-down|hot|fork|champagne|three-course|two-course|four-course|private)\\s+)?" +
        MEAL +
        "\\b(?![- ]+(?:and|&|n)[- ]+learn)" +
        NOT_AFTER,
      "gi",
    ),
  },
  {
    kind: "event",
    heads: "event",
    // EVENT after `\s+`, before `\b`.
    needs: [EVENT_NEEDS],
    pattern: new RegExp(
      "\\b((?:a|an|the|our|some|this|next|that|tonight['’]s|tomorrow['’]s|[" +
        LETTER_CLASS +
        "]+day['’]s))\\s+" +
        // A fixture counts as one word: "the Cork v Kerry league game" (round 29, analysis-h28 G).
        "(?:[" +
        LETTER_CLASS +
        "'’-]+\\s+(?:v|vs\\.?|versus)\\s+)?(?:[" +
        LETTER_CLASS +
        "'’-]+\\s+){0,3}?" +
        EVENT +
        "\\b" +
        NOT_AFTER,
      "gi",
    ),
  },
  {
    // "Yankees game", "England match": a capitalised name before the event (case-sensitive).
    // EVENT_EITHER_CASE (EVENT's entries, a capital or not first) after `\s+`, before `\b`.
    kind: "event",
    heads: "event",
    needs: [EVENT_NEEDS],
    pattern: new RegExp(
      "\\b([A-Z\\u00C0-\\u00DE][" +
        LETTER_CLASS +
        "'’.-]*)\\s+" +
        EVENT_EITHER_CASE +
        "\\b" +
        NOT_AFTER,
      "g",
    ),
  },
  {
    kind: "event",
    heads: "gathering",
    // A word of each of GATHERING's entries, after `\s+`, "-" or the entry's start and before
    // `\s+`, "-", `\b` or the entry's end (GATHERING stands between `\b`s): "party" or
    // "parties" (`part(?:y|ies)`), "reception(s)", the feast ("thanksgiving" … "festive"),
    // "ball", "celebration(s)", "evening(s)" or "night(s)", "hospitality", "tie", "attire",
    // "lounge", "carriages", "tailgate", "do" ("bit of a do", "summer do"), "bash", "knees",
    // "shindig", "mixer(s)".
    needs: [
      (
        "party parties reception receptions thanksgiving hanukkah chanukah diwali eid burns " +
        "christmas festive ball celebration celebrations evening evenings night nights " +
        "hospitality tie attire lounge carriages tailgate do bash knees shindig mixer mixers"
      ).split(" "),
    ],
    pattern: new RegExp("\\b" + GATHERING + "\\b" + NOT_AFTER, "gi"),
  },
  {
    // "our annual breakfast", "the Women GC Breakfast", "a champagne breakfast": a breakfast that
    // is an event the host gives, not one a briefing or a meeting comes with.
    kind: "event",
    heads: "meal",
    // "[Bb]reakfast" after `\s+`, before `\b`.
    needs: [["breakfast"]],
    pattern: new RegExp(
      "\\b(?:(?:[Aa]nnual|[Nn]etworking|[Cc]hampagne|[Cc]hristmas|[Ff]estive|[Cc]lients?['’]?|[Pp]artners['’]?|[Cc]elebration|[Ss]ummer)|(?!(?:The|A|An|Our|This|That|Next|Each|Every|CLE|CPD|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Working|Business)\\b)[A-Z][" +
        LETTER_CLASS +
        "'’&-]*)\\s+[Bb]reakfast\\b(?!\\s+(?:briefing|seminar|meeting|session|talk|webinar|update|presentation|panel|discussion|workshop|club\\s+meeting))" +
        NOT_AFTER,
      "g",
    ),
  },
  {
    // "come shooting with us", "go sailing": a day out named by what the guests do.
    kind: "event",
    heads: "event",
    // Both words, after `\b` or `\s+`, before `\s+` or `\b`.
    needs: [
      ["come", "go", "going", "coming"],
      ["shooting", "fishing", "sailing", "skiing", "stalking", "golfing", "racing", "riding"],
    ],
    pattern:
      /\b(?:come|go|going|coming)\s+(?:shooting|fishing|sailing|skiing|stalking|golfing|racing|riding)\b/gi,
  },
  {
    // "a small reception for clients", "our party on the 20th", "an open house at our new
    // offices": the host's own gathering named by its plain word. A party needs its time, place
    // or purpose after it ("a party to the contract" is not one); a reception is not the front
    // desk or how something was received.
    kind: "event",
    heads: "gathering",
    // The gathering, after `\s+` and before `\b`: "reception(s)", "party"/"parties",
    // "soiree(s)" ("soirée" is wide), "together(s)" ("get-together": after "-"), "house".
    needs: [
      "reception receptions party parties soiree soirees together togethers house".split(" "),
    ],
    pattern: HOST_GATHERING,
    accept: (m, text) => hostGathering(m, text),
  },
  {
    // "join us in celebrating twenty-five years", "with us to toast the deal": a celebration the
    // host asks the client to, whatever it is held for.
    kind: "event",
    heads: "gathering",
    // "join" or "with" (after `\b`, before `\s+`), and what is done (after `\s+`, before `\s+`
    // or `\b`).
    needs: [
      ["join", "with"],
      ["celebrate", "celebrating", "toast", "toasting", "raise", "raising"],
    ],
    pattern:
      /\b(?:join\s+(?:us|me)|with\s+us)\s+(?:in|to|for)\s+(?:celebrat(?:e|ing)|toast(?:ing)?|rais(?:e|ing)\s+a\s+glass)\b/gi,
  },
  {
    // "a day out at the races", "an outing to the coast": an excursion a host lays on.
    kind: "event",
    heads: "outing",
    // "out" (after `\s+`, before `\b`) or "outing(s)" (after `\s+`, before `\b`).
    needs: [["out", "outing", "outings"]],
    pattern:
      /\b(?:a|an|our|the|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:days?\s+out|outings?)\b/gi,
  },
  {
    kind: "event",
    heads: "golf",
    pattern: new RegExp("\\b(?:(?:a|the)\\s+)?round\\s+of\\s+golf\\b|\\bgolf\\b" + NOT_AFTER, "gi"),
  },

  {
    kind: "named",
    heads: "named",
    pattern: new RegExp("\\b" + NAMED + "(?![\\w\\u00C0-\\u024F])" + NOT_AFTER, "g"),
  },
  {
    kind: "seats",
    heads: "seats",
    // A word of each of SEATS's entries, after `\s+` or its start and before `\s+`, `(?=\s)`,
    // a lookahead or its end (SEATS stands between `\b`s).
    needs: [
      (
        "ticket tickets tix seat seats places spaces spots box courtside badges passes " +
        "hospitality table tee round pair"
      ).split(" "),
    ],
    pattern: new RegExp("\\b" + SEATS + "\\b", "gi"),
    accept: (m, text) =>
      !NOT_SEATS_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      seatsForAnOccasion(text, m.index + m[0].length),
  },
  {
    // "we have reserved the bar at the Connaught", "booked the private dining room at Rules": a
    // room taken somewhere named, for guests.
    kind: "seats",
    heads: "seats",
    // The verb (after `\b`, before `\s+`) and the room (after `\s+`, before `\s+` or `\b`):
    // "bar", "room" ("dining room", "private room"), "terrace", "marquee".
    needs: [
      ["reserved", "booked", "hired", "taken"],
      ["bar", "room", "terrace", "marquee"],
    ],
    pattern:
      /\b(?:reserved|booked|hired|taken)\s+(?:the|a|our)\s+(?:bar|(?:private\s+)?dining\s+room|private\s+room|roof\s+terrace|terrace|marquee)\b/g,
    accept: (m, text) => {
      // "… the private dining room at the Savoy for the mediation": a room for work.
      const rest = restOfSentence(text, m.index + m[0].length);
      if (namesBusiness(rest) || WORKING_SESSION.test(rest)) return false;
      return seatsForAnOccasion(text, m.index + m[0].length);
    },
  },
  {
    // "Hamilton tickets", "Arsenal seats": what the tickets are for named before them (not travel).
    kind: "seats",
    heads: "seats",
    // "tickets" or "seats", after `\s+`, before `\b`.
    needs: [["tickets", "seats"]],
    pattern: new RegExp(
      "\\b(?!(?:Eurostar|Avanti|LNER|GWR|Ryanair|EasyJet|Virgin|Amtrak|Uber|Oyster|Tube|Rail|Train|Bus|Coach|Ferry|Flight|Parking|Raffle|Lottery|Support|The|Our|My|Your|Two|Four|Some|Any|These|Those|Spare|Extra)\\b)(?:[A-Z][" +
        LETTER_CLASS +
        "'’-]+\\s+){0,2}[A-Z][" +
        LETTER_CLASS +
        "'’-]+\\s+(?:tickets|seats)\\b",
      "g",
    ),
    accept: (m, text) => !NOT_A_VENUE.test(m[0]) && !namesBusiness(restOfSentence(text, m.index)),
  },
  {
    // "our corporate box", "a spare ticket", "debenture seats": hospitality whatever it is for.
    kind: "seats",
    heads: "seats",
    pattern: new RegExp("\\b" + HOSPITALITY_OBJECT + "\\b", "gi"),
    accept: (m, text) => !BUSINESS.test(restOfSentence(text, m.index + m[0].length)),
  },
  {
    // "our chalet in Verbier", "the firm's villa in Tuscany": a place of the firm's to stay in.
    kind: "seats",
    heads: "retreat",
    pattern: new RegExp(
      "\\b(?:[Oo]ur|[Mm]y|the\\s+firm['’]s)\\s+(?:(?:ski|holiday|beach|country)\\s+)?(?:chalet|villa|lodge|yacht|cottage|home|house|flat|apartment)\\s+(?:in|at|on|near)\\s+(?:the\\s+)?[A-Z][" +
        LETTER_CLASS +
        "'’-]+",
      "g",
    ),
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "would you like to join us on Thursday evening?", "can you join us tonight?": an evening
    // out, when nothing in the sentence or the one before makes it work.
    kind: "evening",
    heads: "evening",
    pattern: new RegExp(
      "\\b(?:(?:this|tomorrow|on\\s+(?:[" +
        LETTER_CLASS +
        "]+day|the\\s+\\d{1,2}(?:st|nd|rd|th)?)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next\\s+[" +
        LETTER_CLASS +
        "]+day)\\s+evening|tonight)\\b",
      "gi",
    ),
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "an evening at the Natural History Museum", "a summer evening with us": an evening a host
    // gives, as weak as "this evening", unless it is work.
    kind: "evening",
    heads: "evening",
    pattern:
      /\b(?:an|our|a\s+(?:special|festive|summer|winter|celebratory|relaxed|fun|lovely|convivial|informal))\s+evening\s+(?:at|with|of|in)\b/gi,
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "you're on the guest list", "shall I add you to the invitation list": a place kept at an
    // occasion, as weak as being "our guest".
    kind: "guest",
    heads: "guest",
    pattern: /\b(?:the|our|my)\s+(?:guest|invitation|invite)\s+list\b/gi,
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "we'd love to take you and the team out": going out is the occasion, unless it is work
    // ("take you out of the loop" is not one).
    kind: "venue",
    heads: "host",
    pattern:
      /\b(?:[Tt]ake|[Tt]reat)\s+you(?:\s+(?:and|&)\s+(?:the\s+team|your\s+[\w'’-]+|[A-Z][\w'’-]*))?\s+out\b(?!\s+of\b)/g,
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "host you for a day at our place in the country", "host you for an evening": hospitality
    // by its length, unless the sentence or the one before is work.
    kind: "venue",
    heads: "host",
    pattern:
      /\b[Hh]ost\s+you(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+for\s+(?:a|an|the)\s+(?:day|evening|afternoon|weekend|night)\b/g,
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "we would love you to be our guests on the 12th": hospitality, unless what they would be
    // guests at is work ("be our guest at the seminar").
    kind: "guest",
    heads: "guest",
    pattern: /\b(?:be|as|one\s+of)\s+(?:my|our)\s+guests?\b/gi,
    accept: (m, text) => !WORK_AROUND.test(aroundHit(text, m.index, m.index + m[0].length)),
  },
  {
    // "take you to Rules in Maiden Lane", "host you at Hawksmoor": a named place a host takes
    // the client to, unless the sentence is about work there.
    kind: "venue",
    heads: "host",
    pattern: new RegExp(
      "\\b(?:[Tt]ake|[Tt]reat|[Hh]ost|[Bb]ring|[Ss]end)\\s+you(?:\\s+(?:and|&)\\s+[A-Z][" +
        LETTER_CLASS +
        "'’-]+)?(?:\\s+(?:out|along|over|off))?\\s+(?:to|at)\\s+(?:the\\s+)?([A-Z][" +
        LETTER_CLASS +
        "'’&-]+(?:\\s+[A-Z][" +
        LETTER_CLASS +
        "'’&-]+){0,2})",
      "g",
    ),
    accept: (m, text) => {
      if (NOT_A_VENUE.test(m[1]!) || BUSINESS.test(m[1]!)) return false;
      const sentenceEnd = m.index + m[0].length;
      return (
        !BUSINESS.test(restOfSentence(text, sentenceEnd)) &&
        !BUSINESS_BEFORE.test(text.slice(Math.max(0, m.index - SEAT_REACH), m.index))
      );
    },
  },
  {
    kind: "venue",
    heads: "venue",
    pattern: new RegExp(
      "\\b(?:(?:at|in)\\s+(?:the\\s+|a\\s+)?|to\\s+(?:the|a|our)\\s+)(?:[" +
        LETTER_CLASS +
        "'’&-]+\\s+){0,3}?" +
        VENUE_TYPE +
        "\\b" +
        NOT_AFTER,
      "gi",
    ),
  },
];

/** A frame's hit that ends in a meal word. */
const MEAL_WORD = /\b(?:lunch(?:eon)?|dinner|supper|brunch|drinks?)$/i;
const NOT_ENTERTAINMENT = new RegExp(NOT_ENTERTAINMENT_AFTER, "iy");

/** "Wembley Park lease", "golf course acquisition": what follows makes it a place or a matter. */
function isNotEntertainmentAt(text: string, end: number): boolean {
  NOT_ENTERTAINMENT.lastIndex = end;
  return NOT_ENTERTAINMENT.test(text);
}

/** A lower-case plural noun or a verb's helper ("to", "and", "can") right before "show", "play" or "match": a verb. */
const PLURAL_THEN_VERB =
  /(?:^|\s)(?:[a-z]+s|to|and|or|can|could|will|would|may|might|must|should)\s+(?:show|play|match)$/;

/** Meal words used as a time ("after lunch", "by dinner time") or a working meal. */
export const MEAL_AS_TIME = withLookbehind(
  /\b(?:after|before|by|until|till|through|during|around|post|pre|working|sandwich)[\s-]+(?:(?:a|an|the)\s+)?$/i,
  // (?<!(?:followed|preceded)\s) before "by": "followed by dinner" is the meal, not its time.
  (text, index, match) =>
    !/^by/i.test(match[0]) ||
    !/^(?:followed|preceded)\s$/i.test(text.slice(Math.max(0, index - 9), index)),
);

/**
 * Who besides the client an invitation may ask ("would your team like to come", "would you and
 * your partner like to join us"): the people a host includes.
 */
const COMPANION =
  "(?:team|colleagues?|partner|wife|husband|spouse|other\\s+half|family|board|directors|people|deputy|assistant|guests?)";
/** Taking part in what a host lays on, besides joining and coming: playing, sitting with the host. */
const TAKE_PART =
  "play|watch|crew|sail|shoot|fish|ride|tee\\s+off|sit\\s+with\\s+(?:us|me)|take\\s+part|tag\\s+along|make\\s+it\\s+along|be\\s+(?:there|with\\s+us)";

/** A capitalised name, accents and all ("Siobhán", "Zoë", "O'Neill"). */
const NAME_WORD = `[${CAPITAL_CLASS}][${LETTER_CLASS}\\d_'’-]+`;
const VOCATIVE_WORD = `[${CAPITAL_CLASS}][${LETTER_CLASS}\\d_'’-]*`;
/** The name a sentence is said to, before its verb: "Dan, ", "Hi Sarah – ", "Siobhán, ". */
const AFTER_VOCATIVE = new RegExp(
  `(?:^|[.!?:\\n]\\s*)(?:(?:Hi|Hello|Dear|Hey)\\s+)?${VOCATIVE_WORD}(?:\\s+${VOCATIVE_WORD})?\\s*[,–—-]\\s*$`,
);

/**
 * Words that offer or ask: "would you like to join us", "our guests", "take you", "we'd be
 * delighted if you could join us". `bare` cues say everything an invitation needs but the
 * occasion, which may stand in the sentence before or after ("We have a box for the final.
 * Would you like to join us?"); the others need it in their own sentence.
 */
export const CUES: readonly {
  bare: boolean;
  offer?: boolean;
  /**
   * A host's statement that something will be laid on ("dinner will be served", "followed by
   * drinks", "my treat"): it needs a named occasion in its sentence, never a weak one, and a plain
   * meal at a working session is not hospitality.
   */
  provision?: boolean;
  /** A suggestion that goes on with an invitation just made ("We could eat there first"). */
  continues?: boolean;
  /** Not when the client or a third person is the subject ("you are hosting"). */
  notAfterOthers?: boolean;
  pattern: RegExp;
}[] = [
  {
    bare: true,
    pattern: new RegExp(
      "\\b(?:would|will|do|could)\\s+(?:you|your\\s+" +
        COMPANION +
        ")(?:\\s+(?:and|or)\\s+(?:your\\s+)?[" +
        LETTER_CLASS +
        "'’]+)?(?:\\s+(?:both|all|two))?\\s+(?:like|care|want|fancy|be\\s+(?:able|free|up\\s+for|interested|keen))(?:\\s+(?:in|to))?\\s+(?:join(?:ing)?|com(?:e|ing)|be(?:ing)?\\s+our|attend(?:ing)?|" +
        TAKE_PART +
        ")\\b",
      "gi",
    ),
  },
  {
    // "join me", "join Sarah and me", "join us and the Smiths": the host and who comes with them.
    bare: true,
    // Names with their accents ("join Siobhán and me": round 29, analysis-h28 F).
    pattern: new RegExp(
      `\\bjoin\\s+(?:me|us|${NAME_WORD}(?:\\s+${NAME_WORD})?(?:,\\s+${NAME_WORD})*\\s+and\\s+(?:me|myself|us))\\b`,
      "g",
    ),
  },
  { bare: true, pattern: /\b(?:as|be|one\s+of)\s+(?:my|our)\s+guests?\b/gi },
  {
    bare: true,
    pattern: new RegExp(
      "\\b(?:love|like|delighted|thrilled|pleased|glad|honou?red|happy|great|lovely|wonderful)\\s+(?:it\\s+)?(?:if\\s+|for\\s+)?you(?:\\s+(?:and|or)\\s+[" +
        LETTER_CLASS +
        "'’]+)?(?:\\s+(?:both|all|two))?(?:\\s+(?:to|could|can|would)|['’]d)\\s+(?:(?:both|all)\\s+)?(?:join|come|stay(?:\\s+on)?\\s+(?:for|afterwards|and)|be\\s+(?:our|one\\s+of\\s+our|there|with\\s+us)|make\\s+it|stop\\s+by|drop\\s+by|pop\\s+(?:by|in|over)|attend|" +
        TAKE_PART +
        ")\\b",
      "gi",
    ),
  },
  {
    bare: true,
    pattern: new RegExp(
      "\\bif\\s+you(?:\\s+(?:and|or)\\s+[" +
        LETTER_CLASS +
        "'’]+)?(?:\\s+would|['’]d)\\s+(?:like|care|want)\\s+to\\s+(?:join|come|attend)\\b",
      "gi",
    ),
  },
  {
    bare: true,
    pattern: new RegExp(
      "\\blet\\s+(?:me|us)\\s+know\\s+if\\s+you(?:\\s+(?:and|or)\\s+[" +
        LETTER_CLASS +
        "'’]+)?(?:\\s+fancy|(?:\\s+would|['’]d)\\s+like(?!\\s+(?:me|us|them|him|her|it)\\s+to)|\\s+can\\s+(?:join|come|make)|(?:\\s+are|['’]re)\\s+(?:free|around|interested|up\\s+for)|\\s+want\\s+to\\s+(?:join|come))",
      "gi",
    ),
  },
  {
    bare: true,
    pattern:
      /\bfancy\s+(?:it|joining|coming)\b|\bare\s+you\s+in\s*\?|\bany\s+(?:interest|takers)\b|\bif\s+you(?:['’]re|\s+are)\s+(?:keen|interested|game|up\s+for\s+it)\b|\bwith\s+(?:our|my|the\s+firm['’]s)\s+compliments\b|\binvit(?:ation|e)s?\s+(?:will\s+follow|to\s+follow|(?:is|are)\s+on\s+(?:its|their)\s+way)\b|\b(?:save|hold|pencil\s+in)\s+the\s+date\b|\bkeep\s+(?:(?:the|your)\s+)?(?:[\w'’-]+\s+){0,6}?free\b(?!\s+(?:of|from)\b)|\b(?:a|the|one|two|spare)\s+(?:seat|place|ticket|space|spot)s?\s+(?:(?:in|at|on)\s+(?:the|our|my)\s+[\w'’-]+\s+)?(?:for|with\s+your\s+name\s+on\s+it\s+for)\s+you\b|\bput\s+you(?:\s+and\s+\w+)?\s+down\s+for\b/gi,
  },
  {
    // "Any chance you'd fill the gap?", "any chance you could join us": asking a favour of the
    // reader that is a place at the occasion.
    bare: true,
    pattern:
      /\bany\s+chance\s+(?:that\s+)?you(?:['’]d|\s+would|\s+could|\s+can|\s+might)\s+(?:like\s+to\s+|be\s+able\s+to\s+)?(?:join|come|make\s+it|fill|play|be\s+our|make\s+up|tag\s+along)\b/gi,
  },
  {
    bare: true,
    pattern:
      /\bhope\s+you(?:\s+(?:and|or)\s+\w+)?(?:\s+(?:can|could|will)|['’]ll)\s+(?:join|come|make\s+it|(?:swing|drop|stop|pop)\s+(?:by|in|over|round))\b/gi,
  },
  {
    bare: true,
    pattern:
      /\b(?:to\s+have\s+you\s+(?:with\s+us|there|along))\b|\b(?:love|like|delighted|pleased|glad|happy|good|great|lovely|wonderful|nice|honou?red|thrilled|pleasure|privilege|honou?r|treat|joy|delight)\s+to\s+(?:have|welcome|host|see|show)\s+you\b|\bcome\s+along\b|\bdo\s+come\b|\bcome\s+with\s+us\b|\bcome\s+and\s+(?:watch|see|join|enjoy|have|crew|sail|shoot|fish|play|celebrate)\b/gi,
  },
  {
    bare: true,
    pattern:
      /\b(?:would|are)\s+you\s+(?:be\s+)?interested\b|\binterested\s*\?|\b(?:is|are|['’]s|will\s+be)\s+on\s+(?:us|me|the\s+firm)\b|\b(?:is|are|(?:would|will|could)\s+be)\s+yours\b|\byours\s+for\s+the\s+asking\b|\bif\s+you(?:\s+want|\s+would\s+like|['’]d\s+like)\s+(?:them|it|one|to\s+(?:go|come))\b/gi,
  },
  {
    // "Would you like them?", "if you fancied it", "happy to put your name down", "do bring a
    // colleague": asking, offering or arranging a place, in any order with the occasion.
    bare: true,
    pattern:
      /\b(?:would|do)\s+you(?:\s+(?:and|or)\s+(?:your\s+)?[\w'’]+)?\s+(?:like|want)\s+(?:them|it|one|either|both|the\s+(?:tickets|seats|places|box)|a\s+(?:seat|ticket|place|pair)|two)\b|\b(?:fancied|fancy)\s+(?:it|going|coming|joining|a\s+(?:ticket|seat|place))\b|\bput\s+your\s+names?\s+down\b|\bcount\s+you\s+in\b|\bpencil\s+you\s+in\b|\b(?:save|keep|hold)\s+(?:you\s+)?(?:a\s+)?(?:seat|seats|place|places|ticket|tickets)\s+for\s+you\b|\b(?:save|keep|hold)\s+you\s+(?:a\s+)?(?:seat|place|ticket)\b|\byou(?:\s+(?:and|&)\s+(?:your\s+[\w'’-]+|[A-Z][\w'’-]*))?(?:['’]d|\s+would|['’]re|\s+are|['’]ll|\s+will)\s+(?:both\s+)?be\s+(?:very\s+|most\s+|more\s+than\s+)?welcome\b|\byou(?:['’]re|\s+are)\s+(?:very\s+|most\s+)?welcome\s+to\s+(?:join|come|bring|use|have|take)\b|\b(?:like|love)\s+to\s+invite\s+you\b|\bdo\s+bring\b|\bbring\s+(?:a|your)\s+(?:colleague|guest|partner|spouse|wife|husband|other\s+half|plus[- ]one)\b|\bbring\s+(?:the|your)\s+(?:kids|children|family|boys|girls)\b|\bplus[- ]ones?\b|\bRSVP\b|\b(?:with|have|has|got|bears?)\s+your\s+names?\s+on\s+(?:it|them)\b|\bwould\s+you\s+be\s+up\s+for\b|\b(?:are|would)\s+you\s+(?:be\s+)?(?:up\s+for|game\s+for|tempted)\b|\btempt\s+you\b/gi,
  },
  {
    // Round 31 (analysis-h30 E1): the host's verbs of paying in Australian, New Zealand and
    // British use, the thing bought after the reader: "shout you and the team a drink", "stand
    // you a pint". Only with the thing bought: "stand you in good stead", "shout you down".
    bare: false,
    pattern:
      /\b(?:shout(?:ing)?|stand(?:ing)?)\s+(?:you|your\s+(?:[\w'’-]+\s+)?[\w'’-]+)(?:\s+(?:and|&)\s+(?:the\s+|your\s+)?[\w'’-]+)?\s+(?=(?:(?:a|an|some|the\s+first)\s+(?:[\w-]+\s+)?(?:drinks?|pints?|beers?|coffees?|lunch|dinner|meal|round|feed|breakfast|glass|bottle|cuppa)|lunch|dinner|breakfast|drinks|coffee)\b)/gi,
  },
  {
    bare: false,
    pattern:
      /\b(?:take|treat|invite|bring|host|tempt|buy|welcome)\s+(?:you|your)\b|\bget\s+you\s+(?:out|along|over|down)\b|\b(?:send|give|offer|get)\s+you\s+(?:a\s+|two\s+|a\s+couple\s+of\s+|a\s+pair\s+of\s+|some\s+)?(?:(?:tickets?|tix)|seats?|passes|places?)\b|\bplease\s+accept\b|\bsend\s+you\s+(?:an?\s+)?(?:formal\s+)?invit(?:ation|e)\b/gi,
  },
  {
    // "Come to our Christmas drinks", "do come along to the launch": the imperative that invites,
    // opening its sentence or after "please", "do".
    bare: false,
    pattern: withLookbehind(
      /(?:\b(?:please|do|you\s+must|you\s+should|why\s+not)\s+)?come\s+(?:along\s+|over\s+|down\s+|out\s+|round\s+)?(?:to|for|and\s+(?:join|celebrate|enjoy|have))\b/gi,
      // A bare "come" opens the text or a sentence, or follows the name it is said to
      // ("Dan, come to our party"): (?<=^|[.!?:\n]\s*).
      (text, index, match) =>
        !/^come/i.test(match[0]) ||
        index === 0 ||
        afterMark(text, index, ".!?:\n") ||
        AFTER_VOCATIVE.test(text.slice(Math.max(0, index - 40), index)),
    ),
  },
  {
    // "My treat", "our shout": the host pays. Beside an invitation just made it goes on
    // describing that one ("Fancy nine holes on Friday? My treat, …"), not a second one.
    bare: true,
    continues: true,
    pattern: /\b(?:our|my)\s+(?:treat|shout)\b|\b(?:my|our)\s+round\b(?!\s+(?:of|on|to))/gi,
  },
  {
    // "you'd be doing me a favour if you came", "if you could join us": an ask in the past
    // subjunctive or with "could".
    bare: true,
    pattern:
      /\bif\s+you(?:\s+(?:and|or)\s+(?:your\s+)?[\w'’-]+)?\s+(?:came|joined|could\s+(?:come|join|make\s+it|attend))\b/gi,
  },
  {
    // The formal card and its kin: "request the pleasure of your company", "could I interest you
    // in", "see you there".
    bare: true,
    pattern:
      /\brequests?\s+the\s+(?:pleasure|honou?r)\s+of\s+your\s+(?:company|attendance|presence)\b|\b(?:could|can|may)\s+(?:I|we)\s+interest\s+you\s+in\b|\bsee\s+you\s+there\b/gi,
  },
  {
    // "I'd love to introduce you to a few people there": meeting people at the occasion named
    // in the sentence.
    bare: false,
    pattern: /\b(?:love|like|glad|happy|delighted|keen)\s+to\s+introduce\s+you\b/gi,
  },
  {
    // "do drop by", "pop in for a glass of something": the imperative of a call in passing, after
    // "do"/"please", opening its sentence or after the name it is said to.
    bare: true,
    pattern: withLookbehind(
      /(?:\b(?:please|do)\s+)?\b(?:drop|pop|stop|swing)\s+(?:by|in|round|over|along)\b/gi,
      (text, index, match) =>
        /^(?:please|do)\s/i.test(match[0]) ||
        index === 0 ||
        afterMark(text, index, ".!?:\n–—") ||
        AFTER_VOCATIVE.test(text.slice(Math.max(0, index - 40), index)),
    ),
  },
  {
    // "We are hosting a private view", "we're throwing a summer party": the firm holds it, not
    // the client ("the dinner you are hosting").
    bare: false,
    notAfterOthers: true,
    pattern:
      /\b(?:hosting|throwing|lay(?:ing)?\s+on)\b|\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am|['’]ll\s+be|\s+will\s+be|\s+shall\s+be)\s+(?:holding|putting\s+on)\b|\b(?:we|I)(?:['’]ve|\s+have)\s+(?:organised|organized|arranged|laid\s+on)\b/gi,
  },
  {
    bare: false,
    pattern:
      /\b(?:(?:are|would|will)\s+you\s+(?:be\s+)?|you(?:['’]re|\s+are|['’]d\s+be|\s+would\s+be|['’]ll\s+be|\s+will\s+be)\s+)(?:free|available|around|up)\s+(?:for|to)\b/gi,
  },
  {
    bare: false,
    pattern:
      /\b(?:let['’]?s|let\s+us|shall\s+we|how\s+about|what\s+about|why\s+don['’]t\s+we|why\s+not|fancy)\b/gi,
  },
  {
    // "You're invited", "you are cordially invited", "you might like to come".
    bare: true,
    pattern:
      /\byou(?:['’]re|\s+are)\s+(?:(?:cordially|warmly|kindly|very\s+much|all)\s+)?invited\b|\byou\s+might\s+(?:like|care|want|enjoy)\s+to\s+(?:join|come|attend|be\s+our)\b/gi,
  },
  {
    // "hope you can make our quiz night", "any appetite for the rugby", "do you fancy".
    bare: false,
    pattern:
      /\bhope\s+you(?:\s+(?:and|or)\s+\w+)?\s+(?:can|could|will|['’]ll)\s+make\b|\bany\s+appetite\s+for\b|\bdo\s+you\s+fancy\b/gi,
  },
  {
    // Offering what the host cannot use, or a forwarded flyer: "two going begging", "they need a
    // good home", "thought you might enjoy this", "in case it appeals", "how about coming".
    bare: true,
    pattern:
      /\bgoing\s+(?:begging|spare|unused|to\s+waste)\b|\bneeds?\s+a\s+(?:good\s+)?home\b|\b(?:can['’]?t|cannot|won['’]t\s+be\s+able\s+to)\s+use\s+(?:them|it|both)\b|\bthought\s+you\s+(?:might|may|would|['’]d)\s+(?:enjoy|like|fancy|be\s+(?:interested|tempted|up\s+for))\b|\b(?:in\s+case|if)\s+(?:it|this|that)\s+appeals\b|\b(?:might|may|would)\s+appeal\s+to\s+you\b|\b(?:how|what)\s+about\s+(?:coming|joining)\b|\b(?:add|put)\s+your\s+names?\s+(?:down|on\s+(?:them|it|one|the\s+list))\b|\b(?:reserve|book|secure|claim)\s+your\s+(?:place|places|seat|seats|ticket|tickets|spot)\b/gi,
  },
  {
    // Staying on after a firm's event, a place kept on its list, and the logistics only an
    // invitation has: "do stay on afterwards", "shall I add you to the list?", "you're on the
    // guest list", "dress code", "carriages at", "regrets only". Beside an invitation found they
    // go on describing it ("… be our guests. Black tie, carriages at midnight."), not a second one.
    bare: true,
    continues: true,
    pattern:
      /\b(?:do|please|feel\s+free\s+to|welcome\s+to|hope\s+you(?:['’]ll|\s+will|\s+can|\s+could)|why\s+not|you\s+(?:must|should))\s+stay(?:\s+on)?\s+(?:afterwards|after|for|and\s+(?:join|have|enjoy|celebrate))\b|\bstay\s+on\s+(?:afterwards|after\s+(?:it|the\s+\w+)\s+for)\b|\b(?:add|put)\s+(?:you|your\s+names?)(?:\s+(?:and|&)\s+\w+)?\s+(?:on|to|onto|down\s+on)\s+(?:the|our|my)\s+(?:(?:guest|invitation|invite)\s+)?list\b|\byou(?:['’]re|\s+are)\s+on\s+(?:my|our|the)\s+(?:(?:guest|invitation|invite)\s+)?list\b(?!\s+(?:of|for\s+the\s+(?:call|meeting)))|\b(?:shall|should|can|may)\s+(?:I|we)\s+(?:add|put)\s+you(?:\s+(?:and|&)\s+\w+)?(?:\s+down)?\s*\?|\bdress\s+code\b|\bcarriages\s+(?:at|from)\b|\bregrets\s+only\b|\bkindly\s+(?:reply|respond)\b|\bR\.S\.V\.P\b/gi,
  },
  {
    // "we could take in a show", "we might catch the game": the host's suggestion.
    bare: false,
    continues: true,
    pattern:
      /\bwe\s+(?:could|might|can)\s+(?:always\s+)?(?:take\s+in|catch|go\s+(?:to|and\s+see)|see|grab|head\s+to)\b/gi,
  },
  {
    // A conditional offer in the sentence that names the occasion: "if you're around on Saturday,
    // Leinster are at home to Munster", "if you'd like a day at Lord's, just say", "would you like
    // to see the Nutcracker".
    bare: false,
    pattern:
      /\bif\s+you(?:['’]re|\s+are)\s+(?:free|around|about|in\s+town|at\s+a\s+loose\s+end|not\s+busy|not\s+doing\s+anything)\b|\bif\s+you(?:(?:['’]d|\s+would)\s+(?:like|want|care\s+for)|\s+fancy)\s+(?!(?:me|us|them|him|her|to\s+(?:discuss|review|call|speak|meet|see\s+the\s+draft))\b)|\b(?:say|said)\s+the\s+word\b|\bjust\s+(?:say|shout)\b|\bgive\s+me\s+a\s+(?:shout|nod)\b|\b(?:would|do)\s+you(?:\s+(?:and|or)\s+(?:your\s+)?[\w'’]+)?\s+(?:like|want|care)\s+to\s+(?:see|hear|catch|watch)\b/gi,
  },
  {
    // "Yours if you want them", "shall I add your name?", "tickets sorted for you", "the car will
    // collect you", "to say thanks".
    bare: false,
    pattern:
      /\byours\s+if\s+you\b|\b(?:add|put)\s+(?:your\s+names?|you)(?:\s+down|\s+on\s+the\s+list)?\b|\b(?:(?:tickets?|tix)|seats?|places?|a\s+table|passes)\s+(?:sorted|booked|reserved|arranged|organi[sz]ed)\s+for\s+you\b|\b(?:collect|pick)\s+you(?:\s+up)?\b|\bsend\s+a\s+car\b|\bto\s+say\s+thank(?:s|\s+you)\b/gi,
  },
  {
    // "any use to you?", "how are you fixed for", "room for two more", "a badge for you".
    bare: true,
    pattern:
      /\b(?:any|of\s+any)\s+(?:use|good)\s+to\s+you\b|\byour\s+names?\s+(?:is|are)\s+(?:on\s+the\s+list|down)\b|\bhow\s+are\s+you\s+(?:fixed|placed|set)\s+for\b|\b(?:room|space)\s+for\s+(?:you|one|two|three|a\s+couple)(?:\s+(?:more|of\s+you))?\b|\b(?:a|one|two|spare)\s+(?:badges?|pass(?:es)?)\s+for\s+you\b/gi,
  },
  {
    // "shall I book a table", "could you make lunch", "send you and Anna to the Fat Duck".
    bare: false,
    pattern:
      /\b(?:shall|should|can|could)\s+I\s+(?:book|reserve|get\s+us)\b|\bI['’]ll\s+(?:book|reserve)\b|\blet\s+me\s+(?:book|reserve)\b|\b(?:[Cc]ould|[Cc]an|[Ww]ould)\s+you\s+(?:(?:like|care)\s+to\s+)?(?:make|do|manage)\b|\bsend\s+you(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+(?:off\s+)?to\b/g,
  },
  {
    // "Would you like a day on the grouse moor?", "do you fancy the Gold Cup?": the occasion
    // itself offered, in the sentence that names it.
    bare: false,
    pattern:
      /\b(?:would|do|will)\s+you(?:\s+(?:and|&)\s+[\w'’-]+)?\s+(?:(?:like|fancy|want|care\s+for)\s+(?:a|an|some|the)|(?:like|want|care)\s+to\s+(?:take|have|try))\b/gi,
  },
  {
    // "Eleanor would like to raise a glass with you", "we'd love to have dinner with you".
    bare: false,
    pattern:
      /\b(?:(?:would|['’]d)\s*(?:like|love)|wants?)\s+to\s+(?:raise|share|have|grab|enjoy|celebrate|toast|catch\s+up\s+over)\b[^.!?\n]{0,40}?\bwith\s+you\b/gi,
  },
  {
    // The host's statement: "champagne will be served", "there will be a three-course dinner",
    // "followed by drinks", "lunch is on the firm", "I'll pick up the tab", "at our expense".
    bare: false,
    provision: true,
    pattern:
      /\b(?:will|shall|would|is\s+to|are\s+to)\s+be\s+(?:served|laid\s+on|on\s+offer|flowing|poured|included)\b|\b(?:is|are)\s+(?:being\s+)?(?:served|included|laid\s+on)\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:booked|reserved)\b|\bthere\s+(?:will|shall)\s+be\b|\bthere['’]ll\s+be\b|\bthere(?:\s+are|\s+is|['’]s)\s+(?:also\s+|then\s+)?(?:[\w'’-]+\s+){1,4}?(?:afterwards|after\s+(?:it|that|the\s+\w+)|to\s+follow|later\s+on)\b|\bwe(?:['’]ll|\s+will|['’]re|\s+are)\s+(?:be\s+)?(?:hav(?:e|ing)|serv(?:e|ing)|pour(?:ing)?)\b|\b(?:followed|preceded)\s+by\b|\b(?:to|will)\s+follow\b|\bon\s+(?:us|me|the\s+firm|the\s+house)\b(?=\s*(?:[.!?,;:)]|[-–—]|$))|\b(?:pick|picking)\s+up\s+the\s+(?:tab|bill)\b|\b(?:at\s+(?:our|my|the\s+firm['’]s)\s+expense|our\s+(?:way\s+of\s+saying\s+)?thank(?:s|\s+you))\b|\bfor\s+you\s+and\s+(?:your\s+)?(?:partner|wife|husband|spouse|family|a\s+guest|a\s+colleague|a\s+friend)\b/gi,
  },
  {
    // "the firm has courtside seats", "our team has a box": the host's own holding.
    bare: false,
    offer: true,
    pattern:
      /\b(?:[Tt]he\s+firm|[Oo]ur\s+(?:firm|practice|team|group|department|office|partners))(?:['’]s|\s+has|\s+have)(?:\s+got)?\b/g,
  },
  {
    bare: false,
    offer: true,
    pattern: new RegExp(
      "\\b(?:[Ww]e|I)\\s*(?:['’]ve|\\s+have|\\s+(?:have\\s+)?got)\\b|\\b(?:has|have)\\s+(?:taken|booked|reserved)\\b|\\b(?:[Ww]e|I)(?:['’]re|\\s+are|['’]m|\\s+am)\\s+(?:taking|booking|getting)\\b",
      "g",
    ),
  },
];

/** A sentence telling of the past ("It was good to see you at the dinner last week"). */
const PAST =
  /\b(?:last\s+(?:week|night|month|year|time|season|summer|spring|autumn|winter)|yesterday|earlier\s+(?:this|today)|was|were|had|enjoyed|attended|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?(?:for|again))\b|\b(?:off|from)\s+(?:the|our|any|all)\s+(?:invitation|invite|guest|mailing|hospitality)\s+lists?\b|\b(?:not|never|no\s+longer|won['’]t|will\s+not)\s+(?:be\s+)?(?:invit\w*|send\w*\s+(?:you\s+)?(?:any\s+)?invit\w*)/i;

/** "as a thank you for", "a small thank-you": thanks given by the invitation, not for the past. */
const THANKS_AS_GIFT =
  /\b(?:as\s+|by\s+way\s+of\s+)?an?\s+(?:(?:small|little|big|huge)\s+)?thank[- ]you\b/gi;

/**
 * Round 25: thanks as the invitation's purpose, an infinitive after the proposal ("lunch to say
 * thank you for all your help", "drinks to thank you both for"): the thanks the outing gives,
 * not a report of thanks. The word before "to" is captured: after a verb of wanting or writing
 * ("I wanted to say thank you for dinner", "a note to thank you for") the sentence thanks the
 * reader itself, and the past reading stays.
 */
const THANKS_AS_PURPOSE =
  /(\b[a-z]+\s+)?\bto\s+(?:say\s+)?thank(?:s|\s+you)?(?:\s+(?:both|all))?(?:\s+(?:so\s+much|again))?\s+for\b/gi;
const THANKING_ITSELF =
  /^(?:want\w*|wish\w*|like|love|writ\w*|wrote|note|line|message|e?mail|call\w*|ring|rang|just|also|first\w*|only|chance|moment)\s+$/i;

/** Whether a sentence tells of the past (thanks given as the invitation's reason do not). */
function tellsOfThePast(words: string): boolean {
  const purposeOut = words.replace(THANKS_AS_PURPOSE, (whole, before?: string) =>
    before !== undefined && THANKING_ITSELF.test(before) ? whole : `${before ?? ""} `,
  );
  return PAST.test(purposeOut.replace(THANKS_AS_GIFT, " "));
}

/** The words the old frames need near them (their occasion words), as before the lexicon. */
const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    "lunch luncheon dinner drink drinks cocktails happy brunch golf theatre theater box courtside " +
    "seats ticket tickets game match concert show opera ballet play musical gala tournament races symphony " +
    "celebrate celebration night town thank party parties reception receptions ball evening hospitality " +
    "shooting fishing sailing skiing golfing stalking glass pint half jar snifter tipple bite beer beers cocktail dram"
  ).split(" "),
);

/** Head word (lower case, or as written for NAMED_CAPITALISED) → the groups it heads. */
const HEAD_GROUPS: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  const add = (word: string, group: string) => {
    const list = groups.get(word);
    if (list) list.push(group);
    else groups.set(word, [group]);
  };
  for (const group of Object.keys(OCCASION_HEADS)) {
    // (An empty word would match everywhere: never let one in.)
    for (const word of OCCASION_HEADS[group]!.split(" ")) if (word !== "") add(word, group);
  }
  for (const word of NAMED_CAPITALISED) add(word, "named");
  return groups;
})();

/** Head words that count only capitalised ("Cup", "Chelsea"), and every other in any case. */
const HEAD_PATTERN = new RegExp(
  "\\b(?:" +
    [...HEAD_GROUPS.keys()]
      .filter((w) => w !== w.toLowerCase())
      .sort((a, b) => b.length - a.length)
      .join("|") +
    ")\\b",
  "g",
);
/** One pattern for every head word: irregexp scans for it far faster than a loop over words. */
const HEAD_PATTERN_ANY_CASE = new RegExp(
  "\\b(?:" +
    [...HEAD_GROUPS.keys()]
      .filter((w) => w === w.toLowerCase())
      .sort((a, b) => b.length - a.length)
      .join("|") +
    ")\\b",
  "gi",
);

/**
 * The two head patterns' matches, found from the words already read where they can be (a text
 * whose words are all ASCII: WordAlternation says why the matches are the same), else by the
 * patterns. The patterns list their words longest first, as WordAlternation needs.
 */
const HEAD_WORDS_ANY_CASE = new WordAlternation(
  [...HEAD_GROUPS.keys()].filter((w) => w === w.toLowerCase()),
  true,
);
const HEAD_WORDS = new WordAlternation(
  [...HEAD_GROUPS.keys()].filter((w) => w !== w.toLowerCase()),
  false,
);

function headMatches(text: string, asWritten: boolean): { index: number; text: string }[] {
  const found = (asWritten ? HEAD_WORDS : HEAD_WORDS_ANY_CASE).matches(text);
  if (found) return found;
  const pattern = asWritten ? HEAD_PATTERN : HEAD_PATTERN_ANY_CASE;
  const matches: { index: number; text: string }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    matches.push({ index: m.index, text: m[0] });
  return matches;
}

/**
 * The head words of `text` by group ("meal", "seats", …), and all of them under "any". Lower-case
 * head words match in any case ("Dinner", "DINNER"); NAMED_CAPITALISED only as written.
 */
function headWords(text: string): Map<string, Span[]> {
  const byGroup = new Map<string, Span[]>();
  const push = (group: string, span: Span) => {
    const list = byGroup.get(group);
    if (list) list.push(span);
    else byGroup.set(group, [span]);
  };
  // A word may head groups in any case and as written ("test", "Test"): each group once. The
  // groups given at each offset so far ("any" first), by offset: no string key made per match.
  const seen = new Map<number, string[]>();
  for (const asWritten of [false, true]) {
    for (const m of headMatches(text, asWritten)) {
      const groups = HEAD_GROUPS.get(asWritten ? m.text : m.text.toLowerCase());
      if (!groups) continue;
      const span = { start: m.index, end: m.index + m.text.length };
      let given = seen.get(m.index);
      if (!given) {
        seen.set(m.index, (given = ["any"]));
        push("any", span);
      }
      for (const group of groups) {
        if (given.includes(group)) continue;
        given.push(group);
        push(group, span);
      }
    }
  }
  for (const list of byGroup.values()) list.sort((a, b) => a.start - b.start);
  return byGroup;
}

/** Around an occasion word: enough for its longest pattern (three words before, a place after). */
const OCCASION_MARGIN = 80;
/** Around a frame's occasion word: the longest frame before its occasion. */
const FRAME_MARGIN = 250;

export interface InvitationHit {
  field: TextFieldName;
  start: number;
  end: number;
}

const OCCASION_GATE = new NeedsGate(OCCASION_PATTERNS);

/** Occasions near their head words: each kind of pattern only around its own words. */
function occasionsIn(text: string, triggers: ReadonlyMap<string, Span[]>): Occasion[] {
  const found: Occasion[] = [];
  const windows = new Map<string, { around: Span[]; held: number[] | undefined }>();
  for (let k = 0; k < OCCASION_PATTERNS.length; k++) {
    const { kind, heads, pattern, accept } = OCCASION_PATTERNS[k]!;
    const near = triggers.get(heads);
    if (!near) continue;
    let group = windows.get(heads);
    if (!group) {
      const around = windowsAround(text, near, OCCASION_MARGIN);
      windows.set(heads, (group = { around, held: OCCASION_GATE.held(text, around) }));
    }
    for (const m of execInWindows(
      text,
      OCCASION_GATE.windowsFor(k, group.around, group.held),
      pattern,
    )) {
      const accepted = accept ? accept(m, text) : true;
      if (accepted === false) continue;
      const end = typeof accepted === "number" ? accepted : m.index + m[0].length;
      if (isNotEntertainmentAt(text, end)) continue;
      // "the figures show", "the numbers match": a plural subject makes the word a verb.
      if (kind === "event" && PLURAL_THEN_VERB.test(m[0])) continue;
      if (kind === "meal" && MEAL_AS_TIME.test(text.slice(Math.max(0, m.index - 20), m.index)))
        continue;
      // The event word is the occasion, not the words that determine it.
      const start = kind === "event" && m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
      found.push({ start, end, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Work a plain meal is laid on for: a working session, a meeting, training, a hearing. */
const WORKING_SESSION =
  /\b(?:working|work|session|sessions|meeting|meetings|workshop|training|preparation|prep|hearing|trial|witness|witnesses|conference|call|review|mediation|deposition|interview|completion|signing|closing)\b/i;
/** A plain meal: what a working day lays on as a matter of course. */
const PLAIN_MEAL = /^(?:(?:a|an|the|some)\s+)?(?:lunch(?:eon)?|breakfast|refreshments)$/i;
/** A statement about a contract, a licence or a supplier: what will be served is the matter. */
const MATTER_STATEMENT =
  /\b(?:contract|agreement|clause|lease|licen[cs]e|terms|schedule|tender|caterers?|catering|supplier|operator|tenant|landlord|regulations?|permit)\b/i;

/**
 * The occasion a host's statement lays on in its sentence ("supper will be served in the box"):
 * a named one, not a plain lunch at work, and not what a contract or supplier provides.
 */
function providedOccasion(
  text: string,
  sentence: Span,
  list: readonly Occasion[] | undefined,
): Occasion | undefined {
  if (!list) return undefined;
  const words = text.slice(sentence.start, sentence.end);
  if (MATTER_STATEMENT.test(words)) return undefined;
  for (const o of list) {
    if (isWeak(o)) continue;
    if (
      o.kind === "meal" &&
      PLAIN_MEAL.test(text.slice(o.start, o.end)) &&
      WORKING_SESSION.test(aroundHit(text, o.start, o.end)) &&
      !mealOutAt(text, o.end)
    )
      continue;
    return o;
  }
  return undefined;
}

/** A room of an office or a court, where a working day's meal is laid on. */
const ROOM_WORD =
  /\b(?:room|rooms|boardroom|office|offices|floor|suite|chambers|atrium|canteen|caf[eé]teria|lobby|reception|building|centre|center|court|tribunal)\b/i;

/**
 * Round 33: a meal taken out to a named place ("lunch at Rules afterwards, on us", "We'll follow
 * with lunch at Guard and Grace on us"): a restaurant after the work, not the working day's plain
 * lunch laid on in the room; an office, a room or a court named there is the work's own place.
 */
function mealOutAt(text: string, end: number): boolean {
  const place = MEAL_PLACE.exec(text.slice(end, end + 60));
  if (!place) return false;
  const name = place[0].replace(/^\s+(?:at|in)\s+(?:[Tt]he\s+)?/, "");
  return !NOT_A_VENUE.test(name) && !BUSINESS.test(name) && !ROOM_WORD.test(name);
}

/** An evening or being "our guest" says less than a named occasion. */
function isWeak(occasion: Occasion): boolean {
  return occasion.kind === "evening" || occasion.kind === "guest";
}

/** The occasion a cue takes in a sentence: a named one first; a weak one only for a cue that asks. */
function occasionFor(list: readonly Occasion[] | undefined, asks: boolean): Occasion | undefined {
  if (!list) return undefined;
  for (const o of list) if (!isWeak(o)) return o;
  return asks ? list[0] : undefined;
}

interface Cue extends Span {
  bare: boolean;
  offer: boolean;
  provision: boolean;
  continues: boolean;
}

/** A host's "to follow" / "will follow": it lays on only the occasion just before it. */
const FOLLOW = /^(?:to|will)\s+follow$/i;
/** How far before "to follow" its occasion may end ("drinks and canapés to follow"). */
const FOLLOW_REACH = 16;

function followsRightAfter(text: string, occasion: Occasion, cue: Span): boolean {
  return (
    occasion.end <= cue.start &&
    cue.start - occasion.end <= FOLLOW_REACH &&
    !/[;:.,!?]/.test(text.slice(occasion.end, cue.start))
  );
}

/**
 * "you are", "they're", "she is" right before a cue: someone else holds the occasion. Round 27
 * (analysis-h25 J): so does a body named with "the" that is not the firm ("the lunch that the
 * Elders are hosting", "the Council is hosting"): the firm says "we", "I", "our team" or a
 * colleague's name.
 */
const OTHERS_AS_SUBJECT =
  /\b(?:you|they|he|she|it|client|clients|company|board|buyer|seller|tenant|landlord|lender|bank|counterparty|customer|supplier|fund|the\s+(?!(?:firm|team|office|practice|partners?|group)\b)[A-Za-z][\w'’-]*)(?:['’]re|['’]s|\s+are|\s+is|\s+were|\s+was)?\s+$/i;
/** "hosting its own party", "throwing their annual ball": the occasion is someone else's. */
const OTHERS_OWN_AFTER = /^\s+(?:its|their|your|his|her)\s/i;

function cuesIn(text: string, windows: readonly Span[]): Cue[] {
  const found: Cue[] = [];
  for (const cue of CUES) {
    for (const m of execInWindows(text, windows, cue.pattern)) {
      if (
        cue.notAfterOthers &&
        (OTHERS_AS_SUBJECT.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
          OTHERS_OWN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      )
        continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        bare: cue.bare,
        offer: cue.offer === true,
        provision: cue.provision === true,
        continues: cue.continues === true,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every invitation to entertainment in the draft, recipient-independent and memoised. */
export function findInvitations(draft: AnalysedDraft): InvitationHit[] {
  return draft.memo("entertainment-invitations", () => {
    const hits: InvitationHit[] = [];
    // "a round", "make up the numbers": golf's softer words, where the message names golf.
    const golf = namesGolf(textFields(draft).map((f) => f.scan));
    for (const field of textFields(draft)) {
      const text = field.scan;
      const found: InvitationHit[] = [];
      const heads = headWords(text);
      const triggers = heads.get("any");
      // Days out in the activity's jargon ("nine holes", "a driven day") and places kept for the
      // recipient ("two passes for you"), unless their sentence is work or a matter.
      const jargon = jargonOccasions(
        text,
        (start, end) => namesBusiness(sentenceAround(text, start, end)),
        golf,
      ).filter(
        (o) =>
          o.kind !== "event" ||
          (!isNotEntertainmentAt(text, o.end) &&
            !MATTER_SUBJECT.test(sentenceAround(text, o.start, o.end))),
      );
      if (!triggers && jargon.length === 0) continue;
      const frameWindows = windowsAround(
        text,
        (triggers ?? []).filter((t) => FRAME_WORDS.has(text.slice(t.start, t.end).toLowerCase())),
        FRAME_MARGIN,
      );
      const questions = new Set<InvitationHit>();
      const held = FRAME_GATE.held(text, frameWindows);
      for (let f = 0; f < INVITATION_FRAMES.length; f++) {
        const { pattern: frame, lead } = INVITATION_FRAMES[f]!;
        const windows = FRAME_GATE.windowsFor(f, frameWindows, held);
        for (const m of execInWindows(text, windows, frame, lead)) {
          // "we have two tickets for the Law Society conference": a business event.
          if (frame === TICKETS_FRAME && BUSINESS.test(restOfSentence(text, m.index + m[0].length)))
            continue;
          // "Thank you for the invitation to the gala": the client's occasion, received.
          if (
            frame === INVITATION_TO.pattern &&
            RECEIVED_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))
          )
            continue;
          // "join the call after lunch": the meal is a time, not the occasion.
          const lead = m[0].replace(TRAILING_WORD, "");
          if (MEAL_WORD.test(m[0]) && MEAL_AS_TIME.test(lead)) continue;
          const hit = { field: field.field, start: m.index, end: m.index + m[0].length };
          if (frame === MEAL_QUESTION) questions.add(hit);
          found.push(hit);
        }
      }
      const sentences = sentencesOf(draft, field);
      const sentenceIndex = (offset: number): number => spanIndexAt(sentences, offset);
      // One invitation per sentence is enough: keep the earliest. A frame naming its occasion
      // ("join us for dinner") is the clearest evidence, so those come first.
      const used = new Set<number>();
      // The invitation found in each sentence: a cue beside it widens its evidence.
      const hitBySentence = new Map<number, InvitationHit>();
      // Invitations found only through an evening or "our guest": an offer beside one joins it.
      const weakHits = new Set<InvitationHit>();
      for (const hit of found.sort((a, b) => a.start - b.start)) {
        const sentence = sentenceIndex(hit.start);
        if (used.has(sentence)) continue;
        // "Dinner? Let's grab dinner after the closing.": a meal asked as a question and the
        // invitation beside it are one.
        const previous = hitBySentence.get(sentence - 1);
        if (previous && (questions.has(previous) || questions.has(hit))) {
          used.add(sentence);
          previous.end = Math.max(previous.end, hit.end);
          hitBySentence.set(sentence, previous);
          continue;
        }
        used.add(sentence);
        hits.push(hit);
        hitBySentence.set(sentence, hit);
      }
      // Then a cue and an occasion in one sentence ("we have a box at Wembley for the final, and
      // I'd love you to join us"), or a complete invitation beside the sentence that names the
      // occasion ("I have two tickets for the Yankees. Would you like to come?").
      const occasions = occasionsIn(text, heads);
      if (jargon.length > 0) {
        occasions.push(...jargon);
        occasions.sort((a, b) => a.start - b.start);
      }
      if (occasions.length === 0) continue;
      // Cues only in the sentences that name an occasion, and those either side of them.
      const cueWindows: Span[] = [];
      for (const occasion of occasions) {
        const i = sentenceIndex(occasion.start);
        if (i < 0) continue;
        const start = sentences[Math.max(0, i - 1)]!.start;
        const end = sentences[Math.min(sentences.length - 1, i + 1)]!.end;
        const last = cueWindows[cueWindows.length - 1];
        if (last && start <= last.end) last.end = Math.max(last.end, end);
        else cueWindows.push({ start, end });
      }
      const cues = cuesIn(text, cueWindows);
      const occasionsBySentence = new Map<number, Occasion[]>();
      // An offer ("we have") takes only seats or a named venue: the first of those per sentence.
      const seatsBySentence = new Map<number, Occasion>();
      for (const occasion of occasions) {
        const sentence = sentenceIndex(occasion.start);
        const list = occasionsBySentence.get(sentence);
        if (list) list.push(occasion);
        else occasionsBySentence.set(sentence, [occasion]);
        if (
          (occasion.kind === "seats" || occasion.kind === "named") &&
          !seatsBySentence.has(sentence)
        ) {
          seatsBySentence.set(sentence, occasion);
        }
      }
      // Each sentence read once, however many cues it holds.
      const pastSentences = new Map<number, boolean>();
      const past = (sentence: number): boolean => {
        let verdict = pastSentences.get(sentence);
        if (verdict === undefined) {
          const span = sentences[sentence];
          verdict = span !== undefined && tellsOfThePast(text.slice(span.start, span.end));
          pastSentences.set(sentence, verdict);
        }
        return verdict;
      };
      for (const cue of cues) {
        const sentence = sentenceIndex(cue.start);
        if (sentence < 0) continue;
        // A second cue of an invitation found ("… has taken a table …, and we would be
        // delighted if you would be our guests"): its evidence takes the ask in too.
        const same = hitBySentence.get(sentence);
        if (same) {
          same.start = Math.min(same.start, cue.start);
          same.end = Math.max(same.end, cue.end);
          continue;
        }
        if (used.has(sentence) || past(sentence)) continue;
        // An evening or being "our guest" is an occasion only to a cue that asks ("would you like
        // to join us on Thursday evening"), not to "let's" or "are you free for".
        const offered = cue.offer
          ? seatsBySentence.get(sentence)
          : cue.provision
            ? providedOccasion(text, sentences[sentence]!, occasionsBySentence.get(sentence))
            : occasionFor(occasionsBySentence.get(sentence), cue.bare);
        // "drinks to follow" lays drinks on; "the board dinner has moved; the minutes will
        // follow" does not: what follows is what stands right before it.
        const own =
          offered &&
          FOLLOW.test(text.slice(cue.start, cue.end)) &&
          !followsRightAfter(text, offered, cue)
            ? undefined
            : offered;
        // "… we are holding a client evening. Supper will be served in the box.": a host's
        // statement beside an invitation found is part of it, not a second invitation.
        const before =
          (cue.provision || cue.continues) && own ? hitBySentence.get(sentence - 1) : undefined;
        if (before && own) {
          used.add(sentence);
          before.end = Math.max(before.end, cue.end, own.end);
          hitBySentence.set(sentence, before);
          continue;
        }
        // "Our summer party is on 3 July. Shall I add you to the list?": a place on a list is
        // the named occasion's beside it, when that one has no invitation of its own yet.
        const namedBeside =
          own?.kind === "guest" &&
          cue.bare &&
          [sentence - 1, sentence + 1].some(
            (b) =>
              !used.has(b) &&
              !hitBySentence.has(b) &&
              !past(b) &&
              occasionFor(occasionsBySentence.get(b), false) !== undefined,
          );
        if (own && !namedBeside) {
          used.add(sentence);
          // "Join us as our guests on the 3rd. We have seats for the semi-final." (or the other
          // way round): an invitation whose occasion is weak and the offer beside it are one.
          const beside = hitBySentence.get(sentence - 1) ?? hitBySentence.get(sentence + 1);
          if (beside && (isWeak(own) || weakHits.has(beside))) {
            beside.start = Math.min(beside.start, cue.start, own.start);
            beside.end = Math.max(beside.end, cue.end, own.end);
            if (!isWeak(own)) weakHits.delete(beside);
            hitBySentence.set(sentence, beside);
            continue;
          }
          const hit = {
            field: field.field,
            start: Math.min(cue.start, own.start),
            end: Math.max(cue.end, own.end),
          };
          hits.push(hit);
          hitBySentence.set(sentence, hit);
          if (isWeak(own)) weakHits.add(hit);
          continue;
        }
        if (!cue.bare) continue;
        for (const beside of [sentence - 1, sentence + 1]) {
          // "… has taken a table for the awards evening. We would be delighted if you could
          // join us": the invitation beside is the same one, and its evidence takes this in.
          const invitation = hitBySentence.get(beside);
          if (invitation) {
            used.add(sentence);
            hitBySentence.set(sentence, invitation);
            invitation.start = Math.min(invitation.start, cue.start);
            invitation.end = Math.max(invitation.end, cue.end);
            break;
          }
          if (used.has(beside) || past(beside)) continue;
          const occasion = occasionFor(occasionsBySentence.get(beside), true);
          if (!occasion) continue;
          used.add(sentence);
          used.add(beside);
          // "… spare badges for Gold Cup day. We'd fly over on the Thursday evening. Let me know
          // if you fancy it": an evening next to an invitation found is that invitation's, and so
          // is an occasion that goes on describing it ("… spares for Figaro. Picnic on the lawn,
          // black tie. Interested?").
          const next =
            hitBySentence.get(Math.min(sentence, beside) - 1) ??
            hitBySentence.get(Math.max(sentence, beside) + 1);
          if (next) {
            next.start = Math.min(next.start, cue.start, occasion.start);
            next.end = Math.max(next.end, cue.end, occasion.end);
            hitBySentence.set(sentence, next);
            hitBySentence.set(beside, next);
            break;
          }
          const hit = {
            field: field.field,
            start: Math.min(cue.start, occasion.start),
            end: Math.max(cue.end, occasion.end),
          };
          hits.push(hit);
          hitBySentence.set(sentence, hit);
          hitBySentence.set(beside, hit);
          break;
        }
      }
      widenToAskBefore(
        text,
        sentences,
        hits.filter((h) => h.field === field.field),
        past,
      );
      widenToOffer(
        text,
        sentences,
        hits.filter((h) => h.field === field.field),
        occasions,
        past,
      );
      widenToHolding(
        text,
        sentences,
        hits.filter((h) => h.field === field.field),
      );
    }
    const forwarded = hits.some((h) => h.field === "body")
      ? undefined
      : (askUnderSubject(draft) ?? (hits.length === 0 ? flyerUnderSubject(draft) : undefined));
    if (forwarded) hits.push(forwarded);
    // "Fwd: Summer Reception – save the date" over a body that asks: one invitation, and the
    // finding points at the author's ask, not at the subject that names the event.
    const bodyInvites = hits.some((h) => h.field === "body");
    const kept =
      bodyInvites && draft.kind !== "appointment"
        ? hits.filter((h) => h.field !== "subject")
        : hits;
    return kept.sort(byFieldThenStart);
  });
}

/**
 * A question to the reader: "Any chance you'd fill the gap on Saturday?", "Are you around on the
 * 14th?", "Fancy making up the numbers?", "Can I tempt you?". Said to "you", or a host's
 * "fancy", "how about", "shall we" opening it.
 */
const ASK_TO_READER =
  /\byou(?:['’]d|['’]re|['’]ll|r)?\b|^\W*(?:fancy|how\s+about|what\s+about|shall\s+we|up\s+for|interested|tempted)\b/i;

/** "Did you get my note?", "Have you seen the draft?": a question about what is done. */
const ASKS_OF_THE_PAST = /^\W*(?:did|have|has|had|were|was)\b/i;

/**
 * Takes the question just before an invitation into its evidence when that invitation was found
 * only by its logistics or the host's statement ("Any chance you'd fill the gap? Tee off 9:30,
 * dinner after, all on us."): the ask is what the lawyer must rewrite, so the finding starts
 * there. Only a question to the reader that is neither work nor the past, in no other
 * invitation, and in the same paragraph.
 */
function widenToAskBefore(
  text: string,
  sentences: readonly Span[],
  hits: readonly InvitationHit[],
  past: (sentence: number) => boolean,
): void {
  const owned = new Set<number>();
  for (const hit of hits) {
    const first = spanIndexAt(sentences, hit.start);
    const last = spanIndexAt(sentences, Math.max(hit.start, hit.end - 1));
    for (let i = first; i <= last; i++) owned.add(i);
  }
  for (const hit of hits) {
    const own = spanIndexAt(sentences, hit.start);
    const before = own - 1;
    if (own < 0 || before < 0 || owned.has(before) || past(before)) continue;
    const span = sentences[before]!;
    const gap = text.slice(span.end, hit.start);
    if (/\n\s*\n/.test(gap)) continue;
    const words = text.slice(span.start, span.end).trim();
    if (
      !words.endsWith("?") ||
      !ASK_TO_READER.test(words) ||
      ASKS_OF_THE_PAST.test(words) ||
      WORK_AROUND.test(words)
    )
      continue;
    hit.start = span.start + text.slice(span.start, span.end).search(/\S/);
    owned.add(before);
  }
}

/**
 * Round 33: the host's holding that opens an invitation's sentence ("we've got the firm's box on
 * the 14th (lunch from 12) …", "we have a table again this year and would love you to join us"):
 * what the host holds is the offer, so the finding starts there, not at the meal or the ask later
 * in that sentence. A present holding only ("we had a table" is the past), of what SEATS names.
 */
const HOLDING = new RegExp(
  "\\b(?:[Ww]e|I)(?:['’]ve|\\s+have|\\s+(?:have\\s+)?got)\\s+(?:got\\s+)?(?:(?:two|2|three|3|four|4|a\\s+couple\\s+of|a\\s+pair\\s+of|some|spare|extra)\\s+)?(?:" +
    SEATS +
    ")\\b",
  "g",
);

function widenToHolding(
  text: string,
  sentences: readonly Span[],
  hits: readonly InvitationHit[],
): void {
  for (const hit of hits) {
    const own = spanIndexAt(sentences, hit.start);
    if (own < 0) continue;
    const from = sentences[own]!.start;
    if (hit.start - from < 8) continue;
    HOLDING.lastIndex = 0;
    const m = HOLDING.exec(text.slice(from, hit.start));
    if (m) hit.start = from + m.index;
  }
}

/** A subject about a matter, not an occasion: "Re: Wimbledon debenture dispute". */
const MATTER_SUBJECT =
  /\b(?:dispute|claim|claims|litigation|proceedings|action|matter|deal|transaction|acquisition|sale|contract|agreement|lease|licen[cs]e|terms|policy|rights|sponsorship|insurance|invoice|tender)\b/i;

/**
 * A message whose subject is the occasion and whose body only asks: a forwarded flyer ("FW:
 * Summer Reception – 18 June" / "Thought you might enjoy this – it would be lovely to see you
 * there"), or a reply in a thread about it. The first asking cue of the author's text, outside
 * the past and work; not for a subject that is work or a matter, nor for a meeting invitation
 * (its subject is read as the occasion already).
 */
function askUnderSubject(draft: AnalysedDraft): InvitationHit | undefined {
  if (draft.kind === "appointment") return undefined;
  const subject = draft.subject.scan;
  const heads = headWords(subject);
  if (!heads.get("any")) return undefined;
  const plain = subject.replace(NAMED_ANYWHERE, " ");
  if (WORK_SUBJECT.test(plain) || MATTER_SUBJECT.test(plain) || namesBusiness(plain))
    return undefined;
  if (!occasionsIn(subject, heads).some((o) => !isWeak(o) && o.kind !== "venue")) return undefined;
  const text = draft.body.scan;
  const sentences = sentencesOf(draft, draft.body);
  let hit: InvitationHit | undefined;
  let sentence = -1;
  for (const cue of cuesIn(text, [{ start: 0, end: text.length }])) {
    if (!cue.bare || cue.offer || cue.provision) continue;
    const i = spanIndexAt(sentences, cue.start);
    if (i < 0) continue;
    // Every ask of its sentence is the one invitation ("Thought you might enjoy this – it would be
    // lovely to see you there").
    if (hit) {
      if (i === sentence) hit.end = Math.max(hit.end, cue.end);
      continue;
    }
    const words = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (tellsOfThePast(words) || WORK_AROUND.test(words)) continue;
    hit = { field: "body", start: cue.start, end: cue.end };
    sentence = i;
  }
  return hit;
}

/** A subject's reply or forward prefix: "RE: ", "FW: ", "Fwd: ". */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fw|fwd|aw|wg)\s*:\s*)+/i;
/** A subject about an occasion that is over, cancelled, or someone else's. */
const NOT_AN_OFFER_SUBJECT =
  /\b(?:your|their|his|her|recap|photos?|pictures?|report|highlights|round-?up|review|cancell?ed|postponed|feedback|survey|invoice|costs?|budget|thanks?|thank\s+you)\b/i;
/** When an occasion is to be: a day or a date and a time of day ("Friday 12 December, 7pm"). */
const DAY_OR_DATE =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b/i;
const TIME_OF_DAY =
  /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b/i;

/**
 * A flyer: a subject in capitals that names an occasion as its heading ("HOLLINS CARVER WINTER
 * PARTY", "CLIENT DRINKS") over a body that only says when it is ("Friday 12 December, 7pm"). The
 * capitals make the subject a heading, not a topic; the day and time make the occasion one to
 * come. Not an occasion that is someone else's ("YOUR SUMMER PARTY"), over ("… RECAP", "PHOTOS",
 * "THANK YOU") or work, nor a body that tells of the past or of work.
 */
function flyerUnderSubject(draft: AnalysedDraft): InvitationHit | undefined {
  if (draft.kind === "appointment") return undefined;
  const subject = draft.subject.scan;
  const lead = SUBJECT_PREFIX.exec(subject)?.[0].length ?? 0;
  const heading = subject.slice(lead);
  if (!/[A-Z]{2}/.test(heading) || heading !== heading.toUpperCase()) return undefined;
  const plain = heading.replace(NAMED_ANYWHERE, " ");
  if (
    NOT_AN_OFFER_SUBJECT.test(heading) ||
    tellsOfThePast(heading) ||
    WORK_SUBJECT.test(plain) ||
    MATTER_SUBJECT.test(plain) ||
    namesBusiness(plain)
  )
    return undefined;
  const heads = headWords(subject);
  if (!heads.get("any")) return undefined;
  const occasion = occasionsIn(subject, heads).find(
    (o) => o.start >= lead && !isWeak(o) && o.kind !== "venue",
  );
  if (!occasion) return undefined;
  const text = draft.body.scan;
  for (const sentence of sentencesOf(draft, draft.body)) {
    const words = text.slice(sentence.start, sentence.end);
    if (tellsOfThePast(words) || WORK_AROUND.test(words)) return undefined;
    if (DAY_OR_DATE.test(words) && TIME_OF_DAY.test(words))
      return { field: "subject", start: occasion.start, end: occasion.end };
  }
  return undefined;
}

/** A meal's place: "at Hawksmoor", "at The Ivy Asia", "in the Long Room". */
const MEAL_PLACE = new RegExp(
  "^\\s+(?:at|in)\\s+(?:[Tt]he\\s+)?[A-Z][" +
    LETTER_CLASS +
    "'’&-]*(?:\\s+(?:(?:&|and|of|on)\\s+)?[A-Z][" +
    LETTER_CLASS +
    "'’&-]*)*",
);

/** A hit ending in a show or a game: its work or place may follow ("… performance of Swan Lake"). */
const EVENT_AT_END = new RegExp("\\b(?:" + EVENT + ")$", "i");
const EVENT_WORK = new RegExp(MEAL_PLACE.source.replace("(?:at|in)", "(?:at|in|of)"));

/**
 * Widens an invitation to the entertainment it offers, which is what the lawyer must see: the
 * named occasions in the rest of its sentence and in the sentence after it ("… a client evening.
 * Tosca is on at the Royal Opera House, with supper in the box."), and a meal's place ("dinner
 * at Hawksmoor"). Not into a sentence of another invitation, of the past or of work.
 */
/** Index of the first of `spans` (sorted by start) that starts at or after `offset`. */
function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function widenToOffer(
  text: string,
  sentences: readonly Span[],
  hits: readonly InvitationHit[],
  occasions: readonly Occasion[],
  past: (sentence: number) => boolean,
): void {
  const owner = new Map<number, InvitationHit>();
  for (const hit of hits) {
    const first = spanIndexAt(sentences, hit.start);
    const last = spanIndexAt(sentences, Math.max(hit.start, hit.end - 1));
    for (let i = first; i <= last; i++) if (i >= 0 && !owner.has(i)) owner.set(i, hit);
  }
  // Only occasions from a hit's start to the end of the next sentence can widen it: walk those
  // alone (every occasion for every hit was quadratic on a long draft).
  const byStart = [...occasions].sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    const own = spanIndexAt(sentences, Math.max(hit.start, hit.end - 1));
    if (own < 0) continue;
    let end = hit.end;
    const reach = sentences[Math.min(own + 1, sentences.length - 1)]!.end;
    for (let k = firstStartingAt(byStart, hit.start); k < byStart.length; k++) {
      const o = byStart[k]!;
      if (o.start >= reach) break;
      if (isWeak(o)) continue;
      const i = spanIndexAt(sentences, o.start);
      if (i === own || (i === own + 1 && !owner.has(i) && !past(i))) {
        if (i !== own && WORK_AROUND.test(text.slice(sentences[i]!.start, sentences[i]!.end)))
          continue;
        end = Math.max(end, o.end);
      }
    }
    if (end > hit.end) {
      const next = spanIndexAt(sentences, end - 1);
      if (next !== own) owner.set(next, hit);
      hit.end = end;
    }
    const words = text.slice(hit.start, hit.end);
    if (MEAL_WORD.test(words) || EVENT_AT_END.test(words)) {
      const place = (EVENT_AT_END.test(words) ? EVENT_WORK : MEAL_PLACE).exec(
        text.slice(hit.end, hit.end + 60),
      );
      if (place && !NOT_A_VENUE.test(place[0].replace(/^\s+(?:at|in)\s+(?:[Tt]he\s+)?/, "")))
        hit.end += place[0].length;
    }
  }
}

/**
 * The first occasion an invitation's subject or location names with this lexicon ("Six Nations:
 * England v France", "Spring reception", "Twickenham Stadium"), for subjects and locations the
 * shared invitation reading does not recognise.
 */
function lexiconOccasion(draft: AnalysedDraft): FieldSpan | undefined {
  if (!isInvitation(draft)) return undefined;
  return draft.memo("entertainment-lexicon-occasion", () => {
    for (const field of [draft.subject, draft.location]) {
      const text = field.scan;
      if (text.trim() === "") continue;
      const occasion = occasionsIn(text, headWords(text)).find(
        (o) => o.kind !== "venue" || field.field === "location",
      );
      if (occasion) return { field: field.field, start: occasion.start, end: occasion.end };
      // A subject drops its article: "Shooting day", "Golf weekend – Gleneagles".
      const bare = field.field === "subject" ? SUBJECT_EVENT.exec(text) : null;
      if (bare) {
        const start = bare.index + bare[0].length - bare[1]!.length;
        return { field: field.field, start, end: bare.index + bare[0].length };
      }
    }
    return undefined;
  });
}

/** An event opening a subject, with at most two words before it and no article. */
const SUBJECT_EVENT = new RegExp(
  "^\\s*(?:[" + LETTER_CLASS + "'’-]+\\s+){0,2}?(" + EVENT + ")\\b" + NOT_AFTER,
  "i",
);

/** The invitation's occasion: what its subject says first, then its location. */
function occasionOf(draft: AnalysedDraft): FieldSpan | undefined {
  const shared = invitationOccasion(draft);
  const mine = lexiconOccasion(draft);
  const found =
    shared?.field === "subject" ? shared : mine?.field === "subject" ? mine : (shared ?? mine);
  if (!found) return undefined;
  // "Lenders' presentation" at Lord's, "Site inspection - hospitality boxes": a subject that is
  // work makes its venue a meeting place and its occasion words the matter; a meal stays one
  // ("Dinner after the board meeting").
  // A venue's own name ("Centre Court") is not work in the subject.
  const subject = draft.subject.scan.replace(NAMED_ANYWHERE, " ");
  if (WORK_SUBJECT.test(subject)) {
    const own = fieldOf(draft, found.field).scan.slice(found.start, found.end);
    if (!MEAL_IN_SUBJECT.test(own)) return undefined;
  }
  return found;
}

/**
 * A gathering that says nothing of what is laid on ("Client evening", "Hospitality"); a party or
 * a reception is itself the entertainment.
 */
const GENERIC_GATHERING =
  /^(?:(?:a|an|the|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?:evening|evenings|night|event|events|hospitality|get-together|celebration)$/i;

function isGenericOccasion(draft: AnalysedDraft, occasion: FieldSpan): boolean {
  return GENERIC_GATHERING.test(
    fieldOf(draft, occasion.field).scan.slice(occasion.start, occasion.end).trim(),
  );
}

/**
 * What an invitation's description offers ("Tosca at the Royal Opera House; supper in the box"):
 * from its first named occasion to the last in that sentence and the next, outside the past
 * and work; undefined when it names none.
 */
function offerInBody(draft: AnalysedDraft): FieldSpan | undefined {
  const text = draft.body.scan;
  const heads = headWords(text);
  if (!heads.get("any")) return undefined;
  const sentences = sentencesOf(draft, draft.body);
  let first: Occasion | undefined;
  let end = 0;
  let firstSentence = -1;
  for (const o of occasionsIn(text, heads)) {
    if (isWeak(o)) continue;
    const i = spanIndexAt(sentences, o.start);
    if (i < 0) continue;
    const words = text.slice(sentences[i]!.start, sentences[i]!.end);
    if (tellsOfThePast(words) || WORK_AROUND.test(words)) continue;
    if (!first) {
      first = o;
      firstSentence = i;
      end = o.end;
    } else if (i <= firstSentence + 1) end = Math.max(end, o.end);
    else break;
  }
  if (!first) return undefined;
  // The sentence that names it is the offer ("Tosca at the Royal Opera House, with supper").
  let start = sentences[firstSentence]!.start;
  while (start < first.start && /\s/.test(text[start]!)) start++;
  return { field: "body", start, end };
}

/** An invitation's subject that is work: a meeting, a presentation, an inspection, a hearing. */
const WORK_SUBJECT = new RegExp(
  WORK_AROUND.source +
    "|\\b(?:presentation|inspection|visit|walk-?round|walkthrough|viewing|survey|interview|deposition|mediation|negotiation|kick-?off|pre-?hearing|lease|licen[cs]e|licensing|schedule\\s+of\\s+condition|due\\s+diligence|closing|completion)\\b",
  "i",
);
const NAMED_ANYWHERE = new RegExp(NAMED, "g");
const MEAL_IN_SUBJECT = new RegExp("\\b" + MEAL + "\\b", "i");

/** Whether `text` asks the reader along, or says the firm runs something ("open for registration"). */
function invitesToEvent(text: string): boolean {
  return (
    /\b(?:regist|running\b)/i.test(text) ||
    cuesIn(text, [{ start: 0, end: text.length }]).some((c) => !c.provision && !c.offer)
  );
}

/** Whether an invitation found takes in `meal`'s sentence or the one either side of it. */
function besideAnInvitation(draft: AnalysedDraft, meal: InvitationHit): boolean {
  const field = fieldOf(draft, meal.field);
  const sentences = sentencesOf(draft, field);
  const at = spanIndexAt(sentences, meal.start);
  return findInvitations(draft).some((hit) => {
    if (hit.field !== meal.field) return false;
    const first = spanIndexAt(sentences, hit.start);
    const last = spanIndexAt(sentences, Math.max(hit.start, hit.end - 1));
    return at >= first - 1 && at <= last + 1;
  });
}

/** The notes' reading, for the last notes read (one profile is checked for many recipients). */
let notesRead: { notes: string | undefined; read: EntertainmentNotes } | undefined;
function notesReading(notes: string | undefined): EntertainmentNotes {
  if (notesRead && notesRead.notes === notes) return notesRead.read;
  const read = readEntertainmentNotes(notes);
  notesRead = { notes, read };
  return read;
}

/**
 * Round 28: an ordinary thing the notes ban ("including coffee catch-ups we pay for"), offered by
 * the firm in a body sentence ("coffee and cake at Pigeon Hole - our treat"), outside the
 * invitations found (one offer, one finding).
 */
function bannedOffers(ctx: CheckContext, noted: EntertainmentNotes, found: readonly Span[]): void {
  if (noted.banned.length === 0) return;
  const body = ctx.draft.body;
  for (const span of sentencesOf(ctx.draft, body)) {
    if (found.some((f) => f.start < span.end && f.end > span.start)) continue;
    const words = body.scan.slice(span.start, span.end);
    const offer = bannedOffer(noted, words);
    if (!offer || tellsOfThePast(words)) continue;
    const said = addresseeAt(body.scan, span.start + offer.start);
    if (said !== undefined && saidToSomeoneElse(said, ctx.recipient, ctx.recipients)) continue;
    let start = span.start;
    while (start < span.start + offer.start && /\s/.test(body.scan[start]!)) start++;
    const evidence = evidenceAt(body, start, span.end);
    ctx.report({ messageId: "invite", data: { text: evidence.text }, evidence });
  }
}

export function check(ctx: CheckContext): void {
  if (ctx.profile?.entertainment !== "avoid") return;
  // Round 28: the notes' exceptions ("Exception: the X dinner … fine to invite them") silence an
  // invitation to that occasion; their extensions make an ordinary thing offered one.
  const noted = notesReading(ctx.profile.notes);
  const found: Span[] = [];
  for (const hit of findInvitations(ctx.draft)) {
    const field = fieldOf(ctx.draft, hit.field);
    // "Dan - separately, you're on for the game Thursday": said to a colleague on copy.
    const said = addresseeAt(field.scan, hit.start);
    if (said !== undefined && saidToSomeoneElse(said, ctx.recipient, ctx.recipients)) continue;
    if (hit.field === "body") found.push(hit);
    if (permittedBy(noted, sentenceAround(field.scan, hit.start, hit.end))) continue;
    const evidence = evidenceAt(field, hit.start, hit.end);
    ctx.report({ messageId: "invite", data: { text: evidence.text }, evidence });
  }
  // "Lunch will be provided" at the firm's seminar: food at an event, unless an invitation found
  // already takes it in or stands beside it (one offer, one finding).
  for (const meal of eventMeals(ctx.draft, invitesToEvent, tellsOfThePast)) {
    const field = fieldOf(ctx.draft, meal.field);
    if (besideAnInvitation(ctx.draft, meal)) continue;
    const said = addresseeAt(field.scan, meal.start);
    if (said !== undefined && saidToSomeoneElse(said, ctx.recipient, ctx.recipients)) continue;
    if (meal.field === "body") found.push(meal);
    // "Our CPD seminar (with a sandwich lunch) is fine": the event named beside its food.
    if (permittedBy(noted, aroundHit(field.scan, meal.start, meal.end))) continue;
    const evidence = evidenceAt(field, meal.start, meal.end);
    ctx.report({ messageId: "eventMeal", data: { text: evidence.text }, evidence });
  }
  bannedOffers(ctx, noted, found);
  // An invitation whose subject or location is the occasion ("Dinner at Nobu"): no frame needed.
  const occasion = occasionOf(ctx.draft);
  const framed = (hit: InvitationHit) =>
    occasion !== undefined &&
    hit.field === occasion.field &&
    hit.start < occasion.end &&
    hit.end > occasion.start;
  if (occasion && !findInvitations(ctx.draft).some(framed)) {
    // "Client evening" in the subject, the opera and the supper in the description: the finding
    // points at what is offered, when the subject only names a gathering.
    // When the description invites in its own words, that finding already points at the offer,
    // and a bare gathering in the subject would only repeat it.
    const generic = isGenericOccasion(ctx.draft, occasion);
    const bodyInvites = findInvitations(ctx.draft).some((hit) => hit.field === "body");
    if (generic && bodyInvites) return;
    const offered = generic ? offerInBody(ctx.draft) : undefined;
    const at = offered ?? occasion;
    const atField = fieldOf(ctx.draft, at.field).scan;
    if (permittedBy(noted, sentenceAround(atField, at.start, at.end))) return;
    const evidence = evidenceAt(fieldOf(ctx.draft, at.field), at.start, at.end);
    ctx.report({
      messageId: "occasion",
      data: { text: evidence.text, field: at.field },
      evidence,
    });
  }
}
