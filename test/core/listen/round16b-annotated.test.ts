/**
 * Round 16 (listen-16b): a value on file with the firm's note on it ("Tesco (UK grocery)",
 * "WhatsApp (security)") is compared with what the client says by its head, as the checks read
 * it (src/core/profile-annotations.ts): a heard value confirms it (alreadyKnown), a withdrawal
 * is anchored on it and removes the entry as stored. A note that is no annotation ("Marks &
 * Spencer - Food" as a name) and another value with the same first word are not the entry.
 */
import { headOf } from "../../../src/core/listen/annotated";
import {
  COKE,
  expectWithdrawals,
  hear,
  runListenTests,
  type WithdrawalCase,
  onOrg,
  letter,
} from "./listen-tester";

const ANNOTATED = onOrg({
  competitors: ["Tesco (UK grocery)"],
  avoidChannels: ["WhatsApp (security)"],
  avoidTopics: ["the merger (sensitive)"],
  preferredChannels: ["email - work address only"],
});

runListenTests("round 16b: annotated entries confirmed by their head", {
  heard: [
    {
      name: "a channel refused again: known",
      body: letter("Please don't contact us on WhatsApp."),
      profiles: [ANNOTATED],
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE, alreadyKnown: true }],
    },
    {
      name: "a channel asked for again: known",
      body: letter("We prefer email."),
      profiles: [ANNOTATED],
      heard: [{ field: "preferredChannels", value: "email", profile: COKE, alreadyKnown: true }],
    },
    {
      name: "another channel: new",
      body: letter("Please don't contact us on Signal."),
      profiles: [ANNOTATED],
      heard: [{ field: "avoidChannels", value: "signal", profile: COKE, alreadyKnown: false }],
    },
  ],
  silent: [],
});

const withdrawals: WithdrawalCase[] = [
  {
    name: "a rival lifted, removed as stored",
    body: "We have dropped the ban on Tesco.",
    profiles: [ANNOTATED],
    removed: [{ field: "competitors", value: "Tesco (UK grocery)", profile: COKE }],
  },
  {
    name: "a topic lifted, removed as stored",
    body: "The ban on the merger has been lifted.",
    profiles: [ANNOTATED],
    removed: [{ field: "avoidTopics", value: "the merger (sensitive)", profile: COKE }],
  },
  {
    name: "look-alike: the note's words are not the entry",
    body: "We have dropped the ban on UK grocery.",
    profiles: [ANNOTATED],
    removed: [],
  },
  {
    name: "look-alike: another company with the same first word",
    body: "We have dropped the ban on Tesco Bank.",
    profiles: [onOrg({ competitors: ["Tesco Mobile (telecoms)"] })],
    removed: [],
  },
];

describe("round 16b: withdrawals anchored on an annotated entry", () => {
  for (const c of withdrawals) {
    it(c.name, () => expectWithdrawals(hear({ ...c, body: letter(c.body ?? "") }), c, false));
  }
});

describe("headOf", () => {
  it.each<[Parameters<typeof headOf>[0], string, string]>([
    ["competitors", "Tesco (UK grocery)", "Tesco"],
    ["avoidChannels", "WhatsApp (security)", "WhatsApp"],
    ["preferredChannels", "email - work address only", "email"],
    ["bannedBillingPhrases", "Review of file (any variant)", "Review of file"],
    ["avoidNames", "Meg (never!)", "Meg"],
    // Not annotations: a dash in a name, a plain value, an enumerated field.
    ["avoidNames", "Marks & Spencer - Food", "Marks & Spencer - Food"],
    ["competitors", "Coca-Cola", "Coca-Cola"],
    ["entertainment", "avoid", "avoid"],
  ])("%s: %s → %s", (field, entry, head) => expect(headOf(field, entry)).toBe(head));
});
