import { runListenTests } from "./listen-tester";

// Round 20 (listen-20c): a surname with a capital inside it ("MacLean", "McGregor", "MacLeod") is
// written as a name, never as a common word, though the common-word filter (a Bloom filter, about
// one name in ten taken for a word) says these letters are one. Written for this table (not from
// a corpus); each surname below is one of the filter's false positives, so every row can fail.
// Beside them: someone else's surname, a company's name, a question, a capital on a place.
const ISLA = "Isla Mcnair <isla.mcnair@ardtornish.example>";
const KIRSTY = "Kirsty Maclean <kirsty.maclean@loch-fyne-oysters.example>";
const CALLUM = "Callum Mcgregor <callum.mcgregor@glenmorven.example>";
const EWAN = "Ewan Macleod <ewan.macleod@skye-salmon.example>";
const DOUGIE = "Dougie Macarthur <dougie.macarthur@kintyre-haulage.example>";
const NAMES = ["fullName", "preferredName", "avoidNames"] as const;
const mail = (text: string, name: string) => `Hi Jo,\n\n${text}\n\nBest,\n${name}`;

runListenTests("round 20c: a surname with an inner capital is no common word", {
  silent: [
    {
      name: "someone else's surname with an inner capital",
      from: KIRSTY,
      body: mail("My husband's surname is MacLean, with a capital L.", "Kirsty"),
      fields: [...NAMES],
    },
    {
      name: "a company's name with the writer's surname in it",
      from: CALLUM,
      body: mail("The company is spelt McGregor Holdings, with a capital G.", "Callum"),
      fields: [...NAMES],
    },
    {
      name: "a question about the capital",
      from: EWAN,
      body: mail("Is it MacLeod with a capital L on the title deed?", "Ewan"),
      fields: [...NAMES],
    },
    {
      name: "a place spelt with a capital",
      from: ISLA,
      body: mail("Dunoon is spelt with a capital D, obviously.", "Isla"),
      fields: [...NAMES],
    },
  ],
  heard: [
    {
      name: "the surname's inner capital, in a note",
      from: EWAN,
      body: mail("It's MacLeod, capital L.", "Ewan"),
      heard: [{ field: "fullName", value: "Ewan MacLeod" }],
    },
    {
      name: "the surname's inner capital, after a dash",
      from: KIRSTY,
      body: mail("Small thing - MacLean, capital L.", "Kirsty"),
      heard: [{ field: "fullName", value: "Kirsty MacLean" }],
    },
    {
      name: "a Mc surname with its capital",
      from: ISLA,
      body: mail("Small thing - McNair, capital N.", "Isla"),
      heard: [{ field: "fullName", value: "Isla McNair" }],
    },
    {
      name: "a Mc surname, its capital said another way",
      from: CALLUM,
      body: mail("It's McGregor, with a capital G.", "Callum"),
      heard: [{ field: "fullName", value: "Callum McGregor" }],
    },
    {
      name: "a Mac surname with its capital, please",
      from: DOUGIE,
      body: mail("Could you make it MacArthur, capital A, on the contract please.", "Dougie"),
      heard: [{ field: "fullName", value: "Dougie MacArthur" }],
    },
  ],
});
