/**
 * What the firm should not mention: a rival's brand (competitors) or a subject (avoidTopics).
 * "please don't mention Nestlé in anything you send us. They are our biggest rival" is a brand;
 * "please don't ask after my health", "no crypto small talk", "I'd rather we didn't get into the
 * referendum" are topics. A capitalised name counts as a brand only where something says so (a
 * rival, a competitor, a brand, a neutral name to use instead, or "don't name X" in all
 * correspondence); otherwise it is left alone rather than guessed.
 */
import type { ReadMessage } from "../message";
import type { Candidate, ClauseContext } from "../recogniser";
import { LONGEST_CLAUSE, type Clause, type Sentence } from "../sentences";

const BRAND_WORD = String.raw`[\p{Lu}][\p{L}\p{N}'.-]*`;
const BRAND = String.raw`${BRAND_WORD}(?:(?:\s+&\s+|\s+)${BRAND_WORD})*`;
/** Brands joined by commas, "or", "and". */
const BRANDS = String.raw`(?<brands>${BRAND}(?:\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)${BRAND})*)`;
// A brand ends where the sentence moves on: "the Aldi offer" names an offer, not Aldi.
const BRAND_END = String.raw`(?=\s*(?:[,.;:!?)"-]|$)|\s+(?:in|anywhere|to|with|from|at|on|out|even|again|or|any|as|by|when|unless|until|ever|at\s+all|either)\b)`;
/** What a subject is kept out of: communication, not "the bad guys out of your PC". */
const OUT_OF = String.raw`out\s+of\s+(?:(?:the|our|my|your|any|all|every|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:correspondence|e-?mails?|letters?|updates?|meetings?|conversations?|discussions?|calls?|training|slides?|decks?|papers?|documents?|drafts?|reports?|minutes|anything|everything|dealings|small\s+talk|materials?|briefings?|invit(?:e|ation)s?|statements?|memos?|notes?|packs?|presentations?|pitch(?:es)?|newsletters?|business)\b`;
const MENTION = String.raw`(?:mention(?:ing)?|nam(?:e|ing)|referenc(?:e|ing)|refer(?:ring)?\s+to|cit(?:e|ing)|quot(?:e|ing)|includ(?:e|ing))`;

// Frame words may open the clause ("Don't mention…") or sit inside it ("please don't mention…").
const NEVER = String.raw`(?:[Dd]on't|[Dd]o\s+not|[Nn]ever|[Nn]ot|[Dd]idn't|[Dd]id\s+not|[Ww]on't|[Ww]ill\s+not|(?<!\bto\s)[Aa]void|[Rr]efrain\s+from)`;

const COMPETITOR_FRAMES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${NEVER}\s+(?:ever\s+)?(?<verb>${MENTION})\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  new RegExp(
    String.raw`\b[Nn]o\s+(?<verb>mention|reference)s?\s+(?:of|to)\s+${BRANDS}${BRAND_END}`,
    "gu",
  ),
  // "Heineken must not be mentioned in anything you send us"
  new RegExp(
    String.raw`(?:^|[\s,:;(])(?:the\s+name\s+)?${BRANDS}\s+(?:must|should|may|can|is\s+not\s+to|are\s+not\s+to)(?:n't|\s+not|\s+never)?\s*(?:be\s+)?(?<verb>mentioned|named|referenced|referred\s+to|cited|appear)\b`,
    "gu",
  ),
  new RegExp(String.raw`\b(?<verb>[Kk]eep|want|like|have)\s+${BRANDS}\s+${OUT_OF}`, "gu"),
];
// The same, pointing back at brands named before: "please don't name them", "refer to them as
// "the competitor"", "I do not want their names in any document".
const COMPETITOR_POINTERS =
  /\b(?:(?:don't|do\s+not|never)\s+(?:to\s+)?(?:mention|name|reference|refer\s+to)\s+(?:them|it)\b|refer\s+to\s+(?:them|it)\s+as\s+["']|call\s+them\s+["']|(?:don't|do\s+not)\s+want\s+their\s+names?\s+in\b)/i;
// Something says it is a rival: a competitor, a brand, or a neutral name to use for it.
const RIVAL =
  /\b(?:rivals?|competitors?|competing|compete|competition|brands?|market\s+leaders?|category\s+leaders?|incumbent|other\s+operators?)\b|\b(?:call|refer\s+to|describe)\s+(?:them|it)\s+(?:as\s+)?["']|["'][^"']{2,40}["']\s+(?:works|will\s+do|is\s+fine)\b/i;
// Said of all correspondence: "in anything you send us", "in correspondence with us, even in passing".
const EVERYWHERE =
  /\b(?:in\s+anything|anywhere|in\s+any\s+\w+|in\s+correspondence|addressed\s+to\s+us|with\s+us|to\s+us|even\s+in\s+passing|internally\s+or\s+externally)\b/i;
const ORGANISATION_SUFFIX =
  /\s(?:Ltd|Limited|Inc|plc|PLC|LLC|LLP|Group|Holdings|Co|Corp|GmbH|SA|AG|NV|BV)\.?$/;
// "Gerald Marsh or his tenure": a person, a subject to avoid rather than a brand.
const PERSON_AFTER = /^\s*(?:or|and|,)\s+(?:his|her)\b|^'s\s+(?:tenure|time|role|departure|case)/i;

const NOT_BRANDS = new Set(
  "I The This That These Those It They We You He She Our Their His Her My Your Please Thanks Also And Or But Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs Ms Dr".split(
    " ",
  ),
);

function splitBrands(list: string): string[] {
  return list
    .split(/\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+/u)
    .map((b) => b.trim())
    .filter((b) => b !== "" && !NOT_BRANDS.has(b.split(/\s+/)[0]!));
}

/** Words of the writer's own organisation, from their address: never a rival of theirs. */
function ownWords(read: ReadMessage): Set<string> {
  const labels = read.sender.domain.split(".").slice(0, -1).join("-");
  return new Set(labels.split(/[-.]+/).filter((w) => w.length >= 3));
}

function isOwn(brand: string, read: ReadMessage): boolean {
  const own = ownWords(read);
  return brand
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => own.has(w));
}

function near(context: ClauseContext, pattern: RegExp): boolean {
  const after = context.read.sentences.slice(
    context.sentence.index + 1,
    context.sentence.index + 3,
  );
  const around = [context.sentence, ...context.previous, ...after].filter(
    (s): s is Sentence => s !== undefined,
  );
  return around.some((s) => pattern.test(s.text));
}

/** Capitalised names a previous sentence introduced (not at its start), for "them". */
function brandsBefore(context: ClauseContext): string[] {
  const sources = [
    context.sentence.text.slice(0, context.clause.start - context.sentence.start),
    ...context.previous.map((s) => s.text),
  ];
  for (const text of sources) {
    if (text.length > 2 * LONGEST_CLAUSE) continue;
    // A greeting ("Hi Jo,") names the firm's lawyer, not a rival.
    if (/^(?:hi|hello|dear|hey|morning|afternoon)\b[^.!?]{0,30},?\s*$/i.test(text.trim())) continue;
    const found: string[] = [];
    // A proper name ends where lower-case words or punctuation resume.
    const pattern = new RegExp(
      String.raw`(?<=[\s("])${BRAND}(?=\s+[\p{Ll}]|[,.;:)"!?]|\s*$)`,
      "gu",
    );
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text.slice(0, m.index);
      if (/(?:^|[.!?]\s+)$/.test(before.trimEnd() + " ") && before.trim() === "") continue;
      for (const brand of splitBrands(m[0])) if (!found.includes(brand)) found.push(brand);
    }
    if (found.length > 0) return found;
  }
  return [];
}

// Words without which no brand is refused: most clauses are dismissed by this one test.
const COMPETITOR_TRIGGER =
  /\b(?:mention|name|naming|referenc|refer|cite|citing|quot|includ|keep|want|like|have|them|their)/i;

const competitorsOf = new WeakMap<Clause, Candidate[]>();

export function recogniseCompetitors(context: ClauseContext): Candidate[] {
  const known = competitorsOf.get(context.clause);
  if (known) return known;
  const found = COMPETITOR_TRIGGER.test(context.clause.text) ? competitorsIn(context) : [];
  competitorsOf.set(context.clause, found);
  return found;
}

function competitorsIn(context: ClauseContext): Candidate[] {
  const { clause, read } = context;
  const text = clause.text;
  const found: Candidate[] = [];
  for (const frame of COMPETITOR_FRAMES) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      const verb = m.groups!.verb!.toLowerCase();
      const after = text.slice(m.index + m[0].length);
      if (PERSON_AFTER.test(after)) continue;
      for (const brand of splitBrands(m.groups!.brands!)) {
        const said =
          near(context, RIVAL) ||
          ORGANISATION_SUFFIX.test(brand) ||
          (/^nam/.test(verb) && EVERYWHERE.test(context.sentence.text));
        if (!said || isOwn(brand, read)) continue;
        found.push({ field: "competitors", value: brand.replace(/[.']+$/, ""), holder: "org" });
      }
    }
  }
  if (found.length === 0 && COMPETITOR_POINTERS.test(text) && near(context, RIVAL)) {
    for (const brand of brandsBefore(context)) {
      if (!isOwn(brand, read)) found.push({ field: "competitors", value: brand, holder: "org" });
    }
  }
  return found;
}

// ------------------------------------------------------------------------------------------
// Topics
// ------------------------------------------------------------------------------------------

const TOPIC = String.raw`((?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|any\s+)?["']?[\p{L}\p{N}][\p{L}\p{N}'-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'-]*){0,4}?)`;
const TOPIC_END = String.raw`(?=["']?\s*(?:[,.;:!?)]|$|\s+-\s)|["']?\s+(?:in|at|with|when|unless|until|to|for|from|during|over|because|as|since|or|and|out|again|anymore|any\s+more|altogether|please|either|whatsoever|ever)\b)`;
// "not to mention" is an idiom ("let alone"), never a request.
const NOT = String.raw`(?:don't|do\s+not|never|not\s+to(?!\s+mention)|stop|no\s+need\s+to(?!\s+(?:send|write|update|give|provide))|please\s+no\s+more|(?<!\bto\s)avoid|refrain\s+from|(?:you|we|people|your\s+team)\s+(?:didn't|did\s+not|wouldn't|would\s+not|could\s+avoid|would\s+avoid))`;
const TALK = String.raw`(?:ask(?:ing)?\s+(?:me\s+|us\s+|them\s+|anyone\s+)?(?:about|after)|bring(?:ing)?\s+up|rais(?:e|ing)|mention(?:ing)?|comment(?:ing)?\s+on|referenc(?:e|ing)|discuss(?:ing)?|talk(?:ing)?\s+(?:to\s+(?:me|us)\s+)?about|get(?:ting)?\s+into|go(?:ing)?\s+into|dwell(?:ing)?\s+on|open(?:ing)?\s+(?:every|each|our)\s+\w+\s+with)`;

const TOPIC_FRAMES: readonly RegExp[] = [
  // "please steer clear of politics", "keep off the subject of the merger"
  new RegExp(
    String.raw`\b(?:steer\s+(?:well\s+)?clear\s+of|(?:keep|stay)\s+(?:well\s+)?(?:off|clear\s+of|away\s+from)\s+the\s+(?:subject|topic)\s+of)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(String.raw`\b${NOT}\s+(?:ever\s+)?${TALK}\s+${TOPIC}${TOPIC_END}`, "giu"),
  new RegExp(
    String.raw`\brather\s+(?:we|you)\s+(?:didn't|did\s+not|don't|do\s+not|never)\s+${TALK}\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(String.raw`\brather\s+not\s+${TALK}\s+${TOPIC}${TOPIC_END}`, "giu"),
  new RegExp(String.raw`\b(?:keep|leave)\s+${TOPIC}\s+${OUT_OF}`, "giu"),
  // "no crypto small talk", "no need for the football chat", "spare me the cricket chat"
  new RegExp(
    String.raw`\b(?:no|spare\s+(?:me|us))\s+(?:need\s+for\s+|more\s+)?${TOPIC}\s+(?:small\s+talk|chat|chatter|talk|questions|jokes|banter)\b`,
    "giu",
  ),
  // "the merger must not be mentioned", "the strikes shouldn't be raised"
  new RegExp(
    String.raw`(?:^|[,;:]\s*|\band\s+)${TOPIC}\s+(?:must|should|may)\s*(?:not|never|n't)\s+be\s+(?:raised|mentioned|discussed|brought\s+up|referred\s+to)`,
    "giu",
  ),
  new RegExp(
    String.raw`\bavoid\s+(?:any\s+|all\s+)?(?:reference|references|mention|mentions|discussion)\s+(?:to|of)\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(
    String.raw`\b(?:don't|do\s+not|never)\s+use\s+the\s+words?\s+${TOPIC}${TOPIC_END}`,
    "giu",
  ),
  new RegExp(
    String.raw`\b(?:ask|request)\s+that\s+${TOPIC}\s+(?:isn't|is\s+not|not\s+be|won't\s+be|is\s+never)\s+(?:raised|mentioned|discussed|referred\s+to|brought\s+up)`,
    "giu",
  ),
];
// "Please keep it out of the updates": "it" is the word just named ("the word Brexit").
const TOPIC_POINTER = new RegExp(String.raw`\b(?:keep|leave)\s+(?:it|that|them)\s+${OUT_OF}`, "i");
const NAMED_WORD =
  /\bthe\s+(?:word|term|subject|topic)\s+(?:"([^"]{2,40})"|'([^']{2,40})'|([\p{L}\p{N}-]+))/iu;

const TO_SOMEONE_ELSE =
  /^\s*(?:to|with|in\s+front\s+of)\s+(?:the\s+(?!board\b|team\b|staff\b)[\w-]+|their\s+\w+|his\s+\w+|her\s+\w+|anyone\s+(?:at|from|outside)|any\s+of\s+them|him|her|them|the\s+press|journalists|[A-Z][\w-]+)\b/;

const BY_CHANNEL =
  /^\s*(?:over|by|via|on|in)\s+(?:the\s+)?(?:e-?mail|phone|telephone|text|writing|whatsapp|teams|zoom|signal|chat)\b/i;

const VAGUE =
  /^(?:it|this|that|these|those|them|anything|everything|something|nothing|stuff|things?|work|me|us|you|him|her|anyone|one|this\s+one|that\s+one|up|details?|numbers?)$/i;

function topicValue(raw: string): string | undefined {
  const value = raw
    .replace(/^["']+|["']+$/g, "")
    .replace(/^(?:the|my|our|his|her|their|any|all)\s+/i, "")
    .replace(
      /\s+(?:small\s+talk|chat|chatter|talk|questions|jokes|banter|thing|things|issue|subject|topic)$/i,
      "",
    )
    .trim();
  if (value === "" || VAGUE.test(value) || value.split(/\s+/).length > 5) return undefined;
  return value;
}

// Words without which no topic is refused.
const TOPIC_TRIGGER =
  /\b(?:don't|do\s+not|never|not|stop|avoid|refrain|rather|keep|leave|no|spare|word|words|ask|request|steer|stay|must|should|may|didn't|wouldn't|need)\b/i;

export function recogniseTopics(context: ClauseContext): Candidate[] {
  const text = context.clause.text;
  const found: Candidate[] = [];
  if (!TOPIC_TRIGGER.test(text)) return found;
  const brands = recogniseCompetitors(context).map((c) => c.value);
  for (const frame of TOPIC_FRAMES) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      const raw = m[1]!;
      const after = text.slice(m.index + m[0].length);
      // A brand in a mention frame is the competitor recogniser's, unless it is a person's name.
      if (
        /^[\p{Lu}]/u.test(raw) &&
        /\b(?:mention|name|referenc|refer)/i.test(m[0]) &&
        !PERSON_AFTER.test(after)
      )
        continue;
      // "We don't mention the figure in the press release" describes a practice; a request to the
      // firm is imperative ("please don't…") or says it holds everywhere ("in anything to us").
      const stated = /(?<!\b(?:could|can|would|shall|should|if)\s)\b(?:we|i|they)\s*$/i.test(
        text.slice(0, m.index),
      );
      const asked =
        EVERYWHERE.test(text) ||
        /\b(?:do|did|doing)\s+the\s+same\b|\bfollow\s+suit\b/i.test(context.sentence.text);
      if (stated && !asked) continue;
      // "Please don't mention the price to the tenant": kept from someone else, not from the client.
      if (TO_SOMEONE_ELSE.test(after)) continue;
      const value = topicValue(raw);
      if (!value || brands.some((brand) => value.includes(brand))) continue;
      // "Please don't discuss the acquisition over email": the medium is refused, not the subject.
      if (BY_CHANNEL.test(after)) continue;
      found.push({
        field: "avoidTopics",
        value,
        ...(/^my\s/i.test(raw) ? { holder: "self" as const } : {}),
      });
    }
  }
  if (found.length === 0 && TOPIC_POINTER.test(text)) {
    for (const before of context.previous) {
      const named = NAMED_WORD.exec(before.text);
      if (named) {
        const value = topicValue(named[1] ?? named[2] ?? named[3]!);
        // Whose it is follows the sentence that named it ("if I never hear the word Brexit…").
        const holder = /\b(?:i|me|my|i'm|i'd)\b/i.test(before.text) ? ("self" as const) : undefined;
        if (value) found.push({ field: "avoidTopics", value, ...(holder ? { holder } : {}) });
        break;
      }
    }
  }
  return found;
}
