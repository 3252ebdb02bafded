/**
 * Which profiles cover an address (harm audit 49b, findings 4 and 7): parent domains (never a
 * public suffix, on a dot boundary), plus-addressing, and internationalised domains written
 * either way. Every row marked "was:" failed before: matching was exact.
 */
import { asciiDomain, isPublicSuffix, parentDomains } from "../../src/core/domain-names";
import { normaliseAddress } from "../../src/core/draft";
import {
  canonicalKey,
  indexProfiles,
  keySpellings,
  matchKeysFor,
  parseProfile,
  parseProfiles,
  resolveProfiles,
  type ClientProfile,
} from "../../src/core/profile";

const profile = (raw: Record<string, unknown>): ClientProfile => parseProfile(raw, "test").profile;

describe("matchKeysFor", () => {
  it.each([
    // [address, keys, what]
    [
      "megge.anderson@uk.coca-cola.example",
      ["megge.anderson@uk.coca-cola.example", "@uk.coca-cola.example", "@coca-cola.example"],
      "a country sub-domain also tries its parent (was: the exact domain only)",
    ],
    [
      "x@mail.eu.client.example",
      [
        "x@mail.eu.client.example",
        "@mail.eu.client.example",
        "@eu.client.example",
        "@client.example",
      ],
      "every parent, nearest first",
    ],
    [
      "support@acme.zendesk.com",
      ["support@acme.zendesk.com", "@acme.zendesk.com"],
      "a platform's customer sub-domain is not part of the platform (review of harm-49m, B1)",
    ],
    [
      "cases@acme.my.salesforce.com",
      ["cases@acme.my.salesforce.com", "@acme.my.salesforce.com"],
      "nor deeper: the walk stops at the first label that is not an organisation's part",
    ],
    [
      "jira@acme.atlassian.net",
      ["jira@acme.atlassian.net", "@acme.atlassian.net"],
      "a customer's site",
    ],
    [
      "x@a.b.client.example",
      ["x@a.b.client.example", "@a.b.client.example"],
      "labels that name no part of an organisation lead to no parent",
    ],
    [
      "megge.anderson+deal@coca-cola.example",
      [
        "megge.anderson+deal@coca-cola.example",
        "megge.anderson@coca-cola.example",
        "@coca-cola.example",
      ],
      "a +tag also tries the untagged address, after the exact one",
    ],
    [
      "jan@Müller.example",
      ["jan@xn--mller-kva.example", "@xn--mller-kva.example"],
      "a Unicode domain in its ASCII form",
    ],
    [
      "jan@xn--mller-kva.example",
      ["jan@xn--mller-kva.example", "@xn--mller-kva.example"],
      "the same domain written in punycode: the same keys",
    ],
    ["megge@coca-cola.co.uk", ["megge@coca-cola.co.uk", "@coca-cola.co.uk"], "never @co.uk"],
    [
      "jo@legal.client.co.uk",
      ["jo@legal.client.co.uk", "@legal.client.co.uk", "@client.co.uk"],
      "up to the registrable domain, not past it",
    ],
    ["x@client.com", ["x@client.com", "@client.com"], "never @com"],
    ["x@agency.gov.uk", ["x@agency.gov.uk", "@agency.gov.uk"], "never @gov.uk"],
    ["x@notclient.example", ["x@notclient.example", "@notclient.example"], "notclient: no parent"],
    ["+tag@client.example", ["+tag@client.example", "@client.example"], "nothing before the +"],
    [
      "<Megge.Anderson@Coca-Cola.EXAMPLE>",
      ["megge.anderson@coca-cola.example", "@coca-cola.example"],
      "case, brackets",
    ],
    ["@client.example", [], "a key is no address"],
    ["", [], "empty"],
  ])("%s → %j (%s)", (address, keys) => {
    expect(matchKeysFor(address)).toEqual(keys);
  });

  it("keeps at most four parent domains, the farthest ones", () => {
    expect(parentDomains("mail.uk.eu.de.fr.emea.client.example")).toEqual(
      [
        "uk.eu.de.fr.emea.client.example",
        "eu.de.fr.emea.client.example",
        "de.fr.emea.client.example",
        "fr.emea.client.example",
        "emea.client.example",
        "client.example",
      ].slice(-4),
    );
  });
});

describe("isPublicSuffix (the small rule)", () => {
  it.each([
    ["com", true],
    ["uk", true],
    ["co.uk", true],
    ["org.uk", true],
    ["com.au", true],
    ["co.jp", true],
    ["gob.mx", true],
    ["anything.bd", true],
    ["ny.us", true],
    ["client.example", false],
    ["coca-cola.example", false],
    ["client.co.uk", false],
    ["bmw.de", false],
    ["ibm.com", false],
    ["notclient.example", false],
  ])("%s → %s", (domain, suffix) => {
    expect(isPublicSuffix(domain)).toBe(suffix);
  });
});

describe("IDN: one spelling for comparing, the stored one kept", () => {
  it.each([
    ["Müller.Example", "xn--mller-kva.example"],
    ["xn--mller-kva.example", "xn--mller-kva.example"],
    ["mu\u0308ller.example", "xn--mller-kva.example"], // decomposed ü
    ["bücher。example", "xn--bcher-kva.example"], // ideographic full stop
    ["client.example", "client.example"],
  ])("asciiDomain(%s) = %s", (domain, ascii) => {
    expect(asciiDomain(domain)).toBe(ascii);
  });

  it("normaliseAddress puts the domain in ASCII and leaves the local part", () => {
    expect(normaliseAddress(" <Jan@Müller.example> ")).toBe("jan@xn--mller-kva.example");
  });

  it("accepts a Unicode key and keeps it as written (was: refused)", () => {
    const parsed = profile({ matchKey: "@Müller.example", competitors: ["Pepsi"] });
    expect(parsed.matchKey).toBe("@müller.example");
    expect(canonicalKey(parsed.matchKey)).toBe("@xn--mller-kva.example");
  });

  it("still refuses what is no address in either form", () => {
    expect(() => profile({ matchKey: "@müller" })).toThrow(/must be an e-mail address/);
    expect(() => profile({ matchKey: "megge" })).toThrow(/must be an e-mail address/);
  });

  it("sees a key written both ways as one key", () => {
    const { profiles, errors } = parseProfiles([
      { matchKey: "@müller.example" },
      { matchKey: "@xn--mller-kva.example" },
    ]);
    expect(profiles).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/appears again/);
  });

  it("asks for both spellings of an IDN key, and one of any other", () => {
    expect(keySpellings("@xn--mller-kva.example")).toEqual([
      "@xn--mller-kva.example",
      "@müller.example",
    ]);
    expect(keySpellings("@client.example")).toEqual(["@client.example"]);
  });
});

describe("resolveProfiles: parent organisation → nearer organisation → person", () => {
  // Built before the rows run, and a key the parser refuses is left out, so on code that refuses
  // a Unicode key each row passes or fails on its own.
  const parsed = (raw: Record<string, unknown>) => {
    try {
      return [profile(raw)];
    } catch {
      return [];
    }
  };
  let index: Map<string, ClientProfile>;
  beforeAll(() => {
    const parent = profile({
      matchKey: "@client.example",
      clientName: "Client plc",
      competitors: ["Rival"],
      billingDetail: "summary",
      meetingPlatform: "teams",
      notes: "Group rules.",
    });
    const nearer = profile({
      matchKey: "@uk.client.example",
      clientName: "Client UK Ltd",
      competitors: ["UK Rival"],
      meetingPlatform: "zoom",
    });
    const person = profile({
      matchKey: "jo@uk.client.example",
      preferredName: "Jo",
      avoidChannels: ["phone"],
      meetingPlatform: "webex",
    });
    const plain = profile({ matchKey: "megge@client.example", preferredName: "Megge" });
    const tagged = profile({ matchKey: "megge+deal@client.example", preferredName: "Deal desk" });
    const idn = parsed({ matchKey: "@müller.example", competitors: ["Schmidt"] });
    const puny = profile({ matchKey: "@xn--bcher-kva.example", competitors: ["Amazon"] });
    const suffix = profile({ matchKey: "@co.uk", competitors: ["Everyone"] });
    index = indexProfiles([parent, nearer, person, plain, tagged, ...idn, puny, suffix]);
  });
  const resolve = (address: string) =>
    resolveProfiles([address], index).get(normaliseAddress(address));

  it.each<[string, Partial<ClientProfile> | undefined]>([
    [
      "jo@uk.client.example",
      {
        matchKey: "jo@uk.client.example",
        clientName: "Client UK Ltd",
        competitors: ["Rival", "UK Rival"],
        billingDetail: "summary",
        meetingPlatform: "webex",
        preferredName: "Jo",
        notes: "Group rules.",
        fromParentDomains: ["@client.example"],
      },
    ],
    [
      "sam@uk.client.example",
      {
        matchKey: "@uk.client.example",
        clientName: "Client UK Ltd",
        meetingPlatform: "zoom",
        competitors: ["Rival", "UK Rival"],
        fromParentDomains: ["@client.example"],
      },
    ],
    [
      "kim@de.client.example",
      {
        matchKey: "@client.example",
        meetingPlatform: "teams",
        fromParentDomains: ["@client.example"],
      },
    ],
    ["kim@client.example", { matchKey: "@client.example", competitors: ["Rival"] }],
    ["megge+other@client.example", { matchKey: "megge@client.example", preferredName: "Megge" }],
    [
      "megge+deal@client.example",
      { matchKey: "megge+deal@client.example", preferredName: "Deal desk" },
    ],
    ["jan@müller.example", { matchKey: "@müller.example", competitors: ["Schmidt"] }],
    ["jan@xn--mller-kva.example", { matchKey: "@müller.example", competitors: ["Schmidt"] }],
    ["ann@bücher.example", { matchKey: "@xn--bcher-kva.example", competitors: ["Amazon"] }],
    ["x@notclient.example", undefined],
    ["x@someone.co.uk", undefined],
  ])("%s", (address, expected) => {
    const resolved = resolve(address);
    if (expected === undefined) expect(resolved).toBeUndefined();
    else expect(resolved).toMatchObject(expected);
    if (expected && !("fromParentDomains" in expected)) {
      expect(resolved?.fromParentDomains).toBeUndefined();
    }
  });

  it("never marks a profile from the address's own domain as a parent's", () => {
    expect(resolve("kim@client.example")?.fromParentDomains).toBeUndefined();
  });
});
