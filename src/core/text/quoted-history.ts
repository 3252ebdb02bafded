// Placeholder so the planned API type-checks while it is being written (core-text helper).
import type { TextSpan } from "./span";
import type { PlainText } from "./html-to-text";

export function findQuotedHistory(_text: string): TextSpan[] {
  throw new Error("findQuotedHistory is not implemented yet");
}
export function findSignature(_text: string): TextSpan | undefined {
  throw new Error("findSignature is not implemented yet");
}
export function authoredSpans(_textLength: number, _quoted: readonly TextSpan[]): TextSpan[] {
  throw new Error("authoredSpans is not implemented yet");
}
export function isInSpans(_spans: readonly TextSpan[], _start: number, _end: number): boolean {
  throw new Error("isInSpans is not implemented yet");
}
/** Structural (HTML) quoted spans merged with those found in the text itself. */
export function quotedHistorySpans(_plain: PlainText): TextSpan[] {
  throw new Error("quotedHistorySpans is not implemented yet");
}
