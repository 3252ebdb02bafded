/**
 * Stance: whether a clause states a standing wish for or against something, read from a
 * lexicon of the ways English speakers say so (UK and US), not from the phrasings of any case.
 * A statement is a preference when its speaker is the writer or their organisation (the shared
 * refusals in clause-facts.ts and listen.ts judge that), its stance is a standing wish (this
 * file), and its object maps to a field through a lexicon (lexicon.ts for channels). Each cue is
 * followed by a short run of "filler" words (whom, how, a determiner) before the object, so
 * "please don't email, phone or text me" and "I'm not a big fan of long phone calls" are read
 * the same way as "don't phone".
 */

/** How a cue leans: against the object, or for it. */
export type Lean = "against" | "for";

// Against: prohibitions, refusals and dislikes, in the first person or the imperative.
const AGAINST_CUES = [
  // imperatives and requests
  String.raw`(?:please\s+|kindly\s+|just\s+)?(?:don't|do\s+not|dont|never)(?:\s+(?:ever|again))?`,
  String.raw`(?:please\s+|kindly\s+)?(?:stop|cease|avoid|refrain\s+from)`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+(?:much\s+|really\s+)?(?:rather|prefer)\s+(?:you\s+)?(?:didn't|did\s+not|not(?:\s+to)?|never)`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+(?:ask|request)\s+(?:that\s+)?(?:you\s+)?(?:not|never|don't|do\s+not)`,
  String.raw`(?:no\s+more|no\s+further)`,
  // "I'm not doing video", "we're not on WhatsApp"
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)\s+not\s+(?:doing|using|on|answering|checking)`,
  // standing refusals and the end of a habit
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+(?:no\s+longer|not\s+any\s+more|not\s+anymore)(?:\s+(?:on|using|checking|reading|answering))?`,
  String.raw`(?:i|we)\s+(?:no\s+longer|never|don't|do\s+not|won't|will\s+not|can't|cannot|rarely|seldom|hardly\s+ever)\s+(?:really\s+)?(?:use|check|read|answer|pick\s+up|listen\s+to|do|take|accept|want|get\s+on\s+with|look\s+at)`,
  // dislikes
  String.raw`(?:i|we)(?:\s+(?:really|just|honestly|simply|absolutely|also|genuinely))*\s+(?:hate|dislike|loathe|detest|can't\s+stand|cannot\s+stand|can't\s+bear|cannot\s+bear|can't\s+abide|struggle\s+with)`,
  String.raw`(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+)?(?:really\s+|just\s+)?(?:not|no)\s+(?:a\s+|much\s+of\s+a\s+|really\s+a\s+|the\s+biggest\s+)?(?:big\s+|huge\s+|great\s+)?fan\s+of`,
  String.raw`(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+)?(?:really\s+)?not\s+(?:really\s+|much\s+|very\s+|big\s+|terribly\s+|particularly\s+|especially\s+|all\s+that\s+|that\s+|overly\s+)?(?:keen\s+on|one\s+for|comfortable\s+with|great\s+with|good\s+with|a\s+lover\s+of|into)`,
  // rules that stop it: "our policy no longer allows staff to…", "IT doesn't permit…"
  String.raw`(?:no\s+longer\s+|(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not)\s+)(?:allow|allows|permit|permits|let|lets)`,
  // an organisation's rule that forbids it: "our procurement rules prohibit gifts", "IT bans WhatsApp"
  String.raw`(?:prohibit|prohibits|forbid|forbids|ban|bans|bar|bars|outlaw|outlaws)`,
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:allergic\s+to|done\s+with|over|sick\s+of|tired\s+of|fed\s+up\s+with)`,
  String.raw`spare\s+(?:me|us)(?:\s+the)?`,
  // "Please don't include me in the firm's client events", "don't count us in for the golf"
  String.raw`(?:please\s+)?(?:don't|do\s+not|never)\s+(?:include|count|put|add)\s+(?:me|us)\s+(?:in|on|into|for)`,
  // Idioms of not wanting (UK and US): "I can't be doing with video calls", "we could do without
  // the Zoom invites", "I'd sooner you didn't text me", "I'd sooner not have calls".
  String.raw`(?:i|we)\s+(?:really\s+|just\s+|honestly\s+)?(?:can't|cannot|can\s+not)\s+be\s+(?:doing|bothered|dealing)\s+with`,
  String.raw`(?:i|we)\s+(?:really\s+|honestly\s+)?(?:could|can)\s+(?:really\s+)?do\s+without`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+(?:much\s+|far\s+|really\s+)?sooner\s+(?:you\s+|we\s+)?(?:didn't|did\s+not|not(?:\s+to)?|never)`,
  // "skip the golf and dinners for me", "please leave me out of the …"
  String.raw`(?:please\s+|just\s+|do\s+)?(?:skip|pass\s+on|count\s+(?:me|us)\s+out\s+of|leave\s+(?:me|us)\s+out\s+of)`,
  // "a firm rule against accepting …", "our policy against …", "we have a rule against …"
  String.raw`(?:(?:a|an|our|my|the)\s+)?(?:firm\s+|strict\s+|personal\s+|standing\s+|blanket\s+|long-standing\s+|house\s+)?(?:(?:rule|policy|practice|ban)\s+against|ban\s+on|rule\s+of\s+(?:never|not))`,
  // "I'm hopeless with email", "we're terrible at answering the phone" (not "hopeless on the
  // phone": phrasings.test.ts reads that as a remark, not a refusal)
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:really\s+|just\s+|frankly\s+)?(?:hopeless|terrible|useless|rubbish|awful|no\s+good|bad)\s+(?:at|with)`,
];

// For: a liking or a standing request.
const FOR_CUES = [
  // "keep to letters and the telephone", "can we use Signal please?", "let's stick with email"
  String.raw`(?:please\s+|let's\s+|(?:can|could|shall)\s+we\s+(?:please\s+)?|i'd\s+like\s+(?:us\s+)?to\s+|we'd\s+like\s+to\s+)(?:keep|stick)\s+(?:to|with)`,
  String.raw`(?:can|could|shall)\s+we\s+(?:please\s+)?(?:use|switch\s+to|move\s+to|go\s+back\s+to)`,
  // ("like" and "enjoy" are left out: "a paragraph I like to call…", "I enjoy your newsletters")
  String.raw`(?:i|we)(?:\s+(?:really|just|honestly|absolutely|genuinely|do))*\s+(?:love|adore|swear\s+by|much\s+prefer|prefer)`,
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:a\s+)?(?:big|huge|great)\s+)?(?:fans?\s+of|big\s+on|keen\s+on|happiest\s+with|most\s+comfortable\s+with)`,
  // Idioms of liking: "I'm all for Teams meetings", "I'd never say no to a good lunch", "we never
  // say no to tickets" (not "I said no to the lunch": one answer, in the past)
  String.raw`(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:very\s+much\s+|definitely\s+|totally\s+)?all\s+for`,
  String.raw`(?:i|we)(?:(?:'d|\s+would)\s+)?\s*never\s+(?:say|said)\s+no\s+to`,
];

// What may stand between a cue and its object: whom, how, a determiner, a light verb.
const FILLER = String.raw`(?:me|us|you|to|a|an|the|any|anything|everything|more|my|our|your|quick|long|short|endless|random|unscheduled|unsolicited|unexpected|cold|being|be|been|receive|receiving|get|getting|use|using|send|sending|leave|leaving|contact|contacting|reach|reaching|by|via|on|over|through|with|ever|really|just|at\s+all|also|either|too|many|lots\s+of|all\s+these|those|these|having|staff|employees|anyone|anybody|people|bother|bothering|try|trying|answering|checking)`;

// (with the light verbs of getting in touch: "I much prefer to see people face to face")
const FOR_FILLER = String.raw`(?:me|us|to|a|an|the|any|quick|short|good|proper|old-fashioned|plain|simple|using|use|being|be|contacted|reached|by|via|on|over|through|with|it|things|everything|anything|doing|having|really|just|see|meet|speak|talk|deal|people|them|you|hear\s+from)`;

const CHANNEL = String.raw`(?:by\s+)?⟪[CP]\d+⟫`;
// A list of channels, each item optionally repeating the cue's "no": "no calls and no texts".
const CHANNELS = String.raw`${CHANNEL}(?:\s*(?:,|\/|\bor\b|\bnor\b|\band\b|,\s*or|,\s*nor|,\s*and)\s+(?:(?:no|not|any|a|an|the|by|via|on)\s+)?${CHANNEL})*`;

// "the email address", "your phone number", "email's": the channel word names a thing, not a way
// of getting in touch.
const NOT_A_WAY = String.raw`(?!\s*(?:'s\b|address(?:es)?|thread|chain|trail|attachment|account|number|signature|footer|server|system|inbox|battery|screen|filter|folder))`;

/**
 * A pattern for a stance on `object` (a regular-expression source): a cue of `lean`, up to four
 * filler words (the shared ones and `filler`, a source of more), then the object.
 */
// The object first, then a verdict on it in the first person: "phone calls aren't really my
// thing", "drinks and dinners are not for us", "video doesn't work for me". Understatement, the
// way a refusal is often put; "X is fine for me" is not a verdict against.
const VERDICT_AGAINST = String.raw`\s+(?:(?:is|are|'s|'re)\s*(?:not|n't)|isn't|aren't|(?:is|are)\s+(?:really|just|honestly|simply)\s+not|(?:has|have)\s+never\s+been|(?:was|were)\s+never)\s+(?:really\s+|quite\s+|exactly\s+|very\s+much\s+|at\s+all\s+)?(?:(?:my|our)\s+(?:thing|cup\s+of\s+tea|scene|style|bag)|for\s+(?:me|us))\b|\s+(?:is|are|'s|'re)\s+(?:a\s+)?(?:hard\s+|firm\s+|definite\s+|big\s+)?(?:no|no-go|non-starter)\s+(?:from|for)\s+(?:me|us)\b|\s+(?:don't|doesn't|do\s+not|does\s+not|never)\s+(?:really\s+|quite\s+)?work\s+(?:well\s+)?for\s+(?:me|us)\b|\s+(?:really\s+|just\s+|honestly\s+)?(?:does|do)\s+my\s+head\s+in\b|\s+(?:is|are|'s|'re)\s+(?:a|my|our)\s+(?:(?:real|big|particular|major)\s+)?(?:pet\s+(?:hate|peeve)|bugbear|b[eê]te\s+noire)(?:\s+of\s+(?:mine|ours))?\b`;

// The object first, then a first-person verdict for it: "a day at the cricket is right up my
// street", "Teams is very much my thing", "golf is my cup of tea". Not "that's right up your
// street" (the reader's taste) or "…up my street?" (asked: the caller's questions refuse it).
const VERDICT_FOR = String.raw`\s+(?:is|are|'s|'re|would\s+be|sounds?)\s+(?:(?:just|really|absolutely|very\s+much|exactly|always|definitely)\s+)?(?:right\s+up\s+(?:my|our)\s+(?:street|alley|strasse)|(?:my|our)\s+(?:cup\s+of\s+tea|kind\s+of\s+thing|sort\s+of\s+thing|thing))\b`;

/** `object` followed by a first-person verdict for it: "X is right up my street". */
export function verdictFor(object: string): RegExp {
  return new RegExp(String.raw`(?:^|[\s,;:(-])${object}(?:${VERDICT_FOR})`, "giu");
}

/** `object` followed by a first-person verdict against it: "X isn't my thing", "X doesn't work for me". */
export function verdictAgainst(object: string): RegExp {
  return new RegExp(String.raw`(?:^|[\s,;:(-])${object}(?:${VERDICT_AGAINST})`, "giu");
}

export function stancePattern(lean: Lean, object: string, filler = ""): RegExp {
  const cues = lean === "against" ? AGAINST_CUES : FOR_CUES;
  // A liking takes fewer words before its object: "I love receiving your emails" is about what
  // they send, not how to reach the writer.
  const shared = lean === "against" ? FILLER : FOR_FILLER;
  const fill = filler ? String.raw`(?:${shared}|${filler})` : shared;
  return new RegExp(
    String.raw`(?:^|[\s,;:(-])(?:${cues.join("|")})\s+(?:${fill}\s+){0,4}${object}`,
    "giu",
  );
}

const AGAINST = stancePattern("against", `${CHANNELS}${NOT_A_WAY}`);
// Only the channels and light words before the verdict ("Phone calls just aren't my thing"):
// "the call on Friday doesn't work for me" is about one occasion, not the channel.
// The writer as a kind of person: "I'm not much of a phone person" / "I'm very much an email
// person", "we're a WhatsApp family".
const KIND_OF_PERSON = new RegExp(
  String.raw`\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:really\s+|just\s+|honestly\s+)?(not\s+)?(?:(?:really|very\s+much|much\s+of|such|more\s+of|definitely|totally|entirely|a\s+bit\s+of)\s+)?(?:an?\s+)?(?:(?:big|huge|natural)\s+)?${CHANNEL}\s+(?:person|people|guy|man|woman|type|family|household)\b`,
  "gi",
);

// A channel kept for private life: "I'd rather we kept WhatsApp for family", "I save texts for
// friends".
const KEPT_PRIVATE = new RegExp(
  String.raw`\b(?:keep|kept|keeping|reserve|reserved|save|saved|use)\s+${CHANNELS}\s+(?:strictly\s+|just\s+|only\s+|purely\s+)?for\s+(?:my\s+|our\s+)?(?:family|friends|personal|private|home|social)\b`,
  "gi",
);

// "Nothing beats a face-to-face meeting", "you can't beat a quick phone call": the way itself,
// closing the clause or "for" what it is good at (not "you can't beat the phone company's rates").
const NOTHING_BEATS = new RegExp(
  String.raw`\b(?:nothing|you\s+can't|you\s+cannot|(?:i|we)\s+find\s+nothing)\s+(?:quite\s+|really\s+|ever\s+)?beats?\s+(?:(?:a|an|good|old|old-fashioned|proper|quick|simple|plain|decent)\s+){0,3}${CHANNELS}(?:\s+(?:calls?|meetings?|chats?|messages?|conversations?))?(?=\s*(?:[.!,;]|$|for\s+(?:me|us|anything|everything|getting|sorting|speed|this\s+kind)))`,
  "gi",
);

const ONE_THING_BEFORE =
  /\b(?:the|this|that|your|our|today's|tomorrow's|friday's|monday's|again|a|an)\s*$/i;
const VERDICT = verdictAgainst(
  `(?:(?:long|video|unscheduled|cold)\\s+)?${CHANNELS}(?:\\s+(?:calls?|messages?|chats?|meetings?))?(?:\\s+(?:really|honestly|just|simply|generally))?`,
);
const FOR = stancePattern("for", `${CHANNELS}${NOT_A_WAY}`);
const VERDICT_FOR_CHANNEL = verdictFor(
  `(?:(?:a|good\\s+old|old-fashioned)\\s+)?${CHANNELS}(?:\\s+(?:calls?|messages?|chats?|meetings?))?`,
);

// "No calls and no texts, please", "No WhatsApp at all": a bare "no" is a request only with
// "please", "thanks" or "at all" by it ("no emails arrived" is a fact).
const BARE_NO = new RegExp(
  String.raw`^(?:(?:and|so|also|but|please|and\s+please)\s+)?no\s+${CHANNELS}(?=\s*[,.!-]*\s*(?:please|pls|thanks|thank\s+you|at\s+all|whatsoever|ever|for\s+(?:me|us))\b)`,
  "i",
);

// A standing request that names only the means: "in future, letters by post please", "we'd like
// all correspondence by email going forward", "from now on just WhatsApp me".
const FORWARD =
  /\b(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|henceforth|hereafter|from\s+here\s+on(?:\s+in)?|as\s+a\s+(?:general\s+)?rule|by\s+default)\b/i;
const MEANS = new RegExp(
  String.raw`(?:^|[-–,;:]\s*)(?:${CHANNEL})\s+(?=from\s+now\s+on|going\s+forward|in\s+future|henceforth)|\b(?:by|via|over|through)\s+(?:${CHANNEL})|(?:^|\b(?:please|just|only|simply|kindly)\s+)(?:${CHANNEL})\s+(?:me|us)\b|(?:${CHANNEL})\s*,?\s+(?:only\s+)?please\b`,
  "gi",
);

// "I don't get to email till 11pm most days", "I never check WhatsApp at weekends": when, not
// whether.
const TIMING_AFTER =
  /^\s*(?:[\w']+\s+){0,2}?(?:till|until|before|after|during|at\s+(?:night|weekends?|the\s+weekend)|in\s+the\s+(?:mornings?|evenings?|day)|most\s+days|on\s+weekends?|out\s+of\s+hours|outside\s+(?:office|working|business)\s+hours|(?:when|while|whenever)\s+(?:i'm|i\s+am|we're|we\s+are|i've\s+got|i\s+have|i'm\s+in|i\s+get))\b/i;

const NAMED_AS_OBJECT =
  /\b(?:the|this|that|these|those|your|his|her|their|of|with|about|from|after|over)\s*$/i;

export interface StanceMatch {
  lean: Lean;
  /** The matched stretch of the skeleton: its channel tokens are the objects. */
  text: string;
}

const ABILITY_WITH_LENGTH =
  /\b(?:great|good|comfortable)\s+with\s+(?:\S+\s+){0,2}?(?:long|lengthy|endless)\s/i;

/** The stretches of a channel skeleton (lexicon.ts skeletonOf) that state a stance on channels. */
export function channelStances(skeleton: string): StanceMatch[] {
  const found: StanceMatch[] = [];
  for (const [lean, pattern] of [
    ["against", AGAINST],
    ["for", FOR],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(skeleton); m; m = pattern.exec(skeleton)) {
      if (TIMING_AFTER.test(skeleton.slice(m.index + m[0].length))) continue;
      // Round 29 (analysis-lh27 W9): "I'm not great with long emails": the writer's ease with one
      // kind of message (its length), not the way refused.
      if (lean === "against" && ABILITY_WITH_LENGTH.test(m[0])) continue;
      found.push({ lean, text: m[0] });
    }
  }
  if (FORWARD.test(skeleton)) {
    MEANS.lastIndex = 0;
    for (let m = MEANS.exec(skeleton); m; m = MEANS.exec(skeleton)) {
      // "in future, not by post": a refusal, read above.
      const before = skeleton.slice(Math.max(0, m.index - 12), m.index);
      // "From now on, nothing by post please": refused too.
      if (/\b(?:not|no|never|don't|nothing)\s*$/i.test(before)) continue;
      // "after the mix-up with the voicemails, please just email me": a channel that is the object
      // of something else is not the means asked for.
      if (/^⟪/.test(m[0]) && NAMED_AS_OBJECT.test(before)) continue;
      found.push({ lean: "for", text: m[0] });
    }
  }
  VERDICT.lastIndex = 0;
  for (let m = VERDICT.exec(skeleton); m; m = VERDICT.exec(skeleton)) {
    // "the Teams link does not work for us", "this call doesn't work for me": one thing or one
    // occasion, not the channel.
    if (ONE_THING_BEFORE.test(skeleton.slice(0, m.index + 1))) continue;
    found.push({ lean: "against", text: m[0] });
  }
  VERDICT_FOR_CHANNEL.lastIndex = 0;
  for (let m = VERDICT_FOR_CHANNEL.exec(skeleton); m; m = VERDICT_FOR_CHANNEL.exec(skeleton)) {
    if (ONE_THING_BEFORE.test(skeleton.slice(0, m.index + 1))) continue;
    found.push({ lean: "for", text: m[0] });
  }
  NOTHING_BEATS.lastIndex = 0;
  for (let m = NOTHING_BEATS.exec(skeleton); m; m = NOTHING_BEATS.exec(skeleton)) {
    found.push({ lean: "for", text: m[0] });
  }
  KEPT_PRIVATE.lastIndex = 0;
  for (let m = KEPT_PRIVATE.exec(skeleton); m; m = KEPT_PRIVATE.exec(skeleton)) {
    found.push({ lean: "against", text: m[0] });
  }
  KIND_OF_PERSON.lastIndex = 0;
  for (let m = KIND_OF_PERSON.exec(skeleton); m; m = KIND_OF_PERSON.exec(skeleton)) {
    found.push({ lean: m[1] ? "against" : "for", text: m[0] });
  }
  const bare = BARE_NO.exec(skeleton.trim());
  if (bare) found.push({ lean: "against", text: bare[0] });
  return found;
}
