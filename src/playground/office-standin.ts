/**
 * A stand-in for the Office.js globals (`Office`, `OfficeRuntime`) on the playground page, so the
 * real OfficeItemAdapter, task pane and launch-event handlers run unchanged against a compose
 * window in the browser. Same names, same callback shape (asyncResult {status, value, error,
 * asyncContext}), callbacks always asynchronous as in Outlook. Only what a compose item needs: a
 * message, or (after "New meeting") an invitation being organised, Office.AppointmentCompose.
 */
import {
  localDateTime,
  parseRecipients,
  type ComposeModel,
  type ComposeRecipient,
  type NotificationKind,
  type RecipientField,
} from "./compose-model";
import { DEFAULT_OUTLOOK_CLIENT, supportsMailbox, type OutlookClient } from "./outlook-clients";
import { htmlToText, textToHtml } from "./sanitize";

// ---------------------------------------------------------------------------------------------
// Enumerations: the runtime values Office.js uses (strings), so comparisons in add-in code hold.
// ---------------------------------------------------------------------------------------------

export const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
export const CoercionType = { Html: "html", Text: "text" } as const;
export const EventType = {
  RecipientsChanged: "olkRecipientsChanged",
  ItemChanged: "olkItemSelectedChanged",
  AttachmentsChanged: "olkAttachmentsChanged",
  OfficeThemeChanged: "officeThemeChanged",
  InitializationContextChanged: "olkInitializationContextChanged",
  EnhancedLocationsChanged: "olkEnhancedLocationsChanged",
  AppointmentTimeChanged: "olkAppointmentTimeChanged",
} as const;
export const HostType = { Outlook: "Outlook" } as const;
export const PlatformType = { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" } as const;

export const MailboxEnums = {
  SendModeOverride: { PromptUser: "promptUser" },
  ItemNotificationMessageType: {
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  },
  ItemType: { Message: "message", Appointment: "appointment" },
  RecipientType: {
    DistributionList: "distributionList",
    User: "user",
    ExternalUser: "externalUser",
    Other: "other",
  },
  AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
  EntityType: {},
  BodyType: { Html: "html", Text: "text" },
  LocationType: { Custom: "custom", Room: "room" },
} as const;

/**
 * The manifest's SendMode for OnMessageSend and OnAppointmentSend (manifest.xml; the same for
 * both); a test keeps the two in step.
 */
export const MANIFEST_SEND_MODE = "SoftBlock";

export interface StandinUser {
  displayName: string;
  emailAddress: string;
  timeZone: string;
  accountType: string;
}

export const PLAYGROUND_USER: StandinUser = {
  displayName: "Alex Morgan",
  emailAddress: "alex.morgan@lawfirm.example",
  timeZone: "GMT Standard Time",
  accountType: "enterprise",
};

// ---------------------------------------------------------------------------------------------
// Results and argument handling
// ---------------------------------------------------------------------------------------------

export interface StandinError {
  name: string;
  message: string;
  code: number;
}

export interface StandinAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: StandinError;
  asyncContext?: unknown;
}

type Callback<T> = (result: StandinAsyncResult<T>) => void;

interface CallArgs<T> {
  options: Record<string, unknown>;
  callback?: Callback<T>;
}

/** Office methods take `(options?, callback?)` in any of their optional forms. */
function splitArgs<T>(args: readonly unknown[]): CallArgs<T> {
  let options: Record<string, unknown> = {};
  let callback: Callback<T> | undefined;
  for (const arg of args) {
    if (typeof arg === "function") callback = arg as Callback<T>;
    else if (arg && typeof arg === "object") options = arg as Record<string, unknown>;
  }
  return { options, callback };
}

/** Outlook never calls back synchronously; add-in code relies on that ordering. */
function later(fn: () => void): void {
  setTimeout(fn, 0);
}

/** How many async calls ran at once, and how many the client's limit refused. */
export interface CallStats {
  inFlight: number;
  maxInFlight: number;
  refused: number;
}

/**
 * Answers async calls the way the imitated client does: always later, and, where the client
 * allows only so many calls at once (Outlook on the web: three), failing the one beyond.
 */
function callAnswerer(limit: number | undefined) {
  const stats: CallStats = { inFlight: 0, maxInFlight: 0, refused: 0 };
  const answer = <T>(call: CallArgs<T>, result: Omit<StandinAsyncResult<T>, "asyncContext">) => {
    const { callback, options } = call;
    if (!callback) return;
    if (limit !== undefined && stats.inFlight >= limit) {
      stats.refused++;
      console.warn(`Rapport playground: more than ${limit} Office calls at once; one failed.`);
      later(() =>
        callback({
          status: "failed",
          value: undefined as T,
          error: {
            name: "TooManyRequests",
            message: `Only ${limit} asynchronous calls may run at once.`,
            code: 5001,
          },
          asyncContext: options.asyncContext,
        }),
      );
      return;
    }
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    later(() => {
      stats.inFlight--;
      callback({ ...result, asyncContext: options.asyncContext });
    });
  };
  return {
    stats,
    succeed: <T>(call: CallArgs<T>, value: T) => answer(call, { status: "succeeded", value }),
    fail: <T>(call: CallArgs<T>, error: StandinError) =>
      answer(call, { status: "failed", value: undefined as T, error }),
  };
}

function invalidArgument(message: string): StandinError {
  return { name: "InvalidParameterValue", message, code: 9000 };
}

// ---------------------------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------------------------

export interface EmailAddressDetails {
  emailAddress: string;
  displayName: string;
  recipientType: string;
}

export interface LaunchEventCompletedOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: unknown;
  sendModeOverride?: string;
}

/** What a launch-event handler receives: `completed` is the only way to answer. */
export interface LaunchEvent {
  type: string;
  changedRecipientFields?: Record<string, boolean>;
  completed(options?: LaunchEventCompletedOptions): void;
}

export type LaunchHandler = (event: LaunchEvent) => unknown;

export interface StandinOptions {
  model: ComposeModel;
  user?: StandinUser;
  /** Backing store for roamingSettings and OfficeRuntime.storage; localStorage on the page. */
  storage?: Storage;
  /** The firm's own domains: recipients there are "user", others "externalUser". */
  internalDomains?: readonly string[];
  /** The Outlook client to imitate (requirement sets, call limit, storage); the web's by default. */
  client?: OutlookClient;
}

export interface OfficeStandin {
  /** Assign to globalThis.Office. */
  Office: Record<string, unknown>;
  /** Assign to globalThis.OfficeRuntime. */
  OfficeRuntime: Record<string, unknown>;
  /** Handlers registered through Office.actions.associate, by function name. */
  readonly actions: ReadonlyMap<string, LaunchHandler>;
  /** Call the item's RecipientsChanged handlers (what the task pane listens to). */
  fireRecipientsChanged(fields: Partial<Record<RecipientField, boolean>>): void;
  /** An invitation's places changed: EnhancedLocationsChanged, with the places as Outlook lists them. */
  fireEnhancedLocationsChanged(): void;
  /** An invitation's start or end changed: AppointmentTimeChanged, with both. */
  fireAppointmentTimeChanged(): void;
  /** What getInitializationContextAsync returns: set when a Smart Alert opens the task pane. */
  setInitializationContext(context: string | undefined): void;
  /** The client imitated. */
  readonly client: OutlookClient;
  /** Async calls at once so far, and how many the client's limit refused. */
  callStats(): CallStats;
}

const STORAGE_PREFIX = "rapport-playground:";

/** An in-memory Storage for tests and pages where localStorage is unavailable. */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

export function createOfficeStandin(options: StandinOptions): OfficeStandin {
  const { model } = options;
  const client = options.client ?? DEFAULT_OUTLOOK_CLIENT;
  const { succeed, fail, stats } = callAnswerer(client.callLimit);
  const user = options.user ?? PLAYGROUND_USER;
  const storage = options.storage ?? memoryStorage();
  const internalDomains = new Set(
    (options.internalDomains ?? [user.emailAddress.split("@")[1] ?? ""]).map((d) =>
      d.toLowerCase(),
    ),
  );
  const actions = new Map<string, LaunchHandler>();
  const itemHandlers = new Map<string, Set<(args: unknown) => void>>();
  let initializationContext: string | undefined;

  // -- recipients ------------------------------------------------------------------------------

  const detailsOf = (recipient: ComposeRecipient): EmailAddressDetails => {
    const address = recipient.emailAddress.trim();
    // Outlook cannot resolve "Meg" to anyone: it reports an empty address.
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) {
      return { emailAddress: "", displayName: recipient.displayName, recipientType: "other" };
    }
    const domain = address.split("@")[1]!.toLowerCase();
    return {
      emailAddress: address,
      displayName: recipient.displayName || address,
      recipientType: internalDomains.has(domain) ? "user" : "externalUser",
    };
  };

  /** setAsync/addAsync accept strings, EmailUser {displayName, emailAddress} or EmailAddressDetails. */
  const toComposeRecipients = (input: unknown): ComposeRecipient[] | undefined => {
    if (!Array.isArray(input)) return undefined;
    const result: ComposeRecipient[] = [];
    for (const entry of input) {
      if (typeof entry === "string") result.push(...parseRecipients(entry));
      else if (entry && typeof entry === "object" && "emailAddress" in entry) {
        const { emailAddress, displayName } = entry as Record<string, unknown>;
        if (typeof emailAddress !== "string") return undefined;
        result.push({
          emailAddress,
          displayName: typeof displayName === "string" && displayName ? displayName : emailAddress,
        });
      } else return undefined;
    }
    return result;
  };

  const recipientsField = (field: RecipientField) => ({
    getAsync: (...args: unknown[]) => {
      succeed(splitArgs<EmailAddressDetails[]>(args), model.getRecipients(field).map(detailsOf));
    },
    setAsync: (recipients: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      const parsed = toComposeRecipients(recipients);
      if (!parsed) return fail(call, invalidArgument("recipients must be an array"));
      model.setRecipients(field, parsed);
      succeed(call, undefined);
      standin.fireRecipientsChanged({ [field]: true });
    },
    addAsync: (recipients: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      const parsed = toComposeRecipients(recipients);
      if (!parsed) return fail(call, invalidArgument("recipients must be an array"));
      model.setRecipients(field, [...model.getRecipients(field), ...parsed]);
      succeed(call, undefined);
      standin.fireRecipientsChanged({ [field]: true });
    },
  });

  // -- body ------------------------------------------------------------------------------------

  const bodyAs = (coercion: unknown): string | undefined => {
    const html = model.getSnapshot().bodyHtml;
    if (coercion === CoercionType.Html) return html;
    if (coercion === CoercionType.Text) return htmlToText(html);
    return undefined;
  };

  /** Data as HTML for the editor: text is escaped; HTML is sanitized by the model. */
  const asHtml = (data: string, coercion: unknown): string =>
    coercion === CoercionType.Html ? data : textToHtml(data);

  const body = {
    getAsync: (coercion: unknown, ...args: unknown[]) => {
      const call = splitArgs<string>(args);
      const value = bodyAs(coercion);
      if (value === undefined)
        return fail(call, invalidArgument(`coercionType must be "html" or "text"`));
      succeed(call, value);
    },
    getTypeAsync: (...args: unknown[]) => succeed(splitArgs<string>(args), CoercionType.Html),
    setAsync: (data: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (typeof data !== "string") return fail(call, invalidArgument("data must be a string"));
      model.setBodyHtml(asHtml(data, call.options.coercionType ?? CoercionType.Text));
      succeed(call, undefined);
    },
    prependAsync: (data: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (typeof data !== "string") return fail(call, invalidArgument("data must be a string"));
      const html = asHtml(data, call.options.coercionType ?? CoercionType.Text);
      model.setBodyHtml(html + model.getSnapshot().bodyHtml);
      succeed(call, undefined);
    },
    /** Without a caret to track, inserting "at the selection" appends. */
    setSelectedDataAsync: (data: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (typeof data !== "string") return fail(call, invalidArgument("data must be a string"));
      const html = asHtml(data, call.options.coercionType ?? CoercionType.Text);
      model.setBodyHtml(model.getSnapshot().bodyHtml + html);
      succeed(call, undefined);
    },
  };

  // -- notifications ---------------------------------------------------------------------------

  const notificationMessages = {
    addAsync: (key: string, details: Record<string, unknown>, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (model.getSnapshot().notifications.some((n) => n.key === key))
        return fail(call, {
          name: "DuplicateNotificationKey",
          message: `A notification with key "${key}" already exists.`,
          code: 9041,
        });
      notificationMessages.replaceAsync(key, details, ...args);
    },
    replaceAsync: (key: string, details: Record<string, unknown>, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      const message = details?.message;
      if (typeof message !== "string" || message.length === 0 || message.length > 150)
        return fail(call, invalidArgument("message must be text of 1 to 150 characters"));
      model.showNotification({
        key,
        kind: (details.type as NotificationKind) ?? "informationalMessage",
        message,
      });
      succeed(call, undefined);
    },
    removeAsync: (key: string, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (!model.removeNotification(key))
        return fail(call, {
          name: "KeyNotFound",
          message: `No notification with key "${key}".`,
          code: 9040,
        });
      succeed(call, undefined);
    },
    getAllAsync: (...args: unknown[]) =>
      succeed(
        splitArgs(args),
        model.getSnapshot().notifications.map((n) => ({
          key: n.key,
          type: n.kind,
          message: n.message,
        })),
      ),
  };

  // -- key/value stores ------------------------------------------------------------------------

  const sessionData = new Map<string, string>();
  const customProperties = new Map<string, unknown>();
  const roamingKey = (name: string) => `${STORAGE_PREFIX}roaming:${name}`;
  const runtimeKey = (name: string) => `${STORAGE_PREFIX}runtime:${name}`;
  const runtimeKeys = (): string[] => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(runtimeKey(""))) keys.push(key.slice(runtimeKey("").length));
    }
    return keys;
  };

  const item = {
    itemType: MailboxEnums.ItemType.Message,
    to: recipientsField("to"),
    cc: recipientsField("cc"),
    bcc: recipientsField("bcc"),
    subject: {
      getAsync: (...args: unknown[]) =>
        succeed(splitArgs<string>(args), model.getSnapshot().subject),
      setAsync: (subject: unknown, ...args: unknown[]) => {
        const call = splitArgs<void>(args);
        if (typeof subject !== "string")
          return fail(call, invalidArgument("subject must be a string"));
        model.setSubject(subject);
        succeed(call, undefined);
      },
    },
    body,
    from: {
      getAsync: (...args: unknown[]) =>
        succeed(splitArgs(args), {
          emailAddress: user.emailAddress,
          displayName: user.displayName,
          recipientType: "user",
        }),
    },
    notificationMessages,
    getAttachmentsAsync: (...args: unknown[]) =>
      succeed(
        splitArgs(args),
        model.getSnapshot().attachments.map((a) => ({
          id: a.id,
          name: a.name,
          size: a.size,
          attachmentType: MailboxEnums.AttachmentType.File,
          isInline: false,
          contentType: "application/octet-stream",
        })),
      ),
    getComposeTypeAsync: (...args: unknown[]) =>
      succeed(splitArgs(args), { composeType: "newMail", coercionType: CoercionType.Html }),
    getItemIdAsync: (...args: unknown[]) =>
      fail(splitArgs(args), {
        name: "ItemNotSaved",
        message: "The new message has not been saved yet.",
        code: 9043,
      }),
    saveAsync: (...args: unknown[]) => succeed(splitArgs(args), "playground-draft"),
    getInitializationContextAsync: (...args: unknown[]) => {
      const call = splitArgs<string>(args);
      if (initializationContext === undefined)
        return fail(call, {
          name: "GenericResponseError",
          message: "The task pane was not opened with context data.",
          code: 9020,
        });
      succeed(call, initializationContext);
    },
    addHandlerAsync: (
      eventType: string,
      handler: (eventArgs: unknown) => void,
      ...args: unknown[]
    ) => {
      const call = splitArgs<void>(args);
      if (typeof handler !== "function")
        return fail(call, invalidArgument("handler must be a function"));
      const handlers = itemHandlers.get(eventType) ?? new Set();
      handlers.add(handler);
      itemHandlers.set(eventType, handlers);
      succeed(call, undefined);
    },
    removeHandlerAsync: (eventType: string, ...args: unknown[]) => {
      itemHandlers.delete(eventType);
      succeed(splitArgs<void>(args), undefined);
    },
    sessionData: {
      getAsync: (name: string, ...args: unknown[]) => {
        const call = splitArgs<string>(args);
        const value = sessionData.get(name);
        if (value === undefined)
          return fail(call, { name: "KeyNotFound", message: `No "${name}".`, code: 9057 });
        succeed(call, value);
      },
      setAsync: (name: string, value: string, ...args: unknown[]) => {
        sessionData.set(name, String(value));
        succeed(splitArgs<void>(args), undefined);
      },
      removeAsync: (name: string, ...args: unknown[]) => {
        sessionData.delete(name);
        succeed(splitArgs<void>(args), undefined);
      },
      clearAsync: (...args: unknown[]) => {
        sessionData.clear();
        succeed(splitArgs<void>(args), undefined);
      },
      getAllAsync: (...args: unknown[]) =>
        succeed(splitArgs(args), Object.fromEntries(sessionData)),
    },
    loadCustomPropertiesAsync: (...args: unknown[]) =>
      succeed(splitArgs(args), {
        get: (name: string) => customProperties.get(name),
        set: (name: string, value: unknown) => void customProperties.set(name, value),
        remove: (name: string) => void customProperties.delete(name),
        getAll: () => Object.fromEntries(customProperties),
        saveAsync: (...saveArgs: unknown[]) => succeed(splitArgs<void>(saveArgs), undefined),
      }),
  };

  // -- an invitation being organised (after "New meeting") -----------------------------------

  /** The Location's "; "-separated places as Outlook lists them: typed places are Custom. */
  const enhancedLocations = () =>
    model
      .getSnapshot()
      .location.split(";")
      .map((place) => place.trim())
      .filter(Boolean)
      .map((place) => ({
        displayName: place,
        emailAddress: "",
        locationIdentifier: { id: place, type: MailboxEnums.LocationType.Custom },
      }));

  /** The form's local date-time as the Date Office gives (a UTC instant). */
  const timeOf = (which: "start" | "end"): Date | undefined => {
    const value = model.getSnapshot()[which];
    const date = value ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  };

  const timeField = (which: "start" | "end") => ({
    getAsync: (...args: unknown[]) => {
      const call = splitArgs<Date>(args);
      const date = timeOf(which);
      if (!date)
        return fail(call, {
          name: "GenericResponseError",
          message: `No ${which} time.`,
          code: 9020,
        });
      succeed(call, date);
    },
    setAsync: (date: unknown, ...args: unknown[]) => {
      const call = splitArgs<void>(args);
      if (!(date instanceof Date) || Number.isNaN(date.getTime()))
        return fail(call, invalidArgument("dateTime must be a Date"));
      model.setTime(which, localDateTime(date));
      succeed(call, undefined);
      standin.fireAppointmentTimeChanged();
    },
  });

  // What a message and an invitation being written share: the compose window's subject, body,
  // info bar, attachments, session data and handlers.
  const { to: _to, cc: _cc, bcc: _bcc, from: _from, getComposeTypeAsync: _type, ...shared } = item;
  const appointment = {
    ...shared,
    itemType: MailboxEnums.ItemType.Appointment,
    requiredAttendees: recipientsField("required"),
    optionalAttendees: recipientsField("optional"),
    location: {
      getAsync: (...args: unknown[]) =>
        succeed(splitArgs<string>(args), model.getSnapshot().location),
      setAsync: (location: unknown, ...args: unknown[]) => {
        const call = splitArgs<void>(args);
        if (typeof location !== "string")
          return fail(call, invalidArgument("location must be a string"));
        model.setLocation(location);
        succeed(call, undefined);
        standin.fireEnhancedLocationsChanged();
      },
    },
    enhancedLocation: {
      getAsync: (...args: unknown[]) => succeed(splitArgs(args), enhancedLocations()),
    },
    start: timeField("start"),
    end: timeField("end"),
    organizer: {
      getAsync: (...args: unknown[]) =>
        succeed(splitArgs(args), {
          emailAddress: user.emailAddress,
          displayName: user.displayName,
          recipientType: "user",
        }),
    },
  };

  const roamingSettings = {
    get: (name: string): unknown => {
      const raw = storage.getItem(roamingKey(name));
      return raw === null ? undefined : JSON.parse(raw);
    },
    set: (name: string, value: unknown): void =>
      storage.setItem(roamingKey(name), JSON.stringify(value)),
    remove: (name: string): void => storage.removeItem(roamingKey(name)),
    saveAsync: (...args: unknown[]) => succeed(splitArgs<void>(args), undefined),
  };

  const hostInfo = { host: HostType.Outlook, platform: client.platform };

  const Office: Record<string, unknown> = {
    AsyncResultStatus,
    CoercionType,
    EventType,
    HostType,
    PlatformType,
    MailboxEnums,
    onReady: (callback?: (info: typeof hostInfo) => void) => {
      if (callback) later(() => callback(hostInfo));
      return Promise.resolve(hostInfo);
    },
    actions: {
      associate: (name: string, handler: LaunchHandler) => {
        if (typeof handler !== "function")
          throw new TypeError(`Office.actions.associate("${name}"): handler is not a function`);
        actions.set(name, handler);
      },
    },
    context: {
      host: HostType.Outlook,
      platform: client.platform,
      displayLanguage: "en-GB",
      contentLanguage: "en-GB",
      diagnostics: { host: HostType.Outlook, platform: client.platform, version: "16.0" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean => {
          if (name.toLowerCase() !== "mailbox") return false;
          return minVersion === undefined || supportsMailbox(client, String(minVersion));
        },
      },
      officeTheme: {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#242424",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#242424",
        isDarkTheme: false,
      },
      roamingSettings,
      mailbox: {
        // One compose window: the message, or the invitation after "New meeting".
        get item() {
          return model.getSnapshot().kind === "appointment" ? appointment : item;
        },
        userProfile: user,
        diagnostics: { hostName: "Outlook", hostVersion: "16.0", OWAView: "ThreeColumns" },
        addHandlerAsync: (...args: unknown[]) => succeed(splitArgs<void>(args), undefined),
        removeHandlerAsync: (...args: unknown[]) => succeed(splitArgs<void>(args), undefined),
      },
    },
  };

  // Where the client has no OfficeRuntime.storage (web, new Outlook, Mac), the object is there
  // (office.js defines it) but its storage is not.
  const runtimeStorage = {
    getItem: async (key: string) => storage.getItem(runtimeKey(key)),
    setItem: async (key: string, value: string) => storage.setItem(runtimeKey(key), value),
    removeItem: async (key: string) => storage.removeItem(runtimeKey(key)),
    getItems: async (keys: string[]) =>
      Object.fromEntries(keys.map((k) => [k, storage.getItem(runtimeKey(k))])),
    setItems: async (values: Record<string, string>) => {
      for (const [k, v] of Object.entries(values)) storage.setItem(runtimeKey(k), v);
    },
    removeItems: async (keys: string[]) => {
      for (const k of keys) storage.removeItem(runtimeKey(k));
    },
    getKeys: async () => runtimeKeys(),
  };
  const OfficeRuntime: Record<string, unknown> = client.officeRuntimeStorage
    ? { storage: runtimeStorage }
    : {};

  const standin: OfficeStandin = {
    Office,
    OfficeRuntime,
    actions,
    fireRecipientsChanged(fields) {
      const args = {
        type: EventType.RecipientsChanged,
        changedRecipientFields: {
          to: Boolean(fields.to),
          cc: Boolean(fields.cc),
          bcc: Boolean(fields.bcc),
          requiredAttendees: Boolean(fields.required),
          optionalAttendees: Boolean(fields.optional),
          resources: false,
        },
      };
      for (const handler of itemHandlers.get(EventType.RecipientsChanged) ?? []) {
        later(() => handler(args));
      }
    },
    fireEnhancedLocationsChanged() {
      const args = {
        type: EventType.EnhancedLocationsChanged,
        enhancedLocations: enhancedLocations(),
      };
      for (const handler of itemHandlers.get(EventType.EnhancedLocationsChanged) ?? []) {
        later(() => handler(args));
      }
    },
    fireAppointmentTimeChanged() {
      const args = {
        type: EventType.AppointmentTimeChanged,
        start: timeOf("start"),
        end: timeOf("end"),
      };
      for (const handler of itemHandlers.get(EventType.AppointmentTimeChanged) ?? []) {
        later(() => handler(args));
      }
    },
    setInitializationContext(context) {
      initializationContext = context;
    },
    client,
    callStats: () => ({ ...stats }),
  };
  return standin;
}

/** Make the stand-in the page's `Office` and `OfficeRuntime`, before any add-in code loads. */
export function installOfficeStandin(standin: OfficeStandin, target: object = globalThis): void {
  Object.assign(target, { Office: standin.Office, OfficeRuntime: standin.OfficeRuntime });
}
