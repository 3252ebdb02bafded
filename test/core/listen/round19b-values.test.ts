/**
 * Round 19 (listen-19b, analysis-lh17 group V): values and polarity inside sentences listening
 * hears. A change "from X to Y" takes its target; a "not" opening the second half of a contrast
 * refuses what follows it; a relation noun keeps who it is with and what it is over; a name called
 * a no-go that is a competitor on file is that competitor confirmed; a cadence said of something
 * else (calls, meetings) beside one said of the updates is not the updates'.
 */
import { COKE, hear, letter, MEGGE, runListenTests } from "./listen-tester";

const RIVAL = [{ matchKey: COKE, competitors: ["Vantablack Interactive"] }];

runListenTests("round 19b: values and polarity", {
  heard: [
    // From X to Y: the target, never the source.
    {
      name: "'switch from monthly to weekly updates' takes weekly",
      body: letter("Could we switch from monthly to weekly updates please?"),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "'move from quarterly to monthly updates' takes monthly",
      body: letter("Could we move from quarterly to monthly updates?"),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "'move us from detailed invoices to summary invoices' takes summary",
      body: letter("Could you move us from detailed invoices to summary invoices?"),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "'change the updates from weekly to monthly' takes monthly",
      body: letter("Please change the updates from weekly to monthly."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    // Only A, not B.
    {
      name: "'only the total …, not all the lines with hours and who did what' is summary",
      body: letter(
        "Please send only the total amount per month on the invoices, not all the lines with hours and who did what.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "'not least' is no contrast: the detail stays wanted",
      body: letter("We need the time entries, not least for the auditors."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    // A relation noun keeps its complement.
    {
      name: "'the dispute with my brother over Skovgården' keeps both complements",
      body: letter("Please avoid mentioning the dispute with my brother over Skovgården."),
      heard: [
        {
          field: "avoidTopics",
          value: "the dispute with my brother over Skovgården",
          profile: MEGGE,
        },
      ],
    },
    {
      name: "'the dispute over Skovgården' keeps what it is over",
      body: letter("Please don't bring up the dispute over Skovgården."),
      heard: [{ field: "avoidTopics", value: "the dispute over Skovgården", profile: COKE }],
    },
    {
      name: "'the row with my sister' keeps the relative, not the occasion after it",
      body: letter("Please don't bring up the row with my sister at Christmas."),
      heard: [{ field: "avoidTopics", value: "the row with my sister", profile: MEGGE }],
    },
    // A competitor on file called a no-go.
    {
      name: "'X is still very much a no-go', X a competitor on file: a confirmation",
      body: letter("Vantablack Interactive is still very much a no-go, nothing changes there."),
      profiles: RIVAL,
      heard: [
        {
          field: "competitors",
          value: "Vantablack Interactive",
          profile: COKE,
          alreadyKnown: true,
        },
      ],
    },
    {
      name: "'X is off-limits', X a competitor on file: a confirmation",
      body: letter("Vantablack Interactive is off-limits."),
      profiles: RIVAL,
      heard: [
        {
          field: "competitors",
          value: "Vantablack Interactive",
          profile: COKE,
          alreadyKnown: true,
        },
      ],
    },
    {
      name: "'X is off-limits', X not on file: still a topic",
      body: letter("Vantablack Interactive is off-limits."),
      heard: [{ field: "avoidTopics", value: "Vantablack Interactive", profile: COKE }],
    },
    // One cadence for the updates.
    {
      name: "a cadence said of the calls beside one said of the updates is not the updates'",
      body: letter(
        "Monthly status updates on the first working day please. The Teams calls only when something happens, not every week like now.",
      ),
      heard: [
        { field: "statusUpdates", value: "monthly", profile: MEGGE },
        { field: "meetingPlatform", value: "teams", profile: COKE },
      ],
    },
  ],
  silent: [
    {
      name: "'don't bring up the dispute with the client': no relative, no name, nothing kept",
      body: letter("Please don't bring up the dispute with the client."),
      fields: ["avoidTopics"],
    },
  ],
});

test("a change's source is not heard as a second value", () => {
  const heard = hear({
    name: "",
    body: letter("Could we switch from monthly to weekly updates please?"),
  });
  expect(heard.filter((s) => s.value.startsWith("monthly"))).toEqual([]);
});
