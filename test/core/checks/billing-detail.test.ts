import * as billingDetail from "../../../src/core/checks/billing-detail";
import { at, COKE, DAN, FORD, MEGGE, runRuleTests } from "./rule-tester";

const entries =
  "Fees for March:\n03/14 Draft motion 1.2\n03/15 Call with opposing counsel 0.3\nTotal fees: $675.00";
const hoursList = "Work done:\n- Draft motion – 1.5 hrs\n- Research on venue: 2.3 hours\n";

runRuleTests(billingDetail, {
  valid: [
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
      name: "entries in quoted history",
      to: DAN,
      body: "Summary attached.\n\n-----Original Message-----\nFrom: Acct\n03/14 Draft 1.2\n03/15 Call 0.3",
    },
  ],
  invalid: [
    {
      name: "dated time entries to Dan (summary billing)",
      to: DAN,
      body: entries,
      findings: [
        {
          messageId: "timeEntries",
          evidence: at("body", entries, "03/14 Draft motion 1.2"),
          message: ["Daniel Whitaker (Whitaker Building Ltd) asked for summary billing", "2 lines"],
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
          evidence: at("body", hoursList, "- Draft motion – 1.5 hrs"),
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
