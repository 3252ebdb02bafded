/**
 * A small Aho-Corasick automaton over UTF-16 code units. modern-ahocorasick needs
 * Intl.Segmenter, which an older JavaScript-only Outlook runtime may lack; the matcher falls
 * back to this one there. Patterns and text are already normalised (folded letters, single
 * spaces), so code units are as good as graphemes for them.
 */

export interface CodeUnitHit<T> {
  start: number;
  end: number;
  data: T;
}

export class CodeUnitAutomaton<T> {
  private readonly edges: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each state, following failure links (index into patterns). */
  private readonly outputs: number[][] = [[]];
  private readonly patterns: { length: number; data: T }[] = [];

  constructor(patterns: readonly { pattern: string; data: T }[]) {
    for (const { pattern, data } of patterns) {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let next = this.edges[state]!.get(code);
        if (next === undefined) {
          next = this.edges.length;
          this.edges.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.edges[state]!.set(code, next);
        }
        state = next;
      }
      this.outputs[state]!.push(this.patterns.length);
      this.patterns.push({ length: pattern.length, data });
    }
    // Breadth-first: each state's failure link points at its longest proper suffix state.
    const queue: number[] = [...this.edges[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.edges[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.edges[fallback]!.has(code)) fallback = this.fail[fallback]!;
        const target = this.edges[fallback]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child]!.push(...this.outputs[this.fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Every occurrence, overlaps included, in order of end offset. */
  search(text: string): CodeUnitHit<T>[] {
    const hits: CodeUnitHit<T>[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      while (state !== 0 && !this.edges[state]!.has(code)) state = this.fail[state]!;
      state = this.edges[state]!.get(code) ?? 0;
      for (const index of this.outputs[state]!) {
        const { length, data } = this.patterns[index]!;
        hits.push({ start: i + 1 - length, end: i + 1, data });
      }
    }
    return hits;
  }
}
