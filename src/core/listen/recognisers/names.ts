/**
 * How the writer wants to be addressed (preferredName) and the forms they do not want
 * (avoidNames): "please call me Kate", "it's Catriona, not Katrina", "Only the IRS calls me
 * Patricia", "my name is written Jürgen", "I really dislike 'Liz'".
 *
 * A name heard must be the writer's own: a form of their name (the From name, the address, the
 * name they sign with: "Rob" for Robert, "Tunde" for Babatunde, a misspelling such as "Ciara"
 * for Chiara) or stated in the first person ("call me Hal"). "Our CEO hates being called Chris.
 * It's Christopher, always." names someone else and is never heard. Giving one's plain first name
 * ("you're welcome to call me Graham") is only worth recording when the message corrects a wrong
 * form or a spelling.
 */
import { distance } from "fastest-levenshtein";
import { isNameVariant, nameKey } from "../../text";
import type { ReadMessage } from "../message";
import type { Candidate, ClauseContext } from "../recogniser";
import { LONGEST_CLAUSE, type Clause } from "../sentences";

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+`;
/** One name as written: a capitalised word, with a title when it has one ("Ms Zhang"). */
const NAME = String.raw`((?:${TITLE})?[\p{Lu}][\p{L}\p{M}'-]*(?:-[\p{Lu}][\p{L}\p{M}'-]*)?)`;
const Q = String.raw`["']?`;

// Capitalised words that are not names where these patterns look for one.
const NOT_A_NAME = new Set(
  "i it its it's the this that these those please thanks thank just and or but only never not no yes mum mom dad mother father email e-mail phone teams zoom webex signal whatsapp post sir madam dear hi hello team all everyone anyone nobody friday monday tuesday wednesday thursday saturday sunday january february march april may june july august september october november december god".split(
    " ",
  ),
);

function re(source: string, flags = "gu"): RegExp {
  return new RegExp(source, flags);
}

// The writer's name as they want it. Strong patterns say "me"; weak ones need a name that is a
// form of the writer's own.
const PREFERRED_STRONG: readonly RegExp[] = [
  re(String.raw`\b(?:[Cc]all|[Aa]ddress)\s+me\s+(?:as\s+)?${Q}${NAME}`),
  re(
    String.raw`\b(?:[Ee]veryone|[Ee]verybody|[Mm]ost\s+people|[Pp]eople|[Ff]riends|[Mm]y\s+friends|[Cc]olleagues)\s+(?:here\s+|just\s+|usually\s+)?calls?\s+me\s+${Q}${NAME}`,
  ),
  re(String.raw`\bI\s+go\s+by\s+${Q}${NAME}`),
  // "I'm Bea to everyone"
  re(
    String.raw`\bI'm\s+${Q}${NAME}${Q}\s+to\s+(?:everyone|everybody|most\s+people|my\s+friends|friends|colleagues)\b`,
  ),
  // "I'd prefer it if you called me Megge", "I'd rather people called me Meg"
  re(
    String.raw`\b(?:prefer|rather|like|love)\s+(?:it\s+)?(?:if\s+)?(?:you|people|everyone|your\s+team)\s+(?:would\s+)?call(?:ed)?\s+me\s+${Q}${NAME}`,
  ),
];
const PREFERRED_WEAK: readonly RegExp[] = [
  // "I prefer Meg to Megge"
  re(
    String.raw`\bI\s+(?:much\s+|really\s+)?prefer\s+${Q}${NAME}${Q}\s+(?:to|over|rather\s+than)\s+${Q}[\p{Lu}]`,
  ),
  // "my name's Siobhán, with the fada": a correction of one's own name, not an introduction
  re(
    String.raw`\b[Mm]y\s+name(?:'s|\s+is)\s+(?:(?:written|spelt|spelled|actually|in\s+fact)\s+)*${Q}${NAME}`,
  ),
  re(String.raw`\b(?:[Ii]t's|[Ii]t\s+is|[Ii]ts)\s+${Q}${NAME}`),
  re(String.raw`\bI'm\s+${Q}${NAME}(?!'s)`),
  re(String.raw`^(?:[Pp]lease,?\s+)?${Q}${NAME}${Q},?\s+please\b`),
  re(String.raw`^[Pp]lease,\s+${NAME}[.!]?$`),
  re(
    String.raw`(?:^|[,;]\s+(?:and\s+|but\s+)?)${Q}${NAME}${Q}\s+is\s+(?:fine|good|great|perfect|ok|okay|best)\b`,
  ),
  re(String.raw`\bor\s+just\s+${Q}${NAME}`),
];

// Forms the writer does not want.
const AVOIDED_STRONG: readonly RegExp[] = [
  // "You spelt my surname Andersen again", "my name was written as 'Jurgen'"
  re(
    String.raw`\b(?:spelt|spelled|misspelt|misspelled|written|wrote|typed|put)\s+my\s+(?:sur|first\s+|given\s+)?name\s+(?:as\s+)?${Q}${NAME}`,
  ),
  re(
    String.raw`\b(?:[Ss]top|[Dd]on't|[Dd]o\s+not|[Nn]ever)\s+(?:calling|call|addressing|address|writing\s+to)\s+me\s+(?:as\s+)?${Q}${NAME}`,
  ),
  re(String.raw`\b[Oo]nly\s+(?:[\p{L}']+\s+){1,6}?call(?:s|ed)?\s+me\s+${Q}${NAME}`),
  re(
    String.raw`\b(?:dislike|hate|loathe|detest|can't\s+stand|cannot\s+stand|can't\s+bear|can't\s+abide|don't\s+like|do\s+not\s+like|not\s+(?:a\s+|much\s+of\s+a\s+)?(?:big\s+)?fan\s+of|not\s+keen\s+on)\s+(?:being\s+(?:called|addressed\s+as)\s+)?${Q}${NAME}`,
  ),
];
const AVOIDED_WEAK: readonly RegExp[] = [
  re(String.raw`(?:^|[\s,;(-])(?:[Nn]ot|[Nn]ever|rather\s+than|instead\s+of)\s+${Q}${NAME}`),
  re(
    String.raw`${Q}${NAME}${Q}\s+(?:is|was)\s+(?:wrong|incorrect|not\s+(?:correct|right)|a\s+typo|a\s+misspelling)`,
  ),
  re(String.raw`${Q}${NAME}${Q}\s+without\s+(?:it|the\s+[\p{L}]+)\b`),
];
// "Only Mum called me that": the form named just before.
const AVOIDED_THAT = re(
  String.raw`\b[Oo]nly\s+(?:[\p{L}']+\s+){1,6}?call(?:s|ed)?\s+me\s+(?:that|it)\b`,
);
const ADDRESSED_AS = re(String.raw`\b(?:Dear|Hi|Hello)\s+${NAME}`);
const QUOTED_NAME = re(String.raw`["']${NAME}["']`);

// Words without which no pattern below can match: most clauses are dismissed by one test.
const PREFERRED_TRIGGER =
  /\b(?:call|calls|called|it's|it\s+is|its|i'm|please|prefer|rather|like|love|go\s+by|name|name's|fine|good|great|perfect|ok|okay|best|just)\b/i;
const AVOIDED_TRIGGER =
  /\b(?:not|never|rather|instead|stop|don't|do\s+not|only|dislike|hate|loathe|detest|stand|bear|abide|like|fan|keen|wrong|incorrect|correct|typo|misspelling|without|spelt|spelled|misspelt|misspelled|written|wrote|typed|put|had)\b|["']/i;

// Two forms offered as equal, or a form kept for formal documents: not a preference to record.
const INDIFFERENT = /\bwhichever\b|\beither\s+is\s+fine\b/i;
const FORMAL_ONLY = /^\s+(?:in|for|on)\s+(?:anything\s+)?(?:formal|official|court|legal)\b/i;
const SPELLING_NOTE =
  /\b(?:with\s+(?:an?|the)\s+[\p{L}]+|no\s+[a-z]\b|spel(?:t|led)|written|accent|fada|umlaut|typo)\b/iu;

interface SenderNames {
  /** Folded forms of the writer's names: From name words, address words, sign-off words. */
  forms: string[];
  /** The first given name as written in the From header. */
  first: string;
  /** The surname as written in the From header, when it has more than one word. */
  last: string;
}

const cache = new WeakMap<ReadMessage, SenderNames>();

function senderNames(read: ReadMessage): SenderNames {
  let names = cache.get(read);
  if (names) return names;
  const words = read.sender.name
    .split(/[\s,]+/)
    .filter((w) => /\p{Ll}/u.test(w) && !new RegExp(`^${TITLE}$`).test(`${w} `));
  const local = read.sender.address.split("@")[0] ?? "";
  const signed = read.signOffNames.flatMap((n) => n.split(/\s+/));
  const forms = [...words, ...local.split(/[._+-]+/), ...signed]
    .map((w) => nameKey(w))
    .filter((w) => w.length >= 2);
  // With no From name, the name they sign with is their plain first name.
  names = {
    forms: [...new Set(forms)],
    first: words[0] ?? signed[0] ?? "",
    last: words.length > 1 ? words[words.length - 1]! : "",
  };
  cache.set(read, names);
  return names;
}

function bare(name: string): string {
  return name.replace(new RegExp(`^${TITLE}`), "");
}

/** A form of the writer's own name: equal, a shortening, a spelling variant, or how they sign. */
function isOwnName(name: string, read: ReadMessage): boolean {
  const key = nameKey(bare(name));
  if (key.length < 2 || NOT_A_NAME.has(bare(name).toLowerCase())) return false;
  for (const form of senderNames(read).forms) {
    if (key === form) return true;
    // A shortening: "Rob" of Robert, "Kate" of Katherine, "Liz" of Elizabeth, "Tunde" of Babatunde.
    const at = key.length >= 3 ? form.indexOf(key.slice(0, 3)) : -1;
    if (
      at === 0 ||
      (at > 0 && at <= 2 && key.length <= 6) ||
      (key.length >= 4 && form.endsWith(key))
    )
      return true;
    if (form.length >= 3 && key.length >= 4 && isNameVariant(key, form)) return true;
  }
  return false;
}

/** A slip of the keyboard: one letter off (two in long names), starting alike. */
function misspells(written: string, own: string): boolean {
  if (isNameVariant(written, own)) return true;
  const longest = Math.max(written.length, own.length);
  if (longest < 4 || written[0] !== own[0]) return false;
  return distance(written, own) <= (longest >= 7 ? 2 : 1);
}

function usable(name: string): boolean {
  if (/'s$/.test(name)) return false;
  return !NOT_A_NAME.has(bare(name).toLowerCase()) && /\p{Ll}/u.test(bare(name).slice(1) || "a");
}

interface NameMatch {
  name: string;
  start: number;
  end: number;
}

function matchesOf(patterns: readonly RegExp[], text: string): NameMatch[] {
  const found: NameMatch[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m[1]!.replace(/'$/, "");
      found.push({ name, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

// "Only my mother calls me Robert", "nobody calls me that", "don't call me Bob": the opposite.
const NEGATED_BEFORE =
  /\b(?:only|nobody|no\s+one|never|don't|do\s+not|stop|not|hate|dislike)\b[^.;,]*$/i;

/** A headline ("We Will Never Forget"): capitalised words tell nothing about names there. */
function titleCase(text: string): boolean {
  const words = (text.match(/[\p{L}']+/gu) ?? []).slice(1);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

interface Heard {
  field: "preferredName" | "avoidNames";
  value: string;
  clause: Clause;
}

const heardCache = new WeakMap<ReadMessage, Heard[]>();

/** Every name preference in the message, decided once with the whole message in view. */
function heardIn(read: ReadMessage): Heard[] {
  let heard = heardCache.get(read);
  if (heard) return heard;
  heard = [];
  const preferredAt = new Set<number>();
  for (const sentence of read.sentences) {
    if (titleCase(sentence.text) || INDIFFERENT.test(sentence.text)) continue;
    for (const clause of sentence.clauses) {
      const text = clause.text;
      if (text.length > LONGEST_CLAUSE || !PREFERRED_TRIGGER.test(text)) continue;
      for (const strong of [true, false]) {
        for (const { name, start, end } of matchesOf(
          strong ? PREFERRED_STRONG : PREFERRED_WEAK,
          text,
        )) {
          if (!usable(name) || FORMAL_ONLY.test(text.slice(end))) continue;
          if (NEGATED_BEFORE.test(text.slice(0, start))) continue;
          if (!strong && !isOwnName(name, read)) continue;
          heard.push({ field: "preferredName", value: name, clause });
          preferredAt.add(sentence.index);
        }
      }
    }
  }
  for (const sentence of read.sentences) {
    if (titleCase(sentence.text)) continue;
    // A form is avoided beside a name the writer gives for themself ("Rob is fine. Just never
    // Bobby."), or when it is a form of their own name.
    const inNameTalk = [-1, 0, 1].some((d) => preferredAt.has(sentence.index + d));
    for (const clause of sentence.clauses) {
      const text = clause.text;
      if (text.length > LONGEST_CLAUSE || !AVOIDED_TRIGGER.test(text)) continue;
      for (const { name } of matchesOf(AVOIDED_STRONG, text)) {
        if (usable(name) && (isOwnName(name, read) || inNameTalk))
          heard.push({ field: "avoidNames", value: name, clause });
      }
      for (const { name } of matchesOf(AVOIDED_WEAK, text)) {
        if (!usable(name)) continue;
        if (
          isOwnName(name, read) ||
          (inNameTalk && /\b(?:[Nn]ot|[Nn]ever|rather\s+than|instead\s+of)\s/.test(text))
        ) {
          heard.push({ field: "avoidNames", value: name, clause });
        }
      }
      // "I've had "Ciara" twice this month": a quoted misspelling of the writer's name.
      QUOTED_NAME.lastIndex = 0;
      for (let m = QUOTED_NAME.exec(text); m; m = QUOTED_NAME.exec(text)) {
        const name = m[1]!;
        if (
          /^\s*(?:is|are|would\s+be)\s+(?:acceptable|fine|ok|okay|good|correct)\b/i.test(
            text.slice(m.index + m[0].length),
          )
        )
          continue;
        const key = nameKey(bare(name));
        const variant = senderNames(read).forms.some(
          (form) => form.length >= 3 && key !== form && misspells(key, form),
        );
        if (variant && inNameTalk) heard.push({ field: "avoidNames", value: name, clause });
      }
      AVOIDED_THAT.lastIndex = 0;
      if (AVOIDED_THAT.test(text)) {
        const before = read.sentences[sentence.index - 1]?.text ?? "";
        ADDRESSED_AS.lastIndex = 0;
        const addressed = ADDRESSED_AS.exec(before);
        if (addressed && usable(addressed[1]!)) {
          heard.push({ field: "avoidNames", value: addressed[1]!, clause });
        }
      }
    }
  }
  heard = withCorrections(heard, read);
  heardCache.set(read, heard);
  return heard;
}

/**
 * The plain first name counts only beside a correction; an accented name makes its unaccented
 * spelling, when the message names it, a form to avoid; no name is both wanted and avoided.
 */
function withCorrections(heard: Heard[], read: ReadMessage): Heard[] {
  const avoided = heard.filter((h) => h.field === "avoidNames");
  const result: Heard[] = [];
  let preferred = false;
  const first = senderNames(read).first;
  for (const h of heard) {
    if (h.field === "preferredName") {
      // Giving one's own name ("My name is Shannon and I am your new…") is an introduction
      // unless the message corrects something.
      const plain = h.value === first || /\bname(?:'s|\s+is)\b/i.test(h.clause.text);
      if (plain && avoided.length === 0 && !SPELLING_NOTE.test(h.clause.text)) continue;
      if (avoided.some((a) => a.value === h.value)) continue;
      // A bare surname ("it's Anderson, with an o") corrects a spelling; it is not a form of address.
      if (h.value === senderNames(read).last && !/\s/.test(h.value)) continue;
      // One name to be addressed by: the first the message gives.
      if (preferred) continue;
      preferred = true;
      result.push(h);
      const unaccented = h.value.normalize("NFD").replace(/\p{M}/gu, "");
      if (unaccented !== h.value) {
        const mention = read.sentences.find((s) =>
          new RegExp(`\\b${unaccented}\\b`, "u").test(s.text),
        );
        if (mention) {
          const clause = mention.clauses.find((c) => c.text.includes(unaccented)) ?? h.clause;
          result.push({ field: "avoidNames", value: unaccented, clause });
        }
      }
    } else if (!heard.some((p) => p.field === "preferredName" && p.value === h.value)) {
      result.push(h);
    }
  }
  return result;
}

export function recogniseNames(context: ClauseContext): Candidate[] {
  return heardIn(context.read)
    .filter((h) => h.clause === context.clause)
    .map((h) => ({ field: h.field, value: h.value, holder: "self" as const }));
}
