/**
 * What the send-time check found, handed to the task pane two ways: as Smart Alerts contextData
 * (read with getInitializationContextAsync when "Review warnings" opens the pane) and stored on
 * the item (sessionData, Mailbox 1.11, which every Smart Alerts client has), for a pane opened
 * from the ribbon. Session data belongs to its draft and goes with it; nothing is kept in the
 * key/value store, where a summary (with client names) would outlive the draft indefinitely.
 */
import type { Finding, Severity } from "../core/finding";
import { singleLineShort } from "../core/text/single-line";
import type { IgnoredFinding } from "./ignored-findings";
import { officeCall } from "./office-call";
import type { ComposeItemLike } from "./office-types";
import type { KeyValueStore } from "./storage";

export interface SendSummaryFinding {
  check: string;
  severity: Severity;
  recipient: string;
  recipientName?: string;
  message: string;
  monitorOnly?: boolean;
}

/** A warning the author ignored for this message, with their reason: recorded, not shown. */
export interface SendSummaryIgnored {
  check: string;
  recipient: string;
  text: string;
  reason?: string;
  at: string;
}

/**
 * A recipient the check ran out of time before checking in full (launchevent/partial-check.ts):
 * listed so the pane can say whom the send-time check did not cover.
 */
export interface SendSummaryNotChecked {
  recipient: string;
  recipientName?: string;
  kind?: string;
  /** Some of its checks ran; without it, none did. */
  partly?: true;
}

export interface SendSummary {
  kind: "rapport.send-check";
  version: 1;
  /** ISO time of the check. */
  checkedAt: string;
  findings: SendSummaryFinding[];
  /** Findings left out to keep contextData small. */
  omitted: number;
  /** What the author ignored for this draft ("Ignore for this message"), and why. */
  ignored?: SendSummaryIgnored[];
  /**
   * Present when the checks ran out of time: the recipients not checked in full, in the order
   * they were to be checked (at most MAX_SUMMARY_FINDINGS), and how many more there were.
   */
  notChecked?: SendSummaryNotChecked[];
  notCheckedOmitted?: number;
}

/** What is kept of the words an ignore covers (they are folded and short already). */
const MAX_IGNORED_TEXT = 120;

/** contextData travels through Outlook; a handful of findings is what the pane needs to open on. */
export const MAX_SUMMARY_FINDINGS = 20;
export const SESSION_KEY = "rapport.sendSummary";
/** Where earlier versions kept the latest summary for good; removed on the next save. */
export const LEGACY_STORE_KEY = "rapport.sendSummary.latest";

export function summariseFindings(
  findings: readonly Finding[],
  checkedAt: Date,
  ignored: readonly IgnoredFinding[] = [],
  notChecked?: readonly SendSummaryNotChecked[],
): SendSummary {
  const kept = findings.slice(0, MAX_SUMMARY_FINDINGS).map((finding) => {
    const entry: SendSummaryFinding = {
      check: finding.check,
      severity: finding.severity,
      recipient: finding.recipient,
      message: finding.message,
    };
    if (finding.recipientName) entry.recipientName = finding.recipientName;
    if (finding.monitorOnly) entry.monitorOnly = true;
    return entry;
  });
  const summary: SendSummary = {
    kind: "rapport.send-check",
    version: 1,
    checkedAt: checkedAt.toISOString(),
    findings: kept,
    omitted: findings.length - kept.length,
  };
  if (ignored.length > 0)
    summary.ignored = ignored.slice(0, MAX_SUMMARY_FINDINGS).map((entry) => {
      const record: SendSummaryIgnored = {
        check: entry.check,
        recipient: entry.recipient,
        text: singleLineShort(entry.text, MAX_IGNORED_TEXT),
        at: entry.at,
      };
      if (entry.reason) record.reason = entry.reason;
      return record;
    });
  if (notChecked) {
    summary.notChecked = notChecked.slice(0, MAX_SUMMARY_FINDINGS).map((entry) => ({ ...entry }));
    if (notChecked.length > MAX_SUMMARY_FINDINGS)
      summary.notCheckedOmitted = notChecked.length - MAX_SUMMARY_FINDINGS;
  }
  return summary;
}

/** Parse contextData or a stored value; undefined when it is not a Rapport summary. */
export function parseSendSummary(text: string | undefined | null): SendSummary | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<SendSummary>;
    if (value?.kind !== "rapport.send-check" || !Array.isArray(value.findings)) return undefined;
    return value as SendSummary;
  } catch {
    return undefined;
  }
}

/** Store the summary on the item (and drop what older versions kept); each may fail alone. */
export async function saveSendSummary(
  summary: SendSummary,
  item: ComposeItemLike | undefined,
  store: KeyValueStore,
): Promise<void> {
  const text = JSON.stringify(summary);
  const writes: Promise<unknown>[] = [store.delete(LEGACY_STORE_KEY)];
  const sessionData = item?.sessionData;
  if (sessionData) {
    writes.push(
      officeCall<void>("store the findings on the item", (done) =>
        sessionData.setAsync(SESSION_KEY, text, done),
      ),
    );
  }
  await Promise.allSettled(writes);
}

/**
 * For the task pane: the findings the send check left for this item — contextData first (the pane
 * was opened from the Smart Alerts dialog), then the item's sessionData.
 */
export async function loadSendSummary(
  item: ComposeItemLike | undefined,
): Promise<SendSummary | undefined> {
  const sources: (() => Promise<string | undefined>)[] = [];
  const getContext = item?.getInitializationContextAsync?.bind(item);
  if (getContext) {
    sources.push(() =>
      officeCall<string>("read the Smart Alerts context", (done) => getContext(done)),
    );
  }
  const sessionData = item?.sessionData;
  if (sessionData) {
    sources.push(() =>
      officeCall<string>("read the item's stored findings", (done) =>
        sessionData.getAsync(SESSION_KEY, done),
      ),
    );
  }
  for (const source of sources) {
    try {
      const summary = parseSendSummary(await source());
      if (summary) return summary;
    } catch {
      // Absent context or key: try the next place.
    }
  }
  return undefined;
}
