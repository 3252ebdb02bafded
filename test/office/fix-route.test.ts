import type { Fix } from "../../src/core/finding";
import { fixRoute, hasEmbeddedContent } from "../../src/office/fix-route";

const replace: Fix = {
  label: "Replace with Megge",
  field: "body",
  start: 0,
  end: 3,
  original: "Meg",
  replacement: "Megge",
};
const remove: Fix = { ...replace, label: "Remove", replacement: "" };

describe("fixRoute: Rapport writes a fix only where the write cannot lose part of the message", () => {
  it("writes the subject and plain-text bodies", () => {
    expect(
      fixRoute({ ...replace, field: "subject" }, { format: "html", content: "<img>" }),
    ).toEqual({ kind: "write" });
    expect(fixRoute(replace, { format: "text", content: "Meg <img src=cid:x>" })).toEqual({
      kind: "write",
    });
  });

  it("writes an HTML body with text, tables and styles only", () => {
    const html =
      '<style>p{margin:0}</style><table><tr><td style="color:red">Meg</td></tr></table><blockquote>old</blockquote>';
    expect(hasEmbeddedContent(html)).toBe(false);
    expect(fixRoute(replace, { format: "html", content: html })).toEqual({ kind: "write" });
  });

  it.each([
    '<p>Meg</p><img src="cid:image001.png@01D">',
    '<p>Meg</p><IMG SRC="data:image/png;base64,AAAA">',
    '<p>Meg</p><img src="https://example.com/logo.png">',
    '<td background="cid:bg">Meg</td>',
    '<div style="background: url(cid:bg)">Meg</div>',
    '<v:imagedata src="image001.png" o:title=""/>',
  ])("guides the author for a body with pictures: %s", (content) => {
    expect(fixRoute(replace, { format: "html", content })).toMatchObject({
      kind: "guided",
      replaceSelection: true,
    });
    // A removal is the author's Delete key: no empty text is put over the selection.
    expect(fixRoute(remove, { format: "html", content })).toMatchObject({
      kind: "guided",
      replaceSelection: false,
    });
  });
});
