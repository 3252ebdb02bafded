/** competitor-mention reads an invitation's location like its subject, with no code of its own. */
import * as competitorMention from "../../../../src/core/checks/competitor-mention";
import { at, FORD, runRuleTests } from "../rule-tester";

const TAYLOR = "taylor.kim@microsoft.example";

runRuleTests(competitorMention, {
  valid: [
    {
      name: "a rival platform as location is meeting-platform's finding",
      to: TAYLOR,
      appointment: { location: "Zoom Meeting" },
    },
    { name: "a plain meeting room", to: FORD, appointment: { location: "Room 4" } },
  ],
  invalid: [
    {
      name: "a competitor's showroom as location",
      to: FORD,
      subject: "Dealer agreement",
      appointment: { location: "Chevrolet showroom, 5 Main St" },
      findings: [
        {
          messageId: "mention",
          evidence: at("location", "Chevrolet showroom, 5 Main St", "Chevrolet"),
          message: ['this invitation mentions "Chevrolet" in the location'],
        },
      ],
    },
    {
      name: "a competitor among the enhanced locations",
      to: FORD,
      appointment: { location: "Room 4", locations: ["Room 4", "Toyota Arena"] },
      findings: [
        { messageId: "mention", evidence: at("location", "Room 4; Toyota Arena", "Toyota") },
      ],
    },
  ],
});
