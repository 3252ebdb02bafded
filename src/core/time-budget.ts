/**
 * The running evaluation's deadline, as the checks' long loops see it. The engine looks at the
 * deadline between checks; a check's own loop over many units (recipients, list entries, hits,
 * paragraphs, patterns) asks `outOfTime()` before each unit and stops early when it says so, so
 * one check on a hostile draft cannot run seconds past the deadline. The engine then marks the
 * result partial: the author is told that only part was checked. When no check started at all,
 * the send handler answers as for a message that could not be checked (`partial.noneRun`).
 *
 * Outside an evaluation with a deadline (the command line, tests, the task pane without one)
 * `outOfTime()` is false and costs one comparison. evaluate() is synchronous, so one evaluation
 * runs at a time; a nested one restores the outer deadline when it ends.
 */

/** When to stop, on a clock of the caller's choice (milliseconds). */
export interface Deadline {
  now(): number;
  /** The time on that clock after which no further check (nor unit of a check) is started. */
  at: number;
}

let running: { deadline: Deadline; stops: number } | undefined;

/**
 * Whether the running evaluation's deadline has passed: a loop asks before each unit of work and
 * stops when it has (the units not started are left unchecked). False outside a deadline; once
 * true, true without reading the clock again. Each true counts as a stop.
 */
export function outOfTime(): boolean {
  const run = running;
  if (!run || (run.stops === 0 && run.deadline.now() < run.deadline.at)) return false;
  run.stops++;
  return true;
}

/**
 * How many times loops have been told to stop in the running evaluation (0 outside one): what a
 * memo compares before and after computing, so a result cut short is never kept as whole.
 */
export function stopsSoFar(): number {
  return running ? running.stops : 0;
}

/**
 * Runs `work` with `deadline` as the one outOfTime() reads, and says whether a loop inside
 * stopped early (was cut). Without a deadline, `work` runs as outside any evaluation.
 */
export function withinDeadline(deadline: Deadline | undefined, work: () => void): boolean {
  const outer = running;
  const run = deadline && { deadline, stops: 0 };
  running = run;
  try {
    work();
    return run !== undefined && run.stops > 0;
  } finally {
    running = outer;
  }
}
