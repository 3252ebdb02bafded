import { COKE, runListenTests } from "./listen-tester";

// Round 15 (listen-15a), two single readings: a lead time before an occasion ("a note a week
// before each board meeting") is an anchor, not the weekly cadence; "Our Teams" with its capital
// before a noun or a singular verb is the platform, not "our teams" (our people). Each beside its
// look-alikes.
runListenTests("round 15a: cadence anchors and Our Teams", {
  silent: [
    {
      name: "a reply a week after the meeting is no cadence at all",
      body: "Hi Jo,\n\nThanks for the call. I will send you a note a week after the hearing.\n\nMegge",
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "a lead time before each meeting is its occasion, not weekly",
      body: "Hi Jo,\n\nA written note a week before each board meeting, please.\n\nMegge",
      heard: [{ field: "statusUpdates", value: "a week before each board meeting" }],
    },
    {
      name: "the cadence is the interval; the anchor is kept as its occasion",
      body: "Hi Jo,\n\nPlease send us an update every two months, a written note a week before each board meeting.\n\nMegge",
      heard: [
        {
          field: "statusUpdates",
          value: "every two months, a week before each board meeting",
          profile: COKE,
        },
      ],
    },
    {
      name: "a note a week, with no occasion after it, is weekly",
      body: "Hi Jo,\n\nA short note a week would be ideal.\n\nMegge",
      heard: [{ field: "statusUpdates", value: "weekly, A short note a week" }],
    },
    {
      name: "Our Teams with a singular verb is the platform",
      body: "Hi Jo,\n\nOur Teams is hopeless for external meetings.\n\nMegge",
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
    {
      name: "our teams, lower case, are our people",
      body: "Hi Jo,\n\nOur teams prefer email.\n\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "Our Teams with a plural verb are still our people",
      body: "Hi Jo,\n\nOur Teams prefer email.\n\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
  ],
});
