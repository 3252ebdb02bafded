/**
 * Interactions the last read of round 50 found between changes made in parallel: the watchdog's
 * record and a late throw; a 403 on Send while the cache still empties a slow store.
 */
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { OfficeCallError } from "../../src/office/office-call";
import { systemClock } from "../../src/launchevent/deps";
import { CachedProfileSource } from "../../src/profiles/cache";
import { SEND_PATH_CACHE } from "../../src/profiles/create-source";
import { MemoryStore } from "../../src/core/key-value-store";
import { ProfileSourceError } from "../../src/profiles/source";
import { createFakeEvent } from "../helpers/fake-office";
import { makeDeps, MEGGE, meggeProfile } from "./fixtures";

afterEach(() => jest.useRealTimers());

it("a late throw while the watchdog's record is being written leaves one record, one answer", async () => {
  jest.useFakeTimers({ now: 10_000 });
  const rec = makeDeps([], {
    clock: systemClock,
    supports: () => false,
    readDraft: () =>
      new Promise((_, reject) =>
        setTimeout(() => reject(new OfficeCallError("getAsync", "timeout" as never)), 3_600),
      ),
  });
  rec.deps.recordFailure = async (failure) => {
    rec.failureRecords.push(failure);
    await new Promise((resolve) => setTimeout(resolve, 250)); // a slow OfficeRuntime.storage
  };
  const event = createFakeEvent();
  const done = handleMessageSend(event as never, rec.deps);
  await jest.advanceTimersByTimeAsync(5_000);
  await done;
  expect(rec.failureRecords).toEqual([expect.objectContaining({ code: "watchdog" })]);
  expect(event.completions).toEqual([{ allowEvent: true }]);
});

it("access refused (403) on Send never answers from saved copies, even while a slow store empties", async () => {
  let now = 1_000_000;
  const store = new MemoryStore();
  let slowIndex = false;
  const get = store.get.bind(store);
  store.get = async (key: string) => {
    if (slowIndex && key.endsWith(":index")) await new Promise((r) => setTimeout(r, 600));
    return get(key);
  };
  let refused = false;
  const inner = {
    lookup: async (addresses: readonly string[]) => {
      if (refused) throw new ProfileSourceError("forbidden", "Access denied", { status: 403 });
      return new Map(addresses.map((a) => [a, a === MEGGE ? meggeProfile : undefined]));
    },
  };
  const cache = new CachedProfileSource(inner as never, {
    store,
    ...SEND_PATH_CACHE,
    partition: () => ({ tenant: "t", account: "alex@lawfirm.example", site: "s", list: "l" }),
    now: () => now,
  });
  await cache.lookup([MEGGE, "dan@whitakerbuilding.example"]); // the prefetch filled it
  await cache.whenIdle();
  now += 31_000; // Send, past the revalidation window; SharePoint now refuses; the store is busy
  refused = true;
  slowIndex = true;
  const rec = makeDeps([], { profiles: cache as never });
  const event = createFakeEvent();
  await handleMessageSend(event as never, rec.deps);
  await cache.whenIdle();
  expect(rec.evaluated).toHaveLength(0);
  expect(rec.failureRecords.map((r) => r.code)).toEqual(["profiles:forbidden"]);
});
