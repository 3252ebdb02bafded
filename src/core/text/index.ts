// The text layer's public API: checks import from here, never from the files behind it.
export type { TextSpan } from "./span";
export { mergeSpans, mergeSpansAcross } from "./span";
export type { WordToken } from "./words";
export { foldText, tokenize, normalizeTerm, isWordChar } from "./words";
export type { TermMatch, TermEntry, TermMatcherOptions } from "./matcher";
export { TermMatcher } from "./matcher";
export type { Link, PlainText } from "./html-to-text";
export { htmlToText, textToPlainText } from "./html-to-text";
export {
  findQuotedHistory,
  findSignature,
  authoredSpans,
  isInSpans,
  quotedHistorySpans,
} from "./quoted-history";
export { nameKey, isNameVariant } from "./names";
export { singleLine, singleLineShort, defangUrls } from "./single-line";
