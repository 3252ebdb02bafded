/**
 * Round 28 (detect-28a; test/heldout/analysis-h26.md §1 and §2 C): what a no-hospitality
 * profile's notes say about entertainment beyond the `entertainment` field. Account partners write
 * the exceptions and the extensions of the rule there (12 of 72 older no-hospitality profiles have
 * one), and entertainment-invite read only the field.
 *
 * One reading of the notes' clauses (a sentence, split again at ";" and ", but"), two results:
 * - EXCEPTION: a clause that permits ("Exception: …", "… is fine", "… are allowed", "… cleared",
 *   "… not hospitality from us", "… theirs to offer", "… their business, not ours", and not "is
 *   not fine") names an occasion: the phrase after "Exception:", or the clause's subject before
 *   its copula ("Sharing a meal on country during site visits is protocol …"; a pronoun subject
 *   takes the object of "invite us to …" instead). The phrase gives a head noun (the last word
 *   before its first preposition), its capitalised name and its qualifiers (the words before the
 *   head, and the noun of the first place phrase after it: "on country", "at the bakery"), and
 *   whether it is the client's own ("their own … days"). An invitation's sentence that names the
 *   head (a meal for "meal") with the name, or with one qualifier when there is no name, or alone
 *   when there is neither, is the permitted occasion.
 * - EXTENSION: a clause that bans ("no …", "not even …", "including …", "bars …") and names what
 *   the lexicon keeps as ordinary business (coffee, tea, breakfast, a sandwich, a working lunch,
 *   cake, refreshments: ORDINARY_FARE) makes that thing an invitation when the firm offers it: the
 *   thing and a host's or payer's cue ("our treat", "on us", "host you", "we'll pay", "join us
 *   for") in one sentence, and no sign that the client pays ("your treat", "on you").
 *
 * Notes are untrusted: at most MAX_NOTES characters are read, words are compared as strings, and
 * no pattern is built from them.
 */
import { singularOf } from "../text";
import { OCCASION_HEADS, ORDINARY_FARE } from "./entertainment-lexicon";

const MAX_NOTES = 4000;

/** An occasion a notes clause permits. Words are lower-case and singular. */
export interface NotedOccasion {
  head: string;
  /** The capitalised name before the head ("forest industries"), or "". */
  name: string;
  qualifiers: readonly string[];
  /** Written as the client's own ("their own events"). */
  theirs: boolean;
}

export interface EntertainmentNotes {
  exceptions: readonly NotedOccasion[];
  /** Ordinary things a ban names ("coffee", "working lunch"). */
  banned: readonly string[];
}

const PERMIT =
  /\b(?:exceptions?\s*[:\-–—]|fine|ok|okay|allowed|permitted|acceptable|cleared|theirs\s+to\s+offer|their\s+(?:own\s+)?business|not\s+hospitality)\b/i;
/** A permission denied: "is not fine", "no longer allowed". */
const PERMIT_DENIED =
  /\b(?:not|never|no\s+longer|isn['’]t|aren['’]t)\s+(?:\w+\s+)?(?:fine|ok|okay|allowed|permitted|acceptable)\b/i;
const BAN =
  /\b(?:no|not|never|nothing|none|nor|including|bars?|barred|forbids?|forbidden|declines?|prohibit\w*|cannot|can['’]t)\b/i;
const EXCEPTION_LEAD = /\bexceptions?\s*[:\-–—]\s*([^–—;()]+)/i;
const COPULA = /\s(?:is|are|['’]s|was|were|remains?)\s/i;
const INVITE_US_TO = /\binvit\w*\s+(?:us|the\s+firm|our\s+\w+)\s+to\s+([^,;()]+)/i;
const PRONOUN = /^(?:it|that|this|these|those|they|which)$/i;
/** Words that end a noun phrase's head: prepositions, relatives, verbs of reporting. */
const PHRASE_END = new Set(
  "at in on during with for of from to by after before about that which who where when we they you organised organized hosted run held cleared as if unless".split(
    " ",
  ),
);
/** Prepositions whose object qualifies the head: where it happens. */
const PLACE = new Set(["at", "in", "on"]);
const SKIP = new Set(
  "a an the their our your its his her own this that these those some any annual each every one two and or".split(
    " ",
  ),
);
const CALENDAR =
  /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d.*)$/i;
/** Heads that are an occasion by themselves ("dinner", "days", "coffee"): not "Teams is fine". */
const OCCASION_WORDS: ReadonlySet<string> = new Set(
  Object.entries(OCCASION_HEADS)
    .filter(([kind]) => kind !== "host")
    .flatMap(([, words]) => words.split(" ").map(singular))
    .concat(ORDINARY_FARE),
);
/** A clause that speaks of hospitality makes any head its occasion ("langar", "CPD seminar"). */
const OF_HOSPITALITY = /\b(?:hospitality|entertain\w*|invit\w*|host\w*|offer)\b/i;
/** What "a meal" in the notes covers in a draft. */
const MEALS = new Set(["meal", "lunch", "luncheon", "dinner", "supper", "breakfast", "brunch"]);

/**
 * A word as compared: lower-case, no possessive, singular ("lunches" → "lunch", "days" → "day",
 * "canapés" → "canapé"; "politics", "analysis" and "news" as they are), by the matcher's one
 * `singularOf` (round 29: this file had a twin of it).
 */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  return singularOf(w) ?? w;
}

function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z\u00C0-\u024F][\w'’&-]*/g) ?? [];
}

/** The occasion a phrase names, or undefined when it has no head. */
function occasionOf(phrase: string, clauseInitial: boolean): NotedOccasion | undefined {
  const words = wordsOf(phrase.replace(/\([^)]*\)/g, " "));
  // "Sharing a meal": the gerund before a determiner is the act, not the occasion.
  if (words.length > 1 && /ing$/i.test(words[0]!) && SKIP.has(words[1]!.toLowerCase()))
    words.shift();
  let end = words.findIndex((w) => PHRASE_END.has(w.toLowerCase()));
  if (end === -1) end = words.length;
  const before = words.slice(0, end).filter((w) => !SKIP.has(w.toLowerCase()));
  const head = before.pop();
  if (!head || CALENDAR.test(head)) return undefined;
  const theirs = words.slice(0, end).some((w) => /^(?:their|theirs)$/i.test(w));
  const name = before
    .filter((w, i) => /^[A-Z]/.test(w) && !(i === 0 && clauseInitial && w === words[0]))
    .join(" ")
    .toLowerCase();
  const qualifiers = before.map(singular);
  if (end < words.length && PLACE.has(words[end]!.toLowerCase())) {
    for (const w of words.slice(end + 1)) {
      if (PHRASE_END.has(w.toLowerCase())) break;
      if (!SKIP.has(w.toLowerCase()) && !CALENDAR.test(w)) qualifiers.push(singular(w));
    }
  }
  return { head: singular(head), name, qualifiers, theirs };
}

function clausesOf(notes: string): string[] {
  return notes
    .slice(0, MAX_NOTES)
    .split(/[.!?](?=\s|$)|[\n;]|,\s+but\s/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

/** The exceptions and extensions in a profile's notes. */
export function readEntertainmentNotes(notes: string | undefined): EntertainmentNotes {
  const exceptions: NotedOccasion[] = [];
  const banned: string[] = [];
  if (!notes) return { exceptions, banned };
  for (const clause of clausesOf(notes)) {
    if (PERMIT.test(clause) && !PERMIT_DENIED.test(clause)) {
      const lead = EXCEPTION_LEAD.exec(clause);
      let phrase = lead?.[1];
      let initial = false;
      if (phrase === undefined) {
        const copula = COPULA.exec(clause);
        if (!copula) continue;
        // After a label's colon: "Policy: coffee in their room is fine".
        phrase = clause.slice(0, copula.index).replace(/^.*:\s*/, "");
        initial = true;
        if (PRONOUN.test(phrase.trim().split(/\s+/).pop() ?? "")) {
          phrase = INVITE_US_TO.exec(clause)?.[1];
          initial = false;
        }
      }
      const occasion = phrase === undefined ? undefined : occasionOf(phrase, initial);
      if (occasion && (OCCASION_WORDS.has(occasion.head) || OF_HOSPITALITY.test(clause)))
        exceptions.push(occasion);
    } else if (BAN.test(clause)) {
      const words = wordsOf(clause).map(singular).join(" ");
      for (const thing of ORDINARY_FARE)
        if (` ${words} `.includes(` ${thing} `) && !banned.includes(thing)) banned.push(thing);
    }
  }
  return { exceptions, banned };
}

/** A client's own occasion in a draft's sentence: "your", "their", "you're hosting". */
const CLIENTS_OWN = /\b(?:your|their|you['’]re\s+hosting|you\s+are\s+hosting)\b/i;

/** Whether `sentence` (an invitation's) names an occasion the notes permit. */
export function permittedBy(notes: EntertainmentNotes, sentence: string): boolean {
  if (notes.exceptions.length === 0) return false;
  const words = wordsOf(sentence).map(singular);
  const lower = ` ${wordsOf(sentence).join(" ").toLowerCase()} `;
  const has = (w: string) => words.includes(w);
  return notes.exceptions.some((o) => {
    const head = o.head === "meal" ? words.some((w) => MEALS.has(w)) : has(o.head);
    if (!head) return false;
    if (o.theirs && !CLIENTS_OWN.test(sentence)) return false;
    if (o.name) return lower.includes(` ${o.name} `);
    return o.qualifiers.length === 0 || o.qualifiers.some(has);
  });
}

/** A host's or payer's cue: the firm offers and pays. */
const HOST_CUE =
  /\b(?:our|my)\s+(?:treat|shout)\b|\bon\s+(?:us|me|the\s+firm)\b|\b(?:host|treat|shout|buy|take)\s+(?:you|both\s+of\s+you|the\s+team)\b|\bwe(?:['’]ll|\s+will|['’]d|\s+would|\s+can)\s+(?:happily\s+)?(?:pay|cover|get\s+the\s+bill)\b|\bjoin\s+(?:us|me)\s+for\b|\bat\s+our\s+expense\b|\bour\s+guests?\b/i;
/** The client pays or hosts: "your treat", "on you", "you're buying". */
const CLIENT_PAYS =
  /\b(?:your\s+(?:treat|shout)|on\s+you\b|you(?:['’]re|\s+are|['’]ll|\s+will)\s+(?:buying|paying|pay|buy|hosting|host))\b/i;

/**
 * In `sentence`, the first ordinary thing the notes ban that the firm offers ("coffee … our
 * treat"), as its offset and length, or undefined.
 */
export function bannedOffer(
  notes: EntertainmentNotes,
  sentence: string,
): { start: number; end: number } | undefined {
  if (notes.banned.length === 0 || !HOST_CUE.test(sentence) || CLIENT_PAYS.test(sentence))
    return undefined;
  const re = /[A-Za-z\u00C0-\u024F][\w'’&-]*/g;
  const spans: { word: string; start: number; end: number }[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence))
    spans.push({ word: singular(m[0]), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < spans.length; i++) {
    for (const thing of notes.banned) {
      const parts = thing.split(" ");
      if (parts.every((p, k) => spans[i + k]?.word === p))
        return { start: spans[i]!.start, end: spans[i + parts.length - 1]!.end };
    }
  }
  return undefined;
}
