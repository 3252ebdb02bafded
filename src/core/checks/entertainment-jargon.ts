/**
 * Occasions named only in the jargon of the activity: a host who plays golf, shoots, races or
 * fishes says "nine holes", "make up a four", "a peg", "a driven day", "Ladies' Day", "a beat on
 * the Spey" and never "golf" or "shooting". Each phrase here names a day out by itself; it is an
 * invitation only with a cue that proposes it to the recipient (entertainment-invite.ts's CUES:
 * "would you", "fancy", "join us", "on us"), so "we played nine holes on Sunday" stays silent.
 *
 * Also the offers of a place that say who it is for and nothing else: "the tickets have your
 * name on them", "two passes for you", "I have put you on the list", "a seat for you": seats kept
 * for the recipient, unless the sentence names work ("tickets for the conference").
 *
 * A word list found by the project's phrase matcher (one hash lookup per word: no alternation to
 * compile), and two short patterns.
 */
import { TermMatcher, WordGate } from "../text";

/**
 * Phrases of golf, country sports, racing, sailing and fishing that name a day out (lower case;
 * the matcher folds case, hyphens and a plural "s"). Each is rarely anything else in a law firm's
 * mail; "a four", "a peg", "a gun" and "a rod" alone are, so they come with what fixes them.
 */
const JARGON =
  // Golf.
  "nine holes|18 holes|eighteen holes|back nine|front nine|tee time|tee off|first tee|fourball|four ball|make up a four|making up a four|make up a fourball|making up a fourball|make up a four ball|making up a four ball|need a fourth|use a fourth|be our fourth|bring your clubs|" +
  // Shooting, racing, fishing and sailing.
  "grouse moor|driven day|a peg on|a peg for you|take a peg|a gun for you|a spare gun|a gun spare|take a gun|glorious twelfth|ladies day|champions day|gold cup day|derby day|a beat on the|a rod on the|a rod for you|the rod is yours|crew for us";

let matcher: TermMatcher<number> | undefined;
function jargonMatcher(): TermMatcher<number> {
  matcher ??= new TermMatcher(JARGON.split("|").map((term) => ({ term, data: 0 })));
  return matcher;
}

/**
 * After "a four" or "a fourth", what keeps it the place in a game: punctuation, a time, a place
 * or a condition ("make up a four on Saturday"), not a noun ("a four-page note", "a fourth
 * witness", "a fourth of the budget").
 */
const PLACE_IN_A_GAME =
  /^(?:\s*[.,;:!?)–—]|\s+-\s|\s*$|\s+(?:for|at|on|in|this|next|with|and|or|tomorrow|if)\b)/i;

/**
 * Seats or passes kept for the recipient by name or by "for you": "the tickets have your name on
 * them", "two passes for you", "a seat for you at our table".
 */
const SEATS_FOR_YOU =
  /\b(?:tickets?|tix|seats?|passes|pass|places?|badges?|spots?)\b(?:[^.!?\n]{0,40}?\byour\s+names?\s+on\s+(?:it|them)\b|\s+(?:kept\s+|saved\s+|reserved\s+)?for\s+you\b)/gi;
/** "I have put you on the list", "added you and Anna to our list": a place at the door. */
const ON_THE_LIST =
  /\b(?:put|added|add|got)\s+you(?:\s+(?:and|&)\s+[\w'’-]+)?\s+(?:down\s+)?(?:on|to)\s+(?:the|our|my)\s+(?:door\s+)?list\b(?!\s+(?:of|for\s+(?:the\s+)?(?:newsletter|updates?|bulletins?|mailings?|distribution|circulation|alerts?)))/gi;

/**
 * Golf's words that name a round only where golf is already the subject: "a round" is a round of
 * funding, comments or drinks elsewhere, "make up the numbers" a quorum or a panel, "fill the gap"
 * anything. Each counts only when the message (subject or body) names golf itself.
 */
/**
 * WordGate's words for the three whole-text patterns here: a word each match holds whole (see
 * word-gate.ts). Golf: each alternative's own word ("tee" of "tee time", "first tee", "tee-off";
 * "ball" of "four ball"; "holes"; "green" of "green fees", as "fees" is common; "pro" of
 * "pro-am"; "clubs" of "bring your clubs"). Seats: the head word, between two `\b`. The list:
 * "list", after white space and before `\b`.
 */
const GOLF_GATE = new WordGate(
  (
    "golf golfing golfer golfers tee teetime teetimes teeoff fairway fairways clubhouse ball balls " +
    "fourball fourballs holes green greens handicap handicaps caddies pro links clubs"
  ).split(" "),
);
const SEATS_GATE = new WordGate(
  "ticket tickets tix seat seats passes pass place places badge badges spot spots".split(" "),
);
const LIST_GATE = new WordGate(["list"]);

const GOLF_CONTEXT =
  /\b(?:golf(?:ing|ers?)?|tee(?:[- ]?(?:times?|off))|first\s+tee|fairways?|clubhouse|four[- ]?balls?|nine\s+holes|(?:18|eighteen)\s+holes|greens?\s+fees?|handicaps?|caddies|pro-am|links|bring\s+your\s+clubs)\b/i;
/**
 * In golf's context: "a round" (not "a round of …", "a round-robin", "a round table", "a round
 * number"), "make up the numbers", "be our fourth".
 */
const GOLF_ROUND =
  /\b(?:(?:a|another|our)\s+(?:(?:quick|early|late|morning|afternoon|friendly|leisurely|proper|full|practice)\s+)?round(?![- ](?:of|robin|table|number|figure|trip|up|down|about|the|here|there|it|them|us)\b)(?!-)|(?:make|making)\s+up\s+the\s+numbers)\b/gi;

/** Whether any of `texts` names golf itself, so that its softer words count. */
export function namesGolf(texts: readonly string[]): boolean {
  return texts.some((t) => GOLF_GATE.open(t) && GOLF_CONTEXT.test(t));
}

export interface JargonOccasion {
  start: number;
  end: number;
  kind: "event" | "seats" | "guest";
}

/**
 * The jargon occasions of `text`, and the places kept for the recipient; `isWork(start, end)`
 * says whether the sentence around a place names work (a conference, a panel, training).
 */
export function jargonOccasions(
  text: string,
  isWork: (start: number, end: number) => boolean,
  golf = false,
): JargonOccasion[] {
  const found: JargonOccasion[] = [];
  if (golf) {
    GOLF_ROUND.lastIndex = 0;
    for (let m = GOLF_ROUND.exec(text); m; m = GOLF_ROUND.exec(text)) {
      const end = m.index + m[0].length;
      if (!isWork(m.index, end)) found.push({ start: m.index, end, kind: "event" });
    }
  }
  for (const m of jargonMatcher().findAll(text)) {
    if (/four(?:th)?$/i.test(m.text) && !PLACE_IN_A_GAME.test(text.slice(m.end, m.end + 12)))
      continue;
    found.push({ start: m.start, end: m.end, kind: "event" });
  }
  for (const [pattern, kind, gate] of [
    [SEATS_FOR_YOU, "seats", SEATS_GATE],
    [ON_THE_LIST, "guest", LIST_GATE],
  ] as const) {
    if (!gate.open(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (!isWork(m.index, end)) found.push({ start: m.index, end, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
