/**
 * Round 41 (the lead, withdrawn after review; docs/checks.md, round 41): a greeting's name one
 * letter from the recipient's first name that does not sound alike ("Dear Eilish," to Eilidh) was
 * read as their name misspelt. The review found it warning where the greeting is to someone else
 * at the client copied without a display name ("Dear Marvin," with marvin.ode@ in To or Cc, to
 * Martin) or a relative at the client's address, so main's sound-alike rule stays. These rows hold
 * what main gets right: the near spellings it catches, and the greetings it rightly leaves alone.
 */
import * as nameSpelling from "../../../src/core/checks/name-spelling";
import { at, runRuleTests } from "./rule-tester";

const EILIDH = "eilidh.farquharson@glenrothie.example";
const MARIO = "mario.rossi@rossi.example";
const MARIA = "maria.lopez@rossi.example";
const PROFILES = [
  { matchKey: EILIDH, preferredName: "Eilidh", fullName: "Eilidh Farquharson" },
  { matchKey: MARIO, preferredName: "Mario", fullName: "Mario Rossi" },
  { matchKey: MARIA, preferredName: "Maria", fullName: "Maria Lopez" },
];
/** The client of the review's rows, greeted by someone else's near name. */
const MARTIN = {
  matchKey: "martin.cole@client.example",
  preferredName: "Martin",
  fullName: "Martin Cole",
};
const letter = (greeting: string) =>
  `${greeting}\n\nThe proof is fixed for 9 March; I attach the witness list.\n\nBest wishes,\nJo`;

/** A greeting whose name `written` is the recipient's name misspelt, fixed to `correct`. */
function misspelt(name: string, to: string, greeting: string, written: string, correct: string) {
  const body = letter(greeting);
  return {
    name,
    to,
    profiles: PROFILES,
    body,
    findings: [
      {
        messageId: "misspelt",
        recipient: to,
        evidence: at("body", body, written),
        fix: { replacement: correct, original: written },
      },
    ],
  };
}

runRuleTests(nameSpelling, {
  valid: [
    { name: "own name", to: EILIDH, profiles: PROFILES, body: letter("Dear Eilidh,") },
    { name: "another name entirely", to: EILIDH, profiles: PROFILES, body: letter("Dear Fiona,") },
    { name: "first letter differs", to: MARIO, profiles: PROFILES, body: letter("Dear Dario,") },
    { name: "two letters differ", to: EILIDH, profiles: PROFILES, body: letter("Dear Eileen,") },
    {
      name: "another recipient of the near name",
      to: [MARIO, MARIA],
      profiles: PROFILES,
      body: letter("Dear Maria,"),
    },
    {
      name: "a near name greeted beside theirs",
      to: EILIDH,
      profiles: PROFILES,
      body: letter("Dear Eilish and Eilidh,"),
    },
    {
      name: "running text",
      to: MARIO,
      profiles: PROFILES,
      body: "Dear Mario,\n\nMaria from the registry called about the bundle.\n\nJo",
    },
    // The lead's review of the slip (withdrawn): a greeting to someone else at the client, copied
    // without a display name, or a relative written to at the client's address.
    {
      name: "review: F02-assistant-To-noname",
      recipients: [
        { address: "martin.cole@client.example", kind: "to" },
        { address: "marvin.ode@client.example", kind: "to" },
      ],
      profiles: [MARTIN],
      body: "Dear Marvin,\n\nCould you find a slot in Martin's diary next week for a call on the lease? Thank you for your help.\n\nBest wishes,\nJo",
    },
    {
      name: "review: F03-assistant-cc-noname",
      recipients: [
        { address: "martin.cole@client.example", kind: "to" },
        { address: "marvin.ode@client.example", kind: "cc" },
      ],
      profiles: [MARTIN],
      body: "Hi Marvin,\n\nMartin asked me to send you the signing pack; please print two copies for him for Thursday.\n\nBest wishes,\nJo",
    },
    {
      name: "review: F17-list-several",
      recipients: [
        { address: "martin.cole@client.example", kind: "to" },
        { address: "sue@client.example", kind: "cc" },
        { address: "m.ode@client.example", kind: "cc" },
      ],
      profiles: [MARTIN],
      body: "Dear Marvin, Sue and Priya,\n\nMartin asked me to share the timetable with you all. Please send comments by Friday.\n\nBest wishes,\nJo",
    },
    {
      name: "review: F18-family-spouse",
      to: "marion.green@home.example",
      profiles: [
        {
          matchKey: "marion.green@home.example",
          preferredName: "Marion",
          fullName: "Marion Green",
        },
      ],
      body: "Dear Marlon,\n\nMarion asked me to write to you directly about signing the transfer as joint owner. Please sign where marked.\n\nBest wishes,\nJo",
    },
    {
      name: "review: F30-firm-colleague-cc",
      recipients: [
        { address: "martin.cole@client.example", kind: "to" },
        { address: "marvin.hale@firm.example", kind: "cc" },
      ],
      profiles: [MARTIN],
      body: "Marvin,\n\nPlease see below and take this forward with Martin while I am away. Martin, Marvin will be your contact.\n\nBest wishes,\nJo",
    },
  ],
  invalid: [
    misspelt("Hi Maria, to Mario (sounds alike)", MARIO, "Hi Maria,", "Maria", "Mario"),
    misspelt(
      "Good morning Eilith, to Eilidh (sounds alike)",
      EILIDH,
      "Good morning Eilith,",
      "Eilith",
      "Eilidh",
    ),
  ],
});
