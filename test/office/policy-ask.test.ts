/** policy.json "ask": the firm's words for "Ask <first name>" (docs/outlook.md, "Policy file"). */
import { parsePolicy, PolicyError } from "../../src/office/policy-parse";

describe('parsePolicy: "ask"', () => {
  it("reads the firm's wording, trimmed", () => {
    const { policy, warnings } = parsePolicy({
      ask: {
        intro: " {{firstName}}, two quick things: ",
        questions: { meeting: "Teams or Zoom?", billing: "Itemised or summary invoices?" },
        confirm: "{{ firstName }}, is all we hold still right?",
        outro: "Thanks!",
      },
    });
    expect(warnings).toEqual([]);
    expect(policy.ask).toEqual({
      intro: "{{firstName}}, two quick things:",
      questions: { meeting: "Teams or Zoom?", billing: "Itemised or summary invoices?" },
      confirm: "{{ firstName }}, is all we hold still right?",
      outro: "Thanks!",
    });
  });

  it.each<[string, unknown, string]>([
    [
      "not an object",
      "Hello",
      'ask must be an object (intro, questions, confirm, outro), not "Hello"',
    ],
    [
      "an unknown key",
      { closing: "Bye" },
      "ask.closing is not a known setting (intro, questions, confirm, outro)",
    ],
    ["empty text", { intro: "  " }, 'ask.intro must be non-empty text, not "  "'],
    ["a number", { outro: 3 }, "ask.outro must be non-empty text, not number"],
    [
      "a line break",
      { outro: "Thanks,\nAlex" },
      "ask.outro must be one line (it is inserted as part of one paragraph)",
    ],
    [
      "too long",
      { confirm: "x".repeat(401) },
      "ask.confirm is 401 characters long; at most 400 are allowed",
    ],
    [
      "another placeholder",
      { intro: "Dear {{lastName}}," },
      "ask.intro uses {{lastName}}; the only placeholder is {{firstName}}",
    ],
    [
      "questions not an object",
      { questions: ["a"] },
      "ask.questions must be an object keyed by topic (name, reach, meeting, billing, updates), not a list",
    ],
    [
      "an unknown topic",
      { questions: { phone: "Can we call?" } },
      "ask.questions.phone is not a topic; the topics are name, reach, meeting, billing, updates",
    ],
    [
      "a bad question",
      { questions: { name: null } },
      "ask.questions.name must be non-empty text, not null",
    ],
  ])("rejects %s with a clear error, and the whole file with it", (_, ask, problem) => {
    expect(() => parsePolicy({ enabled: true, ask })).toThrow(new PolicyError([problem]));
  });
});
