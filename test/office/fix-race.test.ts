/**
 * A body fix reads the body, edits it and writes it back whole (audit 48b). What the author types
 * meanwhile must never be overwritten (finding 1, T1), and a body with an inline attachment is
 * never rewritten whole, whatever its HTML shows (finding 3, T2). T1 and T2 failed before this
 * round.
 */
import { applyFixToHtml, applyFixToText } from "../../src/core/fixes";
import type { Fix } from "../../src/core/finding";
import { ATTACHMENTS_UNKNOWN_REASON, INLINE_REASON } from "../../src/office/fix-route";
import {
  CHANGED_WHILE_FIXING,
  CORE_FIX_EDITORS,
  OfficeItemAdapter,
  type FixEditors,
} from "../../src/office/office-item-adapter";
import type { AttachmentLike } from "../../src/office/office-types";
import { createFakeComposeItem, createFakeMailbox } from "../helpers/fake-office";

const meg: Fix = {
  label: "Replace with Megge",
  field: "body",
  start: 3,
  end: 6,
  original: "Meg",
  replacement: "Megge",
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** core/fixes.ts, answering 50 ms late: a download or a busy pane between the read and the write. */
const slow: FixEditors = {
  applyToHtml: async (html, fix) => {
    await wait(50);
    return applyFixToHtml(html, fix);
  },
  applyToText: async (text, fix) => {
    await wait(50);
    return applyFixToText(text, fix);
  },
};

const inline = (name: string): AttachmentLike => ({ name, isInline: true });

describe("a body fix while the author types", () => {
  it("T1: writes nothing when the body changed after it was read, and says so", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p><p>About the lease.</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), slow);
    const pending = adapter.applyFix(meg);
    setTimeout(() => {
      fake.state.body = fake.state.body.replace("About", "Please countersign. About");
    }, 10);
    expect(await pending).toEqual({ ok: false, reason: CHANGED_WHILE_FIXING });
    expect(fake.state.body).toBe("<p>Hi Meg,</p><p>Please countersign. About the lease.</p>");
    expect(fake.calls).not.toContain("body.set");
  });

  it("reads the body again right before writing it", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), slow);
    const result = await adapter.applyFix(meg);
    expect(result.ok).toBe(true);
    expect(fake.state.body).toBe("<p>Hi Megge,</p>");
    const set = fake.calls.indexOf("body.set");
    expect(fake.calls[set - 1]).toBe("body.get");
    // Once for the edit, once more just before the write (before round 48: once).
    expect(fake.calls.slice(0, set).filter((call) => call === "body.get")).toHaveLength(2);
  });

  it("keeps what the author types into the subject during a subject fix (review of harm-48f)", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi,</p>" });
    fake.state.subject = "Meg: the lease";
    const subjectFix: Fix = { ...meg, field: "subject", start: 0, end: 3 };
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), slow);
    const pending = adapter.applyFix(subjectFix);
    setTimeout(() => {
      fake.state.subject = "Meg: the lease, signed";
    }, 10);
    expect(await pending).toEqual({ ok: false, reason: CHANGED_WHILE_FIXING });
    expect(fake.state.subject).toBe("Meg: the lease, signed");
    expect(fake.calls).not.toContain("subject.set");
  });

  it("loads the edit code before it reads the body", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const order: string[] = [];
    const editors: FixEditors = {
      ...slow,
      ready: async () => {
        await wait(30);
        order.push(`ready after ${fake.calls.filter((c) => c === "body.get").length} reads`);
      },
    };
    await new OfficeItemAdapter(createFakeMailbox(fake.item), editors).applyFix(meg);
    expect(order).toEqual(["ready after 0 reads"]);
  });

  it("keeps a plain-text body's typing too", async () => {
    const fake = createFakeComposeItem({ body: "Hi Meg,\n\nAbout the lease.", bodyType: "text" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), slow);
    const pending = adapter.applyFix(meg);
    setTimeout(() => {
      fake.state.body += "\nPlease countersign.";
    }, 10);
    expect(await pending).toEqual({ ok: false, reason: CHANGED_WHILE_FIXING });
    expect(fake.state.body).toContain("countersign");
  });
});

describe("a body fix with inline attachments", () => {
  it("T2: never rewrites a body with an inline attachment, even one its HTML does not show", async () => {
    const fake = createFakeComposeItem({
      body: "<p>Hi Meg,</p><p>See the diagram.</p>",
      attachments: [inline("image001.png")],
    });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), CORE_FIX_EDITORS);
    expect(await adapter.applyFix(meg)).toEqual({
      ok: false,
      reason: INLINE_REASON,
      guided: true,
    });
    expect(fake.calls).not.toContain("body.set");
  });

  it("writes a body whose attachments are all chosen files", async () => {
    const fake = createFakeComposeItem({
      body: "<p>Hi Meg,</p>",
      attachments: [{ name: "lease.pdf", isInline: false }],
    });
    const result = await new OfficeItemAdapter(
      createFakeMailbox(fake.item),
      CORE_FIX_EDITORS,
    ).applyFix(meg);
    expect(result.ok).toBe(true);
    expect(fake.state.body).toBe("<p>Hi Megge,</p>");
  });

  it("is guided, and says why, when the attachments cannot be read", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    fake.behave("attachments", "fail");
    expect(
      await new OfficeItemAdapter(createFakeMailbox(fake.item), CORE_FIX_EDITORS).applyFix(meg),
    ).toEqual({ ok: false, reason: ATTACHMENTS_UNKNOWN_REASON, guided: true });
    expect(fake.calls).not.toContain("body.set");
  });

  it("does not undo a body fix once an inline attachment is there", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), CORE_FIX_EDITORS);
    const fixed = await adapter.applyFix(meg);
    if (!fixed.ok || !fixed.undo) throw new Error("the fix should have been made with Undo");
    fake.state.attachments = [inline("image001.png")];
    const undone = await adapter.undoFix(fixed.undo);
    expect(undone).toMatchObject({ ok: false, guided: true });
    expect(fake.state.body).toBe("<p>Hi Megge,</p>");
  });

  it("leaves the subject to be fixed whatever the attachments", async () => {
    const fake = createFakeComposeItem({
      subject: "Re: Meg",
      attachments: [inline("image001.png")],
    });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item), CORE_FIX_EDITORS);
    const result = await adapter.applyFix({ ...meg, field: "subject", start: 4, end: 7 });
    expect(result.ok).toBe(true);
    expect(fake.state.subject).toBe("Re: Megge");
  });
});
