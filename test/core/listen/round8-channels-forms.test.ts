/**
 * Round 8's readings for channels, meeting platforms, update cadences and invoices, one row each,
 * in sentences written for this table (not taken from the corpus). Look-alikes first: a channel
 * that is the object of something else, a capability or a negation of a platform, a question put
 * to someone else, a permission, an interim arrangement, someone else's arrangement, a forward of
 * someone else's rules. Then the kinds: a superlative against, a channel that upsets the writer,
 * a rule in the passive, a comparison that opens the clause, terse cadence fragments, a cadence
 * after "rather than X,", refused entries named in prose and pointed back at, a forward the
 * writer presents as the organisation's own rules, and a principal's sentence running on.
 */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const mail = (text: string) => `Hi Jo,\n\n${text}\n\nThanks,\nMegge`;

const forward = (intro: string, fromAddress: string, body: string) =>
  `Hi Jo,\n\n${intro}\n\nMegge\n\n---------- Forwarded message ---------\nFrom: Rules Team <${fromAddress}>\nDate: 3 March 2025\nSubject: Rules\n\n${body}\n`;

runListenTests("round 8: channels, platforms, cadences and invoices", {
  silent: [
    {
      name: "a channel that is the object of something else, before the means asked for",
      body: mail("After the mix-up with the voicemails, please just email me from now on."),
      fields: ["avoidChannels"],
    },
    {
      name: "a platform under a negation is not the platform wanted",
      body: mail("We're not set up for Webex, I'm afraid."),
      fields: ["meetingPlatform"],
    },
    {
      name: "a question the writer puts to someone else",
      body: mail("I've asked our accounts people whether they want summary invoices."),
    },
    {
      name: "a permission, not a wish",
      body: mail("Ring me whenever you like, that's perfectly fine."),
      fields: ["preferredChannels"],
    },
    {
      name: "an interim arrangement for updates",
      body: mail("For the time being, just let me know when something happens."),
      fields: ["statusUpdates"],
    },
    {
      name: "someone else's meetings",
      body: mail("Please book the Zoom for her from now on; I won't be on the calls."),
      fields: ["meetingPlatform", "avoidChannels", "preferredChannels"],
    },
    {
      name: "the writer's own habit is no cadence",
      body: mail("Email is fine, this I read every day."),
      fields: ["statusUpdates"],
    },
    {
      name: "a cadence fragment about something other than updates",
      subject: "Re: deliveries",
      body: mail("Weekly, Friday mornings, to the back door."),
      fields: ["statusUpdates"],
    },
    {
      name: "a forward of another organisation's rules",
      body: forward(
        "Their panel rules below, for information only.",
        "panel@otherbank.example",
        "'Review of file' will not be paid.\nEvery time entry must describe the task.",
      ),
    },
    {
      name: "a forward from a colleague the writer does not call their rules",
      body: forward(
        "See below from our chair - just so you know his mood.",
        "chair@coca-cola.example",
        "I can't stand Zoom. Teams only please.",
      ),
    },
    {
      name: "a way of reaching other people",
      body: mail("Please don't email the directors directly; everything goes through me."),
      fields: ["avoidChannels", "preferredChannels"],
    },
    {
      name: "a document in the post",
      body: mail("The signed lease is in the post to you today."),
    },
  ],
  heard: [
    {
      name: "a superlative against",
      body: mail("My office line is the worst way to reach me."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "a channel that upsets the writer",
      body: mail("Frankly, video calls make me anxious."),
      heard: [{ field: "avoidChannels", value: "video", profile: MEGGE }],
    },
    {
      name: "a rule in the passive, with other apps",
      body: mail("Signal and other messaging apps may not be used for company business."),
      heard: [{ field: "avoidChannels", value: "signal", profile: COKE }],
    },
    {
      name: "a rule for the organisation's correspondence",
      body: mail("All correspondence with our advisers must be by email."),
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "a comparison that opens the clause",
      body: mail("Email over text for anything routine, please."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "a platform set against another",
      body: mail("Webex rather than Zoom for our calls, please."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "a platform everyone is used to",
      body: mail("Teams is what everyone here is used to."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "the post, wanted",
      body: mail("I would much rather you sent things in the post."),
      heard: [{ field: "preferredChannels", value: "post", profile: MEGGE }],
    },
    {
      name: "a terse cadence fragment under a subject about updates",
      subject: "Re: updates - how often?",
      body: mail("Monthly, first Monday, one page."),
      heard: [{ field: "statusUpdates", value: "monthly, Monday", profile: MEGGE }],
    },
    {
      name: "a cadence after what it replaces",
      body: mail("Rather than the daily emails, could we have one update a week?"),
      heard: [{ field: "statusUpdates", value: "weekly, one update a week", profile: MEGGE }],
    },
    {
      name: "a refused cadence, then the one wanted",
      body: mail("Please don't send weekly updates; once a month is plenty."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "an entry refused as unacceptable",
      body: mail("'Sundries' on its own isn't acceptable as a time entry."),
      heard: [{ field: "bannedBillingPhrases", value: "Sundries", profile: COKE }],
    },
    {
      name: "entries listed, then pointed back at",
      body: mail(
        'Our billing guidelines are clear on this. Two entries were bounced:\n1 May: "Perusal"\n2 May: "Sundry work"\nSo they will be rejected every time.',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "Perusal", profile: COKE },
        { field: "bannedBillingPhrases", value: "Sundry work", profile: COKE },
      ],
    },
    {
      name: "a forward the writer calls the organisation's own rules",
      body: forward(
        "Our updated outside counsel guidelines, for your team.",
        "legalops@coca-cola.example",
        "1. Every time entry must identify the timekeeper and the task.\n2. The following will not be paid: 'File review', 'Admin'.",
      ),
      heard: [
        { field: "billingDetail", value: "detailed", profile: COKE },
        { field: "bannedBillingPhrases", value: "File review", profile: COKE },
        { field: "bannedBillingPhrases", value: "Admin", profile: COKE },
      ],
    },
    {
      name: "the rest of an answer that judges a way of getting in touch adds no wish",
      body: mail("> What's the best way to reach you?\nEmail - the phone is hopeless."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "the rest of an answer that names more ways",
      body: mail("> What's the best way to reach you?\nEmail - then WhatsApp."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "preferredChannels", value: "whatsapp", profile: MEGGE },
      ],
    },
    {
      name: "a way named as the way, at the end of its clause",
      body: mail("For anything quick, Signal is the way."),
      heard: [{ field: "preferredChannels", value: "signal", profile: MEGGE }],
    },
    {
      name: "a PA's principal's wish goes on the principal's profile, the PA's own stays hers",
      from: "Priya Shah <priya.shah@coca-cola.example>",
      body: "Hi Jo,\n\nI'm Megge Anderson's PA (megge.anderson@coca-cola.example). Megge prefers email; I'm happy with either, so call me whenever.\n\nPriya",
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "a principal's sentence running on after a semicolon",
      from: "Priya Shah <priya.shah@coca-cola.example>",
      body: "Hi Jo,\n\nI'm Megge Anderson's PA (megge.anderson@coca-cola.example). She'd like you to stop the daily calls; a short note at the end of each week is plenty.\n\nPriya",
      heard: [{ field: "statusUpdates", value: "weekly, end of each week", profile: MEGGE }],
    },
  ],
});
