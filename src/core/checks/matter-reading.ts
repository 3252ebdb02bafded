/**
 * Round 23 (detect-23a; test/heldout/analysis-h21.md §3 item 3): the draft's matter, read once
 * from its subject line, and the competitors that are arguments of it.
 *
 * Eleven blind sets by eleven writers failed in one recurring way: a competitor named in its role
 * in the client's own matter with a verb or role noun no lexicon of `matter-parties.ts` holds
 * ("Bering Pride - short payment claim" above "Bering Pride Seafoods has short-paid the October
 * deliveries", "transfer in from the Liberian Registry" above "She is registered with the
 * Liberian Registry"). Each round added the last set's phrase and the next writer used another.
 * What the drafts share is their shape, not a phrase: the subject line names a matter of legal
 * work (a claim, a tender, an opposition, a transfer, a due diligence …), and the brand is that
 * matter's argument.
 *
 * - The matter: the subject line holds a noun of a kind of legal work (KIND, a lexicon of matter
 *   nouns, not of phrases) and no cue that the subject is about the rival as a rival
 *   (a comparison, a benchmark, a model to copy, market news).
 * - The brand is the matter's argument when the subject names it as a part of its own ("Bering
 *   Pride - short payment claim": the brand, or its listed name shortened to its first words, is
 *   one of the subject's parts, the matter another), or after the matter's noun and a preposition
 *   of a party ("transfer in from the Liberian Registry", "due diligence on the fragrance division
 *   of Oriel Beauté"), in the subject or, for the subject's own matter noun, in a sentence of the
 *   body.
 * - Such a brand's mentions in the subject and the body are read as the party, each unless its
 *   own sentence holds a cue (`comparesOrPraises` with cues: a comparison, a precedent, praise,
 *   market news, our own client; and RECOMMENDS, a model to copy or learn from). Attachments and
 *   links still count.
 *
 * A brand that is not the matter's argument is judged as before. Cost: one pass over the subject,
 * and one bounded window per mention of a brand (`sentenceBefore`).
 */
import type { AnalysedDraft } from "../analysis";
import { isCommonWord } from "../text";
import { fieldOf, type TermHit } from "./helpers";
import { isBenchmark, PROCESS_HEAD } from "./matter-heads";
import { comparesOrPraises, GRATUITOUS, sentenceBefore } from "./matter-parties";

/**
 * Kinds of the client's legal work, each the stem of a family of forms (noun and verb: "claim",
 * "claiming", "counterclaims"). Not a deal in general ("deal", "JV", "partnership",
 * "sponsorship", "proposal", "pitch"): a rival's deal is the thing a client minds, and an idea of
 * one with the rival is no matter yet.
 */
const KIND = `(?:counter-?)?claim|disput|litigat|arbitrat|proceeding|opposition|invalidity|revocation|infring|injunction|appeal|enforcement|judge?ment|short[- ]?pa[iy]|non-?payment|arrears|tender|procurement|standstill|transfer|re-?flag|novat|assignment|merger|acquisition|disposal|takeover|buy-?out|due diligence|leas(?:e|ing)|tenancy|sub-?let|licen[cs]|settlement|mediation|(?:re-?)?negotiat|terminat|insolvency|liquidation|winding[- ]up|subrogation|demurrage|${PROCESS_HEAD}`;
const KINDS = new RegExp(`\\b(?:${KIND})`, "gi");
/**
 * The brand after the matter's noun, up to five words and a preposition of a party: "transfer in
 * from the X", "due diligence on the fragrance division of X", "opposition to application
 * 3,456,789 by X". Not across a comparison or a clause's joint.
 */
const FRAME = new RegExp(
  `\\b(${KIND})[\\w-]*(?:\\s+(?!(?:than|like|as|unlike|and|but|or|which|who|that)\\b)[\\w'’.-]+(?:,\\d+)*){0,5}?\\s+(?:from|with|against|by|of|on|v|vs|versus)\\.?\\s+(?:the\\s+)?$`,
  "i",
);
/**
 * A model to copy or learn from, a comparator, an idea: the rival as a rival (GRATUITOUS holds
 * the comparisons, praise and market news).
 */
export const RECOMMENDS =
  /\b(?:cop(?:y|ied|ying)\b|emulat|(?:learn\w*|lessons?|borrow\w*) from|inspir|playbook|template|approach|comparator|cf\b|idea)/i;
/** The parts of a subject line: "RE: Bering Pride - short payment claim" has three. */
const PART_SEPARATOR = /\s+[-–—|]\s+|\s*[/:;()[\]?]\s*/;

/** The draft's matter: the stems of the kinds its subject names, and the subject's parts. */
interface Matter {
  stems: string[];
  parts: string[];
}

/**
 * The kinds of legal work `text` names, each unless it modifies a word of comparison ("lease
 * comps": round 24, matter-heads.ts).
 */
function stems(text: string): string[] {
  const found: string[] = [];
  KINDS.lastIndex = 0;
  for (let m = KINDS.exec(text); m; m = KINDS.exec(text)) {
    const word = /^[\w-]*/.exec(text.slice(KINDS.lastIndex))![0];
    if (!isBenchmark(text.slice(KINDS.lastIndex + word.length))) found.push(m[0].toLowerCase());
  }
  return found;
}

function matterOf(draft: AnalysedDraft): Matter {
  return draft.memo("matter-reading", () => {
    const subject = draft.subject.scan;
    const cued = GRATUITOUS.test(subject) || RECOMMENDS.test(subject);
    return { stems: cued ? [] : stems(subject), parts: subject.split(PART_SEPARATOR) };
  });
}

/** The stems of the kinds of legal work the draft's subject line names (none for a cued subject). */
export function matterKinds(draft: AnalysedDraft): readonly string[] {
  return matterOf(draft).stems;
}

/**
 * Whether a part of the subject other than the `index`th is `name` alone (with the rest of a
 * company's name, a possessive, "the"), and another part names the matter.
 */
function alonePart(matter: Matter, name: (part: string) => boolean): boolean {
  return matter.parts.some(
    (part, index) =>
      name(part.trim().replace(/^the\s+/i, "")) &&
      matter.parts.some((other, i) => i !== index && stems(other).length > 0),
  );
}

/**
 * Whether the subject names the brand as the matter's argument: a part of its own ("Bering Pride -
 * short payment claim"), its listed name shortened to its first words there ("Bering Pride" for
 * "Bering Pride Seafoods"; one common word says nothing), or after the matter's noun ("transfer in
 * from X").
 */
function inSubject(draft: AnalysedDraft, matter: Matter, hit: TermHit): boolean {
  const words = hit.term.trim().split(/\s+/);
  const named = (part: string) => {
    const own = part.split(/\s+/);
    return (
      (hit.field === "subject" &&
        part.startsWith(hit.text) &&
        /^(?:['’]s)?(?:,?\s+(?:[A-Z][\w&'’.-]*|plc|llp|ltd|inc))*$/.test(
          part.slice(hit.text.length),
        )) ||
      (own.length < words.length &&
        own.every((word, i) => word === words[i]) &&
        (own.length > 1 || (own[0]!.length >= 4 && !isCommonWord(own[0]!))))
    );
  };
  if (alonePart(matter, named)) return true;
  return hit.field === "subject" && FRAME.test(sentenceBefore(draft.subject.scan, hit.start));
}

/** A mention that can be read as the party: in the author's text of the subject or the body, written as a name. */
function readable(hit: TermHit): boolean {
  return (
    hit.field !== "attachment" &&
    hit.href === undefined &&
    hit.text[0] !== hit.text[0]?.toLowerCase()
  );
}

/**
 * The brands (as `brandOf` names them, lower case) that are arguments of the draft's matter: named
 * so in the subject line, or a body mention after the subject's own matter noun (same stem) with
 * no cue in its sentence.
 */
export function matterArguments(
  draft: AnalysedDraft,
  hits: readonly TermHit[],
  brandOf: (hit: TermHit) => string,
): Set<string> {
  const found = new Set<string>();
  const matter = matterOf(draft);
  if (matter.stems.length === 0) return found;
  for (const hit of hits) {
    const brand = brandOf(hit).trim().toLowerCase();
    if (found.has(brand) || !readable(hit)) continue;
    if (inSubject(draft, matter, hit)) {
      if (hit.field === "subject" || !comparesOrPraises(draft, hit, RECOMMENDS)) found.add(brand);
      continue;
    }
    if (hit.field === "subject" || hit.field === "attachment") continue;
    const frame = FRAME.exec(sentenceBefore(fieldOf(draft, hit.field).scan, hit.start));
    if (
      frame &&
      matter.stems.includes(frame[1]!.toLowerCase()) &&
      !comparesOrPraises(draft, hit, RECOMMENDS)
    )
      found.add(brand);
  }
  return found;
}

/**
 * Whether a mention of a brand that is an argument of the draft's matter reads as the party: in
 * the subject or the body, written as a name, with no cue in its sentence (the subject has none).
 */
export function readsAsMatterParty(draft: AnalysedDraft, hit: TermHit): boolean {
  return readable(hit) && (hit.field === "subject" || !comparesOrPraises(draft, hit, RECOMMENDS));
}
