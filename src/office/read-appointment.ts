/**
 * Read a meeting invitation into the core Draft (`kind: "appointment"`), the model messages use
 * too, so the checks stay the same code. Being organised (Office.AppointmentCompose): required
 * and optional attendees, the organiser, subject, the Location text, the enhanced locations'
 * display names (Mailbox 1.8), start and end, the HTML body and attachment names; resources
 * (rooms, equipment) are not read: nobody reads an invitation there. Each part is one Office
 * call through the queue (three at a time), so a whole invitation costs ten calls in four rounds.
 *
 * The online meeting comes from the body: Office.js exposes no Teams toggle (online-meeting.ts).
 */
import type { Draft, Recipient, RecipientKind } from "../core/draft";
import { isSmtpAddress } from "../core/unchecked";
import { officeCall } from "./office-call";
import type {
  AttachmentLike,
  ComposeItemLike,
  EmailAddressLike,
  EnhancedLocationLike,
  LocationDetailsLike,
  MailboxLike,
  ReadItemLike,
  RecipientsLike,
  TimeLike,
} from "./office-types";
import { onlineMeetingInBody } from "./online-meeting";
import {
  attachmentNames,
  bodyRead,
  fromDetail,
  HTML,
  sharedOwner,
  signedInUser,
  toRecipient,
  withUser,
} from "./read-item";

type AttendeeKind = Extract<RecipientKind, "required" | "optional">;

function readAttendees(line: RecipientsLike | undefined, kind: AttendeeKind): Promise<Recipient[]> {
  if (!line) return Promise.resolve([]);
  return officeCall<EmailAddressLike[]>(`read the ${kind} attendees`, (done) =>
    line.getAsync(done),
  ).then((details) => (details ?? []).map((detail) => toRecipient(detail, kind)));
}

/** Required, then optional attendees (two calls). Unresolved entries keep their empty address. */
export async function readAppointmentAttendees(item: ComposeItemLike): Promise<Recipient[]> {
  const [required, optional] = await Promise.all([
    readAttendees(item.requiredAttendees, "required"),
    readAttendees(item.optionalAttendees, "optional"),
  ]);
  return [...required, ...optional];
}

/** What changes with no event of its own: subject, Location text, body and attachment names. */
export type AppointmentContent = Pick<Draft, "subject" | "location" | "body" | "attachments"> & {
  /** The Teams meeting whose join block is in the body; undefined when there is none. */
  onlineMeeting: Draft["onlineMeeting"];
};

/** Subject, Location, HTML body and attachment names: four calls, two rounds of the queue. */
export async function readAppointmentContent(item: ComposeItemLike): Promise<AppointmentContent> {
  const location = item.location;
  const getAttachments = item.getAttachmentsAsync?.bind(item);
  const [subject, locationText, html, attachments] = await Promise.all([
    officeCall<string>("read the subject", (done) => item.subject.getAsync(done)),
    location
      ? officeCall<string>("read the location", (done) => location.getAsync(done))
      : Promise.resolve(""),
    officeCall<string>("read the invitation's body", (done) => item.body.getAsync(HTML, done)),
    getAttachments
      ? officeCall<AttachmentLike[]>("read the attachments", (done) => getAttachments(done))
      : Promise.resolve([]),
  ]);
  const content = bodyRead(html, "read the invitation's body");
  return {
    subject: subject ?? "",
    location: locationText ?? "",
    body: { format: "html", content },
    attachments: attachmentNames(attachments),
    onlineMeeting: onlineMeetingInBody(content),
  };
}

/** The enhanced locations (rooms, places) as Office gives them; rejects when they cannot be read. */
export function readLocationDetails(
  enhanced: EnhancedLocationLike,
): Promise<LocationDetailsLike[]> {
  return officeCall<LocationDetailsLike[]>("read the locations", (done) => enhanced.getAsync(done));
}

/** The display names of the enhanced locations (rooms, places); [] on clients before Mailbox 1.8. */
export async function readEnhancedLocations(
  enhanced: EnhancedLocationLike | undefined,
): Promise<string[]> {
  return enhanced ? locationNames(await readLocationDetails(enhanced)) : [];
}

/** Display names, trimmed, empty ones left out: what EnhancedLocationsChanged carries too. */
export function locationNames(details: readonly LocationDetailsLike[] | undefined): string[] {
  return (details ?? []).map((detail) => (detail.displayName ?? "").trim()).filter(Boolean);
}

/**
 * Start or end as ISO 8601 (UTC, as Office gives them). No check reads the times, so a client
 * that cannot give them costs the draft its times, not its check.
 */
async function readTime(time: TimeLike | undefined, which: string): Promise<string | undefined> {
  if (!time) return undefined;
  try {
    return isoTime(await officeCall<Date>(`read the ${which} time`, (done) => time.getAsync(done)));
  } catch {
    return undefined;
  }
}

export function isoTime(value: Date | string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The organiser (Mailbox 1.7), else the shared mailbox's owner, else the signed-in user. */
async function readOrganizer(item: ComposeItemLike, mailbox: MailboxLike): Promise<Draft["from"]> {
  const organizer = item.organizer;
  if (organizer) {
    try {
      const detail = await officeCall<EmailAddressLike>("read the organizer", (done) =>
        organizer.getAsync(done),
      );
      if (detail?.emailAddress && isSmtpAddress(detail.emailAddress)) return fromDetail(detail);
    } catch {
      // Older clients: the folder's owner, then the signed-in user.
    }
  }
  return (await sharedOwner(item)) ?? signedInUser(mailbox);
}

/** Put the optional parts on the draft only when there is something to say. */
function withOptionalParts(
  draft: Draft,
  parts: Pick<Draft, "from" | "locations" | "start" | "end" | "onlineMeeting">,
): Draft {
  if (parts.locations && parts.locations.length > 0) draft.locations = parts.locations;
  if (parts.start) draft.start = parts.start;
  if (parts.end) draft.end = parts.end;
  if (parts.onlineMeeting) draft.onlineMeeting = parts.onlineMeeting;
  if (parts.from) draft.from = parts.from;
  return draft;
}

/** Everything the checks need from an invitation being organised. */
export async function readAppointmentDraft(
  item: ComposeItemLike,
  mailbox: MailboxLike,
): Promise<Draft> {
  const [recipients, content, locations, start, end, from] = await Promise.all([
    readAppointmentAttendees(item),
    readAppointmentContent(item),
    readEnhancedLocations(item.enhancedLocation),
    readTime(item.start, "start"),
    readTime(item.end, "end"),
    readOrganizer(item, mailbox),
  ]);
  const { onlineMeeting, ...fields } = content;
  const draft = withOptionalParts(
    { kind: "appointment", recipients, ...fields },
    { from, locations, start, end, onlineMeeting },
  );
  return withUser(draft, mailbox);
}

/**
 * An invitation being read (the attendee's view): the organiser first, as a "required" recipient
 * whose profile the pane shows, then the attendees; the mailbox's owner is the author.
 */
export async function readAppointmentReadDraft(
  item: ReadItemLike,
  mailbox: MailboxLike,
): Promise<Draft> {
  const [html, locations, owner] = await Promise.all([
    officeCall<string>("read the invitation's body", (done) => item.body.getAsync(HTML, done)),
    // The pane only shows profiles here: a client that cannot list the rooms loses nothing.
    readEnhancedLocations(item.enhancedLocation).catch(() => [] as string[]),
    sharedOwner(item),
  ]);
  const content = bodyRead(html, "read the invitation's body");
  const recipients: Recipient[] = [
    ...(item.organizer ? [toRecipient(item.organizer, "required")] : []),
    ...(item.requiredAttendees ?? []).map((detail) => toRecipient(detail, "required")),
    ...(item.optionalAttendees ?? []).map((detail) => toRecipient(detail, "optional")),
  ];
  const draft = withOptionalParts(
    {
      kind: "appointment",
      recipients,
      subject: item.subject ?? "",
      location: item.location ?? "",
      body: { format: "html", content },
      attachments: attachmentNames(item.attachments),
    },
    {
      from: owner ?? signedInUser(mailbox),
      locations,
      start: isoTime(item.start),
      end: isoTime(item.end),
      onlineMeeting: onlineMeetingInBody(content),
    },
  );
  return withUser(draft, mailbox);
}
