/**
 * Round 39 (listen-39): round 38's quoted billing wording (billing.ts REFUSE_WORDING) narrowed so
 * that the quote must be the line's wording: what follows the closing quote ends the refusal, joins
 * another wording, names a line ("lines", "entries", "time", "as a line item") or a bill ("on the
 * invoice"), or gives a reason. A quote that qualifies the noun after it ("paper" invoices), names
 * a rate charged for something ("London rates" for work), a value put in some other field ("TBC"
 * as the PO number) or a button used on an occasion ("Reply all" when…) is no line; a salutation
 * is never one (docs/listen.md, round 39).
 */
import { COKE, letter, runListenTests } from "./listen-tester";

const banned = (value: string) => ({
  field: "bannedBillingPhrases" as const,
  value,
  profile: COKE,
});

const silent = (name: string, text: string) => ({
  name,
  body: letter(text),
  fields: ["bannedBillingPhrases" as const],
});

runListenTests("round 39: a quoted wording refused as a line, narrowed", {
  silent: [
    // The review of round 38's diff: six sentences it mis-heard.
    silent("review 1: a quote qualifying the noun after it", 'We refuse "paper" invoices.'),
    silent(
      "review 2: a team refusing a kind of copy",
      "Our accounts team refuse 'scanned' copies of the invoices.",
    ),
    silent(
      "review 3: a button used on an occasion",
      'Don\'t use "Reply all" when you send them the invoices.',
    ),
    silent(
      "review 4: a value entered in another field",
      "Please don't enter 'TBC' as the PO number on the invoices.",
    ),
    silent(
      "review 5: a rate charged for some work",
      "Stop charging 'London rates' for work done in Leeds on our bills.",
    ),
    silent("review 6: a salutation", 'Please don\'t use "Dear Sir" on the invoices.'),
    // Look-alikes of our own that must stay silent.
    silent(
      "a quote for the subject line of the invoice emails",
      'Please don\'t use "URGENT" in the subject when you email the invoices.',
    ),
    silent("a kind of bill refused", 'Our finance team refuse "pro forma" bills outright.'),
    silent(
      "a wording for the envelope",
      'Don\'t write "Private & Confidential" on the envelope when you post the bills.',
    ),
    silent("a wording put before an address", 'Never put "c/o" before our address on invoices.'),
    silent(
      "a rate for routine work",
      'Please don\'t charge "urgent" rates for routine filings on our bills.',
    ),
    silent(
      "a value for a field of the invoice",
      'Don\'t enter "N/A" in the cost centre field on the invoice.',
    ),
    silent("an estimated bill refused", "We refuse 'estimated' bills, send the actuals."),
    silent(
      "a greeting on the cover note",
      "Please stop writing 'Hi team' on the invoice cover notes.",
    ),
    // Someone else's wish, a question, a one-off, a hypothetical.
    silent(
      "a question about a wording",
      'Should we not use "sundry work" on the invoices, do you think?',
    ),
  ],
  heard: [
    {
      name: "don't use X, with a reason after a dash",
      body: letter(
        'On the invoices, please don\'t use "sundry work" - our auditors query it every time.',
      ),
      heard: [banned("sundry work")],
    },
    {
      name: "never write X on its own as a narrative",
      body: letter('For the bills: never write "preparation" on its own as a narrative.'),
      heard: [banned("preparation")],
    },
    {
      name: "our team refuse X entries",
      body: letter('Our accounts team refuse "admin support" entries on the invoices.'),
      heard: [banned("admin support")],
    },
    {
      name: "stop putting X as a separate line",
      body: letter('Please stop putting "research" as a separate line on the bill.'),
      heard: [banned("research")],
    },
    {
      name: "don't record X in the time entries",
      body: letter('Please don\'t record "waiting time" in the time entries on our bills.'),
      heard: [banned("waiting time")],
    },
    {
      name: "don't write X and Y",
      body: letter("On the invoices, don't write 'review' and 'consider' as whole entries."),
      heard: [banned("review"), banned("consider")],
    },
    {
      name: "never bill X time to us",
      body: letter('Please never bill "travel to court" time to us on the invoices.'),
      heard: [banned("travel to court")],
    },
    {
      name: "don't use X, end of sentence",
      body: letter('One thing on billing: please don\'t use "general matters".'),
      heard: [banned("general matters")],
    },
  ],
});
