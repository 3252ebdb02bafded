/**
 * Reads meeting invitations from iCalendar (RFC 5545) text with ical.js, a real parser (line
 * unfolding, escaped text, parameters, time zones), into Drafts of kind "appointment": one per
 * VEVENT. Every failure is a DraftReadError whose message names the file and says why.
 */
import ICAL from "ical.js";
import type { Draft, OnlineMeeting, Recipient } from "../core/draft";
import { meetingChannelOf } from "../core/checks/channel-proposals";
import { DraftReadError } from "./draft-read-error";

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/**
 * iTIP methods whose VEVENTs are invitations the author sends. A REPLY (an attendee's answer),
 * a CANCEL and the like are not: an e-mail carrying one is checked as the e-mail it is.
 */
const INVITATION_METHODS = new Set(["", "REQUEST", "PUBLISH", "ADD"]);

/** Parse iCalendar text; `label` names it in errors. Throws when it is not iCalendar at all. */
export function parseCalendar(text: string, label: string): Component {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === "") throw new DraftReadError(label, "the file is empty");
  if (!/^\s*BEGIN:VCALENDAR\b/i.test(source)) {
    throw new DraftReadError(
      label,
      "not an iCalendar file (it does not start with BEGIN:VCALENDAR)",
    );
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(source);
  } catch (error) {
    throw new DraftReadError(
      label,
      `not a readable iCalendar file (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  // Several calendars in one file come back as an array; an invitation is one.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  const calendar = new ICAL.Component(first as unknown[]);
  if (calendar.name !== "vcalendar") {
    throw new DraftReadError(
      label,
      `not an iCalendar file (it holds a ${calendar.name.toUpperCase()})`,
    );
  }
  return calendar;
}

/** True when the calendar's method makes its events invitations (REQUEST, PUBLISH or none). */
export function isInvitationCalendar(calendar: Component): boolean {
  const method = stringValue(calendar.getFirstProperty("method")).toUpperCase();
  return INVITATION_METHODS.has(method);
}

/** Every VEVENT of an .ics file as an invitation draft; a calendar without one is an error. */
export function parseIcs(text: string, label: string): Draft[] {
  const calendar = parseCalendar(text, label);
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length === 0) throw new DraftReadError(label, "the calendar holds no event (VEVENT)");
  return events.map((event, index) => readEvent(event, index, label));
}

/** One event as a draft; a value that cannot be read names the file, the event and the property. */
export function readEvent(event: Component, index: number, label: string): Draft {
  try {
    return eventDraft(event);
  } catch (error) {
    throw new DraftReadError(
      label,
      `event ${index + 1}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** One VEVENT as a Draft of kind "appointment"; throws an Error naming the property it cannot read. */
function eventDraft(event: Component): Draft {
  const organizer = event.getFirstProperty("organizer");
  const from = organizer ? person(organizer) : undefined;
  const recipients: Recipient[] = [];
  for (const attendee of event.getAllProperties("attendee")) {
    // Rooms and equipment are booked, not invited: nobody there reads the invitation.
    const cutype = String(attendee.getParameter("cutype") ?? "").toUpperCase();
    if (cutype === "RESOURCE" || cutype === "ROOM") continue;
    const entry = person(attendee);
    if (!entry) continue;
    // OPT-PARTICIPANT is optional; NON-PARTICIPANT (copied for information) receives the
    // invitation too, so it is checked, as an optional attendee. REQ-PARTICIPANT (the default)
    // and CHAIR are required.
    const role = String(attendee.getParameter("role") ?? "").toUpperCase();
    const kind = role === "OPT-PARTICIPANT" || role === "NON-PARTICIPANT" ? "optional" : "required";
    recipients.push({ ...entry, kind });
  }
  const html = event
    .getAllProperties("x-alt-desc")
    .find((p) => /html/i.test(String(p.getParameter("fmttype") ?? "")));
  const body: Draft["body"] = html
    ? { format: "html", content: stringValue(html) }
    : { format: "text", content: stringValue(event.getFirstProperty("description")) };
  const draft: Draft = {
    kind: "appointment",
    ...(from ? { from } : {}),
    recipients,
    subject: stringValue(event.getFirstProperty("summary")),
    body,
    attachments: attachmentNames(event),
  };
  const location = stringValue(event.getFirstProperty("location"));
  if (location !== "") draft.location = location;
  const start = timeOf(event.getFirstProperty("dtstart"), "DTSTART");
  if (start) draft.start = start;
  const end = endOf(event);
  if (end) draft.end = end;
  const online = onlineMeetingOf(event);
  if (online) draft.onlineMeeting = online;
  return draft;
}

/** "mailto:a@b" with CN → { address, name }; an EMAIL parameter when the value is no address. */
function person(property: Property): { address: string; name?: string } | undefined {
  const value = stringValue(property).trim();
  const email = String(property.getParameter("email") ?? "").trim();
  const address = /^mailto:/i.test(value) ? value.replace(/^mailto:/i, "").trim() : email || value;
  if (address === "") return undefined;
  const name = String(property.getParameter("cn") ?? "").trim();
  return name && name.toLowerCase() !== address.toLowerCase() ? { address, name } : { address };
}

function attachmentNames(event: Component): string[] {
  const names: string[] = [];
  for (const attach of event.getAllProperties("attach")) {
    const name = attach.getParameter("x-filename") ?? attach.getParameter("filename") ?? undefined;
    if (typeof name === "string" && name.trim() !== "") names.push(name.trim());
  }
  return names;
}

/**
 * The online meeting the organiser attached: Teams' X-MICROSOFT-SKYPETEAMSMEETINGURL first, then
 * the other online-meeting links Outlook, Google Calendar and RFC 7986 (CONFERENCE) write. A
 * link's host names the platform; a link Rapport cannot place is "other". A telephone bridge
 * (tel:) is not an online meeting.
 */
const ONLINE_MEETING_PROPERTIES: readonly { name: string; platform?: OnlineMeeting["platform"] }[] =
  [
    { name: "x-microsoft-skypeteamsmeetingurl", platform: "teams" },
    { name: "x-microsoft-onlinemeetingexternallink" },
    { name: "x-microsoft-onlinemeetingconflink" },
    { name: "x-google-conference", platform: "google-meet" },
    { name: "conference" },
  ];

function onlineMeetingOf(event: Component): OnlineMeeting | undefined {
  let other: OnlineMeeting | undefined;
  for (const { name, platform } of ONLINE_MEETING_PROPERTIES) {
    for (const property of event.getAllProperties(name)) {
      const url = stringValue(property).trim();
      if (url === "" || /^tel:/i.test(url)) continue;
      const known = meetingChannelOf(url);
      const found =
        known === "teams" || known === "zoom" || known === "webex" || known === "google-meet"
          ? known
          : platform;
      if (found) return { platform: found, url };
      other ??= { platform: "other", url };
    }
  }
  return other;
}

function endOf(event: Component): string | undefined {
  const dtend = event.getFirstProperty("dtend");
  if (dtend) return timeOf(dtend, "DTEND");
  if (!event.getFirstProperty("duration") || !event.getFirstProperty("dtstart")) return undefined;
  try {
    return isoOf(new ICAL.Event(event).endDate);
  } catch {
    throw new Error("DURATION is not a duration (such as PT1H)");
  }
}

/** ical.js reads a value when asked: a malformed date surfaces here, named. */
function timeOf(property: Property | null, name: string): string | undefined {
  if (!property) return undefined;
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    value = undefined;
  }
  if (!(value instanceof ICAL.Time)) {
    throw new Error(`${name} is not a date or date-time (such as 20260717T150000)`);
  }
  return isoOf(value);
}

/**
 * ISO 8601: a date for all-day events, UTC with "Z", a zoned time with the offset its VTIMEZONE
 * gives for that moment, and a floating time (or a TZID the file does not define) without one.
 */
export function isoOf(time: Time): string {
  const local = time.toString();
  if (time.isDate) return local;
  const zone = time.zone;
  if (!zone || zone.tzid === "floating") return local.replace(/Z$/, "");
  if (zone.tzid === "UTC") return local.endsWith("Z") ? local : `${local}Z`;
  const offset = zone.utcOffset(time);
  const sign = offset < 0 ? "-" : "+";
  const minutes = Math.abs(offset) / 60;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}

/** A property's value as text ("" when absent); ical.js has unescaped it already. */
function stringValue(property: Property | null | undefined): string {
  if (!property) return "";
  const value = property.getFirstValue();
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
