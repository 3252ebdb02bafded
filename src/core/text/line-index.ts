/**
 * The lines of a text ("\n"-separated; a "\r" stays part of its line), found in one pass and
 * looked up by binary search. A check that asks "which line is this hit on?" for every hit paid a
 * scan back to the previous line break each time: on a 1 MB text with no line break, one scan
 * of the whole text per hit (issue 16). Build one index per text and share it (the checks get
 * theirs from `linesOf` in checks/helpers.ts, memoised per analysed draft).
 */
export interface LineSpan {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character: its "\n", or the end of the text. */
  end: number;
}

export class LineIndex {
  /** starts[i]: offset where line i begins; starts[0] is 0. */
  private readonly starts: Int32Array;
  private readonly length: number;

  constructor(text: string) {
    let count = 1;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
      starts[line++] = at + 1;
    }
    this.starts = starts;
    this.length = text.length;
  }

  /** How many lines the text has (an empty text has one, empty). */
  get count(): number {
    return this.starts.length;
  }

  /**
   * The number of the line holding `offset` (0-based). A "\n" belongs to the line it ends;
   * `offset` equal to the text's length is on the last line.
   */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Line `line` (0-based) without its line break. */
  line(line: number): LineSpan {
    const start = this.starts[line]!;
    const end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.length;
    return { start, end };
  }

  /** The line holding `offset`, without its line break. */
  lineAt(offset: number): LineSpan {
    return this.line(this.lineOf(offset));
  }
}
