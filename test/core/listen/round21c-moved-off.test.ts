/**
 * Round 21 (listen-21c, analysis-lh19 ranked change 1): a platform the organisation has left or no
 * longer supports is an avoided channel, said as an IT fact. Look-alikes beside it: a meeting
 * moved once, someone else's platform or move, a question.
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const TAHLTAN = "Ann Lee <ann.lee@tahltanridge.example>";

runListenTests("round 21: a platform the organisation has left", {
  heard: [
    {
      name: "'we moved off Zoom company-wide' (the simple past with the organisation's scope)",
      body: letter("We moved off Zoom company-wide last year."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "the organisation by its name: 'Tahltan Ridge has moved off Zoom company-wide'",
      from: TAHLTAN,
      body: letter("Tahltan Ridge has moved off Zoom company-wide."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: "@tahltanridge.example" }],
    },
    {
      name: "'our whole company has now moved off Teams'",
      body: letter("Our whole company has now moved off Teams."),
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
    {
      name: "'we've migrated away from Teams'",
      body: letter("We've migrated away from Teams."),
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
    {
      name: "'Zoom is no longer supported here'",
      body: letter("Zoom is no longer supported here."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "'Zoom is no longer supported on our machines'",
      body: letter("Zoom is no longer supported on our machines."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "'Teams isn't supported any more'",
      body: letter("Teams isn't supported any more."),
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
    {
      name: "the writer's own move: 'I've moved off WhatsApp'",
      body: letter("I've moved off WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
  ],
  silent: [
    {
      // The simple past without the organisation's scope is told as news (dev l8-castellan-zoom-now,
      // whose reviewer leaves the avoidance out): only the present perfect or "company-wide" is read.
      name: "news in the simple past: 'we moved off Teams last quarter'",
      body: letter("FYI, we moved off Teams last quarter."),
      fields: ["avoidChannels"],
    },
    {
      name: "a meeting moved once: 'we moved the meeting off Zoom to Teams today'",
      body: letter("We moved the meeting off Zoom to Teams today."),
      fields: ["avoidChannels"],
    },
    {
      name: "one call moved: 'we moved off Zoom for today's call'",
      body: letter("We moved off Zoom for today's call."),
      fields: ["avoidChannels"],
    },
    {
      name: "the other side's move: 'the other side has moved off Zoom'",
      body: letter("The other side has moved off Zoom."),
      fields: ["avoidChannels"],
    },
    {
      name: "the other side's platform: 'our opponents have moved off Teams company-wide'",
      body: letter("Our opponents have moved off Teams company-wide."),
      fields: ["avoidChannels"],
    },
    {
      name: "the firm's move: 'your firm has moved off Zoom, I hear'",
      body: letter("Your firm has moved off Zoom, I hear."),
      fields: ["avoidChannels"],
    },
    {
      name: "their platform: 'their Zoom is no longer supported'",
      body: letter("Their Zoom is no longer supported."),
      fields: ["avoidChannels"],
    },
    {
      name: "a question: 'have you moved off Zoom?'",
      body: letter("Have you moved off Zoom?"),
      fields: ["avoidChannels"],
    },
    {
      name: "a question: 'is Zoom no longer supported?'",
      body: letter("Is Zoom no longer supported?"),
      fields: ["avoidChannels"],
    },
  ],
});
