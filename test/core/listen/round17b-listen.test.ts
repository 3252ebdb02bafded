/**
 * Round 17 (listen-17b), from analysis lh15 rec. 1's "still to do" and W8: a withdrawal that names
 * a topic on file by its head noun; a bare cadence that reaches update talk over one unrelated
 * sentence; an existing report named by its cadence that is being moved; a colleague copied in
 * and then spoken of as "she/he"; no avoided name that is a word of the full name on file unless
 * refused outright; and the one forward-header "From:" pattern shared by quoted history and
 * listening; and (rec. 5) the writer's own name found fine "day to day" or "by the way". Invented people, organisations and values, each beside look-alikes in other senses.
 */
import { HEADER_FROM } from "../../../src/core/text/quoted-history";
import {
  COKE,
  MEGGE,
  expectWithdrawals,
  hear,
  letter,
  onOrg,
  runListenTests,
  type WithdrawalCase,
} from "./listen-tester";

// 1. A withdrawal matches a topic on file by its head.
const INSPECTION = onOrg({ avoidTopics: ["the CQC inspection"] });
const TWO_INSPECTIONS = onOrg({ avoidTopics: ["the CQC inspection", "the fire inspection"] });
const REDUNDANCIES = onOrg({ avoidTopics: ["the July redundancies"] });
const LONG_TOPIC = onOrg({ avoidTopics: ["restructuring of the team"] });

const byHead: WithdrawalCase[] = [
  {
    name: "'you can mention the inspection again' for 'the CQC inspection'",
    body: "You can mention the inspection again.",
    profiles: [INSPECTION],
    removed: [{ field: "avoidTopics", value: "the CQC inspection", profile: COKE }],
  },
  {
    name: "'no need to tiptoe around the inspection any more'",
    body: "The report is out, so no need to tiptoe around the inspection any more.",
    profiles: [INSPECTION],
    removed: [{ field: "avoidTopics", value: "the CQC inspection", profile: COKE }],
  },
  {
    name: "'the redundancies are no longer a sore point' for 'the July redundancies'",
    body: "The redundancies are no longer a sore point.",
    profiles: [REDUNDANCIES],
    removed: [{ field: "avoidTopics", value: "the July redundancies", profile: COKE }],
  },
  {
    name: "the whole wording still withdraws it",
    body: "You can mention the CQC inspection again.",
    profiles: [INSPECTION],
    removed: [{ field: "avoidTopics", value: "the CQC inspection", profile: COKE }],
  },
];

const byHeadTraps: WithdrawalCase[] = [
  {
    name: "a head shared by two topics on file: which one?",
    body: "You can mention the inspection again.",
    profiles: [TWO_INSPECTIONS],
    removed: [],
  },
  {
    name: "a different modifier is another thing ('the fire inspection')",
    body: "You can mention the fire inspection again.",
    profiles: [INSPECTION],
    removed: [],
  },
  {
    name: "the head modifying another noun ('the inspection report')",
    body: "You can mention the inspection report again.",
    profiles: [INSPECTION],
    removed: [],
  },
  {
    name: "an indefinite article points at no topic on file",
    body: "You can mention an inspection again.",
    profiles: [INSPECTION],
    removed: [],
  },
  {
    name: "a phrase with a preposition has no single head",
    body: "You can mention the team again.",
    profiles: [LONG_TOPIC],
    removed: [],
  },
  {
    name: "the head named without a lifting cue",
    body: "The inspection went well on Tuesday.",
    profiles: [INSPECTION],
    removed: [],
  },
  {
    name: "the head in a refusal, not a lift",
    body: "Please don't mention the inspection again.",
    profiles: [INSPECTION],
    removed: [],
  },
];

function check(c: WithdrawalCase) {
  expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
}

describe("round 17b: a withdrawal matches a topic on file by its head", () => {
  describe("heard as removals", () => {
    for (const c of byHead) it(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of byHeadTraps) it(c.name, () => check(c));
  });
});

// 4. A colleague copied in, then "she/he".
const PRIYA = "priya.shah@coca-cola.example";
const PRIYA_TO = `Priya Shah <${PRIYA}>`;
const LAWYER = "Jo Lawyer <jo@firm.example>";

runListenTests("round 17b: cadence, moved reports, copied-in colleagues, full-name words", {
  silent: [
    // 2. Cadence across a sentence: bounded.
    {
      name: "a billing sentence between: the cadence is the invoices'",
      body: letter(
        "Updates on the Harbour matter are useful. The invoices come on the 3rd. Monthly is plenty.",
      ),
      fields: ["statusUpdates"],
    },
    {
      name: "update talk in another paragraph",
      body: letter(
        "Updates on the Harbour matter are useful.\n\nThe board meets on the 3rd. Monthly is plenty.",
      ),
      fields: ["statusUpdates"],
    },
    {
      name: "three sentences back is too far",
      body: letter(
        "Updates on the Harbour matter are useful. The board meets on the 3rd. I travel a lot. Monthly is plenty.",
      ),
      fields: ["statusUpdates"],
    },
    {
      name: "a sentence between with a cadence of its own",
      body: letter(
        "Updates on the Harbour matter are useful. The board meets monthly. Monthly is plenty.",
      ),
      fields: ["statusUpdates"],
    },
    {
      name: "a meeting between: its own rhythm",
      body: letter(
        "Updates on the Harbour matter are useful. Our site meetings are on the 3rd. Monthly is plenty.",
      ),
      fields: ["statusUpdates"],
    },
    // 3. An existing report named by its cadence.
    {
      name: "the existing report praised, nothing moved",
      body: letter("The monthly status note is very useful."),
      fields: ["statusUpdates"],
    },
    {
      name: "the existing report reported on, not moved",
      body: letter("The monthly status note arrived on Monday."),
      fields: ["statusUpdates"],
    },
    {
      name: "an invoice moved is billing, not reporting",
      body: letter("Could the monthly invoice move to the first Monday of the month?"),
      fields: ["statusUpdates"],
    },
    {
      name: "a question about a past move",
      body: letter("Did the monthly status note move to the first Monday?"),
      fields: ["statusUpdates"],
    },
    // 4. Copied in, then a pronoun.
    {
      name: "the colleague copied in is nowhere in To/Cc: nobody",
      body: letter("I'm copying in Priya, our GC. She'd rather not be phoned."),
      recipients: [LAWYER],
    },
    {
      name: "the person copied in is at another organisation",
      body: letter("I'm copying in Priya, our GC. She'd rather not be phoned."),
      recipients: [LAWYER, "Priya Shah <priya.shah@other-co.example>"],
    },
    {
      name: "someone else introduced between: 'she' is the daughter",
      body: letter(
        "I'm copying in Priya, our GC. My daughter starts school today. She'd rather not be phoned.",
      ),
      recipients: [LAWYER, PRIYA_TO],
    },
    {
      name: "a pronoun with no one copied in",
      body: letter("Thanks for the draft. She'd rather not be phoned."),
      recipients: [LAWYER, PRIYA_TO],
    },
    {
      name: "someone else named after the introduction",
      body: letter("I'm copying in Priya. Tom would rather not be phoned."),
      recipients: [PRIYA_TO],
    },
    // 5. A word of the full name on file.
    {
      name: "a report of who uses the name, on a run-on line",
      body: letter("only my gran and HMRC call me Megge\nSo Meg is what I use."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      fields: ["avoidNames"],
    },
    {
      name: "'only the IRS calls me Megge' with that name on file and no other form asked",
      body: letter("Only the IRS calls me Megge."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      fields: ["avoidNames"],
    },
    {
      name: "'Megge is for my passport' with no other form asked",
      body: letter("Megge is for my passport, to be fair."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      fields: ["avoidNames"],
    },
    // 7. The writer's own name found fine, narrowed to one occasion or said bare.
    {
      name: "'Megge is fine for the board pack': one occasion",
      body: letter("Megge is fine for the board pack."),
      fields: ["preferredName"],
    },
    // Round 27 (decided 5 December): found fine bare or in all correspondence asks for it; one
    // occasion, a one-off or a condition does not.
    {
      // Round 27 (analysis-lh25 W3): the name preferred where the firm writes, not the channel.
      name: "'I'd prefer Megge in e-mails' prefers no channel",
      body: letter("One small thing: I'd prefer Megge in e-mails."),
      fields: ["preferredChannels"],
    },
    {
      name: "'write to me at' an office is an address, not a name",
      body: letter("Please write to me at the Leith office from now on."),
      fields: ["preferredName"],
    },
    {
      name: "'Megge is fine at the dinner on Friday': one occasion",
      body: letter("Megge is fine at the dinner on Friday."),
      fields: ["preferredName"],
    },
    {
      name: "'Megge is fine for now': a one-off",
      body: letter("Megge is fine for now."),
      fields: ["preferredName"],
    },
    {
      name: "'Megge is fine when we meet': a condition",
      body: letter("Megge is fine when we meet."),
      fields: ["preferredName"],
    },
    {
      name: "'In the meeting Megge is fine': a lead naming one occasion",
      body: letter("In the meeting Megge is fine."),
      fields: ["preferredName"],
    },
    {
      name: "'Megge is fine with the draft, by the way': fine with something",
      body: letter("Megge is fine with the draft, by the way."),
      fields: ["preferredName"],
    },
    {
      name: "someone else's name widened",
      body: letter("Tom is fine, by the way."),
      fields: ["preferredName"],
    },
  ],
  heard: [
    // 7.
    {
      name: "'Megge is fine day to day'",
      body: letter("Megge is fine day to day."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'Megge is fine, by the way'",
      body: letter("Megge is fine, by the way."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'Megge is fine, honestly I prefer it'",
      body: letter("Megge is fine, honestly I prefer it."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    // Round 27 (decided 5 December): the writer's own form found fine asks for it, bare, scoped
    // to correspondence, or after a lead that only colours it.
    {
      name: "'write to me as Megge': how to head what the firm writes",
      body: letter("Could you write to me as Megge from now on, please?"),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'I'd prefer updates in an email' still prefers email",
      body: letter("I'd prefer updates in an email."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "'Megge is fine.' bare",
      body: letter("Megge is fine."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'Megge is fine in emails': all the firm writes",
      body: letter("Megge is fine in emails."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'PS Megge is fine' after a postscript mark",
      body: letter("Thanks for the bundle.\n\nPS Megge is fine."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    {
      name: "'In correspondence, Megge is absolutely fine' after a scope lead",
      body: letter("In correspondence, Megge is absolutely fine."),
      heard: [{ field: "preferredName", value: "Megge" }],
    },
    // 2.
    {
      name: "a cadence reads update talk across an unrelated sentence",
      body: letter(
        "Updates on the Harbour matter are useful. The board meets on the 3rd. Monthly is plenty.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly" }],
    },
    {
      name: "the sentence just before still answers",
      body: letter("Updates on the Harbour matter are useful. Monthly is plenty."),
      heard: [{ field: "statusUpdates", value: "monthly" }],
    },
    // 3.
    {
      name: "'could the monthly status note move to the first Monday'",
      body: letter("Could the monthly status note move to the first Monday of the month?"),
      heard: [{ field: "statusUpdates", value: "monthly, first Monday of the month" }],
    },
    {
      name: "'please move the monthly status note to the first Monday'",
      body: letter("Please move the monthly status note to the first Monday of the month."),
      heard: [{ field: "statusUpdates", value: "monthly, first Monday of the month" }],
    },
    {
      name: "'the weekly update should move to Friday mornings'",
      body: letter("The weekly update should move to Friday mornings."),
      heard: [{ field: "statusUpdates", value: "weekly, Friday mornings" }],
    },
    // 4.
    {
      name: "copied in, then 'she'",
      body: letter("I'm copying in Priya, our GC. She'd rather not be phoned."),
      recipients: [LAWYER, PRIYA_TO],
      heard: [{ field: "avoidChannels", value: "phone", profile: PRIYA }],
    },
    {
      name: "copied in with the full name, then 'he' twice",
      body: letter("I've copied in Tom Reyes. He prefers Teams for calls. He also hates WhatsApp."),
      recipients: ["Tom Reyes <tom.reyes@coca-cola.example>"],
      heard: [
        { field: "meetingPlatform", value: "teams", profile: "tom.reyes@coca-cola.example" },
        { field: "avoidChannels", value: "whatsapp", profile: "tom.reyes@coca-cola.example" },
      ],
    },
    {
      name: "copied in, but the writer's own wish stays the writer's",
      body: letter("I'm copying in Priya. Please don't phone me."),
      recipients: [PRIYA_TO],
      heard: [{ field: "avoidChannels", value: "phone" }],
    },
    // 5.
    {
      name: "a word of the full name refused outright",
      body: letter("Please don't call me Megge. Meg, please."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      heard: [
        { field: "avoidNames", value: "Megge" },
        { field: "preferredName", value: "Meg" },
      ],
    },
    {
      name: "a word of the full name, another form asked beside it",
      body: letter("Only the IRS calls me Megge. Meg, please."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      heard: [
        { field: "avoidNames", value: "Megge" },
        { field: "preferredName", value: "Meg" },
      ],
    },
    {
      name: "a word of the full name refused in a list after 'please not'",
      body: letter("Whatever you prefer, but please not 'Ms Anderson' or 'Megge'."),
      profiles: [{ matchKey: MEGGE, fullName: "Megge Anderson" }],
      heard: [
        { field: "avoidNames", value: "Ms Anderson" },
        { field: "avoidNames", value: "Megge" },
      ],
    },
    {
      name: "the misspelling of a word on file is no word of it ('Jurgen' for 'Jürgen')",
      from: "Jürgen Haberl <j.haberl@haberl.example>",
      body: 'Hi Jo,\n\nMy name is written Jürgen, with an umlaut. "Jurgen" is wrong.\n\nJürgen',
      profiles: [{ matchKey: "j.haberl@haberl.example", fullName: "Jürgen Haberl" }],
      // Round 21 (decided 4 December, docs/listen.md, Names): the writer's own given name spelt
      // out is their full name (here the one on file, confirmed), not a form of address.
      heard: [
        { field: "fullName", value: "Jürgen Haberl" },
        { field: "avoidNames", value: "Jurgen" },
      ],
    },
    {
      name: "no full name on file: the report is heard as before",
      body: letter("Only the IRS calls me Megge. Meg, please."),
      heard: [
        { field: "avoidNames", value: "Megge" },
        { field: "preferredName", value: "Meg" },
      ],
    },
  ],
});

// 6. One forward-header "From:" pattern.
describe("round 17b: HEADER_FROM, the forward header's From line", () => {
  const withAddress: [string, string, string][] = [
    ["From: Ana Ruiz <ana.ruiz@acme.example>", "ana.ruiz@acme.example", "acme.example"],
    ["*From:* Ana Ruiz [mailto:ana@acme.example]", "ana@acme.example", "acme.example"],
    ["Von: Jens Weber <jens@weber.example>", "jens@weber.example", "weber.example"],
    ["Od kogo: Jan Nowak <jan@nowak.example>", "jan@nowak.example", "nowak.example"],
    ["Remitente: ventas@tienda.example", "ventas@tienda.example", "tienda.example"],
  ];
  it.each(withAddress)("%s: the address and its domain", (line, address, domain) => {
    const m = HEADER_FROM.exec(line);
    expect(m?.[1]).toBe(address);
    expect(m?.[2]).toBe(domain);
  });
  const nameOnly = ["From: Ana Ruiz", "De : Marie Dubois", "Od kogo: Jan Nowak"];
  it.each(nameOnly)("%s: a header line without an address", (line) => {
    const m = HEADER_FROM.exec(line);
    expect(m).not.toBeNull();
    expect(m?.[2]).toBeUndefined();
  });
  const notHeaders = [
    "From: ",
    "From the start we said weekly.",
    "Fromage: brie",
    "Please reply from: your own address",
  ];
  it.each(notHeaders)("%s: no header line", (line) => {
    expect(HEADER_FROM.test(line)).toBe(false);
  });
});
