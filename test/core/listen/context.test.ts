/**
 * Preferences whose sense comes from around them: the sentence after, the rule before a colon,
 * a paragraph that only looks like boilerplate, the setting a subject is kept out of.
 */
import { COKE, hear, MEGGE, runListenTests } from "./listen-tester";

const wrap = (text: string) => `Hi Jo,\n\n${text}\n\nMegge`;

runListenTests("context", {
  silent: [
    {
      name: "a subject kept out of one setting and welcomed in another",
      body: wrap(
        "A request: please don't ask me about the Harbour Street matter at the conference dinner.\n\nIt is live and I can't discuss it in public.\n\nHappy to talk about it properly on our calls.",
      ),
      fields: ["avoidTopics"],
    },
    {
      name: "a bare cadence explained by something other than updates",
      body: wrap("Monthly, please. The lunch was lovely, by the way."),
      fields: ["statusUpdates"],
    },
    {
      name: "boilerplate that asks a stray reader not to copy stays cut",
      body: wrap(
        "Signed copy attached.\n\nThis message may be confidential. If you are not the intended recipient please do not copy it; we prefer you notify us by telephone.",
      ),
    },
  ],
  heard: [
    {
      name: "a refusal to pay that points at the list below it",
      body: wrap(
        "We will not pay for the following, however described:\n(a) travel time within the M25;\n(b) training of junior staff;\n(c) photocopying.",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "travel time within the M25", profile: COKE },
        { field: "bannedBillingPhrases", value: "training of junior staff", profile: COKE },
        { field: "bannedBillingPhrases", value: "photocopying", profile: COKE },
      ],
    },
    {
      name: "a sub-list ends at the next item of the outer list; '(unspecified)' is the entry's",
      body: wrap(
        "1. We will not pay for the following, however described:\n   - file review\n   - research (unspecified)\n2. Disbursements over £500 need prior approval.",
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "file review", profile: COKE },
        { field: "bannedBillingPhrases", value: "research (unspecified)", profile: COKE },
      ],
    },
    {
      name: "brands taken out of a draft, then said to be the writer's own ban",
      body: wrap(
        "Please take out the comparison with Acorn Foods and Birchwood Dairies.\n\nI will not have either of them mentioned in anything with my family's name on it.",
      ),
      heard: [
        { field: "competitors", value: "Acorn Foods", profile: MEGGE },
        { field: "competitors", value: "Birchwood Dairies", profile: MEGGE },
      ],
    },
    {
      name: "a bare cadence answering the subject's question",
      subject: "Re: Progress reports - how often?",
      body: "Quarterly's plenty.\n\nM.",
      heard: [{ field: "statusUpdates", value: "quarterly", profile: MEGGE }],
    },
    {
      name: "a weekday that recurs is not one occasion",
      body: wrap("I would like to receive a short status update each week on Thursday."),
      heard: [{ field: "statusUpdates", value: "weekly, on Thursday", profile: MEGGE }],
    },
    {
      name: "a request in a paragraph that mentions the Freedom of Information Act",
      body: wrap(
        "Please bear in mind that your invoices are held by us and potentially disclosable under the Freedom of Information Act.\nWith that in mind, we'd ask for summary invoices only.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "a bare cadence explained by the sentence after it",
      body: wrap(
        "Monthly, please - weekly would drown me. I'd rather have one proper round-up than lots of little ones.",
      ),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "an event-driven cadence with examples in brackets",
      body: wrap("Just tell me when something actually moves (a court date, an offer)."),
      heard: [
        // The intensifier is filler (tolerance.ts, round 15): the value is said without it.
        { field: "statusUpdates", value: "only when something moves", profile: MEGGE },
      ],
    },
    {
      name: "the item of a rule in the same clause as the rule",
      body: wrap("One house rule for anyone who deals with our team: no politics."),
      heard: [{ field: "avoidTopics", value: "politics", profile: COKE }],
    },
    {
      name: "a choice of channels, only those",
      body: wrap("Email or WhatsApp only, please."),
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "preferredChannels", value: "whatsapp", profile: MEGGE },
      ],
    },
    {
      name: "nothing sent to us by post",
      body: wrap("Please don't send anything to us by post."),
      heard: [{ field: "avoidChannels", value: "post", profile: COKE }],
    },
    {
      name: "me and everyone here: the organisation's",
      body: wrap("Nothing about this on Zoom, not to me and not to anyone here; no Zoom calls."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
  ],
});

test("a sub-list ends at the next item of the outer list (its own shape)", () => {
  const heard = hear({
    name: "sub-list",
    body: wrap(
      "1. We will not pay for the following, however described:\n   - file review\n   - research (unspecified)\n2. Disbursements over £500 need prior approval.",
    ),
  });
  expect(heard.filter((s) => s.field === "bannedBillingPhrases").map((s) => s.value)).toEqual([
    "file review",
    "research (unspecified)",
  ]);
});
