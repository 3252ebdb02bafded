import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Draft, Recipient } from "../../src/core/draft";
import type { Finding, Fix } from "../../src/core/finding";
import type { Policy } from "../../src/core/policy";
import {
  indexProfiles,
  parseProfiles,
  resolveProfiles,
  type ClientProfile,
  type ProfileOrigin,
} from "../../src/core/profile";
import type { ApplyFixResult, ItemAdapter } from "../../src/office/item-adapter";
import {
  ProfileSourceError,
  type ProfileSource,
  type StoredProfile,
} from "../../src/profiles/source";

/** jsdom has no structuredClone; every value here is plain JSON. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The bundled sample clients (Megge at Coca-Cola, Dan Whitaker, Ford, UPS, Microsoft). */
export function sampleProfiles(): ClientProfile[] {
  const raw = JSON.parse(
    readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
  ) as unknown;
  const { profiles, errors } = parseProfiles(raw);
  if (errors.length > 0) throw new Error(`sample profiles invalid: ${JSON.stringify(errors)}`);
  return profiles;
}

export const LAWYER = { address: "alex.counsel@firm.example", name: "Alex Counsel" };
export const MEGGE: Recipient = {
  address: "megge.anderson@coca-cola.example",
  name: "Megge Anderson",
  kind: "to",
};
export const DAN: Recipient = {
  address: "dan@whitakerbuilding.example",
  name: "Dan Whitaker",
  kind: "cc",
};

export function draftTo(recipients: Recipient[], body = "Hello,\n\nBest regards"): Draft {
  return {
    from: LAWYER,
    recipients,
    subject: "Quarterly update",
    body: { format: "text", content: body },
    attachments: [],
  };
}

/** Stands in for Office: a draft in memory, fixes recorded and applied to the body text. */
export class FakeItemAdapter implements ItemAdapter {
  readonly fixes: Fix[] = [];
  reads = 0;
  /** When set, applyFix answers with this failure instead of editing. */
  fixFailure?: string;
  private listeners = new Set<() => void>();

  constructor(
    public draft: Draft,
    readonly mode: "compose" | "read" = "compose",
  ) {}

  async readDraft(): Promise<Draft> {
    this.reads++;
    return clone(this.draft);
  }

  /** Like OfficeItemAdapter: subject, body and attachments fresh; recipients and From kept. */
  contentReads = 0;
  async readContent(previous: Draft): Promise<Draft> {
    this.contentReads++;
    const { subject, body, attachments } = clone(this.draft);
    return { ...previous, subject, body, attachments };
  }

  async applyFix(fix: Fix): Promise<ApplyFixResult> {
    this.fixes.push(fix);
    if (this.fixFailure) return { ok: false, reason: this.fixFailure };
    const text = fix.field === "subject" ? this.draft.subject : this.draft.body.content;
    if (text.slice(fix.start, fix.end) !== fix.original)
      return { ok: false, reason: "The text has changed since the check." };
    const edited = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    if (fix.field === "subject") this.draft.subject = edited;
    else this.draft.body = { ...this.draft.body, content: edited };
    return { ok: true };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The lawyer edits recipients: change the draft, tell the pane. */
  setRecipients(recipients: Recipient[]): void {
    this.draft = { ...this.draft, recipients };
    for (const listener of this.listeners) listener();
  }

  /**
   * The lawyer types in the subject or body. Outlook raises no event for that (Office.js has
   * RecipientsChanged and AttachmentsChanged, nothing for the subject or body), so neither does this.
   */
  edit(change: { subject?: string; body?: string }): void {
    this.draft = {
      ...this.draft,
      subject: change.subject ?? this.draft.subject,
      body:
        change.body === undefined ? this.draft.body : { ...this.draft.body, content: change.body },
    };
  }

  /** Recipients change in the draft, but their event has not been raised yet. */
  setRecipientsQuietly(recipients: Recipient[]): void {
    this.draft = { ...this.draft, recipients };
  }

  /** Outlook raises RecipientsChanged. */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

/** Profiles in memory with eTags, so saves can conflict like SharePoint's If-Match. */
export class InMemoryProfileSource implements ProfileSource {
  readonly stored = new Map<string, StoredProfile>();
  readonly saved: { profile: ClientProfile; origin?: ProfileOrigin }[] = [];
  lookups = 0;
  lookupError?: Error;
  saveError?: Error;
  private version = 0;

  constructor(profiles: ClientProfile[] = sampleProfiles()) {
    for (const profile of profiles) this.put(profile);
  }

  /** Store a profile as if someone saved it (new eTag). */
  put(profile: ClientProfile): StoredProfile {
    this.version++;
    const stored = {
      profile: clone(profile),
      origin: { itemId: profile.matchKey, etag: `"${this.version}"` },
    };
    this.stored.set(profile.matchKey, stored);
    return stored;
  }

  async lookup(addresses: readonly string[]): Promise<Map<string, ClientProfile | undefined>> {
    this.lookups++;
    if (this.lookupError) throw this.lookupError;
    const byKey = indexProfiles([...this.stored.values()].map((s) => s.profile));
    return resolveProfiles(addresses, byKey);
  }

  async get(matchKey: string): Promise<StoredProfile | undefined> {
    const stored = this.stored.get(matchKey);
    return stored ? clone(stored) : undefined;
  }

  async save(profile: ClientProfile, origin?: ProfileOrigin): Promise<StoredProfile> {
    this.saved.push({ profile, origin });
    if (this.saveError) throw this.saveError;
    const current = this.stored.get(profile.matchKey);
    if (current && current.origin?.etag !== origin?.etag)
      throw new ProfileSourceError("conflict", "The profile was changed by someone else.", {
        status: 412,
      });
    return this.put(profile);
  }
}

/** A read-only source: lookups only, like a profile file. */
export function readOnlySource(profiles: ClientProfile[] = sampleProfiles()): ProfileSource {
  const inner = new InMemoryProfileSource(profiles);
  return { lookup: (addresses) => inner.lookup(addresses) };
}

/**
 * A small stand-in for the engine: flags a name the client avoids (with a fix) and a
 * competitor's brand (without one), so the pane's behaviour is tested apart from the checks.
 */
export function fakeEvaluate(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  _policy?: Policy,
): Finding[] {
  const findings: Finding[] = [];
  const body = draft.body.content;
  for (const recipient of draft.recipients) {
    const address = recipient.address.toLowerCase();
    const profile = profiles.get(address);
    if (!profile) continue;
    for (const name of profile.avoidNames) {
      const match = new RegExp(`\\b${name}\\b`).exec(body);
      if (!match) continue;
      const preferred = profile.preferredName ?? "";
      findings.push({
        check: "name-spelling",
        messageId: "avoided",
        severity: "warning",
        recipient: address,
        recipientName: recipient.name,
        message: `${recipient.name} asked not to be called ${name}; use ${preferred}.`,
        evidence: { field: "body", text: name, start: match.index, end: match.index + name.length },
        fix: {
          label: `Replace with ${preferred}`,
          field: "body",
          start: match.index,
          end: match.index + name.length,
          original: name,
          replacement: preferred,
        },
      });
    }
    for (const brand of profile.competitors) {
      const index = body.indexOf(brand);
      if (index < 0) continue;
      findings.push({
        check: "competitor-mention",
        messageId: "mention",
        severity: "warning",
        recipient: address,
        recipientName: recipient.name,
        message: `${profile.clientName} competes with ${brand}.`,
        evidence: { field: "body", text: brand, start: index, end: index + brand.length },
      });
    }
  }
  return findings;
}
