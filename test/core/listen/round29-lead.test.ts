/**
 * Round 29 (lead, from analysis-lh27): engine errors that made wrong suggestions on a blind set,
 * each as a construction: a choice handed back to the firm, the writer's ease with long messages,
 * a cadence no longer needed, and one company's name pointed at ("keep their name out").
 */
import { COKE, letter, onOrg, runListenTests } from "./listen-tester";

runListenTests("round 29: lead guards", {
  silent: [
    {
      name: "a choice handed back ('Teams or a call, either is fine') is offered, not wished",
      body: letter("Teams or a call, either is fine for me."),
      fields: ["preferredChannels", "meetingPlatform"],
    },
    {
      name: "'whichever suits you' hands the choice back too",
      body: letter("Email or WhatsApp, whichever suits you best."),
      fields: ["preferredChannels"],
    },
    {
      name: "ease with long messages is no refusal of the way ('not great with long emails')",
      body: letter("Keep it short if you can, I'm not great with long emails."),
      fields: ["avoidChannels"],
    },
    {
      name: "a cadence no longer needed is dropped, not wished for",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter("The board no longer needs the fortnightly updates on the lease."),
      fields: ["statusUpdates"],
    },
    {
      name: "'keep their name out' is no topic called 'name'",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter(
        "As you know, Pepsi bought Tango last spring and they are now our main rival. Please keep their name out of anything for the board.",
      ),
      fields: ["avoidTopics"],
    },
  ],
  heard: [
    {
      name: "a choice offered with no hand-back is still a wish",
      body: letter("Teams or a call, please."),
      heard: [
        { field: "preferredChannels", value: "teams" },
        { field: "preferredChannels", value: "phone" },
      ],
    },
    {
      name: "'no emails, please' is still a refusal of the way",
      body: letter("No emails, please, I never read them."),
      heard: [{ field: "avoidChannels", value: "email" }],
    },
    {
      name: "a cadence still wanted is heard",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter("The board would like fortnightly updates on the lease."),
      heard: [{ field: "statusUpdates", value: "fortnightly", profile: COKE }],
    },
    {
      name: "one name pointed at is the company the sentence before is about",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter(
        "As you know, Pepsi bought Tango last spring and they are now our main rival. Please keep their name out of anything for the board.",
      ),
      heard: [{ field: "competitors", value: "Pepsi", profile: COKE }],
    },
    {
      name: "both names pointed at are both companies",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter(
        "Pepsi and Tango are our main rivals. Please keep both names out of anything for the board.",
      ),
      heard: [
        { field: "competitors", value: "Pepsi", profile: COKE },
        { field: "competitors", value: "Tango", profile: COKE },
      ],
    },
  ],
});

runListenTests("round 29: the meeting each update is timed for", {
  silent: [
    {
      name: "one update before one meeting is still a one-off",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter("Please send a short update before the board meeting on Thursday."),
      fields: ["statusUpdates"],
    },
  ],
  heard: [
    {
      name: "a monthly update in time for the board meeting on its day",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter(
        "From March we want a monthly update, in time for the board meeting on the first Monday.",
      ),
      heard: [
        {
          field: "statusUpdates",
          value: "monthly, before the board meeting on the first Monday",
          profile: COKE,
        },
      ],
    },
    {
      name: "a recurring cadence ahead of a weekly meeting's day",
      body: letter(
        "I'd like a one-page note every other Tuesday, ahead of our team meeting on Wednesday.",
      ),
      heard: [
        {
          field: "statusUpdates",
          value: "every other Tuesday, ahead of the team meeting on Wednesday",
        },
      ],
    },
  ],
});
