/**
 * The send path meets a token MSAL still caches but Graph refuses (revoked before it expires):
 * it asks once, silently, for a fresh one instead of failing every Send until the token expires.
 */
import { createLaunchEventProfileSource } from "../../src/launchevent/profile-wiring";
import { createNaaTokenProvider } from "../../src/auth/naa";
import type { TokenRequestOptions } from "../../src/auth/token-provider";
import { MemoryStore } from "../../src/office/storage";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList } from "../profiles/graph-fixtures";

jest.mock("../../src/auth/naa", () => ({ createNaaTokenProvider: jest.fn() }));

let standIn: GraphStandIn;
beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
  seedList(standIn);
  // The tenant settings name Graph itself (https only); its requests go to the stand-in.
  const original = globalThis.fetch;
  jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return original(url.replace("https://graph.microsoft.com/v1.0", standIn.baseUrl), init);
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  await standIn.stop();
});

function sourceWith(getToken: (scopes: string[], options: TokenRequestOptions) => Promise<string>) {
  jest.mocked(createNaaTokenProvider).mockReturnValue({ getToken });
  return createLaunchEventProfileSource({
    baseUrl: "https://rapport.contoso.example/",
    store: new MemoryStore(),
    fetchText: async () => "",
    graphConfig: {
      clientId: "11111111-2222-3333-4444-555555555555",
      tenantId: "contoso.onmicrosoft.com",
      site: standIn.siteUrl,
    },
  });
}

describe("launch event: a cached token Graph refuses (HTTP 401)", () => {
  it("is replaced by one silent forced refresh and the check goes on", async () => {
    const asked: TokenRequestOptions[] = [];
    const source = sourceWith(async (_scopes, options) => {
      asked.push(options);
      return options.forceRefresh ? standIn.token : "eyJ-revoked-token";
    });

    const profiles = await source.lookup(["megge.anderson@coca-cola.example"]);

    expect(profiles.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
    expect(asked).toEqual([{ interactive: false }, { interactive: false, forceRefresh: true }]);
  });

  it("still says sign-in is needed when the fresh token is refused too, never asking the user", async () => {
    const asked: TokenRequestOptions[] = [];
    const source = sourceWith(async (_scopes, options) => {
      asked.push(options);
      return "eyJ-revoked-token";
    });

    await expect(source.lookup(["megge.anderson@coca-cola.example"])).rejects.toMatchObject({
      kind: "sign-in-needed",
    });
    expect(asked.every((options) => options.interactive === false)).toBe(true);
    expect(asked.filter((options) => options.forceRefresh)).toHaveLength(1);
  });
});
