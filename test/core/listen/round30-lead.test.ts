/**
 * Round 30 (lead, from analysis-lh28): a refusal to read one kind of message is no refusal of the
 * way; a quoted form of address waved off is an avoided form; an expletive is no brand; the
 * Spanish abbreviated titles keep a form whole.
 */
import { COKE, letter, onOrg, runListenTests } from "./listen-tester";

runListenTests("round 30: lead", {
  silent: [
    {
      name: "one thing sent to me by a way is a one-off ('send the draft to me by email today')",
      body: letter("Send the draft to me by email today."),
      fields: ["preferredChannels"],
    },
    {
      name: "everything sent to someone else by a way is their arrangement",
      body: letter("Send everything to Mark by email."),
      fields: ["preferredChannels"],
    },
    {
      name: "a quoted line led by the given name is not theirs unless answers were announced",
      body: "Hi Jo, see the note from the board attached.\n\n-----Original Message-----\nFrom: Jo Price\nSent: Monday, 1 February 2027 09:12\nTo: Megge Anderson\nSubject: A few questions\n\nHi Megge, a few questions before we start:\n\n1. Which platform suits you for the kick-off?\nMegge: Teams please, it is all we use.\n\nThanks, Jo",
      fields: ["meetingPlatform"],
    },
    {
      name: "'I don't read long emails' refuses a length, not email",
      body: letter("I don't read long emails, so keep the advice to a page."),
      fields: ["avoidChannels"],
    },
    {
      name: "'never answer lengthy messages' refuses a length, not the way",
      body: letter("I never answer lengthy messages from the office, sorry."),
      fields: ["avoidChannels"],
    },
    {
      name: "a form spoken of, not quoted, is no form waved off ('no more Mr Nice Guy')",
      body: letter("We tried patience with the landlord; no more Mr Nice Guy from now on."),
      fields: ["avoidNames"],
    },
    {
      name: "'Drop the \"Mr …\"' relaxes the formality (the dev writer's reading)",
      from: "Tunde Oyelaran <tunde@ashgrove.example>",
      body: 'Hi Jo,\n\nPlease drop the "Mr Oyelaran". Tunde is fine.\n\nBest,\nTunde',
      fields: ["avoidNames"],
    },
  ],
  heard: [
    {
      name: "'Send everything to me by email' wishes for the way (the receiver between)",
      body: letter("Send everything to me by email and I will print what I need."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "answers announced inline and marked with the writer's given name are theirs",
      body: "Hi Jo, answers inline below.\n\n-----Original Message-----\nFrom: Jo Price\nSent: Monday, 1 February 2027 09:12\nTo: Megge Anderson\nSubject: A few questions\n\nHi Megge, a few questions before we start:\n\n1. Which platform suits you for the kick-off?\nMegge: Teams please, it is all we use.\n\nThanks, Jo",
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "'I don't read emails' still refuses email",
      body: letter("I don't read emails during the week, so ring me instead."),
      heard: [{ field: "avoidChannels", value: "email" }],
    },
    {
      name: "a quoted form waved off ('no need for \"Mrs Anderson\"') is avoided",
      body: letter('No need for "Mrs Anderson" every time, honestly.'),
      // Signed "Megge" beside the formal form waved off: her given name is the one she wants.
      heard: [
        { field: "avoidNames", value: "Mrs Anderson" },
        { field: "preferredName", value: "Megge" },
      ],
    },
    {
      name: "'no \"Ms Anderson\" needed' is avoided too",
      body: letter('No "Ms Anderson" needed between us.'),
      heard: [{ field: "avoidNames", value: "Ms Anderson" }],
    },
    {
      name: "a quoted form with the writer's own given name is kept whole ('\"Don Megge\"')",
      body: letter('Enough of the "Don Megge", please, we are not that formal here.'),
      heard: [{ field: "avoidNames", value: "Don Megge" }],
    },
    {
      name: "a Spanish abbreviated title keeps the form whole ('stop with the \"Sra Morales\"')",
      from: "Lucía Morales <lucia@pampa.example>",
      body: 'Hola Jo,\n\nPlease stop with the "Sra Morales", Lucía is fine.\n\nSaludos,\nLucía',
      heard: [{ field: "avoidNames", value: "Sra Morales", profile: "lucia@pampa.example" }],
    },
    {
      name: "'There is a new competitor now, X' names X, not 'There'",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter(
        "There is a new competitor now, Fizzwell Drinks from Leeds, they opened in York in May. Please keep them out of anything you send us.",
      ),
      heard: [{ field: "competitors", value: "Fizzwell Drinks", profile: COKE }],
    },
  ],
});
