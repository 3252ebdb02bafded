/**
 * Harm audit 49b, findings 1, 2, 5 and 6, through the real send path (createOutlookDeps, the fake
 * Outlook item, the bundled sample profiles): recipients Rapport cannot check are never passed
 * over in silence, a list is never a colleague, and an ordinary mail to the firm's own team list
 * raises no dialog.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { createOutlookDeps } from "../../src/launchevent/wiring";
import type { EmailAddressLike } from "../../src/office/office-types";
import { failuresKey } from "../../src/office/check-failures";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import { FileProfileSource } from "../../src/profiles/file-profile-source";
import { parseProfileJsonFile } from "../../src/profiles/profile-json";
import type { Policy } from "../../src/core/policy";
import type { Draft } from "../../src/core/draft";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  FAKE_USER,
  flushMicrotasks,
  type FakeComposeState,
} from "../helpers/fake-office";

type Options = Office.SmartAlertsEventCompletedOptions;

const profiles = parseProfileJsonFile(
  readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
).profiles;

const MEG_AND_PEPSI = "<p>Hi Meg, our Pepsi research is attached. Best, Alex</p>";
const PEPSI = "<p>Hi all, our Pepsi research is attached. Best, Alex</p>";

const MEGGE: EmailAddressLike = {
  emailAddress: "megge.anderson@coca-cola.example",
  displayName: "Megge Anderson",
  recipientType: "externalUser",
};
const CONTACT_LIST: EmailAddressLike = {
  emailAddress: "",
  displayName: "Coca-Cola deal team",
  recipientType: "distributionList",
};
const FIRM_LIST: EmailAddressLike = {
  emailAddress: "cocacola-dealteam@lawfirm.example",
  displayName: "Coca-Cola deal team",
  recipientType: "distributionList",
};
const CLIENT_LIST: EmailAddressLike = {
  emailAddress: "legal-ops@coca-cola.example",
  displayName: "Coca-Cola Legal Ops",
  recipientType: "distributionList",
};
const X500: EmailAddressLike = {
  emailAddress:
    "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1c2ee2e6aada4b35ac22a42017cc6977-megge",
  displayName: "Megge Anderson",
  recipientType: "externalUser",
};
const SARAH: EmailAddressLike = {
  emailAddress: "sarah.jones@lawfirm.example",
  displayName: "Sarah Jones",
  recipientType: "user",
};

async function send(
  state: Partial<FakeComposeState>,
  opts: { policy?: Policy; mailboxVersion?: string } = {},
) {
  const fake = createFakeComposeItem({ subject: "Update", ...state });
  const office = createFakeOffice(createFakeMailbox(fake.item), opts.mailboxVersion ?? "1.15");
  const store = new MemoryStore();
  const deps = createOutlookDeps(office as never, {
    store,
    profiles: new FileProfileSource(profiles),
    policy: new StaticPolicySource(opts.policy ?? {}),
    logger: { event: () => undefined },
  });
  const checked: Draft[] = [];
  const findings: string[] = [];
  const evaluate = deps.evaluate;
  deps.evaluate = (draft, found, policy, options) => {
    checked.push(draft);
    const result = evaluate(draft, found, policy, options);
    findings.push(...result.findings.map((f) => `${f.check} -> ${f.recipient}`));
    return result;
  };
  const event = createFakeEvent<Options>();
  await handleMessageSend(event, deps);
  for (let i = 0; i < 5; i++) await flushMicrotasks();
  const saved = await store.get(failuresKey(FAKE_USER.emailAddress));
  const records = saved
    ? (JSON.parse(saved) as { reason: string; text: string; told: boolean }[])
    : [];
  return {
    answer: event.completions[0]!,
    completions: event.completions.length,
    record: records[records.length - 1] ?? null,
    status: fake.notifications.get("rapport-status")?.message,
    checked,
    findings,
  };
}

describe("finding 1: a contact list (no address) is not checked, and says so", () => {
  it("asks Send anyway / Don't send, naming the list, when it is the only recipient", async () => {
    const r = await send({ to: [CONTACT_LIST], body: PEPSI });
    expect(r.completions).toBe(1);
    expect(r.answer).toEqual({
      allowEvent: false,
      sendModeOverride: "promptUser",
      errorMessage:
        "Rapport could not check this message: it cannot see who is in \u201cCoca-Cola deal team\u201d (expand it in Outlook (+) so each person is checked)",
    });
    expect(r.record).toMatchObject({ reason: "unchecked:contact-list", told: true });
  });

  it("lets it go where Outlook has no prompt, and records who was not checked", async () => {
    const r = await send({ to: [CONTACT_LIST], body: PEPSI }, { mailboxVersion: "1.12" });
    expect(r.answer).toEqual({ allowEvent: true });
    expect(r.record).toMatchObject({ reason: "unchecked:contact-list", told: false });
    expect(r.record!.text).toContain("\u201cCoca-Cola deal team\u201d");
  });

  it("names the list in one line of a dialog shown for another recipient", async () => {
    const r = await send({ to: [MEGGE], cc: [CONTACT_LIST], body: MEG_AND_PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    expect(r.answer.errorMessage).toContain("Pepsi");
    expect(r.answer.errorMessage).toContain(
      "Rapport cannot see who is in \u201cCoca-Cola deal team\u201d; expand it in Outlook (+) so each person is checked.",
    );
    expect(r.answer.errorMessage!.length).toBeLessThanOrEqual(500);
  });

  it("many lists: the first problem and the closing line stay, the list line gives way (last read of round 49, B1)", async () => {
    const lists = Array.from({ length: 8 }, (_, i) => ({
      ...CONTACT_LIST,
      displayName: `Coca-Cola deal team number ${i + 1} with a long name`,
    }));
    const r = await send({ to: [MEGGE], cc: lists, body: MEG_AND_PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    for (const text of [r.answer.errorMessage!, r.answer.errorMessageMarkdown!]) {
      expect(text.length).toBeLessThanOrEqual(500);
      expect(text).toContain("Pepsi");
      expect(text).toMatch(/Review warnings/);
      expect(text).toMatch(/not checked/i);
    }
  });
});

describe("finding 2: a distribution list or group is never a colleague", () => {
  it("a list at the firm's domain alone: the message goes without a dialog or a record (review of harm-49r, B1)", async () => {
    const r = await send({ to: [FIRM_LIST], body: MEG_AND_PEPSI });
    expect(r.answer).toEqual({ allowEvent: true });
    // A record after every internal mail to a team list would be noise on the next compose, and
    // would replace a real notice not read yet; the pane's card names the list while writing.
    expect(r.record).toBeNull();
    // Not passed to the checks as a colleague (nor as a client without a profile).
    expect(r.checked[0]!.recipients).toEqual([]);
  });

  it("a clean reply-all to a client and the firm's list leaves no record: the client was checked", async () => {
    const r = await send({
      to: [MEGGE],
      cc: [FIRM_LIST],
      body: "<p>Dear Megge, the pack is attached.</p>",
    });
    expect(r.answer).toEqual({ allowEvent: true });
    expect(r.record).toBeNull();
  });

  it("an ordinary internal mail to the firm's team list with a colleague raises no dialog", async () => {
    const r = await send({
      to: [{ ...FIRM_LIST, emailAddress: "litigation@lawfirm.example", displayName: "Litigation" }],
      cc: [SARAH],
      body: "<p>Team, the hearing moved to Thursday.</p>",
    });
    expect(r.answer).toEqual({ allowEvent: true });
    expect(r.status).toBeUndefined();
  });

  it("a firm list beside a client: the dialog for the client names the list", async () => {
    const r = await send({ to: [MEGGE], cc: [FIRM_LIST], body: MEG_AND_PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    expect(r.answer.errorMessage).toContain(
      "Rapport cannot see who is in \u201cCoca-Cola deal team\u201d; expand it in Outlook (+) so each person is checked.",
    );
  });

  it("a list at the client's domain still gets the organisation's profile, and is named", async () => {
    const r = await send({ to: [CLIENT_LIST], body: MEG_AND_PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    expect(r.answer.errorMessage).toContain("Pepsi");
    expect(r.answer.errorMessage).toContain(
      "Rapport cannot see who is in \u201cCoca-Cola Legal Ops\u201d; expand it in Outlook (+) so each person is checked.",
    );
    expect(r.checked[0]!.recipients.map((x) => x.address)).toEqual([CLIENT_LIST.emailAddress]);
  });

  it("a list at the client's domain with nothing to flag goes, recorded", async () => {
    const r = await send({ to: [CLIENT_LIST], body: "<p>Hello all, the pack is attached.</p>" });
    expect(r.answer).toEqual({ allowEvent: true });
    expect(r.record).toMatchObject({ reason: "unchecked:list", told: false });
  });
});

describe("finding 5: an X500 / LegacyExchangeDN recipient is not checked, and says so", () => {
  it("alone: the failure policy answers, naming the person", async () => {
    const r = await send({ to: [X500], body: MEG_AND_PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    expect(r.answer.errorMessage).toBe(
      "Rapport could not check this message: Outlook gave no e-mail address for \u201cMegge Anderson\u201d",
    );
    expect(r.record).toMatchObject({ reason: "unchecked:no-address" });
  });

  it("beside a checked client: one line in the dialog", async () => {
    const r = await send({ to: [X500], cc: [{ ...MEGGE, displayName: "Megge" }], body: PEPSI });
    expect(r.answer.allowEvent).toBe(false);
    expect(r.answer.errorMessage).toContain(
      "Outlook gave no e-mail address for \u201cMegge Anderson\u201d, so it was not checked.",
    );
  });
});

describe("finding 6: which domains are the firm's", () => {
  const body =
    "<p>Daniel, please find the draft lease attached.</p><p>Sarah - you're on for the golf day on Thursday.</p>";
  const to = [{ emailAddress: "dan@whitakerbuilding.example", displayName: "Daniel Whitaker" }];

  it.each([
    [
      "a LegacyExchangeDN From",
      { emailAddress: "/o=ExchangeLabs/ou=x/cn=Recipients/cn=5f1e-alex", displayName: "Alex" },
    ],
    [
      "a shared mailbox on the firm's second domain",
      { emailAddress: "property@lawfirm-llp.example" },
    ],
  ])(
    "%s: a colleague on copy is still a colleague (the signed-in user's domain)",
    async (_, from) => {
      const r = await send({ to, cc: [SARAH], body, from });
      // Before: "no-profile -> sarah.jones@lawfirm.example" (a colleague read as a client).
      expect(r.findings.filter((f) => f.includes("sarah"))).toEqual([]);
      expect(r.findings).toContain("avoided-topic -> dan@whitakerbuilding.example");
    },
  );
});
