/**
 * Round 6's mechanisms, one row each, in sentences written for this table (not taken from the
 * corpus): a subject closed to talk (subject × copula × predicate), rivalry declared by the
 * organisation, updates held until something happens or timed by the matter's stages, more
 * ways of naming a cadence, the writer's own reachability, the telephone by its idiom, pet forms
 * of a name that begin otherwise, invoice detail by line item and by who did the work; and the
 * traps beside each.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;

runListenTests("round 6: general forms", {
  silent: [
    {
      name: "off the table is a negotiating position, not a subject closed to talk",
      body: mail("The break clause is off the table."),
      fields: ["avoidTopics"],
    },
    {
      name: "a sensitive point in a negotiation",
      body: mail("The valuation is a sensitive point for us in these talks."),
      fields: ["avoidTopics"],
    },
    {
      name: "rivalry of someone else's",
      body: mail("Halden is their biggest competitor in the region."),
      fields: ["competitors"],
    },
    {
      name: "rivalry in the past",
      body: mail("Dunmore used to be our main rival."),
      fields: ["competitors"],
    },
    {
      name: "a rival asked about",
      body: mail("Is Tarrant one of our competitors, do you think?"),
      fields: ["competitors"],
    },
    {
      name: "a channel for a colleague named, not for the writer",
      body: mail("Please don't call Priya about this; email her instead."),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "a one-off ring",
      body: mail("Give me a ring tomorrow about the lease."),
      fields: ["preferredChannels"],
    },
    {
      name: "an update held until a date is a deadline, not an event",
      body: mail("No need to update me until the hearing."),
      fields: ["statusUpdates"],
    },
    {
      name: "a plan, not a name",
      from: "William Hart <william.hart@hart-freight.example>",
      body: "Hi Jo,\n\nLet's stick to Harrow for the meeting.\n\nThanks,\nWilliam",
      fields: ["preferredName"],
    },
    {
      name: "one numbered invoice broken down",
      body: mail("Could you send me a breakdown of the hours behind invoice 2026-0418?"),
      fields: ["billingDetail"],
    },
    {
      name: "a denial, not a refused entry",
      body: mail("It's not that we won't pay for the work; the estimate was just too low."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "one reference taken out of one draft",
      body: mail("Please take the reference to Acme out of the draft."),
      fields: ["competitors"],
    },
    {
      name: "a channel checked once",
      body: mail("Email is fine, I checked it yesterday."),
      fields: ["preferredChannels"],
    },
    {
      name: "a clause struck out of a contract, not an entry refused",
      body: mail("We struck out the clause about 'force majeure' in the contract."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "someone else has stopped paying",
      body: mail("The buyer has stopped paying for 'the survey'."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a form the writer's friends use is not refused",
      from: "Katherine Doyle <katherine.doyle@harbour-foods.example>",
      body: "Hi Jo,\n\nKath is what my friends call me.\n\nThanks,\nKath",
      fields: ["avoidNames"],
    },
    {
      name: "someone else's name disliked",
      from: "Katherine Doyle <katherine.doyle@harbour-foods.example>",
      body: "Hi Jo,\n\nBoris drives me up the wall.\n\nThanks,\nKatherine",
    },
    {
      name: "one invoice broken down",
      body: mail("Could you break the March invoice down by fee earner?"),
      fields: ["billingDetail"],
    },
  ],
  heard: [
    {
      name: "a cadence stated, then nothing in between unless something changes",
      body: mail(
        "Quarterly reports, please; there's no need to write in between unless something changes.",
      ),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: MEGGE }],
    },
    {
      name: "a rival declared after a lead-in, a company suffix kept in its sentence",
      body: mail("Heads up: Morrow Bros. are our direct competition in the north."),
      heard: [{ field: "competitors", value: "Morrow Bros", profile: COKE }],
    },
    {
      name: "every mention of a brand scrubbed from a document",
      body: mail("Please strip out any reference to Vimto from the board pack."),
      heard: [{ field: "competitors", value: "Vimto", profile: COKE }],
    },
    {
      name: "nobody uses the form",
      from: "Theodore Park <theodore.park@park-ventures.example>",
      body: "Hi Jo,\n\nTed, please - nobody uses Theodore except the tax office.\n\nThanks,\nTed",
      heard: [
        { field: "preferredName", value: "Ted", profile: "theodore.park@park-ventures.example" },
        { field: "avoidNames", value: "Theodore", profile: "theodore.park@park-ventures.example" },
      ],
    },
    {
      name: "a channel that is tough for the writer",
      body: mail("Phone calls are tough for me during the day."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "not terribly good with a channel",
      body: mail("I'm not terribly good with video calls."),
      heard: [{ field: "avoidChannels", value: "video", profile: MEGGE }],
    },
    {
      name: "a request for whenever the firm needs the writer",
      body: mail("Drop me a text if you need me."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
    {
      name: "ways named, then the habit of answering them",
      body: mail("WhatsApp or email, I answer both quickly."),
      heard: [
        { field: "preferredChannels", value: "whatsapp", profile: MEGGE },
        { field: "preferredChannels", value: "email", profile: MEGGE },
      ],
    },
    {
      name: "preferring to see people face to face",
      body: mail("I much prefer to meet people face to face."),
      heard: [{ field: "preferredChannels", value: "in-person", profile: MEGGE }],
    },
    {
      name: "updates only when there is something to say",
      body: mail("Only reach out with updates when there's a decision to make."),
      heard: [
        { field: "statusUpdates", value: "only when there's a decision to make", profile: MEGGE },
      ],
    },
    {
      name: "not something we comment on",
      body: mail("The sale rumours are not something we comment on."),
      heard: [{ field: "avoidTopics", value: "sale rumours", profile: COKE }],
    },
    {
      name: "no small talk about a subject",
      body: mail("And please, no small talk about the referendum."),
      heard: [{ field: "avoidTopics", value: "referendum", profile: COKE }],
    },
    {
      name: "hospitality skipped from now on",
      body: mail("Please skip the golf and dinners for me going forward."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "an entry written off by the organisation",
      body: mail("We will write off any entry described as 'general correspondence'."),
      heard: [{ field: "bannedBillingPhrases", value: "general correspondence", profile: COKE }],
    },
    {
      name: "an entry struck by accounts payable",
      body: mail("Our AP team strikes out 'research' entries automatically."),
      heard: [{ field: "bannedBillingPhrases", value: "research", profile: COKE }],
    },
    {
      name: "a payment stopped",
      body: mail("We've stopped paying for 'travel time'."),
      heard: [{ field: "bannedBillingPhrases", value: "travel time", profile: COKE }],
    },
    {
      name: "an entry disallowed, in the passive",
      body: mail("Any entry for 'conflict checks' will be disallowed."),
      heard: [{ field: "bannedBillingPhrases", value: "conflict checks", profile: COKE }],
    },
    {
      name: "the items of a refusal, one sentence each",
      body: mail(
        "Two descriptions get rejected on our invoices every time. 'File review' is one. 'Attendance on file' is the other.",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "File review", profile: COKE },
        { field: "bannedBillingPhrases", value: "Attendance on file", profile: COKE },
      ],
    },
    {
      name: "a family's name for the writer, and the form for work",
      from: "Katherine Doyle <katherine.doyle@harbour-foods.example>",
      body: "Hi Jo,\n\nKathy is what my mother calls me; Katherine for work, please.\n\nThanks,\nKatherine",
      heard: [
        { field: "avoidNames", value: "Kathy", profile: "katherine.doyle@harbour-foods.example" },
        {
          field: "preferredName",
          value: "Katherine",
          profile: "katherine.doyle@harbour-foods.example",
        },
      ],
    },
    {
      name: "a form that makes the writer cringe",
      from: "Katherine Doyle <katherine.doyle@harbour-foods.example>",
      body: "Hi Jo,\n\nHonestly, Kathy makes me cringe.\n\nThanks,\nKatherine",
      heard: [
        { field: "avoidNames", value: "Kathy", profile: "katherine.doyle@harbour-foods.example" },
      ],
    },
    {
      name: "a subject off limits",
      body: mail("My divorce is off limits, I'm afraid."),
      heard: [{ field: "avoidTopics", value: "divorce", profile: MEGGE }],
    },
    {
      name: "not something I discuss, a person's subject",
      body: mail("My children are not something I talk about with advisers."),
      heard: [{ field: "avoidTopics", value: "children", profile: MEGGE }],
    },
    {
      name: "a sore point for the organisation",
      body: mail("The restructuring is a sore point round here."),
      heard: [{ field: "avoidTopics", value: "restructuring", profile: COKE }],
    },
    {
      name: "the subject of, stripped",
      body: mail("Please steer clear of the subject of my late husband."),
      heard: [{ field: "avoidTopics", value: "late husband", profile: MEGGE }],
    },
    {
      name: "a rival declared",
      body: mail("For the record, Pepsi is our biggest competitor."),
      heard: [{ field: "competitors", value: "Pepsi", profile: COKE }],
    },
    {
      name: "our rivals listed",
      body: mail("Our main rivals are Britvic and Nichols."),
      heard: [
        { field: "competitors", value: "Britvic", profile: COKE },
        { field: "competitors", value: "Nichols", profile: COKE },
      ],
    },
    {
      name: "competing as a verb",
      body: mail("We go head to head with Suntory in most tenders."),
      heard: [{ field: "competitors", value: "Suntory", profile: COKE }],
    },
    {
      name: "an update held until something happens",
      body: mail("Don't bother updating me unless there's real news."),
      heard: [{ field: "statusUpdates", value: "only when there's real news", profile: MEGGE }],
    },
    {
      name: "updates at the matter's stages",
      body: mail("I only need to hear from you at the main milestones."),
      heard: [{ field: "statusUpdates", value: "only at the main milestones", profile: MEGGE }],
    },
    {
      name: "every couple of weeks",
      body: mail("Please keep me posted every couple of weeks."),
      heard: [
        { field: "statusUpdates", value: "fortnightly, every couple of weeks", profile: MEGGE },
      ],
    },
    {
      name: "the end of each month",
      body: mail("A short note at the end of each month would be ideal."),
      heard: [{ field: "statusUpdates", value: "monthly, end of each month", profile: MEGGE }],
    },
    {
      name: "the writer's own reachability",
      body: mail("I'm far more responsive on WhatsApp."),
      heard: [{ field: "preferredChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "the telephone by its idiom",
      body: mail("Give me a bell whenever something needs deciding."),
      heard: [{ field: "preferredChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "a pet form that begins otherwise, and the form to keep to",
      from: "Margaret Olsen <margaret.olsen@olsen-farms.example>",
      body: "Hi Jo,\n\nOnly my aunt calls me Peggy, so please stick to Margaret.\n\nThanks,\nMargaret",
      heard: [
        { field: "avoidNames", value: "Peggy", profile: "margaret.olsen@olsen-farms.example" },
        {
          field: "preferredName",
          value: "Margaret",
          profile: "margaret.olsen@olsen-farms.example",
        },
      ],
    },
    {
      name: "detail by line item, used",
      body: mail("Our auditors need every line item on the invoices."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "detail by who did the work",
      body: mail("Please break the bills down by fee earner from now on."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "six-minute units refused",
      body: mail("We don't need every six-minute unit on the bill."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
  ],
});
