/**
 * Round 12 (listen-12b): withdrawals said as a value taken off a list of things to avoid, and
 * withdrawals said with a pronoun for the value on file named just before ("we've merged with
 * Harbour Telecom, so there's no need to keep them off-limits"), beside their look-alikes.
 */
import {
  COKE,
  expectWithdrawals,
  hear,
  MEGGE,
  type WithdrawalCase,
  onOrg,
  letter,
} from "./listen-tester";

const RIVALS = onOrg({ competitors: ["Harbour Telecom", "Vantage"] });
const ENTRIES = onOrg({ bannedBillingPhrases: ["Internal conference", "Case management"] });

const cases: WithdrawalCase[] = [
  {
    name: "an entry taken off the non-billable list (passive)",
    body: 'Following our review, "Internal conference" has been taken off the non-billable list.',
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Internal conference", profile: COKE }],
  },
  {
    name: "an entry removed from the list (active)",
    body: "We have removed 'Case management' from our list of non-billable entries.",
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Case management", profile: COKE }],
  },
  {
    name: "an entry no longer on the non-billable list",
    body: "'Case management' is no longer on the non-billable list.",
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Case management", profile: COKE }],
  },
  {
    name: "a rival taken off the do-not-mention list",
    body: "Vantage is off the do-not-mention list now.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Vantage", profile: COKE }],
  },
  {
    name: "a rival withdrawn by a pronoun after a merger",
    body: "Some news: we've merged with Harbour Telecom, so there's no need to keep them off-limits in your correspondence.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Harbour Telecom", profile: COKE }],
  },
  {
    name: "a rival withdrawn by a pronoun in the next sentence",
    body: "We completed the acquisition of Vantage last week. You no longer need to keep them out of your letters.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Vantage", profile: COKE }],
  },
  {
    name: "the same said with 'they're no longer a rival'",
    body: "We've merged with Harbour Telecom, so they're no longer a rival of ours.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Harbour Telecom", profile: COKE }],
  },
];

const traps: WithdrawalCase[] = [
  {
    name: "a value taken off an approved list is banned, not lifted",
    body: "'Case management' has been taken off the approved list of task descriptions.",
    profiles: [ENTRIES],
    removed: [],
  },
  {
    name: "an entry no longer on the approved list is banned, not lifted",
    body: "'Case management' is no longer on the approved list of descriptions.",
    profiles: [ENTRIES],
    removed: [],
  },
  {
    name: "an entry taken off an invoice is no withdrawal",
    body: "We have taken 'Internal conference' off the March invoice.",
    profiles: [ENTRIES],
    removed: [],
  },
  {
    name: "an entry taken off the list that is not on file",
    body: '"Travel time" has been taken off the non-billable list.',
    profiles: [ENTRIES],
    removed: [],
  },
  {
    name: "a pronoun with two rivals named before it could be either",
    body: "Harbour Telecom and Vantage have merged, so there's no need to keep them off-limits.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a pronoun kept off-limits: the ban confirmed, not lifted",
    body: "Harbour Telecom is still our biggest rival, so please keep them off-limits in your correspondence.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a pronoun withdrawal asked about, not stated",
    body: "We've merged with Harbour Telecom. Is there still a need to keep them off-limits?",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a pronoun two sentences after the value stands for nothing on file",
    body: "Harbour Telecom came up at the board. The new CFO starts on Monday. There's no need to keep them off-limits.",
    profiles: [RIVALS],
    removed: [],
  },
];

function check(c: WithdrawalCase) {
  expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
}

describe("round 12b: withdrawals from lists and by pronoun", () => {
  describe("heard as removals", () => {
    for (const c of cases) it(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of traps) it(c.name, () => check(c));
  });
  it("the person's own profile is not touched by the organisation's list", () => {
    const heard = hear({
      name: "x",
      body: letter('"Internal conference" has been taken off the non-billable list.'),
      profiles: [ENTRIES, { matchKey: MEGGE, avoidNames: ["Meg"] }],
    });
    expect(heard.filter((s) => s.op === "remove").map((s) => s.profile)).toEqual([COKE]);
  });
});
