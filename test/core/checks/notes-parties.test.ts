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

// Round 40 (lead): the rival bringing a matter against the client, the mirror of our acting verb.
// Present or perfect only; the client (them, us, the client) as its object. Notes written here.
describe("notesParties: the name suing the client", () => {
  const LISTED = ["Andes Skyrides", "Harlow Mills"];
  const parties = (notes: string) => [...notesParties(notes, LISTED)];
  it.each([
    [
      "Hot-air balloons. Andes Skyrides is suing them for defamation (we defend).",
      "andes skyrides",
    ],
    ["Harlow Mills has issued proceedings against the client in the TCC.", "harlow mills"],
    [
      "Harlow Mills is taking them to the employment tribunal over the TUPE transfer.",
      "harlow mills",
    ],
    ["Harlow Mills has sued us over the Leeds contract; we defend.", "harlow mills"],
  ])("names the party: %s", (notes, party) => {
    expect(parties(notes)).toEqual([party]);
  });
  it.each([
    "Harlow Mills sued them in 2019; settled, all forgotten.",
    "Harlow Mills is suing its former distributor, which is nothing to do with us.",
    "Harlow Mills is taking them seriously as a rival in the north.",
    "Andes Skyrides is the market leader; they watch its prices.",
  ])("names no party: %s", (notes) => {
    expect(parties(notes)).toEqual([]);
  });
});
