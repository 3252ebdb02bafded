import {
  columnDefinitionFor,
  columnValueToDate,
  dateToColumnValue,
  fieldsToProfile,
  profileToFields,
  profileToNewItemFields,
} from "../../src/profiles/list-mapping";
import { PROFILE_FIELDS, ProfileError } from "../../src/core/profile";
import { sampleProfiles } from "./graph-fixtures";

const field = (key: string) => PROFILE_FIELDS.find((f) => f.key === key)!;

describe("dates in date-only columns", () => {
  it.each([
    ["2026-08-31T22:00:00Z", "2026-09-01"], // site at UTC+2
    ["2026-09-01T05:00:00Z", "2026-09-01"], // site at UTC-5
    ["2026-09-01T00:00:00Z", "2026-09-01"], // site at UTC
    ["2026-08-31T13:00:00Z", "2026-09-01"], // site at UTC+11
    ["2026-09-01", "2026-09-01"],
  ])("%s means %s", (stored, day) => {
    expect(columnValueToDate(stored)).toBe(day);
  });

  it("writes noon UTC and rejects nonsense", () => {
    expect(dateToColumnValue("2026-06-15")).toBe("2026-06-15T12:00:00Z");
    expect(columnValueToDate("soon")).toBeUndefined();
  });
});

describe("sources", () => {
  const sources = [
    {
      field: "avoidChannels",
      value: "phone",
      from: { address: "dan@whitakerbuilding.example", name: "Dan Whitaker" },
      date: "2026-03-03",
      subject: "Re: site visit",
      quote: "please don't ring me on site",
    },
  ];

  it("live in a multi-line plain-text column", () => {
    expect(columnDefinitionFor(field("sources"))).toMatchObject({
      name: "Sources",
      text: { allowMultipleLines: true, textType: "plain" },
    });
  });

  it("are written as JSON text, read back the same, and cleared with null", () => {
    const dan = sampleProfiles().find((p) => p.matchKey === "dan@whitakerbuilding.example")!;
    const fields = profileToFields({ ...dan, sources });
    expect(fields.Sources).toBe(JSON.stringify(sources));
    expect(fieldsToProfile(fields, dan.matchKey).profile.sources).toEqual(sources);
    expect(profileToFields(dan).Sources).toBeNull();
  });
});

describe("fields <-> profile", () => {
  it("round-trips every sample profile", () => {
    for (const profile of sampleProfiles()) {
      const fields = profileToNewItemFields(profile);
      expect(fieldsToProfile(fields, profile.matchKey).profile).toEqual(profile);
    }
  });

  it("stores lists one entry per line and clears empty values with null", () => {
    const dan = sampleProfiles().find((p) => p.matchKey === "dan@whitakerbuilding.example")!;
    const fields = profileToFields({ ...dan, notes: undefined, competitors: [] });
    expect(fields.AvoidTopics).toBe("sports\nbaseball\ngolf");
    expect(fields.Notes).toBeNull();
    expect(fields.Competitors).toBeNull();
    expect(fields.LastConfirmed).toBe("2026-06-15T12:00:00Z");
  });

  it("reads CRLF and ';' separated cells, ignores SharePoint's own fields", () => {
    const { profile, warnings } = fieldsToProfile(
      {
        "@odata.etag": '"x,1"',
        MatchKey: "@Ford.example",
        Competitors: "Chevy\r\nGM; Toyota\n",
        MeetingPlatform: "teams",
        _UIVersionString: "1.0",
        LinkTitle: "Ford",
      },
      "item 1",
    );
    expect(profile.matchKey).toBe("@ford.example");
    expect(profile.competitors).toEqual(["Chevy", "GM", "Toyota"]);
    expect(warnings).toEqual([]);
  });

  it("throws ProfileError for an unusable item", () => {
    expect(() => fieldsToProfile({ Title: "no key" }, "item 9")).toThrow(ProfileError);
  });
});

describe("column definitions", () => {
  it("indexes MatchKey and makes list columns multi-line plain text", () => {
    expect(columnDefinitionFor(field("matchKey"))).toMatchObject({
      name: "MatchKey",
      indexed: true,
      required: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false },
    });
    expect(columnDefinitionFor(field("competitors")).text).toEqual({
      allowMultipleLines: true,
      textType: "plain",
    });
    expect(columnDefinitionFor(field("billingDetail")).choice?.choices).toEqual([
      "detailed",
      "summary",
    ]);
    expect(columnDefinitionFor(field("lastConfirmed")).dateTime).toEqual({ format: "dateOnly" });
  });
});
