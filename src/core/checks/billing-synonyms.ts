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

interface Activity {
  /** The nouns (and gerunds) a narrative uses for one kind of work. */
  members: readonly string[];
  /** What it is done to, when the object matters: each member names the same thing here. */
  objects?: readonly string[];
}

/** Activities: each family one kind of work. */
const ACTIVITIES: readonly Activity[] = [
  // Reading a file to know it: the file as a whole, as a narrative calls it.
  {
    members: [
      "review",
      "perusal",
      "consideration",
      "reading",
      "going through",
      "looking through",
      "examination",
      "read-through",
    ],
    objects: [
      "file",
      "papers",
      "documents",
      "documentation",
      "paperwork",
      "matter file",
      "case file",
    ],
  },
  // Talking within the firm (internal only by its people, below: a call with counsel is not).
  {
    members: ["conference", "meeting", "discussion", "call", "catch-up", "briefing", "conferring"],
  },
  // Copying documents: never the verb alone ("copying you in").
  {
    members: ["photocopying", "copying", "printing", "duplicating"],
    objects: ["documents", "papers", "bundles", "pages", "correspondence"],
  },
  // Opening a matter.
  { members: ["opening", "set-up"], objects: ["file", "matter", "new matter", "client file"] },
  // Getting there.
  { members: ["travel", "journey"] },
];

/** "Internal": the firm's own people, who make a conference or a call internal. */
const INTERNAL_WORDS = ["internal", "intra-office", "team"];
const COLLEAGUES = [
  "associate",
  "colleague",
  "team",
  "partner",
  "supervising partner",
  "trainee",
  "paralegal",
  "fee earner",
  "assistant",
];

/**
 * Whole entries said in other words, not built from an activity and an object: an idiom for
 * reading a file ("reading in"), and the names of the note of a meeting.
 */
const WHOLE: readonly { members: readonly string[]; idioms?: readonly string[] }[] = [
  { members: ["review of file", "review of papers", "perusal of file"], idioms: ["reading in"] },
  {
    members: [
      "attendance note",
      "file note",
      "note to file",
      "note of attendance",
      "attendance memo",
      "memo to file",
    ],
  },
];

/** How many rewordings one phrase may give: the product of its families, bounded. */
const MAX_VARIANTS = 120;

interface Variant {
  term: string;
  inflect: boolean;
}

function activityOf(word: string): Activity | undefined {
  return ACTIVITIES.find((a) => a.members.includes(word));
}

/**
 * The rewordings of one refused phrase (folded), the phrase itself excluded: each word of an
 * activity or object family replaced by the family's members; an internal activity also as the
 * activity "with" a colleague; a whole entry by the other names of its family.
 */
export function rewordings(phrase: string): Variant[] {
  const folded = foldText(phrase).toLowerCase().replace(/\s+/g, " ").trim();
  const out = new Map<string, boolean>();
  const add = (term: string, inflect: boolean) => {
    if (term !== folded && out.size < MAX_VARIANTS && !out.has(term)) out.set(term, inflect);
  };
  const bases = [folded];
  for (const whole of WHOLE) {
    if (!whole.members.includes(folded)) continue;
    for (const member of whole.members) {
      add(member, true);
      bases.push(member);
    }
    for (const idiom of whole.idioms ?? []) add(idiom, false);
  }
  for (const base of bases) {
    const words = base.split(" ");
    const at = words.findIndex((w) => activityOf(w) !== undefined);
    if (at < 0) continue;
    const activity = activityOf(words[at]!)!;
    const objects = activity.objects ?? [];
    // "Photocopying" alone: the activity with each of its objects ("copying of documents").
    if (words.length === 1) {
      for (const a of activity.members) for (const o of objects) add(`${a} of ${o}`, true);
      continue;
    }
    // "review of file": each word of the activity or its object replaced by its family.
    const slots = words.map((w, i) =>
      i === at ? [...activity.members] : objects.includes(w) ? [...objects] : [w],
    );
    // A phrasal member takes its object directly: "going through documents", not "… of …".
    for (const term of product(slots)) add(term.replace(/ (through|over) of /, " $1 "), true);
    // "Internal conference" → "meeting with associate", "catch-up with the team", "internal call".
    const internal = words.findIndex((w) => INTERNAL_WORDS.includes(w));
    if (internal >= 0 && words.length === 2) {
      for (const a of activity.members) {
        for (const lead of INTERNAL_WORDS) add(`${lead} ${a}`, true);
        for (const who of COLLEAGUES) add(`${a} with ${who}`, true);
      }
    }
  }
  return [...out].map(([term, inflect]) => ({ term, inflect }));
}

function product(slots: readonly string[][]): string[] {
  let terms = [""];
  for (const slot of slots) {
    const next: string[] = [];
    for (const t of terms) for (const w of slot) next.push(t ? `${t} ${w}` : w);
    terms = next;
    if (terms.length > MAX_VARIANTS) return terms.slice(0, MAX_VARIANTS);
  }
  return terms;
}

const matcherCache = new Map<string, TermMatcher<string> | null>();
const MAX_CACHED = 50;

/** The matcher of a phrase list's rewordings (each hit's data: the phrase), cached by the list. */
function matcherFor(phrases: readonly string[]): TermMatcher<string> | null {
  const key = phrases.join("\u0000");
  let matcher = matcherCache.get(key);
  if (matcher === undefined) {
    const entries = phrases.flatMap((phrase) =>
      rewordings(phrase).map((v) => ({ term: v.term, data: phrase, inflect: v.inflect })),
    );
    matcher = entries.length > 0 ? new TermMatcher(entries) : null;
    if (matcherCache.size >= MAX_CACHED) matcherCache.clear();
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** After a hit ending in "file", a word that makes "file" the verb: "a note to file the defence". */
const FILE_AS_VERB = /^\s+(?:the|a|an|this|that|these|those|it|them|our|your|their|his|her|its)\b/i;

/**
 * Rewordings of the refused phrases in the draft's text fields (body and subject), each as a hit
 * of the phrase it rewords. Links and attachments are not read for rewordings.
 */
export function rewordedHits(draft: AnalysedDraft, phrases: readonly string[]): TermHit[] {
  const matcher = matcherFor(phrases);
  if (!matcher) return [];
  const hits: TermHit[] = [];
  for (const field of textFields(draft)) {
    for (const match of matcher.findAll(field.scan)) {
      if (
        /\bfile$/i.test(match.text) &&
        FILE_AS_VERB.test(field.scan.slice(match.end, match.end + 12))
      )
        continue;
      hits.push({
        field: field.field,
        start: match.start,
        end: match.end,
        text: field.text.slice(match.start, match.end),
        term: match.allData[0]!,
      });
    }
  }
  return hits;
}
