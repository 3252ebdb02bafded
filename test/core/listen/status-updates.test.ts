import { COKE, MEGGE, runListenTests } from "./listen-tester";

runListenTests("status updates", {
  silent: [
    { name: "a deadline", body: "Jo,\nCan I have the draft by Friday?\nMegge" },
    {
      name: "a question about cadence",
      body: "Jo,\nHow often do you usually send updates? Monthly?\nMegge",
    },
    { name: "praise for an update", body: "Jo,\nYour monthly update was spot on.\nMegge" },
    {
      name: "the old cadence",
      body: "Jo,\nWeekly was right at the start.\nMegge",
      fields: ["statusUpdates"],
    },
    { name: "don't write weekly", body: "Jo,\nPlease don't feel you need to write weekly.\nMegge" },
    {
      name: "a phone bill",
      body: "Jo,\nWe get a phone bill every month for the old office.\nMegge",
    },
  ],
  heard: [
    {
      name: "UK: fortnightly note",
      body: "Jo,\nA short note every other Monday would be ideal.\nMegge",
      heard: [{ field: "statusUpdates", value: "every other Monday", profile: MEGGE }],
    },
    {
      name: "US: monthly status report for us",
      body: "Jo,\nA monthly status report before our board meets is all we need.\nMegge",
      heard: [{ field: "statusUpdates", value: "monthly, before the board meets", profile: COKE }],
    },
    {
      name: "only when something happens",
      body: "Jo,\nNo need for regular updates. Only write when something changes.\nMegge",
      heard: [{ field: "statusUpdates", value: "only when something changes", profile: MEGGE }],
    },
    {
      name: "Updates: Friday afternoons",
      body: "Jo,\nUpdates: Friday afternoons, short, please.\nMegge",
      heard: [{ field: "statusUpdates", value: "weekly, Friday afternoons", profile: MEGGE }],
    },
  ],
});

// Round 25 (listen-25a, analysis-lh22 group D): the cadence wanted, and the one set aside after
// "rather than / instead of" blanked (change-source.ts `withoutSetAside`); the occasion kept whole
// with its own time. Written for this table.
runListenTests("status updates: a cadence set aside", {
  silent: [
    {
      name: "a refusal whose set-aside cadence is no wish",
      body: "Jo,\nPlease don't send updates weekly rather than monthly.\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "a lone set-aside cadence",
      body: "Jo,\nUpdates rather than fortnightly calls, please.\nMegge",
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "monthly rather than quarterly, with the occasion whole",
      body: "Jo,\nWe'd like a progress report monthly rather than once a quarter, timed to reach us before the audit committee sits in the third week.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, before the audit committee sits in the third week",
          profile: COKE,
        },
      ],
    },
    {
      name: "a day every week instead of fortnightly",
      body: "Jo,\nI'd like a short update every Thursday instead of fortnightly.\nMegge",
      heard: [{ field: "statusUpdates", value: "every Thursday", profile: MEGGE }],
    },
    {
      name: "an occasion with its day kept whole",
      body: "Jo,\nA monthly status report before our board meets on the first Monday is all we need.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, before the board meets on the first Monday",
          profile: COKE,
        },
      ],
    },
  ],
});

// Round 29 (listen-29a, analysis-lh26 M8): the body's own rhythm is the cadence when the update is
// timed to that body's meetings; another occasion, or a cadence of the writer's own, is not the
// body's. Written for this table.
runListenTests("status updates: the board's rhythm as the cadence", {
  silent: [
    {
      name: "the committee's rhythm, with no update timed to it",
      body: "Jo,\nOur audit committee meets quarterly, and the chair is new this year.\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "the board's rhythm, the update timed to another occasion",
      body: "Jo,\nOur board meets quarterly, and a note before each court hearing is all we need.\nMegge",
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "UK: the trustees meet quarterly, a note before each trustee meeting",
      body: "Jo,\nOur trustees meet quarterly, so a short note a week before each trustee meeting would be plenty.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "quarterly, a week before each trustee meeting",
          profile: COKE,
        },
      ],
    },
    {
      name: "US: the board meets every month, a status before each meeting",
      body: "Jo,\nWe don't need the daily emails: our board meets every month, and a status report two days before each meeting is all we need.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, two days before each meeting",
          profile: COKE,
        },
      ],
    },
    {
      name: "a cadence of the writer's own stays the cadence",
      body: "Jo,\nOur board meets quarterly, but we'd like monthly updates before each board meeting.\nMegge",
      heard: [
        { field: "statusUpdates", value: "monthly, before each board meeting", profile: COKE },
      ],
    },
  ],
});

// Round 32 (listen-32a), written for this table: the cadence wished for politely ("we'd be
// grateful for…", "I'd appreciate…"), asked through the report's own arrival ("could the
// summaries come…", "if the monthly note could reach me by…", "asked that the report reach…"),
// or asked of the firm through someone's question ("asked whether you could send…"). Not a
// one-off arrival, a report sent somewhere else, a refusal, or something billed.
runListenTests("status updates asked politely or by their arrival (round 32)", {
  silent: [
    {
      name: "one late arrival asked for",
      body: "Jo,\nCould the monthly report come a day late this time?\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "the report sent to someone else",
      body: "Jo,\nCould the monthly report be sent to Anna instead?\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "a cadence refused politely",
      body: "Jo,\nI'd appreciate it if you didn't send weekly updates.\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "an invoice wished for",
      body: "Jo,\nWe would be grateful for your quarterly invoice by Friday.\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "someone else's thanks for an update reaching her",
      body: "Jo,\nShe would be grateful if the monthly note could reach her a week before each board meeting.\nMegge",
      fields: ["statusUpdates"],
    },
    {
      name: "a report that may arrive late, said of ours",
      body: "Jo,\nThe monthly report could arrive late this month, sorry.\nMegge",
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "grateful for an update once a quarter, for us",
      body: "Jo,\nWe would be grateful for a brief written update once a quarter, in time for the committee's review.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "quarterly, before the committee's review",
          profile: COKE,
        },
      ],
    },
    {
      name: "I'd appreciate a note every month",
      body: "Jo,\nI'd appreciate a short note every month.\nMegge",
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "grateful if the existing report could reach me before each meeting",
      body: "Jo,\nI'd be grateful if the monthly summary could reach me a week before each board meeting.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, a week before each board meeting",
          profile: MEGGE,
        },
      ],
    },
    {
      name: "could the summaries come at a time each quarter",
      body: "Jo,\nCould the portfolio summaries come in the second week of each quarter?\nMegge",
      heard: [{ field: "statusUpdates", value: "quarterly", profile: MEGGE }],
    },
    {
      name: "our board asked that the report reach it before it meets",
      body: "Jo,\nOur board has asked that the monthly legal note reach them on the Friday before the board sits.\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, Friday, before the board sits",
          profile: COKE,
        },
      ],
    },
  ],
});
