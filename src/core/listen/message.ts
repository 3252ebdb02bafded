/**
 * The part of a client's message that states what they think now: the body's own words, without
 * the quoted history of earlier messages (src/core/analysis.ts), the sign-off, the signature
 * block (names, titles, "M: 07700 …", "Sent from my iPhone") and legal disclaimers. An automatic
 * reply (out of office) states nothing lasting at all.
 */
import { analyseDraft } from "../analysis";
import { unicodeDomain } from "../domain-names";
import { domainOf, normaliseAddress } from "../draft";
import { HEADER_FROM, headerBlocks, isHeaderFieldLine } from "../text/quoted-history";
import {
  normaliseForMatching,
  spellOutPlease,
  sentenceOf,
  splitSentences,
  type Sentence,
  type TextRange,
} from "./sentences";
import { collectiveAsWe } from "./clause-facts";
import {
  isOwnOrganisation,
  organisationWords,
  ownPeopleAsOurs,
  withClientNameHeads,
} from "./own-organisation";
import { inOrganisationRegister } from "./org-register";
import { withoutFiller } from "./tolerance";
import { withoutTitles } from "./titles";
import type { ClientMessage } from "./types";

export interface ReadMessage {
  /** The body's analysed plain text: suggestion offsets refer to it. */
  text: string;
  sentences: Sentence[];
  /** The sender's own text, signature included, quoted history left out: where a writer says whom they write for. */
  authored: string;
  /** Names the sender signs with ("Sandy", "Rob Tan"), from the sign-off. */
  signOffNames: string[];
  /** An automatic reply: nothing in it is a standing preference. */
  automatic: boolean;
  /** The subject without "Re:"/"Fw:": what a short reply is about ("Updates - how often?"). */
  subject: string;
  sender: { address: string; name: string; domain: string };
  /** The writer's own names on file (their profile's fullName, preferredName): forms of their name too. */
  namesOnFile?: readonly string[];
  /** The competitors on file for the writer or their organisation ("add X to that list"). */
  competitorsOnFile?: readonly string[];
}

// "Kind regards,", "Best wishes", "Thanks!", "Cheers", "Sent from my iPhone": the author's own
// words are over. Only a line that is the closing and nothing else counts.
const CLOSING =
  /^\s*(?:(?:with\s+)?(?:(?:very\s+)?(?:kind|best|warm|warmest|kindest|many|all\s+the\s+)?\s*(?:regards|wishes|thanks)|thanks?(?:\s+(?:so\s+much|again|a\s+lot|in\s+advance))?|thank\s+you|cheers|best|all\s+best|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|sincerely|respectfully|regards|warmly|speak\s+(?:soon|thursday|monday|tuesday|wednesday|friday|then)|talk\s+soon|grazie|merci|danke|ciao|saludos|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en)[\s,.!]*|sent\s+from\s+my\s+\w+.*|get\s+outlook\s+for\s+\w+.*)$/i;
// A closing put together from the same words in another order or combination: "Thanks and
// regards,", "With thanks and best wishes,", "With every good wish,", "Thanks a million,",
// "Cordiali saluti,". Every word is a closing word and one of them carries the closing.
const CLOSING_WORDS = new Set(
  "with and & all the very many kind kindest best warm warmest good every thanks thank thx you regards rgds wishes wish cheers sincerely yours faithfully truly ever respectfully cordially cordiali saluti distinti un a lot million again in advance love take care speak soon talk".split(
    " ",
  ),
);
const CLOSING_CORE =
  /\b(?:thanks|thank|thx|regards|rgds|wish(?:es)?|cheers|sincerely|yours|respectfully|cordially|saluti)\b/i;

const SEVEN_WORDS = /^\s*\S+(?:\s+\S+){6}/;

function isClosing(line: string): boolean {
  if (CLOSING.test(line)) return true;
  // Only a line of six words or fewer with a closing word can be one: most lines are dismissed
  // before being split.
  if (SEVEN_WORDS.test(line) || !CLOSING_CORE.test(line)) return false;
  const words = line
    .trim()
    .replace(/[,.!]+$/, "")
    .toLowerCase()
    .split(/\s+/);
  return words.length <= 6 && words.every((word) => CLOSING_WORDS.has(word.replace(/[,.!]+$/, "")));
}

// A disclaimer paragraph: confidentiality boilerplate, not the author's request.
// ("Our registered office is a shared building" is a client's sentence; "Registered office: 1
// High St" or "registered in England" is a footer.)
const DISCLAIMER =
  /\b(?:intended\s+(?:only\s+)?(?:solely\s+)?for\s+the|intended\s+recipient|if\s+you\s+(?:are\s+not|have\s+received)|confidential\s+and\s+(?:may|privileged)|may\s+(?:contain|be)\s+(?:confidential|privileged|legally)|registered\s+in\s+england|registered\s+office\s*(?::|at\b|address\b)|^\s*registered\s+office\b|authorised\s+and\s+regulated|do\s+not\s+(?:necessarily\s+)?represent|monitored\s+or\s+recorded|freedom\s+of\s+information\s+act)/i;

// What a writer asks of the firm in their own words; boilerplate asks a stray reader to notify,
// delete or not copy.
const OWN_REQUEST =
  /\b(?:we|i)(?:'d|\s+would)\s+(?:ask|like|prefer|be\s+grateful)\b|\bplease\s+(?:don't|do\s+not)\s+(?!(?:copy|disclose|distribute|forward|use|read|print|rely|retain|review|disseminate)\b)/i;

// Automatic replies announce themselves in the subject or open with an absence notice.
const AUTOMATIC_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office|abwesend|absence|r[ée]ponse\s+automatique|abwesenheitsnotiz)\b/i;
const ABSENCE_OPENING =
  /^(?:thank\s+you\s+for\s+your\s+(?:e-?mail|message)[.!,]?\s*)?(?:i\s+am|i'm|i\s+will\s+be|our\s+office\s+is|the\s+office\s+is)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?leave|away|on\s+holiday|on\s+vacation|closed)\b/i;

/**
 * A body's own words, sentence by sentence, and what is known about its sender. `clientNames`:
 * the names on file for the sender's organisation (a profile's clientName), which name its
 * people as the domain's words do ("Cabot staff may not …").
 */
export function readMessage(
  message: ClientMessage,
  clientNames: readonly string[] = [],
): ReadMessage {
  const analysed = analyseDraft({
    from: message.from,
    recipients: [],
    subject: message.subject,
    body: message.body,
    attachments: [],
  });
  const { text, spans, quoted } = analysed.body;
  const { regions, signOffNames } = ownWords(text, spans, message.from.name ?? "");
  const answers = inlineAnswers(text, quoted, message.from.name ?? "", regions);
  const address = normaliseAddress(message.from.address);
  // Words are read from the domain as people write it (müller.example, not its xn-- form).
  const wordsDomain = unicodeDomain(domainOf(address) ?? "");
  const policy = forwardedPolicy(text, spans, quoted, wordsDomain, message.subject);
  const orgWords = organisationWords(wordsDomain);
  const isOwn = (name: string) => isOwnOrganisation(name, orgWords, clientNames);
  // Round 20: "The Bank" of Midlands Mutual Bank plc too, as the subject of its own rules.
  const headWords = withClientNameHeads(new Set(orgWords), clientNames[0]);
  const isOwnSubject = (name: string) => isOwnOrganisation(name, headWords, clientNames);
  const sentences = splitSentences(
    text,
    [...regions, ...answers, ...policy].sort((a, b) => a.start - b.start),
  );
  for (const sentence of sentences) {
    if (policy.some((p) => sentence.start >= p.start && sentence.end <= p.end)) {
      sentence.policy = true;
    }
    // "Our people prefer email", "my team and I would rather not be phoned": the organisation's
    // people together speak as "we" (docs/listen.md, Whose: person or organisation).
    // "pls"/"plz" read as "please" (sentences.ts), and filler said plainly (tolerance.ts), on the
    // clause's text only.
    // Round 19: "Cabot staff may not …", the writer's organisation by its name, as "our staff".
    // Round 20: the organisation's rules in the third person ("The Bank does not pay for…",
    // "External advisers must not…", "The board has asked that…") in its first (org-register.ts).
    for (const clause of sentence.clauses)
      clause.text = collectiveAsWe(
        inOrganisationRegister(
          withoutFiller(ownPeopleAsOurs(spellOutPlease(clause.text), isOwn)),
          isOwnSubject,
        ),
      );
  }
  attachPrompts(sentences, text, quoted, answers);
  const automatic =
    AUTOMATIC_SUBJECT.test(message.subject) ||
    sentences.slice(0, 2).some((s) => ABSENCE_OPENING.test(s.text));
  return {
    text,
    sentences,
    authored: spans.map((s) => text.slice(s.start, s.end)).join("\n"),
    signOffNames,
    automatic,
    subject: normaliseForMatching(message.subject).replace(
      /^\s*(?:(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i,
      "",
    ),
    sender: {
      address,
      name: (message.from.name ?? "").trim(),
      domain: domainOf(address) ?? "",
    },
  };
}

// ------------------------------------------------------------------------------------------
// The organisation's own rules, forwarded as theirs
// ------------------------------------------------------------------------------------------

// "our updated guidelines, effective 1 January", "our gifts and hospitality policy, for your
// records", "see our billing terms below": the writer presents what they forward as their
// organisation's own rules.
// Also "please follow this going forward", "please make sure your team follows the below", "please
// note and comply with the following": the writer asks the firm to follow what they forward, which
// makes it a rule of theirs (still only when it comes from their own organisation, below).
const FOLLOW = String.raw`(?:follow|follows|observe|observes|comply\s+with|complies\s+with|adhere\s+to|adheres\s+to|abide\s+by|abides\s+by|stick\s+to|sticks\s+to|apply|applies)`;
const FOLLOWED = String.raw`(?:this|these|the\s+(?:below|following|attached|rules|policy|guidance|notice|instructions?)|what(?:'s|\s+is)\s+below|it|them)`;
const RULES_WORD = String.raw`(?:guidelines|polic(?:y|ies)|terms|rules|code(?:\s+of\s+conduct)?|requirements|procedures|standards|protocol|ocgs?)`;
const OUR_RULES = new RegExp(
  [
    String.raw`\bour\s+(?:[\w-]+\s+){0,3}?${RULES_WORD}\b`,
    String.raw`\b(?:please|kindly|do)\s+(?:(?:note|read)\s+and\s+)?(?:(?:make\s+sure|ensure)\s+(?:that\s+)?(?:you|your\s+(?:team|firm|people|colleagues)|everyone(?:\s+on\s+the\s+matter)?)\s+)?${FOLLOW}\s+${FOLLOWED}\b`,
    // Round 16: "please make sure OLF's invoices and your team follow it": whoever must follow it.
    String.raw`\b(?:please|kindly)\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:[\w'’&-]+\s+){1,6}?${FOLLOW}\s+${FOLLOWED}\b`,
    // Round 17: "please make sure your billing team sees it", "make sure accounts payable have
    // this": the writer wants it known, which makes it theirs as much as "follow it" does.
    String.raw`\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:[\w'’&-]+\s+){1,6}?(?:sees?|reads?|gets?|has|have|knows?\s+about|(?:is|are)\s+aware\s+of)\s+(?:it|this|these|them|the\s+below|what(?:'s|\s+is)\s+below)\b`,
    // "the revised spend policy below", "the new billing guidelines attached".
    String.raw`\bthe\s+(?:new|revised|updated|latest|amended|current)\s+(?:[\w-]+\s+){0,2}?${RULES_WORD}\s+(?:below|attached|underneath)\b`,
    // "the billing policy our board approved", "the guidelines the executive committee adopted".
    String.raw`\b${RULES_WORD}\s+(?:that\s+|which\s+)?(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:board|committee|executive|directors|trustees|management|leadership|council|general\s+counsel|legal\s+team)\s+(?:has\s+|have\s+|just\s+|recently\s+)*(?:approved|adopted|agreed|issued|published|signed\s+off)\b`,
  ].join("|"),
  "i",
);
// Round 20 (lh18 diagnosis): the writer says what they forward binds the firm: "This applies to
// all outside counsel from Q1, you included", "it applies to all panel firms", "this covers you",
// "these apply to your firm too", "please apply this to us". Only the firm (you, your firm or
// team, outside counsel or panel firms in general; not "your team's hours"): "this applies to
// the other side" binds someone else. No modal or negation may stand between the subject and the
// verb ("this may apply to you", "this doesn't apply to you"); a hypothetical is refused by
// `bindsTheFirm`.
const BINDS_FIRM_TARGET =
  "(?:you\\b|your\\s+(?:firm|team|people|lawyers|colleagues|practice|office)\\b|" +
  "(?:(?:all|every|each|any)\\s+(?:of\\s+)?)?(?:our\\s+)?(?:outside|external|panel)\\s+" +
  "(?:counsel|firms?|law\\s+firms?|advisers|advisors|solicitors|lawyers)\\b)(?![’'-])";
const BINDS_FIRM = new RegExp(
  "\\b(?:this|it|these|the\\s+(?:below|following|above|attached))\\s+" +
    "(?:(?:now|also|equally|fully|therefore|too)\\s+)*" +
    "(?:appl(?:y|ies)\\s+(?:(?:now|also|equally|fully)\\s+)?to|covers?|binds?|extends?\\s+to)\\s+" +
    BINDS_FIRM_TARGET +
    "|\\b(?:please|kindly)\\s+(?:also\\s+)?apply\\s+(?:this|these|it|them|the\\s+(?:below|following|above|attached))\\s+" +
    "to\\s+(?:us\\b|our\\s+(?:matters?|work|files?|account|invoices|instructions)\\b|" +
    BINDS_FIRM_TARGET +
    ")",
  "gi",
);
// In the sentence before the words: a condition, a question of whether, a doubt, or a negated
// quantity ("if this applies to you", "not sure this covers you", "none of this applies to you").
const BINDS_FIRM_DOUBTED =
  /\b(?:if|whether|unless|in\s+case|not\s+sure|unsure|don['’]?t\s+think|do\s+not\s+think|doubt|wonder(?:ing)?|none\s+of|not\s+all\s+of|neither\s+of|no\s+part\s+of)\b/i;

/** Whether the writer's own words say the text they forward binds the firm (`BINDS_FIRM`). */
function bindsTheFirm(own: string): boolean {
  BINDS_FIRM.lastIndex = 0;
  for (let m = BINDS_FIRM.exec(own); m; m = BINDS_FIRM.exec(own)) {
    const before = own.slice(0, m.index);
    const opens = Math.max(
      before.lastIndexOf("."),
      before.lastIndexOf("!"),
      before.lastIndexOf("?"),
      before.lastIndexOf("\n"),
    );
    const after = own.slice(m.index + m[0].length);
    const ends = after.search(/[.!?\n]|$/);
    if (after.charAt(ends) === "?") continue;
    if (BINDS_FIRM_DOUBTED.test(before.slice(opens + 1))) continue;
    return true;
  }
  return false;
}

// Round 16: the writer's words point at the forwarded text: "see below", "please note the
// following:", "as follows"; not "following our call".
const POINTS_BELOW =
  /\b(?:below|beneath|underneath)\b|\bthe\s+following\s*(?:[:.]|$)|\bas\s+follows\b/im;
// A subject that says the message forwards another: "FW:", "Fwd:", "TR:", "WG:", "RV:", "VS:".
const FORWARD_SUBJECT = /^\s*(?:re\s*:\s*)?(?:fw|fwd|tr|wg|rv|vs|doorst|enc|i)\s*:/i;

/**
 * Where the forwarded text starts, from the header's "From:" line: the first blank line after it,
 * or (an HTML forward has none) the first line that is no header field; -1 when neither is found.
 */
function forwardedTextStart(body: string, from: number): number {
  for (let at = body.indexOf("\n", from); at >= 0; at = body.indexOf("\n", at + 1)) {
    const next = body.indexOf("\n", at + 1);
    const line = body.slice(at + 1, next < 0 ? undefined : next);
    if (line.trim() === "" || !isHeaderFieldLine(line)) return at;
  }
  return -1;
}

/**
 * Where the forwarded author's own words end: the line that is their name alone, as the header's
 * "From: Name <address>" gives it, starts their signature (an HTML forward's sign-off is often
 * not a closing ownWords knows).
 */
function forwardedAuthorEnd(text: string, start: number, end: number, fromLine: string): number {
  const name = /:\*?\s*([^<[(\n]+?)\s*[<[(]/.exec(fromLine)?.[1]?.trim();
  if (!name || name.length <= 3) return end;
  const lines = text.slice(start, end).split("\n");
  let at = start;
  for (const line of lines) {
    if (line.trim() === name) return at;
    at += line.length + 1;
  }
  return end;
}

/**
 * The body of a forward the writer presents as their organisation's own rules: the forward must
 * come from someone at the writer's own organisation (its domain, or a subdomain of it), and the
 * writer's own words must call it theirs ("our updated guidelines"). A forward from anyone else
 * ("see below from their CFO", "Harbourline's rules below") stays someone else's words.
 *
 * Round 16: the forward starts at a marker line ("---------- Forwarded message ---------") or at
 * a header block with none (Outlook's From/Sent/To/Subject, Outlook for Mac's From/Date/To), the
 * latter only when the subject says it is a forward or the writer points below. Only the first
 * forwarded message counts (a header further down is its own history), and only its author's
 * words: its sign-off, signature and disclaimers are cut as the writer's own are (ownWords).
 */
function forwardedPolicy(
  text: string,
  spans: readonly TextRange[],
  quoted: readonly TextRange[],
  domain: string,
  subject: string,
): TextRange[] {
  if (quoted.length === 0 || domain === "") return [];
  const own = spans.map((s) => text.slice(s.start, s.end)).join("\n");
  if (!OUR_RULES.test(own) && !bindsTheFirm(own)) return [];
  const forwardSaid = FORWARD_SUBJECT.test(subject) || POINTS_BELOW.test(own);
  const found: TextRange[] = [];
  for (const span of quoted) {
    const body = text.slice(span.start, span.end);
    const [block, next] = headerBlocks(body);
    if (!block || block.from < 0) continue;
    const marked = block.start < block.from;
    if (!marked && !forwardSaid) continue;
    const lineEnd = body.indexOf("\n", block.from);
    // A forward's header: "From: Name <address>" (or "[mailto:address]"): the address's domain.
    const fromLine = body.slice(block.from, lineEnd < 0 ? undefined : lineEnd);
    const from = HEADER_FROM.exec(fromLine);
    if (!from) continue;
    if (from[2]) {
      const theirs = from[2].toLowerCase().replace(/[.>\])]+$/, "");
      if (theirs !== domain && !theirs.endsWith(`.${domain}`) && !domain.endsWith(`.${theirs}`))
        continue;
    } else if (!OUR_RULES.test(own)) {
      // Round 34 (lh10): a header with a name and no address ("From: Panel Management") is how
      // Outlook shows a sender inside the writer's own organisation; it is theirs only when the
      // writer calls what they forward their own rules ("our new policy below").
      continue;
    }
    const textStart = forwardedTextStart(body, block.from);
    if (textStart < 0) continue;
    const start = span.start + textStart;
    const end = forwardedAuthorEnd(
      text,
      start,
      next ? span.start + next.start : span.end,
      fromLine,
    );
    if (end > start) found.push(...ownWords(text, [{ start, end }]).regions);
  }
  return found;
}

/**
 * The authored spans cut at the sign-off: from the first closing line that follows some text,
 * the rest of that span is signature. The one or two short lines right after the closing (or
 * ending the text, when there is no closing) are the name the sender signs with. Disclaimer
 * paragraphs are dropped wherever they are.
 */
function ownWords(
  text: string,
  spans: readonly TextRange[],
  senderName = "",
): { regions: TextRange[]; signOffNames: string[] } {
  const regions: TextRange[] = [];
  const signOffNames: string[] = [];
  const nameLine = senderNameLine(senderName);
  let seenText = false;
  let namedCut = false;
  for (const span of spans) {
    let cut = span.end;
    let lineStart = span.start;
    while (lineStart < span.end) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
      const line = text.slice(lineStart, lineEnd);
      if (seenText && isClosing(line) && !proseFollows(text, lineEnd, span.end)) {
        cut = lineStart;
        signOffNames.push(...namesAfter(text, lineEnd, span.end));
        break;
      }
      // Round 25: with no closing, the sender's whole name on a line of its own, or opening a
      // line of titles ("Dana Whitcombe | Legal Operations Manager | …"), starts the signature:
      // what follows is the block's contact line or footer, not a request.
      const signed = seenText && nameLine ? nameLine.exec(line) : null;
      const titled = signed?.[1] !== undefined || signed?.[2] !== undefined;
      if (signed && (titled || !proseFollows(text, lineEnd, span.end))) {
        cut = lineStart;
        namedCut = true;
        break;
      }
      if (line.trim() !== "") seenText = true;
      lineStart = lineEnd + 1;
    }
    for (const region of withoutDisclaimers(text, { start: span.start, end: cut })) {
      regions.push(region);
    }
  }
  if (signOffNames.length === 0) signOffNames.push(...lastShortLines(text, regions));
  // The name line that started the signature is a name the sender signs with, beside "Lola" above it.
  if (namedCut) signOffNames.push(senderName.trim().replace(/\s+/g, " "));
  return { regions, signOffNames };
}

/**
 * The sender's whole display name as a signature line: alone, or followed by "|" and titles
 * (group 1), or by a comma or dash and titles that end in no sentence's stop (group 2: "Megge
 * Anderson, for the record: …." is a sentence). Only a name of two words or more: a first name
 * alone is as likely a word of the message. Words compare without regard to case.
 */
function senderNameLine(name: string): RegExp | undefined {
  const words = name
    .replace(/["“”]/g, "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length < 2 || words.length > 5) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  return new RegExp(
    `^\\s*${escaped}\\s*(?:(\\|)\\s*\\S.*|([,–—]|-(?=\\s))\\s*[^\\s.!?][^.!?]*)?$`,
    "iu",
  );
}

/**
 * "Thanks." can open a message as well as close it: a closing is followed by a name, a title or
 * nothing, never by a sentence of the message.
 */
function proseFollows(text: string, from: number, end: number): boolean {
  const rest = text
    .slice(from, end)
    .split("\n")
    .find((line) => line.trim() !== "");
  if (rest === undefined || DISCLAIMER.test(rest) || isClosing(rest)) return false;
  return rest.trim().split(/\s+/).length > 7 && /[.!?]["')]*\s*$/.test(rest.trim());
}

const NAME_LINE =
  /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*[,.]?\s*(?:x+)?\s*$/u;

function namesAfter(text: string, from: number, end: number): string[] {
  const names: string[] = [];
  let at = from + 1;
  while (at < end && names.length < 2) {
    let next = text.indexOf("\n", at);
    if (next < 0 || next > end) next = end;
    const line = text.slice(at, next);
    if (line.trim() !== "") {
      const m = NAME_LINE.exec(line);
      if (!m) break;
      names.push(m[1]!);
    }
    at = next + 1;
  }
  return names;
}

/** With no closing line, a short name line ending the text ("Ollie", "G x") is the sign-off. */
function lastShortLines(text: string, regions: readonly TextRange[]): string[] {
  const last = regions[regions.length - 1];
  if (!last) return [];
  const lines = text
    .slice(last.start, last.end)
    .split("\n")
    .filter((l) => l.trim() !== "");
  const names: string[] = [];
  for (const line of lines.slice(-3)) {
    const m = NAME_LINE.exec(line);
    if (m && line.trim().length <= 30) names.push(m[1]!);
  }
  return names;
}

/**
 * The range without disclaimers: from a line of confidentiality boilerplate to the end of its
 * paragraph (an HTML paragraph is one line; a plain-text one may be wrapped over several).
 */
function withoutDisclaimers(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let keepFrom = range.start;
  let lineStart = range.start;
  while (lineStart < range.end) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > range.end) lineEnd = range.end;
    if (DISCLAIMER.test(text.slice(lineStart, lineEnd))) {
      // A long line is a paragraph of its own (HTML); a short one is wrapped plain text whose
      // paragraph runs to the next blank line.
      let next: { index: number; 0: string } | null = { index: lineEnd, 0: "" };
      if (lineEnd - lineStart < 100) {
        const blank = /\n[ \t\u00a0]*\n/g;
        blank.lastIndex = lineEnd;
        next = blank.exec(text);
      }
      const paragraphEnd = next && next.index < range.end ? next.index : range.end;
      // "…disclosable under the Freedom of Information Act. With that in mind, we'd ask for
      // summary invoices only": the writer's own request about the subject, not boilerplate.
      if (OWN_REQUEST.test(text.slice(lineStart, paragraphEnd))) {
        lineStart = lineEnd + 1;
        continue;
      }
      if (lineStart > keepFrom) out.push({ start: keepFrom, end: lineStart });
      keepFrom = next && next.index < range.end ? next.index + next[0].length : range.end;
      lineStart = keepFrom;
      continue;
    }
    lineStart = lineEnd + 1;
  }
  if (range.end > keepFrom) out.push({ start: keepFrom, end: range.end });
  return out;
}

// ------------------------------------------------------------------------------------------
// Answers written into the quoted message
// ------------------------------------------------------------------------------------------

/** An answer the sender wrote inside the quoted message, and the line it answers. */
interface Answer extends TextRange {
  prompt?: TextRange;
}

// "KF: Karen is fine.", "[KF] Detailed.", "KF - yes please": a line the sender marked as theirs.
// Round 31 (analysis-lh29 D): a hyphenated surname gives its initials both ways: "Efua
// Owusu-Mensah" is EOM and EO.
function initialsOf(name: string): string[] {
  const of = (split: RegExp) =>
    withoutTitles(name)
      .split(split)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  return [...new Set([of(/[\s-]+/), of(/\s+/)])];
}

/** Initials the writer announces: "initialled KF", "marked KF", "answers inline below (EO)". */
const INITIALS_ANNOUNCED =
  /\binitial(?:l)?ed\s+(\p{Lu}{2,4})\b|\bmarked\s+(\p{Lu}{2,4})\b|\((\p{Lu}{2,4})\)/u;
/** A mark the writer announces: "answers below, marked >>", "prefixed with **". */
const SYMBOL_ANNOUNCED = /\b(?:marked|prefixed|flagged|starting)\s+(?:with\s+)?(>>|\*\*|->|=>|»)/;

/**
 * Round 32 (analysis-lh30 B; lh17, lh29, lh30): answers told apart by being written in capitals
 * ("answers below in caps as usual"): a line of the quoted message with letters and none in
 * lower case, under a line that asks, is the writer's.
 */
const CAPS_ANNOUNCED =
  /\b(?:in|written\s+in|typed\s+in)\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|upper[\s-]?case|block\s+capitals)\b/i;

/** A line written in capitals: at least two words of letters, none in lower case. */
function inCapitals(line: string): boolean {
  return /\p{Lu}{2,}[^\n]*\s[^\n]*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The writer says the answers are written into the quoted message ("answers inline below"). */
const ANSWERS_ANNOUNCED =
  /\b(?:answers?|replies|responses|comments)\b[^.!?\n]{0,40}?\b(?:inline|in-line|below|beneath|underneath)\b|\b(?:inline|in-line)\s+(?:answers?|replies|responses|comments)\b/i;

/** The given name of "Ana Folau" or "Dr Ana Folau": letters only, so it is safe in a pattern. */
function givenNameOf(name: string): string | undefined {
  const first = withoutTitles(name).trim().split(/\s+/)[0] ?? "";
  return /^\p{Lu}\p{Ll}+$/u.test(first) ? first : undefined;
}

/**
 * Answers the sender wrote inside the quoted message they reply to ("My answers below in red,
 * initialled KF"): lines of quoted history that open with the sender's initials. Each is theirs,
 * and the line before it is the question it answers.
 */
function inlineAnswers(
  text: string,
  quoted: readonly TextRange[],
  senderName: string,
  regions: readonly TextRange[],
): Answer[] {
  // Nothing quoted, nothing answered inside it.
  if (quoted.length === 0) return [];
  // "initialled KF", "marked KF": read in the writer's own words, when the text has either word.
  const ownText = regions.map((r) => text.slice(r.start, r.end)).join("\n");
  const answersAnnounced = ANSWERS_ANNOUNCED.test(ownText);
  const own =
    text.includes("initial") || text.includes("marked") || answersAnnounced ? ownText : "";
  const announced = INITIALS_ANNOUNCED.exec(own);
  // ("(EO)" counts only beside the announcement: a bracketed acronym is not a marker otherwise.)
  const named = announced?.[1] ?? announced?.[2] ?? (answersAnnounced ? announced?.[3] : undefined);
  const initials = named ? [named] : initialsOf(senderName);
  // Round 30 (analysis-lh28 G): "answers inline below" and then "Ana: Zoom please." under each
  // question: the given name marks the answers too, but only where the writer announced them.
  const given = givenNameOf(senderName);
  const byName = given !== undefined && answersAnnounced ? given : undefined;
  const markers = [...initials.filter((i) => i.length >= 2), ...(byName ? [byName] : [])];
  // Round 31 (analysis-lh29 D; lh17's "answers below, marked >>"): a symbol the writer announces
  // opens each answer line, without a colon after it.
  const symbol = SYMBOL_ANNOUNCED.exec(own)?.[1];
  const capitals = answersAnnounced && CAPS_ANNOUNCED.test(ownText);
  // Round 33 (analysis-lh31 M8): "answers below in the text" over a quoted message whose
  // questions carry ">" (an Outlook header block above them): a line without the mark straight
  // under a marked question is the writer's, as it would be under Gmail's "On … wrote:".
  const unmarked = answersAnnounced;
  if (markers.length === 0 && !symbol && !capitals && !unmarked) return [];
  const escaped = symbol?.replace(/[*>]/g, (c) => "\\" + c);
  const marker = new RegExp(
    [
      ...(markers.length > 0
        ? [String.raw`^[ \t>]*\[?(?:${markers.join("|")})\]?\s*[:\-–]\s+(?=\S)`]
        : []),
      ...(escaped ? [String.raw`^[ \t]*${escaped}\s*(?=\S)`] : []),
      // Capitals alone mark the answers: no line opens with a marker.
      "(?!)",
    ].join("|"),
  );
  const answers: Answer[] = [];
  for (const span of quoted) {
    let previous: TextRange | undefined;
    let lineStart = span.start;
    const found: Answer[] = [];
    let asked = 0;
    while (lineStart < span.end) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
      const line = text.slice(lineStart, lineEnd);
      const m = marker.exec(line);
      if (m) {
        found.push({
          start: lineStart + m[0].length,
          end: lineEnd,
          ...(previous ? { prompt: previous } : {}),
        });
      } else if (
        previous &&
        ((capitals &&
          QUESTION_LINE.test(text.slice(previous.start, previous.end)) &&
          inCapitals(line)) ||
          (unmarked &&
            previous.end === lineStart - 1 &&
            MARKED_QUESTION.test(text.slice(previous.start, previous.end)) &&
            !/^[ \t]*>/.test(line) &&
            line.trim() !== ""))
      ) {
        // An answer in capitals, or one without the mark under a marked question (whose line
        // then opens with no ">" either): the answer starts after the line's indent.
        const lead = /^[ \t>]*/.exec(line)![0].length;
        found.push({ start: lineStart + lead, end: lineEnd, prompt: previous });
      } else if (line.trim() !== "") {
        previous = { start: lineStart, end: lineEnd };
        asked++;
      }
      lineStart = lineEnd + 1;
    }
    // A quoted message every line of which opens with the mark is quoting, not answers (">>").
    if (asked > 0 || !escaped) answers.push(...found);
  }
  return answers;
}

// A line that asks: "> 4. Invoices: detailed time entries or a summary?", "1. Name you would like
// us to use:".
const QUESTION_LINE = /[?:]\s*$/;
/** A question the quoted message marks with ">": "> 2. How often would you like reports?". */
const MARKED_QUESTION = /^[ \t]*>[^\n]*\?\s*$/;
const QUOTE_MARKS = /^[\s>]*(?:\(?\d{1,2}[.)]\s*|[a-z][.)]\s+)?/i;

/** An answer that turns an option down: "not Zoom", "Monthly is too often", "No.". */
const DECLINES =
  /\b(?:no|not|never|don't|too\s+(?:often|frequent|much|many|rarely|seldom)|overkill|excessive)\b/i;

/**
 * A sentence written straight under a question of the quoted message (a questionnaire answered
 * inline) answers it: it gets that question as its prompt, the context "Summary to me." or
 * "Every other Monday is ideal." needs.
 */
function attachPrompts(
  sentences: Sentence[],
  text: string,
  quoted: readonly TextRange[],
  answers: readonly Answer[],
): void {
  const normalised = normaliseForMatching(text);
  const promptAt = (range: TextRange): Sentence | undefined => {
    const lineText = normalised.slice(range.start, range.end);
    if (!QUESTION_LINE.test(lineText)) return undefined;
    const lead = QUOTE_MARKS.exec(lineText)?.[0].length ?? 0;
    const start = range.start + lead;
    const promptText = normalised.slice(start, range.end).trim();
    const clause = { start, end: range.end, text: promptText };
    return sentenceOf({ start, end: range.end }, promptText, [clause], -1, -1);
  };
  let declined: { answer: Answer; sentence: Sentence } | undefined;
  for (const sentence of sentences) {
    const answer = answers.find((a) => sentence.start >= a.start && sentence.end <= a.end);
    if (answer) {
      // The answer's first sentence answers; what follows it explains. Round 33 (analysis-lh31
      // M8): when the first turns an option down ("Monthly is too often for us."), the next says
      // what is wanted instead ("Quarterly is enough."), and answers too.
      const first = answer.prompt && text.slice(answer.start, sentence.start).trim() === "";
      const after = declined?.answer === answer && declined.sentence.index === sentence.index - 1;
      if (answer.prompt && (first || after)) sentence.prompt = promptAt(answer.prompt);
      declined = first && DECLINES.test(sentence.text) ? { answer, sentence } : undefined;
      continue;
    }
    // The first sentence written after a quoted span, with nothing of the author's between.
    const before = quoted.filter((q) => q.end <= sentence.start).pop();
    if (!before || text.slice(before.end, sentence.start).trim() !== "") continue;
    const quotedText = text.slice(before.start, before.end).replace(/\s+$/, "");
    const lineStart = before.start + quotedText.lastIndexOf("\n") + 1;
    const lineEnd = before.start + quotedText.length;
    sentence.prompt = promptAt({ start: lineStart, end: lineEnd });
  }
}
