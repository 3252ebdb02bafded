/**
 * The second opinion: a small learned model (logistic regression on hashed words) that scores a
 * warning a check reported, from the sentence around its evidence, and drops it below a
 * threshold. It can only remove: it never adds a finding, never runs on info findings, and a
 * failure to score keeps the finding. Trained by scripts/learn/detect-gate.ts on the gold
 * annotations of the corpus sets (docs/checks.md, "The second opinion"). Pure and cheap: one pass
 * over at most a sentence and a few words either side, a few dozen hashed lookups.
 *
 * No regular expression here: the features are read character by character, so no text can
 * make them slow.
 *
 * The engine (engine.ts) calls it with two tables: second-opinion-weights.ts (avoided-topic,
 * unwanted-channel) and, since round 45, second-opinion-competitor.ts (competitor-mention alone).
 */
import type { Evidence } from "../finding";

/** A weight table: a scale, one small signed weight per hashed bucket, a threshold per check. */
export interface GateWeights {
  /** log2 of the number of buckets. */
  bits: number;
  /** Each byte is weight / scale. */
  scale: number;
  /** Bucket weights, as signed bytes. */
  weights: Int8Array;
  /** The checks this table judges, each with its threshold (probability below which it drops). */
  thresholds: Readonly<Record<string, number>>;
  /**
   * Features that keep a finding whatever the table scores (round 45, competitor-mention's table:
   * a rival cited for its own case, ruling or breach, or named after a negation). The learned weights cannot carry them: the
   * training sets hold few such sentences, nearly all already kept, so the learner leaves the cue
   * near 0 while "the X", "in" and a greeting weigh against it.
   */
  keeps?: readonly string[];
}

/** Whether a finding's features hold one of a table's keeps (GateWeights.keeps). */
export function keptBy(features: readonly string[], keeps: readonly string[] | undefined): boolean {
  return keeps?.some((k) => features.includes(k)) ?? false;
}

/**
 * The cues competitor-mention's table keeps on: a citation of the rival (citationCues below) and a
 * negation just before it ("Let's not mention X", "no reference to X"), a writer naming the rival
 * to say it is left out, which the learned weights scored low (round 45's self-reviews).
 */
export const COMPETITOR_KEEPS: readonly string[] = [
  "cite|competitor-mention",
  "citev|competitor-mention",
  "neg|competitor-mention",
];

/**
 * A weight table from its written form (what the trainer writes): one hex digit per bucket, the
 * weight plus 7 (weights are -7…7 times the scale). It never throws: a character that is not a
 * hex digit, or a missing one, is a weight of 0.
 */
export function digitWeights(digits: string, bits: number): Int8Array {
  const out = new Int8Array(1 << bits);
  const n = Math.min(out.length, digits.length);
  for (let i = 0; i < n; i++) {
    const v = parseInt(digits.charAt(i), 16);
    if (v >= 0 && v <= 14) out[i] = v - 7;
  }
  return out;
}

/** The texts a finding's evidence points into, as the engine analysed them. */
export interface GateTexts {
  subject: string;
  location: string;
  body: string;
  attachments: readonly string[];
}

/** Words read either side of the evidence beyond its sentence, and the near window. */
const SIDE_WORDS = 3;
const NEAR = 4;
/** At most this many characters either side of the evidence are read. */
const REACH = 240;

/** Checks whose evidence is a name (a person's, a firm's): its words are never features. */
const NAMED_EVIDENCE = new Set(["competitor-mention", "name-spelling"]);

const PAST = new Set([
  "yesterday",
  "earlier",
  "ago",
  "last",
  "previously",
  "was",
  "were",
  "had",
  "did",
  "called",
  "rang",
  "spoke",
  "discussed",
  "mentioned",
  "said",
  "told",
  "phoned",
  "texted",
  "sent",
  "received",
]);
const PROPOSAL = new Set([
  "let's",
  "lets",
  "shall",
  "could",
  "would",
  "can",
  "invite",
  "join",
  "propose",
  "suggest",
  "happy",
  "i'll",
  "we'll",
  "please",
  "why",
  "fancy",
]);
const THIRD = new Set(["his", "her", "their", "he", "she", "they", "him", "them"]);
const NEGATION = new Set(["not", "no", "never", "without", "avoid", "instead", "rather"]);

/**
 * Round 45 (detect-45g3), competitor-mention only: what tells a citation of, or a report about,
 * the rival (its own case, ruling or breach, a court or regulator) from a step in the client's
 * own matter (the rival as counterparty: signed papers, its solicitors, completion). Crossed with
 * the check, so no other check's features (and the shared table's scores) change.
 */
const CITED = "competitor-mention";
const CASE_WORDS = new Set([
  "case",
  "cases",
  "v",
  "vs",
  "versus",
  "ruling",
  "judgment",
  "judgement",
  "decision",
  "litigation",
  "appeal",
  "breach",
  "fine",
  "fined",
  "recall",
  "scandal",
  "settlement",
  "lawsuit",
]);
const COURT_WORDS = new Set([
  "court",
  "courts",
  "tribunal",
  "ico",
  "cma",
  "ftc",
  "sec",
  "regulator",
  "regulators",
  "judge",
]);
const MATTER_WORDS = new Set([
  "signed",
  "countersigned",
  "solicitors",
  "completion",
  "counterparty",
  "engrossment",
  "engrossments",
]);

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

/** Lower-cased words of text[from, to) with their start offsets; "'" inside a word is kept. */
export function words(text: string, from = 0, to = text.length): { w: string; at: number }[] {
  const out: { w: string; at: number }[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32;
    const inner =
      start >= 0 &&
      (code === 39 || code === 0x2019) &&
      i + 1 < to &&
      isWordChar(text.charCodeAt(i + 1));
    if (isWordChar(code) || inner) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ w: text.slice(start, i).toLowerCase().replace("\u2019", "'"), at: start });
      start = -1;
    }
  }
  return out;
}

function isBoundary(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  // . ! ? followed by white space
  if (code === 46 || code === 33 || code === 63) {
    const next = text.charCodeAt(i + 1);
    return next === 32 || next === 10 || next === 9 || Number.isNaN(next);
  }
  return false;
}

/** The sentence (or line) holding [start, end) of text, within REACH characters either side. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !isBoundary(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !isBoundary(text, to)) to++;
  if (to < text.length && text.charCodeAt(to) !== 10) to++;
  return [from, to];
}

function lineAround(text: string, start: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && text.charCodeAt(from - 1) !== 10) from--;
  let to = start;
  const ceiling = Math.min(text.length, start + REACH);
  while (to < ceiling && text.charCodeAt(to) !== 10) to++;
  return [from, to];
}

/** A time entry's line: a decimal number of hours, or a line opening with a date. */
function looksLikeTimeEntry(line: string): boolean {
  const t = line.trim();
  const digit = (i: number) => {
    const c = t.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  if (digit(0) && (t[1] === "/" || t[2] === "/" || t[1] === "." || t[2] === "." || t[2] === "-"))
    return true;
  for (let i = 1; i + 1 < t.length; i++) {
    if ((t[i] === "." || t[i] === ",") && digit(i - 1) && digit(i + 1)) {
      const after = t.slice(i + 2, i + 8).toLowerCase();
      if (after.includes("h")) return true;
    }
  }
  return false;
}

/** The text the evidence points into, or undefined (a recipient's address, an unknown field). */
function fieldText(texts: GateTexts, evidence: Evidence): string | undefined {
  switch (evidence.field) {
    case "subject":
      return texts.subject;
    case "location":
      return texts.location;
    case "body":
      return texts.body;
    case "attachment":
      return texts.attachments[evidence.index ?? 0];
    default:
      return undefined;
  }
}

/**
 * The features of one finding, as strings (the reader hashes them): the check's bias, the words
 * and word pairs of the sentence around the evidence (the evidence's own words only when they are
 * not a name), the near words crossed with the check, and structural cues crossed with the check.
 */
export function gateFeatures(check: string, evidence: Evidence, texts: GateTexts): string[] {
  const text = fieldText(texts, evidence);
  const c = check;
  const out = [`bias|${c}`, `field|${c}|${evidence.field}`];
  if (text === undefined || evidence.end > text.length || evidence.start < 0) return out;
  const [from, to] = sentenceAround(text, evidence.start, evidence.end);
  const before = words(text, Math.max(0, from - 40), from).slice(-SIDE_WORDS);
  const inside = words(text, from, to);
  const all = [...before, ...inside];
  const evidenceWords: string[] = [];
  let first = -1;
  let last = -1;
  const tokens: string[] = [];
  for (const [i, { w, at }] of all.entries()) {
    const within = at >= evidence.start && at < Math.max(evidence.end, evidence.start + 1);
    if (within) {
      if (first < 0) first = i;
      last = i;
      evidenceWords.push(w);
      tokens.push("<e>");
    } else tokens.push(w);
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w === "<e>" && tokens[i - 1] === "<e>") continue;
    out.push(`w|${w}`, `cw|${c}|${w}`);
    const next = tokens[i + 1];
    if (next !== undefined && !(w === "<e>" && next === "<e>")) out.push(`b|${c}|${w} ${next}`);
  }
  if (!NAMED_EVIDENCE.has(c)) for (const w of evidenceWords) out.push(`e|${c}|${w}`);
  if (first >= 0) {
    for (let i = Math.max(0, first - NEAR); i < first; i++) out.push(`nb|${c}|${tokens[i]}`);
    for (let i = last + 1; i <= Math.min(tokens.length - 1, last + NEAR); i++)
      out.push(`na|${c}|${tokens[i]}`);
    if (first === before.length) out.push(`starts|${c}`);
    const prev = tokens[first - 1];
    if (prev !== undefined && prev.endsWith("'s")) out.push(`poss|${c}`);
    const near = tokens.slice(Math.max(0, first - NEAR), first);
    if (near.some((w) => THIRD.has(w))) out.push(`third|${c}`);
    if (near.some((w) => NEGATION.has(w) || w.endsWith("n't"))) out.push(`neg|${c}`);
    if (c === CITED) citationCues(c, tokens, first, last, out);
    // A capitalised name-like word right before ("Sarah's mobile", "Dr Obi's phone").
    const prevWord = all[first - 1];
    if (prevWord && first - 1 >= before.length) {
      const code = text.charCodeAt(prevWord.at);
      if (code >= 65 && code <= 90 && first - 1 > before.length) out.push(`capbefore|${c}`);
    }
  }
  if (tokens.some((w) => PAST.has(w))) out.push(`past|${c}`);
  if (tokens.some((w) => PROPOSAL.has(w))) out.push(`proposal|${c}`);
  if (tokens[0] === "i" || tokens[0] === "we" || tokens.includes("i") || tokens.includes("we"))
    out.push(`first|${c}`);
  const sentence = text.slice(from, to);
  if (sentence.includes("?")) out.push(`question|${c}`);
  const [ls, le] = lineAround(text, evidence.start);
  const line = text.slice(ls, le);
  if (looksLikeTimeEntry(line)) out.push(`entry|${c}`);
  if (line.trimStart().startsWith(">")) out.push(`quoted|${c}`);
  if (le - ls < 40) out.push(`shortline|${c}`);
  const ev = text.charCodeAt(evidence.start);
  if (ev >= 65 && ev <= 90) out.push(from === evidence.start ? `capstart|${c}` : `capmid|${c}`);
  else out.push(`lower|${c}`);
  const position = text.length === 0 ? 0 : evidence.start / text.length;
  out.push(`pos|${c}|${position < 0.15 ? 0 : position > 0.8 ? 2 : 1}`);
  return out;
}

/**
 * A citation or report about the rival against a step in the client's matter (competitor-mention
 * only): a case word just after the evidence ("the X case", "the X breach", "X v Y"), "in" or
 * "in the" before it as well, "v" before it, a court or regulator in the sentence or the three
 * words before it (the tokens the reader keeps), and the matter's own words (signed papers,
 * solicitors, completion, "your dispute with X").
 */
function citationCues(c: string, tokens: string[], first: number, last: number, out: string[]) {
  let after = false;
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 3); i++)
    if (CASE_WORDS.has(tokens[i]!)) after = true;
  const b1 = tokens[first - 1];
  const b2 = tokens[first - 2];
  const inBefore = b1 === "in" || (b1 === "the" && b2 === "in");
  if (after) out.push(`cite|${c}`);
  if (after && inBefore) out.push(`citein|${c}`);
  if (b1 === "v" || b1 === "vs" || b1 === "versus") out.push(`citev|${c}`);
  if (tokens.some((w) => COURT_WORDS.has(w))) out.push(`court|${c}`);
  if (tokens.some((w) => MATTER_WORDS.has(w))) out.push(`matter|${c}`);
  if (b1 === "with" && (b2 === "dispute" || b2 === "claim")) out.push(`disputewith|${c}`);
  const a1 = tokens[last + 1];
  if (a1 === "solicitors" || a1 === "lawyers" || a1 === "counsel") out.push(`theirlawyers|${c}`);
}

/** FNV-1a, 32 bits, of a feature string, into 2^bits buckets. */
export function bucket(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** Logistic score in [0, 1] of a feature list under a weight table (features counted once). */
export function scoreFeatures(features: readonly string[], table: GateWeights): number {
  const seen = new Set<number>();
  let z = 0;
  for (const feature of features) {
    const b = bucket(feature, table.bits);
    if (seen.has(b)) continue;
    seen.add(b);
    z += (table.weights[b] ?? 0) * table.scale;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether a warning is kept: true unless the table judges its check and scores it below that
 * check's threshold. Anything unexpected (no evidence, a field with no text, an error) keeps it.
 */
export function secondOpinionKeeps(
  check: string,
  evidence: Evidence | undefined,
  texts: GateTexts,
  table: GateWeights | undefined,
): boolean {
  try {
    const threshold = table?.thresholds[check];
    if (!table || threshold === undefined || !evidence) return true;
    if (fieldText(texts, evidence) === undefined) return true;
    const features = gateFeatures(check, evidence, texts);
    if (keptBy(features, table.keeps)) return true;
    return !(scoreFeatures(features, table) < threshold);
  } catch {
    return true;
  }
}
