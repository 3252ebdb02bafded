/**
 * Audit 50f, findings 1 and 2, through the real engine and fixes with the sample profiles.
 *
 * 1. Classic Outlook (Word HTML) puts each table cell's text in <p class=MsoNormal>: a time-entry
 *    row was read one cell per line, so "asked for summary billing" never fired, and "Remove
 *    this entry" removed only the description cell, sending the date and hours on.
 * 2. "Hi&nbsp;Meg," (a no-break space, as browser editors and Word write it) was no greeting to
 *    the name check.
 */
import { applyFixToHtml } from "../../src/core/fixes";
import { evaluate } from "../../src/core/engine";
import type { Fix } from "../../src/core/finding";
import { htmlToText } from "../../src/core/text/html-to-text";
import { buildDraft, MEGGE, profilesFor } from "./checks/rule-tester";

/** A cell as classic Outlook's Word HTML writes it (body.getAsync HTML, Windows and Mac). */
const wordCell = (text: string, width = 100) =>
  `<td width=${width} valign=top style='width:${width * 0.75}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><span lang=EN-GB>${text}<o:p></o:p></span></p></td>`;

const wordRow = (cells: string[], attrs = "style='mso-yfti-irow:0'") =>
  `<tr ${attrs}>${cells.map((c, i) => wordCell(c, i === 2 ? 200 : 100)).join("")}</tr>`;

const WORD_TABLE =
  `<div class=WordSection1><p class=MsoNormal>Hi Megge,<o:p></o:p></p>` +
  `<p class=MsoNormal>This month's time entries:<o:p></o:p></p>` +
  `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>` +
  wordRow(["01/09", "0.3h", "Review of file"], "style='mso-yfti-irow:0;mso-yfti-firstrow:yes'") +
  wordRow(["03/09", "1.2h", "Drafting agreement"], "style='mso-yfti-irow:1;mso-yfti-lastrow:yes'") +
  `</table><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Regards<o:p></o:p></p></div>`;

function findingsOf(html: string) {
  const draft = buildDraft({ to: MEGGE, subject: "Time", html });
  return evaluate(draft, profilesFor({ to: MEGGE }, draft));
}

describe("a table row reads as one line however its cells wrap their text (audit 50f, 1)", () => {
  const rows = (cell: (s: string) => string) =>
    `<table><tr><td>${cell("01/09")}</td><td>${cell("0.3h")}</td><td>${cell("Review of file")}</td></tr>` +
    `<tr><td>${cell("03/09")}</td><td>${cell("1.2h")}</td><td>${cell("Drafting agreement")}</td></tr></table>`;
  const ROWS = "01/09 0.3h Review of file\n03/09 1.2h Drafting agreement";

  test.each<[string, (s: string) => string]>([
    ["bare cells", (s) => s],
    ["Word's <p class=MsoNormal> with <o:p>", (s) => `<p class=MsoNormal>${s}<o:p></o:p></p>`],
    ["<div>", (s) => `<div>${s}</div>`],
    ["<div><p> nested", (s) => `<div><p>${s}</p></div>`],
    ["<span>", (s) => `<span>${s}</span>`],
  ])("%s", (_what, cell) => {
    const html = rows(cell);
    const plain = htmlToText(html);
    expect(plain.text).toBe(ROWS);
    // Every character still maps to its own place in the source.
    const at = plain.text.indexOf("Review");
    expect(html.slice(plain.sourceOffsets[at]!, plain.sourceOffsets[at]! + 6)).toBe("Review");
  });

  test("a cell of two paragraphs is lines of its own: its row is not joined (review of harm-50b, B1)", () => {
    expect(
      htmlToText("<table><tr><td><p>a</p><p>b</p></td><td><p>c</p></td></tr></table>").text,
    ).toBe("a\nb\nc");
    expect(
      htmlToText("<table><tr><td><p>x</p></td><td><p>a</p><p>b</p></td></tr></table>").text,
    ).toBe("x\na\nb");
  });

  test("a two-column Word letter: 'Dear Meg,' beside an address block is still caught", () => {
    const html =
      `<table class=MsoTableGrid><tr>` +
      `<td valign=top><p class=MsoNormal>Quenneville House<o:p></o:p></p><p class=MsoNormal>12 Harbour Street<o:p></o:p></p><p class=MsoNormal>London<o:p></o:p></p></td>` +
      `<td valign=top><p class=MsoNormal>Dear Meg,<o:p></o:p></p><p class=MsoNormal>Please find the lease attached.<o:p></o:p></p></td>` +
      `</tr></table>`;
    expect(findingsOf(html).map((f) => f.check)).toContain("name-spelling");
  });

  test("'Remove this entry' beside a two-paragraph description keeps the row's date and hours", () => {
    const html =
      `<p class=MsoNormal>Hi Megge,<o:p></o:p></p><table class=MsoTableGrid><tr>` +
      wordCell("01/09") +
      wordCell("0.3h") +
      `<td valign=top><p class=MsoNormal>Review of file<o:p></o:p></p><p class=MsoNormal>Call with client<o:p></o:p></p></td>` +
      `</tr></table><p class=MsoNormal>Regards<o:p></o:p></p>`;
    const text = htmlToText(html).text;
    const original = "Review of file\n";
    const start = text.indexOf(original);
    expect(start).toBeGreaterThan(0);
    const result = applyFixToHtml(html, {
      label: "Remove this entry",
      field: "body",
      start,
      end: start + original.length,
      original,
      replacement: "",
    });
    if (!result.ok) throw new Error(result.reason);
    expect(htmlToText(result.content).text).toBe(
      "Hi Megge,\n01/09 0.3h\nCall with client\nRegards",
    );
  });

  test("a table nested in a cell keeps its rows as lines", () => {
    const html =
      "<table><tr><td><table><tr><td><p>x</p></td></tr><tr><td><p>y</p></td></tr></table></td><td><p>z</p></td></tr></table>";
    expect(htmlToText(html).text).toBe("x\ny\nz");
  });

  test("classic Outlook's table of time entries: the summary-billing warning fires", () => {
    const checks = findingsOf(WORD_TABLE).map((f) => f.check);
    expect(checks).toContain("billing-detail");
    expect(checks).toContain("billing-phrase");
  });

  test("'Remove this entry' on a Word table row removes the whole <tr>, no empty row, no hours left", () => {
    const fixes = findingsOf(WORD_TABLE)
      .map((f) => f.fix)
      .filter((fix): fix is Fix => fix?.label === "Remove this entry");
    expect(fixes.map((fix) => fix.original)).toEqual(["01/09 0.3h Review of file\n"]);
    const result = applyFixToHtml(WORD_TABLE, fixes[0]!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).not.toContain("01/09");
    expect(result.content).not.toContain("0.3h");
    expect(result.content.match(/<tr\b/g)).toHaveLength(1);
    expect(result.content).toContain(
      wordRow(
        ["03/09", "1.2h", "Drafting agreement"],
        "style='mso-yfti-irow:1;mso-yfti-lastrow:yes'",
      ),
    );
    expect(htmlToText(result.content).text).toBe(
      "Hi Megge,\nThis month's time entries:\n03/09 1.2h Drafting agreement\n\u00a0\nRegards",
    );
  });

  test("a row holding more than the entry is not removed whole", () => {
    const html =
      "<table><tr><td><p>01/09</p><p>note</p></td><td><p>0.3h<o:p></o:p></p></td><td><p>Review of file<o:p></o:p></p></td></tr></table><p>x</p>";
    const text = htmlToText(html).text;
    const original = "0.3h Review of file\n";
    const start = text.indexOf(original);
    const result = applyFixToHtml(html, {
      label: "Remove this entry",
      field: "body",
      start,
      end: start + original.length,
      original,
      replacement: "",
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toContain("01/09");
    expect(result.content).toContain("note");
    expect(htmlToText(result.content).text).toBe("01/09\nnote\nx");
  });
});

describe("a no-break space is a space to the name check (audit 50f, 2)", () => {
  test.each([
    "<p>Hi&nbsp;Meg,</p><p>The lease is attached.</p>",
    "<p>Dear&nbsp;Meg,</p><p>The lease is attached.</p>",
    "<p>Good&nbsp;morning&nbsp;Meg,</p><p>The lease is attached.</p>",
    "<p>The lease is attached.</p><p>Thanks,&nbsp;Meg!</p>",
    "<p>Hi\u202fMeg,</p><p>The lease is attached.</p>",
  ])("%j: found, and its fix replaces the author's own text", (html) => {
    const name = findingsOf(html).filter((f) => f.check === "name-spelling");
    expect(name).toHaveLength(1);
    const [finding] = name;
    // The evidence and the fix's original are the author's text as written.
    expect(finding!.evidence?.text).toBe("Meg");
    expect(finding!.fix?.original).toBe("Meg");
    const result = applyFixToHtml(html, finding!.fix!);
    if (!result.ok) throw new Error(result.reason);
    expect(result.content).toBe(html.replace("Meg", "Megge"));
  });

  test("a no-break space inside what the evidence covers is kept as written", () => {
    const html = "<p>Dear&nbsp;Ms&nbsp;Andersen,</p><p>The lease is attached.</p>";
    const draft = buildDraft({ to: MEGGE, subject: "Lease", html });
    const findings = evaluate(draft, profilesFor({ to: MEGGE }, draft)).filter(
      (f) => f.check === "name-spelling",
    );
    expect(findings).toHaveLength(1);
    const evidence = findings[0]!.evidence!;
    const text = htmlToText(html).text;
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });
});
