import * as unwantedChannel from "../../../src/core/checks/unwanted-channel";
import { at, DAN, MICROSOFT, runRuleTests } from "./rule-tester";

const EMAIL_AVOIDER = {
  matchKey: "old.school@acme.example",
  fullName: "Pat Old",
  avoidChannels: ["e-mail"],
  preferredChannels: ["post", "phone"],
};
const TEXT_AVOIDER = { matchKey: "quiet@acme.example", avoidChannels: "sms; WhatsApp; signal" };
const VIDEO_AVOIDER = { matchKey: "novideo@acme.example", avoidChannels: ["video"] };

runRuleTests(unwantedChannel, {
  valid: [
    {
      name: "the call option in the contract",
      body: "Hi Megge,\nThe call option in the contract lapses in May.",
    },
    { name: "called and so-called", body: "Hi Megge,\nThe so-called side letter was called off." },
    { name: "a call for papers", body: "Hi Megge,\nThe journal issued a call for papers." },
    { name: "margin call", body: "Hi Megge,\nThe margin call came on Friday." },
    {
      name: "what we call",
      body: "Hi Megge,\nThis is what we call you-know-what. It is what they call a safe harbour.",
    },
    {
      name: "the text you sent",
      body: "Hi Megge,\nThe text you sent reads well. Please send the full text me later? No.",
    },
    {
      name: "a phone number in the signature",
      body: "Hi Megge,\nDraft attached.\n\nBest,\nJo Lawyer\nPhone: +1 555 0100\nM: +1 555 0101",
    },
    {
      name: "past-tense reporting",
      body: "Hi Megge,\nWe spoke by phone yesterday with their counsel.",
    },
    {
      name: "a failed attempt is not an offer",
      body: "Hi Megge,\nOpposing counsel tried to call you on Friday.",
    },
    {
      name: "e-mail and Teams for Megge",
      body: "Hi Megge,\nHappy to discuss by e-mail or on Teams.",
    },
    { name: "Dan likes WhatsApp", to: DAN, body: "Dan, feel free to message me on WhatsApp." },
    {
      name: "WhatsApp messages as evidence",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "The WhatsApp messages were produced in discovery.",
    },
    {
      name: "signal as a word",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "Please signal your consent by signing.",
    },
    {
      name: "quoted history is skipped",
      body: "Noted.\n\nOn Mon, 1 Sep 2026, Sam wrote:\n> I'll give you a call tomorrow.",
    },
    {
      name: "a platform the meeting-platform check owns",
      to: MICROSOFT,
      body: "Join here: https://zoom.us/j/123",
    },
  ],
  invalid: [
    {
      name: "proposing a call to Megge",
      body: "Hi Megge,\n\nI'll give you a call tomorrow to walk through it.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Hi Megge,\n\nI'll give you a call tomorrow", "give you a call"),
          message: [
            "Megge Anderson (The Coca-Cola Company) asked not to be contacted by phone",
            "They prefer e-mail or Microsoft Teams.",
          ],
        },
      ],
    },
    {
      // Only "buzz" names the channel here: the trigger words must include it.
      name: "give me a buzz",
      body: "Hi Megge,\n\nGive me a buzz when you land.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Hi Megge,\n\nGive me a buzz", "Give me a buzz"),
        },
      ],
    },
    {
      name: "call me on a number",
      body: "Call me on +1 555 0100 when you can.",
      findings: [
        { messageId: "proposal", evidence: at("body", "Call me on +1 555 0100", "Call me") },
      ],
    },
    {
      name: "hop on a call, ring you, and a subject",
      subject: "Can we hop on a quick call?",
      body: "Or I can ring you this afternoon.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("subject", "Can we hop on a quick call?", "hop on a quick call"),
        },
        { messageId: "proposal", evidence: at("body", "Or I can ring you", "ring you") },
      ],
    },
    {
      name: "an offer to talk by phone",
      to: DAN,
      body: "Dan, happy to discuss by phone if easier.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Dan, happy to discuss by phone", "by phone"),
        },
      ],
    },
    {
      name: "texts, WhatsApp and Signal",
      to: "quiet@acme.example",
      profiles: [TEXT_AVOIDER],
      body: "Text me when you land. Or we could talk on WhatsApp. Feel free to reach me on Signal.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "Text me", "Text me"),
          message: ["by text message"],
        },
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Text me when you land. Or we could talk on WhatsApp",
            "on WhatsApp",
          ),
          message: ["WhatsApp", "Suggest another way"],
        },
        {
          messageId: "proposal",
          evidence: at(
            "body",
            "Text me when you land. Or we could talk on WhatsApp. Feel free to reach me on Signal",
            "on Signal",
          ),
        },
      ],
    },
    {
      name: "a meeting link to someone who avoids video",
      to: "novideo@acme.example",
      profiles: [VIDEO_AVOIDER],
      html: '<p>Join <a href="https://teams.microsoft.com/l/meetup-join/abc">here</a>.</p>',
      findings: [
        {
          messageId: "proposal",
          evidence: { field: "body", text: "here", start: 5, end: 9 },
          message: ["video calls"],
        },
      ],
    },
    {
      name: "a client who avoids e-mail itself",
      to: "old.school@acme.example",
      profiles: [EMAIL_AVOIDER],
      body: "Dear Pat, the letter is attached.",
      findings: [
        {
          messageId: "email",
          severity: "info",
          message: ["Pat Old asked not to be contacted by e-mail", "(post, phone)"],
        },
      ],
    },
  ],
});
