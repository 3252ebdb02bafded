/**
 * Round 20 (listen-20b, from analysis-lh17 recs 2c and 2d): a competitor on file named by its
 * first word in a lift (detection's short-name rule) and "stop treating X as a rival" as a lift,
 * each beside look-alikes; rec 2d (a refused preferred channel removed too) is left out, see the
 * last trap.
 */
import {
  COKE,
  expectWithdrawals,
  hear,
  letter,
  MEGGE,
  onOrg,
  type WithdrawalCase,
} from "./listen-tester";

const RIVALS = ["Glimmerforge Studios", "Vantablack Interactive", "Pepsi"];

const lifts: WithdrawalCase[] = [
  {
    name: "a competitor on file by its coined first word ('Glimmerforge' for Glimmerforge Studios)",
    body: letter("Glimmerforge is no longer a competitor of ours."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [{ field: "competitors", value: "Glimmerforge Studios", profile: COKE }],
  },
  {
    name: "'you can stop treating X as off-limits' lifts it",
    body: letter("You can stop treating Glimmerforge as off-limits, we merged in May."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [{ field: "competitors", value: "Glimmerforge Studios", profile: COKE }],
  },
  {
    name: "'no need to treat X as a competitor any more' lifts it",
    body: letter("No need to treat Pepsi as a competitor any more."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
];

const liftTraps: WithdrawalCase[] = [
  {
    name: "the first word of a name whose rest is no trade word ('Harbour Mill') lifts nothing",
    body: letter("Harbour is no longer a competitor of ours."),
    profiles: [onOrg({ competitors: ["Harbour Mill"] })],
    removed: [],
  },
  {
    name: "the first word opening another capitalised name ('Glimmerforge Park') is another thing",
    body: letter("Glimmerforge Park is no longer a competitor of ours."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [],
  },
  {
    name: "the short name without a lift cue withdraws nothing",
    body: letter("We met Glimmerforge again last week."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [],
  },
  {
    name: "'please treat X as a rival' is no lift",
    body: letter("Please treat Glimmerforge as a rival in everything you send us."),
    profiles: [onOrg({ competitors: RIVALS })],
    removed: [],
  },
  {
    // Round 28 (the lead's decision of 5 December) replaces round 20's: a channel the writer has
    // left, on file as preferred, is a removal from preferredChannels, and no longer an avoidance.
    name: "a channel left that is listed as preferred is a removal, not an avoidance",
    body: letter("I've stopped using WhatsApp."),
    profiles: [{ matchKey: MEGGE, preferredChannels: ["whatsapp", "email"] }],
    removed: [{ field: "preferredChannels", value: "whatsapp", profile: MEGGE }],
    also: [],
  },
];

describe("round 20: lifts by a short name, 'stop treating'", () => {
  for (const c of lifts) it(c.name, () => expectWithdrawals(hear(c), c, false));
  for (const c of liftTraps) it(c.name, () => expectWithdrawals(hear(c), c, false));
});
