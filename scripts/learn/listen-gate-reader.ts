/**
 * Round 35: a learned second opinion on listening's suggestions. A small logistic regression over
 * hashed words of the quote's sentence and its surroundings, the field, the op and the value's
 * shape scores each change the rule engine heard; one scored below the model's threshold is
 * dropped. It can only remove: it never adds nor alters a suggestion, and a confirmation
 * (`alreadyKnown`) is never scored. The weights are trained by scripts/learn/listen-gate.ts on the
 * corpus's gold annotations and measured leave-one-set-out (docs/listen.md, A second opinion).
 *
 * Everything here reads only what the engine read at run time: the body's analysed plain text,
 * the sentences of the writer's own words, who wrote it and who else the message names.
 */
import { bucket as featureBucket } from "../../src/core/checks/second-opinion";
import type { HeardFrom } from "../../src/core/listen/listen";
import type { TextRange } from "../../src/core/listen/sentences";
import type { ClientMessage, Suggestion } from "../../src/core/listen/types";

/** What the gate reads of a message: the same text and people the engine read. */
export interface GateContext {
  /** The body's analysed plain text: suggestion offsets refer to it. */
  text: string;
  /** The sentences of the writer's own words, in order. */
  sentences: readonly TextRange[];
  /** The writer's display name ("Robert Tan"), as the message gives it ("" when none). */
  writerName: string;
  /** Other forms of the writer's own name: address, names on file, sign-off. */
  ownNames: readonly string[];
  /** Other people's names the message carries in its headers (To, Cc, a principal). */
  otherNames: readonly string[];
}

/** A trained model: weights over 2^bits hashed buckets, and the score below which a change goes. */
export interface GateModel {
  bits: number;
  bias: number;
  weights: ArrayLike<number>;
  threshold: number;
}

/** What the gate reads of `message`, from what the engine read of it (`listen`'s third argument). */
export function contextOf(message: ClientMessage, seen: HeardFrom): GateContext {
  const { read, writer } = seen;
  return {
    text: read.text,
    sentences: read.sentences,
    writerName: writer.name ?? "",
    ownNames: [writer.address.split("@")[0]!, ...read.namesOnFile, ...read.signOffNames],
    otherNames: [...(seen.delegated ? [message.from] : []), ...(message.recipients ?? [])].map(
      (p) => p.name ?? p.address.split("@")[0]!,
    ),
  };
}

type Scored = Pick<Suggestion, "field" | "op" | "value" | "start" | "end">;

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? [];
}

// Cues of a wish that is not a standing one, or not the writer's (each a single word or phrase,
// looked up in the sentence's words: no pattern runs over the text).
const MODAL = new Set(["would", "could", "might", "may", "should", "perhaps", "maybe", "possibly"]);
const CONDITION = new Set(["if", "unless", "whether", "suppose", "supposing", "provided", "case"]);
const NEGATION = new Set(["not", "no", "never", "don't", "dont", "nobody", "none", "without"]);
const FIRST = new Set(["i", "me", "my", "i'm", "i'd", "i'll", "i've", "myself"]);
const WE = new Set(["we", "us", "our", "we're", "we'd", "we'll", "we've", "ours"]);
const THIRD = new Set(["he", "she", "his", "her", "him", "they", "their", "them", "he's", "she's"]);
const REPORTED = new Set([
  "says",
  "said",
  "told",
  "asked",
  "asks",
  "mentioned",
  "wants",
  "prefers",
  "according",
  "apparently",
  "insists",
  "hates",
  "likes",
]);
const TIME_LIMITED = [
  "this time",
  "this once",
  "just once",
  "for now",
  "for the moment",
  "today",
  "tomorrow",
  "tonight",
  "this week",
  "next week",
  "this month",
  "until",
  "on this occasion",
  "for this one",
  "this one",
  "for this matter",
  "this afternoon",
  "this morning",
];
const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "lady", "lord"]);
const NAME_FIELDS = new Set(["fullName", "preferredName", "avoidNames"]);

function bucket(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
}

function nameWords(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const word of wordsOf(name)) if (word.length > 1) out.add(word);
  return out;
}

/** The features of one suggestion in its message (strings; the model hashes them). */
export function gateFeatures(s: Scored, ctx: GateContext): string[] {
  const { text } = ctx;
  const holding = ctx.sentences.find((r) => r.start <= s.start && s.start < r.end);
  const start = holding ? Math.min(holding.start, s.start) : s.start;
  const end = holding ? Math.max(holding.end, s.end) : s.end;
  const sentence = text.slice(start, end);
  const words = wordsOf(sentence);
  const lead = wordsOf(text.slice(start, s.start)).slice(-4);
  const f = s.field;
  const out = ["bias", `f:${f}`, `op:${f}:${s.op}`];
  for (let i = 0; i < words.length; i++) {
    out.push(`w:${words[i]}`, `fw:${f}:${words[i]}`);
    if (i > 0) out.push(`b:${words[i - 1]}_${words[i]}`);
  }
  const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
  const joined = ` ${words.join(" ")} `;
  const cues: string[] = [];
  if (sentence.includes("?")) cues.push("question");
  if (has(MODAL)) cues.push("modal");
  if (has(CONDITION)) cues.push("condition");
  if (lead.some((w) => NEGATION.has(w))) cues.push("negated");
  if (has(FIRST)) cues.push("first");
  if (has(WE)) cues.push("we");
  if (has(THIRD)) cues.push("third");
  if (has(REPORTED)) cues.push("reported");
  if (TIME_LIMITED.some((p) => joined.includes(` ${p} `))) cues.push("time-limited");
  if (!holding) cues.push("outside");
  const index = holding ? ctx.sentences.indexOf(holding) : -1;
  cues.push(`pos${index < 0 ? "x" : bucket(index, [1, 3, 6])}`);
  cues.push(`len${bucket(words.length, [6, 12, 24, 40])}`);
  // The value's shape: a form of the writer's own name, of someone else's, named elsewhere.
  const valueWords = wordsOf(s.value);
  cues.push(`vlen${bucket(valueWords.length, [2, 3, 5])}`);
  if (NAME_FIELDS.has(f)) {
    const display = nameWords([ctx.writerName]);
    const own = nameWords([ctx.writerName, ...ctx.ownNames]);
    const others = nameWords(ctx.otherNames);
    if (valueWords.some((w) => own.has(w))) cues.push("own-name");
    if (valueWords.some((w) => display.has(w))) cues.push("display-name");
    if (valueWords[0] !== undefined && valueWords[0] === wordsOf(ctx.writerName)[0])
      cues.push("display-first");
    if (TITLES.has(valueWords[0] ?? "")) cues.push("title-form");
    if (/["“”']/.test(text.slice(Math.max(start, s.start - 1), s.start + 1))) cues.push("quoted");
    if (valueWords.some((w) => others.has(w) && !own.has(w))) cues.push("other-name");
    const elsewhere = text.slice(0, start) + text.slice(end);
    if (valueWords.length > 0 && elsewhere.toLowerCase().includes(s.value.toLowerCase()))
      cues.push("named-elsewhere");
  }
  for (const cue of cues) out.push(`c:${cue}`, `fc:${f}:${cue}`);
  return out;
}

/** The model's probability that a suggestion with these features is right. */
export function gateScore(features: readonly string[], model: GateModel): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[featureBucket(feature, model.bits)] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The suggestions the model lets through: every confirmation, and the changes it trusts. */
export function secondOpinion<S extends Scored & { alreadyKnown: boolean }>(
  suggestions: readonly S[],
  ctx: GateContext,
  model: GateModel | undefined,
): S[] {
  if (!model) return [...suggestions];
  return suggestions.filter(
    (s) => s.alreadyKnown || gateScore(gateFeatures(s, ctx), model) >= model.threshold,
  );
}

/** Weights stored as signed bytes (base64) times a scale: the generated module's form. */
export function decodeWeights(base64: string, scale: number, bits: number): Float32Array {
  const weights = new Float32Array(1 << bits);
  const table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let acc = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < base64.length && at < weights.length; i++) {
    const v = table.indexOf(base64[i]!);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    held += 6;
    if (held >= 8) {
      held -= 8;
      const byte = (acc >> held) & 0xff;
      weights[at++] = (byte > 127 ? byte - 256 : byte) * scale;
    }
  }
  return weights;
}
