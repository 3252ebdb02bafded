/**
 * "Ignore for this message": warnings the author says are intended ("I must name the
 * competitor"), kept per draft in the item's sessionData (Mailbox 1.11), which the task pane and
 * the send handler of the same draft both read, and which no other draft sees. An ignore matches
 * by what was found and for whom, not by offsets, so typing elsewhere does not undo it: the same
 * check, recipient, field and text (case and spacing aside).
 */
import type { Finding } from "../core/finding";
import { singleLineShort } from "../core/text/single-line";
import { officeCall } from "./office-call";
import type { SessionDataLike } from "./office-types";

export const IGNORED_KEY = "rapport.ignored";

/** At most this many ignores are kept per draft (sessionData holds 50,000 characters in all). */
export const MAX_IGNORED = 50;
const MAX_TEXT = 200;
const MAX_REASON = 200;

export interface IgnoredFinding {
  check: string;
  /** Lower-case address of the recipient. */
  recipient: string;
  /** Evidence field ("" when the finding has no evidence). */
  field: string;
  /** Evidence text, folded (see `foldText`). */
  text: string;
  /** The author's reason, as typed (one line). */
  reason?: string;
  /** ISO time the author ignored it. */
  at: string;
}

function foldText(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase().slice(0, MAX_TEXT);
}

function keyOf(entry: Pick<IgnoredFinding, "check" | "recipient" | "field" | "text">): string {
  return [entry.check, entry.recipient.toLowerCase(), entry.field, foldText(entry.text)].join(
    "\u0000",
  );
}

/** The ignore entry that would cover this finding. */
export function ignoreEntryFor(finding: Finding, at: Date, reason?: string): IgnoredFinding {
  const entry: IgnoredFinding = {
    check: finding.check,
    recipient: finding.recipient.toLowerCase(),
    field: finding.evidence?.field ?? "",
    text: foldText(finding.evidence?.text ?? ""),
    at: at.toISOString(),
  };
  const why = reason === undefined ? "" : singleLineShort(reason, MAX_REASON);
  if (why) entry.reason = why;
  return entry;
}

/** The ignore covering `finding`, if any. */
export function ignoreFor(
  finding: Finding,
  ignored: readonly IgnoredFinding[],
): IgnoredFinding | undefined {
  if (ignored.length === 0) return undefined;
  const key = keyOf(ignoreEntryFor(finding, new Date(0)));
  return ignored.find((entry) => keyOf(entry) === key);
}

/** Findings split into those still in force and those the author ignored for this message. */
export function applyIgnores(
  findings: readonly Finding[],
  ignored: readonly IgnoredFinding[],
): { kept: Finding[]; ignored: { finding: Finding; entry: IgnoredFinding }[] } {
  const kept: Finding[] = [];
  const dropped: { finding: Finding; entry: IgnoredFinding }[] = [];
  for (const finding of findings) {
    const entry = ignoreFor(finding, ignored);
    if (entry) dropped.push({ finding, entry });
    else kept.push(finding);
  }
  return { kept, ignored: dropped };
}

/** Entries with `added` in, replacing any for the same finding; the newest MAX_IGNORED kept. */
export function withIgnores(
  current: readonly IgnoredFinding[],
  added: readonly IgnoredFinding[],
): IgnoredFinding[] {
  const keys = new Set(added.map(keyOf));
  return [...current.filter((entry) => !keys.has(keyOf(entry))), ...added].slice(-MAX_IGNORED);
}

/** Entries without those for `removed`. */
export function withoutIgnores(
  current: readonly IgnoredFinding[],
  removed: readonly IgnoredFinding[],
): IgnoredFinding[] {
  const keys = new Set(removed.map(keyOf));
  return current.filter((entry) => !keys.has(keyOf(entry)));
}

/** A stored value back into entries; anything malformed is dropped, never trusted. */
export function parseIgnored(text: string | undefined | null): IgnoredFinding[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const entries: IgnoredFinding[] = [];
  for (const raw of value.slice(-MAX_IGNORED)) {
    if (!raw || typeof raw !== "object") continue;
    const { check, recipient, field, text: found, reason, at } = raw as Record<string, unknown>;
    if (typeof check !== "string" || typeof recipient !== "string") continue;
    if (typeof field !== "string" || typeof found !== "string" || typeof at !== "string") continue;
    const entry: IgnoredFinding = {
      check,
      recipient: recipient.toLowerCase(),
      field,
      text: foldText(found),
      at,
    };
    if (typeof reason === "string" && reason) entry.reason = singleLineShort(reason, MAX_REASON);
    entries.push(entry);
  }
  return entries;
}

/** Where a draft's ignores live: the item's sessionData, or memory where there is none. */
export interface IgnoreStore {
  load(): Promise<IgnoredFinding[]>;
  save(entries: readonly IgnoredFinding[]): Promise<void>;
}

export class SessionDataIgnoreStore implements IgnoreStore {
  constructor(private readonly sessionData: SessionDataLike) {}

  async load(): Promise<IgnoredFinding[]> {
    try {
      return parseIgnored(
        await officeCall<string>("read the ignored warnings", (done) =>
          this.sessionData.getAsync(IGNORED_KEY, done),
        ),
      );
    } catch {
      return []; // no key yet: nothing ignored
    }
  }

  save(entries: readonly IgnoredFinding[]): Promise<void> {
    return officeCall<void>("store the ignored warnings", (done) =>
      this.sessionData.setAsync(IGNORED_KEY, JSON.stringify(entries), done),
    );
  }
}

/** For hosts without sessionData: ignores last as long as the pane (the send check cannot see them). */
export class MemoryIgnoreStore implements IgnoreStore {
  private entries: IgnoredFinding[] = [];

  async load(): Promise<IgnoredFinding[]> {
    return [...this.entries];
  }

  async save(entries: readonly IgnoredFinding[]): Promise<void> {
    this.entries = [...entries];
  }
}

/** The item's store when it has sessionData. */
export function ignoreStoreFor(sessionData: SessionDataLike | undefined): IgnoreStore {
  return sessionData ? new SessionDataIgnoreStore(sessionData) : new MemoryIgnoreStore();
}
