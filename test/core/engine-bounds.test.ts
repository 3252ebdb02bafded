/**
 * The engine's bounds (issue 16): a few findings per check and recipient with a count of the
 * rest, and a deadline after which it returns what has run, marked partial. Clocks are fakes.
 */
import type { Check, CheckMeta } from "../../src/core/checks/context";
import { CHECKS } from "../../src/core/checks";
import {
  evaluate,
  evaluateWithDiagnostics,
  MAX_FINDINGS_PER_CHECK,
  type Deadline,
} from "../../src/core/engine";
import type { Evidence, Severity } from "../../src/core/finding";
import { DAN, MEGGE } from "./checks/rule-tester";
import { draftTo, profilesFor } from "./engine-drafts";

/** A check that reports what it is told to, in the order given, with evidence at [start, end). */
function scripted(reports: { start: number; severity?: Severity; end?: number }[]): Check {
  const meta: CheckMeta = {
    id: "scripted",
    category: "brand",
    defaultSeverity: "warning",
    description: "reports as scripted",
    messages: { hit: "hit at {{start}}" },
    fixable: false,
  };
  return {
    meta,
    check(ctx) {
      for (const { start, severity, end = start + 1 } of reports) {
        const evidence: Evidence = {
          field: "body",
          start,
          end,
          text: ctx.draft.body.text.slice(start, end),
        };
        ctx.report({ messageId: "hit", data: { start }, evidence, ...(severity && { severity }) });
      }
    },
  };
}

const TWELVE_CALLS = Array.from({ length: 12 }, (_, i) => `Line ${i}: I'll give you a call.`).join(
  "\n",
);

describe("findings per check and recipient", () => {
  it("keeps the first five as the author reads them and counts the rest on the last", () => {
    const draft = draftTo([MEGGE], TWELVE_CALLS);
    const findings = evaluate(draft, profilesFor(draft)).filter(
      (f) => f.check === "unwanted-channel",
    );
    expect(findings).toHaveLength(MAX_FINDINGS_PER_CHECK);
    expect(findings.map((f) => f.evidence!.text)).toEqual(Array(5).fill("I'll give you a call"));
    const starts = findings.map((f) => f.evidence!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBe(TWELVE_CALLS.indexOf("I'll give you a call"));
    expect(findings.map((f) => f.moreLikeThis)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      7,
    ]);
  });

  it("caps each recipient on their own", () => {
    const draft = draftTo([MEGGE, DAN], TWELVE_CALLS);
    const findings = evaluate(draft, profilesFor(draft)).filter(
      (f) => f.check === "unwanted-channel",
    );
    for (const who of [MEGGE, DAN]) {
      const theirs = findings.filter((f) => f.recipient === who);
      expect(theirs).toHaveLength(5);
      expect(theirs[4]!.moreLikeThis).toBe(7);
    }
  });

  it("keeps them all when asked (maxFindingsPerCheck: Infinity), as the false-alarm audit does", () => {
    const draft = draftTo([MEGGE], TWELVE_CALLS);
    const all = evaluate(draft, profilesFor(draft), {}, { maxFindingsPerCheck: Infinity });
    const calls = all.filter((f) => f.check === "unwanted-channel");
    expect(calls).toHaveLength(12);
    expect(calls.some((f) => f.moreLikeThis !== undefined)).toBe(false);
  });

  it("keeps the most severe and the earliest, whatever order the check reported in", () => {
    const draft = draftTo([MEGGE], "x".repeat(100));
    const check = scripted([
      { start: 90 },
      { start: 10 },
      { start: 80 },
      { start: 50, severity: "error" },
      { start: 20 },
      { start: 70 },
      { start: 30 },
      { start: 95, severity: "info" },
    ]);
    const { findings } = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      { checks: [check] },
    );
    expect(findings.map((f) => [f.severity, f.evidence!.start])).toEqual([
      ["error", 50],
      ["warning", 10],
      ["warning", 20],
      ["warning", 30],
      ["warning", 70],
    ]);
    expect(findings[4]!.moreLikeThis).toBe(3);
  });

  it("counts a repeated report once", () => {
    const draft = draftTo([MEGGE], "x".repeat(100));
    const check = scripted([0, 1, 2, 3, 4, 5, 5, 5, 6, 6, 0].map((start) => ({ start })));
    const { findings } = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      { checks: [check] },
    );
    expect(findings).toHaveLength(5);
    expect(findings[4]!.moreLikeThis).toBe(2); // 5 and 6, once each
  });

  it("tells apart reports at the same start with different ends", () => {
    const draft = draftTo([MEGGE], "x".repeat(100));
    const check = scripted([
      { start: 1, end: 2 },
      { start: 1, end: 3 },
      { start: 1, end: 2 },
      { start: 1, end: 4 },
    ]);
    const { findings } = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      { checks: [check] },
    );
    expect(findings.map((f) => f.evidence!.end).sort()).toEqual([2, 3, 4]);
  });
});

/**
 * Every check, each moving a clock one tick when it ends: "each check takes one tick", whoever
 * reads the clock meanwhile (the engine between checks, a check's own loops inside it).
 */
function clockOfChecks(at: number): { deadline: Deadline; checks: Check[]; ended: () => number } {
  let time = 0;
  const checks = CHECKS.map((check) => ({
    meta: check.meta,
    check(ctx: Parameters<Check["check"]>[0]) {
      try {
        check.check(ctx);
      } finally {
        time++;
      }
    },
  }));
  return { deadline: { now: () => time, at }, checks, ended: () => time };
}

describe("a deadline", () => {
  const body =
    "Dear Meg,\n\nPepsi's results are in, and the golf day is off. I'll give you a call.";
  const draft = draftTo([MEGGE, DAN], body);
  const ids = CHECKS.map((c) => c.meta.id);

  it("returns nothing checked, marked partial, when it has already passed", () => {
    const result = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      {
        deadline: { now: () => 10, at: 10 },
      },
    );
    expect(result.findings).toEqual([]);
    expect(result.partial).toEqual({
      notRun: [
        { recipient: MEGGE, checks: ids },
        { recipient: DAN, checks: ids },
      ],
      noneRun: true,
    });
  });

  it("stops between checks and returns the findings of those that ran", () => {
    const full = evaluate(draft, profilesFor(draft));
    // The clock moves one tick as each check ends (the checks' own looks inside read it
    // unmoved): at 11, Megge's nine checks and Dan's first two have run.
    const { deadline, checks, ended } = clockOfChecks(11);
    const result = evaluateWithDiagnostics(draft, profilesFor(draft), {}, { deadline, checks });
    expect(result.partial).toEqual({
      notRun: [{ recipient: DAN, checks: ids.slice(2), partly: true }],
    });
    const ran = (f: { recipient: string; check: string }) =>
      f.recipient === MEGGE || ids.indexOf(f.check) < 2;
    expect(result.findings).toEqual(full.filter(ran));
    expect(result.findings.length).toBeLessThan(full.length);
    expect(ended()).toBe(11);
  });

  it("is not partial when every check started in time", () => {
    const { deadline, checks } = clockOfChecks(2 * CHECKS.length);
    const result = evaluateWithDiagnostics(draft, profilesFor(draft), {}, { deadline, checks });
    expect(result.partial).toBeUndefined();
    expect(result.findings).toEqual(evaluate(draft, profilesFor(draft)));
  });

  it("is ignored when nothing is to be checked", () => {
    const nobody = draftTo([], body);
    const result = evaluateWithDiagnostics(
      nobody,
      new Map(),
      {},
      {
        deadline: { now: () => 1, at: 0 },
      },
    );
    expect(result).toEqual({ findings: [], errors: [] });
  });
});
