/**
 * Round 33 (lead, from analysis-lh31 M5 and analysis-lh30 E): an officer who keeps the
 * organisation's books or papers ("our bookkeeper", "our controller", "the bursar") speaks for it
 * when they ask for a rule; the same officer's own taste, or another organisation's, is not ours.
 * An entry the client tells us to take off the list ("you can drop that one from your list") is
 * withdrawn, never refused again by the same words (analysis-lh31 W2). Answers written, as
 * announced, under the ">" questions of a message quoted below an Outlook header block are the
 * writer's; an answer that first turns an option down passes the question on to the next sentence
 * (analysis-lh31 M8).
 */
import { letter, MEGGE, onOrg, runListenTests } from "./listen-tester";

const ORG = "@coca-cola.example";
/** Jo's questions quoted with ">" below an Outlook header, each line under one answered. */
const answeredBelow = (opening: string, reports: string, invoices = "Summary please.") =>
  `Hello Jo, ${opening}\n\nMegge\n\n-----Original Message-----\nFrom: Jo Price <jo.price@firm.example>\nSent: 15 February 2027 16:20\nSubject: Three questions\n\n> 1. Who will sign the lease?\nOur finance director, Mr Banda.\n\n> 2. How often would you like progress reports?\n${reports}\n\n> 3. Invoices: detailed or summary?\n${invoices}`;
const REFUSING = [
  onOrg({ clientName: "Coca-Cola", bannedBillingPhrases: ["Travel time", "Filing"] }),
];

runListenTests("round 33: lead", {
  silent: [
    {
      name: "lines under quoted questions when no answers were announced",
      body: answeredBelow("thanks for these, I will come back to you.", "Monthly is enough."),
    },
    {
      name: "an announced answer that only turns a cadence down",
      body: answeredBelow("answers below in your text.", "Weekly would be too often for us.", ""),
      fields: ["statusUpdates"],
    },
    {
      name: "the bookkeeper's own taste in how she is reached",
      body: letter("My bookkeeper prefers a phone call to an email, she tells me."),
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "another company's controller asking for detail",
      body: letter(
        "The supplier's controller would like detailed invoices from them, which is their business.",
      ),
      fields: ["billingDetail"],
    },
    {
      name: "a bursar reported as asking once, for one invoice",
      body: letter(
        "Our bursar asked whether the March invoice could be split by matter this once.",
      ),
      fields: ["billingDetail"],
    },
  ],
  heard: [
    {
      name: "a relayed refusal from our bookkeeper",
      body: letter(
        'Our bookkeeper has asked me to pass on that we will no longer pay for "Courier charges" as a separate line.',
      ),
      heard: [{ field: "bannedBillingPhrases", value: "Courier charges", profile: ORG }],
    },
    {
      name: "our new financial controller's wish for summary bills",
      body: letter(
        "Our new financial controller would like invoices at summary level from now on.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: ORG }],
    },
    {
      name: "the book-keeper, hyphenated, relayed",
      body: letter(
        "Our book-keeper has asked me to let you know that we want itemised invoices going forward.",
      ),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "an entry taken off the list by pointer is withdrawn, not refused",
      profiles: REFUSING,
      body: letter(
        'Our new guidelines are out. We no longer object to "Travel time" entries on site visits. You can drop that one from your list.',
      ),
      heard: [{ field: "bannedBillingPhrases", value: "Travel time", profile: ORG }],
    },
    {
      name: "a new refusal beside an entry struck off the list",
      profiles: REFUSING,
      body: letter(
        'Please strike "Filing" off your list, we accept it now. We will not pay for "Courier charges" though.',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Filing", profile: ORG },
        { field: "bannedBillingPhrases", value: "Courier charges", profile: ORG },
      ],
    },
    {
      name: "answers announced under an Outlook header's quoted questions",
      body: answeredBelow("my answers are below in your text.", "Monthly is enough."),
      // ("my answers": the writer is in view, so the cadence is hers; docs/listen.md, whose.)
      heard: [
        { field: "statusUpdates", value: "monthly", profile: MEGGE },
        { field: "billingDetail", value: "summary", profile: ORG },
      ],
    },
    {
      name: "an answer that turns a cadence down, then gives one",
      body: answeredBelow(
        "answers inline below.",
        "Weekly is too often for a small team like ours. Quarterly, before the board meets, is enough.",
        "",
      ),
      heard: [{ field: "statusUpdates", value: "quarterly, before the board meets", profile: ORG }],
    },
  ],
});
