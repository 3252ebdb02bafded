/** avoided-topic reads an invitation's location like its subject, with no code of its own. */
import * as avoidedTopic from "../../../../src/core/checks/avoided-topic";
import { at, DAN, runRuleTests } from "../rule-tester";

runRuleTests(avoidedTopic, {
  valid: [{ name: "a site office", to: DAN, appointment: { location: "Site office, Gate 2" } }],
  invalid: [
    {
      name: "golf in the location",
      to: DAN,
      subject: "Catch-up",
      appointment: { location: "Golf club bar" },
      findings: [
        {
          messageId: "topic",
          evidence: at("location", "Golf club bar", "Golf"),
          message: ['this invitation mentions "Golf" in the location'],
        },
      ],
    },
  ],
});
