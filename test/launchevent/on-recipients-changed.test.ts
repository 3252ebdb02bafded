import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { handleRecipientsChanged } from "../../src/launchevent/on-recipients-changed";
import { StaticPolicySource } from "../../src/office/policy-source";
import { ProfileSourceError } from "../../src/profiles/source";
import { createFakeEvent } from "../helpers/fake-office";
import { DAN, makeDeps, MEGGE, never } from "./fixtures";

describe("handleRecipientsChanged", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("looks up every resolved recipient once, clears an old notice and completes once", async () => {
    const { deps, profiles, cleared, notices } = makeDeps();
    deps.readRecipients = async () => [
      { address: MEGGE, kind: "to" },
      { address: "", name: "Unresolved", kind: "to" },
      { address: MEGGE.toUpperCase(), kind: "cc" },
      { address: DAN, kind: "bcc" },
    ];
    const event = createFakeEvent();

    await handleRecipientsChanged(event, deps);

    expect(profiles.lookups.map((l) => l.addresses)).toEqual([[MEGGE, DAN]]);
    expect(event.completions).toEqual([undefined]);
    expect(cleared).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it("completes without a lookup when nobody is addressed yet", async () => {
    const { deps, profiles } = makeDeps();
    deps.readRecipients = async () => [{ address: "", kind: "to" }];
    const event = createFakeEvent();

    await handleRecipientsChanged(event, deps);

    expect(profiles.lookups).toEqual([]);
    expect(event.completions).toHaveLength(1);
  });

  it("shows a notice while the author can still act when profiles cannot be had", async () => {
    const { deps, notices } = makeDeps();
    deps.profiles.lookup = () => Promise.reject(new ProfileSourceError("forbidden", "403"));
    const event = createFakeEvent();

    await handleRecipientsChanged(event, deps);

    expect(event.completions).toHaveLength(1);
    expect(notices).toEqual([
      "your account has no access to the client profile list; ask your administrator",
    ]);
  });

  it("completes through the watchdog when reading recipients never returns", async () => {
    jest.useFakeTimers();
    const { deps, notices } = makeDeps([], { readRecipients: () => never() });
    const event = createFakeEvent();

    void handleRecipientsChanged(event, deps);
    await jest.advanceTimersByTimeAsync(DEFAULT_LAUNCH_EVENT_CONFIG.budgetMs);
    await jest.advanceTimersByTimeAsync(60_000);

    expect(event.completions).toHaveLength(1);
    expect(notices).toEqual(["the check took too long"]);
  });

  it("does nothing but complete when the policy switches Rapport off", async () => {
    const readRecipients = jest.fn(async () => []);
    const { deps } = makeDeps([], {
      readRecipients,
      policy: new StaticPolicySource({ enabled: false }),
    });
    const event = createFakeEvent();

    await handleRecipientsChanged(event, deps);

    expect(readRecipients).not.toHaveBeenCalled();
    expect(event.completions).toHaveLength(1);
  });

  it("tells the next compose, once, that an earlier message went unchecked and its author was not told", async () => {
    jest.useFakeTimers({ now: Date.parse("2026-11-23T10:12:00Z") });
    const recorded = makeDeps();
    recorded.untold = {
      at: "2026-11-23T10:00:00.000Z",
      reason: "profiles:network",
      text: "the client profile list could not be reached",
    };
    const event = createFakeEvent();

    await handleRecipientsChanged(event, recorded.deps);
    await handleRecipientsChanged(createFakeEvent(), recorded.deps);

    expect(event.completions).toHaveLength(1);
    expect(recorded.previous).toEqual([
      "Rapport could not check your message sent 12 minutes ago: the client profile list could not be reached.",
    ]);
  });

  it("still answers when the store of earlier failures breaks", async () => {
    const { deps } = makeDeps();
    deps.takeUntoldFailure = () => Promise.reject(new Error("storage gone"));
    const event = createFakeEvent();

    await handleRecipientsChanged(event, deps);

    expect(event.completions).toEqual([undefined]);
  });
});
