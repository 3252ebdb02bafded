/**
 * Withdrawals: a client lifting a preference the firm has on file ("happy to take calls again",
 * "you can drop the no-Zoom rule", "we no longer mind 'Review of file'", "Meg is fine these days",
 * "lift the ban on Nestlé"), heard as a suggestion to **remove** the value from its list.
 *
 * Only what is on file is looked for: the values of the profile in force (the person's merged
 * over their organisation's) are found in the clause first, and a withdrawal is heard only about
 * one of them, so withdrawing something the firm never recorded says nothing. Whether the clause
 * is the writer's own standing word (not a question, a condition, a one-off, the past, someone
 * else's, quoted history or a signature) is decided by listening's own judge, which hear() passes
 * in: the same refusals as every other suggestion, with only its "a withdrawal is heard as
 * nothing" refusal (clause-facts.ts isWithdrawal) lifted, since a withdrawal is what is heard here.
 *
 * Where the removal goes: the stored profile that holds the value. When the person's own profile
 * holds it, theirs (an organisation's "we no longer mind" covers its people too); when only the
 * organisation's does, the organisation's if the clause speaks for it (or nothing says whose, and
 * the field is the organisation's by default), and nothing if the writer speaks only for
 * themselves ("I'm happy to take calls again" does not lift a rule the organisation set for all
 * its people; lists merge by union, so there is no personal exception to record either).
 */
import { bareShortFormMayBeBrand, restIsTradeWord, shortFormsOf } from "../checks/short-forms";
import { normaliseChannel, type ClientProfile } from "../profile";
import { headOf } from "./annotated";
import { isWithdrawal } from "./clause-facts";
import { channelMentions, RELEASED } from "./lexicon";
import {
  AVOID_LIST,
  FOR_ONE_OCCASION,
  liftedByPredicate,
  LIST,
  replacedTokens,
  RULE_WORD,
  tentativeBefore,
} from "./lifting";
import type { Candidate, ClauseContext } from "./recogniser";
import { REMOVABLE_FIELDS, type ListenField, type RemovableField, type Suggestion } from "./types";
import { escapeRegExp } from "../text/escape-regexp";

/** Listening's judge for one candidate in one clause: whose it is, or undefined when refused. */
export type Judge = (candidate: Candidate, context: ClauseContext) => "self" | "org" | undefined;

/** Lists a preference to avoid something: what "is fine now", "no longer mind", "again" lift. */
const AVOID_LISTS: readonly RemovableField[] = [
  "avoidChannels",
  "avoidNames",
  "bannedBillingPhrases",
  "competitors",
  "avoidTopics",
];

interface OnFile {
  field: RemovableField;
  /** As stored. */
  value: string;
}

interface Found extends OnFile {
  start: number;
  end: number;
}

// A quick test before any work: every cue below holds one of these words.
const ANY_CUE =
  /\b(?:left|quit|deleted|uninstalled|come\s+off|got\s+rid|given\s+up|stopped\s+using|now|again|days|nowadays|after\s+all|longer|any\s?more|bans?|rules?|restrictions?|embargo|polic(?:y|ies)|prohibitions?|exclusions?|blocks?|bars?|mind|changed|ignore|disregard|forget|scratch|take\s+back|back\s+on|come\s+(?:a)?round|warmed|need|needn't|lift|lifted|drop|dropped|scrap|taken|removed|struck|off\s+(?:the|our|your|that|this)|keep|list|feel|stop|more|free|welcome)\b/i;

const V = String.raw`⟪V(\d+)⟫`;
// Up to `n` light words between a cue and its object ("the", "my", "any", "being called").
const gap = (n: number) => String.raw`(?:[\w'’-]+\s+){0,${n}}?`;
// A change of mind said in time words: "now", "these days", "again", "after all". Not "right
// now", "just now", "for now" (a moment, or for a while only).
const CHANGED = String.raw`(?:(?<!\bright\s|\bjust\s|\bfor\s|\buntil\s)\bnow\b(?!\s+and\s+(?:then|again))|\bthese\s+days\b|\bnowadays\b|\bagain\b|\bafter\s+all\b|\bany\s?more\b|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bthese\s+days\b)`;
const FINE = String.raw`(?:fine|ok|okay|alright|all\s+right|acceptable|welcome|no\s+problem|not\s+a\s+problem|no\s+issue|good)`;
const BE = String.raw`(?:is|are|'s|’s|'re|’re|has\s+become|have\s+become)`;
const AVOIDED = String.raw`(?:a\s+problem|an\s+issue|a\s+concern|off[\s-]limits|out\s+of\s+bounds|banned|barred|taboo|a\s+no-go(?:\s+area)?|a\s+sore\s+(?:point|subject)|a\s+sensitive\s+(?:point|subject|topic)|sensitive|off\s+the\s+table|(?:a|our|an?\s+\w+)\s+(?:competitor|rival)|a\s+competitor\s+of\s+ours|something\s+(?:i|we)\s+(?:avoid|mind|object\s+to))`;

// Round 28 (analysis-lh25 C, lh22 I, lh24 E): the participles of keeping something out, one class
// for every "no longer …" and "not … any more" lift ("X is no longer excluded", "Zoom is no longer
// blocked", "'Travel' isn't refused any more"), so that no set's own verb has to be added alone.
const KEPT_OUT = String.raw`(?:excluded|refused|rejected|prohibited|forbidden|disallowed|blocked|restricted|blacklisted|black-listed|vetoed|embargoed|proscribed|ruled\s+out)`;
// The verbs of steering round something, base form and -ing form: what "no need to …", "you don't
// have to …" and "you can stop …" lift ("you don't have to steer around X any more", "no need to
// work round Y now").
const ROUND = String.raw`\s+(?:a)?round`;
const AVOIDING_BASE = String.raw`(?:avoid|exclude|omit|sidestep|side-step|dodge|leave\s+out|steer\s+(?:clear\s+of|away\s+from|(?:a)?round)|(?:keep|stay)\s+(?:off|away\s+from|clear\s+of|quiet\s+(?:about|on))|(?:tiptoe|tip-toe|skirt|dance|creep|work|navigate|pussyfoot|tread\s+(?:carefully|lightly|softly)|walk\s+on\s+eggshells)${ROUND}|shy\s+away\s+from|be\s+(?:so\s+)?(?:careful|cautious|coy|wary)\s+(?:about|around|with|of))`;
const AVOIDING_ING = String.raw`(?:avoiding|excluding|omitting|sidestepping|side-stepping|dodging|leaving\s+out|skirting|steering\s+(?:clear\s+of|away\s+from|(?:a)?round)|(?:keeping|staying)\s+(?:off|away\s+from|clear\s+of|quiet\s+(?:about|on))|(?:tiptoeing|tip-toeing|skirting|dancing|creeping|working|navigating|pussyfooting|treading\s+(?:carefully|lightly|softly)|walking\s+on\s+eggshells)${ROUND}|shying\s+away\s+from|being\s+(?:so\s+)?(?:careful|cautious|coy|wary)\s+(?:about|around|with|of))`;
// The same in the passive ("X no longer has to be worked around").
const AVOIDED_PASSIVE = String.raw`(?:avoided|excluded|omitted|left\s+out|kept\s+out|kept\s+off|sidestepped|side-stepped|dodged|steered\s+(?:clear\s+of|(?:a)?round)|(?:tiptoed|tip-toed|skirted|worked|navigated)${ROUND}|treated\s+as\s+off[\s-]limits)`;

// The release read before each lift below ("no need", "no reason", round 19's "no reason any more
// to keep X out", round 26's "no longer any need", "don't / no longer have to") is lexicon.ts
// RELEASED, one source with channels.ts's NOT_BOUND (round 29).

// Round 19: leave to stop avoiding something ("you can stop tiptoeing round X").
const STOP_LEAVE = `(?:you\\s+(?:can|may|could)(?:\\s+(?:now|all|also|safely))?|(?:you're|you\\s+are)\\s+(?:free|welcome)\\s+to|feel\\s+free\\s+to|(?:it's|it’s|it\\s+is)\\s+(?:fine|ok|okay|safe|time)\\s+to|time\\s+to)`;

// The time words of a change after leave given (round 21). A bare "now" is also the moment: not
// when a purpose or a span follows it ("you can ring me now about the draft", "call me now for
// ten minutes", "now before my flight"); "y'all can text me now.", "ring me now, the new job…" stay.
// CHANGED's own guards ("right now", "just now", "for now") hold.
const CHANGED_LEAVE =
  "(?:(?!now\\s+(?:about|for|re|regarding|to\\s+(?:discuss|talk|go\\s+through)|before|while|until|till|or)\\b)" +
  CHANGED +
  ")";

// Leave given to the firm: "happy to", "feel free to", "you can", "y'all can" (round 21: the plural
// "you" of other Englishes too).
const PERMISSION =
  "(?:happy|glad|pleased|fine|ok|okay|content|willing|delighted|comfortable)(?:\\s+for\\s+(?:you|your\\s+team))?(?:\\s+to\\b|\\s+with\\b|(?=\\s+\\w+ing\\b))|feel\\s+free\\s+to|(?:you|y['\u2019]all|you\\s+all|you\\s+guys)\\s+(?:can|may|are\\s+welcome\\s+to)|you['\u2019]re\\s+welcome\\s+to|go\\s+ahead\\s+and|by\\s+all\\s+means";

// Round 15: "please don't feel you have to avoid Acme", "don't feel obliged to keep X out of it".
const FEEL_BOUND = String.raw`(?:don't|do\s+not)\s+feel\s+(?:that\s+)?(?:you\s+)?(?:have|need|ought)\s+to|(?:don't|do\s+not)\s+feel\s+(?:obliged|bound|you\s+must)(?:\s+to)?`;

// A lift asked for or announced with its verb first ("you can drop the no-Zoom rule", "lift the
// ban on Nestlé"); round 16: only when nothing before the verb makes it a plan, a possibility or
// a denial ("we are planning to lift the ban on X", "we may drop the no-Zoom rule").
const LIFT_ASKED = new RegExp(
  String.raw`\b(?:drop|dropping|lift|lifting|scrap|scrapping|remove|removing|cancel|cancelling|canceling|end|ending|relax|relaxing|forget|ignore|disregard)\s+(?:the|my|our|that|this|your)\s+(?:earlier\s+|previous\s+|old\s+|current\s+)?(?:no[\s-]+${gap(1)}${V}|${V}(?:\s+[\w-]+)?\s+${RULE_WORD}|${RULE_WORD}\s+(?:on|of|about|against|regarding)\s+${gap(2)}${V})`,
  "i",
);

// Round 26: the list named bare too ("take Pepsi off the list", "off your list"): with a value on
// file for object, the list is the one that holds it (lifting.ts LIST; not "the list of …").
const TAKEN_OFF = new RegExp(
  String.raw`\b(?:take|taken|took|taking|remove|removed|removing|strike|struck|delete|deleted|drop|dropped)\s+${gap(1)}${V}["'”’]?\s+(?:off|from|out\s+of)\s+${LIST}`,
  "i",
);

/** Cues that lift a wish to avoid something (the AVOID_LISTS). */
const LIFTS_AVOIDANCE: readonly RegExp[] = [
  // "Meg is fine these days", "Calls are fine again", "Zoom is now OK", "Review of file is
  // acceptable again".
  new RegExp(
    String.raw`${V}(?:\s+[\w'’-]+){0,3}?\s+${BE}\s+(?:(?:now|absolutely|perfectly|completely|totally|quite|all|really|also|actually)\s+)*${FINE}\b(?:\s+(?:by|with|for|to)\s+(?:me|us))?[^.;:!?]{0,24}?${CHANGED}`,
    "i",
  ),
  new RegExp(String.raw`${V}(?:\s+[\w'’-]+){0,3}?\s+${BE}\s+now\s+${FINE}\b`, "i"),
  // Round 27 (lh21 bigsky): the same with "work" for its verb ("video calls work fine for us now",
  // "Zoom works again for us these days"): a time word of a change still needed.
  new RegExp(
    String.raw`${V}(?:\s+[\w'’-]+){0,3}?\s+(?:works?|worked)\s+(?:(?:just|perfectly|absolutely|really)\s+)?(?:fine|well|ok|okay|again|all\s+right)\b(?:\s+(?:by|with|for)\s+(?:me|us))?[^.;:!?]{0,24}?${CHANGED}`,
    "i",
  ),
  // Round 27 (lh20 halden; lh19 registry's "happy to receive originals by post once more" is
  // leave, below): the writer able to take the value again ("we can receive post again", "I can
  // take calls again these days"). Only a time word of a return (not a bare "now": "I can take
  // calls now" is the moment), and not with a condition after it.
  // Round 31 (lh28 rwenzori; the lifting construction, listen-31a): the organisation's own
  // acceptance said as a decision ("we will accept X charges again", "we'll pay for X once more",
  // "we are happy to accept X again"): the same time word of a return, the same refusal of a
  // condition after it; a negation never reaches the verb ("we will not accept X again").
  new RegExp(
    String.raw`\b(?:i|we)(?:\s+(?:can|will|(?:are|am|'re|’re|'m|’m)\s+(?:able|happy|willing|prepared|glad)\s+to)|['’]ll)\s+(?:now\s+|finally\s+|once\s+again\s+|gladly\s+)?(?:receive|take|accept|get|use|do|handle|answer|open|read|pay\s+for|pay|allow|approve)\s+${gap(3)}${V}[^.;:!?]{0,40}?(?:\bagain\b|\bonce\s+more\b|\bthese\s+days\b|\bnowadays\b)(?![^.;:!?]*\b(?:if|when|whenever|should|once|unless|in\s+case)\b)`,
    "i",
  ),
  // "we no longer mind 'Review of file'", "I don't mind calls any more", "no longer object to Zoom".
  new RegExp(
    String.raw`\bno\s+longer\s+(?:really\s+)?(?:mind|object\s+to|care\s+about|have\s+(?:a|any)\s+(?:problem|issue)\s+with|worry\s+about|avoid|need\s+to\s+avoid)\s+${gap(3)}${V}`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:don't|do\s+not|doesn't|does\s+not)\s+(?:really\s+)?(?:mind|object\s+to|have\s+(?:a|any)\s+(?:problem|issue)\s+with)\s+${gap(3)}${V}[^.;:!?]{0,30}?(?:\bany\s?more\b|\bthese\s+days\b|\bnowadays\b|(?<!\bright\s|\bjust\s|\bfor\s)\bnow\b)`,
    "i",
  ),
  // "Zoom no longer bothers me", "Nestlé is no longer a competitor", "my health is no longer
  // off limits", "'Review of file' is no longer a problem for us".
  new RegExp(
    String.raw`${V}(?:\s+[\w'’-]+){0,3}?\s+(?:no\s+longer\s+(?:bothers|worries|troubles)|(?:doesn't|does\s+not|don't|do\s+not)\s+(?:bother|worry|trouble)\s+(?:me|us)\s+(?:any\s?more|these\s+days|now))\b`,
    "i",
  ),
  new RegExp(
    String.raw`${V}["'”’]?(?:\s+[\w'’-]+){0,3}?\s+(?:${BE}\s+no\s+longer\s+(?:${AVOIDED}|(?:being\s+)?${KEPT_OUT}))\b`,
    "i",
  ),
  // Round 28: the participle (or any avoided state) denied with a time word after it ("X isn't
  // excluded any more", "Zoom is not blocked these days", "Pepsi isn't off limits any more").
  new RegExp(
    String.raw`${V}["'”’]?(?:\s+[\w'’-]+){0,3}?\s+(?:isn't|aren't|is\s+not|are\s+not)\s+(?:${AVOIDED}|(?:being\s+)?${KEPT_OUT})\s+(?:any\s?more|any\s+longer|these\s+days|nowadays)\b`,
    "i",
  ),
  // Round 26: the need denied in the passive ("Pepsi no longer needs to be avoided", "X needn't be
  // kept out of the decks any more").
  new RegExp(
    String.raw`${V}["'”’]?(?:\s+[\w'’-]+){0,3}?\s+(?:no\s+longer\s+(?:needs?|has|have)|(?:doesn't|does\s+not|don't|do\s+not)\s+(?:need|have)|needn't|need\s+not)\s+(?:to\s+)?be\s+${AVOIDED_PASSIVE}\b`,
    "i",
  ),
  // "we no longer compete with Nestlé".
  new RegExp(String.raw`\bno\s+longer\s+compete\s+(?:with|against)\s+${gap(2)}${V}`, "i"),
  // "happy to take calls again", "feel free to mention Nestlé again", "you can call me Meg again",
  // "happy for you to raise my health again", "I'm okay with texts again". Round 21 (analysis-lh19 ranked
  // change 2): any time word of a change, not only "again" ("y'all can text me now", "happy to
  // receive originals by post once more", "you can ring me these days"); each writer brought the
  // one the cue lacked. Not when a condition follows (a repeat, "call me again if…").
  new RegExp(
    "\\b(?:" +
      PERMISSION +
      ")\\s+" +
      gap(4) +
      V +
      "[^.;:!?]{0,40}?(?:\\bonce\\s+more\\b|" +
      CHANGED_LEAVE +
      ")(?![^.;:!?]*\\b(?:if|when|whenever|should|once|unless)\\b)",
    "i",
  ),
  // Round 21: "feel free to" / "you're welcome to" alone is leave to use a value the profile keeps
  // out ("feel free to talk politics with me", "feel free to use WhatsApp with any of us"): said to
  // the firm of what is on file, it lifts the avoidance. Only straight before the value (two light
  // words), and not with a condition after it. "You can" alone stays unread ("you can call me on
  // 0207…" is how a number is given, not a lift).
  new RegExp(
    "\\b(?:feel\\s+free\\s+to|(?:you['\u2019]re|you\\s+are|y['\u2019]all\\s+are)\\s+(?:free|welcome|more\\s+than\\s+welcome)\\s+to)\\s+" +
      gap(2) +
      V +
      "(?![^.;:!?]*\\b(?:if|when|whenever|should|once|unless|in\\s+case)\\b)",
    "i",
  ),
  // "I'm back on WhatsApp", "I've come round to Zoom", "we've warmed to Teams".
  new RegExp(
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are|i've|i\s+have|we've|we\s+have)\s+(?:now\s+)?(?:back\s+on|come\s+(?:a)?round\s+to|warmed\s+to)\s+${V}`,
    "i",
  ),
  // "no need to avoid Zoom any more", "you don't have to steer clear of politics now".
  new RegExp(
    String.raw`\b(?:${RELEASED}\s+(?:(?:for\s+(?:you|anyone|anybody|your\s+[\w-]+)|you|anyone)\s+)?to|needn't|need\s+not|${FEEL_BOUND})\s+(?:(?:go\s+out\s+of\s+your\s+way\s+to|try\s+to|keep)\s+)?(?:${AVOIDING_BASE}|${AVOIDING_ING})\s+${gap(2)}${V}`,
    "i",
  ),
  // Round 19: the avoiding itself stopped, with leave to ("you can stop tiptoeing round the
  // relegation stuff now", "feel free to stop steering clear of Acme"). Without the permission it
  // may be a complaint ("stop avoiding my calls") or a request about something else.
  new RegExp(`\\b${STOP_LEAVE}\\s+stop\\s+${AVOIDING_ING}\\s+${gap(2)}${V}`, "i"),
  // Round 20 (rec 2c): "stop treating Glimmerforge as a rival", "we no longer regard X as
  // off-limits", "no need to treat X as a competitor": the standing of the value on file itself
  // withdrawn (what it was treated as is one of the avoided kinds).
  new RegExp(
    "\\b(?:stop|no\\s+longer|(?:" +
      RELEASED +
      "|needn't)\\s+(?:for\\s+you\\s+)?to)\\s+(?:treat(?:ing)?|regard(?:ing)?|count(?:ing)?|consider(?:ing)?|see(?:ing)?|think(?:ing)?\\s+of)\\s+" +
      gap(1) +
      V +
      "\\s+as\\s+(?:(?:an?|our|the|some\\s+kind\\s+of)\\s+)?(?:(?:main|direct|big|biggest|key|major|serious)\\s+)?(?:off[\\s-]limits|out\\s+of\\s+bounds|taboo|no-?go(?:\\s+area)?|sensitive|competitors?|rivals?|competition|threat|something\\s+to\\s+avoid)\\b",
    "i",
  ),
  // "you can drop the no-Zoom rule", "lift the ban on Nestlé", "scrap our Webex restriction".
  LIFT_ASKED,
  // "the ban on Zoom has been lifted".
  new RegExp(
    String.raw`(?:\b(?:ban|rule|restriction|embargo|block|bar)\s+(?:on|about|against|regarding)\s+${gap(2)}${V}|\bno[\s-]+${gap(1)}${V}\s+(?:rule|policy|restriction)|${V}(?:\s+[\w-]+)?\s+(?:ban|rule|restriction|embargo))\s+(?:is|has\s+been|was|have\s+been)\s+(?:now\s+)?(?:lifted|dropped|gone|over|scrapped|removed|relaxed|ended|no\s+more|no\s+longer\s+(?:needed|necessary|in\s+force))`,
    "i",
  ),
];

// The cues whose verb comes first, which a plan, a possibility or a denial before it holds back.
const VERB_FIRST: ReadonlySet<RegExp> = new Set([LIFT_ASKED, TAKEN_OFF]);

// Round 31 (lh28 otagocider; lh10 northwave's "off-limits" is the same lift): what the firm writes
// for the client, which a value is kept off ("no need to keep them off our press releases any
// more"). A kind of paper, not a list ("off the list" is a list's, read by LIST) nor a person.
const PAPERS = String.raw`(?:press\s+)?releases|papers|documents|correspondence|letters|e-?mails|decks|slides|presentations|reports|materials|drafts|publications|website|marketing|communications|comms|newsletters|announcements|submissions|filings|pages|posts|copy|bids|pitches|proposals`;

const LIFTS_LISTED: readonly RegExp[] = [
  // "'Internal conference' has been taken off the non-billable list", "X was removed from our
  // banned list", "X is off the do-not-mention list now", "X is no longer on the non-billable list".
  new RegExp(
    String.raw`${V}["'”’]?(?:\s+[\w'’-]+){0,3}?\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+|just\s+|since\s+)?(?:been\s+)?(?:taken\s+off|removed\s+from|struck\s+off|deleted\s+from|dropped\s+from|off|no\s+longer\s+on)\s+${AVOID_LIST}`,
    "i",
  ),
  // "we've taken 'Internal conference' off the non-billable list", "please remove Acme from the
  // competitor list".
  TAKEN_OFF,
  // Round 13: the list named bare, after a value on file ("Arcon can come off the list now", "we
  // no longer need Arcon on that list"): the list that holds it; not a list of something else
  // ("off the distribution list": a word before "list").
  new RegExp(
    String.raw`${V}\s+(?:can|may|should|could)\s+(?:now\s+)?(?:come|go|be\s+taken)\s+off\s+(?:the|that|this|your|our)\s+list\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:no\s+longer|don't|do\s+not)\s+need\s+${V}\s+on\s+(?:the|that|this|your|our)\s+list\b`,
    "i",
  ),
  // "no need to keep them off-limits", "you needn't keep Harbour out of your correspondence";
  // round 26: out of anything ("no longer any need to keep X out of the decks"), or just "out".
  new RegExp(
    String.raw`\b(?:(?:${RELEASED}|needn't)\s+(?:for\s+you\s+)?to|${FEEL_BOUND})\s+keep\s+${gap(1)}${V}\s+(?:off[\s-]limits|out\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+|out\b|off\s+the\s+(?:table|agenda)|off\s+(?:our|your|the|any|all)\s+(?:[\w-]+\s+){0,2}?(?:${PAPERS})\b|under\s+wraps)`,
    "i",
  ),
];

/** Cues that lift any wish about the value, whichever list holds it. */
const LIFTS_ANY: readonly RegExp[] = [
  // "I've changed my mind about texts", "ignore my earlier note about Zoom", "scratch what I said
  // about WhatsApp", "I take back what I said about calls".
  new RegExp(
    String.raw`\b(?:(?<!\b(?:will|'ll|might|may|could|would|probably|to)\s+)changed\s+(?:my|our)\s+minds?\s+(?:about|on|regarding)|(?:ignore|disregard|forget|scratch)\s+(?:my|our|what\s+(?:i|we)\s+(?:said|wrote|asked))\s+(?:(?:earlier|previous|last|original|former)\s+)?(?:(?:request|note|email|e-mail|message|comment|instruction|point)s?\s+)?(?:about|on|regarding|re)|(?:i|we)\s+take\s+back\s+what\s+(?:i|we)\s+(?:said|wrote)\s+(?:about|on))\s+${gap(2)}${V}`,
    "i",
  ),
];

// Round 28 (the lead's decision of 5 December; lp5-029, lp5-037, lh17): the writer gone from a
// channel ("I've come off WhatsApp", "I'm no longer on Teams", "we've left Signal"; relayed, "she
// has stopped using WhatsApp for work", the principal's when relay.ts says so). With the
// channel on file as preferred, the wish is withdrawn (and the channel is not also avoided: see
// hearWithdrawals); without it, channels.ts reads it as a channel to avoid, as before.
const LEFT_CHANNEL = String.raw`\b(?:(?:i|we)(?:['’]ve|\s+have)?|(?:he|she)(?:['’]s|\s+has))\s+(?:now\s+|finally\s+|just\s+|recently\s+|since\s+|also\s+)?(?:left|quit|deleted|uninstalled|come\s+off|got\s+rid\s+of|given\s+up(?:\s+on)?|stopped\s+using)\s+`;
const NO_LONGER_ON = String.raw`\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:(?:no\s+longer|not)\s+on\s+(?=${V}[^.;:!?]{0,30}?\b(?:any\s?more|any\s+longer|these\s+days|nowadays)\b)|no\s+longer\s+(?:on|using)\s+)`;
const LEAVES = new RegExp(
  String.raw`(?:${LEFT_CHANNEL}|${NO_LONGER_ON})(?:the\s+|my\s+|our\s+)?${V}(?!\s+(?:open|running|on|in|at|with|for\s+(?:the\s+(?:day|night|afternoon|evening|morning|weekend|week|moment)|now|today|a\s+(?:bit|while)))\b)`,
  "i",
);

/** Cues that lift a wish for a channel ("WhatsApp is no longer the best way to reach me"). */
const LIFTS_PREFERENCE: readonly RegExp[] = [
  LEAVES,
  new RegExp(
    String.raw`${V}(?:\s+[\w'’-]+){0,2}?\s+${BE}\s+no\s+longer\s+(?:the\s+|my\s+|our\s+)?(?:best|easiest|quickest|preferred|simplest|most\s+reliable|only)\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:${RELEASED}|needn't)\s+(?:for\s+you\s+)?to\s+(?:use|stick\s+to|keep\s+to|stick\s+with|send\s+(?:\w+\s+){0,2}?by)\s+${gap(1)}${V}(?:\s+only)?`,
    "i",
  ),
];

// What may follow a cue and say the opposite: "I've changed my mind about texts: please don't".
const STILL_REFUSED = /\b(?:don't|do\s+not|never|no\s+more|not|stop|avoid|rather\s+not)\b/i;

/** The values on file for the removable fields, from the stored person and organisation profiles. */
function onFile(stored: { self?: ClientProfile; org?: ClientProfile }): OnFile[] {
  const values: OnFile[] = [];
  const seen = new Set<string>();
  for (const profile of [stored.self, stored.org]) {
    if (!profile) continue;
    for (const field of REMOVABLE_FIELDS) {
      for (const value of profile[field] ?? []) {
        const key = `${field}\n${same(field, value)}`;
        if (value.trim() === "" || seen.has(key)) continue;
        seen.add(key);
        values.push({ field, value });
      }
    }
  }
  return values;
}

/**
 * The comparable form of a stored value: its head when the firm annotated it ("Zoom (client's
 * request)", "Tesco (UK grocery)": profile-annotations.ts), channels by their vocabulary, the rest
 * folded.
 */
function same(field: ListenField, value: string): string {
  const head = headOf(field, value);
  if (field === "avoidChannels" || field === "preferredChannels") {
    return normaliseChannel(head) ?? head.toLowerCase().trim();
  }
  return head.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Where a stored value is written in `text` (the clause's normalised text). */
function find(text: string, item: OnFile): { start: number; end: number }[] {
  if (item.field === "avoidChannels" || item.field === "preferredChannels") {
    const channel = same(item.field, item.value);
    return channelMentions(text).filter((m) => m.channel === channel);
  }
  const words = headOf(item.field, item.value)
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|my|our)\s+/i, "")
    .split(/\s+/)
    .map(escapeRegExp);
  if (words.length === 0 || words[0] === "") return [];
  // A name's capitals are part of it ("Will", "May" are words too); other values fold case.
  const flags = item.field === "avoidNames" ? "gu" : "giu";
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`,
    flags,
  );
  const spans: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

// Round 17: a topic on file named again by its head noun, after a definite article ("no need to
// tiptoe around the inspection any more" for "the CQC inspection"). The head ends its noun phrase:
// what may follow it is punctuation or a word of a closed class (a preposition, an adverb, a verb
// form), never another noun it would modify ("the inspection report"). Only topics: names,
// rivals and billing entries are written whole.
const HEAD_FIELDS: ReadonlySet<RemovableField> = new Set(["avoidTopics"]);
const POINTS_BACK = String.raw`(?:the|that|this)`;
const ENDS_PHRASE = String.raw`(?=\s*(?:$|[.,;:!?)"'”’-]|(?:any\s?more|again|now|anymore|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|in|on|at|to|with|from|for|of|by|around|about|and|or|but|so|too|either|as|if|when|since|after|before|these|itself)\b))`;

/**
 * The head noun of a topic on file ("the CQC inspection" → "inspection"), when it has modifiers
 * to drop and is a plain word: none for one word, a name, or a phrase with a preposition or a
 * conjunction ("restructuring of the team" has no single head to go by).
 */
function headNoun(item: OnFile): string | undefined {
  if (!HEAD_FIELDS.has(item.field)) return undefined;
  const words = headOf(item.field, item.value)
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|my|our|your|their|his|her)\s+/i, "")
    .split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  if (words.some((w) => /^(?:of|and|or|in|on|at|for|with|to|about|from|by|&)$/i.test(w)))
    return undefined;
  const head = words[words.length - 1]!;
  return /^\p{Ll}{4,}$/u.test(head) ? head : undefined;
}

/**
 * Where a topic on file is named by its head alone ("the inspection"), when no other value on
 * file shares that head (two inspections on file: which one?). A different modifier ("the fire
 * inspection" for "the CQC inspection") is another thing: only a determiner may come right
 * before the head.
 */
function findByHead(
  text: string,
  item: OnFile,
  items: readonly OnFile[],
): { start: number; end: number }[] {
  const head = headNoun(item);
  if (!head) return [];
  const shared = items.some(
    (other) =>
      other !== item &&
      headOf(other.field, other.value).trim().toLowerCase().split(/\s+/).includes(head),
  );
  if (shared) return [];
  // Round 19: "the Leicester closure" for "the Leicester plant closure":
  // modifiers that are themselves words of the value on file, in front of its head, still point
  // back at it (any other modifier names another thing).
  const modifiers = headOf(item.field, item.value)
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|my|our|your|their|his|her)\s+/i, "")
    .split(/\s+/)
    .slice(0, -1)
    .map(escapeRegExp);
  const before =
    modifiers.length > 0
      ? String.raw`(?:(?:${modifiers.join("|")})\s+){0,${modifiers.length}}`
      : "";
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${POINTS_BACK}\s+(${before}${escapeRegExp(head)})(?![\p{L}\p{N}'’-])${ENDS_PHRASE}`,
    "giu",
  );
  return lastGroupSpans(pattern, text);
}

/** Each match's first group, which ends the match: the value named after its pointer. */
function lastGroupSpans(pattern: RegExp, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

// Round 31 (lh26 kakadu; the lifting construction, listen-31a): a topic on file named by its
// modifiers with a general noun for its head ("the native title matter" for "native title
// dispute", "the Leicester business" for "the Leicester closure"): the words that say which
// topic are kept, the head said as a matter, an issue, a business. Only after a determiner, only
// all the modifiers in order, and the same guards as findByHead (no other value on file with those
// modifiers, a phrase that ends there, or goes on with a verb in the past: "the … matter settled").
const SHELL_NOUN = String.raw`(?:matter|issue|business|situation|saga|affair|question|subject|topic|thing|stuff|episode)`;

/** Where a topic on file is named by its modifiers and a general noun ("the native title matter"). */
function findByShell(
  text: string,
  item: OnFile,
  items: readonly OnFile[],
): { start: number; end: number }[] {
  if (!headNoun(item)) return [];
  const modifiers = headOf(item.field, item.value)
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|my|our|your|their|his|her)\s+/i, "")
    .split(/\s+/)
    .slice(0, -1);
  const key = modifiers.join(" ").toLowerCase();
  const shared = items.some(
    (other) =>
      other !== item && headOf(other.field, other.value).trim().toLowerCase().includes(key),
  );
  if (shared) return [];
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${POINTS_BACK}\s+(${modifiers.map(escapeRegExp).join(String.raw`\s+`)}\s+${SHELL_NOUN})(?![\p{L}\p{N}'’-])(?:${ENDS_PHRASE}|(?=\s+\p{Ll}+ed\b))`,
    "giu",
  );
  return lastGroupSpans(pattern, text);
}

/**
 * Round 20 (lh17 #26, rec 2c): a competitor on file named by its first word alone ("Glimmerforge"
 * for "Glimmerforge Studios"), by detection's short-name rule (competitor-mention.ts
 * shortFormsOf: a coined word of five letters or more, not a common word, not itself a listed
 * name) when the rest of the name on file is a trade or corporate word, and where the word stands
 * as a name (not opening another capitalised name, not after a preposition of place).
 */
function findByShortName(
  text: string,
  item: OnFile,
  items: readonly OnFile[],
): { start: number; end: number }[] {
  if (item.field !== "competitors") return [];
  const term = headOf(item.field, item.value).trim();
  if (!restIsTradeWord(term)) return [];
  const terms = items.filter((i) => i.field === "competitors").map((i) => headOf(i.field, i.value));
  let first: string | undefined;
  for (const [word, brand] of shortFormsOf(terms)) if (brand.trim() === term) first = word;
  if (!first) return [];
  const spans: { start: number; end: number }[] = [];
  const word = new RegExp("\\b" + escapeRegExp(first) + "\\b", "g");
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const start = m.index;
    const end = start + first.length;
    if (/[\p{L}\p{N}'’-]/u.test(text[start - 1] ?? "") || /[\p{L}\p{N}-]/u.test(text[end] ?? ""))
      continue;
    if (!bareShortFormMayBeBrand(text, start, end, term)) continue;
    spans.push({ start, end });
  }
  return spans;
}

// Round 20 (lh18 diagnosis): a topic on file named in the other number beside a lift's cue
// ("tiptoe round the strike" for "strikes", "the redundancy" for "the redundancies"). A rival by
// its short name is findByShortName's, above.

/** `word` in either number, as a pattern: "strikes" → strike or strikes. */
function eitherNumber(word: string): string {
  if (/ies$/.test(word)) return `${escapeRegExp(word.slice(0, -3))}(?:y|ies)`;
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) return `${escapeRegExp(word.slice(0, -2))}(?:es)?`;
  if (/[^siu]s$/.test(word)) return `${escapeRegExp(word.slice(0, -1))}s?`;
  if (/[^aeiou]y$/.test(word)) return `${escapeRegExp(word.slice(0, -1))}(?:y|ies)`;
  if (/(?:ch|sh|ss|x|z)$/.test(word)) return `${escapeRegExp(word)}(?:es)?`;
  return `${escapeRegExp(word)}s?`;
}

/** A topic on file written in the other number: its last word a plain lower-case noun. */
function topicInOtherNumber(item: OnFile): RegExp | undefined {
  if (item.field !== "avoidTopics") return undefined;
  const words = headOf(item.field, item.value)
    .normalize("NFC")
    .trim()
    .replace(/^(?:the|my|our)\s+/i, "")
    .split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (!/^\p{Ll}{4,}$/u.test(last)) return undefined;
  const source = [...words.slice(0, -1).map(escapeRegExp), eitherNumber(last)].join("\\s+");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${source})(?![\\p{L}\\p{N}])`, "giu");
}

/** Where a topic on file is named in the other number (`topicInOtherNumber`). */
function findInOtherNumber(text: string, item: OnFile): { start: number; end: number }[] {
  const pattern = topicInOtherNumber(item);
  if (!pattern) return [];
  const spans: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    spans.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
  }
  return spans;
}

/** `text` with each found value replaced by a token ⟪Vn⟫, and the values in token order. */
function tokenised(text: string, found: Found[]): { text: string; values: Found[] } {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let out = "";
  let at = 0;
  for (const item of sorted) {
    if (item.start < at) continue;
    // Quotation marks around a value are part of it: "no longer mind 'Review of file'".
    const quoted =
      /["'“‘]$/.test(text.slice(at, item.start)) && /^["'”’]/.test(text.slice(item.end));
    out += `${text.slice(at, quoted ? item.start - 1 : item.start)}⟪V${kept.length}⟫`;
    kept.push(item);
    at = quoted ? item.end + 1 : item.end;
  }
  return { text: out + text.slice(at), values: kept };
}

/** The values a clause withdraws: those of `items` a cue lifts. */
function withdrawn(text: string, items: readonly OnFile[]): OnFile[] {
  if (!ANY_CUE.test(text)) return [];
  const found: Found[] = [];
  for (const item of items) {
    let spans = find(text, item);
    if (spans.length === 0) spans = findByHead(text, item, items);
    if (spans.length === 0) spans = findByShell(text, item, items);
    if (spans.length === 0) spans = findByShortName(text, item, items);
    if (spans.length === 0) spans = findInOtherNumber(text, item);
    for (const { start, end } of spans) found.push({ ...item, start, end });
  }
  if (found.length === 0) return [];
  // One token per place in the text, each standing for every value written there (a channel on
  // both lists is written once).
  const { text: skeleton, values } = tokenised(text, found);
  const at = (index: number) => {
    const token = values[index]!;
    return found.filter((f) => f.start === token.start && f.end === token.end);
  };
  const out: OnFile[] = [];
  const take = (patterns: readonly RegExp[], fields: readonly RemovableField[] | undefined) => {
    for (const pattern of patterns) {
      const global = new RegExp(pattern.source, "gi");
      for (let m = global.exec(skeleton); m; m = global.exec(skeleton)) {
        if (fields === undefined && STILL_REFUSED.test(skeleton.slice(m.index + m[0].length))) {
          continue;
        }
        if (VERB_FIRST.has(pattern) && tentativeBefore(skeleton.slice(0, m.index))) continue;
        const token = m.slice(1).find((group) => group !== undefined);
        if (token === undefined) continue;
        for (const item of at(Number(token))) {
          if (fields && !fields.includes(item.field)) continue;
          if (!out.some((o) => o.field === item.field && o.value === item.value)) out.push(item);
        }
        if (global.lastIndex === m.index) global.lastIndex++;
      }
    }
  };
  take(LIFTS_AVOIDANCE, AVOID_LISTS);
  take(LIFTS_LISTED, AVOID_LISTS);
  take(LIFTS_PREFERENCE, ["preferredChannels"]);
  take(LIFTS_ANY, undefined);
  // Round 15: an anchor and a lifting predicate read apart (lifting.ts).
  for (const { token, fields = AVOID_LISTS } of liftedByPredicate(skeleton)) {
    for (const item of at(token)) {
      if (!fields.includes(item.field)) continue;
      if (!out.some((o) => o.field === item.field && o.value === item.value)) out.push(item);
    }
  }
  return out;
}

/**
 * The sentence as listening's judge should see it for a withdrawal: its "a withdrawal is heard as
 * nothing" refusal (isWithdrawal) masked out, every other word and offset kept, so that a
 * question, a one-off, a condition or someone else's say-so is refused exactly as elsewhere.
 */
function judgedAsStated(context: ClauseContext): ClauseContext {
  const sentence = context.sentence;
  let masked = MASKED.get(sentence);
  if (masked === undefined) {
    masked = withoutWithdrawalWords(sentence.text);
    MASKED.set(sentence, masked);
  }
  if (masked === null) return context;
  return { ...context, sentence: { ...sentence, text: masked } };
}

// Each sentence is masked once, however many of its clauses withdraw something.
const MASKED = new WeakMap<object, string | null>();

/** `text` with the words isWithdrawal reads blanked, or null when they cannot all be found. */
function withoutWithdrawalWords(text: string): string | null {
  if (!isWithdrawal(text)) return text;
  let masked = text;
  for (let round = 0; round < 8 && isWithdrawal(masked); round++) {
    // The shortest prefix that still reads as a withdrawal ends a match; the latest start that
    // still reads as one from there begins it.
    let low = 1;
    let high = masked.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (isWithdrawal(masked.slice(0, mid))) high = mid;
      else low = mid + 1;
    }
    const end = low;
    let start = 0;
    let top = end - 1;
    while (start < top) {
      const mid = (start + top + 1) >> 1;
      if (isWithdrawal(masked.slice(mid, end))) start = mid;
      else top = mid - 1;
    }
    masked = masked.slice(0, start) + " ".repeat(end - start) + masked.slice(end);
  }
  return isWithdrawal(masked) ? null : masked;
}

// A sentence that makes the withdrawal wait on something: "if/unless/assuming …", "once the
// board approves", "as soon as the audit is done", "subject to …". Before it or after it:
// "Calls are fine again if it is urgent" is a one-off, not a lift; a polite "(grateful) if you
// could remove …" is the request itself. "provided the entry identifies the issue" attaches a
// standing requirement to the lifted rule and waits on no event (round 19: round 18 had listed it).
const LIFT_WAITS_ON =
  /^\W*(?:(?:and|but|so)\s+)?once\s+(?:the|we|our|it|they|you|this|that)\b|\bif\s+(?!you\s+(?:could|would|can|will|don't\s+mind)\b)|\b(?:unless|assuming|as\s+soon\s+as|subject\s+to)\b/i;

// Round 19: an "if" of politeness, which makes nothing wait ("Calls are fine again, if that
// helps", "you can call me Meg again if you like"): it offers, it does not restrict. An "if" with
// an event or a need ("if it is urgent", "if necessary", "if you need to") still waits.
const POLITE_IF =
  /\bif\s+(?:(?:that|it|this)\s+(?:helps|would\s+help|makes\s+(?:things|life|it|your\s+life)\s+(?:any\s+)?(?:easier|simpler)|(?:is|would\s+be)\s+(?:any\s+)?(?:easier|simpler|useful|helpful|quicker|handier|of\s+(?:any\s+)?(?:use|help))|['’]s\s+(?:any\s+)?(?:easier|simpler|useful|helpful|quicker|handier|of\s+(?:any\s+)?(?:use|help)))|you\s+(?:(?:would|'d|’d)\s+)?(?:like|prefer|want|wish)|(?:that|it)['’]s\s+(?:of\s+)?(?:any\s+)?(?:use|help)|useful|helpful|easier|preferred|you\s+prefer)\b(?!\s+(?:to|me|us|him|her|them)\b)/gi;

// Round 27 (lh19 registry): a later clause that opens with its condition (", if it is urgent",
// "– unless the board objects", "but only if…") makes the lift wait; a condition inside a later
// clause with its own predicate ("– no need to courier anything unless it's urgent") is that
// clause's own.
const OPENS_WITH_CONDITION =
  /^\W*(?:(?:and|but|so|or|only|just|though|although|even|that\s+is)\s+){0,2}(?:if|unless|once|assuming|as\s+soon\s+as|subject\s+to|provided|providing|when|whenever)\b/i;

/** The words of the sentence whose condition may hold the lift in `clause` back. */
function liftScope(sentence: ClauseContext["sentence"], clause: ClauseContext["clause"]): string {
  if (sentence.clauses.length <= 1) return sentence.text;
  return sentence.clauses
    .filter((c) => c.end <= clause.end || OPENS_WITH_CONDITION.test(c.text))
    .map((c) => c.text)
    .join(" ");
}

/** `text` with every "if" of politeness blanked (offsets kept), for the lift's own tests. */
export function withoutPoliteIfs(text: string): string {
  return text.replace(POLITE_IF, (m) => " ".repeat(m.length));
}

/**
 * Hears the withdrawals in one clause (called by listen.ts's hear() for every clause, beside the
 * recognisers) and pushes a `remove` suggestion for each onto `suggestions`. Returns the clause's
 * other candidates without those that would add back, in the same field, a value it withdraws
 * ("we no longer mind 'Review of file'" is not a new refusal of it).
 */
export function hearWithdrawals(
  context: ClauseContext,
  candidates: Candidate[] | undefined,
  stored: { self?: ClientProfile; org?: ClientProfile },
  keys: readonly [person: string, organisation: string],
  suggestions: Suggestion[],
  judge: Judge,
): Candidate[] | undefined {
  if (!stored.self && !stored.org) return candidates;
  const { clause, sentence, read } = context;
  if (!ANY_CUE.test(clause.text) && !(candidates && REPLACE_CUE.test(clause.text)))
    return candidates;
  // Round 26: a value on file taken off a list ("take Pepsi off the list") names the list that
  // holds it, not an invitation list the organisation leaves (entertainment.ts reads "take Granite
  // off those lists" so). Whether or not a lift is heard below ("can we take Pepsi off the
  // list?"), no hospitality is refused here.
  if (
    candidates?.some((c) => c.field === "entertainment") &&
    takenOffList(clause.text, onFile(stored))
  ) {
    candidates = candidates.filter((c) => c.field !== "entertainment");
  }
  let items = withdrawn(withoutPoliteIfs(clause.text), onFile(stored));
  let quote = { start: clause.start, end: clause.end };
  // "I said I didn't want calls, but that's no longer the case": the cue in this clause, the
  // value in the sentence before it.
  if (items.length === 0 && BARE_WITHDRAWAL.test(clause.text)) {
    // The two clauses before it: what it points back at, however long the sentence runs on.
    const before = sentence.clauses.filter((c) => c.end <= clause.start).slice(-2);
    const said = before.map((c) => c.text).join(" ");
    const from = before[0]?.start ?? clause.start;
    items = onFile(stored).filter((item) => find(said, item).length > 0);
    if (items.length > 0) quote = { start: from, end: clause.end };
  }
  // "we've merged with Harbour Telecom, so there's no need to keep them off-limits" (round 12):
  // the cue with a pronoun, the value on file the pronoun stands for named just before it.
  // "they're no longer a rival": the pronoun subject stands for the value, not for someone else.
  let pronounSubject = false;
  if (items.length === 0 && PRONOUN.test(clause.text)) {
    const found = pronounWithdrawn(context, onFile(stored));
    if (found) {
      items = [found.item];
      pronounSubject =
        /\b(?:they|it)(?:['’][rs]e?)?\s+(?:is|are|were|was|have|has|no\s+longer)\b|\b(?:they|it)['’][rs]e?\b/i.test(
          clause.text,
        );
      quote = { start: found.from, end: clause.end };
    }
  }
  if (items.length === 0 && candidates) items = replaced(clause.text, candidates, onFile(stored));
  if (items.length === 0) return candidates;
  // "If the board approves, 'File review' is fine again": a lift that waits on an event is no
  // lift yet, in any field (the judge lets a condition stand for refusals, which are rules).
  if (LIFT_WAITS_ON.test(withoutPoliteIfs(liftScope(sentence, clause)))) return candidates;
  // Round 31: a lift for one occasion only ("fine again for the March invoice only", "just this
  // once") lifts nothing that lasts.
  if (FOR_ONE_OCCASION.test(clause.text)) return candidates;
  const view = judgedAsStated(context);
  const [personKey, orgKey] = keys;
  // Round 28: "I've come off WhatsApp", "I'm no longer on Teams": the writer's own leaving, theirs
  // whatever organisation word is near ("since our IT switch I'm no longer on Teams").
  const leaver = leaverIn(clause.text);
  for (const item of items) {
    const holder = judge(
      {
        field: item.field,
        value: item.value,
        quote,
        ...(pronounSubject ? { subjectIsObject: true } : {}),
        ...(leaver === "i" && item.field === "preferredChannels"
          ? { holder: "self" as const }
          : {}),
      },
      view,
    );
    if (!holder) continue;
    const inPerson = holdsValue(stored.self, item);
    const inOrg = holdsValue(stored.org, item);
    const targets: { key: string; value: string }[] = [];
    if (inPerson) targets.push({ key: personKey, value: storedSpelling(stored.self!, item) });
    // The organisation's value withdrawn by the writer alone: only when the firm recorded it
    // from this writer's own words (its sources say so), so it is theirs to take back.
    if (inOrg && (holder === "org" || (!inPerson && saidBy(stored.org!, item, personKey)))) {
      targets.push({ key: orgKey, value: storedSpelling(stored.org!, item) });
    }
    for (const target of targets) {
      const exists = suggestions.some(
        (s) =>
          s.op === "remove" &&
          s.profile === target.key &&
          s.field === item.field &&
          same(item.field, s.value) === same(item.field, target.value),
      );
      if (exists) continue;
      suggestions.push({
        profile: target.key,
        field: item.field,
        op: "remove",
        value: target.value,
        quote: read.text.slice(quote.start, quote.end),
        start: quote.start,
        end: quote.end,
        alreadyKnown: false,
      });
    }
    // Whatever was decided, the clause does not also add back what it withdraws.
    if (candidates) {
      candidates = candidates.filter(
        (c) => !(c.field === item.field && same(c.field, c.value) === same(item.field, item.value)),
      );
    }
    // Round 28: a preferred channel the writer has left is withdrawn, not also avoided.
    if (
      candidates &&
      targets.length > 0 &&
      item.field === "preferredChannels" &&
      leaver !== undefined
    ) {
      candidates = candidates.filter(
        (c) =>
          !(c.field === "avoidChannels" && same(c.field, c.value) === same(item.field, item.value)),
      );
    }
  }
  return candidates && candidates.length > 0 ? candidates : undefined;
}

/** Who the clause says has left a channel ("I've come off WhatsApp": "i"), if anyone. */
function leaverIn(text: string): "i" | "we" | "they" | undefined {
  for (const m of channelMentions(text)) {
    const left = LEAVES.exec(`${text.slice(0, m.start)}⟪V0⟫${text.slice(m.end)}`);
    if (left) return /^i\b/i.test(left[0]) ? "i" : /^we\b/i.test(left[0]) ? "we" : "they";
  }
  return undefined;
}

/** Whether a value of `items` is the object of a taking-off in `text` ("take Pepsi off the …"). */
function takenOffList(text: string, items: readonly OnFile[]): boolean {
  return items.some((item) =>
    find(text, item).some(({ end }) => /^["'”’]?\s+(?:off|from|out\s+of)\s/i.test(text.slice(end))),
  );
}

/**
 * Round 15: a replacement ("Zoom now, not Teams", "we've moved from Teams to Zoom"), when the
 * clause also asks for the new channel: the old one on file as preferred is given up, and the new
 * one on file as avoided is avoided no more. Only values on file; the new one is set as before.
 */
function replaced(
  text: string,
  candidates: readonly Candidate[],
  items: readonly OnFile[],
): OnFile[] {
  const wanted = new Set(
    candidates
      .filter((c) => c.field === "meetingPlatform" || c.field === "preferredChannels")
      .map((c) => normaliseChannel(c.value) ?? c.value.toLowerCase()),
  );
  if (wanted.size === 0) return [];
  const channels = items.filter((i) => i.field === "preferredChannels");
  const found: Found[] = [];
  for (const item of channels) {
    for (const { start, end } of find(text, item)) found.push({ ...item, start, end });
  }
  if (found.length === 0) return [];
  const { text: skeleton, values } = tokenised(text, found);
  const out: OnFile[] = [];
  for (const token of replacedTokens(skeleton)) {
    const old = values[token];
    if (!old || wanted.has(same(old.field, old.value))) continue;
    out.push({ field: old.field, value: old.value });
  }
  if (out.length === 0) return [];
  // The new channel, on file as one to avoid, is avoided no more.
  for (const item of items) {
    if (item.field === "avoidChannels" && wanted.has(same(item.field, item.value))) out.push(item);
  }
  return out;
}

const REPLACE_CUE = /\b(?:not|instead|rather|place|from)\b/i;

// Round 15: a noun phrase pointing back too ("you don't need to avoid their name any more",
// "that item comes off the list").
const PRONOUN =
  /\b(?:they're|they’re|it's|it’s|them|they|it|(?:their|its)\s+names?|(?:that|this)\s+(?:item|entry|description|phrase|term|word|name|topic|subject|company|firm)|(?:the|these|those)\s+(?:items|entries|charges|lines|descriptions|phrases|terms|words))\b/i;

/**
 * The value on file a withdrawal said with a pronoun takes back: the last one named in the clauses
 * before it in its sentence, else in the sentence before; only one value may be named there (two
 * rivals named and "them" could be either, or both).
 */
function pronounWithdrawn(
  context: ClauseContext,
  items: readonly OnFile[],
): { item: OnFile; from: number } | undefined {
  const { clause, sentence, read } = context;
  const before = sentence.clauses.filter((c) => c.end <= clause.start);
  const previous = read.sentences[sentence.index - 1];
  // Each word that may point back, in turn ("it's settled: you needn't avoid their name").
  for (const pronoun of clause.text.matchAll(new RegExp(PRONOUN.source, "gi"))) {
    // Where the value may be named, nearest first: the clause before the pronoun, the clauses
    // before it in the sentence, the sentence before.
    const spans: { text: string; from: number }[] = [
      { text: clause.text.slice(0, pronoun.index), from: clause.start },
      ...(before.length > 0
        ? [{ text: before.map((c) => c.text).join(" "), from: before[0]!.start }]
        : []),
      ...(previous ? [{ text: previous.text, from: previous.start }] : []),
    ];
    for (const span of spans) {
      const named = items.filter(
        (item) =>
          item.field !== "avoidChannels" &&
          (find(span.text, item).length > 0 ||
            // Round 19: the antecedent named by its head ("The Leicester closure … it").
            findByHead(span.text, item, items).length > 0 ||
            // Round 31: by its modifiers and a general noun ("the native title matter … it").
            findByShell(span.text, item, items).length > 0 ||
            // Round 20: a competitor by its first word ("Glimmerforge … they").
            findByShortName(span.text, item, items).length > 0),
      );
      if (named.length > 1) return undefined;
      if (named.length === 0) continue;
      const item = named[0]!;
      const stand = /^(?:they|it)['’][rs]e?$/i.test(pronoun[0]) ? `${item.value} is` : item.value;
      const restated =
        clause.text.slice(0, pronoun.index) +
        stand +
        clause.text.slice(pronoun.index + pronoun[0].length);
      if (withdrawn(restated, [item]).length === 0) break;
      return { item, from: span.from };
    }
  }
  return undefined;
}

// A clause that only says the wish before it is withdrawn.
const BARE_WITHDRAWAL =
  /^(?:(?:but|and|though|although)\s+)?(?:(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+no\s+longer\s+(?:the\s+case|true|necessary|needed|an\s+issue|a\s+problem|relevant)|(?:that\s+)?no\s+longer\s+applies|i've\s+changed\s+my\s+mind|i\s+have\s+changed\s+my\s+mind|we've\s+changed\s+our\s+minds?)\b/i;

function holdsValue(profile: ClientProfile | undefined, item: OnFile): boolean {
  return (profile?.[item.field] ?? []).some(
    (value) => same(item.field, value) === same(item.field, item.value),
  );
}

/** The value as this profile stores it. */
function storedSpelling(profile: ClientProfile, item: OnFile): string {
  return (
    (profile[item.field] ?? []).find(
      (value) => same(item.field, value) === same(item.field, item.value),
    ) ?? item.value
  );
}

/** Whether the profile's sources record `item` as heard from `address`. */
function saidBy(profile: ClientProfile, item: OnFile, address: string): boolean {
  return (profile.sources ?? []).some(
    (source) =>
      source.field === item.field &&
      same(item.field, source.value) === same(item.field, item.value) &&
      source.from.address.trim().toLowerCase() === address,
  );
}
