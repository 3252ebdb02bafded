/**
 * How time keepers write a refused entry in a time entry's own shorthand, which prose does not
 * use (round 11):
 *
 * - **abbreviations that are ambiguous in prose** but not at the head of a narrative: "Rev.
 *   file" (review, not "Rev. Smith" the clergyman or a revision), "Attn. on client"
 *   (attendance, not "Attn: Accounts"). The unambiguous ones ("prep.", "conf.", "corresp.",
 *   "tel.", "w/") are the term matcher's own (`inflections.ts`) and count everywhere;
 * - **a closed compound** of a hyphenated word with a separable prefix: "Intraoffice conf." for
 *   "Intra-office conference" (the matcher's "joined" form is not inflected or abbreviated);
 * - **the activity for its noun, its modifier dropped**: "Researching limitation",
 *   "Researched CPR 31" for "Legal research": a modifier that only says the work is of the
 *   usual kind in a law firm ("legal", "general", "routine") adds nothing to the entry, and a
 *   narrative leads with the activity's gerund, its past tense or its noun alone ("Research into
 *   …", round 34). Only as the entry's first words:
 *   "we have been researching the point" in advice is not an entry;
 * - **the medium for its correspondence**: "E-mails to client", "Emails re completion" for
 *   "Email correspondence" (the medium in the plural is the correspondence itself).
 *
 * Each form is found by the term matcher and then counts only where its line is a time entry
 * and the form leads the narrative (billing-phrase.ts), never in prose, however billing it is.
 */
import { foldText } from "../text";
import { EMPTY_MODIFIERS, singularsOf } from "../text/inflections";

/** Abbreviations a time entry uses that prose uses for other words ("Rev." is a clergyman). */
const ENTRY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  review: ["rev"],
  reviewing: ["rev"],
  attendance: ["attn", "attd"],
  attending: ["attn", "attd"],
  research: ["rsch", "rsrch"],
  telephone: ["tc", "t/c"],
};

const ENTRY_ABBREVIATION_FORMS: ReadonlySet<string> = new Set(
  Object.keys(ENTRY_ABBREVIATIONS).flatMap((word) => ENTRY_ABBREVIATIONS[word]!),
);

/** Whether a folded word is one of a time entry's own abbreviations ("rev", "attd"). */
export function isEntryAbbreviation(word: string): boolean {
  return ENTRY_ABBREVIATION_FORMS.has(word);
}

/** Prefixes written hyphenated or closed ("intra-office", "intraoffice"). */
const CLOSING_PREFIXES = ["intra", "inter", "non", "multi", "cross"];

/** The activity's gerund and past tense, from its noun: "research" → researching, researched. */
function activityForms(noun: string): string[] {
  if (!/^[a-z]{4,}$/.test(noun) || /(?:ion|ment|ance|ence|al|ing|s)$/.test(noun)) return [];
  const stem = noun.endsWith("e") ? noun.slice(0, -1) : noun;
  return [stem + "ing", stem + "ed"];
}

/** Particles that end an entry ("Letters out"). */
const PARTICLE_ENDS: ReadonlySet<string> = new Set(["out", "in", "up", "back"]);

/** Media whose plural is the correspondence itself: "emails" for "email correspondence". */
const MEDIA = ["email", "e-mail", "letter"];

/**
 * The shorthand forms of one refused phrase (folded), each with whether the matcher inflects
 * it. Empty for a phrase with none.
 */
export function entryForms(phrase: string): Map<string, boolean> {
  const folded = foldText(phrase).toLowerCase().replace(/\s+/g, " ").trim();
  const out = new Map<string, boolean>();
  const add = (term: string, inflect: boolean) => {
    if (term !== folded && !out.has(term)) out.set(term, inflect);
  };
  const words = folded.split(" ");
  // A one-word entry has nothing to anchor an ambiguous abbreviation ("Rev." alone).
  if (words.length >= 2) {
    words.forEach((word, k) => {
      for (const short of ENTRY_ABBREVIATIONS[word] ?? [])
        add([...words.slice(0, k), short, ...words.slice(k + 1)].join(" "), true);
    });
  }
  words.forEach((word, k) => {
    const prefix = CLOSING_PREFIXES.find((p) => word.startsWith(p + "-"));
    if (prefix)
      add([...words.slice(0, k), word.replace("-", ""), ...words.slice(k + 1)].join(" "), true);
  });
  if (words.length === 2 && EMPTY_MODIFIERS.has(words[0]!)) {
    const forms = activityForms(words[1]!);
    for (const form of forms) add(form, false);
    // Round 34: and the activity's noun itself, leading the entry ("Research into fair dealing
    // 2.3h" for "Legal research"), as its gerund does.
    if (forms.length > 0) add(words[1]!, false);
  }
  // Round 34: a plural before the particle that ends the entry ("Letters out", "Calls in", as
  // "Routine letters in or out" gives them) is one of them in a time entry: "Letter out to
  // claimant's solicitors". The matcher inflects the last word, here the particle. A leading
  // modifier of the usual kind may go, as the matcher lets it go elsewhere.
  const last = words.length - 1;
  if (last >= 1 && PARTICLE_ENDS.has(words[last]!)) {
    const from = last >= 2 && EMPTY_MODIFIERS.has(words[0]!) ? [0, 1] : [0];
    for (const one of singularsOf(words[last - 1]!))
      for (const k of from) add([...words.slice(k, last - 1), one, words[last]!].join(" "), false);
  }
  if (words.length === 2 && words[1] === "correspondence" && MEDIA.includes(words[0]!)) {
    add(words[0] + "s", false);
  }
  return out;
}
