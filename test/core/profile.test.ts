import {
  emptyProfile,
  indexProfiles,
  matchKeysFor,
  mergeProfiles,
  normaliseChannel,
  parseProfile,
  parseProfiles,
  PROFILE_CSV_HEADERS,
  PROFILE_FIELDS,
  profileToRow,
  ProfileError,
  resolveProfiles,
  serialiseProfile,
  type ProfileIssue,
} from "../../src/core/profile";
import { MEGGE, sampleProfiles } from "./checks/rule-tester";

function issuesOf(raw: unknown, label?: string): ProfileIssue[] {
  try {
    parseProfile(raw, label);
  } catch (error) {
    if (error instanceof ProfileError) return error.issues;
    throw error;
  }
  throw new Error("expected a ProfileError");
}

describe("parseProfile", () => {
  it("parses every sample profile without errors or warnings", () => {
    expect(sampleProfiles()).toHaveLength(6);
  });

  it("normalises: trims, lower-cases the match key, dedupes lists case-insensitively", () => {
    const { profile, warnings } = parseProfile({
      matchKey: "  Megge.Anderson@Coca-Cola.example ",
      preferredName: " Megge ",
      avoidNames: ["Meg", " meg ", "", "Meggie"],
    });
    expect(warnings).toEqual([]);
    expect(profile).toEqual({
      matchKey: MEGGE,
      preferredName: "Megge",
      avoidNames: ["Meg", "Meggie"],
      preferredChannels: [],
      avoidChannels: [],
      bannedBillingPhrases: [],
      competitors: [],
      avoidTopics: [],
    });
  });

  it("accepts CSV-style lists split on ';' and new lines", () => {
    const { profile } = parseProfile({
      matchKey: "@ford.example",
      competitors: "Chevy; Chevrolet\nGM;;  Toyota ;chevy",
    });
    expect(profile.competitors).toEqual(["Chevy", "Chevrolet", "GM", "Toyota"]);
  });

  it("normalises choices and their aliases", () => {
    const { profile } = parseProfile({
      matchKey: "@x.example",
      meetingPlatform: "Google Meet",
      billingDetail: "Summary",
      entertainment: " AVOID ",
    });
    expect(profile).toMatchObject({
      meetingPlatform: "google-meet",
      billingDetail: "summary",
      entertainment: "avoid",
    });
    expect(
      parseProfile({ matchKey: "@x.example", meetingPlatform: "MS Teams" }).profile.meetingPlatform,
    ).toBe("teams");
  });

  it("normalises channels to the vocabulary and warns about unknown ones", () => {
    const { profile, warnings } = parseProfile({
      matchKey: "@x.example",
      avoidChannels: "call; Telephone; texting; WhatsApp; carrier pigeon",
    });
    expect(profile.avoidChannels).toEqual(["phone", "sms", "whatsapp", "carrier pigeon"]);
    expect(warnings).toEqual([
      {
        profile: "@x.example",
        field: "avoidChannels",
        message: expect.stringMatching(
          /^unknown channel "carrier pigeon" kept as written; Rapport recognises phone, sms/,
        ),
      },
    ]);
  });

  it("warns about unknown keys with a suggestion for near-misses, and keeps going", () => {
    const { profile, warnings } = parseProfile({
      matchKey: "@x.example",
      competitor: "Pepsi",
      colour: "red",
    });
    expect(profile.competitors).toEqual([]);
    expect(warnings).toEqual([
      {
        profile: "@x.example",
        field: "competitor",
        message: 'unknown field, ignored (did you mean "competitors"?)',
      },
      { profile: "@x.example", field: "colour", message: "unknown field, ignored" },
    ]);
  });

  it("accepts SharePoint column names and ignores SharePoint's own fields", () => {
    const { profile, warnings } = parseProfile({
      "@odata.etag": '"1"',
      id: "7",
      Title: "Ford",
      MatchKey: "@ford.example",
      Competitors: "Chevy\nGM",
      LastConfirmed: "2026-09-01T00:00:00Z",
    });
    expect(warnings).toEqual([]);
    expect(profile).toMatchObject({
      title: "Ford",
      competitors: ["Chevy", "GM"],
      lastConfirmed: "2026-09-01",
    });
  });

  it.each([
    [{ title: "No key" }, "No key", "matchKey", "is required"],
    [
      { matchKey: "megge" },
      "megge",
      "matchKey",
      'must be an e-mail address (name@client.com) or a domain written @client.com, not "megge"',
    ],
    [
      { matchKey: "@x.example", meetingPlatform: "skype" },
      "@x.example",
      "meetingPlatform",
      'must be one of teams, zoom, webex, google-meet, not "skype"',
    ],
    [
      { matchKey: "@x.example", billingDetail: "itemised" },
      "@x.example",
      "billingDetail",
      'must be one of detailed, summary, not "itemised"',
    ],
    [
      { matchKey: "@x.example", entertainment: true },
      "@x.example",
      "entertainment",
      "must be one of welcome, avoid, not true",
    ],
    [
      { matchKey: "@x.example", lastConfirmed: "2026-02-30" },
      "@x.example",
      "lastConfirmed",
      'must be a real date written yyyy-mm-dd, not "2026-02-30"',
    ],
    [
      { matchKey: "@x.example", lastConfirmed: "01/09/2026" },
      "@x.example",
      "lastConfirmed",
      'must be a real date written yyyy-mm-dd, not "01/09/2026"',
    ],
    [
      { matchKey: "@x.example", preferredName: 42 },
      "@x.example",
      "preferredName",
      "must be text, not 42",
    ],
    [
      { matchKey: "@x.example", competitors: { a: 1 } },
      "@x.example",
      "competitors",
      'must be a list of text (an array, or text with items separated by new lines or ";"), not an object',
    ],
    [
      { matchKey: "@x.example", avoidNames: ["Meg", 3] },
      "@x.example",
      "avoidNames",
      "every item must be text, not 3",
    ],
  ])("rejects %j naming the profile and the field", (raw, profile, field, message) => {
    expect(issuesOf(raw)).toEqual([{ profile, field, message }]);
  });

  it("lists every bad value at once, and labels a profile without key or title by the caller's label", () => {
    const issues = issuesOf({ meetingPlatform: "skype", lastConfirmed: "soon" }, "profile #3");
    expect(issues.map((i) => [i.profile, i.field])).toEqual([
      ["profile #3", "matchKey"],
      ["profile #3", "meetingPlatform"],
      ["profile #3", "lastConfirmed"],
    ]);
    expect(new ProfileError(issues).message).toContain("profile #3 (matchKey): is required");
  });

  it("rejects what is not an object", () => {
    expect(issuesOf("x", "profile #1")).toEqual([
      { profile: "profile #1", message: 'must be an object with profile fields, not "x"' },
    ]);
  });
});

describe("parseProfiles", () => {
  it("skips bad profiles and duplicates, keeping the rest", () => {
    const result = parseProfiles([
      { matchKey: "@a.example" },
      { matchKey: "nope" },
      { matchKey: "@A.example", title: "again" },
      "junk",
      { matchKey: "@b.example", competitor: "x" },
    ]);
    expect(result.profiles.map((p) => p.matchKey)).toEqual(["@a.example", "@b.example"]);
    expect(result.errors.map((e) => [e.profile, e.field])).toEqual([
      ["nope", "matchKey"],
      ["@a.example", "matchKey"],
      ["profile #4", undefined],
    ]);
    expect(result.errors[1]!.message).toBe(
      "appears again in profile #3 (first in profile #1); the later one is skipped",
    );
    expect(result.warnings).toHaveLength(1);
  });

  it("reports a non-list", () => {
    expect(parseProfiles({}).errors).toEqual([
      { profile: "profiles", message: "must be a list of profiles, not an object" },
    ]);
  });
});

describe("merging and lookup", () => {
  const byKey = indexProfiles(sampleProfiles());

  it("merges a person over their organisation: lists unioned, person's single values win", () => {
    const merged = mergeProfiles(byKey.get("@coca-cola.example"), byKey.get(MEGGE))!;
    expect(merged).toMatchObject({
      matchKey: MEGGE,
      title: "Megge Anderson (Coca-Cola)",
      preferredName: "Megge",
      meetingPlatform: "teams",
      billingDetail: "summary",
      competitors: ["Pepsi", "PepsiCo", "Mountain Dew", "Gatorade"],
      bannedBillingPhrases: ["Review of file"],
      avoidChannels: ["phone"],
    });
    const org = mergeProfiles(
      {
        matchKey: "@o.example",
        avoidNames: [],
        preferredChannels: [],
        avoidChannels: ["phone"],
        bannedBillingPhrases: [],
        competitors: ["A"],
        avoidTopics: [],
        billingDetail: "detailed",
      },
      {
        matchKey: "p@o.example",
        avoidNames: [],
        preferredChannels: [],
        avoidChannels: ["Phone", "sms"],
        bannedBillingPhrases: [],
        competitors: ["a", "B"],
        avoidTopics: [],
        billingDetail: "summary",
      },
    )!;
    expect(org.avoidChannels).toEqual(["phone", "sms"]);
    expect(org.competitors).toEqual(["A", "B"]);
    expect(org.billingDetail).toBe("summary");
  });

  const bare = (matchKey: string, notes?: string) => ({
    ...emptyProfile(matchKey),
    ...(notes === undefined ? {} : { notes }),
  });

  it.each([
    [
      "both notes, the organisation's first",
      "Strikes means industrial action.",
      "Prefers mornings.",
      "Strikes means industrial action.\nPrefers mornings.",
    ],
    [
      "the organisation's alone",
      "Strikes means industrial action.",
      undefined,
      "Strikes means industrial action.",
    ],
    ["the person's alone", undefined, "Prefers mornings.", "Prefers mornings."],
    ["the same note once", "Same words.", "Same words.", "Same words."],
    ["neither", undefined, undefined, undefined],
  ])(
    "joins notes (%s) instead of letting the person's hide the organisation's",
    (_, org, person, want) => {
      const merged = mergeProfiles(bare("@o.example", org), bare("p@o.example", person))!;
      expect(merged.notes).toBe(want);
    },
  );

  it("does not share lists with its inputs", () => {
    const org = byKey.get("@coca-cola.example")!;
    const merged = mergeProfiles(org, undefined)!;
    merged.competitors.push("Dr Pepper");
    expect(org.competitors).not.toContain("Dr Pepper");
    expect(mergeProfiles(undefined, undefined)).toBeUndefined();
  });

  it("finds the match keys of an address", () => {
    expect(matchKeysFor(" Megge.Anderson@Coca-Cola.example")).toEqual([
      MEGGE,
      "@coca-cola.example",
    ]);
    expect(matchKeysFor("")).toEqual([]);
    expect(matchKeysFor("no-at-sign")).toEqual([]);
  });

  it("resolves addresses to effective profiles, undefined where none covers them", () => {
    const resolved = resolveProfiles(
      [MEGGE, "BUYER@coca-cola.example", "x@nowhere.example", ""],
      byKey,
    );
    expect([...resolved.keys()]).toEqual([MEGGE, "buyer@coca-cola.example", "x@nowhere.example"]);
    expect(resolved.get(MEGGE)?.preferredName).toBe("Megge");
    expect(resolved.get("buyer@coca-cola.example")?.matchKey).toBe("@coca-cola.example");
    expect(resolved.get("x@nowhere.example")).toBeUndefined();
  });

  it("knows channel aliases", () => {
    expect(normaliseChannel("Phone call")).toBe("phone");
    expect(normaliseChannel("E-mail")).toBe("email");
    expect(normaliseChannel("MS Teams")).toBe("teams");
    expect(normaliseChannel("fax")).toBeUndefined();
  });
});

describe("serialising", () => {
  it("round-trips through the JSON form", () => {
    for (const profile of sampleProfiles()) {
      expect(parseProfile(serialiseProfile(profile)).profile).toEqual(profile);
    }
  });

  it("writes flat rows in CSV header order that parse back", () => {
    const megge = sampleProfiles().find((p) => p.matchKey === MEGGE)!;
    const row = profileToRow(megge);
    expect(Object.keys(row)).toEqual([...PROFILE_CSV_HEADERS]);
    expect(row.avoidChannels).toBe("phone");
    expect(row.preferredChannels).toBe("email; teams");
    expect(parseProfile(row).profile).toEqual(megge);
    expect(profileToRow(megge, "\n").preferredChannels).toBe("email\nteams");
  });

  it("describes every field with its SharePoint column", () => {
    expect(PROFILE_FIELDS.map((f) => f.column)).toEqual([
      "Title", "MatchKey", "ClientName", "PreferredName", "FullName", "AvoidNames",
      "PreferredChannels", "AvoidChannels", "MeetingPlatform", "BillingDetail",
      "BannedBillingPhrases", "Competitors", "Entertainment", "AvoidTopics",
      "StatusUpdates", "Notes", "LastConfirmed", "Sources",
    ]); // prettier-ignore
    expect(PROFILE_FIELDS.find((f) => f.key === "meetingPlatform")?.choices).toEqual([
      "teams",
      "zoom",
      "webex",
      "google-meet",
    ]);
  });
});
