/**
 * Round 26 (detect-26b; test/heldout/analysis-h24.md §1 and §2 H, analysis-h21.md C1): a
 * competitor the profile's notes name as a party to the client's own matter.
 *
 * The firm's rule: a competitor that is a party to the client's matter (the other side of its
 * dispute, the counterparty, licensor, offtaker, defendant, the addressee of its letter before
 * action) is not a finding; naming it as a comparison, a benchmark, an alternative or a
 * recommendation is. Account partners write the role in the notes, in a clause of their own
 * ("DP World is also the other side of the berth-lease arbitration", "Nucor is the defendant in the
 * beam supply case", "We act for them in the passing-off letter against X", "naming X there is
 * fine"), and the draft then names the party without any role beside it ("X have until Friday to
 * respond"), which the draft's own reading (matter-parties.ts) cannot see.
 *
 * One reading of a notes clause, on the notes as topic-clauses.ts splits them (its sentences, and
 * its clauses that permit work), for each listed competitor the notes name:
 * - ROLE: the name, a present copula ("is", "is also", "remains"; "was" is an old matter) or a
 *   bracket, a determiner and a party's noun (the lexicon of matter-parties.ts, up to two words
 *   before it: "the head contractor"), unless the role phrase speaks of a market ("the leading
 *   supplier in the sector").
 * - AGAINST: "against X" / "X v" / "v X" in a sentence where we act, or that names a matter's
 *   head (matter-heads.ts): "We act for them in the passing-off letter against X".
 * - NAMING PERMITTED: a clause the reader reads as permitted work that names X with a verb of
 *   naming ("naming X there is fine"), and no word of comparison.
 *
 * Notes are untrusted: the names are found with indexOf, never built into a pattern, and every
 * pattern is anchored and bounded.
 */
import { MATTER_HEAD } from "./matter-heads";
import { PARTY_ROLE, PARTY_LITIGANT } from "./matter-parties";
import { shortFormsOf } from "./short-forms";
import { readNotes } from "./topic-clauses";

/** After the name: a copula or a bracket, a determiner, at most two words and a party's noun. */
const ROLE_STATED = new RegExp(
  `^(?:\\s+(?:is|are|will\\s+be|remains?|has\\s+been|have\\s+been|becomes?|acts?\\s+as)\\s+(?:(?:now|also|still|effectively)\\s+)?(?:(?:the|our|their|one\\s+of\\s+the)\\s+(?:[a-z][\\w'’-]*\\s+){0,2}?${PARTY_ROLE}|(?:a|an)\\s+${PARTY_LITIGANT})|\\s*[,(]\\s*(?:the|our|their)\\s+(?:[a-z][\\w'’-]*\\s+){0,2}?${PARTY_ROLE})\\b([^,;()]{0,60})`,
  "i",
);
/** A role phrase that speaks of a market, not of a matter: "the biggest supplier in the sector". */
const MARKET =
  /\b(?:market|markets|industry|sector|rivals?|competitors?|competing|leader|leading|biggest|largest|benchmark|compar\w*)\b/i;
/** Before the name: the side a matter is brought against, or a caption's "v". */
const AGAINST_BEFORE = /\b(?:against|versus|vs?\.?)\s+(?:the\s+)?$/i;
/**
 * Before the name: our side acting against it in a matter, "We are opposing Andean Fleece's
 * application", "we are suing X" (round 33, analysis-h32 044); read like "against".
 */
const ACTING_VERB_BEFORE =
  /\b(?:opposing|suing|challenging|defending\s+against|pursuing)\s+(?:the\s+)?$/i;
const CAPTION_AFTER = /^\s+vs?\.?\s/i;
/** Our own side acting, or a matter's head, in the sentence: the "against" is a matter's. */
const ACTING = new RegExp(
  `\\b(?:we|us|our)\\b|\\bact(?:s|ing)?\\s+for\\b|\\b(?:${MATTER_HEAD}|case|suit|action|complaint|letters?|petition|proceedings)\\b`,
  "i",
);
/** A verb of naming, in a clause of permitted work: "naming X there is fine". */
const NAMING = /\b(?:nam(?:e|es|ed|ing)|mention(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to)\b/i;

/**
 * Whether a letter or digit stands at `i` of `text` (a name's boundary is none). A letter has two
 * cases (no Unicode property class: the launch event's build would spell it out for old engines).
 */
function wordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text[i]!;
  return (c >= "0" && c <= "9") || c.toLowerCase() !== c.toUpperCase();
}

/** The starts of `name` (lower case) in `lower` as a whole word. */
function occurrences(lower: string, name: string): number[] {
  const found: number[] = [];
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    if (!wordChar(lower, at - 1) && !wordChar(lower, at + name.length)) found.push(at);
  }
  return found;
}

/** Whether the sentence states that the name at `at` (of `length`) is a party to our matter. */
function statesParty(sentence: string, at: number, length: number): boolean {
  const after = sentence.slice(at + length, at + length + 160);
  const role = ROLE_STATED.exec(after);
  if (role && !MARKET.test(role[0])) return true;
  const before = sentence.slice(Math.max(0, at - 24), at);
  if (AGAINST_BEFORE.test(before) || ACTING_VERB_BEFORE.test(before) || CAPTION_AFTER.test(after)) {
    const lead = sentence.slice(0, at);
    return ACTING.test(lead) && !MARKET.test(lead);
  }
  return false;
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * The competitors (trimmed, lower case, as listed) that the notes name as a party to the client's
 * own matter.
 */
export function notesParties(
  notes: string | undefined,
  competitors: readonly string[],
): ReadonlySet<string> {
  const parties = new Set<string>();
  if (!notes || competitors.length === 0) return parties;
  const key = `${competitors.join("\u0000")}\u0001${notes}`;
  const known = cache.get(key);
  if (known) return known;
  const names = competitors.map((c) => c.trim().toLowerCase()).filter((c) => c.length >= 2);
  const reading = readNotes(notes, competitors);
  // Round 29 (analysis-h28 I): the notes may name a listed company by the short form the draft's
  // reading accepts ("Dangote is the respondent" for "Dangote Cement"), capitalised as written.
  const shortForms = [...shortFormsOf(competitors)].map(([short, term]) => ({
    short,
    lower: short.toLowerCase(),
    name: term.trim().toLowerCase(),
  }));
  for (const sentence of reading.sentences) {
    const lower = sentence.toLowerCase();
    for (const name of names) {
      if (parties.has(name)) continue;
      if (occurrences(lower, name).some((at) => statesParty(sentence, at, name.length)))
        parties.add(name);
    }
    for (const { short, lower: form, name } of shortForms) {
      if (parties.has(name)) continue;
      const stated = occurrences(lower, form).some(
        (at) =>
          sentence.startsWith(short, at) &&
          !lower.startsWith(name, at) &&
          statesParty(sentence, at, short.length),
      );
      if (stated) parties.add(name);
    }
  }
  for (const clause of reading.clauses) {
    if (clause.polarity !== "permit" || clause.scope !== "work") continue;
    if (!NAMING.test(clause.text) || MARKET.test(clause.text)) continue;
    const lower = clause.text.toLowerCase();
    for (const name of names) if (occurrences(lower, name).length > 0) parties.add(name);
  }
  if (cache.size >= 50) cache.clear();
  cache.set(key, parties);
  return parties;
}
