/**
 * Round 19 (lead, from analysis-lh17): the organisation naming itself by a word of its own name
 * ("The Bank will not pay…"), "write" among the refused ways of contact, "always" opening a
 * standing request, lifts with a standing requirement ("provided …"), and a lift that names the
 * value on file by its head with some of its own modifiers ("the Leicester closure").
 */
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

const BANK = "@midlandsmutual.example";
const BANK_FROM = "Priya Shah <priya.shah@midlandsmutual.example>";
const bankOrg = (fields: Record<string, unknown> = {}) => ({
  matchKey: BANK,
  clientName: "Midlands Mutual Bank plc",
  ...fields,
});

runListenTests("round 19: the organisation names itself; write; always", {
  heard: [
    {
      name: "'The Bank will not pay for' a billing entry, from the bank",
      from: BANK_FROM,
      profiles: [bankOrg()],
      body: letter('The Bank will not pay for "File review" entries.'),
      heard: [{ field: "bannedBillingPhrases", value: "File review", profile: BANK }],
    },
    {
      name: "'please do not write to me on WhatsApp' refuses WhatsApp",
      body: letter("Please do not write to me on WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "a refusal reaches no further than the way offered after it ('…, use Teams')",
      body: letter("Don't contact me by email, use Teams."),
      heard: [
        { field: "avoidChannels", value: "email", profile: MEGGE },
        { field: "meetingPlatform", value: "teams", profile: MEGGE },
      ],
    },
    {
      name: "a list of refused ways goes on after its commas",
      body: letter("Please don't email, text or call me."),
      heard: [
        { field: "avoidChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "sms", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "a listed entry's alternatives share its head ('Preparation of invoices or budgets')",
      from: BANK_FROM,
      profiles: [bankOrg()],
      body: letter(
        "We will not pay for time entries described as any of the following:\n  • Attention to file\n  • Preparation of invoices or budgets",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Attention to file", profile: BANK },
        { field: "bannedBillingPhrases", value: "Preparation of invoices", profile: BANK },
        { field: "bannedBillingPhrases", value: "Preparation of budgets", profile: BANK },
      ],
    },
    {
      name: "'always text me' is a standing request",
      body: letter("Please always text me."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
  ],
  silent: [
    {
      name: "'The Bank' from a sender whose organisation is no bank is someone else",
      from: BANK_FROM,
      profiles: [{ matchKey: BANK, clientName: "Midlands Mutual Building Society" }],
      body: letter('The Bank will not pay for "File review" entries.'),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "'please do not write to me on WhatsApp' is no wish for WhatsApp",
      body: letter("Please do not write to me on WhatsApp."),
      fields: ["preferredChannels"],
    },
    {
      name: "'always call me if it is urgent' is a condition, not a standing request",
      body: letter("Please always call me if it is urgent."),
      fields: ["preferredChannels"],
    },
  ],
});

const lifts: WithdrawalCase[] = [
  {
    name: "a lift with a standing requirement ('provided …') still lifts",
    body: letter(
      '"Legal research" is no longer a prohibited description, provided the entry identifies the issue.',
    ),
    profiles: [onOrg({ bannedBillingPhrases: ["Legal research"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Legal research", profile: COKE }],
  },
  {
    name: "a topic on file named by its head and some of its own words",
    body: letter("You can mention the Leicester closure again, it is all public now."),
    profiles: [onOrg({ avoidTopics: ["the Leicester plant closure"] })],
    removed: [{ field: "avoidTopics", value: "the Leicester plant closure", profile: COKE }],
  },
];

const liftTraps: WithdrawalCase[] = [
  {
    name: "another closure, named with a word not on file, is not the one on file",
    body: letter("You can mention the Derby closure again, it is all public now."),
    profiles: [onOrg({ avoidTopics: ["the Leicester plant closure"] })],
    removed: [],
  },
  {
    name: "a lift that waits on an event still lifts nothing",
    body: letter('Once the audit is done, "Legal research" is fine again.'),
    profiles: [onOrg({ bannedBillingPhrases: ["Legal research"] })],
    removed: [],
  },
];

describe("round 19: lifts", () => {
  for (const c of lifts) it(c.name, () => expectWithdrawals(hear(c), c, false));
  for (const c of liftTraps) it(c.name, () => expectWithdrawals(hear(c), c, false));
});
