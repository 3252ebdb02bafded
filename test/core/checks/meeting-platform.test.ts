import * as meetingPlatform from "../../../src/core/checks/meeting-platform";
import { at, DAN, MEGGE, MICROSOFT, runRuleTests } from "./rule-tester";

const ZOOM_CLIENT = { matchKey: "@zoomer.example", clientName: "Zoomer", meetingPlatform: "zoom" };
const ZOOM_PERSON = "ana@zoomer.example";

runRuleTests(meetingPlatform, {
  valid: [
    {
      name: "a Teams link to a Teams client",
      to: MICROSOFT,
      html: '<a href="https://teams.microsoft.com/l/meetup-join/1">Join</a>',
    },
    {
      name: "zoom as a verb",
      to: MICROSOFT,
      body: "Let's zoom in on clause 4. Zoom out to the schedule.",
    },
    { name: "no platform preference", to: DAN, body: "Join: https://zoom.us/j/123" },
    {
      name: "a past meeting reported",
      to: MICROSOFT,
      body: "As discussed on the Zoom call last week, we agreed the terms.",
    },
    {
      name: "teams as a common noun",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      body: "Both teams will meet on site.",
    },
    {
      name: "an address at the platform's domain is not a link",
      to: MICROSOFT,
      body: "Write to legal@zoom.us for notices.",
    },
    {
      name: "quoted history",
      to: MICROSOFT,
      body: "Fine by me.\n\n-----Original Message-----\nFrom: X\nJoin: https://zoom.us/j/1",
    },
  ],
  invalid: [
    {
      name: "a Zoom link to Microsoft",
      to: MICROSOFT,
      html: '<p>Join here: <a href="https://us02web.zoom.us/j/123">Join Zoom Meeting</a></p>',
      findings: [
        {
          messageId: "link",
          evidence: { field: "body", text: "Join Zoom Meeting", start: 11, end: 28 },
          fix: {
            field: "body",
            start: 11,
            end: 28,
            original: "Join Zoom Meeting",
            replacement: "[Microsoft Teams meeting link]",
          },
          message: [
            "satya@microsoft.example (Microsoft) meets on Microsoft Teams, but this e-mail has a Zoom link",
          ],
        },
      ],
    },
    {
      name: "a written-out Zoom address in a text body",
      to: MEGGE,
      body: "Dial in at https://zoom.us/j/99. Thanks",
      findings: [
        {
          messageId: "link",
          evidence: at("body", "Dial in at https://zoom.us/j/99", "https://zoom.us/j/99"),
          fix: { replacement: "[Microsoft Teams meeting link]" },
        },
      ],
    },
    {
      name: "Google Meet proposed to a Teams client",
      to: MICROSOFT,
      subject: "Google Meet call on Friday?",
      body: "Could we use Google Meet?",
      findings: [
        {
          messageId: "mention",
          evidence: at("subject", "Google Meet call on Friday?", "Google Meet call"),
          fix: { field: "subject", original: "Google Meet", replacement: "Microsoft Teams" },
        },
        {
          messageId: "mention",
          evidence: at("body", "Could we use Google Meet?", "Google Meet"),
          fix: { field: "body", original: "Google Meet", replacement: "Microsoft Teams" },
        },
      ],
    },
    {
      name: "a Zoom call proposed to a Teams client",
      to: MICROSOFT,
      body: "Shall we set up a Zoom call for Monday?",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "Shall we set up a Zoom call", "Zoom call"),
          fix: { original: "Zoom", replacement: "Microsoft Teams" },
        },
      ],
    },
    {
      name: "'Zoom link: <address>' is one problem, fixed as a whole (not 'Teams link: zoom…')",
      to: MICROSOFT,
      body: "Here is my Zoom link: https://zoom.us/j/123456",
      findings: [
        {
          messageId: "link",
          evidence: at(
            "body",
            "Here is my Zoom link: https://zoom.us/j/123456",
            "Zoom link: https://zoom.us/j/123456",
          ),
          fix: {
            original: "Zoom link: https://zoom.us/j/123456",
            replacement: "[Microsoft Teams meeting link]",
            replacesLink: true,
          },
        },
      ],
    },
    {
      name: "'Zoom link: <address>' at a host Rapport does not know: the same whole phrase",
      to: MICROSOFT,
      body: "Here is my Zoom link: https://zoom.example/j/1",
      findings: [
        {
          messageId: "mention",
          evidence: at(
            "body",
            "Here is my Zoom link: https://zoom.example/j/1",
            "Zoom link: https://zoom.example/j/1",
          ),
          fix: { original: "Zoom link: https://zoom.example/j/1" },
        },
      ],
    },
    {
      name: "'my Zoom link' without the address: renaming would be untrue, so no fix",
      to: MICROSOFT,
      body: "My Zoom link is in the calendar invite.",
      findings: [
        {
          messageId: "mention",
          evidence: at("body", "My Zoom link", "Zoom link"),
        },
      ],
    },
    {
      name: "a Zoom call next to a Zoom link: no rename while the link stays",
      to: MICROSOFT,
      body: "A Zoom call tomorrow? Join: https://zoom.us/j/9",
      findings: [
        { messageId: "mention", evidence: at("body", "A Zoom call", "Zoom call") },
        {
          messageId: "link",
          evidence: at(
            "body",
            "A Zoom call tomorrow? Join: https://zoom.us/j/9",
            "https://zoom.us/j/9",
          ),
          fix: { original: "https://zoom.us/j/9" },
        },
      ],
    },
    {
      name: "a Teams link to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      html: '<p><a href="https://teams.microsoft.com/l/meetup-join/abc">Click here to join the meeting</a></p>',
      findings: [
        {
          messageId: "link",
          recipient: ZOOM_PERSON,
          evidence: { field: "body", text: "Click here to join the meeting", start: 0, end: 30 },
          fix: { replacement: "[Zoom meeting link]" },
        },
      ],
    },
  ],
});
