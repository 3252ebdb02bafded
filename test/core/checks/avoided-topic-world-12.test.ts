import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { topicSpec } from "../../../src/core/checks/avoided-topic";
import { at, runRuleTests } from "./rule-tester";

// Round 12: common sensitive topics raised through instances any well-read lawyer knows: a storm
// by its name, union organising by its vocabulary, a marriage ending said of the couple. Each
// with look-alikes in other senses and the topic as the client's instructed work. Profiles and
// drafts invented here.
const PROFILES = [
  { matchKey: "@storm.example", avoidTopics: ["the hurricane losses"] },
  { matchKey: "@union.example", avoidTopics: ["unionisation"] },
  { matchKey: "@split.example", avoidTopics: ["the separation"] },
];
const TOPIC: Record<string, string> = {
  "@storm.example": "the hurricane losses",
  "@union.example": "unionisation",
  "@split.example": "the separation",
};
const found = (domain: string, body: string, text: string) => ({
  name: `${TOPIC[domain]}: ${body}`,
  to: `client${domain}`,
  profiles: PROFILES,
  body,
  findings: [
    {
      messageId: "topic",
      evidence: at("body", body, text),
      message: [`asked not to discuss ${TOPIC[domain]}`],
    },
  ],
});
const quiet = (domain: string, body: string) => ({
  name: `quiet for ${TOPIC[domain]}: ${body}`,
  to: `client${domain}`,
  profiles: PROFILES,
  body,
});

runRuleTests(avoidedTopic, {
  valid: [
    // Storm names as people and places; a storm in another sense; the policy wording as work.
    quiet("@storm.example", "I will send the draft after Ian has reviewed it."),
    quiet("@storm.example", "Milton Keynes is the best venue for the training day."),
    quiet("@storm.example", "Please copy Helene on the reply, she is recovering from a cold."),
    quiet("@storm.example", "Thanks, I'll call you after Florence and Maria sign off."),
    quiet("@storm.example", "The announcement caused a storm of protest among investors."),
    quiet("@storm.example", "Let's brainstorm the structure on Monday."),
    quiet(
      "@storm.example",
      "We have revised the wording on windstorm exclusions in clause 7 of the policy.",
    ),
    quiet("@storm.example", "The named storm deductible in the renewal terms is unchanged."),
    // Union words in other senses, and the recognition process as the work.
    quiet("@union.example", "The European Union has adopted the regulation."),
    quiet(
      "@union.example",
      "The CAC will decide the statutory recognition application under Schedule A1 to TULRCA.",
    ),
    quiet("@union.example", "The certification vote must be held within the period in the order."),
    quiet("@union.example", "Please sign the cards for the team's leaving party."),
    // A couple's ending in other senses.
    quiet("@split.example", "Shall we split the bill for the dinner?"),
    quiet("@split.example", "You have separated the accounts as we asked, thank you."),
    quiet("@split.example", "Since the tenant moved out of the premises the unit has been empty."),
    quiet("@split.example", "Your ex-employer's reference is attached."),
  ],
  invalid: [
    found("@storm.example", "Hope the Tampa team are recovering from Milton.", "Milton"),
    found("@storm.example", "How are things in Florida after Ian?", "Ian"),
    found(
      "@storm.example",
      "Glad the office reopened so quickly after Hurricane Helene.",
      "Hurricane",
    ),
    found("@storm.example", "Hope the roof survived Storm Eunice!", "Storm"),
    found(
      "@union.example",
      "Good luck with the card-signing campaign at the depot!",
      "card-signing",
    ),
    found(
      "@union.example",
      "I hear the organizing drive at Plant 4 is gathering pace.",
      "organizing drive",
    ),
    found(
      "@union.example",
      "Fingers crossed for the certification vote next week!",
      "certification vote",
    ),
    found("@union.example", "How is the union drive going at the warehouse?", "union drive"),
    found("@split.example", "Hope the kids are doing well since he moved out.", "moved out"),
    found("@split.example", "Now that you two have split, I hope things are calmer.", "split"),
    found("@split.example", "Sorry to hear about the separation, Jo.", "separation"),
    found(
      "@split.example",
      "I gather you and Mark separated last spring; thinking of you.",
      "separated",
    ),
  ],
});

describe("topicSpec reads storm and union topics", () => {
  test.each([
    ["the hurricane losses", "storm"],
    ["storm damage", "storm"],
    ["hurricanes", "storm"],
    ["unionisation", "unionising"],
    ["the union drive", "unionising"],
    ["union organizing", "unionising"],
    // Unchanged: another happening's losses.
    ["job losses", "layoffs"],
  ])("%s → %s", (topic, concept) => {
    expect(topicSpec(topic).concept?.id).toBe(concept);
  });
});
