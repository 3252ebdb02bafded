/**
 * Round 34 (lead, from analysis-lh32 M3 and analysis-lh30 M16): a writer asked by their board or
 * an officer to pass a wish on ("our board has asked me to let you know that we would like…") is
 * not aiming the wish at someone else: the "me" who was asked is the writer. A wish aimed at a
 * third person ("I told Tom to call her instead") stays someone else's.
 */
import { letter, runListenTests } from "./listen-tester";

const ORG = "@coca-cola.example";

runListenTests("round 34: lead", {
  silent: [
    {
      name: "the writer telling a colleague how to reach someone else",
      body: letter("I asked Priya to phone her instead, as she is travelling."),
      fields: ["preferredChannels", "avoidChannels"],
    },
    {
      name: "a colleague told to write to another person",
      body: letter("Our CFO told the team to email him the board pack every month."),
      fields: ["statusUpdates", "preferredChannels"],
    },
  ],
  heard: [
    {
      name: "the board's cadence passed on by the writer",
      body: letter(
        "Our trustees have asked me to let you know that we would like a written update every month.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: ORG }],
    },
    {
      name: "an officer's cadence passed on by the writer",
      body: letter(
        "Our finance director asked me to tell you that we want a short progress note every quarter.",
      ),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: ORG }],
    },
  ],
});
