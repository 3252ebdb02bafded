/**
 * Builds the real LaunchEventDeps from Office.js for one event. Long-lived parts (profile and
 * policy sources, the store) are made once per runtime; the item is read fresh for each event.
 */
import { evaluateWithDiagnostics } from "../core/engine";
import { mailboxOwner, recordCheckFailure, takeUntoldForCompose } from "../office/check-failures";
import { ignoreStoreFor } from "../office/ignored-findings";
import { ItemNotifier } from "../office/notifications";
import { isAppointmentItem, type ComposeItemLike, type MailboxLike } from "../office/office-types";
import {
  CachedPolicySource,
  fetchText,
  SEND_PATH_POLICY_WAITS,
  type PolicySource,
} from "../office/policy-source";
import { readAppointmentAttendees, readAppointmentDraft } from "../office/read-appointment";
import { readComposeDraft, readComposeRecipients } from "../office/read-item";
import { saveSendSummary } from "../office/send-summary";
import { defaultStore, type KeyValueStore } from "../office/storage";
import type { OfficeLike as AuthOfficeLike } from "../auth/naa";
import type { ProfileSource } from "../profiles/source";
import { addinBaseUrl } from "./base-url";
import {
  consoleLogger,
  DEFAULT_LAUNCH_EVENT_CONFIG,
  systemClock,
  type LaunchEventConfig,
  type LaunchEventDeps,
  type Logger,
} from "./deps";
import { builtGraphConfig, createLaunchEventProfileSource } from "./profile-wiring";

export { failuresKey } from "../office/check-failures";

export interface SharedServices {
  store: KeyValueStore;
  profiles: ProfileSource;
  policy: PolicySource;
  logger: Logger;
}

export interface OfficeLike {
  context: {
    mailbox: MailboxLike;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

let shared: SharedServices | undefined;

/** "https://rapport.contoso.example" from "https://rapport.contoso.example/app/"; no URL API needed. */
function originOf(baseUrl: string): string | undefined {
  return /^https?:\/\/[^/]+/.exec(baseUrl)?.[0];
}

/** One set per runtime, so profiles fetched on recipients-changed are at hand on send. */
export function sharedServices(): SharedServices {
  if (!shared) {
    const store = defaultStore();
    const base = addinBaseUrl();
    shared = {
      store,
      profiles: createLaunchEventProfileSource({
        baseUrl: base,
        store,
        fetchText,
        graphConfig: builtGraphConfig(),
        office: (globalThis as unknown as { Office?: AuthOfficeLike }).Office,
        origin: originOf(base),
      }),
      // The cached policy at once, however old, refreshed behind the check (policy-source.ts).
      policy: new CachedPolicySource({
        url: `${base}policy.json`,
        store,
        ...SEND_PATH_POLICY_WAITS,
        onFallback: (reason) => consoleLogger.event("policy-fallback", { reason }),
        onWarning: (warning) => consoleLogger.event("policy-warning", { warning }),
      }),
      logger: consoleLogger,
    };
  }
  return shared;
}

/**
 * One set of deps for both item types: a meeting invitation (OnAppointmentSend,
 * OnAppointmentAttendeesChanged) is read as the same Draft model, and its "Review warnings"
 * opens the pane from the appointment organizer surface's button.
 */
export function createOutlookDeps(
  office: OfficeLike,
  services: SharedServices = sharedServices(),
  config: LaunchEventConfig = DEFAULT_LAUNCH_EVENT_CONFIG,
): LaunchEventDeps {
  const mailbox = office.context.mailbox;
  const item = mailbox.item as ComposeItemLike | undefined;
  const appointment = item !== undefined && item !== null && isAppointmentItem(item);
  const missingItem = () => Promise.reject(new Error("no item is open"));
  return {
    item: appointment ? "invitation" : "message",
    readDraft: () =>
      !item
        ? missingItem()
        : appointment
          ? readAppointmentDraft(item, mailbox)
          : readComposeDraft(item, mailbox),
    readRecipients: () =>
      !item
        ? missingItem()
        : appointment
          ? readAppointmentAttendees(item)
          : readComposeRecipients(item),
    readIgnored: () => ignoreStoreFor(item?.sessionData).load(),
    profiles: services.profiles,
    policy: services.policy,
    evaluate: evaluateWithDiagnostics,
    notifier: new ItemNotifier(item?.notificationMessages, appointment ? "invitation" : "message"),
    saveSummary: (summary) => saveSendSummary(summary, item, services.store),
    // Kept per mailbox, the owner the profile cache uses (audits 50i-2, 50s-4).
    recordFailure: ({ code, text, told, subject }) =>
      recordCheckFailure(services.store, mailboxOwner(mailbox), {
        at: new Date(systemClock.now()).toISOString(),
        reason: code,
        text,
        told,
        item: appointment ? "invitation" : "message",
        ...(subject ? { subject } : {}),
      }),
    takeUntoldFailure: () =>
      takeUntoldForCompose(services.store, mailboxOwner(mailbox), new Date(systemClock.now())),
    supports: (version) => {
      try {
        return office.context.requirements?.isSetSupported("Mailbox", version) ?? false;
      } catch {
        return false;
      }
    },
    clock: systemClock,
    logger: services.logger,
    config: appointment ? { ...config, commandId: config.appointmentCommandId } : config,
  };
}
