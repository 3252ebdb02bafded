import { parseProfile } from "../../src/core/profile";
import {
  emptyForm,
  formFromProfile,
  linesWithCommas,
  splitLine,
  validateForm,
} from "../../src/taskpane/profile-form";

describe("the editor's form", () => {
  it("keeps a profile's sources through an edit and a save, though it shows no control for them", () => {
    const profile = parseProfile({
      matchKey: "megge.anderson@coca-cola.example",
      preferredName: "Megge",
      avoidNames: ["Meg"],
      sources: [
        {
          field: "preferredName",
          value: "Megge",
          from: { address: "megge.anderson@coca-cola.example", name: "Megge Anderson" },
          date: "2025-03-03",
          subject: "Re: agreement",
          quote: "please, it's Megge",
        },
      ],
    }).profile;
    const form = { ...formFromProfile(profile), avoidNames: "Meg\nMeggy" };
    const validated = validateForm(form);
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(validated.profile.avoidNames).toEqual(["Meg", "Meggy"]);
    expect(validated.profile.sources).toEqual(profile.sources);
  });
});

describe("lines with commas (audit 49c, 1)", () => {
  const before = { ...emptyForm("@acme.example"), competitors: "Smith, Jones & Co" };

  it("asks about new list lines with a comma or ';', not about lines already on file or answered", () => {
    const after = {
      ...before,
      competitors: "Smith, Jones & Co\nAcme, Globex, Initech\nUmbrella",
      bannedBillingPhrases: "Review of file; Research",
      notes: "Calls: mornings, never Fridays.",
    };
    expect(linesWithCommas(before, after, new Set())).toEqual({
      competitors: ["Acme, Globex, Initech"],
      bannedBillingPhrases: ["Review of file; Research"],
    });
    expect(linesWithCommas(before, after, new Set(["competitors\nAcme, Globex, Initech"]))).toEqual(
      { bannedBillingPhrases: ["Review of file; Research"] },
    );
  });

  it("asks only about a line that would become two entries or more, and each line once (review of harm-49e)", () => {
    const after = {
      ...before,
      competitors: ",\nAcme,\n ; \nGlobex, Initech\nGlobex, Initech",
    };
    expect(linesWithCommas(before, after, new Set())).toEqual({
      competitors: ["Globex, Initech"],
    });
  });

  it("splits one line into its entries and leaves the others", () => {
    expect(splitLine("Umbrella\n Acme, Globex;Initech \nX, Y", "Acme, Globex;Initech")).toBe(
      "Umbrella\nAcme\nGlobex\nInitech\nX, Y",
    );
  });
});

describe("Last confirmed in the future (audit 49c, 6)", () => {
  const today = new Date(2026, 11, 7);
  it.each([
    ["2027-01-05", false],
    ["2026-12-08", false],
    ["2026-12-07", true],
    ["2025-12-07", true],
  ])("%s → accepted: %s", (day, ok) => {
    const result = validateForm({ ...emptyForm("@acme.example"), lastConfirmed: day }, today);
    expect(result.ok).toBe(ok);
    if (!result.ok)
      expect(result.byField.lastConfirmed).toEqual([
        `${day} is in the future (today is 2026-12-07): enter the day the client last confirmed their preferences.`,
      ]);
  });
});
