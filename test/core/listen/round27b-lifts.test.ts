import { liftsSomething } from "../../../src/core/listen/lifting";
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

// Round 27 (listen-27b), from analysis-lh24 §2 E, F, G, J and analysis-lh22 I, K: lifts said with
// any restriction noun and any lifting predicate, a channel able to come back ("we can receive post
// again", "video works fine for us now"), a refusal of the bill's detail by a verb of dislike or a
// want negated after its verb, a wish said as what is approved or what the writer reads, and a
// single value on file "confirmed" beside a new one. Sentences written for these tables; each valid
// row has an invalid one beside it.
const onPerson = (fields: Record<string, unknown>) => ({ matchKey: MEGGE, ...fields });

const lifts: (WithdrawalCase & { valid: boolean })[] = [
  {
    valid: true,
    name: "the exclusion on an entry dropped",
    body: letter(`After the audit we have dropped the exclusion on "Case planning" entries.`),
    profiles: [onOrg({ bannedBillingPhrases: ["Case planning"] })],
    removed: [{ field: "bannedBillingPhrases", value: "Case planning", profile: COKE }],
  },
  {
    valid: false,
    name: "the exclusion kept ('not dropped')",
    body: letter(`We have not dropped the exclusion on "Case planning" entries.`),
    profiles: [onOrg({ bannedBillingPhrases: ["Case planning"] })],
    removed: [],
  },
  {
    valid: true,
    name: "the prohibition of a rival lifted, verb first",
    body: letter("The board lifted the prohibition of Pepsi last week."),
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [{ field: "competitors", value: "Pepsi", profile: COKE }],
  },
  {
    valid: false,
    name: "the prohibition of a rival, a plan only",
    body: letter("The board is thinking of lifting the prohibition of Pepsi."),
    profiles: [onOrg({ competitors: ["Pepsi"] })],
    removed: [],
  },
  {
    valid: true,
    name: "the no-X rule given leave to go",
    body: letter("Everyone here has Signal now, so the old no-Signal rule can go."),
    profiles: [onPerson({ avoidChannels: ["signal"] })],
    removed: [{ field: "avoidChannels", value: "signal", profile: MEGGE }],
    also: [],
  },
  {
    valid: false,
    name: "the no-X rule that only could go",
    body: letter("The old no-Signal rule could go one day."),
    profiles: [onPerson({ avoidChannels: ["signal"] })],
    removed: [],
  },
  {
    valid: false,
    name: "whether the rule can go is no lift",
    body: letter("We are still discussing whether the no-Signal rule can go."),
    profiles: [onPerson({ avoidChannels: ["signal"] })],
    removed: [],
  },
  {
    valid: true,
    name: "the embargo on a topic can now be dropped",
    body: letter("The embargo on the merger can now be dropped; it was announced on Monday."),
    profiles: [onPerson({ avoidTopics: ["the merger"] })],
    removed: [{ field: "avoidTopics", value: "the merger", profile: MEGGE }],
  },
  {
    valid: true,
    name: "a channel the writer can receive again",
    body: letter("The new post room is open, so we can receive letters by post again."),
    profiles: [onOrg({ avoidChannels: ["post"] })],
    removed: [{ field: "avoidChannels", value: "post", profile: COKE }],
  },
  {
    valid: false,
    name: "a channel received right now is the moment",
    body: letter("I'm at my desk, so I can take calls now."),
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
  {
    valid: false,
    name: "a channel received again only on a condition",
    body: letter("We can receive post again once the refit is finished."),
    profiles: [onOrg({ avoidChannels: ["post"] })],
    removed: [],
  },
  {
    valid: true,
    name: "a channel that works fine now",
    body: letter("The new router is in, and video calls work fine for me now."),
    profiles: [onPerson({ avoidChannels: ["video"] })],
    removed: [{ field: "avoidChannels", value: "video", profile: MEGGE }],
  },
  {
    valid: false,
    name: "a channel that works fine, no change said",
    body: letter("Video calls work fine for me."),
    profiles: [onPerson({ avoidChannels: ["video"] })],
    removed: [],
  },
  {
    valid: true,
    name: "a condition inside a later clause is that clause's own",
    body: letter("We are happy to take calls once more - no need to email first unless it's late."),
    profiles: [onOrg({ avoidChannels: ["phone"] })],
    removed: [{ field: "avoidChannels", value: "phone", profile: COKE }],
  },
  {
    valid: false,
    name: "a later clause that opens with its condition makes the lift wait",
    body: letter("Calls are fine again, but only if it's urgent."),
    profiles: [onPerson({ avoidChannels: ["phone"] })],
    removed: [],
  },
];

describe("round 27: lifts said with any restriction noun and predicate", () => {
  for (const c of lifts) {
    it(`${c.valid ? "lift" : "no lift"}: ${c.name}`, () => expectWithdrawals(hear(c), c, false));
  }
});

const liftWords: { text: string; lifts: boolean }[] = [
  { text: "so that restriction can go", lifts: true },
  { text: "the old exclusion can now be lifted", lifts: true },
  { text: "so that meeting can go ahead", lifts: false },
  { text: "the restriction could go next year", lifts: false },
];

describe("round 27: a rule given leave to go lifts whatever its object", () => {
  for (const { text, lifts } of liftWords) {
    it(`${lifts ? "lifts" : "no lift"}: ${text}`, () => expect(liftsSomething(text)).toBe(lifts));
  }
});

const mail = (text: string) => `Jo,\n\nOn the invoices: ${text}\n\nMegge`;

runListenTests("round 27: billing detail refused before the detail word; wishes' missing words", {
  silent: [
    {
      name: "a dislike of the detail reported from someone else",
      body: mail("our finance director told you she dislikes itemised invoices. I need them."),
      fields: ["billingDetail"],
      profiles: [onOrg({ billingDetail: "detailed" })],
    },
    {
      name: "an approved channel at another company is theirs",
      body: letter("Is Signal the approved messenger at your firm?"),
      fields: ["preferredChannels"],
    },
    {
      name: "what the writer checked once is news",
      body: letter("Email is what I checked first, but your note was not there."),
      fields: ["preferredChannels"],
    },
    {
      name: "a bare 'it has banned' is anyone's",
      body: letter("The bank says it has banned Zoom."),
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "a verb of dislike before the detail refuses it",
      body: mail("a single total is plenty, our bookkeeper detests the long itemised ones."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "a want negated after its verb refuses the detail",
      body: mail("we need no more the detailed invoices with all the six-minute lines."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "the approved messenger is the one preferred",
      body: letter("Signal is now our approved messenger, so please use it with me."),
      heard: [{ field: "preferredChannels", value: "signal", profile: COKE }],
    },
    {
      name: "what the writer reads is the way to reach them",
      body: letter("Please don't phone me. Email is what I actually read."),
      heard: [
        { field: "avoidChannels", value: "phone" },
        { field: "preferredChannels", value: "email" },
      ],
    },
    {
      name: "the writer's own IT named without 'our' bans a platform",
      body: letter("Group IT have banned Webex across the business."),
      heard: [{ field: "avoidChannels", value: "webex", profile: COKE }],
    },
    {
      name: "a channel no longer acceptable is one to avoid",
      body: letter("WhatsApp is no longer acceptable for anything about the deal."),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    {
      name: "an entry no longer an acceptable line is refused",
      body: mail(`"Perusal of papers" is no longer an acceptable line.`),
      heard: [{ field: "bannedBillingPhrases", value: "Perusal of papers", profile: COKE }],
    },
    {
      name: "a platform used now only, in the order of other first languages",
      body: letter("For meetings we are using now only Zoom."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: COKE }],
    },
    {
      name: "a single value on file named beside the new one is not confirmed",
      body: mail(
        "please send summary invoices from now on. Whoever said we want detailed invoices was thinking of our old CFO.",
      ),
      profiles: [onOrg({ billingDetail: "detailed" })],
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
  ],
});
