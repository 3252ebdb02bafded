import { parseProfile } from "../../src/core/profile";
import { formFromProfile, validateForm } from "../../src/taskpane/profile-form";

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
