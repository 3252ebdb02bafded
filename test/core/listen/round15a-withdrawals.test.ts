/**
 * Round 15 (listen-15a): a withdrawal read as an anchor (a value on file, named bare, as a rule
 * about it, or pointed back at) and a lifting predicate from a class anywhere after it in the
 * clause (src/core/listen/lifting.ts); noun phrases that point back ("their name", "that item");
 * "don't feel you have to"; a replacement that gives up the old channel on file. Invented
 * organisations and values, each beside look-alikes in other senses.
 */
import { COKE, expectWithdrawals, hear, type WithdrawalCase, onOrg, letter } from "./listen-tester";

const CHANNELS = onOrg({ avoidChannels: ["whatsapp", "zoom"] });
const RIVALS = onOrg({ competitors: ["Larkspur Airways", "Corvid"] });
const ENTRIES = onOrg({ bannedBillingPhrases: ["Internal conference", "Case management"] });
const TOPICS = onOrg({ avoidTopics: ["politics"] });
const TEAMS = onOrg({ preferredChannels: ["teams"], avoidChannels: ["zoom"] });

const cases: WithdrawalCase[] = [
  // A rule about the value, and a predicate after words of its own.
  {
    name: "a no-X rule 'for' someone is gone",
    body: "Good news: the old no-WhatsApp rule for our legal team is gone.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "a ban on a rival has been lifted",
    body: "The ban on Corvid in our board papers has been lifted.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Corvid", profile: COKE }],
  },
  {
    name: "a policy no longer applies",
    body: "The no-Zoom policy we mentioned in March no longer applies.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "a restriction relaxed",
    body: "The Zoom restriction has now been relaxed across the group.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "a rule that has officially been lifted",
    body: "The ban on Zoom has officially been lifted.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "a rule that is a thing of the past, the contrast in its own clause",
    body: "The WhatsApp ban is a thing of the past.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  // A value named bare, and a predicate that holds for values.
  {
    name: "billing entries now payable",
    body: '"Internal conference" entries are now payable under the 2027 guidelines.',
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Internal conference", profile: COKE }],
  },
  {
    name: "a rival that can now be mentioned",
    body: "Corvid can now be mentioned in anything you send us.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Corvid", profile: COKE }],
  },
  {
    name: "a topic now allowed",
    body: "Politics is now allowed at the annual dinner.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "politics", profile: COKE }],
  },
  {
    name: "a rival that comes off the list",
    body: "Following the merger, Corvid comes off the list.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Corvid", profile: COKE }],
  },
  // Pointed back at.
  {
    name: "their name, the rival named in the sentence before",
    body: "We have partnered with Larkspur Airways. So you do not need to avoid their name any more.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Larkspur Airways", profile: COKE }],
  },
  {
    name: "that item, the entry named in the sentence before",
    body: "We reviewed 'Case management' with the panel. That item comes off the list of refused descriptions.",
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Case management", profile: COKE }],
  },
  {
    name: "'them' after a word that points at nothing",
    body: "We merged with Corvid. It's settled: you don't need to keep them out of your letters.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Corvid", profile: COKE }],
  },
  {
    name: "don't feel you have to avoid",
    body: "Please don't feel you have to avoid politics at the dinner any more.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "politics", profile: COKE }],
  },
  // A replacement.
  {
    name: "the new platform, not the old one on file",
    body: "Please use Zoom now, not Teams.",
    profiles: [TEAMS],
    removed: [
      { field: "preferredChannels", value: "teams", profile: COKE },
      { field: "avoidChannels", value: "zoom", profile: COKE },
    ],
  },
  {
    name: "moved from the old platform to the new",
    body: "We have moved from Teams to Zoom for all external meetings.",
    profiles: [TEAMS],
    removed: [
      { field: "preferredChannels", value: "teams", profile: COKE },
      { field: "avoidChannels", value: "zoom", profile: COKE },
    ],
  },
];

const traps: WithdrawalCase[] = [
  {
    name: "a rule not gone",
    body: "The WhatsApp ban is not gone, whatever you may have heard.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a rule not officially lifted",
    body: "The WhatsApp ban has not officially been lifted.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a rule still in place",
    body: "The WhatsApp ban is still in place.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "one rule stays, the other goes: only the other",
    body: "The Zoom ban stays but the WhatsApp ban is gone.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "a rule asked about",
    body: "Is the no-WhatsApp rule gone?",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a rule that may be lifted",
    body: "If the Zoom ban is lifted, we will tell you.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a value named bare 'gone' is no rule lifted",
    body: "Corvid is gone from the market, as you know.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "off some other list",
    body: "Corvid comes off the distribution list.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "payable says nothing of a rival",
    body: "Corvid invoices are now payable.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a value not on file",
    body: "The ban on Heronfield has been lifted.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "their name kept out",
    body: "We have partnered with Larkspur Airways. Please still avoid their name.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "their new name is no withdrawal",
    body: "Larkspur Airways has rebranded. Please use their new name from now on.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "that item with two entries before it could be either",
    body: "We discussed 'Case management' and 'Internal conference'. That item comes off the list.",
    profiles: [ENTRIES],
    removed: [],
  },
  {
    name: "a replacement of a channel not on file removes nothing",
    body: "Please use Zoom now, not Webex.",
    profiles: [TEAMS],
    removed: [],
  },
  {
    name: "a replacement asked about",
    body: "Is it Zoom now, not Teams?",
    profiles: [TEAMS],
    removed: [],
  },
  {
    name: "the old one kept: no new channel asked for",
    body: "We're not Teams people, to be honest.",
    profiles: [TEAMS],
    removed: [],
  },
];

function check(c: WithdrawalCase) {
  expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
}

describe("round 15a: withdrawals by anchor and lifting predicate", () => {
  describe("heard as removals", () => {
    for (const c of cases) it(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of traps) it(c.name, () => check(c));
  });
});
