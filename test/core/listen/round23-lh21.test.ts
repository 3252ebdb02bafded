import {
  COKE,
  expectWithdrawals,
  hear,
  letter,
  MEGGE,
  onOrg,
  runListenTests,
  type WithdrawalCase,
} from "./listen-tester";

// Round 23, from the lh21 diagnosis (test/heldout/analysis-lh21.md), each shape also wrong or
// missed in an older set by another writer: a cadence said to be too much, the writer's own use
// of the updates, "It's <whole name>, <spelling note>", a bare "never ring", "no need for anyone
// to tiptoe round" a topic on file, and channel alternatives offered ("Email or Teams are both
// fine", group G7: lh14, lh16, lh17, lh19, lh21). Sentences written for this table.
const mail = (text: string) => `Jo,\n\n${text}\n\nMegge`;
const SIOBHAN = "Siobhán Ní Fhlaithearta <siobhan.nf@coca-cola.example>";
const fromSiobhan = (text: string) => `Jo,\n\n${text}\n\nSiobhán`;

runListenTests("round 23: lh21's shapes", {
  silent: [
    {
      name: "a cadence said to be more than the writer needs is not wished for",
      body: mail("Fortnightly updates are more than I need, to be honest."),
      profiles: [{ matchKey: MEGGE, statusUpdates: "fortnightly" }],
      fields: ["statusUpdates"],
    },
    {
      name: "more than the board can digest",
      body: mail("Weekly is more than the board can digest."),
      fields: ["statusUpdates"],
    },
    {
      name: "a cadence that would be excessive",
      body: mail("Monthly reports would frankly be excessive for a matter this size."),
      fields: ["statusUpdates"],
    },
    {
      name: "the whole name before the spelling note is no preferred name",
      from: SIOBHAN,
      body: fromSiobhan("It's Siobhán Ní Fhlaithearta, with the accent on the a."),
      fields: ["preferredName"],
    },
    {
      name: "ring with an object is not the bare refusal (and today is a one-off)",
      body: mail("Don't ring today, I'm in court."),
      fields: ["avoidChannels"],
    },
    {
      name: "a bare refusal right after news of the writer's day is about that day",
      body: mail("I'm in court all day. Don't call."),
      fields: ["avoidChannels"],
    },
    {
      name: "alternatives for one meeting are a one-off",
      body: mail("Email or Teams are both fine for Thursday."),
      fields: ["preferredChannels"],
    },
    { name: "days offered are no channels", body: mail("Thursday or Friday are both fine.") },
    {
      name: "alternatives asked about are not offered",
      body: mail("Would email or Teams both be fine?"),
      fields: ["preferredChannels"],
    },
    {
      name: "a bell never rung is no channel",
      body: mail("We never ring the bell after five."),
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "a cadence the writer folds into their own report stays theirs",
      body: mail("A monthly update would be ideal, so I can fold it into my report to the board."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "for my report to the trustees",
      body: mail("Monthly updates please, for my report to the trustees."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "the board's own wish is still the organisation's",
      body: mail("Our board would like a monthly update."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "a cadence that is enough is not refused as too much",
      body: mail("Monthly updates are plenty for us."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "It's <whole name>, with the accent: the full name",
      from: SIOBHAN,
      body: fromSiobhan("It's Siobhán Ní Fhlaithearta, with the accent on the a."),
      heard: [{ field: "fullName", value: "Siobhán Ní Fhlaithearta" }],
    },
    {
      name: "a bare 'never ring' is the phone",
      body: mail("Please never ring."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "a bare refusal after a daily habit stands",
      body: mail("I'm on calls all day, every day. Don't ring."),
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    {
      name: "channel alternatives offered after a ban are both preferred",
      body: mail("Please don't use WhatsApp. Email or Teams are both fine."),
      heard: [
        { field: "avoidChannels", value: "whatsapp" },
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "teams" },
      ],
    },
    {
      name: "alternatives good for me",
      body: mail("Email or Teams is good for me, always."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "teams" },
      ],
    },
    {
      name: "alternatives that both work",
      body: mail("Email or phone both work for me."),
      heard: [
        { field: "preferredChannels", value: "email" },
        { field: "preferredChannels", value: "phone" },
      ],
    },
    {
      name: "alternatives that give way to a preference after them",
      body: mail("Email or phone are both fine though I prefer email."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "alternatives that give way to a preference in a clause of its own",
      body: mail("Email and phone are both fine, but I prefer email."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "'don't ring, email' refuses the phone and prefers email",
      body: mail("Don't ring, email."),
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
  ],
});

const lifts: WithdrawalCase[] = [
  {
    name: "no need for anyone to tiptoe round a topic on file lifts it",
    body: letter("There's no need for anyone to tiptoe round the merger any more."),
    profiles: [onOrg({ avoidTopics: ["the merger"] })],
    removed: [{ field: "avoidTopics", value: "the merger", profile: COKE }],
  },
  {
    name: "no need for your team to avoid it",
    body: letter("No need for your team to avoid the merger now, it has closed."),
    profiles: [onOrg({ avoidTopics: ["the merger"] })],
    removed: [{ field: "avoidTopics", value: "the merger", profile: COKE }],
  },
  {
    name: "a topic not on file is not lifted",
    body: letter("There's no need for anyone to tiptoe round the audit."),
    profiles: [onOrg({ avoidTopics: ["the merger"] })],
    removed: [],
  },
];

describe("round 23: lifts for anyone", () => {
  for (const c of lifts) it(c.name, () => expectWithdrawals(hear(c), c, false));
});
