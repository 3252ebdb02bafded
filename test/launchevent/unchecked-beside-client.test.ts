/**
 * Round 50 (audits 50i-1, 50i-2, 50i-4 and 50s-4), through the real send path (createOutlookDeps,
 * the fake Outlook items, the bundled sample profiles, one MemoryStore standing for the store
 * every mailbox of one Outlook shares):
 *  - a recipient whose domain Rapport does not know (a contact group, no SMTP address) asks Send
 *    anyway / Don't send where Outlook can ask, even beside a checked client;
 *  - where it cannot ask, the record is this mailbox's, one of several, names the item and is
 *    worded for after the send;
 *  - an invitation is called one throughout.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { handleMessageSend } from "../../src/launchevent/on-message-send";
import { handleRecipientsChanged } from "../../src/launchevent/on-recipients-changed";
import { createOutlookDeps, type SharedServices } from "../../src/launchevent/wiring";
import { failuresKey, untoldForPane } from "../../src/office/check-failures";
import { MAX_NOTIFICATION_LENGTH } from "../../src/office/notifications";
import type { EmailAddressLike } from "../../src/office/office-types";
import { StaticPolicySource } from "../../src/office/policy-source";
import { MemoryStore } from "../../src/office/storage";
import type { Policy } from "../../src/core/policy";
import { FileProfileSource } from "../../src/profiles/file-profile-source";
import { parseProfileJsonFile } from "../../src/profiles/profile-json";
import { createFakeAppointment } from "../helpers/fake-appointment";
import {
  createFakeComposeItem,
  createFakeEvent,
  createFakeMailbox,
  createFakeOffice,
  FAKE_USER,
  flushMicrotasks,
  type FakeBehaviour,
} from "../helpers/fake-office";

type Options = Office.SmartAlertsEventCompletedOptions;

const profiles = parseProfileJsonFile(
  readFileSync(join(__dirname, "../../assets/sample-profiles.json"), "utf8"),
).profiles;

const DAN: EmailAddressLike = {
  emailAddress: "dan@whitakerbuilding.example",
  displayName: "Dan Whitaker",
  recipientType: "externalUser",
};
const GROUP: EmailAddressLike = {
  emailAddress: "",
  displayName: "Microsoft deal team",
  recipientType: "distributionList",
};
const ORGANISER: EmailAddressLike = {
  emailAddress: FAKE_USER.emailAddress,
  displayName: FAKE_USER.displayName,
  recipientType: "user",
};
const SARAH: EmailAddressLike = {
  emailAddress: "sarah.jones@lawfirm.example",
  displayName: "Sarah Jones",
  recipientType: "user",
};
const OTHER_MAILBOX = "secretary@lawfirm.example";
const ZOOM = "https://zoom.us/j/5551234567";
const PROMPT =
  "Rapport could not check this invitation: it cannot see who is in \u201cMicrosoft deal team\u201d (expand it in Outlook (+) so each person is checked)";

function services(store: MemoryStore, policy: Policy = {}): SharedServices {
  return {
    store,
    profiles: new FileProfileSource(profiles),
    policy: new StaticPolicySource({ internalDomains: ["lawfirm.example"], ...policy }),
    logger: { event: () => undefined },
  };
}

function asMailbox(mailbox: ReturnType<typeof createFakeMailbox>, owner?: string) {
  if (owner) mailbox.userProfile = { emailAddress: owner };
  return mailbox;
}

async function answer(deps: ReturnType<typeof createOutlookDeps>): Promise<Options> {
  const event = createFakeEvent<Options>();
  await handleMessageSend(event, deps);
  for (let i = 0; i < 5; i++) await flushMicrotasks();
  expect(event.completions).toHaveLength(1);
  return event.completions[0]!;
}

async function sendInvitation(
  store: MemoryStore,
  opts: {
    version?: string;
    owner?: string;
    subject?: string;
    policy?: Policy;
    behaviour?: Record<string, FakeBehaviour>;
  } = {},
) {
  const fake = createFakeAppointment(
    {
      required: [DAN, GROUP],
      subject: opts.subject ?? "Falcon kick-off",
      location: ZOOM,
      body: "<p>Agenda to follow.</p>",
      organizer: ORGANISER,
    },
    opts.behaviour as never,
  );
  const mailbox = asMailbox(createFakeMailbox(fake.item), opts.owner);
  const office = createFakeOffice(mailbox, opts.version ?? "1.15");
  return answer(createOutlookDeps(office as never, services(store, opts.policy)));
}

async function sendMessage(
  store: MemoryStore,
  opts: { version?: string; owner?: string; subject?: string } = {},
) {
  const fake = createFakeComposeItem({
    to: [DAN],
    cc: [GROUP],
    subject: opts.subject ?? "Lease draft",
    body: "<p>Dan, the draft lease is attached.</p>",
  });
  const mailbox = asMailbox(createFakeMailbox(fake.item), opts.owner);
  const office = createFakeOffice(mailbox, opts.version ?? "1.15");
  return answer(createOutlookDeps(office as never, services(store)));
}

/** The next compose of this mailbox: what its bar says about an earlier item, if anything. */
async function nextCompose(store: MemoryStore, owner?: string): Promise<string | undefined> {
  const fake = createFakeComposeItem({ to: [SARAH], subject: "Next", body: "<p>Hi</p>" });
  const mailbox = asMailbox(createFakeMailbox(fake.item), owner);
  const deps = createOutlookDeps(createFakeOffice(mailbox, "1.12") as never, services(store));
  await handleRecipientsChanged(createFakeEvent(), deps);
  return fake.notifications.get("rapport-previous")?.message;
}

async function records(store: MemoryStore, owner = FAKE_USER.emailAddress) {
  return JSON.parse((await store.get(failuresKey(owner))) ?? "[]") as Record<string, unknown>[];
}

describe("audit 50i-1: a contact group beside a checked client is asked about where Outlook can ask", () => {
  it("a Zoom invitation to Dan and a contact group asks Send anyway / Don't send on Mailbox 1.15, naming the group", async () => {
    const store = new MemoryStore();
    const result = await sendInvitation(store);
    // Before: { allowEvent: true }, told only afterwards.
    expect(result).toEqual({
      allowEvent: false,
      errorMessage: PROMPT,
      sendModeOverride: "promptUser",
    });
    // Told now: nothing for the next compose, and no subject kept.
    expect(await records(store)).toEqual([
      expect.objectContaining({ reason: "unchecked:contact-list", told: true, item: "invitation" }),
    ]);
    expect(JSON.stringify(await records(store))).not.toContain("Falcon");
    expect(await nextCompose(store)).toBeUndefined();
  });

  it("the same group alone asks the same question (unchanged)", async () => {
    const fake = createFakeAppointment({
      required: [GROUP],
      subject: "Falcon kick-off",
      location: ZOOM,
      body: "<p>Agenda.</p>",
      organizer: ORGANISER,
    });
    const office = createFakeOffice(createFakeMailbox(fake.item), "1.15");
    expect(await answer(createOutlookDeps(office as never, services(new MemoryStore())))).toEqual({
      allowEvent: false,
      errorMessage: PROMPT,
      sendModeOverride: "promptUser",
    });
  });

  it("a message to Dan with the group on copy asks too", async () => {
    const result = await sendMessage(new MemoryStore());
    expect(result).toEqual({
      allowEvent: false,
      errorMessage:
        "Rapport could not check this message: it cannot see who is in \u201cMicrosoft deal team\u201d (expand it in Outlook (+) so each person is checked)",
      sendModeOverride: "promptUser",
    });
  });

  it("where Outlook cannot ask (Mailbox 1.13) the invitation goes, and the record names it for after the send", async () => {
    const store = new MemoryStore();
    expect(await sendInvitation(store, { version: "1.13" })).toEqual({ allowEvent: true });
    expect(await records(store)).toEqual([
      expect.objectContaining({
        reason: "unchecked:contact-list",
        told: false,
        item: "invitation",
        subject: "Falcon kick-off",
        text: "it could not see who is in \u201cMicrosoft deal team\u201d",
      }),
    ]);
    const notice = await nextCompose(store);
    expect(notice).toBe(
      "Rapport did not check everyone on your invitation sent just now (\u201cFalcon kick-off\u201d): it could not see who is in \u201cMicrosoft deal team\u201d.",
    );
    expect(notice!.length).toBeLessThanOrEqual(MAX_NOTIFICATION_LENGTH);
  });

  it("with the firm's policy onCheckFailure: send, it goes and is recorded, as any failure", async () => {
    const store = new MemoryStore();
    expect(await sendInvitation(store, { policy: { onCheckFailure: "send" } })).toEqual({
      allowEvent: true,
    });
    expect(await records(store)).toEqual([expect.objectContaining({ told: false })]);
  });

  it("a monitor-only firm is not asked beside a checked client: it goes and is recorded (review of harm-50u)", async () => {
    const store = new MemoryStore();
    expect(await sendInvitation(store, { policy: { monitorOnly: true } })).toEqual({
      allowEvent: true,
    });
    expect(await records(store)).toEqual([
      expect.objectContaining({ reason: "unchecked:contact-list", told: false }),
    ]);
  });
});

describe("audit 50i-2 / 50s-4: records per mailbox, several, naming the item", () => {
  it("a second mailbox sharing the store is not shown A's record, nor takes it from A", async () => {
    const store = new MemoryStore();
    await sendInvitation(store, { version: "1.13" });
    expect(await nextCompose(store, OTHER_MAILBOX)).toBeUndefined();
    expect(await untoldForPane(store, OTHER_MAILBOX, new Date())).toEqual([]);
    // Before: B took A's notice (and A's recipients' names), and A was never told.
    expect(await nextCompose(store)).toMatch(/^Rapport did not check everyone on your invitation/);
  });

  it("B's own record does not replace A's untold one", async () => {
    const store = new MemoryStore();
    await sendInvitation(store, { version: "1.13" });
    await sendMessage(store, { version: "1.13", owner: OTHER_MAILBOX });
    expect(await nextCompose(store)).toContain("invitation");
    expect(await nextCompose(store, OTHER_MAILBOX)).toContain("your message");
  });

  it("two untold items in a row: each is told, the first is not replaced", async () => {
    const store = new MemoryStore();
    await sendInvitation(store, { version: "1.13", subject: "Falcon kick-off" });
    await sendMessage(store, { version: "1.13", subject: "Coca-Cola board pack" });

    const pane = await untoldForPane(store, FAKE_USER.emailAddress, new Date());
    expect(pane.map((r) => [r.item, r.subject])).toEqual([
      ["message", "Coca-Cola board pack"],
      ["invitation", "Falcon kick-off"],
    ]);
    expect(await nextCompose(store)).toContain("\u201cFalcon kick-off\u201d");
    expect(await nextCompose(store)).toContain("\u201cCoca-Cola board pack\u201d");
    expect(await nextCompose(store)).toBeUndefined();
  });
});

describe("audit 50i-4: an invitation is called one throughout", () => {
  it("says the invitation's details when Outlook does not provide them", async () => {
    const store = new MemoryStore();
    const result = await sendInvitation(store, { behaviour: { "body.get": "fail" } });
    expect(result).toMatchObject({
      allowEvent: false,
      errorMessage:
        "Rapport could not check this invitation: Outlook did not provide the invitation's details",
    });
  });
});
