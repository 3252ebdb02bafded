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
 * - The matter: the subject line holds a noun of a kind of legal work (MATTER_KINDS, a lexicon of
 *   matter nouns, not of phrases) and no cue that the subject is about the rival as a rival
 *   (a comparison, a benchmark, a model to copy, market news).
 * - The brand is the matter's argument when the subject names it as a part of its own ("Bering
 *   Pride - short payment claim": the brand is one of the subject's parts, the matter another),
 *   or after the matter's noun and a preposition of a party ("transfer in from the Liberian
 *   Registry", "due diligence on the fragrance division of Oriel Beauté"), in the subject or, for
 *   the subject's own matter noun, in a sentence of the body.
 * - Such a brand's mentions in the subject and the body are read as the party, each unless its
 *   own sentence holds a cue (`mentionCued`: comparison, precedent, praise, market news, our own
 *   client; and RECOMMENDS, a model to copy or learn from). Attachments and links still count.
 *
 * A brand that is not the matter's argument is judged as before. Cost: one pass over the subject,
 * and one bounded window per mention of a brand (`sentenceBefore`).
 */
import type { AnalysedDraft } from "../analysis";
import { isCommonWord } from "../text";
import { fieldOf, type TermHit } from "./helpers";
import { mentionCued, sentenceBefore } from "./matter-parties";

/**
 * Kinds of the client's legal work, each a family of forms (noun and verb). Not a deal in
 * general ("deal", "JV", "partnership", "sponsorship", "proposal", "pitch"): a rival's deal is
 * the thing a client minds, and an idea of one with the rival is no matter yet.
 */
const MATTER_KINDS: readonly string[] = [
  "(?:counter-?)?claim(?:s|ed|ing)?",
  "disput(?:e|es|ed|ing)",
  "litigation",
  "arbitrat(?:ion|ions|ing)",
  "proceedings",
  "oppositions?",
  "invalidity",
  "revocation",
  "cancellation action",
  "infring(?:e|es|ed|ing|ement|ements)",
  "injunctions?",
  "appeals?",
  "enforcement",
  "judge?ments?",
  "short[- ]?(?:pa(?:y|id|ying|yment)s?)",
  "non-?payment",
  "arrears",
  "debt recovery",
  "tender(?:s|ed|ing)?",
  "procurement",
  "award notice",
  "standstill",
  "transfer(?:s|red|ring)?",
  "re-?flag(?:ging|ged)?",
  "novat(?:ion|ions|ed|ing)",
  "assignments?",
  "mergers?",
  "acquisitions?",
  "disposals?",
  "takeover",
  "buy-?outs?",
  "due diligence",
  "leases?",
  "leasing",
  "tenancy",
  "sub-?let(?:ting)?",
  "licen[cs](?:e|es|ing)",
  "settlement",
  "mediation",
  "(?:re-?)?negotiat(?:e|es|ed|ing|ion|ions)",
  "terminat(?:e|es|ed|ing|ion)",
  "insolvency",
  "liquidation",
  "winding[- ]up",
  "subrogation",
  "demurrage",
];
const KIND_PATTERNS = MATTER_KINDS.map((kind) => new RegExp(`\\b${kind}\\b`, "i"));

/**
 * A cue that the mention names the rival as a rival: a model to copy or learn from, a comparator,
 * an idea (GRATUITOUS, read by `mentionCued`, holds the comparisons, praise and market news).
 */
const RECOMMENDS =
  /\b(?:cop(?:y|ied|ying)|emulat(?:e|ed|ing)|learn(?:t|ed|ing)?\s+from|lessons?\s+from|take a leaf|borrow(?:ed|ing)?\s+from|inspir(?:ed|ation)|worth (?:a )?look|look at how|playbook|template|models?|approach|comparators?|cf\.?|idea|ideas)\b/i;

/** The parts of a subject line: "RE: Bering Pride - short payment claim" has three. */
const PART_SEPARATOR = /\s+[-–—|]\s+|\s*[:;()[\]?]\s*|\s+\/\s+/g;

/** What may follow a brand to the end of its part and still leave the part the brand's name. */
const NAME_TAIL =
  /^(?:['’]s)?(?:,?\s+(?:[A-Z][\w&'’.-]*|plc|llp|llc|ltd|inc|corp|limited|gmbh|s\.a\.?|b\.v\.?|n\.v\.?|a\/s|oyj?|ag|sa|as))*\s*$/;

/** A preposition of a party after the matter's noun: "claim against", "transfer … from". */
const PARTY_PREPOSITION = "(?:from|with|against|by|of|on|v|vs|versus)";
/** Words that may stand between the noun and the preposition: not a comparison or a clause's joint. */
const BETWEEN = `(?:\\s+(?!(?:than|like|as|unlike|compared|similar|and|but|or|which|who|that)\\b)[\\w'’.-]+(?:,\\d+)*){0,5}?`;

function argumentBefore(kinds: readonly string[]): RegExp {
  return new RegExp(
    `\\b(?:${kinds.join("|")})${BETWEEN}\\s+${PARTY_PREPOSITION}\\.?\\s+(?:the\\s+)?$`,
    "i",
  );
}

interface Part {
  start: number;
  end: number;
}

/** The draft's matter, as the subject line names it. */
interface Matter {
  /** The matter kinds the subject names (MATTER_KINDS' patterns), none when it names none. */
  kinds: string[];
  /** The subject's parts, in order. */
  parts: Part[];
  /** Whether a part holds a matter kind, by index of `parts`. */
  partKinds: boolean[];
  /** The subject's own frame "<matter> … from/with/against … X", for any matter kind. */
  subjectFrame: RegExp | null;
  /** The same frame with the subject's own kinds, for the body's sentences. */
  bodyFrame: RegExp | null;
}

const NO_MATTER: Matter = {
  kinds: [],
  parts: [],
  partKinds: [],
  subjectFrame: null,
  bodyFrame: null,
};

/** The subject's cues: the subject names the rival as a rival or news, not a matter. */
const SUBJECT_CUE =
  /\b(?:like|unlike|similar|benchmark|precedent|example|compar\w*|than|market|industry|sector|rivals?|competitors?|news|announced|launched|rumou?r\w*|press|article)\b/i;

function matterOf(draft: AnalysedDraft): Matter {
  return draft.memo("matter-reading", () => {
    const subject = draft.subject.scan;
    if (subject.trim() === "" || SUBJECT_CUE.test(subject) || RECOMMENDS.test(subject))
      return NO_MATTER;
    const kinds = MATTER_KINDS.filter((_, i) => KIND_PATTERNS[i]!.test(subject));
    if (kinds.length === 0) return NO_MATTER;
    const parts: Part[] = [];
    let at = 0;
    PART_SEPARATOR.lastIndex = 0;
    for (let m = PART_SEPARATOR.exec(subject); m; m = PART_SEPARATOR.exec(subject)) {
      if (m[0].length === 0) {
        PART_SEPARATOR.lastIndex++;
        continue;
      }
      parts.push({ start: at, end: m.index });
      at = m.index + m[0].length;
    }
    parts.push({ start: at, end: subject.length });
    const partKinds = parts.map(({ start, end }) => {
      const text = subject.slice(start, end);
      return KIND_PATTERNS.some((p) => p.test(text));
    });
    return {
      kinds,
      parts,
      partKinds,
      subjectFrame: argumentBefore(MATTER_KINDS),
      bodyFrame: argumentBefore(kinds),
    };
  });
}

/** The matter kinds the draft's subject line names (for the corpus scripts' exposure count). */
export function subjectMatterKinds(draft: AnalysedDraft): readonly string[] {
  return matterOf(draft).kinds;
}

/** Whether a subject line's mention is the matter's argument: a part of its own, or after the matter's noun. */
function subjectArgument(draft: AnalysedDraft, matter: Matter, hit: TermHit): boolean {
  const subject = draft.subject.scan;
  const index = matter.parts.findIndex((p) => p.start <= hit.start && hit.end <= p.end);
  if (index < 0) return false;
  const part = matter.parts[index]!;
  const lead = subject.slice(part.start, hit.start);
  // The brand is a part of its own ("Bering Pride - short payment claim"), and another part names the matter.
  if (
    /^\s*(?:the\s+)?$/i.test(lead) &&
    NAME_TAIL.test(subject.slice(hit.end, part.end)) &&
    matter.partKinds.some((has, i) => has && i !== index)
  )
    return true;
  return matter.subjectFrame !== null && matter.subjectFrame.test(lead);
}

/**
 * Whether the subject has a part of its own that is the brand's name shortened to its first words
 * ("Bering Pride - short payment claim" for "Bering Pride Seafoods"), beside a part naming the
 * matter. A shortened name that is one common word ("Royal" for "Royal Dutch Shell") says nothing.
 */
function subjectNamesShort(draft: AnalysedDraft, matter: Matter, term: string): boolean {
  const words = term.trim().split(/\s+/);
  if (words.length < 2) return false;
  const subject = draft.subject.scan;
  return matter.parts.some((part, index) => {
    if (matter.partKinds[index]) return false;
    const named = subject
      .slice(part.start, part.end)
      .trim()
      .replace(/^the\s+/i, "")
      .split(/\s+/);
    return (
      named.length < words.length &&
      named.every((word, i) => word === words[i]) &&
      (named.length > 1 || (named[0]!.length >= 4 && !isCommonWord(named[0]!))) &&
      matter.partKinds.some((has, i) => has && i !== index)
    );
  });
}

/** Whether a body mention is an argument of the subject's own matter noun in its sentence. */
function bodyArgument(draft: AnalysedDraft, matter: Matter, hit: TermHit): boolean {
  if (matter.bodyFrame === null) return false;
  const field = fieldOf(draft, hit.field as "body" | "location");
  return matter.bodyFrame.test(sentenceBefore(field.scan, hit.start));
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
 * The brands (as `brandOf` names them, lower case) that are arguments of the draft's matter: a
 * mention in the subject line or the body in the matter's frame, with no cue in its sentence.
 */
export function matterArguments(
  draft: AnalysedDraft,
  hits: readonly TermHit[],
  brandOf: (hit: TermHit) => string,
): Set<string> {
  const found = new Set<string>();
  const matter = matterOf(draft);
  if (matter.kinds.length === 0) return found;
  for (const hit of hits) {
    if (!readable(hit)) continue;
    const brand = brandOf(hit).trim().toLowerCase();
    if (found.has(brand)) continue;
    const argument =
      hit.field === "subject"
        ? subjectArgument(draft, matter, hit)
        : (subjectNamesShort(draft, matter, hit.term) || bodyArgument(draft, matter, hit)) &&
          !mentionCued(draft, hit, RECOMMENDS);
    if (argument) found.add(brand);
  }
  return found;
}

/**
 * Whether a mention of a brand that is an argument of the draft's matter reads as the party: in
 * the subject or the body, written as a name, with no cue in its sentence.
 */
export function readsAsMatterParty(draft: AnalysedDraft, hit: TermHit): boolean {
  if (!readable(hit)) return false;
  if (hit.field === "subject") return matterOf(draft).kinds.length > 0;
  return !mentionCued(draft, hit, RECOMMENDS);
}
