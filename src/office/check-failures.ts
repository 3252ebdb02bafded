/**
 * The last time a message could not be checked (or was checked only against saved profiles),
 * kept in the key/value store. Support reads it; and when the author was not told at send time
 * (a client without Smart Alerts' Send-anyway prompt, or a policy that sends), the next compose
 * and the task pane tell them. Only Rapport's own fixed wording and reason codes are stored,
 * never the message's text or subject; since round 49 the wording may name recipients Rapport
 * could not check (a contact list's display name), so the author knows whom.
 */
import type { KeyValueStore } from "./storage";

export const LAST_FAILURE_KEY = "rapport.lastCheckFailure";

/** After a day the notice is about a message the author no longer remembers. */
export const UNTOLD_NOTICE_MS = 24 * 60 * 60 * 1000;

export interface CheckFailureRecord {
  /** ISO time of the send. */
  at: string;
  /** Stable reason code for support (failure-reason.ts), e.g. "profiles:network". */
  reason: string;
  /** What happened, in the author's words (Rapport's fixed text, never the message's). */
  text: string;
  /** The author saw it when sending (the Smart Alerts prompt); nothing left to tell. */
  told: boolean;
  /** The next compose has shown it. */
  shownInCompose?: boolean;
  /** The author dismissed it in the task pane. */
  dismissed?: boolean;
}

export async function recordCheckFailure(
  store: KeyValueStore,
  record: CheckFailureRecord,
): Promise<void> {
  await store.set(LAST_FAILURE_KEY, JSON.stringify(record));
}

/** The stored record, or undefined when there is none or it is not one of ours. */
export async function readCheckFailure(
  store: KeyValueStore,
): Promise<CheckFailureRecord | undefined> {
  let value: Partial<CheckFailureRecord> | null;
  try {
    value = JSON.parse((await store.get(LAST_FAILURE_KEY)) ?? "null") as typeof value;
  } catch {
    return undefined;
  }
  if (
    !value ||
    typeof value.at !== "string" ||
    typeof value.reason !== "string" ||
    typeof value.text !== "string" ||
    Number.isNaN(Date.parse(value.at))
  )
    return undefined;
  return {
    at: value.at,
    reason: value.reason,
    text: value.text,
    told: value.told === true,
    ...(value.shownInCompose === true ? { shownInCompose: true } : {}),
    ...(value.dismissed === true ? { dismissed: true } : {}),
  };
}

function untold(record: CheckFailureRecord | undefined, now: Date): boolean {
  if (!record || record.told) return false;
  const age = now.getTime() - Date.parse(record.at);
  return age >= 0 && age < UNTOLD_NOTICE_MS;
}

/** For the next compose: the untold record, once; it is marked as shown there. */
export async function takeUntoldForCompose(
  store: KeyValueStore,
  now: Date,
): Promise<CheckFailureRecord | undefined> {
  const record = await readCheckFailure(store);
  if (!untold(record, now) || record!.shownInCompose) return undefined;
  await recordCheckFailure(store, { ...record!, shownInCompose: true });
  return record;
}

/** For the task pane: the untold record until the author dismisses it. */
export async function untoldForPane(
  store: KeyValueStore,
  now: Date,
): Promise<CheckFailureRecord | undefined> {
  const record = await readCheckFailure(store);
  return untold(record, now) && !record!.dismissed ? record : undefined;
}

export async function dismissCheckFailure(store: KeyValueStore): Promise<void> {
  const record = await readCheckFailure(store);
  if (record) await recordCheckFailure(store, { ...record, dismissed: true });
}

/** "12 minutes ago", "3 hours ago", "2 days ago": how long since `at`, for a notice. */
export function timeAgo(at: Date | number, now: Date | number): string {
  const minutes = Math.max(0, Math.round((Number(now) - Number(at)) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}
