import { createServer } from "node:net";
import { FakeClock } from "../helpers/fake-clock";
import { GraphStandIn, type StandInList } from "../helpers/graph-stand-in";
import { LIST_NAME, sampleProfiles, seedList, sourceFor } from "./graph-fixtures";
import { ProfileConflictError, ProfileSourceError } from "../../src/profiles/source";
import { profileColumnDefinitions } from "../../src/profiles/list-mapping";
import {
  MAX_KEYS_PER_FILTER,
  MAX_URL_LENGTH,
  matchKeysUrls,
  type ListItemProblem,
} from "../../src/profiles/graph-source";
import { evaluate } from "../../src/core/engine";

const COKE_PEOPLE = [
  "megge.anderson@coca-cola.example",
  "james.quincey@coca-cola.example",
  "ops@coca-cola.example",
  "legal@coca-cola.example",
  "finance@coca-cola.example",
  "press@coca-cola.example",
  "board@coca-cola.example",
  "it@coca-cola.example",
  "hr@coca-cola.example",
  "sales@coca-cola.example",
];

let standIn: GraphStandIn;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
});

afterEach(async () => {
  await standIn.stop();
});

async function rejection(promise: Promise<unknown>): Promise<ProfileSourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProfileSourceError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

/** The filter of a recorded item request, decoded: the MatchKeys it asks for. */
function keysAsked(path: string): string[] {
  const filter = new URLSearchParams(path.split("?")[1] ?? "").get("$filter") ?? "";
  return [...filter.matchAll(/eq '((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
}

function item(list: StandInList, matchKey: string) {
  return list.items.find((i) => i.fields.MatchKey === matchKey)!;
}

describe("GraphProfileSource.lookup", () => {
  it("asks for ten recipients of one client with one filter in a single round trip and merges person over organisation", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);

    const result = await source.lookup(COKE_PEOPLE);

    expect(standIn.requestCount).toBe(1);
    expect(standIn.topLevel[0]!.path).toBe("/$batch");
    // One filter with 10 person keys and the shared @domain key (duplicates removed), and the site id.
    const itemRequests = standIn.inBatch.filter((r) => r.path.includes("/items"));
    expect(itemRequests).toHaveLength(1);
    expect(keysAsked(itemRequests[0]!.path).sort()).toEqual(
      [...COKE_PEOPLE, "@coca-cola.example"].sort(),
    );
    expect(standIn.inBatch).toHaveLength(2);
    const megge = result.get("megge.anderson@coca-cola.example");
    expect(megge?.preferredName).toBe("Megge");
    expect(megge?.competitors).toEqual(["Pepsi", "PepsiCo", "Mountain Dew", "Gatorade"]);
    expect(megge?.billingDetail).toBe("summary");
    expect(result.get("ops@coca-cola.example")?.clientName).toBe("The Coca-Cola Company");
    expect(result.get("ops@coca-cola.example")?.preferredName).toBeUndefined();
  });

  it("uses the cached site id after the first lookup", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    await source.lookup(["dan@whitakerbuilding.example"]);
    standIn.clearLog();

    await source.lookup(["someone@ford.example"]);

    expect(
      standIn.inBatch
        .map((r) => r.path)
        .every((p) => p.startsWith(`/sites/${encodeURIComponent(standIn.siteId)}/`)),
    ).toBe(true);
    expect(standIn.inBatch).toHaveLength(1);
    expect(keysAsked(standIn.inBatch[0]!.path)).toEqual(["someone@ford.example", "@ford.example"]);
  });

  it("asks for 50 recipients across 30 domains (80 keys) in one $batch, at most 15 keys per filter", async () => {
    const list = seedList(standIn);
    for (let d = 0; d < 30; d++) {
      standIn.addItem(list, {
        Title: `Client ${d}`,
        MatchKey: `@client${d}.example`,
        ClientName: `Client ${d}`,
      });
    }
    const addresses = Array.from({ length: 50 }, (_, i) => `person${i}@client${i % 30}.example`);
    const source = sourceFor(standIn);

    const result = await source.lookup(addresses);

    expect(standIn.requestCount).toBe(1);
    const filters = standIn.inBatch.filter((r) => r.path.includes("/items"));
    expect(filters).toHaveLength(Math.ceil(80 / MAX_KEYS_PER_FILTER));
    const asked = filters.flatMap((r) => keysAsked(r.path));
    expect(new Set(asked).size).toBe(80);
    for (const request of filters) {
      expect(keysAsked(request.path).length).toBeLessThanOrEqual(MAX_KEYS_PER_FILTER);
      expect(`${standIn.baseUrl}${request.path}`.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    }
    expect(result.get("person49@client19.example")?.clientName).toBe("Client 19");
  });

  it("keeps filters within Graph's URL length when keys are long", () => {
    const keys = Array.from({ length: 12 }, (_, i) => `${"x".repeat(200)}${i}@long.example`);
    const base = "https://graph.microsoft.com/v1.0";
    const urls = matchKeysUrls("/sites/s/lists/l/items", keys, 50, base);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(base.length + url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(urls.flatMap((url) => keysAsked(url)).sort()).toEqual([...keys].sort());
  });

  it("reads every page through @odata.nextLink", async () => {
    const list = seedList(standIn);
    // A messy list: the same MatchKey three times (unique values not enforced on this one).
    const matchKey = list.columns.find((c) => c.name === "MatchKey")!;
    matchKey.enforceUniqueValues = false;
    standIn.addItem(list, { Title: "Dup", MatchKey: "@ford.example", ClientName: "Ford again" });
    standIn.addItem(list, { Title: "Dup", MatchKey: "@ford.example", ClientName: "Ford thrice" });
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { pageSize: 1, onProblem: (p) => problems.push(p) });

    const result = await source.lookup(["henry@ford.example"]);

    expect(result.get("henry@ford.example")?.clientName).toBe("Ford Motor Company");
    const itemQueries = standIn.inBatch.filter((r) => r.path.includes("/items"));
    expect(itemQueries.some((r) => r.path.includes("skiptoken=2"))).toBe(true);
    expect(problems.filter((p) => p.matchKey === "@ford.example")).toHaveLength(2);
  });
});

describe("a bad field never hides a profile", () => {
  it("keeps the Pepsi warning when the Coca-Cola organisation item has a bad date", async () => {
    const list = seedList(standIn);
    item(list, "@coca-cola.example").fields.LastConfirmed = "31/02/2026";
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { onProblem: (p) => problems.push(p) });

    const result = await source.lookup(["ops@coca-cola.example"]);

    const profile = result.get("ops@coca-cola.example");
    expect(profile?.competitors).toEqual(["Pepsi", "PepsiCo", "Mountain Dew", "Gatorade"]);
    expect(profile?.lastConfirmed).toBeUndefined();
    expect(profile?.unreadable).toEqual([
      { matchKey: "@coca-cola.example", field: "lastConfirmed" },
    ]);
    expect(problems).toEqual([
      {
        itemId: item(list, "@coca-cola.example").id,
        matchKey: "@coca-cola.example",
        field: "LastConfirmed",
        value: "31/02/2026",
        reason: expect.stringMatching(
          /^could not be read \(must be a real date .*"31\/02\/2026"\); left out/,
        ),
      },
    ]);
    const findings = evaluate(
      {
        recipients: [{ address: "ops@coca-cola.example", kind: "to" }],
        subject: "Launch",
        body: { format: "text", content: "The Pepsi numbers are attached." },
        attachments: [],
      },
      result,
      {},
    );
    expect(findings.map((f) => f.check)).toContain("competitor-mention");
  });

  it("drops each unreadable field of an item and keeps the rest, person merged over organisation", async () => {
    const list = seedList(standIn);
    Object.assign(item(list, "@ups.example").fields, { BillingDetail: "itemised" });
    Object.assign(item(list, "megge.anderson@coca-cola.example").fields, {
      MeetingPlatform: "skype",
      AvoidNames: 42,
    });
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { onProblem: (p) => problems.push(p) });

    const result = await source.lookup(["carol@ups.example", "megge.anderson@coca-cola.example"]);

    expect(result.get("carol@ups.example")?.competitors).toEqual(["FedEx", "DHL"]);
    expect(result.get("carol@ups.example")?.billingDetail).toBeUndefined();
    const megge = result.get("megge.anderson@coca-cola.example")!;
    expect(megge.preferredName).toBe("Megge");
    // Megge's own unreadable values are left out; her organisation's still apply.
    expect(megge.meetingPlatform).toBe("teams");
    expect(megge.avoidNames).not.toContain("Meg");
    expect(megge.competitors).toContain("Pepsi");
    expect(megge.unreadable?.map((u) => u.field).sort()).toEqual(["avoidNames", "meetingPlatform"]);
    expect(problems.map((p) => [p.matchKey, p.field, p.value]).sort()).toEqual([
      ["@ups.example", "BillingDetail", "itemised"],
      ["megge.anderson@coca-cola.example", "AvoidNames", "42"],
      ["megge.anderson@coca-cola.example", "MeetingPlatform", "skype"],
    ]);
    expect(source.problems).toEqual(problems);
  });

  it("reads a MatchKey stored with capitals as lower case, and says so", async () => {
    const list = seedList(standIn);
    item(list, "@ford.example").fields.MatchKey = "@Ford.Example";
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { onProblem: (p) => problems.push(p) });

    const result = await source.lookup(["henry@ford.example"]);

    expect(result.get("henry@ford.example")?.competitors).toContain("Chevy");
    expect(problems).toEqual([
      expect.objectContaining({
        matchKey: "@ford.example",
        field: "MatchKey",
        value: "@Ford.Example",
        reason: expect.stringMatching(/spaces or capitals; read as "@ford\.example"/),
      }),
    ]);
  });

  it("reports an item without a MatchKey, which covers nobody", async () => {
    const list = seedList(standIn);
    const orphan = standIn.addRawItem(list, { Title: "Nobody's", Competitors: "Pepsi" });
    standIn.addRawItem(list, { Title: "Blank key", MatchKey: "   " });
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { onProblem: (p) => problems.push(p) });

    const all = [];
    for (const raw of list.items) {
      const parsed = source.parseItem({ id: raw.id, fields: raw.fields });
      if (parsed) all.push(parsed);
    }

    expect(all).toHaveLength(6);
    expect(problems).toEqual([
      { itemId: orphan.id, field: "MatchKey", reason: expect.stringMatching(/no MatchKey/) },
      {
        itemId: String(Number(orphan.id) + 1),
        field: "MatchKey",
        value: "   ",
        reason: expect.stringMatching(/no MatchKey/),
      },
    ]);
  });
});

describe("GraphProfileSource.lookup, continued", () => {
  it("answers undefined for addresses nobody has a profile for and ignores empty ones", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    const result = await source.lookup(["nobody@example.org", "", "  "]);
    expect([...result.entries()]).toEqual([["nobody@example.org", undefined]]);
  });

  it("reads back dates stored as site-local midnight on the same calendar day", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    const result = await source.lookup(["dan@whitakerbuilding.example"]);
    expect(result.get("dan@whitakerbuilding.example")?.lastConfirmed).toBe("2026-06-15");
  });
});

describe("throttling", () => {
  it("honours Retry-After on the whole batch", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 2, where: "top" });
    const waits: number[] = [];
    const source = sourceFor(standIn, { sleep: async (ms) => void waits.push(ms) });

    const result = await source.lookup(["megge.anderson@coca-cola.example"]);

    expect(waits).toEqual([2000]);
    expect(standIn.requestCount).toBe(2);
    expect(result.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
  });

  it("retries only the throttled requests inside a batch after their Retry-After", async () => {
    seedList(standIn);
    standIn.faults.push({
      status: 503,
      retryAfter: 1,
      where: "batch",
      match: (_m, path) => path.includes("eq '@coca-cola.example'"),
    });
    const waits: number[] = [];
    const source = sourceFor(standIn, { sleep: async (ms) => void waits.push(ms) });

    const result = await source.lookup(["megge.anderson@coca-cola.example"]);

    expect(waits).toEqual([1000]);
    const second = standIn.topLevel[1]!.body as { requests: Array<{ url: string }> };
    expect(second.requests).toHaveLength(1);
    expect(decodeURIComponent(second.requests[0]!.url)).toContain("'@coca-cola.example'");
    expect(result.get("megge.anderson@coca-cola.example")?.competitors).toContain("Pepsi");
  });

  it("gives up with 'throttled' instead of waiting past the caller's deadline", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 30, where: "batch", times: Infinity });
    const waits: number[] = [];
    const source = sourceFor(standIn, { sleep: async (ms) => void waits.push(ms) });

    const error = await rejection(
      source.lookup(["megge.anderson@coca-cola.example"], { deadline: Date.now() + 3000 }),
    );

    expect(error.kind).toBe("throttled");
    expect(error.message).toMatch(/30 s/);
    expect(waits).toEqual([]);
    expect(standIn.requestCount).toBe(1);
  });

  it("backs off when a 504 carries no Retry-After, then succeeds", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 504, where: "top" });
    const waits: number[] = [];
    const source = sourceFor(standIn, { sleep: async (ms) => void waits.push(ms) });
    await source.lookup(["someone@microsoft.example"]);
    expect(waits).toEqual([10]);
  });

  it("spends one budget per lookup: a $batch throttled inside a throttled request makes 4 attempts, not 16", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 1, where: "top", times: 2 });
    standIn.faults.push({ status: 503, retryAfter: 1, where: "batch", times: Infinity });
    const clock = new FakeClock();

    const error = await rejection(
      sourceFor(standIn, { clock }).lookup(["megge.anderson@coca-cola.example"]),
    );

    expect(standIn.requestCount).toBe(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(error.kind).toBe("throttled");
    expect(error.message).toBe(
      "Microsoft Graph was still busy (HTTP 503, service unavailable) after 4 attempts; giving up.",
    );
  });

  it("gives up on a 429 storm after at most 6 attempts", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 2, where: "any", times: Infinity });
    const clock = new FakeClock();

    const error = await rejection(
      sourceFor(standIn, { clock }).lookup(["megge.anderson@coca-cola.example"], {
        deadline: clock.now() + 60_000,
      }),
    );

    expect(standIn.requestCount).toBeLessThanOrEqual(6);
    expect(error.kind).toBe("throttled");
    expect(error.message).toMatch(/HTTP 429, too many requests\) after \d attempts; giving up\.$/);
  });

  it("gives up at once, saying so, when Graph asks to wait 3,600 s", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 3600, where: "top", times: Infinity });
    const clock = new FakeClock();

    const error = await rejection(
      sourceFor(standIn, { clock }).lookup(["megge.anderson@coca-cola.example"], {
        deadline: clock.now() + 60_000,
      }),
    );

    expect(error.kind).toBe("throttled");
    expect(error.message).toBe(
      "Microsoft Graph asked to wait 3,600 s; giving up, as that is past the 60 s allowed (HTTP 429, too many requests).",
    );
    expect(clock.sleeps).toEqual([]);
    expect(standIn.requestCount).toBe(1);
  });

  it("honours Retry-After only while the wait ends before the deadline", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 20, where: "top", times: Infinity });
    const clock = new FakeClock();

    const error = await rejection(
      sourceFor(standIn, { clock }).lookup(["megge.anderson@coca-cola.example"], {
        deadline: clock.now() + 60_000,
      }),
    );

    // Asked at 0 s, 20 s and 40 s; a third wait would end at 60 s, the deadline.
    expect(clock.sleeps).toEqual([20_000, 20_000]);
    expect(standIn.requestCount).toBe(3);
    expect(error.message).toMatch(/^Microsoft Graph asked to wait 20 s; giving up/);
  });

  it("has a deadline even when the caller gives none (default 60 s)", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 429, retryAfter: 3600, where: "top", times: Infinity });
    const clock = new FakeClock();
    const error = await rejection(
      sourceFor(standIn, { clock }).lookup(["megge.anderson@coca-cola.example"]),
    );
    expect(error.message).toMatch(
      /asked to wait 3,600 s; giving up, as that is past the 60 s allowed/,
    );
    expect(clock.sleeps).toEqual([]);
  });
});

describe("deadline and timeouts", () => {
  it("stops waiting for a slow Graph at the deadline with kind 'timeout'", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 503, where: "top", delayMs: 5000 });
    const error = await rejection(
      sourceFor(standIn).lookup(["dan@whitakerbuilding.example"], { deadline: Date.now() + 100 }),
    );
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(
      /^Microsoft Graph did not answer within the 0\.1 s allowed; giving up\.$/,
    );
  });

  it("abandons a request that gets no answer after the per-request timeout, and says so", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 200, where: "top", delayMs: Infinity });
    const clock = new FakeClock();
    const pending = rejection(
      sourceFor(standIn, { clock, requestTimeoutMs: 30_000 }).lookup(
        ["dan@whitakerbuilding.example"],
        { deadline: clock.now() + 60_000 },
      ),
    );

    await clock.untilTimers(1);
    clock.advance(30_000);
    const error = await pending;

    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("Microsoft Graph did not answer within 30 s; giving up.");
  });

  it("says 'could not reach' only when nothing answers the connection", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const error = await rejection(
      sourceFor(standIn, { graphBaseUrl: `http://127.0.0.1:${port}/v1.0` }).lookup([
        "dan@whitakerbuilding.example",
      ]),
    );

    expect(error.kind).toBe("network");
    expect(error.message).toBe(
      `Could not reach Microsoft Graph at http://127.0.0.1:${port} (ECONNREFUSED).`,
    );
  });

  it("stops when the caller aborts", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 503, where: "top", delayMs: 5000 });
    const controller = new AbortController();
    const pending = sourceFor(standIn).lookup(["dan@whitakerbuilding.example"], {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/cancelled/);
  });
});

describe("errors an admin can act on", () => {
  it("turns 401 into sign-in-needed", async () => {
    seedList(standIn);
    const source = sourceFor(standIn, { getToken: async () => "eyJ-wrong-token" });
    const error = await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
    expect(error.kind).toBe("sign-in-needed");
    expect(error.options.status).toBe(401);
    expect(error.message).toBe(
      "Microsoft Graph refused the sign-in (HTTP 401): it has expired or is missing.",
    );
  });

  it("asks once for a fresh token when Graph refuses a cached one, and the lookup succeeds", async () => {
    seedList(standIn);
    const fresh: string[][] = [];
    const source = sourceFor(standIn, {
      getToken: async () => "eyJ-revoked-token",
      getFreshToken: async (scopes) => {
        fresh.push(scopes);
        return standIn.token;
      },
    });
    const found = await source.lookup(["megge.anderson@coca-cola.example"]);
    expect(found.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
    // One $batch refused, then the same $batch again with the fresh token.
    expect(fresh).toHaveLength(1);
    expect(standIn.topLevel.map((r) => r.headers.authorization)).toEqual([
      "Bearer eyJ-revoked-token",
      `Bearer ${standIn.token}`,
    ]);
  });

  it("reports sign-in-needed when the fresh token is refused too, without asking a third time", async () => {
    seedList(standIn);
    let freshCalls = 0;
    const source = sourceFor(standIn, {
      getToken: async () => "eyJ-revoked-token",
      getFreshToken: async () => {
        freshCalls++;
        return "eyJ-also-refused";
      },
    });
    const error = await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
    expect(error.kind).toBe("sign-in-needed");
    expect(error.options.status).toBe(401);
    expect(freshCalls).toBe(1);
    expect(standIn.requestCount).toBe(2);
  });

  it("keeps Graph's 401 when no fresh token can be had (revoked refresh token): access refused, not a fault", async () => {
    seedList(standIn);
    let freshCalls = 0;
    const source = sourceFor(standIn, {
      getToken: async () => "eyJ-revoked-token",
      getFreshToken: async () => {
        freshCalls++;
        throw new Error("interaction_required");
      },
    });
    const error = await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
    expect(error.kind).toBe("sign-in-needed");
    expect(error.options.status).toBe(401); // what makes the cache empty this account's copies
    await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
    expect(freshCalls).toBe(1); // not forced again for a while
  });

  it("shares one fresh token among the $batch requests refused together", async () => {
    seedList(standIn);
    // As MSAL does: a forced refresh replaces the cached token the plain getter returns.
    let cached = "eyJ-revoked-token";
    let freshCalls = 0;
    const source = sourceFor(standIn, {
      getToken: async () => cached,
      getFreshToken: async () => {
        freshCalls++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        cached = standIn.token;
        return cached;
      },
    });
    const addresses = Array.from({ length: 300 }, (_, i) => `person${i}@client${i}.example`);
    await source.lookup(addresses);
    expect(standIn.topLevel.filter((r) => r.path === "/$batch").length).toBeGreaterThan(2);
    expect(freshCalls).toBe(1);
  });

  it("forces no fresh token for a while after one was refused too", async () => {
    seedList(standIn);
    let freshCalls = 0;
    const source = sourceFor(standIn, {
      getToken: async () => "eyJ-revoked-token",
      getFreshToken: async () => {
        freshCalls++;
        return "eyJ-also-refused";
      },
    });
    for (let i = 0; i < 3; i++) {
      const error = await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
      expect(error.kind).toBe("sign-in-needed");
    }
    expect(freshCalls).toBe(1);
    expect(standIn.requestCount).toBe(4);
  });

  it("never asks for a fresh token for a save (its getter may need a click)", async () => {
    seedList(standIn);
    let freshCalls = 0;
    const source = sourceFor(standIn, {
      getWriteToken: async () => "eyJ-revoked-token",
      getFreshToken: async () => {
        freshCalls++;
        return standIn.token;
      },
    });
    const stored = (await source.get("megge.anderson@coca-cola.example"))!;
    const error = await rejection(
      source.save({ ...stored.profile, competitors: ["Pepsi"] }, stored.origin),
    );
    expect(error.kind).toBe("sign-in-needed");
    expect(freshCalls).toBe(0);
  });

  it("turns a failing token provider into sign-in-needed without quoting it", async () => {
    const source = sourceFor(standIn, {
      getToken: async () => {
        throw new Error("interaction_required: token eyJ-secret-token expired");
      },
    });
    const error = await rejection(source.lookup(["megge.anderson@coca-cola.example"]));
    expect(error.kind).toBe("sign-in-needed");
    expect(error.message).not.toContain("eyJ");
  });

  it("explains 403 with the list and the site", async () => {
    seedList(standIn);
    standIn.faults.push({
      status: 403,
      where: "batch",
      times: Infinity,
      match: (_m, p) => p.includes("/items"),
    });
    const error = await rejection(sourceFor(standIn).lookup(["dan@whitakerbuilding.example"]));
    expect(error.kind).toBe("forbidden");
    expect(error.message).toContain(`"${LIST_NAME}"`);
    expect(error.message).toContain("contoso.sharepoint.com/sites/clients");
    expect(error.message).toMatch(/Sites\.Read\.All/);
    expect(error.options).toMatchObject({ status: 403, access: "read", sitesSelected: false });
  });

  it("names Sites.Selected, not Sites.Read.All, for a 403 when the app uses Sites.Selected", async () => {
    seedList(standIn);
    standIn.faults.push({
      status: 403,
      where: "batch",
      times: Infinity,
      match: (_m, p) => p.includes("/items"),
    });
    const error = await rejection(
      sourceFor(standIn, { sitesSelected: true }).lookup(["dan@whitakerbuilding.example"]),
    );
    expect(error.kind).toBe("forbidden");
    expect(error.message).toMatch(/Sites\.Selected/);
    expect(error.message).not.toMatch(/Sites\.Read\.All/);
    expect(error.options.sitesSelected).toBe(true);
  });

  it("reports a missing list as a list even when Graph's message mentions the site", async () => {
    seedList(standIn);
    const source = sourceFor(standIn, { list: "Client Prefs" });
    standIn.faults.push({
      status: 404,
      where: "batch",
      times: Infinity,
      match: (_m, p) => p.includes("/items"),
      message:
        "List 'Client Prefs' does not exist at site with URL 'https://contoso.sharepoint.com/sites/clients'.",
    });
    const first = await rejection(source.lookup(["dan@whitakerbuilding.example"]));
    expect(first.options.missing).toBe("list");
    expect(first.message).toMatch(/list "Client Prefs" was not found/);

    // With the site id known (no site request in the batch), one extra request settles it.
    await source.resolveSiteId();
    const again = await rejection(source.lookup(["dan@whitakerbuilding.example"]));
    expect(again.options.missing).toBe("list");
  });

  it("says which list was not found", async () => {
    seedList(standIn);
    const error = await rejection(
      sourceFor(standIn, { list: "Client Prefs" }).lookup(["dan@whitakerbuilding.example"]),
    );
    expect(error.kind).toBe("not-found");
    expect(error.message).toMatch(
      /list "Client Prefs" was not found on the SharePoint site contoso\.sharepoint\.com\/sites\/clients/,
    );
  });

  it("says when the site itself was not found", async () => {
    seedList(standIn);
    const error = await rejection(
      sourceFor(standIn, { sitePath: "/sites/nowhere" }).lookup(["dan@whitakerbuilding.example"]),
    );
    expect(error.kind).toBe("not-found");
    expect(error.options.missing).toBe("site");
    expect(error.message).toMatch(/site contoso\.sharepoint\.com\/sites\/nowhere was not found/);
  });

  it("explains a MatchKey column that is not indexed", async () => {
    const list = seedList(standIn);
    list.columns.find((c) => c.name === "MatchKey")!.indexed = false;
    const error = await rejection(sourceFor(standIn).lookup(["dan@whitakerbuilding.example"]));
    expect(error.kind).toBe("invalid");
    expect(error.message).toMatch(/MatchKey column .* is not indexed/);
    expect(error.message).toMatch(/Indexed columns/);
  });

  it("never puts the token in an error or sends it to another host", async () => {
    seedList(standIn);
    const list = standIn.findList(LIST_NAME)!;
    for (let i = 0; i < 3; i++)
      standIn.addItem(list, { Title: `x${i}`, MatchKey: `p${i}@ford.example` });
    const source = sourceFor(standIn);
    // A next link pointing elsewhere must be refused before any token is attached.
    expect(() => source.http.relativePath("https://evil.example/v1.0/sites")).toThrow(/outside/);
    standIn.faults.push({ status: 500, where: "top", message: "boom" });
    const error = await rejection(source.lookup(["p1@ford.example"], {}));
    expect(JSON.stringify({ m: error.message, s: String(error) })).not.toContain("eyJ");
  });
});

/**
 * A change to save: a save writes only what changed (audit 47), so an unchanged profile sends
 * nothing and these permission tests need one.
 */
function withAmazon<T extends { competitors: string[] }>(profile: T): T {
  return { ...profile, competitors: [...profile.competitors, "Amazon Logistics"] };
}

describe("get and save", () => {
  it("gets the stored profile with its item id and eTag", async () => {
    seedList(standIn);
    const stored = await sourceFor(standIn).get("Megge.Anderson@coca-cola.example");
    expect(stored?.profile.fullName).toBe("Megge Anderson");
    expect(stored?.origin?.itemId).toBe("2");
    expect(stored?.origin?.etag).toMatch(/^".+,1"$/);
  });

  it("updates with If-Match and returns the new eTag", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;

    const saved = await source.save(
      { ...stored.profile, competitors: ["FedEx", "DHL", "Amazon Logistics"] },
      stored.origin,
    );

    const patch = standIn.topLevel.find((r) => r.method === "PATCH")!;
    expect(patch.headers["if-match"]).toBe(stored.origin!.etag);
    expect(patch.path).toMatch(/\/items\/4\/fields$/);
    expect(saved.origin?.etag).not.toBe(stored.origin?.etag);
    expect((await source.get("@ups.example"))?.profile.competitors).toEqual([
      "FedEx",
      "DHL",
      "Amazon Logistics",
    ]);
  });

  it("refuses to overwrite someone else's change (412), reloads it and says so", async () => {
    const list = seedList(standIn);
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    standIn.touch(list, stored.origin!.itemId!, { Competitors: "FedEx\nDHL\nUSPS" });

    let error: unknown;
    try {
      await source.save({ ...stored.profile, competitors: ["FedEx"] }, stored.origin);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ProfileConflictError);
    const conflict = error as ProfileConflictError;
    expect(conflict.kind).toBe("conflict");
    expect(conflict.message).toMatch(
      /Someone else changed the profile for @ups\.example .* reloaded/,
    );
    expect(conflict.current?.profile.competitors).toEqual(["FedEx", "DHL", "USPS"]);
    expect(list.items.find((i) => i.id === stored.origin!.itemId)!.fields.Competitors).toBe(
      "FedEx\nDHL\nUSPS",
    );
  });

  it("creates a new profile with POST and refuses to create a duplicate", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    const profile = {
      ...sampleProfiles()[3]!,
      matchKey: "@dhl.example",
      title: "DHL",
      clientName: "DHL",
      competitors: ["UPS"],
    };
    const created = await source.save(profile);
    expect(created.origin?.itemId).toBe("7");
    expect(standIn.topLevel.some((r) => r.method === "POST" && r.path.endsWith("/items"))).toBe(
      true,
    );

    const error = await rejection(source.save(profile));
    expect(error).toBeInstanceOf(ProfileConflictError);
    expect(error.message).toMatch(/already exists/);
  });

  it("explains a write without permission", async () => {
    seedList(standIn);
    standIn.allowWrites = false;
    const source = sourceFor(standIn);
    const stored = (await source.get("@ups.example"))!;
    const error = await rejection(source.save(withAmazon(stored.profile), stored.origin));
    expect(error.kind).toBe("forbidden");
    expect(error.message).toMatch(/Sites\.ReadWrite\.All/);
  });

  it("asks for write scopes only when saving", async () => {
    seedList(standIn);
    const scopes: string[][] = [];
    const source = sourceFor(standIn, {
      getToken: async (s) => {
        scopes.push(s);
        return standIn.token;
      },
    });
    const stored = (await source.get("@ups.example"))!;
    await source.save(withAmazon(stored.profile), stored.origin);
    expect(scopes[0]).toEqual(["Sites.Read.All"]);
    expect(scopes[1]).toEqual(["Sites.ReadWrite.All"]);
  });

  it("asks the write token getter (which may ask for consent) only when saving", async () => {
    seedList(standIn);
    const reads: string[][] = [];
    const writes: string[][] = [];
    const source = sourceFor(standIn, {
      getToken: async (s) => {
        reads.push(s);
        return standIn.token;
      },
      getWriteToken: async (s) => {
        writes.push(s);
        return standIn.token;
      },
    });
    await source.lookup(["carol@ups.example"]);
    const stored = (await source.get("@ups.example"))!;
    expect(writes).toEqual([]);
    await source.save(withAmazon(stored.profile), stored.origin);
    expect(reads.every((s) => s[0] === "Sites.Read.All")).toBe(true);
    expect(writes).toEqual([["Sites.ReadWrite.All"]]);
  });
});

it("profile columns cover every field once", () => {
  const names = profileColumnDefinitions().map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain("MatchKey");
  expect(names).not.toContain("Title");
});
