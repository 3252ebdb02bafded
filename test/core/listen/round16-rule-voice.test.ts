import { COKE, MEGGE, runListenTests } from "./listen-tester";

// Round 16 (lead, from the lh15 diagnosis): the rule register and the reader's people. An
// organisation writes its rules as rules ('"File review" entries are prohibited', "Email remains
// our default") and asks for its wishes through the reader's people ("make sure your team uses
// email"). Each beside look-alikes: a quoted brand "not permitted" outside billing, other uses of
// "remains" and "make sure". (A verbless "Please not Zoom" read as "Not Zoom, please" was tried
// and left out: on the dev corpus it only added a suggestion the case's writer did not want.)
runListenTests("round 16: the rule register and the reader's people", {
  heard: [
    {
      name: "a quoted entry prohibited, with the billing noun",
      body: 'Hi Jo,\n\n"File review" entries are prohibited.\n\nMegge',
      heard: [{ field: "bannedBillingPhrases", value: "File review", profile: COKE }],
    },
    {
      name: "a quoted entry not permitted on invoices",
      body: 'Hi Jo,\n\n"Review of file" is not permitted on our invoices.\n\nMegge',
      heard: [{ field: "bannedBillingPhrases", value: "Review of file", profile: COKE }],
    },
    {
      name: "a default that remains",
      body: "Hi Jo,\n\nEmail remains our default.\n\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "the reader's team asked to use a channel",
      body: "Hi Jo,\n\nPlease make sure your team uses email.\n\nMegge",
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
  ],
  silent: [
    {
      name: "a quoted brand not permitted outside billing",
      body: 'Hi Jo,\n\n"Pepsi" is not permitted in our documents.\n\nMegge',
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "bills of lading are no billing",
      body: 'Hi Jo,\n\n"Pepsi" is not permitted in our bills of lading.\n\nMegge',
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "remains, of something else",
      body: "Hi Jo,\n\nThe hearing remains the main event this month.\n\nMegge",
    },
    {
      name: "make sure, of something else",
      body: "Hi Jo,\n\nPlease make sure you use the new template for the board pack.\n\nMegge",
    },
  ],
});
