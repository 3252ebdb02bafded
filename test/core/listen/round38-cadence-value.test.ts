/**
 * Round 38 (listen-38): a cadence's value says its cadence once ("quarterly", not "quarterly,
 * every quarter") and "the" for the writer's "our" ("before the board meets"). Measured and not
 * wired in round 38; wired in round 39 after lh33 gave it a third set (docs/listen.md, round 39).
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const updates = (value: string) => ({ field: "statusUpdates" as const, value, profile: COKE });

runListenTests("round 38: a cadence's value in the client's words, once", {
  silent: [
    {
      name: "a question about other clients",
      body: letter("Does your team send updates every quarter to other clients?"),
      fields: ["statusUpdates"],
    },
    {
      name: "a hypothetical",
      body: letter(
        "If the case goes to trial, we would want an update every week before our board meets.",
      ),
      fields: ["statusUpdates"],
    },
    {
      name: "a one-off",
      body: letter("Just this once, could you send the update before our board meets on Thursday?"),
      fields: ["statusUpdates"],
    },
    {
      name: "someone else's arrangement",
      body: letter(
        "Our insurers get an update from their own panel firm once a month before their board meets.",
      ),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "the cadence written out again is dropped",
      body: letter(
        "Could you send us a short written update every quarter, the week before the board meets?",
      ),
      heard: [updates("quarterly, the week before the board meets")],
    },
    {
      name: "the writer's our is the",
      body: letter("A monthly note before our leadership meeting would be plenty for us."),
      heard: [updates("monthly, before the leadership meeting")],
    },
    {
      name: "the writer's our own is the (round 39's review)",
      body: letter("Please send us an update each quarter before our own board meeting."),
      heard: [updates("quarterly, before the board meeting")],
    },
    {
      name: "a cadence that says more stays",
      body: letter("Could we have an update every two weeks, please?"),
      heard: [{ field: "statusUpdates", value: "fortnightly, every two weeks" }],
    },
  ],
});
