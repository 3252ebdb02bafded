import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createLaunchEventProfileSource,
  LazyFileProfileSource,
} from "../../src/launchevent/profile-wiring";
import { MemoryStore } from "../../src/office/storage";
import { ProfileSourceError } from "../../src/profiles/source";
import { CachedProfileSource } from "../../src/profiles/cache";
import { SweepingProfileSource } from "../../src/profiles/sweeping-cache";

const sampleProfiles = readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8");
const BASE = "https://rapport.contoso.example/";

describe("launch-event profile source", () => {
  it("never sweeps the cache: a sweep could run during a send (the task pane's source sweeps)", () => {
    const source = createLaunchEventProfileSource({
      baseUrl: BASE,
      store: new MemoryStore(),
      fetchText: async () => "",
      graphConfig: {
        clientId: "11111111-2222-3333-4444-555555555555",
        tenantId: "contoso.onmicrosoft.com",
        site: "https://contoso.sharepoint.com/sites/clients",
      },
    });
    expect(source).toBeInstanceOf(CachedProfileSource); // the cache layer, deleting on read
    expect(source).not.toBeInstanceOf(SweepingProfileSource);
  });

  it("uses the sample file beside the add-in when the build has no tenant settings", async () => {
    const fetchText = jest.fn(async () => sampleProfiles);
    const source = createLaunchEventProfileSource({
      baseUrl: BASE,
      store: new MemoryStore(),
      fetchText,
    });

    const profiles = await source.lookup([
      "megge.anderson@coca-cola.example",
      "someone@fabrikam.example",
    ]);
    await source.lookup(["dan@whitakerbuilding.example"]);

    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith(`${BASE}sample-profiles.json`);
    expect(profiles.get("megge.anderson@coca-cola.example")?.preferredName).toBe("Megge");
    // Megge's profile is merged over Coca-Cola's: the competitors come from the organisation.
    expect(profiles.get("megge.anderson@coca-cola.example")?.competitors).toContain("Pepsi");
    expect(profiles.get("someone@fabrikam.example")).toBeUndefined();
  });

  it("reports an unreachable file as a network problem and tries again next time", async () => {
    const fetchText = jest
      .fn<Promise<string>, [string]>()
      .mockRejectedValueOnce(new TypeError("fetch is not defined"))
      .mockResolvedValueOnce(sampleProfiles);
    const source = new LazyFileProfileSource(`${BASE}sample-profiles.json`, fetchText);

    await expect(source.lookup(["dan@whitakerbuilding.example"])).rejects.toMatchObject({
      name: "ProfileSourceError",
      kind: "network",
    });
    const profiles = await source.lookup(["dan@whitakerbuilding.example"]);
    expect(profiles.get("dan@whitakerbuilding.example")?.preferredName).toBe("Dan");
  });

  it("turns invalid tenant settings into a clear error on every lookup, never a crash", async () => {
    const source = createLaunchEventProfileSource({
      baseUrl: BASE,
      store: new MemoryStore(),
      fetchText: async () => sampleProfiles,
      graphConfig: { clientId: "not-a-guid", site: "https://contoso.sharepoint.com/sites/clients" },
    });

    const lookup = source.lookup(["dan@whitakerbuilding.example"]);
    await expect(lookup).rejects.toBeInstanceOf(ProfileSourceError);
    await expect(lookup).rejects.toMatchObject({ kind: "invalid" });
    await expect(lookup).rejects.toThrow(/clientId/);
  });
});
