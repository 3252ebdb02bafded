import { notesParties } from "../../../src/core/checks/notes-parties";

// Round 33 (lead, analysis-h32 044): our side acting against a listed company in a matter names it
// a party, as "against" does. Notes written here.
describe("notesParties: our acting verb before the name", () => {
  const LISTED = ["Pennine Twill", "Harlow Mills"];
  const parties = (notes: string) => [...notesParties(notes, LISTED)];
  it.each([
    ["We are opposing Pennine Twill's trade mark application for TWILLWORKS.", "pennine twill"],
    ["We are suing Harlow Mills over the unpaid invoices (matter 7731).", "harlow mills"],
    ["Our appeal is challenging Harlow Mills's patent.", "harlow mills"],
  ])("names the party: %s", (notes, party) => {
    expect(parties(notes)).toEqual([party]);
  });
  it.each([
    "We admire Pennine Twill's designs and watch their prices.",
    "They are suing Harlow Mills, which is nothing to do with us.",
  ])("names no party: %s", (notes) => {
    expect(parties(notes)).toEqual([]);
  });
});
