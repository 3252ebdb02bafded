/**
 * Round 24 (detect-24a; test/heldout/analysis-h22.md §3 rank 2, analysis-h21.md T2): ONE reading
 * of what a profile's notes say about where an avoided topic may and may not be raised.
 *
 * Firms write the limits of a topic in free words: "'strikes' means industrial action … - not
 * strikers or goals", "predator-loss terms in leases … are ordinary legal work", "only in the
 * insurance/claims matter, never in general correspondence", "never mention it, including the
 * financial settlement". Rounds 16, 20 and 21 each added a pattern for the wording of their set;
 * the next writer used another. What the wordings share is a construction: a clause with a
 * POLARITY (it permits or forbids) and a SCOPE (a sense, a kind of work, a matter, an extension).
 *
 * The notes are split into sentences, each sentence into clauses at its joints (a colon, a spaced
 * dash, ", but", ", never", ", not", ", only", ", including", "except", "unless"), and each clause
 * is read once:
 * - SENSE (permits): "not X or Y" / "rather than X" after a sentence that names a topic: X and Y
 *   are look-alike words that are not the topic ("not strikers or goals", "Not the legal sense of
 *   striking out").
 * - MATTER (permits): "only in / where / when X", "except in / where X", "may be raised in X": the
 *   words of X are the matter the topic belongs to ("only in the insurance/claims matter").
 * - WORK (permits): "X is/are … fine / OK / routine / normal / ordinary / standard / unrelated /
 *   our (legal) work / our bread (and butter) / matters we run", "must discuss", "is not '…'":
 *   the content words of X are work that is not the topic. A work clause in a sentence whose
 *   other clause forbids the topic by its own word ("the claim is fine, but never raise the fire
 *   itself") permits nothing.
 * - EXTENSION (forbids): "including X" or "even in X" after a clause that forbids a topic (by its
 *   word, or "it", "this", "them"): X is inside the ban, so the topic fires there even in the
 *   legal work ("never mention it, including the financial settlement").
 * - FORBID: "never", "don't", "do not", "avoid", "not to be": no scope of its own (its "in
 *   general correspondence" is the complement of a permission, not a ban on it).
 * - OBJECTS (round 25, formerly topic-note-objects.ts, a second reader of the same clauses): what
 *   a forbidding clause names ("Don't mention Tunde or the dispute", "Keep the Broncos out of it",
 *   "No mention of hunting"), each a term of a topic in the note's own words; a clause that names
 *   one forbids. A sentence of small talk ("no small talk about …", "socially") limits its bans to
 *   remarks aimed at the reader. The verbs of a ban are one list (NEGATOR) for all of these.
 *
 * Notes are untrusted: at most MAX_NOTES characters, linear patterns, nothing built from them.
 */

import { isCommonWord } from "../text";
import { list } from "./topic-instances";
import { sameStem, stem } from "./topic-families";
import { topicSpec } from "./topic-senses";

const MAX_NOTES = 2000;
const MAX_TERMS = 12;
const MAX_DEFINED = 200;
const MAX_OBJECTS = 10;
/** An object longer than this is a clause, not a thing named. */
const MAX_OBJECT_WORDS = 4;

export type Polarity = "permit" | "forbid" | "none";
export type Scope = "sense" | "work" | "matter" | "extension" | undefined;

/** One clause of the notes as read. */
export interface NoteClause {
  text: string;
  /** Whether the clause (or its sentence) names a topic, or refers back to one ("it", "this"). */
  topic: boolean;
  polarity: Polarity;
  scope: Scope;
  /** The scope's words (sense phrases joined by spaces). */
  words: string[];
  /** The index of its sentence in `NotesReading.sentences`. */
  sentence: number;
  /** What the clause forbids raising by name ("Don't mention Tunde or the dispute"). */
  objects: NoteObject[];
  /** Its sentence limits its bans to small talk ("no small talk about …", "socially"). */
  social: boolean;
}

/** One thing a clause forbids: its words, and whether it is a name (counts only with its capital). */
export interface NoteObject {
  term: string;
  name: boolean;
  /**
   * Round 26: the "of …" phrase that says whose it is, shared by the list it ends ("a sale, exit
   * or valuation of Kernow itself": each is Kernow's), without its determiner.
   */
  of?: string;
  /** A state asked after ("don't ask how she is sleeping"), not a thing named. */
  state?: boolean;
}

/** What the notes' clauses permit and forbid, for the avoided-topic check. */
export interface NotesReading {
  clauses: NoteClause[];
  /** The notes' sentences, as split for their clauses. */
  sentences: string[];
  /** Look-alike words that are not the topic, each a phrase of words as `lookAlike` compares them. */
  senses: string[][];
  /** Stems of work that is not the topic (in the hit's sentence or the subject). */
  work: string[];
  /** Stems of the matter the topic may be raised in (the hit's sentence or the subject). */
  matters: string[];
  /** Stems inside the ban: the topic beside one is the topic even in the legal work. */
  extension: string[];
  /** "even in …": the ban holds in any work. */
  always: boolean;
  /** Round 27: a work clause says the work must name the topic ("must discuss it"). */
  namesIt: boolean;
  /**
   * Round 29: a clause permits the topic where it is the firm's own work on it ("unless it is the
   * matter we are working on", "fine in that matter"): a draft whose subject names the topic (not
   * as small talk or news) is that work.
   */
  asMatter: boolean;
  /**
   * Round 31 (analysis-h29 N3): a ban's condition is the client's raising the topic ("Don't
   * bring the recall up unless they do", "… unless she raises it", "unless they ask"): where the
   * client has raised it (avoided-topic.ts reads the message replied to), the ban is lifted.
   */
  unlessRaised: boolean;
}

/**
 * The words that open a ban, ONE list: a clause's polarity (FORBID), the verb before a ban's
 * objects (BAN_VERB), a topic marked sensitive (SENSITIVE), a matter clause that is a ban.
 */
const IMPERATIVE = "never|don['’]?t|do\\s+not|avoid";
const NEGATOR = `${IMPERATIVE}|must\\s+not|should\\s+not|shouldn['’]t`;
/** A clause that opens with a ban ("never in general correspondence") permits no matter. */
const OPENS_BAN = new RegExp(`^(?:${IMPERATIVE})\\b`, "i");
/** The verbs of raising a thing, after a NEGATOR. */
const RAISE = "mention|raise|refer|ask|remark|comment|bring|talk|joke|discuss|suggest";
/** Words that end a noun phrase: function words and the commonest verbs. */
export const STOP = new Set(
  list(
    "a|an|the|is|are|was|were|be|been|has|have|had|will|would|should|can|could|may|might|must|and|or|but|to|of|in|on|at|for|with|by|from|as|that|which|who|this|these|those|it|its|not|no|so|he|she|they|we|his|her|their|our|don't|don’t|do|does|did|left|remains|remain|still|went|got|raise|raised|mention|mentioned|discuss|discussed|brought|avoid|never|please|where|when|what|how|why|whether|if|then|also|just|only|about|into|after|before|since|during|any|all|some|very|more|etc|either|neither|,|:|(|)",
  ),
);
/** A clause marking a topic as sensitive. */
export const SENSITIVE = new RegExp(
  `\\b(?:raw|sore|sensitive|touchy|painful|upsetting|upset|delicate|avoid|(?:${NEGATOR})\\s+(?:${RAISE})|under\\s+investigation|off[- ]limits)\\b`,
  "i",
);

/** The joints between a sentence's clauses (the joint's word starts the next clause). */
const JOINT =
  /\s*:\s+|\s+[-–—]\s+|,\s*(?=(?:but|however|never|not|only|unless|except|including|even|rather)\b|save\s+(?:where|when|if|in|for)\b)|\s+(?=(?:but|however|whereas|except|unless|including)\b)/i;
const FORBID = new RegExp(
  `\\b(?:${NEGATOR}|not\\s+to\\s+be|not\\s+fine|isn['’]t|aren['’]t|off[- ]limits)\\b`,
  "i",
);
/**
 * What a permission calls the work: "fine", "routine", "our work", "matters we run"; round 33
 * (analysis-h32 051): "is legal work, not politics" with no article.
 */
const PERMITTED =
  "fine|ok|okay|routine|normal|ordinary|standard|unrelated|our\\s+(?:legal\\s+|own\\s+)?(?:work|bread)|matters\\s+we\\s+(?:run|handle|act\\s+on)|the\\s+(?:(?:legal|actual|real)\\s+)?work(?!\\s+(?:of|for|on|that|which|to)\\b)(?![-'’])|(?:legal|core|day-to-day)\\s+work(?!\\s+(?:of|for|on|that|which|to)\\b)(?![-'’])";
/** The predicate of a clause that permits the work before it. */
const WORK = new RegExp(
  `\\b(?:is|are)\\s+(?:(?:[a-z'’]+\\s+){0,4}?(?:${PERMITTED})\\b|not\\s+['‘"“])`,
  "i",
);
/**
 * Round 27: a work that must name the topic: "must discuss it", "has to discuss it", "needs to
 * cover it", "must address it" (read after WORK: "drafting that must mention X is fine").
 */
const MUST_NAME =
  /\b(?:must|(?:has|have|needs?|will\s+have)\s+to)\s+(?:discuss|cover|address|mention|explain|deal\s+with|refer\s+to)\b/i;
/**
 * Round 27 (analysis-h25 B, analysis-h22 G1): a clause whose subject is a pronoun and whose
 * predicate permits ("that's the matter and obviously fine", "it's our work", "this is fine in
 * that context") takes its work from the clause before it in the same sentence (after ";", ":"
 * or a spaced dash), when that clause bans nothing.
 */
const POINTS_BACK = new RegExp(
  `^(?:(?:and|so|but)\\s+)?(?:that|this|it|which)(?:['’]s|\\s+(?:is|was))\\s+(?!not\\b)(?:[a-z'’]+\\s+){0,4}?(?:${PERMITTED}|(?:the|our)\\s+(?:own\\s+)?(?:matter|work))\\b`,
  "i",
);
/**
 * Round 27: "unless the matter needs it (the Nolan claim does)", "unless the Hale dispute
 * requires it": after a ban, the matter that needs the topic (named in the parenthesis when the
 * clause says only "the matter") is the matter it may be raised in. Group 1 the matter, group 2
 * what follows "it". ("except where …" is MATTER's.)
 */
const NEEDS_IT =
  /^(?:unless|except|save)\s+(?:(?:where|when|if|as)\s+)?((?:the|a|an|our|their|that|this)\s+[^()]{1,60}?)\s+(?:needs?|requires?|calls?\s+for|demands?)\s+it\b(.*)$/i;
/**
 * Round 29 (analysis-h27 A; h22 G1, h24 I, h25 B, h26 A, h27-026): a permission that points at
 * the firm's own work on the topic, whatever its verb. A condition or exception whose object is
 * the matter: "unless it is the matter we are working on", "only where it is the legal question",
 * "where it is the subject of our advice", "except when it forms part of the claim" (ON_MATTER);
 * or a permission placed in the matter: "so it's fine in that matter", "fine within that file",
 * "can be raised in the claim" (IN_MATTER). Group 1 the words before the matter's noun ("the
 * insurance claim"), group 2 the noun. Not "unless it is a matter of record", "unless that is the
 * case that …", nor a bare "case" ("fine in that case" is "then").
 */
const MATTER_NOUN =
  "matter|matters|file|files|claim|claims|case|work|instructions?|subject|question|advice|brief|mandate|retainer|engagement|dispute|proceedings|point|points|issue|issues";
const ON_MATTER = new RegExp(
  `\\b(?:unless|except|save|only|but|where|when|if|provided)\\s+(?:(?:where|when|if|that|in\\s+so\\s+far\\s+as|insofar\\s+as)\\s+)?(?:it|this|that|they|the\\s+topic)\\s*(?:['’]s|\\s+is|\\s+are|\\s+forms?|\\s+becomes?)\\s+(?!not\\b)(?:part\\s+of\\s+)?(?:the|our|an?|its|your|their)\\s+((?:[a-z'’-]+\\s+){0,2}?)(${MATTER_NOUN})\\b(?!\\s+(?:that\\b|of\\s+(?:(?:public\\s+)?record|fact|course|time|taste|opinion|principle)\\b))`,
  "i",
);
const IN_MATTER = new RegExp(
  `\\b(?:fine|ok|okay|allowed|permitted|acceptable|welcome|no\\s+problem|unavoidable|inevitable|(?:can|may)\\s+be\\s+(?:raised|discussed|mentioned|named)|(?:discuss|raise|mention|cover)\\s+it)\\s+(?:(?:[a-z]+\\s+){0,3}?)(?:in|within|inside|for|on|to)\\s+(?:that|this|the|our|its|their)\\s+((?:[a-z'’-]+\\s+){0,2}?)(${MATTER_NOUN})\\b`,
  "i",
);
/**
 * The firm's work on the topic as the notes name it: "Maren runs the insurance claim", "our team
 * acts on the coverage claim", "we are instructed on the Hale appeal". Group 1 its object.
 */
const ACTS_ON =
  /\b(?:(?:acts?|acting|runs?|running|handles?|handled|handling|leads?|leading|manages?|managing)(?:\s+on)?|(?:works?|working|advises?|advising|instructed|retained)\s+on)\s+(?:the|their|its|our|his|her)\s+((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)/i;
/** A short parenthesis naming the matter: "(Southwood permit)", "(Dept appeal on the closure order)". */
const MATTER_PAREN = /\(([^()]{2,60})\)/;
const MAX_PAREN_WORDS = 6;
/** What a matter is said to be, not what it is about: "the legal point", "the very question". */
const MATTER_QUALIFIER = /^(?:legal|actual|very|own|real|same|main|whole|core|central)$/;
/**
 * Round 29 (analysis-h28, h28-045): the firm's own work as the condition, after a ban on the
 * topic or on "it": "keep it out of correspondence unless we are advising on the supply agreement
 * pricing". Group 1 the work's object.
 */
const OUR_WORK_ON =
  /^(?:unless|except|save|other\s+than)\s+(?:(?:where|when|if|while)\s+)?(?:we|you|the\s+firm|our\s+team)\s*(?:are|['’]re|is)?\s+(?:advising|acting|working|instructed|retained)\s+(?:them\s+)?(?:on|for|in)\s+((?:the|their|its|our|a|an)\s+[^()]{1,60}?)[\s.;,!)]*$/i;
/**
 * Round 30 (detect-30a; analysis-h28 A, h28-009): a parenthesis inside a ban that sets a matter
 * apart, "keep it out of small talk (the regulator inquiry is a different matter, we have to
 * discuss it there)": the matter it names (group 1) is one the topic may be raised in. "A
 * different / separate matter, thing, question", "another matter"; not when the parenthesis
 * itself bans ("(the funeral is a different matter, never mention it)").
 */
const SET_APART =
  /\(\s*((?:the|our|their|its|his|her|that|this)\s+[^(),;]{1,60}?)\s+(?:is|are|['’]s)\s+(?:(?:a|an)\s+)?(?:(?:different|separate)(?:\s+(?:matter|thing|question|issue|story))?|(?:another|other)\s+(?:matter|thing|question|issue|story))\b([^()]*)\)/i;
/**
 * Round 31: the client's raising the topic as a ban's condition: "unless they do", "unless she
 * raises it (first)", "unless he asks (about it)", "unless they bring it up", "unless the client
 * mentions it", "unless raised by them"; also in a parenthesis inside the ban ("(unless she
 * raises it)"). Not "unless they ask us to advise on …" (a matter), nor "unless they file …".
 */
const UNLESS_RAISED =
  /(?:^|\()\s*unless\s+(?:(?:they|she|he|the\s+(?:client|family|owner|board))\s+(?:do|does|did|(?:raises?|mentions?)\s+it|asks?(?:\s+(?:about|after)\s+it)?|brings?\s+it\s+up|(?:want|wants)\s+to(?:\s+(?:discuss|talk\s+about)\s+it)?)(?:\s+(?:first|themselves|himself|herself))?|(?:it\s+is\s+)?(?:raised|mentioned|brought\s+up)\s+by\s+(?:them|her|him|the\s+client))\s*(?:[.;,!)]|$)/i;
/** A negation before the permission: "not even where it is the matter", "never where …". */
const NOT_EVEN = /\b(?:not|never|nor|no)\b/i;
/**
 * The match of a permission placed in the firm's own matter (ON_MATTER, IN_MATTER), when no ban
 * or negation comes before it in its clause ("we never raise it where it is the subject of our
 * advice", "not even where it is the matter").
 */
function permitsInMatter(text: string): RegExpExecArray | null {
  const m = ON_MATTER.exec(text) ?? IN_MATTER.exec(text);
  if (!m || FORBID.test(text.slice(0, m.index)) || NOT_EVEN.test(text.slice(0, m.index)))
    return null;
  // (A bare case is an event: "fine in that case", "unless that is the case".)
  if (/^cases?$/i.test(m[2]!) && !/\S/.test(m[1]!)) return null;
  return m;
}
/**
 * Round 33: the matter a clause names as being about the topic, group 1: "Our arbitration against
 * Estiba Sur is about that strike", "the Hale claim concerns it". Round 34: any verb of what a
 * matter is about ("the appeal does turn on …", "hinges on", "involves", "deals with").
 */
const POINTED_MATTER =
  /^\s*((?:our|the|their|its)\s+[^,;()]{2,60}?)\s+(?:is|are|was)\s+(?:(?:all|mainly|largely|entirely)\s+)?(?:about|over|on|concerning)\b|^\s*((?:our|the|their|its)\s+[^,;()]{2,60}?)\s+(?:(?:does|do|will|may|must|could|might)\s+)?(?:(?:all|mainly|largely|entirely|really|partly)\s+)?(?:concerns?|relates?\s+to|arises?\s+from|arose\s+from|turns?\s+on|turned\s+on|hinges?\s+on|rests?\s+on|depends?\s+on|involves?|deals?\s+with|touches?\s+on|covers?)\b/i;
/** Who does the work ("(Rehana's team)"): never the matter's words. */
const WHO = /^(?:team|group|depart|colleagu|partner|peopl|staff|side|lawyer|solicitor|counsel)/;
/** What every matter is (a claim, a case): never the matter's own words. */
const ANY_MATTER =
  /^(?:matter|work|case|claim|disput|action|proceed|litig|suit|lawsuit|appeal|arbitr|tribunal|applic|hear|transact|deal|file|advic|one)/;
/** A permission by the matter the topic belongs to; group 1 is the matter. */
const MATTER =
  /\b(?:only|except|save|(?:may|can)\s+be\s+(?:raised|discussed|mentioned))\s+(?:in|within|where|when|for|on|as\s+part\s+of)\s+(.+)$/i;
/** Look-alike senses: "not strikers or goals", "rather than the legal sense of striking out". */
const SENSE =
  /^(?:but\s+|and\s+)?(?:not|rather\s+than)\s+(?!(?:to|be|fine|ok|okay|sensitive|raise|mention|discuss)\b|an?\s+(?:issue|problem)\b)(?:the\s+)?(?:(?:[a-z]+\s+)?senses?\s+of\s+)?(.+)$/i;
const EXTENSION = /^(?:and\s+)?(?:including|even\s+(in|when|where|if|as|for))\b\s*(.*)$/i;
/** A predicate in a clause: "not X" is then a statement, not a list of senses. */
const PREDICATE = /\b(?:is|are|was|were|be|been|raise[sd]?|mention(?:ed)?|discuss(?:ed)?)\b/i;
const BACK = /\b(?:it|this|that|them)\b/i;
/** Words of any work or of how a firm writes: never the scope alone. */
const WORK_WORDS = new Set(
  list(
    "legal|legally|work|matter|matters|drafting|draft|drafts|other|senses|sense|list|itself|themselves|things|anything|something|under|over|between|within|without|through|such|" +
      "email|emails|e-mail|mail|phone|phones|call|calls|calling|text|texts|whatsapp|teams|zoom|letter|letters|post|update|updates|meeting|meetings|contact|invoice|invoices|billing|time|hours|mention|mentions|discussing|discussion|topic|topics|subject|subjects|word|words|name|names|" +
      "necessary|required|requires|require|needs|need|needed|asked|asks|means|meaning|talk|talking|they|them|there|here|general|correspondence|affect|affects|affected|involve|involves|involved|relevant|relates|related|applies|apply",
  ),
);

function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’]+/g) ?? [];
}

/** A word as look-alike senses compare it: lower case, no possessive, no plural "s". */
function bare(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, "");
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

/**
 * Whether a hit (`start`–`end` of `text`) is one of the notes' look-alike senses: a sense phrase
 * that covers a word of the hit, matched word by word with up to two words either side
 * ("strikers" for "the striker's image rights"; "striking out" for "striking out the defence",
 * not for "the crew are striking").
 */
export function lookAlike(
  senses: readonly (readonly string[])[],
  text: string,
  start: number,
  end: number,
): boolean {
  if (senses.length === 0) return false;
  const before = words(text.slice(Math.max(0, start - 40), start)).slice(-2);
  const hit = words(text.slice(start, end));
  const all = [...before, ...hit, ...words(text.slice(end, end + 40)).slice(0, 2)].map(bare);
  const from = before.length;
  const to = from + hit.length;
  return senses.some((phrase) => {
    for (
      let i = Math.max(0, from - phrase.length + 1);
      i < to && i + phrase.length <= all.length;
      i++
    )
      if (phrase.every((w, k) => all[i + k] === w)) return true;
    return false;
  });
}

/** The content stems of `text` (four letters or more, or a three-letter acronym), less `drop`. */
function content(text: string, drop: (s: string) => boolean): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const lower = word.toLowerCase();
    if (STOP.has(lower) || WORK_WORDS.has(lower)) continue;
    if (lower.length < 4 && !/^[A-Z]{3}$/.test(word)) continue;
    const s = stem(lower);
    if (!drop(s) && out.indexOf(s) < 0) out.push(s);
  }
  return out;
}

/** A sentence that limits its bans to remarks aimed at the reader. */
const SOCIAL =
  /\b(?:small\s+talk|chat|chit-chat|socially|social|casual(?:ly)?|in\s+passing|relationship|pleasantries)\b/i;
/**
 * A ban up to its object: "don't (ever) mention", "never ask after", "do not refer casually to",
 * "avoid any reference to", "stop bringing up", "must not raise", and a following ", or mention"
 * of the same ban; the object runs to the end of the clause.
 */
const BAN_VERB = new RegExp(
  `\\b(?:(?:${NEGATOR}|stop|no\\s+need\\s+to)(?:\\s+to)?|(?:,|\\bor|\\band)(?=\\s+(?:${RAISE})))\\s+(?:(?:ever|again|casually|publicly|socially)\\s+)?(?:mention(?:ing)?|rais(?:e|ing)|refer(?:ring)?(?:\\s+casually)?\\s+to|ask(?:ing)?\\s+(?:after|about)|remark(?:ing)?\\s+on|comment(?:ing)?\\s+on|bring(?:ing)?\\s+up|talk(?:ing)?\\s+about|jok(?:e|ing)\\s+about|discuss(?:ing)?|suggest(?:ing)?|any\\s+(?:reference|mention)s?\\s+(?:to|of))\\s+`,
  "gi",
);
/** A sentence that holds a ban, for a bare ", or mention" to continue. */
const BANS = new RegExp(`\\b(?:${NEGATOR}|not|stop)\\b`, "i");
/** "no mention of X", "no small talk about X", "no jokes about X", "no references to X". */
const NO_TALK =
  /\bno\s+(?:more\s+)?(?:mentions?|(?:small\s+)?talk|references?|jokes?|chat|questions?|comments?)\s+(?:of|about|to|on)\s+/gi;
/** "no 'blessed', 'pray'": quoted words refused outright. */
const NO_QUOTED = /\bno\s+((?:['‘"“][^'’"”\n]{2,30}['’"”]\s*(?:,|\bor\b|\band\b)?\s*)+)/gi;
/** "ask how she is feeling": the state asked after. */
const ASK_HOW = new RegExp(
  `\\b(?:${NEGATOR})\\s+ask\\s+(?:\\w+\\s+)?how\\s+(?:she|he|they|you)\\s+(?:is|are|['’]s|['’]re)\\s+([a-z]{4,})\\b`,
  "gi",
);
/**
 * Round 26: "does not want X raised", "don't want X discussed by email": X is the object (a
 * pronoun names nothing: "does not want it raised").
 */
const WANT_NOT =
  /\b(?:does|do|did)(?:\s+not|n['’]t)\s+want\s+([^.;:!?\n]{2,80}?)\s+(?:raised|mentioned|discussed|brought\s+up|referred\s+to|talked\s+about|joked\s+about|suggested)\b/gi;
/** "keep X out of it / correspondence / anything to him": X is the object. */
const KEEP_OUT = /\bkeep\s+([^.;:!?\n]{2,80}?)\s+out\s+of\b/gi;
/** The topic's name in the client's own mouth, quoted: "internally 'the February event'". */
const ALIAS =
  /\b(?:called|calls\s+it|call\s+it|known\s+as|refers?\s+to\s+it\s+as|internally|just\s+says?|nicknamed)\s*[:,]?\s*['‘"“]([^'’"”\n]{2,40})['’"”]/gi;
/** Where an object's clause ends: a qualifier of how or where, or a reason. */
const OBJECT_END = new RegExp(
  `\\s+(?:unless|except|until|because|since|as|when|where|in\\s+(?:correspondence|e-?mails?|small\\s+talk|chat|writing|general|relationship|routine|other|anything|unrelated)|with\\s+(?:him|her|them|staff|the)|by\\s+(?:e-?mail|phone|text|letter|post|advisers?|lawyers?|staff|anyone)|outside\\b|socially\\b|generally\\b|at\\s+all\\b|again\\b|either\\b|or\\s+similar\\b|etc\\b|(?:or|and)\\s+(?:${RAISE}))\\b|\\s*[–—(]`,
  "i",
);
/** A ban's verb with no object of its own: "do not raise or comment on it", "don't raise socially". */
const NO_OBJECT = new RegExp(
  `^(?:(?:or|and)\\s+(?:${RAISE})|socially|generally|again|unless|except|until|at\\s+all)\\b`,
  "i",
);
const DETERMINERS = /^(?:the|a|an|any|his|her|their|its|our|your|my|this|that|these|those)\s+/i;
/** Objects that name nothing by themselves. */
const EMPTY = new Set(
  list(
    "it|them|him|her|this|that|these|those|anything|things|thing|matter|matters|issue|issues|topic|topics|subject|subjects|details|any|all",
  ),
);
/** The months by their full names; a month or a day is no name of a topic. */
export const FULL_MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_OR_DAY = new RegExp(
  `^(?:${FULL_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
);

/** One item of a ban's list, and the "of …" phrase its list ends with. */
interface Item {
  item: string;
  of?: string;
}
/** An "of …" phrase ending a list's last item: "valuation of Kernow itself". */
const OF_TAIL = /^((?:\S+\s+){0,1}\S+)\s+of\s+(\S+(?:\s+\S+)?)$/i;
/** A word that only points back or stresses ("of it", "of Kernow itself"). */
const EMPTY_OF = /\b(?:itself|themselves|himself|herself)\b/gi;
/**
 * A lone word that is an adjective before "and", sharing the next item's noun ("local and party
 * politics"); not before a name ("the tribunal and Mr Pryce").
 */
const ADJECTIVE = /^[a-z]+(?:al|ic|ive|ous|ary)$/;

function bareItem(item: string): string {
  let out = item.trim().replace(/['‘’"“”]/g, "");
  for (let k = 0; k < 2 && DETERMINERS.test(out); k++) out = out.replace(DETERMINERS, "");
  return out.trim();
}

/**
 * The items of a list of objects: "the Broncos, the Maroons and Origin". Round 26: an "of …"
 * phrase that ends the list says whose each item is ("a sale, exit or valuation of Kernow
 * itself"), and a lone adjective shares the next item's noun ("constitutional and party politics").
 */
function items(objects: string): Item[] {
  if (NO_OBJECT.test(objects)) return [];
  const cut = OBJECT_END.exec(objects);
  const body = cut ? objects.slice(0, cut.index) : objects;
  const parts = body
    .split(/\s*,\s*(?:(?:and|or|nor)\s+)?|\s+(?:and|or|nor)\s+|\s*\/\s*/i)
    .map(bareItem);
  let of: string | undefined;
  const last = OF_TAIL.exec(parts[parts.length - 1] ?? "");
  if (last) {
    parts[parts.length - 1] = last[1]!;
    const whose = bareItem(last[2]!.replace(EMPTY_OF, "").replace(/\s+/g, " "));
    if (whose.length >= 3 && !EMPTY.has(whose.toLowerCase())) of = whose;
  }
  return parts
    .map((item, i) => {
      const next = parts[i + 1]?.split(/\s+/);
      if (
        ADJECTIVE.test(item) &&
        next &&
        next.length > 1 &&
        !isName(parts[i + 1]!) &&
        body.toLowerCase().includes(`${item.toLowerCase()} and `)
      )
        return `${item} ${next[next.length - 1]}`;
      return item;
    })
    .filter((item) => item.length >= 3 && !EMPTY.has(item.toLowerCase()))
    .map((item) => (of ? { item, of } : { item }));
}

/** Whether an item is a name: every word capitalised and the first no ordinary word. */
function isName(item: string): boolean {
  const parts = item.split(/\s+/);
  return (
    parts.every((w) => /^[A-Z\u00C0-\u00DE]/.test(w)) &&
    (!isCommonWord(parts[0]!) || parts.length > 1 || parts[0]!.endsWith("s"))
  );
}

/**
 * The objects of a clause's bans, given to `add` (a name forced by `true`): "Don't mention Tunde
 * or the dispute", "Keep the Broncos out of it", "no mention of hunting", "no 'blessed'", "don't
 * ask how she is sleeping", and the topic's in-house name in quotes ("internally it is called 'the
 * Oats matter'"). Whether the clause bans (the in-house name alone is no ban).
 */
function readObjects(
  text: string,
  sentence: string,
  add: (item: string, name?: boolean, of?: string, state?: boolean) => void,
): boolean {
  let bans = false;
  for (const pattern of [BAN_VERB, NO_TALK]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // (A bare "or mention" continues a ban only in a sentence that holds one.)
      if (/^[,ao]/i.test(m[0]) && !BANS.test(sentence)) continue;
      bans = true;
      for (const { item, of } of items(text.slice(m.index + m[0].length))) add(item, false, of);
    }
  }
  for (const pattern of [KEEP_OUT, WANT_NOT]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      bans = true;
      for (const { item, of } of items(m[1]!)) add(item, false, of);
    }
  }
  NO_QUOTED.lastIndex = 0;
  for (let m = NO_QUOTED.exec(text); m; m = NO_QUOTED.exec(text)) {
    bans = true;
    for (const quoted of m[1]!.match(/['‘"“][^'’"”\n]{2,30}['’"”]/g) ?? [])
      add(quoted.slice(1, -1).trim());
  }
  ASK_HOW.lastIndex = 0;
  for (let m = ASK_HOW.exec(text); m; m = ASK_HOW.exec(text))
    add(m[1]!.toLowerCase(), false, undefined, true);
  ALIAS.lastIndex = 0;
  for (let m = ALIAS.exec(text); m; m = ALIAS.exec(text)) {
    const alias = m[1]!.trim().replace(DETERMINERS, "");
    if (alias.length >= 3) add(alias);
    // The capitalised word of an in-house name is how people say it: "the Oats matter".
    for (const w of alias.split(/\s+/))
      if (/^[A-Z]/.test(w) && !isCommonWord(w) && !MONTH_OR_DAY.test(w)) add(w, true);
  }
  return bans;
}

/**
 * Round 31 (analysis-h29 N1): the notes' abbreviations of a topic. Account partners write a
 * topic in shorthand ("Don't raise GE/GM", "neutral on GM"): an all-capital token of two to four
 * letters in a notes sentence that bans or marks a topic, or names it, which is the initials of
 * the topic's own words or of one of its concept's forms ("genetic modification" → GM,
 * "genetically engineered" → GE; a hyphen parts words too). Written in capitals only.
 */
export function topicAbbreviations(topic: string, notes: string | undefined): string[] {
  if (!notes || !/\b[A-Z]{2,4}\b/.test(notes)) return [];
  const spec = topicSpec(topic);
  const initials = new Set<string>();
  for (const form of [spec.core, ...(spec.concept?.terms ?? [])]) {
    const all = form.split(/[\s-]+/).filter((w) => w.length > 0);
    // (With its small words and without them: "in vitro fertilisation" is IVF.)
    for (const parts of [all, all.filter((w) => !STOP.has(w.toLowerCase()))])
      if (parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^[a-z]/i.test(w)))
        initials.add(parts.map((w) => w[0]!.toUpperCase()).join(""));
  }
  const own = words(topic.toLowerCase()).map(stem);
  const out: string[] = [];
  for (const sentence of notes.slice(0, MAX_NOTES).split(/[.!?](?:\s+|$)|[;\n]/)) {
    const marks =
      SENSITIVE.test(sentence) ||
      FORBID.test(sentence) ||
      words(sentence).some((w) => own.some((o) => sameStem(o, stem(w))));
    if (!marks) continue;
    for (const token of sentence.match(/\b[A-Z]{2,4}\b/g) ?? [])
      if (initials.has(token) && out.indexOf(token) < 0) out.push(token);
  }
  return out;
}

/** The notes' clauses as read, and what they permit and forbid for `topics`. */
export function readNotes(
  notes: string | undefined,
  topics: readonly string[],
  clientName?: string,
): NotesReading {
  const reading: NotesReading = {
    clauses: [],
    sentences: [],
    senses: [],
    work: [],
    matters: [],
    extension: [],
    always: false,
    namesIt: false,
    asMatter: false,
    unlessRaised: false,
  };
  if (!notes) return reading;
  const own: string[] = [];
  for (const t of topics) for (const w of words(t.toLowerCase())) own.push(stem(w));
  const topicWords = topics.flatMap((t) => words(t).map(bare));
  const name: string[] = words((clientName ?? "").toLowerCase()).map(stem);
  const named = (text: string) => words(text).some((w) => name.indexOf(stem(w)) >= 0);
  // Round 31: a topic's abbreviation in the notes names it ("about GM traits"), in capitals.
  const abbreviations = topics.flatMap((t) => topicAbbreviations(t, notes));
  const isOwn = (s: string) => own.some((o) => sameStem(o, s));
  const names = (text: string) =>
    words(text).some((w) => isOwn(stem(w)) || abbreviations.indexOf(w) >= 0);
  const parts = notes
    .slice(0, MAX_NOTES)
    // (An abbreviation's stop ends no sentence: "e.g. land", "pleadings etc. are fine"; "wine,
    // etc. Their …" does.)
    .replace(/\b(?:[Ee]\.g|[Ii]\.e|[Ii]ncl)\.|\betc\.(?=\s*[a-z),])/g, (m) => m.replace(/\./g, ""))
    .split(/([.!?](?:\s+|$)|[;\n])/);
  const sentences: string[] = [];
  // Whether each sentence goes on from the one before after a ";" (the same sentence, for a
  // clause that points back).
  const goesOn: boolean[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    sentences.push(parts[i]!);
    goesOn.push(i > 0 && parts[i - 1] === ";");
  }
  reading.sentences = sentences;
  const taken: string[] = [];
  // Words a clause about the topic defines (never permitted work), each with its clause (a
  // clause a pronoun makes the work keeps its words).
  const defined: { stem: string; from: NoteClause }[] = [];
  // Work clauses by sentence, kept until the sentence's forbidding clauses are known.
  const works: { sentence: number; text: string; clause: NoteClause; source?: NoteClause }[] = [];
  const cancelled = new Set<number>();
  sentences.forEach((sentence, s) => {
    const about = names(sentence) || (s > 0 && names(sentences[s - 1]!));
    let forbids = false;
    const social = SOCIAL.test(sentence);
    sentence.split(JOINT).forEach((part, k) => {
      const text = part.trim();
      if (!text) return;
      const topic = names(text) || (BACK.test(text) && about);
      const clause: NoteClause = {
        text,
        topic,
        polarity: "none",
        scope: undefined,
        words: [],
        sentence: s,
        objects: [],
        social,
      };
      // The clause before, in the same sentence or across a ";".
      const previous = k > 0 || goesOn[s] ? reading.clauses[reading.clauses.length - 1] : undefined;
      reading.clauses.push(clause);
      const bans = readObjects(text, sentence, (item, forceName = false, of, state) => {
        if (taken.length >= MAX_OBJECTS || item.split(/\s+/).length > MAX_OBJECT_WORDS) return;
        if (taken.indexOf(item.toLowerCase()) >= 0) return;
        taken.push(item.toLowerCase());
        const name = forceName || isName(item);
        const object: NoteObject = { term: name ? item : item.toLowerCase(), name };
        if (of && !name) object.of = of;
        if (state) object.state = true;
        clause.objects.push(object);
      });
      const sense = SENSE.exec(text);
      const extension = EXTENSION.exec(text);
      const matter = MATTER.exec(text);
      const work = WORK.exec(text) ?? MUST_NAME.exec(text);
      const needs = !matter && previous?.polarity === "forbid" ? NEEDS_IT.exec(text) : null;
      const ourWork =
        !matter && !needs && previous?.polarity === "forbid" ? OUR_WORK_ON.exec(text) : null;
      const onMatter = OPENS_BAN.test(text) ? null : permitsInMatter(text);
      if (sense && about && !PREDICATE.test(text) && (k > 0 || /\bsenses?\b/i.test(text))) {
        // (After a joint, or "not the … sense of": a sentence opening "Not a sports fan" is a
        // remark on the person.)
        clause.polarity = "permit";
        clause.scope = "sense";
        for (const phrase of sense[1]!.split(/\s*(?:,|\/|\bor\b|\band\b|\betc\b)\s*/i)) {
          const phraseWords = words(phrase)
            .map(bare)
            .filter((w) => !STOP.has(w));
          // (Never the topic's own word: "not rugby (the sport)" would silence it.)
          if (phraseWords.length === 0 || phraseWords.some((w) => topicWords.indexOf(w) >= 0))
            continue;
          if (phraseWords.length > 2) {
            // A longer phrase is a kind of work ("not trade-law advice he asks for").
            for (const w of content(phrase, isOwn))
              if (reading.work.length < MAX_TERMS && reading.work.indexOf(w) < 0)
                reading.work.push(w);
            clause.words.push(`work: ${phrase.trim()}`);
          } else if (reading.senses.length < MAX_TERMS) {
            clause.words.push(phraseWords.join(" "));
            reading.senses.push(phraseWords);
          }
        }
      } else if (extension && forbids && about) {
        clause.polarity = "forbid";
        clause.scope = "extension";
        if (extension[1]) reading.always = true;
        clause.words = content(extension[2]!, () => false);
        for (const w of clause.words)
          if (reading.extension.length < MAX_TERMS) reading.extension.push(w);
      } else if (needs && (previous!.topic || BACK.test(previous!.text))) {
        // (After a ban on the topic or on "it": the matter that needs it.)
        clause.polarity = "permit";
        clause.scope = "matter";
        clause.words = content(
          `${needs[1]!} ${needs[2]!}`,
          (w) => isOwn(w) || name.indexOf(w) >= 0 || ANY_MATTER.test(w),
        );
        for (const w of clause.words)
          if (reading.matters.length < MAX_TERMS) reading.matters.push(w);
      } else if (ourWork && (previous!.topic || BACK.test(previous!.text))) {
        clause.polarity = "permit";
        clause.scope = "matter";
        clause.words = content(
          ourWork[1]!,
          (w) => isOwn(w) || name.indexOf(w) >= 0 || ANY_MATTER.test(w) || WHO.test(w),
        );
        for (const w of clause.words)
          if (reading.matters.length < MAX_TERMS && reading.matters.indexOf(w) < 0)
            reading.matters.push(w);
      } else if (onMatter && (topic || about)) {
        // Round 29: the topic is fine where it is the firm's own work on it. The matter's words:
        // those before the matter's noun ("the insurance claim"), the firm's work on it in the
        // sentence ("Maren runs the insurance claim"), a short parenthesis ("(Southwood permit)").
        clause.polarity = "permit";
        clause.scope = "matter";
        reading.asMatter = true;
        const paren = MATTER_PAREN.exec(text)?.[1] ?? "";
        const source = [
          onMatter[1],
          (ACTS_ON.exec(sentence) ?? (s > 0 ? ACTS_ON.exec(sentences[s - 1]!) : null))?.[1],
          paren.split(/\s+/).length <= MAX_PAREN_WORDS && !ACTS_ON.test(paren) ? paren : "",
        ].join(" ");
        clause.words = content(
          source,
          (w) =>
            isOwn(w) ||
            name.indexOf(w) >= 0 ||
            ANY_MATTER.test(w) ||
            WHO.test(w) ||
            MATTER_QUALIFIER.test(w),
        );
        // Round 33 (analysis-h31 G5): "that matter" points back to the matter the clause before
        // names ("Our arbitration against Estiba Sur is about that strike - discuss it as
        // needed within that matter"): its words before "is about".
        if (
          clause.words.length === 0 &&
          /^(?:that|this)\b/i.test(
            onMatter[0].split(/\s+(?:in|within|inside|for|on|to)\s+/i).pop() ?? "",
          )
        ) {
          const before = previous?.text ?? text.slice(0, onMatter.index);
          const pointed = POINTED_MATTER.exec(before);
          const subject = pointed?.[1] ?? pointed?.[2] ?? "";
          clause.words = content(
            subject,
            (w) => isOwn(w) || name.indexOf(w) >= 0 || ANY_MATTER.test(w) || WHO.test(w),
          );
        }
        for (const w of clause.words)
          if (reading.matters.length < MAX_TERMS && reading.matters.indexOf(w) < 0)
            reading.matters.push(w);
      } else if (matter && (topic || about) && !OPENS_BAN.test(text)) {
        clause.polarity = "permit";
        clause.scope = "matter";
        clause.words = content(matter[1]!, (w) => isOwn(w) || name.indexOf(w) >= 0);
        for (const w of clause.words)
          if (reading.matters.length < MAX_TERMS) reading.matters.push(w);
      } else if (
        UNLESS_RAISED.test(text) &&
        /^\(?\s*unless\b/i.test(text) &&
        previous?.polarity === "forbid" &&
        (previous.topic || BACK.test(previous.text))
      ) {
        // Round 31: "… unless they do": the ban holds until the client raises the topic.
        clause.polarity = "permit";
        clause.scope = "matter";
        reading.unlessRaised = true;
      } else if (bans || FORBID.test(text)) {
        clause.polarity = "forbid";
        forbids = forbids || topic;
        // Round 31: "… schooling (unless she raises it)": the condition inside the ban.
        if ((topic || BACK.test(text)) && UNLESS_RAISED.test(text)) reading.unlessRaised = true;
        // Round 30: a matter the ban's parenthesis sets apart is one the topic may be raised in.
        const apart = topic ? SET_APART.exec(text) : null;
        BAN_VERB.lastIndex = 0;
        if (apart && !FORBID.test(apart[2]!) && !BAN_VERB.test(apart[2]!)) {
          for (const w of content(
            apart[1]!,
            (w) => isOwn(w) || name.indexOf(w) >= 0 || ANY_MATTER.test(w) || WHO.test(w),
          ))
            if (reading.matters.length < MAX_TERMS && reading.matters.indexOf(w) < 0)
              reading.matters.push(w);
        }
        // A ban on the topic by its own word cancels a work permission of its sentence.
        if (names(text)) cancelled.add(s);
      } else if (
        previous &&
        POINTS_BACK.test(text) &&
        previous.polarity === "none" &&
        previous.objects.length === 0 &&
        !FORBID.test(previous.text) &&
        (about || names(previous.text))
      ) {
        clause.polarity = "permit";
        clause.scope = "work";
        works.push({ sentence: s, text: previous.text, clause, source: previous });
        return;
      } else if (work) {
        clause.polarity = "permit";
        clause.scope = "work";
        if (MUST_NAME.test(text)) reading.namesIt = true;
        // (Not an adverb before the predicate: "… obviously has to discuss it".)
        works.push({
          sentence: s,
          text: text.slice(0, work.index).replace(/\s+[a-z]+ly\s*$/i, ""),
          clause,
        });
        return;
      }
      // Round 21: a clause that permits no work and speaks of a topic (its word, or marked
      // sensitive) defines it; its words are never permitted work.
      if (clause.scope !== "sense" && (SENSITIVE.test(text) || names(text) || named(text)))
        for (const w of words(text).map(stem))
          if (w.length >= 4 && defined.length < MAX_DEFINED)
            defined.push({ stem: w, from: clause });
    });
  });
  for (const { sentence, text, clause, source } of works) {
    if (cancelled.has(sentence)) {
      clause.polarity = "none";
      clause.scope = undefined;
      continue;
    }
    const stems = content(
      text,
      (w) =>
        isOwn(w) ||
        name.some((n) => sameStem(n, w)) ||
        defined.some((d) => d.from !== source && sameStem(d.stem, w)),
    );
    clause.words = stems;
    for (const w of stems)
      if (reading.work.length < MAX_TERMS && reading.work.indexOf(w) < 0) reading.work.push(w);
  }
  return reading;
}
