import { handleMessageSend, lookupReserveMs } from "../../src/launchevent/on-message-send";
import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { CachedProfileSource } from "../../src/profiles/cache";
import { MemoryStore } from "../../src/office/storage";
import type { ClientProfile } from "../../src/core/profile";
import { createFakeEvent } from "../helpers/fake-office";
import { competitorWarning, DAN, makeDeps, MEGGE, meggeProfile, never } from "./fixtures";

type Options = Office.SmartAlertsEventCompletedOptions;
const DAY = 24 * 60 * 60 * 1000;
const LOOKUP_ENDS = DEFAULT_LAUNCH_EVENT_CONFIG.budgetMs;

/**
 * The send path's saved profiles, read from the real cache: still used up to the cache's keepMs
 * (7 days by default), and gone after it (round 47: profiles are no longer kept forever).
 */
describe("saved profiles on send, by age", () => {
  afterEach(() => jest.useRealTimers());

  async function sendWithGraphDown(savedDaysAgo: number) {
    jest.useFakeTimers({ now: 100 * DAY });
    const store = new MemoryStore();
    let answer: () => Promise<Map<string, ClientProfile | undefined>> = async () =>
      new Map<string, ClientProfile | undefined>([
        [MEGGE, meggeProfile],
        [DAN, undefined],
      ]);
    const cache = new CachedProfileSource({ lookup: () => answer() }, { store });
    await cache.lookup([MEGGE, DAN]); // saved now
    jest.setSystemTime(Date.now() + savedDaysAgo * DAY);
    answer = () => never(); // then the list cannot answer at all

    const recorded = makeDeps([competitorWarning], { profiles: cache });
    const event = createFakeEvent<Options>();
    const done = handleMessageSend(event, recorded.deps);
    await jest.advanceTimersByTimeAsync(LOOKUP_ENDS - lookupReserveMs(DEFAULT_LAUNCH_EVENT_CONFIG));
    await jest.advanceTimersByTimeAsync(LOOKUP_ENDS);
    await done;
    return { ...recorded, event, store };
  }

  it("checks against profiles saved 6 days ago when the list does not answer", async () => {
    const { event, evaluated } = await sendWithGraphDown(6);
    expect(evaluated).toHaveLength(1);
    const options = event.completions[0] as Options;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).not.toContain("could not check");
    expect(options.errorMessage).toContain("Checked against client profiles saved 6 days ago");
  });

  it("no longer has profiles saved 8 days ago: they are deleted, and the failure policy answers", async () => {
    const { event, evaluated, store } = await sendWithGraphDown(8);
    expect(evaluated).toEqual([]);
    expect(event.completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }),
    ]);
    expect(store.keys().filter((k) => k.includes(":address:"))).toEqual([]);
  });
});
