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
      name: "Review of file to Coca-Cola, line removal",
      body: invoice,
      findings: [
        {
          messageId: "refused",
          evidence: at("body", invoice, "Review of file"),
          fix: {
            label: "Remove this line",
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
