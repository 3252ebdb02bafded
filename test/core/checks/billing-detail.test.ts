import * as billingDetail from "../../../src/core/checks/billing-detail";
import { at, COKE, DAN, FORD, MEGGE, runCheck, runRuleTests } from "./rule-tester";

const entries =
  "Fees for March:\n03/14 Draft motion 1.2\n03/15 Call with opposing counsel 0.3\nTotal fees: $675.00";
const hoursList = "Work done:\n- Draft motion – 1.5 hrs\n- Research on venue: 2.3 hours\n";

runRuleTests(billingDetail, {
  valid: [
    {
      name: "a number after 'and' with no duration before it is no time ('clauses 4.2 and 1.5')",
      to: DAN,
      body: "Dan, clauses 4.2 and 1.5 on the schedule still need your comments.",
    },
    {
      // Only hours (or "two hours" in words) give a unit: where the draft has none, the "and"
      // pattern is not run at all (round 37), and where it has minutes, its match is refused.
      name: "minutes give no unit to a number after 'and' ('30 minutes … and 1.5 on')",
      to: DAN,
      body: "Dan, the hearing ran 30 minutes over and 1.5 on the plan is still the figure.",
    },
    {
      name: "a duration in one sentence gives no unit to a number in the next",
      to: DAN,
      body: "Dan, the site visit took 2 hours. Plots 3.5 and 4.5 on the plan are the ones to check.",
    },
    {
      name: "an event's sittings with the unit understood are not entries",
      to: DAN,
      body: "Dan, the tribunal sat for three hours on day one and two on day two.",
    },
    {
      name: "two event durations in one sentence",
      to: DAN,
      body: "Dan, the tribunal sat for 3.5 hours on day one and for 2 hours on day two.",
    },
    {
      name: "clock times with two decimal places are not tenths",
      to: DAN,
      body: "Dan, timings: 10.30 call with the bank; 14.15 meeting with the agent.",
    },
    {
      name: "property units, not time",
      to: DAN,
      body: "Dan, the developer sold 4 units in phase one and 9 units in phase two.",
    },
    {
      name: "a duration in prose",
      to: DAN,
      body: "Dan, the meeting took 2 hours. The hearing lasted 1.5 hours.",
    },
    { name: "a summary", to: DAN, body: "Dan, fees for March: $4,200 for the motion work." },
    { name: "time entries to a client who wants detail", to: FORD, body: entries },
    {
      name: "one time-entry line only",
      to: MEGGE,
      body: "Fees:\n03/14 Draft motion 1.2\nThanks.",
    },
    {
      name: "a fee times a count is not hours × rate",
      to: DAN,
      body: "Filing fees: 2 x $450 per court.",
    },
    { name: "dates with amounts", to: DAN, body: "03/14 Invoice $1,200.50\n03/15 Invoice $300.25" },
    {
      name: "event durations in prose are not time worked",
      to: DAN,
      body: "The hearing lasted 2.5 hours. Please allow 20 minutes for security. We are five hours ahead of New York, and the flight takes 7 hours.",
    },
    {
      name: "a timetable's durations (each) are not entries",
      to: DAN,
      body: "Timetable:\nTue 24 March Openings (2 hours each)\nWed 25 March Witnesses (3 hours each)",
    },
    {
      name: "clock times, versions and percentages",
      to: DAN,
      body: "Listed at 10.30 on 19 May.\nComments on version 1.3 of the draft by 17:00.\nThe cap rose 2.5% and then 3.5%.",
    },
    {
      name: "a log with dates and decimals is not a time sheet",
      to: DAN,
      body: "Sep 12 12:04:13 check[5]: mail 1.0 went from 3139 bytes\nSep 12 12:04:14 check[5]: mail 1.0 review done",
    },
    {
      name: "a version list",
      to: DAN,
      body: "Tested on:\nRed Hat Linux 7.3\nMandrake Linux 8.2",
    },
    {
      name: "a summary invoice: phases with amounts, no hours",
      to: DAN,
      body: "Fees for March:\nPhase 1 (pleadings): £12,000\nPhase 2 (disclosure): £8,500\nTotal: £20,500",
    },
    {
      name: "a total alone is not an entry",
      to: DAN,
      body: "Total time this month: 12.5 hours, £6,200 plus VAT.\nTotal last month: 9.0 hours.",
    },
    {
      name: "the other side's costs schedule, challenged",
      to: DAN,
      body: "The claimant's costs schedule claims £38,000:\n- Review of documents: 14.0 hours\n- Attendance at mediation: 8.5 hours\nWe will dispute both items.",
    },
    {
      name: "housing units are not six-minute units",
      to: DAN,
      body: "The scheme adds 42 units on the north site and 18 units on the south site.",
    },
    {
      name: "entries in quoted history",
      to: DAN,
      body: "Summary attached.\n\n-----Original Message-----\nFrom: Acct\n03/14 Draft 1.2\n03/15 Call 0.3",
    },
  ],
  invalid: [
    {
      name: "a second item whose unit the first gave ('3.2 hours on X and 1.5 on Y')",
      to: DAN,
      body: "Dan, I spent 3.2 hours on the share purchase agreement and 1.5 on the disclosure letter.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, I spent 3.2 hours on the share purchase agreement and 1.5 on the disclosure letter.",
            "3.2 hours on the share purchase agreement and 1.5 on the disclosure letter",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "a colleague's further item with its unit understood",
      to: DAN,
      body: "Dan, I spent four hours on the lease and Efua a further two and a half on the searches.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, I spent four hours on the lease and Efua a further two and a half on the searches.",
            "four hours on the lease and Efua a further two and a half on the searches",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "two durations tied to work in one sentence",
      to: DAN,
      body: "Dan, Priya spent two hours on the disclosure list on Monday and a further 1.5 hours on Tuesday checking it.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, Priya spent two hours on the disclosure list on Monday and a further 1.5 hours on Tuesday checking it.",
            "Dan, Priya spent two hours on the disclosure list on Monday and a further 1.5 hours on Tuesday checking it",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "hours in brackets after each task, and against a grade in brackets",
      to: DAN,
      body: "Dan, work to date: drafting the defence (3.4 hrs); research on limitation (1.2 hrs). RT (associate) 2.0 hrs.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, work to date: drafting the defence (3.4 hrs); research on limitation (1.2 hrs). RT (associate) 2.0 hrs.",
            "3.4 hrs); research on limitation (1.2 hrs). RT (associate) 2.0 hrs.",
          ),
          message: ["3 lines"],
        },
      ],
    },
    {
      name: "bare tenths of an hour heading each item of work",
      to: DAN,
      body: "Dan, entries: 0.2 email to the bank re completion; 0.3 call with the agent; 1.0 preparing the completion statement.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, entries: 0.2 email to the bank re completion; 0.3 call with the agent; 1.0 preparing the completion statement.",
            "0.2 email to the bank re completion; 0.3 call with the agent; 1.0 preparing the completion statement",
          ),
          message: ["3 lines"],
        },
      ],
    },
    {
      name: "hours and minutes after each labelled piece of work",
      to: DAN,
      body: "Dan, counsel's conference: 1h 30m. Drafting the skeleton: 3h 15m.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, counsel's conference: 1h 30m. Drafting the skeleton: 3h 15m.",
            "1h 30m. Drafting the skeleton: 3h 15m.",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "units recorded against the file",
      to: DAN,
      body: "Dan, we recorded 4 units for the call with the bank and 9 units drafting the side letter.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Dan, we recorded 4 units for the call with the bank and 9 units drafting the side letter.",
            "4 units for the call with the bank and 9 units drafting the side letter",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "time entries written in a sentence",
      to: DAN,
      body: "This week I spent 2.5 hours drafting the lease, 0.75h with counsel on the break clause, and 20 minutes on the bundle index.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "This week I spent 2.5 hours drafting the lease, 0.75h with counsel on the break clause, and 20 minutes on the bundle index.",
            "2.5 hours drafting the lease, 0.75h with counsel on the break clause, and 20 minutes on the bundle index",
          ),
          message: ["3 lines"],
        },
      ],
    },
    {
      name: "durations in words and hours against people",
      to: DAN,
      body: "I spent three-quarters of an hour with the bank and about two hours revising the deed. Breakdown: JT 8.2 hours, PS 22.4 hours.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "I spent three-quarters of an hour with the bank and about two hours revising the deed. Breakdown: JT 8.2 hours, PS 22.4 hours.",
            "three-quarters of an hour with the bank and about two hours revising the deed. Breakdown: JT 8.2 hours, PS 22.4 hours.",
          ),
          message: ["4 lines"],
        },
      ],
    },
    {
      name: "a table with more columns (HTML cells arrive separated by spaces)",
      to: DAN,
      html: "<table><tr><th>Timekeeper</th><th>Date</th><th>Task</th><th>Hours</th><th>Rate</th><th>Amount</th></tr><tr><td>A. Bell</td><td>02/03/2026</td><td>Review notice; outline strategy</td><td>1.4</td><td>$900</td><td>$1,260.00</td></tr><tr><td>C. Diaz</td><td>02/04/2026</td><td>Draft response letter</td><td>2.6</td><td>$500</td><td>$1,300.00</td></tr></table>",
      findings: [
        {
          messageId: "timeEntries",
          evidence: {
            field: "body",
            start: 39,
            end: 168,
            text: "A. Bell 02/03/2026 Review notice; outline strategy 1.4 $900 $1,260.00\nC. Diaz 02/04/2026 Draft response letter 2.6 $500 $1,300.00",
          },
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "a pipe-separated table",
      to: DAN,
      body: "| Date | Fee earner | Narrative | Hrs |\n|---|---|---|---|\n| 19/01/2026 | MF | Mark-up of supply agreement | 4.2 |\n| 22/01/2026 | PR | Change-in-law provisions | 2.6 |\n| Total | | | 6.8 |",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "| Date | Fee earner | Narrative | Hrs |\n|---|---|---|---|\n| 19/01/2026 | MF | Mark-up of supply agreement | 4.2 |\n| 22/01/2026 | PR | Change-in-law provisions | 2.6 |\n| Total | | | 6.8 |",
            "| 19/01/2026 | MF | Mark-up of supply agreement | 4.2 |\n| 22/01/2026 | PR | Change-in-law provisions | 2.6 |",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "mixed duration formats in a list",
      to: DAN,
      body: "This week:\n- Mon: reviewing the revised offer - 1h 30m\n- Tue: redrafting the cancellation provisions - 90 mins\n- Wed: issues list - 0:45",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "This week:\n- Mon: reviewing the revised offer - 1h 30m\n- Tue: redrafting the cancellation provisions - 90 mins\n- Wed: issues list - 0:45",
            "- Mon: reviewing the revised offer - 1h 30m\n- Tue: redrafting the cancellation provisions - 90 mins\n- Wed: issues list - 0:45",
          ),
          message: ["3 lines"],
        },
      ],
    },
    {
      name: "units of six minutes",
      to: DAN,
      body: "Attendance on you by telephone re survey - 3 units\nLetter to sellers' solicitors re enquiries - 2 units",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Attendance on you by telephone re survey - 3 units\nLetter to sellers' solicitors re enquiries - 2 units",
            "Attendance on you by telephone re survey - 3 units\nLetter to sellers' solicitors re enquiries - 2 units",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "timekeeper, hours, narrative",
      to: DAN,
      body: "SL 0.3  Review correspondence from counsel\nGM 0.8  Revise comment; edits to summary",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "SL 0.3  Review correspondence from counsel\nGM 0.8  Revise comment; edits to summary",
            "SL 0.3  Review correspondence from counsel\nGM 0.8  Revise comment; edits to summary",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "hours by workstream",
      to: DAN,
      body: "Time recorded so far:\nSPA and ancillaries: 42.5 hours\nDisclosure letter: 31.0 hours",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Time recorded so far:\nSPA and ancillaries: 42.5 hours\nDisclosure letter: 31.0 hours",
            "SPA and ancillaries: 42.5 hours\nDisclosure letter: 31.0 hours",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "hours named after their work, and a number whose unit is understood",
      to: DAN,
      body: "This month: drafting and negotiation 14.2 hours, meetings and calls 6.5 hours. I put in 1.1 reviewing the deed.",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "This month: drafting and negotiation 14.2 hours, meetings and calls 6.5 hours. I put in 1.1 reviewing the deed.",
            "14.2 hours, meetings and calls 6.5 hours. I put in 1.1 reviewing the deed",
          ),
          message: ["3 lines"],
        },
      ],
    },
    {
      name: "hours leading each line",
      to: DAN,
      body: "Time behind the invoice:\n0.3 – emails with counsel re drafting\n1.2 – revising the schedule",
      findings: [
        {
          messageId: "timeEntries",
          evidence: at(
            "body",
            "Time behind the invoice:\n0.3 – emails with counsel re drafting\n1.2 – revising the schedule",
            "0.3 – emails with counsel re drafting\n1.2 – revising the schedule",
          ),
          message: ["2 lines"],
        },
      ],
    },
    {
      name: "hours at a rate in prose",
      to: DAN,
      body: "That is 12.4 hours at £650, which we think is fair.",
      findings: [
        {
          messageId: "hoursTimesRate",
          evidence: at("body", "That is 12.4 hours at £650", "12.4 hours at £650"),
        },
      ],
    },
    {
      name: "dated time entries to Dan (summary billing)",
      to: DAN,
      body: entries,
      findings: [
        {
          messageId: "timeEntries",
          // The entries as a whole: from the first to the last; the message quotes the first.
          evidence: at(
            "body",
            entries,
            "03/14 Draft motion 1.2\n03/15 Call with opposing counsel 0.3",
          ),
          message: [
            "Daniel Whitaker (Whitaker Building Ltd) asked for summary billing",
            "2 lines",
            '"03/14 Draft motion 1.2"',
          ],
        },
      ],
    },
    {
      name: "hours per task to Coca-Cola (summary billing)",
      to: COKE,
      body: hoursList,
      findings: [
        {
          messageId: "timeEntries",
          recipient: COKE,
          evidence: at(
            "body",
            hoursList,
            "- Draft motion – 1.5 hrs\n- Research on venue: 2.3 hours",
          ),
        },
      ],
    },
    {
      name: "hours × rate",
      to: MEGGE,
      body: "Megge, the fee is 3.2 x $450 = $1,440.",
      findings: [
        {
          messageId: "hoursTimesRate",
          evidence: at("body", "Megge, the fee is 3.2 x $450", "3.2 x $450"),
        },
      ],
    },
    {
      name: "hours at an hourly rate",
      to: DAN,
      body: "Research: 2.5 hrs @ $300/hr.",
      findings: [
        {
          messageId: "hoursTimesRate",
          evidence: at("body", "Research: 2.5 hrs @ $300", "2.5 hrs @ $300"),
        },
      ],
    },
  ],
});

// Round 10: rows led by a timekeeper's initials (after a date or alone), with bare tenths of an
// hour and no unit, separated by spaces, dashes or cells, or as items of a sentence.
describe("billing-detail: timekeeper rows without units", () => {
  const entries = [
    "KH 1.2 drafting SPA\nJW – 0.5 – call with counsel",
    "JW – 0.5 – call with counsel\nKH – 1.2 – drafting SPA",
    "12/03 AB 2.4 review\n13/03 AB 1.1 drafting",
    "KH: 1.2 drafting SPA\nJW: 0.5 call with counsel",
    "Entries: KH 1.2 drafting SPA; JW 0.5 call with counsel.",
    "Our fees for March cover: KH 1.2 drafting SPA, JW 0.5 call with counsel and AB 2.4 review.",
    "<table><tr><td>KH</td><td>1.2</td><td>drafting SPA</td></tr><tr><td>JW</td><td>0.5</td><td>call with counsel</td></tr></table>",
  ];
  it.each(entries)("reports %s", (content) => {
    const c = content.startsWith("<") ? { to: DAN, html: content } : { to: DAN, body: content };
    expect(runCheck(billingDetail, c).map((f) => f.messageId)).toEqual(["timeEntries"]);
  });

  // Look-alikes: references, versions, amounts, dates; a single total is a summary; the
  // abbreviation of a body of rules is no timekeeper.
  const silent = [
    "Please see clause 1.2 and clause 3.4 of the SPA.",
    "We attach version 1.2 of the SPA and version 2.4 of the disclosure letter.",
    "Our fees to date are 12.5 hours.",
    "KH commented on section 1.2; JW on section 2.4.",
    "The total is £1,250.50 and the deposit £300.75.",
    "On 12/03 AB sent version 2.4 to the buyer.",
    "Section 1.2 – definitions\nSection 2.4 – warranties",
    "1.2 Definitions\n2.4 Warranties",
    "KH 1.2 – see my comments; JW 2.4 – agreed.",
    "CPR 3.4 application to strike out\nCPR 24.2 summary judgment application",
    "The options are: CPR 3.4 application, or PD 57.1 disclosure review.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

// Round 17: a row about the other side's costs is our own work, and does not silence the rows
// below it; an intro line about their schedule still governs its rows (the valid table above).
describe("billing-detail round 17: a cue's reach stops at a table row", () => {
  it.each([
    "12/03 AB 1.2 considering claimant's bill of costs\n13/03 AB 0.5 drafting defence\n14/03 AB 0.4 call with client",
    "| 12/03 | AB | Points of dispute on claimant's costs | 1.2 |\n| 13/03 | AB | Drafting defence | 0.5 |\n| 14/03 | AB | Call with client | 0.4 |",
  ])("reports %j", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toEqual([
      "timeEntries",
    ]);
  });
  it.each([
    "The claimant's bill of costs claims these items:\n12/03 AB 1.2 review\n13/03 AB 0.5 drafting",
    "We dispute the claimant's costs schedule. It shows 12/03 AB 1.2 review and 13/03 AB 0.5 drafting.",
  ])("stays silent: %j", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

// Round 11: time in six-minute units as a time sheet writes them, units times their rate, units
// against work in prose, and time split by fee earner in a sentence that says it is about time.
describe("billing-detail: units and splits by fee earner", () => {
  const reported: [string, string][] = [
    ["March:\n- Lease review 0.3u\n- Licence 0.5u", "timeEntries"],
    ["The lease work came to 18 units at £250/unit.", "hoursTimesRate"],
    ["Calls: 42 units × £25.", "hoursTimesRate"],
    ["Time: lease review 3 units, licence 5 units, calls 2 units.", "timeEntries"],
    ["PS: time on this was JS 2.1, AB 0.6.", "timeEntries"],
    ["Time recorded this month – KH: 1.2 and JW: 0.5.", "timeEntries"],
    ["The split was partner 3 hrs, associate 5 hrs, trainee 1.", "timeEntries"],
    [
      "We spent 3 six-minute units on the lease and 5 six-minute units on the licence.",
      "timeEntries",
    ],
    ["3 x 6-minute units on the lease; 5 x 6-minute units on the licence.", "timeEntries"],
    [
      "Three units on the lease review and five units on the licence (we bill in six-minute units).",
      "timeEntries",
    ],
  ];
  it.each(reported)("reports %s", (body, messageId) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toEqual([messageId]);
  });

  it("quotes the split from the first timekeeper", () => {
    const [finding] = runCheck(billingDetail, {
      to: DAN,
      body: "PS: time on this was JS 2.1, AB 0.6.",
    });
    expect(finding!.evidence!.text).toBe("JS 2.1, AB 0.6");
  });

  // Look-alikes: units of a building, of stock, of a fund; priced units of a thing; initials
  // that are not timekeepers (no word of time in the sentence); a total alone.
  const silent = [
    "Total 8.7 hours for the month.",
    "The block has 3 units of stock and 5 units on the ground floor.",
    "The building has 12 units; 18 units at £250 per sq ft.",
    "You hold 3 units of the fund and 5 units of the trust.",
    "The hotel has 40 rooms at £250 and 18 units at £99.",
    "We bought 40 units at $12.50 of the fund.",
    "18 flats at £250 were sold; the 18 units at £250 each went fast.",
    "We will lease 3 units, sell 5 units, and hold 2 units.",
    "March:\n- Flat 3 0.3u\n- Flat 4 0.5u",
    "Room allocation: JS 2.1, AB 0.6 (floors).",
    "Clauses JS 2.1 and AB 0.6 need review.",
    "He signed the TR1 and the AP1, 2.1 and 0.6 respectively.",
    "Time is short: see CPR 3.4 and PD 57.1.",
    "I upgraded from RH 7.1 to RH 7.3 and the time is now an hour ahead.",
    "Time check: KH 1.2 then KH 1.4 after the update.",
    "Three units on the ground floor and five units on the first floor are let.",
    "We hold three units of the fund and two units of the trust.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

describe("billing-detail round 30: hours priced at a rate, hours restated in an aside", () => {
  const reported = [
    "The licence review took 2.5 hours at NOK 2,400/h, and I spent 2 hours on the side letter.",
    "Our advice on the tariff took 3 hours at ZAR 3,100 per hour; I also spent 1.2 hours on the filing.",
    "The call took an hour at our hourly rate, and Sam spent 2 hours on the draft.",
    "Marek spent the better part of two days on the rent review clauses - about 13 hours - and I put in another 5 hours on the licence.",
    "Tom worked through the disclosure bundle (roughly 9 hours) and I spent 3 hours on the witness statement.",
  ];
  it.each(reported)("reports the time detail: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toHaveLength(1);
  });
  const silent = [
    "The hearing took 3 hours and the flight home another 2 hours.",
    "The meeting took 3 hours at the client's office; the drive back 2 hours at rush hour.",
    "The tribunal sat for two days - about 14 hours in all - and the award followed in March.",
    "Completion is two days away (about 48 hours) and the lender has its funds ready.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

// Round 31 (analysis-h30 B1): a rate written with the ISO code of any common currency.
describe("billing-detail round 31: hours at a rate in any common currency code", () => {
  const reported = [
    "Advice on the harbour lease: 4.5 hours at SEK 3,200, and 1.5 hours at SEK 2,100 for the trainee.",
    "The drafting came to 6.2 h × AUD 540 and the review to 1.0 h × AUD 540.",
    "We recorded 3.0 hours at CLP 180,000 on the permit and 0.8 hours at CLP 95,000 on filing.",
    "Work on the lease: 12 units at KES 450.",
  ];
  it.each(reported)("reports the time detail: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toHaveLength(1);
  });
  const silent = [
    // A code that is an English word is no currency, and a total alone is no detail.
    "We will try 3 options before the hearing and report back in 2 days.",
    "Our fee for the licence work is SEK 32,000 in total, as agreed.",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

// Round 31 (speed-31): the word "unit" is looked for as a literal before the units pattern runs
// (time-entries.ts, UNIT_LITERAL): the literal in any case, whole or inside a longer word, lets
// the pattern run as before; a text without it is not searched for units at all.
describe("billing-detail: the literal before the units pattern", () => {
  it.each([
    "Two units on the option review and six units on the side letter (our time is kept in six-minute units).",
    "TWO UNITS on the option review and SIX UNITS on the side letter (our time is kept in six-minute units).",
  ])("reports units of time however they are cased: %j", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toEqual([
      "timeEntries",
    ]);
  });

  it.each([
    "Four opportunities came up and two communities wrote back about the option review.",
    "Four rooms went on the option review and two floors on the side letter.",
  ])("stays silent where no units of time are written: %j", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});

// Round 34 (detect-34a; analysis-h13 012): a narrative's clause with its hours in brackets after
// it is an item however long the clause is, when it leads with its work. Invented here.
describe("billing-detail round 34: a narrative's long clause with its hours in brackets", () => {
  const reported = [
    "Narrative for May: instructions; attendance on site with the surveyor re the boundary plan (2.6 hrs); settling the transfer (0.9 hrs).",
    "Fee narrative for June:\n\ninstructions; conference with counsel on the appeal and the timetable (1.5 hrs); letter to the agent; preparation of the witness statement (0.8 hrs).",
  ];
  it.each(reported)("reports the time detail: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body }).map((f) => f.messageId)).toEqual([
      "timeEntries",
    ]);
  });
  const silent = [
    // A timetable whose clauses lead with their subject, not with work done.
    "Timetable: the trial of the preliminary issue before the judge (3 hours); the costs argument after judgment is handed down (1 hour).",
    // One clause with its hours is one item, not a list of entries.
    "This month: attendance on site with the surveyor re the boundary plan and photographs (2.6 hrs).",
  ];
  it.each(silent)("stays silent: %s", (body) => {
    expect(runCheck(billingDetail, { to: DAN, body })).toEqual([]);
  });
});
