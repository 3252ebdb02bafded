/**
 * The part of a client's message that states what they think now: the body's own words, without
 * the quoted history of earlier messages (src/core/analysis.ts), the sign-off, the signature
 * block (names, titles, "M: 07700 …", "Sent from my iPhone") and legal disclaimers. An automatic
 * reply (out of office) states nothing lasting at all.
 */
import { analyseDraft } from "../analysis";
import { domainOf, normaliseAddress } from "../draft";
import { splitSentences, type Sentence, type TextRange } from "./sentences";
import type { ClientMessage } from "./types";

export interface ReadMessage {
  /** The body's analysed plain text: suggestion offsets refer to it. */
  text: string;
  sentences: Sentence[];
  /** Names the sender signs with ("Sandy", "Rob Tan"), from the sign-off. */
  signOffNames: string[];
  /** An automatic reply: nothing in it is a standing preference. */
  automatic: boolean;
  sender: { address: string; name: string; domain: string };
}

// "Kind regards,", "Best wishes", "Thanks!", "Cheers", "Sent from my iPhone": the author's own
// words are over. Only a line that is the closing and nothing else counts.
const CLOSING =
  /^\s*(?:(?:with\s+)?(?:(?:very\s+)?(?:kind|best|warm|warmest|kindest|many|all\s+the\s+)?\s*(?:regards|wishes|thanks)|thanks?(?:\s+(?:so\s+much|again|a\s+lot|in\s+advance))?|thank\s+you|cheers|best|all\s+best|yours(?:\s+(?:sincerely|faithfully|truly|ever))?|sincerely|respectfully|regards|warmly|speak\s+(?:soon|thursday|monday|tuesday|wednesday|friday|then)|talk\s+soon|grazie|merci|danke|ciao|saludos|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en)[\s,.!]*|sent\s+from\s+my\s+\w+.*|get\s+outlook\s+for\s+\w+.*)$/i;

// A disclaimer paragraph: confidentiality boilerplate, not the author's request.
const DISCLAIMER =
  /\b(?:intended\s+(?:only\s+)?(?:solely\s+)?for\s+the|intended\s+recipient|if\s+you\s+(?:are\s+not|have\s+received)|confidential\s+and\s+(?:may|privileged)|may\s+(?:contain|be)\s+(?:confidential|privileged|legally)|registered\s+(?:in\s+england|office)|authorised\s+and\s+regulated|do\s+not\s+(?:necessarily\s+)?represent|monitored\s+or\s+recorded|freedom\s+of\s+information\s+act)/i;

// Automatic replies announce themselves in the subject or open with an absence notice.
const AUTOMATIC_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office|abwesend|absence|r[ée]ponse\s+automatique|abwesenheitsnotiz)\b/i;
const ABSENCE_OPENING =
  /^(?:thank\s+you\s+for\s+your\s+(?:e-?mail|message)[.!,]?\s*)?(?:i\s+am|i'm|i\s+will\s+be|our\s+office\s+is|the\s+office\s+is)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?leave|away|on\s+holiday|on\s+vacation|closed)\b/i;

/** A body's own words, sentence by sentence, and what is known about its sender. */
export function readMessage(message: ClientMessage): ReadMessage {
  const analysed = analyseDraft({
    from: message.from,
    recipients: [],
    subject: message.subject,
    body: message.body,
    attachments: [],
  });
  const { text, spans } = analysed.body;
  const { regions, signOffNames } = ownWords(text, spans);
  const sentences = splitSentences(text, regions);
  const address = normaliseAddress(message.from.address);
  const automatic =
    AUTOMATIC_SUBJECT.test(message.subject) ||
    sentences.slice(0, 2).some((s) => ABSENCE_OPENING.test(s.text));
  return {
    text,
    sentences,
    signOffNames,
    automatic,
    sender: {
      address,
      name: (message.from.name ?? "").trim(),
      domain: domainOf(address) ?? "",
    },
  };
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
): { regions: TextRange[]; signOffNames: string[] } {
  const regions: TextRange[] = [];
  const signOffNames: string[] = [];
  let seenText = false;
  for (const span of spans) {
    let cut = span.end;
    let lineStart = span.start;
    while (lineStart < span.end) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0 || lineEnd > span.end) lineEnd = span.end;
      const line = text.slice(lineStart, lineEnd);
      if (seenText && CLOSING.test(line) && !proseFollows(text, lineEnd, span.end)) {
        cut = lineStart;
        signOffNames.push(...namesAfter(text, lineEnd, span.end));
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
  return { regions, signOffNames };
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
  if (rest === undefined || DISCLAIMER.test(rest) || CLOSING.test(rest)) return false;
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
      if (lineStart > keepFrom) out.push({ start: keepFrom, end: lineStart });
      const blank = /\n[ \t\u00a0]*\n/g;
      blank.lastIndex = lineEnd;
      const next = blank.exec(text);
      keepFrom = next && next.index < range.end ? next.index + next[0].length : range.end;
      lineStart = keepFrom;
      continue;
    }
    lineStart = lineEnd + 1;
  }
  if (range.end > keepFrom) out.push({ start: keepFrom, end: range.end });
  return out;
}
