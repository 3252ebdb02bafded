/** meeting-platform on meeting invitations: the location, the body's meeting block, the organiser's online meeting. */
import * as meetingPlatform from "../../../../src/core/checks/meeting-platform";
import { at, DAN, MICROSOFT, runRuleTests } from "../rule-tester";

const ZOOM_CLIENT = { matchKey: "@zoomer.example", clientName: "Zoomer", meetingPlatform: "zoom" };
const ZOOM_PERSON = "ana@zoomer.example";
const TAYLOR = "taylor.kim@microsoft.example";

const TEAMS_BLOCK = [
  "Agenda: the licence schedule.",
  "",
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>",
  "Meeting ID: 123 456 789",
  "________________________________________________________________________________",
].join("\n");

const ZOOM_BLOCK = [
  "Agenda: the licence schedule.",
  "",
  "Join Zoom Meeting",
  "https://us02web.zoom.us/j/85123456789?pwd=abc",
  "Meeting ID: 851 2345 6789",
].join("\n");

runRuleTests(meetingPlatform, {
  valid: [
    {
      name: "a Teams invitation to a Teams client",
      to: TAYLOR,
      subject: "Licence review",
      appointment: {
        location: "Microsoft Teams Meeting",
        onlineMeeting: { platform: "teams", url: "https://teams.microsoft.com/l/meetup-join/1" },
      },
      body: TEAMS_BLOCK,
    },
    {
      name: "a meeting room and an address",
      to: TAYLOR,
      appointment: { location: "Conference Room 4A; 1 Main Street", locations: ["Room 4A"] },
      body: "See you there.",
    },
    {
      name: "a Zoom invitation to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      appointment: { location: "Zoom", onlineMeeting: { platform: "zoom" } },
      body: ZOOM_BLOCK,
    },
    {
      name: "a client with no platform preference",
      to: DAN,
      appointment: { location: "https://zoom.us/j/123", onlineMeeting: { platform: "zoom" } },
    },
    {
      name: "an online meeting of a service Rapport does not name",
      to: TAYLOR,
      appointment: { onlineMeeting: { platform: "other", url: "conf:sip:jo@firm.example" } },
    },
    {
      name: "zoom as a verb in the location's neighbour text",
      to: TAYLOR,
      subject: "Zoom in on clause 4",
      appointment: { location: "Boardroom" },
    },
    {
      name: "an e-mail with a Zoom location-like subject stays a message (no location field)",
      to: TAYLOR,
      subject: "Zoom",
      body: "See you.",
    },
  ],
  invalid: [
    {
      name: "a Zoom URL as location to Microsoft (the issue's bar)",
      to: TAYLOR,
      subject: "Licence review",
      appointment: { location: "https://us02web.zoom.us/j/85123456789" },
      findings: [
        {
          messageId: "invitationLink",
          recipient: TAYLOR,
          evidence: {
            field: "location",
            text: "https://us02web.zoom.us/j/85123456789",
            start: 0,
            end: 37,
          },
          fix: {
            label: "Remove the Zoom link",
            field: "location",
            start: 0,
            end: 37,
            replacement: "",
          },
          message: [
            "meets on Microsoft Teams, but this invitation has a Zoom link in the location",
            "Use a Microsoft Teams meeting instead",
          ],
        },
      ],
    },
    {
      name: "the platform's name as location, beside a room",
      to: TAYLOR,
      appointment: { location: "Zoom Meeting; Room 4" },
      findings: [
        {
          messageId: "invitationPlace",
          recipient: TAYLOR,
          evidence: at("location", "Zoom Meeting; Room 4", "Zoom Meeting"),
          fix: {
            label: "Remove Zoom from the location",
            start: 0,
            end: 14,
            original: "Zoom Meeting; ",
            replacement: "",
          },
          message: ['this invitation\'s location is Zoom ("Zoom Meeting")'],
        },
      ],
    },
    {
      name: "a bare platform name as location",
      to: TAYLOR,
      appointment: { location: "Webex" },
      findings: [
        {
          messageId: "invitationPlace",
          recipient: TAYLOR,
          evidence: at("location", "Webex", "Webex"),
          fix: { original: "Webex", replacement: "" },
        },
      ],
    },
    {
      name: "the organiser's Zoom meeting with no link in the text",
      to: TAYLOR,
      appointment: { onlineMeeting: { platform: "zoom" } },
      body: "Agenda to follow.",
      findings: [
        {
          messageId: "onlineMeeting",
          recipient: TAYLOR,
          message: [
            "this invitation is a Zoom meeting",
            "turn off the Zoom meeting and add a Microsoft Teams meeting",
          ],
        },
      ],
    },
    {
      name: "a Zoom meeting block in the body: the link, once (not the online meeting again); the fix removes the block",
      to: TAYLOR,
      appointment: { onlineMeeting: { platform: "zoom" } },
      body: ZOOM_BLOCK,
      findings: [
        {
          messageId: "invitationLink",
          recipient: TAYLOR,
          evidence: at("body", ZOOM_BLOCK, "https://us02web.zoom.us/j/85123456789?pwd=abc"),
          fix: {
            label: "Remove the Zoom meeting details",
            field: "body",
            original:
              "Join Zoom Meeting\nhttps://us02web.zoom.us/j/85123456789?pwd=abc\nMeeting ID: 851 2345 6789",
            replacement: "",
          },
        },
      ],
    },
    {
      name: "a Teams meeting in the location and the body's block: each place, with its fix",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      appointment: { location: "Microsoft Teams Meeting", onlineMeeting: { platform: "teams" } },
      body: TEAMS_BLOCK,
      findings: [
        {
          messageId: "invitationPlace",
          recipient: ZOOM_PERSON,
          evidence: at("location", "Microsoft Teams Meeting", "Microsoft Teams Meeting"),
          fix: { original: "Microsoft Teams Meeting", replacement: "" },
          message: [
            'location is Microsoft Teams ("Microsoft Teams Meeting"). Use a Zoom meeting instead',
          ],
        },
        {
          messageId: "invitationLink",
          recipient: ZOOM_PERSON,
          evidence: at(
            "body",
            TEAMS_BLOCK,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
          ),
          fix: { label: "Remove the Microsoft Teams meeting details" },
        },
      ],
    },
    {
      name: "Teams' meeting block between lines of underscores is read, to a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      appointment: { location: "Room 4", onlineMeeting: { platform: "teams" } },
      body: TEAMS_BLOCK,
      findings: [
        {
          messageId: "invitationLink",
          recipient: ZOOM_PERSON,
          evidence: at(
            "body",
            TEAMS_BLOCK,
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
          ),
          fix: { label: "Remove the Microsoft Teams meeting details" },
          message: ["has a Microsoft Teams link in the body", "Use a Zoom meeting instead"],
        },
      ],
    },
    {
      name: "a Zoom link in the location and in the body: each place, with its fix",
      to: TAYLOR,
      appointment: { location: "https://zoom.us/j/123" },
      body: "Join: https://zoom.us/j/123",
      findings: [
        {
          messageId: "invitationLink",
          recipient: TAYLOR,
          evidence: at("location", "https://zoom.us/j/123", "https://zoom.us/j/123"),
          fix: { field: "location", original: "https://zoom.us/j/123" },
          message: ["has a Zoom link in the location."],
        },
        {
          messageId: "invitationLink",
          recipient: TAYLOR,
          evidence: at("body", "Join: https://zoom.us/j/123", "https://zoom.us/j/123"),
          fix: { field: "body", original: "https://zoom.us/j/123", replacement: "" },
          message: ["has a Zoom link in the body."],
        },
      ],
    },
    {
      name: "a Google Meet link in an HTML invitation body",
      to: MICROSOFT,
      appointment: { location: "" },
      html: '<p>Agenda below.</p><p><a href="https://meet.google.com/abc-defg-hij">Join with Google Meet</a></p>',
      findings: [
        {
          messageId: "invitationLink",
          evidence: { field: "body", text: "Join with Google Meet", start: 14, end: 35 },
          fix: { label: "Remove the Google Meet link", replacement: "" },
        },
      ],
    },
    {
      name: "a Zoom call named in the subject",
      to: TAYLOR,
      subject: "Zoom call re: licence",
      appointment: { location: "Room 4" },
      findings: [
        {
          messageId: "mention",
          recipient: TAYLOR,
          evidence: at("subject", "Zoom call re: licence", "Zoom call"),
          fix: { field: "subject", original: "Zoom", replacement: "Microsoft Teams" },
          message: ['this invitation proposes Zoom ("Zoom call")'],
        },
      ],
    },
    {
      name: "the Teams meeting turned on for a Zoom client",
      to: ZOOM_PERSON,
      profiles: [ZOOM_CLIENT],
      appointment: { onlineMeeting: { platform: "teams" } },
      findings: [
        {
          messageId: "onlineMeeting",
          recipient: ZOOM_PERSON,
          message: ["this invitation is a Microsoft Teams meeting", "add a Zoom meeting"],
        },
      ],
    },
  ],
});
