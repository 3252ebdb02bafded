/**
 * Hand-made fakes of the Office.js objects Rapport touches (office-addin-mock is not installed).
 * Every async call answers on a later microtask, like Outlook; any operation can be told to fail
 * or to hang (never call back). Reusable by the playground's tests.
 */
import type { AsyncResultLike, OfficeCallback } from "../../src/office/office-call";
import type {
  AttachmentLike,
  ComposeItemLike,
  EmailAddressLike,
  MailboxLike,
  NotificationDetailsLike,
  ReadItemLike,
} from "../../src/office/office-types";

export type FakeBehaviour = "ok" | "fail" | "hang";

export type FakeOperation =
  | "to"
  | "cc"
  | "bcc"
  | "subject.get"
  | "subject.set"
  | "body.get"
  | "body.getType"
  | "body.set"
  | "body.setSelected"
  | "selection.get"
  | "attachments"
  | "from"
  | "notification.replace"
  | "notification.remove"
  | "sessionData.get"
  | "sessionData.set"
  | "initializationContext"
  | "sharedProperties";

export interface FakeComposeState {
  to: EmailAddressLike[];
  cc: EmailAddressLike[];
  bcc: EmailAddressLike[];
  subject: string;
  body: string;
  bodyType: "html" | "text";
  attachments: AttachmentLike[];
  from?: EmailAddressLike;
  initializationContext?: string;
  /** The author's selection, as offsets into `body` (the fake selects in the raw content). */
  selection?: { start: number; end: number; sourceProperty?: string };
  /** The owner of the shared or delegated mailbox the item is in; unset for one's own. */
  sharedOwner?: string;
  /**
   * A text body's Text read as Outlook gives it, from the body as the author sees it (default:
   * as it is): CRLF line ends (classic Outlook), line breaks dropped (Outlook on the web, #2151).
   */
  textRead?: (body: string) => string;
}

/** A text body's HTML read: one line per `<div>`, text escaped (an empty line as `<br>`). */
function textBodyAsHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<div>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;") || "<br>"}</div>`)
    .join("");
}

export const FAKE_ERROR = { code: 9002, name: "GenericResponseError", message: "The host failed." };

export interface FakeComposeItem {
  item: ComposeItemLike;
  state: FakeComposeState;
  /** Operations in the order they were called. */
  calls: FakeOperation[];
  notifications: Map<string, NotificationDetailsLike>;
  sessionData: Map<string, string>;
  handlers: Map<string, (event: unknown) => void>;
  /** Change how an operation answers from now on. */
  behave(operation: FakeOperation, behaviour: FakeBehaviour): void;
  /** Calls whose callbacks are being withheld ("hang"). */
  pending: FakeOperation[];
}

function answer<T>(
  operation: FakeOperation,
  behaviours: Map<FakeOperation, FakeBehaviour>,
  pending: FakeOperation[],
  callback: OfficeCallback<T> | undefined,
  value: () => T,
): void {
  const behaviour = behaviours.get(operation) ?? "ok";
  if (behaviour === "hang") {
    pending.push(operation);
    return;
  }
  const result: AsyncResultLike<T> =
    behaviour === "fail"
      ? { status: "failed", value: undefined as T, error: FAKE_ERROR }
      : { status: "succeeded", value: value() };
  void Promise.resolve().then(() => callback?.(result));
}

export function createFakeComposeItem(
  initial: Partial<FakeComposeState> = {},
  behaviour: Partial<Record<FakeOperation, FakeBehaviour>> = {},
): FakeComposeItem {
  const state: FakeComposeState = {
    to: [],
    cc: [],
    bcc: [],
    subject: "",
    body: "",
    bodyType: "html",
    attachments: [],
    ...initial,
  };
  const behaviours = new Map(Object.entries(behaviour) as [FakeOperation, FakeBehaviour][]);
  const calls: FakeOperation[] = [];
  const pending: FakeOperation[] = [];
  const notifications = new Map<string, NotificationDetailsLike>();
  const sessionData = new Map<string, string>();
  const handlers = new Map<string, (event: unknown) => void>();

  const call = <T>(
    operation: FakeOperation,
    callback: OfficeCallback<T> | undefined,
    value: () => T,
  ) => {
    calls.push(operation);
    answer(operation, behaviours, pending, callback, value);
  };
  const line = (kind: "to" | "cc" | "bcc") => ({
    getAsync: (callback: OfficeCallback<EmailAddressLike[]>) =>
      call(kind, callback, () => state[kind].map((r) => ({ ...r }))),
  });

  const item: ComposeItemLike = {
    itemType: "message",
    to: line("to"),
    cc: line("cc"),
    bcc: line("bcc"),
    subject: {
      getAsync: (callback) => call("subject.get", callback, () => state.subject),
      setAsync: (subject, callback) =>
        call("subject.set", callback, () => {
          state.subject = subject;
        }),
    },
    body: {
      getAsync: (coercion, callback) =>
        call("body.get", callback, () => {
          if (state.bodyType === "text")
            return String(coercion) === "text"
              ? (state.textRead ?? ((body: string) => body))(state.body)
              : textBodyAsHtml(state.body);
          return String(coercion) === "text" ? state.body.replace(/<[^>]*>/g, "") : state.body;
        }),
      getTypeAsync: (callback) => call("body.getType", callback, () => state.bodyType),
      setAsync: (data, _options, callback) =>
        call("body.set", callback, () => {
          state.body = data;
        }),
      setSelectedDataAsync: (data, _options, callback) =>
        call("body.setSelected", callback, () => {
          const at = state.selection ?? { start: 0, end: 0 };
          state.body = state.body.slice(0, at.start) + data + state.body.slice(at.end);
          state.selection = undefined;
        }),
    },
    getSelectedDataAsync: (_coercion, callback) =>
      call("selection.get", callback, () => ({
        data: state.selection ? state.body.slice(state.selection.start, state.selection.end) : "",
        sourceProperty: state.selection?.sourceProperty ?? "body",
      })),
    from: { getAsync: (callback) => call("from", callback, () => state.from as EmailAddressLike) },
    getAttachmentsAsync: (callback) =>
      call("attachments", callback, () => state.attachments.map((a) => ({ ...a }))),
    notificationMessages: {
      replaceAsync: (key, details, callback) =>
        call("notification.replace", callback, () => {
          notifications.set(key, details);
        }),
      removeAsync: (key, callback) =>
        call("notification.remove", callback, () => {
          notifications.delete(key);
        }),
    },
    sessionData: {
      getAsync: (name, callback) =>
        call("sessionData.get", callback, () => sessionData.get(name) ?? ""),
      setAsync: (name, value, callback) =>
        call("sessionData.set", callback, () => {
          sessionData.set(name, value);
        }),
    },
    getInitializationContextAsync: (callback) =>
      call("initializationContext", callback, () => state.initializationContext as string),
    getSharedPropertiesAsync: (callback) => {
      // Outlook fails the call for an item in the user's own mailbox.
      if (!state.sharedOwner && (behaviours.get("sharedProperties") ?? "ok") === "ok") {
        calls.push("sharedProperties");
        void Promise.resolve().then(() =>
          callback({ status: "failed", value: undefined as never, error: FAKE_ERROR }),
        );
        return;
      }
      call("sharedProperties", callback, () => ({ owner: state.sharedOwner as string }));
    },
    addHandlerAsync: (eventType, handler, callback) => {
      handlers.set(String(eventType), handler);
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: undefined }));
    },
    removeHandlerAsync: (eventType, callback) => {
      handlers.delete(String(eventType));
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: undefined }));
    },
  };

  return {
    item,
    state,
    calls,
    notifications,
    sessionData,
    handlers,
    pending,
    behave: (operation, value) => behaviours.set(operation, value),
  };
}

export interface FakeReadItemState {
  /** The owner of the shared or delegated mailbox the item is in; unset for one's own. */
  sharedOwner?: string;
  subject: string;
  from: EmailAddressLike;
  to: EmailAddressLike[];
  cc: EmailAddressLike[];
  body: string;
  attachments: AttachmentLike[];
}

export function createFakeReadItem(initial: Partial<FakeReadItemState> = {}): ReadItemLike {
  const state: FakeReadItemState = {
    subject: "",
    from: { emailAddress: "", displayName: "" },
    to: [],
    cc: [],
    body: "",
    attachments: [],
    ...initial,
  };
  return {
    itemType: "message",
    subject: state.subject,
    from: state.from,
    to: state.to,
    cc: state.cc,
    attachments: state.attachments,
    body: {
      getAsync: (_coercion, callback) =>
        void Promise.resolve().then(() => callback({ status: "succeeded", value: state.body })),
    },
    getSharedPropertiesAsync: (callback) =>
      void Promise.resolve().then(() =>
        callback(
          state.sharedOwner
            ? { status: "succeeded", value: { owner: state.sharedOwner } }
            : { status: "failed", value: undefined as never, error: FAKE_ERROR },
        ),
      ),
  };
}

export interface FakeMailbox extends MailboxLike {
  handlers: Map<string, (event: unknown) => void>;
}

export const FAKE_USER = {
  emailAddress: "alex.wilber@lawfirm.example",
  displayName: "Alex Wilber",
};

export function createFakeMailbox(item: ComposeItemLike | ReadItemLike | null): FakeMailbox {
  const handlers = new Map<string, (event: unknown) => void>();
  return {
    item,
    userProfile: { ...FAKE_USER },
    handlers,
    addHandlerAsync: (eventType, handler, callback) => {
      handlers.set(String(eventType), handler);
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: undefined }));
    },
    removeHandlerAsync: (eventType, callback) => {
      handlers.delete(String(eventType));
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: undefined }));
    },
  };
}

/** A global `Office` stand-in: context.mailbox, requirement sets up to `mailboxVersion`, actions. */
export function createFakeOffice(mailbox: MailboxLike, mailboxVersion = "1.15") {
  const associations = new Map<string, (event: unknown) => void>();
  const supported = (version: string) => {
    const [major = 0, minor = 0] = version.split(".").map(Number);
    const [maxMajor = 0, maxMinor = 0] = mailboxVersion.split(".").map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
  return {
    associations,
    context: {
      mailbox,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" && supported(version ?? "1.1"),
      },
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => void) =>
        associations.set(name, handler),
    },
  };
}

/** A launch event whose completed() records every call. */
export function createFakeEvent<Options = unknown>() {
  const completions: (Options | undefined)[] = [];
  return {
    completions,
    completed(options?: Options) {
      completions.push(options);
    },
  };
}

/** Let queued microtasks (fake Office callbacks, awaited promises) run. */
export async function flushMicrotasks(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
