/**
 * A list entry as firms really write it: the thing, then a note on it. "strikes (industrial action
 * by dock and port workers)", "ratings - viewing figures", "Tesco (UK grocery)", "Review of file
 * (any variant)". Read whole, such an entry is one long term that no draft ever contains, so the
 * check that reads the list went silent for the whole profile (round 15: a new firm's blind set
 * wrote every topic so; annotating one list of the dev corpus's profiles took its check's recall
 * from 83–97 % to 0–10 %).
 *
 * The checks therefore take each entry of avoidTopics, competitors and bannedBillingPhrases as its
 * HEAD. A topic's note is kept as what it is, a gloss of the topic, by handing it to the notes'
 * reading (topic-notes.ts) as "<head> or <part>" (the notes' own way of naming a topic otherwise), so its words count only where notes terms
 * count (a remark aimed at the reader), never as the topic itself. Competitors' and phrases'
 * notes are dropped: a brand or a refused entry is its name. A refused entry written as
 * alternatives ("File review or familiarisation") is each of them.
 *
 * Untrusted text: fixed patterns over entries of bounded length; nothing is built from them.
 */
import type { ClientProfile } from "./profile";
import { splitAlternatives } from "./refused-alternatives";

/** "X (note)", "X - note", "X – note", "X: note", "X, e.g. note", "X such as note". */
const ANNOTATED =
  /^(.*?[^\s(:,-])\s*(?:\(([^()]{2,200})\)|\s[-\u2013\u2014]\s+(.{2,200})|:\s+(.{2,200})|,?\s+(?:e\.g\.|i\.e\.|eg|ie|such as|including|incl\.)\s+(.{2,200}))$/i;
/** Only the bracketed note for names: "Marks & Spencer - Food" is not written so, "Coca-Cola" has a hyphen. */
const BRACKETED = /^(.*?\S)\s*\(([^()]{2,200})\)$/;
const MAX_ENTRY = 300;
/** A note that remarks on the topic rather than naming it otherwise: "(sensitive)", "(never!)". */
const REMARK =
  /^(?:(?:very|highly|strictly|extremely|quite|so|please|do\s+not|don't|never|always|ever|at\s+all|avoid|raise|mention|it|this|is|are|a|an|the)\s+)*(?:sensitive|raw|sore|touchy|delicate|confidential|private|personal|painful|difficult|off[-\s]limits|taboo|avoid|never|ongoing|current|important|serious|no[-\s]go)[\s.!]*$/i;

/** An entry's head and its note, if it is written as "head (note)" and the like. */
export function splitAnnotation(
  entry: string,
  bracketsOnly = false,
): { head: string; note?: string } {
  const text = entry.trim();
  const match = text.length <= MAX_ENTRY ? (bracketsOnly ? BRACKETED : ANNOTATED).exec(text) : null;
  if (!match) return { head: text };
  const note = match.slice(2).find((part) => part !== undefined)!;
  return { head: match[1]!.trim(), note: note.trim() };
}

/**
 * Round 20: a competitor entry names the brand in more than one way, as firms write their lists:
 * "Pernod Ricard / Chivas Brothers" (either name), "Instructure (Canvas)" (the company and its
 * product), "Edrington (The Macallan)", "Air Lease Corporation (ALC)", "Arcadia (formerly Burton
 * Group)". Read by its head alone, the other name was silent (h19: 6 of one firm's 26 entries,
 * two of them dead entirely). A bracket of ordinary words stays a note: "Tesco (UK grocery)",
 * "Pepsi (their main rival)", "Aldi (UK)", "Lidl (Germany)", "Acme (Holdings)".
 *
 * Untrusted text: an entry of bounded length gives at most MAX_NAMES names, each a part of it.
 */
const MAX_NAMES = 4;
/** " / " between two names; a slash inside a name ("AT&T/Time Warner" is rare, "24/7" is not) is kept. */
const NAME_SLASH = /\s+\/\s+/;
/** A former or trading name: "(formerly X)", "(previously X)", "(now X)", "(t/a X)", "(aka X)". */
const FORMER =
  /^(?:(?:formerly|previously|now|also)\s+(?:known\s+as|trading\s+as|called)|formerly|previously|prev\.|now|aka|a\.k\.a\.|known\s+as|trading\s+as|t\/a|d\/b\/a|dba)\s+(.+)$/i;
/** Words of a note on who asked for an entry or where it is written. */
const WHO_ASKED = "request|asked|\\bper\\b|polic|guideline|client";
/** A bracket on who asked or why, even in capitals: "(Client Request)", "(Per GC)". */
const ASKED = new RegExp(`${WHO_ASKED}|confidential|sensitive`, "i");
/** One to four words, each capitalised, an acronym, a number or "&": a name, not a remark. */
const NAME_WORDS =
  /^(?:The\s+)?[A-Z0-9][\w&+.'\u2019-]*(?:\s+(?:&|of|and|de|du|la|[A-Z0-9][\w&+.'\u2019-]*)){0,3}$/;
/**
 * Bracket words that place or form a company rather than name it: "(UK)", "(Europe)",
 * "(Holdings)", "(Group plc)". A bracket of only these is a note.
 */
const ORDINARY = new Set(
  (
    "uk|us|usa|eu|gb|emea|apac|na|latam|anz|nz|au|ie|de|fr|es|it|nl|ch|jp|cn|in|ca|" +
    "europe|america|americas|asia|africa|global|international|worldwide|group|holdings|" +
    "holding|ltd|limited|plc|inc|llp|llc|gmbh|ag|sa|nv|bv|corp|co|company|the|uk's|" +
    "britain|england|scotland|wales|ireland|germany|france|spain|italy|japan|china|india|" +
    "canada|australia|north|south|east|west|central|parent|subsidiary|main|rival|competitor|" +
    "retail|wholesale|online|only|all|brands|brand|division|subsidiaries|and|of|&"
  ).split("|"),
);

/** The other name a bracketed note gives, if it is one. */
function aliasOf(note: string): string | undefined {
  const text = (FORMER.exec(note)?.[1] ?? note).trim();
  if (text.length < 2 || text.length > 60 || !NAME_WORDS.test(text)) return undefined;
  if (REMARK.test(text) || ASKED.test(text)) return undefined;
  const words = text.toLowerCase().split(/\s+/);
  if (words.every((word) => ORDINARY.has(word.replace(/[.,]+$/, "")))) return undefined;
  return text;
}

/**
 * The names a competitor entry stands for: each " / " alternative by its head, and a bracket
 * that is a name as a name of its own. An entry with no other name is itself (as written).
 */
export function competitorNames(entry: string): string[] {
  const trimmed = entry.trim();
  if (trimmed.length > MAX_ENTRY) return [entry];
  const names: string[] = [];
  for (const part of trimmed.split(NAME_SLASH)) {
    const { head, note } = splitAnnotation(part, true);
    const alias = note === undefined ? undefined : aliasOf(note);
    for (const name of alias ? [head, alias] : [head])
      if (name && names.length < MAX_NAMES && names.indexOf(name) < 0) names.push(name);
  }
  return names.length === 1 && names[0] === trimmed ? [entry] : names;
}

const read = new WeakMap<ClientProfile, ClientProfile>();
const senses = new WeakMap<ClientProfile, Map<string, string[]>>();
/** A note on who asked or where it is written ("client's request", "per the CEO", "policy 4.2"). */
const PROVENANCE = new RegExp(`${WHO_ASKED}|\\d`, "i");
/**
 * Round 17: the same definition written in the notes, where most profiles put it ("strikes =
 * industrial action", "'Independence' = Scottish independence", "ratings means our age
 * ratings", "by 'the merger' we mean the Halden deal"): the head, quoted or bare, opening a line
 * or a sentence, then "=", "means", "refers to", "stands for"; up to the clause's end. "The
 * merger means more work" states a consequence: an unquoted head after an article is not being
 * defined. A note that only mentions the word ("strikes are a sore point") or gives a rule about
 * it ("strikes = never mention") defines nothing. Groups: by, quote, article, head, definition.
 */
const DEFINES =
  /^(by\s+)?(['"\u2018\u201c])?(the\s+)?([a-z][\w'\u2019 -]{0,40}?)['"\u2019\u201d]?\s*(?:=|\b(?:means?|refers? to|stands? for|(?:we|they|i|the client) means?)\b)\s*([^=]{3,200})/i;
function definedInNotes(notes: string, head: string): string | undefined {
  for (const clause of notes.split(/[\n.;!?]/)) {
    const m = DEFINES.exec(clause.trim());
    if (!m) continue;
    // "…, not viewing figures": the contrast is no part of the definition.
    const gloss = m[5]!.replace(/,?\s+(?:not|rather than)\b.*/i, "");
    if (
      m[4]!.toLowerCase() === head &&
      (m[1] || m[2] || !m[3]) &&
      !/\b(?:avoid|never|not|mention|raise|sensitive)\b|n['\u2019]t\b/i.test(gloss)
    )
      return gloss;
  }
  return undefined;
}

/**
 * Round 16: a topic's note that DEFINES its head (one phrase: "ratings (viewing figures)",
 * "ratings (age ratings of our games)", "strikes (industrial action by port workers)") rather
 * than listing its instances ("gambling (betting, casinos, odds)", "sport, e.g. football"): the
 * note exists because the head word has other senses, and it says which one is meant. The
 * definition's own words of three letters or more, lower case; for the checks' profile (profileForChecks) and its topic's head. Undefined for a topic without one.
 */
export function senseOfTopic(profile: ClientProfile, topic: string): readonly string[] | undefined {
  return senses.get(profile)?.get(topic.toLowerCase());
}

/**
 * The profile as the checks read it: list entries by their heads, topics' notes as glosses in
 * the notes. The same object when nothing is annotated (most profiles); memoised per profile.
 */
export function profileForChecks(profile: ClientProfile): ClientProfile {
  const known = read.get(profile);
  if (known) return known;
  let changed = false;
  const glosses: string[] = [];
  const defined = new Map<string, string[]>();
  // A definition is one phrase: not a list, an example, a remark or who asked.
  const define = (head: string, note: string, rest: string) => {
    const words = note.toLowerCase().match(/[a-z][a-z'’-]{2,}/g);
    if (words && !/[,;]|\b(?:e\.?g|i\.?e|such as|including)\b/i.test(rest))
      if (!REMARK.test(note) && !PROVENANCE.test(note)) defined.set(head.toLowerCase(), words);
  };
  const avoidTopics = profile.avoidTopics.map((entry) => {
    const { head, note } = splitAnnotation(entry);
    if (note === undefined) {
      const gloss = profile.notes && definedInNotes(profile.notes, head.toLowerCase());
      if (gloss) define(head, gloss, gloss);
      return entry;
    }
    changed = true;
    define(head, note, entry.slice(head.length));
    for (const part of note.split(/\s*(?:[,;]|\band\b|\bor\b)\s*/i)) {
      if (part.trim() && !REMARK.test(part.trim())) glosses.push(`${head} or ${part.trim()}`);
    }
    return head;
  });
  const heads = (entries: readonly string[]) =>
    entries.map((entry) => {
      const { head } = splitAnnotation(entry, true);
      if (head !== entry.trim()) changed = true;
      return head === entry.trim() ? entry : head;
    });
  // A competitor written as alternatives or with its other name is each of its names.
  const competitors = [
    ...new Set(
      profile.competitors.flatMap((entry) => {
        const names = competitorNames(entry);
        if (names.length !== 1 || names[0] !== entry) changed = true;
        return names;
      }),
    ),
  ];
  // A refused entry written as alternatives is each of them (refused-alternatives.ts).
  const bannedBillingPhrases = [
    ...new Set(
      heads(profile.bannedBillingPhrases).flatMap((entry) => {
        const alternatives = splitAlternatives(entry);
        if (!alternatives) return [entry];
        changed = true;
        return alternatives;
      }),
    ),
  ];
  const result: ClientProfile = changed
    ? {
        ...profile,
        avoidTopics,
        competitors,
        bannedBillingPhrases,
        ...(glosses.length > 0
          ? { notes: [profile.notes ?? "", ...glosses].join("\n").trim() }
          : {}),
      }
    : profile;
  read.set(profile, result);
  if (defined.size > 0) senses.set(result, defined);
  return result;
}
