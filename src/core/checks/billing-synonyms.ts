/**
 * A refused billing entry names a KIND of work: an activity ("review", "conference", "copying")
 * done to an object ("file", "documents") or by whom ("internal"). The same kind of work in
 * other words is the same refused entry: "perusal of the file", "considering papers" and "going
 * through the documents" are all "Review of file"; "meeting with associate" and "internal call"
 * are "Internal conference". This module rewrites each refused phrase in the words of a small
 * lexicon of billing activities and objects, each family a set of words a time narrative uses
 * for one thing, and finds the rewordings with the term matcher (which adds every inflection:
 * "considered the papers", "discussions with a colleague"). Whether a rewording bills is judged
 * exactly as the phrase itself is (billing-phrase.ts): an entry, or prose about billing.
 *
 * The lexicon is narrow on purpose: only words that, in a narrative, mean the same work. Words
 * that name another task are not synonyms ("check" is not "review"; "drafting" is not "note").
 */
import type { AnalysedDraft } from "../analysis";
import { foldText, TermMatcher } from "../text";
import { textFields, type TermHit } from "./helpers";
import { entryForms } from "./billing-entry-forms";

/**
 * Activities: each family one kind of work, as the nouns (and gerunds) a narrative uses for it,
 * then after ">" what it is done to, when the object matters (each object naming the same thing
 * here). Written as strings: the launch event carries them.
 *
 * - reading a file to know it (the file as a whole, as a narrative calls it); reading the
 *   correspondence (round 34: the messages by their medium, "reviewing emails", "perused
 *   letters", are the correspondence a "Perusal of correspondence" refuses). Each group after
 *   ">" is one thing: a word of one group is replaced only by the words of its own. A group
 *   marked "=" is a general word and its kinds: only the general word is replaced ("Review of
 *   e-mails" names one medium and does not refuse "reviewed letters");
 * - talking within the firm (internal only by its people, below: a call with counsel is not);
 * - copying documents (never the verb alone: "copying you in");
 * - opening a matter; getting there.
 */
const ACTIVITIES = [
  "review|perusal|consideration|reading|going through|looking through|examination|read-through>file|papers|documents|documentation|paperwork|matter file|case file|bundle>=correspondence|emails|e-mails|letters",
  "conference|meeting|discussion|call|catch-up|briefing|conferring",
  "photocopying|copying|printing|duplicating>documents|papers|bundles|pages|correspondence",
  "opening|set-up>file|matter|new matter|client file",
  "travel|journey",
].map((family) => family.split(">").map((list) => list.split("|")));

/** The group of objects of `activity` that `word` may be replaced from, if any. */
function objectGroup(activity: string[][], word: string): string[] | undefined {
  for (const group of activity.slice(1)) {
    if (group[0]!.startsWith("=")) {
      if (group[0] === "=" + word) return [word, ...group.slice(1)];
    } else if (group.indexOf(word) >= 0) return group;
  }
  return undefined;
}

/** "Internal": the firm's own people, who make a conference or a call internal. */
const INTERNAL_WORDS = ["internal", "intra-office", "team"];
const COLLEAGUES =
  "associate|colleague|team|partner|supervising partner|trainee|paralegal|fee earner|assistant".split(
    "|",
  );
/** Round 16: a word of talking, and a word that makes talk internal (its people, "team"). */
const TALK_WORD =
  /\b(?:conf(?:erence)?|meeting|mtg|discussion|call|catch-up|briefing|conferring)s?\b/;
const INTERNAL_WORD =
  /\b(?:int|internal|intra-?office|team|associate|assoc|colleague|partner|trainee|paralegal|fee earner|assistant)s?\b/;

/**
 * Round 16: whether a refused phrase refuses talking within the firm, whatever its wording: a
 * word of talk with a word that makes it internal or names a colleague ("Internal conference",
 * "Conference with colleague", "Intra-office call", "Internal meetings", "Calls with
 * associates", "Int. conf."). The refusal's kind, not its shape, arms the internal rewordings
 * and the colleague-by-initials path. Talk with the client, counsel or a third party is not
 * internal ("Conference with counsel", "Telephone conference").
 */
export function refusesInternalTalk(phrase: string): boolean {
  const folded = foldText(phrase).toLowerCase();
  return TALK_WORD.test(folded) && INTERNAL_WORD.test(folded);
}

/**
 * Whole entries said in other words, not built from an activity and an object: the file reviewed
 * (and "reading in", the idiom, matched as written), and the names of the note of a meeting.
 */
const WHOLE = [
  "review of file|review of papers|perusal of file",
  "attendance note|file note|note to file|note of attendance|attendance memo|memo to file",
].map((family) => family.split("|"));
const IDIOM = "reading in";

/** How many rewordings one phrase may give: the product of its families, bounded. */
const MAX_VARIANTS = 120;

/**
 * The rewordings of one refused phrase (folded), the phrase itself excluded, each with whether
 * the matcher inflects it: each word of an activity or object family replaced by the family's
 * members; an internal activity also as the activity "with" a colleague; a whole entry by the
 * other names of its family.
 */
export function rewordings(phrase: string): Map<string, boolean> {
  const folded = foldText(phrase).toLowerCase().replace(/\s+/g, " ").trim();
  const out = new Map<string, boolean>();
  const add = (term: string, inflect = true) => {
    if (term !== folded && out.size < MAX_VARIANTS) out.set(term, inflect);
  };
  // Round 17: "e-mail" is as often "email", and the matcher's closed form of a hyphenated term is
  // not inflected: "Review of e-mails" refuses "Reviewed emails" as it does "Reviewed e-mails".
  const closed = folded.replace(/\be-(?=mail)/g, "e");
  const bases = closed === folded ? [folded] : [folded, closed];
  add(closed);
  for (const whole of WHOLE) {
    if (whole.indexOf(folded) < 0) continue;
    whole.forEach((member) => {
      add(member);
      bases.push(member);
    });
    if (whole[0] === "review of file") add(IDIOM, false);
  }
  for (const base of bases) {
    const words = base.split(" ");
    let activity: string[][] | undefined;
    const at = words.findIndex((w) => (activity = ACTIVITIES.find((a) => a[0]!.indexOf(w) >= 0)));
    if (!activity) continue;
    const members = activity[0]!;
    const family = activity;
    // "Photocopying" alone: the activity with each of its objects ("copying of documents").
    if (words.length === 1) {
      for (const a of members) for (const o of family[1] ?? []) add(a + " of " + o);
      continue;
    }
    // "review of file": each word of the activity or its object replaced by its family.
    let terms = [""];
    words.forEach((w, i) => {
      const slot = i === at ? members : (objectGroup(family, w) ?? [w]);
      const next: string[] = [];
      for (const t of terms) for (const m of slot) next.push(t ? t + " " + m : m);
      terms = next.slice(0, MAX_VARIANTS);
    });
    // A phrasal member takes its object directly: "going through documents", not "… of …".
    for (const term of terms) add(term.replace(/ (through) of /, " $1 "));
  }
  // "Internal conference", "Conference with colleague", "Internal meetings" → "meeting with
  // associate", "catch-up with the team", "internal call": the kind of the refusal, any wording.
  if (refusesInternalTalk(folded)) {
    for (const a of ACTIVITIES[1]![0]!) {
      for (const lead of INTERNAL_WORDS) add(lead + " " + a);
      for (const who of COLLEAGUES) add(a + " with " + who);
    }
  }
  return out;
}

/**
 * Round 16: the other members of a one-word refused activity's family, which lead a time entry
 * as the refused word does: "Copying and scanning deeds 0.4" for "Photocopying", "Perusal of
 * lease 0.5" for "Review". Entry leads only (billing-phrase.ts): in prose "copying you in" or
 * "printing" name other things.
 */
export function familyLeads(phrase: string): string[] {
  const word = foldText(phrase).toLowerCase().trim();
  const family = /\s/.test(word) ? undefined : ACTIVITIES.find((a) => a[0]!.indexOf(word) >= 0);
  return family ? family[0]!.filter((member) => member !== word) : [];
}

/**
 * Round 30 (detect-30a; analysis-h28 E): a refused activity quoted alone in the notes. "Her
 * family office rejects 'perusal' entries", "will not pay for 'perusing'": the client refuses the
 * activity itself, whatever it is done to, so its word in any form refuses an entry it leads
 * ("Perused trust deeds 3.0"), as a one-word list entry does ("Photocopying"). The quote must name
 * the activity of a listed phrase ("Perusal of documents"), in a sentence that refuses. Without
 * such a quote the list's object stands: a refused "Review of file" does not refuse "Review of
 * the lease".
 */
export interface QuotedActivity {
  /** The activity as the notes and the list write it (folded), each found in every form. */
  word: string;
  /** The listed phrase it is the activity of. */
  phrase: string;
}
const QUOTED_WORD = /(?:^|[\s(])['‘"“]([A-Za-z][A-Za-z-]{2,24})['’"”](?=[\s,.;:)!?]|$)/g;
const NOTES_REFUSAL =
  /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|disallow\w*|object(?:s|ed)?\s+to|quer(?:y|ies|ied)|strikes?\s+out|bans?|banned|no|never|(?:won['’]t|will\s+not|does(?:n['’]t|\s+not)|do(?:n['’]t|\s+not)|cannot|can['’]t)\s+(?:pay|accept|allow|approve)\w*)\b/i;
/** A word's stem for comparing an activity's forms: perusal, perusing, peruse → perus. */
function activityStem(word: string): string {
  return word.replace(/(?:ations?|als?|ings?|ed|es|e|s)$/, "");
}
export function quotedActivities(
  notes: string | undefined,
  phrases: readonly string[],
): QuotedActivity[] {
  if (!notes) return [];
  const out: QuotedActivity[] = [];
  for (const sentence of notes.split(/[.!?;]\s+|\n/)) {
    if (!NOTES_REFUSAL.test(sentence)) continue;
    QUOTED_WORD.lastIndex = 0;
    for (let m = QUOTED_WORD.exec(sentence); m; m = QUOTED_WORD.exec(sentence)) {
      const word = foldText(m[1]!).toLowerCase();
      const stem = activityStem(word);
      if (stem.length < 4) continue;
      for (const phrase of phrases) {
        const words = foldText(phrase).toLowerCase().trim().split(/\s+/);
        // (A one-word phrase refuses alone already.)
        if (words.length < 2 || activityStem(words[0]!) !== stem) continue;
        for (const form of new Set([word, words[0]!]))
          if (!out.some((q) => q.word === form)) out.push({ word: form, phrase });
      }
    }
  }
  return out;
}

/**
 * A conference or a call with a fee earner named by initials, as time entries name colleagues
 * ("Conference with JW re quantum", "call with A.B."): fee earner to fee earner, an internal
 * conference. Not with the acronyms a narrative also meets (counsel, a regulator, a department),
 * nor with initials someone outside the firm is given ("JW (client)", "JW of Acme").
 */
const WITH_INITIALS =
  /\b(?:conferences?|confs?\.?|conferr(?:ed|ing)|meetings?|mtgs?\.?|met|discussions?|discussed|calls?|called|catch-ups?)\s+(?:with\s+|w\/\s*)([A-Z]{2,3}|(?:[A-Z]\.){2,3})(?![\w(])(?!\s*(?:\(|(?:of|at|from)\s))/gi;
const NOT_A_FEE_EARNER =
  " KC QC SC HR IT PR GC FD MD CEO CFO COO HMRC FCA SRA CMA ICO EU UK US NHS IRS SEC ";

/**
 * "Conference with JW" for a refused internal phrase ("Internal conference", "Intra-office
 * call"), each hit judged as the phrase itself is (an entry, or prose about billing).
 */
function withInitialsHits(draft: AnalysedDraft, phrases: readonly string[]): RewordedHit[] {
  const internal = phrases.find(refusesInternalTalk);
  const hits: RewordedHit[] = [];
  for (const field of internal ? textFields(draft) : []) {
    WITH_INITIALS.lastIndex = 0;
    for (let m = WITH_INITIALS.exec(field.scan); m; m = WITH_INITIALS.exec(field.scan)) {
      const who = m[1]!;
      if (who !== who.toUpperCase() || NOT_A_FEE_EARNER.includes(` ${who} `)) continue;
      const end = m.index + m[0].length;
      const text = field.text.slice(m.index, end);
      hits.push({
        field: field.field,
        start: m.index,
        end,
        text,
        term: internal!,
        entryOnly: false,
      });
    }
  }
  return hits;
}

/**
 * Round 31 (analysis-h29 P1): a refused activity done by some means ("Telephone attendance",
 * "Attendance on telephone", "Video conference") is the same entry when a time keeper leads with
 * the activity's verb and puts the means after its object: "Attending Mr Habimana by
 * telephone", "Conferred with the surveyor over the phone". The means must be said as a means
 * ("by", "over the", "on the", "via"), in the same clause (a title's full stop aside):
 * "Attending counsel re telephone records" is about records. Counted only as the lead of a time entry (`entryOnly`), as the other shorthand is.
 */
const ACTIVITY_VERBS: Readonly<Record<string, string>> = {
  attendance: "attend(?:ing|ed|s)?",
  conference: "conferr(?:ing|ed)|confer(?:s)?",
  discussion: "discuss(?:ing|ed|es)?",
  meeting: "meeting|met",
};
const MEANS: readonly (readonly string[])[] = [
  ["telephone", "phone", "tel", "telephonic"],
  ["video", "videolink", "video link"],
];
const MEANS_AFTER = "(?:by|over\\s+the|on\\s+the|via)\\s+";
const movedMeansCache = new Map<string, RegExp | null>();
function movedMeansPattern(phrase: string): RegExp | null {
  let pattern = movedMeansCache.get(phrase);
  if (pattern !== undefined) return pattern;
  const words = foldText(phrase).toLowerCase().split(/\s+/).filter(Boolean);
  const verb = words.map((w) => ACTIVITY_VERBS[w]).find(Boolean);
  const means = MEANS.find((family) => words.some((w) => family.indexOf(w) >= 0));
  // The activity, its means and at most a preposition between: nothing else the entry must name.
  pattern =
    verb && means && words.length <= 3
      ? new RegExp(
          `\\b(?:${verb})\\b(?:[^\\n.;:!?]|\\b(?:Mr|Mrs|Ms|Dr|St)\\.){0,60}?\\b${MEANS_AFTER}(?:${[
            ...means,
          ]
            .sort((a, b) => b.length - a.length)
            .join("|")
            .replace(/ /g, "\\s+")})\\b`,
          "gi",
        )
      : null;
  if (movedMeansCache.size >= 200) movedMeansCache.clear();
  movedMeansCache.set(phrase, pattern);
  return pattern;
}

/** "Attending Mr X by telephone" for a refused "Telephone attendance": entry leads only. */
function movedMeansHits(draft: AnalysedDraft, phrases: readonly string[]): RewordedHit[] {
  const hits: RewordedHit[] = [];
  for (const phrase of phrases) {
    const pattern = movedMeansPattern(phrase);
    if (!pattern) continue;
    for (const field of textFields(draft)) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(field.scan); m; m = pattern.exec(field.scan)) {
        const end = m.index + m[0].length;
        hits.push({
          field: field.field,
          start: m.index,
          end,
          text: field.text.slice(m.index, end),
          term: phrase,
          entryOnly: true,
        });
      }
    }
  }
  return hits;
}

/** A rewording's phrase, and whether it counts only as the lead of a time entry. */
interface Reworded {
  phrase: string;
  entryOnly: boolean;
}

const matcherCache = new Map<string, TermMatcher<Reworded> | null>();
const MAX_CACHED = 50;

/**
 * The matcher of a phrase list's rewordings and entry shorthand (billing-entry-forms.ts; each
 * hit's data: the phrase), cached by the list.
 */
function matcherFor(
  phrases: readonly string[],
  quoted: readonly QuotedActivity[] = [],
): TermMatcher<Reworded> | null {
  const key = phrases.concat(quoted.map((q) => `'${q.word}`)).join("\u0000");
  let matcher = matcherCache.get(key);
  if (matcher === undefined) {
    const entries: { term: string; data: Reworded; inflect: boolean }[] = [];
    for (const { word, phrase } of quoted)
      entries.push({ term: word, data: { phrase, entryOnly: true }, inflect: true });
    for (const phrase of phrases) {
      const reworded = rewordings(phrase);
      reworded.forEach((inflect, term) =>
        entries.push({ term, data: { phrase, entryOnly: false }, inflect }),
      );
      const forms = entryForms(phrase);
      for (const lead of familyLeads(phrase)) if (!forms.has(lead)) forms.set(lead, false);
      forms.forEach((inflect, term) => {
        if (!reworded.has(term)) entries.push({ term, data: { phrase, entryOnly: true }, inflect });
      });
    }
    matcher = entries.length > 0 ? new TermMatcher(entries) : null;
    if (matcherCache.size >= MAX_CACHED) matcherCache.clear();
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/**
 * After a hit ending in "file", a word that makes "file" the verb: "a note to file the defence".
 * A hit ending in "letter(s)" before "of" names a document, not correspondence: "letters of
 * credit", "letter of wishes" (round 34).
 */
const FILE_AS_VERB = /^\s+(?:the|a|an|this|that|these|those|it|them|our|your|their|his|her|its)\b/i;

/** A rewording's hit; `entryOnly` when it is shorthand that counts only leading a time entry. */
export interface RewordedHit extends TermHit {
  entryOnly: boolean;
}

/**
 * Rewordings of the refused phrases in the draft's text fields (body and subject), each as a hit
 * of the phrase it rewords. Links and attachments are not read for rewordings.
 */
export function rewordedHits(
  draft: AnalysedDraft,
  phrases: readonly string[],
  quoted: readonly QuotedActivity[] = [],
): RewordedHit[] {
  const matcher = matcherFor(phrases, quoted);
  if (!matcher) return [];
  const hits: RewordedHit[] = [
    ...withInitialsHits(draft, phrases),
    ...movedMeansHits(draft, phrases),
  ];
  for (const field of textFields(draft)) {
    for (const match of matcher.findAll(field.scan)) {
      if (
        /\bfile$/i.test(match.text) &&
        FILE_AS_VERB.test(field.scan.slice(match.end, match.end + 12))
      )
        continue;
      if (
        /\bletters?$/i.test(match.text) &&
        /^\s+of\b/i.test(field.scan.slice(match.end, match.end + 5))
      )
        continue;
      hits.push({
        field: field.field,
        start: match.start,
        end: match.end,
        text: field.text.slice(match.start, match.end),
        term: match.allData[0]!.phrase,
        entryOnly: match.allData.every((data) => data.entryOnly),
      });
    }
  }
  return hits;
}
