import { handleMessageSend, lookupReserveMs } from "../../src/launchevent/on-message-send";
import { DEFAULT_LAUNCH_EVENT_CONFIG } from "../../src/launchevent/deps";
import { createOutlookDeps } from "../../src/launchevent/wiring";
import { failuresKey } from "../../src/office/check-failures";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { ProfileSourceError } from "../../src/profiles/source";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  FAKE_USER,
} from "../helpers/fake-office";
import {
  billingError,
  competitorWarning,
  DAN,
  draftToMeggeAndDan,
  makeDeps,
  MEGGE,
  meggeProfile,
  nameWarning,
  never,
  noProfileInfo,
} from "./fixtures";

type Options = Office.SmartAlertsEventCompletedOptions;

const BUDGET = DEFAULT_LAUNCH_EVENT_CONFIG.budgetMs;

describe("handleMessageSend", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("lets a clean message go, once, without a notice", async () => {
    const { deps, notices, summaries } = makeDeps([]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(notices).toEqual([]);
    expect(summaries).toEqual([]);
  });

  it("stops a message with warnings, offering Send anyway and the task pane", async () => {
    const { deps, summaries } = makeDeps([competitorWarning, nameWarning]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toHaveLength(1);
    const options = event.completions[0] as Options;
    expect(options).toEqual({
      allowEvent: false,
      errorMessage: expect.any(String),
      errorMessageMarkdown: expect.any(String),
      cancelLabel: "Review warnings",
      commandId: "RapportComposeTaskpaneButton",
      contextData: expect.any(String),
      sendModeOverride: "promptUser",
    });
    expect(options.errorMessage).toContain("Rapport found 2 things to check before sending:");
    expect(options.errorMessage).toContain("Megge Anderson:\n• mentions Pepsi\n• “Meg”");
    expect(options.errorMessage!.endsWith("Choose Review warnings to fix them.")).toBe(true);
    expect(options.errorMessage!.length).toBeLessThanOrEqual(500);
    const context = JSON.parse(options.contextData as string);
    expect(context.findings.map((f: { check: string }) => f.check)).toEqual([
      "competitor-mention",
      "name-spelling",
    ]);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.findings).toHaveLength(2);
  });

  it("keeps the manifest's SoftBlock when a finding is an error", async () => {
    const { deps } = makeDeps([competitorWarning, billingError]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    const options = event.completions[0] as Options;
    expect(event.completions).toHaveLength(1);
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty("sendModeOverride");
    // The worst finding is named first, under its recipient.
    expect(options.errorMessage!.split("\n").slice(1, 3)).toEqual([
      "Dan Whitaker:",
      "• refused billing entry “Review of file”",
    ]);
  });

  it("lets a message go when the only findings are information", async () => {
    const { deps } = makeDeps([noProfileInfo]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("lets a message go when every finding is monitor-only", async () => {
    const { deps } = makeDeps([{ ...competitorWarning, monitorOnly: true }]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("lets a message go when the policy makes everything monitor-only", async () => {
    const { deps } = makeDeps([billingError], {
      policy: new StaticPolicySource({ monitorOnly: true }),
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
  });

  it("does not even read the message when the policy switches Rapport off", async () => {
    const readDraft = jest.fn(async () => draftToMeggeAndDan);
    const { deps, profiles } = makeDeps([billingError], {
      readDraft,
      policy: new StaticPolicySource({ enabled: false }),
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(readDraft).not.toHaveBeenCalled();
    expect(profiles.lookups).toEqual([]);
  });

  it("stops with Smart Alerts' Send anyway / Don't send prompt when Graph fails and nothing is saved", async () => {
    const { deps, notices, failureRecords, evaluated } = makeDeps([competitorWarning]);
    deps.profiles.lookup = () => Promise.reject(new ProfileSourceError("network", "fetch failed"));
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "Rapport could not check this message: the client profile list could not be reached",
        sendModeOverride: "promptUser",
      },
    ]);
    expect(evaluated).toEqual([]);
    // The draft stays open, so the bar on it says so too; support gets the code.
    expect(notices).toEqual(["the client profile list could not be reached"]);
    expect(failureRecords).toEqual([
      {
        code: "profiles:network",
        text: "the client profile list could not be reached",
        told: true,
      },
    ]);
  });

  it("on a client without the Send-anyway override (before Mailbox 1.14) lets it go, and keeps the reason for the next compose and the pane", async () => {
    const { deps, notices, failureRecords } = makeDeps([competitorWarning], {
      supports: () => false,
    });
    deps.profiles.lookup = () => Promise.reject(new ProfileSourceError("network", "fetch failed"));
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
    // No notice on the item that is leaving, where nobody would read it.
    expect(notices).toEqual([]);
    // The subject goes with an untold record, so the author can tell which item it was.
    expect(failureRecords).toEqual([
      {
        code: "profiles:network",
        text: "the client profile list could not be reached",
        told: false,
        subject: "Quarterly update",
      },
    ]);
  });

  it("lets it go on any client when the firm's policy says onCheckFailure: send", async () => {
    const { deps, failureRecords } = makeDeps([competitorWarning], {
      policy: new StaticPolicySource({ onCheckFailure: "send" }),
    });
    deps.profiles.lookup = () => Promise.reject(new ProfileSourceError("network", "fetch failed"));
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(failureRecords.map((r) => r.told)).toEqual([false]);
  });

  it("asks the author to sign in from the task pane when no token can be had silently", async () => {
    const { deps, notices, failures } = makeDeps([competitorWarning]);
    deps.profiles.lookup = () =>
      Promise.reject(new ProfileSourceError("sign-in-needed", "interaction required"));
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toHaveLength(1);
    expect(event.completions[0]).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringMatching(
        /^Rapport could not check this message: sign in to Rapport/,
      ),
      sendModeOverride: "promptUser",
    });
    expect(notices[0]).toMatch(/sign in to Rapport/);
    expect(failures).toEqual(["profiles:sign-in-needed"]);
  });

  it("gives up on a profile lookup that outlives its share of the budget", async () => {
    jest.useFakeTimers();
    const { deps, notices, failures } = makeDeps([competitorWarning]);
    deps.profiles.lookup = () => never();
    const event = createFakeEvent<Options>();

    const done = handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(BUDGET - lookupReserveMs(DEFAULT_LAUNCH_EVENT_CONFIG));
    await done;

    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage: "Rapport could not check this message: the check took too long",
        sendModeOverride: "promptUser",
      },
    ]);
    expect(notices).toEqual(["the check took too long"]);
    expect(failures).toEqual(["deadline:profile lookup"]);
  });

  describe("profiles saved earlier, when the list cannot answer", () => {
    const HOUR = 60 * 60 * 1000;

    it("checks against them, whatever their age, and says so in the dialog and on the draft", async () => {
      jest.useFakeTimers({ now: 10 * HOUR });
      const { deps, profiles, notes, evaluated } = makeDeps([competitorWarning, nameWarning]);
      deps.profiles.lookup = () =>
        Promise.reject(new ProfileSourceError("network", "fetch failed"));
      profiles.saved = {
        profiles: new Map([[MEGGE, meggeProfile]]),
        missing: [],
        oldestSavedAt: 7 * HOUR,
      };
      deps.readDraft = async () => ({
        ...draftToMeggeAndDan,
        recipients: [draftToMeggeAndDan.recipients[0]!],
      });
      const event = createFakeEvent<Options>();

      await handleMessageSend(event, deps);

      const note =
        "Checked against client profiles saved 3 hours ago; the client profile list could not be reached.";
      expect(evaluated).toHaveLength(1);
      expect(event.completions).toHaveLength(1);
      const options = event.completions[0] as Options;
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain("• mentions Pepsi");
      expect(options.errorMessage!.endsWith(`\n\n${note}`)).toBe(true);
      expect(options.errorMessageMarkdown).toContain(
        "Checked against client profiles saved 3 hours ago",
      );
      expect(options.errorMessage!.length).toBeLessThanOrEqual(500);
      expect(notes).toEqual([note]);
    });

    it("lets a clean message go and keeps the note for the next compose and the pane", async () => {
      jest.useFakeTimers({ now: 50 * HOUR });
      const { deps, profiles, failureRecords } = makeDeps([]);
      deps.profiles.lookup = () => never();
      profiles.saved = {
        profiles: new Map([
          [MEGGE, meggeProfile],
          [DAN, undefined],
        ]),
        missing: [],
        oldestSavedAt: 2 * HOUR,
      };
      const event = createFakeEvent<Options>();

      const done = handleMessageSend(event, deps);
      await jest.advanceTimersByTimeAsync(BUDGET - lookupReserveMs(DEFAULT_LAUNCH_EVENT_CONFIG));
      await done;

      expect(event.completions).toEqual([{ allowEvent: true }]);
      expect(failureRecords).toEqual([
        {
          code: "saved-copy:deadline:profile lookup",
          text: "Checked against client profiles saved 2 days ago; the check took too long.",
          told: false,
          subject: "Quarterly update",
        },
      ]);
    });

    it("does not pass a message as clean when some recipients had nothing saved", async () => {
      const { deps, profiles, failures } = makeDeps([]);
      deps.profiles.lookup = () =>
        Promise.reject(new ProfileSourceError("network", "fetch failed"));
      profiles.saved = {
        profiles: new Map([[MEGGE, meggeProfile]]),
        missing: [DAN],
        oldestSavedAt: Date.now() - 60_000,
      };
      const event = createFakeEvent<Options>();

      await handleMessageSend(event, deps);

      expect(event.completions).toEqual([
        {
          allowEvent: false,
          errorMessage:
            "Rapport could not check this message: the client profile list could not be reached",
          sendModeOverride: "promptUser",
        },
      ]);
      expect(failures).toEqual(["profiles:network"]);
    });

    it("still names the problems it found for the recipients it could check", async () => {
      const { deps, profiles } = makeDeps([competitorWarning]);
      deps.profiles.lookup = () =>
        Promise.reject(new ProfileSourceError("network", "fetch failed"));
      profiles.saved = {
        profiles: new Map([[MEGGE, meggeProfile]]),
        missing: [DAN],
        oldestSavedAt: Date.now() - 5 * 60_000,
      };
      const event = createFakeEvent<Options>();

      await handleMessageSend(event, deps);

      const options = event.completions[0] as Options;
      expect(options.errorMessage).toContain("• mentions Pepsi");
      expect(options.errorMessage).toContain(
        "Checked against client profiles saved 5 minutes ago (1 recipient not covered); the client profile list could not be reached.",
      );
    });

    it("says so too when the cache itself answered with older entries", async () => {
      const { deps, profiles, notes } = makeDeps([competitorWarning]);
      profiles.answer = async (options) => {
        options?.onSavedCopy?.(Date.now() - 2 * HOUR, new ProfileSourceError("throttled", "429"));
        return new Map([[MEGGE, meggeProfile]]);
      };
      const event = createFakeEvent<Options>();

      await handleMessageSend(event, deps);

      expect(notes).toEqual([
        "Checked against client profiles saved 2 hours ago; the client profile list is busy; try again shortly.",
      ]);
    });
  });

  it("passes the lookup a deadline inside the budget", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { deps, profiles } = makeDeps([]);
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(profiles.lookups).toHaveLength(1);
    const deadline = profiles.lookups[0]!.options!.deadline!;
    expect(deadline).toBeLessThanOrEqual(
      1_000_000 + BUDGET - lookupReserveMs(DEFAULT_LAUNCH_EVENT_CONFIG),
    );
    expect(deadline).toBeGreaterThan(1_000_000);
  });

  it("answers through the watchdog when reading the message never returns", async () => {
    jest.useFakeTimers();
    const { deps, notices, failures } = makeDeps([competitorWarning], {
      readDraft: () => never(),
    });
    const event = createFakeEvent<Options>();

    void handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(BUDGET - 1);
    expect(event.completions).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);

    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage: "Rapport could not check this message: the check took too long",
        sendModeOverride: "promptUser",
      },
    ]);
    expect(notices).toEqual(["the check took too long"]);
    expect(failures).toEqual(["watchdog"]);

    // Nothing later can complete the event a second time.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(event.completions).toHaveLength(1);
  });

  it("answers through the watchdog when the policy store never answers", async () => {
    jest.useFakeTimers();
    const { deps } = makeDeps([competitorWarning], { policy: { getPolicy: () => never() } });
    const event = createFakeEvent<Options>();

    void handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(BUDGET);

    // The firm's choice is unknown: the default (prompt) applies.
    expect(event.completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }),
    ]);
  });

  it("answers through the watchdog when a real Office call never calls back", async () => {
    jest.useFakeTimers();
    const fake = createFakeComposeItem(
      {
        to: [{ emailAddress: MEGGE, displayName: "Megge Anderson" }],
        subject: "Quarterly update",
        body: "<p>Hi Megge</p>",
      },
      { "body.get": "hang" },
    );
    const office = createFakeOffice(createFakeMailbox(fake.item));
    const store = new MemoryStore();
    const { deps: fakes } = makeDeps([competitorWarning]);
    const deps = createOutlookDeps(office, {
      store,
      profiles: fakes.profiles,
      policy: new StaticPolicySource({}),
      logger: fakes.logger,
    });
    const event = createFakeEvent<Options>();

    void handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(BUDGET);

    expect(fake.pending).toContain("body.get");
    expect(event.completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }),
    ]);
    expect(fake.notifications.get("rapport-status")?.message).toBe(
      "Rapport could not check this message: the check took too long",
    );
    // Written before the answer, under this mailbox's key (audit 50s-4).
    expect(JSON.parse((await store.get(failuresKey(FAKE_USER.emailAddress)))!)).toMatchObject([
      { reason: "watchdog", item: "message", told: true },
    ]);
  });

  it("lets the watchdog's answer stand when a slow evaluation outlives the budget", async () => {
    jest.useFakeTimers();
    const { deps, summaries, failures } = makeDeps(() => {
      jest.advanceTimersByTime(BUDGET); // the checks hog the thread past the budget
      return [competitorWarning];
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(1000);

    expect(event.completions).toEqual([
      expect.objectContaining({
        allowEvent: false,
        errorMessage: "Rapport could not check this message: the check took too long",
      }),
    ]);
    expect(failures).toEqual(["watchdog"]);
    expect(summaries).toEqual([]);
  });

  it("checks the resolved recipients and asks about an entry without an address (audit 50i-1)", async () => {
    const { deps, profiles, evaluated } = makeDeps([]);
    deps.readDraft = async () => ({
      ...draftToMeggeAndDan,
      recipients: [
        { address: "", name: "Megge (unresolved)", kind: "to" },
        { address: "  ", kind: "cc" },
        { address: MEGGE.toUpperCase(), kind: "to" },
        { address: DAN, kind: "bcc" },
      ],
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    // Its domain is unknown, so checking Megge and Dan does not cover it: Send anyway / Don't send.
    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          "Rapport could not check this message: Outlook gave no e-mail address for \u201cMegge (unresolved)\u201d",
        sendModeOverride: "promptUser",
      },
    ]);
    expect(profiles.lookups[0]!.addresses).toEqual([MEGGE, DAN]);
    expect(evaluated[0]!.recipients.map((r) => r.address)).toEqual([MEGGE.toUpperCase(), DAN]);
  });

  it("lets the message go when a check throws inside evaluate", async () => {
    const { deps, notices, failures, log } = makeDeps(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'competitors')");
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([
      {
        allowEvent: false,
        errorMessage: "Rapport could not check this message: an unexpected error occurred",
        sendModeOverride: "promptUser",
      },
    ]);
    expect(notices).toEqual(["an unexpected error occurred"]);
    expect(failures).toEqual(["exception:TypeError"]);
    // The log names the error type only, never its message (which could quote the draft).
    expect(JSON.stringify(log)).not.toContain("competitors");
  });

  it("lets the message go when the author ignored its only warning, and records it", async () => {
    const ignored = {
      check: "competitor-mention",
      recipient: MEGGE,
      field: "body",
      text: "pepsi",
      reason: "they asked about Pepsi",
      at: "2026-11-23T08:00:00.000Z",
    };
    const { deps, summaries, log } = makeDeps([competitorWarning], {
      readIgnored: async () => [ignored],
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([{ allowEvent: true }]);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.ignored).toEqual([
      {
        check: "competitor-mention",
        recipient: MEGGE,
        text: "pepsi",
        reason: "they asked about Pepsi",
        at: ignored.at,
      },
    ]);
    expect(log.find((e) => e.name === "send-allowed")?.fields).toMatchObject({ ignored: 1 });
  });

  it("still stops for warnings the author did not ignore, naming only those", async () => {
    const { deps } = makeDeps([competitorWarning, nameWarning], {
      readIgnored: async () => [
        {
          check: "competitor-mention",
          recipient: MEGGE,
          field: "body",
          text: "PEPSI ",
          at: "2026-11-23T08:00:00.000Z",
        },
      ],
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    const options = event.completions[0] as Options;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("Rapport found 1 thing");
    expect(options.errorMessage).not.toContain("Pepsi");
  });

  it("counts nothing as ignored when reading the ignores hangs, and still answers in time", async () => {
    jest.useFakeTimers();
    const { deps } = makeDeps([competitorWarning], { readIgnored: never });
    const event = createFakeEvent<Options>();

    const done = handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(1000);
    await done;

    expect(event.completions).toHaveLength(1);
    expect((event.completions[0] as Options).allowEvent).toBe(false);
  });

  it("sends only what a Mailbox 1.12 client understands", async () => {
    const { deps } = makeDeps([competitorWarning], { supports: () => false });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect(event.completions).toEqual([
      { allowEvent: false, errorMessage: expect.stringContaining("Pepsi") },
    ]);
  });

  it("uses plain text only where Markdown (1.15) is missing", async () => {
    const { deps } = makeDeps([competitorWarning], {
      supports: (version) => version === "1.14",
    });
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    const options = event.completions[0] as Options;
    expect(options).not.toHaveProperty("errorMessageMarkdown");
    expect(options.commandId).toBe("RapportComposeTaskpaneButton");
  });

  it("still stops the message when saving the findings hangs", async () => {
    jest.useFakeTimers();
    const { deps } = makeDeps([competitorWarning], { saveSummary: () => never() });
    const event = createFakeEvent<Options>();

    void handleMessageSend(event, deps);
    await jest.advanceTimersByTimeAsync(300);

    expect(event.completions).toHaveLength(1);
    expect((event.completions[0] as Options).allowEvent).toBe(false);
  });

  it("survives a notifier and store that throw while letting the message go", async () => {
    const { deps } = makeDeps([], {
      readDraft: () => Promise.reject(new Error("boom")),
      notifier: {
        showCouldNotCheck: () => {
          throw new Error("no notifications here");
        },
        showNote: async () => undefined,
        showPrevious: async () => undefined,
        clear: async () => undefined,
      },
      recordFailure: () => Promise.reject(new Error("storage full")),
    });
    const event = createFakeEvent<Options>();

    await expect(handleMessageSend(event, deps)).resolves.toBeUndefined();
    expect(event.completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" }),
    ]);
  });

  it("answers once when the store throws at once, and when the record never lands (written before the answer, round 50)", async () => {
    for (const recordFailure of [
      () => {
        throw new Error("no store");
      },
      () => new Promise<void>(() => undefined),
    ]) {
      const { deps } = makeDeps([], {
        supports: () => false,
        recordFailure,
        saveSummary: () => {
          throw new Error("no store");
        },
      });
      deps.profiles.lookup = () => Promise.reject(new ProfileSourceError("network", "down"));
      const event = createFakeEvent<Options>();
      await handleMessageSend(event, deps);
      expect(event.completions).toEqual([{ allowEvent: true }]);
    }
  });

  it("does not reject when Outlook's completed() itself throws", async () => {
    const { deps, log } = makeDeps([]);
    const event = {
      completed: jest.fn(() => {
        throw new Error("runtime gone");
      }),
    };

    await expect(handleMessageSend(event, deps)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(log.map((entry) => entry.name)).toContain("completion-failed");
  });
});
