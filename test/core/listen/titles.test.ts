import {
  EARNED_TITLE_WORD,
  isPersonalTitle,
  PERSONAL_TITLES,
  TITLE_WORD,
  withoutTitles,
} from "../../../src/core/listen/titles";
import { listen } from "../../../src/core/listen";

describe("personal titles (one list for names, relays and initials)", () => {
  const titled = new RegExp(String.raw`^${TITLE_WORD}\.?\s+\p{Lu}`, "u");

  it.each(PERSONAL_TITLES.map((t) => [t]))("%s stands before a name", (title) => {
    expect(titled.test(`${title} Hale`)).toBe(true);
    expect(isPersonalTitle(title)).toBe(true);
    expect(isPersonalTitle(`${title.toLowerCase()}.`)).toBe(true);
  });

  it("matches the long form whole, never a prefix of it", () => {
    expect(new RegExp(`^${TITLE_WORD}`, "u").exec("Professor Lane")?.[0]).toBe("Professor");
    expect(new RegExp(`^${TITLE_WORD}`, "u").exec("Revd Ellery")?.[0]).toBe("Revd");
  });

  it("tells held titles from the honorifics anyone may use", () => {
    const earned = new RegExp(String.raw`^${EARNED_TITLE_WORD}$`, "u");
    for (const t of ["Dr", "Rabbi", "Imam", "Cllr", "Canon", "Baroness"])
      expect(earned.test(t)).toBe(true);
    for (const t of ["Mr", "Mrs", "Ms", "Miss", "Mx"]) expect(earned.test(t)).toBe(false);
    // Round 31: the everyday honorifics of other languages are honorifics too ("Sr. Sosa").
    for (const t of ["Sr", "Sra", "Señor", "Monsieur", "Frau", "Signora", "Doña"])
      expect(earned.test(t)).toBe(false);
  });

  it("is not a title for ordinary words", () => {
    for (const word of ["Mrsx", "Doctor", "Team", "Megge", "Chair"]) {
      expect(isPersonalTitle(word)).toBe(false);
    }
  });

  it("strips every title before a name", () => {
    expect(withoutTitles("Dame Judith Weir")).toBe("Judith Weir");
    expect(withoutTitles("Cllr. Anwar Patel")).toBe("Anwar Patel");
    expect(withoutTitles("Rabbi Cohen")).toBe("Cohen");
    expect(withoutTitles("Drummond Hale")).toBe("Drummond Hale");
  });

  // Titles the relay list had and the names list lacked: both readers now know them.
  it("reads a title the names reader did not know before as formality declined", () => {
    const heard = listen(
      {
        from: { name: "Aaron Cohen", address: "aaron.cohen@shul.example" },
        subject: "Re: the lease",
        body: {
          format: "text",
          content: "Hi Sam,\n\nPlease call me Aaron, not Rabbi Cohen.\n\nBest,\nAaron",
        },
      },
      [],
    );
    // "Rabbi" is held, like "Dr": setting it aside beside a given name refuses no name.
    expect(heard.map((s) => `${s.field}=${s.value}`)).toEqual(["preferredName=Aaron"]);
  });
});
