/**
 * Every fix a check offers, applied to the draft it came from: prose, lists, tables and HTML
 * (styles, cid: and data: images, quoted history). Each case states the exact result, and every
 * case is held to the same invariants: the text changes by exactly the fix and nothing else, and
 * every character of the source outside the edited span is unchanged.
 */
import { evaluate } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { applyFixToDraft } from "../../src/core/fixes";
import { htmlToText } from "../../src/core/text";
import { buildDraft, MEGGE, MICROSOFT, profilesFor, type DraftCase } from "./checks/rule-tester";

interface FixCase extends DraftCase {
  name: string;
  /** Which finding: its check and the text of its evidence. */
  check: string;
  evidence: string;
  /** The body (or subject) after the fix; undefined when the finding must offer no fix. */
  after: string | undefined;
  label?: string;
}

const PROSE =
  "Dear Megge,\n\nOur fees for September come to $4,200, covering Review of file, drafting the supply agreement and correspondence. Please approve them by Friday so we can file the injunction on Monday.\n\nKind regards,\nAlex";

const IMAGE_CID =
  '<img src="cid:image001.png@01DB1234.56789AB0" width="120" height="40" alt="Logo">';
const IMAGE_DATA =
  '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="Signature">';
const QUOTED =
  '<div id="divRplyFwdMsg"><b>From:</b> Megge Anderson<br><b>Sent:</b> Monday</div><div>Please send the Review of file entries for 0.5h again.</div>' +
  IMAGE_CID.replace("image001", "image002");
const STYLE = "<style>p.MsoNormal{margin:0;font-family:Calibri}</style>";

const CASES: FixCase[] = [
  // --- plain-text prose ---------------------------------------------------------------------
  {
    name: "prose: a refused phrase listed in a sentence goes with its comma, every other word stays",
    body: PROSE,
    check: "billing-phrase",
    evidence: "Review of file",
    label: "Remove “Review of file”",
    after: PROSE.replace("covering Review of file, drafting", "covering drafting"),
  },
  {
    name: "prose: the last item of a list goes with its 'and'",
    body: "Our fee of $900 covers drafting and Review of file. Thank you.",
    check: "billing-phrase",
    evidence: "Review of file",
    after: "Our fee of $900 covers drafting. Thank you.",
  },
  {
    name: "prose: a phrase that is part of the sentence gets no fix, only the guidance",
    body: "Our fee of $900 is for the Review of file we did in May.",
    check: "billing-phrase",
    evidence: "Review of file",
    after: undefined,
  },
  {
    name: "prose: a quoted phrase in a sentence about the invoice: no fix",
    body: "Our invoice of $900 lists “Review of file”, as you saw.",
    check: "billing-phrase",
    evidence: "Review of file",
    after: undefined,
  },
  // --- plain-text lists -----------------------------------------------------------------------
  {
    name: "time list: an entry that is only the refused phrase goes, line and all",
    body: "Entries:\n01/09  0.3h  Review of file\n03/09  1.2h  Drafting\n",
    check: "billing-phrase",
    evidence: "Review of file",
    label: "Remove this entry",
    after: "Entries:\n03/09  1.2h  Drafting\n",
  },
  {
    name: "time list: an entry that also holds other work keeps that work",
    body: "Entries:\n05/09  0.5h  Review of file and correspondence\n06/09  1.0h  Drafting\n",
    check: "billing-phrase",
    evidence: "Review of file",
    after: "Entries:\n05/09  0.5h  correspondence\n06/09  1.0h  Drafting\n",
  },
  {
    name: "bulleted list: the bullet's entry goes; the last line takes the break before it",
    body: "Entries:\n- Drafting: 1.2h\n- Review of file: 0.5h",
    check: "billing-phrase",
    evidence: "Review of file",
    after: "Entries:\n- Drafting: 1.2h",
  },
  {
    name: "name in prose: the name alone is replaced",
    body: "Dear Meg,\n\nThank you, Meg.",
    check: "name-spelling",
    evidence: "Meg",
    after: "Dear Megge,\n\nThank you, Meg.",
  },
  {
    name: "Zoom link in text: the words naming it go with the address; no false 'Teams link'",
    to: MICROSOFT,
    body: "Shall we talk on Thursday? Here is my Zoom link: https://zoom.us/j/123456\n\nBest, Alex",
    check: "meeting-platform",
    evidence: "Zoom link: https://zoom.us/j/123456",
    after: "Shall we talk on Thursday? Here is my [Microsoft Teams meeting link]\n\nBest, Alex",
  },
  // --- HTML -----------------------------------------------------------------------------------
  {
    name: "HTML list: the entry's <li> goes whole, no empty bullet",
    html: "<p>Entries:</p><ul><li>Review of file 0.5h</li><li>Drafting 1.2h</li></ul>",
    check: "billing-phrase",
    evidence: "Review of file",
    after: "<p>Entries:</p><ul><li>Drafting 1.2h</li></ul>",
  },
  {
    name: "HTML table: the entry's row goes whole, no empty row",
    html:
      '<table style="border-collapse:collapse"><tr><td>01/09</td><td>0.3h</td><td><span style="color:#333">Review of file</span></td></tr>' +
      "<tr><td>03/09</td><td>1.2h</td><td>Drafting</td></tr></table>",
    check: "billing-phrase",
    evidence: "Review of file",
    after:
      '<table style="border-collapse:collapse"><tr><td>03/09</td><td>1.2h</td><td>Drafting</td></tr></table>',
  },
  {
    name: "HTML table: an entry cell that also holds other work keeps it and the row",
    html: "<table><tr><td>01/09</td><td>Review of file, calls with counsel</td><td>$450</td></tr></table>",
    check: "billing-phrase",
    evidence: "Review of file",
    after: "<table><tr><td>01/09</td><td>calls with counsel</td><td>$450</td></tr></table>",
  },
  {
    name: "HTML prose with styles, cid: and data: images and quoted history: only the words go",
    html:
      STYLE +
      '<div class="WordSection1"><p class="MsoNormal">Dear Megge,</p>' +
      `<p class="MsoNormal" style="font-size:11pt">Our fees come to $4,200, covering <b>Review of file</b>, drafting and filing.</p>` +
      `<p class="MsoNormal">${IMAGE_CID}</p><p>${IMAGE_DATA}</p></div>` +
      QUOTED,
    check: "billing-phrase",
    evidence: "Review of file",
    after:
      STYLE +
      '<div class="WordSection1"><p class="MsoNormal">Dear Megge,</p>' +
      `<p class="MsoNormal" style="font-size:11pt">Our fees come to $4,200, covering <b></b>drafting and filing.</p>` +
      `<p class="MsoNormal">${IMAGE_CID}</p><p>${IMAGE_DATA}</p></div>` +
      QUOTED,
  },
  {
    name: "HTML list beside an image: the image stays when its line's entry goes",
    html: `<ul><li>Review of file 0.5h</li><li>Drafting 1.2h ${IMAGE_CID}</li></ul>`,
    check: "billing-phrase",
    evidence: "Review of file",
    after: `<ul><li>Drafting 1.2h ${IMAGE_CID}</li></ul>`,
  },
  {
    name: "HTML name inside formatting: the formatting stays around the new name",
    html: `<p>Dear <span style="color:#c00"><i>Meg</i></span>,</p>${IMAGE_CID}`,
    check: "name-spelling",
    evidence: "Meg",
    after: `<p>Dear <span style="color:#c00"><i>Megge</i></span>,</p>${IMAGE_CID}`,
  },
  {
    name: "HTML Zoom link: words and anchor go together, the address with them",
    to: MICROSOFT,
    html: '<p>Here is my Zoom link: <a href="https://zoom.us/j/123">https://zoom.us/j/123</a>. Thanks</p>',
    check: "meeting-platform",
    evidence: "Zoom link: https://zoom.us/j/123",
    after: "<p>Here is my [Microsoft Teams meeting link]. Thanks</p>",
  },
  {
    name: "HTML Zoom anchor with its own words: the anchor goes whole",
    to: MICROSOFT,
    html: '<p>Join here: <a href="https://us02web.zoom.us/j/123"><span>Join Zoom Meeting</span></a></p>',
    check: "meeting-platform",
    evidence: "Join Zoom Meeting",
    after: "<p>Join here: [Microsoft Teams meeting link]</p>",
  },
  {
    name: "a 'Zoom link' at an address Rapport does not know is Zoom's: same whole phrase",
    to: MICROSOFT,
    html: "<div>Here is my Zoom link: https://zoom.example/j/123456</div><div>Best</div>",
    check: "meeting-platform",
    evidence: "Zoom link: https://zoom.example/j/123456",
    after: "<div>Here is my [Microsoft Teams meeting link]</div><div>Best</div>",
  },
  {
    name: "a Zoom call and its anchor are one meeting: the name renamed, the anchor a placeholder, the words between kept",
    to: MICROSOFT,
    html: '<p>A Zoom call tomorrow? <a href="https://zoom.us/j/1">Join</a></p>',
    check: "meeting-platform",
    evidence: "Zoom call tomorrow? Join",
    after: "<p>A Microsoft Teams call tomorrow? [Microsoft Teams meeting link]</p>",
  },
];

function findingFor(c: FixCase): { finding: Finding; findings: Finding[] } {
  const draft = buildDraft({ to: MEGGE, ...c });
  const findings = evaluate(draft, profilesFor(c, draft));
  const finding = findings.find((f) => f.check === c.check && f.evidence?.text === c.evidence);
  if (!finding)
    throw new Error(
      `no ${c.check} finding on "${c.evidence}": ${JSON.stringify(findings.map((f) => [f.check, f.evidence?.text]))}`,
    );
  return { finding, findings };
}

function tagRunStart(html: string, at: number): number {
  while (at > 0 && (/\s/.test(html[at - 1]!) || html[at - 1] === ">")) {
    at = /\s/.test(html[at - 1]!) ? at - 1 : html.lastIndexOf("<", at - 1);
  }
  return at;
}

function tagRunEnd(html: string, at: number): number {
  while (at < html.length && (/\s/.test(html[at]!) || html[at] === "<")) {
    at = /\s/.test(html[at]!) ? at + 1 : html.indexOf(">", at) + 1;
  }
  return at;
}

describe("every fix is the smallest edit, and nothing outside it changes", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { finding } = findingFor(c);
    if (c.after === undefined) {
      expect(finding.fix).toBeUndefined();
      return;
    }
    const fix = finding.fix!;
    expect(fix).toBeDefined();
    if (c.label) expect(fix.label).toBe(c.label);
    const draft = buildDraft({ to: MEGGE, ...c });
    const result = applyFixToDraft(draft, fix);
    if (!result.ok) throw new Error(result.reason);
    const before = draft.body.content;
    const after = result.draft.body.content;
    expect(after).toBe(c.after);

    // The reader's text changed by exactly the fix.
    const html = draft.body.format === "html";
    const text = (content: string) => (html ? htmlToText(content).text : content);
    const plain = text(before);
    const expected = plain.slice(0, fix.start) + fix.replacement + plain.slice(fix.end);
    expect(text(after).replace(/\s+/g, " ").trim()).toBe(expected.replace(/\s+/g, " ").trim());

    // The source changed only inside the span that held the fixed text (widened at most over
    // the runs of tags right around it: the element that held only this line, or a link whose
    // words are replaced): no image, style, table or quoted history touched.
    let window = { start: fix.start, end: fix.end };
    if (html) {
      const offsets = htmlToText(before).sourceOffsets;
      window = {
        start: tagRunStart(before, offsets[fix.start]!),
        end: tagRunEnd(before, offsets[fix.end]!),
      };
    }
    expect(after.startsWith(before.slice(0, window.start))).toBe(true);
    expect(after.endsWith(before.slice(window.end))).toBe(true);
    const count = (content: string, token: string) => content.split(token).length - 1;
    for (const kept of ["<img", "cid:", "data:", "<style", "<table", "divRplyFwdMsg"])
      expect(count(after, kept)).toBe(count(before, kept));
    for (const image of before.match(/<img[^>]*>/g) ?? []) expect(after).toContain(image);
  });
});

describe("after the fix", () => {
  it("the finding it fixed is gone and no other finding appeared", () => {
    for (const c of CASES.filter((x) => x.after !== undefined)) {
      const { finding, findings } = findingFor(c);
      const draft = buildDraft({ to: MEGGE, ...c });
      const result = applyFixToDraft(draft, finding.fix!);
      if (!result.ok) throw new Error(result.reason);
      const again = evaluate(result.draft, profilesFor(c, result.draft));
      const same = (list: Finding[]) =>
        list.filter((f) => f.check === c.check && f.evidence?.text === c.evidence).length;
      expect([c.name, same(again)]).toEqual([c.name, same(findings) - 1]);
      expect(again.length).toBeLessThan(findings.length);
    }
  });
});
