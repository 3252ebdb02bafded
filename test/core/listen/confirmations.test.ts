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
