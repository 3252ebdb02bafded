/**
 * Round 38 (listen-38): a quoted wording refused as a line of the bill in the words one uses for
 * a line rather than for paying ("don't put / use / write / bill "X"", "no "X" lines", "no
 * entries for "X"", "we refuse the lines "X" and "Y""), in billing talk (billing.ts
 * REFUSE_WORDING; docs/listen.md, round 38).
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const banned = (value: string) => ({
  field: "bannedBillingPhrases" as const,
  value,
  profile: COKE,
});

runListenTests("round 38: a quoted wording refused as a line of the bill", {
  silent: [
    {
      name: "a quoted word outside billing talk",
      body: letter('Please don\'t use "Dear Sir" in letters to me, it feels stiff.'),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a quote that is not the verb's object",
      body: letter(
        'Please don\'t use the portal for our invoices any more; the "urgent" ones can come by email.',
      ),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a quoted subject line, not a line of the bill",
      body: letter('No "urgent" subject lines on the invoice emails please.'),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "someone refusing to pay the invoice, no wording",
      body: letter("We refuse to pay the invoice until the VAT is corrected."),
      fields: ["bannedBillingPhrases"],
    },
    {
      name: "a form of address refused in billing talk is a name, not an entry",
      body: letter(
        'Summary invoices please. And please don\'t write "Ms Binti" on them, it is not my surname.',
      ),
      fields: ["bannedBillingPhrases"],
    },
  ],
  heard: [
    {
      name: "don't put X as a line item",
      body: letter(
        'Summary invoices from now on. Also pls don\'t put "Attendance on client" as one line item.',
      ),
      heard: [
        { field: "billingDetail", value: "summary", profile: COKE },
        banned("Attendance on client"),
      ],
    },
    {
      name: "don't use X, answering a quoted question about narratives",
      body: letter(
        "> 3. Anything we should avoid in billing narratives?\n[DP] Don't use \"general admin\" - we've had that thrown out at audit before.",
      ),
      heard: [banned("general admin")],
    },
    {
      name: "no X lines",
      body: letter('On the invoices: no "travel time" lines please.'),
      heard: [banned("travel time")],
    },
    {
      name: "no entries for X",
      body: letter('And on the bills, please, no entries for "photocopying".'),
      heard: [banned("photocopying")],
    },
    {
      name: "we refuse the lines X and Y",
      body: letter(
        'For the invoices: we refuse the lines "frais divers" and "miscellaneous disbursements".',
      ),
      heard: [banned("frais divers"), banned("miscellaneous disbursements")],
    },
    {
      name: "don't bill X time",
      body: letter("Please don't bill 'internal conference' time on our invoices."),
      heard: [banned("internal conference")],
    },
    {
      name: "not write only X on the invoice",
      body: letter(
        "Please not write only 'Correspondence' on the invoice, our controlling will refuse it.",
      ),
      heard: [banned("Correspondence")],
    },
  ],
});
