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
