/**
 * Turns an HTML mail body into the plain text a reader sees, keeping for every character the
 * offset it came from, so a finding in the text can be highlighted or fixed in the HTML.
 * Streams through htmlparser2's tokenizer (no DOM; tree rules in html-tree.ts): linear time
 * whatever the nesting, safe on untrusted input.
 */
import { parseHtmlTree } from "./html-tree";
import { mergeSpansAcross, trimEndOf, trimSpans, type TextSpan } from "./span";

export interface Link {
  href: string;
  /** Offsets of the anchor's text in `PlainText.text`. */
  start: number;
  end: number;
}

export interface PlainText {
  text: string;
  /** sourceOffsets[i] = offset in the source of text[i]; length text.length + 1 (last = source end). */
  sourceOffsets: Int32Array;
  links: Link[];
  /**
   * Spans of `text` from quoted earlier messages that the markup reveals: <blockquote>
   * (except Gmail's border-less indent), Gmail/Yahoo/Thunderbird quote containers, and
   * everything from Outlook's reply header (div#divRplyFwdMsg, div#appendonsend,
   * hr#stopSpelling, div.OutlookMessageHeader) to the end. Sorted, merged, trimmed.
   */
  quotedSpans: TextSpan[];
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
  "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
  "listing", "xmp", "plaintext", "body", "html",
]); // prettier-ignore

// Content a reader never sees.
const SKIPPED = new Set([
  "head", "script", "style", "title", "template", "noscript", "xml", "iframe", "object",
  "select", "textarea", "svg", "math",
]); // prettier-ignore

const PREFORMATTED = new Set(["pre", "listing", "xmp", "plaintext"]);
const CELL = new Set(["td", "th"]);
/**
 * A table's own structure: inside a cell these still break lines (a table nested in a cell
 * keeps its rows), unlike the text blocks a cell wraps its text in.
 */
const TABLE_PARTS = new Set(["table", "caption", "thead", "tbody", "tfoot", "tr"]);

// Quoted history containers whose own content is the quote.
const QUOTE_CLASSES = [
  "gmail_quote",
  "gmail_quote_container",
  "yahoo_quoted",
  "moz-cite-prefix",
  "protonmail_quote",
];
const QUOTE_IDS = /^(?:x_)*mail-editor-reference-message-container/i;
// Markers after which everything is earlier mail (Outlook puts the reply header there).
const REST_IDS = /^(?:x_)*(?:divRplyFwdMsg|appendonsend|stopSpelling)$/i;
const REST_CLASSES = ["OutlookMessageHeader"];

/** The attributes read below: no other is decoded or kept (html-tree.ts). */
const READ_ATTRIBUTES = ["style", "hidden", "id", "class", "name", "href"];

const HIDDEN_STYLE = /display\s*:\s*none|mso-hide\s*:\s*all/i;
const BORDERLESS = /border\s*:\s*none/i;

interface Frame {
  skip: boolean;
  pre: boolean;
  quoteStart: number;
  href: string | undefined;
  linkStart: number;
  /** A table cell's: where it opened in the source (else -1). */
  cellSource: number;
}

function newFrame(skip: boolean, pre: boolean): Frame {
  return { skip, pre, quoteStart: -1, href: undefined, linkStart: 0, cellSource: -1 };
}

/**
 * The innermost open table cell: where its text starts (`textStart`, the output's length when it
 * opened) and whether a table was opened inside it (then its blocks break lines as before).
 */
interface Cell {
  source: number;
  textStart: number;
  nestedTable: boolean;
  /**
   * A line break between two of its blocks (or a <br> after its text): the cell is lines of its
   * own, so it is not joined to its row (a two-column letter's address block and "Dear Meg,"; a
   * description of two entries beside one date and its hours).
   */
  multiline: boolean;
}

/** The frame of an element that hides, keeps, quotes and links nothing: never changed. */
const PLAIN_FRAME: Frame = Object.freeze(newFrame(false, false));

function hasClass(attribs: Record<string, string>, names: readonly string[]): boolean {
  const value = attribs["class"];
  // Cheap substring test first: nearly every element (MsoNormal...) is not a quote.
  if (!value || !names.some((n) => value.includes(n))) return false;
  // Outlook on the web prefixes the classes and ids of quoted mail with "x_".
  const classes = value.split(/\s+/).map((c) => c.replace(/^(?:x_)+/, ""));
  return names.some((n) => classes.includes(n));
}

/**
 * Whitespace that does not survive as written: a run of two or more, any tab or line break,
 * and a single space at either end of the text. (A browser collapses these; not the no-break
 * space.)
 */
const COLLAPSING_RUN = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;

/** `larger` holding `array` at its start. */
function grown<A extends Int32Array | Uint8Array>(array: A, larger: A): A {
  larger.set(array);
  return larger;
}

/** Collects output characters with their source offsets. */
class TextBuilder {
  private pieces: string[] = [];
  /**
   * Where each piece starts in the text, where it came from in the source, and whether its
   * characters map one to one (else all of them to that one place): the offsets themselves are
   * made only if asked for (sourceOffsets), which checking a draft never does.
   */
  private runStarts = new Int32Array(256);
  private runSources = new Int32Array(256);
  /**
   * 1 when the run maps one to one. (Typed arrays: they live as long as the text, and the
   * garbage collector does not copy their contents as it copies an array's.)
   */
  private runPerChar = new Uint8Array(256);
  private runs = 0;
  length = 0;
  lastCode = 10; // acts as "start of a line"
  pendingSpace = -1;
  pendingBreak = -1;

  private emit(s: string, source: number, perChar: boolean): void {
    if (this.runs === this.runStarts.length) {
      this.runStarts = grown(this.runStarts, new Int32Array(this.runs * 2));
      this.runSources = grown(this.runSources, new Int32Array(this.runs * 2));
      this.runPerChar = grown(this.runPerChar, new Uint8Array(this.runs * 2));
    }
    this.runStarts[this.runs] = this.length;
    this.runSources[this.runs] = source;
    this.runPerChar[this.runs] = perChar ? 1 : 0;
    this.runs++;
    this.length += s.length;
    this.pieces.push(s);
    this.lastCode = s.charCodeAt(s.length - 1);
  }

  /** Emits the line break or space owed before visible text. */
  private settle(): void {
    if (this.pendingBreak >= 0) {
      if (this.length > 0 && this.lastCode !== 10) this.emit("\n", this.pendingBreak, false);
      this.pendingBreak = -1;
      this.pendingSpace = -1;
    } else if (this.pendingSpace >= 0) {
      if (this.length > 0 && this.lastCode !== 10 && this.lastCode !== 32) {
        this.emit(" ", this.pendingSpace, false);
      }
      this.pendingSpace = -1;
    }
  }

  requestBreak(source: number): void {
    if (this.pendingBreak < 0) this.pendingBreak = source;
  }

  requestSpace(source: number): void {
    if (this.pendingSpace < 0) this.pendingSpace = source;
  }

  /**
   * A line break requested at or after `since` and not yet written becomes a space: a cell's
   * last block ends the cell, not the line.
   */
  breakToSpace(since: number): void {
    if (this.pendingBreak >= since) {
      this.requestSpace(this.pendingBreak);
      this.pendingBreak = -1;
    }
  }

  /**
   * The space written at text offset `at`, if one was, becomes a line break: one character for
   * one, so every offset stays as it was.
   */
  spaceToBreak(at: number): void {
    for (let run = this.runs - 1; run >= 0; run--) {
      const start = this.runStarts[run]!;
      if (start < at) return;
      if (start === at) {
        if (this.pieces[run] === " ") {
          this.pieces[run] = "\n";
          if (run === this.runs - 1) this.lastCode = 10;
        }
        return;
      }
    }
  }

  forceBreak(source: number): void {
    this.pendingBreak = -1;
    this.pendingSpace = -1;
    this.emit("\n", source, false);
  }

  /**
   * Collapses whitespace like a browser; `perChar` false maps every char to `source`. Text
   * between collapsing runs (words joined by single spaces) is copied as one piece: mail is
   * mostly such text, and a piece per word made this the costliest step of a large body.
   */
  addFlow(text: string, source: number, perChar: boolean): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      COLLAPSING_RUN.lastIndex = i;
      const run = COLLAPSING_RUN.exec(text);
      const runStart = run ? run.index : n;
      if (runStart > i) {
        this.settle();
        this.emit(
          i === 0 && runStart === n ? text : text.slice(i, runStart),
          perChar ? source + i : source,
          perChar,
        );
      }
      if (!run) break;
      this.requestSpace(perChar ? source + runStart : source);
      i = runStart + run[0].length;
    }
  }

  /** Keeps whitespace as written (inside <pre>), dropping carriage returns. */
  addPreformatted(text: string, source: number, perChar: boolean): void {
    this.settle();
    let i = 0;
    while (i < text.length) {
      const cr = text.indexOf("\r", i);
      const end = cr < 0 ? text.length : cr;
      if (end > i) this.emit(text.slice(i, end), perChar ? source + i : source, perChar);
      i = end + 1;
    }
  }

  finish(sourceLength: number): { text: string; offsets: () => Int32Array } {
    const { runs, length } = this;
    const runStarts = this.runStarts.subarray(0, runs);
    const runSources = this.runSources.subarray(0, runs);
    const runPerChar = this.runPerChar.subarray(0, runs);
    const offsets = () => {
      const result = new Int32Array(length + 1);
      for (let r = 0; r < runs; r++) {
        const start = runStarts[r]!;
        const end = r + 1 < runs ? runStarts[r + 1]! : length;
        const source = runSources[r]!;
        if (runPerChar[r] === 1) for (let i = start; i < end; i++) result[i] = source + (i - start);
        else result.fill(source, start, end);
      }
      result[length] = sourceLength;
      return result;
    };
    return { text: this.pieces.join(""), offsets };
  }
}

/**
 * A PlainText whose sourceOffsets are made on first use and kept: an array of the text's length
 * that only applying a fix to HTML reads.
 */
function plainText(
  text: string,
  makeOffsets: () => Int32Array,
  links: Link[],
  quotedSpans: TextSpan[],
): PlainText {
  let offsets: Int32Array | undefined;
  return {
    text,
    get sourceOffsets() {
      return (offsets ??= makeOffsets());
    },
    links,
    quotedSpans,
  };
}

export function htmlToText(html: string): PlainText {
  if (typeof html !== "string") throw new TypeError("htmlToText: the HTML body must be a string");
  const out = new TextBuilder();
  const links: Link[] = [];
  const quoted: TextSpan[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let restStart = -1;
  // Open table cells, innermost last. Word HTML (classic Outlook) wraps each cell's text in
  // <p class=MsoNormal>, and other editors in <div> or <span>: a row reads as one line however
  // its cells wrap their text, cells apart by a space as bare <td> cells are. Only a break
  // between two blocks of one cell is a line.
  const cells: Cell[] = [];

  parseHtmlTree<Frame>(html, {
    open(name, attribs, source, kept) {
      const style = attribs["style"];
      const skip =
        SKIPPED.has(name) ||
        attribs["hidden"] !== undefined ||
        (style !== undefined && HIDDEN_STYLE.test(style));
      const pre = PREFORMATTED.has(name);
      // Most elements (a paragraph, a span) neither hide, keep white space, quote nor link: they
      // share one frame that says so instead of each getting one.
      let frame: Frame = skip || pre ? newFrame(skip, pre) : PLAIN_FRAME;
      // An element nested past the depth bound is laid out, but hides, quotes and links nothing:
      // it gets no end of its own to undo that (its text is kept, never lost).
      if (kept) {
        if (skip) skipDepth++;
        if (pre) preDepth++;
      }
      if (skipDepth > 0) return frame;

      const cell = cells.length > 0 ? cells[cells.length - 1]! : undefined;
      /** A line inside the cell: it is lines of its own, and its first line starts one too. */
      const breaksCell = () => {
        if (!cell || cell.nestedTable || cell.multiline) return;
        cell.multiline = true;
        out.spaceToBreak(cell.textStart);
      };
      if (name === "br") {
        if (cell && out.length > cell.textStart) breaksCell();
        out.forceBreak(source);
      } else if (BLOCK.has(name)) {
        if (cell && TABLE_PARTS.has(name)) {
          if (kept) cell.nestedTable = true;
          out.requestBreak(source);
        } else if (cell && !cell.nestedTable && out.length === cell.textStart) {
          // A block that starts the cell's text: the cell's own space, not a new line.
          out.requestSpace(source);
        } else {
          if (cell && out.length > cell.textStart) breaksCell();
          out.requestBreak(source);
        }
      } else if (CELL.has(name)) out.requestSpace(source);

      const id = attribs["id"];
      if (
        restStart < 0 &&
        ((id !== undefined && REST_IDS.test(id)) || hasClass(attribs, REST_CLASSES))
      ) {
        restStart = out.length;
      }
      if (!kept) return frame;
      const isQuote =
        (name === "blockquote" && !BORDERLESS.test(style ?? "")) ||
        hasClass(attribs, QUOTE_CLASSES) ||
        (id !== undefined && QUOTE_IDS.test(id)) ||
        attribs["name"] === "messageReplySection";
      const href = name === "a" ? attribs["href"] : undefined;
      const isCell = CELL.has(name);
      if ((isQuote || href || isCell) && frame === PLAIN_FRAME) frame = newFrame(skip, pre);
      if (isCell) {
        frame.cellSource = source;
        cells.push({ source, textStart: out.length, nestedTable: false, multiline: false });
      }
      if (isQuote) frame.quoteStart = out.length;
      if (href) {
        frame.href = href.trim();
        frame.linkStart = out.length;
      }
      return frame;
    },
    close(name, frame, source) {
      if (frame?.skip) skipDepth--;
      if (frame?.pre) preDepth--;
      if (frame && frame.cellSource >= 0) {
        const cell = cells.pop();
        // The break its last block asked for ends the cell: a space, as between bare cells;
        // a cell of several lines ends its line.
        if (skipDepth === 0 && cell && !cell.nestedTable) {
          if (cell.multiline) out.requestBreak(source);
          else out.breakToSpace(cell.source);
        }
      }
      if (skipDepth > 0) return;
      if (frame && frame.quoteStart >= 0) quoted.push({ start: frame.quoteStart, end: out.length });
      if (frame?.href !== undefined && out.length > frame.linkStart) {
        links.push({ href: frame.href, start: frame.linkStart, end: out.length });
      }
      if (BLOCK.has(name) && name !== "br") out.requestBreak(source);
    },
    text(data, source, perChar) {
      if (skipDepth > 0) return;
      if (preDepth > 0) out.addPreformatted(data, source, perChar);
      else out.addFlow(data, source, perChar);
    },
    attributes: READ_ATTRIBUTES,
  });

  const { text, offsets } = out.finish(html.length);
  if (restStart >= 0) quoted.push({ start: restStart, end: text.length });
  return plainText(
    text,
    offsets,
    trimSpans(text, links).sort((a, b) => a.start - b.start),
    mergeSpansAcross(text, trimSpans(text, quoted)),
  );
}

const URL_PATTERN = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'`]+/gi;
/** Punctuation after an address in prose ("see www.example.com."): not part of it. */
const TRAILING_PUNCTUATION = `.,;:!?)]}'"»”’`;

/** A text body as PlainText: offsets are the identity; links are found by their URL shape. */
export function textToPlainText(text: string): PlainText {
  if (typeof text !== "string") throw new TypeError("textToPlainText: the body must be a string");
  const links: Link[] = [];
  // exec loop rather than matchAll: the launch-event bundle targets old runtimes.
  const urls = new RegExp(URL_PATTERN.source, URL_PATTERN.flags);
  for (let match = urls.exec(text); match; match = urls.exec(text)) {
    const href = trimEndOf(match[0], TRAILING_PUNCTUATION);
    if (href.length > 4) links.push({ href, start: match.index, end: match.index + href.length });
  }
  const identity = () => {
    const offsets = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) offsets[i] = i;
    return offsets;
  };
  return plainText(text, identity, links, []);
}
