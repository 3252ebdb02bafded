import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import { readNotes } from "../../../src/core/checks/topic-clauses";
import { notesTerms } from "../../../src/core/checks/topic-notes";
import { runRuleTests, topicRows } from "./rule-tester";

// Round 24: the things a profile's notes tell the firm not to raise, read as terms of the topic;
// round 25: the objects of the notes' forbidding clauses, read by the one clause reader
// (topic-clauses.ts). Notes and drafts invented here.

const terms = (notes: string) =>
  readNotes(notes, ["the topic"]).clauses.flatMap((c) =>
    c.objects.map((o) => `${o.term}${o.name ? "^" : ""}${c.social ? "~" : ""}`),
  );

describe("the objects of the notes' forbidding clauses", () => {
  test.each([
    ["Don't mention Rhodri or the arbitration.", ["Rhodri^", "arbitration"]],
    [
      "Keep the Warriors, the Chiefs and Eden Park out of it.",
      ["Warriors^", "Chiefs^", "Eden Park^"],
    ],
    ["No mention of curling, bonspiels or similar.", ["curling", "bonspiels"]],
    ["Please do not ask after Marguerite or the grandchildren.", ["Marguerite^", "grandchildren"]],
    // A second verb of the same instruction names more things.
    [
      "Never ask how he is sleeping or mention the clinic or his leave.",
      ["clinic", "leave", "sleeping"],
    ],
    // The topic's in-house name, and its one word of a name.
    ["Internally it is known as 'the Quarry business'.", ["quarry business", "Quarry^"]],
    // Quoted words refused outright.
    [
      "no 'God willing', 'blessings' or festive greetings of any faith.",
      ["god willing", "blessings"],
    ],
    // Round 25: a ban's clause ends at its joint, and "must not" bans as "don't" does.
    ["Do not raise Ffion - the split was bitter.", ["Ffion^"]],
    ["Staff must not mention the tribunal or Mr Pryce.", ["tribunal", "Mr Pryce^"]],
    // A coordinated verb still names its own object.
    ["Don't raise or joke about the relegation.", ["relegation"]],
    // A social scope marks every object of its sentence.
    ["No small talk about Omicron or the closures.", ["Omicron^~", "closures~"]],
    ["Don't raise the layoffs socially.", ["layoffs~"]],
  ])("%s", (notes, expected) => {
    expect(terms(notes)).toEqual(expected);
  });

  test.each([
    // Pronouns and empty words are no objects; a month is no name of the topic.
    ["Do not raise it.", []],
    ["Never mention them unless they do.", []],
    ["Internally 'the March event'.", ["march event"]],
    // Not an instruction at all.
    ["He mentioned the Warriors at the dinner; the arbitration is ours.", []],
    // A continued verb without an instruction before it.
    ["We act on the lease, and mention the rent review in each update.", []],
    // Round 25: a ban's verb with no object of its own names nothing.
    ["Please do not raise or joke about it with the team.", []],
    ["Don't bring up socially.", []],
    // A clause too long to be a thing named.
    ["Don't mention the long history of disagreements between the two founding families.", []],
  ])("nothing forbidden: %s", (notes, expected) => {
    expect(terms(notes)).toEqual(expected);
  });

  test("the object goes to the topic its sentence, or the one before, speaks of", () => {
    const [rugby, divorce] = notesTerms(
      ["rugby", "his divorce"],
      "Loves rugby. His divorce is raw. Don't mention Siân or the house in Conwy.",
    );
    expect(divorce!.map((t) => t.term)).toEqual(["Siân", "house in conwy"]);
    expect(rugby!.some((t) => t.term === "Siân")).toBe(false);
  });

  test("notes are bounded: an instruction past the bound is not read", () => {
    const notes = `${"Background. ".repeat(200)}Don't mention Rhodri.`;
    expect(terms(notes)).toEqual([]);
  });
});

describe("notesTerms round 24: a happening dated by its month", () => {
  test("the month of 'in March 2026' is a date term, written with its capital", () => {
    const [terms] = notesTerms(["the flood"], "The Ystrad depot flooded in March 2026; painful.");
    expect(terms).toEqual(expect.arrayContaining([{ term: "March", name: true, date: true }]));
  });
  test("a month without its year gives no term", () => {
    const [terms] = notesTerms(["the flood"], "The depot flooded in March; painful.");
    expect(terms!.some((t) => t.term === "March")).toBe(false);
  });
});

const PROFILES = [
  {
    matchKey: "tomos@cwmni.example",
    avoidTopics: ["his brother"],
    notes:
      "Tomos is in a shareholder dispute with his brother Rhodri (another firm acts). Don't mention Rhodri. We act on the farm conveyancing.",
  },
  {
    matchKey: "@harbourside.example",
    avoidTopics: ["rugby union"],
    notes: "Keep the Warriors and the Chiefs out of anything to the board.",
  },
  {
    matchKey: "@depot.example",
    avoidTopics: ["the flood"],
    notes: "The Ystrad depot flooded in March 2026 and the staff still find it raw.",
  },
  {
    matchKey: "@carehome.example",
    avoidTopics: ["the pandemic"],
    notes: "No small talk about Omicron or the lockdowns. We defend the Omicron-era claims.",
  },
];

const { found, quiet } = topicRows(PROFILES);

runRuleTests(avoidedTopic, {
  valid: [
    // The name in a signature, a link or a heading is not the author raising it.
    quiet(
      "tomos@cwmni.example",
      "The completion statement is attached.\n\n--\nRhodri Evans\nPartner",
    ),
    quiet("person@harbourside.example", "Warriors\n\nThe lease renewal is attached for signature."),
    // A name the notes forbid only in small talk, in the work they defend.
    quiet(
      "manager@carehome.example",
      "The Omicron claims are listed for a case management hearing on 3 March.",
    ),
    // The month of the happening as a deadline, or in small talk about something else.
    quiet("ops@depot.example", "Please sign the lease by 14 March so we can complete in March."),
    quiet("ops@depot.example", "Hope you enjoyed the break; we start the audit in March."),
    // The same letters in lower case are no name.
    quiet("person@harbourside.example", "The chiefs of staff approved the lease renewal."),
  ],
  invalid: [
    found(
      "tomos@cwmni.example",
      "his brother",
      "Completion is booked for Friday. Please pass my best to Rhodri.",
      "Rhodri",
    ),
    found(
      "person@harbourside.example",
      "rugby union",
      "Thanks for the signed lease. The Warriors looked sharp on Saturday.",
      "Warriors",
    ),
    found(
      "ops@depot.example",
      "the flood",
      "Glad the depot is back to normal after what happened in March.",
      "March",
    ),
    found(
      "manager@carehome.example",
      "the pandemic",
      "Glad the lockdowns are behind you all.",
      "lockdowns",
    ),
  ],
});

describe("round 25: a clause that names what it bans forbids", () => {
  test.each([
    ["Keep the tribunal out of it.", "Keep the tribunal", "forbid"],
    ["No mention of the tribunal, please.", "No mention", "forbid"],
    ["Stop bringing up the tribunal.", "Stop bringing", "forbid"],
    // The topic's in-house name is no ban; a plain remark is none either.
    ["Internally it is called 'the Quay case'.", "Internally", "none"],
    ["Keeps a boat at the quay.", "Keeps a boat", "none"],
  ])("%s", (notes, opening, polarity) => {
    const clause = readNotes(notes, ["the tribunal"]).clauses.find((c) =>
      c.text.startsWith(opening),
    );
    expect(clause?.polarity).toBe(polarity);
  });
});
