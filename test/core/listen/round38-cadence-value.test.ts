/**
 * Round 38 (listen-38): a cadence's value says its cadence once ("quarterly", not "quarterly,
 * every quarter") and "the" for the writer's "our" ("before the board meets"). Measured and not
 * wired: docs/listen.md, round 38.
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const updates = (value: string) => ({ field: "statusUpdates" as const, value, profile: COKE });

runListenTests("round 38: a cadence's value in the client's words, once", {
  silent: [],
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
      name: "a cadence that says more stays",
      body: letter("Could we have an update every two weeks, please?"),
      heard: [{ field: "statusUpdates", value: "fortnightly, every two weeks" }],
    },
  ],
});
