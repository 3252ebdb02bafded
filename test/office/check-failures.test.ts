import {
  dismissCheckFailure,
  failuresKey,
  LEGACY_FAILURE_KEY,
  MAX_RECORDS,
  readCheckFailures,
  recordCheckFailure,
  takeUntoldForCompose,
  timeAgo,
  untoldForPane,
  UNTOLD_NOTICE_MS,
  type CheckFailureRecord,
} from "../../src/office/check-failures";
import { MemoryStore } from "../../src/office/storage";

const A = "alex.wilber@lawfirm.example";
const B = "secretary@lawfirm.example";
const sentAt = new Date("2026-11-23T10:00:00Z");
const later = (ms: number) => new Date(sentAt.getTime() + ms);
const untold: CheckFailureRecord = {
  at: sentAt.toISOString(),
  reason: "profiles:network",
  text: "the client profile list could not be reached",
  told: false,
};

describe("the record of an item that could not be checked", () => {
  it("is shown once in the next compose, and in the pane until dismissed", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, untold);

    await expect(takeUntoldForCompose(store, A, later(60_000))).resolves.toEqual(untold);
    await expect(takeUntoldForCompose(store, A, later(120_000))).resolves.toBeUndefined();
    // The pane still shows it: the bar above a draft is easily missed.
    await expect(untoldForPane(store, A, later(120_000))).resolves.toMatchObject([
      { reason: "profiles:network" },
    ]);
    await dismissCheckFailure(store, A, untold.at);
    await expect(untoldForPane(store, A, later(180_000))).resolves.toEqual([]);
    // Support still finds the reason code.
    await expect(readCheckFailures(store, A)).resolves.toMatchObject([
      { reason: "profiles:network" },
    ]);
  });

  it("is not repeated when the author already saw the Smart Alerts prompt", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, { ...untold, told: true });
    await expect(takeUntoldForCompose(store, A, later(1000))).resolves.toBeUndefined();
    await expect(untoldForPane(store, A, later(1000))).resolves.toEqual([]);
  });

  it("is dropped after a day: the author no longer remembers that item", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, untold);
    await expect(takeUntoldForCompose(store, A, later(UNTOLD_NOTICE_MS))).resolves.toBeUndefined();
    await expect(untoldForPane(store, A, later(UNTOLD_NOTICE_MS + 1))).resolves.toEqual([]);
  });

  it("ignores what is not one of its records", async () => {
    const store = new MemoryStore();
    await store.set(failuresKey(A), "{not json");
    await expect(readCheckFailures(store, A)).resolves.toEqual([]);
    await store.set(failuresKey(A), JSON.stringify([{ at: "yesterday", reason: "x", text: "y" }]));
    await expect(readCheckFailures(store, A)).resolves.toEqual([]);
    await store.set(failuresKey(A), JSON.stringify([{ at: sentAt.toISOString(), reason: "x" }]));
    await expect(takeUntoldForCompose(store, A, later(1000))).resolves.toBeUndefined();
  });
});

describe("audit 50s-4 / 50i-2: records are kept per mailbox, several at a time", () => {
  it("mailbox B is never shown A's record, and taking B's notice leaves A's untold", async () => {
    const store = new MemoryStore();
    const text = "it could not see who is in \u201cProject Falcon - Acme takeover team\u201d";
    await recordCheckFailure(store, A, { ...untold, reason: "unchecked:contact-list", text });

    await expect(untoldForPane(store, B, later(1000))).resolves.toEqual([]);
    await expect(takeUntoldForCompose(store, B, later(1000))).resolves.toBeUndefined();
    await expect(takeUntoldForCompose(store, A, later(2000))).resolves.toMatchObject({ text });
  });

  it("a send's record and a compose marking one shown, at the same time, lose neither (last read, round 50)", async () => {
    /** A store whose reads and writes take a moment, as OfficeRuntime.storage's do. */
    class SlowStore extends MemoryStore {
      override async get(key: string) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return super.get(key);
      }
      override async set(key: string, value: string) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return super.set(key, value);
      }
    }
    const store = new SlowStore();
    await recordCheckFailure(store, A, { ...untold, text: "first" });
    await Promise.all([
      takeUntoldForCompose(store, A, later(1000)),
      recordCheckFailure(store, A, { ...untold, at: later(500).toISOString(), text: "second" }),
    ]);
    const records = await readCheckFailures(store, A);
    expect(records.map((r) => [r.text, r.shownInCompose === true])).toEqual([
      ["first", true],
      ["second", false],
    ]);
  });

  it("B's own record does not replace A's", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, { ...untold, text: "A's reason" });
    await recordCheckFailure(store, B, { ...untold, at: later(1000).toISOString(), text: "B's" });
    await expect(untoldForPane(store, A, later(2000))).resolves.toMatchObject([
      { text: "A's reason" },
    ]);
    await expect(untoldForPane(store, B, later(2000))).resolves.toMatchObject([{ text: "B's" }]);
  });

  it("two untold records in a row: both are kept; the next composes show each once, oldest first", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, { ...untold, text: "first", item: "invitation" });
    await recordCheckFailure(store, A, {
      ...untold,
      at: later(60_000).toISOString(),
      text: "second",
    });

    await expect(untoldForPane(store, A, later(120_000))).resolves.toMatchObject([
      { text: "second" },
      { text: "first", item: "invitation" },
    ]);
    await expect(takeUntoldForCompose(store, A, later(120_000))).resolves.toMatchObject({
      text: "first",
    });
    await expect(takeUntoldForCompose(store, A, later(180_000))).resolves.toMatchObject({
      text: "second",
    });
    await expect(takeUntoldForCompose(store, A, later(240_000))).resolves.toBeUndefined();
  });

  it(`keeps at most ${MAX_RECORDS}, letting told ones go before untold ones`, async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, { ...untold, text: "untold 0" });
    for (let i = 1; i <= MAX_RECORDS; i++)
      await recordCheckFailure(store, A, {
        ...untold,
        at: later(i * 1000).toISOString(),
        text: `told ${i}`,
        told: true,
      });
    const kept = await readCheckFailures(store, A);
    expect(kept).toHaveLength(MAX_RECORDS);
    expect(kept[0]).toMatchObject({ text: "untold 0" });
  });

  it("keeps the subject only while there is something to tell, and never for a told record", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, A, { ...untold, subject: "Falcon kick-off\u202e\nsecret" });
    await recordCheckFailure(store, A, {
      ...untold,
      at: later(1000).toISOString(),
      told: true,
      subject: "Told",
    });
    const [first, second] = await readCheckFailures(store, A);
    expect(first!.subject).toBe("Falcon kick-off secret");
    expect(second!.subject).toBeUndefined();
    await dismissCheckFailure(store, A, first!.at);
    expect(await store.get(failuresKey(A))).not.toContain("Falcon");
  });

  it("drops the single slot of earlier versions: it says nothing of whose it was", async () => {
    const store = new MemoryStore();
    await store.set(LEGACY_FAILURE_KEY, JSON.stringify(untold));
    await expect(untoldForPane(store, A, later(1000))).resolves.toEqual([]);
    await expect(store.get(LEGACY_FAILURE_KEY)).resolves.toBeUndefined();
  });
});

describe("timeAgo", () => {
  it.each([
    [10_000, "just now"],
    [60_000, "1 minute ago"],
    [12 * 60_000, "12 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [30 * 60 * 60_000, "30 hours ago"],
    [3 * 24 * 60 * 60_000, "3 days ago"],
  ])("%i ms → %s", (ms, text) => {
    expect(timeAgo(sentAt, later(ms))).toBe(text);
  });
});
