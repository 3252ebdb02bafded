/**
 * Round 18 (listen-18b): whose a wish is, by the register of the passage it stands in
 * (test/heldout/analysis-lh16.md rec. 5, group W). Read once per message, per sentence.
 *
 * - **The organisation's register.** The writer's own words present the organisation's rules or
 *   speak for it: "our revised Outside Counsel Guidelines", "a change in company policy",
 *   "informing all our external advisers", "as a company", "for all panel firms", "our answers
 *   to your questionnaire". From that sentence to the end of its paragraph (and the list it
 *   opens with a colon, and the answers written under the firm's questions after it), a wish
 *   that says nothing of whose it is goes to the organisation.
 * - **Bounded.** A sentence of the writer's own ("I", "my") after the opener ends it: "I
 *   attach our revised guidelines. I'd like a call on Friday." leaves the call with the writer.
 * - **The person's register.** "Personally", "for me personally", "it is finished for me",
 *   "my own preference", "speaking for myself", "as far as I'm concerned", a leading "For me,":
 *   the writer's own, in their sentence or the next sentence of the same paragraph (which
 *   explains it), even inside an organisation's message.
 */
import { BULLET, type Sentence } from "./sentences";

export type Register = "org" | "self" | undefined;

const ADVISERS = String.raw`(?:external\s+|outside\s+|legal\s+|panel\s+)?(?:advisers|advisors|law\s+firms|firms|panel\s+firms|counsel|lawyers|suppliers|providers|vendors)`;
const FRESH = String.raw`(?:(?:new|revised|updated|amended|current|latest|internal|20\d\d)\s+)*`;
// Rules of a kind: "billing guidelines", "hospitality policy", "panel terms".
const QUALIFIED = String.raw`(?:outside\s+counsel|billing|panel|engagement|supplier|adviser|advisor|communications?|hospitality|gifts?|reporting|expenses?)\s+(?:guidelines|policy|policies|rules|requirements|procedures|terms)`;
// A bare "our policy" is a rule only when it is stated as one ("our policy is that / on / :"):
// "our policy renews in March", "our policy covers flood" are an insurance policy.
const STATED = String.raw`(?:\s+(?:is|was)\s+(?:now\s+)?(?:that|to|not\s+to)|\s+(?:on|for|about|regarding)\b|\s*:|\s+(?:requires?|says|states|prohibits|bars|forbids|does\s+not\s+allow)\b)`;
// The writer presenting the organisation's rules or speaking for it.
const ORG_OPENER = new RegExp(
  [
    String.raw`\bour\s+${FRESH}(?:${QUALIFIED}|guidelines|rules|procedures|protocols?)\b`,
    String.raw`\bour\s+${FRESH}polic(?:y|ies)${STATED}`,
    String.raw`\b(?:under|per|in\s+line\s+with|according\s+to|changes?\s+(?:in|to))\s+our\s+${FRESH}polic(?:y|ies)\b`,
    String.raw`\b(?:company|group|corporate|organi[sz]ation(?:al)?)[\s-]+(?:policy|policies|rules|guidelines)\b`,
    String.raw`\b(?:company|group|organi[sz]ation|business)[\s-]wide\b`,
    String.raw`\b(?:(?:note|letter|notice|memo|message|reminder)\s+to|inform(?:ing)?|notify(?:ing)?|remind(?:ing)?|ask(?:ing)?|tell(?:ing)?)\s+(?:all|each|every)\s+(?:of\s+)?our\s+${ADVISERS}\b`,
    String.raw`\b(?:for|to)\s+(?:all\s+)?(?:our\s+)?panel\s+(?:firms|members|counsel)\b`,
    String.raw`\bas\s+an?\s+(?:company|organi[sz]ation|business|group|institution|charity|council)\s*,?\s+(?:we|our|us)\b`,
    String.raw`\bon\s+behalf\s+of\s+(?:the|our)\s+(?:company|organi[sz]ation|business|group|board|trust|council)\b`,
    String.raw`\bour\s+(?:answers|responses|replies)\s+to\s+your\b`,
    String.raw`\b(?:answers?|responses?|replies)\s+(?:to\s+your\s+(?:[\w-]+\s+){0,3}(?:questionnaire|questions|form|survey)\s+)?(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?:company|organi[sz]ation|business|group|trust|council|board)\b`,
  ].join("|"),
  "i",
);
// "on behalf of Harbourline", "our answers for Tidewater": the organisation by its own name.
const FOR_NAMED =
  /\b(?:[Ww]rit(?:e|ing)|[Ss]peak(?:ing)?|[Aa]nswer(?:s|ing)?|[Rr]epl(?:y|ying|ies)|[Rr]esponses?)\s+(?:[\w-]+\s+){0,6}?(?:on\s+behalf\s+of|for)\s+(\p{Lu}[\p{L}&'-]*)/u;
// The writer speaking for themselves alone.
const PERSONAL =
  /\b(?:personally|for\s+me\s+personally|speaking\s+for\s+myself|as\s+far\s+as\s+i(?:'m|\s+am)\s+concerned|my\s+(?:own|personal)\s+(?:preference|view|wish|taste|choice)|(?:it\s+is|it's|that\s+is|that's)\s+(?:finished|over|done|closed)\s+for\s+me)\b|^(?:and\s+|but\s+)?for\s+me\s*,/i;
// A sentence of the writer's own: "I", "I'd", "my …" opening it (after a light connective).
const OWN_SENTENCE = /^(?:(?:and|but|so|also|oh|ps)\s*,?\s+)?(?:i|i'm|i'd|i've|i'll|my)\b/i;

/** Whether `sentence` opens a line with a list marker ("- ", "2. ", "(b) "). */
function opensItem(sentence: Sentence, text: string): boolean {
  const prefix = text.slice(text.lastIndexOf("\n", sentence.start - 1) + 1, sentence.start);
  const marker = BULLET.exec(prefix);
  return marker !== null && marker[0].length === prefix.length;
}

/**
 * The register each sentence of a message (`text`) stands in, by index. An opener holds for its
 * own line; a colon at its end carries it over the list that follows (the rest of its paragraph,
 * or the whole next paragraph: an HTML list's items have no marker); answers under the firm's
 * questions carry it too. (A line, not the paragraph: in an HTML body every `<p>` is one line of
 * a single paragraph.)
 */
export function registersOf(
  sentences: readonly Sentence[],
  text: string,
  namesOrganisation: (word: string) => boolean,
): Register[] {
  const registers: Register[] = sentences.map(() => undefined);
  let open = false;
  let listAfter = false;
  // The register reaches over the whole of this paragraph (the list a colon opened).
  let wholeParagraph = -1;
  // Opened inside one item of a list ("- Our billing guidelines bar …") or one answer: it holds
  // for that item.
  let item = false;
  let inList = false;
  for (const sentence of sentences) {
    const i = sentence.index;
    const before = sentences[i - 1];
    const starts = opensItem(sentence, text);
    const newParagraph = before === undefined || sentence.paragraph !== before.paragraph;
    const newLine = newParagraph || text.slice(before.end, sentence.start).includes("\n");
    if (newParagraph) inList = false;
    if (starts) inList = true;
    if (open && newParagraph) {
      if (listAfter && !item && sentence.paragraph === before!.paragraph + 1)
        wholeParagraph = sentence.paragraph;
      else if (item || !sentence.prompt) open = false;
      listAfter = false;
    } else if (open && newLine) {
      const carried =
        !item &&
        (sentence.paragraph === wholeParagraph ||
          listAfter ||
          (sentence.prompt !== undefined && !starts));
      if (!carried) open = false;
    }
    const words = sentence.text;
    const named = FOR_NAMED.exec(words);
    const opens = ORG_OPENER.test(words) || (named !== null && namesOrganisation(named[1]!));
    if (!/\?\s*$/.test(words) && opens) {
      open = true;
      // (An answer under one of the firm's questions answers that one: "We're on Teams
      // company-wide" under the platform question opens nothing for the next.)
      item = inList || sentence.prompt !== undefined;
      listAfter = false;
      wholeParagraph = -1;
    } else if (open && OWN_SENTENCE.test(words)) open = false;
    if (open) {
      registers[i] = "org";
      if (/:\s*$/.test(words)) listAfter = true;
    }
  }
  for (const sentence of sentences) {
    if (!PERSONAL.test(sentence.text)) continue;
    registers[sentence.index] = "self";
    // The sentence before it in the paragraph, which it explains ("Please don't bring up the
    // collections again. It is finished for me."). Not a line of the organisation's passage:
    // "Our policy: no WhatsApp. Personally, I don't mind it." leaves the rule with it.
    const before = sentences[sentence.index - 1];
    if (before && before.paragraph === sentence.paragraph && registers[before.index] !== "org")
      registers[before.index] = "self";
  }
  return registers;
}
