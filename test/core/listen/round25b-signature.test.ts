import { runListenTests } from "./listen-tester";

// Round 25 (listen-25b): with no closing line, the sender's whole name on a line of its own, or
// opening a line of titles, starts the signature; a contact line or an outside-counsel footer
// under it is no request of the writer's (opened lh18 and lh22, by different writers).
// Sentences written for this table.
const SIGNED = "Megge Anderson";

runListenTests("round 25b: the sender's name line starts the signature", {
  silent: [
    {
      name: "a contact line under the name alone is the signature's",
      body: `Jo,\n\nThe draft reads well, go ahead and file it on Monday.\n\n${SIGNED}\nCoca-Cola | Procurement\nReach me on WhatsApp +44 7700 900111 | No calls before 9am please`,
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "a footer under the name and titles is not the writer's new rule",
      body: `Hi Jo,\n\nThe March invoice is approved and will be paid this week.\n\n${SIGNED} | Head of Procurement | Coca-Cola\nAll panel firms are bound by our billing terms. Time entries described as "admin time" are not paid.`,
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a name, a comma and a title start the signature too",
      body: `Jo,\n\nSigned copy attached.\n\n${SIGNED}, General Counsel\nVideo calls: Teams only, please.`,
      fields: ["meetingPlatform", "avoidChannels", "preferredChannels"],
    },
    {
      name: "the name in upper case and spaced out is the same line",
      body: `Jo,\n\nThanks for the summary, that is all clear.\n\n  MEGGE   ANDERSON\nText me on WhatsApp, never a call before 10am`,
      fields: ["preferredChannels", "avoidChannels"],
    },
  ],
  heard: [
    {
      name: "a request above the name line is still read",
      body: `Jo,\n\nFrom now on please send me the updates monthly.\n\n${SIGNED}\nHead of Procurement`,
      heard: [{ field: "statusUpdates", value: "monthly" }],
    },
    {
      name: "a sentence after the name alone is still the writer's (a postscript)",
      body: `Jo,\n\nAll fine with the draft.\n\n${SIGNED}\nOne more thing: I would much rather you didn't phone me, email only from now on please.`,
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "the first name alone on a line is no signature start",
      body: `Jo,\n\nAll fine with the draft.\n\nMegge\nCoca-Cola | Procurement\nI would much rather you didn't phone me, email only from now on please.`,
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "someone else's whole name on a line does not cut the message",
      body: `Jo,\n\nPlease copy my colleague on everything:\nTom Baker\nAnd I would much rather you didn't phone me, email only from now on please.\n\nMegge`,
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "the name, a comma and a sentence is no signature line",
      body: `Jo,\n\nAll fine with the draft.\n${SIGNED}, for the record: I would much rather you didn't phone me, email only from now on please.\n\nMegge`,
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "a short name signed above the name line is still the sign-off",
      body: `Jo,\n\nThe filing went in this morning. No need for formality with me by the way, it's Meg.\n\nMeg\n\n${SIGNED}\nHead of Procurement, Coca-Cola`,
      heard: [{ field: "preferredName", value: "Meg" }],
    },
  ],
});
