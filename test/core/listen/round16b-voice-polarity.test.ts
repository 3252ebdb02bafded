/**
 * Round 16 (listen-16b): a lift said in the active voice ("we have dropped the ban on X"), held
 * back by a plan, a possibility or a denial before its verb ("we are planning to lift the ban on
 * X"); and the scope of a lifted duty to exclude ("no need to keep X out of…", "don't feel you have
 * to leave us off…"), which never adds an avoidance and turns hospitality avoided into a welcome.
 * Invented organisations and values, each beside look-alikes in other senses.
 */
import { PERTURBATIONS } from "../../../scripts/corpus/perturb";
import {
  COKE,
  expectWithdrawals,
  hear,
  runListenTests,
  type WithdrawalCase,
  onOrg,
  letter,
} from "./listen-tester";

const CHANNELS = onOrg({ avoidChannels: ["whatsapp", "zoom"] });
const RIVALS = onOrg({ competitors: ["Novagenix", "Corvid"] });
const ENTRIES = onOrg({ bannedBillingPhrases: ["Internal conference"] });
const TOPICS = onOrg({ avoidTopics: ["the merger"] });
const HOSTED = onOrg({ entertainment: "avoid" });

const active: WithdrawalCase[] = [
  {
    name: "we have dropped the prohibition on an entry",
    body: 'We have dropped the prohibition on "Internal conference" entries.',
    profiles: [ENTRIES],
    removed: [{ field: "bannedBillingPhrases", value: "Internal conference", profile: COKE }],
  },
  {
    name: "the board has lifted the ban on a rival",
    body: "The board has lifted the ban on Novagenix.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Novagenix", profile: COKE }],
  },
  {
    name: "we've finally scrapped the no-X rule",
    body: "We've finally scrapped the no-WhatsApp rule.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
  },
  {
    name: "simple past, a rule about a topic",
    body: "Last month we removed the old restriction on the merger.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "the merger", profile: COKE }],
  },
  {
    name: "a lift confirmed ('I can confirm')",
    body: "I can confirm we have lifted the ban on Zoom.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "a permission to the reader stays a lift",
    body: "You can now drop the no-Zoom rule.",
    profiles: [CHANNELS],
    removed: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
  },
  {
    name: "a polite request stays a lift",
    body: "We would be grateful if you could remove Corvid from the competitor list.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Corvid", profile: COKE }],
  },
];

const activeTraps: WithdrawalCase[] = [
  {
    name: "not dropped",
    body: "We have not dropped the ban on Novagenix.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "never lifted",
    body: "We never lifted the ban on Zoom.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "may drop",
    body: "We may drop the ban on Novagenix later this year.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a condition: if the board lifts",
    body: "If the board lifts the ban on Zoom, we will let you know.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a plan: planning to lift (the imperative cue too)",
    body: "We are planning to lift the ban on Novagenix.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a plan to take a value off a list",
    body: "We are planning to remove Corvid from the competitor list.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "considering lifting",
    body: "We're considering lifting the ban on WhatsApp.",
    profiles: [CHANNELS],
    removed: [],
  },
  {
    name: "a future: will lift",
    body: "We will lift the ban on Novagenix once the deal closes.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "a ban on a value not on file",
    body: "We have dropped the ban on Heronfield.",
    profiles: [RIVALS],
    removed: [],
  },
  {
    name: "dropped something other than a rule",
    body: "We have dropped the Novagenix account.",
    profiles: [RIVALS],
    removed: [],
  },
];

const scope: WithdrawalCase[] = [
  {
    name: "no need to keep a topic out of letters: removed, never added",
    body: "There's no need to keep the merger out of your letters now.",
    profiles: [TOPICS],
    removed: [{ field: "avoidTopics", value: "the merger", profile: COKE }],
    also: [],
  },
  {
    name: "a pointer kept out: removed, the pointer never added as a topic",
    body: "We have merged with Novagenix, so there's no need to keep its name out of your letters.",
    profiles: [RIVALS],
    removed: [{ field: "competitors", value: "Novagenix", profile: COKE }],
    also: [],
  },
  {
    name: "not on file: nothing at all",
    body: "There's no need to keep Heronfield out of your letters.",
    profiles: [RIVALS],
    removed: [],
    also: [],
  },
];

function check(c: WithdrawalCase) {
  expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false);
}

describe("round 16b: lifts in the active voice", () => {
  describe("heard as removals", () => {
    for (const c of active) it(c.name, () => check(c));
  });
  describe("traps", () => {
    for (const c of activeTraps) it(c.name, () => check(c));
  });
  describe("a lifted duty to exclude", () => {
    for (const c of scope) it(c.name, () => check(c));
  });
});

runListenTests("round 16b: hospitality under a lifted duty to exclude", {
  heard: [
    {
      name: "don't feel you have to leave us off your invitations any more: welcome",
      body: letter("Please don't feel you have to leave us off your invitations any more."),
      profiles: [HOSTED],
      heard: [{ field: "entertainment", value: "welcome", profile: COKE, alreadyKnown: false }],
    },
    {
      name: "no need to keep us off the hospitality list: welcome",
      body: letter("There's no need to keep us off the hospitality list from now on."),
      heard: [{ field: "entertainment", value: "welcome", profile: COKE }],
    },
    {
      name: "look-alike: no need to invite us stays an avoidance",
      body: letter("There's no need to invite any of us to your client dinners."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "look-alike: please leave us off the invitation lists stays an avoidance",
      body: letter("Please leave us off your invitation lists."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "you don't have to avoid a topic: nothing added",
      body: letter("You don't have to avoid the restructuring in your letters."),
      fields: ["avoidTopics"],
    },
    {
      name: "look-alike: no need to take us out (hospitality itself) is never a welcome",
      body: letter("There's no need to take us out for dinner any more."),
      fields: ["entertainment"],
    },
    {
      name: "needn't keep a company out: nothing added",
      body: letter("You needn't keep Heronfield out of the board papers."),
      fields: ["competitors", "avoidNames", "avoidTopics"],
    },
  ],
});

// The "voice" kind of the perturbation suite (scripts/corpus/perturb.ts): a lift said in the
// other voice is heard the same, a denial in either voice stays silent.
describe("round 16b: the voice perturbation keeps what is heard", () => {
  const voice = PERTURBATIONS.find((p) => p.kind === "voice")!;
  const removals = (body: string, profiles: unknown[]) =>
    hear({ name: "", body: letter(body), profiles })
      .filter((s) => s.op === "remove")
      .map((s) => `${s.field}=${s.value}`);
  const table: [string, unknown[], string[]][] = [
    ["The ban on Novagenix has been lifted.", [RIVALS], ["competitors=Novagenix"]],
    ["We have dropped the no-WhatsApp rule.", [CHANNELS], ["avoidChannels=whatsapp"]],
    ["The board has now scrapped the ban on Corvid.", [RIVALS], ["competitors=Corvid"]],
    ["The restriction on the merger has been relaxed.", [TOPICS], ["avoidTopics=the merger"]],
  ];
  for (const [statement, profiles, removed] of table) {
    const rewritten = voice.rewrite(statement);
    it(`${statement} → ${rewritten}`, () => {
      expect(rewritten).not.toBe(statement);
      expect(removals(statement, profiles)).toEqual(removed);
      expect(removals(rewritten, profiles)).toEqual(removed);
    });
  }
});
