import { ITEM_CHANGED } from "../../src/office/office-item-adapter";
import { whenItemSelected } from "../../src/taskpane/item-selection";
import { createFakeMailbox, createFakeReadItem, flushMicrotasks } from "../helpers/fake-office";

describe("a pinned pane opened with no message selected", () => {
  it("starts when Outlook's ItemChanged brings a message, once, and stops listening", async () => {
    const mailbox = createFakeMailbox(null);
    const started: number[] = [];

    whenItemSelected(mailbox, () => started.push(1));
    await flushMicrotasks();
    expect(started).toEqual([]);
    const handler = mailbox.handlers.get(ITEM_CHANGED);
    expect(handler).toBeDefined();

    handler!({}); // selection cleared again: still nothing to show
    expect(started).toEqual([]);

    mailbox.item = createFakeReadItem({ subject: "Re: invoice" });
    handler!({});
    handler!({}); // a second event before the handler is gone changes nothing
    await flushMicrotasks();

    expect(started).toEqual([1]);
    // Removed, so the pane's own adapter can register its ItemChanged handler.
    expect(mailbox.handlers.has(ITEM_CHANGED)).toBe(false);
  });

  it("starts at once when a message is already selected", () => {
    const mailbox = createFakeMailbox(createFakeReadItem());
    const started: number[] = [];
    whenItemSelected(mailbox, () => started.push(1));
    expect(started).toEqual([1]);
    expect(mailbox.handlers.size).toBe(0);
  });
});
