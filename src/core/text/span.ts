/** A half-open range [start, end) of UTF-16 offsets into one string. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Sorts spans and merges those that overlap or touch; drops empty ones. */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/** Like {@link mergeSpans}, and also joins spans separated only by whitespace in `text`. */
export function mergeSpansAcross(text: string, spans: readonly TextSpan[]): TextSpan[] {
  const joined: TextSpan[] = [];
  for (const span of mergeSpans(spans)) {
    const last = joined[joined.length - 1];
    if (last && text.slice(last.end, span.start).trim() === "") {
      last.end = span.end;
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/** Whether the UTF-16 unit at `index` is white space as `/\s/` (and so `trim()`) sees it. */
export function isWhiteSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || (code >= 0x1680 && WHITE_SPACE.test(text[index]!));
}

const WHITE_SPACE = /\s/;

/**
 * `spans` (any order, kept) with their edges moved off white space; spans that hold only white
 * space are dropped. Linear in the text however many spans share the same white space (nested
 * quotes in a `<pre>`): edges are resolved in one sweep each way, each reusing the answer of the
 * edge beyond it.
 */
export function trimSpans<S extends TextSpan>(text: string, spans: readonly S[]): S[] {
  const visibleFrom = new Map<number, number>();
  let known = text.length;
  let knownAnswer = text.length;
  for (const start of [...new Set(spans.map((s) => s.start))].sort((a, b) => b - a)) {
    let at = start;
    while (at < known && isWhiteSpaceAt(text, at)) at++;
    const answer = at === known ? knownAnswer : at;
    visibleFrom.set(start, answer);
    known = start;
    knownAnswer = answer;
  }
  const visibleUntil = new Map<number, number>();
  known = 0;
  knownAnswer = 0;
  for (const end of [...new Set(spans.map((s) => s.end))].sort((a, b) => a - b)) {
    let at = end;
    while (at > known && isWhiteSpaceAt(text, at - 1)) at--;
    const answer = at === known ? knownAnswer : at;
    visibleUntil.set(end, answer);
    known = end;
    knownAnswer = answer;
  }
  const kept: S[] = [];
  for (const span of spans) {
    const start = visibleFrom.get(span.start)!;
    if (start >= span.end) continue;
    // text[start] is visible and before span.end, so the end stays after it.
    kept.push({ ...span, start, end: visibleUntil.get(span.end)! });
  }
  return kept;
}

/**
 * Answers "does [start, end) overlap any of these spans?" in O(log n): spans sorted by start
 * (they may overlap or nest), with the furthest end reached by each prefix. Spans may be added
 * while querying, as long as they come in order of start.
 */
export class OverlapIndex {
  private readonly starts: number[] = [];
  /** reach[i]: the largest end among the first i + 1 spans. */
  private readonly reach: number[] = [];

  constructor(sorted: Iterable<TextSpan> = []) {
    for (const span of sorted) this.add(span);
  }

  get size(): number {
    return this.starts.length;
  }

  /** Adds a span starting at or after every span added before. */
  add(span: TextSpan): void {
    const count = this.starts.length;
    if (count > 0 && span.start < this.starts[count - 1]!) {
      throw new RangeError("OverlapIndex: spans must be added in order of start");
    }
    this.starts.push(span.start);
    this.reach.push(count > 0 ? Math.max(this.reach[count - 1]!, span.end) : span.end);
  }

  /** Whether some span has start < `end` and end > `start` (touching is not overlapping). */
  overlaps(start: number, end: number): boolean {
    // The spans starting before `end` are a prefix; one of them reaches past `start` if the
    // furthest does.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.reach[low - 1]! > start;
  }
}

/** Index of the span holding `offset` in sorted, non-overlapping spans (binary search), or -1. */
export function spanIndexAt(spans: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span holding `offset` in sorted, non-overlapping spans (binary search), or undefined. */
export function spanAt<T extends TextSpan>(spans: readonly T[], offset: number): T | undefined {
  const index = spanIndexAt(spans, offset);
  return index < 0 ? undefined : spans[index];
}

/** The first of `spans` (sorted by start) that starts after `offset`, or undefined. */
export function firstSpanAfter<T extends TextSpan>(
  spans: readonly T[],
  offset: number,
): T | undefined {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start > offset) high = mid;
    else low = mid + 1;
  }
  return spans[low];
}

/**
 * `text` without the run of `characters` at its end. (A pattern like /[.,]+$/ retries every
 * character of a long run that does not reach the end: seconds on a long address.)
 */
export function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
