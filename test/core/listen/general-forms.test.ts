/**
 * General forms of stating a standing preference, written for the mechanisms themselves (not
 * taken from any corpus message): requests to reach the writer one way, "X rather than Y",
 * guideline wording ("Counsel shall…"), rules stated in the present, accounts-payable verbs,
 * corrections of one's own name, and the traps beside each.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const wrap = (text: string) => `Hi Jo,\n\n${text}\n\nMegge`;

runListenTests("general forms", {
  silent: [
    {
      name: "a report that nobody raised a subject",
      body: wrap("Nobody raised the pay dispute at lunch."),
    },
    {
      name: "a contrast in a report of the past",
      body: wrap("I sent the papers by email rather than post."),
    },
    {
      name: "a declined invitation with a later date",
      body: wrap("Thanks for the golf invitation, I can't make it. Try me again next year."),
      fields: ["entertainment"],
    },
    {
      name: "an adjective that looks like a name",
      body: wrap("I'm not a Victorian novelist, alas!"),
      fields: ["avoidNames"],
    },
    {
      name: "a channel word inside a quoted billing entry",
      body: wrap("Please no more 'Reviewing email' lines on our invoices."),
      fields: ["avoidChannels"],
    },
    {
      name: "someone else's requirement, by their role",
      body: wrap("The tax inspector insists on holding the interview on Teams."),
      fields: ["meetingPlatform"],
    },
    {
      name: "a request limited by a follow-up later in the paragraph",
      body: wrap(
        "Could you send me the hours by fee earner and task for the audit file? Our auditors asked for it. Just this once, please.",
      ),
      fields: ["billingDetail"],
    },
    {
      name: "a preference taken back at once",
      body: wrap("I'd rather you didn't text me. Actually, forget that."),
      fields: ["avoidChannels"],
    },
    {
      name: "two forms of one's name for two settings",
      body: wrap("It's 'Ms Anderson' in letters, or Megge once we've met."),
      fields: ["preferredName"],
    },
  ],
  heard: [
    {
      name: "a correction after a lead-in with a colon",
      body: wrap("One small thing, not a big deal: it's Megge, please."),
      heard: [{ field: "preferredName", value: "Megge", profile: MEGGE }],
    },
    {
      name: "entries listed after 'any of the following:', not the words before the colon",
      body: wrap(
        "We will not pay for entries described as any of the following:\nFile maintenance\nGeneral admin\nMatter housekeeping",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "File maintenance", profile: COKE },
        { field: "bannedBillingPhrases", value: "General admin", profile: COKE },
        { field: "bannedBillingPhrases", value: "Matter housekeeping", profile: COKE },
      ],
    },
    {
      name: "a cadence stated as the organisation's rule",
      body: wrap("Our rule is that advisers send a written report once a quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "reach me on a channel, from now on",
      body: wrap("From now on please message me on WhatsApp."),
      heard: [{ field: "preferredChannels", value: "whatsapp" }],
    },
    {
      name: "a request that sets one channel against another",
      body: wrap("Could you send letters by post rather than email them?"),
      heard: [{ field: "preferredChannels", value: "post" }],
    },
    {
      name: "the only channel the writer checks",
      body: wrap("Signal is the only app I check at weekends."),
      heard: [{ field: "preferredChannels", value: "signal" }],
    },
    {
      name: "just a channel verb, going forward",
      body: wrap("Just email me going forward."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "nothing to the house by post",
      body: wrap("Please don't send anything to my home by post."),
      heard: [{ field: "avoidChannels", value: "post" }],
    },
    {
      name: "a refusal aimed at the firm's people, not the writer's",
      body: wrap("My mobile is private: please no texts, not from anyone in your team."),
      heard: [{ field: "avoidChannels", value: "sms" }],
    },
    {
      name: "a guideline that all meetings are on one platform",
      body: wrap("All meetings with our advisers will be on Webex from next quarter."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "a guideline addressed to counsel",
      body: wrap("Counsel shall send a written status report monthly."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "a request for updates phrased as a question about having them",
      body: wrap("Could I have a short update every Friday from now on?"),
      heard: [{ field: "statusUpdates", value: "every Friday" }],
    },
    {
      name: "a weekday part of the day in the plural recurs",
      body: wrap("A weekly update on Thursday afternoons would suit me."),
      heard: [{ field: "statusUpdates", value: "weekly, on Thursday afternoons" }],
    },
    {
      name: "a rule for every meeting, not just this one",
      body: wrap(
        "This goes for every meeting, not just this one: please don't ask about my divorce.",
      ),
      heard: [{ field: "avoidTopics", value: "divorce" }],
    },
    {
      name: "nobody from the firm's team raises a subject",
      body: wrap("I'd ask that nobody from your team raises the restructuring with me."),
      heard: [{ field: "avoidTopics", value: "restructuring" }],
    },
    {
      name: "a subject the writer asks, in the first person, to be kept from them",
      body: wrap("I'd be grateful if nobody mentioned the house move."),
      heard: [{ field: "avoidTopics", value: "house move", profile: MEGGE }],
    },
    {
      name: "the subject of a topic to avoid",
      body: wrap("We ask everyone advising us to avoid the subject of religion."),
      heard: [{ field: "avoidTopics", value: "religion", profile: COKE }],
    },
    {
      name: "a hospitality rule stated in the present",
      body: wrap("As a matter of policy none of us accepts gifts or hospitality from suppliers."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a guideline that counsel shall not offer hospitality",
      body: wrap("Outside counsel shall not offer our staff tickets or dinners."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "entries accounts payable cannot pass",
      body: wrap(
        'Our finance team cannot approve invoices with entries such as "case management".',
      ),
      heard: [{ field: "bannedBillingPhrases", value: "case management", profile: COKE }],
    },
    {
      name: "invoices at summary level",
      body: wrap("Going forward we'd like invoices at summary level."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "time shown for each timekeeper",
      body: wrap("Invoices must show the hours for each timekeeper from now on."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "a brand named with a kind of business",
      body: wrap("Please don't mention Harbour Spirits in anything you send us."),
      heard: [{ field: "competitors", value: "Harbour Spirits", profile: COKE }],
    },
    {
      name: "the name or the logo of a brand",
      body: wrap("Please never put the name or the logo of Northgate Trading on our documents."),
      heard: [{ field: "competitors", value: "Northgate Trading", profile: COKE }],
    },
    {
      name: "a correction that opens with the right form",
      body: wrap("Megge rather than Meg, if you don't mind."),
      heard: [
        { field: "preferredName", value: "Megge", profile: MEGGE },
        { field: "avoidNames", value: "Meg", profile: MEGGE },
      ],
    },
    {
      name: "a form of one's own name with please",
      body: wrap("It's Megge, please."),
      heard: [{ field: "preferredName", value: "Megge", profile: MEGGE }],
    },
    {
      name: "a request not to use one's first name",
      body: wrap("I would ask you not to use my first name in letters."),
      heard: [{ field: "avoidNames", value: "Megge", profile: MEGGE }],
    },
    {
      name: "how to write one's name",
      body: wrap("Please write my name Megge, with two g's."),
      heard: [{ field: "preferredName", value: "Megge", profile: MEGGE }],
    },
  ],
});
