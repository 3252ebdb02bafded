/**
 * The item being written in the playground's compose window (a message, or a meeting invitation
 * after "New meeting"): the one state that the compose UI, the stand-in Office object and the
 * send flow share. Plain observable store (useSyncExternalStore), so the stand-in can read and
 * write it without React.
 */
import { sanitizeBodyHtml } from "./sanitize";

/** To/Cc/Bcc of a message; Required/Optional attendees of an invitation. */
export type RecipientField = "to" | "cc" | "bcc" | "required" | "optional";

export type ComposeKind = "message" | "appointment";

/** The recipient fields each kind of item has, in the order the compose window shows them. */
export const RECIPIENT_FIELDS_OF: Readonly<Record<ComposeKind, readonly RecipientField[]>> = {
  message: ["to", "cc", "bcc"],
  appointment: ["required", "optional"],
};

export interface ComposeRecipient {
  emailAddress: string;
  displayName: string;
}

export interface ComposeAttachment {
  id: string;
  name: string;
  size: number;
}

export type NotificationKind =
  "informationalMessage" | "errorMessage" | "progressIndicator" | "insightMessage";

export interface ComposeNotification {
  key: string;
  kind: NotificationKind;
  message: string;
}

export interface ComposeState {
  /** A message (the default) or a meeting invitation. */
  kind: ComposeKind;
  /** Raw text of the recipient fields, as typed: "Megge Anderson <megge@…>; dan@…". */
  to: string;
  cc: string;
  bcc: string;
  /** Invitations: required and optional attendees, as typed. */
  required: string;
  optional: string;
  /** Invitations: the Location field as typed (places separated by "; "). */
  location: string;
  /** Invitations: start and end as the form's local date-time ("2025-03-12T10:00"). */
  start: string;
  end: string;
  subject: string;
  /** Sanitized HTML of the body. */
  bodyHtml: string;
  /** Bumped when the body is set from outside the editor, so the editor re-renders its content. */
  bodyRevision: number;
  attachments: ComposeAttachment[];
  notifications: ComposeNotification[];
}

export const EMPTY_COMPOSE: ComposeState = {
  kind: "message",
  to: "",
  cc: "",
  bcc: "",
  required: "",
  optional: "",
  location: "",
  start: "",
  end: "",
  subject: "",
  bodyHtml: "",
  bodyRevision: 0,
  attachments: [],
  notifications: [],
};

/** "Name <a@b>", "a@b", "<a@b>": split on ; or , and read each entry. */
export function parseRecipients(raw: string): ComposeRecipient[] {
  const result: ComposeRecipient[] = [];
  for (const part of raw.split(/[;,\n]/)) {
    const entry = part.trim();
    if (!entry) continue;
    const angled = /^(.*?)<([^<>]*)>\s*$/.exec(entry);
    if (angled) {
      const address = angled[2]!.trim();
      const name = angled[1]!.trim().replace(/^"|"$/g, "");
      result.push({ emailAddress: address, displayName: name || address });
    } else {
      result.push({ emailAddress: entry, displayName: entry });
    }
  }
  return result;
}

/** The inverse of parseRecipients, for writing recipients back into a field. */
export function formatRecipients(recipients: readonly ComposeRecipient[]): string {
  return recipients
    .map((r) =>
      r.displayName && r.displayName !== r.emailAddress
        ? `${r.displayName} <${r.emailAddress}>`
        : r.emailAddress,
    )
    .join("; ");
}

/** Lower-case addresses only: what decides whether "the recipients changed". */
export function recipientKey(raw: string): string {
  return parseRecipients(raw)
    .map((r) => r.emailAddress.toLowerCase())
    .join(";");
}

type Listener = () => void;

export class ComposeModel {
  private state: ComposeState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<ComposeState> = {}) {
    this.state = { ...EMPTY_COMPOSE, ...initial };
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ComposeState => this.state;

  private update(patch: Partial<ComposeState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  getRecipients(field: RecipientField): ComposeRecipient[] {
    return parseRecipients(this.state[field]);
  }

  /** Typed by the author. */
  setRecipientText(field: RecipientField, text: string): void {
    this.update({ [field]: text });
  }

  /** Written by the add-in (setAsync / addAsync). */
  setRecipients(field: RecipientField, recipients: readonly ComposeRecipient[]): void {
    this.update({ [field]: formatRecipients(recipients) });
  }

  setSubject(subject: string): void {
    this.update({ subject });
  }

  /** An invitation's Location, typed or written by the add-in (location.setAsync). */
  setLocation(location: string): void {
    this.update({ location });
  }

  /** An invitation's start or end ("2025-03-12T10:00", the form's local time). */
  setTime(which: "start" | "end", value: string): void {
    this.update({ [which]: value });
  }

  /** From the editor itself: it already shows this content, so no re-render of the editor. */
  setBodyFromEditor(html: string): void {
    this.update({ bodyHtml: html });
  }

  /** From outside the editor (a fix, a sample draft): sanitized, and the editor is told to redraw. */
  setBodyHtml(html: string): void {
    this.update({ bodyHtml: sanitizeBodyHtml(html), bodyRevision: this.state.bodyRevision + 1 });
  }

  setAttachments(attachments: ComposeAttachment[]): void {
    this.update({ attachments });
  }

  showNotification(notification: ComposeNotification): void {
    const others = this.state.notifications.filter((n) => n.key !== notification.key);
    this.update({ notifications: [...others, notification] });
  }

  removeNotification(key: string): boolean {
    const remaining = this.state.notifications.filter((n) => n.key !== key);
    if (remaining.length === this.state.notifications.length) return false;
    this.update({ notifications: remaining });
    return true;
  }

  /** Load a whole message (sample drafts) or clear it (after sending). */
  replaceMessage(message: Partial<Omit<ComposeState, "bodyRevision">>): void {
    const next: ComposeState = {
      ...EMPTY_COMPOSE,
      ...message,
      bodyHtml: sanitizeBodyHtml(message.bodyHtml ?? ""),
      bodyRevision: this.state.bodyRevision + 1,
    };
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** A Date as the form's local date-time value: "2025-03-12T10:00". */
export function localDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The times a new meeting starts with: tomorrow at `hour`:00, for `minutes` minutes. */
export function newMeetingTimes(
  now: Date,
  hour = 10,
  minutes = 30,
): Pick<ComposeState, "start" | "end"> {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hour, 0);
  const end = new Date(start.getTime() + minutes * 60_000);
  return { start: localDateTime(start), end: localDateTime(end) };
}
