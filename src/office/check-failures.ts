/**
 * The items that could not be checked (or were checked only in part, or against saved profiles),
 * kept in the key/value store for each mailbox. Support reads them; and when the author was not
 * told at send time (a client without Smart Alerts' Send-anyway prompt, or a policy that sends),
 * the next compose and the task pane tell them.
 *
 * Kept per mailbox (audits 50i-2, 50s-4): the store is per add-in domain (OfficeRuntime.storage)
 * or per browser origin (localStorage), shared by every mailbox in one Outlook and by the next
 * person on a shared browser; one slot for all of them showed A's record to B, let B's notice
 * mark it as told, and let the next record replace an untold one. So the key carries the mailbox
 * (Office.context.mailbox.userProfile.emailAddress, the owner the profile cache uses) and holds a
 * short list, at most MAX_RECORDS, in which an untold record gives way only to a newer untold one
 * when all are untold.
 *
 * What is stored: Rapport's own wording and reason codes, the item's kind (message or
 * invitation), when it was sent, and while the author has not been told, the item's subject
 * (clipped to SUBJECT_MAX). The subject is the author's own, already in their Sent items and
 * calendar; it is kept under their mailbox's key only, only until they are told (dismissed,
 * past a day, or told at send time: never stored), and is shown as text, never as HTML. Since
 * round 49 the wording may name recipients Rapport could not check (a contact list's name).
 */
import type { KeyValueStore } from "./storage";
import type { ItemNoun } from "./notifications";
import { singleLineShort } from "../core/text/single-line";

/** The one slot before round 50, for every mailbox: read once and dropped (see readCheckFailures). */
export const LEGACY_FAILURE_KEY = "rapport.lastCheckFailure";
export const FAILURES_KEY_PREFIX = "rapport.checkFailures:";
/** How many records a mailbox keeps. */
export const MAX_RECORDS = 5;
/** Longest subject kept, in characters. */
export const SUBJECT_MAX = 40;

/** After a day the notice is about an item the author no longer remembers. */
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
  /** What was sent; a message when absent (records before round 50). */
  item?: ItemNoun;
  /** The item's subject, clipped; kept only while the author has not been told. */
  subject?: string;
  /** The next compose has shown it. */
  shownInCompose?: boolean;
  /** The author dismissed it in the task pane. */
  dismissed?: boolean;
}

/** The mailbox's address, lower case, as the profile cache names its owner; undefined when none. */
export function mailboxOwner(
  mailbox: { userProfile?: { emailAddress?: unknown } } | null | undefined,
): string | undefined {
  const address = mailbox?.userProfile?.emailAddress;
  return typeof address === "string" && address.trim() ? address.trim().toLowerCase() : undefined;
}

/** Where this mailbox's records live; a runtime that knows no mailbox has a key of its own. */
export function failuresKey(owner: string | undefined): string {
  return `${FAILURES_KEY_PREFIX}${owner?.trim().toLowerCase() || "-"}`;
}

function parseRecord(value: unknown): CheckFailureRecord | undefined {
  const v = value as Partial<CheckFailureRecord> | null;
  if (
    !v ||
    typeof v !== "object" ||
    typeof v.at !== "string" ||
    typeof v.reason !== "string" ||
    typeof v.text !== "string" ||
    Number.isNaN(Date.parse(v.at))
  )
    return undefined;
  return {
    at: v.at,
    reason: v.reason,
    text: v.text,
    told: v.told === true,
    ...(v.item === "invitation" || v.item === "message" ? { item: v.item } : {}),
    ...(typeof v.subject === "string" && v.subject.trim()
      ? { subject: singleLineShort(v.subject, SUBJECT_MAX) }
      : {}),
    ...(v.shownInCompose === true ? { shownInCompose: true } : {}),
    ...(v.dismissed === true ? { dismissed: true } : {}),
  };
}

/**
 * This mailbox's records, oldest first. The single slot of earlier versions is dropped when
 * found: it says nothing of whose it was, and showing it to whichever mailbox reads first is the
 * harm this key fixes; at most one notice, at most a day old, is lost with it.
 */
export async function readCheckFailures(
  store: KeyValueStore,
  owner: string | undefined,
): Promise<CheckFailureRecord[]> {
  if ((await store.get(LEGACY_FAILURE_KEY)) !== undefined)
    await store.delete(LEGACY_FAILURE_KEY).catch(() => undefined);
  let value: unknown;
  try {
    value = JSON.parse((await store.get(failuresKey(owner))) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const records: CheckFailureRecord[] = [];
  for (const entry of value) {
    const record = parseRecord(entry);
    if (record) records.push(record);
  }
  return records;
}

function untold(record: CheckFailureRecord, now: Date): boolean {
  if (record.told) return false;
  const age = now.getTime() - Date.parse(record.at);
  return age >= 0 && age < UNTOLD_NOTICE_MS;
}

/** Nothing left to tell about it: told at send, dismissed, or past a day. */
function done(record: CheckFailureRecord, now: Date): boolean {
  return !untold(record, now) || record.dismissed === true;
}

async function writeCheckFailures(
  store: KeyValueStore,
  owner: string | undefined,
  records: CheckFailureRecord[],
  now: Date,
): Promise<void> {
  const kept = [...records];
  // Over the limit, the oldest record with nothing left to tell goes first, then the oldest.
  while (kept.length > MAX_RECORDS) {
    const spent = kept.findIndex((r) => done(r, now));
    kept.splice(spent >= 0 ? spent : 0, 1);
  }
  // A subject is kept only while there is something to tell.
  const stored = kept.map((r) => {
    if (r.subject === undefined || !done(r, now)) return r;
    const { subject: _subject, ...rest } = r;
    return rest;
  });
  await store.set(failuresKey(owner), JSON.stringify(stored));
}

/**
 * One change of a mailbox's records at a time in this runtime (read, change, write back): a send's
 * record and the next compose marking one shown could otherwise interleave and lose one (last
 * read, round 50). Two runtimes (pane and event in classic Windows) have two stores anyway.
 */
const changing = new Map<string, Promise<unknown>>();
function oneAtATime<T>(owner: string | undefined, change: () => Promise<T>): Promise<T> {
  const key = failuresKey(owner);
  const run = (changing.get(key) ?? Promise.resolve()).then(change, change);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  changing.set(key, settled);
  void settled.then(() => changing.get(key) === settled && changing.delete(key));
  return run;
}

export async function recordCheckFailure(
  store: KeyValueStore,
  owner: string | undefined,
  record: CheckFailureRecord,
): Promise<void> {
  const now = new Date(Date.parse(record.at));
  const subject = record.subject ? singleLineShort(record.subject, SUBJECT_MAX) : "";
  const { subject: _subject, ...rest } = record;
  const entry: CheckFailureRecord = !record.told && subject ? { ...rest, subject } : rest;
  await oneAtATime(owner, async () => {
    const records = await readCheckFailures(store, owner);
    await writeCheckFailures(store, owner, [...records, entry], now);
  });
}

/**
 * For the next compose: the oldest untold record it has not shown yet, once (then marked as
 * shown there); one a compose, so each is named in full within the bar's 150 characters.
 */
export async function takeUntoldForCompose(
  store: KeyValueStore,
  owner: string | undefined,
  now: Date,
): Promise<CheckFailureRecord | undefined> {
  return oneAtATime(owner, async () => {
    const records = await readCheckFailures(store, owner);
    const index = records.findIndex((r) => untold(r, now) && !r.dismissed && !r.shownInCompose);
    const record = records[index];
    if (!record) return undefined;
    records[index] = { ...record, shownInCompose: true };
    await writeCheckFailures(store, owner, records, now);
    return record;
  });
}

/** For the task pane: this mailbox's untold records, newest first, until each is dismissed. */
export async function untoldForPane(
  store: KeyValueStore,
  owner: string | undefined,
  now: Date,
): Promise<CheckFailureRecord[]> {
  const records = await readCheckFailures(store, owner);
  return records.filter((r) => untold(r, now) && !r.dismissed).reverse();
}

/** The author dismissed this record in the pane (every untold one when `at` is not given). */
export async function dismissCheckFailure(
  store: KeyValueStore,
  owner: string | undefined,
  at?: string,
): Promise<void> {
  await oneAtATime(owner, async () => {
    const records = await readCheckFailures(store, owner);
    if (records.length === 0) return;
    await writeCheckFailures(
      store,
      owner,
      records.map((r) => (at === undefined || r.at === at ? { ...r, dismissed: true } : r)),
      new Date(),
    );
  });
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

/** What kind of record, for its headline: nothing checked, some recipients, part, saved copy. */
export type RecordKind = "unchecked" | "recipients" | "partial" | "saved-copy";

export function recordKind(reason: string): RecordKind {
  if (reason.indexOf("saved-copy:") === 0) return "saved-copy";
  if (reason.indexOf("unchecked:") === 0) return "recipients";
  if (reason === "partial") return "partial";
  return "unchecked";
}
