/**
 * Mentions of a competitor that the client's matter or the law requires, beyond the parties of
 * `matter-parties.ts`: the lawyer cannot give the advice without naming the rival, and a careful
 * partner would not want a warning. Each is a role of the rival (a player in a market a
 * competition authority assesses, a departing employee's new employer, a company a regulator has
 * acted against, words of a document under review), shown by the reference around the mention
 * (a cue of that kind of advice in its paragraph or sentence), and allowed only when the
 * sentence's purpose is not one the client minds (praise, comparison or precedent, a
 * recommendation, gossip, another client of ours). A gratuitous mention next to a legal word is
 * still a mention: the cues are the vocabulary of the advice itself, never a legal word alone.
 *
 * The lexicons are competition, employment and regulatory English (UK, EU and US), written from
 * knowledge of that practice, not from any corpus case. Each mention is judged on a bounded
 * window (its sentence, and its paragraph up to PARAGRAPH_REACH either side), so the cost grows
 * with the number of mentions, never with the draft around them.
 */
import type { AnalysedField } from "../analysis";
import type { TermHit } from "./helpers";
import { sentenceAfter, sentenceBefore } from "./matter-parties";

const PARAGRAPH_REACH = 500;

/**
 * Merger control and antitrust: the authorities, procedures and analytical terms of a
 * competition assessment, which must name the market's players. Ordinary commercial words
 * ("market", "customers", "prices", "market share" alone) are not among them: a rival's
 * business is exactly what the client minds hearing about.
 */
const COMPETITION_CUE =
  /\b(?:merger (?:control|filing|notification|review|clearance|inquiry|guidelines|remed(?:y|ies))|(?:Phase|phase) (?:1|2|I|II|one|two) (?:review|investigation|decision|clearance|filing|reference)|relevant (?:product |geographic |geographical )?markets?|market definition|shares? of supply|combined (?:market )?shares?|market shares? (?:data|estimates?|figures?|analysis|calculations?)|HHI|concentration (?:levels?|ratios?)|substantial lessening of competition|SLC|SIEC|significant impediment to effective competition|theor(?:y|ies) of harm|diversion ratios?|competitive constraints?|closest competitors?|horizontal overlaps?|overlaps? (?:in|between|with)|counterfactual|market investigation|market test(?:ing)?|divest(?:ment|iture)|upfront buyer|merged entity|combined (?:entity|business|group)|merging parties|second request|gun-?jumping|standstill obligation)\b/;

/**
 * Disclosure in the client's litigation: the other side's documents are reviewed, listed and
 * quoted by name ("12 are Norvik's internal briefs", "documents produced by Norvik").
 */
const DISCLOSURE_CUE =
  /\b(?:disclos(?:e|ed|ing|ure)|e-?disclosure|inspection|discovery|document production|production requests?|Redfern|privilege[ds]?|search terms|custodians?|document review|review platform|subpoena(?:s|ed)?|trial bundle|exhibits?)\b/i;
const DOCUMENT_NOUN = `(?:documents?|docs|briefs?|e-?mails?|files?|records?|minutes|memos?|memoranda|board papers|papers|notes|correspondence|data|spreadsheets?|presentations?|reports?|drafts?|invoices?|messages|chats?|notebooks?|specifications?|designs?|drawings?)`;
const OWN_DOCUMENTS_AFTER = new RegExp(`^['’]s?\\s+(?:[\\w-]+\\s+){0,2}?${DOCUMENT_NOUN}\\b`, "i");
const DOCUMENTS_BY_BEFORE = new RegExp(
  `\\b${DOCUMENT_NOUN}\\s+(?:[\\w-]+\\s+){0,2}?(?:produced|disclosed|served|provided|withheld|supplied|obtained|seized)\\s+(?:by|from)\\s+$`,
  "i",
);

/** Employment law around a move to a rival: the covenants and remedies the advice is about. */
const EMPLOYMENT_CUE =
  /\b(?:covenants?|non-?compete|non-?competition|restrictive covenants?|covenants? (?:in|under) (?:his|her|their) (?:contract|service agreement)|non-?solicit(?:ation)?|non-?dealing|non-?poaching|garden leave|notice period|team move|springboard|confidential information|contract of employment|employment contract|service agreement|post-?termination restrictions?|restraint of trade)\b/i;
/**
 * Before a brand, the move of a person to it as employer: "has resigned to join X", "is leaving
 * for X", "starts at X", "working for X", "an offer from X", "recruited by X".
 */
const MOVE_BEFORE =
  /\b(?:join|joins|joined|joining|leave for|leaves for|left for|leaving for|move to|moves to|moved to|moving to|go to|goes to|went to|going to|defect(?:s|ed|ing)? to|start(?:s|ed|ing)? (?:work )?(?:at|with)|work(?:s|ed|ing)? (?:for|at)|employ(?:ed|ment) (?:by|with|at)|offer (?:of employment )?from|offered a (?:job|role|position) (?:by|at|with)|(?:recruited|hired|headhunted|poached|approached) by|(?:role|job|position|employment) (?:at|with))\s+$/i;

/**
 * Words of a document under review, quoted: a passage in quotation marks introduced by the
 * document or one of its provisions ("clause 14.2 reads: “… Norvik …”").
 */
const DOCUMENT_CUE =
  /\b(?:(?:clause|section|article|paragraph|schedule|recital|condition|rule|regulation|definition)\s+\d[\w.()]*|(?:the )?(?:agreement|contract|lease|licen[cs]e|deed|policy|letter|notice|order|judgment|decision|minutes?|email|e-mail|clause|provision|covenant|definition|warranty|recital|term)\s+(?:reads|provides|states|says|stipulates|requires|defines)|(?:reads|provides|states|stipulates)(?: as follows)?|defined as|the wording)\b[^"“”]{0,40}$/i;

/**
 * A sentence whose purpose is one the client minds, whatever advice it sits in: praise, a
 * comparison or precedent, a recommendation, gossip or news heard, another client of ours.
 */
const GRATUITOUS_PURPOSE =
  /\b(?:like|unlike|similar(?:ly)?|likewise|same (?:way|approach|route|tactic)|precedent|benchmark|compared?|comparison|for example|for instance|e\.g\.|model(?:led)? on|follow (?:their|its) (?:lead|example)|cheaper|better|worse|best|nicer|impressive|excellent|brilliant(?:ly)?|clever(?:ly)?|admire[ds]?|great job|well done|lovely|praised?|recommend(?:ed|s)? (?:using|trying|going with|switching to)|why not|try (?:them|it)|switch to|rumou?r(?:ed|s)?|apparently|reportedly|I hear|I heard|word is|gossip|bumped into|by the way|also act|act(?:ed|s)? for|another client|clients? of (?:ours|the firm))\b/i;
/** "as X did": the rival as a precedent. */
const AS_BEFORE = /\bas\s+$/i;
const DID_AFTER = /^(?:['’]s)?\s+(?:did|does|do|has done|had done|has|had|managed)\b/i;

/** The mention's paragraph, at most PARAGRAPH_REACH characters either side of it. */
function paragraphAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - PARAGRAPH_REACH);
  const to = Math.min(text.length, end + PARAGRAPH_REACH);
  const head = text.slice(from, start);
  const tail = text.slice(end, to);
  const breakBefore = head.lastIndexOf("\n\n");
  const breakAfter = tail.indexOf("\n\n");
  return `${breakBefore < 0 ? head : head.slice(breakBefore + 2)} ${text.slice(start, end)} ${
    breakAfter < 0 ? tail : tail.slice(0, breakAfter)
  }`;
}

/** Whether the mention sits inside a passage quoted from a document under review. */
function inQuotedDocument(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 300);
  const head = text.slice(from, start);
  const open = Math.max(head.lastIndexOf('"'), head.lastIndexOf("“"));
  if (open < 0) return false;
  // An even count of straight quotes before it would mean that quote closes an earlier one.
  if (head[open] === '"' && (head.match(/"/g)?.length ?? 0) % 2 === 0) return false;
  if (/[”]/.test(head.slice(open))) return false;
  const tail = text.slice(end, end + 300);
  const close = tail.search(/["”]/);
  if (close < 0) return false;
  // A passage, not a scare-quoted name: words either side of the brand within the quotation.
  if (start - (from + open) + close < 24) return false;
  return DOCUMENT_CUE.test(head.slice(Math.max(0, open - 80), open));
}

/**
 * Whether the mention at `hit` of `field` is one the client's matter or the law requires: a
 * market player in a competition assessment, a departing employee's new employer in advice on
 * their covenants, a company a regulator acted against in advice to the client, or words quoted
 * from a document under review; and its sentence is not praise, comparison, a recommendation,
 * gossip or another client of ours.
 */
export function isRequiredMention(field: AnalysedField, hit: TermHit): boolean {
  if (hit.href !== undefined || hit.field === "attachment") return false;
  const text = field.scan;
  const end = /['’]s$/.test(hit.text) ? hit.end - 2 : hit.end;
  const before = sentenceBefore(text, hit.start);
  const after = sentenceAfter(text, end);
  if (GRATUITOUS_PURPOSE.test(`${before} ${after}`)) return false;
  if (AS_BEFORE.test(before) && DID_AFTER.test(after)) return false;
  if (inQuotedDocument(text, hit.start, end)) return true;
  const paragraph = paragraphAround(text, hit.start, end);
  if (COMPETITION_CUE.test(paragraph)) return true;
  if (MOVE_BEFORE.test(before) && EMPLOYMENT_CUE.test(paragraph)) return true;
  const possessive = text.slice(end, end + 60);
  return (
    (OWN_DOCUMENTS_AFTER.test(possessive) || DOCUMENTS_BY_BEFORE.test(before)) &&
    DISCLOSURE_CUE.test(paragraph)
  );
}
