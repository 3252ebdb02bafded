/**
 * A clock for tests of waiting (src/profiles/clock.ts): time moves only when a test says so, or
 * when code sleeps (a sleep moves time forward by its length at once, firing every timer due on
 * the way), so a 3,600 s Retry-After or a 30 s request timeout is tested in milliseconds.
 */
import type { Clock } from "../../src/profiles/clock";

interface Timer {
  at: number;
  callback: () => void;
}

export class FakeClock implements Clock {
  private time: number;
  private readonly timers: Timer[] = [];
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[] = [];

  constructor(start = Date.parse("2026-12-01T09:00:00Z")) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer: Timer = { at: this.time + Math.max(0, ms), callback };
    this.timers.push(timer);
    return () => {
      const index = this.timers.indexOf(timer);
      if (index >= 0) this.timers.splice(index, 1);
    };
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.advance(ms);
  }

  /** Moves time forward by `ms`, firing the timers that fall due, earliest first. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers.splice(this.timers.indexOf(due), 1);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }

  /** Timers waiting to fire. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Resolves once at least `count` timers are waiting (code under test reached its wait). */
  async untilTimers(count = 1): Promise<void> {
    for (let spins = 0; this.timers.length < count; spins++) {
      if (spins > 10_000) throw new Error(`no ${count} timer(s) were set`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
