/**
 * Words for ways of getting in touch and meeting platforms, as clients write them, mapped onto
 * the profile vocabulary (src/core/profile.ts KNOWN_CHANNELS, MEETING_PLATFORMS). Case matters
 * where the ordinary word differs from the product: "Teams" and "Signal" capitalised are the
 * products, "teams" and "the signal's too patchy" are not.
 */
import type { KnownChannel, MeetingPlatform } from "../profile";

export interface ChannelMention {
  channel: KnownChannel;
  start: number;
  end: number;
  /** A meeting platform named as such (not "Teams chat"). */
  platform?: MeetingPlatform;
}

interface ChannelWord {
  channel: KnownChannel;
  pattern: RegExp;
  platform?: MeetingPlatform;
}

/**
 * Round 26: the need to keep something out, denied, however the denial is said: "no need",
 * "no reason", "no further need", "there's no longer any need", "no longer a need", with a time
 * word before its "to" ("no need any more to…"). Every lift by a denied need reads this one.
 */
export const NEED_GONE = String.raw`(?:no\s+longer\s+(?:any|a|much)\s+|no\s+(?:further|more|real)\s+|no\s+)(?:need|reason)(?:\s+(?:any\s?more|any\s+longer|now|these\s+days|nowadays))?`;

/**
 * Round 29: released from a way or a rule rather than bound to it, up to its "to": a denied need
 * (NEED_GONE) or "don't / doesn't / no longer need / have". One source for the two readings that
 * must agree: channels.ts's NOT_BOUND, a look back before a wish ("no need to stick to email" is
 * no wish for email), and withdrawals.ts's lifts, read forwards ("no need to keep X out"). No
 * look-around inside, so it is safe in a look back and forwards alike.
 */
export const RELEASED = String.raw`(?:${NEED_GONE}|(?:don't|do\s+not|doesn't|does\s+not|no\s+longer)\s+(?:need|have))`;

// Order matters: the first pattern to claim a stretch of text wins ("video calls" is video, not
// phone; "Teams chat" is the Teams channel, not the platform; "Zoom call" is Zoom).
const CHANNEL_WORDS: readonly ChannelWord[] = [
  {
    channel: "teams",
    pattern: /\b(?:Microsoft\s+|MS\s+)?Teams\s+(?:chats?|messages?|messaging)\b/g,
  },
  {
    channel: "video",
    pattern: /\bvideo(?:\s*-?\s*(?:calls?|conferenc(?:e|es|ing)|meetings?|link))?\b/gi,
  },
  { channel: "whatsapp", pattern: /\bwhats\s?app\b/gi },
  {
    channel: "teams",
    platform: "teams",
    pattern:
      /\b(?:Microsoft\s+|MS\s+)?Teams\b(?:\s+(?:calls?|meetings?|invites?|invitations?|links?))?/g,
  },
  {
    channel: "zoom",
    platform: "zoom",
    pattern:
      /\b(?:Zoom|ZOOM)\b(?:\s+(?:calls?|meetings?|invites?|invitations?|links?))?|\bzoom\s+(?:calls?|meetings?|invites?|invitations?|links?)\b/g,
  },
  {
    channel: "webex",
    platform: "webex",
    pattern: /\b(?:cisco\s+)?webex\b(?:\s+(?:calls?|meetings?|invites?|invitations?|links?))?/gi,
  },
  {
    channel: "google-meet",
    platform: "google-meet",
    pattern:
      /\bGoogle\s+Meet\b(?:\s+(?:calls?|meetings?|invites?|invitations?|links?))?|\bMeet\b(?=\s+(?:links?|invites?|invitations?|calls?|meetings?|is\b|works\b|just\s+works))(?:\s+(?:calls?|meetings?|invites?|invitations?|links?))?|Meet\b(?<=\bbe\s+Meet)|\bgmeet\b/g,
  },
  {
    channel: "signal",
    pattern: /\bSignal\b(?!\s+(?:strength|boost|that|to\s+(?:the|them|him|her)))/g,
  },
  // "messages on my mobile", "messages to her phone": texts, the device named as where they go
  {
    channel: "sms",
    pattern:
      /\b(?:text(?:ing|ed)?(?:\s+messages?)?|texts|sms(?:es)?)\b|\bmessages?\s+(?:on|to)\s+(?:my|his|her|the|our|their)\s+(?:work\s+|personal\s+|private\s+)?(?:mobile|(?:mobile\s+|cell\s+)?phone|cell)\b/gi,
  },
  { channel: "email", pattern: /\be-?mail(?:s|ed|ing)?\b/gi },
  // Round 12: things arriving at the house are post, not a visit ("I'm not comfortable with
  // anything coming to the house", "letters being sent to my home"); people coming there are in
  // person (below). "No post, please", "no more letters pls": post refused in a note.
  {
    channel: "post",
    pattern:
      /\b(?:anything|everything|something|nothing|things|stuff|letters?|mail|post|documents|papers|parcels?|packages?|paperwork|correspondence)\s+(?:(?:is|are|being|to\s+be)\s+)?(?:c(?:ome|omes|ame|oming)|sent|arriv(?:e|es|ing)|delivered)\s+(?:to|at)\s+(?:the|my|our)\s+(?:house|home|flat|farm|home\s+address)\b|(?<=\bno\s+(?:more\s+)?)(?:post|letters)\b(?=\s*(?:[.!;]|,?\s*(?:please|pls|plz|thanks|thx|for\s+(?:me|us)|to\s+(?:me|us|the|my|our))\b|,?\s*$))/gi,
  },
  {
    channel: "in-person",
    pattern:
      /\bin\s+person\b|\bface[\s-]to[\s-]face\b|\bcome\s+(?:in(?:to)?|up|over|down)\s+(?:to\s+)?(?:the\s+|your\s+)?(?:office|farm|you)\b|\bsit\s+down\s+with\b|\bacross\s+a\s+table\b|\bc(?:ome|ame|oming)\s+(?:to|round\s+to|over\s+to|out\s+to)\s+(?:the|my|our)\s+(?:house|home|flat|farm|office|offices)\b|\b(?:drop(?:s|ped|ping)?|pop(?:s|ped|ping)?)\s+(?:by|in|round|over)\s+(?:at\s+|to\s+)?(?:the|my|our|his|her)\s+(?:[\w-]+\s+)?(?:house|home|flat|farm|office|offices|yard|site)\b/gi,
  },
  {
    channel: "post",
    pattern:
      /\bby\s+(?:post|courier|letter)\b|(?<=\b(?:receiv(?:e|es|ed|ing)|accept(?:s|ed|ing)?)\s+(?:the\s+|your\s+|any\s+)?)post(?![\w-])|\bpost(?:ed|ing)?\b(?=\s+(?:anything|everything|documents?|letters?|papers|things|stuff|copies|originals|it|them|to\b|is\b|only\b))|^post\b|\ba\s+letter(?=\s+(?:to|or|and|is|would)\b)|\bby\s+letter\b|\bletters?\s+(?=by\s+post|in\s+the\s+post)|\bhard\s+cop(?:y|ies)\b|\bpaper\s+cop(?:y|ies)\b|\bon\s+paper\b|\bin\s+the\s+(?:post|mail)\b|\bby\s+(?:snail\s*mail|mail|royal\s+mail|recorded\s+delivery|first[\s-]class\s+post)\b|\bsnail\s*mail\b|\b(?:mail|letters)\b(?=\s+(?:to|at)\s+(?:the|my|our)\s+(?:house|home|flat|farm|(?:home\s+|postal\s+)?address)\b(?!\s+e-?mail))|\b(?:mail|send)(?:s|ed|ing)?\s+(?:anything|everything|things|stuff|documents|papers|letters|post|it|them)(?=\s+to\s+(?:the|my|our)\s+(?:house|home|flat|farm|(?:home\s+|postal\s+)?address)\b(?!\s+e-?mail)(?![^.;\n]{0,40}\b(?:by|via|over|on)\s+(?:e-?mail|text|whats\s?app|signal|courier)))/gi,
  },
  {
    channel: "phone",
    pattern:
      /\b(?:tele)?phon(?:e|es|ed|ing)(?:\s+calls?)?\b|\b(?:calls?|calling|(?<!\b(?:be|been|being|is|am|are|was|were|get|gets|got|getting|prefer|rather)\s+)called)\b(?!\s+(?:it|them|him|her|me|us)\s+["'])|\br(?:ing(?:s|ing)?|ang|ung)(?=\s+(?:me|us|my|home|(?:the|our)\s+(?:house|home|office|flat|farm|landline))\b)|\bringing\s+me\b|\bvoice\s?mails?\b|\bmobile\b|\b(?:desk|office|direct)\s+line\b|\blandline\b/gi,
  },
];

/** Every way of getting in touch named in `text`, in order; overlapping words claimed once. */
/**
 * Letters every channel word above contains, whatever its case (a word in the list must keep one
 * of these): a text with none names no channel, and is dismissed in one test rather than
 * thirteen.
 */
const ANY_CHANNEL_WORD =
  /teams|video|whats|zoom|webex|meet|signal|text|sms|mail|person|face|\bc(?:ome|ame|oming)\b|\bsit\s|across|post|courier|letter|cop(?:y|ies)|paper|phon|call|\bring|\br[au]ng\b|voice|mobile|line\b|\bsen[dt]\b|arriv|deliver/i;

// Words in quotation marks are named, not used: "'Drafting email' entries" is a billing entry.
const QUOTED = /"[^"\n]{1,60}"|(?<=^|[\s(])'[^'\n]{1,60}'(?=[\s,.;:!?)]|$)/g;

// The bare refusal (round 24: one reading for round 13's whole-line "Don't ring.", round 23's
// "never ring" and listen.ts's refusal after news of the day): a way of getting in touch refused
// with nothing after it but "me"/"us", a courtesy and the end of the clause.
const REFUSER = String.raw`(?:never|don't|dont|do\s+not)`;
const COURTESY = String.raw`(?:please|pls|plz|thanks|thx|ta|thank\s+you)`;
/**
 * "never ring", "don't ring.": "ring" refused bare is the phone (it needs no object then). Round 29:
 * so is "ringing" waved away ("don't bother ringing", "forget ringing", "no point ringing").
 */
const REFUSED_RING = new RegExp(
  String.raw`\b${REFUSER}\s+(ring)\b(?=\s*(?:[.,;!?–—]|-\s|$))|\b(?:forget(?:\s+about)?|bother(?:\s+with)?|no\s+(?:point|use)(?:\s+in)?)\s+(ringing)\b`,
  "gi",
);
const BARE_REFUSAL = new RegExp(
  String.raw`^((?:(?:please|pls|plz|and|so|but|just)\s+)?(?:${REFUSER}|no)\s+)(\S[^,.!?;:]{0,30}?)(?:\s+(?:me|us))?(?:[,\s]+${COURTESY})?\s*[.!]*$`,
  "i",
);

/**
 * The way of getting in touch a whole clause or sentence refuses bare ("Don't ring.", "never
 * call, thanks", "Please don't phone me", "No calls."): the refused words are one channel word and
 * nothing else. Not "Don't ring the bell", "don't call Tom", "Don't worry."
 */
export function bareRefusal(text: string): ChannelMention | undefined {
  const trimmed = text.trim();
  const m = BARE_REFUSAL.exec(trimmed);
  if (!m) return undefined;
  const start = m[1]!.length;
  const end = start + m[2]!.length;
  const mentions = channelMentions(trimmed);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  return only && only.start === start && only.end === end ? only : undefined;
}

export function channelMentions(text: string): ChannelMention[] {
  const taken: ChannelMention[] = [];
  if (!ANY_CHANNEL_WORD.test(text)) return taken;
  const quoted: { start: number; end: number }[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    quoted.push({ start: m.index, end: m.index + m[0].length });
  }
  const overlaps = (start: number, end: number) => (t: { start: number; end: number }) =>
    start < t.end && end > t.start;
  for (const word of CHANNEL_WORDS) {
    word.pattern.lastIndex = 0;
    for (let m = word.pattern.exec(text); m; m = word.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        word.pattern.lastIndex++;
        continue;
      }
      if (taken.some(overlaps(start, end)) || quoted.some(overlaps(start, end))) continue;
      if (word.channel === "phone" && namesAt(text, end)) continue;
      taken.push({
        channel: word.channel,
        start,
        end,
        ...(word.platform ? { platform: word.platform } : {}),
      });
    }
  }
  // "never ring", "don't ring." (lh11, lh17, lh21): "ring" refused with no object is the phone; the
  // word alone is taken, so the refusal before it still reads.
  for (const m of text.matchAll(REFUSED_RING)) {
    const end = m.index + m[0].length;
    const start = end - (m[1] ?? m[2]!).length;
    if (taken.some(overlaps(start, end)) || quoted.some(overlaps(start, end))) continue;
    taken.push({ channel: "phone", start, end });
  }
  const terse = terseNoteLength(text);
  if (terse > 0) {
    const note = text.slice(0, terse);
    LOWER_PRODUCT.lastIndex = 0;
    for (let m = LOWER_PRODUCT.exec(note); m; m = LOWER_PRODUCT.exec(note)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(overlaps(start, end)) || quoted.some(overlaps(start, end))) continue;
      const platform = LOWER_PLATFORMS[m[1]!.toLowerCase()];
      taken.push({
        channel: platform ?? "signal",
        start,
        end,
        ...(platform ? { platform } : {}),
      });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

// The products whose names are ordinary words ("teams", "zoom", "signal", "meet"), in lower case,
// count only in a terse note: a line of nothing but ways of getting in touch and the shorthand of
// a wish ("teams > zoom", "zoom = no", "teams pls", "signal only"). "Our teams meet weekly" has
// words of its own.
const LOWER_PRODUCT =
  /\b(teams|zoom|signal|(?:google\s+)?meet)\b(?:\s+(?:calls?|meetings?|invites?|links?))?/g;
const LOWER_PLATFORMS: Record<string, MeetingPlatform> = {
  teams: "teams",
  zoom: "zoom",
  meet: "google-meet",
  "google meet": "google-meet",
};
// (Round 12: "use", "blocked", "banned", "here", "so", "best", "tbh", "ideally", "always",
// "anything", "me", "us", "with" too: "pls use teams", "zoom blocked here so teams pls", "google meet
// for me please, always", "teams > zoom for anything with me".)
const TERSE_WORDS = new Set(
  "pls plz please thx thanks ta no not never nope nah only just ok okay yes yep prefer preferred pref over rather than instead of via by on for all any every meetings meeting calls call invites links going forward from now nb ps re and or but email e-mail emails whatsapp sms text texts phone webex video teams zoom signal meet google use blocked banned here so best tbh ideally always anything everything me us with".split(
    " ",
  ),
);

/** A line of nothing but channel words and the shorthand of a wish, in at most eight words. */
function isTerseNote(text: string): boolean {
  if (!/\b(?:teams|zoom|signal|meet)\b/.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  return words.length <= 8 && words.every((w) => TERSE_WORDS.has(w));
}

// Round 12: a terse note may open a longer line, its reason after a comma or a dash ("teams not
// zoom pls, zoom is blocked on our laptops"): the opening stretch, of two words or more, is read as
// the note. What follows it keeps its ordinary words ("zoom" there is the verb unless capitalised).
const OPENING_STRETCH = /^[^,;:–—]*?(?=\s*(?:[,;:–—]|\s-\s))/;

/** How much of `text` (from its start) is a terse note: all of it, its opening stretch, or none. */
function terseNoteLength(text: string): number {
  if (isTerseNote(text)) return text.length;
  const opening = OPENING_STRETCH.exec(text)?.[0] ?? "";
  return /\S\s+\S/.test(opening.trim()) && isTerseNote(opening) ? opening.length : 0;
}

// "call me Kate", "call it Project Lark", "call me old-fashioned": naming, not telephoning. Case
// matters ("call me Kate" names, "call me for approvals" telephones), so this is tested apart
// from the case-blind channel patterns.
// Sticky, read from where the word ends: no copy of the rest of the text per word.
const NAMING_AFTER =
  /\s+(?:it|them|him|her|me|us)\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|ASAP|back)\w*)(?:[A-Z]|(?:old-fashioned|crazy|mad|cynical|paranoid|naive|biased|lazy|picky|fussy|a|an)\b)/y;

function namesAt(text: string, at: number): boolean {
  NAMING_AFTER.lastIndex = at;
  return NAMING_AFTER.test(text);
}

/** Names of invitations and hospitality a firm offers clients. */
export const HOSPITALITY = String.raw`(?:corporate\s+)?(?:hospitality|entertainment|invitations?|invites?|lunch(?:es)?|dinners?|suppers?|meals?|drinks|receptions?|tickets?|events?|gifts?|golf(?:\s+days?)?|boxes|box|galas?|concerts?|tastings?|parties|party|matches|match|(?:race|race\s+)?days?\s+out|(?:a\s+)?days?\s+at\s+the\s+(?:races|cricket|tennis|rugby|football|opera|theatre)|ballgames?|test\s+match(?:es)?|seats|hampers?|outings?|shows?|the\s+opera|the\s+theatre|things\s+like\s+(?:that|it|this)|this\s+kind\s+of\s+thing|that\s+sort\s+of\s+thing|anything\s+like\s+that)`;

/** Words that put a sentence in the billing world. */
export const BILLING_CONTEXT =
  /\b(?:bill(?:s|ed|ing)?|invoic(?:e|es|ed|ing)|entr(?:y|ies)|narratives?|timekeepers?|fee[\s-]earners?|fees|billable|payable|disbursements?|(?:billing|panel|outside\s+counsel)\s+(?:guidelines|terms)|guidelines|ocgs?|chargeable|line\s+items?|as\s+(?:a\s+)?(?:charge|disbursement)|itemi[sz](?:e|es|ed|ing)|charg(?:e|es|ed|ing)\s+(?:us\s+)?for|timesheets?|time\s+(?:recording|records|recorded|entries)|(?:recorded|billed)\s+(?:time|as)|accounts\s+(?:payable|team|department)|(?:ap|payables|accounts\s+payable)\s+(?:team|department|function|clerks?|people)|(?:work|entry|time)\s+descriptions?|anything\s+(?:described|recorded|entered|billed|narrated)\s+as)\b/i;

/**
 * The text with each channel word replaced by a token (⟪C0⟫ for a channel, ⟪P0⟫ for a meeting
 * platform, numbered in order), so sentence patterns can say "a channel" in one symbol.
 */
export interface Skeleton {
  text: string;
  mentions: ChannelMention[];
}

export function skeletonOf(text: string): Skeleton {
  const mentions = channelMentions(text);
  let out = "";
  let at = 0;
  mentions.forEach((mention, i) => {
    // "by post" is one mention; its "by" stays outside the token, so "(by|via) X" patterns read it.
    const by = /^by\s+/i.exec(text.slice(mention.start, mention.end))?.[0] ?? "";
    out += text.slice(at, mention.start) + by + (mention.platform ? `⟪P${i}⟫` : `⟪C${i}⟫`);
    at = mention.end;
  });
  return { text: out + text.slice(at), mentions };
}

/** The mentions whose tokens appear in `fragment` of a skeleton, in order. */
export function mentionsIn(fragment: string, skeleton: Skeleton): ChannelMention[] {
  const found: ChannelMention[] = [];
  const token = /⟪[CP](\d+)⟫/g;
  for (let m = token.exec(fragment); m; m = token.exec(fragment)) {
    const mention = skeleton.mentions[Number(m[1])];
    if (mention) found.push(mention);
  }
  return found;
}
