import { namesMatter } from "../../../src/core/checks/matter-named";

/** The name's place in the text: its first occurrence. */
function judge(text: string, name: string): boolean {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return namesMatter(text, start, start + name.length);
}

describe("namesMatter: a competitor named as the label of the client's own matter", () => {
  it.each([
    ["the Norvik trial: preparation of the exhibits", "Norvik"],
    ["Closing call for the Norvik asset purchase", "Norvik"],
    ["Norvik acquisition - due diligence list", "Norvik"],
    ["On the two Norvik matters: both are closed.", "Norvik"],
    ["the Norvik nuisance case is listed for March", "Norvik"],
    ["Privilege log for the Norvik document production.", "Norvik"],
    ["INDECOPI opposition - NORVIK application", "NORVIK"],
    ["Norvik's objection to the transfer has been withdrawn.", "Norvik's"],
    ["Norvik’s challenge to the award was filed yesterday.", "Norvik’s"],
    ["Considering Norvik's appeal and our grounds of response", "Norvik"],
  ])("labels the matter: %s", (text, name) => {
    expect(judge(text, name)).toBe(true);
  });

  it.each([
    // The rival's own business, which the client minds.
    ["Norvik's acquisition of Pellion closed last week.", "Norvik's"],
    ["Norvik's application for the grant was the strongest.", "Norvik's"],
    ["the Norvik acquisition of Pellion was the market's deal", "Norvik"],
    // A matter held up as a comparator or precedent.
    ["the Norvik litigation is the obvious comparator for yours", "Norvik"],
    ["a case like the Norvik arbitration may help", "Norvik"],
    // A document, not a matter; the brand with nothing of a matter after it.
    ["the Norvik case study is in the pack", "Norvik"],
    ["Norvik is opening three new depots.", "Norvik"],
    ["Norvik v Pellion held that the clause was a penalty.", "Norvik"],
    // Two words between the name and the noun: no longer its label.
    ["Norvik won a big supply contract dispute", "Norvik"],
    // Capitalised words after the name are more of a name, not a matter's noun.
    ["Norvik Foods Trial Kitchen opened", "Norvik"],
  ])("does not: %s", (text, name) => {
    expect(judge(text, name)).toBe(false);
  });

  it("reads the comparison on the mention's own line only", () => {
    const text = "Compare our terms below.\nThe Norvik trial starts on 3 March.";
    expect(judge(text, "Norvik")).toBe(true);
  });
});
