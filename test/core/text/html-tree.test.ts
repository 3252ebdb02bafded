import fc from "fast-check";
import { Parser } from "htmlparser2";
import { htmlToText, MAX_HTML_DEPTH } from "../../../src/core/text";
import { parseHtmlTree } from "../../../src/core/text/html-tree";

type Event = [kind: "open" | "close" | "text", name: string, source: number, extra?: unknown];

/** Events as htmlparser2's own Parser reports them (its tree rules, quadratic on hostile input). */
function parserEvents(html: string): Event[] {
  const events: Event[] = [];
  const parser: Parser = new Parser(
    {
      onopentag: (name, attribs) => events.push(["open", name, parser.startIndex, { ...attribs }]),
      onclosetag: (name) => events.push(["close", name, parser.startIndex]),
      ontext: (data) => {
        if (data.length === 0) return;
        const perChar = data.length === parser.endIndex - parser.startIndex + 1;
        events.push(["text", data, parser.startIndex, perChar]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return events;
}

function treeEvents(html: string, maxDepth?: number): Event[] {
  const events: Event[] = [];
  parseHtmlTree<number>(
    html,
    {
      open: (name, attributes, source) => {
        events.push(["open", name, source, { ...attributes }]);
        return 0;
      },
      close: (name, _frame, source) => events.push(["close", name, source]),
      text: (data, source, perChar) => events.push(["text", data, source, perChar]),
    },
    maxDepth,
  );
  return events;
}

const TAGS = [
  "p", "div", "span", "b", "a", "blockquote", "pre", "br", "hr", "li", "ul", "td", "tr", "th",
  "table", "tbody", "thead", "script", "style", "svg", "math", "title", "form", "input", "select",
  "option", "optgroup", "textarea", "h1", "h2", "img", "xmp", "desc", "foreignObject", "clipPath",
  "image", "head", "body", "dd", "dt", "rt", "rp", "button", "mi",
]; // prettier-ignore
const PIECES = [
  "text", " ", "\n", "&amp;", "&nbsp;", "&#x1F600;", "&bogus;", "<!-- c -->", "<![CDATA[ z ]]>",
  "<!DOCTYPE html>", "<?pi x?>", "<", "&", "</br>", "</p>", "<p/>", "<div/>", "<svg/>",
  ' class="x"', // stray attribute-looking text
]; // prettier-ignore

const htmlSoup = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.boolean(),
          fc.constantFrom("", ' href="h"', " hidden", ' id="i" id="j"'),
        )
        .map(([tag, upper, attribute]) => `<${upper ? tag.toUpperCase() : tag}${attribute}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      fc.constantFrom(...PIECES),
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc.constantFrom("", "<div", '<a href="x', "<!-- open").map((tail) => parts.join("") + tail),
  );

// Character references in every place the Tokenizer decodes them (text, attribute values,
// <title> and <textarea>) or does not (<script>, <style>, <xmp>, <plaintext>, comments), whole,
// legacy without a semicolon, numeric, two code points, broken, and cut off by the input's end.
const REFERENCES = [
  "&amp;", "&amp", "&ampx", "&amp=", "&amp;x", "&notit;", "&notin;", "&not", "&copy", "&copy=",
  "&#38;", "&#x26;", "&#x26", "&#38", "&#", "&#x", "&#;", "&#0;", "&#128;", "&#x110000;",
  "&#xD800;", "&NotEqualTilde;", "&lt", "&lt;", "&gt", "&", "&&", "&;", "&a", "&zz;", "&nbsp",
  "&AMP;", "&Aacute", "&aacute;", "&#9999999999;",
]; // prettier-ignore
const REFERENCE_SETTINGS = [
  "<p>", "</p>", "<b>", "</b>", "<title>", "</title>", "<TITLE>", "<textarea>", "</textarea>",
  "<script>", "</script>", "<style>", "</style>", "<xmp>", "</xmp>", "<plaintext>", "<title/>",
  "<svg>", "</svg>", "<math>", "</math>", "<mi>", "</mi>", "<foreignObject>", "<!-- ", " -->",
  "<", "</", "</ti", "</title", "<br>", "text", " ", "\n", "=", "'", '"',
]; // prettier-ignore
const referenceSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...REFERENCES),
      fc.constantFrom(...REFERENCE_SETTINGS),
      fc
        .tuple(
          fc.constantFrom('"', "'", ""),
          fc.array(fc.constantFrom(...REFERENCES, "x", " ", "y="), { maxLength: 3 }),
        )
        .map(([quote, value]) => {
          const written = value.join("");
          // An unquoted value ends at white space.
          const inner = quote === "" ? written.replace(/\s/g, "") : written.split(quote).join("");
          return `<a href=${quote}${inner}${quote} title=${inner.replace(/\s/g, "") || "t"}>`;
        }),
    ),
    { maxLength: 30 },
  )
  .chain((parts) =>
    fc
      .constantFrom("", "&am", "&#12", "&#x1", "&", "<title>&amp", '<a href="&amp', "&notit")
      .map((tail) => parts.join("") + tail),
  );

describe("parseHtmlTree", () => {
  it("decodes character references as the decoding Tokenizer does, pieces and offsets included", () => {
    fc.assert(
      fc.property(referenceSoup, (html) => {
        expect(treeEvents(html)).toEqual(parserEvents(html));
      }),
      { numRuns: 5000 },
    );
  });

  it("reports what htmlparser2's Parser reports, tag soup included", () => {
    fc.assert(
      fc.property(htmlSoup, (html) => {
        expect(treeEvents(html)).toEqual(parserEvents(html));
      }),
      { numRuns: 3000 },
    );
  });

  // Round 24: a handler that reads a few attributes gets those, decoded as ever, and no others.
  const READ = ["href", "class", "constructor", "id"];
  function readEvents(html: string): Event[] {
    const events: Event[] = [];
    parseHtmlTree<number>(html, {
      open: (name, attributes, source) => {
        events.push(["open", name, source, { ...attributes }]);
        return 0;
      },
      close: (name, _frame, source) => events.push(["close", name, source]),
      text: (data, source, perChar) => events.push(["text", data, source, perChar]),
      attributes: READ,
    });
    return events;
  }
  /** The full tree's events with each element's attributes cut down to READ, absent ones undefined. */
  function cutDown(events: Event[]): Event[] {
    return events.map((event) => {
      if (event[0] !== "open") return event;
      const all = event[3] as Record<string, string>;
      const some: Record<string, string | undefined> = {};
      for (const name of READ) some[name] = Object.hasOwn(all, name) ? all[name] : undefined;
      return ["open", event[1], event[2], some] as Event;
    });
  }

  it("with `attributes`, reports the full tree's events and of the attributes those named", () => {
    fc.assert(
      fc.property(fc.oneof(htmlSoup, referenceSoup), (html) => {
        expect(readEvents(html)).toEqual(cutDown(treeEvents(html)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, Record<string, string | undefined>]>([
    [
      '<a HREF="x&amp;y" href="z" title="t">',
      { href: "x&y", class: undefined, constructor: undefined, id: undefined },
    ],
    [
      '<p class=one id="two" constructor="c" constructor="d">',
      { href: undefined, class: "one", constructor: "c", id: "two" },
    ],
    [
      '<p style="s" lang=en>',
      { href: undefined, class: undefined, constructor: undefined, id: undefined },
    ],
    ["<p hidden id>", { href: undefined, class: undefined, constructor: undefined, id: "" }],
  ])("with `attributes`: %s", (html, expected) => {
    expect(readEvents(html)[0]).toEqual(["open", "p" === html[1] ? "p" : "a", 0, expected]);
  });

  it("keeps attributes named like an object's own properties, first occurrence winning", () => {
    const [open] = treeEvents(
      '<a constructor="c" toString="t" __proto__="p" constructor="d">x</a>',
    );
    expect(open).toEqual(["open", "a", 0, { constructor: "c", tostring: "t", ["__proto__"]: "p" }]);
    expect(Object.keys(open![3] as object)).toEqual(["constructor", "tostring", "__proto__"]);
  });

  it("ignores an end tag with no open element of its name", () => {
    expect(treeEvents("<b>x</i>y</b>")).toEqual([
      ["open", "b", 0, {}],
      ["text", "x", 3, true],
      ["text", "y", 8, true],
      ["close", "b", 9],
    ]);
  });

  it("flattens nesting past the bound: deeper elements open and close but keep no frame", () => {
    const frames: (number | undefined)[] = [];
    let opened = 0;
    parseHtmlTree<number>(
      "<i>".repeat(5) + "x" + "</i>".repeat(5),
      {
        open: (_name, _attributes, _source, kept) => (kept ? ++opened : -1),
        close: (_name, frame) => frames.push(frame),
        text: () => undefined,
      },
      3,
    );
    expect(opened).toBe(3);
    expect(frames).toEqual([undefined, undefined, 3, 2, 1]);
  });
});

describe("htmlToText on hostile markup", () => {
  it("keeps the text of 50,000 unclosed <span>s with stray </b>s", () => {
    const { text } = htmlToText("<span>".repeat(50_000) + "x</b>".repeat(50_000));
    expect(text).toBe("x".repeat(50_000));
  });

  it("keeps text and line breaks nested deeper than the bound", () => {
    const depth = MAX_HTML_DEPTH + 100;
    const { text } = htmlToText(
      "<div>".repeat(depth) + "Call me.<div>Later</div>" + "</div>".repeat(depth) + "<p>After</p>",
    );
    expect(text).toBe("Call me.\nLater\nAfter");
  });

  it("links and quotes nothing beyond the bound, and loses no text", () => {
    const deep = "<span>".repeat(MAX_HTML_DEPTH);
    const { text, links, quotedSpans } = htmlToText(
      `${deep}<a href="https://zoom.us/j/1">join</a><blockquote>quoted</blockquote> end`,
    );
    expect(text).toBe("join\nquoted\nend");
    expect(links).toEqual([]);
    expect(quotedSpans).toEqual([]);
  });
});
