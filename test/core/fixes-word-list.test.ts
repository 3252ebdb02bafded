/**
 * Classic Outlook writes a bulleted list as Word HTML: `<p class=MsoListParagraph
 * style='…mso-list:l0 level1 lfo1'>` with the bullet in `<![if !supportLists]>…<![endif]>`.
 * Removing an entry must take the list paragraph along, or Outlook shows an empty bullet (audit
 * 50f, finding 6; before this round the text alone went and the paragraph stayed).
 */
import { applyFixToHtml } from "../../src/core/fixes";
import type { Fix } from "../../src/core/finding";
import { htmlToText } from "../../src/core/text";

const item = (text: string) =>
  `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;

const body = [
  `<p class=MsoNormal>Our work this month:<o:p></o:p></p>`,
  item("Review of file"),
  item("Drafting the supply agreement"),
  `<p class=MsoNormal>Kind regards,<o:p></o:p></p>`,
].join("\n");

/** A removal of the line that holds `words`, with its bullet and line end, as the checks offer it. */
function removeLine(html: string, words: string): Fix {
  const text = htmlToText(html).text;
  const at = text.indexOf(words);
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at) + 1;
  return {
    label: "Remove this entry",
    field: "body",
    start,
    end,
    original: text.slice(start, end),
    replacement: "",
  };
}

describe("removing an entry from a Word (classic Outlook) bulleted list", () => {
  it("removes the list paragraph whole: no empty bullet is left", () => {
    const fix = removeLine(body, "Review of file");
    expect(fix.original).toMatch(/^·\s+Review of file\n$/);
    const result = applyFixToHtml(body, fix);
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toBe(
      [
        `<p class=MsoNormal>Our work this month:<o:p></o:p></p>`,
        "",
        item("Drafting the supply agreement"),
        `<p class=MsoNormal>Kind regards,<o:p></o:p></p>`,
      ].join("\n"),
    );
    expect(result.content).not.toContain("Review of file");
    expect(result.content.match(/mso-list:l0/g)).toHaveLength(1);
  });

  it("keeps the paragraph when it holds more than the entry (a picture)", () => {
    const withPicture = body.replace("Review of file<o:p>", 'Review of file<img src="cid:x"><o:p>');
    const result = applyFixToHtml(withPicture, removeLine(withPicture, "Review of file"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toContain('<img src="cid:x">');
  });

  it("leaves a paragraph that is not a list item to the usual rules", () => {
    const plain = `<p class=MsoNormal><![if !supportLists]>x<![endif]>Review of file<o:p></o:p></p><p class=MsoNormal>Kind regards,</p>`;
    const result = applyFixToHtml(plain, removeLine(plain, "Review of file"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toContain("<p class=MsoNormal>");
    expect(result.content).toContain("Kind regards,");
  });
});
