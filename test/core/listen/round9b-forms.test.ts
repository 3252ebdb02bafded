import { COKE, MEGGE, runListenTests } from "./listen-tester";

// Round 10 (listen-10b), written for this table (not from the corpus): names hedged and permitted,
// billing refusals in plain words and rules as descriptions, welcomes to an outing and verbless
// refusals, cadences in second-language English; each beside its look-alikes.
const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;
const JOANNA = "Joanna Fisk <joanna.fisk@fisk-print.example>";
const JERZY = "Jerzy Nowak <jerzy.nowak@nowak-steel.example>";
const SAM = "Samantha Reid <sam.reid@reid-ltd.example>";

runListenTests("round 10b: names, billing, hospitality, cadences", {
  silent: [
    // names
    {
      name: "a hedged refusal of a tool, not a name",
      from: JOANNA,
      body: mail("I'd rather you didn't use Zoom."),
      fields: ["preferredName", "avoidNames"],
    },
    {
      name: "saying a word to someone is no name",
      from: JERZY,
      body: mail("You can say Monday to me if that suits."),
      fields: ["preferredName", "avoidNames"],
    },
    // billing
    {
      name: "a billing mistake, not an entry refused",
      body: mail("Please stop billing us twice for the same call."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "stop billing us for it points at nothing",
      body: mail("Please stop billing us for it."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "each hour listed, reported wrong",
      body: mail("Each hour listed on the invoice was wrong."),
      fields: ["billingDetail"],
    },
    // hospitality
    {
      name: "one dinner declined",
      body: mail("Can't make Thursday's dinner, sorry."),
      fields: ["entertainment"],
    },
    {
      name: "one drink after one meeting",
      body: mail("Happy to grab a drink after Thursday's meeting."),
      fields: ["entertainment"],
    },
    {
      name: "the client hosting us",
      body: mail("We're always happy to host your team for dinner."),
      fields: ["entertainment"],
    },
    {
      name: "always up for a challenge is no outing",
      body: mail("I'm always up for a challenge."),
      fields: ["entertainment"],
    },
    {
      name: "a past round of golf",
      body: mail("We had a lovely round of golf with your partners last week."),
      fields: ["entertainment"],
    },
    {
      name: "no golf this weekend",
      body: mail("No golf this weekend, the course is flooded."),
      fields: ["entertainment"],
    },
    // cadences
    {
      name: "an invoice every month is no update",
      body: mail("Please send the invoice to me every month."),
      fields: ["statusUpdates"],
    },
    {
      name: "a newspaper's name",
      body: mail("The Daily News counted the losses for the month only."),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    // names
    {
      name: "a hedged refusal of a short form",
      from: JOANNA,
      body: mail("I'd rather you didn't use Jo."),
      heard: [{ field: "avoidNames", value: "Jo", profile: "joanna.fisk@fisk-print.example" }],
    },
    {
      name: "a form to say to me",
      from: JERZY,
      body: mail("You can say Jurek to me."),
      heard: [
        { field: "preferredName", value: "Jurek", profile: "jerzy.nowak@nowak-steel.example" },
      ],
    },
    {
      name: "I would like you to call me",
      from: SAM,
      body: mail("I would like you to call me Sam."),
      heard: [{ field: "preferredName", value: "Sam", profile: "sam.reid@reid-ltd.example" }],
    },
    // billing
    {
      name: "an entry refused in plain words",
      body: mail("Please stop billing us for travel time."),
      heard: [{ field: "bannedBillingPhrases", value: "travel time", profile: COKE }],
    },
    {
      name: "two entries refused in plain words",
      body: mail("Don't charge us for photocopying or couriers."),
      heard: [
        { field: "bannedBillingPhrases", value: "photocopying", profile: COKE },
        { field: "bannedBillingPhrases", value: "couriers", profile: COKE },
      ],
    },
    {
      name: "a rule as a description",
      body: mail("Our company requires each hour listed on the invoice."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "itemised time not wanted",
      body: mail("Our CFO doesn't want itemised time."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    // hospitality
    {
      name: "always up for a curry",
      body: mail("Always up for a curry with your lot."),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "a drink any time",
      body: mail("Happy to grab a drink any time."),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "always keen on a round of golf",
      body: mail("always keen on a round of golf"),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "a verbless refusal",
      body: mail("no golf days / box seats etc. pls"),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    // cadences
    {
      name: "status every month",
      body: mail("please send status to me every month"),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "the situation each two weeks",
      body: mail("Please inform me about the situation each two weeks."),
      heard: [{ field: "statusUpdates", value: "fortnightly, each two weeks", profile: MEGGE }],
    },
    {
      name: "news of the case",
      body: mail("I ask you to give me news of the case every week."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "one time per month",
      body: mail("Please keep me informed on the progress one time per month."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
  ],
});
