import { COKE, MEGGE, runListenTests } from "./listen-tester";

// Where a status-update cadence belongs (round 11, a product decision): on the organisation when
// the writer speaks for it or for its reporting, on the person when it is about their own
// reading. Written for this table, not from the corpus.
const ORG_PROFILE = [{ matchKey: COKE, billingDetail: "summary" }];
const GMAIL = "Megge Anderson <megge.anderson@gmail.com>";
const mail = (text: string) => `Jo,\n\n${text}\n\nMegge`;
const QUESTION_TO_COMPANY = (answer: string) =>
  `Jo,\n\nAnswers inline.\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> How often would Coca-Cola like status updates?\n\n${answer}\n\nMegge`;
const QUESTION_TO_HER = (answer: string) =>
  `Jo,\n\nAnswers inline.\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> How often would you like status updates?\n\n${answer}\n\nMegge`;

runListenTests("where a cadence belongs", {
  silent: [
    {
      name: "a colleague's taste is no one's cadence here",
      body: mail("My colleague Tom would like a written report every quarter."),
      fields: ["statusUpdates"],
    },
    {
      name: "how often the board meets",
      profiles: ORG_PROFILE,
      body: mail("Our board meets quarterly."),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "we'd like a written status report",
      body: mail("We'd like a written status report every other Friday."),
      heard: [{ field: "statusUpdates", value: "every other Friday", profile: COKE }],
    },
    {
      name: "the organisation as the recipient",
      body: mail("Please send the co-op a short update every quarter, before the board meets."),
      heard: [
        {
          field: "statusUpdates",
          value: "quarterly, before the board meets",
          profile: COKE,
        },
      ],
    },
    {
      name: "reporting on all live matters",
      body: mail("A status note on the first working day of each month, all live matters."),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, first working day of each month",
          profile: COKE,
        },
      ],
    },
    {
      // Round 22 decision: timed to the organisation's own meeting, it is the organisation's.
      name: "a cadence timed to the organisation's board is its reporting",
      body: mail("Monthly updates before our board meets would be ideal."),
      heard: [{ field: "statusUpdates", value: "monthly, before the board meets", profile: COKE }],
    },
    {
      name: "for the board is the organisation's reporting",
      body: mail("Quarterly reporting for the board, please."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "for our board meeting: the organisation's meeting sets the deadline",
      body: mail("A short note every month for our board meeting would be ideal."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "in time for a team's own meeting",
      body: mail("Updates every other Thursday, in time for our legal ops meeting, please."),
      // Round 29: "in time for" anchors the cadence as "before" does, written "before …".
      heard: [
        {
          field: "statusUpdates",
          value: "every other Thursday, before the legal ops meeting",
          profile: COKE,
        },
      ],
    },
    {
      name: "our meeting with the firm is the writer's",
      body: mail("A weekly update, before our meeting on Mondays, would be ideal."),
      heard: [
        {
          field: "statusUpdates",
          value: "weekly, before the meeting on Mondays",
          profile: MEGGE,
        },
      ],
    },
    {
      name: "another company's board is not ours",
      body: mail("A monthly update, ahead of the bank board meeting, would be ideal."),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, ahead of the bank board meeting",
          profile: MEGGE,
        },
      ],
    },
    {
      name: "me in the clause keeps it the writer's",
      body: mail("Monthly updates, the week before our board meets, would work best for me."),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, the week before the board meets",
          profile: MEGGE,
        },
      ],
    },
    {
      name: "a governing body asks for the reports",
      body: mail("The trustees would like a written report every quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "'I' as the organisation's officer",
      body: mail("As company secretary, I need a written report every quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "'as I said' is no office",
      body: mail("As I said, I need a written report every quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: MEGGE }],
    },
    {
      name: "the organisation by its own name",
      body: mail("Please send Coca-Cola a short update every month."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "an answer to the firm's question put to the company",
      body: QUESTION_TO_COMPANY("Every other Monday is ideal."),
      heard: [{ field: "statusUpdates", value: "every other Monday", profile: COKE }],
    },
    {
      name: "an answer to the firm's question put to the writer",
      body: QUESTION_TO_HER("Every other Monday is ideal."),
      heard: [{ field: "statusUpdates", value: "every other Monday", profile: MEGGE }],
    },
    {
      name: "about the writer's own reading",
      body: mail("A short note every second Thursday would suit me best."),
      heard: [{ field: "statusUpdates", value: "every second Thursday", profile: MEGGE }],
    },
    {
      name: "send me, even with the organisation's cycle",
      profiles: ORG_PROFILE,
      body: mail("Send me a monthly update before our board meets."),
      heard: [{ field: "statusUpdates", value: "monthly, before the board meets", profile: MEGGE }],
    },
    {
      name: "I'd like, even over all matters",
      body: mail("I'd like a weekly note on all live matters."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "a personal mailbox never gets an organisation",
      from: GMAIL,
      body: mail("We'd like a written status report every other Friday."),
      heard: [
        {
          field: "statusUpdates",
          value: "every other Friday",
          profile: "megge.anderson@gmail.com",
        },
      ],
    },
    {
      name: "a personal mailbox, all live matters",
      from: GMAIL,
      body: mail("A status note on the first working day of each month, all live matters."),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, first working day of each month",
          profile: "megge.anderson@gmail.com",
        },
      ],
    },
  ],
});

// A cadence word inside a billing statement says how often the firm bills, not how often to
// report; an update about billing keeps its cadence.
runListenTests("billing cadences are no update cadences", {
  silent: [
    {
      name: "no daily time detail",
      body: mail("Summary invoices please, no daily time detail."),
      fields: ["statusUpdates"],
    },
    {
      name: "monthly invoices only",
      body: mail("Monthly invoices only, please."),
      fields: ["statusUpdates"],
    },
    {
      name: "a monthly invoice with a summary",
      body: mail("A monthly invoice with a short summary is fine."),
      fields: ["statusUpdates"],
    },
    {
      name: "weekly time sheets",
      body: mail("Weekly time sheets are pointless, just send a monthly summary of the bill."),
      fields: ["statusUpdates"],
    },
    {
      name: "monthly billing",
      body: mail("We'd prefer monthly billing, with a one-line summary."),
      fields: ["statusUpdates"],
    },
    {
      name: "bill us quarterly",
      body: mail("Please bill us quarterly with a summary."),
      fields: ["statusUpdates"],
    },
    {
      name: "quarterly fee reports",
      body: mail("Quarterly fee reports are enough for us."),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "a weekly update on the invoices dispute",
      body: mail("A weekly update on the invoices dispute would be helpful."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "a monthly report on the billing dispute",
      body: mail("A monthly report on the billing dispute would be great."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "a billing cadence beside an update cadence",
      body: mail("Monthly invoices are fine, and a weekly update would be helpful."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
  ],
});

// Round 27 (listen-27a): the holder said in the next sentence of the paragraph: the updates sent
// to meet the organisation's own meeting, or received by "we" for the organisation's people.
// Round 8's "could we have one update a week?" alone stays the writer's.
runListenTests("a cadence's holder in the next sentence", {
  silent: [],
  heard: [
    {
      name: "sent in time for the organisation's meeting, said next",
      body: mail("Monthly updates are fine. Send them the week before our board meets."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "'could we get' with the organisation's people named next",
      body: mail(
        "Could we get the updates every Friday? That's when our site managers plan the next week.",
      ),
      heard: [{ field: "statusUpdates", value: "every Friday", profile: COKE }],
    },
    {
      name: "look-alike: the writer's own reading in the next sentence",
      body: mail(
        "Monthly updates are fine. Send them the week before our board meets, so I can read them first.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "look-alike: a call with the firm named next is no body of the organisation",
      body: mail("Could we get the updates weekly? Our last call was very helpful."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "look-alike: 'could we have one update a week?' alone",
      body: mail("Instead of the daily notes, could we have one update a week?"),
      heard: [{ field: "statusUpdates", value: "weekly, one update a week", profile: MEGGE }],
    },
  ],
});
