/**
 * Hand-made fakes of Outlook's appointment items (Office.AppointmentCompose and
 * AppointmentRead), in the manner of fake-office.ts: every async call answers on a later
 * macrotask, any operation can fail or hang, and the fake counts how many calls Office had
 * unanswered at once (Outlook on the web refuses a fourth).
 */
import type { AsyncResultLike, OfficeCallback } from "../../src/office/office-call";
import type {
  AttachmentLike,
  ComposeItemLike,
  EmailAddressLike,
  LocationDetailsLike,
  NotificationDetailsLike,
  ReadItemLike,
} from "../../src/office/office-types";
import { FAKE_ERROR, type FakeBehaviour } from "./fake-office";

export type FakeAppointmentOperation =
  | "required"
  | "optional"
  | "resources"
  | "subject.get"
  | "subject.set"
  | "location.get"
  | "location.set"
  | "enhancedLocation"
  | "start"
  | "end"
  | "body.get"
  | "body.getType"
  | "body.set"
  | "attachments"
  | "organizer"
  | "sharedProperties"
  | "notification.replace"
  | "notification.remove"
  | "sessionData.get"
  | "sessionData.set";

export interface FakeAppointmentState {
  required: EmailAddressLike[];
  optional: EmailAddressLike[];
  /** Rooms and equipment: never to be read as recipients. */
  resources: EmailAddressLike[];
  subject: string;
  location: string;
  enhancedLocations: LocationDetailsLike[];
  start: Date;
  end: Date;
  body: string;
  bodyType: "html" | "text";
  attachments: AttachmentLike[];
  organizer?: EmailAddressLike;
  sharedOwner?: string;
}

export interface FakeAppointment {
  item: ComposeItemLike & { resources: { getAsync(cb: OfficeCallback<EmailAddressLike[]>): void } };
  state: FakeAppointmentState;
  calls: FakeAppointmentOperation[];
  notifications: Map<string, NotificationDetailsLike>;
  /** Handlers by event type, as addHandlerAsync registered them. */
  handlers: Map<string, (event: unknown) => void>;
  /** The most calls Office had unanswered at the same time. */
  maxInFlight(): number;
  behave(operation: FakeAppointmentOperation, behaviour: FakeBehaviour): void;
}

export const APPOINTMENT_START = new Date("2025-03-12T10:00:00.000Z");
export const APPOINTMENT_END = new Date("2025-03-12T10:30:00.000Z");

export function createFakeAppointment(
  initial: Partial<FakeAppointmentState> = {},
  behaviour: Partial<Record<FakeAppointmentOperation, FakeBehaviour>> = {},
): FakeAppointment {
  const state: FakeAppointmentState = {
    required: [],
    optional: [],
    resources: [],
    subject: "",
    location: "",
    enhancedLocations: [],
    start: APPOINTMENT_START,
    end: APPOINTMENT_END,
    body: "",
    bodyType: "html",
    attachments: [],
    ...initial,
  };
  const behaviours = new Map(
    Object.entries(behaviour) as [FakeAppointmentOperation, FakeBehaviour][],
  );
  const calls: FakeAppointmentOperation[] = [];
  const notifications = new Map<string, NotificationDetailsLike>();
  const sessionData = new Map<string, string>();
  const handlers = new Map<string, (event: unknown) => void>();
  let inFlight = 0;
  let maxInFlight = 0;

  const call = <T>(
    operation: FakeAppointmentOperation,
    callback: OfficeCallback<T> | undefined,
    value: () => T,
    /** How the call answers when no behaviour was set for it. */
    otherwise: FakeBehaviour = "ok",
  ) => {
    calls.push(operation);
    const how = behaviours.get(operation) ?? otherwise;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (how === "hang") return;
    // A macrotask, so calls started together are really in flight together.
    setTimeout(() => {
      inFlight--;
      const result: AsyncResultLike<T> =
        how === "fail"
          ? { status: "failed", value: undefined as T, error: FAKE_ERROR }
          : { status: "succeeded", value: value() };
      callback?.(result);
    }, 0);
  };
  const attendees = (operation: "required" | "optional" | "resources") => ({
    getAsync: (callback: OfficeCallback<EmailAddressLike[]>) =>
      call(operation, callback, () => state[operation].map((r) => ({ ...r }))),
  });

  const item: FakeAppointment["item"] = {
    itemType: "appointment",
    requiredAttendees: attendees("required"),
    optionalAttendees: attendees("optional"),
    resources: attendees("resources"),
    subject: {
      getAsync: (callback) => call("subject.get", callback, () => state.subject),
      setAsync: (subject, callback) =>
        call("subject.set", callback, () => {
          state.subject = subject;
        }),
    },
    location: {
      getAsync: (callback) => call("location.get", callback, () => state.location),
      setAsync: (location, callback) =>
        call("location.set", callback, () => {
          state.location = location;
        }),
    },
    enhancedLocation: {
      getAsync: (callback) =>
        call("enhancedLocation", callback, () => state.enhancedLocations.map((l) => ({ ...l }))),
    },
    start: { getAsync: (callback) => call("start", callback, () => new Date(state.start)) },
    end: { getAsync: (callback) => call("end", callback, () => new Date(state.end)) },
    body: {
      getAsync: (coercion, callback) =>
        call("body.get", callback, () =>
          String(coercion) === "text" ? state.body.replace(/<[^>]*>/g, "") : state.body,
        ),
      getTypeAsync: (callback) => call("body.getType", callback, () => state.bodyType),
      setAsync: (data, _options, callback) =>
        call("body.set", callback, () => {
          state.body = data;
        }),
    },
    organizer: {
      getAsync: (callback) =>
        call("organizer", callback, () => state.organizer as EmailAddressLike),
    },
    getAttachmentsAsync: (callback) =>
      call("attachments", callback, () => state.attachments.map((a) => ({ ...a }))),
    // Outlook fails the call for an item in the user's own mailbox.
    getSharedPropertiesAsync: (callback) =>
      call(
        "sharedProperties",
        callback,
        () => ({ owner: state.sharedOwner as string }),
        state.sharedOwner ? "ok" : "fail",
      ),
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
    handlers,
    maxInFlight: () => maxInFlight,
    behave: (operation, value) => behaviours.set(operation, value),
  };
}

export interface FakeAppointmentReadState {
  subject: string;
  organizer: EmailAddressLike;
  required: EmailAddressLike[];
  optional: EmailAddressLike[];
  location: string;
  enhancedLocations: LocationDetailsLike[];
  start: Date;
  end: Date;
  body: string;
  attachments: AttachmentLike[];
}

/** An invitation the user attends, as Office.AppointmentRead gives it. */
export function createFakeAppointmentRead(
  initial: Partial<FakeAppointmentReadState> = {},
): ReadItemLike {
  const state: FakeAppointmentReadState = {
    subject: "",
    organizer: { emailAddress: "", displayName: "" },
    required: [],
    optional: [],
    location: "",
    enhancedLocations: [],
    start: APPOINTMENT_START,
    end: APPOINTMENT_END,
    body: "",
    attachments: [],
    ...initial,
  };
  const later = <T>(callback: OfficeCallback<T>, value: T) =>
    void Promise.resolve().then(() => callback({ status: "succeeded", value }));
  return {
    itemType: "appointment",
    subject: state.subject,
    organizer: state.organizer,
    requiredAttendees: state.required,
    optionalAttendees: state.optional,
    location: state.location,
    start: state.start,
    end: state.end,
    attachments: state.attachments,
    enhancedLocation: { getAsync: (callback) => later(callback, state.enhancedLocations) },
    body: { getAsync: (_coercion, callback) => later(callback, state.body) },
    getSharedPropertiesAsync: (callback) =>
      void Promise.resolve().then(() =>
        callback({ status: "failed", value: undefined as never, error: FAKE_ERROR }),
      ),
  };
}
