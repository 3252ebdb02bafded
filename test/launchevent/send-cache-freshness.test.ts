/**
 * The send check and its cache (audit 50s, findings 1–3 and 5), through the launch event's real
 * source (createLaunchEventProfileSource over the Graph stand-in) and the real OnMessageSend:
 *  - an entry older than the send path's window is asked of SharePoint again within the send's
 *    budget, so a save the event runtime could not be told of (classic Windows keeps its store
 *    apart from the pane's) or a colleague's edit is seen; Graph failing, the saved copy answers
 *    and the author is told;
 *  - a store that fails, hangs or holds a damaged entry never fails the check.
 */
import { evaluateWithDiagnostics } from "../../src/core/engine";
import type { Draft } from "../../src/core/draft";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { createLaunchEventProfileSource } from "../../src/launchevent/profile-wiring";
import { createNaaTokenProvider } from "../../src/auth/naa";
import {
  MemoryStore,
  OfficeRuntimeStore,
  type KeyValueStore,
  type OfficeRuntimeStorageLike,
} from "../../src/office/storage";
import { profileToNewItemFields } from "../../src/profiles/list-mapping";
import type { ProfileSource } from "../../src/profiles/source";
import { GraphStandIn, type StandInList } from "../helpers/graph-stand-in";
import { sampleProfiles, seedList } from "../profiles/graph-fixtures";
import { makeDeps } from "./fixtures";

jest.mock("../../src/auth/naa", () => ({ createNaaTokenProvider: jest.fn() }));

const MEGGE = "megge.anderson@coca-cola.example";
const HOUR = 3_600_000;
let standIn: GraphStandIn;
let list: StandInList;
let offset = 0;

beforeEach(async () => {
  offset = 0;
  standIn = new GraphStandIn();
  await standIn.start();
  list = seedList(standIn);
  const original = globalThis.fetch;
  jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return original(url.replace("https://graph.microsoft.com/v1.0", standIn.baseUrl), init);
  });
  const realNow = Date.now.bind(Date);
  jest.spyOn(Date, "now").mockImplementation(() => realNow() + offset);
  jest.mocked(createNaaTokenProvider).mockReturnValue({ getToken: async () => standIn.token });
});
afterEach(async () => {
  jest.restoreAllMocks();
  await standIn.stop();
});

function launchEventSource(store: KeyValueStore = new MemoryStore()): ProfileSource {
  return createLaunchEventProfileSource({
    baseUrl: "https://rapport.contoso.example/",
    store,
    fetchText: async () => "",
    graphConfig: {
      clientId: "11111111-2222-3333-4444-555555555555",
      tenantId: "contoso.onmicrosoft.com",
      site: standIn.siteUrl,
    },
    office: { context: { mailbox: { userProfile: { emailAddress: "alex@lawfirm.example" } } } },
  } as Parameters<typeof createLaunchEventProfileSource>[0]);
}

/** Someone (a colleague, or the lawyer in the pane) adds a competitor to Coca-Cola's profile. */
function addCompetitor(name: string): void {
  const coke = sampleProfiles().find((p) => p.matchKey === "@coca-cola.example")!;
  const item = list.items.find((i) => Object.values(i.fields).includes("@coca-cola.example"))!;
  standIn.touch(
    list,
    item.id,
    profileToNewItemFields({ ...coke, competitors: [...coke.competitors, name] }),
  );
}

function draftMentioning(text: string): Draft {
  return {
    from: { address: "alex@lawfirm.example", name: "Alex" },
    recipients: [{ address: MEGGE, name: "Megge Anderson", kind: "to" }],
    subject: "Board pack",
    body: { format: "text", content: text },
    attachments: [],
  } as Draft;
}

async function send(profiles: ProfileSource, text: string) {
  const recorded = makeDeps([], {
    profiles,
    evaluate: evaluateWithDiagnostics,
    readDraft: async () => draftMentioning(text),
  });
  let answer: { allowEvent?: boolean; errorMessage?: string } | undefined;
  await handleMessageSend(
    { completed: (options?: unknown) => (answer = options as typeof answer) } as never,
    recorded.deps,
  );
  return { answer: answer!, recorded };
}

describe("launch event: Send asks SharePoint again for entries older than its window", () => {
  it("sees a colleague's edit made after yesterday's lookup (not 24 h of stale answers)", async () => {
    const source = launchEventSource();
    await source.lookup([MEGGE]); // yesterday's compose filled the cache
    addCompetitor("Tesla");
    offset += 20 * HOUR;
    standIn.clearLog();

    const { answer, recorded } = await send(source, "Hi Megge, we compared you with Tesla.");

    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Tesla/);
    expect(standIn.requestCount).toBe(1); // within the send, not after its answer
    expect(recorded.notes).toEqual([]);
  });

  it("sees the lawyer's own save in the pane 31 s after the event runtime's last fetch", async () => {
    // Classic Windows: the pane's invalidate cannot reach OfficeRuntime.storage.
    const source = launchEventSource();
    await source.lookup([MEGGE]);
    addCompetitor("Tesla");
    offset += 31_000;

    const { answer } = await send(source, "Hi Megge, we compared you with Tesla.");

    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Tesla/);
  });

  it("answers from the prefetch alone within the window: no request", async () => {
    const source = launchEventSource();
    await source.lookup([MEGGE]);
    offset += 10_000;
    standIn.clearLog();

    const { answer } = await send(source, "Hi Megge, we compared you with Pepsi.");

    expect(answer.allowEvent).toBe(false);
    expect(standIn.requestCount).toBe(0);
  });

  it("uses the saved copy when Graph fails, and says how old it is", async () => {
    const source = launchEventSource();
    await source.lookup([MEGGE]);
    offset += 3 * HOUR;
    standIn.faults.push({ status: 503, times: Infinity });

    const { answer, recorded } = await send(source, "Hi Megge, we compared you with Pepsi.");

    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Pepsi/);
    expect(`${answer.errorMessage ?? ""} ${recorded.notes.join(" ")}`).toMatch(/saved/i);
  });

  it("does not serve 'no profile' for a day: a client's first profile is seen at the next Send", async () => {
    const source = launchEventSource();
    const address = "gc@newclient.example";
    expect((await source.lookup([address])).get(address)).toBeUndefined();
    standIn.addItem(
      list,
      profileToNewItemFields({
        ...sampleProfiles()[0]!,
        matchKey: "@newclient.example",
        competitors: ["Globex"],
      }),
    );
    offset += 6 * 60_000; // past the 5 minutes "no profile" is fresh, far inside the old 24 h
    const profiles = await source.lookup([address]);
    expect(profiles.get(address)?.competitors).toEqual(["Globex"]);
  });
});

describe("launch event: the store never fails the send check", () => {
  function officeRuntime(overrides: Partial<OfficeRuntimeStorageLike>): OfficeRuntimeStorageLike {
    const map = new Map<string, string>();
    return {
      getItem: async (key) => map.get(key) ?? null,
      setItem: async (key, value) => void map.set(key, value),
      removeItem: async (key) => void map.delete(key),
      ...overrides,
    };
  }

  it("a full OfficeRuntime.storage (writes reject): Graph's answer is used", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const storage = officeRuntime({
      setItem: async () => {
        throw Object.assign(new Error("Storage quota exceeded"), { name: "QuotaExceededError" });
      },
    });
    const source = launchEventSource(new OfficeRuntimeStore(storage));

    const { answer, recorded } = await send(source, "Hi Megge, we compared you with Pepsi.");

    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Pepsi/);
    expect(recorded.failureRecords).toEqual([]);
    // Logged without keys: no address, no profile text.
    for (const call of warn.mock.calls) expect(String(call[0])).not.toMatch(/@|coca|megge/i);
  });

  it("a store whose reads never settle (office-js #1058): the check still answers from Graph", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const storage = officeRuntime({ getItem: () => new Promise<string | null>(() => undefined) });
    const source = launchEventSource(new OfficeRuntimeStore(storage));

    const { answer } = await send(source, "Hi Megge, we compared you with Pepsi.");

    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Pepsi/);
  });

  it("a damaged cached profile (a list field not a list) is a miss, never a TypeError", async () => {
    const store = new MemoryStore();
    const source = launchEventSource(store);
    await source.lookup([MEGGE]);
    for (const key of store.keys().filter((k) => k.includes(":address:"))) {
      const entry = JSON.parse((await store.get(key))!) as { profile: Record<string, unknown> };
      entry.profile.competitors = { 0: "Pepsi" }; // another shape: not a list
      await store.set(key, JSON.stringify(entry));
    }

    const { answer, recorded } = await send(source, "Hi Megge, we compared you with Pepsi.");

    expect(recorded.failureRecords).toEqual([]);
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/Pepsi/); // from SharePoint, asked again
  });
});
