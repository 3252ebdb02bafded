import { evaluate } from "../../src/core/engine";
import { profileForChecks } from "../../src/core/profile-annotations";
import { splitAlternatives } from "../../src/core/refused-alternatives";
import { indexProfiles, resolveProfiles, type ClientProfile } from "../../src/core/profile";
import type { Draft } from "../../src/core/draft";
import { sampleProfiles } from "./checks/rule-tester";

describe("splitAlternatives: a refused entry written as alternatives", () => {
  it.each([
    ["File review or familiarisation", ["File review", "familiarisation"]],
    ["Photocopying or scanning", ["Photocopying", "scanning"]],
    ["Clerical or administrative tasks", ["Clerical tasks", "administrative tasks"]],
    [
      "Training or supervision of junior lawyers or students",
      [
        "Training of junior lawyers",
        "supervision of junior lawyers",
        "Training of students",
        "supervision of students",
      ],
    ],
    ["Routine letters in or out", ["Routine letters in", "Routine letters out"]],
    ["Review of e-mails/correspondence", ["Review of e-mails", "Review of correspondence"]],
    ["Opening and/or closing the file", ["Opening the file", "closing the file"]],
    // Round 34: two lone activities share nothing, so each is refused on its own.
    ["Printing and photocopying", ["Printing and photocopying", "Printing", "photocopying"]],
    ["Scanning & filing", ["Scanning & filing", "Scanning", "filing"]],
  ])("%s → %j", (entry, expected) => {
    expect(splitAlternatives(entry)).toEqual(expected);
  });

  it.each([
    "Review of file",
    "Review and approval of invoices",
    "Drafting and review of leases",
    "Internal conference",
    "Work on 24/7 rota",
    "a or",
    "one or two or three or four or five or six or seven",
  ])("%s has no alternatives to split", (entry) => {
    expect(splitAlternatives(entry)).toBeUndefined();
  });
});

describe("the billing-phrase check reads an entry with alternatives", () => {
  const client = sampleProfiles().find((p) => p.bannedBillingPhrases.length > 0)!;
  const draft: Draft = {
    from: { address: "lawyer@firm.example" },
    recipients: [{ address: client.matchKey.replace(/^@/, "someone@"), kind: "to" }],
    subject: "Invoice narrative",
    body: {
      format: "text",
      content:
        "Please find our narrative below.\n\n" +
        "12/03  Familiarisation with the lease file   1.5h\n" +
        "13/03  Call with the landlord's agent   0.4h",
    },
    attachments: [],
  };
  const billingFindings = (profile: ClientProfile) =>
    evaluate(
      draft,
      resolveProfiles(
        draft.recipients.map((r) => r.address),
        indexProfiles([profile]),
      ),
    ).filter((f) => f.check === "billing-phrase");

  it("finds one alternative in a time entry", () => {
    const profile = { ...client, bannedBillingPhrases: ["File review or familiarisation"] };
    expect(profileForChecks(profile).bannedBillingPhrases).toEqual([
      "File review",
      "familiarisation",
    ]);
    expect(billingFindings(profile)).toHaveLength(1);
  });

  it("stays quiet when no alternative is there", () => {
    const profile = { ...client, bannedBillingPhrases: ["Photocopying or scanning"] };
    expect(billingFindings(profile)).toHaveLength(0);
  });
});
