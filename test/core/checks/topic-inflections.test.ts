import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { formsOf } from "../../../src/core/checks/topic-inflections";
import { topicSpec } from "../../../src/core/checks/topic-senses";
import { at, runRuleTests } from "./rule-tester";

describe("topic-inflections: the forms of a phrasal verb", () => {
  it("conjugates a verb with its particle and nouns an out or off verb", () => {
    expect(formsOf("walk off the job")).toEqual(
      expect.arrayContaining(["walks off the job", "walked off the job", "walk-off"]),
    );
    expect(formsOf("stepped down")).toEqual(
      expect.arrayContaining(["step down", "steps down", "stepping down"]),
    );
  });

  test.each(["took off", "go down", "broke down", "strike", "out over pay", "picket line"])(
    "gives no forms for %s (a light verb, no particle, no verb)",
    (term) => {
      expect(formsOf(term)).toEqual([]);
    },
  );

  it("reads succession as the retirement concept", () => {
    expect(topicSpec("succession").concept?.id).toBe("retirement");
  });
});

const RETIRING = { matchKey: "p@acme.example", avoidTopics: ["retirement"] };
const STRIKING = { matchKey: "p@acme.example", avoidTopics: ["strikes"] };
const SUCCEEDING = { matchKey: "p@acme.example", avoidTopics: ["succession"] };

runRuleTests(avoidedTopic, {
  valid: (
    [
      [RETIRING, "Before we sign, let us step back and look at the whole structure again."],
      [RETIRING, "The guarantee steps down to 40% once the works reach practical completion."],
      [RETIRING, "It may help to take a step back before replying to the landlord."],
      [RETIRING, "The issuer intends to retire the notes early in the new year."],
      [RETIRING, "The tribunal retired to consider the costs application."],
      [RETIRING, "Once the data room closes we can stand down the review team."],
      [STRIKING, "The golfers cheered the walk-off putt on the eighteenth."],
      [STRIKING, "Did you see the walk-off home run on Sunday night?"],
      [SUCCEEDING, "We stepped back the fee cap to the figure agreed in March."],
      [SUCCEEDING, "Two notices arrived in quick succession on Monday morning."],
      [SUCCEEDING, "The rules of succession under the will are straightforward."],
    ] as [typeof RETIRING, string][]
  ).map(([profile, body]) => ({
    name: `round 25 another sense of a conjugated form: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
  })),
  invalid: (
    [
      [RETIRING, "Have you decided when you will retire from the business?", "retire"],
      [RETIRING, "I hear your chairman is standing down in the spring.", "standing down"],
      [RETIRING, "Will you step back from the day-to-day once the new site opens?", "step back"],
      [RETIRING, "Is Graham finally hanging up his boots this year?", "hanging up his boots"],
      [STRIKING, "Glad the port is quiet again after the walk-offs in the summer.", "walk-offs"],
      [STRIKING, "I gather the crew walks out every time the roster changes.", "walks out"],
      [STRIKING, "Quieter times since the walk-off at Harrow Point last winter.", "walk-off"],
      [
        SUCCEEDING,
        "It would be wise to plan for when your mother steps back from the firm.",
        "steps back",
      ],
    ] as [typeof RETIRING, string, string][]
  ).map(([profile, body, text]) => ({
    name: `round 25 a conjugated form of the topic: ${body}`,
    to: "p@acme.example",
    profiles: [profile],
    body,
    findings: [{ messageId: "topic", evidence: at("body", body, text) }],
  })),
});
