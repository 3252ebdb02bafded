/**
 * The slices of Office.js that Rapport uses, as structural types. Real Office objects satisfy
 * them, and so do the playground's stand-in and the test fakes, without casting whole APIs.
 */
import type { OfficeCallback } from "./office-call";

export interface EmailAddressLike {
  emailAddress: string;
  displayName?: string;
  /** Office.MailboxEnums.RecipientType: "user", "externalUser", "distributionList", "other". */
  recipientType?: string;
}

/** Compose-mode To/Cc/Bcc. */
export interface RecipientsLike {
  getAsync(callback: OfficeCallback<EmailAddressLike[]>): void;
}

export interface ComposeSubjectLike {
  getAsync(callback: OfficeCallback<string>): void;
  setAsync(subject: string, callback: OfficeCallback<void>): void;
}

export interface ComposeBodyLike {
  getAsync(coercionType: Office.CoercionType | string, callback: OfficeCallback<string>): void;
  getTypeAsync?(callback: OfficeCallback<Office.CoercionType | string>): void;
  setAsync(
    data: string,
    options: { coercionType: Office.CoercionType | string },
    callback: OfficeCallback<void>,
  ): void;
  /** Replaces the author's selection in the body (Mailbox 1.1). */
  setSelectedDataAsync?(
    data: string,
    options: { coercionType: Office.CoercionType | string },
    callback: OfficeCallback<void>,
  ): void;
}

/** What item.getSelectedDataAsync reports (Mailbox 1.2): the text and where it is. */
export interface SelectedDataLike {
  /** The selected text; "" (older references: null) when nothing is selected. */
  data: string | null;
  /** "body" or "subject" (Office.MailboxEnums.SourceProperty). */
  sourceProperty: string;
  /** Not in the reference, but Outlook on the web gives them (office-js #800). */
  startPosition?: number;
  endPosition?: number;
}

export interface AttachmentLike {
  name: string;
  /** Inline images are part of the body, not attachments the author chose. */
  isInline?: boolean;
}

export interface NotificationDetailsLike {
  type: Office.MailboxEnums.ItemNotificationMessageType | string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface NotificationMessagesLike {
  replaceAsync(key: string, details: NotificationDetailsLike, callback: OfficeCallback<void>): void;
  removeAsync(key: string, callback: OfficeCallback<void>): void;
}

export interface SessionDataLike {
  getAsync(name: string, callback: OfficeCallback<string>): void;
  setAsync(name: string, value: string, callback: OfficeCallback<void>): void;
}

export type HandlerEventType = Office.EventType | string;

/** Office.SharedProperties (Mailbox 1.8): the mailbox a shared or delegated item belongs to. */
export interface SharedPropertiesLike {
  owner: string;
  targetMailbox?: string;
  delegatePermissions?: number;
}

/** Office.LocationDetails (Mailbox 1.8): one of an appointment's enhanced locations (a room, a place). */
export interface LocationDetailsLike {
  displayName: string;
  /** Rooms only. */
  emailAddress?: string;
  locationIdentifier?: { id: string; type: string };
}

/** Office.EnhancedLocation (Mailbox 1.8), as far as Rapport reads it. */
export interface EnhancedLocationLike {
  getAsync(callback: OfficeCallback<LocationDetailsLike[]>): void;
}

/** Office.Time: an appointment's start or end being organised (UTC Date). */
export interface TimeLike {
  getAsync(callback: OfficeCallback<Date>): void;
}

/**
 * The item being composed: a message (To/Cc/Bcc) or, with itemType "appointment", a meeting
 * invitation being organised (Office.AppointmentCompose: required and optional attendees,
 * Location, enhanced locations, start and end, the organizer).
 */
export interface ComposeItemLike {
  itemType?: Office.MailboxEnums.ItemType | string;
  /** Messages only. */
  to?: RecipientsLike;
  cc?: RecipientsLike;
  bcc?: RecipientsLike;
  subject: ComposeSubjectLike;
  body: ComposeBodyLike;
  /** Appointments only: the Location text (Office.Location's getAsync/setAsync). */
  location?: ComposeSubjectLike;
  /** Appointments only. Resources (rooms, equipment) are not read: nobody reads an invitation there. */
  requiredAttendees?: RecipientsLike;
  optionalAttendees?: RecipientsLike;
  enhancedLocation?: EnhancedLocationLike;
  start?: TimeLike;
  end?: TimeLike;
  /** Appointments: the organiser (Mailbox 1.7). */
  organizer?: { getAsync(callback: OfficeCallback<EmailAddressLike>): void };
  from?: { getAsync(callback: OfficeCallback<EmailAddressLike>): void };
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentLike[]>): void;
  getSelectedDataAsync?(
    coercionType: Office.CoercionType | string,
    callback: OfficeCallback<SelectedDataLike>,
  ): void;
  notificationMessages?: NotificationMessagesLike;
  sessionData?: SessionDataLike;
  getInitializationContextAsync?(callback: OfficeCallback<string>): void;
  getSharedPropertiesAsync?(callback: OfficeCallback<SharedPropertiesLike>): void;
  addHandlerAsync?(
    eventType: HandlerEventType,
    handler: (event: unknown) => void,
    callback?: OfficeCallback<void>,
  ): void;
  removeHandlerAsync?(eventType: HandlerEventType, callback?: OfficeCallback<void>): void;
}

/**
 * A received (or sent) message being read, or, with itemType "appointment", a meeting the user
 * attends (Office.AppointmentRead: organizer, attendees, Location text, start and end as Dates).
 */
export interface ReadItemLike {
  itemType?: Office.MailboxEnums.ItemType | string;
  subject: string;
  from?: EmailAddressLike | null;
  sender?: EmailAddressLike | null;
  /** When the message was created (read mode: a Date, Mailbox 1.0). */
  dateTimeCreated?: Date;
  to?: EmailAddressLike[];
  cc?: EmailAddressLike[];
  /** Appointments only. */
  organizer?: EmailAddressLike | null;
  requiredAttendees?: EmailAddressLike[];
  optionalAttendees?: EmailAddressLike[];
  location?: string;
  enhancedLocation?: EnhancedLocationLike;
  start?: Date;
  end?: Date;
  body: {
    getAsync(coercionType: Office.CoercionType | string, callback: OfficeCallback<string>): void;
  };
  attachments?: AttachmentLike[];
  notificationMessages?: NotificationMessagesLike;
  getSharedPropertiesAsync?(callback: OfficeCallback<SharedPropertiesLike>): void;
}

export type MailItemLike = ComposeItemLike | ReadItemLike;

/** Office.context.mailbox, as far as Rapport needs it. */
export interface MailboxLike {
  item: MailItemLike | null | undefined;
  userProfile?: { emailAddress: string; displayName?: string };
  addHandlerAsync?(
    eventType: HandlerEventType,
    handler: (event: unknown) => void,
    callback?: OfficeCallback<void>,
  ): void;
  removeHandlerAsync?(eventType: HandlerEventType, callback?: OfficeCallback<void>): void;
}

/** Compose items expose To as an object with getAsync; read items as a plain array. */
export function isComposeItem(item: MailItemLike): item is ComposeItemLike {
  return typeof item.subject !== "string";
}

/**
 * A meeting invitation, organised or attended: Office.MailboxEnums.ItemType.Appointment is the
 * string "appointment"; an item that has attendees and no To line is one too (stand-ins).
 */
export function isAppointmentItem(item: MailItemLike): boolean {
  if (item.itemType !== undefined) return String(item.itemType) === "appointment";
  return "requiredAttendees" in item && !("to" in item);
}
