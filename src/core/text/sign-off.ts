/**
 * Where the author stops writing: the sign-off ("Kind regards,", "Best, Marcus", "Thanks") and
 * the signature lines under it (name, title, firm, address, numbers). What is there is the
 * author's standing detail ("M: +44 …", "also on WhatsApp", "Book time with me on Teams"), not
 * something proposed in this message.
 */
import type { LineIndex } from "./line-index";
import type { TextSpan } from "./span";
import { authoredSpans } from "./quoted-history";
import { isLetter, isUppercaseLetter } from "./unicode-classes";

/** Valedictions, UK and US, and the ones a firm meets from clients abroad. */
const VALEDICTION = new RegExp(
  "^(?:" +
    [
      "(?:with\\s+)?(?:(?:very\\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|sincere|good|fond|friendly)\\s+)?(?:regards|wishes)",
      "all\\s+(?:the\\s+)?best|best(?:\\s+again)?|very\\s+best",
      "(?:many\\s+)?thanks?(?:\\s+(?:again|so\\s+much|very\\s+much|a\\s+lot|in\\s+advance|and\\s+(?:kind\\s+|best\\s+)?regards))?|thank\\s+you(?:\\s+(?:again|so\\s+much|very\\s+much|in\\s+advance))?|with\\s+(?:many\\s+)?thanks|thx|ta",
      "cheers|sincerely|yours(?:\\s+(?:sincerely|faithfully|truly|ever|aye))?|(?:very\\s+)?truly\\s+yours|respectfully(?:\\s+yours)?",
      "take\\s+care|talk\\s+soon|speak\\s+soon|warmly|kr|br|rgds|regs",
      "mit\\s+freundlichen\\s+gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe)\\s+gr(?:ü|ue)(?:ß|ss)e|cordialement|bien\\s+(?:à|a)\\s+vous|bien\\s+cordialement|(?:un\\s+)?saludos?(?:\\s+cordiales)?|atentamente|(?:met\\s+)?vriendelijke\\s+groet(?:en)?|med\\s+v(?:ä|a)nlig\\s+h(?:ä|a)lsning|(?:med\\s+)?venn?lig\\s+hilsen|cordiali\\s+saluti|distinti\\s+saluti|un\\s+saluto|atenciosamente|cumprimentos|pozdrawiam|z\\s+powa(?:ż|z)aniem",
    ].join("|") +
    ")\\s*[,.!]*",
  "iu",
);

/**
 * What may follow a valediction on its line: a name ("Best, Marcus", "Thanks – Dan"), up to four
 * words each opening with a capital letter, of any script. Read on the line's shape (nameShape):
 * it is /^\s*(?:[-–—,]\s*)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*[,.!]?\s*$/u
 * with "U" for \p{Lu} and "l" for the other letters, a pattern Babel would expand into 27 KB of
 * ranges for the launch event.
 */
const NAME_AFTER_SHAPE = /^\s*(?:[-–—,]\s*)?(?:U[Ul.'’-]*(?:\s+U[Ul.'’-]*){0,3})?\s*[,.!]?\s*$/;

/**
 * `text` with each capital letter written "U", each other letter "l", and every other character
 * as it is (one outside the Basic Multilingual Plane, never a letter here, as "#"): letters are
 * the only classes NAME_AFTER_SHAPE asks about.
 */
function nameShape(text: string): string {
  let shape = "";
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    shape += isUppercaseLetter(codePoint)
      ? "U"
      : isLetter(codePoint)
        ? "l"
        : codePoint > 0xffff
          ? "#"
          : text[i]!;
  }
  return shape;
}

export function isValediction(line: string): boolean {
  const trimmed = line.trim();
  const m = VALEDICTION.exec(trimmed);
  return m !== null && NAME_AFTER_SHAPE.test(nameShape(trimmed.slice(m[0].length)));
}

/** Words of the boilerplate that follows a signature: such a line is not the author's prose. */
export const BOILERPLATE_CUE =
  /confidential|privileged|intended recipient|addressee|in error|notify|regulated|registered|advertis|unsubscribe|mailing list|fraud|bank details|disclaimer|virus|liabilit|before printing|attorney|legal advice|tax advice|privacy/i;

/**
 * A line the author writes as prose (a sentence, a postscript), which ends the signature: a line
 * of four words or more ending as a sentence does, a "P.S.", or a long line that is not
 * boilerplate. Name, title, address and number lines are none of these.
 */
export function isProseLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  if (/^p\.?\s?s\b/i.test(trimmed)) return true;
  if (BOILERPLATE_CUE.test(trimmed)) return false;
  // A web address is not prose however long ("Book time with me: https://…").
  const words = trimmed.replace(/<?\b(?:https?:\/\/|www\.)\S+/gi, "").trim();
  if (words.length > 100) return true;
  return /[.?!]["'”’)]*$/.test(words) && words.split(/\s+/).length >= 4;
}

/**
 * Round 20: the forms of the author's own name a sign-off may be only: the first name and its
 * initial, and the initials of the whole name ("Brett Kowalczyk" → "brett", "b", "bk";
 * "Kowalczyk, Brett" the same). Lower case; none for a display name that is not a person's
 * name (an address, a word of digits). Bounded: the first four words of 60 characters.
 */
export function authorSignatures(displayName: string | undefined): string[] {
  const raw = (displayName ?? "")
    .slice(0, 60)
    .replace(/["'‘’“”()]/g, " ")
    .trim();
  if (raw === "" || /[@\d]/.test(raw)) return [];
  const comma = raw.indexOf(",");
  const ordered = comma > 0 ? `${raw.slice(comma + 1)} ${raw.slice(0, comma)}` : raw;
  const words = ordered
    .split(/\s+/)
    .filter((word) => word !== "" && isLetter(word.codePointAt(0)!))
    .slice(0, 4);
  if (words.length === 0) return [];
  const first = words[0]!.toLowerCase();
  const forms = [first, first[0]!];
  if (words.length > 1) forms.push(words.map((word) => word[0]!.toLowerCase()).join(""));
  return forms.filter((form, i) => forms.indexOf(form) === i);
}

/** A line holding only one of the author's forms ("Brett", "B.", "– BK", "Brett x"). */
function isAuthorLine(line: string, author: readonly string[]): boolean {
  if (author.length === 0) return false;
  const m = /^\s*(?:[-–—~]+\s*)?([^\s.,!-]+)\.?(?:\s+x{1,3})?\s*[,.!]?\s*$/iu.exec(line);
  return m !== null && author.includes(m[1]!.toLowerCase());
}

/**
 * The sign-off and the signature under it, in each stretch of authored text (between quoted
 * spans): from the last valediction line to the first prose line after it or the stretch's end.
 * Without a valediction (round 20: "Brett" or "B." over a signature), from the last line that is
 * only the author's name or initial (`author`, authorSignatures), when the stretch's prose ends
 * above it and nothing below it is prose. `skip(offset)` says whether a line is part of something
 * else the signature may hold without ending (a pasted meeting block). Sorted spans.
 */
export function findSignOffs(
  text: string,
  lines: LineIndex,
  quoted: readonly TextSpan[],
  skip: (offset: number) => boolean = () => false,
  author: readonly string[] = [],
): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const stretch of authoredSpans(text.length, quoted)) {
    const firstLine = lines.lineOf(stretch.start);
    const lastLine = lines.lineOf(Math.max(stretch.start, stretch.end - 1));
    // The last valediction of the stretch: walk up from its end (most mail signs off near it).
    let valediction = -1;
    for (let n = lastLine; n >= firstLine; n--) {
      const { start, end } = lines.line(n);
      if (end - start > 60) continue;
      if (isValediction(text.slice(Math.max(start, stretch.start), Math.min(end, stretch.end)))) {
        valediction = n;
        break;
      }
    }
    if (valediction < 0)
      valediction = authorLine(text, lines, stretch, firstLine, lastLine, author);
    if (valediction < 0) continue;
    let end = stretch.end;
    for (let n = valediction + 1; n <= lastLine; n++) {
      const line = lines.line(n);
      if (skip(line.start)) continue;
      if (isProseLine(text.slice(line.start, Math.min(line.end, stretch.end)))) {
        end = line.start;
        break;
      }
    }
    const start = Math.max(lines.line(valediction).start, stretch.start);
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/**
 * The last line of the stretch that is only the author's name, under the body's prose and over
 * no prose of its own; -1 when there is none. A name alone above the prose is a greeting or a
 * heading, not a sign-off.
 */
function authorLine(
  text: string,
  lines: LineIndex,
  stretch: TextSpan,
  firstLine: number,
  lastLine: number,
  author: readonly string[],
): number {
  if (author.length === 0) return -1;
  const lineText = (n: number) => {
    const { start, end } = lines.line(n);
    return text.slice(Math.max(start, stretch.start), Math.min(end, stretch.end));
  };
  for (let n = lastLine; n >= firstLine; n--) {
    const line = lineText(n);
    if (isProseLine(line)) return -1;
    if (line.length > 40 || !isAuthorLine(line, author)) continue;
    for (let above = n - 1; above >= firstLine; above--) if (isProseLine(lineText(above))) return n;
    return -1;
  }
  return -1;
}
