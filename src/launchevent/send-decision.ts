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
import { domainOf } from "../core/draft";
import type { Finding } from "../core/finding";
import { SEVERITY_RANK } from "../core/finding";
import type { Policy } from "../core/policy";
import { groupProblems, isStopping } from "../core/problems";
import { defangUrls, singleLine, singleLineShort } from "../core/text/single-line";
import type { IgnoredFinding } from "../office/ignored-findings";
import type { ItemNoun } from "../office/notifications";
import { summariseFindings, type SendSummary } from "../office/send-summary";
import { partialDialogNote, type PartialCheck } from "./partial-check";

export const MAX_ERROR_MESSAGE = 500;
export const REVIEW_LABEL = "Review warnings"; // ≤ 20 characters (Smart Alerts limit)
export const PROMPT_USER = "promptUser"; // Office.MailboxEnums.SendModeOverride.PromptUser

export interface SendDecisionContext {
  supports(mailboxVersion: "1.14" | "1.15"): boolean;
  commandId: string;
  now: Date;
  /**
   * The checks ran out of time before every one had run: the dialog says so, naming whom it left
   * unchecked when it knows (partial-check.ts), and the summary lists them for the pane.
   */
  partial?: boolean | PartialCheck;
  /** What is being sent: the last line says "this invitation" for one. */
  item?: ItemNoun;
  /** Lines of Rapport's own for the dialog, after the problems (see DialogNote). */
  notes?: readonly DialogNote[];
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
  const { partial, item, notes } = context;
  const notChecked = typeof partial === "object" ? partial.notChecked : undefined;
  if (stopping.length === 0) {
    return ignored.length > 0
      ? {
          allow: true,
          monitored: findings.length,
          summary: summariseFindings(worstFirst(findings), context.now, ignored, notChecked),
        }
      : { allow: true, monitored: findings.length };
  }

  const summary = summariseFindings(worstFirst(findings), context.now, ignored, notChecked);
  const opensPane = context.supports("1.14");
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: plainMessage(stopping, opensPane, partial, item, notes),
  };
  if (context.supports("1.15"))
    options.errorMessageMarkdown = markdownMessage(stopping, opensPane, partial, item, notes);
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

interface DialogLine {
  text: string;
  /** The problems (indexes into groupProblems' answer) this line speaks for. */
  problems: number[];
}

interface DialogGroup {
  /** The recipients it concerns, one label per address, in the order first met. */
  names: string[];
  /** Their e-mail domain when they all share one ("… and 21 others at coca-cola.example"). */
  domain?: string;
  lines: DialogLine[];
}

function recipientLabel(finding: Finding): string {
  return safe(finding.recipientName || finding.recipient, 40);
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Names shown in a heading before the rest become a count ("… and 21 others"). */
const MAX_NAMES = 3;

/**
 * A group's heading naming at most `count` people, the rest counted: "Megge Anderson, Jo Miller
 * and 21 others at coca-cola.example"; with `count` 0, "23 recipients at coca-cola.example".
 */
function heading(group: DialogGroup, count: number): string {
  const { names } = group;
  if (count >= names.length) return joinNames(names);
  const at = group.domain ? ` at ${group.domain}` : "";
  const others = names.length - count;
  if (count <= 0) return `${names.length} recipients${at}`;
  return `${names.slice(0, count).join(", ")} and ${others === 1 ? "1 other" : `${others} others`}${at}`;
}

/**
 * The headings a group may take, longest first: everyone when they are few (MAX_NAMES, or one
 * more, which a count would not shorten), then fewer names and a count, then a count alone.
 */
function headings(group: DialogGroup): string[] {
  const n = group.names.length;
  const counts = [n <= MAX_NAMES + 1 ? n : MAX_NAMES, 2, 1, 0].filter(
    (count, i, all) => count <= n && all.indexOf(count) === i && (count > 0 || n > 1),
  );
  return counts.map((count) => heading(group, count));
}

/**
 * Lines grouped by the recipients they concern: each problem (see core/problems.ts) is one line
 * per distinct short text; a line for several people appears once, under all their names.
 * `problems` counts the problems, `uncounted` what the engine found but did not keep
 * (Finding.moreLikeThis): together, the things the headline counts.
 */
export function dialogGroups(stopping: readonly Finding[]): {
  groups: DialogGroup[];
  problems: number;
  uncounted: number;
} {
  const problems = groupProblems(stopping);
  const byLine = new Map<string, { line: DialogLine; people: Map<string, string> }>();
  problems.forEach((problem, index) => {
    for (const finding of problem.findings) {
      const text = shortLine(finding);
      let entry = byLine.get(text);
      if (!entry) {
        entry = { line: { text, problems: [] }, people: new Map() };
        byLine.set(text, entry);
      }
      if (entry.line.problems.indexOf(index) < 0) entry.line.problems.push(index);
      const address = finding.recipient.toLowerCase();
      if (!entry.people.has(address)) entry.people.set(address, recipientLabel(finding));
    }
  });
  const groups = new Map<string, DialogGroup>();
  byLine.forEach(({ line, people }) => {
    const addresses = [...people.keys()];
    const key = addresses.join("\n");
    let group = groups.get(key);
    if (!group) {
      group = { names: [...people.values()], lines: [] };
      const domain = domainOf(addresses[0] ?? "");
      if (domain && addresses.every((address) => domainOf(address) === domain))
        group.domain = safe(domain, 40);
      groups.set(key, group);
    }
    group.lines.push(line);
  });
  const uncounted = stopping.reduce((n, f) => n + (f.moreLikeThis ?? 0), 0);
  return { groups: [...groups.values()], problems: problems.length, uncounted };
}

function headline(count: number): string {
  return `Rapport found ${count === 1 ? "1 thing" : `${count} things`} to check before sending:`;
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

/**
 * A line of Rapport's own beside the problems (the checks ran out of time; a list Rapport cannot
 * see into): one text, or several, longest first, of which the dialog shows the first that fits.
 * Plain text; the format escapes it. Shown after the problems, before the last line, and only in
 * the room the first problem leaves: a note never pushes every problem out.
 */
export type DialogNote = string | readonly string[];

interface Format {
  head(text: string): string;
  group(heading: string): string;
  item(line: string): string;
  /** What separates a group's heading from its items, and one group from the next. */
  afterHeading: string;
  afterGroup: string;
  note(text: string): string;
  close(text: string): string;
  more(count: number): string;
}

/** The shortest a problem's line or a note is cut to before it is left out. */
const MIN_LINE = 24;
const MIN_NOTE = 32;

/**
 * `render(text)` with `text` cut (singleLineShort: an ellipsis, never half a surrogate pair) until
 * it is at most `room` long; undefined when even `min` characters do not fit. The cut is made on
 * the plain text, before `render` escapes it, so it never falls inside an escape.
 */
function fitted(
  text: string,
  room: number,
  render: (text: string) => string,
  min: number,
): string | undefined {
  let max = text.length;
  for (;;) {
    const out = render(singleLineShort(text, max));
    if (out.length <= room) return out;
    if (max <= min) return undefined;
    max = Math.max(min, Math.min(max - 1, Math.floor((max * room) / out.length)));
  }
}

/** Cuts `text` to `max` without leaving half a surrogate pair or a lone escaping backslash. */
function cutSafely(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  let slashes = 0;
  while (cut - slashes > 0 && text[cut - slashes - 1] === "\\") slashes++;
  return text.slice(0, cut - (slashes % 2));
}

/**
 * Headline, problems as they fit, "…and N more" for the rest, notes, and the closing line, within
 * MAX_ERROR_MESSAGE. The first problem and whom it concerns always show: its heading gives way
 * to "A, B and N others at domain", then to a count, and its line is cut, before it is left out;
 * notes get only the room that problem at its shortest leaves. The headline counts problems
 * plus what the engine counted but did not keep (Finding.moreLikeThis), and "…and N more" is that
 * count less the problems shown, so the two always agree.
 */
function compose(
  stopping: readonly Finding[],
  notes: readonly DialogNote[],
  format: Format,
  closingLine: string,
): string {
  const { groups, problems, uncounted } = dialogGroups(stopping);
  const head = format.head(headline(problems + uncounted));
  const tail = format.close(closingLine);
  const first = groups[0];
  if (!first) return cutSafely(head + tail, MAX_ERROR_MESSAGE);

  const shown = new Set<number>();
  const newlyShown = (lines: readonly DialogLine[]) => {
    const added = new Set<number>();
    for (const line of lines)
      for (const p of line.problems) if (!shown.has(p) && !added.has(p)) added.add(p);
    return added;
  };
  const leftWith = (lines: readonly DialogLine[]) =>
    problems - shown.size - newlyShown(lines).size + uncounted;
  const moreLine = (left: number) => (left > 0 ? format.more(left) : "");

  // The first problem at its shortest, and what the rest of the text needs around it.
  const firstLine = first.lines[0]!;
  const firstHeadings = headings(first);
  const opening = (option: string) => format.group(option) + format.afterHeading;
  const shortestOpening = opening(firstHeadings[firstHeadings.length - 1]!);
  const around =
    head.length + tail.length + moreLine(leftWith([firstLine])).length + format.afterGroup.length;
  // Notes, in the room the first problem leaves with its whole line under its shortest
  // heading; only when that leaves too little, in the room it leaves with its line cut.
  const wholeFirst = shortestOpening.length + format.item(firstLine.text).length;
  const shortestFirst =
    shortestOpening.length + format.item(singleLineShort(firstLine.text, MIN_LINE)).length;
  let noteRoom = MAX_ERROR_MESSAGE - around - wholeFirst;
  if (noteRoom < MIN_NOTE * 2) noteRoom = MAX_ERROR_MESSAGE - around - shortestFirst;
  let noteText = "";
  for (const note of notes) {
    const variants = (typeof note === "string" ? [note] : note)
      .map((variant) => safe(variant, MAX_ERROR_MESSAGE))
      .filter((variant) => variant !== "");
    if (variants.length === 0) continue;
    const text =
      variants.map((variant) => format.note(variant)).find((out) => out.length <= noteRoom) ??
      fitted(variants[variants.length - 1]!, noteRoom, format.note, MIN_NOTE);
    if (text === undefined) continue;
    noteText += text;
    noteRoom -= text.length;
  }

  // The first problem: the longest heading with its whole line, else the shortest, its line cut.
  const room = MAX_ERROR_MESSAGE - around - noteText.length;
  let piece = "";
  for (const option of firstHeadings) {
    const whole = opening(option) + format.item(firstLine.text);
    if (whole.length <= room) {
      piece = whole;
      break;
    }
  }
  if (!piece)
    piece =
      shortestOpening +
      (fitted(firstLine.text, room - shortestOpening.length, format.item, 1) ?? format.item("…"));
  newlyShown([firstLine]).forEach((p) => shown.add(p));

  // Then the rest as they fit: the first group's other lines, then the other groups, each under
  // its longest heading. A group is kept with the lines that fitted, or left out with none.
  const fits = (text: string, lines: readonly DialogLine[]) =>
    (head + text + format.afterGroup + moreLine(leftWith(lines)) + noteText + tail).length <=
    MAX_ERROR_MESSAGE;
  let done = "";
  let pending: DialogLine[] = [];
  let hasLine = true;
  const commit = () => {
    if (hasLine) {
      done += piece + format.afterGroup;
      newlyShown(pending).forEach((p) => shown.add(p));
    }
    piece = "";
    pending = [];
  };
  outer: for (const [index, group] of groups.entries()) {
    if (index > 0) {
      piece = opening(headings(group)[0]!);
      hasLine = false;
    }
    for (const line of index === 0 ? group.lines.slice(1) : group.lines) {
      const next = piece + format.item(line.text);
      if (!fits(done + next, [...pending, line])) break outer;
      piece = next;
      pending.push(line);
      hasLine = true;
    }
    commit();
  }
  if (piece) commit();
  const left = problems - shown.size + uncounted;
  return cutSafely(head + done + moreLine(left) + noteText + tail, MAX_ERROR_MESSAGE);
}

// The rest are listed on the task pane's Warnings tab (its other tab is "Client profile").
const moreText = (n: number) => `…and ${n} more on Rapport's Warnings tab.`;

/** The dialog's notes: the checks' time-out first, then the caller's. */
function allNotes(
  partial: boolean | PartialCheck | undefined,
  notes: readonly DialogNote[],
): DialogNote[] {
  return partial ? [partialDialogNote(partial), ...notes] : [...notes];
}

/** For clients without Markdown (before Mailbox 1.15): plain lines, "•" for items. */
export function plainMessage(
  stopping: readonly Finding[],
  opensPane = true,
  partial: boolean | PartialCheck = false,
  item: ItemNoun = "message",
  notes: readonly DialogNote[] = [],
): string {
  return compose(
    stopping,
    allNotes(partial, notes),
    {
      head: (text) => `${text}\n`,
      group: (heading) => `${heading}:`,
      item: (line) => `\n• ${line}`,
      afterHeading: "",
      afterGroup: "\n",
      note: (text) => `${text}\n`,
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
  partial: boolean | PartialCheck = false,
  item: ItemNoun = "message",
  notes: readonly DialogNote[] = [],
): string {
  return compose(
    stopping,
    allNotes(partial, notes),
    {
      head: (text) => `**${escapeMarkdown(text)}**\n\n`,
      group: (heading) => `**${escapeMarkdown(heading)}:**`,
      item: (line) => `- ${escapeMarkdown(line)}\r`,
      afterHeading: "\n\n",
      afterGroup: "\n\n",
      note: (text) => `${escapeMarkdown(text)}\n\n`,
      close: (text) => text,
      more: (n) => `${escapeMarkdown(moreText(n))}\n\n`,
    },
    closing(opensPane, true, item),
  );
}
