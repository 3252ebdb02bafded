/** @jest-environment jsdom */
// Each sample invitation gets the outcome its menu promises, read through the stand-in the way
// the send handler reads Outlook's invitation, with the real checks and the sample clients.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/core/engine";
import type { ComposeItemLike, MailboxLike } from "../../src/office/office-types";
import { readAppointmentDraft } from "../../src/office/read-appointment";
import { FileProfileSource, parseProfileFile } from "../../src/profiles/file-source";
import { ComposeModel, newMeetingTimes } from "../../src/playground/compose-model";
import { createOfficeStandin, memoryStorage } from "../../src/playground/office-standin";
import { SAMPLE_INVITATIONS } from "../../src/playground/sample-invitations";
import { textToHtml } from "../../src/playground/sanitize";

const profiles = new FileProfileSource(
  parseProfileFile(
    readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
    "sample-profiles.json",
  ).profiles,
);

const EXPECTED: Record<string, { check: string; field: string } | "sends"> = {
  "zoom-invitation-microsoft": { check: "meeting-platform", field: "location" },
  "teams-invitation-microsoft": "sends",
  "phone-call-megge": { check: "unwanted-channel", field: "location" },
  "dinner-dan": { check: "entertainment-invite", field: "subject" },
};

describe("sample invitations", () => {
  it("has an expected outcome for every sample", () => {
    expect(SAMPLE_INVITATIONS.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(SAMPLE_INVITATIONS.map((sample) => [sample.label, sample] as const))(
    "%s gets the outcome its menu entry promises",
    async (_label, sample) => {
      const model = new ComposeModel({
        kind: "appointment",
        required: sample.required,
        subject: sample.subject,
        location: sample.location,
        ...newMeetingTimes(new Date(), sample.startHour, sample.minutes),
        bodyHtml: textToHtml(sample.body),
      });
      const standin = createOfficeStandin({ model, storage: memoryStorage() });
      const mailbox = (standin.Office.context as { mailbox: MailboxLike }).mailbox;
      const draft = await readAppointmentDraft(mailbox.item as ComposeItemLike, mailbox);
      const found = await profiles.lookup(draft.recipients.map((r) => r.address));
      const findings = evaluate(draft, found, { internalDomains: ["lawfirm.example"] }).filter(
        (f) => f.severity !== "info",
      );
      const expected = EXPECTED[sample.id]!;
      if (expected === "sends") {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.map((f) => [f.check, f.evidence?.field])).toEqual([
        [expected.check, expected.field],
      ]);
    },
  );
});
