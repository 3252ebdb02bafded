/**
 * What Outlook does when the author presses Send: run the OnMessageSend handler (OnAppointmentSend
 * for an invitation: same rules, same dialog), wait for its
 * single `event.completed(...)`, and turn the answer into a send or a Smart Alerts dialog
 * (ARCHITECTURE §4). Kept free of React so the rules can be tested on their own.
 */
import type { LaunchEvent, LaunchEventCompletedOptions, LaunchHandler } from "./office-standin";
import { supportsMailbox } from "./outlook-clients";

export type SendMode = "PromptUser" | "SoftBlock" | "Block";

export type AlertButton = "send-anyway" | "dont-send" | "take-action";

/**
 * Where `cancelLabel` and `commandId` go depends on the Outlook client (Office.js reference,
 * SmartAlertsEventCompletedOptions.cancelLabel and .commandId):
 *
 * - "take-action": Outlook on the web, new Outlook on Windows, classic Outlook on Windows from
 *   Version 2412 and Outlook on Mac from 16.105. **Don't Send** always just cancels; a separate
 *   **Take Action** button, labelled with `cancelLabel`, appears only when `commandId` is given
 *   and opens the task pane. A `cancelLabel` without `commandId` has no effect.
 * - "relabelled-dont-send": classic Outlook on Windows before Version 2412 (and Outlook on Mac
 *   before 16.105). `cancelLabel` replaces the text of **Don't Send**; with `commandId` that
 *   button, and closing the dialog, open the task pane.
 */
export type SmartAlertsStyle = "take-action" | "relabelled-dont-send";

/** The stand-in is Outlook on the web (Office.context.platform "OfficeOnline"). */
export const DEFAULT_SMART_ALERTS_STYLE: SmartAlertsStyle = "take-action";

/**
 * What a client does with options from a newer requirement set than its own: nothing. Markdown
 * needs Mailbox 1.15; cancelLabel, commandId, contextData and sendModeOverride need 1.14.
 */
export function optionsUnderstoodBy(
  options: LaunchEventCompletedOptions,
  mailbox: string,
): LaunchEventCompletedOptions {
  const understood = { ...options };
  if (!supportsMailbox({ mailbox }, "1.15")) delete understood.errorMessageMarkdown;
  if (!supportsMailbox({ mailbox }, "1.14")) {
    delete understood.cancelLabel;
    delete understood.commandId;
    delete understood.contextData;
    delete understood.sendModeOverride;
  }
  return understood;
}

const DEFAULT_LABELS: Readonly<Record<AlertButton, string>> = {
  "send-anyway": "Send anyway",
  "dont-send": "Don't send",
  "take-action": "Take action",
};

/** A Smart Alerts dialog, as Outlook would draw it from the handler's answer. */
export interface SmartAlert {
  /** errorMessageMarkdown when given (Mailbox 1.15), else errorMessage. */
  message: string;
  markdown: boolean;
  /** In the order Outlook lays them out. */
  buttons: AlertButton[];
  /** What each button says (the handler's `cancelLabel` on the button it customises). */
  labels: Readonly<Record<AlertButton, string>>;
  /** The button that opens the task pane (`commandId`); any other button only closes or sends. */
  opensPane?: AlertButton;
  /** The handler's `cancelLabel`, cut to Outlook's 20 characters. */
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
}

export type SendOutcome =
  | { kind: "send" }
  | { kind: "alert"; alert: SmartAlert }
  /** The handler threw, rejected or never answered: what Outlook does depends on SendMode. */
  | { kind: "failed"; reason: string; sendMode: SendMode };

/** Outlook's limits: longer texts are cut, as Outlook cuts them. */
const MAX_ERROR_MESSAGE = 500;
const MAX_CANCEL_LABEL = 20;

/** Which buttons a dialog gets, from the manifest's SendMode, the handler's answer and the client. */
export function alertButtons(
  sendMode: SendMode,
  options: LaunchEventCompletedOptions,
  style: SmartAlertsStyle = DEFAULT_SMART_ALERTS_STYLE,
): AlertButton[] {
  const prompt = options.sendModeOverride === "promptUser" || sendMode === "PromptUser";
  // Block cannot be lowered: sendModeOverride only applies to SoftBlock and PromptUser add-ins.
  const canSendAnyway = sendMode !== "Block" && prompt;
  const buttons: AlertButton[] = [];
  if (canSendAnyway) buttons.push("send-anyway");
  buttons.push("dont-send");
  if (style === "take-action" && options.commandId) buttons.push("take-action");
  return buttons;
}

export function smartAlertFrom(
  sendMode: SendMode,
  options: LaunchEventCompletedOptions,
  style: SmartAlertsStyle = DEFAULT_SMART_ALERTS_STYLE,
): SmartAlert {
  const markdown = typeof options.errorMessageMarkdown === "string";
  const raw = (markdown ? options.errorMessageMarkdown : options.errorMessage) ?? "";
  const message =
    raw.trim() || "Rapport stopped this message but did not say why. Check it before sending.";
  const cancelLabel = options.cancelLabel?.slice(0, MAX_CANCEL_LABEL) || undefined;
  // The button the client lets the add-in customise: Take Action, or Don't Send on older clients.
  const custom: AlertButton = style === "take-action" ? "take-action" : "dont-send";
  return {
    message: message.slice(0, MAX_ERROR_MESSAGE),
    markdown,
    buttons: alertButtons(sendMode, options, style),
    labels: cancelLabel ? { ...DEFAULT_LABELS, [custom]: cancelLabel } : DEFAULT_LABELS,
    ...(options.commandId ? { opensPane: custom } : {}),
    cancelLabel,
    commandId: options.commandId,
    contextData:
      options.contextData === undefined
        ? undefined
        : typeof options.contextData === "string"
          ? options.contextData
          : JSON.stringify(options.contextData),
  };
}

/** The dialog Outlook shows when the handler failed: Send anyway unless the add-in blocks. */
export function failureAlert(reason: string, sendMode: SendMode): SmartAlert {
  return {
    message: reason,
    markdown: false,
    buttons: sendMode === "Block" ? ["dont-send"] : ["send-anyway", "dont-send"],
    labels: DEFAULT_LABELS,
  };
}

export interface RunSendOptions {
  sendMode: SendMode;
  /** The launch event: "messageSend" (the default) or "appointmentSend" for an invitation. */
  eventType?: "messageSend" | "appointmentSend";
  /** Which client's Smart Alerts dialog to draw; Outlook on the web's by default. */
  style?: SmartAlertsStyle;
  /** The client's Mailbox requirement set: options from a later one are ignored, as Outlook does. */
  mailbox?: string;
  /** Outlook's "taking longer than expected" moment; the handler keeps running after it. */
  slowAfterMs?: number;
  onSlow?: () => void;
  /** When to stop waiting altogether. */
  giveUpAfterMs?: number;
}

/**
 * Run the send handler once and settle on its first `completed` call. A handler that is
 * missing, throws, rejects or never answers gives a "failed" outcome, never an exception.
 */
export function runSendHandler(
  handler: LaunchHandler | undefined,
  options: RunSendOptions,
): Promise<SendOutcome> {
  const { sendMode, slowAfterMs = 5_000, giveUpAfterMs = 60_000 } = options;
  const eventType = options.eventType ?? "messageSend";
  if (!handler) {
    const launchEvent = eventType === "appointmentSend" ? "OnAppointmentSend" : "OnMessageSend";
    return Promise.resolve({
      kind: "failed",
      reason: `No ${launchEvent} handler was registered (Office.actions.associate).`,
      sendMode,
    });
  }
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const settle = (outcome: SendOutcome): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      resolve(outcome);
    };
    const event: LaunchEvent = {
      type: eventType,
      completed(completedOptions: LaunchEventCompletedOptions = {}) {
        if (settled) {
          console.warn("Rapport playground: event.completed was called more than once; ignored.");
          return;
        }
        if (completedOptions.allowEvent === false) {
          const understood = options.mailbox
            ? optionsUnderstoodBy(completedOptions, options.mailbox)
            : completedOptions;
          settle({
            kind: "alert",
            alert: smartAlertFrom(sendMode, understood, options.style),
          });
        } else {
          settle({ kind: "send" });
        }
      },
    };
    timers.push(setTimeout(() => !settled && options.onSlow?.(), slowAfterMs));
    timers.push(
      setTimeout(
        () =>
          settle({
            kind: "failed",
            reason: `The send handler did not answer within ${Math.round(giveUpAfterMs / 1000)} s.`,
            sendMode,
          }),
        giveUpAfterMs,
      ),
    );
    const failed = (error: unknown): void =>
      settle({
        kind: "failed",
        reason: `The send handler failed: ${error instanceof Error ? error.message : String(error)}`,
        sendMode,
      });
    try {
      const result = handler(event);
      if (result && typeof (result as Promise<unknown>).then === "function") {
        (result as Promise<unknown>).then(undefined, failed);
      }
    } catch (error) {
      failed(error);
    }
  });
}

/** Smart Alerts Markdown (bold, italic, bullets, links) as plain text blocks: never HTML. */
export interface MarkdownBlock {
  kind: "paragraph" | "bullet";
  spans: { text: string; strong: boolean }[];
}

export function markdownToBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  // Smart Alerts ends list items with "\r" and may use it alone between them.
  for (const rawLine of markdown.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const bullet = /^([-*+]|\d+\.)\s+/.exec(line);
    const text = bullet ? line.slice(bullet[0].length) : line;
    blocks.push({ kind: bullet ? "bullet" : "paragraph", spans: inlineSpans(text) });
  }
  return blocks;
}

function inlineSpans(text: string): { text: string; strong: boolean }[] {
  // Links keep their words; emphasis markers go; **bold** stays visible as strong text.
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
  const spans: { text: string; strong: boolean }[] = [];
  const parts = plain.split(/(\*\*[^*]+\*\*|__[^_]+__)/);
  for (const part of parts) {
    if (!part) continue;
    const strong = /^(\*\*|__).*(\*\*|__)$/.test(part) && part.length > 4;
    const inner = strong
      ? part.slice(2, -2)
      : part.replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, "$1$2");
    spans.push({ text: inner, strong });
  }
  return spans;
}
