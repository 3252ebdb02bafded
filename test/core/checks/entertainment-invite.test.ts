import * as entertainmentInvite from "../../../src/core/checks/entertainment-invite";
import { at, DAN, FORD, runRuleTests } from "./rule-tester";

const several =
  "We have two tickets to the final. Can I take you to lunch next week? Join me for a round of golf. Are you free for drinks on Friday?";
const baseball = "Dan, would you like to join us at the baseball game on Saturday?";

runRuleTests(entertainmentInvite, {
  valid: [
    { name: "a lunch reported", to: DAN, body: "Dan, I had lunch with the judge yesterday." },
    {
      name: "the dinner in the minutes",
      to: DAN,
      body: "The dinner in the minutes was the board's, not ours.",
    },
    {
      name: "joining a hearing",
      to: DAN,
      body: "Dan, would you like to join us for the hearing on Monday?",
    },
    { name: "available for a call", to: DAN, body: "Dan, are you free for a call on Monday?" },
    {
      name: "tickets in a support system",
      to: DAN,
      body: "We have tickets open with the registry.",
    },
    {
      name: "a client who welcomes entertainment",
      to: FORD,
      body: "Would you like to join us for dinner?",
    },
    { name: "lunchtime as a time", to: DAN, body: "I will send it by lunchtime." },
    {
      name: "quoted history",
      to: DAN,
      body: "Thanks.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> Would you like to join us for dinner?",
    },
  ],
  invalid: [
    {
      name: "a baseball game",
      to: DAN,
      body: baseball,
      findings: [
        {
          messageId: "invite",
          evidence: at("body", baseball, "would you like to join us at the baseball game"),
          message: ["Daniel Whitaker (Whitaker Building Ltd) does not accept entertainment"],
        },
      ],
    },
    {
      name: "tickets, lunch, golf and drinks",
      to: DAN,
      body: several,
      findings: [
        {
          messageId: "invite",
          evidence: at("body", several, "We have two tickets to"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "take you to lunch"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "Join me for a round of golf"),
        },
        {
          messageId: "invite",
          evidence: at("body", several, "Are you free for drinks"),
        },
      ],
    },
    {
      name: "in the subject",
      to: DAN,
      subject: "Dinner? Let's grab dinner after the closing",
      body: "Details to follow.",
      findings: [
        {
          messageId: "invite",
          evidence: at("subject", "Dinner? Let's grab dinner", "Let's grab dinner"),
        },
      ],
    },
  ],
});
