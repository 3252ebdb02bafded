/**
 * Round 14 (listen-14): the scope of a negation over what a bill shows and over a refusal, whose a
 * wish is when a named body tells the writer or the writer frames it as news, and "pls"/"plz" read
 * as "please". Written from the kinds (invented names), each beside look-alikes in other senses.
 */
import { spellOutPlease } from "../../../src/core/listen/sentences";
import { runListenTests } from "./listen-tester";

const mail = (text: string, signature = "Ann") => `Hi Sam,\n\n${text}\n\nThanks,\n${signature}`;
const ANN = "Ann Lee <ann.lee@acme-foods.example>";
const ORG = "@acme-foods.example";
const BILLS = { from: ANN, subject: "Re: invoices" };

runListenTests("round 14: negation scope, whose wish, pls", {
  silent: [
    // Negation scope (billing): a refusal lifted adds nothing.
    {
      name: "a refusal of the breakdown lifted ('no longer need to leave out') adds nothing",
      ...BILLS,
      body: mail("You no longer need to leave out the breakdown on our invoices."),
    },
    {
      name: "a refusal of the detail not needed ('don't need to skip') adds nothing",
      ...BILLS,
      body: mail("Our invoices don't need to skip the breakdown."),
    },
    {
      name: "'don't forget' the summary invoice is no stance on its detail",
      ...BILLS,
      body: mail("Please don't forget the summary invoice."),
    },
    // Negated refusals of a channel are lifts, never an avoidance.
    {
      name: "'we no longer ban WhatsApp' adds no avoidance",
      from: ANN,
      body: mail("We no longer ban WhatsApp."),
    },
    {
      name: "'you don't need to avoid WhatsApp' adds no avoidance",
      from: ANN,
      body: mail("You don't need to avoid WhatsApp with us any more."),
    },
    {
      name: "'we don't ban WhatsApp' adds no avoidance",
      from: ANN,
      body: mail("We don't ban WhatsApp."),
    },
    // Whose: a named body tells the writer.
    {
      name: "a named body that tells the writer which platform is best: theirs",
      from: ANN,
      body: mail("Hafan Trust tells me Zoom is best for meetings."),
    },
    {
      name: "a named council that told us a cadence is fine: theirs",
      from: ANN,
      body: mail("Brightwell Council told us monthly updates are fine."),
    },
    {
      name: "a named body with a note in brackets that tells the writer: theirs",
      from: ANN,
      body: mail("The Hafan Trust (our funder) tells me they insist on monthly updates."),
    },
    {
      name: "a reporting frame around a colleague's wish: the colleague's",
      from: ANN,
      body: mail("I wanted to let you know that Carys hates phone calls."),
    },
    // pls: an acronym in capitals is not a request.
    {
      name: "'PLS' in a line of ordinary case is an acronym",
      from: ANN,
      body: mail("The PLS data is attached."),
    },
  ],
  heard: [
    // Negation scope (billing).
    {
      name: "'please stop putting the full narratives on' refuses the detail despite the please",
      ...BILLS,
      body: mail("Please stop putting the full narratives on our invoices."),
      heard: [{ field: "billingDetail", value: "summary", profile: ORG }],
    },
    {
      name: "'we don't want the summary invoices any more' refuses the summary",
      ...BILLS,
      body: mail("We don't want the summary invoices any more."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "'never send us a summary invoice' refuses the summary",
      ...BILLS,
      body: mail("Never send us a summary invoice."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "'the lump-sum invoice no longer works for us': satisfaction denied",
      ...BILLS,
      body: mail("The lump-sum invoice no longer works for us."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "a double negative ('not without a full breakdown') wants the detail",
      ...BILLS,
      body: mail("Invoices: not without a full breakdown, please."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "a double negative over a verb ('will not accept invoices without') wants the detail",
      ...BILLS,
      body: mail("We will not accept invoices without a breakdown."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    {
      name: "a plain want of the summary is still heard",
      ...BILLS,
      body: mail("A summary invoice suits us."),
      heard: [{ field: "billingDetail", value: "summary", profile: ORG }],
    },
    {
      name: "a want of the breakdown is still heard",
      ...BILLS,
      body: mail("Please send invoices with a full breakdown."),
      heard: [{ field: "billingDetail", value: "detailed", profile: ORG }],
    },
    // A refusal of a channel that is not negated is still heard.
    {
      name: "'please avoid WhatsApp' is still an avoidance",
      from: ANN,
      body: mail("Please avoid WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp" }],
    },
    {
      name: "'we ban WhatsApp for client work' is still the organisation's avoidance",
      from: ANN,
      body: mail("We ban WhatsApp for client work."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: ORG }],
    },
    // Whose: a reporting frame around the writer's own wish.
    {
      name: "'I want to let you know that I prefer email': the writer's",
      from: ANN,
      body: mail("I want to let you know that I prefer email to phone calls."),
      heard: [{ field: "preferredChannels", value: "email" }],
    },
    {
      name: "'I wanted to let you know that we prefer Teams': the organisation's",
      from: ANN,
      body: mail("I wanted to let you know that we prefer Teams for meetings."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: ORG }],
    },
    // pls / plz.
    {
      name: "'Pls send summary invoices': a request, quoted as written",
      ...BILLS,
      body: mail("Pls send summary invoices."),
      heard: [{ field: "billingDetail", value: "summary", profile: ORG, quote: "Pls send" }],
    },
    {
      name: "'pls call me Annie': a name asked for",
      from: ANN,
      body: mail("Pls call me Annie."),
      heard: [{ field: "preferredName", value: "Annie" }],
    },
    {
      name: "'plz' after a refusal of calls",
      from: ANN,
      body: mail("No phone calls plz."),
      heard: [{ field: "avoidChannels", value: "phone", quote: "plz" }],
    },
  ],
});

describe("round 14: pls and plz spelled out for the recognisers", () => {
  it.each([
    ["pls send summary invoices", "please send summary invoices"],
    ["Pls, no calls", "Please, no calls"],
    ["No WhatsApp plz.", "No WhatsApp please."],
    ["Plz use Teams", "Please use Teams"],
  ])("%s", (written, read) => {
    expect(spellOutPlease(written)).toBe(read);
  });
  it.each([
    ["an acronym in capitals", "The PLS data is attached"],
    ["a longer word", "plsql scripts and the apls"],
    ["a word that only starts alike", "plaza, plus, plush"],
  ])("%s is left as written", (_, written) => {
    expect(spellOutPlease(written)).toBe(written);
  });
});
