import { readClientMessage, readComposeDraft, readReadItemDraft } from "../../src/office/read-item";
import {
  createFakeComposeItem,
  createFakeMailbox,
  createFakeReadItem,
  FAKE_USER,
} from "../helpers/fake-office";

describe("readComposeDraft", () => {
  it("reads recipients, subject, HTML body, attachment names and the From line", async () => {
    const fake = createFakeComposeItem({
      to: [{ emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" }],
      cc: [{ emailAddress: "dan@whitakerbuilding.example", displayName: "" }],
      bcc: [{ emailAddress: "", displayName: "Unresolved Person" }],
      subject: "Board pack",
      body: "<p>Hi Megge,</p>",
      attachments: [{ name: "Review of file.docx" }, { name: "logo.png", isInline: true }],
      from: { emailAddress: "clients@lawfirm.example", displayName: "Client Desk" },
    });

    const draft = await readComposeDraft(fake.item, createFakeMailbox(fake.item));

    expect(draft).toEqual({
      from: { address: "clients@lawfirm.example", name: "Client Desk" },
      // The signed-in user is at the firm too (a shared mailbox may be on another domain).
      user: { address: FAKE_USER.emailAddress },
      recipients: [
        { address: "megge.anderson@coca-cola.example", name: "Megge Anderson", kind: "to" },
        { address: "dan@whitakerbuilding.example", kind: "cc" },
        { address: "", name: "Unresolved Person", kind: "bcc" },
      ],
      subject: "Board pack",
      body: { format: "html", content: "<p>Hi Megge,</p>" },
      attachments: ["Review of file.docx"],
    });
  });

  it("falls back to the signed-in user when the From line cannot be read", async () => {
    const fake = createFakeComposeItem({ subject: "x" }, { from: "fail" });
    const draft = await readComposeDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.from).toEqual({ address: FAKE_USER.emailAddress, name: FAKE_USER.displayName });
  });

  it("a delegate writing for a partner: the sender is the From line, not the signed-in user", async () => {
    const fake = createFakeComposeItem({
      to: [{ emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" }],
      from: { emailAddress: "partner@lawfirm-trust.example", displayName: "Pat Partner" },
    });
    const mailbox = createFakeMailbox(fake.item); // signed in: alex.wilber@lawfirm.example

    const draft = await readComposeDraft(fake.item, mailbox);

    expect(draft.from).toEqual({ address: "partner@lawfirm-trust.example", name: "Pat Partner" });
    expect(mailbox.userProfile?.emailAddress).toBe(FAKE_USER.emailAddress);
  });

  it("a shared mailbox on a client without the From line: the mailbox's owner sends", async () => {
    const fake = createFakeComposeItem(
      { sharedOwner: "clients@lawfirm-trust.example" },
      { from: "fail" },
    );
    const draft = await readComposeDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.from).toEqual({ address: "clients@lawfirm-trust.example" });
    expect(fake.calls).toContain("sharedProperties");
  });

  it("falls back to the signed-in user only when neither From nor a shared owner is known", async () => {
    const fake = createFakeComposeItem({}, { from: "fail" });
    const draft = await readComposeDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.from).toEqual({ address: FAKE_USER.emailAddress, name: FAKE_USER.displayName });
    expect(fake.calls).toContain("sharedProperties");
  });

  it("rejects with the failed operation named when the body cannot be read", async () => {
    const fake = createFakeComposeItem({}, { "body.get": "fail" });
    await expect(readComposeDraft(fake.item, createFakeMailbox(fake.item))).rejects.toMatchObject({
      name: "OfficeCallError",
      operation: "read the message body",
      code: 9002,
    });
  });
});

describe("readReadItemDraft", () => {
  it("puts the sender first as a 'to' recipient, then To and Cc; the user is the author", async () => {
    const item = createFakeReadItem({
      subject: "Re: invoice",
      from: { emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" },
      to: [{ emailAddress: FAKE_USER.emailAddress, displayName: FAKE_USER.displayName }],
      cc: [{ emailAddress: "books@whitakerbuilding.example", displayName: "Bookkeeper" }],
      body: "<p>Thanks</p>",
      attachments: [{ name: "invoice.pdf" }],
    });

    const draft = await readReadItemDraft(item, createFakeMailbox(item));

    expect(draft.recipients).toEqual([
      { address: "dan@whitakerbuilding.example", name: "Dan Whitaker", kind: "to" },
      { address: FAKE_USER.emailAddress, name: FAKE_USER.displayName, kind: "to" },
      { address: "books@whitakerbuilding.example", name: "Bookkeeper", kind: "cc" },
    ]);
    expect(draft.from).toEqual({ address: FAKE_USER.emailAddress, name: FAKE_USER.displayName });
    expect(draft.subject).toBe("Re: invoice");
    expect(draft.attachments).toEqual(["invoice.pdf"]);
  });

  it("in a shared or delegated mailbox the author is that mailbox's owner", async () => {
    const item = createFakeReadItem({
      sharedOwner: "partner@lawfirm-trust.example",
      from: { emailAddress: "dan@whitakerbuilding.example", displayName: "Dan Whitaker" },
    });
    const draft = await readReadItemDraft(item, createFakeMailbox(item));
    expect(draft.from).toEqual({ address: "partner@lawfirm-trust.example" });
  });
});

/**
 * Audit 50f, finding 4: Outlook can answer a body read "succeeded" with no value (office-js
 * #4822: the sender is also a recipient; #1264: control characters on classic Windows). That was
 * read as "": the message checked as empty, nothing found, Send unchecked with no record.
 */
describe("a body read that succeeds without a body is a failed read (audit 50f, 4)", () => {
  const NO_BODY = undefined as unknown as string;
  const failed = {
    name: "OfficeCallError",
    operation: "read the message body",
    message: "Could not read the message body: Outlook answered without the body (undefined)",
  };

  it("compose (the pane and the send handler)", async () => {
    const fake = createFakeComposeItem({ subject: "Lease", body: NO_BODY });
    await expect(readComposeDraft(fake.item, createFakeMailbox(fake.item))).rejects.toMatchObject(
      failed,
    );
  });

  it("read mode", async () => {
    const item = createFakeReadItem({ subject: "Lease", body: NO_BODY });
    await expect(readReadItemDraft(item, createFakeMailbox(item))).rejects.toMatchObject(failed);
  });

  it("listening", async () => {
    const item = createFakeReadItem({
      from: { emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" },
      body: null as unknown as string,
    });
    await expect(readClientMessage(item)).rejects.toMatchObject({
      ...failed,
      message: "Could not read the message body: Outlook answered without the body (null)",
    });
  });

  it("an empty string is still a valid empty body", async () => {
    const fake = createFakeComposeItem({ subject: "Lease", body: "" });
    const draft = await readComposeDraft(fake.item, createFakeMailbox(fake.item));
    expect(draft.body).toEqual({ format: "html", content: "" });
    const item = createFakeReadItem({
      from: { emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" },
      body: "",
    });
    expect((await readClientMessage(item)).body).toEqual({ format: "html", content: "" });
  });
});
