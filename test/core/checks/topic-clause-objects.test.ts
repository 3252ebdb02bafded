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

// Round 26: the things a ban names are terms of the topic itself, judged on the topic's path.
describe("round 26: more wordings of a ban, and whose its things are", () => {
  test.each([
    // "suggest" is a verb of raising too.
    ["Never suggest wagers, bookmakers or a punt.", ["wagers", "bookmakers", "punt"]],
    // "does not want X raised / discussed / brought up".
    [
      "The chair does not want the layoffs or the hiring freeze raised.",
      ["layoffs", "hiring freeze"],
    ],
    ["They don't want walkouts or go-slows discussed by email.", ["walkouts", "go-slows"]],
    ["Does not want stepping down brought up.", ["stepping down"]],
    // An "of" phrase ending the list says whose each thing is; "itself" only stresses it.
    [
      "Do not raise a sale, flotation or valuation of Tregarth itself.",
      ["sale{Tregarth}", "flotation{Tregarth}", "valuation{Tregarth}"],
    ],
    // A lone adjective shares the next thing's noun.
    ["Keep regional and Senedd politics out of it.", ["regional politics", "senedd politics"]],
    // (A word that only starts like "as" does not end the object: "Assembly".)
    ["Keep Assembly business out of it.", ["assembly business"]],
  ])("%s", (notes, expected) => {
    const read = readNotes(notes, ["the topic"]).clauses.flatMap((c) =>
      c.objects.map((o) => `${o.term}${o.of ? `{${o.of}}` : ""}`),
    );
    expect(read).toEqual(expected);
  });

  test.each([
    // A pronoun names nothing; "of it" says no owner.
    ["The board does not want it raised.", []],
    ["Do not raise the rebrand or the politics of it.", ["rebrand", "politics"]],
    // Not a ban: wanting something raised.
    ["She wants the fee cap raised at the next review.", []],
  ])("no owner, or nothing forbidden: %s", (notes, expected) => {
    const read = readNotes(notes, ["the topic"]).clauses.flatMap((c) =>
      c.objects.map((o) => `${o.term}${o.of ? `{${o.of}}` : ""}`),
    );
    expect(read).toEqual(expected);
  });

  test("a thing banned is a term of the topic; a channel or a meal is not", () => {
    const [gambling] = notesTerms(["gambling"], "In recovery: never suggest bookmakers or lunch.");
    expect(gambling!.filter((t) => t.banned).map((t) => t.term)).toEqual(["bookmakers"]);
    const [flood] = notesTerms(["the flood"], "Hates the phone; do not suggest calls.");
    expect(flood!.some((t) => t.banned)).toBe(false);
  });

  test("a state asked after and a thing of small talk stay the notes' weak terms", () => {
    const [health] = notesTerms(["her health"], "Don't ask how she is sleeping.");
    expect(health!.some((t) => t.banned)).toBe(false);
    const [sport] = notesTerms(["sport"], "No small talk about fixtures.");
    expect(sport!.some((t) => t.banned)).toBe(false);
  });

  test("with two topics, a ban whose sentence names neither gives no term of the topic", () => {
    const terms = notesTerms(["rugby", "the flood"], "Busy people. Never suggest karaoke.");
    expect(terms.flat().some((t) => t.banned)).toBe(false);
  });
});

const BANNED = [
  {
    matchKey: "@brookfield-stud.example",
    avoidTopics: ["gambling"],
    notes:
      "The chair is in recovery: never suggest wagers, bookmakers or a punt. Bloodstock sales are their business.",
  },
  {
    matchKey: "@tregarth.example",
    avoidTopics: ["selling the business"],
    notes:
      "The owners disagree about selling. Do not raise a sale, flotation or valuation of Tregarth itself. Purchases by Tregarth are our work and fine.",
  },
  {
    matchKey: "@lyric-rooms.example",
    avoidTopics: ["reviews"],
    notes:
      "Last season's press still hurts - don't bring up critics, notices or reviews of their shows. The lease renewal is our work.",
  },
  {
    matchKey: "@harrowby.example",
    avoidTopics: ["strikes"],
    notes:
      "Pay talks are live. Don't raise strikes, stoppages or picket lines except in the ballot advice we give them.",
  },
  {
    matchKey: "@quarrington.example",
    avoidTopics: ["his retirement"],
    notes: "Founder, 81. Does not want stepping down or succession planning raised.",
  },
];

const banned = topicRows(BANNED);

runRuleTests(avoidedTopic, {
  valid: [
    // The thing of another owner than the notes' ("of Tregarth itself").
    banned.quiet("md@tregarth.example", "The sale of the two Truro shops completes on Friday."),
    // The work the notes permit, in the sentence.
    banned.quiet(
      "md@tregarth.example",
      "On the purchase of the Bodmin yard, the sale agreement needs your signature by Friday.",
    ),
    // Its other number is no term where that is a word of the legal work.
    banned.quiet("gm@lyric-rooms.example", "The notice under clause 5 of the lease is attached."),
    // In the legal work itself.
    banned.quiet(
      "hr@harrowby.example",
      "Under section 7 of the agreement, a stoppage without 14 days' notice is a breach.",
    ),
    // The matter the notes permit it in.
    banned.quiet(
      "hr@harrowby.example",
      "On the ballot advice: picket lines must stay at the depot gates, so brief the site managers.",
    ),
    banned.quiet(
      "founder@quarrington.example",
      "The director stepping down must sign the resignation letter under clause 9 of the agreement.",
    ),
    // A word that only shares letters with the thing.
    banned.quiet("owner@brookfield-stud.example", "We will punt the hearing to March if we can."),
  ],
  invalid: [
    banned.found(
      "owner@brookfield-stud.example",
      "gambling",
      "Great result at the Curragh. A bookmaker friend tells me she is the one to watch.",
      "bookmaker",
    ),
    banned.found(
      "gm@lyric-rooms.example",
      "reviews",
      "So glad the run sold out; the critic at the Examiner has finally warmed to you.",
      "critic",
    ),
    banned.found(
      "md@tregarth.example",
      "selling the business",
      "Have you thought about a flotation before the rates change?",
      "flotation",
    ),
    banned.found(
      "hr@harrowby.example",
      "strikes",
      "Hope the picket lines were not too grim in the rain this week.",
      "picket lines",
    ),
    banned.found(
      "founder@quarrington.example",
      "his retirement",
      "Lovely to see you on Tuesday. Any thoughts yet on succession planning?",
      "succession planning",
    ),
  ],
});

describe("round 34: the notes' competitor rule is not the topic's", () => {
  const notes =
    "Brightwater is the other side in our patent claim. Do not mention Brightwater or Kestrel as a yardstick. The flood at the depot is still painful.";

  test("a ban whose objects are the profile's competitors gives the topic no term", () => {
    const [flood] = notesTerms(["the flood"], notes, ["Brightwater", "Kestrel Pumps"]);
    const terms = flood!.map((t) => t.term);
    expect(terms).not.toContain("Brightwater");
    expect(terms).not.toContain("Kestrel");
  });

  test("without them on the competitor list, the same ban still names the one topic's things", () => {
    const [flood] = notesTerms(["the flood"], notes);
    expect(flood!.map((t) => t.term)).toEqual(expect.arrayContaining(["Brightwater", "Kestrel"]));
  });

  test("a competitor's first word is the competitor; a shorter word is not taken for one", () => {
    const [recall] = notesTerms(["the recall"], "Never mention Kestrel or Nox.", [
      "Kestrel Pumps",
      "Nox Ltd",
    ]);
    const terms = recall!.map((t) => t.term);
    expect(terms).not.toContain("Kestrel");
    expect(terms).toContain("Nox");
  });
});
