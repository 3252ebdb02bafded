/**
 * Round 40 (listen-40): leave given with "freely" lifts a value on file, as leave with a time word
 * of a change does ("you can mention the permit dispute freely now", "you can raise water rights
 * with the members freely"; withdrawals.ts). Rows written before measuring: six removals it must
 * hear (one a known gap, below), nine look-alikes that must remove nothing (someone else's leave,
 * a question, a one-off, a hypothetical, a past state, the word in another sense, a negation, a
 * condition after it, a value not on file).
 */
import { COKE, expectWithdrawals, hear, type WithdrawalCase, onOrg, letter } from "./listen-tester";

const TOPICS = onOrg({ avoidTopics: ["the 2025 contamination recall", "the merger", "politics"] });
const RIVALS = onOrg({ competitors: ["Acme Fibres"] });
const CHANNELS = onOrg({ avoidChannels: ["whatsapp"] });
const RECALL = {
  field: "avoidTopics" as const,
  value: "the 2025 contamination recall",
  profile: COKE,
};

const cases: WithdrawalCase[] = [
  {
    name: "talk about it freely now",
    body: "You can talk about the recall freely now; we even use the report in our marketing.",
    profiles: [TOPICS],
    removed: [RECALL],
  },
  {
    name: "discuss it freely with our staff",
    body: "You may discuss the merger freely with our staff.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "the merger", profile: COKE }],
  },
  {
    name: "a rival referred to freely",
    body: "You can now refer to Acme Fibres freely in your letters to us.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Acme Fibres", profile: COKE }],
  },
  {
    name: "a rival pointed back at",
    body: "Acme Fibres are part of the group now, so you can mention them freely in anything you send us.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Acme Fibres", profile: COKE }],
  },
  {
    name: "happy for you to raise it freely",
    body: "We're happy for you to raise politics freely with the board.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "politics", profile: COKE }],
  },
];

// Written with the rows above and failing as written: a channel's lift followed by "with me" is
// not heard, with "freely" or with main's "again" ("You can use WhatsApp with me again" removes
// nothing either; "You can use WhatsApp freely." is heard). Kept as a known gap.
const gaps: WithdrawalCase[] = [
  {
    name: "a channel used freely",
    body: "You can use WhatsApp freely with me.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
];

const traps: WithdrawalCase[] = [
  {
    name: "someone else's leave to others",
    body: "The regulator says journalists can discuss the recall freely.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a question",
    body: "Can you talk about the recall freely with the press?",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a one-off",
    body: "At tomorrow's meeting only, you can talk about the recall freely.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a hypothetical",
    body: "If the inquiry clears us, you can talk about the recall freely.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a past state",
    body: "Last year you could talk about the recall freely.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "freely in another sense",
    body: "You can breathe freely now that the recall is behind us.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a negation",
    body: "You can't talk about the recall freely yet.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a condition after it",
    body: "You can talk about the recall freely once the court lifts the order.",
    profiles: [TOPICS],
    removed: [],
  },
  {
    name: "a value not on file",
    body: "You can talk about the weather freely.",
    profiles: [TOPICS],
    removed: [],
  },
];

function check(c: WithdrawalCase) {
  expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
}

describe("round 40: leave given freely", () => {
  describe("heard as removals", () => {
    for (const c of cases) it(c.name, () => check(c));
  });
  describe("known gaps", () => {
    for (const c of gaps) it.failing(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of traps) it(c.name, () => check(c));
  });
});
