import { readComposeDraft, readReadItemDraft } from "../../src/office/read-item";
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
});
