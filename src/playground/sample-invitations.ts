/**
 * Ready-made meeting invitations for the sample clients (assets/sample-profiles.json), in the
 * Sample drafts menu under "Invitations": each loads the "New meeting" form, so a visitor sees
 * what Rapport says about an invitation without typing. Bodies are plain text; the playground
 * turns them into escaped HTML. Times are tomorrow's (compose-model.ts, newMeetingTimes).
 */
export interface SampleInvitation {
  id: string;
  label: string;
  /** One line on what Rapport should say about it. */
  expect: string;
  required: string;
  optional?: string;
  subject: string;
  location: string;
  /** Hour and length of the meeting, tomorrow. */
  startHour: number;
  minutes: number;
  body: string;
}

/** The block Outlook writes into the body when the organiser turns the Teams meeting on. */
const TEAMS_BLOCK = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3ZmM2%40thread.v2/0",
  "Meeting ID: 312 555 871 204",
  "Passcode: 7bRt4x",
  "________________________________________________________________________________",
];

export const SAMPLE_INVITATIONS: readonly SampleInvitation[] = [
  {
    id: "zoom-invitation-microsoft",
    label: "Zoom invitation to Microsoft",
    expect: "Microsoft meets on Teams and avoids Zoom: stopped, with the location as evidence.",
    required: "Taylor Kim <taylor.kim@microsoft.example>",
    subject: "Licensing review",
    location: "https://zoom.us/j/5551234567",
    startHour: 10,
    minutes: 30,
    body: [
      "Hello Taylor,",
      "",
      "Let us go through the licensing review and the open points on the renewal.",
      "",
      "Best wishes,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "teams-invitation-microsoft",
    label: "Teams invitation to Microsoft",
    expect: "A Microsoft Teams meeting, as Microsoft prefers: sends straight away.",
    required: "Taylor Kim <taylor.kim@microsoft.example>",
    subject: "Licensing review",
    location: "Microsoft Teams Meeting",
    startHour: 10,
    minutes: 30,
    body: [
      "Hello Taylor,",
      "",
      "Let us go through the licensing review and the open points on the renewal.",
      "",
      "Best wishes,",
      "Alex",
      "",
      ...TEAMS_BLOCK,
    ].join("\n"),
  },
  {
    id: "phone-call-megge",
    label: "Phone call booked with Megge",
    expect: "Megge asked not to be phoned: the number as location is the evidence.",
    required: "Megge Anderson <megge.anderson@coca-cola.example>",
    subject: "Quick call: distribution agreement",
    location: "+44 20 7946 0321",
    startHour: 15,
    minutes: 15,
    body: [
      "Dear Megge,",
      "",
      "A few minutes on the exclusivity clause before Friday.",
      "",
      "Kind regards,",
      "Alex",
    ].join("\n"),
  },
  {
    id: "dinner-dan",
    label: "Dinner with Dan",
    expect: "Dan does not accept entertainment: the subject says dinner.",
    required: "Dan Whitaker <dan@whitakerbuilding.example>",
    subject: "Dinner at The Ivy",
    location: "The Ivy, 1-5 West Street, London",
    startHour: 19,
    minutes: 120,
    body: ["Hi Dan,", "", "To celebrate the completion, our treat.", "", "Cheers,", "Alex"].join(
      "\n",
    ),
  },
];
