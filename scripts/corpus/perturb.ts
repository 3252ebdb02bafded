/**
 * Meaning-preserving rewrites of a message body, one kind at a time (docs/listen.md, "The
 * perturbation suite"). Each kind varies the filler inside a statement, not what it states: a
 * writer who says "pls" for "please", "is really fine" for "is fine" or "IT have" for "IT has"
 * wants the same thing, so the corpus's expectations stay as written. Every rewrite is a pure
 * function of the text (no randomness), so a run is repeatable and a failure can be reproduced.
 *
 * Nothing here knows about listening: a body in, a body out. The detection corpus can run its
 * drafts through the same kinds (see scripts/corpus-perturb.ts).
 */

import { shortFormsOf } from "../../src/core/checks/competitor-mention";

/** What a kind may know about the message it rewrites (only `register` uses it). */
export interface PerturbContext {
  /** The writer's organisation's name on file (its profile's clientName), if any. */
  organisation?: string;
  /** The writer's mail domain ("midlandsmutual.example"). */
  domain?: string;
  /** The domain is a personal mailbox (gmail, icloud…): no organisation speaks. */
  personal?: boolean;
}

export interface Perturbation {
  kind: string;
  /** One line for the report. */
  describe: string;
  rewrite(text: string, context?: PerturbContext): string;
}

/** The case of `model`'s first letter (and all capitals, if it is all capitals) on `word`. */
function caseLike(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && /\p{L}/u.test(model))
    return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * Alternates between the forms given, by occurrence, so both are exercised deterministically;
 * `from` is the first form's index; with `from` a text (the text rewritten), the first form is
 * chosen by the text, so a kind that rewrites one phrase per message still uses every form
 * across the corpus.
 */
function alternating<T>(forms: readonly T[], from: number | string = 0): () => T {
  let n = 0;
  if (typeof from === "number") n = from;
  else for (let i = 0; i < from.length; i++) n += from.charCodeAt(i);
  return () => forms[n++ % forms.length]!;
}

// please → pls / plz
function abbreviatePlease(text: string): string {
  const next = alternating(["pls", "plz"]);
  return text.replace(/\bplease\b/gi, (word) => caseLike(word, next()));
}

// "is fine" → "is really fine"; "I prefer" → "I genuinely prefer".
const PREDICATE_ADJECTIVES =
  "fine|best|better|good|great|easier|easiest|hard|difficult|ideal|preferable|ok|okay|perfect|simpler|quicker|helpful|useful|awkward|tricky|impossible|unhelpful";
function insertIntensifier(text: string): string {
  return text
    .replace(
      new RegExp(
        String.raw`\b(is|are|was|were|'s|'re|be|would\s+be|isn't|aren't|is\s+not|are\s+not)\s+(?=(?:${PREDICATE_ADJECTIVES})\b)`,
        "gi",
      ),
      (m) => `${m}really `,
    )
    .replace(
      /\b((?:i|we|i'd|we'd|i\s+would|we\s+would|they|they'd)\s+)(?=(?:prefer|like|want|need|hate|dislike|rather)\b)/gi,
      (m) => `${m}genuinely `,
    );
}

// "would like a monthly update" → "would like the monthly update"
function articleToThe(text: string): string {
  return text.replace(
    /\b(like|want|need|prefer|send|sending|get|receive|have|use|keep)\s+(an?)\s+(?=\p{L})/giu,
    (_m, verb: string, article: string) => `${verb} ${caseLike(article, "the")} `,
  );
}

// "Our IT has blocked" → "Our IT have blocked": British plural agreement with a collective noun.
const COLLECTIVES =
  "IT|team|board|firm|company|organisation|organization|department|office|staff|management|council|committee|trust|charity|practice|group|business|partnership|family|government|bank|school";
const SINGULAR_TO_PLURAL: Record<string, string> = {
  has: "have",
  "hasn't": "haven't",
  is: "are",
  "isn't": "aren't",
  was: "were",
  "wasn't": "weren't",
  does: "do",
  "doesn't": "don't",
  prefers: "prefer",
  wants: "want",
  needs: "need",
  likes: "like",
  uses: "use",
  insists: "insist",
  asks: "ask",
  requires: "require",
};
function pluralAgreement(text: string): string {
  return text.replace(
    new RegExp(
      String.raw`\b((?:our|the|my)\s+(?:[\p{L}-]+\s+)?(?:${COLLECTIVES}))\s+(${Object.keys(SINGULAR_TO_PLURAL).join("|")})\b`,
      "giu",
    ),
    (_m, subject: string, verb: string) =>
      `${subject} ${caseLike(verb, SINGULAR_TO_PLURAL[verb.toLowerCase()]!)}`,
  );
}

// "keep X out of" → "keep any commentary on X out of"; "avoid mentioning X" → "avoid any mention
// of X"; "don't mention X" → "don't make any mention of X".
function wrapperNoun(text: string): string {
  return text
    .replace(
      /\b(keep)\s+(?!any\b|it\b|them\b|this\b|that\b|me\b|us\b)(?=[^.,;:!?\n]{2,60}?\s+out\s+of\b)/gi,
      (_m, keep: string) => `${keep} any commentary on `,
    )
    .replace(
      /\b(avoid|without)\s+(?:mentioning|discussing|referring\s+to|talking\s+about|raising|bringing\s+up|referencing)\s+/gi,
      (_m, verb: string) => `${verb} any mention of `,
    )
    .replace(
      /\b(don't|do\s+not|never|please\s+don't|please\s+do\s+not)\s+mention\s+(?!it\b|this\b|that\b|them\b)/gi,
      (_m, neg: string) => `${neg} make any mention of `,
    );
}

// A trailing time phrase before a sentence's full stop, where the sentence states something (a
// cue word), alternately "these days" and "nowadays". Not a place phrase: "on our side", "at my
// end" carry a possessive that can change whose wish it is (the organisation's or the person's).
const CUE =
  /\b(?:please|prefer|rather|avoid|don't|do\s+not|never|only|best|fine|blocked|banned|call\s+me|send|use|no\s+longer)\b/i;
function trailingPhrase(text: string): string {
  const next = alternating([" these days", " nowadays"]);
  return text.replace(/([^\n.!?]*?)(\p{Ll}{3,})\.(?=\s|$)/gu, (m, lead: string, last: string) =>
    CUE.test(lead) && !/\b(?:etc|inc|ltd|approx)$/i.test(last) ? `${lead}${last}${next()}.` : m,
  );
}

// "Acme or Beta" in a clause that names companies → "Acme or Beta's names".
function possessiveOnListItem(text: string): string {
  return text.replace(
    /(\b(?:mention|mentioning|name|naming|refer\s+to|reference|avoid)\b[^.\n;]{0,40}?\b\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?(?:,\s+\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?)*,?\s+(?:or|and)\s+\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?)(?=\s*[.;,!]|\s*$)/gmu,
    (_m, list: string) => `${list}'s names`,
  );
}

// Lower-cases every sentence that states something (as a hurried writer would): "lowercase" keeps
// a capitalised word inside the sentence (a name, a product) as written, "lowercase-all" lowers
// those too (a harder kind: a company in lower case is an ordinary word).
function lowerCaseSentences(text: string, names: boolean): string {
  return text.replace(/[^\n.!?]+[.!?]?/g, (sentence) => {
    if (!CUE.test(sentence) || /^\s*(?:from|to|cc|subject|sent|date)\s*:/i.test(sentence))
      return sentence;
    if (names) return sentence.toLowerCase();
    // The opening word, and words in capitals ("PLEASE", "NO"), lowered; "I" and names kept.
    return sentence
      .replace(/^(\s*)(\p{Lu}\p{Ll}*)\b/u, (_m, space: string, word: string) =>
        word === "I" ? `${space}${word}` : `${space}${word.toLowerCase()}`,
      )
      .replace(/\b\p{Lu}{2,}\b/gu, (word) => (word.length > 4 ? word.toLowerCase() : word));
  });
}

// "I'd" ↔ "I would", "we'd" ↔ "we would": every occurrence turned the other way.
function swapContractions(text: string): string {
  return text.replace(
    /\b(I|we|they|you)(?:'d|\s+would)\b(?!\s+(?:have|not)\b)/gi,
    (m, who: string) => (/'d$/i.test(m) ? `${who} would` : `${who}'d`),
  );
}

// British ↔ US spellings, both ways.
const SPELLINGS: readonly (readonly [string, string])[] = [
  ["organisation", "organization"],
  ["organisations", "organizations"],
  ["organise", "organize"],
  ["organised", "organized"],
  ["prioritise", "prioritize"],
  ["recognise", "recognize"],
  ["realise", "realize"],
  ["apologise", "apologize"],
  ["emphasise", "emphasize"],
  ["minimise", "minimize"],
  ["summarise", "summarize"],
  ["summarised", "summarized"],
  ["itemise", "itemize"],
  ["itemised", "itemized"],
  ["authorise", "authorize"],
  ["authorised", "authorized"],
  ["finalise", "finalize"],
  ["favour", "favor"],
  ["favourite", "favorite"],
  ["colour", "color"],
  ["behaviour", "behavior"],
  ["honour", "honor"],
  ["centre", "center"],
  ["programme", "program"],
  ["cancelled", "canceled"],
  ["travelling", "traveling"],
  ["catalogue", "catalog"],
  ["judgement", "judgment"],
  ["licence", "license"],
  ["fulfil", "fulfill"],
  ["enquiry", "inquiry"],
  ["enquiries", "inquiries"],
];
const SPELLING_SWAP = new Map<string, string>(
  SPELLINGS.flatMap(([uk, us]) => [
    [uk, us],
    [us, uk],
  ]),
);
function swapSpellings(text: string): string {
  return text.replace(/\b\p{L}+\b/gu, (word) => {
    const other = SPELLING_SWAP.get(word.toLowerCase());
    return other ? caseLike(word, other) : word;
  });
}

/** "don't" → "dont": a negated auxiliary typed without its apostrophe. */
function dropApostrophes(text: string): string {
  return text.replace(
    /\b(do|does|did|ca|could|wo|would|should|is|are|was|were|have|has|had)n['’]t\b/gi,
    "$1nt",
  );
}

/** "WhatsApp" → "WhatsApp messages": the channel named with what it carries. */
function channelNoun(text: string): string {
  return text.replace(
    /\b(WhatsApp|Signal|Telegram|Slack|iMessage)\b(?!\s+(?:messages?|group|chats?|calls?|number|account))/g,
    "$1 messages",
  );
}

/** "please use X" → "please use only X". */
function restrictOnly(text: string): string {
  return text.replace(/\b(please\s+(?:use|send|email|contact))\s+(?!only\b)/gi, "$1 only ");
}

/** "I would like" → "I would now like", "is fine" → "is also fine": a light adverb inside. */
function insertAdverb(text: string): string {
  return text
    .replace(/\b(would|'d|I|we)\s+(like|prefer|want|need)\b/gi, "$1 now $2")
    .replace(
      /\b(is|are)\s+(?=(?:fine|best|better|easier|enough|preferred|prohibited|banned|not\s+allowed)\b)/gi,
      "$&also ",
    );
}

/**
 * "He'd rather not be phoned; email is best" → "He'd rather not be phoned. Email is best": two
 * clauses joined by a semicolon written as two sentences (whose the second is must not change).
 */
function semicolonToStop(text: string): string {
  return text.replace(
    /(\p{Ll}[\p{Ll})'’"”]*); (\p{Ll})(?=\p{Ll}* )/gu,
    (_m, end: string, first: string) => {
      return `${end}. ${first.toUpperCase()}`;
    },
  );
}

// Round 16: a rule lifted, said in the other voice. "The ban on X has been lifted" ↔ "We have
// lifted the ban on X"; "The no-X rule has been dropped" ↔ "We have dropped the no-X rule". The
// rule runs to the verb (passive) or to the end of the clause (active), a few words either way.
const RULE_NOUN = "ban|rule|restriction|prohibition|policy|embargo";
const LIFT_PARTICIPLE = "lifted|dropped|removed|scrapped|relaxed|withdrawn|rescinded|revoked|ended";
const PASSIVE_LIFT = new RegExp(
  String.raw`\b(the|our|that|this)\s+((?:old\s+|former\s+)?(?:no-[\w'-]+(?:\s+[\w'-]+)?\s+(?:${RULE_NOUN})|(?:${RULE_NOUN})\s+(?:on|against|about)\s+[^.,;:!?\n]{1,40}?))\s+(?:has|have)\s+(?:now\s+)?been\s+(${LIFT_PARTICIPLE})\b`,
  "gi",
);
const ACTIVE_LIFT = new RegExp(
  String.raw`(?<!\u27e6)\b(we|I|the\s+board)\s+(?:have|has)\s+(?:now\s+)?(${LIFT_PARTICIPLE})\s+(the|our|that|this)\s+((?:old\s+|former\s+)?(?:no-[\w'-]+(?:\s+[\w'-]+)?\s+(?:${RULE_NOUN})|(?:${RULE_NOUN})\s+(?:on|against|about)\s+[^.,;:!?\n]{1,40}?))(?=\s*[.,;:!?\n]|$)`,
  "gi",
);
function swapVoice(text: string): string {
  const marked = text.replace(
    PASSIVE_LIFT,
    (m, det: string, rule: string, verb: string) =>
      `\u27e6${caseLike(m, "we")} have ${verb.toLowerCase()} ${det.toLowerCase()} ${rule}`,
  );
  return marked
    .replace(
      ACTIVE_LIFT,
      (m, subject: string, verb: string, det: string, rule: string) =>
        `${caseLike(subject, det.toLowerCase())} ${rule} has been ${verb.toLowerCase()}`,
    )
    .replace(/\u27e6/g, "");
}

/**
 * The rule register (round 16): 'we won't pay for "X"' → '"X" entries are not permitted';
 * "please use X" → "please make sure your team uses X".
 */
function ruleVoice(text: string): string {
  ruleSubjects = alternating(["our staff may not", "no member of staff may"]);
  return text
    .replace(
      /\b[Ww]e (?:won't|will not|don't|do not) (?:pay for|accept) (["“][^"”\n]{2,60}["”])/g,
      "$1 entries are not permitted",
    )
    .replace(/\b([Pp])lease use (?=\w)/g, "$1lease make sure your team uses ")
    .replace(OUR_RULE, (_m, we: string, verb: string) =>
      caseLike(we, `${nextRuleSubject()} ${verb} `),
    )
    .replace(ENTRY_LIFT, (_m, a?: string, b?: string) => `${a ?? b} is no longer prohibited`)
    .replace(CHANNEL_LIFT, (_m, way: string, be: string) => `${way} ${be} no longer prohibited`);
}

// Round 17: an organisation's statement of its own practice in the third-person modal of its
// people ("we don't use WhatsApp" → "our staff may not use WhatsApp", "we can't accept
// hospitality" → "no member of staff may accept hospitality"; not a quoted billing entry, which
// the firm's invoices carry), and lifts in the rule register ('we no longer object to "X"' → '"X"
// is no longer prohibited', "WhatsApp is fine now" → "WhatsApp is no longer prohibited").
const OUR_RULE =
  /\b([Ww]e) (?:can't|cannot|can not|mustn't|must not|don't|do not|won't|will not) (use|accept)\s+(?!["“‘'])(?=\w)/g;
let ruleSubjects = alternating(["our staff may not", "no member of staff may"]);
function nextRuleSubject(): string {
  return ruleSubjects();
}
const ENTRY_LIFT =
  /\b[Ww]e (?:no longer (?:object to|mind)|are happy to pay for|will pay for) (["“][^"”\n]{2,60}["”])(?: again)?|(["“][^"”\n]{2,60}["”]) (?:is|are) (?:fine|OK|okay|acceptable) (?:now|again)\b/g;
const CHANNEL_LIFT =
  /\b(WhatsApp|Signal|Zoom|Teams|[Tt]exts?|[Tt]exting|[Tt]ext messages|[Pp]hone calls?) (is|are) (?:fine|OK|okay) (?:now|again|these days)\b/g;

// Round 17: an aside between update talk and the bare cadence that answers it. "Updates are
// useful. Monthly is plenty." → "Updates are useful. Things are busy here. Monthly is plenty.":
// one sentence about nothing in particular, in the same paragraph, before a sentence that opens
// with a cadence word alone.
const BARE_CADENCE_OPENS =
  /([.!])([ \t]+)(?=(?:Daily|Weekly|Fortnightly|Monthly|Quarterly|Once a (?:day|week|fortnight|month|quarter))\b)/g;
function asideBeforeCadence(text: string): string {
  return text.replace(BARE_CADENCE_OPENS, "$1$2Things are busy here.$2");
}

// Round 18: the same wish without a finite verb, as its own sentence ("Please don't phone me." →
// "No phone calls, please."; "Please use Teams." → "Teams, please."; "I'd rather not be called
// Meg." → "Not Meg, please."; "Please call me Meg." → "Just Meg, please."). Only a whole sentence
// whose object is a way of contact or a name is rewritten, so the statement stays the same.
const WAYS = String.raw`(?:WhatsApp|Signal|Zoom|(?:Microsoft |MS )?Teams|Google Meet|Skype|Webex|e-?mail|email|texts?|text messages?|SMS|post|letters?)`;
const SENTENCE_START = String.raw`(^|[.!?]\s+|\n[ \t]*)`;
const SENTENCE_END = String.raw`(?=\s*(?:[.!]|$)|\s+[-–]\s)`;
const NAME = String.raw`([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)`;
// What may follow the object and stay in the verbless form: a scope ("for anything sensitive",
// "in emails", "about the case"), kept as written.
const REST = String.raw`((?: (?:for|in|about|on|from|at|with|during) [\w' -]{1,40})?)`;
const VERBLESS: readonly [RegExp, (...groups: string[]) => string][] = [
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:Please )?(?:don't|do not|never) (?:phone|call|ring) (?:me|us)(?: (?:again|at all))?${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, rest) => `${start}No phone calls${rest}, please`,
  ],
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:Please )?(?:don't|do not|never) (text|WhatsApp|email) (?:me|us)${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, verb, rest) => `${start}No ${verb === "WhatsApp" ? verb : `${verb}s`}${rest}, please`,
  ],
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:Please )?(?:don't|do not|never) (?:use|send (?:me |us )?(?:anything )?(?:by|via|over|on)) (${WAYS})${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, way, rest) => `${start}No ${way}${rest}, please`,
  ],
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:If possible, )?(?:[Pp]lease use|We use|Can we use|Could we use) (${WAYS})${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, way, rest) => `${start}${caseLike("X", way)}${rest}, please`,
  ],
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:I'd|I would) (?:rather|prefer) not (?:to )?be called ${NAME}${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, name, rest) => `${start}Not ${name}${rest}, please`,
  ],
  [
    new RegExp(
      String.raw`${SENTENCE_START}(?:Please )?(?:don't|do not|never) call me ${NAME}${REST}${SENTENCE_END}`,
      "gm",
    ),
    (start, name, rest) => `${start}Not ${name}${rest}, please`,
  ],
  [
    new RegExp(String.raw`${SENTENCE_START}Please,? call me ${NAME}${REST}${SENTENCE_END}`, "gm"),
    (start, name, rest) => `${start}Just ${name}${rest}, please`,
  ],
];
function verbless(text: string): string {
  let out = text;
  for (const [pattern, rewrite] of VERBLESS)
    out = out.replace(pattern, (_m, ...groups: unknown[]) =>
      rewrite(...(groups.slice(0, -2) as (string | undefined)[]).map((g) => g ?? "")),
    );
  return out;
}

// Round 19: a relay by title. The frame that names the principal ("on behalf of Peter Hale", "PA
// to Dr Aoife Fitzgerald", "Sir Anthony Vell has asked me to…") names them by title and surname
// ("on behalf of Mr Hale", "Sir Anthony" for a knight or dame), and every later mention of them as
// a clause's subject or a possessive is the pronoun their title gives ("Peter would rather not be
// phoned" → "He would rather not be phoned"), or for a doctor or professor of no known pronoun
// the title alone ("The Doctor would rather…"). A principal with no title takes Mr/Ms from the
// one pronoun the message uses; with neither, the message is left alone.
const RELAY_TITLES = "Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lady|Lord";
const CAP_WORD = "[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?";
const RELAY_NAME = `(?:(${RELAY_TITLES})\\.?[ \\t]+)?((?:${CAP_WORD}[ \\t]+){0,2})(${CAP_WORD})`;
const RELAY_FRAMES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:[Oo]n behalf of|[Ww]riting for|PA to|EA to|[Aa]ssistant to|I work for|I look after|I manage)\\s+${RELAY_NAME}(?![\\w-])`,
  ),
  new RegExp(
    `(?:^|[.!?]\\s+|\\n[ \\t]*)${RELAY_NAME}(?:\\s+\\([^)]{1,60}\\))?\\s+(?:has\\s+|had\\s+)?asked me to\\b`,
  ),
];
const NOT_A_PERSON =
  /^(?:The|Our|My|A|An|This|That|Please|Hi|Dear|Chief|Executive|Managing|General|Board|Chair|Chairman|CEO)$/;
const HE_TITLES = /^(?:Mr|Sir|Lord)$/;
const SHE_TITLES = /^(?:Mrs|Ms|Miss|Dame|Lady)$/;

function relayByTitle(text: string): string {
  for (const frame of RELAY_FRAMES) {
    const m = frame.exec(text);
    if (!m) continue;
    const title = m[1];
    const firsts = (m[2] ?? "")
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "");
    const surname = m[3]!;
    if ([...firsts, surname].some((w) => NOT_A_PERSON.test(w))) continue;
    if (!title && firsts.length === 0) continue;
    const after = text.slice(m.index + m[0].length);
    const he = /\b(?:he|him|his)\b/i.test(after);
    const she = /\b(?:she|her|hers)\b/i.test(after);
    const pronoun =
      title && HE_TITLES.test(title)
        ? "he"
        : title && SHE_TITLES.test(title)
          ? "she"
          : he && !she
            ? "he"
            : she && !he
              ? "she"
              : undefined;
    const alone =
      title === "Dr"
        ? "the Doctor"
        : title === "Professor" || title === "Prof"
          ? "the Professor"
          : undefined;
    if (!pronoun && !alone) return text;
    const given = title ?? (pronoun === "he" ? "Mr" : "Ms");
    const nameStart = m.index + m[0].indexOf(m[1] ?? firsts[0] ?? surname);
    const nameEnd =
      nameStart +
      m[0]
        .slice(m[0].indexOf(m[1] ?? firsts[0] ?? surname))
        .search(new RegExp(`${surname}(?![\\w-])`)) +
      surname.length;
    let rest = text.slice(nameEnd);
    // Later mentions: the whole name, the given name or the title and surname.
    const forms = [
      ...(title
        ? [
            `${title}\\.?\\s+(?:${CAP_WORD}\\s+){0,2}?${surname}`,
            `${title}\\.?\\s+${firsts[0] ?? surname}`,
          ]
        : []),
      ...(firsts.length > 0 ? [`${firsts.join("\\s+")}\\s+${surname}`, firsts[0]!] : []),
      surname,
    ];
    const mention = `(?:${forms.join("|")})`;
    // A doctor or professor by the title alone ("The Doctor would rather…"), anyone else by the pronoun.
    const subjectWord = alone ?? pronoun!;
    const possessive = alone ? `${alone}'s` : pronoun === "he" ? "his" : "her";
    // As a subject: at a sentence's or clause's start, before a word in lower case.
    rest = rest.replace(
      new RegExp(
        `(^|[.!?:;]\\s+|\\n[ \\t]*|,\\s+(?:and|but|so)\\s+|\\b(?:and|but|that|because)\\s+)${mention}(?=\\s+[a-z])`,
        "g",
      ),
      (_m, lead: string) =>
        `${lead}${/^$|[.!?:]\s+$|\n[ \t]*$/.test(lead) ? caseLike("X", subjectWord) : subjectWord}`,
    );
    // A doctor or professor: their pronoun as a subject by the title alone too ("she would
    // prefer" → "the Professor would prefer"), when the message uses that one pronoun only.
    if (alone && pronoun) {
      rest = rest.replace(
        new RegExp(
          `(^|[.!?:;]\\s+|\\n[ \\t]*|,\\s+(?:and|but|so)\\s+|\\b(?:and|but|that|because)\\s+|,\\s+)${pronoun}(?=\\s+[a-z])`,
          "gi",
        ),
        (_m, lead: string) =>
          `${lead}${/^$|[.!?:]\s+$|\n[ \t]*$/.test(lead) ? caseLike("X", alone) : alone}`,
      );
    }
    // As a possessive: "Peter's diary" → "his diary".
    rest = rest.replace(
      new RegExp(`(^|[.!?:;]\\s+|\\n[ \\t]*|\\s)${mention}['’]s\\b`, "g"),
      (_m, lead: string) =>
        `${lead}${/^$|[.!?:]\s+$|\n[ \t]*$/.test(lead) ? caseLike("X", possessive) : possessive}`,
    );
    // A given name the message still uses ("addressed as Aoife", "Hi Ngozi") stays in the
    // frame: without it the message no longer says whose name it is.
    const usedLater =
      firsts.length > 0 && new RegExp(`\\b${firsts[0]!}\\b`).test(rest.replace(/\bSir\s+\w+/g, ""));
    const called = usedLater
      ? `${given} ${[...firsts, surname].join(" ")}`
      : (given === "Sir" || given === "Dame") && firsts.length > 0
        ? `${given} ${firsts[0]}`
        : `${given} ${surname}`;
    return text.slice(0, nameStart) + called + rest;
  }
  return text;
}

// Round 20 (listen-20a): the organisation's own rules in the registers policies use
// (analysis-lh17 §2 group R). A first-person rule of the organisation is said in the third person,
// in turn by the organisation named by the head noun of its name ("we will not pay for X" →
// "The Bank will not pay for X") or by its name ("Midlands Mutual does not pay for X"); a request
// to the firm about "us" by the firm's people as a class ("please don't call us" → "External
// advisers must not call us", "Outside counsel should not …"); a wish the organisation states by
// its governing body relaying it ("we'd rather you didn't phone" → "The board has asked that
// advisers do not phone"; "we prefer Teams" → "Management has asked that advisers use Teams").
// The organisation's name comes from its profile on file, or its domain; a personal mailbox (a
// family's "we") is left alone.

// Nouns an organisation calls itself by in its own rules ("the Bank", "the Trust", "the System").
const ORG_HEAD_NOUNS =
  /^(?:bank|trust|group|system|authority|council|company|club|society|university|college|school|partnership|foundation|fund|association|hospital|board|institute|charity|practice|agency|corporation|federation|union|church|museum|library|academy|office|alliance|cooperative|co-operative|ministry|department|commission|league)$/i;
const NAME_TAIL =
  /^(?:ltd|limited|plc|inc|llc|llp|lp|gmbh|ag|kg|kk|as|a\/s|aps|ab|asa|oy|bv|nv|sa|sas|sarl|srl|spa|se|dac|ulc|cic|na|co|corp|pty|pte|bhd|the|&)$/i;

/** "Midlands Mutual Bank plc" → ["The Bank", "Midlands Mutual Bank"]; no head noun: the name twice. */
function organisationForms(context: PerturbContext | undefined): [string, string] | undefined {
  if (!context || context.personal) return undefined;
  let words = (context.organisation ?? "")
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter((w) => w !== "");
  if (words.length === 0 && context.domain) {
    // No name on file: the domain's first label, in capitals ("brackenford-council").
    const label = context.domain.split(".")[0] ?? "";
    words = label
      .split("-")
      .filter((w) => /^\p{L}{2,}$/u.test(w))
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  }
  const tail = (w: string) => NAME_TAIL.test(w.replace(/\./g, ""));
  while (words.length > 0 && tail(words[words.length - 1]!)) words.pop();
  if (words.length > 0 && /^the$/i.test(words[0]!)) words = words.slice(1);
  if (words.length === 0 || !words.every((w) => /^(?:\p{Lu}|&$)/u.test(w))) return undefined;
  const name = words.join(" ");
  const head = words[words.length - 1]!;
  return [ORG_HEAD_NOUNS.test(head) && words.length > 1 ? `The ${head}` : name, name];
}

// A clause's start: a sentence's, a line's, or after a joining word.
const CLAUSE_LEAD = String.raw`(^|[.!?;:]["”)]?[ \t]+|\n[ \t]*(?:[-•*][ \t]+|\d+[.)][ \t]+)?|[-–—][ \t]+|,[ \t]+(?:and|but|so)[ \t]+|\b(?:and|but|so|because|as)[ \t]+)`;
// Verbs of an organisation's standing practice (not "we don't need to meet", the writer and the
// firm together; not "we don't know", a state of mind).
const PRACTICE_VERB = String.raw`(?:pay|accept|use|allow|permit|reimburse|cover|fund|recognise|recognize|approve|tolerate|take|attend|receive|open|read|monitor|check|answer|support|do|work\s+with|deal\s+with|communicate|discuss|mind|want|like|send|need(?![ \t]+to\b))`;
const WE_NEGATED = new RegExp(
  String.raw`${CLAUSE_LEAD}([Ww]e)[ \t]+(will[ \t]+not|won['’]t|do[ \t]+not|don['’]t|cannot|can['’]t|can[ \t]+not|must[ \t]+not|shall[ \t]+not|will[ \t]+no[ \t]+longer|no[ \t]+longer)[ \t]+(?=${PRACTICE_VERB}\b)(\w+)`,
  "g",
);
const THIRD_PERSON_AUX: Record<string, string> = {
  "will not": "will not",
  "won't": "will not",
  "do not": "does not",
  "don't": "does not",
  cannot: "cannot",
  "can't": "cannot",
  "can not": "cannot",
  "must not": "must not",
  "shall not": "shall not",
  "will no longer": "will no longer",
};
/** "pay" → "pays", "reimburse" → "reimburses", "do" → "does" (after "no longer"). */
function thirdPersonVerb(verb: string): string {
  if (/^(?:do|go)$/i.test(verb)) return `${verb}es`;
  if (/(?:s|sh|ch|x|z)$/i.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

// "please don't call us", "Please do not send anything to us by post": a request about the
// organisation ("us", "our") to the firm.
const PLEASE_DONT_US = new RegExp(
  String.raw`${CLAUSE_LEAD}([Pp]lease[ \t]+)?(?:don['’]t|do[ \t]+not|never)[ \t]+(?=(?:call|phone|ring|text|e-?mail|contact|message|write|send|post|invite|mention|refer|raise|bring|discuss|use|bill|charge|copy|cc)\b[^.!?;\n]*\b(?:us|our)\b)`,
  "g",
);
// "we'd rather you didn't phone", "we would prefer that you do not text", "we would ask that you
// do not raise X": the organisation's wish, relayed by its governing body.
const WE_RATHER_YOU_NOT = new RegExp(
  String.raw`${CLAUSE_LEAD}[Ww]e(?:['’]d|[ \t]+would)[ \t]+(?:rather|prefer|ask)[ \t]+(?:that[ \t]+)?you[ \t]+(?:didn['’]t|did[ \t]+not|don['’]t|do[ \t]+not|not)[ \t]+(?:to[ \t]+)?(?=\w)`,
  "g",
);
const WE_ASK_THAT_YOU = new RegExp(
  String.raw`${CLAUSE_LEAD}[Ww]e(?:['’]d|[ \t]+would)?[ \t]+ask[ \t]+that[ \t]+you[ \t]+(?=\w)`,
  "g",
);
// "we prefer Teams", "we'd prefer Zoom for meetings": a way of meeting or reaching the
// organisation; "we'd prefer invoices at summary level": a thing asked for.
const WE_PREFER_WAY = new RegExp(
  String.raw`${CLAUSE_LEAD}[Ww]e(?:['’]d|[ \t]+would)?[ \t]+(?:much[ \t]+|really[ \t]+|strongly[ \t]+)?prefer(?:[ \t]+to[ \t]+use)?[ \t]+(?=${WAYS}\b)`,
  "g",
);
const WE_PREFER = new RegExp(
  String.raw`${CLAUSE_LEAD}[Ww]e(?:['’]d|[ \t]+would)?[ \t]+(?:much[ \t]+|really[ \t]+|strongly[ \t]+)?prefer[ \t]+(?!(?:to|not|that|it|if|you|them|him|her|this|we|a[ \t]+call)\b)(?=\p{L})`,
  "gu",
);

/** A clause's start at the start of a sentence or line (the subject keeps its capital). */
const SENTENCE_LEAD = /^$|[.!?:;]["”)]?[ \t]+$|\n[ \t]*(?:[-•*][ \t]+|\d+[.)][ \t]+)?$/;

function organisationRegister(text: string, context?: PerturbContext): string {
  const forms = organisationForms(context);
  if (!forms) return text;
  const org = alternating(forms, text);
  const firm = alternating<readonly [string, string]>(
    [
      ["External advisers", "must not"],
      ["Outside counsel", "should not"],
    ],
    text,
  );
  const body = alternating(["The board", "Management"], text);
  // A subject inside a sentence: "the Bank", "external advisers", "management"; a name as written.
  const subject = (lead: string, name: string, common: boolean) =>
    SENTENCE_LEAD.test(lead)
      ? name
      : common
        ? name.charAt(0).toLowerCase() + name.slice(1)
        : name.replace(/^The\b/, "the");
  return text
    .replace(WE_NEGATED, (_m, lead: string, _we: string, aux: string, verb: string) => {
      const said = aux
        .toLowerCase()
        .replace(/[ \t]+/g, " ")
        .replace("’", "'");
      const third = THIRD_PERSON_AUX[said];
      const name = subject(lead, org(), false);
      return third
        ? `${lead}${name} ${third} ${verb}`
        : `${lead}${name} no longer ${thirdPersonVerb(verb)}`;
    })
    .replace(PLEASE_DONT_US, (_m, lead: string) => {
      const [who, modal] = firm();
      return `${lead}${subject(lead, who, true)} ${modal} `;
    })
    .replace(
      WE_RATHER_YOU_NOT,
      (_m, lead: string) => `${lead}${subject(lead, body(), true)} has asked that advisers do not `,
    )
    .replace(
      WE_ASK_THAT_YOU,
      (_m, lead: string) => `${lead}${subject(lead, body(), true)} has asked that advisers `,
    )
    .replace(
      WE_PREFER_WAY,
      (_m, lead: string) => `${lead}${subject(lead, body(), true)} has asked that advisers use `,
    )
    .replace(
      WE_PREFER,
      (_m, lead: string) => `${lead}${subject(lead, body(), true)} has asked for `,
    );
}

// Round 20: the light words writers put before or inside a stated preference without changing
// it (analysis-lh17 group A: "always text me", "for any of us", "its Gary", "rather not be
// 'X'"). Each rewrite keeps what is stated, who states it and its polarity:
//   - a light adverb before the verb of a request or a refusal, by occurrence always / just /
//     really / do / honestly / genuinely / actually, each only where English allows it ("Please
//     call me Kate" → "Please do call me Kate", "I don't want calls" → "I really don't want
//     calls", "Text me." → "Just text me.", "I'd rather not" → "I'd honestly rather not");
//   - "for us" → "for any of us" / "for all of us";
//   - "please" moved or doubled: "Please X." → "X, please." / "Please, please X.";
//   - "it's" written "its" before a capitalised name;
//   - "I'd rather not be called X" ↔ "I'd rather not be 'X'".
// A word already there is not doubled ("please just" stays), and nothing in quotation marks or
// after a condition word in the same sentence is touched.
const LIGHT_BEFORE_REQUEST = ["always", "just", "do"];
const LIGHT_BEFORE_NEGATION = ["really", "honestly", "genuinely", "actually"];
const LIGHT_WORD = /^(?:always|just|really|do|honestly|genuinely|actually|simply|please|kindly)$/i;
/** Verbs a request opens with, after "please" or at a sentence's start. */
const REQUEST_VERBS =
  "call|ring|phone|text|email|e-mail|message|contact|use|send|keep|avoid|address|refer|write|stick|copy|include|leave|drop|stop|put|let|treat|invite|bill|invoice|book|set|schedule|remove|take";
/** Verbs of one change, not a habit: "always" does not go before them ("always stop"). */
const ONE_TIME_VERBS = /^(?:stop|remove|take|drop|let|set|book|schedule|put|leave)$/i;
const PLEASE_VERB = new RegExp(`\\b(please|Please|PLEASE)(,?\\s+)(${REQUEST_VERBS})\\b`, "g");
const OPENING_VERB = new RegExp(
  `(^|[.!?]\\s+|\\n[ \\t]*)(${REQUEST_VERBS.split("|")
    .map((v) => v.charAt(0).toUpperCase() + v.slice(1))
    .join("|")})(\\s+(?:me|us|[A-Z]))`,
  "g",
);
const NEGATED_PREFERENCE =
  /\b(I|we|We)(\s+)(don't|do not|dont|can't|cannot|won't|will not|never)(\s+)(want|like|need|use|do|accept|check|read|mind|pay|answer|take|get|see)\b/g;
const RATHER = /\b(I'd|I would|we'd|we would|We'd|We would)(\s+)(rather|prefer)\b/g;

/** The sentence around `index` has a condition word before `index`, or a quotation mark. */
function conditionBefore(text: string, index: number): boolean {
  const start = Math.max(
    text.lastIndexOf(".", index - 1),
    text.lastIndexOf("!", index - 1),
    text.lastIndexOf("?", index - 1),
    text.lastIndexOf("\n", index - 1),
  );
  return /\b(?:if|unless|when|whenever)\b|["“”]/i.test(text.slice(start + 1, index));
}

function lightWordBefore(text: string, index: number): boolean {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, index - 30), index));
  return before !== null && LIGHT_WORD.test(before[1]!.replace(/[^\p{L}]/gu, ""));
}

function insertFiller(text: string): string {
  // Where each body starts in the cycle depends on its length, so every form is exercised.
  const request = alternating([...LIGHT_BEFORE_REQUEST, "move", "double"], text.length);
  const negation = alternating(LIGHT_BEFORE_NEGATION, text.length);
  const opening = alternating(["Just", "Always"], text.length);
  const ofUs = alternating(["any of us", "all of us"]);
  // "always" only for a request that could last: not before a condition or one occasion ("call
  // me the moment the money is in tomorrow" with "always" would say something else).
  const standing = (verb: string, after: string) =>
    !ONE_TIME_VERBS.test(verb) &&
    !/^[^.!?\n]*\b(?:if|when|unless|once|the\s+moment|as\s+soon\s+as|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening|week|time))\b/i.test(
      after,
    );
  return (
    text
      // "please call me" → "please always call me" / "please just …" / "please do …", or the
      // "please" marked (\u27e6) to be moved to the sentence's end or doubled below.
      .replace(
        PLEASE_VERB,
        (m, please: string, space: string, verb: string, at: number, all: string) => {
          if (conditionBefore(all, at)) return m;
          const after = all.slice(at + m.length, at + m.length + 80);
          const word = request();
          if (word === "move" || word === "double")
            return `\u27e6${word === "move" ? "M" : "D"}${please}${space}${verb}`;
          // "always" only for a standing request (no condition after it in the sentence).
          if (word === "always" && !standing(verb, after)) return `${please}${space}just ${verb}`;
          return `${please}${space}${word} ${verb}`;
        },
      )
      // "Text me." → "Just text me." / "Always text me."
      .replace(
        OPENING_VERB,
        (m, start: string, verb: string, rest: string, at: number, all: string) => {
          if (conditionBefore(all, at + start.length) || lightWordBefore(all, at + start.length))
            return m;
          const after = all.slice(at + m.length, at + m.length + 80);
          const word = opening();
          if (word === "Always" && !standing(verb, after))
            return `${start}Just ${verb.toLowerCase()}${rest}`;
          return `${start}${word} ${verb.toLowerCase()}${rest}`;
        },
      )
      // "I don't want calls" → "I really don't want calls"
      .replace(
        NEGATED_PREFERENCE,
        (_m, who: string, s1: string, neg: string, s2: string, verb: string) =>
          `${who}${s1}${negation()} ${neg}${s2}${verb}`,
      )
      // "I'd rather not" → "I'd honestly rather not"
      .replace(
        RATHER,
        (_m, who: string, space: string, verb: string) => `${who}${space}${negation()} ${verb}`,
      )
      // "for us" → "for any of us" / "for all of us"
      .replace(/\bfor us\b/g, () => `for ${ofUs()}`)
      // "it's Gary" → "its Gary"
      .replace(/\b([Ii])t['’]s(\s+)(?=\p{Lu}\p{Ll})/gu, "$1ts$2")
      // "I'd rather not be called Meg" ↔ "I'd rather not be 'Meg'" (one pass, each way)
      .replace(
        /\b(rather not be|prefer not to be)\s+(?:called\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)(?=[\s.,;!?]|$)|["“'‘](\p{Lu}[^"”'’\n]{0,40})["”'’])/gu,
        (_m, frame: string, bare?: string, quoted?: string) =>
          bare !== undefined ? `${frame} '${bare}'` : `${frame} called ${quoted!}`,
      )
      // A marked "Please X." → "X, please." / "Please, please X." (a whole sentence only).
      .replace(
        /(^|[.!?]\s+|\n[ \t]*)\u27e6([MD])[Pp]lease\s+(\p{Ll}[^.!?\n\u27e6]{2,80}?)([.!])(?=\s|$)/gu,
        (m, start: string, how: string, rest: string, stop: string) => {
          if (/\b(?:please|if|unless|when)\b|[,;:"“”]/i.test(rest)) return m;
          return how === "M"
            ? `${start}${rest.charAt(0).toUpperCase()}${rest.slice(1)}, please${stop}`
            : `${start}Please, please ${rest}${stop}`;
        },
      )
      .replace(/\u27e6[MD]/g, "")
  );
}

// Round 22 (listen-22a): the organisation named by one of its bodies. "We" as the subject of a
// cadence or hospitality wish, or "us" as whom not to invite, becomes "the board", "the
// committee", "the team" or "the trustees" (chosen by the text): "We'd like a monthly update" →
// "The board would like a monthly update", "please don't invite us to drinks" → "please don't
// invite the committee to drinks". Whose it is stays the organisation's (docs/listen.md, round 22).
// (Not a meeting's invitations: "we don't accept external Zoom invites" is about a platform.)
const BODY_WISH_TOPIC =
  /^(?![^.!?\n]*\b(?:Zoom|Teams|Meet|Webex|Skype|calendar|meeting)\b)[^.!?\n]*\b(?:updates?|reports?|reporting|weekly|fortnightly|monthly|quarterly|hospitality|invit\w*|tickets?|hampers?|dinners?|lunch(?:es)?|drinks|receptions?|events?|golf|box)\b/i;
function organisationBody(text: string): string {
  const body = alternating(["the board", "the committee", "the team", "the trustees"], text);
  return text
    .replace(
      /(^|[.!?]["”]?[ \t]+|\n[ \t]*)We(?:'d|’d|\s+would)\s+(like|prefer|rather|appreciate|love)\b([^.!?\n]*)/g,
      (m, lead: string, verb: string, rest: string) =>
        BODY_WISH_TOPIC.test(rest) ? `${lead}${caseLike("T", body())} would ${verb}${rest}` : m,
    )
    .replace(
      /(^|[.!?]["”]?[ \t]+|\n[ \t]*)We\s+(prefer|want|need|expect|like)\b([^.!?\n]*)/g,
      (m, lead: string, verb: string, rest: string) =>
        BODY_WISH_TOPIC.test(rest) ? `${lead}${caseLike("T", body())} ${verb}s${rest}` : m,
    )
    .replace(
      /(^|[.!?]["”]?[ \t]+|\n[ \t]*)We\s+(can't|cannot|can\s+not|won't|will\s+not|don't|do\s+not|never)\s+(accept|attend|take\s+up|receive)\b([^.!?\n]*)/g,
      (m, lead: string, neg: string, verb: string, rest: string) =>
        BODY_WISH_TOPIC.test(rest)
          ? `${lead}${caseLike("T", body())} ${neg.replace(/^do(?=\s+not|n't)/i, "does")} ${verb}${rest}`
          : m,
    )
    .replace(
      /\b(send|give)\s+us\s+(?=(?:a|an|the)?\s*(?:short\s+|brief\s+|written\s+)?(?:weekly|fortnightly|monthly|quarterly|update|updates|report|reports)\b)/gi,
      (_m, verb: string) => `${verb} ${body()} `,
    )
    .replace(
      /\b((?:don't|do\s+not|never)\s+(?:invite|include|send))\s+us\b(?=[^.!?\n]*\b(?:hospitality|invitations?|invites?|tickets?|hampers?|dinners?|lunch(?:es)?|drinks|receptions?|events?|golf)\b)/gi,
      (_m, verb: string) => `${verb} ${body()}`,
    );
}

export const PERTURBATIONS: readonly Perturbation[] = [
  {
    kind: "voice",
    describe: '"the ban on X has been lifted" ↔ "we have lifted the ban on X"',
    rewrite: swapVoice,
  },
  { kind: "apostrophe", describe: "don't → dont", rewrite: dropApostrophes },
  {
    kind: "aside",
    describe: '"Updates help. Monthly is plenty." → "…help. Things are busy here. Monthly…"',
    rewrite: asideBeforeCadence,
  },
  { kind: "channel-noun", describe: "WhatsApp → WhatsApp messages", rewrite: channelNoun },
  { kind: "only", describe: "please use X → please use only X", rewrite: restrictOnly },
  { kind: "pls", describe: "please → pls / plz", rewrite: abbreviatePlease },
  {
    kind: "rule",
    describe:
      '"we will not pay for X" → "X entries are not permitted", "use X" → "make sure your team uses X", "we don\'t use X" → "our staff may not use X", "X is fine now" → "X is no longer prohibited"',
    rewrite: ruleVoice,
  },
  {
    kind: "adverb",
    describe: '"would like" → "would now like", "is fine" → "is also fine"',
    rewrite: insertAdverb,
  },
  {
    kind: "intensifier",
    describe: '"is fine" → "is really fine", "I prefer" → "I genuinely prefer"',
    rewrite: insertIntensifier,
  },
  { kind: "the", describe: '"like a …" → "like the …" before an object', rewrite: articleToThe },
  { kind: "agreement", describe: '"our IT has" → "our IT have"', rewrite: pluralAgreement },
  {
    kind: "wrapper",
    describe: '"keep X out of" → "keep any commentary on X out of", "any mention of X"',
    rewrite: wrapperNoun,
  },
  {
    kind: "trailing",
    describe: 'a trailing "these days" / "nowadays" before a full stop',
    rewrite: trailingPhrase,
  },
  {
    kind: "possessive",
    describe: '"A or B" after a naming verb → "A or B\'s names"',
    rewrite: possessiveOnListItem,
  },
  {
    kind: "lowercase",
    describe: "sentences that state something in lower case, names kept",
    rewrite: (text) => lowerCaseSentences(text, false),
  },
  {
    kind: "lowercase-all",
    describe: "the same with names and products in lower case too",
    rewrite: (text) => lowerCaseSentences(text, true),
  },
  { kind: "contraction", describe: '"I\'d" ↔ "I would"', rewrite: swapContractions },
  { kind: "spelling", describe: "British ↔ US spellings", rewrite: swapSpellings },
  {
    kind: "semicolon",
    describe: '"…phoned; email is best" → "…phoned. Email is best"',
    rewrite: semicolonToStop,
  },
  {
    kind: "verbless",
    describe:
      '"Please don\'t phone me" → "No phone calls, please", "Please use X" → "X, please", "don\'t call me X" → "Not X, please"',
    rewrite: verbless,
  },
  {
    kind: "register",
    describe:
      '"we will not pay for X" → "The Bank will not pay for X" / "<Org> does not pay…", "please don\'t call us" → "External advisers must not call us", "we prefer Teams" → "Management has asked that advisers use Teams"',
    rewrite: organisationRegister,
  },
  {
    kind: "relay-title",
    describe:
      '"on behalf of Peter Hale … Peter prefers" → "on behalf of Mr Hale … He prefers" (a doctor: "the Doctor")',
    rewrite: relayByTitle,
  },
  {
    kind: "body",
    describe:
      '"We\'d like a monthly update" → "The board would like a monthly update", "don\'t invite us to drinks" → "don\'t invite the committee to drinks"',
    rewrite: organisationBody,
  },
  {
    kind: "filler",
    describe:
      'light words: "please always/just/do call me", "I really don\'t want", "for any of us", "its Gary", "rather not be \'X\'", "please" moved or doubled',
    rewrite: insertFiller,
  },
];

// ---------------------------------------------------------------------------------------------
// Detection kinds (round 19): rewrites of a draft's authored text that need what the recipients'
// profiles list. A kind names the edits to one stretch of text; the runner
// (scripts/corpus/perturb-detection.ts) applies them only where the author wrote (not quoted
// history, not a hard negative's text) and puts the expectations through the same edits.

/** What a detection kind may know about the draft: the competitors its recipients' profiles list. */
export interface DetectionContext {
  competitors: readonly string[];
}

/** Replace text[start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface DetectionPerturbation {
  kind: string;
  /** One line for the report. */
  describe: string;
  /** The edits to one stretch of text (a subject, a body's plain text, a file's name), in order. */
  edits(text: string, context: DetectionContext): TextEdit[];
}

/** `text` with `edits` (in order, not overlapping) applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A corporate suffix after a name ("Crestline Logistics Ltd"): the short name drops it too. */
const CORPORATE_TAIL = ",?\\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|AG|Corp|Corporation)\\.?";

/**
 * "Silverline Seafood" → "Silverline", "Crestline Logistics Ltd's bid" → "Crestline's bid": a
 * listed competitor of several words written by its first word, where that word is coined (the
 * engine's own short-form rule, shortFormsOf: five letters or more, not a common word, not
 * itself a listed name). Only a name written with its capital, between separators (not in a host
 * or a path).
 */
function shortNameEdits(text: string, context: DetectionContext): TextEdit[] {
  const found: TextEdit[] = [];
  const forms = [...shortFormsOf(context.competitors)].sort((a, b) => b[1].length - a[1].length);
  for (const [first, term] of forms) {
    const words = term.trim().split(/\s+/).map(escapeForPattern).join("\\s+");
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}@./_-])(${words})(${CORPORATE_TAIL})?(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
      "giu",
    );
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[1]!.length;
      const name = m[2]!;
      if (!/^\p{Lu}/u.test(name)) continue;
      const end = start + name.length + (m[3]?.length ?? 0);
      if (found.some((e) => e.start < end && start < e.end)) continue;
      found.push({ start, end, text: name.slice(0, first.length) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const DETECTION_PERTURBATIONS: readonly DetectionPerturbation[] = [
  {
    kind: "short-name",
    describe:
      'a listed competitor of several words by its coined first word: "Silverline Seafood" → "Silverline"',
    edits: shortNameEdits,
  },
];
