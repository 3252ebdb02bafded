/**
 * From findings to Outlook's answer (ARCHITECTURE §4-§5). Pure: the send handler supplies what
 * the client supports. Only warnings and errors stop a send; info (such as "no profile yet"),
 * monitor-only findings and what the author ignored for this message never do. Errors keep the
 * manifest's SoftBlock; when every stopping finding is a warning, the dialog offers "Send anyway"
 * (PromptUser).
 *
 * The dialog's text spends its 500 characters on what to fix: grouped by recipient (people with
 * the same problems share one heading), one short line per problem, repeats merged, and a last
 * line saying what to do. Names, found words and profile values are untrusted: each goes through
 * singleLine() (no line breaks that would forge a bullet, no bidi or invisible characters) and
 * defangUrls() (no live link), and is escaped for Markdown.
 */
import type { Finding } from "../core/finding";
import { SEVERITY_RANK } from "../core/finding";
import type { Policy } from "../core/policy";
import { groupProblems, isStopping } from "../core/problems";
import { defangUrls, singleLine, singleLineShort } from "../core/text/single-line";
import type { IgnoredFinding } from "../office/ignored-findings";
import type { ItemNoun } from "../office/notifications";
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
  /** What is being sent: the last line says "this invitation" for one. */
  item?: ItemNoun;
}

export type SendDecision =
  | {
      allow: true;
      monitored: number;
      /** Set when the author ignored warnings of this draft: recorded with the send. */
      summary?: SendSummary;
    }
  | { allow: false; options: Office.SmartAlertsEventCompletedOptions; summary: SendSummary };

/** Findings that stop a send under this policy. */
export function stoppingFindings(findings: readonly Finding[], policy: Policy): Finding[] {
  if (policy.enabled === false || policy.monitorOnly) return [];
  return findings.filter(
    (finding) => isStopping(finding) && !policy.checks?.[finding.check]?.monitorOnly,
  );
}

/**
 * `findings` are those in force; `ignored` what the author ignored for this draft (already taken
 * out of `findings`), kept with the summary.
 */
export function decideSend(
  findings: readonly Finding[],
  policy: Policy,
  context: SendDecisionContext,
  ignored: readonly IgnoredFinding[] = [],
): SendDecision {
  const stopping = worstFirst(stoppingFindings(findings, policy));
  if (stopping.length === 0) {
    return ignored.length > 0
      ? {
          allow: true,
          monitored: findings.length,
          summary: summariseFindings(worstFirst(findings), context.now, ignored),
        }
      : { allow: true, monitored: findings.length };
  }

  const summary = summariseFindings(worstFirst(findings), context.now, ignored);
  const opensPane = context.supports("1.14");
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: plainMessage(stopping, opensPane, context.partial, context.item),
  };
  if (context.supports("1.15"))
    options.errorMessageMarkdown = markdownMessage(
      stopping,
      opensPane,
      context.partial,
      context.item,
    );
  if (opensPane) {
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

// ---------------------------------------------------------------------------------------------
// The dialog's text
// ---------------------------------------------------------------------------------------------

/** Untrusted text as one short, inert line. */
function safe(text: string, max = 60): string {
  return singleLineShort(defangUrls(singleLine(text)), max);
}

/** One short line for a finding: what is wrong, in a few words ("“Meg” → Megge", "mentions Pepsi"). */
export function shortLine(finding: Finding): string {
  const found = finding.evidence ? safe(finding.evidence.text, 48) : "";
  const quoted = found ? `“${found}”` : "";
  switch (finding.check) {
    case "name-spelling":
      return finding.fix && quoted
        ? `${quoted} → ${safe(finding.fix.replacement, 40)}`
        : `${quoted || "a name"}: not how they want to be addressed`;
    case "competitor-mention":
      return `mentions ${found || "a competitor"}`;
    case "unwanted-channel":
      return channelLine(finding, quoted);
    case "meeting-platform":
      return meetingLine(finding, quoted);
    case "billing-detail":
      return "time-entry detail: they want summary billing";
    case "billing-phrase":
      return `refused billing entry ${quoted}`.trim();
    case "entertainment-invite":
      return `${quoted || "an invitation"}: they avoid entertainment`;
    case "avoided-topic":
      return `${quoted || "a topic"}: a topic they avoid`;
    default:
      return safe(finding.message, 90);
  }
}

const PLATFORM_NAMES = ["Microsoft Teams", "Google Meet", "Webex", "Zoom"];

/**
 * "Zoom link: meets on Microsoft Teams", "“Zoom call”: meets on Microsoft Teams": the platform
 * names come from the check's own message ("… meets on {{preferred}}, but … {{platform}} …").
 */
/** Which channel the client avoids, from the check's own message ("…not to be contacted by phone, …"). */
function channelLine(finding: Finding, quoted: string): string {
  const what = quoted || "a call or message";
  if (/asked not to meet in person/.test(finding.message))
    return `${what}: they asked not to meet in person`;
  const channel = /asked not to be contacted by (.+?)[,.]/.exec(finding.message)?.[1];
  return channel
    ? `${what}: they asked not to be contacted by ${safe(channel, 30)}`
    : `${what}: a channel they avoid`;
}

function meetingLine(finding: Finding, quoted: string): string {
  const preferred = /meets on (.+?), but/.exec(finding.message)?.[1];
  if (!preferred) return `${quoted || "a meeting link"}: not their meeting platform`;
  const other = PLATFORM_NAMES.find((p) => p !== preferred && finding.message.includes(p));
  const meets = `meets on ${safe(preferred, 30)}`;
  switch (finding.messageId) {
    case "link":
      return `${other ?? "a meeting"} link: ${meets}`;
    case "invitationLink":
      return `${other ?? "a meeting"} link in the ${finding.evidence?.field ?? "invitation"}: ${meets}`;
    case "invitationPlace":
      return `${other ?? "another platform"} as the location: ${meets}`;
    case "onlineMeeting":
      return `a ${other ?? "different"} meeting: ${meets}`;
    default:
      return `${quoted || other || "another platform"}: ${meets}`;
  }
}

interface DialogGroup {
  /** "Megge Anderson", "Megge Anderson and Jo Miller". */
  heading: string;
  lines: string[];
}

function recipientLabel(finding: Finding): string {
  return safe(finding.recipientName || finding.recipient, 40);
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Lines grouped by the recipients they concern: each problem (see core/problems.ts) is one line
 * per distinct short text; a line for several people appears once, under all their names.
 */
export function dialogGroups(stopping: readonly Finding[]): {
  groups: DialogGroup[];
  problems: number;
} {
  const problems = groupProblems(stopping);
  const byLine = new Map<string, { line: string; names: string[] }>();
  for (const problem of problems) {
    for (const finding of problem.findings) {
      const line = shortLine(finding);
      const entry = byLine.get(line) ?? { line, names: [] };
      byLine.set(line, entry);
      const name = recipientLabel(finding);
      if (!entry.names.includes(name)) entry.names.push(name);
    }
  }
  const groups = new Map<string, DialogGroup>();
  for (const { line, names } of byLine.values()) {
    const heading = joinNames(names);
    const group = groups.get(heading) ?? { heading, lines: [] };
    groups.set(heading, group);
    group.lines.push(line);
  }
  return { groups: [...groups.values()], problems: problems.length };
}

function headline(count: number, partial = false): string {
  const found = count === 1 ? "1 thing" : `${count} things`;
  return partial
    ? `Rapport found ${found} to check before sending (it ran out of time and checked only part of the message):`
    : `Rapport found ${found} to check before sending:`;
}

function closing(opensPane: boolean, markdown: boolean, item: ItemNoun = "message"): string {
  const button = markdown ? `**${REVIEW_LABEL}**` : REVIEW_LABEL;
  if (item === "invitation")
    return opensPane
      ? `Choose ${button} to fix this invitation.`
      : "Fix this invitation, or open Rapport from the ribbon to see what to change.";
  return opensPane
    ? `Choose ${button} to fix them.`
    : "Fix them in the message, or open Rapport from the ribbon to see them.";
}

interface Format {
  head(text: string): string;
  group(heading: string): string;
  item(line: string): string;
  /** What separates a group's heading from its items, and one group from the next. */
  afterHeading: string;
  afterGroup: string;
  close(text: string): string;
  more(count: number): string;
}

/**
 * Headline, groups as they fit, "…and N more" for what did not (and for what the engine counted
 * but did not keep, Finding.moreLikeThis), and the closing line.
 */
function compose(
  stopping: readonly Finding[],
  partial: boolean,
  format: Format,
  closingLine: string,
): string {
  const { groups, problems } = dialogGroups(stopping);
  const total = groups.reduce((n, g) => n + g.lines.length, 0);
  const uncounted = stopping.reduce((n, f) => n + (f.moreLikeThis ?? 0), 0);
  const head = format.head(headline(problems, partial));
  const tail = format.close(closingLine);
  let body = "";
  let shown = 0;
  const fits = (text: string, leftAfter: number) =>
    (head + text + format.more(leftAfter + uncounted || 1) + tail).length <= MAX_ERROR_MESSAGE;
  outer: for (const group of groups) {
    let piece = format.group(group.heading) + format.afterHeading;
    let added = 0;
    for (const line of group.lines) {
      const next = piece + format.item(line);
      if (!fits(body + next + format.afterGroup, total - shown - added - 1)) {
        if (added > 0) body += piece + format.afterGroup;
        shown += added;
        break outer;
      }
      piece = next;
      added++;
    }
    body += piece + format.afterGroup;
    shown += added;
  }
  const left = total - shown + uncounted;
  return (head + body + (left > 0 ? format.more(left) : "") + tail).slice(0, MAX_ERROR_MESSAGE);
}

// The rest are listed on the task pane's Warnings tab (its other tab is "Client profile").
const moreText = (n: number) => `…and ${n} more on Rapport's Warnings tab.`;

/** For clients without Markdown (before Mailbox 1.15): plain lines, "•" for items. */
export function plainMessage(
  stopping: readonly Finding[],
  opensPane = true,
  partial = false,
  item: ItemNoun = "message",
): string {
  return compose(
    stopping,
    partial,
    {
      head: (text) => `${text}\n`,
      group: (heading) => `${heading}:`,
      item: (line) => `\n• ${line}`,
      afterHeading: "",
      afterGroup: "\n",
      close: (text) => text,
      more: (n) => `${moreText(n)}\n`,
    },
    closing(opensPane, false, item),
  );
}

/** Finding text comes from drafts and profiles: escape everything Markdown could act on. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`).replace(/\s+/g, " ");
}

/**
 * Smart Alerts Markdown (Mailbox 1.15): bold headings, list items that end with "\r", blocks
 * separated by "\n\n", as Microsoft specifies ("Limitations to formatting the dialog message
 * using Markdown", onmessagesend-onappointmentsend-events on Microsoft Learn).
 */
export function markdownMessage(
  stopping: readonly Finding[],
  opensPane = true,
  partial = false,
  item: ItemNoun = "message",
): string {
  return compose(
    stopping,
    partial,
    {
      head: (text) => `**${escapeMarkdown(text)}**\n\n`,
      group: (heading) => `**${escapeMarkdown(heading)}:**`,
      item: (line) => `- ${escapeMarkdown(line)}\r`,
      afterHeading: "\n\n",
      afterGroup: "\n\n",
      close: (text) => text,
      more: (n) => `${escapeMarkdown(moreText(n))}\n\n`,
    },
    closing(opensPane, true, item),
  );
}
