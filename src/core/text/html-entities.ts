/**
 * Character references (`&amp;`, `&#x1F600;`, legacy `&copy` without a semicolon) decoded exactly
 * as htmlparser2's Tokenizer decodes them, for a Tokenizer run with `decodeEntities: false`.
 *
 * With entity decoding on, the Tokenizer reads every character of text and attribute values one
 * by one through its state machine (about half the cost of reading an Outlook-shaped HTML body);
 * with it off, it jumps from `<` to `<` and from quote to quote. The stretches it then reports
 * raw are replayed here with the same decoder (`entities`' EntityDecoder, which the Tokenizer
 * uses) and the same steps as the Tokenizer's own text, RCDATA and attribute states, so the text,
 * its split into pieces and every offset are what the decoding Tokenizer reports
 * (test/core/text/html-tree.test.ts compares both on random tag soup).
 */
import { DecodingMode, EntityDecoder, htmlDecodeTree } from "entities/decode";

/** Where a stretch was read: text, the content of `<title>`/`<textarea>`, or an attribute value. */
export type EntityContext = "text" | "rcdata" | "attribute";

/** What a stretch is reported as: raw characters of the source, and decoded references. */
export interface EntitySink {
  /** Characters [start, end) of the source, as written. */
  data(start: number, end: number): void;
  /** One decoded code point; `end` is where the reference ends in the source. */
  entity(codePoint: number, end: number): void;
}

/** `</title`, `</textarea`: what ends an RCDATA element (the Tokenizer's end sequences). */
const RCDATA_END: Readonly<Record<string, readonly number[]>> = {
  title: codesOf("</title"),
  textarea: codesOf("</textarea"),
};

function codesOf(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

const AMP = 38;
const LT = 60;

export class EntityReplay {
  readonly #decoder = new EntityDecoder(htmlDecodeTree, (codePoint, consumed) =>
    this.#emit(codePoint, consumed),
  );
  #sink: EntitySink | undefined;
  /** The Tokenizer's `index`, `sectionStart` and `entityStart` while a stretch is replayed. */
  #index = 0;
  #sectionStart = 0;
  #entityStart = 0;
  /** The source last searched, where from, and the "&" found (its length: none). */
  #source = "";
  #searchedFrom = 0;
  #ampersand = -1;

  /**
   * Replays source[start, end), a stretch the non-decoding Tokenizer reported whole: `end` is
   * where the stretch stopped (a `<`, a quote, the end of an RCDATA element or of the input).
   * `rcdata` names the element for "rcdata" stretches ("title" or "textarea").
   */
  replay(
    source: string,
    start: number,
    end: number,
    context: EntityContext,
    sink: EntitySink,
    rcdata?: string,
  ): void {
    // Nothing to decode: one piece, as the decoding Tokenizer reports it too.
    const amp = this.#nextAmpersand(source, start);
    if (amp >= end) {
      if (start < end) sink.data(start, end);
      return;
    }
    const sequence = context === "rcdata" ? RCDATA_END[rcdata ?? ""] : undefined;
    if (context === "rcdata" && !sequence)
      throw new Error(`EntityReplay: no RCDATA element ${rcdata}`);
    const mode = context === "attribute" ? DecodingMode.Attribute : DecodingMode.Legacy;
    this.#sink = sink;
    this.#sectionStart = start;
    let inEntity = false;
    let sequenceIndex = 0;
    // The Tokenizer's loop over the stretch: its base state (text, RCDATA or attribute value)
    // and its entity state, step for step (Tokenizer.stateText, stateInSpecialTag,
    // handleInAttributeValue, startEntity, stateInEntity, emitCodePoint).
    for (this.#index = start; this.#index < end; this.#index++) {
      const c = source.charCodeAt(this.#index);
      if (inEntity) {
        const length = this.#decoder.write(source, this.#index);
        if (length >= 0) {
          inEntity = false;
          if (length === 0) this.#index -= 1;
        } else if (c === AMP) {
          inEntity = false;
          this.#index -= 1;
        } else {
          this.#index = source.length - 1;
        }
        continue;
      }
      if (sequence) {
        // The end sequence can only be seen whole where the stretch ends.
        if (sequenceIndex === sequence.length) sequenceIndex = 0;
        if ((c | 0x20) === sequence[sequenceIndex]) {
          sequenceIndex += 1;
          continue;
        }
        if (sequenceIndex !== 0) {
          sequenceIndex = Number(c === LT);
          continue;
        }
      }
      if (c === AMP) {
        inEntity = true;
        this.#entityStart = this.#index;
        this.#decoder.startEntity(mode);
      }
    }
    if (inEntity) {
      // A reference still open where the stretch stops: what stops it (a `<`, a quote) ends it,
      // or the end of the input does (Tokenizer.finish).
      if (end < source.length) {
        this.#index = end;
        this.#decoder.write(source, end);
      } else {
        this.#decoder.end();
      }
    }
    if (this.#sectionStart < end) sink.data(this.#sectionStart, end);
    this.#sink = undefined;
  }

  /**
   * The first "&" at or after `from`. Stretches come in reading order, so the answer is kept and
   * searched again only once passed: a body without "&" is searched once, not once per stretch.
   */
  #nextAmpersand(source: string, from: number): number {
    if (source !== this.#source || from < this.#searchedFrom) {
      this.#source = source;
      this.#ampersand = -1;
    }
    this.#searchedFrom = from;
    if (this.#ampersand < from) {
      const found = source.indexOf("&", from);
      this.#ampersand = found < 0 ? source.length : found;
    }
    return this.#ampersand;
  }

  #emit(codePoint: number, consumed: number): void {
    const sink = this.#sink!;
    if (this.#sectionStart < this.#entityStart) sink.data(this.#sectionStart, this.#entityStart);
    this.#sectionStart = this.#entityStart + consumed;
    this.#index = this.#sectionStart - 1;
    sink.entity(codePoint, this.#sectionStart);
  }
}
