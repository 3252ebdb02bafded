/**
 * A topic as the client's own profile NOTES describe it (twelfth round of issue 10). The firm
 * writes `notes` for exactly this: avoidTopics says "the plant closure", the notes say "The 2025
 * closure of the Wrexham plant is raw; don't raise it", and a lawyer who knows raises it as "since
 * Wrexham shut". The notes' clauses that speak of a topic give its INSTANCES as extra terms:
 * - proper names ("Wrexham", "Ukraine"), written with their capital;
 * - dates of the happening ("the 4 May 2026 outage" → "4 May", "May 4");
 * - the other names it goes by: after "/" or "or" beside the topic's word ("league
 *   tables/rankings" → "rankings"), "the outage or the network failure";
 * - for a profile with one topic, a clause marked sensitive ("raw", "sore", "don't raise") speaks
 *   of it without its word ("aircraft left in Ukraine"): its leading noun phrase too.
 * A clause that says what is NOT the topic ("the new plant is routine work", "other senses are
 * fine", "he will raise it himself") gives no terms. avoided-topic.ts counts these terms only in a
 * remark aimed at the reader (small talk, an aside, sympathy) or a name or date as the happening
 * ("since Wrexham"), never in the legal work.
 *
 * Notes are untrusted text: read at most MAX_NOTES characters, in linear passes of fixed
 * patterns; no pattern is built from them (the terms go to the literal TermMatcher).
 */

import { isCommonWord, isKnownName, isUpperCaseAt } from "../text";
import { familyOf, sameStem, stem } from "./topic-families";
import { list } from "./topic-instances";
import { topicSpec } from "./topic-senses";
import { FULL_MONTHS, readNotes, SENSITIVE, STOP, topicAbbreviations } from "./topic-clauses";
import { triggerGroupsOf } from "./channel-lexicon";
import { MEAL } from "./entertainment-lexicon";

const MAX_NOTES = 2000;
const MAX_TERMS = 12;

/** A note's term: literal words, and whether it is a name (then it counts only with a capital). */
export interface NoteTerm {
  term: string;
  name: boolean;
  /** A date ("4 May"): counts only beside a happening's word. */
  date?: boolean;
  /** Named in an instruction not to raise it ("Don't mention Tunde"): a clause's objects (topic-clauses.ts). */
  forbidden?: boolean;
  /**
   * Round 26: a thing (no name, no state) a ban of the notes names, a term of the topic itself
   * (avoided-topic.ts judges it on the topic's own path); `of` is whose it is ("Kernow").
   */
  banned?: { of?: string };
  /** Round 31: the notes' abbreviation of the topic ("GM"), written in capitals. */
  abbreviation?: boolean;
  /**
   * Round 32: the year of the happening ("The 2019 receivership …"): a date that counts only
   * beside an allusion to how it went (avoided-topic.ts), never beside "since" alone.
   */
  year?: boolean;
}

/** A thing a ban names that is a way to reach the client or a meal, not a topic ("don't suggest calls"). */
const CHANNEL_OR_MEAL = new RegExp(`^(?:${MEAL})$`, "i");
function isChannelOrMeal(term: string): boolean {
  if (CHANNEL_OR_MEAL.test(term)) return true;
  const words = term.split(/\s+/);
  const last = words[words.length - 1]!;
  // (A platform is a name: "teams" in lower case is sides, not Microsoft Teams.)
  const channel = (w: string) => triggerGroupsOf(w).some((g) => g !== "platform");
  return channel(last) || channel(last.replace(/s$/, ""));
}

/** A clause saying what is not the topic, or that it may be raised: it gives no terms. */
const NOT_THE_TOPIC =
  /\b(?:(?:is|are|was|were|'s|’s)\s+(?:(?:perfectly|quite|all|entirely|absolutely)\s+)?(?:fine|ok|okay|routine|normal|welcome|work)|fine\s+to|routine\s+(?:work|matters?|business)|happy\s+to\s+(?:discuss|talk)|not\s+(?:sensitive|an?\s+(?:issue|problem))|(?:does|do)(?:n['’]t|\s+not)\s+mind|himself|herself|themselves|other\s+senses|no\s+problem)\b/i;

/**
 * Capitalised words that are no name: pronouns, openers of an instruction, titles, and offices
 * ("the Principal is sensitive after the drop": the office holder is a person, not an instance
 * of the topic, and is named in ordinary work every day).
 */
const NOT_NAMES = new Set(
  list(
    "the|this|that|these|those|he|she|they|we|it|his|her|their|our|its|i|don't|don’t|do|never|please|avoid|client|mr|mrs|ms|dr|sir|note|nb|re|no|not|if|when|since|after|ceo|cfo|coo|gc|uk|us|usa|eu|hr|it|pa|fyi|asap|principal|chair|chairman|chairwoman|president|dean|provost|chancellor|vice-chancellor|rector|governor|governors|director|directors|board|trustee|trustees|minister|secretary|treasurer|headteacher|head|bursar|registrar|mayor|council|committee|partner|partners|founder|chief|executive|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  ),
);
/** A date's month may be abbreviated ("4 Mar"); a month alone never is (MONTH_YEAR). */
const MONTHS = `${FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const MONTH = new RegExp(`^(?:${MONTHS})(?:[-–](?:${MONTHS}))?$`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b`, "g");
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");
/** Round 24: a happening dated by its month ("in February 2026", "the October 2025 attack"). */
const MONTH_YEAR = new RegExp(`\\b(${FULL_MONTHS})\\s+(?:of\\s+)?(?:19|20)\\d\\d\\b`, "g");

/** Words of the notes themselves, never a term alone. */
const GENERIC = new Set(
  list("thing|things|matter|matters|issue|issues|topic|topics|subject|point|client|anything"),
);
const ADVERB = /^(?:very|extremely|really|quite|so|too|rather|deeply|hugely|still)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|our|its|your|my)$/i;
const WORD = /[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9'’-]*|[/,:()]/g;
/** Verbs after a person acting ("Marcus finds …", "where Leah instructs us"): the client or a colleague. */
const PERSON_ACTS = new Set(
  list(
    "finds|found|has|prefers|likes|loves|hates|dislikes|does|doesn't|doesn’t|says|said|asked|asks|wants|will|would|can't|cannot|gets|feels|felt|thinks|regards|sees|instructs|handles|runs|leads|plays|supports|follows",
  ),
);
/** Titles before a person's name ("Mr Penhallow's son"): the client's family, not an instance. */
const TITLE = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)$/i;
/** Verbs a leading noun phrase stops at ("aircraft left in …", "the fleet is still in …"). */
const LEAD_VERBS = new Set(
  list("is|are|was|were|has|have|had|left|remains|remain|still|went|got|sits|sit|stuck"),
);

/**
 * Whether `stems` (a clause's or a sentence's) speak of a topic whose own stems are `own`: the
 * same stem, or (four letters or more) the very stem.
 */
function holds(own: readonly string[], stems: readonly string[]): boolean {
  return own.some((s) => stems.some((w) => sameStem(s, w) || (s.length >= 4 && s === w)));
}

/** A phrase's words from `i` on (or back from it), up to three, stopping at a function word. */
function phrase(words: readonly string[], i: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let k = i; k >= 0 && k < words.length && out.length < 3; k += step) {
    const w = words[k]!;
    if (w === "/" || STOP.has(w.toLowerCase())) break;
    if (step === 1) out.push(w);
    else out.unshift(w);
  }
  return out;
}

/** Each topic's own stems: its core's words and its family's one-word forms. */
function ownStems(topics: readonly string[]): string[][] {
  return topics.map((topic) => {
    const spec = topicSpec(topic);
    const words = spec.core
      .split(/\s+/)
      .map((w) => w.replace(/['’]s?$/, ""))
      .filter((w) => w.length >= 3)
      .concat(familyOf(spec.head).filter((w) => !w.includes(" ")));
    return words.map(stem);
  });
}
/**
 * Round 31: whether `text` names a topic by its own words (or their family): "where are we with
 * the insurer on the recall?" names "the recall".
 */
export function namesTopic(topic: string, text: string): boolean {
  return holds(ownStems([topic])[0]!, (text.match(WORD) ?? []).map(stem));
}
const NOTES_SENTENCES = /[.!?](?:\s+|$)|[;\n]|\s[–—]\s/;
const NOTES_CLAUSES = /,?\s+(?:but|however|although|though|whereas|except|while|unlike)\s+/i;

/**
 * Round 31 (analysis-h29 N2, h26-023): the act of a sore happening of the protest family, a
 * word of a notes clause ("Activists picketed …", "grief from protesters …") and of a draft's
 * remark ("since the protests", "the protesters were back"), in any of its forms.
 */
export const PROTEST_ACT =
  /^(?:activis(?:ts?|m)|protest(?:s|ers?|ors?|ed|ing)?|picket(?:s|ed|ing|ers?)?|demonstrat(?:ors?|ions?)|boycott(?:s|ed|ing)?|sit-ins?|blockad(?:e|es|ed|ing|ers?)|campaigners?)$/i;
/** Words that open the noun phrase of where a happening was ("the Grasse lab", "over … coupes"). */
const PLACE_OPENER =
  /^(?:the|a|an|their|its|our|his|her|at|outside|over|near|around|against|by|on|in)$/i;
/** Words of time and degree: they end a place's phrase and are no place ("… testing last year"). */
const NOT_PLACE =
  /^(?:last|next|this|every|year|years|month|months|week|weeks|day|days|time|times|weekend|morning|night|spring|summer|autumn|fall|winter|lot|bit|grief|trouble|part|front|side|way)$/i;

/**
 * Round 31: where each topic's sore happening was, as the notes tell it: in a clause marked
 * sensitive (or marked by the next: "…; don't raise it") that holds an act of the protest family
 * and speaks of the topic (or the profile has one topic), the head nouns of its noun phrases
 * after a determiner or a preposition of place ("the Grasse lab" → "lab", "over old-growth
 * coupes" → "coupes"), in small letters (a name is a term already), neither the topic's own word
 * nor the act nor a time. avoided-topic.ts counts a remark that holds an act and such a place.
 */
export function notesHappeningPlaces(
  topics: readonly string[],
  notes: string | undefined,
): string[][] {
  const result = topics.map((): string[] => []);
  if (!notes) return result;
  const own = ownStems(topics);
  const sentences = notes.slice(0, MAX_NOTES).split(NOTES_SENTENCES);
  sentences.forEach((sentence, s) => {
    const next = sentences[s + 1] ?? "";
    const sensitive =
      SENSITIVE.test(sentence) || (SENSITIVE.test(next) && /\b(?:it|this|that|them)\b/i.test(next));
    if (!sensitive) return;
    for (const clause of sentence.split(NOTES_CLAUSES)) {
      if (NOT_THE_TOPIC.test(clause)) continue;
      const words = clause.match(WORD) ?? [];
      if (!words.some((w) => PROTEST_ACT.test(w))) continue;
      const stems = words.map(stem);
      topics.forEach((_topic, t) => {
        if (topics.length > 1 && !holds(own[t]!, stems)) return;
        for (const place of placesOf(words, own[t]!)) {
          const into = result[t]!;
          if (into.length < 4 && !into.includes(place)) into.push(place);
        }
      });
    }
  });
  return result;
}

/** The head nouns of a clause's phrases after a determiner or a preposition of place. */
function placesOf(words: readonly string[], own: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!PLACE_OPENER.test(w)) return;
    let k = i + 1;
    while (k < words.length && DETERMINER.test(words[k]!)) k++;
    let head: string | undefined;
    for (let n = 0; k < words.length && n < 3; k++, n++) {
      const word = words[k]!;
      const lower = word.toLowerCase();
      if (STOP.has(lower) || PLACE_OPENER.test(word) || NOT_PLACE.test(word) || word === "/") break;
      head = word;
    }
    if (
      head &&
      /^[a-z][a-z-]{2,}$/.test(head) &&
      !PROTEST_ACT.test(head) &&
      !GENERIC.has(head) &&
      !/(?:ing|ly|ed|ful|ous|ive)$/.test(head) &&
      !own.some((o) => sameStem(o, stem(head!)))
    )
      out.push(head);
  });
  return out;
}

/** The extra terms a profile's notes give each of its topics (in the order of `topics`). */
export function notesTerms(
  topics: readonly string[],
  notes: string | undefined,
  competitors: readonly string[] = [],
): NoteTerm[][] {
  const result = topics.map((): NoteTerm[] => []);
  if (!notes) return result;
  const text = notes.slice(0, MAX_NOTES);
  const own = ownStems(topics);
  const sentences = text.split(NOTES_SENTENCES);
  sentences.forEach((sentence, s) => {
    // One topic: a sentence marked sensitive speaks of it, or one the next marks ("… Don't raise it").
    const next = sentences[s + 1] ?? "";
    const marked =
      topics.length === 1 &&
      (SENSITIVE.test(sentence) ||
        (SENSITIVE.test(next) && /\b(?:it|this|that|them)\b/i.test(next)));
    for (const clause of sentence.split(NOTES_CLAUSES)) {
      if (NOT_THE_TOPIC.test(clause)) continue;
      const words = clause.match(WORD) ?? [];
      const stems = words.map(stem);
      topics.forEach((_topic, t) => {
        const about = holds(own[t]!, stems);
        if (!about && !marked) return;
        addTerms(
          result[t]!,
          clause,
          words,
          own[t]!,
          about,
          ([] as string[]).concat(...own.filter((_o, k) => k !== t)),
        );
      });
    }
  });
  // Round 31: the notes' abbreviations of a topic ("GE/GM") are terms of the topic itself.
  topics.forEach((topic, t) => {
    for (const term of topicAbbreviations(topic, text))
      if (!result[t]!.some((e) => e.term === term))
        result[t]!.push({ term, name: true, banned: {}, abbreviation: true });
  });
  // Round 24: what a ban in the notes names ("Keep the Broncos and Origin out of it"), from the
  // clauses as topic-clauses.ts reads them; each goes to the topic its sentence (or, failing
  // that, the one before) speaks of, else the first.
  const reading = readNotes(text, topics);
  const topicOf = (s: number): number => {
    const stems = (reading.sentences[s] ?? "").match(WORD)?.map(stem) ?? [];
    return own.findIndex((words) => holds(words, stems));
  };
  for (const clause of reading.clauses) {
    const mine = topicOf(clause.sentence);
    const before = clause.sentence > 0 ? topicOf(clause.sentence - 1) : -1;
    const t = mine >= 0 ? mine : before >= 0 ? before : 0;
    // Round 26: a thing banned is the topic's term where its sentence (or the one before) speaks
    // of the topic, or the profile has one topic; never a channel or a meal ("don't suggest calls").
    const tied = mine >= 0 || before >= 0 || topics.length === 1;
    for (const object of clause.objects) {
      const into = result[t]!;
      // The topic's own words are its own terms already ("No mention of hunting").
      if (object.term.split(/\s+/).every((w) => own[t]!.includes(stem(w)))) continue;
      const same = into.find((e) => e.term.toLowerCase() === object.term.toLowerCase());
      const forbidden = !clause.social;
      const banned =
        forbidden && tied && !object.name && !object.state && !isChannelOrMeal(object.term)
          ? object.of
            ? { of: object.of }
            : {}
          : undefined;
      if (same) {
        same.forbidden ||= forbidden;
        if (banned && !same.banned && !same.date && !same.name) same.banned = banned;
      } else
        into.push({
          term: object.term,
          name: object.name,
          ...(forbidden && { forbidden }),
          ...(banned && { banned }),
        });
    }
  }
  // Round 34: the notes' words on one of the profile's competitors ("Never suggest X as a
  // benchmark") are the competitor rule, which competitor-mention reads, not the topic's names.
  return competitors.length === 0
    ? result
    : result.map((terms) => terms.filter((e) => !namesCompetitor(e.term, competitors)));
}

/** The term is one of the competitors, or the first word of one ("Aerostat" of "Aerostat Adventures"). */
function namesCompetitor(term: string, competitors: readonly string[]): boolean {
  const lower = term.toLowerCase();
  return competitors.some((c) => {
    const name = c.trim().toLowerCase();
    return name === lower || (name.startsWith(lower + " ") && lower.length >= 4);
  });
}

function addTerms(
  into: NoteTerm[],
  clause: string,
  words: readonly string[],
  own: readonly string[],
  about: boolean,
  others: readonly string[],
): void {
  const add = (term: string, name: boolean, date = false, year = false): void => {
    const t = term;
    if (t.length < 3 || t.length > 40 || into.length >= MAX_TERMS) return;
    if (into.some((e) => e.term.toLowerCase() === t.toLowerCase())) return;
    // Not the topic's own words again, nor another topic's ("football" beside "sport").
    const stems = t.split(/\s+/).map(stem);
    if (!name && stems.every((w) => own.includes(w))) return;
    if (stems.every((w) => others.some((o) => sameStem(o, w)))) return;
    into.push(date ? { term: t, name, date, ...(year && { year }) } : { term: t, name });
  };
  const isOwn = (w: string): boolean => own.some((s) => sameStem(s, stem(w)));
  // Round 29: a compound of the topic's own words is the topic ("Sea-lice counts …"), no name.
  const ownWord = (w: string): boolean =>
    isOwn(w) || (w.includes("-") && w.split("-").every((p) => p.length > 0 && isOwn(p)));
  // Names: runs of capitalised words (a clause's first word only when it is no common word).
  // A run holding the topic's own name is that name ("Kilcarra Bay"); a person acting ("Marcus
  // finds …") or after a title ("Mr Penhallow") is the client or a colleague, no instance.
  let run: string[] = [];
  let first = 0;
  let skip = false;
  const flush = (end: number): void => {
    const next = (words[end] ?? "").toLowerCase();
    // (One short word written in small letters is an abbreviation: "D. Del.")
    const short = run.length === 1 && run[0]!.length < 4 && run[0] !== run[0]!.toUpperCase();
    if (
      run.length > 0 &&
      !skip &&
      !short &&
      !PERSON_ACTS.has(next) &&
      !TITLE.test(words[first - 1] ?? "")
    ) {
      add(run.join(" "), true);
      // Round 19: a person by first and family name ("divorce from Karim Haddad") is also
      // written by the first name alone, and a company by its first word ("Vantor Systems"):
      // two capitalised words, the first no ordinary word.
      if (run.length === 2 && (!isCommonWord(run[0]!) || isKnownName(run[0]!))) add(run[0]!, true);
    }
    run = [];
    skip = false;
  };
  words.forEach((w, i) => {
    const bare = w.replace(/['’]s?$/, "");
    const capital =
      /^[A-Z\u00C0-\u00DE]/.test(bare) &&
      !NOT_NAMES.has(bare.toLowerCase()) &&
      !MONTH.test(bare) &&
      !(i === 0 && isCommonWord(bare)) &&
      (bare !== bare.toUpperCase() || bare.length >= 3);
    if (!capital || run.length >= 3 || bare !== w) {
      // (A possessive ends its name: "Maeve's illness".)
      if (capital && bare !== w && run.length < 3) {
        if (run.length === 0) first = i;
        run.push(bare);
        if (ownWord(bare)) skip = true;
        flush(i + 1);
        return;
      }
      flush(i);
      if (!capital) return;
    }
    if (run.length === 0) first = i;
    run.push(bare);
    if (ownWord(bare)) skip = true;
  });
  flush(words.length);
  // Dates: "4 May", "May 4" (each as the other is written too).
  // (exec loops, not matchAll: the launch event's older targets would bundle its polyfill.)
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(clause); m; m = DAY_MONTH.exec(clause)) {
    add(`${m[1]} ${m[2]}`, false, true);
    add(`${m[2]} ${m[1]}`, false, true);
  }
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(clause); m; m = MONTH_DAY.exec(clause)) {
    add(`${m[2]} ${m[1]}`, false, true);
    add(`${m[1]} ${m[2]}`, false, true);
  }
  // Round 24: the month alone ("what happened in February"), beside a happening's word only.
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(clause); m; m = MONTH_YEAR.exec(clause)) {
    // (After its day the month is a whole date already: "the 4 May 2026 outage".)
    if (!/\d\s*$/.test(clause.slice(0, m.index))) add(m[1]!, true, true);
  }
  // Round 32 (analysis-h30 H1): the year written before the topic's own word ("The 2019
  // receivership nearly finished the family").
  words.forEach((w, i) => {
    if (/^(?:19|20)\d\d$/.test(w) && i + 1 < words.length && isOwn(words[i + 1]!))
      add(w, false, true, true);
  });
  // The other names: "league tables/rankings", "the outage or the network failure".
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (w === "/" || lower === "or") {
      const left = phrase(words, i - 1, -1);
      let from = i + 1;
      while (from < words.length && DETERMINER.test(words[from]!)) from++;
      const right = phrase(words, from, 1);
      if (left.some(isOwn) && right.length > 0) add(right.join(" "), false);
      else if (right.some(isOwn) && left.length > 0) add(left.join(" "), false);
    }
  });
  // A clause marked sensitive that does not say the topic's word: its leading noun phrase.
  if (!about) {
    let from = 0;
    while (from < words.length && DETERMINER.test(words[from]!)) from++;
    const lead = phrase(words, from, 1);
    const head = lead[lead.length - 1];
    // A noun phrase before its verb ("aircraft left in …"), not a remark ("very sore", "painful").
    if (
      head &&
      head.length >= 4 &&
      LEAD_VERBS.has((words[from + lead.length] ?? "").toLowerCase()) &&
      !lead.some(
        (w) =>
          GENERIC.has(w.toLowerCase()) ||
          NOT_NAMES.has(w.toLowerCase()) ||
          SENSITIVE.test(w) ||
          ADVERB.test(w),
      ) &&
      !/(?:ful|ive|ous|ing|ly)$/i.test(head) &&
      !(isUpperCaseAt(lead[0]!, 0) && !isCommonWord(lead[0]!))
    ) {
      add(lead.join(" ").toLowerCase(), false);
    }
  }
}
