import { COKE, runListenTests } from "./listen-tester";

// Round 16 (lead, from the lh15 diagnosis): the client's own people and the setting of the talk.
// "Please don't raise the redundancies with the site teams" keeps a subject from the client's own
// staff, for the client's sake: theirs to ask. "When we talk, please leave the merger out of it"
// names where the subject is kept out, not an event that may not happen. Each beside look-alikes:
// a subject kept from someone else (a tactic with another party), a real condition.
runListenTests("round 16: own people and the setting of the talk", {
  heard: [
    {
      name: "the client's own staff, with 'the'",
      body: "Hi Jo,\n\nPlease don't raise the Aberdeen redundancies with the site teams.\n\nMegge",
      heard: [{ field: "avoidTopics", value: "Aberdeen redundancies", profile: COKE }],
    },
    {
      name: "the client's own developers, in front of them",
      body: "Hi Jo,\n\nPlease don't mention the acquisition in front of the devs.\n\nMegge",
      heard: [{ field: "avoidTopics", value: "acquisition", profile: COKE }],
    },
    {
      name: "the setting of the talk",
      body: "Hi Jo,\n\nWhen we talk, please don't bring up the Aberdeen redundancies.\n\nMegge",
      heard: [{ field: "avoidTopics", value: "Aberdeen redundancies", profile: COKE }],
    },
    {
      name: "a 'when' that names the client's own board is still the setting (round 17)",
      body: "Hi Jo,\n\nWhen you meet the directors, please steer clear of the Aberdeen redundancies.\n\nMegge",
      heard: [{ field: "avoidTopics", value: "Aberdeen redundancies", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "a subject kept from another party is a tactic, not the client's wish",
      body: "Hi Jo,\n\nPlease don't mention the Aldi offer to the landlord.\n\nMegge",
      fields: ["avoidTopics"],
    },
    {
      name: "a 'when' that names someone else the talk is with is a tactic",
      body: "Hi Jo,\n\nWhen you're with the landlord, don't mention the Aldi offer.\n\nMegge",
      fields: ["avoidTopics"],
    },
    {
      name: "talking to the press is dealing with others",
      body: "Hi Jo,\n\nWhen you talk to the press, don't mention the merger.\n\nMegge",
      fields: ["avoidTopics"],
    },
    {
      name: "a condition that may not happen",
      body: "Hi Jo,\n\nIf the deal closes, please don't mention the valuation.\n\nMegge",
      fields: ["avoidTopics"],
    },
    {
      name: "the setting holds for topics only: a channel under 'when we' is still a condition",
      body: "Hi Jo,\n\nWhen we meet in London, please don't phone me.\n\nMegge",
      fields: ["avoidChannels"],
    },
  ],
});
