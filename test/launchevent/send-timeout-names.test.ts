/**
 * Audit 49b, finding 8: when the checks' deadline cuts a run short, what is left unchecked is
 * whole recipients, Bcc first (the engine goes To, Cc, Bcc). The author is told whom, on the
 * draft's bar and in the dialog; the pane gets them in the send summary; the support record
 * counts them without naming anyone. "The message was too long" is said only when a check was
 * stopped part-way through the text and nobody was left out altogether.
 */
import { CHECKS, type Check } from "../../src/core/checks";
import type { Draft } from "../../src/core/draft";
import { evaluateWithDiagnostics } from "../../src/core/engine";
import { indexProfiles, resolveProfiles } from "../../src/core/profile";
import { handleMessageSend, PARTIAL_REASON } from "../../src/launchevent/on-message-send";
import { sampleProfiles } from "../core/checks/rule-tester";
import { createFakeEvent } from "../helpers/fake-office";
import { DAN, makeDeps, MEGGE } from "./fixtures";

type Options = Office.SmartAlertsEventCompletedOptions;

const BCC = ["jo.miller", "priya.raghavan", "tomasz.kowalski"].map((who) => ({
  address: `${who}@coca-cola.example`,
  name: who
    .split(".")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(" "),
  kind: "bcc" as const,
}));

const DRAFT: Draft = {
  from: { address: "alex.wilber@lawfirm.example" },
  recipients: [
    { address: MEGGE, name: "Megge Anderson", kind: "to" },
    { address: DAN, name: "Dan Whitaker", kind: "cc" },
    ...BCC,
  ],
  subject: "Board pack",
  body: { format: "text", content: "Hi Meg, the Pepsi figures are in annex 3." },
  attachments: [],
};

/** The real engine, whose deadline passes once `runs` checks have ended (between two checks). */
function engineStoppingAfter(runs: number): typeof evaluateWithDiagnostics {
  let ended = 0;
  const checks: Check[] = CHECKS.map((check) => ({
    meta: check.meta,
    check(ctx) {
      try {
        check.check(ctx);
      } finally {
        ended++;
      }
    },
  }));
  return (draft, profiles, policy, options) =>
    evaluateWithDiagnostics(draft, profiles, policy, {
      ...options,
      checks,
      deadline: { now: () => ended, at: runs },
    });
}

const clients = () =>
  resolveProfiles(
    DRAFT.recipients.map((r) => r.address),
    indexProfiles(sampleProfiles()),
  );

describe("a check cut short by its deadline (audit 49b, finding 8)", () => {
  it("names the Bcc recipients it left unchecked: the bar, the dialog, the summary; counts them in the record", async () => {
    const { deps, profiles, notices, failureRecords, summaries } = makeDeps([], {
      evaluate: engineStoppingAfter(CHECKS.length * 2),
      readDraft: async () => structuredClone(DRAFT),
    });
    profiles.answer = async () => clients();
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    const options = event.completions[0] as Options;
    expect(options.allowEvent).toBe(false);
    // What ran (Megge's and Dan's checks) found Megge's "Meg" and Pepsi: shown as usual.
    expect(options.errorMessage).toContain("• “Meg” → Megge");
    expect(options.errorMessage).toContain(
      "Rapport ran out of time: 3 recipients not checked in full (Bcc): Jo Miller, Priya Raghavan and Tomasz Kowalski.",
    );
    expect(options.errorMessage).not.toContain("part of the message");
    expect(options.errorMessageMarkdown).toContain(
      "Rapport ran out of time: 3 recipients not checked in full \\(Bcc\\): Jo Miller, Priya Raghavan and Tomasz Kowalski\\.",
    );
    expect(notices).toEqual([
      "time ran out before 3 recipients were checked in full (Bcc): Jo Miller, Priya Raghavan and Tomasz Kowalski",
    ]);
    expect(failureRecords).toEqual([
      {
        code: PARTIAL_REASON.code,
        text: "time ran out before 3 recipients were checked in full (Bcc)",
        told: true,
      },
    ]);
    expect(JSON.stringify(failureRecords)).not.toMatch(/Jo|coca-cola/);
    // The pane's Warnings tab reads them from the summary (contextData and sessionData alike).
    const expected = BCC.map((r) => ({
      recipient: r.address,
      recipientName: r.name,
      kind: "bcc",
    }));
    expect(summaries[0]!.notChecked).toEqual(expected);
    expect(JSON.parse(options.contextData as string).notChecked).toEqual(expected);
  });

  it("a message that goes with a time-out and a contact list keeps both in its one record (last read of round 49, B2)", async () => {
    const withList: Draft = {
      ...DRAFT,
      body: { format: "text", content: "Hello all, the pack is attached." },
      recipients: [
        ...DRAFT.recipients,
        { address: "", name: "Coca-Cola deal team", kind: "cc", recipientType: "distributionList" },
      ],
    };
    const { deps, profiles, failureRecords } = makeDeps([], {
      evaluate: engineStoppingAfter(CHECKS.length * 2),
      readDraft: async () => structuredClone(withList),
      // No prompt on this client: a contact list beside checked clients prompts where Outlook
      // can ask (audit 50i-1), so the record is what tells the author here.
      supports: () => false,
    });
    profiles.answer = async () => clients();
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    expect((event.completions[0] as Options).allowEvent).toBe(true);
    expect(failureRecords).toHaveLength(1);
    expect(failureRecords[0]!.told).toBe(false);
    expect(failureRecords[0]!.text).toContain(
      "time ran out before 3 recipients were checked in full (Bcc)",
    );
    expect(failureRecords[0]!.text).toContain("\u201cCoca-Cola deal team\u201d");
  });

  it("keeps the bar within 150 characters however many are left out", async () => {
    const many: Draft = {
      ...DRAFT,
      recipients: [
        ...DRAFT.recipients.slice(0, 2),
        ...Array.from({ length: 300 }, (_, i) => ({
          address: `person${i}@coca-cola.example`,
          name: `Person with a rather long display name number ${i}`,
          kind: "bcc" as const,
        })),
      ],
    };
    const { deps, profiles, notices, summaries } = makeDeps([], {
      evaluate: engineStoppingAfter(CHECKS.length * 2),
      readDraft: async () => structuredClone(many),
    });
    profiles.answer = async () =>
      resolveProfiles(
        many.recipients.map((r) => r.address),
        indexProfiles(sampleProfiles()),
      );
    const event = createFakeEvent<Options>();

    await handleMessageSend(event, deps);

    const bar = `Rapport could not check this message: ${notices[0]}`;
    expect(bar.length).toBeLessThanOrEqual(150);
    expect(notices[0]).toMatch(
      /^time ran out before 300 recipients were checked in full \(Bcc\): Person with .* and 29\d others$/,
    );
    const options = event.completions[0] as Options;
    expect(options.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(options.errorMessage).toContain("300 recipients not checked in full (Bcc)");
    expect(summaries[0]!.notChecked).toHaveLength(20);
    expect(summaries[0]!.notCheckedOmitted).toBe(280);
  });
});

describe("the audit's many-recipient mailing through the send handler (audit 49b, f3)", () => {
  it.each([51, 151, 501])(
    "%i recipients, Megge last on Bcc: both problems are in the dialog",
    async (n) => {
      const people = Array.from({ length: n - 1 }, (_, i) => ({
        address: `person${i}@coca-cola.example`,
        name: `Person ${i}`,
      }));
      const half = Math.floor((n - 1) / 2);
      const draft: Draft = {
        from: { address: "alex.wilber@lawfirm.example" },
        recipients: [
          ...people.slice(0, half).map((p) => ({ ...p, kind: "to" as const })),
          ...people.slice(half).map((p) => ({ ...p, kind: "bcc" as const })),
          { address: MEGGE, name: "Megge Anderson", kind: "bcc" },
        ],
        subject: "Board pack",
        body: { format: "text", content: "Hi Meg, the Pepsi figures are in annex 3." },
        attachments: [],
      };
      const { deps, profiles } = makeDeps([], {
        evaluate: evaluateWithDiagnostics,
        readDraft: async () => structuredClone(draft),
      });
      profiles.answer = async () =>
        resolveProfiles(
          draft.recipients.map((r) => r.address),
          indexProfiles(sampleProfiles()),
        );
      const event = createFakeEvent<Options>();

      await handleMessageSend(event, deps);

      const options = event.completions[0] as Options;
      expect(options.allowEvent).toBe(false);
      for (const text of [options.errorMessage!, options.errorMessageMarkdown!]) {
        expect(text.length).toBeLessThanOrEqual(500);
        expect(text).toContain("mentions Pepsi");
        expect(text).toContain("“Meg” → Megge");
        expect(text).not.toContain("more on Rapport");
      }
      expect(options.errorMessage).toContain(
        `Person 0, Person 1, Person 2 and ${n - 3} others at coca-cola.example:\n• mentions Pepsi`,
      );
    },
    30_000,
  );
});
