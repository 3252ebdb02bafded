import { GRATUITOUS } from "../../src/core/checks/matter-parties";

/**
 * Round 38 (detect-neg-38, docs/checks.md "False alarms on first sight, by mechanism"); shipped in
 * competitor-mention and withdrawn the same round: a review found real mentions it silenced ("the
 * Norvik merger?", "Norvik's appeal to younger shoppers", "the Norvik free trial"). Kept here as the
 * measured candidate. A
 * competitor named as the client's own matter. Lawyers name a matter after the other party or the
 * target: "the Halden trial", "the Norvik acquisition", "the Norvik asset purchase", "two Norvik
 * matters", "Norvik document production", "INDECOPI opposition - Norvik application". A name
 * used as the modifier of a noun of proceedings or of a deal is the matter's label, so the brand
 * is a party to the client's own matter (matter-parties.ts), not a rival named gratuitously. With
 * a possessive, only what a party files against the client counts ("Norvik's objection",
 * "Norvik's challenge"): "Norvik's acquisition of…" or "Norvik's application" is the rival's own
 * business, which the client minds. A matter held up as a comparator or precedent in its sentence
 * ("the Norvik litigation is the obvious comparator") is not the client's, and case names ("X v
 * Y") are authorities, not matters: neither is read here.
 *
 * "Reportedly", "in the press" and the other cues of market talk (GRATUITOUS) keep it the
 * rival's news.
 *
 * Each test runs on a bounded slice after the mention (60 characters) or around it (its line,
 * at most 200 characters either side); no lookbehind.
 */

/**
 * Nouns of proceedings and of deals a matter is named by. Not "challenge", which after a name is
 * as often the rival's challenge to the client in the market ("our answer to the X challenge").
 */
const MATTER_NOUN =
  "trial|case|litigation|lawsuit|proceedings|arbitration|dispute|hearing|appeal|opposition|application|matters?|document production|disclosure|acquisition|asset purchase|share purchase|purchase|disposal|merger|transaction|closing|completion";

/**
 * After the name, one optional word in small letters ("nuisance", "tender") and the matter's
 * noun; not a noun with its own object or agent after it ("the X acquisition of Y", "the X case
 * study"), which is about another deal or a document.
 */
const MATTER_NAMED_AFTER = new RegExp(
  `^\\s+(?:[a-z]+\\s+)?(?:${MATTER_NOUN})\\b(?!\\s+(?:of|by|for|study|studies)\\b)`,
);

/** After a possessive name, what only a party files against the client. */
const CONTEST_AFTER = /^\s+(?:challenge|appeal|opposition|objection)s?\b/;

/**
 * A sentence that holds the matter up as a comparator or a precedent, or reports it as news
 * (matter-parties.ts's cues of a gratuitous mention: "like", "benchmark", "reportedly", "press").
 */
const COMPARED =
  /\b(?:compar\w*|benchmark\w*|precedents?|similar|like|analog\w*|example|authority)\b/i;

/** How far around the mention the comparison is looked for, within its line. */
const REACH = 200;

/**
 * Whether the name at `start`–`end` of `text` (a possessive "'s" may be part of it) is the label
 * of the client's matter: "the Norvik trial", "Norvik acquisition - due diligence list".
 */
export function namesMatter(text: string, start: number, end: number): boolean {
  const apostrophe = text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019;
  const possessive = apostrophe || /['’]s?$/.test(text.slice(start, end));
  const after = text.slice(end, end + 60).replace(/^['’]s?/, "");
  if (!(possessive ? CONTEST_AFTER : MATTER_NAMED_AFTER).test(after)) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(lineStart, start - REACH);
  const lineEnd = text.indexOf("\n", end);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + REACH);
  const window = text.slice(from, to);
  return !COMPARED.test(window) && !GRATUITOUS.test(window);
}
