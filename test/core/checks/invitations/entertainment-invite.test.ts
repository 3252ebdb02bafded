/** entertainment-invite on meeting invitations: the subject or location is the occasion. */
import * as entertainmentInvite from "../../../../src/core/checks/entertainment-invite";
import { at, DAN, MEGGE, runRuleTests } from "../rule-tester";

runRuleTests(entertainmentInvite, {
  valid: [
    {
      name: "round 6: a fixture that is a case, in a hearing's subject",
      to: DAN,
      subject: "England v Wales - costs hearing",
      appointment: { location: "Royal Courts of Justice" },
    },
    {
      name: "round 6: an exhibition stand is work",
      to: DAN,
      subject: "Exhibition stand planning",
      appointment: { location: "Our office" },
    },
    {
      name: "work at a stadium: its subject is a presentation",
      to: DAN,
      subject: "Investor presentation - refinancing",
      appointment: { location: "Banqueting Suite, Twickenham Stadium" },
    },
    {
      name: "an inspection of the boxes a lease demises",
      to: DAN,
      subject: "Schedule of condition - executive boxes and hospitality level",
      appointment: { location: "City Arena, North Stand" },
    },
    {
      name: "a working lunch is business",
      to: DAN,
      subject: "Working lunch: budget review",
      appointment: { location: "Our office" },
    },
    { name: "a lunch-and-learn", to: DAN, subject: "Lunch and learn: CDM rules", appointment: {} },
    { name: "a game plan", to: DAN, subject: "Game plan for the tender", appointment: {} },
    {
      name: "coffee stays ordinary business",
      to: DAN,
      subject: "Coffee",
      appointment: { location: "Café Nero, High Street" },
    },
    {
      name: "a street named after a venue",
      to: DAN,
      subject: "Site visit",
      appointment: { location: "Unit 4, Stadium Road" },
    },
    {
      name: "a venue that is the client's matter",
      to: DAN,
      subject: "Golf course acquisition",
      appointment: { location: "Our office" },
    },
    {
      name: "support tickets are not tickets to a game",
      to: DAN,
      subject: "Support tickets triage",
      appointment: {},
    },
    {
      name: "a client who welcomes entertainment",
      to: MEGGE,
      subject: "Dinner",
      appointment: { location: "The Ivy restaurant" },
    },
    { name: "an e-mail's subject alone is not an invitation", to: DAN, subject: "Dinner" },
    {
      name: "a named venue that is the client's matter",
      to: DAN,
      subject: "Wembley Park lease renewal",
      appointment: { location: "Our office" },
    },
    {
      name: "the hospitality sector in the subject",
      to: DAN,
      subject: "Hospitality sector: supply terms",
      appointment: { location: "Our office" },
    },
  ],
  invalid: [
    {
      name: "round 6: a team named in the subject",
      to: DAN,
      subject: "Knicks vs Celtics",
      appointment: { location: "Madison Square Garden" },
      findings: [
        {
          messageId: "occasion",
          evidence: at("subject", "Knicks vs Celtics", "Knicks"),
        },
      ],
    },
    {
      name: "round 6: a subject without its article",
      to: DAN,
      subject: "Shooting day",
      body: "Guns meet at 8.30.",
      appointment: { location: "Holkham Estate" },
      findings: [
        { messageId: "occasion", evidence: at("subject", "Shooting day", "Shooting day") },
      ],
    },
    {
      name: "a gathering in the subject, the entertainment in the description: the offer is shown",
      to: DAN,
      subject: "Client evening",
      body: "Handel's Messiah at the Barbican, then supper in the Conservatory. Coaches at 10.30.",
      appointment: { location: "London" },
      findings: [
        {
          messageId: "occasion",
          evidence: at(
            "body",
            "Handel's Messiah at the Barbican, then supper in the Conservatory. Coaches at 10.30.",
            "Handel's Messiah at the Barbican, then supper",
          ),
          message: [
            'this invitation is for "Handel\'s Messiah at the Barbican, then supper" (in the body)',
          ],
        },
      ],
    },
    {
      name: "a gathering in the subject and a host's statement in the description: one finding",
      to: DAN,
      subject: "Client evening",
      body: "Handel's Messiah at the Barbican, followed by supper in the Conservatory.",
      appointment: { location: "London" },
      findings: [
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Handel's Messiah at the Barbican, followed by supper in the Conservatory.",
            "Barbican, followed by supper in the Conservatory",
          ),
        },
      ],
    },
    {
      name: "a gathering in the subject and work in the description: the subject is shown",
      to: DAN,
      subject: "Client evening",
      body: "Agenda: the new procurement rules, then questions from the floor.",
      appointment: { location: "London" },
      findings: [
        {
          messageId: "occasion",
          evidence: at("subject", "Client evening", "Client evening"),
        },
      ],
    },
    {
      name: "dinner in the subject",
      to: DAN,
      subject: "Dinner at Nobu",
      appointment: { location: "Nobu, 15 Berkeley St" },
      findings: [
        {
          messageId: "occasion",
          evidence: at("subject", "Dinner at Nobu", "Dinner"),
          message: ['this invitation is for "Dinner" (in the subject)', "business meeting"],
        },
      ],
    },
    {
      name: "a stadium as location: the whole entry",
      to: DAN,
      subject: "Catch-up",
      appointment: { location: "Yankee Stadium; Gate 4" },
      findings: [
        {
          messageId: "occasion",
          evidence: at("location", "Yankee Stadium; Gate 4", "Yankee Stadium"),
        },
      ],
    },
    {
      name: "a team's game in the subject",
      to: DAN,
      subject: "Yankees game",
      appointment: {},
      findings: [
        { messageId: "occasion", evidence: at("subject", "Yankees game", "Yankees game") },
      ],
    },
    {
      name: "a round of golf",
      to: DAN,
      subject: "Round of golf with the partners",
      appointment: { location: "Pebble Beach" },
      findings: [
        {
          messageId: "occasion",
          evidence: at("subject", "Round of golf with the partners", "Round of golf"),
        },
      ],
    },
    {
      name: "a seasonal reception in the subject",
      to: DAN,
      subject: "Summer reception",
      appointment: { location: "14 Berkeley Square" },
      findings: [
        { messageId: "occasion", evidence: at("subject", "Summer reception", "Summer reception") },
      ],
    },
    {
      name: "a named event in the subject, never saying what it is",
      to: DAN,
      subject: "Six Nations: England v Wales",
      appointment: { location: "Twickenham Stadium, Box 12" },
      findings: [{ messageId: "occasion", evidence: at("subject", "Six Nations", "Six Nations") }],
    },
    {
      name: "lunch in the location",
      to: DAN,
      subject: "Catch-up",
      appointment: { location: "Lunch at The Ivy" },
      findings: [{ messageId: "occasion", evidence: at("location", "Lunch at The Ivy", "Lunch") }],
    },
    {
      name: "the subject and an invitation in the body's words are both reported",
      to: DAN,
      subject: "Dinner",
      appointment: {},
      body: "Would you like to join us for dinner after the site visit?",
      findings: [
        { messageId: "occasion", evidence: at("subject", "Dinner", "Dinner") },
        {
          messageId: "invite",
          evidence: at(
            "body",
            "Would you like to join us for dinner after the site visit?",
            "Would you like to join us for dinner",
          ),
          message: ['this invitation invites them ("Would you like to join us for dinner")'],
        },
      ],
    },
  ],
});
