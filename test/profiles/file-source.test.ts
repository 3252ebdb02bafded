import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  FileProfileSource,
  detectProfileFormat,
  formatProfileFile,
  formatProfileIssue,
  parseJson,
  parseProfileFile,
  parseProfileJsonFile,
} from "../../src/profiles/file-source";
import { ProfileSourceError } from "../../src/profiles/source";

const samplePath = join(__dirname, "..", "..", "assets", "sample-profiles.json");
const sample = readFileSync(samplePath, "utf8");

describe("parseProfileFile: JSON", () => {
  it("reads the bundled sample profiles without a single problem", () => {
    const result = parseProfileFile(sample, "sample-profiles.json");
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.profiles.map((p) => p.matchKey)).toEqual([
      "@coca-cola.example",
      "megge.anderson@coca-cola.example",
      "@ford.example",
      "@ups.example",
      "@microsoft.example",
      "dan@whitakerbuilding.example",
    ]);
    expect(result.profiles[1]).toMatchObject({ preferredName: "Megge", avoidNames: ["Meg"] });
  });

  it("reports the line of a syntax error", () => {
    const result = parseProfileFile('[\n  {"matchKey": "@ford.example"},\n  oops\n]', "p.json");
    expect(result.profiles).toEqual([]);
    expect(result.errors).toEqual([{ profile: "file", line: 3, message: expect.any(String) }]);
    expect(formatProfileIssue("p.json", result.errors[0]!)).toMatch(/^p\.json: line 3: /);
  });

  it.each([
    ["{}", "expected a JSON array of profiles, found an object"],
    ['"@ford.example"', "expected a JSON array of profiles, found string"],
    ["null", "expected a JSON array of profiles, found null"],
    ["   \n", "the file is empty"],
  ])("rejects %j as a whole", (content, message) => {
    const result = parseProfileFile(content, "p.json");
    expect(result).toEqual({ profiles: [], errors: [{ profile: "file", message }], warnings: [] });
  });

  it("skips a bad profile, names it and its field, and keeps the good ones", () => {
    const content = JSON.stringify([
      { matchKey: "@ford.example", competitors: ["Chevy"] },
      { title: "No key" },
      { matchKey: "dan@whitakerbuilding.example", billingDetail: "itemised" },
      { matchKey: "not an address" },
      "just text",
      { matchKey: "@ups.example", lastConfirmed: "2026-02-30" },
    ]);
    const result = parseProfileFile(content, "p.json");
    expect(result.profiles.map((p) => p.matchKey)).toEqual(["@ford.example"]);
    expect(result.errors).toEqual([
      { profile: "No key", field: "matchKey", message: "is required" },
      {
        profile: "dan@whitakerbuilding.example",
        field: "billingDetail",
        message: 'must be one of detailed, summary, not "itemised"',
      },
      {
        profile: "not an address",
        field: "matchKey",
        message: expect.stringContaining("must be an e-mail address"),
      },
      { profile: "profile #5", message: 'must be an object with profile fields, not "just text"' },
      {
        profile: "@ups.example",
        field: "lastConfirmed",
        message: 'must be a real date written yyyy-mm-dd, not "2026-02-30"',
      },
    ]);
  });

  it("skips a second profile with the same matchKey", () => {
    const content = JSON.stringify([
      { matchKey: "@ford.example", competitors: ["Chevy"] },
      { matchKey: "@FORD.example", competitors: ["Toyota"] },
    ]);
    const result = parseProfileFile(content, "p.json");
    expect(result.profiles).toHaveLength(1);
    expect(result.profiles[0]!.competitors).toEqual(["Chevy"]);
    expect(result.errors).toEqual([
      {
        profile: "@ford.example",
        field: "matchKey",
        message: "duplicates profile #1; this one is skipped (one profile per matchKey)",
      },
    ]);
  });

  it("warns about unknown fields and keeps the profile", () => {
    const result = parseProfileFile('[{"matchKey": "@ups.example", "competitor": ["FedEx"]}]', "p");
    expect(result.profiles).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        profile: "@ups.example",
        field: "competitor",
        message: 'unknown field, ignored (did you mean "competitors"?)',
      },
    ]);
  });
});

describe("parseProfileJsonFile (the launch event's reader, without CSV)", () => {
  it.each([
    ["the sample file", sample],
    ["the sample file with a byte-order mark", `\ufeff${sample}`],
    ["an empty file", " \n"],
    ["a syntax error", '[\n  {"matchKey": "@ford.example"},\n  oops\n]'],
    ["an object", "{}"],
    [
      "a duplicate and a bad profile",
      '[{"matchKey":"@a.example"},{"matchKey":"@a.example"},{"x":1}]',
    ],
  ])("reads %s as parseProfileFile reads a .json file", (_what, content) => {
    expect(parseProfileJsonFile(content)).toEqual(parseProfileFile(content, "profiles.json"));
    expect(parseProfileJsonFile(content, { keepReadableFields: true })).toEqual(
      parseProfileFile(content, "profiles.json", { keepReadableFields: true }),
    );
  });
});

describe("parseProfileFile: CSV", () => {
  const header =
    "title,matchKey,clientName,preferredName,avoidNames,avoidChannels,competitors,billingDetail,bannedBillingPhrases";

  it("reads the same keys as JSON, splitting lists on semicolons", () => {
    const csv = [
      header,
      '"Megge Anderson (Coca-Cola)",megge.anderson@coca-cola.example,The Coca-Cola Company,Megge,Meg; Meggie,phone,,,',
      'The Coca-Cola Company,@coca-cola.example,The Coca-Cola Company,,,,Pepsi;PepsiCo; Mountain Dew,summary,"Review of file;Conference with"',
    ].join("\r\n");
    const result = parseProfileFile(csv, "clients.csv");
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.profiles).toEqual([
      expect.objectContaining({
        matchKey: "megge.anderson@coca-cola.example",
        preferredName: "Megge",
        avoidNames: ["Meg", "Meggie"],
        avoidChannels: ["phone"],
        competitors: [],
      }),
      expect.objectContaining({
        matchKey: "@coca-cola.example",
        competitors: ["Pepsi", "PepsiCo", "Mountain Dew"],
        billingDetail: "summary",
        bannedBillingPhrases: ["Review of file", "Conference with"],
      }),
    ]);
    expect(result.profiles[0]).not.toHaveProperty("billingDetail");
  });

  it("accepts SharePoint column names, a byte-order mark, tabs and line breaks inside a list cell", () => {
    const tsv = '\uFEFFMatchKey\tCompetitors\n@ups.example\t"FedEx\nDHL"\n';
    const result = parseProfileFile(tsv, "export.txt");
    expect(result.errors).toEqual([]);
    expect(result.profiles).toEqual([
      expect.objectContaining({ matchKey: "@ups.example", competitors: ["FedEx", "DHL"] }),
    ]);
  });

  it("warns once about an unknown column and ignores it", () => {
    const result = parseProfileFile(
      "matchKey,competitor,colour\n@ups.example,FedEx,blue\n",
      "c.csv",
    );
    expect(result.profiles).toEqual([
      expect.objectContaining({ matchKey: "@ups.example", competitors: [] }),
    ]);
    expect(result.warnings).toEqual([
      {
        profile: "file",
        field: "competitor",
        row: 1,
        message: 'unknown column, ignored (did you mean "competitors"?)',
      },
      { profile: "file", field: "colour", row: 1, message: "unknown column, ignored" },
    ]);
  });

  it("needs a matchKey column", () => {
    const result = parseProfileFile("title,competitors\nFord,Chevy\n", "c.csv");
    expect(result.profiles).toEqual([]);
    expect(result.errors).toEqual([
      {
        profile: "file",
        field: "matchKey",
        row: 1,
        message: "the header row has no matchKey column (found: title, competitors)",
      },
    ]);
  });

  it("names the row of a bad value, of a row with too many cells and of an unclosed quote", () => {
    const csv = [
      "matchKey,billingDetail,competitors",
      "@ford.example,summary,Chevy",
      "@ups.example,weekly,FedEx",
      "@microsoft.example,summary,Zoom,Slack",
      ",summary,",
      '@coca-cola.example,summary,"Pepsi',
    ].join("\n");
    const result = parseProfileFile(csv, "c.csv");
    expect(result.profiles.map((p) => p.matchKey)).toEqual(["@ford.example"]);
    expect(result.errors).toEqual([
      {
        profile: "@ups.example",
        field: "billingDetail",
        row: 3,
        message: 'must be one of detailed, summary, not "weekly"',
      },
      {
        profile: "row 4",
        row: 4,
        message: 'has 4 cells but the header has 3 columns; separate list items with ";", not ","',
      },
      { profile: "row 5", field: "matchKey", row: 5, message: "is required" },
      { profile: "row 6", row: 6, message: "Quoted field unterminated" },
    ]);
    expect(result.errors.map((e) => formatProfileIssue("c.csv", e))).toEqual([
      'c.csv: row 3: @ups.example: billingDetail: must be one of detailed, summary, not "weekly"',
      'c.csv: row 4: has 4 cells but the header has 3 columns; separate list items with ";", not ","',
      "c.csv: row 5: matchKey: is required",
      "c.csv: row 6: Quoted field unterminated",
    ]);
  });

  it("reports an empty CSV file", () => {
    expect(parseProfileFile("\n\n", "c.csv").errors).toEqual([
      { profile: "file", message: "the file is empty" },
    ]);
  });
});

describe("detectProfileFormat and parseJson", () => {
  it.each([
    ["[]", "profiles.json", "json"],
    ["matchKey\n", "profiles.csv", "csv"],
    ["  [ {} ]", "profiles", "json"],
    ["matchKey,title", "profiles.txt", "csv"],
    ["[1]", "weird.csv", "csv"],
  ])("%j in %s is %s", (content, name, format) => {
    expect(detectProfileFormat(content, name)).toBe(format);
  });

  it.each([
    ['{\n"a": 1,\n}', 3],
    ['[\n  {"matchKey": "@ford.example"},\n  oops\n]', 3],
    ['{\n  "text": "secret body text\n', 2],
    ["[1, 2]\n\nx", 3],
    ['{\n\n"a": tru }', 3],
    ["", 1],
  ])("finds the line of the error in %j and never echoes the content", (text, line) => {
    const result = parseJson(text);
    expect(result).toEqual({ ok: false, line, message: expect.any(String) });
    if (!result.ok) {
      expect(result.message).not.toMatch(/position|secret|matchKey|is not valid JSON/);
      expect(result.message).not.toBe("");
    }
  });
});

describe("FileProfileSource", () => {
  const { profiles } = parseProfileFile(sample, "sample-profiles.json");

  it("looks addresses up, merging the person over the organisation, ignoring empty ones", async () => {
    const source = new FileProfileSource(profiles);
    const found = await source.lookup([
      "Megge.Anderson@Coca-Cola.example",
      "",
      "x@nowhere.example",
    ]);
    expect([...found.keys()]).toEqual(["megge.anderson@coca-cola.example", "x@nowhere.example"]);
    expect(found.get("megge.anderson@coca-cola.example")).toMatchObject({
      preferredName: "Megge",
      competitors: ["Pepsi", "PepsiCo", "Mountain Dew", "Gatorade"],
      billingDetail: "summary",
    });
    expect(found.get("x@nowhere.example")).toBeUndefined();
  });

  it("gets a stored profile unmerged, with a version as eTag", async () => {
    const source = new FileProfileSource(profiles);
    const stored = await source.get("Megge.Anderson@coca-cola.example");
    expect(stored?.profile.competitors).toEqual([]);
    expect(stored?.origin).toEqual({ itemId: "megge.anderson@coca-cola.example", etag: "1" });
    expect(await source.get("@nowhere.example")).toBeUndefined();
  });

  it("saves into memory and refuses stale or blind overwrites", async () => {
    const source = new FileProfileSource(profiles);
    const stored = (await source.get("@ups.example"))!;
    const saved = await source.save(
      { ...stored.profile, competitors: ["FedEx", "DHL", "Amazon"] },
      stored.origin,
    );
    expect(saved.origin?.etag).toBe("2");
    const found = await source.lookup(["sam.rivera@ups.example"]);
    expect(found.get("sam.rivera@ups.example")?.competitors).toContain("Amazon");

    await expect(source.save(stored.profile, stored.origin)).rejects.toMatchObject({
      kind: "conflict",
    });
    await expect(source.save(stored.profile)).rejects.toBeInstanceOf(ProfileSourceError);
    const created = await source.save({ ...stored.profile, matchKey: "@DHL.example" });
    expect(created).toEqual({
      profile: expect.objectContaining({ matchKey: "@dhl.example" }),
      origin: { itemId: "@dhl.example", etag: "1" },
    });
    expect(source.all()).toHaveLength(profiles.length + 1);
  });
});

describe("formatProfileFile", () => {
  const withSources = JSON.stringify([
    {
      matchKey: "megge.anderson@coca-cola.example",
      preferredName: "Megge",
      avoidNames: ["Meg", "Meggie"],
      notes: 'Says "please, it\'s Megge"; prefers e-mail, then Teams',
      lastConfirmed: "2025-03-03",
      sources: [
        {
          field: "preferredName",
          value: "Megge",
          from: { address: "megge.anderson@coca-cola.example", name: "Megge Anderson" },
          date: "2025-03-03",
          subject: "Re: Bottling, agreement; draft 2",
          quote: 'please, it\'s Megge (not "Meg")',
        },
      ],
    },
    { matchKey: "@coca-cola.example", competitors: ["Pepsi", "PepsiCo"] },
  ]);

  it.each(["json", "csv"] as const)(
    "%s: export, import, export again gives the same bytes",
    (format) => {
      const profiles = parseProfileFile(withSources, "in.json").profiles;
      const first = formatProfileFile(profiles, format);
      const read = parseProfileFile(first, `out.${format}`);
      expect(read.errors).toEqual([]);
      expect(read.profiles).toEqual(profiles);
      expect(formatProfileFile(read.profiles, format)).toBe(first);
    },
  );

  it("round-trips the bundled samples in both formats", () => {
    const profiles = parseProfileFile(sample, "sample-profiles.json").profiles;
    for (const format of ["json", "csv"] as const) {
      const text = formatProfileFile(profiles, format);
      expect(formatProfileFile(parseProfileFile(text, `x.${format}`).profiles, format)).toBe(text);
    }
  });
});
