/**
 * Round 18: a wish with no finite verb ("Not WhatsApp.", 'no "travel time" lines please', "please,
 * just Hiroshi in emails", "and please never as Matt", "pls not mandy"). The readings of each
 * field hang on a verb ("please use", "don't call me"); a clause without one, standing as its own
 * sentence or led by "please", that names one value of a field with a polarity word is read as
 * that verb would be: the clause is put in the plain form ("please no WhatsApp",
 * 'we will not pay for "travel time" entries', "please call me Hiroshi") and the same
 * recognisers read it. Whose it is, and whether it stands (a one-off, a condition, someone
 * else's), is judged on the clause as written, as for every other reading.
 *
 * Silent: a line in a list of facts ("No calls: 3"), a heading, a question ("Not Zoom?", and a
 * refusal joined to one: "Please not Zoom - can we always use Teams?"), a reply to a question of
 * the firm that is not about preferences, a value that is not a channel, an entry in quotation
 * marks in billing talk, or a name with something that says it is one.
 */
import { isCommonWord } from "../text/common-words";
import { isGivenNameForm } from "../text/nicknames";
import { isHeadlineSentence } from "./clause-facts";
import { BILLING_CONTEXT, skeletonOf } from "./lexicon";
import { clauseContext, type Candidate, type ClauseContext, type Recogniser } from "./recogniser";
import type { ListenField } from "./types";

// Round 26 (listen-26b, analysis-lh22 group L, analysis-lh23 M10): whom or what the wish is for,
// after the value: "for the committee", "for meetings with us", "for our board calls". Its words
// are letters only (no "for the 3pm call"), and not a time ("for a while", "for now", "for the
// next two weeks", "for the time being": those limit the wish); one occasion is judged by the
// one-off gate on the clause as written ("for the call tomorrow").
const SCOPE = String.raw`for\s+(?!(?:a|an|now|ever|good|this|that|these|today|tomorrow|tonight|next|the\s+(?:time|moment|next|rest|foreseeable|duration|coming|week|month|day|year|present))\b)(?:(?:the|our|all|any)\s+)?(?!(?:please|thanks)\b)\p{L}[\p{L}'-]*(?:\s+(?!(?:please|thanks|from|in|going|any)\b)\p{L}[\p{L}'-]*)?(?:\s+with\s+(?:us|me))?`;

// [and/also/but] [please[,] [and/also]] POLARITY [as/by/via/over/on] VALUE [lines|entries]
// [in emails | from now on | going forward | please | thanks | for SCOPE]… [.!]
const VERBLESS = new RegExp(
  String.raw`^(?:(?:and|also|but|so)\s+)*(please\s*,?\s*(?:(?:and|also)\s+)?)?(no|not|never|only|just)\s+(?:(as|by|via|over|on)\s+)?("[^"]{2,60}"|'[^']{2,60}'|\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*){0,2}?)(?:\s+(lines?|entries|entry|items?))?((?:\s*,?\s+(?:in\s+(?:e-?mails?|letters?|correspondence|writing)|from\s+now\s+on|going\s+forward|in\s+future|any\s?more|please|thanks|thank\s+you|${SCOPE}))*)\s*[.!]*$`,
  "iu",
);

// A question the firm asked that the clause answers is about preferences when it asks how or
// what the client wants, uses or is called.
const PREFERENCE_PROMPT =
  /\b(?:prefer\w*|rather|like|want|wish|suit\w*|best|use|call(?:ed)?|name|address|contact|reach|channels?|platform|invoices?|bill\w*)\b/i;

// Someone else is spoken of: a name refused "never as Matt" may be theirs (relay.ts hears it in
// their voice when their address is known).
const THIRD_PERSON = /\b(?:he|him|his|she|her|they|them|their)\b/i;

/** The plain form of a verbless clause and the fields it may yield, or undefined. */
function plainForm(context: ClauseContext): { text: string; fields: ListenField[] } | undefined {
  const { clause, sentence } = context;
  const m = VERBLESS.exec(clause.text);
  if (!m) return undefined;
  const [, please, polarity, preposition, rawValue, entryWord, trailing] = m;
  const led = please !== undefined;
  // Its own sentence or line, or led by "please" ("and please never as Matt").
  if (sentence.clauses.length > 1 && !led) return undefined;
  if (/\?\s*["')\]]*\s*$/.test(sentence.text) || isHeadlineSentence(sentence)) return undefined;
  if (sentence.prompt && !PREFERENCE_PROMPT.test(sentence.prompt.text)) return undefined;
  const negative = !/^(?:only|just)$/i.test(polarity!);
  const value = rawValue!;
  const quoted = /^["']/.test(value);
  const bare = quoted ? value.slice(1, -1) : value;

  // A way of contact or a meeting platform, alone.
  const skeleton = skeletonOf(value);
  if (
    !quoted &&
    skeleton.mentions.length === 1 &&
    /^(?:by\s+)?⟪[CP]0⟫$/i.test(skeleton.text.trim())
  ) {
    // Without "please", a bare "Not X." needs a wish about ways of contact just before it, in the
    // same paragraph ("Signal for anything sensitive. Not WhatsApp."): alone it answers something
    // or lists ("Not email. Not a letter. A proper conversation over lunch is what I miss.").
    const before = context.previous[0];
    const asked =
      led ||
      /please/i.test(trailing ?? "") ||
      (before !== undefined &&
        before.paragraph === sentence.paragraph &&
        !/\?\s*$/.test(before.text) &&
        skeletonOf(before.text).mentions.length > 0);
    if (!asked) return undefined;
    return {
      text: negative ? `please no ${value}` : `${value} only, please`,
      fields: ["avoidChannels", "preferredChannels", "meetingPlatform"],
    };
  }
  if (preposition && preposition.toLowerCase() !== "as") return undefined;

  // An entry in quotation marks, refused in billing talk ('no "travel time" lines please').
  const around = [sentence, ...context.previous.slice(0, 1)].map((s) => s.text).join(" ");
  if (quoted && negative && (entryWord || BILLING_CONTEXT.test(around))) {
    return {
      text: `we will not pay for ${value} entries`,
      fields: ["bannedBillingPhrases"],
    };
  }
  if (entryWord) return undefined;

  // A name: one or two words, each a name and not an everyday word, with something in the clause
  // that says it is one ("as", "in emails", quotation marks, or a given name of the name lexicon
  // asked for with "please"). Naming talk in the sentence before is not enough: "this is not my
  // name. Only Anneliese." restates the name the writer signs with, beside the forms refused.
  const words = bare.split(/\s+/);
  if (words.length > 2 || THIRD_PERSON.test(around)) return undefined;
  // A capitalised word that is not an everyday one, or is a given name ("Matt", "Bill"); in lower
  // case, only a given name that is no everyday word ("mandy", not "bill").
  const nameLike = words.every((w) =>
    /^\p{Lu}/u.test(w)
      ? !isCommonWord(w) || isGivenNameForm(w)
      : words.length === 1 && isGivenNameForm(w) && !isCommonWord(w),
  );
  if (!nameLike) return undefined;
  const evidence =
    preposition !== undefined ||
    quoted ||
    /\bin\s+(?:e-?mails?|letters?|correspondence|writing)\b/i.test(trailing ?? "") ||
    ((led || /please/i.test(trailing ?? "")) && words.some(isGivenNameForm));
  if (!evidence) return undefined;
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return {
    text: negative ? `please don't call me ${name}` : `please call me ${name}`,
    fields: negative ? ["avoidNames"] : ["preferredName"],
  };
}

/**
 * What a verbless clause states, read by `recognisers` in its plain form; quoted as written.
 * Undefined when the clause is not one.
 */
export function verblessWish(
  context: ClauseContext,
  recognisers: readonly Recogniser[],
): Candidate[] | undefined {
  const plain = plainForm(context);
  if (!plain) return undefined;
  const { clause, sentence, read } = context;
  const rewritten = { ...clause, text: plain.text };
  // The plain form alone, as a message of one sentence: some readings look at the whole message
  // (names.ts reads every clause once), and nothing around it may add to what it says.
  const alone = {
    ...sentence,
    text: plain.text,
    clauses: [rewritten],
    index: 0,
    billing: undefined,
    headline: false,
  };
  delete alone.prompt;
  const view = clauseContext({ ...read, sentences: [alone] }, alone, rewritten);
  const heard = recognisers
    .flatMap((recognise) => recognise(view))
    .filter((c) => plain.fields.includes(c.field))
    .map((c) => ({ ...c, quote: { start: clause.start, end: clause.end } }));
  return heard.length > 0 ? heard : undefined;
}
