import type { GraphProfileSource } from "../../src/profiles/graph-source";
import { ProfileSourceError } from "../../src/profiles/source";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList } from "../profiles/graph-fixtures";
import {
  createTaskpaneProfiles,
  LazyFileSource,
  loadTaskpaneConfig,
} from "../../src/taskpane/config";
import { findingsFromSendSummary } from "../../src/taskpane/send-context";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const BASE = "https://rapport.example/addin/";
const SAMPLE = readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8");

function files(map: Record<string, string>) {
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    return map[url];
  };
  return { fetchText, asked };
}

describe("loadTaskpaneConfig", () => {
  it("prefers window.RAPPORT_CONFIG and does not fetch config.json then", async () => {
    const { fetchText, asked } = files({});
    const { config, problems } = await loadTaskpaneConfig({
      win: { RAPPORT_CONFIG: { profilesFile: "demo.json" } },
      fetchText,
      baseUrl: BASE,
      built: undefined,
    });
    expect(config).toEqual({ profilesFile: "demo.json" });
    expect(problems).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("reads config.json beside the page, and reports unknown settings", async () => {
    const { fetchText } = files({
      [`${BASE}config.json`]: JSON.stringify({ policyFile: "firm-policy.json", colour: "red" }),
    });
    const { config, problems } = await loadTaskpaneConfig({
      fetchText,
      baseUrl: BASE,
      built: undefined,
    });
    expect(config).toEqual({ policyFile: "firm-policy.json" });
    expect(problems).toEqual(['Unknown task pane setting "colour" ignored.']);
  });

  it("falls back to the built-in tenant settings, then to nothing", async () => {
    const { fetchText } = files({});
    const graph = { clientId: "x" };
    expect((await loadTaskpaneConfig({ fetchText, baseUrl: BASE, built: graph })).config).toEqual({
      graph,
    });
    expect(
      (await loadTaskpaneConfig({ fetchText, baseUrl: BASE, built: undefined })).config,
    ).toEqual({});
  });

  it("reports a config.json that is not JSON and carries on with defaults", async () => {
    const { fetchText } = files({ [`${BASE}config.json`]: "{ not json" });
    const { config, problems } = await loadTaskpaneConfig({
      fetchText,
      baseUrl: BASE,
      built: undefined,
    });
    expect(config).toEqual({});
    expect(problems[0]).toMatch(/^config\.json could not be read/);
  });
});

describe("createTaskpaneProfiles", () => {
  it("uses the sample profile file beside the page when there is no Graph", async () => {
    const { fetchText, asked } = files({ [`${BASE}sample-profiles.json`]: SAMPLE });
    const { source, signIn } = createTaskpaneProfiles({}, { fetchText, baseUrl: BASE });
    expect(signIn).toBeUndefined();
    const found = await source.lookup(["megge.anderson@coca-cola.example"]);
    expect(found.get("megge.anderson@coca-cola.example")).toMatchObject({
      preferredName: "Megge",
      competitors: expect.arrayContaining(["Pepsi"]),
    });
    expect(asked).toEqual([`${BASE}sample-profiles.json`]);
  });

  it("says the profile file is missing, and tries again next time", async () => {
    const map: Record<string, string> = {};
    const { fetchText } = files(map);
    const source = new LazyFileSource(`${BASE}p.json`, "p.json", fetchText);
    await expect(source.lookup(["dan@whitakerbuilding.example"])).rejects.toMatchObject({
      kind: "not-found",
    });
    map[`${BASE}p.json`] = SAMPLE;
    const found = await source.lookup(["dan@whitakerbuilding.example"]);
    expect(found.get("dan@whitakerbuilding.example")?.preferredName).toBe("Dan");
  });

  it("turns invalid tenant settings into a clear lookup error", async () => {
    const { fetchText } = files({});
    const { source } = createTaskpaneProfiles(
      { graph: { clientId: "not-a-guid" } },
      { fetchText, baseUrl: BASE },
    );
    const error = await source.lookup(["dan@whitakerbuilding.example"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileSourceError);
    expect(error).toMatchObject({ kind: "invalid" });
    expect((error as Error).message).toMatch(/tenant settings are invalid.*clientId/);
  });

  it("with Graph settings, signs in interactively only from the Sign in action", async () => {
    const { fetchText } = files({});
    const requests: { scopes: string[]; interactive: boolean }[] = [];
    const { signIn } = createTaskpaneProfiles(
      {
        graph: {
          clientId: "00000000-0000-0000-0000-000000000001",
          site: "https://contoso.sharepoint.com/sites/clients",
        },
      },
      {
        fetchText,
        baseUrl: BASE,
        provider: () => ({
          getToken: async (scopes, options) => {
            requests.push({ scopes, interactive: options.interactive });
            return "token";
          },
        }),
      },
    );
    expect(signIn).toBeDefined();
    await signIn?.();
    // Least privilege: signing in asks to read; writing is asked for when a profile is saved.
    expect(requests).toEqual([
      { scopes: ["https://graph.microsoft.com/Sites.Read.All"], interactive: true },
    ]);
  });

  it("sweeps its cache of what no use is left for, 10 s after a lookup (the launch event never does)", () => {
    const { source } = createTaskpaneProfiles(
      {
        graph: {
          clientId: "00000000-0000-0000-0000-000000000001",
          site: "https://contoso.sharepoint.com/sites/clients",
        },
      },
      {
        fetchText: files({}).fetchText,
        baseUrl: BASE,
        provider: () => ({ getToken: async () => "t" }),
      },
    );
    expect((source as { sweepAfterMs?: number }).sweepAfterMs).toBe(10_000);
  });

  describe.each([
    [false, "Sites.Read.All", "Sites.ReadWrite.All"],
    [true, "Sites.Selected", "Sites.Selected"],
  ])("against the Graph stand-in (sitesSelected %s)", (sitesSelected, read, write) => {
    let standIn: GraphStandIn;
    beforeEach(async () => {
      standIn = new GraphStandIn();
      await standIn.start();
      seedList(standIn);
    });
    afterEach(async () => {
      jest.restoreAllMocks();
      await standIn.stop();
    });

    it(`signs in with ${read} only`, async () => {
      const requests: { scopes: string[]; interactive: boolean }[] = [];
      const { signIn } = createTaskpaneProfiles(
        {
          graph: {
            clientId: "00000000-0000-0000-0000-000000000001",
            site: standIn.siteUrl,
            sitesSelected,
          },
        },
        {
          fetchText: files({}).fetchText,
          baseUrl: BASE,
          provider: () => ({
            getToken: async (scopes, options) => {
              requests.push({ scopes, interactive: options.interactive });
              return standIn.token;
            },
          }),
        },
      );
      await signIn!();
      expect(requests).toEqual([
        { scopes: [`https://graph.microsoft.com/${read}`], interactive: true },
      ]);
    });

    it(`saves through the write scope (${write}), asked for interactively, and reads with ${read}`, async () => {
      const requests: { scopes: string[]; interactive: boolean }[] = [];
      const { source } = createTaskpaneProfiles(
        {
          graph: {
            clientId: "00000000-0000-0000-0000-000000000001",
            site: standIn.siteUrl,
            sitesSelected,
          },
        },
        {
          fetchText: files({}).fetchText,
          baseUrl: BASE,
          account: () => "alice@lawfirm.example",
          provider: () => ({
            getToken: async (scopes, options) => {
              requests.push({ scopes, interactive: options.interactive });
              return standIn.token;
            },
          }),
        },
      );
      // Swap the Graph layer's transport for the stand-in (the settings insist on https).
      const graph = (source as unknown as { inner: GraphProfileSource }).inner;
      redirectTo(graph, standIn);

      await source.lookup(["carol@ups.example"]);
      expect(requests.every((r) => !r.interactive && r.scopes[0]!.endsWith(read))).toBe(true);
      const stored = (await source.get!("@ups.example"))!;
      requests.length = 0;
      await source.save!({ ...stored.profile, competitors: ["FedEx"] }, stored.origin);
      expect(requests).toEqual([
        { scopes: [`https://graph.microsoft.com/${write}`], interactive: true },
      ]);
      expect(standIn.topLevel.some((r) => r.method === "PATCH")).toBe(true);
    });
  });
});

/** Sends Graph requests to the stand-in instead of graph.microsoft.com (tenant settings insist on https). */
function redirectTo(graph: GraphProfileSource, standIn: GraphStandIn): void {
  expect(graph.http.baseUrl).toBe("https://graph.microsoft.com/v1.0");
  const original = globalThis.fetch;
  jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return original(url.replace("https://graph.microsoft.com/v1.0", standIn.baseUrl), init);
  });
}

describe("findingsFromSendSummary", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const summary = {
    kind: "rapport.send-check" as const,
    version: 1 as const,
    checkedAt: "2026-11-23T09:58:00Z",
    omitted: 0,
    findings: [
      {
        check: "name-spelling",
        severity: "warning" as const,
        recipient: "Megge.Anderson@coca-cola.example",
        recipientName: "Megge Anderson",
        message: "Megge Anderson asked not to be called Meg.",
      },
    ],
  };

  it("turns a fresh summary into findings for the pane", () => {
    expect(findingsFromSendSummary(summary, now)).toEqual([
      {
        check: "name-spelling",
        messageId: "send-time",
        severity: "warning",
        recipient: "megge.anderson@coca-cola.example",
        recipientName: "Megge Anderson",
        message: "Megge Anderson asked not to be called Meg.",
      },
    ]);
  });

  it("ignores a summary older than 15 minutes, and no summary at all", () => {
    expect(findingsFromSendSummary({ ...summary, checkedAt: "2026-11-23T09:00:00Z" }, now)).toBe(
      undefined,
    );
    expect(findingsFromSendSummary(undefined, now)).toBeUndefined();
  });
});
