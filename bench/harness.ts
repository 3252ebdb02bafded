/**
 * A small measuring loop: warm-up, then samples until a count or a time budget is reached.
 * Our own loop (rather than tinybench) so each case has a bounded cost and reports exactly
 * the statistics the performance page quotes: ops/s, median, p95, p99.
 */

export interface Stats {
  name: string;
  samples: number;
  opsPerSecond: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
  /** Median process CPU time (user + system) per sample; below wall time when the machine is busy. */
  cpuMedianMs?: number;
}

export interface MeasureOptions {
  /** Calls before timing starts, to let V8 compile and optimise. */
  warmup?: number;
  /** At least this many timed samples, even past the time budget. */
  minSamples?: number;
  /** Never more than this many samples. */
  maxSamples?: number;
  /** Stop sampling after this much wall time (once minSamples is reached). */
  timeBudgetMs?: number;
  /**
   * Hard ceiling on sampling time (default 3 × timeBudgetMs): past it, one sample is enough,
   * so a pathologically slow case cannot stall the whole run. Warm-up stops after half the budget.
   */
  hardCapMs?: number;
}

const DEFAULTS: Required<Omit<MeasureOptions, "hardCapMs">> = {
  warmup: 5,
  minSamples: 10,
  maxSamples: 500,
  timeBudgetMs: 1500,
};

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1]!;
}

export function summarise(name: string, durationsMs: readonly number[]): Stats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, d) => sum + d, 0);
  const mean = sorted.length ? total / sorted.length : NaN;
  const median = percentile(sorted, 50);
  return {
    name,
    samples: sorted.length,
    opsPerSecond: median > 0 ? 1000 / median : Infinity,
    meanMs: mean,
    medianMs: median,
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    minMs: sorted[0] ?? NaN,
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Time `fn` (sync or async) repeatedly; every sample is one call. */
export async function measure(
  name: string,
  fn: () => unknown,
  options: MeasureOptions = {},
): Promise<Stats> {
  const { warmup, minSamples, maxSamples, timeBudgetMs } = { ...DEFAULTS, ...options };
  const hardCapMs = options.hardCapMs ?? 3 * timeBudgetMs;
  const warmupStart = nowMs();
  for (let i = 0; i < warmup && (i === 0 || nowMs() - warmupStart < timeBudgetMs / 2); i++) {
    await fn();
  }
  const durations: number[] = [];
  const cpu: number[] = [];
  const startedAt = nowMs();
  while (durations.length < maxSamples) {
    const cpuStart = process.cpuUsage();
    const start = nowMs();
    const result = fn();
    if (result instanceof Promise) await result;
    durations.push(nowMs() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const elapsed = nowMs() - startedAt;
    if (durations.length >= minSamples && elapsed >= timeBudgetMs) break;
    if (elapsed >= hardCapMs) break;
  }
  return { ...summarise(name, durations), cpuMedianMs: summarise("cpu", cpu).medianMs };
}

/**
 * How many rounds a case is measured in when the best round is kept. The benchmark machine has
 * slow periods (seconds to minutes; see memoryProbeMs) in which memory-heavy code runs up to
 * ~1.8× slower; a target must not hang on such a moment.
 */
export const BEST_OF_ROUNDS = 3;

/**
 * `measure` in `rounds` rounds back to back, keeping the round with the lowest CPU median.
 * Medians and p95 are those of the kept round.
 */
export async function measureBest(
  name: string,
  fn: () => unknown,
  options: MeasureOptions = {},
  rounds = BEST_OF_ROUNDS,
): Promise<Stats> {
  let best: Stats | undefined;
  for (let round = 0; round < rounds; round++) {
    const stats = await measure(name, fn, options);
    if (!best || cpuMedian(stats) < cpuMedian(best)) best = stats;
    await settle();
  }
  return best!;
}

/**
 * The best CPU time of one hostile input at one size, for the complexity benches: from a
 * collected heap (what earlier cases left is not charged to this one), the first run timed as one
 * of the rounds and its result returned (what was found, and a warm-up); inputs of 256 KB and more
 * run once per round, since one run takes long enough to time.
 */
export async function bestCpuAtSize<T>(
  name: string,
  bytes: number,
  run: () => T,
  rounds: number,
): Promise<{ cpuMs: number; first: T }> {
  await settle();
  const start = process.cpuUsage();
  const first = run();
  const used = process.cpuUsage(start);
  const big = bytes >= 256_000;
  const stats = await measureBest(
    name,
    run,
    big
      ? { warmup: 0, minSamples: 1, maxSamples: 1, timeBudgetMs: 0, hardCapMs: 0 }
      : { warmup: 3, minSamples: 5, maxSamples: 50, timeBudgetMs: 100, hardCapMs: 400 },
    big ? rounds - 1 : rounds,
  );
  const cpuMs = Math.min(cpuMedian(stats), big ? (used.user + used.system) / 1000 : Infinity);
  return { cpuMs, first };
}

/** The CPU median where measured, else the wall-clock median. */
export function cpuMedian(stats: Stats): number {
  return stats.cpuMedianMs ?? stats.medianMs;
}

/**
 * A fixed, memory-bound workload (a JSON round trip of a 200 KB document), timed at the start
 * and end of a run: this virtual machine has periods, seconds to minutes long, in which
 * memory-heavy code (the engine, this probe) runs up to ~1.8× slower while a tight CPU loop does
 * not. The probe tells a reader which kind of period the figures come from.
 */
export function memoryProbeMs(): number {
  const doc = {
    items: Array.from({ length: 2000 }, (_, i) => ({
      id: i,
      name: `item ${i}`,
      tags: ["a", "b", "c"],
      text: "lorem ipsum dolor sit amet ".repeat(3),
    })),
  };
  const json = JSON.stringify(doc);
  for (let i = 0; i < 20; i++) JSON.stringify(JSON.parse(json));
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const start = process.cpuUsage();
    JSON.stringify(JSON.parse(json));
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return percentile(
    samples.sort((a, b) => a - b),
    50,
  );
}

/** A stated target and whether the run met it. */
export interface Target {
  name: string;
  measured: number;
  limit: number;
  unit: string;
  /** "below": measured must be < limit; "above": measured must be > limit. */
  direction: "below" | "above";
  pass: boolean;
}

export function target(
  name: string,
  measured: number,
  direction: "below" | "above",
  limit: number,
  unit: string,
): Target {
  const pass = direction === "below" ? measured < limit : measured > limit;
  return { name, measured: round(measured), limit, unit, direction, pass };
}

/** One benchmark's contribution to results.json and the printed report. */
export interface Section {
  id: string;
  title: string;
  /** Table rows; keys are column headers. */
  rows: Record<string, string | number | boolean>[];
  /** Further tables printed under the main one (e.g. growth ratios). */
  tables?: { title: string; rows: Record<string, string | number | boolean>[] }[];
  targets: Target[];
  /** Missed targets fail the run (exit code 1) instead of being reported only. */
  enforced?: boolean;
  notes: string[];
  /** Extra machine-readable detail (e.g. the false-alarm findings). */
  details?: unknown;
}

export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Milliseconds with sensible precision for a table cell. */
export function ms(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (value >= 100) return round(value, 1);
  if (value >= 1) return round(value, 2);
  return round(value, 4);
}

/** A plain-text table: fixed-width columns, right-aligned numbers. */
export function formatTable(rows: readonly Record<string, string | number | boolean>[]): string {
  if (rows.length === 0) return "(no rows)";
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown): string =>
    value === undefined
      ? ""
      : typeof value === "boolean"
        ? value
          ? "PASS"
          : "FAIL"
        : String(value);
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((row) => cell(row[h]).length)));
  const line = (values: string[], numeric: boolean[]): string =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const numeric = headers.map((h) => rows.every((row) => typeof row[h] !== "string"));
  return [
    line(headers, numeric),
    line(
      widths.map((w) => "-".repeat(w)),
      numeric,
    ),
    ...rows.map((row) =>
      line(
        headers.map((h) => cell(row[h])),
        numeric,
      ),
    ),
  ].join("\n");
}

export function formatSection(section: Section): string {
  const parts = [`\n## ${section.title}\n`, formatTable(section.rows)];
  for (const table of section.tables ?? [])
    parts.push("", `${table.title}:`, formatTable(table.rows));
  if (section.targets.length > 0) {
    parts.push(
      "",
      formatTable(
        section.targets.map((t) => ({
          target: t.name,
          measured: t.measured,
          limit: `${t.direction === "below" ? "<" : ">"} ${t.limit}`,
          unit: t.unit,
          result: t.pass,
        })),
      ),
    );
  }
  for (const note of section.notes) parts.push(`note: ${note}`);
  return parts.join("\n");
}

/** Let pending timers and I/O run between cases, so one case's garbage is not the next's cost. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
