import { COKE, runListenTests } from "./listen-tester";

runListenTests("billing", {
  silent: [
    {
      name: "a one-off breakdown for the auditors",
      body: "Jo,\nCould you send the hours behind the June invoice broken down by fee earner? The auditors asked. Just that one.\nMegge",
    },
    {
      name: "a question about what others get",
      body: "Jo,\nShould we be asking for more detail on your bills? What do other clients get?\nMegge",
    },
    {
      name: "a withdrawn idea",
      body: "Jo,\nI was about to ask you to move us to summary invoices, but finance wants the narratives, so carry on as you are.\nMegge",
    },
    {
      name: "summary invoices at the old firm",
      body: "Jo,\nWe had summary invoices at our last firm and they were useless.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "a query, not a refusal",
      body: 'Jo,\nEntries described only as "email to client" will get a query from AP, nothing more.\nMegge',
    },
    {
      name: "news about someone else paying",
      body: "Jo,\nThe buyer says it won't pay for the survey, which seems cheeky.\nMegge",
    },
    {
      name: "a question about travel time",
      body: "Jo,\nDo you bill travel time to the tribunal? Finance are asking.\nMegge",
    },
    {
      name: "a hypothetical request for detail",
      body: "Jo,\nIf the board ever wants a line-by-line breakdown, I'll let you know.\nMegge",
    },
    {
      name: "an entry now accepted, not refused",
      body: 'Jo,\nUnder the new panel terms "Drafting file notes" is now accepted again.\nMegge',
    },
    // Round 24: billingDetail's polarity, holder and gates (analysis-lh21 §3).
    {
      name: "a bill sent back to be redone, not the way bills should be",
      body: "Jo,\nPlease resubmit last quarter's bill with a proper breakdown by fee earner.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "the consequence of a condition that opens the sentence",
      body: "Jo,\nIf the lender audits us, they will want itemised bills, so we may have to drop the summary format then.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "another body's billing rule, reported",
      body: "Jo,\nThe Ardley Trust (who pointed us to you) tell me they insist on one-page bills from their solicitors, with no time entries.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "a peer organisation's practice, reported",
      body: "Jo,\nOur sister charity says they want bills from their solicitors with no time entries.\nMegge",
      fields: ["billingDetail"],
    },
    {
      name: "a heading that names the rules below, not an answer",
      body: "Jo,\nInvoices: narrative requirements\nEvery entry must describe the task performed.\nMegge",
      fields: ["billingDetail"],
    },
  ],
  heard: [
    // Round 24: the same constructions with the client's own standing wish.
    {
      name: "a refusal split around its object: keep the breakdown off",
      body: "Jo,\nPlease keep the hours breakdown off the invoices from now on.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "kept on, not off: the detail wanted",
      body: "Jo,\nPlease keep the hours breakdown on the invoices.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "the detail complained of as causing trouble",
      body: "Jo,\nThe line-by-line time entries keep confusing our payables clerks.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "the summary complained of as causing trouble",
      body: "Jo,\nThe summary bills cause no end of queries from our auditors.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "a redone bill and a standing change together",
      body: "Jo,\nPlease resubmit it with a breakdown by fee earner, and do the same from now on.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "moving away from the summary, said as a fact",
      body: "Jo,\nOur lender now audits us, so we have to move away from the summary bills.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "the client's own board, reported",
      body: "Jo,\nThe Board say they want bills with no time entries.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "what each entry must describe, with its time",
      body: "Jo,\nEvery entry must describe the task performed and the hours spent on it.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "UK: summary bills from now on",
      body: "Jo,\nFrom now on a single total per matter on each bill is all we need.\nMegge",
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "US: detailed invoices with task codes",
      body: "Jo,\nGoing forward we need detailed invoices: each timekeeper, hours and task code.\nMegge",
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "summary for my own invoices",
      body: "Jo,\nFor my own invoices a single figure is enough; no time entries please.\nMegge",
      heard: [{ field: "billingDetail", value: "summary" }],
    },
    {
      name: "quoted entries we won't pay for",
      body: 'Jo,\nUnder our panel terms we won\'t pay for "file review", "general correspondence" or \'internal meeting\'.\nMegge',
      heard: [
        { field: "bannedBillingPhrases", value: "file review", profile: COKE },
        { field: "bannedBillingPhrases", value: "general correspondence", profile: COKE },
        { field: "bannedBillingPhrases", value: "internal meeting", profile: COKE },
      ],
    },
    {
      name: "those, pointing back",
      body: 'Jo,\nThe last invoice had "attendance on client" six times. Please drop those entries from now on.\nMegge',
      heard: [{ field: "bannedBillingPhrases", value: "attendance on client", profile: COKE }],
    },
    {
      name: "not billable, unquoted",
      body: "Jo,\nPhotocopying is not billable under our guidelines.\nMegge",
      heard: [{ field: "bannedBillingPhrases", value: "Photocopying", profile: COKE }],
    },
    // Round 28 (analysis-lh25 G): "now" between the verb and the refusal participle.
    {
      name: "an entry now refused outright",
      body: 'Jo,\nUnder the new panel terms "Drafting file notes" is now refused outright.\nMegge',
      heard: [{ field: "bannedBillingPhrases", value: "Drafting file notes", profile: COKE }],
    },
    {
      name: "a list of refused entries",
      body: "Jo,\nThe following entries will be rejected by our e-billing system:\n\nReview of correspondence\nFile maintenance\n\nThanks,\nMegge",
      heard: [
        { field: "bannedBillingPhrases", value: "Review of correspondence", profile: COKE },
        { field: "bannedBillingPhrases", value: "File maintenance", profile: COKE },
      ],
    },
  ],
});

runListenTests("billing: entries added under the firm's question (round 30)", {
  silent: [
    {
      name: "'Add' under a question about something else",
      body: 'Jo,\n\nAnswers below.\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> Anything for the agenda on Friday?\n\nAdd "Budget review" please.\n\nMegge',
      fields: ["bannedBillingPhrases"],
    },
  ],
  heard: [
    {
      name: "'Add \"X\"' in the sentence after the answer",
      body: 'Jo,\n\nAnswers below.\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> Are there entries we should avoid apart from "Review of file"?\n\nThat one stays. Add "Internal discussion" too, finance keeps querying it.\n\nMegge',
      heard: [{ field: "bannedBillingPhrases", value: "Internal discussion", profile: COKE }],
    },
    {
      name: '\'Add "X" and "Y"\' as the answer itself',
      body: 'Jo,\n\nAnswers below.\n\nOn Mon, 3 Mar 2025, Jo Bloggs wrote:\n> Which phrases should we avoid on our invoices?\n\nAdd "Perusal" and "Attendance on file" to the usual ones.\n\nMegge',
      heard: [
        { field: "bannedBillingPhrases", value: "Perusal", profile: COKE },
        { field: "bannedBillingPhrases", value: "Attendance on file", profile: COKE },
      ],
    },
  ],
});
