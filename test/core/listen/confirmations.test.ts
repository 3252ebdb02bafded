import { COKE, MEGGE, letter, runListenTests } from "./listen-tester";

// Round 24 (analysis-lh21 G8): a value on file confirmed without a wish verb. The reading may only
// confirm what the profile already holds: the same words with nothing on file stay silent.
const ON_FILE = [
  {
    matchKey: COKE,
    statusUpdates: "fortnightly, Friday afternoon",
    bannedBillingPhrases: ["Perusal of papers"],
  },
  { matchKey: MEGGE, preferredChannels: ["sms"] },
];

runListenTests("confirmations of a value on file", {
  silent: [
    {
      name: "a cadence called still right, with nothing on file",
      body: letter("Fortnightly on Friday afternoons is still right for us."),
    },
    {
      name: "a channel that remains fine, with nothing on file",
      body: letter("Text remains fine for anything urgent."),
    },
    {
      name: "another cadence than the one on file",
      body: letter("Monthly is still right for us."),
      profiles: ON_FILE,
    },
    {
      name: "a confirmation limited in time",
      body: letter("Text remains fine until the trial is over."),
      profiles: ON_FILE,
    },
    {
      name: "a value no longer fine",
      body: letter("Text is no longer fine."),
      profiles: ON_FILE,
      fields: ["preferredChannels"],
    },
  ],
  heard: [
    {
      name: "the cadence on file, still right for us",
      body: letter("Fortnightly on Friday afternoons is still right for us."),
      profiles: ON_FILE,
      heard: [
        {
          field: "statusUpdates",
          value: "fortnightly, Friday afternoon",
          profile: COKE,
          alreadyKnown: true,
        },
      ],
    },
    {
      name: "the channel on file remains fine",
      body: letter("Text remains fine for anything urgent."),
      profiles: ON_FILE,
      heard: [{ field: "preferredChannels", value: "sms", alreadyKnown: true }],
    },
    {
      name: "a refused entry that stays in place",
      body: letter('The standing ban on "Perusal of papers" stays in place.'),
      profiles: ON_FILE,
      heard: [
        {
          field: "bannedBillingPhrases",
          value: "Perusal of papers",
          profile: COKE,
          alreadyKnown: true,
        },
      ],
    },
  ],
});

// Round 26 (listen-26b, analysis-lh23 W2): a cadence on file restated with its little words ("on
// Monday mornings" for "Monday mornings") is the one on file; another day is new. Written for this
// table.
const MONDAYS = [{ matchKey: COKE, statusUpdates: "fortnightly, Monday mornings" }];
runListenTests("confirmations: the little words of a cadence", {
  silent: [],
  heard: [
    {
      name: "the cadence on file, with 'on' before the day",
      body: letter(
        "Thanks for the update. Fortnightly on Monday mornings still works well for us.",
      ),
      profiles: MONDAYS,
      heard: [
        {
          field: "statusUpdates",
          value: "fortnightly, on Monday mornings",
          profile: COKE,
          alreadyKnown: true,
        },
      ],
    },
    {
      name: "another day than the one on file is new",
      body: letter(
        "Thanks for the update. Fortnightly on Tuesday mornings still works well for us.",
      ),
      profiles: MONDAYS,
      heard: [
        {
          field: "statusUpdates",
          value: "fortnightly, on Tuesday mornings",
          profile: COKE,
          alreadyKnown: false,
        },
      ],
    },
  ],
});
