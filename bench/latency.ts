/**
 * Simulated host latency for the send-path benchmark: an Outlook compose item whose every
 * getAsync answers after 5–20 ms, OfficeRuntime.storage with its own delay, and a fetch that adds
 * a Graph round-trip time. Each records when it was busy, so the benchmark can subtract the
 * host's time from the handler's and count network round trips.
 */
import type { Draft } from "../src/core/draft";
import type { AsyncResultLike, OfficeCallback } from "../src/office/office-call";
import type { ComposeItemLike, EmailAddressLike, MailboxLike } from "../src/office/office-types";
import type { KeyValueStore } from "../src/office/storage";
import { seededRandom } from "./fixtures";

/** Busy intervals of one simulated party (Office, storage, network). */
export class BusyLog {
  readonly intervals: { start: number; end: number }[] = [];

  async around<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.intervals.push({ start, end: performance.now() });
    }
  }

  get calls(): number {
    return this.intervals.length;
  }

  clear(): void {
    this.intervals.length = 0;
  }
}

/** Wall time during which at least one of the logs was busy (overlaps counted once). */
export function busyUnionMs(...logs: BusyLog[]): number {
  const all = logs.flatMap((log) => log.intervals).sort((a, b) => a.start - b.start);
  let total = 0;
  let currentStart = -Infinity;
  let currentEnd = -Infinity;
  for (const { start, end } of all) {
    if (start > currentEnd) {
      if (currentEnd > currentStart) total += currentEnd - currentStart;
      currentStart = start;
      currentEnd = end;
    } else {
      currentEnd = Math.max(currentEnd, end);
    }
  }
  if (currentEnd > currentStart) total += currentEnd - currentStart;
  return total;
}

/**
 * Sequential round trips: the longest chain of requests where each starts after the previous
 * one ended. Parallel requests (batches sent together) are one round trip.
 */
export function roundTrips(log: BusyLog): number {
  const sorted = [...log.intervals].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((request, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.end <= request.start) before = Math.max(before, depth[j]!);
    }
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Uniform delays in [min, max] ms, the same sequence every run. */
export function delays(minMs: number, maxMs: number, seed = 11): () => number {
  const random = seededRandom(seed);
  return () => minMs + random() * (maxMs - minMs);
}

/** An Outlook compose item holding `draft`; every Office call answers after `delay()` ms. */
export function slowComposeItem(
  draft: Draft,
  delay: () => number,
  log: BusyLog,
): { item: ComposeItemLike; mailbox: MailboxLike } {
  const answer = <T>(value: T, callback: OfficeCallback<T>): void => {
    void log
      .around(() => sleep(delay()))
      .then(() => {
        const result: AsyncResultLike<T> = { status: "succeeded", value };
        callback(result);
      });
  };
  const line = (kind: "to" | "cc" | "bcc") => ({
    getAsync: (callback: OfficeCallback<EmailAddressLike[]>) =>
      answer(
        draft.recipients
          .filter((r) => r.kind === kind)
          .map((r) => ({ emailAddress: r.address, displayName: r.name ?? r.address })),
        callback,
      ),
  });
  const unsupported = () => {
    throw new Error("the benchmark's compose item is read-only");
  };
  const item: ComposeItemLike = {
    to: line("to"),
    cc: line("cc"),
    bcc: line("bcc"),
    subject: { getAsync: (callback) => answer(draft.subject, callback), setAsync: unsupported },
    body: {
      getAsync: (_coercion, callback) => answer(draft.body.content, callback),
      setAsync: unsupported,
    },
    getAttachmentsAsync: (callback) =>
      answer(
        draft.attachments.map((name) => ({ name })),
        callback,
      ),
  };
  const mailbox: MailboxLike = {
    item,
    userProfile: draft.from
      ? { emailAddress: draft.from.address, displayName: draft.from.name ?? draft.from.address }
      : undefined,
  };
  return { item, mailbox };
}

/** OfficeRuntime.storage stand-in: a memory map behind a per-call delay. */
export class SlowStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly delay: () => number,
    readonly log: BusyLog,
  ) {}

  get(key: string): Promise<string | undefined> {
    return this.log.around(async () => {
      await sleep(this.delay());
      return this.values.get(key);
    });
  }

  set(key: string, value: string): Promise<void> {
    return this.log.around(async () => {
      await sleep(this.delay());
      this.values.set(key, value);
    });
  }

  delete(key: string): Promise<void> {
    return this.log.around(async () => {
      await sleep(this.delay());
      this.values.delete(key);
    });
  }
}

/** fetch with `rttMs` added before each request reaches the (loopback) server. */
export function slowFetch(rttMs: number, log: BusyLog): typeof fetch {
  return (input, init) =>
    log.around(async () => {
      await sleep(rttMs);
      return fetch(input, init);
    });
}
