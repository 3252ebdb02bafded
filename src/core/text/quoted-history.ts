/**
 * Tells the author's own words from the earlier messages a reply or forward carries along,
 * so checks judge only what is being written now. Works on plain text (a text body, or the
 * output of htmlToText); shapes come from real mail (Outlook, Outlook Express, Gmail,
 * Apple Mail, mutt, Thunderbird).
 */
import type { PlainText } from "./html-to-text";
import { isWhiteSpaceAt, mergeSpansAcross, type TextSpan } from "./span";

interface Line {
  start: number;
  /** End of the line's content, before "\r\n" or "\n". */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let next = text.indexOf("\n", start);
    if (next < 0) next = text.length;
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    lines.push({ start, end, text: text.slice(start, end) });
    start = next + 1;
  }
  return lines;
}

// Lines after which everything is earlier mail: Outlook's and Outlook Express's separators,
// Gmail's, Apple Mail's and Thunderbird's forward markers, in English and the languages a firm
// meets most (French, German, Italian, Dutch, Spanish, Portuguese, Nordic, Polish).
const REST_MARKERS = [
  /^\s*-{2,}\s*(?:Original Message|Original Mail|Originalnachricht|Ursprüngliche Nachricht|Message d'origine|Message original|Messaggio originale|Oorspronkelijk bericht|Mensaje original|Mensagem original|Originalmeddelande|Opprinnelig melding|Oprindelig meddelelse|Wiadomość oryginalna|Alkuperäinen viesti)\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*(?:Forwarded|Weitergeleitete|Message transféré|Messaggio inoltrato|Doorgestuurd|Mensaje reenviado|Mensagem encaminhada|Vidarebefordrat|Videresendt|Przekazana)\s*(?:message|Nachricht|e-?mail|bericht|meddelande|melding|meddelelse|wiadomość)?\s*-{2,}\s*$/i,
  /^\s*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inizio messaggio inoltrato|Begin doorgestuurd bericht|Comienzo del mensaje reenviado|Início da mensagem reencaminhada)\s*:\s*$/i,
  /^\s*-{2,}\s*begin forwarded text\s*$/i,
];

/**
 * Outlook's header block (desktop, web, Mac, mobile), in the languages a firm is likely to meet:
 * its "From:" line. When the line ends in the sender's address ("From: Name <a@b.com>",
 * "[mailto:a@b.com]"), group 1 is the address and group 2 its domain; a line with a name only
 * still matches, without them. One pattern for the quoted-history
 * cut and listening's forwarded-policy reading (listen/message.ts), so the two never disagree
 * about which languages make a header.
 */
export const HEADER_FROM =
  /^\s*\*?(?:From|De|Von|Van|Da|Fra|Från|Od|Lähettäjä|Feladó|Od\s+kogo|Remitente)\s*:\*?\s*(?=\S)(?:[^\n]*?[<[(]?(?:mailto:)?([^\s<>@[(:]+@([^\s<>\])]+?))[>\])]?\s*$)?/i;
const HEADER_DATE =
  /^\s*\*?(?:Sent|Date|Envoyé|Gesendet|Datum|Inviato|Verzonden|Enviado(?:\s+el)?|Enviada(?:\s+em)?|Fecha|Data|Skickat|Sendt|Wysłano|Wysłane|Lähetetty|Elküldve|Odesláno)\s*:/i;
const HEADER_SUBJECT =
  /^\s*\*?(?:Subject|Objet|Betreff|Oggetto|Onderwerp|Asunto|Assunto|Ämne|Emne|Temat|Aihe|Tárgy|Předmět)\s*:/i;
const HEADER_TO = /^\s*\*?(?:To|À|A|An|Aan|Para|Till|Til|Do|Vastaanottaja|Címzett|Komu)\s*:/i;
const HEADER_OTHER =
  /^\s*\*?(?:Cc|Bcc|Kopie|Copie|Copia|Kopia|Kopi|Kopio|Importance|Priority|Wichtigkeit|Priorité|Attachments?|Anlagen|Pièces\s+jointes|Allegati|Bijlagen|Adjuntos|Anexos|Bilagor|Vedlegg|Załączniki)\s*:/i;

/**
 * Whether a line is one field of a header block (From, Sent/Date, To, Cc, Subject, Importance,
 * Attachments) in the languages the cut reads; "*From:*" and "*From*:" (bold headers turned
 * into text) count. Listening finds where a forwarded message's own text starts with it.
 */
export function isHeaderFieldLine(line: string): boolean {
  const bare = line.indexOf("*") < 0 ? line : line.replace(/\*/g, "");
  return [HEADER_FROM, HEADER_DATE, HEADER_SUBJECT, HEADER_TO, HEADER_OTHER].some((field) =>
    field.test(bare),
  );
}
const HEADER_WINDOW = 8;

// Outlook on the web, pasted as text, can put the whole header on one line.
const HEADER_ONE_LINE =
  /^\s*\*?(?:From|De|Von|Van|Da|Fra|Från|Od)\s*:\*?\s*\S.{0,200}?\s(?:Sent|Date|Envoyé|Gesendet|Datum|Inviato|Verzonden|Enviado|Skickat|Sendt)\s*:.{0,200}?\s(?:Subject|Objet|Betreff|Oggetto|Onderwerp|Asunto|Assunto|Ämne|Emne)\s*:/i;

// A rule line Outlook puts above the header: underscores or dashes only.
const RULE_LINE = /^\s*(?:_{10,}|-{10,})\s*$/;

// "On Mon, 2 Sep 2002, Dan Whitaker wrote:" and friends: Gmail's and Apple Mail's attribution in
// English, French, German, Spanish, Italian, Dutch, Portuguese and the Nordic languages.
const ATTRIBUTION_ONE_LINE =
  /^\s*(?:On\s.{4,300}\b(?:wrote|writes|said)|Le\s.{4,300}\sa\s+écrit|Am\s.{4,300}\sschrieb.{0,120}|El\s.{4,300}\sescribió|Il\s.{4,300}\sha\s+scritto|Op\s.{4,300}\sschreef.{0,120}|Em\s.{4,300}\sescreveu|Den\s.{4,300}\sskrev.{0,120})\s*:\s*$/i;
// Finnish and Polish attributions start with a weekday of their own: known by their ending.
const ATTRIBUTION_ENDING = /\s(?:kirjoitti|napisał(?:\(a\))?)\s*:\s*$/i;
const ATTRIBUTION_FIRST = /^\s*(?:On|Le|Am|El|Il|Op|Em|Den)\s\S/i;
const ATTRIBUTION_LAST =
  /(?:\b(?:wrote|writes|said)|\sa\s+écrit|\bschrieb\b.{0,120}|\sescribió|\sha\s+scritto|\bschreef\b.{0,120}|\sescreveu|\bskrev\b.{0,120})\s*:\s*$/i;
// "Dan Whitaker <dan@...> writes:" counts only when quoted lines follow it.
const ATTRIBUTION_WEAK = /^\s*\S.{0,150}\b(?:wrote|writes|said|mentioned)\s*:\s*$/i;

// Mail clients put a time or an address in the attribution; "On 5 March the court wrote:"
// in the author's own text has neither, and must not swallow the rest of the message.
const MAIL_ATTRIBUTION = /\d{1,2}[:.]\d{2}|@/;

const QUOTE_LINE = /^\s*>/;
const BLANK = /^\s*$/;
const SIGNATURE = /^-- ?$/;

function isQuoteLine(line: Line | undefined): boolean {
  return line !== undefined && QUOTE_LINE.test(line.text);
}

/** The index of the next non-blank line at or after `from`, or -1. */
function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!BLANK.test(lines[i]!.text)) return i;
  return -1;
}

/**
 * "From:" followed within a few lines by a date ("Sent:"/"Date:") and a subject or an addressee
 * ("To:"): the block every Outlook writes above the message it replies to or forwards.
 */
function isOutlookHeader(lines: readonly Line[], index: number): boolean {
  const first = lines[index]!.text;
  if (!HEADER_FROM.test(first)) return false;
  if (first.length < 600 && HEADER_ONE_LINE.test(first)) return true;
  let date = false;
  let subject = false;
  let to = false;
  const last = Math.min(lines.length - 1, index + HEADER_WINDOW);
  for (let i = index + 1; i <= last && !(date && subject); i++) {
    const text = lines[i]!.text;
    date ||= HEADER_DATE.test(text);
    subject ||= HEADER_SUBJECT.test(text);
    to ||= HEADER_TO.test(text);
  }
  // Outlook for iOS and Android leave the subject out; "To:" then says it is a header.
  return date && (subject || to);
}

/**
 * Whether a line's last visible character is a colon, as every attribution's is (the patterns
 * end in `\s*:\s*$`): checked first, so the patterns run on a few lines, not on every line.
 */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhiteSpaceAt(text, end - 1)) end--;
  return end > 0 && text.charCodeAt(end - 1) === 58;
}

/** How many lines (1 or 2) an attribution starting at `index` spans; 0 when none. */
function attributionLength(lines: readonly Line[], index: number): number {
  const text = lines[index]!.text;
  if (endsWithColon(text)) {
    if (ATTRIBUTION_ONE_LINE.test(text)) return 1;
    if (text.length < 400 && ATTRIBUTION_ENDING.test(text) && MAIL_ATTRIBUTION.test(text)) return 1;
  }
  const second = lines[index + 1];
  if (
    ATTRIBUTION_FIRST.test(text) &&
    second &&
    !isQuoteLine(second) &&
    text.length + second.text.length < 320 &&
    endsWithColon(second.text) &&
    ATTRIBUTION_LAST.test(second.text)
  ) {
    return 2;
  }
  return 0;
}

/** Where earlier mail starts for good (header, separator or unquoted attribution), or -1. */
function restStartLine(lines: readonly Line[], index: number): number {
  const text = lines[index]!.text;
  if (REST_MARKERS.some((marker) => marker.test(text))) return index;
  if (isOutlookHeader(lines, index)) {
    // Take the rule line (or "Original Message" line) above the header along.
    const above = index > 0 ? lines[index - 1] : undefined;
    if (above && RULE_LINE.test(above.text)) return index - 1;
    const twoAbove = index > 1 ? lines[index - 2] : undefined;
    if (above && BLANK.test(above.text) && twoAbove && RULE_LINE.test(twoAbove.text)) {
      return index - 2;
    }
    return index;
  }
  return -1;
}

/**
 * The earlier messages' header blocks in `text` (forward markers, "Original Message" lines and
 * Outlook's From/Sent/To/Subject blocks, with or without a marker above them): each block's
 * offset, and the offset of its "From:" line (-1 when the block has none). Listening reads a
 * forward the writer endorses as their own words (listen/message.ts), one header at a time.
 */
export function headerBlocks(text: string): { start: number; from: number }[] {
  const lines = splitLines(text);
  const out: { start: number; from: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = REST_MARKERS.some((m) => m.test(lines[i]!.text));
    if (!marker && !isOutlookHeader(lines, i)) continue;
    let from = -1;
    for (let j = i; j < Math.min(lines.length, i + 4) && from < 0; j++) {
      if (HEADER_FROM.test(lines[j]!.text)) from = lines[j]!.start;
    }
    out.push({ start: lines[i]!.start, from });
    // The lines of this block are not the start of another.
    if (from >= 0) while (i + 1 < lines.length && !BLANK.test(lines[i + 1]!.text)) i++;
  }
  return out;
}

/**
 * Spans of `text` that are quoted earlier messages: everything from an Outlook header block,
 * "-----Original Message-----" or a forward marker to the end; lines starting with ">"
 * (only those: inline answers between them stay the author's) with the "On ... wrote:"
 * line above them; and an "On ... wrote:" not followed by ">" lines, to the end.
 * Sorted, non-overlapping.
 */
export function findQuotedHistory(text: string): TextSpan[] {
  const lines = splitLines(text);
  const spans: TextSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isQuoteLine(line)) {
      spans.push({ start: line.start, end: line.end });
      continue;
    }
    const rest = restStartLine(lines, i);
    if (rest >= 0) {
      spans.push({ start: lines[rest]!.start, end: text.length });
      break;
    }
    const strong = attributionLength(lines, i);
    const span = strong || (endsWithColon(line.text) && ATTRIBUTION_WEAK.test(line.text) ? 1 : 0);
    if (span > 0) {
      const following = nextNonBlank(lines, i + span);
      if (following >= 0 && isQuoteLine(lines[following])) {
        spans.push({ start: line.start, end: lines[i + span - 1]!.end });
        i += span - 1;
      } else if (
        strong > 0 &&
        MAIL_ATTRIBUTION.test(
          lines
            .slice(i, i + span)
            .map((l) => l.text)
            .join(" "),
        )
      ) {
        spans.push({ start: line.start, end: text.length });
        break;
      }
    }
  }
  return mergeSpansAcross(text, spans);
}

/**
 * The author's signature: from a "-- " separator line (RFC 3676) to the next quoted span
 * or the end of the text. Undefined when there is no separator outside quoted history.
 */
export function findSignature(
  text: string,
  quoted: readonly TextSpan[] = findQuotedHistory(text),
): TextSpan | undefined {
  for (const line of signatureLines(text)) {
    if (isInSpans(quoted, line.start, line.end)) continue;
    const nextQuote = quoted.find((span) => span.start >= line.end);
    let end = nextQuote ? nextQuote.start : text.length;
    while (end > line.start && /\s/.test(text[end - 1]!)) end--;
    return { start: line.start, end };
  }
  return undefined;
}

/** The parts of [0, textLength) not covered by `quoted` (any order, may overlap). */
export function authoredSpans(textLength: number, quoted: readonly TextSpan[]): TextSpan[] {
  const sorted = [...quoted].sort((a, b) => a.start - b.start);
  const authored: TextSpan[] = [];
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(0, Math.min(span.start, textLength));
    if (start > cursor) authored.push({ start: cursor, end: start });
    cursor = Math.max(cursor, Math.min(span.end, textLength));
  }
  if (cursor < textLength) authored.push({ start: cursor, end: textLength });
  return authored;
}

/**
 * True when [start, end) overlaps one of `spans` (sorted, non-overlapping, as returned
 * here); an empty range counts when its position lies inside a span.
 */
export function isInSpans(spans: readonly TextSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  // Find the last span starting at or before `start`, then check it and its successor.
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= start) low = mid + 1;
    else high = mid - 1;
  }
  const before = spans[high];
  if (before && start < before.end) return true;
  const after = spans[high + 1];
  return after !== undefined && after.start < end;
}

/**
 * The lines that are a signature separator ("-- " or "--", as SIGNATURE reads a line), in order:
 * found from each "--" that opens a line, without splitting the whole text into lines.
 */
function signatureLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let at = text.indexOf("--"); at >= 0; at = text.indexOf("--", at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) !== 10) continue;
    let next = text.indexOf("\n", at);
    if (next < 0) next = text.length;
    const end = next > at && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const line = text.slice(at, end);
    if (SIGNATURE.test(line)) lines.push({ start: at, end, text: line });
  }
  return lines;
}

/**
 * Answers written into the quoted message, the way lawyers answer a list of questions: a
 * paragraph opened by the author's initials in brackets ("[DO: Yes, under clause 5.2 …]",
 * "[JS - agreed]"), up to its closing bracket. They are the author's words now.
 */
const INLINE_ANSWER = /^[ \t]*\[[A-Z]{2,4}\.?(?:\s*[:\]]|\s+[-–:])/gm;
const ANSWER_LINES = 20;

function inlineAnswers(text: string, quoted: readonly TextSpan[]): TextSpan[] {
  if (quoted.length === 0 || !text.includes("[")) return [];
  const answers: TextSpan[] = [];
  INLINE_ANSWER.lastIndex = 0;
  for (let m = INLINE_ANSWER.exec(text); m; m = INLINE_ANSWER.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (!isInSpans(quoted, start, start + 1)) continue;
    // To the bracket that closes it at a line's end (within a few lines, before a blank line),
    // else the end of its own line. Each line is read by one answer at most.
    let end = -1;
    let lineStart = start;
    for (let n = 0; n < ANSWER_LINES && lineStart < text.length; n++) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd).trimEnd();
      if (n > 0 && line.trim() === "") break;
      if (line.endsWith("]")) {
        end = lineStart + line.length;
        break;
      }
      lineStart = lineEnd + 1;
    }
    if (end < 0) {
      end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
    }
    answers.push({ start, end });
    INLINE_ANSWER.lastIndex = Math.max(INLINE_ANSWER.lastIndex, end);
  }
  return answers;
}

/** `spans` (sorted, non-overlapping) with `holes` (sorted) taken out. */
function subtract(spans: readonly TextSpan[], holes: readonly TextSpan[]): TextSpan[] {
  if (holes.length === 0) return [...spans];
  const result: TextSpan[] = [];
  let h = 0;
  for (const span of spans) {
    let start = span.start;
    while (h < holes.length && holes[h]!.end <= start) h++;
    let k = h;
    while (k < holes.length && holes[k]!.start < span.end) {
      if (holes[k]!.start > start) result.push({ start, end: holes[k]!.start });
      start = Math.max(start, holes[k]!.end);
      k++;
    }
    if (start < span.end) result.push({ start, end: span.end });
  }
  return result;
}

/**
 * Quoted history of a body: what the markup says (htmlToText) plus what the text shows, less
 * the author's answers written into it.
 */
export function quotedHistorySpans(plain: PlainText): TextSpan[] {
  const quoted = mergeSpansAcross(plain.text, [
    ...plain.quotedSpans,
    ...findQuotedHistory(plain.text),
  ]);
  return subtract(quoted, inlineAnswers(plain.text, quoted));
}
