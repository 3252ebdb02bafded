/**
 * Round 15: every sense guard of an avoided topic's concept names the words it was written for
 * (topic-senses.ts, `only()`), and applies to those only. The verb's particles ("strike back",
 * "spill over into"), the idioms' modifiers ("price war", "good faith") and the document's
 * nouns ("death benefit") still silence their own words; the concept's other words ("picket
 * lines back outside", "the oil spill into", "after the funeral") are read in the topic's sense.
 * Sentences invented here; the profiles are one topic each.
 */
import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { CONCEPTS, guardHolds, topicSpec } from "../../../src/core/checks/topic-senses";
import { at, runRuleTests } from "./rule-tester";

const TOPICS = {
  strikes: "strikes",
  family: "family",
  religion: "religion",
  climate: "climate change",
  war: "the war",
  politics: "politics",
  election: "the election",
  recall: "the recall",
  spill: "the Kilcarra spill",
  death: "his death",
} as const;
type Key = keyof typeof TOPICS;
const PROFILES = Object.entries(TOPICS).map(([key, topic]) => ({
  matchKey: `${key}@scopes.example`,
  avoidTopics: [topic],
}));
const quiet = (key: Key, body: string) => ({
  name: `${key}: quiet: ${body}`,
  to: `${key}@scopes.example`,
  profiles: PROFILES,
  body,
});
const found = (key: Key, body: string, text: string) => ({
  name: `${key}: found: ${body}`,
  to: `${key}@scopes.example`,
  profiles: PROFILES,
  body,
  findings: [{ messageId: "topic", evidence: at("body", body, text) }],
});

runRuleTests(avoidedTopic, {
  valid: [
    // The guard's own words keep their other senses.
    quiet("strikes", "It strikes me that the indemnity is too wide."),
    quiet("strikes", "We should strike a balance between cost and speed."),
    quiet("strikes", "Please strike out paragraph 4 of the draft."),
    quiet("family", "The scheme will deliver 32 family homes on the site."),
    quiet("religion", "We acted in good faith throughout the negotiation."),
    quiet("religion", "I have faith that the court will see it our way."),
    quiet("climate", "In the current climate, lenders are cautious about new loans."),
    quiet("war", "The price war between the supermarkets hurts the margins."),
    quiet("politics", "We still need to price the political risk for the lenders."),
    quiet("politics", "Shall we meet at Westminster Abbey before the hearing?"),
    quiet("election", "A 754 election may help the partnership with the step-up."),
    quiet("recall", "I recall that we agreed the terms in March."),
    quiet("spill", "We must not spill the beans before the announcement."),
    quiet("death", "The death benefit is payable under the scheme rules."),
  ],
  invalid: [
    // The concept's other words are not the guarded word.
    found(
      "strikes",
      "Hope the depot is calmer; I hear the picket lines back outside the gates are smaller.",
      "picket lines",
    ),
    found(
      "strikes",
      "Sorry the deliveries slipped due to industrial action at the port.",
      "industrial action",
    ),
    found("family", "How are your two kids getting on at their new school?", "kids"),
    found("religion", "See you in church on Sunday, I expect!", "church"),
    found("climate", "Hope you are surviving this heatwave!", "heatwave"),
    found("politics", "I hear he is seeking political office next year.", "political"),
    found("election", "Hope you got some sleep after the 2024 election results!", "election"),
    found("death", "I hope you are managing after the funeral.", "funeral"),
  ],
});

describe("scoped sense guards", () => {
  it("name only terms of their own concept (a typo would leave a guard that never applies)", () => {
    for (const concept of CONCEPTS.values()) {
      const terms = new Set(concept.terms.map((t) => t.toLowerCase()));
      for (const guard of [concept.notBefore, concept.notAfter]) {
        if (!guard || guard instanceof RegExp) continue;
        for (const part of guard) {
          if (part instanceof RegExp) continue;
          for (const word of part.for) {
            // A guard may also name a topic's own head that reads as this concept ("succession"
            // is read as retirement): the topic's word is then the hit the guard judges.
            const named = terms.has(word) || topicSpec(word).concept?.id === concept.id;
            expect([concept.id, word, named]).toEqual([concept.id, word, true]);
          }
        }
      }
    }
  });

  it("hold for their words and not for the concept's others", () => {
    const strike = CONCEPTS.get("strike")!;
    expect(guardHolds(strike.notAfter, "strikes", " back at the board")).toBe(true);
    expect(guardHolds(strike.notAfter, "picket line", " back outside the gates")).toBe(false);
    expect(guardHolds(strike.notBefore, "strike", "we will ")).toBe(true);
    expect(guardHolds(strike.notBefore, "down tools", "they will ")).toBe(false);
    expect(guardHolds(strike.notBefore, "strikers", "the hunger ")).toBe(true);
    // A bare pattern is every term's.
    expect(guardHolds(/^\s+of\b/, "anything", " of it")).toBe(true);
    expect(guardHolds(undefined, "strike", " back")).toBe(false);
  });
});
