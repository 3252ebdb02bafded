import * as noProfile from "../../../src/core/checks/no-profile";
import { FIRM, MEGGE, runRuleTests } from "./rule-tester";

runRuleTests(noProfile, {
  valid: [
    { name: "a recipient with a profile", to: MEGGE, body: "Hi" },
    { name: "a colleague (the author's domain)", to: "partner@firm.example", body: "Hi" },
    {
      name: "a colleague (an internal domain in policy)",
      to: "associate@firm-uk.example",
      policy: { internalDomains: ["@firm-uk.example"] },
      body: "Hi",
    },
    { name: "an unresolved recipient", recipients: [{ address: "", name: "Megge", kind: "to" }] },
    { name: "the author writing to themselves", to: FIRM },
  ],
  invalid: [
    {
      name: "a client nobody asked yet",
      recipients: [{ address: "New.Client@Acme.example", name: "Nina Client", kind: "cc" }],
      findings: [
        {
          messageId: "missing",
          recipient: "new.client@acme.example",
          severity: "info",
          message: [
            "Nina Client (new.client@acme.example)",
            "nobody has asked this client",
            "Ask them",
          ],
        },
      ],
    },
  ],
});
