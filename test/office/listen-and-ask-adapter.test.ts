/**
 * The Office side of listening and asking (issue 14): a received message read for listening, and
 * the "Ask" paragraph put at the cursor in the body's own format, escaped, touching nothing else.
 */
import { OfficeItemAdapter } from "../../src/office/office-item-adapter";
import {
  hasSelectedText,
  plainTextAsHtml,
  SELECTION_REASON,
  CURSOR_ELSEWHERE_REASON,
  SELECTION_UNKNOWN_REASON,
} from "../../src/office/insert-text";
import {
  createFakeComposeItem,
  createFakeMailbox,
  createFakeReadItem,
} from "../helpers/fake-office";

describe("readMessage (read mode, for listening)", () => {
  it("reads the sender, the date, the subject and the HTML body of a received message", async () => {
    const item = createFakeReadItem({
      subject: "Re: Board pack",
      from: { emailAddress: " Megge.Anderson@coca-cola.example ", displayName: "Megge Anderson" },
      body: "<div>Please don't text me.</div>",
    });
    (item as { dateTimeCreated?: Date }).dateTimeCreated = new Date("2026-11-20T09:30:00Z");
    const message = await new OfficeItemAdapter(createFakeMailbox(item)).readMessage();
    expect(message).toEqual({
      from: { address: "Megge.Anderson@coca-cola.example", name: "Megge Anderson" },
      date: "2026-11-20T09:30:00.000Z",
      subject: "Re: Board pack",
      body: { format: "html", content: "<div>Please don't text me.</div>" },
    });
  });

  it("takes the sender a delegate sent for when there is no From, and leaves out a missing date", async () => {
    const item = createFakeReadItem({ subject: "Hi", body: "x" });
    delete (item as { from?: unknown }).from;
    (item as { sender?: unknown }).sender = { emailAddress: "dan@whitakerbuilding.example" };
    const message = await new OfficeItemAdapter(createFakeMailbox(item)).readMessage();
    expect(message.from).toEqual({ address: "dan@whitakerbuilding.example" });
    expect(message).not.toHaveProperty("date");
  });

  it("passes To and Cc, and the delegate who sent it for the From mailbox (relayed preferences)", async () => {
    const item = createFakeReadItem({
      subject: "Mr Hale",
      from: { emailAddress: "peter.hale@hale-foods.example", displayName: "Peter Hale" },
      body: "x",
    });
    (item as { sender?: unknown }).sender = {
      emailAddress: "jo.bright@hale-foods.example",
      displayName: "Jo Bright",
    };
    (item as { to?: unknown }).to = [{ emailAddress: "sam@firm.example", displayName: "Sam" }];
    (item as { cc?: unknown }).cc = [{ emailAddress: "ops@hale-foods.example" }];
    const message = await new OfficeItemAdapter(createFakeMailbox(item)).readMessage();
    expect(message.sender).toEqual({ address: "jo.bright@hale-foods.example", name: "Jo Bright" });
    expect(message.recipients).toEqual([
      { address: "sam@firm.example", name: "Sam" },
      { address: "ops@hale-foods.example" },
    ]);
  });

  it("refuses a message with no sender address, a draft, and an invitation, with a reason", async () => {
    const nobody = createFakeReadItem({ subject: "Hi", body: "x" });
    await expect(new OfficeItemAdapter(createFakeMailbox(nobody)).readMessage()).rejects.toThrow(
      "This message has no sender address, so there is nobody to listen to.",
    );
    const draft = createFakeComposeItem();
    await expect(
      new OfficeItemAdapter(createFakeMailbox(draft.item)).readMessage(),
    ).rejects.toThrow("Only a received message can be listened to.");
    const invitation = createFakeReadItem({ from: { emailAddress: "a@b.example" } });
    (invitation as { itemType?: string }).itemType = "appointment";
    await expect(
      new OfficeItemAdapter(createFakeMailbox(invitation)).readMessage(),
    ).rejects.toThrow("Only a received message can be listened to.");
  });

  it("reports a body Outlook cannot give as an error", async () => {
    const item = createFakeReadItem({ from: { emailAddress: "a@b.example" } });
    item.body.getAsync = (_coercion, callback) =>
      void Promise.resolve().then(() =>
        callback({
          status: "failed",
          value: undefined as never,
          error: { name: "GenericResponseError", message: "down", code: 9020 },
        }),
      );
    await expect(new OfficeItemAdapter(createFakeMailbox(item)).readMessage()).rejects.toThrow(
      /read the message body/,
    );
  });
});

describe("insertText (Ask <first name>)", () => {
  const question = `Dan, <b>which</b> platform & "why"?\nThanks`;

  it("escapes plain text for an HTML body, line breaks as <br>", () => {
    expect(plainTextAsHtml(question)).toBe(
      "Dan, &lt;b&gt;which&lt;/b&gt; platform &amp; &quot;why&quot;?<br>Thanks",
    );
    expect(plainTextAsHtml("it's")).toBe("it&#39;s");
  });

  it("puts a paragraph at the cursor of an HTML body and touches nothing else", async () => {
    const before = '<div>Hi Dan,</div><div><img src="cid:logo"></div><div>Best, Alex</div>';
    const fake = createFakeComposeItem({ body: before });
    fake.state.selection = { start: "<div>Hi Dan,</div>".length, end: "<div>Hi Dan,</div>".length };
    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).insertText(question);
    expect(result).toEqual({ ok: true });
    expect(fake.state.body).toBe(
      `<div>Hi Dan,</div><p>Dan, &lt;b&gt;which&lt;/b&gt; platform &amp; &quot;why&quot;?<br>Thanks</p><div><img src="cid:logo"></div><div>Best, Alex</div>`,
    );
    // Only the selection and the format are read, never the body; only the cursor is written.
    expect(fake.calls).toEqual(["selection.get", "body.getType", "body.setSelected"]);
  });

  it("inserts the text as it is into a plain-text body", async () => {
    const fake = createFakeComposeItem({ body: "Hi Dan,\nBest", bodyType: "text" });
    fake.state.selection = { start: 7, end: 7 };
    await new OfficeItemAdapter(createFakeMailbox(fake.item)).insertText(question);
    expect(fake.state.body).toBe(`Hi Dan,${question}\nBest`);
  });

  it("says why when Outlook refuses, and never throws", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi</p>" }, { "body.setSelected": "fail" });
    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).insertText("Hello");
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Outlook could not change the message/),
    });
    expect(fake.state.body).toBe("<p>Hi</p>");
  });

  // Audit 47, finding 4: setSelectedDataAsync replaces a selection, so nothing goes in over one.
  it("inserts nothing while text is selected, and says to click where the questions go", async () => {
    const before = "<div>Dear Megge,</div><div>The filing is done.</div>";
    const fake = createFakeComposeItem({ body: before });
    fake.state.selection = { start: 5, end: before.indexOf("</div>") };
    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).insertText(question);
    expect(result).toEqual({ ok: false, reason: SELECTION_REASON });
    expect(SELECTION_REASON).toMatch(/^Click where the questions should go: text is selected/);
    expect(fake.state.body).toBe(before);
    expect(fake.calls).toEqual(["selection.get"]);
  });

  it("inserts nothing over a selection in the subject either (its source is not trusted)", async () => {
    const fake = createFakeComposeItem({ subject: "Site visit", body: "<p>Hi</p>" });
    const item = fake.item;
    item.getSelectedDataAsync = (_coercion, callback) =>
      void Promise.resolve().then(() =>
        callback({ status: "succeeded", value: { data: "Site", sourceProperty: "subject" } }),
      );
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).insertText("Hello");
    expect(result).toEqual({ ok: false, reason: SELECTION_REASON });
    expect(fake.state.body).toBe("<p>Hi</p>");
  });

  it("inserts nothing when Outlook cannot say what is selected, and says so", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi</p>" });
    // The reference: InvalidSelection when a field other than the body or subject has the cursor.
    fake.item.getSelectedDataAsync = (_coercion, callback) =>
      void Promise.resolve().then(() =>
        callback({
          status: "failed",
          value: undefined as never,
          error: { name: "InvalidSelection", message: "The selection is invalid.", code: 9041 },
        }),
      );
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    expect(await adapter.insertText("Hello")).toEqual({
      ok: false,
      reason: CURSOR_ELSEWHERE_REASON,
    });
    expect(fake.state.body).toBe("<p>Hi</p>");

    delete fake.item.getSelectedDataAsync; // a host before Mailbox 1.2
    expect(await adapter.insertText("Hello")).toEqual({
      ok: false,
      reason: SELECTION_UNKNOWN_REASON,
    });
    expect(fake.state.body).toBe("<p>Hi</p>");
    expect(fake.calls).not.toContain("body.setSelected");
  });

  it("tells an empty selection from selected text", () => {
    const body = { sourceProperty: "body" };
    expect(hasSelectedText({ ...body, data: "" })).toBe(false);
    expect(hasSelectedText({ ...body, data: null })).toBe(false); // older reference pages
    // Outlook on the web's "null" for nothing selected (office-js #800), with equal positions.
    expect(hasSelectedText({ ...body, data: "null", startPosition: 4, endPosition: 4 })).toBe(
      false,
    );
    expect(hasSelectedText({ ...body, data: "Dear Megge" })).toBe(true);
    expect(hasSelectedText({ ...body, data: " " })).toBe(true); // a space is the author's too
    expect(hasSelectedText({ ...body, data: "null" })).toBe(true); // no positions: cannot tell
    // A picture alone has no text, but the positions show a selection.
    expect(hasSelectedText({ ...body, data: "", startPosition: 3, endPosition: 4 })).toBe(true);
    expect(hasSelectedText(undefined)).toBe(true); // no answer: cannot rule it out
  });

  it("is refused on a message being read", async () => {
    const read = createFakeReadItem({ from: { emailAddress: "a@b.example" } });
    await expect(
      new OfficeItemAdapter(createFakeMailbox(read)).insertText("Hello"),
    ).resolves.toEqual({
      ok: false,
      reason: "This message is read-only.",
    });
  });
});
