import {
  dismissCheckFailure,
  LAST_FAILURE_KEY,
  readCheckFailure,
  recordCheckFailure,
  takeUntoldForCompose,
  timeAgo,
  untoldForPane,
  UNTOLD_NOTICE_MS,
  type CheckFailureRecord,
} from "../../src/office/check-failures";
import { MemoryStore } from "../../src/office/storage";

const sentAt = new Date("2026-11-23T10:00:00Z");
const later = (ms: number) => new Date(sentAt.getTime() + ms);
const untold: CheckFailureRecord = {
  at: sentAt.toISOString(),
  reason: "profiles:network",
  text: "the client profile list could not be reached",
  told: false,
};

describe("the record of a message that could not be checked", () => {
  it("is shown once in the next compose, and in the pane until dismissed", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, untold);

    await expect(takeUntoldForCompose(store, later(60_000))).resolves.toEqual(untold);
    await expect(takeUntoldForCompose(store, later(120_000))).resolves.toBeUndefined();

    await expect(untoldForPane(store, later(120_000))).resolves.toMatchObject({
      text: untold.text,
    });
    await dismissCheckFailure(store);
    await expect(untoldForPane(store, later(180_000))).resolves.toBeUndefined();
    // Support still finds the reason code.
    await expect(readCheckFailure(store)).resolves.toMatchObject({ reason: "profiles:network" });
  });

  it("is not repeated when the author already saw the Smart Alerts prompt", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, { ...untold, told: true });
    await expect(takeUntoldForCompose(store, later(1000))).resolves.toBeUndefined();
    await expect(untoldForPane(store, later(1000))).resolves.toBeUndefined();
  });

  it("is dropped after a day: the author no longer remembers that message", async () => {
    const store = new MemoryStore();
    await recordCheckFailure(store, untold);
    await expect(takeUntoldForCompose(store, later(UNTOLD_NOTICE_MS))).resolves.toBeUndefined();
    await expect(untoldForPane(store, later(UNTOLD_NOTICE_MS + 1))).resolves.toBeUndefined();
  });

  it("ignores what is not one of its records", async () => {
    const store = new MemoryStore();
    await store.set(LAST_FAILURE_KEY, "{not json");
    await expect(readCheckFailure(store)).resolves.toBeUndefined();
    await store.set(LAST_FAILURE_KEY, JSON.stringify({ at: "yesterday", reason: "x", text: "y" }));
    await expect(readCheckFailure(store)).resolves.toBeUndefined();
    // The format older builds wrote ({ at, reason } only) is not shown to anyone.
    await store.set(LAST_FAILURE_KEY, JSON.stringify({ at: sentAt.toISOString(), reason: "x" }));
    await expect(takeUntoldForCompose(store, later(1000))).resolves.toBeUndefined();
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
