import { runListenTests } from "./listen-tester";

const ROBERT = "Robert Hale <robert.hale@hale-foods.example>";
const MARGARET = "Margaret Ossei <m.ossei@ossei-law.example>";
const RENEE = "Renée Dubois <renee.dubois@lacroix-vins.example>";

runListenTests("names", {
  silent: [
    { name: "an ordinary sign-off", from: ROBERT, body: "Hi Jo,\nThe lease is signed.\n\nBob" },
    {
      name: "someone else's name (our MD)",
      from: ROBERT,
      body: "Jo,\nOur MD really can't stand being called Tony. It's Anthony, always, in the board pack.\nRob",
    },
    {
      name: "the lawyer's own name",
      from: ROBERT,
      body: "Jo, sorry for spelling your name Joe in my last note.\nRobert",
    },
    {
      name: "a permission, not a correction",
      from: ROBERT,
      body: "Jo, feel free to call me Robert, everyone here does.\nRobert",
    },
    {
      name: "two forms offered as equal",
      from: MARGARET,
      body: "Dear Jo,\nMargaret or Maggie, whichever comes naturally.\nMargaret",
    },
    {
      name: "a hypothetical change of name",
      from: MARGARET,
      body: "Dear Jo,\nIf I do marry next year I might take his name, but that is for another day.\nMargaret",
    },
    {
      name: "the children's names",
      from: MARGARET,
      body: "Dear Jo,\nPlease make sure my daughter is Katherine in the will, never Kate.\nMargaret",
    },
    {
      name: "a name in the quoted history",
      from: ROBERT,
      body: "Thanks.\n\nOn Mon, 3 Mar 2025 at 10:00, Jo Lawyer <jo@firm.example> wrote:\n> Please call me Jo, not Joanna.\n",
    },
    {
      name: "a self-introduction",
      from: "events@hale-foods.example",
      body: "Hello,\nMy name is Priya and I run events for Hale Foods.\nPriya",
    },
    {
      name: "a headline in title case",
      from: ROBERT,
      body: "Jo,\nFYI the newsletter headline: We Will Never Forget Bob's Famous Pies.\nRob",
    },
  ],
  heard: [
    {
      name: "call me, not the formal name",
      from: ROBERT,
      body: "Hi Jo,\nPlease call me Rob - Robert only ever appears on my tax return, and I'd rather not see it here.\nRob",
      heard: [{ field: "preferredName", value: "Rob", quote: "call me Rob" }],
    },
    {
      name: "it's X, not Y",
      from: ROBERT,
      body: "Jo,\nIt's Robbie, not Bob.\nRobbie",
      heard: [
        { field: "preferredName", value: "Robbie" },
        { field: "avoidNames", value: "Bob" },
      ],
    },
    {
      name: "I go by",
      from: MARGARET,
      body: "Dear Jo,\nI go by Meg these days.\nMeg",
      heard: [{ field: "preferredName", value: "Meg" }],
    },
    {
      name: "US: stop addressing me as",
      from: MARGARET,
      body: 'Jo -\nCould your team please stop addressing me as "Mrs Ossei"? It\'s Ms Ossei.\nMargaret',
      heard: [
        { field: "avoidNames", value: "Mrs Ossei" },
        { field: "preferredName", value: "Ms Ossei" },
      ],
    },
    {
      name: "the accent matters",
      from: RENEE,
      body: "Bonjour Jo,\nMy name is spelt Renée, with the accent; Renee reads as a different person here.\nRenée",
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name as the header gives it, not a form of address.
      heard: [
        { field: "fullName", value: "Renée Dubois" },
        { field: "avoidNames", value: "Renee" },
      ],
    },
    {
      name: "a misspelling, not correct",
      from: RENEE,
      body: 'Jo,\n"Rene" is not correct, I\'m afraid; it has appeared twice now.\nRenée',
      heard: [{ field: "avoidNames", value: "Rene" }],
    },
    {
      name: "only the bank calls me",
      from: MARGARET,
      body: "Jo,\nMaggie is fine. Only my bank calls me Margaret.\nMaggie",
      heard: [
        { field: "preferredName", value: "Maggie" },
        { field: "avoidNames", value: "Margaret" },
      ],
    },
    {
      name: "I hate the short form",
      from: MARGARET,
      body: "Jo,\nA small thing: I really hate 'Peggy'. Margaret, please.\nMargaret",
      heard: [
        { field: "avoidNames", value: "Peggy" },
        { field: "preferredName", value: "Margaret" },
      ],
    },
  ],
});
