/**
 * Round 17 (listen-17a, analysis-lh15 rec. 3, the rest of it): the rule register. Organisations
 * write their wishes as rules: third-person modals of their own people ("our staff may not use
 * WhatsApp", "no member of staff may discuss company business over Signal"), list labels and
 * predicates ("Prohibited channels: …", '"A" is auto-rejected', "New prohibited descriptions:
 * …"), lifts in the same voice ('"File review" is no longer a write-off', "WhatsApp is now an
 * approved channel") and "don't use "X"" in billing words. Each beside look-alikes: another
 * organisation's people, a one-off, a plan or condition, a value not on file, a list kept.
 */
import {
  COKE,
  expectWithdrawals,
  hear,
  letter,
  onOrg,
  runListenTests,
  type WithdrawalCase,
} from "./listen-tester";

runListenTests("round 17: third-person modals of the client's own people", {
  heard: [
    {
      name: "our staff may not use a channel",
      body: letter("Our staff may not use WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "bare 'staff' are prohibited from using",
      body: letter("Staff are prohibited from using Signal for work."),
      heard: [{ field: "avoidChannels", value: "signal", profile: COKE }],
    },
    {
      name: "no member of staff may discuss business over channels",
      body: letter("No member of staff may discuss Coca-Cola business over WhatsApp or Signal."),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
        { field: "avoidChannels", value: "signal", profile: COKE },
      ],
    },
    {
      name: "our staff after 'means'",
      body: letter("Our records policy means our staff may not use WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "our people must not be contacted by text",
      body: letter("Our people must not be contacted by text."),
      heard: [{ field: "avoidChannels", value: "sms", profile: COKE }],
    },
    {
      name: "it is now policy that no member of staff accepts hospitality",
      body: letter("It is now Trust policy that no member of staff accepts hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "the team are not permitted to accept tickets",
      body: letter("The team are not permitted to accept tickets or hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "someone else's rule reported with 'that'",
      body: letter("The regulator said that staff may not use WhatsApp."),
    },
    {
      name: "one occasion, not a rule",
      body: letter("Our people may not receive the papers by post before Friday."),
    },
    {
      name: "one person, not a rule",
      body: letter("The team may not email you until Monday."),
    },
    {
      name: "a guess, not a rule",
      body: letter("Our staff may not know how to use Teams."),
    },
    { name: "the regulator's staff", body: letter("The regulator's staff may not use WhatsApp.") },
    { name: "their employees", body: letter("Their employees cannot accept hospitality.") },
    { name: "another company's staff", body: letter("Pepsi staff may not use WhatsApp.") },
    {
      name: "the staff of somewhere else",
      body: letter("The staff at the hotel may not use WhatsApp."),
    },
    { name: "a rule about something else", body: letter("Our staff may not attend the hearing.") },
    {
      name: "a topic kept from staff, no channel",
      body: letter("No member of staff may discuss the merger."),
    },
    {
      name: "a one-off over the phone is no rule",
      body: letter("We can't discuss this over the phone today."),
    },
    {
      name: "another organisation's policy for staff",
      body: letter("It is now Pepsi policy that staff may not use WhatsApp."),
    },
    {
      name: "someone else's people at the start of the frame",
      body: letter("It is now Pepsi policy that their staff may not use WhatsApp."),
    },
  ],
});

runListenTests("round 17: labels and predicates of the rule register", {
  heard: [
    {
      name: "a label of channels",
      body: letter("Prohibited channels: WhatsApp, text messages."),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
        { field: "avoidChannels", value: "sms", profile: COKE },
      ],
    },
    {
      name: "a bare label of channels",
      body: letter("Prohibited: text messages, personal email."),
      heard: [{ field: "avoidChannels", value: "sms", profile: COKE }],
    },
    {
      name: "a bare label of hospitality",
      body: letter("Prohibited: gifts, hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "a label of billing descriptions",
      body: letter('New prohibited descriptions: "Travel time", "Admin" and "Printing".'),
      heard: [
        { field: "bannedBillingPhrases", value: "Travel time", profile: COKE },
        { field: "bannedBillingPhrases", value: "Admin", profile: COKE },
        { field: "bannedBillingPhrases", value: "Printing", profile: COKE },
      ],
    },
    {
      name: "auto-rejected entries, a list",
      body: letter('"Travel time" and "Admin" entries are auto-rejected.'),
      heard: [
        { field: "bannedBillingPhrases", value: "Travel time", profile: COKE },
        { field: "bannedBillingPhrases", value: "Admin", profile: COKE },
      ],
    },
    {
      name: "a rule head with the entries after the colon",
      body: letter('Narratives are auto-rejected unless itemised: "Travel time", "Admin".'),
      heard: [
        { field: "bannedBillingPhrases", value: "Travel time", profile: COKE },
        { field: "bannedBillingPhrases", value: "Admin", profile: COKE },
      ],
    },
    {
      name: "don't use a quoted entry in billing words",
      body: letter('Don\'t use "general admin" in your narratives.'),
      heard: [{ field: "bannedBillingPhrases", value: "general admin", profile: COKE }],
    },
    {
      name: "stop using a quoted entry on invoices",
      body: letter('Please stop using "Work on file" on invoices.'),
      heard: [{ field: "bannedBillingPhrases", value: "Work on file", profile: COKE }],
    },
    {
      name: "will no longer accept an entry",
      body: letter('We will no longer accept "Email to client" entries.'),
      heard: [{ field: "bannedBillingPhrases", value: "Email to client", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "a bare label with quotes and no billing word",
      body: letter('Banned: "Travel time", "Admin".'),
    },
    {
      name: "don't use a quoted brand outside billing",
      body: letter('Don\'t use "Pepsi" in letters.'),
    },
    { name: "a label of something else", body: letter("Prohibited items: knives, aerosols.") },
    { name: "a bare 'Rejected:' records a decision", body: letter("Rejected: Zoom.") },
    {
      name: "a bare label before a sentence, not a list",
      body: letter("Not allowed: phones in the courtroom during the hearing."),
    },
    {
      name: "a rejected head that is no rule of entries",
      body: letter('The draft was rejected by the board: "too long", "too vague".'),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a billing entry kept on the banned list is no hospitality",
      body: letter('"Review of file" should stay on the banned list.'),
      fields: ["entertainment"],
    },
    {
      name: "remains on the approved list, no hospitality",
      body: letter("Your firm remains on the approved list of panel firms."),
      fields: ["entertainment"],
    },
  ],
});

// Lifts in the rule register: remove the value on file, never one that is not on file, and
// never a plan or a condition.
const ON_FILE = onOrg({ bannedBillingPhrases: ["File review"], avoidChannels: ["whatsapp"] });
const lifts: WithdrawalCase[] = [
  {
    name: "no longer a write-off",
    body: '"File review" is no longer an automatic write-off.',
    profiles: [ON_FILE],
    removed: [{ field: "bannedBillingPhrases", value: "File review", profile: COKE }],
  },
  {
    name: "no longer prohibited, an entry",
    body: '"File review" is no longer prohibited.',
    profiles: [ON_FILE],
    removed: [{ field: "bannedBillingPhrases", value: "File review", profile: COKE }],
  },
  {
    name: "no longer prohibited, a channel",
    body: "WhatsApp is no longer prohibited.",
    profiles: [ON_FILE],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "now an approved channel",
    body: "WhatsApp is now an approved channel.",
    profiles: [ON_FILE],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "'once again' is no condition",
    body: "Once again, 'File review' is fine again.",
    profiles: [ON_FILE],
    removed: [{ field: "bannedBillingPhrases", value: "File review", profile: COKE }],
  },
  {
    name: "bill it again",
    body: "You can bill file review again.",
    profiles: [ON_FILE],
    removed: [{ field: "bannedBillingPhrases", value: "File review", profile: COKE }],
  },
];
const liftTraps: WithdrawalCase[] = [
  {
    name: "a lift of a value not on file",
    body: '"Travel time" is no longer prohibited.',
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "an approved channel not on file",
    body: "Signal is now an approved channel.",
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "a plan to lift",
    body: 'We may lift the ban on "File review".',
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "a lift on a condition",
    body: '"File review" is no longer a write-off if the board approves.',
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "a lift that waits on an event, the condition first (any register)",
    body: "If the board approves, 'File review' is fine again.",
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "a lift with its condition after it is a one-off",
    body: "Calls are fine again if it is urgent.",
    profiles: [onOrg({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    name: "a lift that waits until something is done",
    body: "Once the audit is done, WhatsApp is fine again.",
    profiles: [ON_FILE],
    removed: [],
  },
  {
    name: "a lift in the future",
    body: "WhatsApp will no longer be prohibited from next year.",
    profiles: [ON_FILE],
    removed: [],
  },
];

describe("round 17: lifts in the rule register", () => {
  describe("heard as removals", () => {
    for (const c of lifts)
      it(c.name, () => expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, true));
  });
  describe("traps", () => {
    for (const c of liftTraps)
      it(c.name, () => expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, true));
  });
});
