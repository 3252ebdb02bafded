/**
 * Round 40 (listen-40): a request that sets one way against another ("please message me on Signal
 * instead of WhatsApp") keeps the second out, as the terse contrast does ("Email rather than
 * phone"). Rows written before measuring: six the reading must hear, eight look-alikes it must
 * not (someone else's wish, a question, a one-off, a hypothetical, a past event, the words in
 * another sense).
 */
import { COKE, MEGGE, letter, runListenTests } from "./listen-tester";

runListenTests("round 40: the way a request sets aside", {
  silent: [
    {
      name: "a question about the firm's own choice",
      body: letter("Would you rather we used Zoom instead of Teams for the hearing prep?"),
      fields: ["avoidChannels"],
    },
    {
      name: "a one-off with its reason",
      body: letter(
        "Please send tomorrow's agenda by email instead of post, as the post office is shut this week.",
      ),
      fields: ["avoidChannels"],
    },
    {
      name: "a hypothetical",
      body: letter("If Teams fails on the day, please phone me instead of emailing."),
      fields: ["avoidChannels"],
    },
    {
      name: "a past event",
      body: letter("Last week you phoned me instead of emailing, which was fine."),
      fields: ["avoidChannels"],
    },
    {
      name: "post as a verb on a website",
      body: letter("Please post the notice on the website rather than emailing it round."),
      fields: ["avoidChannels"],
    },
    {
      name: "text as the words of a document",
      body: letter("Please email me the summary rather than the full text."),
      fields: ["avoidChannels"],
    },
    {
      name: "a person, not a way",
      body: letter("Please call Sam rather than me about the invoices."),
      fields: ["avoidChannels"],
    },
    {
      name: "someone else's wish, relayed as theirs",
      body: letter("Our auditors would prefer a paper copy instead of email for their files."),
      fields: ["avoidChannels"],
    },
  ],
  heard: [
    {
      name: "message me on Signal instead of WhatsApp",
      body: letter("Please message me on Signal instead of WhatsApp from now on."),
      heard: [
        { field: "preferredChannels", value: "signal", profile: MEGGE },
        { field: "avoidChannels", value: "whatsapp", profile: MEGGE },
      ],
    },
    {
      name: "could you, by post rather than email",
      body: letter("Could you send the papers by post rather than email from now on?"),
      heard: [
        { field: "preferredChannels", value: "post", profile: MEGGE },
        { field: "avoidChannels", value: "email", profile: MEGGE },
      ],
    },
    {
      name: "kindly, Teams instead of the phone",
      body: letter("Kindly contact me on Teams instead of by phone."),
      heard: [
        { field: "preferredChannels", value: "teams", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "use email rather than WhatsApp",
      body: letter("Please use email rather than WhatsApp for anything about the lease."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "whatsapp", profile: MEGGE },
      ],
    },
    {
      name: 'we\'d ask that you write by post instead of email (the organisation, as "we" is)',
      body: letter("We'd ask that you write to me by post instead of by email."),
      heard: [
        { field: "preferredChannels", value: "post", profile: COKE },
        { field: "avoidChannels", value: "email", profile: COKE },
      ],
    },
    {
      name: "updates by text rather than email",
      body: letter("Please send me updates by text rather than email."),
      heard: [
        { field: "preferredChannels", value: "sms", profile: MEGGE },
        { field: "avoidChannels", value: "email", profile: MEGGE },
      ],
    },
  ],
});
