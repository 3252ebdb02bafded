/**
 * The corpus figures as a floor (test/corpus/ratchet.json): CI fails when any falls below what
 * was reached, with no slack. Raising the floor is a deliberate `--update-ratchet`.
 */
import { rate, type DetectionScore } from "./score-detection";

export interface Figure {
  recall: number;
  clean: number;
}

export interface Ratchet {
  detection: { overall: Figure; checks: Record<string, Figure> };
}

/** Rounded down to four decimals, so writing the floor never makes it unreachable. */
function floor4(value: number): number {
  return Math.floor(value * 10000 + 1e-9) / 10000;
}

export function ratchetOf(score: DetectionScore): Ratchet {
  const checks: Record<string, Figure> = {};
  for (const [check, f] of Object.entries(score.perCheck)) {
    if (f.expected + f.negatives === 0) continue;
    checks[check] = {
      recall: floor4(rate(f.caught, f.expected)),
      clean: floor4(rate(f.clean, f.negatives)),
    };
  }
  const o = score.overall;
  return {
    detection: {
      overall: {
        recall: floor4(rate(o.caught, o.expected)),
        clean: floor4(rate(o.clean, o.negatives)),
      },
      checks,
    },
  };
}

/** Every figure of `current` below `floor`, in words; empty when none. */
export function compareToRatchet(current: Ratchet, floor: Ratchet): string[] {
  const drops: string[] = [];
  const compare = (name: string, now: Figure | undefined, was: Figure) => {
    for (const key of ["recall", "clean"] as const) {
      const value = now?.[key] ?? 0;
      if (value < was[key]) drops.push(`detection ${name} ${key} ${value} < ${was[key]}`);
    }
  };
  compare("overall", current.detection.overall, floor.detection.overall);
  for (const [check, was] of Object.entries(floor.detection.checks)) {
    compare(check, current.detection.checks[check], was);
  }
  return drops;
}
