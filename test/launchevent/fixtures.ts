/** Shared fakes for the launch-event handler tests: deps that record what the handlers do. */
import type { Draft } from "../../src/core/draft";
import type { Finding } from "../../src/core/finding";
import type { ClientProfile } from "../../src/core/profile";
import {
  DEFAULT_LAUNCH_EVENT_CONFIG,
  systemClock,
  type FailureToRecord,
  type LaunchEventDeps,
  type LogFields,
} from "../../src/launchevent/deps";
import { StaticPolicySource } from "../../src/office/policy-source";
import type { SendSummary } from "../../src/office/send-summary";
import type { ItemNoun } from "../../src/office/notifications";
import type { LookupOptions, ProfileSource, SavedProfiles } from "../../src/profiles/source";

export const MEGGE = "megge.anderson@coca-cola.example";
export const DAN = "dan@whitakerbuilding.example";

export const draftToMeggeAndDan: Draft = {
  from: { address: "alex.wilber@lawfirm.example", name: "Alex Wilber" },
  recipients: [
    { address: MEGGE, name: "Megge Anderson", kind: "to" },
    { address: DAN, name: "Dan Whitaker", kind: "cc" },
  ],
  subject: "Quarterly update",
  body: { format: "html", content: "<p>Hi Meg, our Pepsi research is attached.</p>" },
  attachments: ["update.pdf"],
};

export const competitorWarning: Finding = {
  check: "competitor-mention",
  messageId: "mention",
  severity: "warning",
  recipient: MEGGE,
  recipientName: "Megge Anderson",
  message: "The Coca-Cola Company competes with Pepsi; leave Pepsi out of mail to Megge Anderson.",
  evidence: { field: "body", text: "Pepsi", start: 12, end: 17 },
};

export const nameWarning: Finding = {
  check: "name-spelling",
  messageId: "avoided",
  severity: "warning",
  recipient: MEGGE,
  recipientName: "Megge Anderson",
  message: "Megge Anderson prefers “Megge”, not “Meg”.",
  evidence: { field: "body", text: "Meg", start: 3, end: 6 },
};

export const billingError: Finding = {
  check: "billing-phrase",
  messageId: "banned",
  severity: "error",
  recipient: DAN,
  recipientName: "Dan Whitaker",
  message: "Whitaker Building's billing guidelines refuse “Review of file”.",
  evidence: { field: "body", text: "Review of file", start: 40, end: 54 },
};

export const noProfileInfo: Finding = {
  check: "no-profile",
  messageId: "none",
  severity: "info",
  recipient: "someone@ups.example",
  message: "Nobody has recorded someone@ups.example's preferences yet.",
};

export const meggeProfile: ClientProfile = {
  matchKey: MEGGE,
  preferredName: "Megge",
  avoidNames: ["Meg"],
  preferredChannels: [],
  avoidChannels: [],
  bannedBillingPhrases: [],
  competitors: ["Pepsi"],
  avoidTopics: [],
};

/** A profile source that answers from a map, or as told; with `saved`, it has a cache's copy. */
export class FakeProfileSource implements ProfileSource {
  readonly lookups: { addresses: string[]; options?: LookupOptions }[] = [];
  answer: (options?: LookupOptions) => Promise<Map<string, ClientProfile | undefined>> = async () =>
    new Map<string, ClientProfile | undefined>([[MEGGE, meggeProfile]]);
  /** What savedProfiles() hands over; undefined: this source keeps nothing. */
  saved?: SavedProfiles;
  readonly savedReads: string[][] = [];

  lookup(addresses: readonly string[], options?: LookupOptions) {
    this.lookups.push({ addresses: [...addresses], options });
    return this.answer(options);
  }

  savedProfiles = async (addresses: readonly string[]): Promise<SavedProfiles> => {
    this.savedReads.push([...addresses]);
    return this.saved ?? { profiles: new Map(), missing: [...addresses] };
  };
}

export interface Recorded {
  deps: LaunchEventDeps;
  profiles: FakeProfileSource;
  notices: string[];
  /** Notes about this check ("checked against profiles saved …"). */
  notes: string[];
  /** Notices about an earlier, unchecked message. */
  previous: string[];
  cleared: number[];
  /** Reason codes recorded, in order. */
  failures: string[];
  /** The whole records: code, text and whether the author was told at send time. */
  failureRecords: FailureToRecord[];
  /** What takeUntoldFailure() hands over next (then it is taken). */
  untold:
    { at: string; reason: string; text: string; item?: ItemNoun; subject?: string } | undefined;
  summaries: SendSummary[];
  log: { name: string; fields?: LogFields }[];
  evaluated: Draft[];
}

export function makeDeps(
  findings: Finding[] | (() => Finding[]) = [],
  overrides: Partial<LaunchEventDeps> = {},
): Recorded {
  const profiles = new FakeProfileSource();
  const recorded: Omit<Recorded, "deps"> = {
    profiles,
    notices: [],
    notes: [],
    previous: [],
    cleared: [],
    failures: [],
    failureRecords: [],
    untold: undefined,
    summaries: [],
    log: [],
    evaluated: [],
  };
  const deps: LaunchEventDeps = {
    readDraft: async () => structuredClone(draftToMeggeAndDan),
    readRecipients: async () => structuredClone(draftToMeggeAndDan.recipients),
    profiles,
    policy: new StaticPolicySource({}),
    evaluate: (draft) => {
      recorded.evaluated.push(draft);
      return { findings: typeof findings === "function" ? findings() : findings };
    },
    notifier: {
      showCouldNotCheck: async (reason) => {
        recorded.notices.push(reason);
      },
      showNote: async (message) => {
        recorded.notes.push(message);
      },
      showPrevious: async (message) => {
        recorded.previous.push(message);
      },
      clear: async () => {
        recorded.cleared.push(1);
      },
    },
    saveSummary: async (summary) => {
      recorded.summaries.push(summary);
    },
    recordFailure: async (failure) => {
      recorded.failures.push(failure.code);
      recorded.failureRecords.push(failure);
    },
    takeUntoldFailure: async () => {
      const untold = recorded.untold;
      recorded.untold = undefined;
      return untold;
    },
    supports: () => true,
    clock: systemClock,
    logger: { event: (name, fields) => recorded.log.push({ name, fields }) },
    config: DEFAULT_LAUNCH_EVENT_CONFIG,
    ...overrides,
  };
  // The record object itself, so what a test sets (untold) is what the deps see.
  return Object.assign(recorded, { deps }) as Recorded;
}

export const never = <T>() => new Promise<T>(() => undefined);
