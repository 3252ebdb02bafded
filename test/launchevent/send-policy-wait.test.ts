/**
 * policy.json on the send path (audit 47i, finding 3): a cached policy, however old, answers at
 * once and the file is refreshed behind the check, so a slow or black-holed policy.json no
 * longer spends the 3.5 s budget the profile lookup needs; with nothing cached the handler
 * waits at most SEND_PATH_POLICY_WAITS.timeoutMs, then checks under the default. Time is faked
 * (jest's timers drive the handler's clock and the policy source's alike).
 */
import type { Policy } from "../../src/core/policy";
import { DEFAULT_LAUNCH_EVENT_CONFIG, systemClock } from "../../src/launchevent/deps";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import {
  CachedPolicySource,
  POLICY_CACHE_KEY,
  POLICY_TTL_MS,
  SEND_PATH_POLICY_WAITS,
} from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { createFakeEvent } from "../helpers/fake-office";
import { competitorWarning, makeDeps, MEGGE, meggeProfile, never } from "./fixtures";

type Options = Office.SmartAlertsEventCompletedOptions;

const URL = "https://rapport.contoso.example/policy.json";
const START = 10_000_000;
/** The firm's last good policy: a severity raised, and "send" when a message cannot be checked. */
const CACHED: Policy = {
  onCheckFailure: "send",
  checks: { "competitor-mention": { severity: "error" } },
};
const CHANGED: Policy = { checks: { "competitor-mention": { severity: "off" } } };

/** A timer-driven wait, so the fake clock decides when it ends. */
function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

async function storeHolding(policy: Policy | undefined, checkedAt: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.set(POLICY_CACHE_KEY, JSON.stringify({ checkedAt, policy }));
  return store;
}

/** The send path's source, as wiring.ts makes it, over this store and fetch. */
function sendPathSource(store: MemoryStore, fetchText: (url: string) => Promise<string>) {
  const quiet = () => undefined;
  return new CachedPolicySource({
    url: URL,
    store,
    fetchText,
    ...SEND_PATH_POLICY_WAITS,
    onFallback: quiet,
    onWarning: quiet,
  });
}

/** Deps whose profile lookup takes `lookupMs` (0: no timer at all), recording the policy the checks were given. */
function sendDeps(policy: CachedPolicySource, lookupMs: number) {
  const seen: Policy[] = [];
  const recorded = makeDeps([competitorWarning], {
    policy,
    clock: systemClock,
    evaluate: (_draft, _profiles, given) => {
      seen.push(given);
      return { findings: [competitorWarning] };
    },
  });
  const answer = () => new Map([[MEGGE, meggeProfile]]);
  recorded.profiles.answer = async () => (lookupMs > 0 ? after(lookupMs, answer()) : answer());
  return { ...recorded, seen };
}

describe("the send handler and a slow policy.json", () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: START });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it("checks in full under the cached policy when the cache has expired and policy.json never answers", async () => {
    const store = await storeHolding(CACHED, START - POLICY_TTL_MS - 60_000);
    const fetchText = jest.fn((_url: string) => never<string>());
    const { deps, seen, failures, notices, profiles } = sendDeps(
      sendPathSource(store, fetchText),
      1000,
    );
    const event = createFakeEvent<Options>();

    const handled = handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(DEFAULT_LAUNCH_EVENT_CONFIG.budgetMs);
    await handled;

    // The lookup had its full time (it started at once) and the checks ran under the
    // cached policy: the stop is the findings', not "could not check" nor saved profiles.
    expect(profiles.lookups).toHaveLength(1);
    expect(seen).toEqual([CACHED]);
    expect(failures).toEqual([]);
    expect(notices).toEqual([]);
    expect(event.completions).toHaveLength(1);
    expect(event.completions[0]).toMatchObject({ allowEvent: false });
    expect((event.completions[0] as Options).errorMessage).toContain("Pepsi");
    // The refresh was asked for, behind the check.
    expect(fetchText).toHaveBeenCalledWith(URL);
  });

  it("checks under the default after a short wait when nothing is cached and policy.json never answers", async () => {
    const fetchText = jest.fn((_url: string) => never<string>());
    const { deps, seen, failures, profiles } = sendDeps(
      sendPathSource(new MemoryStore(), fetchText),
      1000,
    );
    const event = createFakeEvent<Options>();

    const handled = handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(SEND_PATH_POLICY_WAITS.timeoutMs - 1);
    expect(profiles.lookups).toHaveLength(0); // still waiting for the file
    await jest.advanceTimersByTimeAsync(1);
    expect(profiles.lookups).toHaveLength(1); // the wait is over: the default applies
    await jest.advanceTimersByTimeAsync(DEFAULT_LAUNCH_EVENT_CONFIG.budgetMs);
    await handled;

    expect(seen).toEqual([{}]);
    expect(failures).toEqual([]);
    expect(event.completions).toEqual([expect.objectContaining({ allowEvent: false })]);
    expect((event.completions[0] as Options).errorMessage).toContain("Pepsi");
  });

  it("answers Outlook without the refresh, whose answer the next send uses", async () => {
    const store = await storeHolding(CACHED, START - POLICY_TTL_MS);
    // The file changed; its answer comes 1.2 s after it was asked for.
    const fetchText = jest.fn((_url: string) => after(1200, JSON.stringify(CHANGED)));
    const source = sendPathSource(store, fetchText);

    const first = sendDeps(source, 0);
    const firstEvent = createFakeEvent<Options>();
    await handleMessageSend(firstEvent, first.deps);
    expect(Date.now()).toBe(START); // answered at once, before the file came
    expect(firstEvent.completions).toHaveLength(1);
    expect(first.seen).toEqual([CACHED]);

    await jest.advanceTimersByTimeAsync(1200);
    expect(firstEvent.completions).toHaveLength(1); // the refresh does not touch the event

    const second = sendDeps(source, 0);
    await handleMessageSend(createFakeEvent<Options>(), second.deps);
    expect(second.seen).toEqual([CHANGED]);
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it("caches a file that came after the short wait, for the next send", async () => {
    const fetchText = jest.fn((_url: string) => after(2000, JSON.stringify(CACHED)));
    const source = sendPathSource(new MemoryStore(), fetchText);

    const first = sendDeps(source, 0);
    const handled = handleMessageSend(createFakeEvent<Options>(), first.deps);
    await jest.advanceTimersByTimeAsync(SEND_PATH_POLICY_WAITS.timeoutMs);
    await handled;
    expect(first.seen).toEqual([{}]);

    await jest.advanceTimersByTimeAsync(2000);
    const second = sendDeps(source, 0);
    await handleMessageSend(createFakeEvent<Options>(), second.deps);
    expect(second.seen).toEqual([CACHED]);
    expect(fetchText).toHaveBeenCalledTimes(1);
  });
});
