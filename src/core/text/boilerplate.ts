/**
 * Boilerplate appended to what the author writes: the firm's legal disclaimer or confidentiality
 * notice ("If you have received this e-mail in error, please notify the sender by telephone…",
 * "…authorised and regulated by the Solicitors Regulation Authority", US "Attorney advertising"),
 * a fraud warning about bank details, and mailing-list or advertising footers. None of it is the
 * author's message, so no check reads it.
 *
 * A disclaimer is recognised by what it is, not by a rule line above it: a block of the legal
 * language such notices are made of (several of: confidential or privileged, the intended
 * recipient, received in error, notify the sender, delete or destroy, copying or disclosure
 * prohibited, regulated by or registered in, no liability or viruses, advertising, bank details
 * and fraud), after the author's last words (below the sign-off, or with nothing but more
 * boilerplate and signature lines after it).
 */
import type { LineIndex } from "./line-index";
import { isProseLine } from "./sign-off";
import { authoredSpans } from "./quoted-history";
import { firstSpanAfter, spanAt, type TextSpan } from "./span";
import { hasReservedMeetingAddress } from "./meeting-links";

/** The kinds of statement disclaimers are made of; a block needs several different ones. */
const FAMILIES: readonly RegExp[] = [
  /\bconfidential(?:ity)?\b|\b(?:legally\s+)?privileged\b|\battorney[-\s]+client\b|\bwork\s+product\b|\bproprietary\s+information\b/i,
  /\bintended\s+(?:solely\s+|only\s+)?(?:for\s+)?(?:the\s+)?(?:exclusive\s+|sole\s+)?(?:use\s+of\s+the\s+)?(?:named\s+)?(?:addressee|recipient|individual|person|entity)|\bintended\s+recipient|\baddressee\(?s?\)?/i,
  /\b(?:received?|got|sent\s+to\s+you)\s+(?:(?:this|it|the|a|an|such)\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+error|by\s+mistake|in\s+mistake|erroneously|by\s+error)|\bmisdirected\b/i,
  /\b(?:notify|inform|advise|tell|contact|alert)\s+(?:the\s+sender|us|the\s+author|our\s+office|the\s+firm|me)\b|\breturn\s+(?:it\s+)?to\s+the\s+sender|\bby\s+return\s+(?:e-?\s?mail|mail)|\breply(?:ing)?\s+to\s+the\s+sender/i,
  /\bdelet(?:e|ion|ing)\b|\bdestroy\b|\bremove\s+it\s+from\s+your|\bpermanently\s+(?:delete|erase|remove)|\berase\b/i,
  /\bprohibited\b|\bunauthori[sz]ed\s+(?:use|disclosure|review|copying|distribution)|\bmust\s+not\s+(?:copy|disclose|distribute|use|rely|forward|print)|\bnot\s+(?:copy|disclose|distribute|use|forward)\b|\b(?:any\s+)?(?:use|disclosure|copying|distribution|dissemination|reliance)\s+(?:of|on)\s+(?:this|it|the)/i,
  /\bregulated\s+by\b|\bauthori[sz]ed\s+and\s+regulated|\bsolicitors\s+regulation\s+authority|\bregistered\s+(?:in|office|number|with|no\.?|address)\b|\bcompany\s+(?:registration\s+)?(?:no\.?|number)\b|\blimited\s+liability\s+partnership\b|\blist\s+of\s+(?:the\s+|its\s+)?(?:members|partners)\b|\bvat\s+(?:registration\s+)?(?:no\.?|number)\b|\bregulated\s+(?:entity|firm)\b/i,
  /\battorney\s+advertising\b|\badvertising\s+material\b|\bconsidered\s+(?:attorney\s+)?advertising\b/i,
  /\bprior\s+results\s+do\s+not\s+guarantee\b|\bcircular\s+230\b|\bnot\s+intended\s+(?:to\s+be\s+|as\s+)?(?:legal|tax|investment)\s+advice\b|\bdoes\s+not\s+(?:create|constitute|establish)\s+an?\s+(?:attorney|lawyer|solicitor|client)[-\s]/i,
  /\bvirus(?:es)?\b|\bno\s+(?:liability|responsibility)\b|\baccepts?\s+no\s+(?:liability|responsibility)|\bnot\s+(?:be\s+)?(?:held\s+)?liable\b|\b(?:e-?\s?mail|internet)\s+(?:communications?\s+)?(?:is|are)\s+not\s+(?:secure|guaranteed)|\bmay\s+be\s+(?:monitored|intercepted|recorded)|\bmonitor(?:ed|ing)?\s+(?:e-?\s?mail|communications)/i,
  /\bbank(?:\s+account)?\s+details\b|\bpayment\s+(?:details|instructions)\b|\baccount\s+details\b/i,
  /\bfraud(?:ulent|sters?)?\b|\bscam\b|\bphishing\b|\bcyber[-\s]?(?:crime|fraud|security)\b/i,
  /\bverify\b|\bnever\s+(?:change|send|notify|tell|inform|advise|ask|email|e-mail)\b/i,
  /\bprivacy\s+(?:notice|policy|statement)\b|\bpersonal\s+data\b|\bdata\s+protection\b|\bgdpr\b/i,
  /\benvironment\s+before\s+printing\b|\bplease\s+consider\s+the\s+environment\b/i,
];

/** Phrases that only a notice uses: one of them counts as a family more. */
const STRONG =
  /\bintended\s+recipient|\b(?:received?|got)\s+(?:(?:this|it|the)\s+)?(?:[\w-]+\s+){0,3}?in\s+error|\battorney\s+advertising|\bprior\s+results\s+do\s+not\s+guarantee|\bauthori[sz]ed\s+and\s+regulated|\bsolicitors\s+regulation\s+authority|\bcircular\s+230|\b(?:cyber[-\s]?)?fraud\s+(?:warning|alert|notice)|\bconfidentiality\s+(?:notice|statement|note)|\blegal\s+(?:notice|disclaimer)|\bdisclaimer\s*:/i;

/** How a notice speaks of the message it is attached to, and of its reader. */
const SELF_REFERENCE =
  /\b(?:this|the)\s+(?:e-?\s?mail|message|communication|transmission|document|electronic\s+mail)\b|\bthe\s+(?:sender|intended\s+recipient|addressee)\b|\badvertising\b|\bbank\s+details\b/i;

/** Mailing-list and advertising footers. */
const LIST_SIGNAL =
  /\bmailing\s+list\b|\blistinfo\b|\bunsubscribe\b|\byou\s+(?:are\s+receiving|received)\s+this\s+(?:message|e-?\s?mail)\s+because\b|\bsubscribed\s+to\b|\bmanage\s+your\s+subscription|\b(?:yahoo!?|google)\s+groups\b|\bgroups\s+sponsor\b|\bdo\s+you\s+yahoo!?|\blist\s+archives?\b|\bmailman\b/gi;

/** A meeting platform's address. */
const MEETING_HOST =
  /\b(?:zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|meet\.google\.com)\b/i;

/** The most a list or advertising footer's paragraph holds. */
const FOOTER_LENGTH = 1500;

/** A rule line some footers start with. */
const RULE = /^\s*(?:_{10,}|-{10,}|={10,})\s*$/;

const FAMILY_TRIGGER =
  /confidential|privileged|attorney|intended|addressee|error|mistake|notify|delet|destroy|prohibit|unauthori|must not|regulat|registered|liability|advertis|virus|liable|bank|fraud|scam|verify|privacy|personal data|environment|unsubscribe|mailing list|listinfo|subscri|groups|mailman/i;

/** Families present in a piece of text, as a bit set, and whether a strong phrase is there. */
function familiesOf(text: string): { families: number; count: number; strong: boolean } {
  if (!FAMILY_TRIGGER.test(text)) return { families: 0, count: 0, strong: false };
  let families = 0;
  let count = 0;
  for (let i = 0; i < FAMILIES.length; i++) {
    if (FAMILIES[i]!.test(text)) {
      families |= 1 << i;
      count++;
    }
  }
  return { families, count, strong: STRONG.test(text) };
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
}

interface Paragraph {
  /** Line numbers, inclusive. */
  first: number;
  last: number;
}

/** How many different families make a notice (a strong phrase counts as one more). */
const NOTICE_SCORE = 3;

/**
 * The boilerplate spans of a text, sorted: legal notices (from the first line of the notice to
 * the end of the boilerplate after it) and list or advertising footers (to the end of their
 * stretch). `quoted` are the earlier messages (sorted spans); `signOffs` where the author signed
 * off (a notice below a sign-off is boilerplate wherever it sits); `blocks` are pasted meeting
 * blocks, which are never boilerplate.
 */
export function findBoilerplate(
  text: string,
  lines: LineIndex,
  quoted: readonly TextSpan[],
  signOffs: readonly TextSpan[] = [],
  blocks: readonly TextSpan[] = [],
): TextSpan[] {
  if (!FAMILY_TRIGGER.test(text) && !text.includes("__________")) return [];
  const spans: TextSpan[] = [];
  for (const stretch of authoredSpans(text.length, quoted)) {
    // Sign-offs are sorted: the first one at or after the stretch's start, by binary search.
    const signOff = spanAt(signOffs, stretch.start) ?? firstSpanAfter(signOffs, stretch.start);
    const signedOffAt =
      signOff && signOff.start < stretch.end ? Math.max(signOff.start, stretch.start) : undefined;
    inStretch(text, lines, stretch, signedOffAt, blocks, spans);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function inStretch(
  text: string,
  lines: LineIndex,
  stretch: TextSpan,
  signedOffAt: number | undefined,
  blocks: readonly TextSpan[],
  out: TextSpan[],
): void {
  const firstLine = lines.lineOf(stretch.start);
  const lastLine = lines.lineOf(Math.max(stretch.start, stretch.end - 1));
  const lineText = (n: number) => {
    const { start, end } = lines.line(n);
    return text.slice(Math.max(start, stretch.start), Math.min(end, stretch.end));
  };
  const inBlock = (n: number) => spanAt(blocks, lines.line(n).start) !== undefined;
  // Paragraphs: runs of non-blank lines.
  const paragraphs: Paragraph[] = [];
  for (let n = firstLine; n <= lastLine; n++) {
    if (lineText(n).trim() === "") continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.last === n - 1) last.last = n;
    else paragraphs.push({ first: n, last: n });
  }

  // A list or advertising footer: a list's words under a rule line, or twice in one paragraph,
  // or in the stretch's last paragraph. It runs to the end of the stretch.
  // Only where a footer can be: under a rule line, or in the stretch's last paragraphs.
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const underRule =
      (para.first - 1 >= firstLine && RULE.test(lineText(para.first - 1))) ||
      RULE.test(lineText(para.first));
    if (!underRule && p < paragraphs.length - 3) continue;
    // A footer is a few short lines, not the author's long paragraph.
    if (lines.line(para.last).end - lines.line(para.first).start > FOOTER_LENGTH) continue;
    const body = linesText(lineText, para);
    LIST_SIGNAL.lastIndex = 0;
    let signals = 0;
    while (LIST_SIGNAL.exec(body) && signals < 2) signals++;
    if (signals === 0) continue;
    const ruleAbove =
      para.first - 1 >= firstLine && RULE.test(lineText(para.first - 1)) ? para.first - 1 : -1;
    const ruleFirst = RULE.test(lineText(para.first));
    if (ruleAbove < 0 && !ruleFirst && signals < 2 && p !== paragraphs.length - 1) continue;
    const startLine = ruleAbove >= 0 ? ruleAbove : para.first;
    out.push({ start: Math.max(lines.line(startLine).start, stretch.start), end: stretch.end });
    return;
  }

  // A legal notice: walk up from the end of the stretch while what lies below is only
  // boilerplate or signature lines, and keep the earliest notice found.
  let noticeStart = -1;
  let noticeEnd = -1;
  let tailClean = true;
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const para = paragraphs[p]!;
    const start = noticeLineIn(lineText, para, inBlock);
    const afterSignOff =
      signedOffAt !== undefined && start >= 0 && lines.line(start).start >= signedOffAt;
    // Below the sign-off a notice is boilerplate wherever it sits; with no sign-off, only at the
    // end and only when it speaks of the message as a notice does ("this e-mail", "the sender").
    const accepted =
      afterSignOff ||
      (signedOffAt === undefined &&
        tailClean &&
        start >= 0 &&
        SELF_REFERENCE.test(linesText(lineText, { first: start, last: para.last })));
    if (start >= 0 && accepted) {
      noticeStart = start;
      if (noticeEnd < 0) noticeEnd = para.last;
    }
    // What stays clean above a notice: boilerplate, signature lines, meeting blocks.
    if (tailClean) {
      for (let n = para.first; n <= para.last; n++) {
        if (!inBlock(n) && isProseLine(lineText(n)) && familiesOf(lineText(n)).count === 0) {
          tailClean = false;
          break;
        }
      }
    }
    if (!tailClean && signedOffAt === undefined) break;
    if (!tailClean && lines.line(para.last).end <= signedOffAt!) break;
  }
  const noticeFound = noticeStart >= 0;
  if (noticeStart >= 0) {
    // Through the end of the paragraphs after it that carry any boilerplate.
    let end = noticeEnd;
    for (const para of paragraphs) {
      if (para.first <= noticeEnd) continue;
      if (familiesOf(linesText(lineText, para)).count === 0) break;
      end = para.last;
    }
    out.push({
      start: Math.max(lines.line(noticeStart).start, stretch.start),
      end: Math.min(lines.line(end).end, stretch.end),
    });
  }
  // An appended advertisement or signature under a rule line: a rule, then a few short lines
  // that end the stretch, none of them prose and none a meeting block.
  for (let p = paragraphs.length - 1; p >= 0 && p >= paragraphs.length - 3; p--) {
    const para = paragraphs[p]!;
    for (let n = para.first; n <= para.last; n++) {
      if (!RULE.test(lineText(n)) || !/_{10,}/.test(lineText(n)) || inBlock(n)) continue;
      const tailFrom = n + 1;
      let count = 0;
      let clean = true;
      for (let m = tailFrom; m <= lastLine && clean; m++) {
        const t = lineText(m);
        if (t.trim() === "") continue;
        // A meeting's address under a rule is the meeting, not an advertisement.
        if (
          ++count > 12 ||
          inBlock(m) ||
          isProseLine(t) ||
          MEETING_HOST.test(t) ||
          hasReservedMeetingAddress(t)
        )
          clean = false;
      }
      if (clean && count > 0 && n > firstLine) {
        // Unless a notice found above already covers the rule.
        const start = lines.line(n).start;
        const covered =
          noticeFound && out[out.length - 1]!.start <= start && start < out[out.length - 1]!.end;
        if (!covered) out.push({ start: Math.max(start, stretch.start), end: stretch.end });
        return;
      }
    }
  }
}

function linesText(lineText: (n: number) => string, para: Paragraph): string {
  const parts: string[] = [];
  for (let n = para.first; n <= para.last; n++) parts.push(lineText(n));
  return parts.join("\n");
}

/**
 * The first line of a notice in this paragraph, or -1: the earliest line from which the lines to
 * the paragraph's end hold enough families, starting on a line that holds one, with no prose line
 * free of boilerplate between (signature lines above a notice in the same paragraph stay out).
 */
function noticeLineIn(
  lineText: (n: number) => string,
  para: Paragraph,
  inBlock: (n: number) => boolean,
): number {
  let families = 0;
  let strong = false;
  let best = -1;
  let top = para.first;
  for (let n = para.last; n >= para.first; n--) {
    const line = lineText(n);
    if (inBlock(n)) {
      top = n + 1;
      break;
    }
    const found = familiesOf(line);
    if (found.count === 0) {
      if (isProseLine(line)) {
        top = n + 1;
        break;
      }
      continue;
    }
    families |= found.families;
    strong ||= found.strong;
    if (bitCount(families) + (strong ? 1 : 0) >= NOTICE_SCORE) best = n;
  }
  if (best >= 0) return best;
  if (top > para.last) return -1;
  // A notice wrapped over lines may split its phrases: judge the lines read as a whole.
  const whole = familiesOf(linesText(lineText, { first: top, last: para.last }));
  if (whole.count + (whole.strong ? 1 : 0) >= NOTICE_SCORE + 1) {
    for (let n = top; n <= para.last; n++) if (familiesOf(lineText(n)).count > 0) return n;
  }
  return -1;
}
