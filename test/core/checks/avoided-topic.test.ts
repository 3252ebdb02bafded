import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { expandTopics } from "../../../src/core/checks/avoided-topic";
import { at, DAN, MEGGE, runRuleTests } from "./rule-tester";

const POLITICS = { matchKey: "p@acme.example", avoidTopics: ["politics"] };

runRuleTests(avoidedTopic, {
  valid: [
    { name: "ordinary business", to: DAN, body: "Dan, the permit was granted." },
    { name: "a game of chance is not the big game", to: DAN, body: "Litigation is not a game." },
    { name: "a match of records", to: DAN, body: "The signatures match the records." },
    { name: "no topics for Megge", to: MEGGE, body: "Great baseball game." },
    {
      name: "quoted history",
      to: DAN,
      body: "Noted.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> Did you watch the baseball?",
    },
  ],
  invalid: [
    {
      name: "baseball to Dan (listed topic and sports)",
      to: DAN,
      body: "Dan, hope you enjoyed the baseball. Big World Series weekend.",
      findings: [
        {
          messageId: "topic",
          evidence: at("body", "Dan, hope you enjoyed the baseball", "baseball"),
          message: ["asked not to discuss baseball"],
        },
        {
          messageId: "topic",
          evidence: at(
            "body",
            "Dan, hope you enjoyed the baseball. Big World Series",
            "World Series",
          ),
          message: ["asked not to discuss sports"],
        },
      ],
    },
    {
      name: "a plural of an expanded sport word",
      to: DAN,
      subject: "Playoffs and football",
      body: "",
      findings: [
        { messageId: "topic", evidence: at("subject", "Playoffs and football", "Playoffs") },
        { messageId: "topic", evidence: at("subject", "Playoffs and football", "football") },
      ],
    },
    {
      name: "a topic outside the expansion table matches itself",
      to: "p@acme.example",
      profiles: [POLITICS],
      body: "Politics aside, the political risk is low.",
      findings: [
        { messageId: "topic", evidence: at("body", "Politics aside", "Politics") },
        { messageId: "topic", evidence: at("body", "Politics aside, the political", "political") },
      ],
    },
  ],
});

describe("expandTopics", () => {
  it("covers common sport words under sports and keeps unknown topics as written", () => {
    const terms = expandTopics(["Sports", "weather"]);
    expect(terms).toContainEqual({ term: "baseball", topic: "Sports" });
    expect(terms).toContainEqual({ term: "Super Bowl", topic: "Sports" });
    expect(terms).toContainEqual({ term: "weather", topic: "weather" });
  });
});
