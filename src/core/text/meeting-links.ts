/**
 * What a meeting platform's web address says: which platform, whether it joins a meeting (or is
 * one of the helper links a meeting block carries: local numbers, meeting options, help pages),
 * and which meeting it is, so the same meeting written twice (an anchor and its address in the
 * text) is one meeting.
 */

export type MeetingPlatform = "teams" | "zoom" | "webex" | "google-meet";

/** Hosts by platform: vanity and regional hosts included (us02web.zoom.us, firm.webex.com). */
const HOSTS: readonly { platform: MeetingPlatform; host: RegExp }[] = [
  { platform: "teams", host: /(?:^|\.)teams\.(?:microsoft|live|microsoft\.us)\.com$/ },
  { platform: "teams", host: /(?:^|\.)teams\.microsoft\.us$/ },
  { platform: "zoom", host: /(?:^|\.)zoom(?:gov)?\.(?:us|com)$/ },
  { platform: "webex", host: /(?:^|\.)webex\.com$/ },
  { platform: "google-meet", host: /^meet\.google\.com$/ },
  { platform: "google-meet", host: /^g\.co$/ },
];

/** Paths of helper pages: not a meeting of their own (a block's "Find a local number", "Meeting options"). */
const HELPER_PATH: Readonly<Record<MeetingPlatform, RegExp>> = {
  teams: /^\/(?:meetingoptions|usp\/|download|[a-z]{2}-[a-z]{2}\/microsoft-teams)/i,
  zoom: /^(?:\/(?:u\/|zoomconference|download|support|test|signin|signup|pricing|privacy|legal)|\/?$)/i,
  webex: /(?:globalcallin|^\/support|^\/?$)/i,
  "google-meet": /^\/?$/,
};

/** Hosts that only ever serve helper pages. */
const HELPER_HOST =
  /^(?:dialin\.teams\.microsoft\.com|help\.webex\.com|support\.zoom\.us|support\.google\.com|(?:www\.)?zoom\.com)$/;

export interface MeetingAddress {
  platform: MeetingPlatform;
  /** False for a helper page (local numbers, meeting options, help) that joins no meeting. */
  joins: boolean;
  /** The same meeting gives the same key, however the address is written (scheme, case, query). */
  key: string;
}

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s<>]+)(?::\d+)?([^?#\s<>]*)/i;

/** What a web address says about a meeting, or undefined when it is no meeting platform's. */
export function meetingAddress(url: string): MeetingAddress | undefined {
  const m = ADDRESS.exec(url.trim());
  if (!m) return undefined;
  const host = m[1]!.toLowerCase();
  const path = m[2] ?? "";
  let platform: MeetingPlatform | undefined;
  for (const entry of HOSTS) {
    if (entry.host.test(host)) {
      platform = entry.platform;
      break;
    }
  }
  if (!platform) return undefined;
  // g.co serves many things; only g.co/meet/… is Google Meet.
  if (host === "g.co" && !/^\/meet\b/i.test(path)) return undefined;
  const joins = !HELPER_HOST.test(host) && !HELPER_PATH[platform].test(path);
  return { platform, joins, key: `${platform}:${host}${path.replace(/\/+$/, "").toLowerCase()}` };
}

/** The platform of a meeting address (helper pages included), or undefined. */
export function meetingPlatformOf(url: string): MeetingPlatform | undefined {
  return meetingAddress(url)?.platform;
}
