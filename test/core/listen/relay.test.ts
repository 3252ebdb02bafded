import { runListenTests } from "./listen-tester";

// Invented for these rows: a PA, her principal and their organisation.
const PA = "Jo Bright <jo.bright@hale-foods.example>";
const HALE = "peter.hale@hale-foods.example";
const HALE_TO = `Peter Hale <${HALE}>`;
const HALE_PROFILE = { matchKey: HALE, fullName: "Peter Hale" };
const AUNT = "ada.lyle@lanternmail.example";

runListenTests("relayed preferences", {
  silent: [
    {
      name: "things passed on counted, but no colon: what he liked, no wish (round 28)",
      from: PA,
      profiles: [HALE_PROFILE],
      body: "Dear Sam,\nPeter Hale asked me to pass on two things he liked about the draft: the summary and the timetable.\nKind regards,\nJo",
    },
    {
      name: "a colleague's own preference, not the writer's principal",
      from: PA,
      body: "Hi Sam,\nMy colleague prefers calls. Dr Patel would rather not be emailed.\nJo",
      recipients: ["Raj Patel <raj.patel@hale-foods.example>"],
    },
    {
      name: "a principal whose address is nowhere",
      from: PA,
      body: "Hi Sam,\nI'm Mr Adebayo's PA. He'd rather you didn't phone him.\nJo",
    },
    {
      name: "a relative who was not asked to write",
      from: "Tom Lyle <tom@mailbox.example>",
      body: "Hi Sam,\nI'm Ada Lyle's son. She prefers post.\nTom",
      profiles: [{ matchKey: AUNT, fullName: "Ada Lyle" }],
    },
    {
      name: "a one-off for the principal stays a one-off",
      from: PA,
      body: "Hi Sam,\nI'm Mr Hale's PA. Could you phone him today about the lease?\nJo",
      recipients: [HALE_TO],
    },
    {
      name: "a principal named only by a role, two colleagues in Cc: no one to tie it to",
      from: PA,
      recipients: [HALE_TO, "Kim Lee <kim.lee@hale-foods.example>"],
      body: "Hi Sam,\nMy boss has asked me to let you know that she would rather not be phoned.\nJo",
    },
    {
      name: "a principal named only by a role, nobody of the writer's organisation in Cc",
      from: PA,
      recipients: ["Sam Lawyer <sam@firm.example>"],
      body: "Hi Sam,\nI'm the Chairman's PA. He would rather not be phoned.\nJo",
    },
  ],
  heard: [
    {
      // Round 28 (analysis-lh25 M11): the things passed on counted before the colon.
      name: "asked to pass on a counted list of things, a colon after it",
      from: PA,
      profiles: [HALE_PROFILE],
      body: "Dear Sam,\nPeter Hale has asked me to pass on a couple of things: he'd like all meetings with your team on Webex from now on, and he can't stand texts.\nKind regards,\nJo",
      heard: [
        { field: "meetingPlatform", value: "webex", profile: HALE },
        { field: "avoidChannels", value: "sms", profile: HALE },
      ],
    },
    {
      name: "a principal named only by a role, tied to the one colleague in Cc",
      from: PA,
      recipients: ["Sam Lawyer <sam@firm.example>", HALE_TO],
      body: "Hi Sam,\nI'm the Chairman's PA. The Chairman would rather not be phoned; email is best for him.\nJo",
      heard: [
        { field: "avoidChannels", value: "phone", profile: HALE },
        { field: "preferredChannels", value: "email", profile: HALE },
      ],
    },
    {
      name: "a role tied by the stored profile's title among several colleagues",
      from: PA,
      recipients: [HALE_TO, "Kim Lee <kim.lee@hale-foods.example>"],
      profiles: [{ matchKey: HALE, fullName: "Peter Hale", title: "Chief Executive" }],
      body: "Hi Sam,\nMy chief executive has asked me to let you know that he hates texts.\nJo",
      heard: [{ field: "avoidChannels", value: "sms", profile: HALE }],
    },
    {
      name: "a PA's role, the principal in Cc, pronouns resolved",
      from: PA,
      recipients: ["Sam Lawyer <sam@firm.example>", HALE_TO],
      body: "Hi Sam,\nI'm Mr Hale's PA. He'd rather you didn't phone him; email is best for him.\nMany thanks,\nJo",
      heard: [
        { field: "avoidChannels", value: "phone", profile: HALE },
        { field: "preferredChannels", value: "email", profile: HALE },
      ],
    },
    {
      name: "asked to pass on, the principal in the profiles, a request aimed at him",
      from: PA,
      profiles: [HALE_PROFILE],
      body: "Dear Sam,\nPeter Hale has asked me to let you know that he only needs the total on invoices. And please don't text him.\nKind regards,\nJo",
      heard: [
        { field: "billingDetail", value: "summary", profile: HALE },
        { field: "avoidChannels", value: "sms", profile: HALE },
      ],
    },
    {
      name: "asked to pass on, the principal's address and a word in brackets after his name",
      from: PA,
      profiles: [HALE_PROFILE],
      body: "Dear Sam,\nPeter Hale (peter.hale@hale-foods.example, copied) has asked me to let you know that he only needs the total on invoices.\nKind regards,\nJo",
      heard: [{ field: "billingDetail", value: "summary", profile: HALE }],
    },
    {
      name: "the role in the signature, a form of address asked for him",
      from: PA,
      profiles: [HALE_PROFILE],
      body: "Dear Sam,\nMr Hale would like to be addressed as Peter in future.\nBest,\nJo\n\nJo Bright\nExecutive Assistant to Peter Hale",
      heard: [{ field: "preferredName", value: "Peter", profile: HALE }],
    },
    {
      name: "the writer's own wish stays hers beside the principal's",
      from: PA,
      recipients: [HALE_TO],
      body: "Hi Sam,\nI look after Mr Hale's diary. He hates Zoom, so Teams please. For my part, please don't text me.\nJo",
      heard: [
        { field: "avoidChannels", value: "zoom", profile: HALE },
        { field: "avoidChannels", value: "sms", profile: "jo.bright@hale-foods.example" },
        { field: "meetingPlatform", value: "teams", profile: "@hale-foods.example" },
      ],
    },
    {
      name: "a relative asked to write, the principal in the profiles",
      from: "Tom Lyle <tom@mailbox.example>",
      profiles: [{ matchKey: AUNT, fullName: "Ada Lyle" }],
      body: "Hello,\nI'm Ada Lyle's son - she asked me to email as her laptop is broken. She'd much rather you wrote to her by post.\nTom",
      heard: [{ field: "preferredChannels", value: "post", profile: AUNT }],
    },
    {
      name: "a delegate sending the principal's own words, signed with the principal's name",
      from: HALE_TO,
      sender: PA,
      body: "Dear Sam,\nI'd much rather meet in person, I'm not a fan of video calls.\nKind regards,\nPeter",
      heard: [
        { field: "preferredChannels", value: "in-person", profile: HALE },
        { field: "avoidChannels", value: "video", profile: HALE },
      ],
    },
    {
      name: "a delegate sending the principal's words with no sign-off",
      from: HALE_TO,
      sender: PA,
      body: "Dear Sam,\nPlease don't text me, I never read them.",
      heard: [{ field: "avoidChannels", value: "sms", profile: HALE }],
    },
    {
      name: "a delegate sending from the principal's mailbox",
      from: HALE_TO,
      sender: PA,
      body: "Dear Sam,\nMr Hale is not a fan of video calls: he'd much rather meet in person.\nJo",
      heard: [
        { field: "avoidChannels", value: "video", profile: HALE },
        { field: "preferredChannels", value: "in-person", profile: HALE },
      ],
    },
  ],
});
