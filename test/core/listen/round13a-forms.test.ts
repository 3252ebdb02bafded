/**
 * Round 13 (listen-13a): names kept out of what the firm sends (rivals with no word of rivalry),
 * the list of names to avoid edited, topics refused as talk, bans on the organisation's own
 * people, invitations welcome again. Written from the kinds of the brief (invented names), each
 * beside look-alikes in other senses.
 */
import type { ListenField } from "../../../src/core/listen";
import { hear, runListenTests, type MessageCase } from "./listen-tester";

const ANN = "Ann Kerr <ann.kerr@halvorsen.example>";
const ANN_ADDRESS = "ann.kerr@halvorsen.example";
const ORG = "@halvorsen.example";
const mail = (text: string) => `Hi Sam,\n\n${text}\n\nThanks,\nAnn`;
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const HALE = "peter.hale@hale-foods.example";
const HALE_TO = `Peter Hale <${HALE}>`;
const ON_FILE = [
  {
    matchKey: ORG,
    competitors: ["Arcon", "Hartfield"],
    avoidTopics: ["politics", "the election"],
    entertainment: "avoid",
  },
];

runListenTests("round 13a: names kept out, lists edited, talk refused, bans on own people", {
  silent: [
    // names kept out: traps
    {
      name: "a rival's counsel as the addressee of one document",
      from: ANN,
      body: mail("Please send it to Dalmont's counsel."),
    },
    { name: "a supplier named in passing", from: ANN, body: mail("We buy from Tessanor.") },
    { name: "'never mind' is no ban", from: ANN, body: mail("Never mind Brakwell.") },
    {
      name: "a question whether to mention a name",
      from: ANN,
      body: mail("Should we mention Arcon?"),
    },
    {
      name: "a name kept out of one e-mail",
      from: ANN,
      body: mail("Please don't mention Dalmont in the email, I'll tell them myself."),
      fields: ["competitors"],
    },
    {
      name: "a name not to mention, with nothing saying where",
      from: ANN,
      body: mail("Don't mention Qmail."),
      fields: ["competitors"],
    },
    {
      name: "a name kept out of one deck",
      from: ANN,
      body: mail("Please don't bring up Brakwell in the slides."),
      fields: ["competitors"],
    },
    {
      name: "the writer's own habit with their family",
      from: ANN,
      body: mail("I never mention Arcon to my kids."),
      fields: ["competitors"],
    },
    {
      name: "a person kept out, said so by a pronoun",
      from: ANN,
      body: mail(
        "Don't bring up Henderson in front of the board, he's still upset about the audit.",
      ),
      fields: ["competitors"],
    },
    {
      name: "a person left out of it is no rival",
      from: ANN,
      body: mail("Please leave Gerald out of it."),
      fields: ["competitors"],
    },
    {
      name: "the lawyer greeted is no rival",
      from: ANN,
      body: mail("Keep Sam out of our correspondence."),
      fields: ["competitors"],
    },
    {
      name: "a capitalised subject is a topic, not a brand",
      from: ANN,
      body: mail("Don't bring up Covid in front of the board."),
      fields: ["competitors"],
    },
    {
      name: "what a report says is a fact, not a ban",
      from: ANN,
      body: mail("Nothing in the report mentions Dalmont."),
    },
    {
      name: "a name added to another list",
      from: ANN,
      body: mail("Please add Vellum to the approved suppliers list."),
    },
    {
      name: "'that list' with no list of names before it",
      from: ANN,
      body: mail("We've had a look at the list. Please add Vellum to that list."),
    },
    {
      name: "a rival's invoice raised with someone",
      from: ANN,
      body: mail("Please raise Tessanor's invoice with the client."),
    },
    // topics: traps
    {
      name: "no football talk at one hearing",
      from: ANN,
      body: mail("No football talk at the hearing, obviously."),
    },
    {
      name: "talk football with someone else",
      from: ANN,
      body: mail("Talk football with Sam, he loves it."),
    },
    {
      name: "a subject as the client's business",
      from: ANN,
      body: mail("The football club's sponsorship deal is attached."),
    },
    // bans on own people: traps
    {
      name: "another company's rule for its employees",
      from: ANN,
      body: mail("No Dunmore employee may accept hospitality from advisers."),
    },
    {
      name: "nobody at another company",
      from: ANN,
      body: mail("Nobody at Dunmore may accept hospitality from advisers."),
    },
    {
      name: "nobody at another company, by text",
      from: ANN,
      body: mail("Nobody at Dunmore can accept text messages about case matters."),
    },
    {
      name: "another company's employees by WhatsApp",
      from: ANN,
      body: mail("No Dunmore employee may be contacted by WhatsApp."),
    },
    {
      name: "a name kept from someone else in the matter is a tactic",
      from: ANN,
      body: mail("Please don't mention Dalmont in front of the tenant."),
      fields: ["competitors"],
    },
    {
      name: "a deal's code name is no rival",
      from: ANN,
      body: mail("Please don't mention Project Falcon in anything you send us."),
      fields: ["competitors"],
    },
    {
      name: "advice given as a condition, not a ban",
      from: ANN,
      body: mail("I'd avoid raising Tessanor in front of the board, if I were you."),
      fields: ["competitors"],
    },
    {
      name: "a name mentioned in one report, as a fact",
      from: ANN,
      body: mail("Brakwell isn't mentioned in the report."),
      fields: ["competitors"],
    },
    {
      name: "an offer refused is no hospitality",
      from: ANN,
      body: mail("We can't accept the offer."),
    },
    {
      name: "no employee may accept an offer",
      from: ANN,
      body: mail("No employee may accept the offer."),
    },
    {
      name: "staff who may accept modest hospitality",
      from: ANN,
      body: mail("Our staff may accept modest hospitality."),
    },
    // welcome again: traps
    {
      name: "one dinner, next year",
      from: ANN,
      body: mail("Please invite us to the dinner again next year."),
    },
    {
      name: "one occasion again, later",
      from: ANN,
      body: mail("You can invite us to the Ascot day again in the spring."),
    },
  ],
  heard: [
    // names kept out of what the firm sends
    {
      name: "never refer to two names in anything you send",
      from: ANN,
      body: mail("Please never refer to Brakwell or Tessanor in anything you send us."),
      heard: [
        { field: "competitors", value: "Brakwell", profile: ORG },
        { field: "competitors", value: "Tessanor", profile: ORG },
      ],
    },
    {
      name: "nothing you send mentions them (a multi-word name)",
      from: ANN,
      body: mail("Make sure nothing you send to Corvane mentions Dalmont or Old Ferris."),
      heard: [
        { field: "competitors", value: "Dalmont", profile: ORG },
        { field: "competitors", value: "Old Ferris", profile: ORG },
      ],
    },
    {
      name: "kept out of our correspondence",
      from: ANN,
      body: mail("Keep Hartfield out of our correspondence."),
      heard: [{ field: "competitors", value: "Hartfield", profile: ORG }],
    },
    {
      name: "kept out of it, two names",
      from: ANN,
      body: mail("On the tender: keep Dalmont and Vellum out of it."),
      heard: [
        { field: "competitors", value: "Dalmont", profile: ORG },
        { field: "competitors", value: "Vellum", profile: ORG },
      ],
    },
    {
      name: "not brought up in front of the board",
      from: ANN,
      body: mail("Don't bring up Vellum in front of the board."),
      heard: [{ field: "competitors", value: "Vellum", profile: ORG }],
    },
    {
      name: "a sensitive name here",
      from: ANN,
      body: mail("Arcon is a sensitive name here, leave it out."),
      heard: [{ field: "competitors", value: "Arcon", profile: ORG }],
    },
    {
      name: "an acronym among names",
      from: ANN,
      body: mail("Please don't mention XPL, Brakwell or Old Ferris in anything you send us."),
      heard: [
        { field: "competitors", value: "XPL", profile: ORG },
        { field: "competitors", value: "Brakwell", profile: ORG },
        { field: "competitors", value: "Old Ferris", profile: ORG },
      ],
    },
    {
      name: "never mention a name in your letters to us",
      from: ANN,
      body: mail("We'd ask that you never mention Dalmont in your letters to us."),
      heard: [{ field: "competitors", value: "Dalmont", profile: ORG }],
    },
    {
      name: "a name that must never appear",
      from: ANN,
      body: mail("Brakwell must never appear in anything you send us."),
      heard: [{ field: "competitors", value: "Brakwell", profile: ORG }],
    },
    {
      name: "under no circumstances should a name be mentioned",
      from: ANN,
      body: mail("Under no circumstances should Tessanor be mentioned in our correspondence."),
      heard: [{ field: "competitors", value: "Tessanor", profile: ORG }],
    },
    {
      name: "avoid any mention of a name",
      from: ANN,
      body: mail("Avoid any mention of Tessanor in your correspondence with us."),
      heard: [{ field: "competitors", value: "Tessanor", profile: ORG }],
    },
    {
      name: "refrain from mentioning a name in any communication with us",
      from: ANN,
      body: mail("Please refrain from mentioning Dalmont in any communication with us."),
      heard: [{ field: "competitors", value: "Dalmont", profile: ORG }],
    },
    // the list edited
    {
      name: "a name added to the list of names to avoid, pointed back at",
      from: ANN,
      profiles: ON_FILE,
      body: mail(
        "You can take Arcon off your list of names to avoid. Hartfield still stands though. Please add Vellum to that list.",
      ),
      // Arcon: the removal (op "remove", below); Vellum: the addition; Hartfield, on file, a
      // confirmation (round 24, confirmations.ts).
      heard: [
        { field: "competitors", value: "Arcon", profile: ORG },
        { field: "competitors", value: "Hartfield", profile: ORG },
        { field: "competitors", value: "Vellum", profile: ORG },
      ],
    },
    {
      name: "a name put on the do-not-mention list",
      from: ANN,
      body: mail("Please put XPL on the do-not-mention list too."),
      heard: [{ field: "competitors", value: "XPL", profile: ORG }],
    },
    // topics refused as talk
    {
      name: "no college football talk",
      from: ANN,
      body: mail("Please, no college football talk."),
      heard: [{ field: "avoidTopics", value: "college football", profile: ORG }],
    },
    {
      name: "relayed: he'd rather not talk football",
      from: PA,
      recipients: [HALE_TO],
      body: "Hi Sam,\nI'm Mr Hale's PA. He'd rather not talk football.\nJo",
      heard: [{ field: "avoidTopics", value: "football", profile: HALE }],
    },
    {
      name: "spare me the cricket chat",
      from: ANN,
      body: mail("Spare me the cricket chat."),
      heard: [{ field: "avoidTopics", value: "cricket", profile: ANN_ADDRESS }],
    },
    // bans on the organisation's own people
    {
      name: "no employee of ours, by our name, may accept hospitality",
      from: ANN,
      body: mail(
        "No Halvorsen employee may accept hospitality, meals, event tickets or gifts from advisers.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: ORG }],
    },
    {
      name: "nobody at our organisation can accept text messages",
      from: ANN,
      body: mail("Nobody at Halvorsen can accept text messages about case matters."),
      heard: [{ field: "avoidChannels", value: "sms", profile: ORG }],
    },
    {
      name: "none of our staff can accept WhatsApp messages",
      from: ANN,
      body: mail("None of our staff can accept WhatsApp messages."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORG }],
    },
    {
      name: "no member of our staff, by our name",
      from: ANN,
      body: mail("No member of Halvorsen staff may accept hospitality from advisers."),
      heard: [{ field: "entertainment", value: "avoid", profile: ORG }],
    },
    {
      name: "no employee of ours may be contacted by WhatsApp",
      from: ANN,
      body: mail("No Halvorsen employee may be contacted by WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORG }],
    },
    {
      name: "relayed: he will no longer accept invitations",
      from: PA,
      recipients: [HALE_TO],
      body: "Hi Sam,\nI'm Mr Hale's PA. He will no longer accept invitations to lunches, dinners or sporting events.\nJo",
      heard: [{ field: "entertainment", value: "avoid", profile: HALE }],
    },
    // welcome again
    {
      name: "you can invite us to things again",
      from: ANN,
      body: mail("Yes, you can invite us to things again."),
      heard: [{ field: "entertainment", value: "welcome", profile: ORG }],
    },
  ],
});

// Removals: what is on file, taken off.
interface RemovalCase extends MessageCase {
  removed: { field: ListenField; value: string; profile: string }[];
}

const removals: RemovalCase[] = [
  {
    name: "a rival taken off the list of names to avoid (not hospitality)",
    body: mail("You can take Arcon off your list of names to avoid."),
    removed: [{ field: "competitors", value: "Arcon", profile: ORG }],
  },
  {
    name: "no need to tiptoe around a topic any more",
    body: mail("You needn't tiptoe around politics anymore."),
    removed: [{ field: "avoidTopics", value: "politics", profile: ORG }],
  },
  {
    name: "a topic fine to discuss now",
    body: mail("Politics is fine to discuss now."),
    removed: [{ field: "avoidTopics", value: "politics", profile: ORG }],
  },
  {
    name: "no need to avoid the election any more",
    body: mail("No need to avoid the election any more."),
    removed: [{ field: "avoidTopics", value: "the election", profile: ORG }],
  },
  {
    name: "a name on file taken off the list named bare",
    body: mail("Arcon can come off the list now."),
    removed: [{ field: "competitors", value: "Arcon", profile: ORG }],
  },
  {
    name: "a name on file no longer needed on that list",
    body: mail("We no longer need Arcon on that list."),
    removed: [{ field: "competitors", value: "Arcon", profile: ORG }],
  },
  {
    name: "a name struck from the list of names to avoid",
    body: mail("You can strike Arcon from your list of names to avoid."),
    removed: [{ field: "competitors", value: "Arcon", profile: ORG }],
  },
  {
    name: "a name on file taken off another list: nothing",
    body: mail("Arcon can come off the distribution list now."),
    removed: [],
  },
  {
    name: "a name on file that still stands: nothing",
    body: mail("Hartfield still stands though."),
    removed: [],
  },
  {
    name: "tiptoeing asked for, not lifted",
    body: mail("Please tiptoe around politics with the board."),
    removed: [],
  },
];

describe("round 13a: removals from the lists", () => {
  for (const c of removals) {
    it(c.name, () => {
      const heard = hear({ from: ANN, profiles: ON_FILE, ...c });
      const removed = heard
        .filter((s) => s.op === "remove")
        .map(({ field, value, profile }) => ({ field, value, profile }));
      expect(removed).toEqual(c.removed);
      // A list of names taken off is no refusal of hospitality.
      expect(heard.filter((s) => s.field === "entertainment")).toEqual([]);
    });
  }
});
