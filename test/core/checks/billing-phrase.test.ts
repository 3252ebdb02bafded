import * as billingPhrase from "../../../src/core/checks/billing-phrase";
import { at, DAN, MEGGE, runCheck, runRuleTests } from "./rule-tester";
import {
  familyLeads,
  refusesInternalTalk,
  rewordings,
} from "../../../src/core/checks/billing-synonyms";
import { entryForms } from "../../../src/core/checks/billing-entry-forms";

/** The evidence of every billing-phrase finding for a client refusing `phrases`. */
const refusalEvidence = (phrases: string[], body: string) =>
  runCheck(billingPhrase, {
    to: "ap@refusals.example",
    profiles: [
      {
        matchKey: "@refusals.example",
        clientName: "Refusals Ltd",
        bannedBillingPhrases: phrases,
        lastConfirmed: "2026-09-01",
      },
    ],
    body,
  }).map((f) => f.evidence?.text);

/** A month's time entries with `entry` first and an ordinary entry after it. */
const timeRecorded = (entry: string) =>
  `Time recorded this month:\n\n04/02  KL  ${entry}  0.6\n05/02  KL  Drafting heads of terms  1.4\n`;

const invoice = "Entries:\nReview of file 0.5\nDraft motion 1.2\n";
const estimateList = "Fee estimate for the next steps:\n- Review of file\n- Drafting the defence\n";
const hoursInPlan = "Next steps:\n- Review of file 0.5h\n";
const relatesTo = "The remaining £1,200 on the fee note relates to review of file in April.";
const leadIn =
  'The March invoice had the wrong description. The corrected one reads:\n\n"Review of file; drafting the notice of appeal."\n';
const mainItems = "Our fee note is attached. The main items were file review and drafting.";
const reviewedAfter =
  "Time entries:\n- 0.4 File reviewed for completeness\n- 1.2 Drafting defence\n";
const possessive = "Time entries:\n- 0.4 Review of the client's file\n- 1.2 Drafting defence\n";
const determiner = "The bill includes 0.5 hours for review of our file on handover.";
const travelAlone = "Our invoice includes 3 hours travelling to Leeds for the hearing.";
const TRAVEL_CLIENT = {
  matchKey: "@acme.example",
  clientName: "Acme",
  bannedBillingPhrases: ["Travel time"],
  lastConfirmed: "2026-09-01",
};
const wrappedEntry = "12/03 JL Reviewing\nfile 0.5\n";
const ruleWithSum =
  "The fixed fee of £42,000 covers the periodic reviews of file your guidelines require.";
const weakAfterBudget =
  "Our budget for the hearing:\n\nPreparation: £68,000\n\nThe preparation figure includes review of file in May.";
const hoursInBrackets = "We have kept review of file (0.3h): it was needed for the handover.";
const bulkOfThat =
  "Fees to date are £12,400. The bulk of that was review of file after the handover.";
const formatNegated =
  "Proposed narratives for the invoice (no time shown, as agreed):\n1. Review of file\n2. Drafting the defence\n";
const unbulleted =
  "The draft invoice is below for your approval.\n\nReviewing file and correspondence\nDrafting defence\n\nTotal: £4,250\n";
const labelled = "Description of work: review of file regarding settlement strategy";
const billedTravel = "We recorded 4 hours of travel time for the Cardiff hearing.";
// Round 21 (h20-027, d13-058): a measure's possessive is the firm's own time, not an owner.
const measureTravel =
  "It covers the lease and the licence, and also includes 2.5 hours' travel time for my visit to the site.";
const measureTravelling = "The fee includes 3 hours' travelling time to Newcastle for the meeting.";
const measureSingular = "This month's bill includes a day's travel time for the inspection.";
const measureWords = "Our bill includes two hours' travel time to the hearing in Leeds.";

runRuleTests(billingPhrase, {
  valid: [
    {
      name: "a bill's draft: advice about the file read in full",
      subject: "Doncaster - Q3 invoice",
      body: "Dear Megge,\n\nNow that we have reviewed the file in full, we are comfortable that the cap is the right battleground.",
    },
    {
      name: "a bill's draft: work the author will do, and the client's own discussion",
      subject: "February invoice - draft narrative",
      body: "Dear Megge,\n\nI'll also review the file you sent on Friday. After an internal conference at Tejo, your board approved the budget.",
    },
    { name: "a specific description", body: "Entries:\nReview of the supply agreement 0.5\n" },
    { name: "no banned phrases for Dan", to: DAN, body: "Review of file 0.5" },
    { name: "file review in other words", body: "We will review the file tomorrow." },
    {
      name: "the words in prose with nothing about billing",
      body: "I have completed my review of the file from your previous solicitors.",
    },
    {
      name: "an explicit statement that it was not billed",
      body: "Our fees for March are £4,000; we did not bill any review of file this month.",
    },
    {
      name: "written off",
      body: "The invoice is attached. The review of file was written off.",
    },
    {
      name: "the other side's costs, challenged",
      body: "Their bill of costs claims £40,000.\n(a) 38.2 hours claimed for review of file on a change of fee earner.",
    },
    {
      name: "someone else's activity",
      body: "Our fees are attached; clause 6 (Buyer's review of file) is the point to resist.",
    },
    {
      name: "wrapped prose starting a line is not an entry",
      body: "The report was common sense.\nReview of file by the auditors showed that\nnothing was missing.",
    },
    {
      name: "a thing named by the words",
      body: "The fee note covers our review of file systems used by the registry.",
    },
    {
      name: "quoted history",
      body: "See the new invoice.\n\nOn Mon, 1 Sep 2026, Acct wrote:\n> Review of file 0.5",
    },
    // A list introduced as a plan, an agenda or a request is work to do, not work billed.
    {
      name: "a next-steps list",
      body: "Next steps:\n- Review of file for the missing deeds\n- Call the surveyor\n",
    },
    {
      name: "an agenda, numbered",
      body: "Agenda for Thursday's call:\n1. Review of file\n2. Settlement options\n",
    },
    {
      name: "a proposal, with blank lines between the items",
      body: "We propose to:\n\n• Review of file on transfer\n\n• Draft the letter of claim\n",
    },
    // Negated or excepted as a noun phrase, or planned as a verb.
    {
      name: "excluded by the guidelines",
      body: "Your guidelines exclude review of file, so none appears on the invoice.",
    },
    {
      name: "no such time in the budget",
      body: "Our budget assumes no review of file at all this quarter.",
    },
    {
      name: "excepted from the fees",
      body: "Our fees cover everything other than review of file, which you do in-house.",
    },
    {
      name: "a verb of work still to be done, before billing is mentioned",
      body: "I have asked Sam to review the file before we bill you for anything.",
    },
    {
      name: "a request to the client",
      body: "Please review the file before our call; the invoice can wait.",
    },
    // Round 6: the client's rules quoted back, not billed.
    {
      name: "the guideline's wording named as non-billable",
      body: 'Our invoice is attached. Your guidelines list "Review of file" as non-billable, so each entry is described specifically.',
    },
    {
      name: "prose about the guidelines, with no sum",
      body: "Under your outside counsel guidelines, the hourly rate for review of file is halved.",
    },
    {
      name: "the refused words quoted as examples of what was left out",
      body: 'Our invoice avoids entries such as "Review of file".',
    },
    {
      name: "a one-word form of a longer entry in the subject names a topic",
      subject: "Invoice 0217 - travel",
      body: "Attached.",
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
    },
    {
      name: "a one-word form of a longer entry, in prose with no time or money: the trip told",
      body: "I travelled to London to meet you; our invoice is attached.",
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
    },
    {
      name: "words found in order across a sentence end are not one entry",
      body: "Our invoice covers the review. File notes are attached.",
    },
    {
      name: "a deadline is not time billed, and a one-sentence line with it is prose",
      body: "I will reply within 48 hours, once my review of file is done.",
    },
    {
      name: "'covers', 'figures', 'budget' alone are not billing",
      body: "The memo covers my review of file. The sales figures and the office budget are in tab 3.",
    },
    {
      name: "a question asks, it does not bill",
      body: "Could you confirm whether review of file can appear on our invoices?",
    },
    {
      name: "the words in quotation marks are named",
      body: 'You asked whether "review of file" could appear on our invoice. It will not.',
    },
    {
      name: "the words naming a thing of the working day, beside a billing word",
      body: "Our invoice is attached; the review of file notes are in the data room.",
    },
    {
      name: "a list its intro refuses, whatever billing words the intro has",
      body: "Excluded from the fee estimate:\n- Review of file\n- Photocopying\n",
    },
    {
      name: "a pasted guideline: short lines under a heading that refuses them",
      body: "Section 5 (Non-billable time)\nReview of file\nPhotocopying\n",
    },
    {
      name: "a narrative re-described: the old words named to say they are gone",
      body: "The 2.4 hours shown as review of file have been re-described as analysis of the SPA.",
    },
    {
      name: "work still to do, as the object of a light verb",
      body: "The billing partner asked me to do a review of file before the handover.",
    },
    {
      name: "advice on time to allow, beside an event's length",
      body: "The hearing is listed for 2 hours; please allow travel time of about three hours.",
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
    },
    ...[
      [
        "advice on time to set aside, a few hours",
        "You should leave a few hours' travel time for the site visit.",
      ],
      [
        "advice on time to set aside, a number",
        "Please allow two hours' travel time to reach the hearing centre.",
      ],
      [
        "advice on time to set aside, after 'for'",
        "I would suggest you allow for 3 hours' travel time each way.",
      ],
      [
        "a measure after someone else's owner",
        "The expert's 3 hours' travel time is in her own invoice.",
      ],
      [
        "another party's plural owner, no measure",
        "The buyers' travel time is for them to bear, and our bill is attached.",
      ],
    ].map(([name, body]) => ({
      name: `a measure's possessive (round 21): ${name!}`,
      body: body!,
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
    })),
    {
      name: "a wrapped paragraph is not a block of entries, even after a billing line",
      body: "Our invoice is attached.\n\nReviewing file notes from the old firm, I see\nthat the lease was never registered.",
    },
    {
      name: "an event being arranged, beside a billing word",
      body: "The review of file meeting on 12 June has been moved; our fee proposal will follow.",
    },
    {
      name: "a fee earner is a person, not billing",
      body: "The fee earner who did the review of file has left; Priya now runs the matter.",
    },
    {
      name: "a rough length of a journey is not time billed",
      body: "On the 14th, travel time from the station is about 2 hours by train.",
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
    },
  ],
  invalid: [
    {
      name: "prose in a draft whose subject is a bill",
      subject: "Invoice 4471",
      body: "Dear Megge,\n\nThe entry for 3 November is: Review of file and update of the reserve advice.",
      findings: [
        {
          messageId: "refused",
          evidence: at(
            "body",
            "Dear Megge,\n\nThe entry for 3 November is: Review of file and update of the reserve advice.",
            "Review of file",
          ),
          fix: { original: "Review of file and ", replacement: "" },
        },
      ],
    },
    {
      name: "Review of file to Coca-Cola: the entry is removed, line and all",
      body: invoice,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", invoice, "Review of file"),
          fix: {
            label: "Remove this entry",
            field: "body",
            start: 9,
            end: 28,
            original: "Review of file 0.5\n",
            replacement: "",
          },
          message: ['billing guidelines refuse entries like "Review of file"'],
        },
      ],
    },
    {
      name: "any case and spacing, last line",
      to: MEGGE,
      body: "Entries:\nREVIEW OF  FILE",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "Entries:\nREVIEW OF  FILE", "REVIEW OF  FILE"),
          fix: { start: 8, end: 24, original: "\nREVIEW OF  FILE", replacement: "" },
        },
      ],
    },
    {
      name: "in prose about fees, an item of a list: the phrase and its 'and' go, the sentence stays whole",
      body: "Our fees for September cover reviews of file and drafting the lease.",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "Our fees for September cover reviews of file", "reviews of file"),
          fix: { original: "reviews of file and ", replacement: "" },
        },
      ],
    },
    {
      name: "a sentence that points back at the fees",
      body: "Q2 fees were £4,200 plus VAT. That includes review of the file after handover.",
      findings: [
        {
          messageId: "refused",
          evidence: at(
            "body",
            "Q2 fees were £4,200 plus VAT. That includes review of the file",
            "review of the file",
          ),
        },
      ],
    },
    {
      name: "a verb form in a dated entry",
      body: "03/02  Reviewed file on transfer  1.2",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "03/02  Reviewed file", "Reviewed file"),
          fix: { original: "03/02  Reviewed file on transfer  1.2", replacement: "" },
        },
      ],
    },
    {
      name: "a phrase wrapped across two lines of an entry",
      body: "- 0.5h Review of\n  file and index",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "- 0.5h Review of\n  file", "Review of\n  file"),
          fix: { replacement: "" },
        },
      ],
    },
    {
      name: "a numbered item with a word before the phrase",
      body: "Proposed narratives:\n1. Advising on disclosure\n2. Weekly reviews of file for the board",
      findings: [
        {
          messageId: "refused",
          evidence: at(
            "body",
            "Proposed narratives:\n1. Advising on disclosure\n2. Weekly reviews of file",
            "reviews of file",
          ),
          fix: { original: "\n2. Weekly reviews of file for the board", replacement: "" },
        },
      ],
    },
    {
      name: "a row of a narrative table, the phrase wrapped in its cell",
      body: "Workstream Narrative\nSPA Negotiating warranties\nSPA Review of\nfile and agenda",
      findings: [
        {
          messageId: "refused",
          evidence: at(
            "body",
            "Workstream Narrative\nSPA Negotiating warranties\nSPA Review of\nfile",
            "Review of\nfile",
          ),
          fix: { replacement: "" },
        },
      ],
    },
    {
      name: "an item of a list in a prose paragraph: the phrase and its comma, nothing else",
      body: "Our fees come to $4,200, covering Review of file, drafting and filing. Please approve.",
      findings: [
        {
          messageId: "refused",
          evidence: at(
            "body",
            "Our fees come to $4,200, covering Review of file, drafting and filing.",
            "Review of file",
          ),
          fix: { label: "Remove “Review of file”", original: "Review of file, ", replacement: "" },
        },
      ],
    },
    {
      name: "part of a sentence: no fix, the guidance says what to do",
      body: "The $900 is for the Review of file we did in May.",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "The $900 is for the Review of file", "Review of file"),
        },
      ],
    },
    {
      name: "an entry that also holds other work: only the refused words go",
      body: "05/09  0.5h  Review of file and correspondence",
      findings: [
        {
          messageId: "refused",
          evidence: at("body", "05/09  0.5h  Review of file", "Review of file"),
          fix: { original: "Review of file and ", replacement: "" },
        },
      ],
    },
    {
      name: "a list under a billing intro is billed, even with plan-like words in it",
      body: estimateList,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", estimateList, "Review of file"),
          fix: { label: "Remove this entry", original: "- Review of file\n", replacement: "" },
        },
      ],
    },
    {
      name: "a planned-looking list whose item carries hours is a time entry",
      body: hoursInPlan,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", hoursInPlan, "Review of file"),
          fix: { label: "Remove this entry", original: "- Review of file 0.5h\n", replacement: "" },
        },
      ],
    },
    {
      name: "'to' before a noun is a preposition: the fee relates to the work billed",
      body: relatesTo,
      findings: [{ messageId: "refused", evidence: at("body", relatesTo, "review of file") }],
    },
    {
      name: "a sentence naming the main items of the fee note",
      body: mainItems,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", mainItems, "file review"),
          fix: { original: "file review and ", replacement: "" },
        },
      ],
    },
    {
      name: "a quoted narrative after a short lead-in that points back to the invoice",
      body: leadIn,
      findings: [{ messageId: "refused", evidence: at("body", leadIn, "Review of file") }],
    },
    // Round 6: the same work worded otherwise.
    {
      name: "the object first, the action after it",
      body: reviewedAfter,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", reviewedAfter, "File reviewed"),
          fix: { label: "Remove this entry", original: "- 0.4 File reviewed for completeness\n" },
        },
      ],
    },
    {
      name: "a possessive inside the phrase",
      body: possessive,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", possessive, "Review of the client's file"),
          fix: { label: "Remove this entry", original: "- 0.4 Review of the client's file\n" },
        },
      ],
    },
    {
      name: "a determiner inside the phrase, in prose about the bill",
      body: determiner,
      findings: [{ messageId: "refused", evidence: at("body", determiner, "review of our file") }],
    },
    {
      name: "a dated entry with the timekeeper's initials, wrapped before its hours",
      body: wrappedEntry,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", wrappedEntry, "Reviewing\nfile"),
          fix: { label: "Remove this entry", original: wrappedEntry, replacement: "" },
        },
      ],
    },
    {
      name: "a rule cited beside a sum still bills the words",
      body: ruleWithSum,
      findings: [{ messageId: "refused", evidence: at("body", ruleWithSum, "reviews of file") }],
    },
    {
      name: "a generic head dropped: the work alone, in the body's prose about the bill",
      body: travelAlone,
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
      findings: [
        {
          messageId: "refused",
          recipient: "gc@acme.example",
          evidence: at("body", travelAlone, "travelling"),
        },
      ],
    },
    {
      name: "a weak billing word counts beside an amount in the sentences before",
      body: weakAfterBudget,
      findings: [{ messageId: "refused", evidence: at("body", weakAfterBudget, "review of file") }],
    },
    {
      name: "hours written short in the sentence",
      body: hoursInBrackets,
      findings: [{ messageId: "refused", evidence: at("body", hoursInBrackets, "review of file") }],
    },
    {
      name: "a share of the sum before points back to it",
      body: bulkOfThat,
      findings: [{ messageId: "refused", evidence: at("body", bulkOfThat, "review of file") }],
    },
    {
      name: "an intro negating a detail of the format does not refuse the items",
      body: formatNegated,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", formatNegated, "Review of file"),
          fix: { label: "Remove this entry", original: "1. Review of file\n", replacement: "" },
        },
      ],
    },
    {
      name: "exact hours recorded against travel time",
      body: billedTravel,
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
      findings: [
        {
          messageId: "refused",
          recipient: "gc@acme.example",
          evidence: at("body", billedTravel, "travel time"),
        },
      ],
    },
    ...[
      ["a number", measureTravel],
      ["a number, the -ing form", measureTravelling],
      ["a singular unit", measureSingular],
      ["a number written out", measureWords],
    ].map(([name, body]) => ({
      name: `a measure's possessive is no owner (round 21): ${name!}`,
      body: body!,
      profiles: [TRAVEL_CLIENT],
      to: "gc@acme.example",
      findings: [
        {
          messageId: "refused",
          recipient: "gc@acme.example",
          evidence: at(
            "body",
            body!,
            /travell?ing time/.test(body!) ? "travelling time" : "travel time",
          ),
        },
      ],
    })),
    {
      name: "a block of entries without bullets under a line introducing the invoice",
      body: unbulleted,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", unbulleted, "Reviewing file"),
          fix: { original: "Reviewing file and ", replacement: "" },
        },
      ],
    },
    {
      name: "after a label naming the entry's field",
      body: labelled,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", labelled, "review of file"),
          fix: { label: "Remove this entry", original: labelled, replacement: "" },
        },
      ],
    },
    {
      name: "in the subject: no fix",
      subject: "Review of file – March",
      body: "Attached.",
      findings: [
        {
          messageId: "refused",
          evidence: at("subject", "Review of file – March", "Review of file"),
        },
      ],
    },
  ],
});

// Round 10: a refused entry reworded in the billing lexicon's words is the same refused entry;
// the billing context is still needed, and the lexicon is not a thesaurus.
describe("billing-phrase: rewordings of a refused entry", () => {
  const GUIDE = {
    matchKey: "@panel.example",
    clientName: "Panel Co",
    bannedBillingPhrases: [
      "Review of file",
      "Internal conference",
      "Photocopying",
      "File opening",
      "Attendance note",
      "Travel time",
    ],
  };
  const to = "ap@panel.example";
  const reported: [string, string, string][] = [
    [
      "Our invoice for March covers perusal of the file and drafting.",
      "Review of file",
      "perusal of the file",
    ],
    [
      "Fee narrative: considering papers; drafting particulars.",
      "Review of file",
      "considering papers",
    ],
    ["Time entries:\n- Reading in (1.2)\n- Drafting defence (2.0)", "Review of file", "Reading in"],
    [
      "Our bill includes 2 hours going through the documents.",
      "Review of file",
      "going through the documents",
    ],
    [
      "Time entries:\n- Meeting with associate re strategy (0.5)\n- Drafting (2.0)",
      "Internal conference",
      "Meeting with associate",
    ],
    [
      "Invoice narrative: catch-up with the team (0.4); drafting (1.1).",
      "Internal conference",
      "catch-up with the team",
    ],
    [
      "The fee note includes a discussion with colleague about limitation, 0.3 hours.",
      "Internal conference",
      "discussion with colleague",
    ],
    ["- Internal call re disclosure 0.2", "Internal conference", "Internal call"],
    ["WIP: 0.4 team meeting re strategy; 0.8 drafting.", "Internal conference", "team meeting"],
    ["- Copying bundles 0.5", "Photocopying", "Copying bundles"],
    ["- Matter set-up 0.2", "File opening", "Matter set-up"],
    ["- Note to file re call 0.1", "Attendance note", "Note to file"],
    ["Pre-bill: journey time to Leeds 3.0", "Travel time", "journey time"],
    // Round 13: the bundle is the documents read.
    ["Time entries:\n- Perused bundle (1.5)\n- Drafting (2.0)", "Review of file", "Perused bundle"],
    ["- Perusing the bundles 2.0", "Review of file", "Perusing the bundles"],
  ];
  it.each(reported)("%s rewords %s", (body, phrase, text) => {
    const findings = runCheck(billingPhrase, { to, profiles: [GUIDE], body });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`entries like "${phrase}"`);
    expect(findings[0]!.evidence!.text).toBe(text);
  });

  const silent = [
    // No billing around it.
    "I will go through the documents tomorrow.",
    "I had a catch-up with the team about the office move.",
    "I am travelling to site on Monday.",
    // Billing nearby, but the words are an event, a plan, a request or not ours.
    "Our invoice is attached. I look forward to our meeting with your associate on Tuesday.",
    "Fee estimate attached. Could you let us know whether a meeting with your team would help?",
    "We did not charge for the catch-up with the team; the invoice shows drafting only.",
    "Please could you send the papers for perusal? Our fee estimate is attached.",
    // "file" as a verb; copies as a thing; a call with someone outside the firm.
    "Our invoice is attached. I have left a note to file the defence by Friday.",
    "Our invoice is attached; please send me copies of the lease.",
    "- Call with counsel re disclosure 0.2",
    // The verb alone is never copying documents: "copying you in".
    "I am copying in our accounts team about the invoice.",
    // Round 13: reading the bundle in prose, and a bundle that is not read.
    "Our invoice is attached. I have perused the bundle and it looks complete.",
    "- Preparing bundle 1.5",
    // Reviewing disclosure is the case's substantive work, not reading the file.
    "- Perusing the disclosure 2.0",
    "- Disclosure review 1.0",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingPhrase, { to, profiles: [GUIDE], body })).toEqual([]);
  });

  it("rewords only through the lexicon's families", () => {
    expect(rewordings("Research").size).toBe(0);
    expect(rewordings("Preparation of correspondence").size).toBe(0);
    const terms = [...rewordings("Review of file").keys()];
    expect(terms).toEqual(expect.arrayContaining(["perusal of papers", "going through documents"]));
    expect(terms).not.toContain("review of file");
  });
});

// Round 11: a refused entry in a time keeper's shorthand (billing-entry-forms.ts): ambiguous
// abbreviations, closed compounds, the activity for its noun with an empty modifier dropped, the
// medium for its correspondence. Only leading a time entry; never in prose, however billing.
describe("billing-phrase: a time keeper's shorthand for a refused entry", () => {
  const GUIDE = {
    matchKey: "@panel.example",
    clientName: "Panel Co",
    bannedBillingPhrases: [
      "Review of file",
      "Intra-office conference",
      "Legal research",
      "Email correspondence",
      "Attendance on client",
      "Telephone conference",
      "Preparation for meeting",
    ],
  };
  const to = "ap@panel.example";
  const entries = (line: string) => `Time entries:\n- 03/02 ${line}\n- 03/03 Drafting defence 1.2`;
  const reported: [string, string, string][] = [
    [entries("Rev. file 0.5"), "Review of file", "Rev. file"],
    [entries("Rev. of file 0.5"), "Review of file", "Rev. of file"],
    [entries("Intraoffice conf. re strategy 0.5"), "Intra-office conference", "Intraoffice conf"],
    [entries("Researching limitation 0.5"), "Legal research", "Researching"],
    ["Entries:\nResearched CPR 31 disclosure 1.4\nDrafting 2.0", "Legal research", "Researched"],
    [
      "03/02  JS  Researching limitation  0.5\n03/03  JS  Drafting  1.2",
      "Legal research",
      "Researching",
    ],
    [entries("E-mails to client 0.5"), "Email correspondence", "E-mails"],
    [entries("Emails to the bank re completion 0.3"), "Email correspondence", "Emails"],
    [entries("Attd. on client 0.5"), "Attendance on client", "Attd. on client"],
    [entries("Tel. conf. w/ client 0.5"), "Telephone conference", "Tel. conf"],
    [entries("Prep. for mtg 0.5"), "Preparation for meeting", "Prep. for mtg"],
  ];
  it.each(reported)("%s is %s", (body, phrase, text) => {
    const findings = runCheck(billingPhrase, { to, profiles: [GUIDE], body });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`entries like "${phrase}"`);
    expect(findings[0]!.evidence!.text).toBe(text);
  });

  const silent = [
    // The same words in prose, however billing the sentence.
    "Our invoice for March covers researching the limitation point (2.1 hours).",
    "We have been researching the point and think you have a good defence. Our invoice follows.",
    "Our invoice for May is attached. We researched the limitation point in depth.",
    "I sent emails to the bank yesterday; our invoice follows.",
    // Not leading the entry: another activity's object or a later clause.
    entries("Drafting defence and researching the point 1.2"),
    // "Rev." as a title, "rev." inside a sentence, "Attn:" as an addressee line.
    "Rev. Smith will officiate at the service.\n\nOur invoice is attached.",
    "The rev. file list is attached with our invoice for £300.",
    "Attn: Accounts\nPlease find our invoice for the review.",
    // A conference call in a proposal; a prep school.
    "Proposal: we suggest an int. conf. call tomorrow to agree the plan.",
    "He went to prep school in Surrey. Our invoice is attached.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingPhrase, { to, profiles: [GUIDE], body })).toEqual([]);
  });

  it("gives shorthand only where it has an anchor", () => {
    expect([...entryForms("Review")]).toEqual([]);
    expect([...entryForms("Internal conference").keys()]).toEqual([]);
    expect([...entryForms("Legal research").keys()].sort()).toEqual([
      "legal rsch",
      "legal rsrch",
      "research",
      "researched",
      "researching",
    ]);
    expect(entryForms("Legal research").has("researching")).toBe(true);
    expect(entryForms("Preliminary research").has("researching")).toBe(false);
  });
});

// Round 12: refused entries in an entry's other words, and a refused one-word entry that is a
// word of prose.
describe("billing-phrase round 12: other words for a refused entry", () => {
  const found = refusalEvidence;

  it.each([
    // A conference or a call with a colleague's initials is fee earner to fee earner.
    [
      "Internal conference",
      "Time entries:\n03/03 JL Conference with JW re quantum 0.5\n",
      "Conference with JW",
    ],
    ["Internal conference", "03/03  Call with AB and CD re disclosure  0.4\n", "Call with AB"],
    ["Internal conference", "- 0.3 Meeting with J.W. re strategy\n", "Meeting with J.W."],
    [
      "Internal conference",
      "Our fees for March include 0.5 hours for a conference with JW on quantum.",
      "conference with JW",
    ],
    // An itemised line with an amount is an entry.
    [
      "File opening",
      "Disbursements:\n- Court fee: £255.00\n- File opening and ID checks: £45.00\n",
      "File opening",
    ],
    [
      "File opening",
      "Breakdown of disbursements\n\n  Search fees        3.00\n  File opening and ID checks      45.00\n",
      "File opening",
    ],
    // A one-word entry as the work itself, in prose about billing.
    [
      "Research",
      "Our fees for March are £4,200, which covers research into the limitation point.",
      "research",
    ],
    ["Research", "Our invoice includes 1.5 hours of research work on limitation.", "research"],
    ["Research", "03/03 Research contracts 1.5\n", "Research"],
  ])("%s: %j", (phrase, body, text) => {
    expect(found([phrase], body)).toEqual([text]);
  });

  it.each([
    // Initials that are counsel, a regulator, a department, or someone outside the firm.
    ["Internal conference", "03/03  Conference with KC re quantum  0.5\n"],
    ["Internal conference", "03/03  Call with HMRC re enquiry  0.5\n"],
    ["Internal conference", "03/03  Call with HR re dismissal  0.5\n"],
    ["Internal conference", "03/03  Call with JW (client) re quantum  0.5\n"],
    ["Internal conference", "03/03  Meeting with JW of Acme re quantum  0.5\n"],
    ["Internal conference", "03/03  Conference with counsel re quantum  0.5\n"],
    // A one-word refused entry naming something else in prose.
    [
      "Research",
      "Our fees for March are £4,200; it covers the research contracts work and the licence.",
    ],
    ["Research", "Our invoice is attached; the research grant terms are in schedule 2."],
    ["Photocopying", "Our fee note is attached; the photocopying machine lease ends in May."],
  ])("stays silent for %s: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

describe("billing-phrase: the other side's solicitors named in our own time entries", () => {
  it.each([
    "Time entries:\n- 0.3 Call with claimant's solicitors re disclosure\n- 0.5 Review of file\n",
    "Our invoice for May:\n0.4 Letter to defendant's lawyers\n0.5 Review of file\n",
  ])("still finds the refused entry: %j", (body) => {
    const findings = runCheck(billingPhrase, { to: MEGGE, body });
    expect(findings.map((f) => f.evidence!.text)).toEqual(["Review of file"]);
  });

  it.each([
    "The claimant's solicitors' costs schedule claims 2.0 hours for review of file.",
    "The defendant's solicitors' bill includes 3 hours of review of file.",
  ])("keeps the other side's costs quiet: %j", (body) => {
    expect(runCheck(billingPhrase, { to: MEGGE, body })).toEqual([]);
  });
});

// Round 17 (h16 diagnosis, rec. 2): a row of a time table is its own entry. A row that works on
// another party's costs ("Considering claimant's bill of costs 1.2") is the firm's own billed
// work and says nothing of the row below it, in plain text, pipe or HTML tables; prose or an
// intro line above the rows about the other side's bill still governs them.
describe("billing-phrase round 17: a cue's reach stops at a table row", () => {
  const found = (c: { body?: string; html?: string }) =>
    runCheck(billingPhrase, { to: MEGGE, ...c }).map((f) => f.evidence!.text);

  it.each([
    {
      body: "Time entries:\n09/10 Considering claimant's bill of costs 1.2\n09/11 Review of file 0.5\n",
    },
    {
      body: "| Date | Work | Hours |\n| 09/10 | Points of dispute on claimant's costs | 1.2 |\n| 09/11 | Review of file | 0.5 |\n",
    },
    {
      body: "Date\tWork\tHours\n09/10\tDetailed assessment hearing prep\t2.0\n09/11\tReview of file\t0.5\n",
    },
    {
      body: "WIP for October:\n- 0.4 Reviewing defendant's costs schedule\n- 0.3 Email to client\n- 0.5 Review of file\n",
    },
    {
      html: "<p>Our time for October:</p><table><tr><td>09/10</td><td>Reply to opponent's bill of costs</td><td>1.2</td></tr><tr><td>09/11</td><td>Review of file</td><td>0.5</td></tr></table>",
    },
  ])("finds the next row's refused entry: %j", (c) => {
    expect(found(c)).toEqual(["Review of file"]);
  });

  it.each([
    // Prose about their bill, and an intro line over their rows, still govern.
    { body: "We dispute the claimant's bill of costs. It claims 2.0 hours for review of file." },
    { body: "The claimant's bill of costs includes these items:\n09/10 Review of file 0.5\n" },
    {
      body: "The claimant's bill of costs includes these items:\n09/10 Letter to client 0.2\n09/11 Review of file 0.5\n",
    },
    { body: "Points of dispute on the defendant's costs schedule\n09/10 Review of file 0.5\n" },
    { body: "The claimant's solicitors' costs schedule claims 2.0 hours for review of file." },
    // The cue in the row itself.
    { body: "Time entries:\n09/10 Review of file against claimant's bill of costs 0.5\n" },
  ])("stays quiet for the other side's costs: %j", (c) => {
    expect(found(c)).toEqual([]);
  });
});

// Round 17 (h16 diagnosis, rec. 4): the e-mail / email family, hyphenated or closed, in every
// form of a refused entry the matcher compares: "Review of e-mails" refuses "Reviewed emails" and
// "reviewing e-mail" as it refused "Reviewed e-mails"; other hyphenated words keep their rules.
describe("billing-phrase round 17: e-mail and email are one word in every form", () => {
  const client = (phrases: string[]) => ({
    matchKey: "@round17.example",
    clientName: "Round Seventeen",
    bannedBillingPhrases: phrases,
    lastConfirmed: "2026-09-01",
  });
  const found = (phrases: string[], line: string) =>
    runCheck(billingPhrase, {
      to: "ap@round17.example",
      profiles: [client(phrases)],
      body: `Time entries:\n03/02 ${line} 0.3\n03/03 Drafting defence 1.2\n`,
    }).map((f) => f.evidence?.text);

  it.each([
    [["Review of e-mails"], "Reviewed emails from client", "Reviewed emails"],
    [["Review of e-mails"], "Reviewing e-mail from client", "Reviewing e-mail"],
    [["Review of e-mails"], "Review of emails from client", "Review of emails"],
    [["Review of e-mails"], "Reviewed e-mails from client", "Reviewed e-mails"],
    [["Review of emails"], "Reviewed e-mails from client", "Reviewed e-mails"],
    [["Review of emails"], "Reviewing e-mail from client", "Reviewing e-mail"],
  ])("%j finds %j", (phrases, line, text) => {
    expect(found(phrases, line)).toEqual([text]);
  });

  it.each([
    // Other words of the entry still have to match; a mail is not a letter.
    [["Review of e-mails"], "Reviewed letters from client"],
    [["Review of e-mails"], "Drafted email to client"],
    [["Review of emails"], "Reviewed e-filing receipt"],
    // A hyphen that tells one word from another stays.
    [["Re-lease negotiations"], "Release negotiations"],
  ])("%j stays quiet for %j", (phrases, line) => {
    expect(found(phrases, line)).toEqual([]);
  });
});

// Round 16: a refusal's kind, not its wording, arms its expansions: a refusal of talk within the
// firm in any words arms the colleague-by-initials path and the internal rewordings; a one-word
// refused activity's family members lead a time entry as the word itself does (entries only).
describe("billing-phrase round 16: expansions armed by the refusal's kind", () => {
  const found = refusalEvidence;
  const entries = (line: string) => `Time entries:\n03/02 ${line}\n03/03 Drafting defence 1.2\n`;

  it.each([
    ["Internal conference", entries("Conf. w/ HW re quantum 0.5"), "Conf. w/ HW"],
    ["Conference with colleague", entries("Conf. w/ HW re quantum 0.5"), "Conf. w/ HW"],
    ["Conference with colleague", entries("Call with JW re disclosure 0.3"), "Call with JW"],
    ["Intra-office call", entries("Mtg w/ AB re strategy 0.4"), "Mtg w/ AB"],
    ["Internal meetings", entries("Conference with JW re quantum 0.5"), "Conference with JW"],
    ["Calls with associates", entries("Meeting with J.W. re costs 0.2"), "Meeting with J.W."],
    ["Team meetings", entries("Discussion with KL re witness 0.2"), "Discussion with KL"],
    // The internal rewordings, whatever the refusal's wording.
    ["Conference with colleague", entries("Call w/ assoc re strategy 0.2"), "Call w/ assoc"],
    ["Internal meetings", entries("Internal call re disclosure 0.2"), "Internal call"],
    // A one-word refused activity's family leads an entry as the word does.
    ["Photocopying", entries("Copying and scanning trust deeds 0.4"), "Copying"],
    ["Photocopying", "- Printing exhibits for hearing 0.6\n- Drafting 1.0\n", "Printing"],
    ["Review", entries("Perusal of lease 0.5"), "Perusal"],
  ])("%s: %j", (phrase, body, text) => {
    expect(found([phrase], body)).toEqual([text]);
  });

  it.each([
    // Talk with someone outside the firm is not internal, however the refusal is worded.
    ["Conference with client", entries("Conf. w/ HW re quantum 0.5")],
    ["Conference with counsel", entries("Call with JW re disclosure 0.3")],
    ["Telephone calls", entries("Call with JW re disclosure 0.3")],
    // Initials of counsel, a regulator or someone outside the firm, in shorthand too.
    ["Conference with colleague", entries("Conf. w/ KC re quantum 0.5")],
    ["Internal meetings", entries("Mtg w/ JW (client) re quantum 0.5")],
    // The family word not leading the entry, or in prose.
    ["Photocopying", entries("Drafting and copying the deed 0.4")],
    ["Photocopying", "Our invoice is attached; I am copying in our accounts team."],
    ["Photocopying", "Our fee note is attached. Printing costs are in the disbursements."],
    ["Review", "Our invoice follows; we await your consideration of the draft."],
    // A phrase of two words has no family leads: the object is part of the refusal.
    ["Copying of documents", entries("Printing invoices 0.2")],
  ])("stays silent for %s: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });

  it("reads the refusal's kind from any wording", () => {
    for (const phrase of [
      "Internal conference",
      "Conference with colleague",
      "Intra-office call",
      "Internal meetings",
      "Int. conf.",
      "Calls with fee earners",
      "Catch-up with team",
    ])
      expect([phrase, refusesInternalTalk(phrase)]).toEqual([phrase, true]);
    for (const phrase of [
      "Conference with client",
      "Internal memos",
      "Team building",
      "Telephone conference",
      "Photocopying",
    ])
      expect([phrase, refusesInternalTalk(phrase)]).toEqual([phrase, false]);
    expect(familyLeads("Photocopying").sort()).toEqual(["copying", "duplicating", "printing"]);
    expect(familyLeads("Copying of documents")).toEqual([]);
    expect(familyLeads("Research")).toEqual([]);
  });
});

// Round 27: a reading verb's -ing or -ed form, then a document: the document is what was read,
// and the entry is the refused reading itself; a compound ("research paper", "travelling
// expenses") or a determined form ("the reviewed papers") still names a thing.
describe("billing-phrase round 27: what a reading verb reads is no qualifier", () => {
  const found = refusalEvidence;

  it.each([
    ["Perusal", "Time entries for May:\n- Perusing policy schedule and exclusions: 1.5 hours\n"],
    ["Perusal", "Time entries for May:\n- Perused reports from the loss adjuster: 0.8 hours\n"],
    ["Review", "Our invoice for May:\n03/05 Reviewing papers from the insurer 1.2\n"],
    ["Review", "Our invoice for May:\n03/05 Reviewed clauses 4 to 9 of the lease 0.6\n"],
  ])("%s: %j", (phrase, body) => {
    expect(found([phrase], body)).toHaveLength(1);
  });

  it.each([
    // The same nouns after a word that qualifies them, or after a determiner.
    ["Review", "Our invoice for May:\n03/05 Call re the review papers for the board 0.4\n"],
    ["Review", "Our invoice for May:\n03/05 Copying the reviewed papers for the board 0.4\n"],
    ["Travel", "Our invoice for May is attached; travelling expenses are billed at cost.\n"],
    ["Research", "Our invoice for May is attached; the research papers are in the bundle.\n"],
  ])("stays silent for %s: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

describe("billing-phrase round 28: a bullet of comments is no time entry", () => {
  const found = refusalEvidence;

  it.each([
    // An entry after a possessive: with hours, or a bare narrative line.
    [
      "Research",
      "Time for June:\n- Our research re the limitation point 0.5\n- Call with you 0.2\n",
    ],
    ["Research", "Entries:\n- Our research re the limitation point\n- Call with you\n"],
    // A comment bullet with no possessive is still read as an item.
    ["Research", "Entries:\n- Legal research on the break clause\n- Call with you\n"],
  ])("%s: %j", (phrase, body) => {
    expect(found([phrase], body)).toHaveLength(1);
  });

  it.each([
    // A possessive and a finite verb after the work noun: advice in a list of comments.
    [
      "Research",
      "Points on the draft lease:\n- our research into the council's parking policy suggests the bays are safe, so no change needed.\n- the rent review wording is fine\n",
    ],
    [
      "Review",
      "Notes on the renewal:\n- Their review of the schedule has found two missing plots.\n- Nothing else from us\n",
    ],
    // An item that is a sentence, with no hours or amount.
    [
      "Research",
      "Quick thoughts:\n- My research on the covenant: it binds successors, as we thought.\n- Happy to talk\n",
    ],
  ])("stays silent for %s: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

describe("billing-phrase round 30: an activity the notes quote alone refuses any object", () => {
  const client = (phrases: string[], notes?: string) => ({
    matchKey: "@round30.example",
    clientName: "Round Thirty",
    bannedBillingPhrases: phrases,
    ...(notes ? { notes } : {}),
    lastConfirmed: "2026-09-01",
  });
  const found = (phrases: string[], notes: string | undefined, body: string) =>
    runCheck(billingPhrase, {
      to: "fd@round30.example",
      profiles: [client(phrases, notes)],
      body,
    }).map((f) => f.evidence?.text);
  const BILL = (entry: string) =>
    `Our time for March:\n\n14/03  ${entry}   2.5 hrs\n15/03  Call with you   0.3 hrs\n`;

  it.each([
    [
      "Perusal of documents",
      "Their finance team rejects 'perusal' entries outright.",
      "Perused probate accounts",
    ],
    [
      "Perusal of documents",
      'The board will not pay for "perusing" anything.',
      "Perusing the survey reports",
    ],
    [
      "Review of file",
      "Never bills us for 'review' - they refuse it.",
      "Reviewed tenancy schedule",
    ],
  ])("%s with notes %j: %j", (phrase, notes, entry) => {
    expect(found([phrase], notes, BILL(entry))).toHaveLength(1);
  });

  it.each([
    // No notes, or notes that quote the word without refusing it: the list's object stands.
    ["Perusal of documents", undefined, "Perused probate accounts"],
    ["Review of file", undefined, "Review of the lease"],
    ["Perusal of documents", "Likes the word 'perusal' in letters.", "Perused probate accounts"],
    // A quoted word that is no listed phrase's activity.
    ["Perusal of documents", "Rejects 'drafting' entries over an hour.", "Reviewed survey notes"],
    // Prose is not an entry: the notes' word refuses entries it leads.
    [
      "Perusal of documents",
      "Their finance team rejects 'perusal' entries outright.",
      "Advice: having perused the deeds, we think the gift stands",
    ],
  ])("stays silent for %s with notes %j: %j", (phrase, notes, entry) => {
    expect(found([phrase], notes, BILL(entry))).toEqual([]);
  });
});

// Round 31 (analysis-h29 P1): a refused activity done by some means, written by a time keeper
// with the activity's verb first and the means after its object. Entry leads only.
describe("billing-phrase round 31: the means of a refused activity moved behind its object", () => {
  const found = refusalEvidence;
  const BILL = timeRecorded;

  it.each([
    [
      "Telephone attendance",
      "Attending Mrs Okoro by telephone re access",
      "Attending Mrs Okoro by telephone",
    ],
    [
      "Telephone attendance",
      "Attended Dr. Vance by phone on survey",
      "Attended Dr. Vance by phone",
    ],
    [
      "Attendance on telephone",
      "Attending the agent over the phone",
      "Attending the agent over the phone",
    ],
    [
      "Telephone conference",
      "Conferred with the valuer by telephone",
      "Conferred with the valuer by telephone",
    ],
    [
      "Video conference",
      "Conferring with counsel via video link",
      "Conferring with counsel via video link",
    ],
  ])("%s: %j", (phrase, entry, text) => {
    expect(found([phrase], BILL(entry))).toEqual([text]);
  });

  it.each([
    // The means is no means here: a thing the work was about.
    ["Telephone attendance", BILL("Attending counsel re telephone records")],
    // Another activity by telephone, or the means in the next clause.
    ["Telephone attendance", BILL("Drafting letter; attending by telephone later")],
    ["Telephone attendance", BILL("Attending site; call by telephone to agent")],
    // Prose, however billing: "attending" does not lead an entry.
    [
      "Telephone attendance",
      "Our invoice is attached. I was attending the hearing by telephone, as agreed, for 2 hours.",
    ],
    // A refused activity without a means in its words has no moved means.
    ["Attendance on client", BILL("Attending client by telephone")],
  ])("stays silent for %s: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

// Round 32 (analysis-h31 G8): a two-word refusal whose first word ends like an action
// ("Translation review", "Document review") names the activity last, done to the first word: the
// activity's verb before that object is the same entry. Invented here.
describe("billing-phrase round 32: an activity named last, done to a noun that ends like one", () => {
  const found = refusalEvidence;
  const BILL = timeRecorded;

  it.each([
    ["Translation review", BILL("Reviewing translations of the permits"), "Reviewing translations"],
    ["Document review", BILL("Reviewed documents for disclosure"), "Reviewed documents"],
    [
      "Translation review",
      "Our fee for February is EUR 900, including reviewing the translations of the permits.",
      "reviewing the translations",
    ],
  ])("%s: %j", (phrase, body, text) => {
    expect(found([phrase], body)).toEqual([text]);
  });

  it.each([
    // Advice, not billing: the work is reported, not charged.
    [
      "Translation review",
      "I have been reviewing the translations you sent; two permits need correcting before filing.",
    ],
    // Another activity done to the same object.
    ["Translation review", BILL("Certifying translations of the permits")],
  ])("%s stays quiet: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

// Round 34 (detect-34a): a refused entry as time keepers write it in the tables clients receive.
// The lead of an entry in any column order (initials before the date or the hours, a month in
// words, hours with their unit); the noun of an entry whose modifier says nothing ("Research" for
// "Legal research"); two lone activities refused each on its own ("Printing and photocopying");
// one letter of "Routine letters in or out". Each form counts only as a time entry's first words
// or where the phrase as written would; advice, a guideline quoted back and a write-off stay quiet.
// Invented here.
describe("billing-phrase round 34: refused entries in the tables clients are sent", () => {
  const found = refusalEvidence;
  const table = (first: string) =>
    `Work recorded in March:\n\n${first}\n  RS  04/03  2.0  Drafting the underlease\n`;

  it.each([
    ["Review of file", table("  RS  03/03  0.9  Rev. file for the handover"), "Rev. file"],
    ["Review of file", table("  RS/KD  0.9h  Rev. file for the handover"), "Rev. file"],
    [
      "Review of file",
      "Work recorded in March:\n\n3 Mar  Rev. file for the handover  0.9h\n4 Mar  Drafting the underlease  2.0h\n",
      "Rev. file",
    ],
    [
      "Legal research",
      "Work recorded in March:\n\nMar 3  Research into the break clause cases  1.5h  £450\nMar 4  Drafting the underlease  2.0h  £600\n",
      "Research",
    ],
    ["Legal research", table("03/03  RS  1.5  Research into limitation periods"), "Research"],
    [
      "Printing and photocopying",
      table("  RS  03/03  0.4  Photocopying the exhibits"),
      "Photocopying",
    ],
    ["Printing and photocopying", table("03/03  RS  0.4  Printing trial bundles"), "Printing"],
    [
      "Routine letters in or out",
      table("03/03  RS  0.2  Letter out to the landlord's agent"),
      "Letter out",
    ],
  ])("%s: %j", (phrase, body, text) => {
    expect(found([phrase], body)).toEqual([text]);
  });

  it.each([
    // Two capitals before a word, not a figure: prose, not a fee earner's entry.
    [
      "Legal research",
      "Our fee for March is £900.\nUK research into break clauses is thin, so the point is open.",
    ],
    // Advice: the work reported, not charged.
    [
      "Review of file",
      "I have reviewed the file and the lease allows assignment. Our fee for this is £500.",
    ],
    // The client's own guideline quoted back, and work written off.
    [
      "Legal research",
      "Your guidelines exclude legal research, so research into the break clause was written off.",
    ],
    ["Routine letters in or out", "Our invoice for March is attached. No letter out was charged."],
    // A modifier that names a kind keeps its noun: "Preliminary research" is not all research.
    ["Preliminary research", table("03/03  RS  1.5  Research into limitation periods")],
    // One of two lone activities naming a thing, not the work.
    [
      "Printing and photocopying",
      "Our fee for March is £900. The printing press in the photographs is the one in the lease.",
    ],
    // The activity later in the entry, not its first words.
    ["Routine letters in or out", table("03/03  RS  0.2  Drafting a letter out of hours")],
  ])("%s stays quiet: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});

// Round 34 (detect-34a): the correspondence a refusal names, by its medium. "Perusal of
// correspondence" refuses reading the emails or letters it is made of; each group of objects
// stands only for itself (a refused "Review of file" is not reading emails), and a letter of a
// kind ("letters of credit") is a document. Invented here.
describe("billing-phrase round 34: correspondence by its medium", () => {
  const found = refusalEvidence;
  const BILL = timeRecorded;

  it.each([
    ["Perusal of correspondence", BILL("Reading emails from the surveyor"), "Reading emails"],
    ["Perusal of correspondence", BILL("Perused letters from the tenant"), "Perused letters"],
    ["Review of correspondence", BILL("Reviewing e-mails from the agent"), "Reviewing e-mails"],
  ])("%s: %j", (phrase, body, text) => {
    expect(found([phrase], body)).toEqual([text]);
  });

  it.each([
    // Another group of objects: the file is not the correspondence.
    ["Review of file", BILL("Reviewing emails from the surveyor")],
    // Writing letters is not reading them.
    ["Perusal of correspondence", BILL("Drafting letters to the tenants")],
    // A document named "letter of …".
    ["Review of correspondence", BILL("Call to the bank re review of letters of credit")],
    // Advice, and the guideline quoted back.
    [
      "Perusal of correspondence",
      "Our invoice (£900) is attached. I have read the letters you sent, and the notice cannot be served yet.",
    ],
    [
      "Perusal of correspondence",
      "Our invoice is attached. As your guidelines ask, reading emails is not charged.",
    ],
  ])("%s stays quiet: %j", (phrase, body) => {
    expect(found([phrase], body)).toEqual([]);
  });
});
