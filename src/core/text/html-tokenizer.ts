/*! Derived from the Tokenizer of htmlparser2 12 (https://github.com/fb55/htmlparser2).
Copyright 2010, 2011, Chris Winberry <chris@winberry.net>. All rights reserved.
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions: The above copyright notice and this
permission notice shall be included in all copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE. */

/**
 * htmlparser2's Tokenizer (version 12, MIT licence above), as html-tree.ts runs it: HTML (not
 * XML), character references left to html-entities.ts, `/>` not ending an element, the whole
 * document in one call. Its states and their order of callbacks are kept one for one; what
 * differs is how it moves: where a state does nothing with a character (the rest of a tag name,
 * the white space between attributes, text up to the next `<`), it jumps to the next character
 * that matters, found natively (indexOf) or by a tight loop, instead of passing each character
 * through the state switch. On an Outlook-shaped body that reading took a third of analysing
 * the draft. test/core/text/html-tokenizer.test.ts compares its callbacks with the original's on
 * random markup.
 */
import type { QuoteType, TokenizerCallbacks } from "htmlparser2";

const enum Code {
  Tab = 9,
  NewLine = 10,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  ExclamationMark = 33,
  DoubleQuote = 34,
  SingleQuote = 39,
  Dash = 45,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Questionmark = 63,
  OpeningSquareBracket = 91,
}

const enum State {
  Text = 1,
  BeforeTagName,
  InTagName,
  InSelfClosingTag,
  BeforeClosingTagName,
  InClosingTagName,
  AfterClosingTagName,
  BeforeAttributeName,
  InAttributeName,
  AfterAttributeName,
  BeforeAttributeValue,
  InAttributeValueDq,
  InAttributeValueSq,
  InAttributeValueNq,
  BeforeDeclaration,
  InDeclaration,
  BeforeComment,
  CDATASequence,
  DeclarationSequence,
  InSpecialComment,
  InCommentLike,
  SpecialStartSequence,
  InSpecialTag,
  InPlainText,
}

/** htmlparser2's QuoteType values (the type only is imported: nothing of its code is needed). */
const NO_VALUE = 0 as QuoteType;
const UNQUOTED = 1 as QuoteType;
const SINGLE = 2 as QuoteType;
const DOUBLE = 3 as QuoteType;

function isWhitespace(c: number): boolean {
  return (
    c === Code.Space ||
    c === Code.NewLine ||
    c === Code.Tab ||
    c === Code.FormFeed ||
    c === Code.CarriageReturn
  );
}

function isEndOfTagSection(c: number): boolean {
  return c === Code.Slash || c === Code.Gt || isWhitespace(c);
}

function isASCIIAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const codes = (text: string): readonly number[] => Array.from(text, (c) => c.charCodeAt(0));

const Sequences = {
  Empty: [] as readonly number[],
  Cdata: codes("CDATA["),
  CdataEnd: codes("]]>"),
  CommentEnd: codes("--!>"),
  Doctype: codes("doctype"),
  IframeEnd: codes("</iframe"),
  NoembedEnd: codes("</noembed"),
  NoframesEnd: codes("</noframes"),
  Plaintext: codes("</plaintext"),
  ScriptEnd: codes("</script"),
  StyleEnd: codes("</style"),
  TitleEnd: codes("</title"),
  TextareaEnd: codes("</textarea"),
  XmpEnd: codes("</xmp"),
};

/** The first letter of a text-only element's name → the sequence its detection follows. */
const specialStartSequences = new Map<number, readonly number[]>([
  [Sequences.IframeEnd[2]!, Sequences.IframeEnd],
  [Sequences.NoembedEnd[2]!, Sequences.NoembedEnd],
  [Sequences.Plaintext[2]!, Sequences.Plaintext],
  [Sequences.ScriptEnd[2]!, Sequences.ScriptEnd],
  [Sequences.TitleEnd[2]!, Sequences.TitleEnd],
  [Sequences.XmpEnd[2]!, Sequences.XmpEnd],
]);

export class HtmlTokenizer {
  private state = State.Text;
  private buffer = "";
  private sectionStart = 0;
  private index = 0;
  private isSpecial = false;
  private currentSequence: readonly number[] = Sequences.Empty;
  private sequenceIndex = 0;

  constructor(private readonly cbs: TokenizerCallbacks) {}

  /** Reads the whole document and ends it (htmlparser2's write(html) then end()). */
  run(html: string): void {
    this.buffer = html;
    this.parse();
    this.handleTrailingData();
    this.cbs.onend();
  }

  /**
   * To just before the next `char` (the loop's step then lands on it) and true, or to the end
   * and false: htmlparser2's fastForwardTo, natively.
   */
  private fastForwardTo(char: string): boolean {
    const at = this.buffer.indexOf(char, this.index + 1);
    if (at >= 0) {
      this.index = at;
      return true;
    }
    this.index = this.buffer.length - 1;
    return false;
  }

  /** Moves to just before the first character from `from` on that `stops`, or to the end. */
  private skipUntil(from: number, stops: (c: number) => boolean): void {
    const buffer = this.buffer;
    let at = from;
    while (at < buffer.length && !stops(buffer.charCodeAt(at))) at++;
    this.index = at - 1;
  }

  private stateText(c: number): void {
    if (c === Code.Lt || this.fastForwardTo("<")) {
      if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    }
  }

  private enterTagBody(): void {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State.InPlainText;
    } else if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State.Text;
    }
  }

  private stateSpecialStartSequence(c: number): void {
    const lower = c | 0x20;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (
        this.sequenceIndex === 4 &&
        this.currentSequence === Sequences.NoembedEnd &&
        lower === Sequences.NoframesEnd[4]
      ) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }

  private stateCDATASequence(c: number): void {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      this.state = State.InSpecialComment;
      this.stateInSpecialComment(c);
    }
  }

  private emitComment(offset: number): void {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }

  private stateInCommentLike(c: number): void {
    const sequence = this.currentSequence;
    if (
      sequence === Sequences.CommentEnd &&
      this.sequenceIndex <= 1 &&
      this.index === this.sectionStart + this.sequenceIndex &&
      c === Code.Gt
    ) {
      // Abruptly closed empty comment: "<!-->", "<!--->".
      this.emitComment(this.sequenceIndex);
    } else if (sequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === Code.Gt) {
      this.emitComment(2);
    } else if (
      sequence === Sequences.CommentEnd &&
      this.sequenceIndex === sequence.length - 1 &&
      c !== Code.Gt
    ) {
      this.sequenceIndex = Number(c === Code.Dash);
    } else if (c === sequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === sequence.length) {
        if (sequence === Sequences.CdataEnd) this.cbs.oncdata(this.sectionStart, this.index, 2);
        else this.cbs.oncomment(this.sectionStart, this.index, 3);
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(String.fromCharCode(sequence[0]!))) this.sequenceIndex = 1;
    } else if (c !== sequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }

  private stateInSpecialTag(c: number): void {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) this.cbs.ontext(this.sectionStart, endOfText);
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 0x20) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (
        this.currentSequence === Sequences.TitleEnd ||
        this.currentSequence === Sequences.TextareaEnd
      ) {
        // RCDATA: the original reads on character by character (references are decoded
        // elsewhere, so nothing happens) until one that starts the end sequence: "<", or any
        // character the case-folding comparison above takes for it (U+001C).
        this.skipUntil(this.index + 1, startsEndSequence);
      } else if (this.fastForwardTo("<")) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === Code.Lt);
    }
  }

  private stateBeforeTagName(c: number): void {
    if (c === Code.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === Code.Questionmark) {
      this.state = State.InSpecialComment;
      this.sectionStart = this.index;
    } else if (isASCIIAlpha(c)) {
      this.sectionStart = this.index;
      const special = this.cbs.isInForeignContext?.()
        ? undefined
        : specialStartSequences.get(c | 0x20);
      if (special === undefined) {
        this.state = State.InTagName;
        this.skipUntil(this.index + 1, isEndOfTagSection);
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State.SpecialStartSequence;
      }
    } else if (c === Code.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }

  private stateInTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else {
      this.skipUntil(this.index + 1, isEndOfTagSection);
    }
  }

  private stateBeforeClosingTagName(c: number): void {
    if (isWhitespace(c)) {
      this.state = State.InSpecialComment;
      this.sectionStart = this.index;
    } else if (c === Code.Gt) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = isASCIIAlpha(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }

  private stateInClosingTagName(c: number): void {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    } else {
      this.skipUntil(this.index + 1, isEndOfTagSection);
    }
  }

  private stateAfterClosingTagName(c: number): void {
    if (c === Code.Gt || this.fastForwardTo(">")) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeAttributeName(c: number): void {
    if (c === Code.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === Code.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
      this.skipUntil(this.index + 1, endsAttributeName);
    }
  }

  private stateInSelfClosingTag(c: number): void {
    if (c === Code.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      this.enterTagBody();
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }

  private stateInAttributeName(c: number): void {
    if (endsAttributeName(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    } else {
      this.skipUntil(this.index + 1, endsAttributeName);
    }
  }

  private stateAfterAttributeName(c: number): void {
    if (c === Code.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === Code.Slash || c === Code.Gt) {
      this.cbs.onattribend(NO_VALUE, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(NO_VALUE, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
      this.skipUntil(this.index + 1, endsAttributeName);
    }
  }

  private stateBeforeAttributeValue(c: number): void {
    if (c === Code.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === Code.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }

  private handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || this.fastForwardTo(quote === Code.DoubleQuote ? '"' : "'")) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === Code.DoubleQuote ? DOUBLE : SINGLE, this.index + 1);
      this.state = State.BeforeAttributeName;
    }
  }

  private stateInAttributeValueNoQuotes(c: number): void {
    if (isWhitespace(c) || c === Code.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(UNQUOTED, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else {
      this.skipUntil(this.index + 1, endsUnquotedValue);
    }
  }

  private stateBeforeDeclaration(c: number): void {
    if (c === Code.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if ((c | 0x20) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === Code.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === Code.Dash) {
      this.state = State.BeforeComment;
    } else {
      this.state = State.InSpecialComment;
    }
  }

  private stateDeclarationSequence(c: number): void {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 0x20) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === Code.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }

  private stateInDeclaration(c: number): void {
    if (c === Code.Gt || this.fastForwardTo(">")) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  private stateBeforeComment(c: number): void {
    if (c === Code.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (c === Code.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }

  private stateInSpecialComment(c: number): void {
    if (c === Code.Gt || this.fastForwardTo(">")) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }

  /** What is read so far of text or an attribute value, at the end of the document. */
  private cleanup(): void {
    if (this.sectionStart === this.index) return;
    const state = this.state;
    if (
      state === State.Text ||
      state === State.InPlainText ||
      (state === State.InSpecialTag && this.sequenceIndex === 0)
    ) {
      this.cbs.ontext(this.sectionStart, this.index);
      this.sectionStart = this.index;
    } else if (
      state === State.InAttributeValueDq ||
      state === State.InAttributeValueSq ||
      state === State.InAttributeValueNq
    ) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = this.index;
    }
  }

  private parse(): void {
    const buffer = this.buffer;
    for (; this.index < buffer.length; this.index++) {
      const c = buffer.charCodeAt(this.index);
      switch (this.state) {
        case State.Text:
          this.stateText(c);
          break;
        case State.InPlainText:
          this.index = buffer.length - 1;
          break;
        case State.SpecialStartSequence:
          this.stateSpecialStartSequence(c);
          break;
        case State.InSpecialTag:
          this.stateInSpecialTag(c);
          break;
        case State.CDATASequence:
          this.stateCDATASequence(c);
          break;
        case State.DeclarationSequence:
          this.stateDeclarationSequence(c);
          break;
        case State.InAttributeValueDq:
          this.handleInAttributeValue(c, Code.DoubleQuote);
          break;
        case State.InAttributeName:
          this.stateInAttributeName(c);
          break;
        case State.InCommentLike:
          this.stateInCommentLike(c);
          break;
        case State.InSpecialComment:
          this.stateInSpecialComment(c);
          break;
        case State.BeforeAttributeName:
          this.stateBeforeAttributeName(c);
          break;
        case State.InTagName:
          this.stateInTagName(c);
          break;
        case State.InClosingTagName:
          this.stateInClosingTagName(c);
          break;
        case State.BeforeTagName:
          this.stateBeforeTagName(c);
          break;
        case State.AfterAttributeName:
          this.stateAfterAttributeName(c);
          break;
        case State.InAttributeValueSq:
          this.handleInAttributeValue(c, Code.SingleQuote);
          break;
        case State.BeforeAttributeValue:
          this.stateBeforeAttributeValue(c);
          break;
        case State.BeforeClosingTagName:
          this.stateBeforeClosingTagName(c);
          break;
        case State.AfterClosingTagName:
          this.stateAfterClosingTagName(c);
          break;
        case State.InAttributeValueNq:
          this.stateInAttributeValueNoQuotes(c);
          break;
        case State.InSelfClosingTag:
          this.stateInSelfClosingTag(c);
          break;
        case State.InDeclaration:
          this.stateInDeclaration(c);
          break;
        case State.BeforeDeclaration:
          this.stateBeforeDeclaration(c);
          break;
        case State.BeforeComment:
          this.stateBeforeComment(c);
          break;
      }
    }
    this.cleanup();
  }

  private handleTrailingCommentLikeData(endIndex: number): boolean {
    if (this.state !== State.InCommentLike) return false;
    if (this.currentSequence === Sequences.CdataEnd) {
      // Unclosed CDATA is a bogus comment in HTML.
      const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
      this.cbs.oncomment(cdataStart, endIndex, 0);
    } else {
      const offset = Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }

  private handleTrailingMarkupDeclaration(endIndex: number): boolean {
    switch (this.state) {
      case State.BeforeDeclaration:
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CDATASequence:
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      case State.DeclarationSequence:
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      case State.InDeclaration:
        return true;
      default:
        return false;
    }
  }

  private handleTrailingData(): void {
    const endIndex = this.buffer.length;
    if (
      this.handleTrailingCommentLikeData(endIndex) ||
      this.handleTrailingMarkupDeclaration(endIndex)
    ) {
      return;
    }
    if (this.sectionStart >= endIndex) return;
    switch (this.state) {
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName:
        // An unfinished tag is dropped.
        break;
      default:
        this.cbs.ontext(this.sectionStart, endIndex);
    }
  }
}

function startsEndSequence(c: number): boolean {
  return (c | 0x20) === Code.Lt;
}

function endsAttributeName(c: number): boolean {
  return c === Code.Eq || isEndOfTagSection(c);
}

function endsUnquotedValue(c: number): boolean {
  return c === Code.Gt || isWhitespace(c);
}
