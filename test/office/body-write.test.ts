/**
 * What a body fix does to the author's message (audit 50f), through the real read (readComposeDraft,
 * what the checks read), the real engine and the real adapter with core/fixes.ts:
 * - 5: a plain-text message's fix reads and writes its Text, which classic Outlook gives with CRLF
 *   (office-js #2540, #5310) and Outlook on the web has given without line breaks (#2151).
 * - 3: after a whole-body write, never "Use Undo in Outlook" (#1781: it empties the body on Mac).
 * - 7: a write Outlook did not keep whole (#6944) is put back at once, and said.
 * - 8: a body too large for setAsync (#6263) is named with its size.
 * Each test below failed before this round.
 */
import { evaluate } from "../../src/core/engine";
import type { Fix } from "../../src/core/finding";
import { DRAFT_CHANGED } from "../../src/core/fixes";
import { TEXT_READ_DIFFERS } from "../../src/office/body-text";
import type { OfficeCallback } from "../../src/office/office-call";
import { OfficeItemAdapter, undoTooLate } from "../../src/office/office-item-adapter";
import type { ComposeItemLike } from "../../src/office/office-types";
import { readComposeDraft } from "../../src/office/read-item";
import { MEGGE, profilesFor } from "../core/checks/rule-tester";
import {
  createFakeComposeItem,
  createFakeMailbox,
  type FakeComposeItem,
} from "../helpers/fake-office";

const LETTER = [
  "Dear Megge,",
  "",
  "Here are the time entries for September:",
  "01/09  0.3h  Review of file",
  "03/09  1.2h  Drafting distribution agreement",
  "",
  "Kind regards,",
  "Alex",
];

/** The fixes the pane would offer for this item: read as the pane reads it, checked by the engine. */
async function fixesFor(fake: FakeComposeItem): Promise<Fix[]> {
  const mailbox = createFakeMailbox(fake.item);
  const draft = await readComposeDraft(fake.item, mailbox);
  return evaluate(draft, profilesFor({}, draft), undefined)
    .map((finding) => finding.fix)
    .filter((fix): fix is Fix => fix !== undefined);
}

const to = [{ emailAddress: MEGGE, displayName: "Megge Anderson" }];

describe("a plain-text message (audit 50f, 5)", () => {
  it("classic Outlook (CRLF, column-aligned entries): Remove this entry removes the line", async () => {
    const fake = createFakeComposeItem({
      to,
      bodyType: "text",
      body: LETTER.join("\r\n"),
    });
    const fixes = await fixesFor(fake);
    const remove = fixes.find((fix) => fix.label === "Remove this entry");
    if (!remove) throw new Error(`no removal offered: ${JSON.stringify(fixes)}`);
    expect(remove.original).toBe("01/09 0.3h Review of file\n");

    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).applyFix(remove);
    expect(result).toMatchObject({ ok: true });
    expect(fake.state.body).toBe(
      [...LETTER.slice(0, 3), ...LETTER.slice(4)].join("\r\n"), // CRLF and columns kept
    );
  });

  it("a Text read without the line breaks (#2151) is never written back: the fix is refused, and why", async () => {
    const lines = ["Hi Meg,", "", "The lease is attached.", "Please countersign by Friday."];
    const fake = createFakeComposeItem({
      to,
      bodyType: "text",
      body: lines.join("\n"),
      textRead: (body) => body.replace(/\n/g, ""),
    });
    const fix = (await fixesFor(fake)).find((f) => f.replacement === "Megge");
    if (!fix) throw new Error("no name fix offered");

    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).applyFix(fix);
    expect(result).toEqual({
      ok: false,
      guided: true,
      reason: `${TEXT_READ_DIFFERS} Make this change by hand: change “Meg” to “Megge”.`,
    });
    expect(fake.calls).not.toContain("body.set");
    expect(fake.state.body).toBe(lines.join("\n"));
  });

  it("words no longer in the message: not 'the draft changed' when the Text read merely differs in spacing", async () => {
    const fake = createFakeComposeItem({ to, bodyType: "text", body: LETTER.join("\r\n") });
    const gone: Fix = {
      label: "Remove this entry",
      field: "body",
      start: 0,
      end: 10,
      original: "02/09 0.5h Call with counsel\n",
      replacement: "",
    };
    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).applyFix(gone);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).not.toBe(DRAFT_CHANGED);
    expect(result.ok ? "" : result.reason).toMatch(
      /could not find “02\/09 0\.5h Call with counsel”/,
    );
    expect(fake.calls).not.toContain("body.set");
  });
});

const meg: Fix = {
  label: "Replace with Megge",
  field: "body",
  start: 3,
  end: 6,
  original: "Meg",
  replacement: "Megge",
};

describe("Undo after a whole-body write (audit 50f, 3)", () => {
  it("refused after typing: says what to change back by hand, never Outlook's Undo", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p><p>The lease is attached.</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    const fixed = await adapter.applyFix(meg);
    if (!fixed.ok || !fixed.undo) throw new Error("expected the fix with its Undo");
    fake.state.body = fake.state.body.replace("attached.", "attached. Please sign.");

    const undone = await adapter.undoFix(fixed.undo);
    expect(undone).toEqual({ ok: false, reason: undoTooLate(fixed.undo) });
    const reason = undone.ok ? "" : undone.reason;
    expect(reason).toContain("change “Megge” back to “Meg” by hand");
    expect(reason).not.toMatch(/Use Undo in Outlook/);
  });

  it("refused for a picture: the same advice", async () => {
    const fake = createFakeComposeItem({ body: "<p>Hi Meg,</p>" });
    const adapter = new OfficeItemAdapter(createFakeMailbox(fake.item));
    const fixed = await adapter.applyFix(meg);
    if (!fixed.ok || !fixed.undo) throw new Error("expected the fix with its Undo");
    fake.state.attachments = [{ name: "image001.png", isInline: true }];
    const undone = await adapter.undoFix(fixed.undo);
    expect(undone).toMatchObject({ ok: false, guided: true });
    expect(undone.ok ? "" : undone.reason).toContain("change “Megge” back to “Meg” by hand");
    expect(undone.ok ? "" : undone.reason).not.toMatch(/Use Undo in Outlook/);
  });
});

/** The fake item, with a body write that keeps only part of what it is given (#6944). */
function truncatingWrites(fake: FakeComposeItem, keep: (data: string) => string): ComposeItemLike {
  const body = fake.item.body;
  let writes = 0;
  return {
    ...fake.item,
    body: {
      ...body,
      setAsync: (data: string, options: unknown, callback: OfficeCallback<void>) =>
        body.setAsync(writes++ === 0 ? keep(data) : data, options as never, callback),
    },
  };
}

describe("a write Outlook does not keep whole (audit 50f, 7)", () => {
  const BODY = "<p>Hi Meg,</p><p>The lease is attached.</p><p>Please countersign by Friday.</p>";

  it("writes the body as it was back at once, and says so", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    const item = truncatingWrites(fake, (data) => data.slice(0, data.indexOf("<p>Please")));
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(
      /^Outlook did not keep the whole message .* so Rapport put the message back as it was\. Make this change by hand: change “Meg” to “Megge”\.$/,
    );
    expect(fake.state.body).toBe(BODY);
    expect(fake.calls.filter((call) => call === "body.set")).toHaveLength(2);
  });

  it("a read-back that still shows the old body (#5983: the write not shown yet) is never put back", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    const body = fake.item.body;
    const item: ComposeItemLike = {
      ...fake.item,
      body: {
        ...body,
        setAsync: (data: string, options: unknown, callback: OfficeCallback<void>) => {
          callback({ status: "succeeded", value: undefined });
          setTimeout(() => body.setAsync(data, options as never, () => undefined), 300);
        },
      },
    };
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result).toMatchObject({ ok: true });
    expect(fake.state.body).toBe(BODY.replace("Meg", "Megge"));
  });

  it("a read-back with words of its own (typing since the write) is never put back (review of harm-50f, B1)", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    // The author types a paragraph between the write and the read-back.
    const item = truncatingWrites(fake, (data) => `${data}<p>Please sign by Friday.</p>`);
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result).toEqual({ ok: true }); // done, without an Undo over a body not as written
    expect(fake.state.body).toContain("Please sign by Friday.");
    expect(fake.calls.filter((call) => call === "body.set")).toHaveLength(1);
  });

  it("reply history Outlook duplicated (#4392) is no loss: one write, no write-back", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    const history = "<hr><p>From: Megge Anderson</p><p>Thanks for the draft lease.</p>";
    const item = truncatingWrites(fake, (data) => `${data}${history}${history}`);
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result.ok).toBe(true);
    expect(fake.calls.filter((call) => call === "body.set")).toHaveLength(1);
  });

  it("a body cut short AND with other words is left alone: only a pure loss is repaired", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    const item = truncatingWrites(
      fake,
      (data) => `${data.slice(0, data.indexOf("<p>Please"))}<p>New words.</p>`,
    );
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result.ok).toBe(true);
    expect(fake.state.body).toContain("New words.");
    expect(fake.calls.filter((call) => call === "body.set")).toHaveLength(1);
  });

  it("a read-back that only differs in markup and white space is a kept write", async () => {
    const fake = createFakeComposeItem({ body: BODY });
    const item = truncatingWrites(fake, (data) => `<div>${data.replace(/<\/p>/g, "</p>\n")}</div>`);
    const result = await new OfficeItemAdapter(createFakeMailbox(item)).applyFix(meg);
    expect(result).toMatchObject({ ok: true });
    expect(fake.calls.filter((call) => call === "body.set")).toHaveLength(1);
  });
});

describe("a body too large to write (audit 50f, 8)", () => {
  it("names the size and writes nothing", async () => {
    const filler = `<p>${"x".repeat(1_000_000)}</p>`;
    const fake = createFakeComposeItem({ body: `<p>Hi Meg,</p>${filler}` });
    const result = await new OfficeItemAdapter(createFakeMailbox(fake.item)).applyFix(meg);
    expect(result).toMatchObject({ ok: false, guided: true });
    expect(result.ok ? "" : result.reason).toMatch(
      /too large .* \(1,000,0\d\d characters; Outlook takes at most 1,000,000\)/,
    );
    expect(fake.calls).not.toContain("body.set");
  });
});
