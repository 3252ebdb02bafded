/**
 * Unsaved profile edits kept in the browser's storage, so closing the pane does not lose them
 * (audit 50s, 6). An unpinned read-mode pane closes when another message is selected, and
 * pinning is not available for appointments or Outlook.com (office-js-docs-pr
 * docs/outlook/pinnable-taskpane.md); Office gives a pane no close event it could veto, so the
 * form is written as the lawyer types and offered back on the next open.
 *
 * - One localStorage key per mailbox (tenant + mailbox address, the profile cache's owner):
 *   another mailbox on the same machine is never offered them. No mailbox known, no drafts.
 * - Only what the lawyer changed: per field the value it started from and the typed one, the
 *   profile's eTag, who it is for (the name shown in the offer) and when.
 * - Gone on Save, on Cancel/Discard, and a day after they were last written (every mailbox's
 *   expired drafts are dropped when any pane lists drafts); at most MAX_DRAFTS per mailbox.
 * - A convenience: every storage failure (blocked, full, damaged) is swallowed, never an error.
 * localStorage, not OfficeRuntime.storage: the pane is a browser page, and a synchronous write
 * can still be made when the page is being hidden (pagehide).
 */
import { PROFILE_FIELDS, type ClientProfile } from "../core/profile";
import type { ProfileFormValues } from "./profile-form";

/** A day: after that an unsaved edit is more likely stale than wanted. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
/** Per mailbox; the oldest goes first. */
export const MAX_DRAFTS = 5;
const PREFIX = "rapport.profileDrafts.v1:";

/** The parts of Web Storage the drafts use (localStorage; a stand-in in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface ProfileDraft {
  /** The profile the editor was opened for (EditTarget.matchKey). */
  matchKey: string;
  mode: "edit" | "create";
  /** Whom the editor was opened from: the offer names them, and the restored editor needs them. */
  recipient: { address: string; displayName: string };
  /** The eTag the edit started from; absent for a new profile. */
  etag?: string;
  /** The changed fields only: the value the form started with and the one typed. */
  changes: Partial<Record<keyof ClientProfile, { from: string; to: string }>>;
  /** When last written (ms since the epoch). */
  savedAt: number;
}

export interface DraftOwner {
  tenant: string;
  /** The signed-in mailbox's address; undefined while unknown (then nothing is kept). */
  account: () => string | undefined;
}

/** Fields a draft may carry: what the editor lets the lawyer change. */
const DRAFT_FIELDS = new Set<string>(
  PROFILE_FIELDS.filter((f) => f.type !== "sources").map((f) => f.key),
);

function localStorageOrNone(): DraftStorage | undefined {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage;
  } catch {
    return undefined; // blocked storage throws on access
  }
}

/** A stored draft, checked field by field: storage is shared by the origin, so untrusted. */
function readDraft(value: unknown): ProfileDraft | undefined {
  if (!value || typeof value !== "object") return undefined;
  const raw = value as Record<string, unknown>;
  const recipient = raw.recipient as Record<string, unknown> | undefined;
  if (
    typeof raw.matchKey !== "string" ||
    !raw.matchKey ||
    (raw.mode !== "edit" && raw.mode !== "create") ||
    typeof raw.savedAt !== "number" ||
    !Number.isFinite(raw.savedAt) ||
    !recipient ||
    typeof recipient.address !== "string" ||
    typeof recipient.displayName !== "string" ||
    (raw.etag !== undefined && typeof raw.etag !== "string") ||
    !raw.changes ||
    typeof raw.changes !== "object"
  )
    return undefined;
  const changes: ProfileDraft["changes"] = {};
  for (const [key, change] of Object.entries(raw.changes as Record<string, unknown>)) {
    const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
    if (DRAFT_FIELDS.has(key) && typeof from === "string" && typeof to === "string")
      changes[key as keyof ClientProfile] = { from, to };
  }
  if (Object.keys(changes).length === 0) return undefined;
  return {
    matchKey: raw.matchKey,
    mode: raw.mode,
    recipient: { address: recipient.address, displayName: recipient.displayName },
    ...(typeof raw.etag === "string" ? { etag: raw.etag } : {}),
    changes,
    savedAt: raw.savedAt,
  };
}

/** The changed fields of a form, as a draft keeps them. */
export function draftChanges(
  original: ProfileFormValues,
  form: ProfileFormValues,
): ProfileDraft["changes"] {
  const changes: ProfileDraft["changes"] = {};
  for (const key of DRAFT_FIELDS) {
    const field = key as keyof ClientProfile;
    const from = original[field] ?? "";
    const to = form[field] ?? "";
    if (from.trim() !== to.trim()) changes[field] = { from, to };
  }
  return changes;
}

/** This mailbox's unsaved profile edits. */
export class ProfileDrafts {
  private swept = false;

  constructor(
    private readonly owner: DraftOwner,
    private readonly storage: DraftStorage | undefined = localStorageOrNone(),
    private readonly clock: () => number = Date.now,
  ) {}

  /** Unexpired drafts of this mailbox, newest first. */
  list(): ProfileDraft[] {
    this.sweepOnce();
    return this.read();
  }

  get(matchKey: string): ProfileDraft | undefined {
    return this.read().find((draft) => draft.matchKey === matchKey);
  }

  /** Keeps (or replaces) the draft for its profile; `savedAt` is now. */
  put(draft: Omit<ProfileDraft, "savedAt">): void {
    if (Object.keys(draft.changes).length === 0) return this.remove(draft.matchKey);
    const others = this.read().filter((each) => each.matchKey !== draft.matchKey);
    this.write([{ ...draft, savedAt: this.clock() }, ...others].slice(0, MAX_DRAFTS));
  }

  remove(matchKey: string): void {
    const all = this.read();
    const left = all.filter((draft) => draft.matchKey !== matchKey);
    if (left.length !== all.length) this.write(left);
  }

  private key(): string | undefined {
    const account = this.owner.account()?.trim().toLowerCase();
    return account ? `${PREFIX}${this.owner.tenant}:${account}` : undefined;
  }

  private read(key = this.key()): ProfileDraft[] {
    if (!key || !this.storage) return [];
    try {
      const text = this.storage.getItem(key);
      if (!text) return [];
      const parsed = JSON.parse(text) as unknown;
      if (!Array.isArray(parsed)) return [];
      const oldest = this.clock() - DRAFT_TTL_MS;
      return parsed
        .map(readDraft)
        .filter((draft): draft is ProfileDraft => draft !== undefined && draft.savedAt > oldest)
        .sort((a, b) => b.savedAt - a.savedAt);
    } catch {
      return []; // blocked storage, or a damaged value: no drafts
    }
  }

  private write(drafts: ProfileDraft[], key = this.key()): void {
    if (!key || !this.storage) return;
    try {
      if (drafts.length === 0) this.storage.removeItem(key);
      else this.storage.setItem(key, JSON.stringify(drafts));
    } catch {
      // Full or blocked storage: a draft is a convenience, never a reason for an error.
    }
  }

  /** Drops every mailbox's expired drafts once per pane: names are not kept longer than a day. */
  private sweepOnce(): void {
    if (this.swept || !this.storage) return;
    this.swept = true;
    try {
      const keys: string[] = [];
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) {
        const text = this.storage.getItem(key);
        const count = text ? (JSON.parse(text) as unknown[]).length : 0;
        const left = this.read(key);
        if (left.length !== count) this.write(left, key);
      }
    } catch {
      // As above: nothing depends on the sweep.
    }
  }
}

/** "Megge Anderson’s profile", "the @coca-cola.example profile". */
export function draftProfileName(draft: Pick<ProfileDraft, "matchKey" | "recipient">): string {
  return draft.matchKey.startsWith("@")
    ? `the ${draft.matchKey} profile`
    : `${draft.recipient.displayName || draft.matchKey}’s profile`;
}

/** "10:42" today, "yesterday at 16:10" otherwise (a draft is at most a day old). */
export function draftTime(savedAt: number, now: Date): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  return at.toDateString() === now.toDateString() || at > now ? time : `yesterday at ${time}`;
}
