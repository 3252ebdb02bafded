/**
 * The joining details a meeting platform writes and people paste into mail: Teams' "Microsoft
 * Teams meeting / Join on your computer… / Click here to join the meeting / Meeting ID…", Zoom's
 * "Join Zoom Meeting https://… / One tap mobile / Dial by your location", Webex's "Join meeting /
 * Meeting number (access code)… / Join by phone", Google Meet's "Join with Google Meet /
 * meet.google.com/… / Join by phone". A block is the author's (they pasted it: it proposes that
 * meeting) but its lines are the platform's: its dial-in numbers are not an offer to phone, its
 * helper links are not meetings of their own, and the whole block is one meeting.
 */
import { LineIndex } from "./line-index";
import type { Link } from "./html-to-text";
import { meetingAddress, type MeetingPlatform } from "./meeting-links";
import type { TextSpan } from "./span";

export interface MeetingBlock extends TextSpan {
  /** The block's lines without the rules around them: what a finding points at. */
  content: TextSpan;
  /** The platform the block's own lines or links name; undefined when none does (a dial-in bridge). */
  platform?: MeetingPlatform;
  /** Another vendor's name when `platform` is "video" ("GoTo Meeting"). */
  vendor?: string;
  /** What joins the meeting: its join link, else its "Join …" line. */
  join: TextSpan;
  /** The join link's address, when the block has one. */
  href?: string;
}

// Lines only one platform writes (matched on the trimmed line, case-insensitive).
const PLATFORM_LINES: readonly (readonly [MeetingPlatform, RegExp, string?])[] = [
  ["teams", /^microsoft teams(?: meeting| need help\??)?\b/i],
  ["teams", /^join on your computer(?:,| or)? (?:mobile app|or mobile)/i],
  ["teams", /^click here to join the meeting/i],
  ["teams", /^join the meeting now/i],
  ["teams", /^join (?:a |the )?(?:microsoft )?teams meeting/i],
  ["teams", /^download teams\b/i],
  ["teams", /^(?:phone|video) conference id\s*:/i],
  ["teams", /^join with a video conferencing device/i],
  ["teams", /^find a local number\b/i],
  ["teams", /^learn more\s*(?:<[^>]*>\s*)?\|\s*meeting options/i],
  ["zoom", /\binviting you to a scheduled zoom meeting/i],
  ["zoom", /^join zoom meeting/i],
  ["zoom", /^one tap mobile/i],
  ["zoom", /^dial by your location/i],
  ["zoom", /^find your local number/i],
  ["zoom", /^join by (?:sip|h\.323|skype for business)/i],
  ["webex", /^when it'?s time, join (?:the |my )?(?:cisco )?webex meeting/i],
  ["webex", /^(?:cisco )?webex meeting\b/i],
  ["webex", /^meeting number \(access code\)\s*:/i],
  ["webex", /^join by meeting number/i],
  ["webex", /^tap to join from a mobile device/i],
  ["webex", /^global call-in numbers/i],
  ["webex", /^join from a video system or application/i],
  ["webex", /^need help\? go to https?:\/\/help\.webex\.com/i],
  ["webex", /^-*\s*do not delete or change any of the following text/i],
  ["google-meet", /^join with google meet/i],
  ["google-meet", /^google meet joining info/i],
  ["google-meet", /^(?:google meet )?video call link\s*:/i],
  ["google-meet", /^more phone numbers/i],
  ["google-meet", /^learn more about meet at/i],
  // GoTo Meeting's invitation, the one other vendor's block common in mail.
  ["video", /^please join my meeting from your computer, tablet or smartphone/i, "GoTo Meeting"],
  ["video", /^new to goto ?meeting\?/i, "GoTo Meeting"],
];

// Lines every platform's block has (a meeting ID, a passcode, a dial-in heading).
const MEETING_LINE =
  /^(?:join (?:the )?meeting\b|join (?:by|from|on) (?:phone|the web|a video system|your computer)|meeting (?:id|number|password|link)\b|(?:passcode|password|pin|access code|conference id|attendee id|host key|participant code|webinar id)\s*:|(?:or )?call in\b|or dial\s*:|dial(?:-| )?in\b|dial\b.{0,40}@|you can also dial\b|topic\s*:|time\s*:|reset pin\b|toll(?:-free)?\b|(?:find|get) (?:a|your) local number|one tap\b|meeting options\b|audio only\b)/i;

/** A dial-in number line: "+44 20 3443 9876,,513487500# United Kingdom", "• +44 203 481 5237", "(US) +1 530-…". */
const PHONE_LINE =
  /^(?:[•·*-]\s*)?(?:\([A-Z]{2}\)\s*)?(?:tel:\s*)?\+?\d[\d \t().-]{5,}\d[#*\d,]*(?:\s.{0,80})?$/;

/** A rule above or below Teams' block, or between Zoom's sections. */
const RULE_LINE = /^(?:_{5,}|-{3,}|={5,}|~{5,})$/;

/**
 * Lines a block can grow from, found by their first words: one look at each line's start (a
 * pattern over every character, for words as common as "meeting", cost more than the rest).
 */
const SEED =
  /^[ \t]*(?:[•·*-]\s*)?(?:[Mm]icrosoft|MICROSOFT|[Jj]oin|JOIN|[Cc]lick|[Mm]eeting|MEETING|[Pp]ass|[Oo]ne tap|[Dd]ial|[Pp]hone [Cc]onference|[Vv]ideo|[Tt]ap to|[Gg]lobal|[Nn]eed help|[Ww]hen it|[Mm]ore phone|[Gg]oogle|[Cc]isco|[Ww]eb[Ee]x|[Zz]oom|-+\s*[Dd]o not delete|[Ff]ind (?:a|your) local|[Ll]earn [Mm]ore|[Dd]ownload|[Oo]r call|[Oo]r dial|[Cc]onference ID|[Aa]ccess code|<?https?:\/\/|meet\.google|[\w.-]+\.(?:zoom\.us|webex\.com|gotomeeting\.com)|teams\.|[Pp]lease join my|[Nn]ew to|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} is inviting)/gm;

type LineKind = "platform" | "meeting" | "phone" | "rule" | "url" | "blank" | "other";

interface LineInfo {
  kind: LineKind;
  platform?: MeetingPlatform;
  vendor?: string;
  /** For "other" lines: short enough to sit between a block's lines. */
  short: boolean;
}

/** The line that joins the meeting: "Click here to join the meeting", "Join Zoom Meeting", "Join meeting". */
const JOIN_LINE =
  /^\s*(?:click here to join|join (?:zoom meeting|(?:a |the )?(?:microsoft )?teams meeting|the meeting(?! now)|meeting|with google meet|(?:the |my )?(?:cisco )?webex meeting)\b|.*\bjoin\b.*\bhere\b)/i;

/** A line that is only a meeting address, bare or in angle brackets. */
const URL_ONLY = /^<?(?:https?:\/\/)?[^\s<>]+>?$/i;

function classify(line: string): LineInfo {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank", short: true };
  for (const [platform, pattern, vendor] of PLATFORM_LINES) {
    if (pattern.test(trimmed)) return { kind: "platform", platform, vendor, short: true };
  }
  if (RULE_LINE.test(trimmed)) return { kind: "rule", short: true };
  if (URL_ONLY.test(trimmed)) {
    const address = meetingAddress(trimmed.replace(/^<|>$/g, ""));
    if (address)
      return { kind: "url", platform: address.platform, vendor: address.vendor, short: true };
  }
  if (MEETING_LINE.test(trimmed)) return { kind: "meeting", short: true };
  if (PHONE_LINE.test(trimmed)) return { kind: "phone", short: true };
  return { kind: "other", short: trimmed.length <= 80 };
}

/** How many "other" lines may sit between a block's lines (a country name, a heading). */
const MAX_GAP = 2;

/**
 * The meeting blocks of a plain text, in order, outside `quoted` (sorted spans). `links` are the
 * text's links (anchors of an HTML body, addresses in a text body), sorted by start.
 */
export function findMeetingBlocks(
  text: string,
  links: readonly Link[],
  quoted: readonly TextSpan[] = [],
  lines: LineIndex = new LineIndex(text),
): MeetingBlock[] {
  const cache = new Map<number, LineInfo>();
  const info = (n: number): LineInfo => {
    let known = cache.get(n);
    if (!known) {
      const { start, end } = lines.line(n);
      known = classify(text.slice(start, end));
      cache.set(n, known);
    }
    return known;
  };
  const inBlock = (kind: LineKind) => kind !== "other";
  const blocks: MeetingBlock[] = [];
  let consumedUntil = -1;
  const trigger = new RegExp(SEED.source, SEED.flags);
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const seed = lines.lineOf(m.index);
    if (seed <= consumedUntil) continue;
    // Skip the rest of this line: one look per line.
    trigger.lastIndex = Math.max(trigger.lastIndex, lines.line(seed).end);
    const seedInfo = info(seed);
    if (seedInfo.kind !== "platform" && seedInfo.kind !== "meeting" && seedInfo.kind !== "url") {
      continue;
    }
    // Grow the run both ways over block lines, bridging short gaps of other lines.
    let first = seed;
    let last = seed;
    for (let n = seed - 1, gap = 0; n > consumedUntil && n >= 0; n--) {
      const i = info(n);
      if (inBlock(i.kind)) {
        if (i.kind !== "blank") first = n;
        gap = 0;
      } else if (i.short && ++gap <= MAX_GAP) continue;
      else break;
    }
    for (let n = seed + 1, gap = 0; n < lines.count; n++) {
      const i = info(n);
      if (inBlock(i.kind)) {
        if (i.kind !== "blank") last = n;
        gap = 0;
      } else if (i.short && ++gap <= MAX_GAP) continue;
      else break;
    }
    consumedUntil = last;
    const block = blockOf(text, lines, info, links, first, last);
    if (block && !overlapsAny(quoted, block)) blocks.push(block);
  }
  return blocks;
}

function blockOf(
  text: string,
  lines: LineIndex,
  info: (n: number) => LineInfo,
  links: readonly Link[],
  first: number,
  last: number,
): MeetingBlock | undefined {
  let platformLines = 0;
  let meetingLines = 0;
  let platform: MeetingPlatform | undefined;
  let vendor: string | undefined;
  let joinLine: TextSpan | undefined;
  for (let n = first; n <= last; n++) {
    const i = info(n);
    if (i.kind === "platform" || i.kind === "url") {
      platformLines++;
      if (!platform) vendor = i.vendor;
      platform ??= i.platform;
    }
    if (i.kind === "platform" || i.kind === "meeting" || i.kind === "phone" || i.kind === "url") {
      meetingLines++;
    }
    if (!joinLine && (i.kind === "platform" || i.kind === "meeting")) {
      const { start, end } = lines.line(n);
      const line = text.slice(start, end);
      if (JOIN_LINE.test(line)) {
        const lead = line.length - line.trimStart().length;
        // "Click here to join the meeting<https://…>": the words, not the address after them.
        const words = /^[^<]*/.exec(line.trim())![0].trimEnd();
        joinLine = { start: start + lead, end: start + lead + words.length };
      }
    }
  }
  const span = { start: lines.line(first).start, end: lines.line(last).end };
  // The join link: the first link in the block that joins a meeting (not a helper page).
  type Join = { start: number; end: number; href: string; platform: MeetingPlatform };
  let join: (Join & { vendor?: string }) | undefined;
  let any: { platform: MeetingPlatform; vendor?: string } | undefined;
  for (const link of linksIn(links, span)) {
    const address = meetingAddress(link.href);
    if (!address) continue;
    any ??= address;
    if (address.joins) {
      join = { ...link, href: link.href, platform: address.platform, vendor: address.vendor };
      break;
    }
  }
  // An address written out without a link ("meet.google.com/abc-defg-hij" on its own line).
  for (let n = first; !join && n <= last; n++) {
    if (info(n).kind !== "url") continue;
    const { start, end } = lines.line(n);
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const href = line.trim().replace(/^<|>$/g, "");
    const address = meetingAddress(href);
    if (address?.joins) {
      const at = start + lead + (line.trim().startsWith("<") ? 1 : 0);
      join = { start: at, end: at + href.length, href, ...address };
    }
  }
  const named = join ?? (platform ? { platform, vendor } : any);
  platform = named?.platform;
  vendor = named?.vendor;
  // A meeting ID and a passcode alone could be anything; a block names its platform or has its
  // join line, or is a long dial-in bridge.
  if (platformLines === 0 && !join && !(joinLine && meetingLines >= 3) && meetingLines < 4) {
    return undefined;
  }
  if (meetingLines < 2) return undefined;
  // Teams frames its block with rules: take them along (removing the block removes them too).
  let start = span.start;
  let end = span.end;
  if (first > 0 && info(first - 1).kind === "rule") start = lines.line(first - 1).start;
  else if (info(first).kind === "rule" && first < last) start = lines.line(first).start;
  if (last + 1 < lines.count && info(last + 1).kind === "rule") end = lines.line(last + 1).end;
  const content = contentOf(text, lines, info, first, last);
  const block: MeetingBlock = {
    start,
    end,
    content,
    join: join
      ? { start: join.start, end: join.end }
      : (joinLine ?? firstVisibleLine(text, lines, info, first, last)),
  };
  if (platform) block.platform = platform;
  if (vendor) block.vendor = vendor;
  if (join) block.href = join.href;
  return block;
}

/** From the first line of the block that is not a rule to the end of its last such line. */
function contentOf(
  text: string,
  lines: LineIndex,
  info: (n: number) => LineInfo,
  first: number,
  last: number,
): TextSpan {
  let from = first;
  let to = last;
  while (from < to && (info(from).kind === "rule" || info(from).kind === "blank")) from++;
  while (to > from && (info(to).kind === "rule" || info(to).kind === "blank")) to--;
  const start = lines.line(from).start;
  const line = text.slice(start, lines.line(to).end);
  const lead = line.length - line.trimStart().length;
  return { start: start + lead, end: start + line.trimEnd().length };
}

function firstVisibleLine(
  text: string,
  lines: LineIndex,
  info: (n: number) => LineInfo,
  first: number,
  last: number,
): TextSpan {
  for (let n = first; n <= last; n++) {
    const kind = info(n).kind;
    if (kind === "blank" || kind === "rule") continue;
    const { start, end } = lines.line(n);
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    return { start: start + lead, end: start + line.trimEnd().length };
  }
  return lines.line(first);
}

/** The links starting inside `span` (links sorted by start): a binary search, then a walk. */
function linksIn(links: readonly Link[], span: TextSpan): Link[] {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (links[mid]!.start < span.start) low = mid + 1;
    else high = mid;
  }
  const inside: Link[] = [];
  for (let i = low; i < links.length && links[i]!.start < span.end; i++) inside.push(links[i]!);
  return inside;
}

function overlapsAny(spans: readonly TextSpan[], span: TextSpan): boolean {
  for (const s of spans) if (s.start < span.end && s.end > span.start) return true;
  return false;
}
