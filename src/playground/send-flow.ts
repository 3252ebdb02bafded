/**
 * What Outlook does when the author presses Send: run the OnMessageSend handler, wait for its
 * single `event.completed(...)`, and turn the answer into a send or a Smart Alerts dialog
 * (ARCHITECTURE §4). Kept free of React so the rules can be tested on their own.
 */
import type { LaunchEvent, LaunchEventCompletedOptions, LaunchHandler } from "./office-standin";

export type SendMode = "PromptUser" | "SoftBlock" | "Block";

export type AlertButton = "send-anyway" | "dont-send" | "cancel-label";

/** A Smart Alerts dialog, as Outlook would draw it from the handler's answer. */
export interface SmartAlert {
  /** errorMessageMarkdown when given (Mailbox 1.15), else errorMessage. */
  message: string;
  markdown: boolean;
  /** In the order Outlook lays them out. */
  buttons: AlertButton[];
  /** Label of the button that opens the task pane (`cancelLabel`), when the handler asked for one. */
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

/** Which buttons a dialog gets, from the manifest's SendMode and the handler's override. */
export function alertButtons(
  sendMode: SendMode,
  options: LaunchEventCompletedOptions,
): AlertButton[] {
  const prompt = options.sendModeOverride === "promptUser" || sendMode === "PromptUser";
  // Block cannot be lowered: sendModeOverride only applies to SoftBlock and PromptUser add-ins.
  const canSendAnyway = sendMode !== "Block" && prompt;
  const buttons: AlertButton[] = [];
  if (canSendAnyway) buttons.push("send-anyway");
  buttons.push("dont-send");
  if (options.cancelLabel && options.commandId) buttons.push("cancel-label");
  return buttons;
}

export function smartAlertFrom(
  sendMode: SendMode,
  options: LaunchEventCompletedOptions,
): SmartAlert {
  const markdown = typeof options.errorMessageMarkdown === "string";
  const raw = (markdown ? options.errorMessageMarkdown : options.errorMessage) ?? "";
  const message =
    raw.trim() || "Rapport stopped this message but did not say why. Check it before sending.";
  const cancelLabel = options.cancelLabel?.slice(0, MAX_CANCEL_LABEL);
  return {
    message: message.slice(0, MAX_ERROR_MESSAGE),
    markdown,
    buttons: alertButtons(sendMode, options),
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

export interface RunSendOptions {
  sendMode: SendMode;
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
  if (!handler) {
    return Promise.resolve({
      kind: "failed",
      reason: "No OnMessageSend handler was registered (Office.actions.associate).",
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
      type: "messageSend",
      completed(completedOptions: LaunchEventCompletedOptions = {}) {
        if (settled) {
          console.warn("Rapport playground: event.completed was called more than once; ignored.");
          return;
        }
        if (completedOptions.allowEvent === false) {
          settle({ kind: "alert", alert: smartAlertFrom(sendMode, completedOptions) });
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
  for (const rawLine of markdown.split(/\r?\n/)) {
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
