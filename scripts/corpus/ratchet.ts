/**
 * The corpus figures as a floor (test/corpus/ratchet.json): CI fails when any falls below what
 * was reached, with no slack. Raising the floor is a deliberate `--update-ratchet`.
 */
import { rate, type DetectionScore } from "./score-detection";
import { precision, recall, type ListenScore } from "./score-listen";

export interface Figure {
  recall: number;
  clean: number;
}

export interface ListenFigure {
  precision: number;
  recall: number;
}

export interface Ratchet {
  detection: { overall: Figure; checks: Record<string, Figure> };
  listen?: { overall: ListenFigure; fields: Record<string, ListenFigure> };
}

/** Rounded down to four decimals, so writing the floor never makes it unreachable. */
function floor4(value: number): number {
  return Math.floor(value * 10000 + 1e-9) / 10000;
}

function listenFigures(score: ListenScore): NonNullable<Ratchet["listen"]> {
  const fields: Record<string, ListenFigure> = {};
  for (const [field, f] of Object.entries(score.perField)) {
    fields[field] = { precision: floor4(precision(f)), recall: floor4(recall(f)) };
  }
  return {
    overall: { precision: floor4(precision(score.overall)), recall: floor4(recall(score.overall)) },
    fields,
  };
}

export function ratchetOf(score: DetectionScore, listen?: ListenScore): Ratchet {
  const checks: Record<string, Figure> = {};
  for (const [check, f] of Object.entries(score.perCheck)) {
    if (f.expected + f.negatives === 0) continue;
    checks[check] = {
      recall: floor4(rate(f.caught, f.expected)),
      clean: floor4(rate(f.clean, f.negatives)),
    };
  }
  const o = score.overall;
  const ratchet: Ratchet = {
    detection: {
      overall: {
        recall: floor4(rate(o.caught, o.expected)),
        clean: floor4(rate(o.clean, o.negatives)),
      },
      checks,
    },
  };
  if (listen && listen.cases > 0) ratchet.listen = listenFigures(listen);
  return ratchet;
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
  if (floor.listen) {
    const compareListen = (name: string, now: ListenFigure | undefined, was: ListenFigure) => {
      for (const key of ["precision", "recall"] as const) {
        const value = now?.[key] ?? 0;
        if (value < was[key]) drops.push(`listen ${name} ${key} ${value} < ${was[key]}`);
      }
    };
    compareListen("overall", current.listen?.overall, floor.listen.overall);
    for (const [field, was] of Object.entries(floor.listen.fields)) {
      compareListen(field, current.listen?.fields[field], was);
    }
  }
  return drops;
}
