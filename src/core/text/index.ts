// The text layer's public API for the checks and the launch event. Code the read-mode pane loads
// (listening, core/analysis.ts, checks/short-forms.ts) imports the defining files instead: this
// index would pull the matcher, word gate and inflections into the heard chunk
// (test/manifest/heard-imports.test.ts; docs/performance.md, "Bundle budgets", round 44).
export type { TextSpan } from "./span";
export {
  mergeSpans,
  mergeSpansAcross,
  trimSpans,
  isWhiteSpaceAt,
  OverlapIndex,
  spanAt,
  spanIndexAt,
  firstSpanAfter,
  trimEndOf,
} from "./span";
export type { LineSpan } from "./line-index";
export { LineIndex } from "./line-index";
export type { WordToken } from "./words";
export { foldText, tokenize, normalizeTerm, isWordChar, handleWords, readTextWords } from "./words";
export type { HandleWord } from "./words";
export type { TermMatch, TermEntry, TermMatcherOptions } from "./matcher";
export { TermMatcher, singularOf } from "./matcher";
export { WordAlternation, WordGate } from "./word-gate";
export type { Link, PlainText } from "./html-to-text";
export { htmlToText, textToPlainText } from "./html-to-text";
export { MAX_HTML_DEPTH } from "./html-tree";
export {
  findQuotedHistory,
  findSignature,
  authoredSpans,
  isInSpans,
  quotedHistorySpans,
} from "./quoted-history";
export {
  nameKey,
  isNameVariant,
  isAcceptedSpelling,
  hasDroppedMarks,
  hasDroppedInnerMarks,
  hasWrongCapitals,
  markedSpelling,
} from "./names";
export { nicknamesOf, otherSpellingsOf, isCommonWordName } from "./nicknames";
export { LETTER_CLASS, CAPITAL_CLASS, isUpperCaseAt, isCasedLetter, lettersOf } from "./letters";
export type { MeetingPlatform, MeetingAddress } from "./meeting-links";
export { meetingAddress, meetingPlatformOf } from "./meeting-links";
export type { MeetingBlock } from "./meeting-blocks";
export { findMeetingBlocks } from "./meeting-blocks";
export { authorSignatures, findSignOffs, isValediction, isProseLine } from "./sign-off";
export { findBoilerplate } from "./boilerplate";
export { isCommonWord, isKnownName } from "./common-words";
export { singleLine, singleLineShort, defangUrls } from "./single-line";
