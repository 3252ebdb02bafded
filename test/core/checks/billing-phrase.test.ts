import * as billingPhrase from "../../../src/core/checks/billing-phrase";
import { at, DAN, MEGGE, runRuleTests } from "./rule-tester";

const invoice = "Entries:\nReview of file 0.5\nDraft motion 1.2\n";

runRuleTests(billingPhrase, {
  valid: [
    { name: "a specific description", body: "Entries:\nReview of the supply agreement 0.5\n" },
    { name: "no banned phrases for Dan", to: DAN, body: "Review of file 0.5" },
    { name: "file review in other words", body: "We will review the file tomorrow." },
    {
      name: "quoted history",
      body: "See the new invoice.\n\nOn Mon, 1 Sep 2026, Acct wrote:\n> Review of file 0.5",
    },
  ],
  invalid: [
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
