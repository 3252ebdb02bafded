import { COKE, MEGGE, runListenTests } from "./listen-tester";

// Round 18 (listen-18a, from analysis-lh16 rec 2 and analysis-lh15 rec 4): a wish with no finite
// verb, its own sentence or line or led by "please", naming one value of a field with a polarity
// word (verbless.ts). Each beside look-alikes: lists of facts, headings, questions, answers to a
// question that is not about preferences, everyday words after "not"/"just", a name with nothing
// saying it is one, someone else's name.
const mail = (text: string) => `Hi Jo,\n\n${text}\n\nBest,\nMegge`;

runListenTests("round 18: verbless wishes", {
  heard: [
    {
      name: "a bare refusal after a channel wish",
      body: mail("Signal for anything sensitive. Not WhatsApp."),
      heard: [
        { field: "preferredChannels", value: "signal", profile: MEGGE },
        { field: "avoidChannels", value: "whatsapp", profile: MEGGE, quote: "Not WhatsApp." },
      ],
    },
    {
      name: "a bare refusal on its own line after a channel wish",
      body: mail("Texts are best for me\nnever email"),
      heard: [
        { field: "preferredChannels", value: "sms", profile: MEGGE },
        { field: "avoidChannels", value: "email", profile: MEGGE, quote: "never email" },
      ],
    },
    {
      name: "a refusal by a preposition",
      body: mail("Not by post, please."),
      heard: [{ field: "avoidChannels", value: "post", profile: MEGGE }],
    },
    {
      name: "a platform led by please (the organisation's, as every platform)",
      body: mail("Please not Zoom."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "a quoted billing entry with 'lines'",
      body: mail('no "travel time" lines please'),
      heard: [{ field: "bannedBillingPhrases", value: "travel time", profile: COKE }],
    },
    {
      name: "a quoted entry in billing talk",
      body: mail('Our invoices run to pages. Never "file review".'),
      heard: [{ field: "bannedBillingPhrases", value: "file review", profile: COKE }],
    },
    {
      name: "just a name in emails",
      body: mail("please, just Hiroshi in emails from now on"),
      heard: [{ field: "preferredName", value: "Hiroshi", profile: MEGGE }],
    },
    {
      name: "a name refused with 'as'",
      body: mail("Please call me Kate.\nAnd please never as Katie."),
      heard: [
        { field: "preferredName", value: "Kate", profile: MEGGE },
        { field: "avoidNames", value: "Katie", profile: MEGGE, quote: "never as Katie" },
      ],
    },
    {
      name: "a lower-case given name led by pls",
      body: mail("pls not mandy"),
      heard: [{ field: "avoidNames", value: "Mandy", profile: MEGGE }],
    },
    {
      name: "a quoted name led by please",
      body: mail('Please not "Ozzy".'),
      heard: [{ field: "avoidNames", value: "Ozzy", profile: MEGGE }],
    },
    {
      name: "a given name with a trailing please",
      body: mail("Just Katie, please."),
      heard: [{ field: "preferredName", value: "Katie", profile: MEGGE }],
    },
    {
      name: "an everyday word that is a given name, with 'as'",
      body: mail("Please call me Mateus, and please never as Matt."),
      heard: [
        { field: "preferredName", value: "Mateus", profile: MEGGE },
        { field: "avoidNames", value: "Matt", profile: MEGGE },
      ],
    },
  ],
  silent: [
    { name: "a line of facts", body: mail("No calls: 3\nNo emails: 12") },
    { name: "a question", body: mail("Not Zoom?") },
    {
      name: "a bare refusal with no wish before it",
      body: mail("Not WhatsApp."),
    },
    {
      name: "a bare refusal after a wish in another paragraph",
      body: mail("Texts are best for me.\n\nNot WhatsApp."),
      fields: ["avoidChannels"],
    },
    {
      name: "a series of refusals before what is missed",
      body: mail("Not email. Not a letter. A proper conversation over lunch is what I miss."),
    },
    {
      name: "a refusal joined to a question",
      body: mail("Please not Zoom - can we always use Teams?"),
      fields: ["avoidChannels"],
    },
    { name: "a compound adjective", body: mail("Not Zoom-related.") },
    { name: "everyday words", body: mail("No worries. Not yet. Just checking. Never mind.") },
    { name: "a day", body: mail("Not Monday.") },
    { name: "a place", body: mail("Not London.") },
    { name: "a place, with please", body: mail("Not London, please.") },
    { name: "an everyday word in lower case", body: mail("please, not bill") },
    { name: "a bare given name without please", body: mail("Not Dave.") },
    { name: "a name nobody says is a name", body: mail("Just Hiroshi.") },
    {
      name: "someone else's name",
      body: mail("Address him as Mateus. And please never as Matt."),
      fields: ["avoidNames"],
    },
    { name: "a quoted word outside billing", body: mail('Never "synergy".') },
    { name: "a heading", body: mail("Not For Circulation Outside The Board\n\nSee attached.") },
    {
      name: "an answer to a question that is not about preferences",
      body: "Hi Jo,\n\n> Did anyone send the deed by courier?\n\nNot by post.\n\nBest,\nMegge",
    },
    {
      name: "in quoted history",
      body: mail("Thanks.\n\n> Not WhatsApp.\n> pls not mandy"),
    },
    {
      name: "a fragment inside a sentence",
      body: mail("We talked about it, not WhatsApp, as I said."),
      fields: ["avoidChannels"],
    },
  ],
});

// Round 26 (listen-26b, analysis-lh22 group L, analysis-lh23 M10): whom or what a verbless wish is
// for, after the value ("for the committee", "for meetings with us"), beside a time that limits it
// or one occasion. The board, the committee and "us" are the organisation's (clause-facts.ts
// ORG_SCOPE). Written for this table.
runListenTests("round 26: a verbless wish with its scope", {
  heard: [
    {
      name: "no video calls for the board, please",
      body: mail("No video calls for the board, please."),
      heard: [{ field: "avoidChannels", value: "video", profile: COKE }],
    },
    {
      name: "the committee is the organisation's, as the board",
      body: mail("Please, no video calls for the committee."),
      heard: [{ field: "avoidChannels", value: "video", profile: COKE }],
    },
    {
      name: "please, no Teams for meetings with us",
      body: mail("Please, no Teams for meetings with us - our licence has lapsed."),
      heard: [{ field: "avoidChannels", value: "teams", profile: COKE }],
    },
  ],
  silent: [
    {
      name: "a time after the refusal limits it",
      body: mail("Please, no phone calls for the next two weeks."),
      fields: ["avoidChannels"],
    },
    {
      name: "for now",
      body: mail("Please, no Zoom for now."),
      fields: ["avoidChannels"],
    },
    {
      name: "one call tomorrow",
      body: mail("No Teams for the call tomorrow, please."),
      fields: ["avoidChannels"],
    },
  ],
});
