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
 *
 * Notes are untrusted: at most MAX_NOTES characters, linear patterns, nothing built from them.
 */

import { list } from "./topic-instances";
import { sameStem, stem } from "./topic-families";
import { SENSITIVE, STOP } from "./topic-notes";

const MAX_NOTES = 2000;
const MAX_TERMS = 12;
const MAX_DEFINED = 200;

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
}

/** What the notes' clauses permit and forbid, for the avoided-topic check. */
export interface NotesReading {
  clauses: NoteClause[];
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
}

/** The joints between a sentence's clauses (the joint's word starts the next clause). */
const JOINT =
  /\s*:\s+|\s+[-–—]\s+|,\s*(?=(?:but|however|never|not|only|unless|except|including|even|rather)\b)|\s+(?=(?:but|however|whereas|except|unless|including)\b)/i;
const FORBID =
  /\b(?:never|don['’]?t|do\s+not|avoid|not\s+to\s+be|must\s+not|should\s+not|shouldn['’]t|not\s+fine|isn['’]t|aren['’]t|off[- ]limits)\b/i;
/** The predicate of a clause that permits the work before it. */
const WORK =
  /\b(?:is|are)\s+(?:(?:[a-z'’]+\s+){0,4}?(?:fine|ok|okay|routine|normal|ordinary|standard|unrelated|our\s+(?:legal\s+|own\s+)?(?:work|bread)|matters\s+we\s+(?:run|handle|act\s+on))\b|not\s+['‘"“])|\bmust\s+discuss\b/i;
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
      "necessary|required|requires|require|needs|need|needed|asked|asks|they|them|there|here|general|correspondence|affect|affects|affected|involve|involves|involved|relevant|relates|related|applies|apply",
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

/** The notes' clauses as read, and what they permit and forbid for `topics`. */
export function readNotes(
  notes: string | undefined,
  topics: readonly string[],
  clientName?: string,
): NotesReading {
  const reading: NotesReading = {
    clauses: [],
    senses: [],
    work: [],
    matters: [],
    extension: [],
    always: false,
  };
  if (!notes) return reading;
  const own: string[] = [];
  for (const t of topics) for (const w of words(t.toLowerCase())) own.push(stem(w));
  const topicWords = topics.flatMap((t) => words(t).map(bare));
  const name: string[] = words((clientName ?? "").toLowerCase()).map(stem);
  const named = (text: string) => words(text).some((w) => name.indexOf(stem(w)) >= 0);
  const isOwn = (s: string) => own.some((o) => sameStem(o, s));
  const names = (text: string) => words(text).some((w) => isOwn(stem(w)));
  const sentences = notes
    .slice(0, MAX_NOTES)
    // (An abbreviation's stop ends no sentence: "e.g. land", "pleadings etc. are fine"; "wine,
    // etc. Their …" does.)
    .replace(/\b(?:[Ee]\.g|[Ii]\.e|[Ii]ncl)\.|\betc\.(?=\s*[a-z),])/g, (m) => m.replace(/\./g, ""))
    .split(/[.!?](?:\s+|$)|[;\n]/);
  // Work clauses by sentence, kept until the sentence's forbidding clauses are known.
  const defined: string[] = [];
  const works: { sentence: number; text: string; clause: NoteClause }[] = [];
  const cancelled = new Set<number>();
  sentences.forEach((sentence, s) => {
    const about = names(sentence) || (s > 0 && names(sentences[s - 1]!));
    let forbids = false;
    sentence.split(JOINT).forEach((part, k) => {
      const text = part.trim();
      if (!text) return;
      const topic = names(text) || (BACK.test(text) && about);
      const clause: NoteClause = { text, topic, polarity: "none", scope: undefined, words: [] };
      reading.clauses.push(clause);
      const sense = SENSE.exec(text);
      const extension = EXTENSION.exec(text);
      const matter = MATTER.exec(text);
      const work = WORK.exec(text);
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
      } else if (
        matter &&
        (topic || about) &&
        !/^(?:never|don['’]?t|do\s+not|avoid)\b/i.test(text)
      ) {
        clause.polarity = "permit";
        clause.scope = "matter";
        clause.words = content(matter[1]!, (w) => isOwn(w) || name.indexOf(w) >= 0);
        for (const w of clause.words)
          if (reading.matters.length < MAX_TERMS) reading.matters.push(w);
      } else if (FORBID.test(text)) {
        clause.polarity = "forbid";
        forbids = forbids || topic;
        // A ban on the topic by its own word cancels a work permission of its sentence.
        if (names(text)) cancelled.add(s);
      } else if (work) {
        clause.polarity = "permit";
        clause.scope = "work";
        works.push({ sentence: s, text: text.slice(0, work.index), clause });
        return;
      }
      // Round 21: a clause that permits no work and speaks of a topic (its word, or marked
      // sensitive) defines it; its words are never permitted work.
      if (clause.scope !== "sense" && (SENSITIVE.test(text) || names(text) || named(text)))
        for (const w of words(text).map(stem))
          if (w.length >= 4 && defined.length < MAX_DEFINED) defined.push(w);
    });
  });
  for (const { sentence, text, clause } of works) {
    if (cancelled.has(sentence)) {
      clause.polarity = "none";
      clause.scope = undefined;
      continue;
    }
    const stems = content(
      text,
      (w) => isOwn(w) || name.some((n) => sameStem(n, w)) || defined.some((d) => sameStem(d, w)),
    );
    clause.words = stems;
    for (const w of stems)
      if (reading.work.length < MAX_TERMS && reading.work.indexOf(w) < 0) reading.work.push(w);
  }
  return reading;
}
