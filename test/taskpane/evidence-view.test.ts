import type { Draft } from "../../src/core/draft";
import type { Fix } from "../../src/core/finding";
import { bodyContext, evidenceView, fixPreview } from "../../src/taskpane/evidence-view";

function draft(body: string, format: "html" | "text" = "text"): Draft {
  return {
    recipients: [],
    subject: "Pepsi pricing",
    body: { format, content: body },
    attachments: ["Pepsi deal.pdf"],
  };
}

describe("evidenceView: where the words are, and the line they are in", () => {
  it("counts paragraphs, not blank lines, and marks the words", () => {
    const text = "Dear Megge,\n\n\nOur Pepsi terms.";
    const view = evidenceView(draft(text), { field: "body", text: "Pepsi", start: 18, end: 23 });
    expect(view.place).toBe("Message, paragraph 2");
    expect(view.excerpt).toEqual({ before: "Our ", marked: "Pepsi", after: " terms." });
  });

  it("says where a link goes when the words are its text, inert", () => {
    const html = '<p>See <a href="https://pepsi.example/deal">the offer</a>.</p>';
    const view = evidenceView(draft(html, "html"), {
      field: "body",
      text: "the offer",
      start: 4,
      end: 13,
    });
    expect(view.place).toBe("Message, paragraph 1, a link to hxxps://pepsi[.]example/deal");
  });

  it("names the subject and an attachment's name", () => {
    const d = draft("x");
    expect(evidenceView(d, { field: "subject", text: "Pepsi", start: 0, end: 5 })).toEqual({
      place: "In the subject",
      excerpt: { before: "", marked: "Pepsi", after: " pricing" },
    });
    expect(
      evidenceView(d, { field: "attachment", index: 0, text: "Pepsi", start: 0, end: 5 }).place,
    ).toBe("In an attachment's name");
  });

  it("keeps a long line short around the words, and untrusted line breaks out", () => {
    const text = `${"word ".repeat(40)}Pepsi${" more".repeat(40)}\u2028next`;
    const start = text.indexOf("Pepsi");
    const view = evidenceView(draft(text), { field: "body", text: "Pepsi", start, end: start + 5 });
    expect(view.excerpt.before.startsWith("…")).toBe(true);
    expect(view.excerpt.after.endsWith("…")).toBe(true);
    expect(view.excerpt.before.length).toBeLessThan(70);
  });

  it("without the draft (send-time findings), only the words", () => {
    expect(evidenceView(undefined, { field: "body", text: "Pepsi", start: 0, end: 5 })).toEqual({
      place: "In the message",
      excerpt: { before: "", marked: "Pepsi", after: "" },
    });
  });
});

describe("fixPreview and bodyContext", () => {
  const fix: Fix = {
    label: "Remove “Review of file”",
    field: "body",
    start: 9,
    end: 25,
    original: "Review of file, ",
    replacement: "",
  };

  it("shows the line now and after, the spaces kept right", () => {
    const text = "covering Review of file, drafting.";
    expect(fixPreview(draft(text), fix)).toEqual({
      now: { before: "covering ", marked: "Review of file, ", after: "drafting." },
      after: { before: "covering ", marked: "", after: "drafting." },
      removesLine: false,
    });
  });

  it("a removed line shows as that line, without its line break", () => {
    const text = "Entries:\n01/09 Review of file\nDrafting";
    const line: Fix = { ...fix, start: 9, end: 30, original: "01/09 Review of file\n" };
    const preview = fixPreview(draft(text), line);
    expect(preview.removesLine).toBe(true);
    expect(preview.now.marked).toBe("01/09 Review of file");
  });

  it("the paragraphs around the words, the words marked", () => {
    const text = "One\n\nTwo\nThree Pepsi\nFour\n\nFive\nSix\nSeven";
    const start = text.indexOf("Pepsi");
    const lines = bodyContext(draft(text), { field: "body", text: "Pepsi", start, end: start + 5 });
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines[2]!.marked).toEqual({ before: "Three ", marked: "Pepsi", after: "" });
  });
});
