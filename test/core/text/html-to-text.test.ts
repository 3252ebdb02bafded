import { readFileSync } from "fs";
import { join } from "path";
import { htmlToText, textToPlainText, type PlainText } from "../../../src/core/text/html-to-text";

const NBSP = "\u00a0";

/** Every character of the text must come from a plausible place in the source. */
function expectConsistentOffsets(source: string, plain: PlainText): void {
  const { text, sourceOffsets } = plain;
  expect(sourceOffsets).toHaveLength(text.length + 1);
  expect(sourceOffsets[text.length]).toBe(source.length);
  for (let i = 0; i < text.length; i++) {
    expect(sourceOffsets[i]!).toBeLessThanOrEqual(sourceOffsets[i + 1]!);
    expect(sourceOffsets[i]!).toBeGreaterThanOrEqual(0);
  }
}

describe("htmlToText: text as a reader sees it", () => {
  test.each<[string, string]>([
    ["<p>Hello</p><p>World</p>", "Hello\nWorld"],
    ["a<br>b<br/>c", "a\nb\nc"],
    ["<div>a<div>b</div>c</div>", "a\nb\nc"],
    ["a<br><br>b", "a\n\nb"],
    ["  lots \n of\t\twhite   space  ", "lots of white space"],
    ["<p>  lead and trail  </p>", "lead and trail"],
    ["x<b>bold</b>y <i> it </i> z", "xboldy it z"],
    ["a&amp;b &lt;c&gt; &quot;d&quot; &#8217;e&#x2019; &unknown;", `a&b <c> "d" ’e’ &unknown;`],
    ["one&nbsp;&nbsp;two", `one${NBSP}${NBSP}two`],
    ["<p>&nbsp;</p>", NBSP],
    ["<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
    ["<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"],
    ["<h1>Title</h1>text<hr>after", "Title\ntext\nafter"],
    ["<pre>  keep\r\n    this  </pre>after", "  keep\n    this  \nafter"],
    ["<script>alert('<b>x</b>')</script>ok", "ok"],
    ["<style>p{color:red}</style><p>ok</p>", "ok"],
    ["<head><title>T</title><meta charset=utf-8></head><body>ok</body>", "ok"],
    ["<!-- a comment -->ok<!--[if mso]>only outlook<![endif]-->", "ok"],
    ["<![if !supportLists]>·<![endif]> item", "· item"],
    ['<span style="display:none">hidden</span>shown', "shown"],
    ['<span style="mso-hide: all">hidden</span>shown', "shown"],
    ["<p hidden>hidden</p>shown", "shown"],
    ["<p>unclosed <div>block</p>", "unclosed\nblock"],
    ["</p></div>stray end tags", "stray end tags"],
    ["", ""],
  ])("%j", (html, expected) => {
    const plain = htmlToText(html);
    expect(plain.text).toBe(expected);
    expectConsistentOffsets(html, plain);
  });
});

describe("htmlToText: offsets map back to the source", () => {
  test("plain characters map one to one", () => {
    const html = "<p>Dear <b>Meg</b>,</p>";
    const plain = htmlToText(html);
    const at = plain.text.indexOf("Meg");
    const src = plain.sourceOffsets[at]!;
    expect(html.slice(src, src + 3)).toBe("Meg");
  });

  test("every char of a decoded entity maps to the entity's start", () => {
    const html = "x &amp; &#x1F600; y";
    const plain = htmlToText(html);
    expect(plain.text).toBe("x & 😀 y");
    expect(plain.sourceOffsets[2]).toBe(html.indexOf("&amp;"));
    const emoji = html.indexOf("&#x1F600;");
    expect(plain.sourceOffsets[4]).toBe(emoji);
    expect(plain.sourceOffsets[5]).toBe(emoji);
  });
});

describe("htmlToText: links", () => {
  test("collects href (decoded) and the anchor text's offsets", () => {
    const html = 'See <a href=" https://x.example/a?b=1&amp;c=2 "> the <b>page</b> </a> now';
    const plain = htmlToText(html);
    expect(plain.links).toEqual([{ href: "https://x.example/a?b=1&c=2", start: 4, end: 12 }]);
    expect(plain.text.slice(4, 12)).toBe("the page");
  });

  test("anchors without href or text are not links", () => {
    expect(htmlToText('<a name="x">t</a><a href="y"></a>').links).toEqual([]);
  });
});

describe("htmlToText: quoted history from the markup", () => {
  const quotedTexts = (html: string): string[] => {
    const plain = htmlToText(html);
    return plain.quotedSpans.map((s) => plain.text.slice(s.start, s.end));
  };

  test.each<[string, string, string[]]>([
    ["blockquote", "<p>mine</p><blockquote>theirs</blockquote><p>mine again</p>", ["theirs"]],
    [
      "Gmail indent is not a quote",
      '<blockquote style="margin:0 0 0 40px;border:none;padding:0px">indented</blockquote>',
      [],
    ],
    [
      "gmail_quote",
      '<div>ok</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Dan wrote:</div><blockquote class="gmail_quote">old</blockquote></div>',
      ["On Mon, Dan wrote:\nold"],
    ],
    [
      "Thunderbird cite prefix",
      '<p>ok</p><div class="moz-cite-prefix">On 1/2/26 Dan wrote:<br></div><blockquote type="cite">old</blockquote>',
      ["On 1/2/26 Dan wrote:\nold"],
    ],
    [
      "divRplyFwdMsg: everything after",
      '<p>new</p><hr><div id="divRplyFwdMsg"><b>From:</b> X</div><div>old body</div>',
      ["From: X\nold body"],
    ],
    [
      "appendonsend: everything after",
      '<p>new</p><div id="appendonsend"></div><hr><p>old</p>',
      ["old"],
    ],
    [
      "x_ prefixed id in a reply of a reply",
      '<p>new</p><div id="x_divRplyFwdMsg">old</div>',
      ["old"],
    ],
    [
      "x_ prefixed class in a reply of a reply",
      '<p>new</p><div class="x_gmail_quote">old</div><p>new too</p>',
      ["old"],
    ],
    ["hr#stopSpelling", "<p>new</p><hr id=stopSpelling>old", ["old"]],
    [
      "new Outlook reference container",
      '<p>new</p><div id="mail-editor-reference-message-container"><p>old</p></div><p>after</p>',
      ["old"],
    ],
    ["nothing quoted", "<p>just me</p>", []],
  ])("%s", (_label, html, expected) => {
    expect(quotedTexts(html)).toEqual(expected);
  });
});

describe("htmlToText on a real-shaped Outlook reply", () => {
  const html = readFileSync(join(__dirname, "../../fixtures/text/outlook-reply.html"), "utf8");
  const plain = htmlToText(html);

  test("keeps the author's text, drops head, styles, conditional comments and hidden text", () => {
    expect(plain.text.startsWith("Hi Meg,\n")).toBe(true);
    expect(plain.text).toContain("Unlike the Pepsi" + NBSP + "deck, ours compares Coca\u2011Cola");
    expect(plain.text).toContain("as a whole & keeps the Review of file entries out.");
    expect(plain.text).toContain("Kind regards,\nAlex Ruiz\nFrom: Megge Anderson");
    expect(plain.text).not.toMatch(/Font Definitions|MsoNormal|shapedefaults|RE: Q3|Gatorade/);
  });

  test("quoted span starts at the reply header and runs to the end", () => {
    expect(plain.quotedSpans).toHaveLength(1);
    const [span] = plain.quotedSpans;
    expect(plain.text.slice(span!.start, span!.start + 5)).toBe("From:");
    expect(span!.end).toBe(plain.text.length);
    expect(plain.text.slice(span!.start)).toContain("PepsiCo’s numbers");
  });

  test("the link and its offsets", () => {
    expect(plain.links).toHaveLength(1);
    const [link] = plain.links;
    expect(link!.href).toBe("https://intranet.example/q3?x=1&y=2");
    expect(plain.text.slice(link!.start, link!.end)).toBe("our intranet");
  });

  test("a word in the text maps to the same word in the HTML", () => {
    expectConsistentOffsets(html, plain);
    for (const word of ["Pepsi", "Review", "PepsiCo", "Megge"]) {
      const at = plain.text.indexOf(word);
      const src = plain.sourceOffsets[at]!;
      expect(html.slice(src, src + word.length)).toBe(word);
    }
  });
});

describe("htmlToText never throws on random HTML-ish input", () => {
  // A small deterministic generator so failures reproduce.
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const pieces = [
    "<", ">", "</", "/>", "p", "div", "br", "a href=", '"', "'", "=", "&", "&amp;", "&#", "x",
    ";", "&nbsp;", " ", "\n", "\r\n", "\t", "<!--", "-->", "<![if", "]>", "<script>",
    "</script>", "<pre>", "</pre>", "blockquote", 'id="divRplyFwdMsg"', "text", "é", "😀",
    "\u0000", "<style>", "hidden", "<td>", "</tr>",
  ]; // prettier-ignore

  test("200 random documents: no throw, offsets monotonic and in range", () => {
    const next = random(42);
    for (let doc = 0; doc < 200; doc++) {
      let html = "";
      const count = Math.floor(next() * 80);
      for (let i = 0; i < count; i++) html += pieces[Math.floor(next() * pieces.length)];
      const plain = htmlToText(html);
      expectConsistentOffsets(html, plain);
      for (const span of [...plain.quotedSpans, ...plain.links]) {
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(plain.text.length);
      }
    }
  });
});

describe("htmlToText on a 1 MB body", () => {
  test("handles it and keeps every paragraph", () => {
    const paragraph =
      '<p class="MsoNormal">Pepsi &amp; Coca&#8209;Cola,&nbsp;<b>bold</b> text</p>\n';
    const html = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const plain = htmlToText(html);
    expect(plain.text.split("\n")).toHaveLength(Math.ceil(1_000_000 / paragraph.length));
    expect(plain.sourceOffsets[plain.text.length]).toBe(html.length);
  });
});

describe("textToPlainText", () => {
  test("identity offsets and URL links without trailing punctuation", () => {
    const text = "See https://fedex.com/track. Or www.pepsico.com, or mailto:a@b.example!";
    const plain = textToPlainText(text);
    expect(plain.text).toBe(text);
    expect(Array.from(plain.sourceOffsets.slice(0, 4))).toEqual([0, 1, 2, 3]);
    expect(plain.sourceOffsets[text.length]).toBe(text.length);
    expect(plain.links.map((l) => l.href)).toEqual([
      "https://fedex.com/track",
      "www.pepsico.com",
      "mailto:a@b.example",
    ]);
    for (const link of plain.links) expect(text.slice(link.start, link.end)).toBe(link.href);
    expect(plain.quotedSpans).toEqual([]);
  });

  test.each([[5], [null], [undefined]])("rejects a non-string body (%p)", (value) => {
    expect(() => textToPlainText(value as unknown as string)).toThrow(/must be a string/);
    expect(() => htmlToText(value as unknown as string)).toThrow(/must be a string/);
  });
});
