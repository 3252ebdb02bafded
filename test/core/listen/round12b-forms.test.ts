import { runListenTests } from "./listen-tester";

// Round 12 (listen-12b): refused entries listed with the writer's commentary, cadences with the
// day each update comes, subjects named with their place, brands kept out of "anything about"
// them. Written from the kinds of the brief (invented names), each beside its look-alikes.
const ANN = "Ann Kerr <ann.kerr@kestrel-homes.example>";
const ORG = "@kestrel-homes.example";
const mail = (text: string) => `Hi Sam,\n\n${text}\n\nThanks,\nAnn`;

runListenTests("round 12b: billing lists, cadences with a day, subjects with a place, brands", {
  silent: [
    // billing
    {
      name: "block billing refused is a practice, not an entry",
      from: ANN,
      body: mail("For the avoidance of doubt, we do not accept block billing."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a list introduced by 'described as' with no list under it names nothing",
      from: ANN,
      body: mail("We will not pay for entries described only as:"),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "entries described as something, in prose, are not the wording 'entries described'",
      from: ANN,
      body: mail("We won't pay for entries described as vague, so please be specific."),
      fields: ["bannedBillingPhrases"],
    },
    // cadences
    {
      name: "a weekly figure sent by Friday once is no update cadence",
      from: ANN,
      body: mail("Please send me the weekly figures by Friday."),
      fields: ["statusUpdates"],
    },
    {
      name: "a call on Friday is still one occasion",
      from: ANN,
      body: mail("Could you give me a call on Friday about the licence matter?"),
    },
    {
      name: "a week-long stretch, then one day",
      from: ANN,
      body: mail("This week I'm away, so please send the status on Friday."),
      fields: ["statusUpdates"],
    },
    // topics
    // brands
    {
      name: "anything about a brand kept out of one e-mail is a tactic",
      from: ANN,
      body: mail("Don't put anything about Redrow in the email, I'll tell them myself."),
    },
    {
      name: "anything about a brand in one set of minutes",
      from: ANN,
      body: mail("pls dont put anything about Redrow in the minutes of Tuesday's meeting"),
      fields: ["competitors"],
    },
  ],
  heard: [
    // billing
    {
      name: "refused entries listed with commentary: the quoted entries, not the commentary",
      from: ANN,
      body: mail(
        'Our billing guidelines, for the avoidance of doubt. We do not accept block billing. We will not pay for entries described only as:\n\n- "Prepare for meeting" (say what was prepared, for which meeting)\n- "Case management"\n- "Review documents" - say which documents, not just "documents"',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Prepare for meeting", profile: ORG },
        { field: "bannedBillingPhrases", value: "Case management", profile: ORG },
        { field: "bannedBillingPhrases", value: "Review documents", profile: ORG },
      ],
    },
    {
      name: "unquoted entries listed with commentary after a dash",
      from: ANN,
      body: mail(
        "We will not pay for time recorded simply as:\n\n- Attendance on file - too vague\n- Internal discussion (say who and why)",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Attendance on file", profile: ORG },
        { field: "bannedBillingPhrases", value: "Internal discussion", profile: ORG },
      ],
    },
    {
      name: "entries that just say something, listed",
      from: ANN,
      body: mail(
        "We won't pay for entries that just say:\n\n- 'Emails'\n- 'Telephone call' (say with whom)",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Emails", profile: ORG },
        { field: "bannedBillingPhrases", value: "Telephone call", profile: ORG },
      ],
    },
    // cadences
    {
      name: "a fortnightly status with the day it comes",
      from: ANN,
      body: mail(
        "Please could you send me the status of the licence matter every two weeks, on Friday.",
      ),
      heard: [{ field: "statusUpdates", value: "fortnightly, every two weeks, on Friday" }],
    },
    {
      name: "a weekly update with the afternoon it comes",
      from: ANN,
      body: mail("I would like a weekly update on the portfolio matters, on Thursday afternoons."),
      heard: [{ field: "statusUpdates", value: "weekly, on Thursday afternoons" }],
    },
    {
      name: "once a week, by Monday",
      from: ANN,
      body: mail("Please update me once a week, by Monday."),
      heard: [{ field: "statusUpdates", value: "weekly, Monday" }],
    },
    // topics
    {
      name: "the subject with its place, as the client names it",
      from: ANN,
      body: mail("Please don't bring up the turbine fire at Glen Mor in our meetings."),
      heard: [{ field: "avoidTopics", value: "the turbine fire at Glen Mor", profile: ORG }],
    },
    {
      name: "a setting after the subject is not part of it (the subject alone)",
      from: ANN,
      body: mail("Please don't mention the merger in Board meetings."),
      heard: [{ field: "avoidTopics", value: "merger", profile: ORG }],
    },
    {
      name: "the accident in a named port",
      from: ANN,
      body: mail("Please never bring up the accident in Busan."),
      heard: [{ field: "avoidTopics", value: "the accident in Busan", profile: ORG }],
    },
    // brands
    {
      name: "anything about a brand kept out of e-mails to the client, written casually",
      from: ANN,
      body: mail("pls dont put anything about Redrow in emails to us"),
      heard: [{ field: "competitors", value: "Redrow", profile: ORG }],
    },
    {
      name: "two brands kept out by name in anything sent",
      from: ANN,
      body: mail("Please don't mention Asda or Lidl by name in anything you send us."),
      heard: [
        { field: "competitors", value: "Asda", profile: ORG },
        { field: "competitors", value: "Lidl", profile: ORG },
      ],
    },
    {
      name: "never write anything about a brand in anything sent",
      from: ANN,
      body: mail("Never write anything about Barratt in anything you send us."),
      heard: [{ field: "competitors", value: "Barratt", profile: ORG }],
    },
  ],
});
