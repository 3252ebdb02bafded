/**
 * Whether the organiser of an invitation turned on a Teams meeting, as far as an add-in can tell.
 *
 * Office.js has no property for it: AppointmentCompose and AppointmentRead expose attendees,
 * location, enhanced locations, start, end, body, recurrence and so on, but no online-meeting
 * flag or join URL (@types/office-js, Mailbox 1.1-1.15; isAllDayEvent is a preview API and says
 * nothing about meetings). Graph's event resource has isOnlineMeeting / onlineMeetingProvider,
 * but only for a saved item, through another permission: not read here.
 *
 * What is visible is what the toggle writes into the item: the join block Teams inserts into
 * the body ("Microsoft Teams meeting" / "Microsoft Teams Need help?", then a
 * teams.microsoft.com/l/meetup-join/ link). That block is read as the invitation's online
 * meeting. Not detectable: a toggle whose block is not (yet) in the body, for instance where a
 * client adds the join details only when the invitation is saved or sent; then the Location
 * Outlook fills in ("Microsoft Teams Meeting") is what the checks still see.
 *
 * Zoom and Webex blocks are left to the checks, which read their links in the body: their
 * add-ins insert ordinary links, and a personal meeting room in a signature must not turn an
 * invitation into a Zoom meeting.
 */
import type { OnlineMeeting } from "../core/draft";

/** A scheduled Teams meeting's join address (work accounts and Teams free). */
const TEAMS_JOIN_URL =
  /https:\/\/(?:teams\.microsoft\.com\/l\/meetup-join\/|teams\.live\.com\/meet\/)[^\s"'<>]+/i;
/** The heading of the block Outlook inserts when the Teams meeting toggle is on. */
const TEAMS_BLOCK_HEADING =
  /Microsoft\s+Teams(?:\s|&nbsp;|<[^<>]{0,200}>)+(?:meeting|Need\s+help)/i;

/** The Teams meeting whose join block is in this HTML (or plain-text) body, if any. */
export function onlineMeetingInBody(body: string): OnlineMeeting | undefined {
  const link = TEAMS_JOIN_URL.exec(body);
  if (!link || !TEAMS_BLOCK_HEADING.test(body)) return undefined;
  return { platform: "teams", url: decodeEntities(link[0]) };
}

function decodeEntities(url: string): string {
  return url.replace(/&amp;/gi, "&");
}
