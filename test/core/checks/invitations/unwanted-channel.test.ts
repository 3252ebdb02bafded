/** unwanted-channel on meeting invitations: phone-only meetings, platforms in the location, online meetings. */
import * as unwantedChannel from "../../../../src/core/checks/unwanted-channel";
import { at, DAN, runRuleTests } from "../rule-tester";

const QUIET = { matchKey: "@quiet.example", clientName: "Quiet Ltd", avoidChannels: ["video"] };
const QUIET_PERSON = "sam@quiet.example";
const NO_ZOOM = { matchKey: "@nozoom.example", clientName: "NoZoom plc", avoidChannels: ["zoom"] };
const NO_ZOOM_PERSON = "lee@nozoom.example";
const TAYLOR = "taylor.kim@microsoft.example";
const NO_OFFICE = {
  matchKey: "@remote.example",
  clientName: "Remote Ltd",
  avoidChannels: ["in-person"],
  preferredChannels: ["email", "zoom"],
};
const NO_OFFICE_PERSON = "kim@remote.example";

runRuleTests(unwantedChannel, {
  valid: [
    {
      name: "a call on Teams is not a phone call",
      subject: "Call re: supply contract",
      appointment: { location: "Microsoft Teams Meeting", onlineMeeting: { platform: "teams" } },
    },
    {
      name: "a call with a Zoom link in the body",
      to: DAN,
      subject: "Quick call",
      appointment: {},
      body: "Join: https://zoom.us/j/123456789",
    },
    {
      name: "a margin call is a matter, not a phone call",
      subject: "Margin call review",
      appointment: { location: "Room 4" },
    },
    { name: "a capital call notice", subject: "Capital call notice", appointment: {} },
    { name: "a call for evidence", subject: "Call for evidence: response", appointment: {} },
    {
      name: "a street address with numbers is not a phone number",
      subject: "Lease review",
      appointment: { location: "Suite 1200, 55 Water Street, New York, NY 10041" },
    },
    {
      name: "digits in a web address are not a phone number",
      subject: "Lease review",
      appointment: { location: "https://rooms.firm.example/book/1234567" },
    },
    {
      name: "a date in the location is not a phone number",
      subject: "Lease review",
      appointment: { location: "2025-03-14 10:00" },
    },
    {
      name: "the organiser's phone number in the body is a contact line, not a dial-in",
      subject: "Lease review",
      appointment: { location: "Our office" },
      body: "Agenda attached.\n\nJo Lawyer\nPhone: +1 212 555 0100",
    },
    {
      name: "an e-mail whose subject says call is read as before (no invitation rules)",
      subject: "Call re: contract",
      body: "Notes attached.",
    },
    {
      name: "a client who does not avoid the phone",
      to: TAYLOR,
      subject: "Call re: licence",
      appointment: { location: "+1 425 555 0100" },
    },
    {
      name: "an office meeting to a client who does not avoid meeting in person",
      to: TAYLOR,
      appointment: { location: "Meeting Room 4.02, 1 Fenchurch Place, London EC3M 4AJ" },
    },
    {
      name: "an office address beside a Teams meeting is not an in-person meeting",
      to: NO_OFFICE_PERSON,
      profiles: [NO_OFFICE],
      appointment: {
        location: "Room 4; Microsoft Teams Meeting",
        onlineMeeting: { platform: "teams" },
      },
    },
    {
      name: "a phone call is not an in-person meeting",
      to: NO_OFFICE_PERSON,
      profiles: [NO_OFFICE],
      subject: "Call re: lease",
      appointment: { location: "+44 20 7946 0000" },
    },
    {
      name: "the Teams block's dial-in is not a phone call",
      subject: "Lease review",
      appointment: { location: "Microsoft Teams Meeting", onlineMeeting: { platform: "teams" } },
      body: "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 123\nOr call in (audio only)\n+44 20 3443 9876,,513487500# United Kingdom",
    },
  ],
  invalid: [
    {
      name: "the subject says it is a call",
      subject: "Call re: contract",
      appointment: { location: "" },
      findings: [
        {
          messageId: "phoneMeeting",
          evidence: at("subject", "Call re: contract", "Call"),
          message: [
            "asked not to be contacted by phone, and this invitation is a phone call",
            '("Call" in the subject)',
            "They prefer e-mail or Microsoft Teams.",
          ],
        },
      ],
    },
    {
      name: "a phone number as location",
      subject: "Contract",
      appointment: { location: "+1 212 555 0100" },
      findings: [
        {
          messageId: "phoneMeeting",
          evidence: at("location", "+1 212 555 0100", "+1 212 555 0100"),
        },
      ],
    },
    {
      name: "the location and the subject both say it is a call: each place, as meeting-platform does",
      to: DAN,
      subject: "Phone call: invoice",
      appointment: { location: "Phone" },
      findings: [
        { messageId: "phoneMeeting", evidence: at("subject", "Phone call: invoice", "Phone call") },
        { messageId: "phoneMeeting", evidence: at("location", "Phone", "Phone") },
      ],
    },
    {
      name: "a teleconference with its dial-in as location",
      to: DAN,
      subject: "Teleconference: audit findings",
      appointment: { location: "Dial-in +44 20 3855 0000, PIN 448120#" },
      findings: [
        {
          messageId: "phoneMeeting",
          evidence: at("subject", "Teleconference: audit findings", "Teleconference"),
        },
        {
          messageId: "phoneMeeting",
          evidence: at("location", "Dial-in +44 20 3855 0000, PIN 448120#", "+44 20 3855 0000"),
        },
      ],
    },
    {
      name: "a Zoom location to a client who avoids Zoom and meets on Teams: both checks speak",
      to: TAYLOR,
      appointment: { location: "Zoom" },
      findings: [
        {
          messageId: "proposal",
          recipient: TAYLOR,
          evidence: at("location", "Zoom", "Zoom"),
          message: ["asked not to be contacted by Zoom"],
        },
      ],
    },
    {
      name: "a meeting at the firm's office to a client who avoids meeting in person",
      to: NO_OFFICE_PERSON,
      profiles: [NO_OFFICE],
      subject: "Review of the samples",
      appointment: {
        location: "Harcourt Bell LLP, 1 Fenchurch Place, London EC3M 4AJ – Meeting Room 4.02",
      },
      findings: [
        {
          messageId: "inPersonMeeting",
          recipient: NO_OFFICE_PERSON,
          evidence: at(
            "location",
            "Harcourt Bell LLP, 1 Fenchurch Place, London EC3M 4AJ – Meeting Room 4.02",
            "Harcourt Bell LLP, 1 Fenchurch Place, London EC3M 4AJ – Meeting Room 4.02",
          ),
          message: [
            "asked not to meet in person, and this invitation is at a place",
            "They prefer e-mail or Zoom.",
          ],
        },
      ],
    },
    {
      name: "a US office address",
      to: NO_OFFICE_PERSON,
      profiles: [NO_OFFICE],
      appointment: { location: "Suite 1200, 55 Water Street, New York, NY 10041" },
      findings: [
        {
          messageId: "inPersonMeeting",
          recipient: NO_OFFICE_PERSON,
          evidence: at(
            "location",
            "Suite 1200, 55 Water Street, New York, NY 10041",
            "Suite 1200, 55 Water Street, New York, NY 10041",
          ),
        },
      ],
    },
    {
      name: "a room Outlook lists as the location",
      to: NO_OFFICE_PERSON,
      profiles: [NO_OFFICE],
      appointment: { location: "", locations: ["Boardroom East"] },
      findings: [
        {
          messageId: "inPersonMeeting",
          recipient: NO_OFFICE_PERSON,
          evidence: at("location", "Boardroom East", "Boardroom East"),
        },
      ],
    },
    {
      name: "a dial-in line in the body, and no video platform",
      to: DAN,
      subject: "Weekly update",
      appointment: {},
      body: "Agenda below.\nDial-in: +44 20 7946 0000\nPasscode: 1234",
      findings: [
        {
          messageId: "phoneMeeting",
          evidence: at(
            "body",
            "Agenda below.\nDial-in: +44 20 7946 0000\nPasscode: 1234",
            "Dial-in: +44 20 7946 0000",
          ),
        },
      ],
    },
    {
      name: "a Teams meeting to a client who avoids video",
      to: QUIET_PERSON,
      profiles: [QUIET],
      appointment: { onlineMeeting: { platform: "teams" } },
      findings: [
        {
          messageId: "onlineMeeting",
          recipient: QUIET_PERSON,
          message: [
            "asked not to be contacted by video calls, but this invitation is a Microsoft Teams meeting",
          ],
        },
      ],
    },
    {
      name: "Zoom as location to a client who avoids Zoom",
      to: NO_ZOOM_PERSON,
      profiles: [NO_ZOOM],
      appointment: { location: "Zoom" },
      findings: [
        {
          messageId: "proposal",
          recipient: NO_ZOOM_PERSON,
          evidence: at("location", "Zoom", "Zoom"),
          message: ['this invitation proposes it ("Zoom")'],
        },
      ],
    },
    {
      name: "a Zoom link in the location and the body: each place",
      to: NO_ZOOM_PERSON,
      profiles: [NO_ZOOM],
      appointment: { location: "https://zoom.us/j/123" },
      body: "Join Zoom Meeting\nhttps://zoom.us/j/123",
      findings: [
        {
          messageId: "proposal",
          recipient: NO_ZOOM_PERSON,
          evidence: at("location", "https://zoom.us/j/123", "https://zoom.us/j/123"),
        },
        {
          messageId: "proposal",
          recipient: NO_ZOOM_PERSON,
          // "Join Zoom Meeting" above its link is a pasted block: pointed at whole.
          evidence: at(
            "body",
            "Join Zoom Meeting\nhttps://zoom.us/j/123",
            "Join Zoom Meeting\nhttps://zoom.us/j/123",
          ),
        },
      ],
    },
    {
      name: "a Zoom link as location, once",
      to: NO_ZOOM_PERSON,
      profiles: [NO_ZOOM],
      appointment: { location: "https://zoom.us/j/123", onlineMeeting: { platform: "zoom" } },
      findings: [
        {
          messageId: "proposal",
          recipient: NO_ZOOM_PERSON,
          evidence: at("location", "https://zoom.us/j/123", "https://zoom.us/j/123"),
        },
      ],
    },
    {
      name: "an offer in the invitation's body is read as in an e-mail",
      subject: "Contract",
      appointment: { location: "Our office" },
      body: "If it is easier, I'll call you on Monday.",
      findings: [
        {
          messageId: "proposal",
          evidence: at("body", "If it is easier, I'll call you on Monday.", "I'll call you"),
          message: ['this invitation proposes it ("I\'ll call you")'],
        },
      ],
    },
  ],
});
