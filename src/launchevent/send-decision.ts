/**
 * From findings to Outlook's answer (ARCHITECTURE §4-§5). Pure: the send handler supplies what
 * the client supports. Only warnings and errors stop a send; info (such as "no profile yet") and
 * monitor-only findings never do. Errors keep the manifest's SoftBlock; when every stopping
 * finding is a warning, the dialog offers "Send anyway" (PromptUser).
 */
import type { Finding } from "../core/finding";
import { SEVERITY_RANK } from "../core/finding";
import type { Policy } from "../core/policy";
import { summariseFindings, type SendSummary } from "../office/send-summary";

export const MAX_ERROR_MESSAGE = 500;
export const REVIEW_LABEL = "Review warnings"; // ≤ 20 characters (Smart Alerts limit)
export const PROMPT_USER = "promptUser"; // Office.MailboxEnums.SendModeOverride.PromptUser

export interface SendDecisionContext {
  supports(mailboxVersion: "1.14" | "1.15"): boolean;
  commandId: string;
  now: Date;
  /** The checks ran out of time before every one had run: the dialog says so. */
  partial?: boolean;
}

export type SendDecision =
  | { allow: true; monitored: number }
  | { allow: false; options: Office.SmartAlertsEventCompletedOptions; summary: SendSummary };

/** Findings that stop a send under this policy. */
export function stoppingFindings(findings: readonly Finding[], policy: Policy): Finding[] {
  if (policy.enabled === false || policy.monitorOnly) return [];
  return findings.filter(
    (finding) =>
      !finding.monitorOnly &&
      !policy.checks?.[finding.check]?.monitorOnly &&
      finding.severity !== "info",
  );
}

export function decideSend(
  findings: readonly Finding[],
  policy: Policy,
  context: SendDecisionContext,
): SendDecision {
  const stopping = worstFirst(stoppingFindings(findings, policy));
  if (stopping.length === 0) return { allow: true, monitored: findings.length };

  const summary = summariseFindings(worstFirst(findings), context.now);
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: plainMessage(stopping, context.partial),
  };
  if (context.supports("1.15")) {
    options.errorMessageMarkdown = markdownMessage(stopping, context.partial);
  }
  if (context.supports("1.14")) {
    options.cancelLabel = REVIEW_LABEL;
    options.commandId = context.commandId;
    // A string, not an object: classic Outlook before Version 2402 accepts only strings.
    options.contextData = JSON.stringify(summary);
    if (stopping.every((finding) => finding.severity !== "error")) {
      options.sendModeOverride = PROMPT_USER;
    }
  }
  return { allow: false, options, summary };
}

function worstFirst(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable, so the engine's recipient/position order survives.
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

function headline(count: number, partial = false): string {
  const found = count === 1 ? "1 thing" : `${count} things`;
  return partial
    ? `Rapport found ${found} to check before sending (it ran out of time and checked only part of the message):`
    : `Rapport found ${found} to check before sending:`;
}

/** Headline, then as many findings as fit in `max` characters, then how many were left out. */
function fitLines(head: string, lines: string[], max: number, more: (n: number) => string): string {
  let text = head;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const leftOut = lines.length - index;
    const reserve = leftOut > 1 ? `\n${more(leftOut - 1)}`.length : 0;
    if (text.length + 1 + line.length + reserve <= max) {
      text += `\n${line}`;
      continue;
    }
    if (index > 0) return `${text}\n${more(leftOut)}`; // the previous step kept room for this
    // Even the first finding is too long: cut it, so the dialog always names one.
    const suffix = leftOut > 1 ? `\n${more(leftOut - 1)}` : "";
    const room = Math.max(0, max - text.length - 2 - suffix.length);
    return `${text}\n${line.slice(0, room)}…${suffix}`;
  }
  return text;
}

// The rest are listed on the task pane's Warnings tab (its other tab is "Client profile").
const moreText = (n: number) => `…and ${n} more on Rapport's Warnings tab.`;

export function plainMessage(stopping: readonly Finding[], partial = false): string {
  const lines = stopping.map((finding) => `• ${finding.message}`);
  return fitLines(headline(stopping.length, partial), lines, MAX_ERROR_MESSAGE, moreText).slice(
    0,
    MAX_ERROR_MESSAGE,
  );
}

/** Finding text comes from drafts and profiles: escape everything Markdown could act on. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`).replace(/\s+/g, " ");
}

export function markdownMessage(stopping: readonly Finding[], partial = false): string {
  // Smart Alerts ends each list item with "\r" (Microsoft's Markdown rules for the dialog).
  const lines = stopping.map((finding) => `- ${escapeMarkdown(finding.message)}\r`);
  const head = `**${escapeMarkdown(headline(stopping.length, partial))}**\n`;
  return fitLines(head, lines, MAX_ERROR_MESSAGE, (n) => escapeMarkdown(moreText(n))).slice(
    0,
    MAX_ERROR_MESSAGE,
  );
}
