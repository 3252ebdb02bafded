/**
 * Profile terms in the forms people write them (matcher.ts, words.ts: otherForms, joinedTerm):
 * the same words run together or apart, a brand inside a hashtag or handle, a plural topic in
 * the singular before a noun. Through the checks that share the one matcher, with look-alikes
 * in other senses.
 */
import * as avoidedTopic from "../../../src/core/checks/avoided-topic";
import * as billingPhrase from "../../../src/core/checks/billing-phrase";
import * as competitorMention from "../../../src/core/checks/competitor-mention";
import type { Check } from "../../../src/core/checks/context";
import { runCheck } from "./rule-tester";

// All invented here.
const CLIENT = {
  matchKey: "@ardenvale.example",
  clientName: "Ardenvale Stores",
  competitors: ["Tesco", "Macy's", "Harlow-Brand"],
  bannedBillingPhrases: ["Photocopying", "e-mail correspondence"],
  avoidTopics: ["unions"],
};
const TO = "buyer@ardenvale.example";

function found(check: Check, body: string, subject = "Update"): string[] {
  return runCheck(check, { to: TO, subject, body, profiles: [CLIENT] }).map(
    (f) => f.evidence?.text ?? "",
  );
}

const billed = (entry: string): string =>
  `Dear Sam,\n\nOur invoice for October is attached. Entries:\n- ${entry} - £40\n\nKind regards,\nJo`;

describe("profile terms in other written forms", () => {
  test.each([
    ["Did you see the #TescoFinest range?", "Tesco"],
    ["Their @TescoUpdates account posted the prices.", "Tesco"],
    ["Macys cut its prices again.", "Macys"],
    ["HarlowBrand cut its prices again.", "HarlowBrand"],
  ])("competitor-mention finds %j", (sentence, evidence) => {
    expect(found(competitorMention, `Dear Sam,\n\n${sentence}\n\nKind regards,\nJo`)).toContain(
      evidence,
    );
  });

  test.each([
    "Did you see the #TescovilleFair?",
    "We met at Tescoville last year.",
    "The Macy family wrote again.",
  ])("competitor-mention stays silent on %j", (sentence) => {
    expect(found(competitorMention, `Dear Sam,\n\n${sentence}\n\nKind regards,\nJo`)).toEqual([]);
  });

  test.each([
    ["photo-copying", "photo-copying"],
    ["email correspondence", "email correspondence"],
    ["E-mail correspondence", "E-mail correspondence"],
    // Not by the letters: copying is photocopying in other words (billing-synonyms.ts).
    ["copying of the bundle", "copying of the bundle"],
  ])("billing-phrase finds the entry %j", (entry, evidence) => {
    expect(found(billingPhrase, billed(entry))).toEqual([evidence]);
  });

  test.each(["photo-copier hire"])("billing-phrase stays silent on the entry %j", (entry) => {
    expect(found(billingPhrase, billed(entry))).toEqual([]);
  });

  test.each(["The union rep will be at the meeting on Friday.", "The union dues went up again."])(
    "avoided-topic finds the singular before a noun in %j",
    (sentence) => {
      expect(found(avoidedTopic, `Dear Sam,\n\n${sentence}\n\nKind regards,\nJo`)).toEqual([
        "union",
      ]);
    },
  );

  test.each([
    "The union of the two companies completes on Friday.",
    "The European Union rules apply to the goods.",
    "The Union Jack flies over the depot.",
  ])("avoided-topic stays silent on %j", (sentence) => {
    expect(found(avoidedTopic, `Dear Sam,\n\n${sentence}\n\nKind regards,\nJo`)).toEqual([]);
  });
});
