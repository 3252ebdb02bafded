import {
  applyFixToDraft,
  applyFixToHtml,
  applyFixToText,
  DRAFT_CHANGED,
  escapeHtml,
} from "../../src/core/fixes";
import type { Fix } from "../../src/core/finding";
import { evaluate } from "../../src/core/engine";
import { htmlToText } from "../../src/core/text";
import { buildDraft, MEGGE, profilesFor } from "./checks/rule-tester";

function fixFor(text: string, original: string, replacement: string, occurrence = 0): Fix {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(original, start + 1);
  return {
    label: "fix",
    field: "body",
    start,
    end: start + original.length,
    original,
    replacement,
  };
}

describe("applyFixToText", () => {
  it("replaces the range when it still reads the original", () => {
    expect(applyFixToText("Dear Meg,", fixFor("Dear Meg,", "Meg", "Megge"))).toEqual({
      ok: true,
      content: "Dear Megge,",
    });
  });

  it("finds the nearest occurrence when the text moved", () => {
    const fix = fixFor("Meg and Meg.", "Meg", "Megge", 1);
    expect(applyFixToText("X Meg and Meg.", fix)).toEqual({
      ok: true,
      content: "X Meg and Megge.",
    });
  });

  it("refuses when the original is gone", () => {
    expect(applyFixToText("Dear Megge,", { ...fixFor("Dear Meg,", "Meg,", "Megge,") })).toEqual({
      ok: false,
      reason: DRAFT_CHANGED,
    });
  });
});

describe("applyFixToHtml", () => {
  it("maps the plain-text range back into the source and escapes the replacement", () => {
    const html = "<p>Dear Meg &amp; team,</p>";
    const text = htmlToText(html).text;
    const result = applyFixToHtml(html, fixFor(text, "Meg", "<Megge>"));
    expect(result).toEqual({ ok: true, content: "<p>Dear &#60;Megge&#62; &amp; team,</p>" });
  });

  it("keeps tags when the range spans markup", () => {
    const html = "<p>Dear <b>Me</b>g,</p>";
    const text = htmlToText(html).text;
    expect(applyFixToHtml(html, fixFor(text, "Meg", "Megge"))).toEqual({
      ok: true,
      content: "<p>Dear <b>Megge</b>,</p>",
    });
  });

  it("replaces entities inside the range whole", () => {
    const html = "<p>A &amp; B call</p>";
    const text = htmlToText(html).text;
    expect(applyFixToHtml(html, fixFor(text, "A & B", "C"))).toEqual({
      ok: true,
      content: "<p>C call</p>",
    });
  });

  it("removes a whole line with the paragraph that held only it", () => {
    const html = "<p>Entries:</p><p>Review of file 0.5</p><p>Draft 1.2</p>";
    const text = htmlToText(html).text;
    const result = applyFixToHtml(html, fixFor(text, "Review of file 0.5\n", ""));
    expect(result).toEqual({ ok: true, content: "<p>Entries:</p><p>Draft 1.2</p>" });
  });

  it("refuses when the draft changed", () => {
    expect(applyFixToHtml("<p>Dear Megge,</p>", fixFor("Dear Meg,", "Meg,", "Megge,"))).toEqual({
      ok: false,
      reason: DRAFT_CHANGED,
    });
  });
});

describe("applyFixToDraft", () => {
  it("applies the fixes the checks offer, and the check then stays silent", () => {
    const c = {
      to: MEGGE,
      subject: "Hi Meg",
      html: "<p>Dear <i>Meg</i>,</p><p>Review of file 0.5</p>",
    };
    let draft = buildDraft(c);
    const findings = evaluate(draft, profilesFor(c, draft)).filter((f) => f.fix);
    expect(findings.map((f) => f.check)).toEqual([
      "name-spelling",
      "name-spelling",
      "billing-phrase",
    ]);
    for (const finding of findings) {
      const result = applyFixToDraft(draft, finding.fix!);
      if (!result.ok) throw new Error(result.reason);
      draft = result.draft;
    }
    expect(draft.subject).toBe("Hi Megge");
    expect(draft.body.content).toBe("<p>Dear <i>Megge</i>,</p>");
    expect(evaluate(draft, profilesFor(c, draft))).toEqual([]);
  });

  it("escapes every character that could become markup", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;",
    );
  });
});
