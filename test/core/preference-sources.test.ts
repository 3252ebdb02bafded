import {
  SOURCE_QUOTE_MAX_CHARS,
  SOURCES_MAX_CHARS,
  parseSources,
  sourcesToText,
  withSource,
  type PreferenceSource,
} from "../../src/core/preference-sources";
import {
  mergeProfiles,
  parseProfile,
  profileToRow,
  serialiseProfile,
} from "../../src/core/profile";

const SOURCE: PreferenceSource = {
  field: "preferredName",
  value: "Megge",
  from: { address: "megge.anderson@coca-cola.example", name: "Megge Anderson" },
  date: "2025-03-03",
  subject: "Re: Bottling agreement",
  quote: "please, it's Megge",
};

describe("parseSources", () => {
  it("reads a list and the JSON text of one alike, keys in one order", () => {
    const shuffled = {
      quote: SOURCE.quote,
      from: SOURCE.from,
      value: "Megge",
      field: "preferredName",
      subject: SOURCE.subject,
      date: SOURCE.date,
    };
    expect(parseSources([shuffled])).toEqual([SOURCE]);
    expect(JSON.stringify(parseSources(JSON.stringify([shuffled])))).toBe(JSON.stringify([SOURCE]));
  });

  it("takes a bare address as who said it", () => {
    const parsed = parseSources([{ ...SOURCE, from: "megge@coca-cola.example" }]);
    expect(parsed).toEqual([{ ...SOURCE, from: { address: "megge@coca-cola.example" } }]);
  });

  it.each([
    ["not JSON", "[{", /JSON list of sources/],
    ["not a list", { field: "x" }, /must be a list/],
    ["an entry without a quote", [{ ...SOURCE, quote: "" }], /entry 1: "quote" is required/],
    ["a number for a value", [{ ...SOURCE, value: 3 }], /entry 1: "value" must be text/],
    ["a date in another format", [{ ...SOURCE, date: "03/03/2025" }], /yyyy-mm-dd/],
    ["no sender", [{ ...SOURCE, from: 7 }], /"from" must be an address/],
  ])("says what is wrong with %s", (_, value, message) => {
    expect(parseSources(value)).toEqual(expect.stringMatching(message));
  });
});

describe("withSource", () => {
  it("appends, keeps one of the same entry and shortens long quotes", () => {
    const once = withSource(undefined, SOURCE);
    expect(withSource(once, SOURCE)).toEqual([SOURCE]);
    const long = withSource(once, { ...SOURCE, value: "Meg", quote: "x".repeat(1000) });
    expect(long).toHaveLength(2);
    expect(long[1]!.quote).toHaveLength(SOURCE_QUOTE_MAX_CHARS);
    expect(long[1]!.quote.endsWith("…")).toBe(true);
  });

  it("drops the oldest entries rather than outgrow the SharePoint column", () => {
    let sources: PreferenceSource[] = [];
    for (let i = 0; i < 400; i++)
      sources = withSource(sources, { ...SOURCE, value: `v${i}`, quote: "q".repeat(250) });
    expect(sourcesToText(sources).length).toBeLessThanOrEqual(SOURCES_MAX_CHARS);
    expect(sources[sources.length - 1]!.value).toBe("v399");
    expect(sources[0]!.value).not.toBe("v0");
  });
});

describe("sources in a profile", () => {
  const profile = parseProfile({
    matchKey: "megge.anderson@coca-cola.example",
    preferredName: "Megge",
    sources: [SOURCE],
  }).profile;

  it("is a JSON list in the file form and JSON text in a row", () => {
    expect(serialiseProfile(profile).sources).toEqual([SOURCE]);
    expect(profileToRow(profile).sources).toBe(JSON.stringify([SOURCE]));
    expect(parseProfile(profileToRow(profile)).profile).toEqual(profile);
    expect(parseProfile(serialiseProfile(profile)).profile).toEqual(profile);
  });

  it("is left out when empty", () => {
    const bare = parseProfile({ matchKey: "@x.example", sources: [] }).profile;
    expect(bare.sources).toBeUndefined();
    expect(serialiseProfile(bare)).not.toHaveProperty("sources");
    expect(profileToRow(bare).sources).toBe("");
  });

  it("reports a bad value with the profile and the field", () => {
    expect(() => parseProfile({ matchKey: "@x.example", sources: "nonsense" })).toThrow(
      /@x\.example \(sources\)/,
    );
  });

  it("merges the organisation's and the person's", () => {
    const org = parseProfile({
      matchKey: "@coca-cola.example",
      sources: [{ ...SOURCE, field: "competitors", value: "Pepsi" }],
    }).profile;
    expect(mergeProfiles(org, profile)!.sources!.map((s) => s.value)).toEqual(["Pepsi", "Megge"]);
  });
});

describe("a withdrawal's source (op remove)", () => {
  const entry = {
    field: "avoidChannels",
    value: "phone",
    from: "a@b.example",
    quote: "calls are fine now",
  };
  it("keeps op remove and refuses any other op", () => {
    expect(parseSources([{ ...entry, op: "remove" }])).toEqual([
      {
        field: "avoidChannels",
        value: "phone",
        from: { address: "a@b.example" },
        quote: "calls are fine now",
        op: "remove",
      },
    ]);
    expect(parseSources([entry])).toEqual([
      {
        field: "avoidChannels",
        value: "phone",
        from: { address: "a@b.example" },
        quote: "calls are fine now",
      },
    ]);
    expect(parseSources([{ ...entry, op: "add" }])).toMatch(/"op" must be "remove"/);
  });
});
