import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { formsOf, processFamilyOf } from "../../../src/core/checks/topic-inflections";
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

// Round 32 (detect-32a): a process noun filed alone is written by its verb or its thing.
describe("topic-inflections: the family of a process noun", () => {
  it("derives the verb's forms and the stem's noun from the suffix", () => {
    expect(processFamilyOf("privatisation")).toEqual(
      expect.arrayContaining(["privatise", "privatises", "privatising"]),
    );
    expect(processFamilyOf("unionization")).toEqual(
      expect.arrayContaining(["unionize", "unionizing"]),
    );
    expect(processFamilyOf("gentrification")).toEqual(
      expect.arrayContaining(["gentrify", "gentrifying"]),
    );
    expect(processFamilyOf("chlorination")).toEqual(
      expect.arrayContaining(["chlorine", "chlorinate", "chlorinating"]),
    );
  });

  it("never gives the participle in -ed (mostly an adjective of another thing)", () => {
    expect(processFamilyOf("automation")).not.toContain("automated");
    expect(processFamilyOf("privatisation")).not.toContain("privatised");
  });

  test.each(["nation", "station", "creation", "relation", "strikes", "divorce", "Fluoridation!"])(
    "gives nothing for %s (a stem too short, no process suffix, not one word)",
    (head) => {
      expect(processFamilyOf(head)).toEqual([]);
    },
  );
});

const PROCESS32 = [
  { matchKey: "p@waterboard32.example", avoidTopics: ["chlorination"] },
  { matchKey: "q@waterboard32.example", avoidTopics: ["privatisation"] },
  { matchKey: "r@waterboard32.example", avoidTopics: ["the chlorination rollout"] },
];
runRuleTests(avoidedTopic, {
  valid: [
    {
      name: "round 32 the process's verb inside the legal work stays quiet",
      to: "p@waterboard32.example",
      profiles: PROCESS32,
      body: "Clause 7 of the supply agreement sets the chlorine level at the delivery point, and the warranty in Schedule 2 follows it.",
    },
    {
      name: "round 32 a word that only shares the letters is no form",
      to: "q@waterboard32.example",
      profiles: PROCESS32,
      body: "Glad the private dining room worked out so well for the team dinner!",
    },
    {
      name: "round 32 a topic with a qualifier keeps its own words (no family of its head)",
      to: "r@waterboard32.example",
      profiles: PROCESS32,
      body: "Hope the new pool at the leisure centre has its chlorine sorted before the summer crowds arrive!",
    },
    {
      name: "round 32 the participle as an adjective of another thing stays quiet",
      to: "p@waterboard32.example",
      profiles: PROCESS32,
      body: "Hope the chlorinated pool at the new leisure centre is a hit with the kids this summer!",
    },
  ],
  invalid: [
    {
      name: "round 32 the process by its thing in a remark",
      to: "p@waterboard32.example",
      profiles: PROCESS32,
      body: "Sounds like the row over chlorine in the supply got heated at the town meeting last week!",
      findings: [
        {
          messageId: "topic",
          evidence: at(
            "body",
            "Sounds like the row over chlorine in the supply got heated at the town meeting last week!",
            "chlorine",
          ),
        },
      ],
    },
    {
      name: "round 32 the process by its verb in small talk",
      to: "q@waterboard32.example",
      profiles: PROCESS32,
      body: "I gather the ministers are keen to privatise the harbour before the summer - quite a change for you all.",
      findings: [
        {
          messageId: "topic",
          evidence: at(
            "body",
            "I gather the ministers are keen to privatise the harbour before the summer - quite a change for you all.",
            "privatise",
          ),
        },
      ],
    },
  ],
});
