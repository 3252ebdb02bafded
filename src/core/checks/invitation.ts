/**
 * What a meeting invitation proposes by being one. An e-mail proposes a channel in words ("I'll
 * call you"); an invitation proposes one through its fields: a location that is a meeting link
 * or a platform's name ("Zoom", "Microsoft Teams Meeting"), the online meeting the organiser
 * turned on, a subject or location that says the meeting is a call ("Call re: lease", a phone
 * number), an occasion in its subject or location ("Dinner at Nobu", "Yankee Stadium").
 *
 * Everything here is recipient-independent, computed once per draft (memo), and empty for
 * messages: the channel, platform and entertainment checks add these to what they find in the
 * text, so a message is checked exactly as before.
 */
import type { AnalysedDraft, AnalysedField, Span } from "../analysis";
import type { KnownChannel } from "../profile";
import { channelProposals, meetingLinks, platformMentions } from "./channel-proposals";
import type { Fix } from "../finding";
import { withLookbehind } from "../text/lookbehind";
import { lowercaseLetterClassSource, uppercaseLetterClassSource } from "../text/unicode-classes";
import {
  execInWindows,
  linesOf,
  removeLineFix,
  replaceFix,
  textFields,
  triggerWindows,
  type TextFieldName,
} from "./helpers";

export const PLATFORM_CHANNELS: ReadonlySet<string> = new Set([
  "teams",
  "zoom",
  "webex",
  "google-meet",
]);

/** A place in one of the invitation's fields. */
export interface FieldSpan {
  field: TextFieldName;
  start: number;
  end: number;
}

export interface InvitationMeeting extends Partial<FieldSpan> {
  channel: KnownChannel;
  /**
   * "link": a meeting link (location, body or subject); "place": the location names the
   * platform; "online": the online meeting the organiser turned on, which no text shows.
   */
  source: "link" | "place" | "online";
  /** A pasted joining block the link belongs to: removing the meeting removes the block. */
  block?: Span;
}

export function isInvitation(draft: AnalysedDraft): boolean {
  return draft.kind === "appointment";
}

/** The ";"-separated entries of a location, trimmed, with their offsets. */
export function locationEntries(location: AnalysedField): Span[] {
  const entries: Span[] = [];
  const text = location.text;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ";") continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) entries.push({ start: s, end: e });
    start = i + 1;
  }
  return entries;
}

/** The entry holding [start, end), widened by one neighbouring separator: what removing it takes. */
export function locationEntryRemoval(location: AnalysedField, start: number, end: number): Span {
  const text = location.text;
  const entry = locationEntries(location).find((e) => e.start <= start && end <= e.end) ?? {
    start,
    end,
  };
  let removeStart = entry.start;
  let removeEnd = entry.end;
  const after = /^\s*;\s*/.exec(text.slice(removeEnd))?.[0];
  if (after) removeEnd += after.length;
  else {
    const before = /\s*;\s*$/.exec(text.slice(0, removeStart))?.[0];
    if (before) removeStart -= before.length;
  }
  return { start: removeStart, end: removeEnd };
}

/** A location entry that is a platform and nothing else: "Zoom", "Microsoft Teams Meeting", "Webex call". */
const PLATFORM_PLACE =
  /^(?:(?:online|virtual|video)\s*[-:–]?\s*)?(?:((?:microsoft\s+|ms\s+)?teams)|(zoom)|((?:cisco\s+)?webex)|(google\s+meet|hangouts\s+meet))(?:\s+(?:meeting|call|video\s*call|conference|session|room|link|bridge))?(?:\s*\([^)]*\))?$/i;

/** By capture group of PLATFORM_PLACE (numbered: the launch-event bundle avoids named groups). */
const PLACE_CHANNELS: readonly KnownChannel[] = ["teams", "zoom", "webex", "google-meet"];

function platformOfPlace(text: string): KnownChannel | undefined {
  const m = PLATFORM_PLACE.exec(text);
  if (!m) return undefined;
  const group = PLACE_CHANNELS.findIndex((_, i) => m[i + 1] !== undefined);
  return group < 0 ? undefined : PLACE_CHANNELS[group];
}

/**
 * Every online meeting the invitation proposes: meeting links in any field, location entries
 * naming a platform (a platform name used as a meeting place in the location, or a bare one), and
 * the organiser's online meeting when no link of its platform shows it already.
 */
export function invitationMeetings(draft: AnalysedDraft): InvitationMeeting[] {
  if (!isInvitation(draft)) return [];
  return draft.memo("invitation-meetings", () => {
    const meetings: InvitationMeeting[] = [];
    for (const field of textFields(draft)) {
      for (const link of meetingLinks(draft, field)) {
        const meeting: InvitationMeeting = {
          channel: link.channel,
          source: "link",
          ...spanOf(link),
        };
        if (link.block) meeting.block = link.block;
        meetings.push(meeting);
      }
    }
    const location = draft.location;
    const mentionsInLocation = platformMentions(draft).filter((m) => m.field === "location");
    for (const entry of locationEntries(location)) {
      if (meetings.some((m) => m.field === "location" && overlaps(m, entry))) continue;
      const text = location.text.slice(entry.start, entry.end);
      const channel =
        platformOfPlace(text) ?? mentionsInLocation.find((m) => overlaps(m, entry))?.channel;
      if (channel) meetings.push({ channel, source: "place", field: "location", ...entry });
    }
    const online = draft.draft.onlineMeeting;
    if (
      online &&
      PLATFORM_CHANNELS.has(online.platform) &&
      !meetings.some((m) => m.source === "link" && m.channel === online.platform)
    ) {
      meetings.push({ channel: online.platform as KnownChannel, source: "online" });
    }
    return meetings;
  });
}

// ---------------------------------------------------------------------------------------------
// A meeting that is a phone call
// ---------------------------------------------------------------------------------------------

/** Words before "call" that make it something other than a telephone call. */
const NOT_A_PHONE_CALL_BEFORE =
  /\b(?:margin|capital|cash|judge?ment|roll|close|casting|curtain|cold|wake[- ]up|video|zoom|teams|webex|meet|skype)\s*$/i;
const NOT_A_PHONE_CALL_AFTER =
  /^\s*(?:options?|centre|center|logs?|reports?|notices?|for\s+(?:papers|proposals|evidence|tenders?|bids|submissions|comments))\b/i;

/** "Call", "Phone call", "Conference call", "Dial-in", "Teleconference" in a subject. */
const SUBJECT_CALL =
  /\b(?:calls?|(?:tele)?phone\s+call|telephone|by\s+phone|on\s+the\s+phone|dial[- ]?in|call[- ]in|teleconference|conference\s+line)\b/gi;
/** In a location, "Phone" alone says it too. */
const LOCATION_CALL = new RegExp(`${SUBJECT_CALL.source}|\\bphone\\b`, "gi");

/** A telephone number candidate: digits with the usual separators (seven digits at least, checked apart). */
const PHONE_NUMBER = /(?:tel:\s*)?(?:\+|\b)\d[\d \t().\-/]{5,30}\d/gi;

/** A body line giving a dial-in: "Dial-in: +1 555 0100", "Conference line 0800 …". */
const DIAL_IN_LINE =
  /^[ \t]*(?:dial[- ]?in|call[- ]in|conference\s+(?:line|number|bridge)|bridge(?:\s+line)?|audio\s+only)\b[^\n\d+]{0,40}(?:\+|\b)\d[\d \t().\-/]{5,30}\d/gim;
const DIAL_IN_TRIGGER = /\b(?:dial|call-in|call in|conference|bridge|audio)/gi;

function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, "").length;
  // "2025-01-15" or "2025-01-15 10:00" is a date, not a number to dial.
  return digits >= 7 && digits <= 15 && !/\b\d{4}-\d{2}-\d{2}\b/.test(text);
}

function callWordIn(pattern: RegExp, text: string, from: number, to: number): Span | undefined {
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (/^calls?$/i.test(m[0])) {
      if (NOT_A_PHONE_CALL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (NOT_A_PHONE_CALL_AFTER.test(text.slice(end, end + 30))) continue;
    }
    // A word inside a link or an address ("…/call/…", "call@…") is not the meeting's kind.
    if (/[/@.:]$/.test(text.slice(0, start)) || /^[/@]/.test(text.slice(end))) continue;
    return { start, end };
  }
  return undefined;
}

function phoneNumberIn(text: string, from: number, to: number): Span | undefined {
  const slice = text.slice(from, to);
  PHONE_NUMBER.lastIndex = 0;
  for (let m = PHONE_NUMBER.exec(slice); m; m = PHONE_NUMBER.exec(slice)) {
    // Digits in a web address ("…/meet/1234567", "?id=…") are not a number to dial.
    if (/[/=#?&]$/.test(slice.slice(0, m.index)) || /\b[a-z][a-z0-9+.-]*:\/\//i.test(slice))
      continue;
    if (isPhoneNumber(m[0])) return { start: from + m.index, end: from + m.index + m[0].length };
  }
  return undefined;
}

/** Whether the invitation offers a video meeting anywhere (a link, a platform, an online meeting, a video call). */
function offersVideo(draft: AnalysedDraft): boolean {
  return draft.memo(
    "invitation-offers-video",
    () =>
      invitationMeetings(draft).length > 0 ||
      platformMentions(draft).length > 0 ||
      channelProposals(draft).some(
        (p) => p.channel === "video" || PLATFORM_CHANNELS.has(p.channel),
      ),
  );
}

/**
 * Where the invitation says it is a telephone call, when it offers no video platform: each
 * place that says so (as meeting-platform reports each place of a wrong meeting), the location
 * (a phone number, "Phone call", "Dial-in: …", "Daniel to call your mobile"), the subject ("Call
 * re: lease", "Teleconference: …") and a dial-in line in the body. Empty when it is no phone call.
 */
export function phoneMeetings(draft: AnalysedDraft): FieldSpan[] {
  if (!isInvitation(draft)) return [];
  return draft.memo("invitation-phone-meetings", () => {
    if (offersVideo(draft)) return [];
    const places: FieldSpan[] = [];
    const location = draft.location;
    for (const entry of locationEntries(location)) {
      const at =
        phoneNumberIn(location.scan, entry.start, entry.end) ??
        callWordIn(LOCATION_CALL, location.scan, entry.start, entry.end);
      if (at) {
        places.push({ field: "location" as const, ...at });
        break;
      }
    }
    const subject = draft.subject;
    const inSubject = callWordIn(SUBJECT_CALL, subject.scan, 0, subject.scan.length);
    if (inSubject) places.push({ field: "subject" as const, ...inSubject });
    const body = draft.body;
    const windows = triggerWindows(body.scan, DIAL_IN_TRIGGER, 80);
    const line = execInWindows(body.scan, windows, DIAL_IN_LINE).find((m) => isPhoneNumber(m[0]));
    if (line) {
      const start = line.index + (line[0].length - line[0].trimStart().length);
      places.push({ field: "body" as const, start, end: line.index + line[0].length });
    }
    return places;
  });
}

// ---------------------------------------------------------------------------------------------
// A meeting in person
// ---------------------------------------------------------------------------------------------

/**
 * A place people go to: a street address (a number and a street word), a postcode (UK) or a
 * state and ZIP code (US), a room, floor or suite, an office or chambers. "Our office" and a
 * meeting room are as much a place as an address.
 */
const ADDRESS = new RegExp(
  [
    "\\b\\d+[a-z]?(?:[-–]\\d+)?,?\\s+(?:[A-Z][\\w'’.-]*\\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Place|Pl|Square|Sq|Way|Drive|Dr|Court|Ct|Plaza|Boulevard|Blvd|Row|Hill|Gardens|Terrace|Wharf|Quay|Yard|Walk|Parade|Crescent|Close|Mews|Circus|Broadway|Green|Gate|Park|Bridge|Embankment|Inn|Buildings|House|Tower|Centre|Center)\\b",
    "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b",
    "\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\\s+\\d{5}(?:-\\d{4})?\\b",
  ].join("|"),
);
const ROOM =
  /\b(?:meeting\s+room|conference\s+room|board\s*room|room\s+[\w.]*\d[\w.]*|floor\s+\d+|\d+(?:st|nd|rd|th)\s+floor|level\s+\d+|suite\s+\w+|reception|offices?|chambers|premises|studio|showroom)\b/i;

/**
 * Where an invitation is a meeting in person: its location is a place (an address, a room, an
 * office, or a room Outlook lists) and it offers no video and no phone. One place per invitation:
 * the first such location entry.
 */
export function inPersonMeeting(draft: AnalysedDraft): FieldSpan | undefined {
  if (!isInvitation(draft)) return undefined;
  return draft.memo("invitation-in-person", () => {
    if (offersVideo(draft) || phoneMeetings(draft).length > 0) return undefined;
    const location = draft.location;
    const rooms = (draft.draft.locations ?? []).map((name) => name.trim().toLowerCase());
    for (const entry of locationEntries(location)) {
      const text = location.text.slice(entry.start, entry.end);
      if (ADDRESS.test(text) || ROOM.test(text) || rooms.includes(text.trim().toLowerCase())) {
        return { field: "location" as const, ...entry };
      }
    }
    return undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// An invitation to entertainment
// ---------------------------------------------------------------------------------------------

/**
 * Occasions that make a meeting entertainment when they are what the invitation is for. Coffee
 * and breakfast stay ordinary business, as in the e-mail check; so do a working lunch and a
 * lunch-and-learn. "Game" and "match" need a sport or a team before them ("game plan" is work).
 */
const OCCASION_WORDS =
  "(?:lunch(?:eon)?(?![- ]+(?:and|&|n)[- ]+learn)|dinner|drinks|cocktails|happy\\s+hour|brunch|supper|(?:a\\s+)?round\\s+of\\s+golf|golf|tee\\s+time|(?:baseball|football|soccer|basketball|hockey|rugby|cricket|tennis|polo|ball)\\s*(?:game|match)|[" +
  uppercaseLetterClassSource() +
  "][" +
  lowercaseLetterClassSource() +
  "]+s\\s+(?:game|match)|(?:season|game|match|concert|theat(?:re|er)|opera|vip|hospitality)\\s+tickets?|tickets?\\s+(?:to|for)|box\\s+seats|courtside|concert|opera|ballet|theat(?:re|er)|gala|symphony|the\\s+races|wine\\s+tasting)";

/** "Golf course acquisition", "Concert hall lease": the occasion is a client's matter, not a treat. */
const NOT_A_MATTER =
  "(?!\\s+(?:(?:course|club|hall|house|venue|stadium|arena|centre|center)\\s+)?(?:contracts?|agreements?|leases?|licen[cs]es?|rights|disputes?|claims?|litigation|matters?|acquisition|sale|purchase|financing|sponsorship|negotiations?|terms|policy|insurance|road|rd|street|st|way|avenue|ave|lane|drive|place|industrial|business|estate|house|district)\\b)";

export const OCCASION = withLookbehind(
  new RegExp(`\\b${OCCASION_WORDS}\\b${NOT_A_MATTER}`, "giu"),
  // (?<!working\s) before "lunch": a working lunch is business. (The team-game branch, from
  // \p{Lu}\p{Ll}+, never ends at "lunch" or "luncheon".)
  (text, index, match) =>
    !/^lunch(?:eon)?$/iu.test(match[0]) ||
    !/^working\s$/iu.test(text.slice(Math.max(0, index - 8), index)),
);

/** Places that are venues for entertainment, in a location. */
const VENUE = new RegExp(
  `\\b(?:stadium|arena|ballpark|golf\\s+(?:club|course)|country\\s+club|members['’]?\\s+club|restaurant|bistro|brasserie|steakhouse|trattoria|tavern|pub|wine\\s+bar|cocktail\\s+bar|bar\\s*(?:&|and)\\s*grill|opera\\s+house|concert\\s+hall|racecourse|racetrack|theat(?:re|er))\\b${NOT_A_MATTER}`,
  "giu",
);

/**
 * What an invitation's subject or location says it is for, when that is entertainment: the
 * first occasion in the subject, else the first occasion or venue in the location. One per
 * invitation: it is one event.
 */
export function invitationOccasion(draft: AnalysedDraft): FieldSpan | undefined {
  if (!isInvitation(draft)) return undefined;
  return draft.memo("invitation-occasion", () => {
    const subject = draft.subject;
    const inSubject = firstMatch(OCCASION, subject.scan);
    if (inSubject) return { field: "subject" as const, ...inSubject };
    const location = draft.location;
    const inLocation = firstMatch(OCCASION, location.scan);
    if (inLocation) return { field: "location" as const, ...inLocation };
    // A venue stands for its whole entry: "Yankee Stadium", "The Ivy restaurant".
    const venue = firstMatch(VENUE, location.scan);
    if (!venue) return undefined;
    const entry = locationEntries(location).find(
      (e) => e.start <= venue.start && venue.end <= e.end,
    );
    return { field: "location" as const, ...(entry ?? venue) };
  });
}

function firstMatch(pattern: RegExp, text: string): Span | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function spanOf(span: FieldSpan): FieldSpan {
  return { field: span.field, start: span.start, end: span.end };
}

function overlaps(a: Partial<Span>, b: Span): boolean {
  return a.start !== undefined && a.end !== undefined && a.start < b.end && a.end > b.start;
}

/**
 * A fix that removes what [start, end) is: the whole location entry ("Zoom: https://…; Room 4"
 * loses its first entry and separator), a line of the subject or body that holds nothing else
 * (with its line break), or just the range.
 */
export function removalFix(
  draft: AnalysedDraft,
  field: AnalysedField,
  start: number,
  end: number,
  label: string,
): Fix {
  if (field.field === "location") {
    const span = locationEntryRemoval(field, start, end);
    return replaceFix(field, span.start, span.end, "", label);
  }
  // The draft's shared line index: a fix per link must not re-read the body's lines each time.
  const lines = linesOf(draft, field);
  const line = lines.lineAt(start);
  const alone =
    field.text.slice(line.start, start).trim() === "" &&
    field.text.slice(end, line.end).trim() === "";
  if (alone && end <= line.end) return { ...removeLineFix(field, start, end, lines), label };
  return replaceFix(field, start, end, "", label);
}
