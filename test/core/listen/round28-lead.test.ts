/**
 * Round 28 (lead, from analysis-lh26): engine errors that made wrong suggestions on a blind set,
 * each as a construction: a condition by inversion, a release from a way ("no need to stick to"),
 * detail routed away from the bill, the rest of an existing report's noun phrase, a company or
 * topic on file with its article, and a whole name changed to "now".
 */
import { COKE, hear, letter, MEGGE, onOrg, runListenTests } from "./listen-tester";

const megge = (fields: Record<string, unknown> = {}) => ({
  matchKey: MEGGE,
  clientName: "Megge Anderson",
  ...fields,
});

runListenTests("round 28: lead guards and names changed now", {
  silent: [
    {
      name: "a condition by inversion governs its wish ('were we ever to float, we'd want…')",
      body: letter("Were we ever to float on AIM, we would want monthly updates from you."),
      fields: ["statusUpdates"],
    },
    {
      name: "'should we ever' opens a condition too",
      body: letter("Should we ever open a US office, we'd want Zoom for every meeting."),
      fields: ["meetingPlatform", "preferredChannels"],
    },
    {
      name: "a release from a way is no wish for it ('no need to stick to email')",
      body: letter("Calls are fine now, so there's no need to stick to email with me."),
      fields: ["preferredChannels"],
    },
    {
      name: "'you don't have to keep to Teams' releases the platform",
      body: letter("You don't have to keep to Teams for our calls any more."),
      fields: ["meetingPlatform", "preferredChannels"],
    },
    {
      name: "the rest of an existing report's noun phrase names no new cadence",
      profiles: [onOrg({ clientName: "Coca-Cola", statusUpdates: "fortnightly" })],
      body: letter("Our fortnightly Monday reports have been really useful to the team."),
      fields: ["statusUpdates"],
    },
    {
      name: "a past event over the summer names nothing",
      body: letter("We went over the summer accounts with the auditors yesterday."),
    },
  ],
  heard: [
    {
      name: "a wish after the condition's sentence is heard",
      body: letter("Were we ever to float, that would change. Please send us monthly updates."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "sticking to email is still a wish when nothing releases it",
      body: letter("Please stick to email with me, I'm in meetings all day."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "detail routed to a portal, never on the invoice, is a summary bill",
      profiles: [onOrg({ clientName: "Coca-Cola" })],
      body: letter("Time detail goes only to our procurement portal, never on the invoice itself."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "a new cadence beside an existing report is still heard",
      profiles: [onOrg({ clientName: "Coca-Cola", statusUpdates: "fortnightly" })],
      body: letter(
        "Our fortnightly reports have been great, but could we move to monthly updates now?",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "'my full name is now X' gives the whole name",
      profiles: [megge()],
      body: letter("My full name is now Megge Anderson-Holt, please use it on the contract."),
      heard: [{ field: "fullName", value: "Megge Anderson-Holt" }],
    },
    {
      name: "'I married over the summer and now go by X' gives the whole name",
      profiles: [megge()],
      body: letter("I married over the summer and now go by Megge Lindahl on everything."),
      heard: [{ field: "fullName", value: "Megge Lindahl" }],
    },
  ],
});

describe("round 28: a company or topic on file with its article", () => {
  it("'Galway Bay Group' is 'The Galway Bay Group' already on file", () => {
    const heard = hear({
      name: "",
      profiles: [onOrg({ clientName: "Coca-Cola", competitors: ["The Pepsi Bottling Group"] })],
      body: letter("Please never name Pepsi Bottling Group in anything you send us."),
    }).filter((s) => s.field === "competitors");
    expect(heard.map((s) => [s.value, s.alreadyKnown])).toEqual([["Pepsi Bottling Group", true]]);
  });
  it("a different company is still new", () => {
    const heard = hear({
      name: "",
      profiles: [onOrg({ clientName: "Coca-Cola", competitors: ["The Pepsi Bottling Group"] })],
      body: letter("Please never name Keurig in anything you send us."),
    }).filter((s) => s.field === "competitors");
    expect(heard.map((s) => [s.value, s.alreadyKnown])).toEqual([["Keurig", false]]);
  });
});
