/**
 * What the send-time check found, handed to the task pane two ways: as Smart Alerts contextData
 * (read with getInitializationContextAsync when "Review warnings" opens the pane) and stored on
 * the item (sessionData, Mailbox 1.11, which every Smart Alerts client has), for a pane opened
 * from the ribbon. Session data belongs to its draft and goes with it; nothing is kept in the
 * key/value store, where a summary (with client names) would outlive the draft indefinitely.
 */
import type { Finding, Severity } from "../core/finding";
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

export interface SendSummary {
  kind: "rapport.send-check";
  version: 1;
  /** ISO time of the check. */
  checkedAt: string;
  findings: SendSummaryFinding[];
  /** Findings left out to keep contextData small. */
  omitted: number;
}

/** contextData travels through Outlook; a handful of findings is what the pane needs to open on. */
export const MAX_SUMMARY_FINDINGS = 20;
export const SESSION_KEY = "rapport.sendSummary";
/** Where earlier versions kept the latest summary for good; removed on the next save. */
export const LEGACY_STORE_KEY = "rapport.sendSummary.latest";

export function summariseFindings(findings: readonly Finding[], checkedAt: Date): SendSummary {
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
  return {
    kind: "rapport.send-check",
    version: 1,
    checkedAt: checkedAt.toISOString(),
    findings: kept,
    omitted: findings.length - kept.length,
  };
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
