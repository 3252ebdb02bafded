// Round 28 (detect-28a; analysis-h26 §2 C): a no-hospitality profile's notes read for their
// exceptions (an occasion they permit) and their extensions (an ordinary thing they ban). Notes
// and sentences invented here.
import {
  bannedOffer,
  permittedBy,
  readEntertainmentNotes,
  singular,
} from "../../../src/core/checks/entertainment-notes";

const permits = (notes: string, sentence: string) =>
  permittedBy(readEntertainmentNotes(notes), sentence);
const offered = (notes: string, sentence: string) => {
  const at = bannedOffer(readEntertainmentNotes(notes), sentence);
  return at && sentence.slice(at.start, at.end);
};

describe("entertainment notes: singular", () => {
  it.each([
    ["lunches", "lunch"],
    ["Days", "day"],
    ["pastries", "pastry"],
    ["sandwiches", "sandwich"],
    ["coffee", "coffee"],
    ["glass", "glass"],
    ["catch-ups", "catch-up"],
    // Round 29: one function with the matcher's singularOf: an accented plural, and the words in
    // -is, -ics and -ws that look plural and are not.
    ["canapés", "canapé"],
    ["Entrées", "entrée"],
    ["analysis", "analysis"],
    ["politics", "politics"],
    ["athletics", "athletics"],
    ["news", "news"],
    ["gas", "gas"],
  ])("%s → %s", (word, want) => expect(singular(word)).toBe(want));
});

describe("entertainment notes: what a clause permits", () => {
  it.each([
    [
      "a named occasion after 'Exception:'",
      "No hospitality. Exception: the Harbour Guild supper on 4 May – Ella signed it off, fine to invite her.",
      { head: "supper", name: "harbour guild" },
    ],
    [
      "a kind of occasion as the subject of 'is fine'",
      "Declines hospitality. A working breakfast at the depot is fine.",
      { head: "breakfast", name: "", qualifiers: ["working", "depot"] },
    ],
    [
      "'not hospitality from us', the gerund dropped",
      "Gifts policy applies. Joining a meal at the marae after hui is tikanga - not hospitality from us.",
      { head: "meal", qualifiers: ["marae"] },
    ],
    [
      "a pronoun subject: the object of 'invite us to'",
      "No hospitality; they sometimes invite us to iftar, that is theirs to offer.",
      { head: "iftar", qualifiers: [] },
    ],
    [
      "the client's own occasion",
      "No hospitality from advisers. Their own regatta days are their business, not ours.",
      { head: "day", theirs: true },
    ],
  ])("%s", (_name, notes, want) => {
    expect(readEntertainmentNotes(notes).exceptions).toEqual([expect.objectContaining(want)]);
  });

  it.each([
    ["a permission denied", "Hospitality: a working breakfast is not fine either."],
    ["a channel, not an occasion", "No hospitality. Teams is fine for calls."],
    ["work named fine", "No hospitality. Their planning appeals are legal work and fine."],
    ["a ban only", "Public body: no hospitality of any kind."],
    ["'without exception' is no exception", "No hospitality, without exception."],
  ])("nothing permitted: %s", (_name, notes) => {
    expect(readEntertainmentNotes(notes).exceptions).toEqual([]);
  });
});

describe("entertainment notes: the invitation the notes permit", () => {
  const GUILD =
    "No hospitality. Exception: the Harbour Guild supper on 4 May – Ella signed it off, fine to invite her.";
  const MARAE =
    "Gifts policy applies. Joining a meal at the marae after hui is tikanga - not hospitality from us.";
  const REGATTA =
    "No hospitality from advisers. Their own regatta days are their business, not ours.";
  it.each([
    [GUILD, "We have kept a seat for you at the Harbour Guild supper on 4 May."],
    [MARAE, "We would be glad to share lunch at the marae after the hui."],
    [REGATTA, "Thank you, we would love to come to your regatta day in June."],
    [
      "No hospitality; they may invite us to iftar, that is theirs to offer.",
      "Iftar with you on Friday would be an honour.",
    ],
  ])("permitted: %s | %s", (notes, sentence) => expect(permits(notes, sentence)).toBe(true));

  it.each([
    [
      "another named occasion",
      GUILD,
      "We have kept a seat for you at the Law Society supper on 4 May.",
    ],
    ["the same name, another occasion", GUILD, "Could we host you at the Harbour Guild golf day?"],
    ["a meal elsewhere", MARAE, "Can we take you to lunch at the Harbour Grill after the hui?"],
    ["the firm's own day", REGATTA, "Join us at our regatta day in June as our guests."],
    ["no notes", "", "We have kept a seat for you at the Harbour Guild supper."],
  ])("not permitted: %s", (_name, notes, sentence) => expect(permits(notes, sentence)).toBe(false));
});

describe("entertainment notes: an ordinary thing the notes ban, offered by the firm", () => {
  const COFFEE =
    "Regulator: no hospitality of any kind, including coffee meetings we pay for. No text messages.";
  const BREAKFAST = "Charity: not even a working breakfast on the firm. Post is fine.";
  it.each([
    [
      COFFEE,
      "Shall we get a coffee at the Exchange before the hearing? On us, of course.",
      "coffee",
    ],
    [COFFEE, "We'd love to host you for coffees and pastries on the 9th.", "coffees"],
    [
      BREAKFAST,
      "Could we treat you to a working breakfast at the hotel before the panel?",
      "breakfast",
    ],
  ])("offered: %s | %s", (notes, sentence, want) => expect(offered(notes, sentence)).toBe(want));

  it.each([
    ["another thing offered", BREAKFAST, "Shall we get a coffee before the hearing? On us."],
    ["the client paying", COFFEE, "Coffee at the Exchange on Friday? Your treat, as you said!"],
    [
      "coffee as a meeting place",
      COFFEE,
      "Let's meet at the coffee shop on Quay Street at 10 and walk over.",
    ],
    [
      "no ban in the notes",
      "Public body: no hospitality of any kind.",
      "Coffee on us before the hearing?",
    ],
    [
      "a permission, not a ban",
      "Coffee in their boardroom during a meeting is fine.",
      "We'll bring coffee to your boardroom, on us.",
    ],
  ])("not offered: %s", (_name, notes, sentence) =>
    expect(offered(notes, sentence)).toBeUndefined(),
  );
});
