/**
 * The slices of Office.js that Rapport uses, as structural types. Real Office objects satisfy
 * them, and so do the playground's stand-in and the test fakes, without casting whole APIs.
 */
import type { OfficeCallback } from "./office-call";

export interface EmailAddressLike {
  emailAddress: string;
  displayName?: string;
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

/** The message being composed. */
export interface ComposeItemLike {
  itemType?: Office.MailboxEnums.ItemType | string;
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc?: RecipientsLike;
  subject: ComposeSubjectLike;
  body: ComposeBodyLike;
  /** Appointments only: the Location text (Office.Location's getAsync/setAsync). */
  location?: ComposeSubjectLike;
  from?: { getAsync(callback: OfficeCallback<EmailAddressLike>): void };
  getAttachmentsAsync?(callback: OfficeCallback<AttachmentLike[]>): void;
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

/** A received (or sent) message being read. */
export interface ReadItemLike {
  itemType?: Office.MailboxEnums.ItemType | string;
  subject: string;
  from?: EmailAddressLike | null;
  sender?: EmailAddressLike | null;
  to?: EmailAddressLike[];
  cc?: EmailAddressLike[];
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
