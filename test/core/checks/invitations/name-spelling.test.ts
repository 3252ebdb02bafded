/** name-spelling reads an invitation's subject and body as an e-mail's. */
import * as nameSpelling from "../../../../src/core/checks/name-spelling";
import { at, runRuleTests } from "../rule-tester";

runRuleTests(nameSpelling, {
  valid: [
    {
      name: "the preferred name in an invitation",
      appointment: { location: "Room 4" },
      body: "Hi Megge,\nAgenda attached.",
    },
  ],
  invalid: [
    {
      name: "the disliked short form in the invitation's greeting",
      appointment: { location: "Room 4" },
      body: "Hi Meg,\nAgenda attached.",
      findings: [
        {
          messageId: "avoided",
          evidence: at("body", "Hi Meg,\nAgenda attached.", "Meg"),
          fix: { field: "body", replacement: "Megge" },
        },
      ],
    },
  ],
});
