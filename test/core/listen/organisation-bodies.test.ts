/**
 * Round 23 (listen-23a): the organisation's bodies and the firm's papers, named once
 * (organisation-bodies.ts). The lists as tables, then the readings the merged lists correct: a
 * body one of the old spellings left out ("the board of directors", "the shareholders", "the
 * management") now reads as the organisation in every pattern built from them.
 */
import {
  ACTING_BODIES,
  BODY_QUALIFIERS,
  eitherCase,
  FIRM_PAPERS,
  GOVERNING_BODIES,
  ORGANISATION_BODIES,
  WHOLE_BODIES,
} from "../../../src/core/listen/organisation-bodies";
import { runListenTests } from "./listen-tester";

const whole = (list: string, flags = "i") => new RegExp(`^(?:${list})$`, flags);

const LISTS: [string, string, string[], string[]][] = [
  [
    "GOVERNING_BODIES",
    GOVERNING_BODIES,
    [
      "board",
      "board of directors",
      "board of trustees",
      "trustee",
      "trustees",
      "shareholders",
      "owner",
      "owners",
      "members",
      "council",
      "partners",
    ],
    ["family", "team", "board of Acme", "staff", "directorate", "boards"],
  ],
  [
    "WHOLE_BODIES",
    WHOLE_BODIES,
    ["family", "team", "management", "executive", "elders"],
    ["board", "families", "teams", "staff"],
  ],
  [
    "ORGANISATION_BODIES",
    ORGANISATION_BODIES,
    ["board", "trustees", "family", "team", "elders"],
    ["department", "people", "my family"],
  ],
  [
    "BODY_QUALIFIERS",
    BODY_QUALIFIERS,
    ["whole", "wider", "audit", "parish", "leadership"],
    ["Acme", "other", "my", "their"],
  ],
  [
    "ACTING_BODIES",
    ACTING_BODIES,
    ["board", "management", "team", "committee", "council"],
    ["trustees", "partners", "family", "directors"],
  ],
  [
    "FIRM_PAPERS",
    FIRM_PAPERS,
    [
      "letter",
      "letters",
      "email",
      "e-mails",
      "invoices",
      "bills",
      "statement",
      "papers",
      "paperwork",
      "engagement letter",
      "covering letters",
      "fee notes",
      "reminder",
    ],
    ["website", "calls", "paper trail", "letterhead"],
  ],
];

describe("organisation-bodies: the lists", () => {
  for (const [name, list, valid, invalid] of LISTS) {
    test.each(valid)(`${name} holds %j`, (word) => expect(whole(list).test(word)).toBe(true));
    test.each(invalid)(`${name} does not hold %j`, (word) =>
      expect(whole(list).test(word)).toBe(false),
    );
  }
  test("every list compiles on its own, with no capitals and no flags needed", () => {
    for (const [, list] of LISTS) {
      expect(() => new RegExp(list)).not.toThrow();
      expect(list).toBe(list.toLowerCase().replace(/\\s/g, "\\s"));
    }
  });
});

describe("organisation-bodies: eitherCase", () => {
  const rows: [string, string, boolean][] = [
    ["board|team", "Board", true],
    ["board|team", "board", true],
    ["board|team", "Team", true],
    ["board|team", "BOARD", false],
    ["board(?:\\s+of\\s+(?:directors|trustees))?|team", "Board of directors", true],
    // Only top-level alternatives: a group's inner words keep their case.
    ["board(?:\\s+of\\s+(?:directors|trustees))?|team", "board of Trustees", false],
    [GOVERNING_BODIES, "Shareholders", true],
    [GOVERNING_BODIES, "sHareholders", false],
  ];
  test.each(rows)("eitherCase(%j) on %j: %p", (list, text, expected) =>
    expect(whole(eitherCase(list), "").test(text)).toBe(expected),
  );
});

const TRUST = "Harjit Sandhu <harjit@gurdwara-trust.example>";
const TRUST_ORG = "@gurdwara-trust.example";
const note = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nHarjit`;

runListenTests("round 23: one list of the organisation's bodies", {
  heard: [
    {
      name: "'the board of directors would rather not be invited' (the old subject list stopped at 'board of')",
      from: TRUST,
      body: note("The board of directors would rather not be invited to hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'the shareholders would rather not be invited' (a governing body the subject list lacked)",
      from: TRUST,
      body: note("The shareholders would rather not be invited to hospitality."),
      heard: [{ field: "entertainment", value: "avoid", profile: TRUST_ORG }],
    },
    {
      name: "'the management would like a monthly update' (a whole body the asking list lacked)",
      from: TRUST,
      body: note("The management would like a monthly update."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: TRUST_ORG }],
    },
  ],
  silent: [
    {
      name: "another company's shareholders: 'Brightline's shareholders would rather not be invited'",
      from: TRUST,
      body: note("Brightline's shareholders would rather not be invited to hospitality."),
      fields: ["entertainment"],
    },
    {
      name: "'the board of Brightline would rather not be invited' (another company's board)",
      from: TRUST,
      body: note("The board of Brightline would rather not be invited to hospitality."),
      fields: ["entertainment"],
    },
  ],
});
