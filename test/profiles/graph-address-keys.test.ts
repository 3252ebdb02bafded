/**
 * The keys a sub-domain, a +tag and an internationalised domain add (harm audit 49b) go into the
 * same filtered requests of the same $batch: one round trip, as before.
 */
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList, sourceFor } from "./graph-fixtures";
import { MAX_KEYS_PER_FILTER } from "../../src/profiles/graph-source";

let standIn: GraphStandIn;

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
});

afterEach(async () => {
  await standIn.stop();
});

function keysAsked(path: string): string[] {
  const filter = new URLSearchParams(path.split("?")[1] ?? "").get("$filter") ?? "";
  return [...filter.matchAll(/eq '((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
}

const itemFilters = () => standIn.inBatch.filter((r) => r.path.includes("/items"));

describe("GraphProfileSource: parent domains, +tags and IDN keys", () => {
  it("asks for a sub-domain's parents in the same filter and merges the parent's profile", async () => {
    seedList(standIn);
    const source = sourceFor(standIn);

    const result = await source.lookup(["megge.anderson+deal@uk.coca-cola.example"]);

    expect(standIn.requestCount).toBe(1);
    expect(itemFilters()).toHaveLength(1);
    expect(keysAsked(itemFilters()[0]!.path)).toEqual([
      "megge.anderson+deal@uk.coca-cola.example",
      "megge.anderson@uk.coca-cola.example",
      "@uk.coca-cola.example",
      "@coca-cola.example",
    ]);
    const megge = result.get("megge.anderson+deal@uk.coca-cola.example");
    expect(megge?.competitors).toContain("Pepsi");
    expect(megge?.fromParentDomains).toEqual(["@coca-cola.example"]);
  });

  it("asks for both spellings of an internationalised domain, whichever the address uses", async () => {
    const list = seedList(standIn, []);
    standIn.addItem(list, { Title: "Müller", MatchKey: "@müller.example", Competitors: "Schmidt" });
    standIn.addItem(list, {
      Title: "Bücher",
      MatchKey: "@xn--bcher-kva.example",
      Competitors: "Amazon",
    });
    const source = sourceFor(standIn);

    const result = await source.lookup(["jan@xn--mller-kva.example", "anna@bücher.example"]);

    expect(standIn.requestCount).toBe(1);
    const asked = itemFilters().flatMap((r) => keysAsked(r.path));
    expect(asked).toEqual(
      expect.arrayContaining([
        "@xn--mller-kva.example",
        "@müller.example",
        "@xn--bcher-kva.example",
        "@bücher.example",
      ]),
    );
    expect(result.get("jan@xn--mller-kva.example")?.competitors).toEqual(["Schmidt"]);
    expect(result.get("anna@xn--bcher-kva.example")?.competitors).toEqual(["Amazon"]);
    // The stored key keeps its spelling: nothing is rewritten.
    expect((await source.get("@xn--mller-kva.example"))?.profile.matchKey).toBe("@müller.example");
    expect((await source.get("@müller.example"))?.profile.matchKey).toBe("@müller.example");
  });

  it.each([
    // [what, address of recipient i, keys, filtered GETs] for 50 recipients at 30 clients
    ["at the clients' own domains (as before)", (i: number) => `p${i}@client${i % 30}.example`, 80],
    ["at one sub-domain each", (i: number) => `p${i}@uk.client${i % 30}.example`, 110],
    ["at sub-domains with a +tag", (i: number) => `p${i}+deal@uk.client${i % 30}.example`, 160],
  ])("50 recipients %s: one $batch", async (_what, address, keys) => {
    seedList(standIn);
    const source = sourceFor(standIn);

    await source.lookup(Array.from({ length: 50 }, (_, i) => address(i)));

    expect(standIn.requestCount).toBe(1);
    const asked = itemFilters().flatMap((r) => keysAsked(r.path));
    expect(new Set(asked).size).toBe(keys);
    expect(itemFilters()).toHaveLength(Math.ceil(keys / MAX_KEYS_PER_FILTER));
  });
});
