/**
 * How English (UK and US) names a way of getting in touch: the verbs ("ring you", "text me",
 * "WhatsApp me", "post the originals", "pop round"), the nouns after a light verb or an article
 * ("give me a shout", "pop me a text", "a quick call", "a WhatsApp group"), the prepositions
 * ("by phone", "over WhatsApp", "by recorded delivery", "in person"), and the requests for a
 * number ("what's the best number to reach you on", "I'll try you later"). Each construction is
 * built from word lists, with the senses that are not a channel left out where the words
 * themselves say so ("call option", "capital call", "the text of clause 4", "post-completion",
 * "keep you posted", "ring-fence"). Whether the clause proposes it is decided apart
 * (proposal-mood.ts).
 */
import type { KnownChannel } from "../profile";
import { afterMark, afterPhrase, notAfter, phrases, withLookbehind } from "../text/lookbehind";

/**
 * Trigger groups: a pattern runs only near the words of its groups, found in one scan per
 * field. Groups are narrow ("number" apart from "call", "meet" apart from "come") so that words
 * common in a lawyer's mail ("meeting", "number", "office") wake only the patterns that start
 * with them.
 */
export type TriggerGroup =
  | "call"
  | "number"
  | "try"
  | "reach"
  | "dial"
  | "text"
  | "whatsapp"
  | "signal"
  | "email"
  | "platform"
  | "video"
  | "post"
  | "person"
  | "motion"
  | "meetat"
  | "coffee"
  | "visit"
  | "chat";

/** Other vendors' names and meeting hosts (meeting-links.ts): "GoToMeeting", "meet.jit.si". */
const VENDOR_TRIGGERS =
  "goto whereby appear.in bluejeans bjn.vc jit ringcentral lync slack chime zoho lifesize pexip".split(
    " ",
  );

const TRIGGER_WORDS = [
  // Meeting addresses first: "meet.google.com" and "teams.microsoft.com" are not the verb and noun.
  ...["meet\\.google", "teams\\.microsoft", "teams\\.live", "g\\.co\\/meet"],
  ...["call", "calling", "phon", "ring", "rang", "telephon", "buzz", "bell", "tinkle", "shout"],
  ...["holler", "voicemail", "voice", "conference", "telecon", "dial", "try", "number", "reach"],
  ...[
    "contact",
    "hold",
    "mobile",
    "cell",
    "text",
    "txt",
    "sms",
    "whats\\s?app",
    "signal",
    "e-?mail",
  ],
  ...["zoom", "teams", "webex", "google\\s+meet", "meet", "hangout", "skype", "facetime", "video"],
  ...VENDOR_TRIGGERS.map((w) => w.replace(".", "\\.")),
  ...["post", "courier", "letter", "mail", "deliver", "royal", "fedex", "overnight", "person"],
  ...["face", "come", "coming", "pop", "drop", "swing", "stop", "nip", "head", "travel", "visit"],
  ...["see", "session", "catch", "sit", "discussion", "workshop", "together", "coffee", "cuppa"],
  ...["message", "envelope", "sae", "dx", "chat", "natter", "word", "chinwag", "live", "floor"],
  ...["walk", "tour", "fly", "drive", "bring", "messenger", "bike"],
  "conversation",
  // "I'm on 07700 900123", "reach me on +44 …": a number after "on".
  "on\\s+[+0(]\\d",
];

/**
 * The trigger words as one pattern, grouped by first letter ("c(?:all|alling|…)|p(?:hon|…)"):
 * the engine then tries one branch per position instead of every word, which halves the one
 * scan of each field that every channel pattern depends on.
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = word[0]!;
    const rest = groups.get(first);
    if (rest) rest.push(word.slice(1));
    else groups.set(first, [word.slice(1)]);
  }
  const branches: string[] = [];
  groups.forEach((rest, first) => branches.push(`${first}(?:${rest.join("|")})`));
  return branches.join("|");
}

export const CHANNEL_TRIGGER = new RegExp(`\\b(?:${byFirstLetter(TRIGGER_WORDS)})`, "gi");

const GROUP_OF_TRIGGER: Readonly<Record<string, TriggerGroup[]>> = {
  call: ["call", "motion"],
  calling: ["call", "motion"],
  phon: ["call"],
  ring: ["call"],
  rang: ["call"],
  telephon: ["call"],
  buzz: ["call"],
  bell: ["call"],
  tinkle: ["call"],
  shout: ["call"],
  holler: ["call"],
  voicemail: ["call"],
  voice: ["call"],
  conference: ["call"],
  telecon: ["call"],
  dial: ["dial"],
  try: ["try"],
  number: ["number"],
  reach: ["reach"],
  contact: ["reach"],
  hold: ["reach"],
  mobile: ["number"],
  cell: ["number"],
  message: ["number"],
  text: ["text"],
  txt: ["text"],
  sms: ["text"],
  whatsapp: ["whatsapp"],
  signal: ["signal"],
  email: ["email"],
  "e-mail": ["email"],
  zoom: ["platform"],
  // "can we teams tomorrow", "TEAMS MEETING": the verb, and the name in a line of capitals.
  teams: ["platform"],
  "meet.google": ["platform"],
  "teams.microsoft": ["platform"],
  "teams.live": ["platform"],
  "g.co/meet": ["platform"],
  webex: ["platform"],
  googlemeet: ["platform"],
  hangout: ["platform"],
  skype: ["video"],
  facetime: ["video"],
  video: ["video"],
  post: ["post"],
  courier: ["post"],
  letter: ["post"],
  mail: ["post"],
  deliver: ["post"],
  royal: ["post"],
  fedex: ["post"],
  overnight: ["post"],
  person: ["person"],
  face: ["person"],
  come: ["motion"],
  coming: ["motion"],
  pop: ["motion", "text", "call"],
  drop: ["motion", "text", "call"],
  swing: ["motion"],
  stop: ["motion"],
  nip: ["motion"],
  head: ["motion"],
  travel: ["motion"],
  visit: ["visit"],
  see: ["meetat"],
  meet: ["meetat"],
  session: ["meetat"],
  catch: ["meetat"],
  sit: ["meetat"],
  discussion: ["meetat"],
  workshop: ["meetat"],
  together: ["meetat"],
  coffee: ["coffee"],
  cuppa: ["coffee"],
  envelope: ["post"],
  sae: ["post"],
  dx: ["post"],
  chat: ["chat"],
  natter: ["chat"],
  word: ["chat"],
  chinwag: ["chat"],
  conversation: ["chat"],
  live: ["chat"],
  floor: ["visit"],
  walk: ["visit"],
  tour: ["visit"],
  fly: ["motion"],
  drive: ["motion"],
  bring: ["motion"],
  messenger: ["post"],
  bike: ["post"],
};

/**
 * The groups a trigger word wakes. Case tells "Teams" and "Meet" (the platforms) from "teams"
 * and "meet" (a noun and a verb).
 */
export function triggerGroupsOf(word: string): readonly TriggerGroup[] {
  if (word === "Teams") return ["platform"];
  if (word === "Meet") return ["platform", "meetat"];
  const key = word.toLowerCase();
  const groups = GROUP_OF_TRIGGER[key];
  if (groups) return groups;
  if (VENDOR_TRIGGERS.includes(key)) return PLATFORM_GROUPS;
  // "whats app", "google  meet", "on 07700": the few triggers with a space in them.
  if (key.startsWith("on")) return NUMBER_GROUPS;
  return GROUP_OF_TRIGGER[key.replace(/\s+/g, "")] ?? [];
}

const NUMBER_GROUPS: readonly TriggerGroup[] = ["number"];
const PLATFORM_GROUPS: readonly TriggerGroup[] = ["platform"];

/** Who a construction addresses: the author ("call me") or the client ("ring you"). */
export type Addressee = "author" | "client";

export interface ChannelExpression {
  channel: KnownChannel;
  groups: readonly TriggerGroup[];
  pattern: RegExp;
  /** The channel from the match, when one pattern serves several (a light verb and its noun). */
  channelOf?: (m: RegExpExecArray, lead?: RegExpExecArray) => KnownChannel | undefined;
  /**
   * What must come just before the match (anchored at its end: "give me a " before "call", "a
   * quick " before "call"): it is part of the construction, checked on a few characters before
   * the trigger word instead of running the whole pattern over the text around it.
   */
  lead?: RegExp;
  /** The capture group holding the person addressed ("me", "you both", "your mobile"), in the lead when there is one. */
  objectGroup?: number;
  /**
   * How far from a trigger word the pattern can reach (characters either side): the text a
   * pattern is run over. Defaults to 160; a short construction ("by phone") needs little.
   */
  margin?: number;
  /**
   * The pattern's opening words alone (not global), which every match of it starts with: a window
   * where they are not written is skipped before the pattern is run (execInWindows), so a large
   * pattern is compiled and run only where it can match. Made with `opened()`.
   */
  opening?: RegExp;
  /**
   * The pattern starts with one of its groups' trigger words: it is tried once at each of them
   * (sticky), not over the text around them.
   */
  anchored?: boolean;
  /**
   * A word that names a call of any kind ("a quick call", "set up a call"): a telephone call
   * unless the draft also proposes an online meeting, which it then most likely means.
   */
  generic?: (m: RegExpExecArray) => boolean;
  /** The construction proposes by itself ("will be posted to you"): no cue needed, only none against. */
  proposes?: boolean;
  /**
   * For a verb sent somewhere ("post the originals to our office"): the capture group of where
   * it goes. Sending a form to HMRC is not contacting the client by post.
   */
  destinationGroup?: number;
}

/**
 * A pattern that is `opening` followed by `rest`, with `opening` alone as its `opening` test.
 * `opening` must be whole at the top level of the pattern (no open group, no `|` outside a group).
 */
function opened(
  opening: string,
  rest: string,
  flags: string,
): Pick<ChannelExpression, "pattern" | "opening"> {
  return {
    pattern: new RegExp(opening + rest, flags),
    opening: new RegExp(opening, flags.replace(/[gy]/g, "")),
  };
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

/** The people a channel verb addresses here: the author, the client, their lines and offices. */
const PERSON =
  "(me|us|you(?:\\s+(?:both|all|two|guys|folks))?|(?:my|our|your)\\s+(?:mobile|cell(?:\\s*phone)?|phone|direct\\s+(?:line|dial)|landline|number|office|assistant|secretary|pa|switchboard|desk)|the\\s+(?:office|switchboard|helpline|hotline|front\\s+desk))";
const PERSON_ONLY_INNER = "me|us|you(?:\\s+(?:both|all|two|guys|folks))?";
const PERSON_ONLY = `(${PERSON_ONLY_INNER})`;

/** The days of the week in full ("Monday") and in their short forms ("Mon", "Tues", "Thurs"). */
const WEEKDAY_NAME = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const WEEKDAY_SHORT = "(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)";

/** After "call me" in an offer: when, where, why or how (not "call me old-fashioned", "call me Bob"). */
const CALL_FOLLOWER = `(?:on|at|when|whenever|if|tomorrow|today|tonight|later|back|now|anytime|any\\s+time|this|next|after|before|once|asap|to|about|directly|first|sometime|soon|shortly|around|between|during|in|with|re|regarding|please|and|or|so|then|as|ahead|early|late|from|over|straight|again|quickly|briefly|whenever|${WEEKDAY_NAME}|${WEEKDAY_SHORT}|\\d)\\b`;

/**
 * Words before a verb that make it a noun or a naming, not an offer ("the call you mentioned",
 * "what we call", "a Teams call on Thursday": the platform's call, which meeting-platform judges).
 */
const NOT_A_VERB = phrases(
  "the|this|that|a|an|your|my|our|his|her|their|its|full|draft|same|of|which|whose|so|quick|short|brief|phone|conference|video|follow-up|catch-up|what we|what they|what i|what you|what people|teams|zoom|webex|skype|whatsapp|facetime|signal",
);
/** A third party as the verb's subject ("they call me", "people call us"): not the author's offer. */
const NOT_A_THIRD_PARTY = phrases(
  "they|people|some|folks|he|she|it|who|clients|everyone|nobody|somebody|someone|which|that|don't|do not|never|often|usually|sometimes|always",
);
/** Not inside a word, a hyphenation or a contraction: "recall", "re-call", "o'clock". */
const notInWord = notAfter(/[-\w'’]/);
/** A verb that offers, at the start of a match: not in a word, a noun or a third party's doing. */
const offeringVerb = (text: string, index: number): boolean =>
  notInWord(text, index) &&
  !afterPhrase(text, index, NOT_A_VERB) &&
  !afterPhrase(text, index, NOT_A_THIRD_PARTY);
/** A verb with a subject other than a third party ("WhatsApp me": WhatsApp is seldom a noun here). */
const authorsVerb = (text: string, index: number): boolean =>
  notInWord(text, index) && !afterPhrase(text, index, NOT_A_THIRD_PARTY);
/** Being on a call, not proposing one: "I'm on a call", "they're on another call". */
const BEING_ON = phrases(
  "i'm on|i am on|we're on|we are on|be on|been on|was on|were on|he's on|she's on|they're on|is on|are on",
);
/** Things posted or mailed that are not a channel: "the post", "a blog post", "keep you posted". */
const NOT_POSTING = phrases(
  "the|a|an|blog|job|this|that|your|my|our|his|her|their|its|of|in|e|keep you|keep me|keep us",
);

/** Modifiers of a channel noun: "a quick call", "a 15-minute phone call", "a short follow-up call". */
const NOUN_MODIFIERS =
  "(?:(?:quick|short|brief|proper|longer|follow[-\\s]?up|catch[-\\s]?up|kick[-\\s]?off|introductory|preliminary|joint|further|separate|informal|private|confidential|three-way|(?:\\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty)[-\\s]?(?:min(?:ute)?s?|hours?)|half[-\\s]an[-\\s]hour|(?:tele)?phone|conference|audio|video|little|secure|group)\\s+){0,3}";

/** What follows "call" when it is a finance, procedure or decision word, not a telephone call. */
const NOT_A_PHONE_CALL_AFTER =
  "(?!\\s+(?:options?|centres?|centers?|logs?|records?|data|notices?|dates?|premiums?|protection|rights?|provisions?|features?|prices?|spreads?|accounts?|deposits?|money|loans?|signs?|letters?|lists?|sheets?|back\\s+(?:checks?|verification|procedures?|process|protocols?|controls?)|for\\s+(?:papers|proposals|evidence|tenders?|bids|submissions|comments|applications|information|action|views|help|calm|change)|to\\s+(?:action|arms|the\\s+bar)|of\\s+(?:duty|nature)|on\\s+(?:whether|how|capital|shares|the\\s+shares|funds|the\\s+(?:partners|investors|members|shareholders|guarantee))|up\\s+notice|with\\s+(?!(?:[\\w'’-]+\\s+){0,5}?(?:you|me|us|your)\\b)))";

/** Documents and things one posts or couriers. */
const DOCUMENTS =
  "(?:originals?|deeds?|documents?|docs|papers|paperwork|cop(?:y|ies)|counterparts?|cheques?|checks?|certificates?|passports?|forms?|letters?|contracts?|agreements?|bundles?|packs?|engrossments?|wills?|pages|transfers?|keys|cards?|statements?|invoices?|notices?|leases?|licen[cs]es?|instruments|drafts?|files?|records|sets?|items|parcel|package|envelope|photos|photographs|samples|ID|identification|proofs?)";

// ---------------------------------------------------------------------------------------------
// Constructions
// ---------------------------------------------------------------------------------------------

const PHONE_NOUNS =
  "call|ring|buzz|bell|tinkle|shout|holler|voicemail|missed\\s+call|(?:tele)?phone\\s+call";
const SMS_NOUNS = "text(?:\\s+message)?|txt|sms(?:\\s+message)?";
const WHATSAPP_NOUNS = "whats\\s?app(?:\\s+(?:message|call|video\\s+call))?";
const EMAIL_NOUNS = "e-?mail";

function lightVerbChannel(m: RegExpExecArray, lead?: RegExpExecArray): KnownChannel | undefined {
  if (m[1] !== undefined) return "phone";
  if (m[2] !== undefined) return "sms";
  if (m[3] !== undefined) return "whatsapp";
  if (m[4] !== undefined) return "email";
  // "send you a letter": a letter sent to someone (not "send a letter to the court").
  if (m[5] !== undefined) return lead?.[1] ? "post" : undefined;
  return undefined;
}

/** The channel of the first numbered group that took part in the match, in the order given. */
function channelOfGroups(
  order: readonly KnownChannel[],
): (m: RegExpExecArray) => KnownChannel | undefined {
  return (m) => {
    for (let i = 0; i < order.length; i++) if (m[i + 1] !== undefined) return order[i];
    return undefined;
  };
}

const nounChannel = channelOfGroups([
  "phone",
  "sms",
  "whatsapp",
  "video",
  "in-person",
  "post",
  "signal",
]);

/**
 * When a call is offered without an object ("I'll ring on Tuesday", "can we FaceTime one evening
 * this week?"): days named in full or short, parts of a day or week, the weekend. A weekday's
 * short form counts only after "on", "next" or "this" ("call Sun" is not a day).
 */
const DAY_PART = "(?:morning|afternoon|evening|night|lunchtime|day)";
const WHEN_NAMED = [
  `(?:on\\s+|next\\s+|this\\s+|first\\s+thing\\s+)?${WEEKDAY_NAME}`,
  `(?:on|next|this)\\s+${WEEKDAY_SHORT}`,
  `(?:this|next|tomorrow|one|some|an|any)\\s+${DAY_PART}`,
  "(?:this|next)\\s+week(?:end)?",
  "(?:at|over|on|during)\\s+the\\s+weekend",
  "(?:early|late|later)\\s+(?:this|next)\\s+week",
  "first\\s+thing",
  "in\\s+the\\s+(?:morning|afternoon|evening|next\\s+(?:day|few|couple|hour))",
  "at\\s+(?:\\d\\w*|noon|midday|lunch)",
  "around\\s+\\d\\w*",
  "some\\s*time",
].join("|");

export const CHANNEL_EXPRESSIONS: readonly ChannelExpression[] = [
  // "call me", "ring you both", "phone your mobile", "I'll be calling you", "call you back".
  {
    channel: "phone",
    groups: ["call"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(
        `\\b(?=call|phon|ring|telephon|buzz|bell)(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|telephon(?:e|ing)|buzz|bell)\\s+${PERSON}\\b(?!['’-])(?=\\s*(?:[.,;:!?)]|$)|\\s+${CALL_FOLLOWER})`,
        "gim",
      ),
      offeringVerb,
    ),
    objectGroup: 1,
  },
  // "I'll call back", "ring back", "I'll call tomorrow", "feel free to ring if…", "we can WhatsApp
  // later", "can we FaceTime tonight?": the verb without an object, with when or why.
  {
    channel: "phone",
    groups: ["call", "text", "whatsapp", "email", "video"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(
        `\\b(?=call|phone|ring|telephone|text|txt|sms|whats|e-?mail|facetime|skype)(?:(call|phone|ring|telephone)|(text|txt|sms)|(whats\\s?app)|(e-?mail)|(facetime|skype))\\s+(?:back\\b|(?=(?:tomorrow|later|today|tonight|${WHEN_NAMED})\\b|(?:when\\s+(?:i|you)|once\\s+(?:i|you)|if\\s+(?:anything|you|there|it|that|needed|easier|helpful|need\\s+be)|whenever|any\\s*time|at\\s+any\\s+time|after\\s+(?:the|my|lunch|work)|shortly|asap|to\\s+(?:discuss|explain|talk|go\\s+through|run\\s+through|walk\\s+you|agree|confirm|update|catch\\s+up|check|chat|take\\s+you|introduce|arrange|fix|set\\s+up))\\b))`,
        "gi",
      ),
      offeringVerb,
    ),
    channelOf: channelOfGroups(["phone", "sms", "whatsapp", "email", "video"]),
  },
  // "a good time to call", "the best number to ring".
  {
    channel: "phone",
    groups: ["call"],
    anchored: true,
    pattern: /(?:call|ring|phone|telephone)(?:\s+(?:you|me|us))?\b/gi,
    lead: /\b(?:time|moment|day|number|way)\s+(?:for\s+(?:me|us)\s+)?to\s+$/i,
  },
  // "dial in at 10", "the dial-in details", "I'll dial you in".
  {
    channel: "phone",
    groups: ["dial"],
    anchored: true,
    // To a call, not a modem to a server: "dial in at 10", "dial into the call", "dial me in".
    pattern:
      /\bdial(?:[-\s]in\s+(?:details|numbers?|code|info(?:rmation)?)|\s+(?:you|me|us)\s+in\b|\s+(?:in|into)(?=\s*(?:[.,;!?)]|$|\s+(?:at|on|from|for|using|with|via|now|later|tomorrow|today|first|early|when|once|if|and|(?:to\s+)?(?:the|our|this|tomorrow's|today's|my)\s+(?:call|meeting|conference|bridge|hearing|session|briefing)))))/gi,
  },
  // "message me on my mobile": a text.
  {
    channel: "sms",
    groups: ["number"],
    anchored: true,
    pattern:
      /\bmessage\s+(me|us|you)\s+on\s+(?:my|your|our)\s+(?:mobile|cell(?:\s*phone)?|phone)\b/gi,
    objectGroup: 1,
  },
  // "text me", "text you the code", "WhatsApp me the photos", "e-mail me", "FaceTime me", "Signal me".
  {
    channel: "sms",
    groups: ["text"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(`\\b(?=text|txt|sms)(?:text(?:ing)?|txt|sms)\\s+${PERSON}\\b(?!['’-])`, "gi"),
      offeringVerb,
    ),
    objectGroup: 1,
  },
  {
    channel: "whatsapp",
    groups: ["whatsapp"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(`\\b(?=whats)whats\\s?app(?:[-\\s]?ing)?\\s+${PERSON}\\b`, "gi"),
      authorsVerb,
    ),
    objectGroup: 1,
  },
  {
    channel: "email",
    groups: ["email"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(`\\b(?=e-?mail)e-?mail(?:ing)?\\s+${PERSON_ONLY}\\b(?!['’-])`, "gi"),
      offeringVerb,
    ),
    objectGroup: 1,
  },
  {
    channel: "video",
    groups: ["video"],
    anchored: true,
    pattern: new RegExp(`\\b(?:facetime|skype)\\s+${PERSON_ONLY}\\b`, "gi"),
    objectGroup: 1,
  },
  { channel: "signal", groups: ["signal"], pattern: /\bSignal\s+(me|us|you)\b/g, objectGroup: 1 },
  // "give me a call", "pop me a text", "drop us a WhatsApp", "shoot me an e-mail", "send you a letter":
  // found at the noun, the light verb and article checked just before it.
  {
    channel: "phone",
    groups: ["call", "text", "whatsapp", "email", "post"],
    anchored: true,
    pattern: new RegExp(
      `(?:(${PHONE_NOUNS})|(${SMS_NOUNS})|(${WHATSAPP_NOUNS})|(${EMAIL_NOUNS})|(letter))\\b(?![-'’]\\w)(?!\\s+(?:of|to\\s+(?!you|me|us)|from|about\\s+the\\s+(?:claim|matter)))`,
      "gi",
    ),
    lead: new RegExp(
      `\\b(?:give|giving|drop|dropping|pop|popping|send|sending|shoot|ping|fire|flick|leave|leaving)\\s+(?:(${PERSON_ONLY_INNER}|(?:our|my|the|your)\\s+(?:office|assistant|secretary|team|switchboard|desk|pa))\\s+)?(?:a|an|another)\\s+(?:(?:quick|short|brief|little|missed)\\s+)?$`,
      "i",
    ),
    channelOf: lightVerbChannel,
    objectGroup: 1,
  },
  // "a quick call", "another call", "a WhatsApp group", "a video call", "a site visit to you":
  // found at the noun, the article (and modifiers) checked just before it.
  {
    channel: "phone",
    groups: ["call", "dial", "text", "whatsapp", "video", "post", "signal", "visit"],
    anchored: true,
    pattern: new RegExp(
      `(?:((?:(?:tele)?phone\\s+|conference\\s+|con\\s+)?call|teleconference|telecon|dial[-\\s]in)${NOT_A_PHONE_CALL_AFTER}|(text(?:\\s+message)?|sms|txt)(?!\\s+(?:of|that|which|reading|box|file|search|editor|version|book|field|showing|setting|containing|marked|comparing|with\\s+the|for\\s+(?:the|clause|section)|in\\s+(?:the|clause))\\b)|(whats\\s?app(?:\\s+(?:call|message|group|chat|video\\s+call))?)|(video[-\\s]?(?:call|conference|chat|meeting|link)|videoconference|facetime|skype(?:\\s+call)?)|(visit\\s+to\\s+(?:you|your|our))|(courier)|(Signal\\s+(?:message|call|group|chat)))\\b(?![-'’]\\w)`,
      "gi",
    ),
    lead: withLookbehind(
      new RegExp(
        `\\b(?:a|an|another|one\\s+more)\\s+${NOUN_MODIFIERS}(?:(?:site|office|short|quick)\\s+)?$`,
        "i",
      ),
      (text, index) => !afterPhrase(text, index, BEING_ON),
    ),
    channelOf: nounChannel,
    generic: (m) => m[1] !== undefined && !/phone/i.test(m[1]),
  },
  // A note's fragment with no article: "Quick call tomorrow?", "Short call at 4?".
  {
    channel: "phone",
    groups: ["call"],
    margin: 40,
    pattern: withLookbehind(
      /\b(?=quick|short|brief)(?:quick|short|brief)\s+(?:((?:tele)?phone)\s+)?call\b(?!\s+(?:options?|centres?|logs?|notices?))/gim,
      // (?<=^|[.!?:]\s+|\n\s*) with the m flag: a line's or a sentence's start.
      (text, index) =>
        index === 0 ||
        "\n\r\u2028\u2029".includes(text[index - 1]!) ||
        afterMark(text, index, ".!?:", 1) ||
        afterMark(text, index, "\n"),
    ),
    generic: (m) => m[1] === undefined,
  },
  // "by phone", "over the phone", "on the phone", "via telephone".
  {
    channel: "phone",
    groups: ["call"],
    margin: 40,
    pattern:
      /\b(?:by|over\s+the|on\s+the|via|per)\s+(?:tele)?phone\b(?!\s*(?:records?|bills?|numbers?|company|companies|contracts?|lines?|data|evidence|logs?|hacking|calls?\s+records?|book|directory|-))/gi,
  },
  {
    channel: "sms",
    groups: ["text"],
    margin: 40,
    pattern: /\b(?:by|via|over|per)\s+(?:sms|text(?:\s+message)?|txt)\b/gi,
  },
  {
    channel: "whatsapp",
    groups: ["whatsapp"],
    margin: 40,
    pattern: /\b(?:on|via|over|by|through|using|per|in\s+a)\s+whats\s?app\b/gi,
  },
  {
    channel: "signal",
    groups: ["signal"],
    margin: 40,
    pattern: /\b(?:on|via|over|by|through|using)\s+Signal\b/g,
  },
  {
    channel: "email",
    groups: ["email"],
    margin: 40,
    pattern: /\b(?:by|via|over|per)\s+e-?mail\b(?!\s+(?:address|signature|footer))/gi,
  },
  {
    channel: "video",
    groups: ["video"],
    margin: 40,
    pattern:
      /\b(?:by|via|over|on)\s+(?:a\s+)?(?:video(?:\s*(?:call|conference|link|chat))?|videoconference|video-conference|facetime|skype)\b(?!\s+(?:evidence|footage|recording|of|clip|file)\b)/gi,
  },
  {
    channel: "video",
    groups: ["video"],
    anchored: true,
    pattern: /\bvideo[-\s]?(?:call|conference|chat)\b/gi,
  },
  // "by post", "by recorded delivery", "by Royal Mail Special Delivery", "by courier", "in the post".
  {
    channel: "post",
    groups: ["post"],
    margin: 60,
    pattern:
      /\b(?:by|via)\s+(?:(?:first|second)[-\s]class\s+|recorded\s+|registered\s+|special\s+|signed[-\s]for\s+|next[-\s]day\s+|tracked\s+|guaranteed\s+|royal\s+mail\s+|airmail\s+|express\s+|overnight\s+|international\s+|ordinary\s+|regular\s+|snail\s+|certified\s+|normal\s+)*(?:post|mail|delivery|courier|letter|fedex|dhl|ups|tnt|royal\s+mail)\b/gi,
  },
  {
    channel: "post",
    groups: ["post"],
    margin: 40,
    pattern: /\b(?:in|through)\s+the\s+(?:post|mail)\b/gi,
  },
  { channel: "post", groups: ["post"], anchored: true, pattern: /\bRoyal\s+Mail\b/g },
  // "post the originals to you", "courier the deeds", "mail you the signed copies", "FedEx it
  // over", "bike the engrossments over" (a motorcycle courier, in London usage).
  {
    channel: "post",
    groups: ["post"],
    anchored: true,
    pattern: withLookbehind(
      new RegExp(
        `\\b(?=post|courier|mail|fedex|overnight|messenger|bike)(?:post(?:ing)?|courier(?:ing)?|mail(?:ing)?|fedex|overnight|messenger|bike)\\s+${PERSON_ONLY}?\\s*(?:it|them|this|these|those|both|everything|(?:the|a|an|your|our|my|two|three|both|all|all\\s+the|signed|original|hard|certified|wet[-\\s]ink|duly|executed)\\s+(?:[\\w'’-]+\\s+){0,3}?${DOCUMENTS})\\b(?=(?:\\s+(?:back\\s+|over\\s+|across\\s+|out\\s+)?((?:to|on|onto|in|into)\\s+(?:[\\w'’-]+\\s*){1,3}))?)`,
        "gi",
      ),
      (text, index) => notInWord(text, index) && !afterPhrase(text, index, NOT_POSTING),
    ),
    objectGroup: 1,
    destinationGroup: 2,
  },
  // "move this to WhatsApp", "switch over to Signal", "take it to e-mail". Round 25: the object
  // is any determiner before a word for the exchange itself ("move this thread to Signal", "our
  // chat", "these discussions"), not only "the".
  {
    channel: "whatsapp",
    groups: ["whatsapp", "signal", "email", "video"],
    margin: 80,
    pattern:
      /\b(?:move|moving|switch|switching|take|taking|shift|continue|carry\s+on)\s+(?:(?:this|it|things|(?:the|this|that|our|these|those)\s+(?:conversation|discussion|chat|thread|exchange|correspondence|(?:e-?mail\s+)?chain)s?)\s+)?(?:over\s+)?(?:to|on)\s+(?:(whats\s?app)|(Signal)|(e-?mail)|(video|facetime|skype))\b/gi,
    channelOf: (m) =>
      m[1] !== undefined
        ? "whatsapp"
        : m[2] !== undefined && m[2] === "Signal"
          ? "signal"
          : m[3] !== undefined
            ? "email"
            : m[4] !== undefined
              ? "video"
              : undefined,
  },
  // "the originals will be posted to you", "I'll get the deeds couriered over to you".
  {
    channel: "post",
    groups: ["post"],
    anchored: true,
    pattern:
      /(?:posted|couriered|mailed|fedexed)\s+(?:over\s+|back\s+|across\s+|out\s+)?to\s+(?:you|your)\b/gi,
    lead: /\b(?:(?:will|'ll|shall|can)\s+be|(?:get|have)\s+(?:it|them|these|those|(?:the|your|our)\s+(?:[\w'’-]+\s+){0,3}?))\s*$/i,
    proposes: true,
  },
  // "return them in the pre-paid envelope", "use the enclosed SAE", "by DX", "the original can
  // follow by DX" (the document exchange solicitors post through).
  {
    channel: "post",
    groups: ["post"],
    margin: 60,
    pattern:
      /\b(?:(?:pre-?paid|reply-?paid|stamped|self-addressed(?:\s+stamped)?|freepost)\s+(?:return\s+)?envelope|(?:enclosed|an?)\s+SAE)\b|\b(?:by|via|through)\s+DX\b|\bDX\s+(?:it|them|the|a|an|your|our)\b/g,
  },
  // "in person", "face to face".
  {
    channel: "in-person",
    groups: ["person"],
    margin: 30,
    pattern: /\b(?:in[-\s]person|face[-\s]to[-\s]face)\b/gi,
  },
  // "come in to our office", "pop round to yours", "drop by our office", "come and see us".
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern: new RegExp(
      "\\b(?:come|coming|pop|popping|drop|dropping|swing|swinging|stop|nip|head)\\s+(?:(?:in|into|round|around|over|by|up|down|along|across)\\s+)?(?:(?:to|at|into|in\\s+to)\\s+)?(?:(?:and\\s+)?see\\s+(?:me|us|you)\\b|(?:our|your|the)\\s+(?:[\\w&'’.-]+\\s+){0,3}?(?:offices?|premises|studio|chambers|site|home|house|flat|place|yard|building|HQ|headquarters|showroom|works|factory|plant)\\b|yours\\b|ours\\b)",
      "gi",
    ),
  },
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern: /\bcall\s+(?:round|by|in\s+on)\b/gi,
  },
  // "swing by tomorrow", "come in on Thursday", "pop round later", "come over to you".
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern:
      /\b(?:come|coming|pop|popping|drop|dropping|swing|swinging|stop|nip)\s+(?:in|round|around|over|by)\s+(?:(?:tomorrow|today|tonight|later|this\s+(?:morning|afternoon|evening|week)|next\s+week|on\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*|at\s+\d|first\s+thing|beforehand|afterwards|after\s+(?:work|lunch|the)|before\s+(?:the|you|we))\b)|\b(?:come|coming|travel|head)\s+(?:over\s+|round\s+|down\s+|up\s+)?to\s+you\b(?!\s+(?:with|about|for\s+(?:a\s+)?(?:decision|instructions|approval)))/gi,
  },
  // "come in and sign", "pop in to collect the keys", "drop the originals round to our office":
  // the client coming to the firm for a purpose.
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern: new RegExp(
      "\\b(?:come|coming|pop|popping|drop|dropping|call)\\s+(?:in|round|over|by)\\s+(?:and|to)\\s+(?:sign|see\\s+(?:me|us)|meet|collect|pick\\s+up|go\\s+through|swear|witness|have\\s+a\\s+(?:chat|word|coffee))\\b|\\b(?:drop|dropping|pop|popping|bring|bringing)\\s+(?:it|them|these|those|(?:the|your|a|both|all\\s+the)\\s+(?:[\\w'’-]+\\s+){0,2}?" +
        DOCUMENTS +
        ")\\s+(?:round|over|in|off|by)\\s+(?:to|at)\\s+(?:our|my)\\s+(?:offices?|chambers|reception)\\b",
      "gi",
    ),
  },
  // "come out to Hradec", "come up to Cambridge tomorrow", "fly over to Lisbon": going to where
  // the client is (a place's name).
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern:
      /\b(?:come|coming|head|heading|travel|travelling|traveling|fly|flying|drive|driving|pop|nip|get)\s+(?:out|over|up|down|across|round)\s+to\s+(?!the\b|a\b|you\b)[A-Z][\w'’-]+\b/g,
  },
  // "walk the factory floor with you", "tour the site together", "a site visit".
  {
    channel: "in-person",
    groups: ["visit"],
    anchored: true,
    pattern:
      /\b(?:walk|walking|tour|touring)\s+(?:round\s+|around\s+|through\s+|over\s+)?(?:the|your|our)\s+(?:[\w'’-]+\s+){0,2}?(?:factory|site|plant|premises|warehouse|yard|property|building|facility|offices?|floor|mill|farm|estate|vessel|ship)(?:\s+floor)?\s+(?:with\s+you|together)\b/gi,
  },
  { channel: "in-person", groups: ["visit"], margin: 20, pattern: /\bsite\s+visit\b/gi },
  // "are you about for a natter", "free for a quick chat", "have a word": a call of no stated
  // kind (see generic). Found at the noun, the frame checked just before it.
  {
    channel: "phone",
    groups: ["chat", "meetat"],
    anchored: true,
    pattern:
      /(?:chat|natter|word|chinwag|catch[-\s]?up|conversation|discussion)\b(?!\s+(?:of|about\s+(?:the\s+)?(?:weather|nothing)|at|in|over\s+(?:coffee|lunch)|with\s+(?:the|their|his|her)\b))/gi,
    lead: /\b(?:(?:free|available|around|about|time|up|ok|okay)\s+for|have|grab|fancy|need)\s+(?:(?:you|me)\s+for\s+)?an?\s+(?:(?:quick|short|brief|proper|little)\s+)?$/i,
    generic: () => true,
  },
  // "free to chat live", "speak live": a conversation, not in writing.
  {
    channel: "phone",
    groups: ["chat"],
    anchored: true,
    pattern: /live\b/gi,
    lead: /\b(?:chat|talk|speak|discuss\s+(?:it|this|things))\s+$/i,
    generic: () => true,
  },
  // "I'm on 07700 900123", "you can get me on +1 …": where the author can be rung.
  {
    channel: "phone",
    groups: ["reach", "number"],
    margin: 40,
    pattern:
      /\b(?:i'm|i\s+am|we're|we\s+are|(?:you\s+can|feel\s+free\s+to|just)\s+(?:get|catch|grab|reach|find|call|ring)\s+(?:me|us))\s+on\s+(?=[+(]?\d[\d\s().-]{6,})/gi,
    // Giving one's number in a letter is the offer: no modal needed, only none against it.
    proposes: true,
  },
  // "drop by if you like", "pop in any time", "pop over to sign", "come in to sign the will":
  // coming to the office, or to the client, for something done there.
  {
    channel: "in-person",
    groups: ["motion"],
    anchored: true,
    pattern:
      /\b(?:come|coming|pop|popping|drop|dropping|swing|swinging|stop|nip)\s+(?:in|round|around|over|by)\b(?:(?=\s*(?:[.!?;]|$|,?\s+(?:if|when|whenever|any\s*time|at\s+any\s+time|once)\b))|\s+to\s+(?:sign|go\s+through|collect|pick\s+up|drop\s+off|deliver|witness|review|look\s+at|see|meet)\b)/gim,
  },
  // "I'll bring the documents to your office", "take them round to you": delivering in person.
  {
    channel: "in-person",
    groups: ["motion", "post"],
    anchored: true,
    pattern:
      /\b(?:bring|hand[-\s]deliver|deliver)\s+(?:it|them|these|those|(?:the|your|our)\s+(?:[\w'’-]+\s+){0,3}?(?:originals?|documents?|deeds?|papers|copies|bundle|forms?|will|keys))\s+(?:round\s+|over\s+)?to\s+(?:you|your\s+(?:office|home|house|flat|premises|studio))\b/gi,
  },
  // "meet for a coffee", "grab a coffee", "a coffee next week".
  {
    channel: "in-person",
    groups: ["coffee"],
    margin: 50,
    pattern:
      /\b(?:grab|get|have|meet\s+(?:up\s+)?for|over)\s+(?:a\s+)?(?:quick\s+)?(?:coffee|cuppa|cup\s+of\s+(?:coffee|tea))\b/gi,
  },
  {
    channel: "in-person",
    groups: ["visit"],
    margin: 40,
    pattern:
      /\b(?:visit(?:ing)?\s+(?:you|your\s+(?:[\w&'’.-]+\s+){0,2}?(?:offices?|premises|studio|site|home|house|team|plant|factory|facility))|pay\s+you\s+a\s+visit)\b/gi,
  },
  {
    channel: "in-person",
    groups: ["meetat"],
    anchored: true,
    pattern:
      /\b(?:meet(?:ing)?|see|session|catch[-\s]?up|sit[-\s]?down|discussion|workshop)\s+(?:(?:up|here|there|together)\s+)?(?:with\s+(?:you|me|us)\s+)?(?:you\s+)?(?:(?:at|in)\s+(?:your|our|the)\s+(?:[\w&'’.-]+\s+){0,2}?(?:offices?|premises|studio|site|home|house|hotel|café|cafe|court|station|airport|club|lobby|reception|boardroom|meeting\s+room|conference\s+room|building)|for\s+(?:a\s+)?(?:coffee|breakfast))\b/gi,
  },
  // Asking for a number: "send me a good number", "what's the best number to reach you on".
  {
    channel: "phone",
    groups: ["number"],
    margin: 80,
    ...opened(
      "\\b(?:(?:send|give|drop|text|e-?mail|share|pass|forward|ping)\\s+(?:me|us)|let\\s+(?:me|us)\\s+have|let\\s+(?:me|us)\\s+know)\\s+(?:a|an|your|the)\\s+",
      "(?:(?:good|best|direct|mobile|cell|contact|phone|telephone|landline|home|work|number)\\s+){0,3}(?:number|mobile|cell)\\b",
      "gi",
    ),
  },
  {
    channel: "phone",
    groups: ["number"],
    margin: 60,
    pattern:
      /\b(?:what(?:'s|’s|\s+is)|which\s+is|where(?:'s|’s|\s+is))\s+(?:the|your)\s+(?:best|good|easiest)?\s*(?:(?:mobile|cell|phone|telephone|contact|direct)\s+)?number\b/gi,
  },
  {
    channel: "phone",
    groups: ["number"],
    anchored: true,
    pattern:
      /\bnumbers?\s+(?:to|(?:that\s+)?(?:i|we)\s+(?:can|could)|on\s+which\s+(?:i|we)\s+can)\s+(?:reach|call|ring|contact|get\s+hold\s+of|try|get)\s+you\b/gi,
  },
  // "reach me on +44 …", "contact me on my mobile", "get hold of me on 07…".
  {
    channel: "phone",
    groups: ["reach", "call"],
    margin: 60,
    pattern:
      /\b(?:reach|contact|call|ring|get\s+hold\s+of|find)\s+(me|us)\s+(?:on|at)\s+(?:(?=[+(]?\d)|(?:my|our)\s+(?:mobile|cell(?:\s*phone)?|phone|direct\s+(?:line|dial)|landline|number))/gi,
    objectGroup: 1,
  },
  // "best reached on my mobile", "I can be reached at +44 …": offering a number to call.
  {
    channel: "phone",
    groups: ["reach"],
    margin: 60,
    proposes: true,
    pattern:
      /\b(?:best|easiest|easily|always|also|usually|can\s+be|will\s+be|['’]ll\s+be)\s+reached\s+(?:on|at)\s+(?:(?=[+(]?\d)|(?:my|our)\s+(?:mobile|cell(?:\s*phone)?|phone|direct\s+(?:line|dial)|landline|number))/gi,
  },
  // "I'll try you later", "try your mobile".
  {
    channel: "phone",
    groups: ["try"],
    anchored: true,
    pattern:
      /\btry\s+(?:you\b(?=\s+(?:again|later|tomorrow|today|tonight|this|next|on|at|after|before|first|around|in|when|once|back|shortly|soon)\b|\s*[.,;!?]|\s*$)|your\s+(?:mobile|cell(?:\s*phone)?|phone|office|direct\s+(?:line|dial)|landline|number)\b)/gi,
  },
  // The hypothetical past of a proposal: "would it help if I rang you", "what if we spoke by
  // phone", "would you mind if I texted you", "it might be easier if I popped round". The verb
  // is past in form only; the cue before "if" (a question, "easier if") decides its mood.
  {
    channel: "phone",
    groups: ["call", "text", "whatsapp", "video", "post", "motion"],
    margin: 80,
    ...opened(
      "\\bif\\s+(?:i|we)\\s+",
      "(?:just\\s+|quickly\\s+|briefly\\s+|were\\s+to\\s+|could\\s+|was\\s+to\\s+)?(?:" +
        // phone
        "((?:called|rang|phoned|telephoned|buzzed|(?:gave|give)\\s+you\\s+a\\s+(?:quick\\s+)?(?:call|ring|buzz|bell|tinkle))(?:\\s+you)?\\b|(?:spoke|talked|caught\\s+up|had\\s+a\\s+(?:quick\\s+)?(?:chat|word))(?:\\s+(?:to|with)\\s+you)?\\s+(?:by|on|over)\\s+(?:the\\s+)?(?:tele)?phone|had\\s+a\\s+(?:quick\\s+|short\\s+|brief\\s+)?(?:phone\\s+|telephone\\s+)?call|sent\\s+you\\s+a\\s+(?:quick\\s+)?voice\\s*(?:note|message|memo))" +
        // sms
        "|(texted\\s+you|sent\\s+you\\s+a\\s+(?:quick\\s+)?(?:text|sms))" +
        // whatsapp
        "|(whats\\s?apped\\s+you|(?:sent|messaged)\\s+you\\s+(?:a\\s+)?(?:on|by|over|via)?\\s*whats\\s?app)" +
        // video
        "|((?:video[- ]?called|facetimed|skyped)\\s+you|(?:spoke|talked|met)\\s+(?:by|on|over)\\s+video|had\\s+a\\s+(?:quick\\s+)?video\\s+call)" +
        // post
        "|(posted\\s+(?:you|it|them|the\\s+\\w+)|(?:put|popped)\\s+(?:it|them|the\\s+\\w+|a\\s+copy)\\s+in\\s+the\\s+post|sent\\s+(?:you\\s+)?(?:it|them|the\\s+\\w+|a\\s+(?:hard\\s+)?copy)\\s+by\\s+(?:post|courier))" +
        // in person
        "|((?:popped|dropped|came|swung|stopped)\\s+(?:in|over|round|around|by)\\b|met\\s+(?:in\\s+person|face[- ]to[- ]face))" +
        ")",
      "gi",
    ),
    channelOf: channelOfGroups(["phone", "sms", "whatsapp", "video", "post", "in-person"]),
  },
  // A device as where the message goes: "I'll ping your mobile", "message your cell", "drop you
  // a line on your cell", "send a quick message to your mobile" (a text); "leave a message on
  // your mobile", "hit your cell", "I'll reach you on your mobile" (a call). Found at the device,
  // its verb checked just before it: "I pinged your mobile" is past, and "your mobile number",
  // "your phone bill" are not the device called.
  {
    channel: "sms",
    groups: ["number", "call"],
    anchored: true,
    pattern:
      /(?:(voicemail)|mobile(?:\s+phone)?|cell(?:\s*phone)?|phone)\b(?![-'’]\w)(?!\s+(?:numbers?|bills?|contracts?|providers?|records?|compan(?:y|ies)|charger|screen|case|signal|plan|data)\b)/gi,
    lead: /\b(?:(ping|pinging|message|messaging)\s+|(hit|hitting)\s+(?:up\s+)?|((?:reach|get|catch|grab|hit)\s+(?:you|me|us)\s+(?:up\s+)?on)\s+|(?:(leave|leaving)|drop|dropping|send|sending|ping|pinging|shoot|fire|pop)\s+(?:(?:you|me|us)\s+)?an?\s+(?:(?:quick|short|brief)\s+)?(?:line|note|message|msg)\s+(?:on|to)\s+)(your|my|our)\s+$/i,
    channelOf: (m, lead) =>
      m[1] !== undefined || lead?.[2] !== undefined || lead?.[3] !== undefined || lead?.[4]
        ? "phone"
        : "sms",
    objectGroup: 5,
  },
  // "give your mobile a ring", "give my cell a buzz".
  {
    channel: "phone",
    groups: ["call"],
    anchored: true,
    pattern: /(?:ring|buzz|call|bell|tinkle)\b/gi,
    lead: /\b(?:give|giving)\s+(your|my|our)\s+(?:mobile|cell(?:\s*phone)?|phone|landline|direct\s+line)\s+an?\s+(?:quick\s+)?$/i,
    objectGroup: 1,
  },
  // "I'll holler at you tomorrow": a call, in slang.
  {
    channel: "phone",
    groups: ["call"],
    anchored: true,
    pattern: /holler\s+at\s+(you|me|us)\b/gi,
    objectGroup: 1,
    generic: () => true,
  },
  // "send me a voice note", "I'll leave you a voice message", "record a quick voice memo": a
  // spoken message, which a client who wants things in writing avoids as they avoid a call.
  {
    channel: "phone",
    groups: ["call"],
    margin: 60,
    pattern:
      /\b(?:send|leave|record|drop|ping|fire|shoot|pop)\s+(?:(me|us|you)\s+)?(?:a\s+)?(?:quick\s+|short\s+|brief\s+)?(?:voice\s*(?:note|message|memo)s?|audio\s+(?:note|message)s?)\b/gi,
    objectGroup: 1,
  },
];
