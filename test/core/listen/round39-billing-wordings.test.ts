/**
 * Round 39: round 38's quoted billing wording (billing.ts REFUSE_WORDING) and rule-voice's older
 * "don't use 'X'" rewrite. listen-39 narrowed both so that the quote had to read as the line's
 * wording; the narrowing moved no readable or sealed set, and a review then wrote plain refusals it
 * lost ("Please don't use 'sundry' for small tasks"), so it was withdrawn (docs/listen.md, round
 * 39). These rows are what the reading must keep hearing; the sentences it still mis-hears ("We
 * refuse "paper" invoices") are listed in docs/listen.md, not pinned here.
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
    // Someone else's wish, a question, a one-off, a hypothetical.
    silent(
      "a question about a wording",
      'Should we not use "sundry work" on the invoices, do you think?',
    ),
  ],
  heard: [
    // Round 39's review: plain refusals a narrowing (what follows the quote must read as a line)
    // lost; that narrowing was withdrawn, and any later one must still hear these.
    {
      name: "review: please don't use 'sundry' for small tasks",
      body: letter("Please don't use 'sundry' for small tasks on our invoices."),
      heard: [banned("sundry")],
    },
    {
      name: "review: could you stop using 'admin' for anything",
      body: letter("Could you stop using 'admin' for anything on our invoices?"),
      heard: [banned("admin")],
    },
    {
      name: "review: don't use 'perusal' for reading documents",
      body: letter("On the bills, do not use 'perusal' for reading documents; say what was read."),
      heard: [banned("perusal")],
    },
    {
      name: "review: please do not record attendance for calls",
      body: letter('On the invoices, please do not record "attendance" for calls with us.'),
      heard: [banned("attendance")],
    },
    {
      name: "review: don't use 'miscellaneous' anywhere",
      body: letter("Don't use 'miscellaneous' anywhere on our invoices."),
      heard: [banned("miscellaneous")],
    },
    {
      name: "review: stop using 'correspondence' unless",
      body: letter(
        "On the bills, please stop using 'correspondence' unless you say who it was with.",
      ),
      heard: [banned("correspondence")],
    },
    {
      name: "review: don't use 'various' to describe work",
      body: letter("Don't use 'various' to describe work in your time entries."),
      heard: [banned("various")],
    },
    {
      name: "review: never put 'admin' against our matters",
      body: letter("Never put 'admin' against our matters in the time entries."),
      heard: [banned("admin")],
    },
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
