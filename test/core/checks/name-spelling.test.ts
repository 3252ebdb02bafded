import * as nameSpelling from "../../../src/core/checks/name-spelling";
import { at, COKE, DAN, MEGGE, runCheck, runRuleTests } from "./rule-tester";

const JOHN = { matchKey: "john.smith@acme.example", preferredName: "John", fullName: "John Smith" };
const KATHERINE = {
  matchKey: "katherine@acme.example",
  preferredName: "Katherine",
  fullName: "Katherine Steven",
};
const JON = { matchKey: "jon.baker@acme.example", preferredName: "Jon", fullName: "Jon Baker" };

const replaceMeg = { replacement: "Megge", original: "Meg", label: "Replace with Megge" };

runRuleTests(nameSpelling, {
  valid: [
    { name: "the correct name", body: "Dear Megge,\n\nThanks, Megge. Megge Anderson signed." },
    {
      name: "a preferred form with a title, written in full",
      to: "ada.okafor@acme.example",
      profiles: [
        {
          matchKey: "ada.okafor@acme.example",
          preferredName: "Professor Okafor",
          fullName: "Adaora Okafor",
        },
      ],
      subject: "Dinner with Professor Okafor",
      body: "Dear Professor Okafor,\nThank you.",
    },
    { name: "the full first name is fine", to: DAN, body: "Hi Daniel,\n\nDaniel Whitaker signed." },
    { name: "the preferred name", to: DAN, body: "Dan,\nplease see below." },
    { name: "someone else's name", body: "Dear Megge,\n\nTom and Meghan from Legal will join." },
    { name: "another Meg, with another surname", body: "Hi Megge,\nMeg Ryan is not involved." },
    { name: "a profile without names", to: COKE, body: "Dear Meg," },
    {
      name: "Meg in the middle of prose is not an address to her",
      body: "Hi Megge,\nThe MEG file is attached.",
    },
    {
      name: "another recipient's correct name",
      to: [MEGGE, "meg.jones@acme.example"],
      recipients: [
        { address: MEGGE, kind: "to" },
        { address: "meg.jones@acme.example", name: "Meg Jones", kind: "to" },
      ],
      body: "Hi Megge and Meg,\n\nPlease see below.",
    },
    {
      name: "Jon and John both on the thread, each spelled right",
      to: ["john.smith@acme.example", "jon.baker@acme.example"],
      profiles: [JOHN, JON],
      body: "Hi John and Jon,\nThanks, Jon.",
    },
    {
      name: "quoted history is not the author's",
      body: "Dear Megge,\nSee below.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> Dear Meg,\n> hello",
    },
  ],
  invalid: [
    {
      name: "a disliked form in the greeting",
      body: "Dear Meg,\n\nThe draft is attached.",
      findings: [
        {
          messageId: "avoided",
          evidence: at("body", "Dear Meg,", "Meg"),
          fix: { ...replaceMeg, field: "body", start: 5, end: 8 },
          message: [
            'Megge Anderson (The Coca-Cola Company) asked to be called Megge, not Meg. Replace "Meg" with "Megge".',
          ],
        },
      ],
    },
    {
      name: "greeting without comma, vocative and full name",
      body: "Hi Meg\n\nThanks, Meg. I copied Meg Anderson's assistant.",
      findings: [
        { messageId: "avoided", evidence: at("body", "Hi Meg", "Meg"), fix: replaceMeg },
        {
          messageId: "avoided",
          evidence: at("body", "Hi Meg\n\nThanks, Meg. I", "Meg", 1),
          fix: replaceMeg,
        },
        {
          messageId: "avoided",
          evidence: at("body", "Hi Meg\n\nThanks, Meg. I copied Meg", "Meg", 2),
          fix: replaceMeg,
        },
      ],
    },
    {
      name: "a bare opening with a dash",
      body: "Meg -\nquick one.",
      findings: [{ messageId: "avoided", evidence: at("body", "Meg -", "Meg"), fix: replaceMeg }],
    },
    {
      name: "a misspelt surname after a title",
      body: "Dear Ms Andersen,\n\nPlease sign.",
      findings: [
        {
          messageId: "misspelt",
          evidence: at("body", "Dear Ms Andersen,", "Andersen"),
          fix: { original: "Andersen", replacement: "Anderson" },
          message: ['spells their name Anderson, but this e-mail has "Andersen"'],
        },
      ],
    },
    {
      name: "a misspelt surname in the full name",
      body: "Hi Megge,\nMegge Andersen will sign.",
      findings: [
        {
          messageId: "misspelt",
          evidence: at("body", "Hi Megge,\nMegge Andersen", "Andersen"),
          fix: { replacement: "Anderson" },
        },
      ],
    },
    {
      name: "Jon for John",
      to: "john.smith@acme.example",
      profiles: [JOHN],
      body: "Hi Jon,\nsee below.",
      findings: [
        {
          messageId: "misspelt",
          evidence: at("body", "Hi Jon,", "Jon"),
          fix: { original: "Jon", replacement: "John" },
        },
      ],
    },
    {
      name: "Catherine for Katherine",
      to: "katherine@acme.example",
      profiles: [KATHERINE],
      body: "Dear Catherine,\nthanks.",
      findings: [
        {
          messageId: "misspelt",
          evidence: at("body", "Dear Catherine,", "Catherine"),
          fix: { replacement: "Katherine" },
        },
      ],
    },
    {
      name: "Stephen for Steven (surname after a title)",
      to: "katherine@acme.example",
      profiles: [KATHERINE],
      body: "Dear Ms Stephen,\nthanks.",
      findings: [
        {
          messageId: "misspelt",
          evidence: at("body", "Dear Ms Stephen,", "Stephen"),
          fix: { replacement: "Steven" },
        },
      ],
    },
    {
      name: "a greeting in the subject",
      subject: "Hi Meg - contract",
      body: "See attached.",
      findings: [
        {
          messageId: "avoided",
          evidence: at("subject", "Hi Meg - contract", "Meg"),
          fix: { field: "subject", original: "Meg", replacement: "Megge" },
        },
      ],
    },
    {
      name: "a shortened preferred name they did not list",
      to: "kat@acme.example",
      profiles: [{ matchKey: "kat@acme.example", preferredName: "Katherine" }],
      body: "Hi Kath,\nsee below.",
      findings: [
        {
          messageId: "shortened",
          recipient: "kat@acme.example",
          evidence: at("body", "Hi Kath,", "Kath"),
          fix: { replacement: "Katherine" },
        },
      ],
    },
    {
      name: "with several recipients, only the one it is about",
      to: [DAN, MEGGE],
      body: "Hi Dan and Meg,\nplease see below.",
      findings: [
        {
          messageId: "avoided",
          recipient: MEGGE,
          evidence: at("body", "Hi Dan and Meg,", "Meg"),
          fix: replaceMeg,
        },
      ],
    },
  ],
});

describe("name-spelling possessives", () => {
  it("reports the name without its possessive", () => {
    const findings = runCheck(nameSpelling, {
      body: "Thanks, Meg's team.\nHi Megge,\nMegge Andersen's office called.",
    });
    // "Meg's team" is not a vocative; "Andersen's" is Andersen.
    expect(findings.map((f) => [f.evidence?.text, f.fix?.replacement])).toEqual([
      ["Andersen", "Anderson"],
    ]);
  });
});
