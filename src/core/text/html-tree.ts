/**
 * htmlparser2's tree rules (implied end tags, void elements, `</p>` and `</br>`, one `<form>`,
 * SVG and MathML contexts) over its Tokenizer (html-tokenizer.ts: the same states, read faster),
 * with a stack that costs O(1) per tag whatever the
 * input. htmlparser2's own Parser keeps its open elements in an array it `unshift`s on every
 * start tag and `indexOf`s on every end tag, so 50,000 unclosed `<span>`s with stray `</b>`s
 * took seconds in the parser alone (issue 16). Here an end tag whose name has no open element
 * is rejected by a count per name, a matching one pops what is above it (each element is popped
 * once), and nesting deeper than `maxDepth` is flattened: such an element still breaks lines
 * like its kind, but keeps no state of its own (see `HtmlTreeHandler.open`).
 *
 * Offsets (`source`) are exactly those htmlparser2's Parser reports as `startIndex`, so text
 * keeps mapping back to the HTML it came from.
 */
import type { TokenizerCallbacks } from "htmlparser2";
import { EntityReplay, type EntitySink } from "./html-entities";
import { HtmlTokenizer } from "./html-tokenizer";

/** Attributes of an element, lower-case names, first occurrence wins (as htmlparser2). */
export type Attributes = Record<string, string>;

export interface HtmlTreeHandler<F> {
  /**
   * An element starts at `source`. `kept` is false for an element nested deeper than the bound:
   * the handler may still lay it out (a block breaks the line) but must not change any state
   * that its end would undo, since it is given back no frame. The returned frame comes back to
   * `close` for a kept element.
   */
  open(name: string, attributes: Attributes, source: number, kept: boolean): F;
  /** An element ends (explicitly, implied by another tag, or at the end of the input). */
  close(name: string, frame: F | undefined, source: number): void;
  /** Decoded text; `perChar` is false when it came from one entity (map it all to `source`). */
  text(data: string, source: number, perChar: boolean): void;
  /**
   * The attributes the handler reads (lower-case names), if not all: the others are neither
   * decoded nor kept, and every element's attributes object has these names and no others, each
   * undefined when the element has none of it (one shape for every element: reading them is a
   * fixed-offset load, not a look-up in objects of a hundred shapes).
   */
  readonly attributes?: readonly string[];
}

/** Deeper than any real mail (Outlook nests about 30 levels); Blink's parser flattens at 512. */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
  "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
]); // prettier-ignore

const FORM_TAGS = new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea",
]);
const P_TAG = new Set(["p"]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const TABLE_SECTION_TAGS = new Set(["thead", "tbody"]);
const DDT_TAGS = new Set(["dd", "dt"]);
const RTP_TAGS = new Set(["rt", "rp"]);

/** A start tag of the key closes open elements of these names on top of the stack. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P_TAG],
  ["h1", HEADING_TAGS],
  ["h2", HEADING_TAGS],
  ["h3", HEADING_TAGS],
  ["h4", HEADING_TAGS],
  ["h5", HEADING_TAGS],
  ["h6", HEADING_TAGS],
  ["select", FORM_TAGS],
  ["input", FORM_TAGS],
  ["output", FORM_TAGS],
  ["button", FORM_TAGS],
  ["datalist", FORM_TAGS],
  ["textarea", FORM_TAGS],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DDT_TAGS],
  ["dt", DDT_TAGS],
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre",
    "section", "table", "ul"].map((name): [string, ReadonlySet<string>] => [name, P_TAG]),
  ["rt", RTP_TAGS],
  ["rp", RTP_TAGS],
  ["tbody", TABLE_SECTION_TAGS],
  ["tfoot", TABLE_SECTION_TAGS],
]); // prettier-ignore

const enum Foreign {
  None,
  Svg,
  MathML,
}
const FOREIGN_ELEMENTS = new Set(["math", "svg"]);
const INTEGRATION_ELEMENTS = new Set([
  "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignObject", "desc", "title",
]); // prettier-ignore
const SVG_NAMES = new Map(
  [
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion",
    "animateTransform", "clipPath", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
  ].map((name) => [name.toLowerCase(), name]),
); // prettier-ignore

/**
 * Elements whose content the Tokenizer reads as raw text up to their own end tag (outside SVG
 * and MathML), references left as written. `<title>` and `<textarea>` are RCDATA (read to their
 * end tag, references decoded); after `<plaintext>` everything is raw text.
 */
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes"]);

/** How the Tokenizer is reading text now: as text, RCDATA (of which element), or raw. */
type TextMode = "text" | "title" | "textarea" | "raw" | "plaintext";

/**
 * Attributes' object: no inherited properties ("constructor" or "toString" as an attribute name
 * is an attribute like any other), yet an ordinary object with a shape, where Object.create(null)
 * makes a dictionary per tag.
 */
const NoPrototype = function NoPrototype(this: object) {} as unknown as new () => object;
NoPrototype.prototype = Object.create(null) as object;

interface OpenElement<F> {
  name: string;
  frame?: F;
}

/** Stream `html` through `handler`: linear in its length, whatever its nesting. */
export function parseHtmlTree<F>(
  html: string,
  handler: HtmlTreeHandler<F>,
  maxDepth = MAX_HTML_DEPTH,
): void {
  new TreeBuilder(html, handler, maxDepth).run();
}

class TreeBuilder<F> implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: OpenElement<F>[] = [];
  /** How many elements of each name are on `stack`: a stray end tag costs one lookup. */
  private readonly openCount = new Map<string, number>();
  /** Elements opened beyond the depth bound and not closed yet, by name. */
  private readonly flattened = new Map<string, number>();
  private readonly foreign: Foreign[] = [Foreign.None];
  private readonly tokenizer: HtmlTokenizer;
  /** Where the current event starts in the source (htmlparser2's Parser.startIndex). */
  private startIndex = 0;
  /** Where the current event ends (htmlparser2's Parser.endIndex). */
  private endIndex = 0;
  private openTagStart = 0;
  private tagName = "";
  /** Whether the tag being read was opened beyond the depth bound. */
  private tagFlattened = false;
  private attributes: Attributes | null = null;
  private attributeName = "";
  private attributeValue = "";
  /** The handler's attribute names, each mapped to itself (`handler.attributes`), or all. */
  private readonly wanted: ReadonlyMap<string, string> | undefined;
  /** An element's attributes when only `wanted` are kept: every name, undefined. */
  private readonly blank: Attributes | undefined;
  /** Whether the attribute being read is kept. */
  private attributeWanted = true;
  /** How the start tag being read will make the Tokenizer read what follows it. */
  private nextTextMode: TextMode = "text";
  private textMode: TextMode = "text";
  /**
   * References are decoded here rather than by the Tokenizer (see html-entities.ts): with its
   * own decoding off it skips from `<` to `<` instead of reading each character.
   */
  private readonly entities = new EntityReplay();
  private readonly textSink: EntitySink = {
    data: (start, end) => this.emitSourceText(start, end),
    entity: (codePoint, end) => this.ontextentity(codePoint, end),
  };
  private readonly attributeSink: EntitySink = {
    data: (start, end) => {
      this.attributeValue += this.slice(start, end);
    },
    entity: (codePoint) => this.onattribentity(codePoint),
  };

  constructor(
    private readonly html: string,
    private readonly handler: HtmlTreeHandler<F>,
    private readonly maxDepth: number,
  ) {
    this.tokenizer = new HtmlTokenizer(this);
    if (handler.attributes) {
      this.wanted = new Map(handler.attributes.map((name) => [name, name]));
      const blank: Record<string, undefined> = {};
      for (const name of handler.attributes) blank[name] = undefined;
      this.blank = blank as unknown as Attributes;
    }
  }

  /** A new element's attributes: none yet. */
  private newAttributes(): Attributes {
    return this.blank ? { ...this.blank } : (new NoPrototype() as Attributes);
  }

  run(): void {
    this.tokenizer.run(this.html);
  }

  private slice(start: number, end: number): string {
    return start === end ? "" : this.html.slice(start, end);
  }

  private isOpen(name: string): boolean {
    return (this.openCount.get(name) ?? 0) > 0;
  }

  private top(): string | undefined {
    return this.stack[this.stack.length - 1]?.name;
  }

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== Foreign.None;
  }

  ontext(start: number, endIndex: number): void {
    const mode = this.textMode;
    // A start before 0 is the Tokenizer's trailing text after an unfinished end tag ("</b x" at
    // the end of the input): reported as written, never decoded.
    if (mode === "raw" || mode === "plaintext" || start < 0) this.emitSourceText(start, endIndex);
    else if (mode === "text")
      this.entities.replay(this.html, start, endIndex, "text", this.textSink);
    else this.entities.replay(this.html, start, endIndex, "rcdata", this.textSink, mode);
  }

  /** Text as written in the source, [start, endIndex). */
  private emitSourceText(start: number, endIndex: number): void {
    const data = this.slice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.emitText(data);
    this.startIndex = endIndex;
  }

  ontextentity(codepoint: number, endIndex: number): void {
    this.endIndex = endIndex - 1;
    this.emitText(String.fromCodePoint(codepoint));
    this.startIndex = endIndex;
  }

  private emitText(data: string): void {
    if (data.length === 0) return;
    const source = this.startIndex;
    // An entity is reported on its own: all its characters map to its "&".
    this.handler.text(data, source, data.length === this.endIndex - source + 1);
  }

  private readTagName(start: number, endIndex: number): string {
    return this.adjustTagName(this.slice(start, endIndex).toLowerCase());
  }

  /** A tag name as written, lower-cased, as the tree knows it (SVG's spellings, "image"). */
  private adjustTagName(name: string): string {
    if (this.foreign[this.foreign.length - 1] === Foreign.Svg) return SVG_NAMES.get(name) ?? name;
    // An SVG element's end tag inside an HTML integration point keeps the SVG spelling.
    if (this.foreign.length > 1) {
      const adjusted = SVG_NAMES.get(name);
      if (adjusted !== undefined && this.isOpen(adjusted)) return adjusted;
    }
    if (!this.isInForeignContext()) return name === "image" ? "img" : name;
    return name;
  }

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    // As the Tokenizer decides at the "<" (before this tag can change the context): by the name
    // as written, and only outside SVG and MathML.
    const written = this.slice(start, endIndex).toLowerCase();
    const foreign = this.isInForeignContext();
    this.nextTextMode = foreign
      ? "text"
      : written === "title" || written === "textarea"
        ? written
        : written === "plaintext"
          ? "plaintext"
          : RAW_TEXT_ELEMENTS.has(written)
            ? "raw"
            : "text";
    this.emitOpenTag(
      !foreign && this.foreign.length === 1
        ? written === "image"
          ? "img"
          : written
        : this.adjustTagName(written),
    );
  }

  /** After a start tag, the Tokenizer reads what follows as its element says (enterTagBody). */
  private enterTagBody(): void {
    if (this.textMode !== "plaintext") this.textMode = this.nextTextMode;
    this.nextTextMode = "text";
  }

  private emitOpenTag(name: string): void {
    this.openTagStart = this.startIndex;
    this.tagName = name;
    this.tagFlattened = false;
    // A second <form> while one is open is ignored altogether.
    if (name === "form" && this.isOpen("form")) {
      this.tagName = "";
      return;
    }
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.top()!)) this.popElement();
    }
    if (!VOID.has(name)) {
      if (this.stack.length >= this.maxDepth) {
        this.tagFlattened = true;
        this.flattened.set(name, (this.flattened.get(name) ?? 0) + 1);
      } else {
        this.stack.push({ name });
        this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
        if (name === "svg") this.foreign.push(Foreign.Svg);
        else if (name === "math") this.foreign.push(Foreign.MathML);
        else if (INTEGRATION_ELEMENTS.has(name)) this.foreign.push(Foreign.None);
      }
    }
    this.attributes = this.newAttributes();
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    const name = this.tagName;
    if (this.attributes) {
      const attributes = this.attributes;
      this.attributes = null;
      if (VOID.has(name)) {
        // Never on the stack: opened and closed at once.
        const frame = this.handler.open(name, attributes, this.startIndex, true);
        this.handler.close(name, frame, this.startIndex);
      } else if (this.tagFlattened) {
        this.handler.open(name, attributes, this.startIndex, false);
      } else {
        this.stack[this.stack.length - 1]!.frame = this.handler.open(
          name,
          attributes,
          this.startIndex,
          true,
        );
      }
    }
    this.tagName = "";
  }

  onopentagend(endIndex: number): void {
    this.finishOpenTag(endIndex);
    this.enterTagBody();
  }

  private finishOpenTag(endIndex: number): void {
    this.endIndex = endIndex;
    this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    // Only an element's own end tag ends RCDATA or raw text.
    if (this.textMode !== "plaintext") this.textMode = "text";
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (VOID.has(name)) {
      // "</br>" is a line break; other void end tags mean nothing.
      if (name === "br") {
        const frame = this.handler.open("br", this.newAttributes(), this.startIndex, true);
        this.handler.close("br", frame, this.startIndex);
      }
    } else if (this.closeFlattened(name)) {
      // Closed one of the elements opened beyond the depth bound.
    } else if (this.isOpen(name)) {
      // Everything above the innermost element of this name closes with it.
      while (this.popElement() !== name);
    } else if (name === "p") {
      // "</p>" with no open paragraph is an empty paragraph.
      this.emitOpenTag("p");
      this.closeCurrentTag();
    }
    this.startIndex = endIndex + 1;
  }

  private closeFlattened(name: string): boolean {
    const count = this.flattened.get(name) ?? 0;
    if (count === 0) return false;
    this.flattened.set(name, count - 1);
    this.handler.close(name, undefined, this.startIndex);
    return true;
  }

  onselfclosingtag(endIndex: number): void {
    this.endIndex = endIndex;
    if (this.isInForeignContext()) {
      this.closeCurrentTag();
      this.startIndex = endIndex + 1;
    } else {
      // HTML ignores the slash: "<div/>" opens a div.
      this.finishOpenTag(endIndex);
    }
    // In HTML the Tokenizer enters the element's content even so ("<title/>" starts a title).
    this.enterTagBody();
  }

  private closeCurrentTag(): void {
    const name = this.tagName;
    const flattened = this.tagFlattened;
    this.endOpenTag();
    if (flattened) this.closeFlattened(name);
    else if (this.top() === name) this.popElement();
  }

  /** Pops the innermost open element, telling the handler; returns its name. */
  private popElement(): string {
    const element = this.stack.pop()!;
    const { name } = element;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    if (FOREIGN_ELEMENTS.has(name) || INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    this.handler.close(name, element.frame, this.startIndex);
    return name;
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    const name = this.slice(start, endIndex).toLowerCase();
    if (this.wanted) {
      // The handler's own string for the name: a property key it already knows.
      const kept = this.wanted.get(name);
      this.attributeWanted = kept !== undefined;
      this.attributeName = kept ?? "";
    } else {
      this.attributeName = name;
    }
  }

  onattribdata(start: number, endIndex: number): void {
    if (!this.attributeWanted) return;
    this.entities.replay(this.html, start, endIndex, "attribute", this.attributeSink);
  }

  onattribentity(codepoint: number): void {
    if (!this.attributeWanted) return;
    this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: unknown, endIndex: number): void {
    this.endIndex = endIndex;
    const attributes = this.attributes;
    if (attributes && this.attributeWanted) {
      // First occurrence wins: with `wanted`, every name is there from the start, undefined.
      if (
        this.wanted
          ? attributes[this.attributeName] === undefined
          : !(this.attributeName in attributes)
      ) {
        attributes[this.attributeName] = this.attributeValue;
      }
    }
    this.attributeValue = "";
  }

  oncdata(start: number, endIndex: number, offset: number): void {
    this.endIndex = endIndex;
    // In HTML, CDATA is text only inside SVG or MathML; elsewhere it is a comment.
    if (this.isInForeignContext()) this.emitText(this.slice(start, endIndex - offset));
    this.startIndex = endIndex + 1;
  }

  oncomment(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    this.endIndex = this.startIndex;
    while (this.stack.length > 0) this.popElement();
  }
}
