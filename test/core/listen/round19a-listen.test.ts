/**
 * Round 19 (listen-19a, analysis-lh16 §3 "still to do" and "cheap and worth doing"): a numbered
 * list's item ends at the next number; relays by title ("on behalf of Madame Veronese … Madame
 * asks that …", "the Doctor asks"); the client's organisation named as the subject of a rule
 * ("Cabot staff may not use WhatsApp"); lifts ("you can stop tiptoeing round X", "no reason any
 * more to keep X out of …", "calls are fine again, if that helps"); " – " inside quotation marks;
 * "Joking!" after a statement. Invented people and organisations, each beside look-alikes.
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

// ------------------------------------------------------------------------------------------
// 1. A numbered list's item ends at the next number
// ------------------------------------------------------------------------------------------

runListenTests("round 19: a numbered rule ends at the next number", {
  heard: [
    {
      name: "a lettered sub-list under item 2 is read, item 3 is not an entry",
      body: letter(
        'Our billing rules, for your team:\n\n1. Invoices are monthly.\n2. We will not pay for entries described as:\n   a) "File review"\n   b) "Research"\n3. Disbursements over £500 need prior approval.\n4. Travel time is billed at half rate.',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "File review", profile: COKE },
        { field: "bannedBillingPhrases", value: "Research", profile: COKE },
      ],
    },
    {
      name: "an unnumbered refusal keeps its numbered entries",
      body: letter(
        "We will not pay for the following:\n1. File review\n2. Research\n3. Internal meetings",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "File review", profile: COKE },
        { field: "bannedBillingPhrases", value: "Research", profile: COKE },
        { field: "bannedBillingPhrases", value: "Internal meetings", profile: COKE },
      ],
    },
    {
      name: "a bulleted refusal keeps its bulleted entries",
      body: letter("- We will not pay for the following:\n- File review\n- Research"),
      heard: [
        { field: "bannedBillingPhrases", value: "File review", profile: COKE },
        { field: "bannedBillingPhrases", value: "Research", profile: COKE },
      ],
    },
  ],
  silent: [
    {
      name: "item 3 after a refusal that is item 2",
      body: letter(
        "Our billing rules, for your team:\n\n1. Invoices are monthly.\n2. We will not pay for the following:\n3. Disbursements over £500 need prior approval.\n4. Travel time is billed at half rate.",
      ),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "lettered items after a refusal that is item (b)",
      body: letter(
        "Our rules:\na) Invoices are monthly.\nb) The following are not billable:\nc) Disbursements over £500 need prior approval\nd) Travel at half rate",
      ),
      fields: ["bannedBillingPhrases"],
    },
  ],
});

// ------------------------------------------------------------------------------------------
// 2. Relays by title
// ------------------------------------------------------------------------------------------

const VERONESE_FROM = "Claire Dubois <claire.dubois@veronese-family.example>";
const VERONESE = "isabella.veronese@veronese-family.example";
const VERONESE_TO = `Isabella Veronese <${VERONESE}>`;
const KARIMOV_FROM = "Amir Nazarov <amir@karimov-fo.example>";
const KARIMOV = "rustam.karimov@karimov-fo.example";
const KARIMOV_TO = `Rustam Karimov <${KARIMOV}>`;

runListenTests("round 19: relays by title", {
  heard: [
    {
      name: "Madame, named once, then by her title alone",
      from: VERONESE_FROM,
      recipients: [VERONESE_TO],
      body: letter(
        "I write on behalf of Madame Veronese, whose assistant I am. Madame asks that you do not telephone her.",
      ),
      heard: [{ field: "avoidChannels", value: "phone", profile: VERONESE }],
    },
    {
      name: "Madame's wish about hospitality is hers, not the writer's",
      from: VERONESE_FROM,
      recipients: [VERONESE_TO],
      body: letter(
        "I write on behalf of Madame Veronese.\n\nMadame would rather not be invited to the golf day.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: VERONESE }],
    },
    {
      name: "the Doctor, after 'on behalf of Dr Karimov'",
      from: KARIMOV_FROM,
      recipients: [KARIMOV_TO],
      body: letter(
        "I write on behalf of Dr Karimov. The Doctor asks that you avoid any mention of the divorce.",
      ),
      heard: [{ field: "avoidTopics", value: "divorce", profile: KARIMOV }],
    },
    {
      name: "a pronoun after the title, a topic: the principal's, not the family office's",
      from: KARIMOV_FROM,
      recipients: [KARIMOV_TO],
      body: letter(
        "I write on behalf of Mr Karimov. He asks that you avoid any mention of the divorce.",
      ),
      heard: [{ field: "avoidTopics", value: "divorce", profile: KARIMOV }],
    },
    {
      name: "he asks that your statements be summarised (with invoices in the sentence)",
      from: KARIMOV_FROM,
      recipients: [KARIMOV_TO],
      body: letter(
        "I am writing on behalf of Mr Karimov, whose assistant I am. He asks that your statements be summarised; the current invoices run to twenty pages.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: KARIMOV }],
    },
    {
      name: "the writer's own 'please summarise your invoices'",
      body: letter("Please summarise your invoices from now on."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "Madame of no principal whose address is known",
      from: VERONESE_FROM,
      recipients: ["Jo Smith <jo@firm.example>"],
      body: letter("I write on behalf of Madame Veronese. Madame asks that you do not telephone."),
      fields: ["avoidChannels"],
    },
    {
      name: "a titled person's request, their address nowhere: not the writer's",
      from: VERONESE_FROM,
      recipients: ["Jo Smith <jo@firm.example>"],
      body: letter("Mr Hale asks that you do not telephone."),
      fields: ["avoidChannels"],
    },
    {
      name: "another Madame, named with her own surname",
      from: VERONESE_FROM,
      recipients: [VERONESE_TO],
      body: letter(
        "I write on behalf of Madame Veronese. Madame Dupont asks that you do not telephone her.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "the witness statements summarised are no invoices",
      body: letter("Please summarise the witness statements before the hearing."),
    },
    {
      name: "summarised as a fact, not asked for",
      body: letter("Our invoices are summarised by the AP system before approval."),
      fields: ["billingDetail"],
    },
  ],
});

// ------------------------------------------------------------------------------------------
// 3. The client's organisation named as the subject of a rule
// ------------------------------------------------------------------------------------------

const CABOT_FROM = "Ann Lee <ann.lee@cabot.example>";
const CABOT = "@cabot.example";

runListenTests("round 19: the organisation's own name as a rule's subject", {
  heard: [
    {
      name: "Cabot staff may not use WhatsApp (the sender's domain)",
      from: CABOT_FROM,
      body: letter("Cabot staff may not use WhatsApp for any client matter."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: CABOT }],
    },
    {
      name: "the name on file (clientName) when the domain does not say it",
      from: "Ann Lee <ann.lee@ahl.example>",
      profiles: [{ matchKey: "@ahl.example", clientName: "Hartwell Logistics Ltd" }],
      body: letter("Hartwell employees may not use Signal for work."),
      heard: [{ field: "avoidChannels", value: "signal", profile: "@ahl.example" }],
    },
    {
      name: "Cabot's employees are not permitted to use Signal",
      from: CABOT_FROM,
      body: letter("Cabot's employees are not permitted to use Signal."),
      heard: [{ field: "avoidChannels", value: "signal", profile: CABOT }],
    },
  ],
  silent: [
    {
      name: "a third party's staff",
      from: CABOT_FROM,
      body: letter("Aviva staff may not use WhatsApp."),
    },
    {
      name: "a name that is neither the domain's nor the one on file",
      from: "Ann Lee <ann.lee@ahl.example>",
      profiles: [{ matchKey: "@ahl.example", clientName: "Hartwell Logistics Ltd" }],
      body: letter("Logistics staff may not use Signal for work."),
    },
    {
      name: "a guess about Cabot staff, not a rule",
      from: CABOT_FROM,
      body: letter("Cabot staff may not know how to use Teams."),
    },
  ],
});

// ------------------------------------------------------------------------------------------
// 5. " – " inside quotation marks; "Joking!"
// ------------------------------------------------------------------------------------------

runListenTests("round 19: quotation marks hold a dash; a joke takes a statement back", {
  heard: [
    {
      name: "a quoted entry with an en dash is one entry",
      body: letter('We won\'t pay for "Legal research – general" on any invoice.'),
      heard: [{ field: "bannedBillingPhrases", value: "Legal research - general", profile: COKE }],
    },
    {
      name: "'Joking aside' insists",
      body: letter("Please don't call me Meg. Joking aside, I mean it."),
      heard: [{ field: "avoidNames", value: "Meg" }],
    },
    {
      name: "'No joke' insists",
      body: letter("Please don't call me Meg. No joke."),
      heard: [{ field: "avoidNames", value: "Meg" }],
    },
    {
      name: "a dash outside quotation marks still splits",
      body: letter("Please don't phone me – email is best."),
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
  ],
  silent: [
    { name: "Joking!", body: letter("Please never call me Meg again. Joking!") },
    {
      name: "Only kidding :)",
      body: letter("Don't ever send me a letter by post. Only kidding :)"),
    },
    { name: "Just kidding, haha.", body: letter("Please don't call me Meg! Just kidding, haha.") },
  ],
});

// ------------------------------------------------------------------------------------------
// 4. Lifts
// ------------------------------------------------------------------------------------------

const TOPICS = onOrg({ avoidTopics: ["relegation", "politics"] });
const RIVALS = onOrg({ competitors: ["Studio Meerval"] });
const PHONE = onOrg({ avoidChannels: ["phone", "zoom"] });

const lifts: WithdrawalCase[] = [
  {
    name: "you can stop tiptoeing round X now",
    body: "You can stop tiptoeing round the relegation stuff now.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "relegation", profile: COKE }],
  },
  {
    name: "it's time to stop avoiding X",
    body: "It's time to stop avoiding Zoom, the whole team uses it now.",
    profiles: [PHONE],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "no reason any more to keep X out of our documents",
    body: "There is no reason any more to keep Studio Meerval out of our documents.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Studio Meerval", profile: COKE }],
  },
  {
    name: "no reason any more to keep their name out of …, named before",
    body: "Studio Meerval is now part of our group. There is no reason any more to keep their name out of our documents.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Studio Meerval", profile: COKE }],
  },
  {
    name: "calls are fine again, if that helps",
    body: "Calls are fine again, if that helps.",
    profiles: [PHONE],
    removed: [{ field: "avoidChannels", value: "phone", profile: COKE }],
  },
  {
    name: "happy to take calls again if you prefer",
    body: "Happy to take calls again if you prefer.",
    profiles: [PHONE],
    removed: [{ field: "avoidChannels", value: "phone", profile: COKE }],
  },
];

const liftTraps: WithdrawalCase[] = [
  {
    name: "stop avoiding, no leave given (a complaint)",
    body: "Please stop avoiding my calls.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "you can't stop avoiding it yet",
    body: "You can't stop avoiding Zoom yet.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "a lift that waits on the board",
    body: "If the board agrees, you can stop avoiding Zoom.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "calls fine again if it is urgent (a one-off)",
    body: "Calls are fine again if it is urgent.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "calls fine again if necessary",
    body: "Calls are fine again if necessary.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "once the audit is done, even if that helps",
    body: "Once the audit is done, calls are fine again, if that helps.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "happy to take calls again if you need to",
    body: "Happy to take calls again if you need to.",
    profiles: [PHONE],
    removed: [],
  },
  {
    name: "no reason any more to keep a value not on file out of documents: nothing added",
    body: "There is no reason any more to keep Studio Meerval out of our documents.",
    profiles: [TOPICS],
    removed: [],
    also: [],
  },
];

describe("round 19: lifts", () => {
  const check = (c: WithdrawalCase) =>
    expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
  describe("heard as removals", () => {
    for (const c of lifts) it(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of liftTraps) it(c.name, () => check(c));
  });
});
