import type { Fix } from "../../src/core/finding";
import type { OfficeCallback } from "../../src/office/office-call";
import { NoItemSelectedError } from "../../src/office/item-adapter";
import {
  ITEM_CHANGED,
  OfficeItemAdapter,
  RECIPIENTS_CHANGED,
  type FixEditors,
  undoTooLate,
} from "../../src/office/office-item-adapter";
import {
  createFakeComposeItem,
  createFakeMailbox,
  createFakeReadItem,
} from "../helpers/fake-office";

/** Plain string replacement, checking the original is still there: enough to test the adapter. */
const editors: FixEditors = {
  applyToText: (text, fix) =>
    text.slice(fix.start, fix.end) === fix.original
      ? { ok: true, content: text.slice(0, fix.start) + fix.replacement + text.slice(fix.end) }
      : { ok: false, reason: "The text has changed since the check." },
  applyToHtml: (html, fix) =>
    html.includes(fix.original)
      ? { ok: true, content: html.replace(fix.original, fix.replacement) }
      : { ok: false, reason: "The text has changed since the check." },
};

const meg: Fix = {
  label: "Replace with Megge",
  field: "body",
  start: 3,
  end: 6,
  original: "Meg",
  replacement: "Megge",
};

describe("OfficeItemAdapter", () => {
  it("knows compose from read", () => {
    const compose = createFakeComposeItem();
    const read = createFakeReadItem();
    expect(new OfficeItemAdapter(createFakeMailbox(compose.item), editors).mode).toBe("compose");
    expect(new OfficeItemAdapter(createFakeMailbox(read), editors).mode).toBe("read");
    expect(() => new OfficeItemAdapter(createFakeMailbox(null), editors)).toThrow(
      "No mail item is open.",
    );
  });

  it("reads the draft of the open item", async () => {
    const fake = createFakeComposeItem({
      to: [{ emailAddress: "megge.anderson@coca-cola.example", displayName: "Megge Anderson" }],
      subject: "Hello",
    });
    const draft = await new OfficeItemAdapter(createFakeMailbox(fake.item), editors).readDraft();
    expect(draft.recipients[0]?.address).toBe("megge.anderson@coca-cola.example");
    expect(draft.subject).toBe("Hello");
  });

  it("applies a body fix to the current HTML and writes it back as HTML", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    await expect(adapter.applyFix(meg)).resolves.toEqual({
      ok: true,
      undo: {
        field: "body",
        before: "<p>Hi Meg,</p>",
        after: "<p>Hi Megge,</p>",
        change: { original: "Meg", replacement: "Megge" },
      },
    });

    expect(fake.state.body).toBe("<p>Hi Megge,</p>");
    // Read (with the attachments, for an inline picture), read again right before the write (the
    // author may have typed: audit 48b), write, then read back what Outlook made of it (what Undo
    // compares with, and what must say what was written: audit 50f).
    expect(fake.calls).toEqual([
      "body.getType",
      "attachments",
      "body.get",
      "body.get",
      "body.set",
      "body.get",
    ]);
  });

  it("edits a plain-text body as text", async () => {
    const fake = createFakeComposeItem({ body: "Hi Meg,", bodyType: "text" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    await expect(adapter.applyFix(meg)).resolves.toMatchObject({ ok: true });
    expect(fake.state.body).toBe("Hi Megge,");
  });

  it("applies a subject fix through subject.setAsync", async () => {
    const fake = createFakeComposeItem({ subject: "Re: Pepsi pricing" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);
    const fix: Fix = {
      label: "Remove",
      field: "subject",
      start: 4,
      end: 10,
      original: "Pepsi ",
      replacement: "",
    };

    await expect(adapter.applyFix(fix)).resolves.toEqual({
      ok: true,
      undo: {
        field: "subject",
        before: "Re: Pepsi pricing",
        after: "Re: pricing",
        change: { original: "Pepsi ", replacement: "" },
      },
    });
    expect(fake.state.subject).toBe("Re: pricing");
  });

  it("applies a location fix through location.setAsync, and never to the body", async () => {
    const fix: Fix = {
      label: "Remove the Zoom link",
      field: "location",
      start: 0,
      end: 20,
      original: "https://zoom.us/j/12",
      replacement: "",
    };
    const message = createFakeComposeItem({ body: "<p>https://zoom.us/j/12</p>" });
    await expect(
      new OfficeItemAdapter(createFakeMailbox(message.item), editors).applyFix(fix),
    ).resolves.toEqual({ ok: false, reason: "This item has no location to change." });
    expect(message.calls).toEqual([]);

    const invitation = createFakeComposeItem({ body: "<p>Agenda</p>" });
    let location = "https://zoom.us/j/12";
    const item = {
      ...invitation.item,
      location: {
        getAsync: (callback: OfficeCallback<string>) =>
          callback({ status: "succeeded", value: location }),
        setAsync: (value: string, callback: OfficeCallback<void>) => {
          location = value;
          callback({ status: "succeeded", value: undefined });
        },
      },
    };
    await expect(
      new OfficeItemAdapter(createFakeMailbox(item), editors).applyFix(fix),
    ).resolves.toEqual({
      ok: true,
      undo: {
        field: "location",
        before: "https://zoom.us/j/12",
        after: "",
        change: { original: "https://zoom.us/j/12", replacement: "" },
      },
    });
    expect(location).toBe("");
    expect(invitation.state.body).toBe("<p>Agenda</p>");
  });

  it("refuses when the text moved, without writing anything", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hello Dan,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    await expect(adapter.applyFix(meg)).resolves.toEqual({
      ok: false,
      reason: "The text has changed since the check.",
    });
    expect(fake.calls).not.toContain("body.set");
  });

  it("reports Outlook's failure to write as a reason, not an exception", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" }, { "body.set": "fail" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    await expect(adapter.applyFix(meg)).resolves.toEqual({
      ok: false,
      reason: "Outlook could not change the message (GenericResponseError). Edit it by hand.",
    });
  });

  it.each([
    ["a cid: inline image", '<p>Hi Meg,</p><img src="cid:image001.png@01D">'],
    ["a data: image", '<p>Hi Meg,</p><p><img src="data:image/png;base64,iVBORw0KGgo="></p>'],
    ["Word's VML image", '<p>Hi Meg,</p><v:shape><v:imagedata src="x.png"/></v:shape>'],
    ["a CSS background", '<div style="background-image:url(cid:bg)"><p>Hi Meg,</p></div>'],
  ])("never rewrites a body holding %s: the fix becomes a guided edit", async (_what, body) => {
    const fake = createFakeComposeItem({ body });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    const result = await adapter.applyFix(meg);
    expect(result).toMatchObject({ ok: false, guided: true });
    expect(result.ok ? "" : result.reason).toMatch(/pictures/);
    expect(fake.calls).not.toContain("body.set");
    expect(fake.state.body).toBe(body);
  });

  it("a guided edit replaces the author's selection once it is exactly the words to change", async () => {
    const body = '<p>Hi Meg,</p><img src="cid:logo">';
    const fake = createFakeComposeItem({ body });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);

    fake.state.selection = { start: 6, end: 8 }; // "Me": not the whole name
    await expect(adapter.replaceSelection(meg)).resolves.toEqual({
      ok: false,
      reason: "The selection reads “Me”, not “Meg”. Select exactly “Meg”.",
    });
    expect(fake.calls).not.toContain("body.setSelected");

    fake.state.selection = { start: 6, end: 9 };
    await expect(adapter.replaceSelection(meg)).resolves.toEqual({ ok: true });
    expect(fake.state.body).toBe('<p>Hi Megge,</p><img src="cid:logo">');
    expect(fake.calls).not.toContain("body.set");
  });

  it("a guided edit asks for a selection when there is none, or it is in the subject", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>", subject: "Meg" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);
    await expect(adapter.replaceSelection(meg)).resolves.toEqual({
      ok: false,
      reason: "Select “Meg” in the message first.",
    });
    fake.state.selection = { start: 6, end: 9, sourceProperty: "subject" };
    await expect(adapter.replaceSelection(meg)).resolves.toMatchObject({ ok: false });
    expect(fake.calls).not.toContain("body.setSelected");
  });

  it("Undo puts the field back while nothing was typed since, and refuses after an edit", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);
    const applied = await adapter.applyFix(meg);
    if (!applied.ok || !applied.undo) throw new Error("expected an undo");

    await expect(adapter.undoFix(applied.undo)).resolves.toEqual({ ok: true });
    expect(fake.state.body).toBe("<p>Hi Meg,</p>");

    const again = await adapter.applyFix(meg);
    if (!again.ok || !again.undo) throw new Error("expected an undo");
    fake.state.body = "<p>Hi Megge, and hello</p>"; // the author typed
    await expect(adapter.undoFix(again.undo)).resolves.toEqual({
      ok: false,
      reason: undoTooLate(again.undo),
    });
    expect(fake.state.body).toBe("<p>Hi Megge, and hello</p>");
  });

  it("refuses to edit a message being read", async () => {
    const adapter = new OfficeItemAdapter(createFakeMailbox(createFakeReadItem()), editors);
    await expect(adapter.applyFix(meg)).resolves.toEqual({
      ok: false,
      reason: "This message is read-only.",
    });
  });

  it("shares one RecipientsChanged handler between listeners and removes it after the last", () => {
    const fake = createFakeComposeItem();
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), editors);
    const first = jest.fn();
    const second = jest.fn();

    const stopFirst = adapter.onChange(first);
    const stopSecond = adapter.onChange(second);
    fake.handlers.get(RECIPIENTS_CHANGED)!({ type: RECIPIENTS_CHANGED });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);

    stopFirst();
    expect(fake.handlers.has(RECIPIENTS_CHANGED)).toBe(true);
    stopSecond();
    expect(fake.handlers.has(RECIPIENTS_CHANGED)).toBe(false);
  });

  it("follows the selected item when reading (pinned pane)", () => {
    const mailbox = createFakeMailbox(createFakeReadItem());
    const adapter = new OfficeItemAdapter(mailbox, editors);
    const listener = jest.fn();

    const stop = adapter.onChange(listener);
    mailbox.handlers.get(ITEM_CHANGED)!({});
    stop();

    expect(listener).toHaveBeenCalledTimes(1);
    // Said as such, so the pane drops the previous item at once (audit 47i, 2).
    expect(listener).toHaveBeenCalledWith({ kind: "item" });
    expect(mailbox.handlers.has(ITEM_CHANGED)).toBe(false);
  });

  it("with several messages or none selected (a pinned pane), reads reject with NoItemSelectedError", async () => {
    const mailbox = createFakeMailbox(createFakeReadItem());
    const adapter = new OfficeItemAdapter(mailbox, editors);
    mailbox.item = null;

    await expect(adapter.readDraft()).rejects.toBeInstanceOf(NoItemSelectedError);
    await expect(adapter.readMessage()).rejects.toBeInstanceOf(NoItemSelectedError);
  });

  it("uses core's fixes by default: offsets into the plain text, markup kept", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi <b>Meg</b>,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));

    await expect(adapter.applyFix(meg)).resolves.toMatchObject({ ok: true });
    expect(fake.state.body).toBe("<p>Hi <b>Megge</b>,</p>");
  });
});
