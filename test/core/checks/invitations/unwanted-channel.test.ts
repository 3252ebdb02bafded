/** unwanted-channel on meeting invitations: phone-only meetings, platforms in the location, online meetings. */
import * as unwantedChannel from "../../../../src/core/checks/unwanted-channel";
import { at, DAN, runRuleTests } from "../rule-tester";

const QUIET = { matchKey: "@quiet.example", clientName: "Quiet Ltd", avoidChannels: ["video"] };
const QUIET_PERSON = "sam@quiet.example";
const NO_ZOOM = { matchKey: "@nozoom.example", clientName: "NoZoom plc", avoidChannels: ["zoom"] };
const NO_ZOOM_PERSON = "lee@nozoom.example";
const TAYLOR = "taylor.kim@microsoft.example";

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
      name: "a Zoom location to a Teams client is meeting-platform's finding",
      to: TAYLOR,
      appointment: { location: "Zoom" },
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
      name: "the location is the phone (the location wins over the subject: one meeting, one finding)",
      to: DAN,
      subject: "Phone call: invoice",
      appointment: { location: "Phone" },
      findings: [{ messageId: "phoneMeeting", evidence: at("location", "Phone", "Phone") }],
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
          evidence: at("body", "Join Zoom Meeting\nhttps://zoom.us/j/123", "https://zoom.us/j/123"),
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
          evidence: at("body", "If it is easier, I'll call you on Monday.", "call you"),
          message: ['this invitation proposes it ("call you")'],
        },
      ],
    },
  ],
});
