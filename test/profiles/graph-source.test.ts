import { GraphStandIn } from "../helpers/graph-stand-in";
import { LIST_NAME, sampleProfiles, seedList, sourceFor } from "./graph-fixtures";
import { ProfileConflictError, ProfileSourceError } from "../../src/profiles/source";
import { profileColumnDefinitions } from "../../src/profiles/list-mapping";
import type { ListItemProblem } from "../../src/profiles/graph-source";

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

describe("GraphProfileSource.lookup", () => {
  it("asks for ten recipients of one client in a single round trip and merges person over organisation", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);

    const result = await source.lookup(COKE_PEOPLE);

    expect(standIn.requestCount).toBe(1);
    expect(standIn.topLevel[0]!.path).toBe("/$batch");
    // 10 person keys + 1 shared @domain key + the site id, duplicates removed.
    expect(standIn.inBatch).toHaveLength(12);
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
    expect(standIn.inBatch).toHaveLength(2);
  });

  it("splits 45 keys into three parallel batches of at most 20", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);
    const addresses = Array.from({ length: 44 }, (_, i) => `person${i}@ups.example`);

    const result = await source.lookup(addresses);

    const batches = standIn.topLevel.filter((r) => r.path === "/$batch");
    expect(batches).toHaveLength(3);
    const sizes = batches.map((b) => (b.body as { requests: unknown[] }).requests.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(46); // 44 people + @ups.example + site
    expect(result.get("person43@ups.example")?.competitors).toEqual(["FedEx", "DHL"]);
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

  it("skips malformed items with a reason and still answers for the rest", async () => {
    const list = seedList(standIn);
    standIn.addRawItem(list, {
      Title: "Broken",
      MatchKey: "@ups.example",
      BillingDetail: "itemised",
    });
    const problems: ListItemProblem[] = [];
    const source = sourceFor(standIn, { onProblem: (p) => problems.push(p) });

    const result = await source.lookup(["carol@ups.example", "megge.anderson@coca-cola.example"]);

    expect(result.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
    expect(result.get("carol@ups.example")?.competitors).toEqual(["FedEx", "DHL"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ matchKey: "@ups.example" });
    expect(problems[0]!.reason).toMatch(/billingDetail must be one of detailed, summary/);
    expect(source.problems).toEqual(problems);
  });

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
});

describe("deadline", () => {
  it("stops waiting for a slow Graph at the deadline with kind 'timeout'", async () => {
    seedList(standIn);
    standIn.faults.push({ status: 503, where: "top", delayMs: 5000 });
    const error = await rejection(
      sourceFor(standIn).lookup(["dan@whitakerbuilding.example"], { deadline: Date.now() + 100 }),
    );
    expect(error.kind).toBe("timeout");
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
    expect(error.message).toMatch(/Sign in from the Rapport task pane/);
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
    const error = await rejection(source.save(stored.profile, stored.origin));
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
    await source.save(stored.profile, stored.origin);
    expect(scopes[0]).toEqual(["Sites.Read.All"]);
    expect(scopes[1]).toEqual(["Sites.ReadWrite.All"]);
  });
});

it("profile columns cover every field once", () => {
  const names = profileColumnDefinitions().map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toContain("MatchKey");
  expect(names).not.toContain("Title");
});
