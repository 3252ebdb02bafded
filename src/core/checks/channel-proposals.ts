/**
 * Recognises where a draft proposes a way of talking ("I'll give you a call", "pop me a text",
 * "could you post the originals", "a quick Teams on Thursday", a Zoom link, a pasted Webex
 * block), as opposed to mentioning one ("we spoke by phone yesterday", "the call option", "Phone:
 * +1 …" in a signature, the dial-in lines of a meeting block, a disclaimer's "notify the sender
 * by telephone"). Recipient-independent: computed once per draft and filtered per recipient by
 * the channel checks.
 *
 * Three sources: channel expressions in words (channel-lexicon.ts) whose clause proposes them
 * (proposal-mood.ts); platforms named as a meeting place ("hop on Zoom", "a Teams call"); and
 * meetings: links to a platform and pasted joining blocks, one per meeting.
 */
import type { AnalysedDraft, AnalysedField, Span } from "../analysis";
import type { KnownChannel } from "../profile";
import {
  firstSpanAfter,
  meetingAddress,
  OverlapIndex,
  spanAt,
  trimEndOf,
  type MeetingBlock,
} from "../text";
import { withFlags, withLookbehind } from "../text/lookbehind";
import {
  CHANNEL_EXPRESSIONS,
  CHANNEL_TRIGGER,
  triggerGroupsOf,
  type Addressee,
  type ChannelExpression,
  type TriggerGroup,
} from "./channel-lexicon";
import {
  byFieldThenStart,
  execInWindows,
  fieldKeys,
  fieldOf,
  lineFact,
  linesOf,
  memoKey,
  sentencesOf,
  textFields,
  windowsAround,
  type TextFieldName,
} from "./helpers";
import { moodOf } from "./proposal-mood";
import { outOfTime } from "../time-budget";

export interface ChannelProposal {
  channel: KnownChannel;
  field: TextFieldName;
  start: number;
  end: number;
  /** The meeting's address, when the proposal is a meeting link (or a block's join link). */
  href?: string;
  /** True for a meeting (a link, or a pasted block), as opposed to words. */
  meeting?: boolean;
  /** Another vendor's meeting or name ("GoTo Meeting", "Whereby"), its channel "video". */
  vendor?: string;
  /** A pasted meeting block: the whole block, which its fix replaces. */
  block?: Span;
  /** A platform's name labelling the link ("Zoom details: https://…"), part of the evidence. */
  name?: Span;
  /** "A quick call": any kind of call (see ChannelExpression.generic). */
  generic?: boolean;
  /**
   * What a finding points at when it is more than [start, end): a pasted block's lines (and the
   * name announcing it). [start, end) stays what joins the meeting, quoted in messages.
   */
  evidence?: Span;
}

// ---------------------------------------------------------------------------------------------
// Where to look
// ---------------------------------------------------------------------------------------------

/** The field's trigger words in reading order, each with the bits of its groups (see groupBits). */
interface Triggers {
  spans: Span[];
  bits: number[];
  /** Every group found at all: a pattern whose groups are none of these is not looked for. */
  all: number;
}

/**
 * No trigger words, windows, starts or matches: one frozen answer shared by every pattern that has
 * none (most patterns of a short message), which is why the functions below answer read-only arrays.
 */
const NONE: readonly never[] = Object.freeze([]);

const CHANNEL_TRIGGERS_KEYS = fieldKeys("channel-triggers");
const MEETING_LINKS_KEYS = fieldKeys("meeting-links");
const CLAIMED_MENTIONS_KEYS = fieldKeys("claimed-mentions");
const PLATFORM_MENTIONS_KEYS = fieldKeys("platform-mentions");

/** One bit per trigger group, given in order of first use (there are fewer than 32 groups). */
const GROUP_BITS = new Map<string, number>();
function groupBits(groups: readonly string[]): number {
  let bits = 0;
  for (const group of groups) {
    let bit = GROUP_BITS.get(group);
    if (bit === undefined) {
      if (GROUP_BITS.size >= 31) throw new Error("channel-proposals: more than 31 trigger groups");
      GROUP_BITS.set(group, (bit = 1 << GROUP_BITS.size));
    }
    bits |= bit;
  }
  return bits;
}

/** Where the field's trigger words are, in reading order, found in one scan (memoised per draft). */
function triggersOf(draft: AnalysedDraft, field: AnalysedField): Triggers {
  return draft.memo(CHANNEL_TRIGGERS_KEYS[field.field], () => {
    const spans: Span[] = [];
    const bits: number[] = [];
    let all = 0;
    const bitsOfWord = new Map<string, number>();
    const trigger = CHANNEL_TRIGGER;
    trigger.lastIndex = 0;
    for (let m = trigger.exec(field.scan); m; m = trigger.exec(field.scan)) {
      if (m[0].length === 0) {
        trigger.lastIndex++;
        continue;
      }
      let wordBits = bitsOfWord.get(m[0]);
      if (wordBits === undefined)
        bitsOfWord.set(m[0], (wordBits = groupBits(triggerGroupsOf(m[0]))));
      if (wordBits === 0) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
      bits.push(wordBits);
      all |= wordBits;
    }
    return { spans, bits, all };
  });
}

/**
 * The trigger words of any of `groups`, in reading order, each once (memoised per draft: many
 * patterns share their groups). Filtered from the one scan, so never sorted or merged again.
 */
function triggersIn(
  draft: AnalysedDraft,
  field: AnalysedField,
  groups: readonly TriggerGroup[],
): readonly Span[] {
  const wanted = groupBits(groups);
  if ((triggersOf(draft, field).all & wanted) === 0) return NONE;
  return draft.memo(memoKey(memoKey("channel-trigger-spans", field.field), wanted), () => {
    const { spans, bits } = triggersOf(draft, field);
    const found: Span[] = [];
    for (let i = 0; i < spans.length; i++) if ((bits[i]! & wanted) !== 0) found.push(spans[i]!);
    return found;
  });
}

/** The windows around the trigger words of `groups` (memoised: many patterns share them). */
function windowsNear(
  draft: AnalysedDraft,
  field: AnalysedField,
  groups: readonly TriggerGroup[],
  margin = 160,
): readonly Span[] {
  if ((triggersOf(draft, field).all & groupBits(groups)) === 0) return NONE;
  return draft.memo(
    memoKey(memoKey(memoKey("channel-windows", field.field), groupBits(groups)), margin),
    () => windowsAround(field.scan, triggersIn(draft, field, groups), margin),
  );
}

/** Where the trigger words of `groups` start, in order, each once (memoised per draft). */
function triggerStarts(
  draft: AnalysedDraft,
  field: AnalysedField,
  groups: readonly TriggerGroup[],
): readonly number[] {
  if ((triggersOf(draft, field).all & groupBits(groups)) === 0) return NONE;
  return draft.memo(
    memoKey(memoKey("channel-trigger-starts", field.field), groupBits(groups)),
    () => triggersIn(draft, field, groups).map((span) => span.start),
  );
}

/** (?<=^|\n): at the start of the text or of a line. */
function atLineStart(text: string, index: number): boolean {
  return index === 0 || text[index - 1] === "\n";
}

/** A sticky copy of a pattern: tried at one place, it looks nowhere else. */
function stickyOf(pattern: RegExp): RegExp {
  return withFlags(pattern, `${pattern.flags.replace("g", "")}y`);
}

/** The pattern's match starting at each of `starts`, if any: one attempt per trigger word. */
function execAtTriggers(
  text: string,
  starts: readonly number[],
  pattern: RegExp,
): readonly RegExpExecArray[] {
  if (starts.length === 0) return NONE;
  const matches: RegExpExecArray[] = [];
  let after = 0;
  for (const start of starts) {
    if (start < after) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m || m[0].length === 0) continue;
    matches.push(m);
    after = start + m[0].length;
  }
  return matches;
}

/** Lines like "Phone: +1 …", "M: …", "Tel. …", "WhatsApp: …": contact details, not proposals. */
const CONTACT_LINE =
  /^\s*(?:phone|tel|telephone|mobile|mob|cell|cellphone|fax|direct(?:\s+(?:line|dial))?|dd|ddi|office|switchboard|main|m|t|p|f|c|d|e|w|whatsapp|signal|skype|e-?mail)\b\.?\s*[:|]/i;

/**
 * Whether the line holding `at` is a contact line whose label ends by `at`. The label's end is
 * found once per line, so many hits on one long line do not each run the pattern.
 */
function isContactLine(draft: AnalysedDraft, field: AnalysedField, at: number): boolean {
  const labelEnd = lineFact(draft, field, "contact-label", at, ({ start, end }) => {
    const label = CONTACT_LINE.exec(field.scan.slice(start, end));
    return label ? start + label[0].length : -1;
  });
  return labelEnd >= 0 && labelEnd <= at + 1;
}

/**
 * Round 20: a signature line that is only a label and an address ("My Zoom room: https://…",
 * "Book a call: https://calendly.com/…", "Teams | https://…"), inside the sign-off: the author's
 * standing room, as "M: +44 …" is their standing number, not a meeting proposed in this message.
 * The label is at most six words and no sentence; nothing but the address follows it.
 */
function isSignatureLinkLine(
  draft: AnalysedDraft,
  field: AnalysedField,
  at: number,
  end: number,
): boolean {
  if (!inSignOff(field, at)) return false;
  const lines = linesOf(draft, field);
  const line = lines.line(lines.lineOf(at));
  const label = field.scan.slice(line.start, at).trim();
  const after = field.scan
    .slice(end, line.end)
    .replace(/^[>)\]]+/, "")
    .trim();
  if (after !== "" || label.length > 60 || /[.?!]$/.test(label)) return false;
  return label === "" || label.split(/\s+/).length <= 6;
}

/** Spans of the field that are standing details, not proposals: sign-off and signature lines. */
function inSignOff(field: AnalysedField, at: number): boolean {
  return field.field === "body" && spanAt(field.signOffs, at) !== undefined;
}

function inMeetingBlock(field: AnalysedField, at: number): MeetingBlock | undefined {
  return field.field === "body" ? spanAt(field.meetingBlocks, at) : undefined;
}

function addresseeOf(object: string | undefined): Addressee | undefined {
  if (!object) return undefined;
  return /^(?:me|us|my|our)\b/i.test(object) ? "author" : "client";
}

/**
 * Where a thing is sent is the client (or the firm): "to you", "to your office", "to our office";
 * round 31 (analysis-h30 D1): the client's own premises named by their kind ("mail the copies to
 * the clubhouse", "to the farm"), not a third party's ("to the office of the Registrar").
 */
const TO_THE_CLIENT =
  /^(?:you|your|yours|us|our|me|my|the\s+(?:office|firm)|the\s+(?:offices|premises|site|farm|depot|plant|factory|works|mill|yard|shop|store|clinic|surgery|practice|school|clubhouse|club|house|home|warehouse|estate|vineyard|winery|hangar|hall)\b(?!\s+(?:of|at)\b|['’]s))\b/i;
/** Posted online, not by post: "on the portal", "to our website", "in the data room". */
const ONLINE =
  /\b(?:portal|website|web\s*site|site|web|data\s*room|intranet|extranet|board|noticeboard|linkedin|page|server|system|platform|blog|forum|channel|teams|slack|sharepoint|online|twitter|facebook|workspace|drive|cloud|folder)\b/i;

/** "to you", "to our office", "in the morning": yes; "to HMRC", "on the portal": no. */
function sentToTheClient(where: string): boolean {
  if (ONLINE.test(where)) return false;
  const to = /^to\s+(.*)$/i.exec(where.trim());
  return !to || TO_THE_CLIENT.test(to[1]!);
}

/** Channels that are online meetings. */
const VIDEO_CHANNELS: ReadonlySet<string> = new Set([
  "teams",
  "zoom",
  "webex",
  "google-meet",
  "video",
]);

/** How far before a trigger word a construction's lead can start ("give us a short "). */
const LEAD_REACH = 100;

/** Evidence reads better with the offer's words ("I'll give you a call"), when they are close. */
const CUE_REACH = 40;

// ---------------------------------------------------------------------------------------------
// Proposals in words
// ---------------------------------------------------------------------------------------------

/**
 * The channel expressions as objects of one shape (every field present, undefined when the
 * lexicon leaves it out), the anchored ones with their sticky pattern: written with their own
 * fields, they reached wordProposals in a dozen shapes, and the compiler threw its code away and
 * recompiled it for each new one.
 */
interface Expression extends Pick<ChannelExpression, "channel" | "groups" | "pattern"> {
  sticky: RegExp | undefined;
  opening: ChannelExpression["opening"];
  channelOf: ChannelExpression["channelOf"];
  lead: ChannelExpression["lead"];
  objectGroup: ChannelExpression["objectGroup"];
  margin: ChannelExpression["margin"];
  generic: ChannelExpression["generic"];
  proposes: ChannelExpression["proposes"];
  destinationGroup: ChannelExpression["destinationGroup"];
}

const EXPRESSIONS: readonly Expression[] = CHANNEL_EXPRESSIONS.map((e) => ({
  channel: e.channel,
  groups: e.groups,
  pattern: e.pattern,
  sticky: e.anchored ? stickyOf(e.pattern) : undefined,
  opening: e.opening,
  channelOf: e.channelOf,
  lead: e.lead,
  objectGroup: e.objectGroup,
  margin: e.margin,
  generic: e.generic,
  proposes: e.proposes,
  destinationGroup: e.destinationGroup,
}));

function wordProposals(draft: AnalysedDraft, field: AnalysedField): ChannelProposal[] {
  const text = field.scan;
  const sentences = sentencesOf(draft, field);
  const found: ChannelProposal[] = [];
  for (const expression of EXPRESSIONS) {
    if (outOfTime()) break;
    const matches = expression.sticky
      ? execAtTriggers(text, triggerStarts(draft, field, expression.groups), expression.sticky)
      : execInWindows(
          text,
          windowsNear(draft, field, expression.groups, expression.margin),
          expression.pattern,
          expression.opening,
        );
    for (const m of matches) {
      if (outOfTime()) break;
      let at = m.index;
      let lead: RegExpExecArray | undefined;
      if (expression.lead) {
        lead = expression.lead.exec(text.slice(Math.max(0, at - LEAD_REACH), at)) ?? undefined;
        if (!lead) continue;
        at -= lead[0].length;
      }
      const channel = expression.channelOf ? expression.channelOf(m, lead) : expression.channel;
      if (!channel) continue;
      const end = m.index + trimEndOf(m[0], " \t\n").length;
      if (isContactLine(draft, field, at) || inSignOff(field, at) || inMeetingBlock(field, at)) {
        continue;
      }
      if (expression.destinationGroup !== undefined) {
        const to = m[expression.destinationGroup];
        if (to !== undefined && !sentToTheClient(to)) continue;
      }
      const sentence = spanAt(sentences, at);
      if (!sentence) continue;
      const object =
        expression.objectGroup !== undefined ? (lead ?? m)[expression.objectGroup] : undefined;
      const mood = moodOf(text, sentence, at, end, addresseeOf(object));
      // An invitation proposes what its fields describe ("a working session in our office").
      const proposes = expression.proposes || draft.kind === "appointment";
      if (mood.mood !== "offer" && !(proposes && mood.mood === "none")) continue;
      const start =
        mood.cueStart !== undefined && at - mood.cueStart <= CUE_REACH ? mood.cueStart : at;
      const proposal: ChannelProposal = { channel, field: field.field, start, end };
      if (expression.generic?.(m)) proposal.generic = true;
      found.push(proposal);
    }
  }
  return found;
}

/** Every channel proposal in the draft, in field and position order. */
export function channelProposals(draft: AnalysedDraft): ChannelProposal[] {
  return draft.memo("channel-proposals", () => {
    const proposals: ChannelProposal[] = [];
    for (const field of textFields(draft)) {
      proposals.push(...wordProposals(draft, field));
      proposals.push(...meetingLinks(draft, field));
    }
    for (const mention of platformMentions(draft)) {
      proposals.push({
        channel: mention.channel,
        field: mention.field,
        start: mention.start,
        end: mention.end,
      });
    }
    // "I've set up a call; Teams details below": with an online meeting in the draft, a call of
    // no stated kind is that meeting, not a telephone call.
    const online = proposals.some((p) => p.meeting || VIDEO_CHANNELS.has(p.channel));
    // "A chat at your office" is the meeting in person, not a call: one sentence, one meeting.
    const inPerson = new Set<string>();
    for (const p of proposals) {
      if (p.channel !== "in-person") continue;
      const sentence = spanAt(sentencesOf(draft, fieldOf(draft, p.field)), p.start);
      if (sentence) inPerson.add(`${p.field}:${sentence.start}`);
    }
    const kept = proposals.filter((p) => {
      if (!p.generic) return true;
      if (online) return false;
      const sentence = spanAt(sentencesOf(draft, fieldOf(draft, p.field)), p.start);
      return !(sentence && inPerson.has(`${p.field}:${sentence.start}`));
    });
    kept.sort(byFieldThenStart);
    return dropOverlaps(kept);
  });
}

/**
 * Keeps each proposal unless an earlier kept one of the same field and channel overlaps it.
 * `proposals` are sorted by position: a sweep with one index per field and channel.
 */
function dropOverlaps(proposals: ChannelProposal[]): ChannelProposal[] {
  const kept: ChannelProposal[] = [];
  const keptBy = new Map<string, OverlapIndex>();
  for (const proposal of proposals) {
    const key = `${proposal.field}:${proposal.channel}`;
    let index = keptBy.get(key);
    if (!index) keptBy.set(key, (index = new OverlapIndex()));
    if (index.overlaps(proposal.start, proposal.end)) continue;
    kept.push(proposal);
    index.add(proposal);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Meetings: links and pasted blocks
// ---------------------------------------------------------------------------------------------

/** The platform of a meeting address (helper pages included), as a channel. */
export function meetingChannelOf(url: string): KnownChannel | undefined {
  return meetingAddress(url)?.platform;
}

// Host labels are at most 63 characters (RFC 1035), and a meeting host has few before its own
// name: bounded, so a long run like "a-a-a-…" is not re-read from each of its words. Other
// vendors' addresses (meeting-links.ts) are read when written with their scheme.
const URL_IN_TEXT =
  /\b(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){0,10}(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoomgov\.com|zoom\.com|webex\.com|meet\.google\.com|g\.co\/meet)(?:\/[^\s<>"')\]]*)?|\bhttps?:\/\/[^\s<>"')\]]+/gi;

/**
 * The meetings of a field, one per meeting: a pasted block (its join link or line), and links
 * to a platform outside blocks (anchors and addresses written out), the same meeting written
 * twice counted once; helper links (local numbers, meeting options, help pages) are none.
 */
export function meetingLinks(draft: AnalysedDraft, field: AnalysedField): ChannelProposal[] {
  return draft.memo(MEETING_LINKS_KEYS[field.field], () => {
    const meetings: ChannelProposal[] = [];
    const seen = new Set<string>();
    const blocks = field.field === "body" ? field.meetingBlocks : [];
    for (const block of blocks) {
      if (!block.platform) continue;
      const meeting: ChannelProposal = {
        channel: block.platform,
        field: field.field,
        start: block.join.start,
        end: block.join.end,
        meeting: true,
        block: { start: block.start, end: block.end },
        evidence: { start: block.content.start, end: block.content.end },
      };
      if (block.vendor) meeting.vendor = block.vendor;
      if (block.href) {
        meeting.href = block.href;
        const key = meetingAddress(block.href)?.key;
        if (key) seen.add(key);
      }
      meetings.push(meeting);
    }
    const links: { href: string; start: number; end: number }[] = [];
    for (const link of field.links) links.push(link);
    // Addresses written out in the text, unless an anchor covers them.
    const anchors = new OverlapIndex(field.links);
    // Skype's address ("join.skype.com") wakes the "video" group with its name.
    const windows = windowsNear(draft, field, ["platform", "video"], 300);
    for (const m of execInWindows(field.scan, windows, URL_IN_TEXT)) {
      const start = m.index;
      const end = start + trimEndOf(m[0], ".,;:!?>").length;
      if (anchors.overlaps(start, end)) continue;
      // "zoom.us" inside an e-mail address or a longer host is not a link to the platform.
      if (start > 0 && /[@\w-]/.test(field.scan[start - 1]!)) continue;
      links.push({ href: field.scan.slice(start, end), start, end });
    }
    links.sort((a, b) => a.start - b.start);
    for (const link of links) {
      const address = meetingAddress(link.href);
      if (!address || !address.joins) continue;
      if (spanAt(blocks, link.start)) continue;
      if (isSignatureLinkLine(draft, field, link.start, link.end)) continue;
      if (seen.has(address.key)) continue;
      seen.add(address.key);
      meetings.push({
        channel: address.platform,
        field: field.field,
        start: link.start,
        end: link.end,
        href: link.href,
        meeting: true,
        ...(address.vendor ? { vendor: address.vendor } : {}),
      });
    }
    meetings.sort((a, b) => meetingStart(a) - meetingStart(b));
    // A platform's name labelling its link ("Zoom link: https://…", "Join Zoom Meeting" above
    // it) is the same meeting: the evidence takes it in. Found first, applied after, so the
    // search keeps its order.
    const labels: [ChannelProposal, PlatformMention][] = [];
    for (const mention of mentionsOf(draft, field)) {
      const label = labelledMeeting(field, meetings, mention);
      if (label) labels.push([label, mention]);
    }
    const claimed = claimedMentions(draft, field);
    for (const [label, mention] of labels) {
      claimed.add(mention.nameStart);
      label.name ??= { start: mention.nameStart, end: mention.nameEnd };
      // The evidence takes the announcement in when it is close to what joins the meeting (a
      // block's first line).
      if (label.evidence) {
        if (isNear(field.scan, mention.end, label.evidence.start))
          label.evidence.start = Math.min(label.evidence.start, mention.start);
      } else if (isNear(field.scan, mention.end, label.start)) {
        label.start = Math.min(label.start, mention.start);
      }
    }
    return meetings.sort((a, b) => a.start - b.start);
  });
}

/**
 * The meeting a platform mention announces: the next meeting of that platform, starting within
 * a few lines after it ("Zoom link: https://…", "I've set up a Zoom for Friday. Link: …", "Teams
 * details below." above the pasted block). They are one meeting, reported once.
 */
function labelledMeeting(
  field: AnalysedField,
  meetings: readonly ChannelProposal[],
  mention: PlatformMention,
): ChannelProposal | undefined {
  // Meetings are sorted by where they start (a block by its first line): binary search.
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (meetingStart(meetings[mid]!) < mention.end) low = mid + 1;
    else high = mid;
  }
  const meeting = meetings[low];
  if (!meeting || meeting.channel !== mention.channel) return undefined;
  return isNear(field.scan, mention.end, meetingStart(meeting)) ? meeting : undefined;
}

/** Where the names of platforms that announce a meeting start: the meeting reports them. */
function claimedMentions(draft: AnalysedDraft, field: AnalysedField): Set<number> {
  return draft.memo(CLAIMED_MENTIONS_KEYS[field.field], () => new Set<number>());
}

function meetingStart(meeting: ChannelProposal): number {
  return meeting.block ? meeting.block.start : meeting.start;
}

/** Whether text[from, to) is a few lines at most: a label and what it labels. */
function isNear(text: string, from: number, to: number): boolean {
  if (to - from > LABEL_REACH) return false;
  let breaks = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) breaks++;
  return breaks <= LABEL_LINES;
}

/** How far a mention may sit above the meeting it announces. */
const LABEL_REACH = 300;
const LABEL_LINES = 6;

// ---------------------------------------------------------------------------------------------
// Platforms named as a meeting place
// ---------------------------------------------------------------------------------------------

export interface PlatformMention extends ChannelProposal {
  /** Where the platform's name itself is, for a replacement fix. */
  nameStart: number;
  nameEnd: number;
  /**
   * Someone else proposed it and the author endorses it ("Priya suggested Zoom, which works
   * for us"): the author's proposal, but renaming it would misreport what the other said.
   */
  endorsed?: boolean;
}

const MEETING_NOUN =
  "(?:call|meeting|link|invite|invitation|session|conference|webinar|room|video\\s*call|chat|details|catch[-\\s]?up|discussion|hangout|bridge|meet|dial[-\\s]?in|huddle)s?";
/** Nouns that are a meeting whatever the name before them: not "Slack chat", "Zoho link". */
const MEETING_ONLY_NOUN =
  "(?:huddle|call|meeting|video\\s*call|invite|invitation|meeting\\s+room|session|conference|webinar)s?";
/** Words before a platform's name that make it where a meeting happens: "on Zoom", "hop on Teams". */
const PLATFORM_LEAD =
  "(?:on|via|over|by|through|using|use|join|in|onto|(?:invite|invitation|link|meeting|call|details|session)s?\\s+(?:for|on|via|in)|(?:move|moving|switch|switching|shift|take|taking)\\s+(?:(?:this|it|things|the\\s+\\w+)\\s+)?(?:over\\s+)?to)";
/** Determiners before the name used as a noun: "a quick Teams", "a Zoom", "our Webex". */
const PLATFORM_ARTICLE =
  "(?:a|an|another|our|my|your)\\s+(?:(?:quick|short|brief|little|follow[-\\s]?up|catch[-\\s]?up|(?:\\d+|five|ten|fifteen|twenty|thirty)[-\\s]?min(?:ute)?s?)\\s+)?";
/** The platform as a company in the news, not a meeting place. */
const COMPANY_AFTER =
  "(?!['’]s\\s+(?!(?:call|meeting|link|invite|room)\\b)|\\s+(?:video\\s+communications|communications|inc|ltd|corp|corporation|technologies|plc|shares?|stock|share\\s+price|announced|reported|said|results|earnings|revenue|ipo|ceo|founder|acquisition|deal|merger|takeover|stake|outage|licen[cs]es?|subscriptions?)\\b)";

interface PlatformName {
  channel: KnownChannel;
  name: string;
  flags: string;
  /** Another vendor's name, its channel "video" ("GoTo Meeting", "Whereby"). */
  vendor?: string;
  /**
   * A name that is more often something else (Slack's messages, Zoho's CRM, RingCentral's
   * phones): a meeting only with a meeting noun after it ("Slack huddle", "Zoho meeting").
   */
  nounsOnly?: boolean;
}

const PLATFORM_NAMES: readonly PlatformName[] = [
  { channel: "zoom", name: "Zoom", flags: "g" },
  {
    channel: "teams",
    name: "(?:(?:Microsoft|MS|microsoft|ms|MICROSOFT)\\s+)?Teams",
    flags: "g",
  },
  { channel: "webex", name: "(?:Cisco\\s+)?Webex", flags: "gi" },
  {
    channel: "google-meet",
    name: "Google\\s+Meet|Google\\s+Hangouts?|Hangouts?(?:\\s+Meet)?",
    flags: "gi",
  },
  { channel: "google-meet", name: "Meet", flags: "g" },
  { channel: "video", name: "FaceTime", flags: "gi" },
  // Other vendors (meeting-links.ts has their hosts). Case tells the name from the English word
  // ("Whereby the Seller…" at a sentence's start is caught by no form: each needs a meeting noun
  // after the name, a lead such as "on" or "via", an article or a label before it).
  ...vendorNames([
    ["Skype", "Skype(?:\\s+for\\s+Business)?|Lync", "gi"],
    ["GoTo Meeting", "GoTo\\s?Meeting|Gotomeeting|GOTOMEETING|GoTo", "g"],
    ["Whereby", "Whereby", "g"],
    ["BlueJeans", "BlueJeans|Blue\\s+Jeans", "g"],
    ["Jitsi", "Jitsi(?:\\s+Meet)?", "gi"],
    ["RingCentral", "RingCentral\\s+(?:Video|Meetings?)", "gi"],
    ["RingCentral", "RingCentral", "gi", true],
    ["Slack huddle", "Slack\\s+huddle", "gi"],
    ["Slack huddle", "Slack", "g", true],
    ["Amazon Chime", "Amazon\\s+Chime|Chime", "g"],
    ["Zoho Meeting", "Zoho\\s+Meetings?", "gi"],
    ["Zoho Meeting", "Zoho", "g", true],
    ["Lifesize", "Lifesize", "g"],
    ["Pexip", "Pexip", "gi"],
  ]),
];

function vendorNames(
  list: readonly (readonly [string, string, string, boolean?])[],
): PlatformName[] {
  return list.map(([vendor, name, flags, nounsOnly]) => ({
    channel: "video",
    vendor,
    name,
    flags,
    ...(nounsOnly ? { nounsOnly } : {}),
  }));
}

interface MentionPattern {
  channel: KnownChannel;
  vendor?: string;
  pattern: RegExp;
  /** "Meet" is also a verb: only with a meeting noun after it, or "a" before it. */
  strict: boolean;
  /**
   * The pattern's lead is itself a cue of who proposes ("suggested Zoom", "go with Teams"): the
   * clause's mood is read up to the name, so that cue counts.
   */
  moodAtName?: boolean;
  /** What the text just before a match must end with (the code's lookbehind: ES2016 has none). */
  before?: RegExp;
  /**
   * The platform's name alone (non-global, the pattern's case): every match holds it, so a
   * window without it cannot match and is not searched (round 21: a hundred patterns, one per
   * name and form, each ran over every window near a platform word).
   */
  lead?: RegExp;
}

export const MENTION_PATTERNS: readonly MentionPattern[] = PLATFORM_NAMES.flatMap(
  ({ channel, name, flags, vendor, nounsOnly }) => {
    const strict = name === "Meet";
    const lead = new RegExp(name, flags.replace("g", ""));
    // "Platform: Zoom", "Where: Teams", "Video link: Webex" at a line's start (atLineStart)
    const labelled = `[ \\t]*(?:[Pp]latform|[Vv]enue|[Ww]here|[Ll]ocation|[Ff]ormat|[Vv]ia|[Hh]ow|[Mm]eeting\\s+link|[Ll]ink|[Cc]all\\s+details|[Jj]oining\\s+details|[Vv]ideo(?:\\s+link)?|[Cc]onference\\s+details|[Dd]ial[-\\s]in|PLATFORM|VENUE|WHERE|LOCATION|FORMAT)\\s*:\\s*(${name})\\b${COMPANY_AFTER}`;
    // "Zoom call", "Teams meeting", "Google Meet link", "the Teams booking link"
    const withNoun = `\\b(${name})[\\s-]+(?:(?:booking|scheduling|calendar|video|dial-in|joining|meeting|personal)\\s+)?${MEETING_NOUN}\\b`;
    if (nounsOnly)
      return [
        {
          channel,
          vendor,
          pattern: new RegExp(`\\b(${name})\\s+${MEETING_ONLY_NOUN}\\b`, flags),
          strict,
          lead,
        },
      ];
    const forms: (string | RegExp)[] = [
      withNoun,
      // "Zoom ok for tomorrow?", "Teams work for you?": the platform put as a question.
      `\\b(${name})\\s+(?:ok|okay|alright|all\\s+right|fine|good|work|suit)\\b(?=[^.!?\\n]{0,60}\\?)`,
      withLookbehind(new RegExp(labelled, flags), atLineStart),
      // "a quick Teams", "a Zoom"
      `\\b${PLATFORM_ARTICLE}(${name})\\b${COMPANY_AFTER}(?![-\\w])`,
    ];
    if (!strict) {
      // "on Zoom", "hop on Teams", "via Webex", "use our usual Zoom"
      forms.push(
        `\\b${PLATFORM_LEAD}\\s+(?:(?:the|a|an|our|my|your)\\s+(?:(?:usual|normal|regular|standard|own)\\s+)?)?(${name})\\b${COMPANY_AFTER}(?![-\\w])`,
      );
    }
    return forms.map((form) => ({
      channel,
      ...(vendor ? { vendor } : {}),
      pattern: typeof form === "string" ? new RegExp(form, flags) : form,
      strict,
      lead,
    }));
  },
);
/**
 * A platform as what someone proposes or chooses: "Priya suggested Zoom", "the agent's
 * proposal of Teams", "let's go with Webex", "we opted for Zoom". Whose proposal it is, the
 * clause decides (moodAtName): the author's ("I'd suggest Zoom", "let's go with Zoom"), or a
 * third party's, which counts only where the author endorses it (endorsedAt).
 */
const CHOICE_LEAD =
  "(?:suggest(?:s|ed|ion\\s+of)?|propos(?:ed?|al\\s+of)|recommend(?:s|ed)?|idea\\s+of|go(?:ing)?\\s+with|opt(?:ed)?\\s+for|prefer(?:s|red)?)";
const CHOICE_PATTERNS: readonly MentionPattern[] = PLATFORM_NAMES.filter(
  ({ name, nounsOnly }) => name !== "Meet" && !nounsOnly,
).map(({ channel, name, flags, vendor }) => {
  const caseless = flags.includes("i") ? flags : `${flags}i`;
  return {
    channel,
    ...(vendor ? { vendor } : {}),
    pattern: new RegExp(
      `\\b${CHOICE_LEAD}\\s+(?:(?:the|a|an|using)\\s+)?(${name})\\b${COMPANY_AFTER}(?![-\\w])`,
      caseless,
    ),
    strict: false,
    moodAtName: true,
    lead: new RegExp(name, caseless.replace("g", "")),
  };
});

/** A third party's proposal, as the cue that reported it: "suggested", "Priya's idea of". */
const PROPOSAL_CUE = /^(?:suggest|propos|recommend|prefer|idea)/i;

/** Words after a reported proposal by which the author takes it up. */
const ENDORSE_AFTER =
  /\b(?:works|suits|sounds\s+(?:good|great|fine)|makes\s+sense|(?:good|great)\s+(?:idea|call|suggestion)|agreed?|fine\s+by|happy\s+with|go\s+with|(?:i'll|we'll)\s+(?:send|set\s+up)\s+(?:an?|the)\s+(?:invite|invitation|link))\b/;
/** Before a reported proposal, in its clause: "happy to go with Priya's suggestion of Zoom". */
const ENDORSE_BEFORE = /\b(?:go\s+with|agree\s+with|follow|take\s+up|adopt)\b[^.!?;]*$/;
/** A turn against what was proposed: "Priya suggested Zoom, but …". */
const CONTRAST = /\b(?:but|however|though|instead|rather|unless)\b/;
/** How far on an endorsement may stand: the rest of the sentence, and the next one's start. */
const ENDORSE_REACH = 120;

/**
 * Whether the author takes up the proposal reported at [cueStart, nameEnd): an endorsement
 * before the report in its sentence, or after the name in the same sentence or at the start of
 * the next ("Priya suggested Zoom. Good idea – I'll send an invite."), with no "but" between.
 */
function endorsedAt(
  text: string,
  sentence: { start: number; end: number },
  next: { start: number; end: number } | undefined,
  cueStart: number,
  nameEnd: number,
): boolean {
  const lower = (from: number, to: number) =>
    text.slice(from, to).toLowerCase().replace(/[’‘]/g, "'");
  if (ENDORSE_BEFORE.test(lower(Math.max(sentence.start, cueStart - 80), cueStart))) return true;
  let after = lower(nameEnd, Math.min(sentence.end, nameEnd + ENDORSE_REACH));
  if (next && /^\s*$/.test(text.slice(sentence.end, Math.min(next.start, sentence.end + 8))))
    after += " " + lower(next.start, Math.min(next.end, next.start + 60));
  const endorsement = ENDORSE_AFTER.exec(after);
  return endorsement !== null && !CONTRAST.test(after.slice(0, endorsement.index));
}

// "Shall we Zoom on Friday?", "let's Teams later": the platform as a verb after "we".
const PLATFORM_VERB: MentionPattern = {
  channel: "zoom",
  pattern:
    /\b(?:[Ww]e|[Ll]et['’]s|[Ll]et\s+us|[Ii]['’]ll|[Ww]e['’]ll)\s+(?:could\s+|can\s+|should\s+|just\s+)?(Zoom)\b(?!\s+(?:in|out|into|past|ahead|through|back)\b)/g,
  strict: false,
};
// Lower-case "zoom call", "zoom link": the platform, written casually.
const CASUAL_ZOOM: MentionPattern = {
  channel: "zoom",
  pattern: new RegExp("\\b(zoom)\\s+(?:call|meeting|link|invite|invitation|session)s?\\b", "g"),
  strict: false,
};
// "a quick zoom at 4": the platform as a noun (a camera's zoom is "zoom in", "the zoom lens",
// never "a quick zoom").
const CASUAL_ZOOM_NOUN: MentionPattern = {
  channel: "zoom",
  pattern:
    /\b(?:a|another)\s+(?:(?:quick|short|brief|little)\s+)?(zoom)\b(?![-\w])(?!\s+(?:in|out|into|lens|level|factor|ratio|setting|function|feature|button|tool)\b)/g,
  strict: false,
};

/**
 * A platform as a verb in small letters, after an offer: "shall we zoom on Friday?", "can we
 * teams tomorrow", "happy to webex if easier", "let's zoom later". Only the bare verb, after
 * "we", "let's", "I'll", "I can", the offer's question "shall I", "can I", "let me" (round 33:
 * "shall I just Teams you at 3?") or an offer's "happy to", and before a time, a condition or the
 * clause's end: "zoom in on clause 4", "we zoomed through it", "costs zoom when…", "prices are
 * expected to zoom", "the teams" and "we teamed up" are not it.
 */
const PLATFORM_VERB_LEAD =
  "(?:we|let['’]s|let\\s+(?:us|me)|i['’]ll|i\\s+(?:can|could|will|shall)|(?:shall|should|can|could|may)\\s+i|(?:happy|glad|free|able|easier|quicker|simpler|best|fine|ok|okay|prefer|like|love)\\s+to)\\s+(?:just\\s+|quickly\\s+|briefly\\s+|do\\s+)?";
const PLATFORM_VERB_AFTER = `(?=\\s*(?:[?.!,;:)]|$)|\\s+(?:on|at|this|next|tomorrow|today|tonight|later|instead|if|when|once|before|after|first|then|sometime|some\\s+time|early|around|to\\s+(?:discuss|talk|go\\s+through|run\\s+through|catch\\s+up|agree)|with\\s+(?:you|me|us|them)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)`;
const PLATFORM_VERBS: readonly MentionPattern[] = (
  [
    ["zoom", "zoom"],
    ["teams", "teams"],
    ["webex", "webex"],
    ["google-meet", "hangouts?"],
  ] as const
).map(([channel, verb]) => ({
  channel,
  pattern: new RegExp(
    `\\b${PLATFORM_VERB_LEAD}(${verb})\\b(?:\\s+(?:you|us|me))?${PLATFORM_VERB_AFTER}`,
    "gim",
  ),
  strict: false,
}));

/**
 * A platform as an imperative with the reader or writer as its object: "zoom me if quicker",
 * "just teams us tomorrow", "feel free to webex me", as "WhatsApp me" and "text me" are read for
 * the other channels. Only at a clause's start or after a softener: a camera's zoom takes no
 * personal object ("zoom in"), and "the teams us lawyers lead" has neither before it.
 */
const PLATFORM_IMPERATIVES: readonly MentionPattern[] = (
  [
    ["zoom", "zoom"],
    ["teams", "teams"],
    ["webex", "webex"],
  ] as const
).map(([channel, verb]) => ({
  channel,
  pattern: new RegExp(`\\b(${verb})\\s+(?:me|us)\\b${PLATFORM_VERB_AFTER}`, "gim"),
  strict: false,
  before:
    /(?:^|[.!?;:,–—(]\s*|\s[-–—]\s+|\n\s*|\b(?:just|please|pls|then|so|or|and|simply|feel\s+free\s+to|do)\s+)$/i,
}));

/**
 * The field's text with its lines in capitals read as written in small letters, and a platform's
 * name in them as its own ("LET'S JOIN ON ZOOM AT 3" as "let's join on Zoom at 3"): case, which
 * tells "Teams" from "teams" elsewhere, tells nothing there. "TEAMS" is the platform only where
 * the words around it say so ("TEAMS MEETING", "ON TEAMS", "MS TEAMS"), not in "BOTH TEAMS" or
 * "WORK IN TEAMS". Same length, so offsets hold.
 */
function readCapitals(text: string): string {
  if (!CAPITALS_NAME.test(text)) return text;
  let out = "";
  let from = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line !== line.toLowerCase() && line === line.toUpperCase() && /[A-Z]{2}/.test(line)) {
      const read = line
        .toLowerCase()
        .replace(/\bzoom\b/g, "Zoom")
        .replace(TEAMS_IN_CAPITALS, (m) => `${m.slice(0, -5)}Teams`);
      out += text.slice(from, start) + read;
      from = end;
    }
    start = end + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
const CAPITALS_NAME = /\b(?:ZOOM|TEAMS)\b/;
/** "teams" that is the platform in a line of capitals read in small letters. */
const TEAMS_IN_CAPITALS = new RegExp(
  `\\b(?:microsoft|ms|on|via|over|using|onto)\\s+teams\\b|\\bteams(?=[\\s-]+${MEETING_NOUN}\\b)`,
  "g",
);

/** After a name, words that say the meeting is past ("the Zoom call last week went well"). */
const PAST_AFTER =
  /^[^.!?\n]{0,40}?\b(?:yesterday|last\s+(?:week|night|month|time|monday|tuesday|wednesday|thursday|friday)|earlier\s+today|ago|went\s+well|was\s+(?:useful|helpful|productive|good|great))\b/i;

/** Platform mentions of one field (memoised), before links and blocks claim theirs. */
function mentionsOf(draft: AnalysedDraft, field: AnalysedField): PlatformMention[] {
  return draft.memo(PLATFORM_MENTIONS_KEYS[field.field], () => {
    const text = readCapitals(field.scan);
    const found: PlatformMention[] = [];
    const named = new Set<number>();
    const sentences = sentencesOf(draft, field);
    const windows = [
      ...windowsNear(draft, field, ["platform"]),
      ...windowsNear(draft, field, ["video"]),
    ].sort((a, b) => a.start - b.start);
    // The windows holding each platform's name, found once for all of its patterns.
    const leadWindows = new Map<RegExp, readonly Span[]>();
    const windowsWith = (lead: RegExp | undefined): readonly Span[] => {
      if (!lead) return windows;
      let found = leadWindows.get(lead);
      if (!found) {
        found = windows.filter((w) => lead.test(text.slice(w.start, w.end)));
        leadWindows.set(lead, found);
      }
      return found;
    };
    for (const { channel, vendor, pattern, moodAtName, before, lead } of [
      ...MENTION_PATTERNS,
      CASUAL_ZOOM,
      CASUAL_ZOOM_NOUN,
      PLATFORM_VERB,
      ...PLATFORM_VERBS,
      ...PLATFORM_IMPERATIVES,
      ...CHOICE_PATTERNS,
    ]) {
      for (const m of execInWindows(text, windowsWith(lead), pattern)) {
        const start = m.index;
        if (before && !before.test(text.slice(Math.max(0, start - 24), start))) continue;
        const end = start + m[0].length;
        const nameStart = start + m[0].lastIndexOf(m[1]!);
        const nameEnd = nameStart + m[1]!.length;
        if (named.has(nameStart)) continue;
        // "Zoom in on clause 4", "zoom out": the verb.
        if (
          channel === "zoom" &&
          /^\s+(?:in|out|into|past|ahead|through|back|lens|level)\b/i.test(
            text.slice(nameEnd, nameEnd + 12),
          )
        )
          continue;
        if (inSignOff(field, start) || isContactLine(draft, field, start)) continue;
        const sentence = spanAt(sentences, start);
        if (!sentence) continue;
        const mood = moodOf(text, sentence, moodAtName ? nameStart : start, end);
        // Someone else's proposal counts where the author takes it up ("as Priya suggested,
        // Zoom works for us"); merely reported, it is theirs.
        const endorsed =
          (mood.mood === "report" || mood.mood === "other") &&
          mood.cueStart !== undefined &&
          PROPOSAL_CUE.test(text.slice(mood.cueStart, mood.cueStart + 12)) &&
          endorsedAt(
            text,
            sentence,
            firstSpanAfter(sentences, sentence.start),
            mood.cueStart,
            nameEnd,
          );
        if (
          !endorsed &&
          (mood.mood === "report" || mood.mood === "negated" || mood.mood === "other")
        )
          continue;
        if (
          mood.mood === "none" &&
          PAST_AFTER.test(text.slice(end, Math.min(sentence.end, end + 80)))
        )
          continue;
        named.add(nameStart);
        const evidenceStart =
          mood.cueStart !== undefined && start - mood.cueStart <= CUE_REACH ? mood.cueStart : start;
        found.push({
          channel,
          field: field.field,
          start: evidenceStart,
          end,
          nameStart,
          nameEnd,
          ...(vendor ? { vendor } : {}),
          ...(endorsed ? { endorsed: true } : {}),
        });
      }
    }
    // One name, one mention: "Google Meet call" is found as "Google Meet" and as "Meet call".
    found.sort((a, b) => a.nameStart - b.nameStart || b.nameEnd - a.nameEnd);
    const kept: PlatformMention[] = [];
    for (const mention of found) {
      const last = kept[kept.length - 1];
      if (last && mention.nameStart < last.nameEnd) continue;
      kept.push(mention);
    }
    return kept.sort((a, b) => a.start - b.start);
  });
}

/**
 * Platform names used as meeting places, outside links and pasted blocks, in field and position
 * order; past meetings, declined ones and other people's are left alone.
 */
export function platformMentions(draft: AnalysedDraft): PlatformMention[] {
  return draft.memo("platform-mentions", () => {
    const mentions: PlatformMention[] = [];
    for (const field of textFields(draft)) {
      const meetings = meetingLinks(draft, field);
      const links = new OverlapIndex(meetings);
      const labels = claimedMentions(draft, field);
      for (const mention of mentionsOf(draft, field)) {
        if (inMeetingBlock(field, mention.nameStart)) continue;
        if (labels.has(mention.nameStart)) continue;
        if (links.overlaps(mention.nameStart, mention.nameEnd)) continue;
        mentions.push(mention);
      }
    }
    return mentions.sort(byFieldThenStart);
  });
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  phone: "phone",
  sms: "text message",
  whatsapp: "WhatsApp",
  email: "e-mail",
  teams: "Microsoft Teams",
  zoom: "Zoom",
  webex: "Webex",
  "google-meet": "Google Meet",
  signal: "Signal",
  post: "post",
  "in-person": "in-person meetings",
  video: "video calls",
};

/** How a channel is named in messages. */
export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel] ?? channel;
}
