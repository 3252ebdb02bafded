/**
 * Recognises where a draft proposes a way of talking ("I'll give you a call", "message me on
 * WhatsApp", a Zoom link), as opposed to mentioning one ("we spoke by phone yesterday", "the
 * call option", "Phone: +1 …" in a signature). Recipient-independent: computed once per draft
 * and filtered per recipient by the channel checks.
 */
import type { AnalysedDraft, AnalysedField, Span } from "../analysis";
import type { KnownChannel } from "../profile";
import { OverlapIndex, trimEndOf } from "../text";
import {
  byFieldThenStart,
  execInWindows,
  lineFact,
  sentencesOf,
  spanAt,
  textFields,
  triggerMatchesByGroup,
  windowsAround,
  type TextFieldName,
} from "./helpers";

/**
 * Words without which no channel proposal, meeting link or platform name can be present, by the
 * group of patterns that need them: "engagement letter" is common in a law firm's mail, and
 * only the "by post" pattern needs to look around it. One scan per field serves them all.
 */
const CHANNEL_TRIGGER =
  /\b(?:call|phone|ring|telephone|reach|contact|buzz|bell|text|txt|sms|whats\s?app|signal|zoom|teams|webex|google\s+meet|meet\.google|video|post|courier|letter|registered|person)/gi;
type TriggerGroup = "call" | "text" | "whatsapp" | "platform" | "video" | "post" | "person";
const TRIGGER_GROUPS: Readonly<Record<string, TriggerGroup>> = {
  call: "call",
  phone: "call",
  ring: "call",
  telephone: "call",
  reach: "call",
  contact: "call",
  buzz: "call",
  bell: "call",
  text: "text",
  txt: "text",
  sms: "text",
  whatsapp: "whatsapp",
  signal: "platform",
  zoom: "platform",
  teams: "platform",
  webex: "platform",
  googlemeet: "platform",
  "meet.google": "platform",
  video: "video",
  post: "post",
  courier: "post",
  letter: "post",
  registered: "post",
  person: "person",
};

function triggerGroupOf(word: string): string {
  return TRIGGER_GROUPS[word.toLowerCase().replace(/\s+/g, "")] ?? "";
}

/** Where the field's trigger words are, by group (memoised per draft). */
function triggersOf(draft: AnalysedDraft, field: AnalysedField): Map<string, Span[]> {
  return draft.memo(`channel-triggers:${field.field}`, () =>
    triggerMatchesByGroup(field.scan, CHANNEL_TRIGGER, triggerGroupOf),
  );
}

/** The windows around the trigger words of `groups` (memoised: many patterns share them). */
function windowsNear(
  draft: AnalysedDraft,
  field: AnalysedField,
  groups: readonly TriggerGroup[],
  margin = 160,
): Span[] {
  return draft.memo(`channel-windows:${field.field}:${groups.join(",")}:${margin}`, () => {
    const byGroup = triggersOf(draft, field);
    return windowsAround(
      field.scan,
      groups.flatMap((group) => byGroup.get(group) ?? []),
      margin,
    );
  });
}

export interface ChannelProposal {
  channel: KnownChannel;
  field: TextFieldName;
  start: number;
  end: number;
  /** The link's address, when the proposal is a meeting link. */
  href?: string;
}

const OBJECT = String.raw`(?:me|us|you)`;
// "the text you sent", "the call you mentioned", "what we call": a noun or a naming, not an offer.
const NOT_A_VERB = String.raw`(?<!\b(?:the|this|that|a|an|your|my|our|his|her|their|its|full|draft|same|of|which|what\s+(?:we|they|i|you|people))\s+)`;
/** What follows "call me" in an offer: when, where, why or how. */
const CALL_FOLLOWER = String.raw`(?:on|at|when|whenever|if|tomorrow|today|tonight|later|back|now|anytime|any\s+time|this|next|after|before|once|asap|to|about|directly|first|sometime|soon|around|between|during|in|with|re|regarding|please|and|or|so)\b`;
const QUICK = String.raw`(?:(?:quick|short|brief|phone|conference|follow[- ]up)\s+)*`;

/** Proposals that need no further context: the phrase itself is an offer or a request. */
interface ChannelPattern {
  channel: KnownChannel;
  /** Trigger groups (see TRIGGER_GROUPS) near which the pattern can match. */
  groups: readonly TriggerGroup[];
  pattern: RegExp;
}

const DIRECT_PATTERNS: readonly ChannelPattern[] = [
  // "give you a call", "give me a ring", "give us a quick call"
  {
    channel: "phone",
    groups: ["call"],
    pattern: new RegExp(
      String.raw`\bgive\s+${OBJECT}\s+a\s+${QUICK}(?:call|ring|buzz|bell)\b`,
      "gi",
    ),
  },
  // "call me", "phone you", "ring us", "call you back"; not "called", "so-called", "what we call it",
  // "they call me Hemenway", "call me old-fashioned": the verb must be followed by an offer's words.
  {
    channel: "phone",
    groups: ["call"],
    pattern: new RegExp(
      String.raw`(?<![-\w])${NOT_A_VERB}(?<!\b(?:they|people|some|friends|everyone|folks|don't|do\s+not|never)\s+)(?:call|phone|ring|telephone)\s+${OBJECT}\b(?=\s*(?:[.,;:!?)]|$)|\s+${CALL_FOLLOWER})`,
      "gim",
    ),
  },
  // "hop on a call", "jump on a quick call", "get on the phone"
  {
    channel: "phone",
    groups: ["call"],
    pattern: new RegExp(
      String.raw`\b(?:hop|jump|get)\s+on\s+(?:a|the)\s+${QUICK}(?:call|phone)\b`,
      "gi",
    ),
  },
  // "free for a call", "available for a quick call", "time for a call"
  {
    channel: "phone",
    groups: ["call"],
    pattern: new RegExp(
      String.raw`\b(?:free|available|time|around)\s+for\s+a\s+${QUICK}call\b`,
      "gi",
    ),
  },
  // "set up a call", "schedule a quick call", "arrange a phone call"
  {
    channel: "phone",
    groups: ["call"],
    pattern: new RegExp(
      String.raw`\b(?:set\s+up|schedule|arrange|book|organi[sz]e)\s+a\s+${QUICK}call\b(?!\s+(?:for\s+(?:papers|proposals|evidence|tenders?|bids))\b)`,
      "gi",
    ),
  },
  // "reach me on +1 …", "contact me at 555 …"
  {
    channel: "phone",
    groups: ["call"],
    pattern: /\b(?:reach|contact|call|ring)\s+(?:me|us)\s+(?:on|at)\s+(?=[+(]?\d)/gi,
  },
  // "text me", "send you a text", "drop me a text message"
  {
    channel: "sms",
    groups: ["text"],
    pattern: new RegExp(String.raw`\b${NOT_A_VERB}(?:text|sms|txt)\s+${OBJECT}\b`, "gi"),
  },
  {
    channel: "sms",
    groups: ["text"],
    pattern: new RegExp(
      String.raw`\b(?:send|drop|shoot)\s+(?:${OBJECT}\s+)?an?\s+(?:quick\s+)?(?:text|sms)\b`,
      "gi",
    ),
  },
  {
    channel: "whatsapp",
    groups: ["whatsapp"],
    pattern: new RegExp(String.raw`\bwhats\s?app\s+${OBJECT}\b`, "gi"),
  },
];

/** A channel named after a preposition ("by phone", "via WhatsApp", "on Signal"): a proposal only in a sentence that offers or asks. */
const MENTION_PATTERNS: readonly ChannelPattern[] = [
  {
    channel: "phone",
    groups: ["call"],
    pattern: /\b(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b/gi,
  },
  {
    channel: "sms",
    groups: ["text"],
    pattern: /\b(?:by|via|over)\s+(?:sms|text(?:\s+message)?)\b/gi,
  },
  {
    channel: "whatsapp",
    groups: ["whatsapp"],
    pattern: /\b(?:on|via|over|by|through)\s+whats\s?app\b/gi,
  },
  { channel: "signal", groups: ["platform"], pattern: /\b(?:on|via|over|by|through)\s+Signal\b/g },
  { channel: "zoom", groups: ["platform"], pattern: /\b(?:on|via|over|by|through)\s+Zoom\b/g },
  {
    channel: "teams",
    groups: ["platform"],
    pattern: /\b(?:on|via|over|by|through)\s+(?:(?:Microsoft|MS)\s+)?Teams\b/g,
  },
  { channel: "webex", groups: ["platform"], pattern: /\b(?:on|via|over|by|through)\s+Webex\b/gi },
  {
    channel: "google-meet",
    groups: ["platform"],
    pattern: /\b(?:on|via|over|by|through)\s+Google\s+Meet\b/gi,
  },
  {
    channel: "video",
    groups: ["video"],
    pattern: /\b(?:by|via|over|on\s+a)\s+video(?:\s*(?:call|conference|link))?\b/gi,
  },
  { channel: "video", groups: ["video"], pattern: /\bvideo\s*(?:call|conference)\b/gi },
  {
    channel: "post",
    groups: ["post"],
    pattern: /\bby\s+(?:post|courier|registered\s+mail|letter)\b/gi,
  },
  { channel: "in-person", groups: ["person"], pattern: /\bin\s+person\b/gi },
];

/** Words that make a sentence an offer or a request rather than a report of the past. */
const OFFER_CUE =
  /\b(?:i'll|i will|we'll|we will|i'd|we'd|let's|let us|shall we|shall i|can i|can we|can you|could i|could we|could you|would you|will you|please|feel free|happy to|glad to|prefer|want to|like to|i can|we can|i could|we could|reach me|contact me|message me|ping me|find me|available|free to)\b/i;

/** Meeting links by host, for the meeting-platform and unwanted-channel checks. */
export const MEETING_HOSTS: readonly { channel: KnownChannel; host: RegExp }[] = [
  { channel: "teams", host: /(?:^|\.)teams\.(?:microsoft|live)\.com$/ },
  { channel: "zoom", host: /(?:^|\.)zoom\.(?:us|com)$/ },
  { channel: "webex", host: /(?:^|\.)webex\.com$/ },
  { channel: "google-meet", host: /^meet\.google\.com$/ },
];

// Host labels are at most 63 characters (RFC 1035), and a meeting host has few before its own
// name: bounded, so a long run like "a-a-a-…" is not re-read from each of its words.
const URL_IN_TEXT =
  /\b(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){0,10}(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoom\.com|webex\.com|meet\.google\.com)(?:\/[^\s<>"')\]]*)?/gi;

export function meetingChannelOf(url: string): KnownChannel | undefined {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return undefined;
  return MEETING_HOSTS.find((entry) => entry.host.test(host))?.channel;
}

/** Past-tense reporting between the offer and the channel ("… we spoke by phone"). */
const REPORTED =
  /\b(?:spoke|talked|discussed|called|met|said|sent|received|was|were|had|did|agreed|told|mentioned|confirmed)\b/i;

/** True when the sentence, before the channel, offers or asks, and no report of the past intervenes. */
function offersBefore(
  field: AnalysedField,
  sentence: { start: number; end: number },
  at: number,
): boolean {
  const before = field.scan.slice(Math.max(sentence.start, at - 200), at);
  const cue = lastMatch(OFFER_CUE, before);
  return cue !== undefined && !REPORTED.test(before.slice(cue));
}

const OFFER_CUE_GLOBAL = new RegExp(OFFER_CUE.source, "gi");

function lastMatch(pattern: RegExp, text: string): number | undefined {
  const global = pattern === OFFER_CUE ? OFFER_CUE_GLOBAL : new RegExp(pattern.source, "gi");
  global.lastIndex = 0;
  let last: number | undefined;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m.index + m[0].length;
  return last;
}

/** "I tried to call you": a report of an attempt, not an offer. */
const ATTEMPT = /\b(?:tried|trying|attempted|failed)\s+to\s+$/i;

/** Lines like "Phone: +1 …", "M: …", "Tel. …": contact details, not proposals. */
const CONTACT_LINE =
  /^\s*(?:phone|tel|telephone|mobile|cell|fax|direct|office|m|t|p|f|whatsapp|signal)\b\.?\s*[:|]/i;

/**
 * Whether the line holding `at` is a contact line whose label ends by `at`. The label's end is
 * found once per line (it is unique: a word, an optional ".", spaces, ":" or "|"), so many hits on
 * one long line do not each run the pattern from the line's start.
 */
function isContactLine(draft: AnalysedDraft, field: AnalysedField, at: number): boolean {
  const labelEnd = lineFact(draft, field, "contact-label", at, ({ start, end }) => {
    const label = CONTACT_LINE.exec(field.scan.slice(start, end));
    return label ? start + label[0].length : -1;
  });
  return labelEnd >= 0 && labelEnd <= at + 1;
}

/** Every channel proposal in the draft, in field and position order. */
export function channelProposals(draft: AnalysedDraft): ChannelProposal[] {
  return draft.memo("channel-proposals", () => {
    const proposals: ChannelProposal[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      for (const { channel, groups, pattern } of DIRECT_PATTERNS) {
        for (const m of execInWindows(text, windowsNear(draft, field, groups), pattern)) {
          if (
            isContactLine(draft, field, m.index) ||
            ATTEMPT.test(text.slice(Math.max(0, m.index - 20), m.index))
          )
            continue;
          proposals.push({
            channel,
            field: field.field,
            start: m.index,
            end: m.index + m[0].length,
          });
        }
      }
      const sentences = sentencesOf(draft, field);
      for (const { channel, groups, pattern } of MENTION_PATTERNS) {
        for (const m of execInWindows(text, windowsNear(draft, field, groups), pattern)) {
          const at = m.index;
          const sentence = spanAt(sentences, at);
          if (!sentence || isContactLine(draft, field, at) || !offersBefore(field, sentence, at)) {
            continue;
          }
          proposals.push({ channel, field: field.field, start: at, end: at + m[0].length });
        }
      }
      for (const link of meetingLinks(draft, field)) proposals.push(link);
    }
    // A signature's "call me on …" is a standing detail, not a proposal in this e-mail.
    const signature = draft.body.signature;
    if (signature) {
      for (let i = proposals.length - 1; i >= 0; i--) {
        const p = proposals[i]!;
        if (p.field === "body" && !p.href && p.start >= signature.start && p.start < signature.end)
          proposals.splice(i, 1);
      }
    }
    proposals.sort(byFieldThenStart);
    return dropOverlaps(proposals);
  });
}

/** Meeting links: anchors whose address is a meeting host, and such addresses written out. */
export function meetingLinks(draft: AnalysedDraft, field: AnalysedField): ChannelProposal[] {
  return draft.memo(`meeting-links:${field.field}`, () => {
    const links: ChannelProposal[] = [];
    for (const link of field.links) {
      const channel = meetingChannelOf(link.href);
      if (channel)
        links.push({
          channel,
          field: field.field,
          start: link.start,
          end: link.end,
          href: link.href,
        });
    }
    // Anchors come sorted, and so do the addresses found in the text: one index each.
    const anchors = new OverlapIndex(links);
    const written = new OverlapIndex();
    // Addresses run long on both sides of the host's name ("https://us02web.zoom.us/j/…").
    const windows = windowsNear(draft, field, ["platform"], 300);
    for (const m of execInWindows(field.scan, windows, URL_IN_TEXT)) {
      const start = m.index;
      const end = start + trimEndOf(m[0], ".,;:!?").length;
      if (anchors.overlaps(start, end) || written.overlaps(start, end)) continue;
      // "zoom.us" inside an e-mail address or a longer host is not a link to the platform.
      if (start > 0 && /[@\w-]/.test(field.scan[start - 1]!)) continue;
      const channel = meetingChannelOf(m[0]);
      if (!channel) continue;
      links.push({ channel, field: field.field, start, end, href: field.scan.slice(start, end) });
      written.add({ start, end });
    }
    return links.sort((a, b) => a.start - b.start);
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

const MEETING_NOUN = String.raw`(?:call|meeting|link|invite|invitation|session|conference|webinar|room|video\s*call)s?`;

/** Platform names used as meeting places: "Zoom call", "on Zoom", "Google Meet", "Teams meeting". */
/** Words before a platform name that make it the place of a meeting: "on Zoom", "use Webex", "a Webex". */
const PLATFORM_LEAD = String.raw`(?:on|via|over|by|through|using|use|in|a|our|my|your)`;

/**
 * Platform names used as meeting places: "Zoom call", "on Zoom", "a Webex", "Google Meet link",
 * "Teams meeting". A bare name ("WebEx Communications announced…") is news, not a proposal.
 */
const PLATFORM_MENTIONS: readonly { channel: KnownChannel; pattern: RegExp; lead?: boolean }[] = [
  { channel: "zoom", pattern: new RegExp(String.raw`\b(Zoom)\s+${MEETING_NOUN}\b`, "gi") },
  {
    channel: "zoom",
    pattern: new RegExp(
      String.raw`\b${PLATFORM_LEAD}\s+(Zoom)\b(?!\s+(?:in|out|into|through|past|ahead|back|lens|level)\b)`,
      "g",
    ),
  },
  {
    channel: "google-meet",
    pattern: new RegExp(String.raw`\b(Google\s+Meet)(?:\s+${MEETING_NOUN})?\b`, "gi"),
    lead: true,
  },
  {
    channel: "webex",
    pattern: new RegExp(String.raw`\b((?:Cisco\s+)?Webex)(?:\s+${MEETING_NOUN})?\b`, "gi"),
    lead: true,
  },
  {
    channel: "teams",
    pattern: new RegExp(String.raw`\b((?:Microsoft|MS)\s+Teams)(?:\s+${MEETING_NOUN})?\b`, "gi"),
    lead: true,
  },
  { channel: "teams", pattern: new RegExp(String.raw`\b(Teams)\s+${MEETING_NOUN}\b`, "g") },
  { channel: "teams", pattern: new RegExp(String.raw`\b${PLATFORM_LEAD}\s+(Teams)\b`, "g") },
];

/** For names that are unambiguous but may be news: a meeting noun after, or a lead word before. */
const LEAD_BEFORE = new RegExp(String.raw`\b${PLATFORM_LEAD}\s+$`, "i");
const NOUN_AFTER = new RegExp(String.raw`^\s+${MEETING_NOUN}\b`, "i");

export interface PlatformMention extends ChannelProposal {
  /** Where the platform's name itself is, for a replacement fix. */
  nameStart: number;
  nameEnd: number;
}

/** True when the sentence reports the past ("we met on Zoom last week") rather than proposing. */
function reportsPast(
  draft: AnalysedDraft,
  field: AnalysedField,
  sentence: { start: number; end: number },
  at: number,
): boolean {
  // What the whole sentence says is read once per sentence: one sentence can run a megabyte.
  const said = draft.memo(`sentence-cues:${field.field}`, () => new Map<number, number>());
  let cues = said.get(sentence.start);
  if (cues === undefined) {
    const sentenceText = field.scan.slice(sentence.start, sentence.end);
    cues = (REPORTED.test(sentenceText) ? 1 : 0) | (OFFER_CUE.test(sentenceText) ? 2 : 0);
    said.set(sentence.start, cues);
  }
  return cues === 1 && !offersBefore(field, sentence, at);
}

/** Platform names used as meeting places, outside links; past meetings are left alone. */
export function platformMentions(draft: AnalysedDraft): PlatformMention[] {
  return draft.memo("platform-mentions", () => {
    const mentions: PlatformMention[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      const links = new OverlapIndex(meetingLinks(draft, field));
      const named = new Set<number>();
      const sentences = sentencesOf(draft, field);
      const windows = windowsNear(draft, field, ["platform"]);
      for (const { channel, pattern, lead } of PLATFORM_MENTIONS) {
        for (const m of execInWindows(text, windows, pattern)) {
          const start = m.index;
          const end = start + m[0].length;
          const nameStart = start + m[0].indexOf(m[1]!);
          const nameEnd = nameStart + m[1]!.length;
          if (links.overlaps(start, end)) continue;
          if (
            lead &&
            !NOUN_AFTER.test(text.slice(nameEnd, nameEnd + 30)) &&
            !LEAD_BEFORE.test(text.slice(Math.max(0, nameStart - 12), nameStart))
          ) {
            continue;
          }
          if (named.has(nameStart)) continue;
          const sentence = spanAt(sentences, start);
          if (sentence && reportsPast(draft, field, sentence, start)) continue;
          mentions.push({ channel, field: field.field, start, end, nameStart, nameEnd });
          named.add(nameStart);
        }
      }
    }
    return mentions.sort(byFieldThenStart);
  });
}

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
