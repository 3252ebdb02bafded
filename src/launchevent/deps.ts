/**
 * Everything the launch-event handlers touch, injected so tests (and the playground) pass fakes.
 * index.ts builds the real set from Office.js for each event.
 */
import type { Draft, Recipient } from "../core/draft";
import type { Deadline, Evaluation } from "../core/engine";
import type { Policy } from "../core/policy";
import type { ClientProfile } from "../core/profile";
import type { IgnoredFinding } from "../office/ignored-findings";
import type { PolicySource } from "../office/policy-source";
import type { ItemNoun } from "../office/notifications";
import type { SendSummary } from "../office/send-summary";
import type { ProfileSource } from "../profiles/source";

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Safe log fields only: names, counts, codes. Never bodies, subjects, addresses or tokens. */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  event(name: string, fields?: LogFields): void;
}

export interface LaunchEventConfig {
  /** Total time a handler may take before it lets the message go. Outlook warns at 5 s. */
  budgetMs: number;
  /**
   * Time kept back from the profile lookup for evaluating and answering Outlook. The send path
   * keeps at least ANSWER_RESERVE_MS + EVALUATION_WINDOW_MS (on-message-send.ts), so the checks
   * have time to start; the recipients-changed prefetch keeps exactly this.
   */
  reserveMs: number;
  /** The compose task pane button's id in manifest.xml (Smart Alerts "Review warnings"). */
  commandId: string;
  /** The same button on the appointment organizer surface, for an invitation being sent. */
  appointmentCommandId: string;
}

export const DEFAULT_LAUNCH_EVENT_CONFIG: LaunchEventConfig = {
  budgetMs: 3500,
  reserveMs: 600,
  commandId: "RapportComposeTaskpaneButton",
  appointmentCommandId: "RapportAppointmentTaskpaneButton",
};

/** One send's record: the reason's code and after-send words, and the item's subject if read. */
export interface FailureToRecord {
  code: string;
  text: string;
  told: boolean;
  subject?: string;
}

export interface LaunchEventDeps {
  /** What is being sent, for the author's notices ("this invitation"); a message when absent. */
  item?: ItemNoun;
  /** The whole draft: recipients, subject, body, attachment names (an invitation's too). */
  readDraft(): Promise<Draft>;
  /** Recipients only (cheaper, for OnMessageRecipientsChanged and OnAppointmentAttendeesChanged). */
  readRecipients(): Promise<Recipient[]>;
  profiles: ProfileSource;
  policy: PolicySource;
  /** The engine (evaluateWithDiagnostics): findings, and what a passed deadline left unchecked. */
  evaluate(
    draft: Draft,
    profiles: ReadonlyMap<string, ClientProfile | undefined>,
    policy: Policy,
    options?: { deadline?: Deadline },
  ): Pick<Evaluation, "findings" | "partial">;
  notifier: {
    showCouldNotCheck(reason: string): Promise<void>;
    /** A note about this check, such as "checked against profiles saved 3 hours ago". */
    showNote(message: string): Promise<void>;
    /** An earlier message went unchecked and its author was not told then. */
    showPrevious(message: string): Promise<void>;
    clear(): Promise<void>;
  };
  /** What the author ignored for this draft in the task pane ("Ignore for this message"). */
  readIgnored?(): Promise<IgnoredFinding[]>;
  /** Keep the findings for the task pane, on the item. */
  saveSummary(summary: SendSummary): Promise<void>;
  /**
   * Remember why a check could not run (or ran on saved profiles), for support, and, when the
   * author was not told at send time, for the task pane and the next compose.
   */
  recordFailure(failure: FailureToRecord): Promise<void>;
  /** The oldest failure of this mailbox the author was not told about, once (then marked as shown). */
  takeUntoldFailure(): Promise<
    { at: string; reason: string; text: string; item?: ItemNoun; subject?: string } | undefined
  >;
  /** Whether this Outlook has the Mailbox requirement set (1.14: commandId etc., 1.15: Markdown). */
  supports(mailboxVersion: "1.14" | "1.15"): boolean;
  clock: Clock;
  logger: Logger;
  config: LaunchEventConfig;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Console logger that only ever prints the event name and the given safe fields. */
export const consoleLogger: Logger = {
  event(name, fields) {
    const safe: LogFields = {};
    for (const [key, value] of Object.entries(fields ?? {})) {
      safe[key] = typeof value === "string" ? value.slice(0, 120) : value;
    }
    console.log(`[rapport] ${name}`, JSON.stringify(safe));
  },
};

/** Start a side task whose outcome must not matter (even a synchronous throw). */
export function fireAndForget(task: () => Promise<unknown>): void {
  try {
    task().catch(() => undefined);
  } catch {
    // A broken notifier or store must not stop the answer to Outlook.
  }
}
