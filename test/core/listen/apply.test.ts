import {
  applySuggestion,
  dayOf,
  listen,
  SuggestionError,
  type Suggestion,
} from "../../../src/core/listen";
import { parseProfile } from "../../../src/core/profile";

const MEGGE = "megge.anderson@coca-cola.example";
const MESSAGE = {
  from: { address: MEGGE, name: "Megge Anderson" },
  date: "Mon, 03 Mar 2025 09:15:00 +0000",
  subject: "Re: Bottling agreement",
};

function suggestion(partial: Partial<Suggestion>): Suggestion {
  return {
    profile: MEGGE,
    field: "preferredName",
    op: "set",
    value: "Megge",
    quote: "please, it's Megge",
    start: 0,
    end: 18,
    alreadyKnown: false,
    ...partial,
  };
}

describe("applySuggestion", () => {
  it("sets a single value and records where it came from", () => {
    const before = parseProfile({
      matchKey: MEGGE,
      preferredName: "Meg",
      lastConfirmed: "2024-01-01",
    }).profile;
    const after = applySuggestion(before, suggestion({}), MESSAGE);
    expect(after.preferredName).toBe("Megge");
    expect(after.lastConfirmed).toBe("2024-01-01");
    expect(after.sources).toEqual([
      {
        field: "preferredName",
        value: "Megge",
        from: { address: MEGGE, name: "Megge Anderson" },
        date: "2025-03-03",
        subject: "Re: Bottling agreement",
        quote: "please, it's Megge",
      },
    ]);
    expect(before.preferredName).toBe("Meg"); // the stored profile is not touched
  });

  it("adds to a list without losing what it held", () => {
    const before = parseProfile({ matchKey: "@coca-cola.example", competitors: ["Pepsi"] }).profile;
    const after = applySuggestion(
      before,
      suggestion({
        profile: "@coca-cola.example",
        field: "competitors",
        op: "add",
        value: "Dr Pepper",
      }),
      MESSAGE,
    );
    expect(after.competitors).toEqual(["Pepsi", "Dr Pepper"]);
  });

  it("creates the profile when there is none yet", () => {
    const after = applySuggestion(
      undefined,
      suggestion({ field: "avoidChannels", op: "add", value: "phone" }),
      MESSAGE,
    );
    expect(after).toMatchObject({ matchKey: MEGGE, avoidChannels: ["phone"] });
  });

  it("refreshes lastConfirmed for a confirmation and changes no value", () => {
    const before = parseProfile({
      matchKey: MEGGE,
      avoidChannels: ["phone"],
      lastConfirmed: "2023-05-01",
    }).profile;
    const after = applySuggestion(
      before,
      suggestion({ field: "avoidChannels", op: "add", value: "phone", alreadyKnown: true }),
      MESSAGE,
    );
    expect(after.avoidChannels).toEqual(["phone"]);
    expect(after.lastConfirmed).toBe("2025-03-03");
    expect(after.sources).toHaveLength(1);
  });

  it("lets the newest word replace its opposite", () => {
    const before = parseProfile({
      matchKey: MEGGE,
      avoidChannels: ["phone", "sms"],
      avoidNames: ["Megs"],
      preferredName: "Meg",
    }).profile;
    const wantsCalls = applySuggestion(
      before,
      suggestion({ field: "preferredChannels", op: "add", value: "phone" }),
      MESSAGE,
    );
    expect(wantsCalls).toMatchObject({ preferredChannels: ["phone"], avoidChannels: ["sms"] });
    const avoidsMeg = applySuggestion(
      before,
      suggestion({ field: "avoidNames", op: "add", value: "Meg" }),
      MESSAGE,
    );
    expect(avoidsMeg.preferredName).toBeUndefined();
    const prefersMegs = applySuggestion(before, suggestion({ value: "Megs" }), MESSAGE);
    expect(prefersMegs).toMatchObject({ preferredName: "Megs", avoidNames: [] });
  });

  it("refuses a suggestion for another profile or a value the schema refuses", () => {
    const other = parseProfile({ matchKey: "@coca-cola.example" }).profile;
    expect(() => applySuggestion(other, suggestion({}), MESSAGE)).toThrow(SuggestionError);
    expect(() =>
      applySuggestion(undefined, suggestion({ field: "meetingPlatform", value: "skype" }), MESSAGE),
    ).toThrow(/meetingPlatform "skype" cannot be recorded/);
  });

  it("records what listen() heard, end to end", () => {
    const message = {
      ...MESSAGE,
      body: { format: "text" as const, content: "Hi Jo,\nPlease call me Megge, not Meg.\nMegge" },
    };
    let profile = parseProfile({ matchKey: MEGGE }).profile;
    for (const heard of listen(message, [profile]))
      profile = applySuggestion(profile, heard, message);
    expect(profile).toMatchObject({ preferredName: "Megge", avoidNames: ["Meg"] });
    expect(profile.sources?.map((s) => `${s.field}=${s.value}: ${s.quote}`)).toEqual([
      "preferredName=Megge: Please call me Megge, not Meg.",
      "avoidNames=Meg: Please call me Megge, not Meg.",
    ]);
  });
});

describe("dayOf", () => {
  it.each([
    ["Mon, 3 Mar 2025 00:30:00 +0100", "2025-03-03"],
    ["Thu, 07 Aug 2025 09:20:00 +0100 (BST)", "2025-08-07"],
    ["3 March 2025 10:00", "2025-03-03"],
    ["2025-03-03T23:59:00-08:00", "2025-03-03"],
    ["2025-03-03", "2025-03-03"],
    ["soon", undefined],
    [undefined, undefined],
  ])("%s is %s", (date, day) => {
    expect(dayOf(date)).toBe(day);
  });
});

describe("applySuggestion: a withdrawal (op remove)", () => {
  const ORG = "@coca-cola.example";
  const removal = (partial: Partial<Suggestion>) =>
    suggestion({ op: "remove", quote: "happy to take calls again", ...partial });

  it("takes the value off its list, in the spelling stored, and records the withdrawal", () => {
    const before = parseProfile({
      matchKey: MEGGE,
      avoidChannels: ["phone", "sms"],
      preferredChannels: ["email"],
      lastConfirmed: "2024-01-01",
    }).profile;
    const after = applySuggestion(
      before,
      removal({ field: "avoidChannels", value: "phone" }),
      MESSAGE,
    );
    expect(after.avoidChannels).toEqual(["sms"]);
    expect(after.preferredChannels).toEqual(["email"]); // its opposite is not touched
    expect(after.lastConfirmed).toBe("2024-01-01");
    expect(after.sources).toEqual([
      {
        field: "avoidChannels",
        value: "phone",
        from: { address: MEGGE, name: "Megge Anderson" },
        date: "2025-03-03",
        subject: "Re: Bottling agreement",
        quote: "happy to take calls again",
        op: "remove",
      },
    ]);
    expect(before.avoidChannels).toEqual(["phone", "sms"]); // the stored profile is not touched
  });

  it("matches the stored value whatever its case, and keeps the other entries", () => {
    const before = parseProfile({
      matchKey: ORG,
      bannedBillingPhrases: ["Review of File", "Perusal"],
    }).profile;
    const after = applySuggestion(
      before,
      removal({ profile: ORG, field: "bannedBillingPhrases", value: "review of file" }),
      MESSAGE,
    );
    expect(after.bannedBillingPhrases).toEqual(["Perusal"]);
  });

  it("a removed avoided name does not become the preferred one, nor a preferred name go", () => {
    const before = parseProfile({
      matchKey: MEGGE,
      preferredName: "Megge",
      avoidNames: ["Meg"],
    }).profile;
    const after = applySuggestion(before, removal({ field: "avoidNames", value: "Meg" }), MESSAGE);
    expect(after.avoidNames).toEqual([]);
    expect(after.preferredName).toBe("Megge");
  });

  it("refuses what the profile no longer holds, a single-value field, and no profile", () => {
    const before = parseProfile({ matchKey: MEGGE, avoidChannels: ["sms"] }).profile;
    expect(() =>
      applySuggestion(before, removal({ field: "avoidChannels", value: "phone" }), MESSAGE),
    ).toThrow(SuggestionError);
    expect(() =>
      applySuggestion(before, removal({ field: "preferredName", value: "Megge" }), MESSAGE),
    ).toThrow(SuggestionError);
    expect(() =>
      applySuggestion(undefined, removal({ field: "avoidChannels", value: "sms" }), MESSAGE),
    ).toThrow(SuggestionError);
  });

  it("survives the stored round trip (the op is kept in sources)", () => {
    const before = parseProfile({ matchKey: MEGGE, avoidChannels: ["phone"] }).profile;
    const after = applySuggestion(
      before,
      removal({ field: "avoidChannels", value: "phone" }),
      MESSAGE,
    );
    const again = parseProfile(JSON.parse(JSON.stringify(after))).profile;
    expect(again.sources?.[0]?.op).toBe("remove");
  });

  it("records what listen() heard, end to end", () => {
    const stored = parseProfile({ matchKey: MEGGE, avoidChannels: ["phone"] }).profile;
    const [heard] = listen(
      { ...MESSAGE, body: { format: "text", content: "Jo,\nHappy to take calls again.\nMegge" } },
      [stored],
    );
    expect(heard).toMatchObject({ op: "remove", field: "avoidChannels", value: "phone" });
    const after = applySuggestion(stored, heard!, MESSAGE);
    expect(after.avoidChannels).toEqual([]);
    expect(after.sources?.[0]).toMatchObject({ op: "remove", quote: "Happy to take calls again." });
  });
});
