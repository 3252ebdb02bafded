import fc from "fast-check";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { HtmlTokenizer } from "../../../src/core/text/html-tokenizer";

/**
 * Every callback, with its arguments, as a tokenizer makes them. The foreign-content question
 * (asked at each start tag) is answered from the events so far, as a tree builder would.
 */
function callbacks(html: string, run: (cbs: TokenizerCallbacks) => void): string[] {
  const log: string[] = [];
  let openSvg = 0;
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      log.push(`${name}(${args.join(",")})`);
    };
  const cbs: TokenizerCallbacks = {
    onattribdata: record("attribdata"),
    onattribentity: record("attribentity"),
    onattribend: record("attribend"),
    onattribname: record("attribname"),
    oncdata: record("cdata"),
    onclosetag: (start, end) => {
      log.push(`closetag(${start},${end})`);
      if (html.slice(start, end).toLowerCase() === "svg" && openSvg > 0) openSvg--;
    },
    oncomment: record("comment"),
    ondeclaration: record("declaration"),
    onend: record("end"),
    onopentagend: record("opentagend"),
    onopentagname: (start, end) => {
      log.push(`opentagname(${start},${end})`);
      if (html.slice(start, end).toLowerCase() === "svg") openSvg++;
    },
    onprocessinginstruction: record("processinginstruction"),
    onselfclosingtag: record("selfclosingtag"),
    ontext: record("text"),
    ontextentity: record("textentity"),
    isInForeignContext: () => openSvg > 0,
  };
  run(cbs);
  return log;
}

function original(html: string): string[] {
  return callbacks(html, (cbs) => {
    const tokenizer = new Tokenizer({ decodeEntities: false }, cbs);
    tokenizer.write(html);
    tokenizer.end();
  });
}

function ours(html: string): string[] {
  return callbacks(html, (cbs) => new HtmlTokenizer(cbs).run(html));
}

// Pieces of every construct the tokenizer knows, and single characters that change its states.
const PIECES = [
  "<p>", "</p>", "<P class=x>", "<a href=\"h\">", "<a href='h' id=i>", "<a href=h>", "<b/>", "<br/ >",
  "<img src=x/>", "<div a b=c d = 'e' f=\"g\">", "</div >", "</ div>", "</>", "< p>", "<>",
  "<script>", "</script>", "</script ", "<style>", "</STYLE>", "<title>", "</title>", "<textarea>",
  "</textarea>", "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noembed>", "<noframes>",
  "</noframes>", "<plaintext>", "<scriptx>", "<titlebar>", "<svg>", "</svg>", "<svg/>",
  "<!-- c -->", "<!---->", "<!-->", "<!--->", "<!-- a --!>", "<!-- - -- --->", "<!--", "-->",
  "<!DOCTYPE html>", "<!doctype>", "<!doc>", "<!x>", "<!>", "<![CDATA[ z ]]>", "<![CDATA[",
  "]]>", "<![CDAT", "<?pi x?>", "<?", "&amp;", "&", "text", " ", "\n", "\t", "\f", "\r", "=",
  "'", '"', "/", ">", "<", "-", "!", "?", "]", "\u001c", "\u001c/title>", "<</script>", "é",
]; // prettier-ignore

const markup = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("HtmlTokenizer", () => {
  it("makes the callbacks htmlparser2's Tokenizer makes (entities undecoded), one for one", () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(ours(html)).toEqual(original(html));
      }),
      { numRuns: 20000 },
    );
  });

  it("reads an Outlook-shaped body as the original does", () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
      "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}</style><![endif]-->" +
      '<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=EN-GB link="#0563C1">' +
      "<div class=WordSection1><p class=MsoNormal>Dear Meg,<o:p></o:p></p><p class=MsoNormal>" +
      "Call me &amp; Dan.<o:p>&nbsp;</o:p></p></div></body></html>";
    expect(ours(html)).toEqual(original(html));
  });
});
