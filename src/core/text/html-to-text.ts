// Placeholder so the planned API type-checks while it is being written (core-text helper).
import type { TextSpan } from "./span";

export interface Link {
  href: string;
  start: number;
  end: number;
}

export interface PlainText {
  text: string;
  sourceOffsets: Int32Array;
  links: Link[];
  quotedSpans: TextSpan[];
}

export function htmlToText(_html: string): PlainText {
  throw new Error("htmlToText is not implemented yet");
}

export function textToPlainText(_text: string): PlainText {
  throw new Error("textToPlainText is not implemented yet");
}
