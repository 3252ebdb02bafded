/**
 * The deadline inside the long checks (src/core/time-budget.ts): a check's loop over many units
 * asks outOfTime() before each and stops early once the deadline has passed; the engine keeps what
 * it found, marks the result partial and names the check stopped part-way. Clocks are fakes that
 * pass when told to: nothing here depends on the machine's speed.
 */
import { analyseDraft } from "../../src/core/analysis";
import { CHECKS } from "../../src/core/checks";
import type { Check, CheckContext, CheckMeta } from "../../src/core/checks/context";
import { evaluateWithDiagnostics, type Deadline } from "../../src/core/engine";
import { TermMatcher } from "../../src/core/text";
import { outOfTime, stopsSoFar, withinDeadline } from "../../src/core/time-budget";
import { DAN, MEGGE } from "./checks/rule-tester";
import { draftTo, profilesFor } from "./engine-drafts";

/** A deadline that passes when `pass()` is called, and counts how often it was read. */
function switchedClock(): Deadline & { pass(): void; looks: number } {
  let passed = false;
  const clock = {
    looks: 0,
    at: 1,
    now: () => {
      clock.looks++;
      return passed ? 1 : 0;
    },
    pass: () => {
      passed = true;
    },
  };
  return clock;
}

const UNIT_META: CheckMeta = {
  id: "units",
  category: "brand",
  defaultSeverity: "warning",
  description: "reports one finding per unit until told to stop",
  messages: { unit: "unit {{n}}" },
  fixable: false,
};

/** A check over ten units, one finding each, that looks at the deadline before each unit. */
function unitCheck(onUnit: (n: number) => void): Check {
  return {
    meta: UNIT_META,
    check(ctx: CheckContext) {
      for (let n = 0; n < 10; n++) {
        if (outOfTime()) break;
        onUnit(n);
        ctx.report({
          messageId: "unit",
          data: { n },
          evidence: { field: "body", start: n, end: n + 1, text: ctx.draft.body.text[n]! },
        });
      }
    },
  };
}

describe("outOfTime", () => {
  it("is false outside an evaluation with a deadline", () => {
    expect(outOfTime()).toBe(false);
    expect(stopsSoFar()).toBe(0);
    let seen: boolean | undefined;
    expect(withinDeadline(undefined, () => (seen = outOfTime()))).toBe(false);
    expect(seen).toBe(false);
  });

  it("turns true once the deadline has passed, stays true without reading the clock again, and says the work was cut", () => {
    const clock = switchedClock();
    const seen: boolean[] = [];
    const cut = withinDeadline(clock, () => {
      seen.push(outOfTime(), outOfTime());
      clock.pass();
      seen.push(outOfTime(), outOfTime());
    });
    expect(seen).toEqual([false, false, true, true]);
    expect(cut).toBe(true);
    expect(clock.looks).toBe(3);
  });

  it("is not cut when the deadline passes after the last look", () => {
    const clock = switchedClock();
    const cut = withinDeadline(clock, () => {
      outOfTime();
      clock.pass();
    });
    expect(cut).toBe(false);
  });

  it("restores the outer deadline after a nested one", () => {
    const outer = switchedClock();
    const inner = switchedClock();
    inner.pass();
    const seen: boolean[] = [];
    withinDeadline(outer, () => {
      const cut = withinDeadline(inner, () => seen.push(outOfTime()));
      seen.push(cut, outOfTime());
    });
    expect(seen).toEqual([true, true, false]);
    expect(outOfTime()).toBe(false);
  });
});

describe("a check stopped part-way by the deadline", () => {
  const draft = draftTo([MEGGE, DAN], "abcdefghijklmnopqrstuvwxyz");

  it("keeps the findings of the units that ran, and the result says partial and which check", () => {
    const clock = switchedClock();
    const check = unitCheck((n) => {
      if (n === 3) clock.pass();
    });
    const result = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      { checks: [check, CHECKS[0]!], deadline: clock, maxFindingsPerCheck: Infinity },
    );
    expect(result.findings.map((f) => f.message)).toEqual(["unit 0", "unit 1", "unit 2", "unit 3"]);
    expect(result.partial).toEqual({
      stoppedEarly: { recipient: MEGGE, check: "units" },
      notRun: [
        { recipient: MEGGE, checks: [CHECKS[0]!.meta.id], partly: true },
        { recipient: DAN, checks: ["units", CHECKS[0]!.meta.id] },
      ],
    });
  });

  it("is partial even when it was the last check of the last recipient", () => {
    const clock = switchedClock();
    const check = unitCheck((n) => {
      if (n === 8) clock.pass();
    });
    const result = evaluateWithDiagnostics(
      draftTo([MEGGE], "abcdefghijklmnopqrstuvwxyz"),
      profilesFor(draftTo([MEGGE], "")),
      {},
      { checks: [check], deadline: clock, maxFindingsPerCheck: Infinity },
    );
    expect(result.findings).toHaveLength(9);
    expect(result.partial).toEqual({
      stoppedEarly: { recipient: MEGGE, check: "units" },
      notRun: [],
    });
  });

  it("is not partial when its loop never had to stop", () => {
    const clock = switchedClock();
    const result = evaluateWithDiagnostics(
      draft,
      profilesFor(draft),
      {},
      { checks: [unitCheck(() => undefined)], deadline: clock, maxFindingsPerCheck: Infinity },
    );
    expect(result.findings).toHaveLength(20);
    expect(result.partial).toBeUndefined();
  });
});

/**
 * The real checks, with the deadline passing once the check under test has started and read the
 * clock `afterLooks` times: each stops part-way, with fewer findings than it makes in full.
 */
function cutOnce(id: string, afterLooks: number) {
  const real = CHECKS.find((c) => c.meta.id === id)!;
  let looks = 0;
  let armed = false;
  const deadline: Deadline = {
    at: 1,
    now: () => (armed && ++looks > afterLooks ? 1 : 0),
  };
  const check: Check = {
    meta: real.meta,
    check(ctx) {
      armed = true;
      real.check(ctx);
    },
  };
  return { check, deadline };
}

describe("the long checks stop between units", () => {
  const cases: { id: string; body: string; subject?: string }[] = [
    {
      id: "billing-phrase",
      body: Array.from({ length: 40 }, (_, i) => `${i + 1}/03  Review of file  0.${i % 9}`).join(
        "\n",
      ),
    },
    {
      id: "unwanted-channel",
      body: Array.from({ length: 40 }, () => "Please call me tomorrow.").join("\n\n"),
    },
    {
      id: "competitor-mention",
      body: Array.from({ length: 40 }, (_, i) => `Pepsi sold ${i} crates.`).join("\n\n"),
    },
  ];

  it.each(cases)("$id keeps what it found before the deadline and is partial", ({ id, body }) => {
    const draft = draftTo([MEGGE], body);
    const profiles = profilesFor(draft);
    const full = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { checks: CHECKS.filter((c) => c.meta.id === id), maxFindingsPerCheck: Infinity },
    );
    expect(full.findings.length).toBeGreaterThan(5);
    const { check, deadline } = cutOnce(id, 3);
    const cut = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { checks: [check], deadline, maxFindingsPerCheck: Infinity },
    );
    expect(cut.partial?.stoppedEarly).toEqual({ recipient: MEGGE, check: id });
    expect(cut.findings.length).toBeLessThan(full.findings.length);
    // What it kept is what the whole check found there, never something else.
    const whole = new Set(full.findings.map((f) => JSON.stringify(f)));
    for (const finding of cut.findings) expect(whole.has(JSON.stringify(finding))).toBe(true);
  });

  it("keeps no result cut short in the draft's memo: checking the same analysed draft again finds everything", () => {
    const draft = draftTo([MEGGE], cases[1]!.body);
    const profiles = profilesFor(draft);
    const analysed = analyseDraft(draft);
    const only = CHECKS.filter((c) => c.meta.id === "unwanted-channel");
    const full = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { checks: only, maxFindingsPerCheck: Infinity },
    );
    const { check, deadline } = cutOnce("unwanted-channel", 2);
    const cut = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { checks: [check], deadline, analysed, maxFindingsPerCheck: Infinity },
    );
    expect(cut.findings.length).toBeLessThan(full.findings.length);
    const again = evaluateWithDiagnostics(
      draft,
      profiles,
      {},
      { checks: only, analysed, maxFindingsPerCheck: Infinity },
    );
    expect(again.findings).toEqual(full.findings);
  });
});

describe("the term search past the deadline", () => {
  const matcher = new TermMatcher([{ term: "Pepsi", data: "pepsi" }]);
  // 3,000 words, a term every tenth: the search looks at the deadline every 1,024 words.
  const text = Array.from(
    { length: 300 },
    () => "Pepsi one two three four five six seven eight nine",
  ).join(" ");

  it("finds every hit without a deadline", () => {
    expect(matcher.findAll(text)).toHaveLength(300);
  });

  it("stops with the hits of the words searched so far", () => {
    const clock = switchedClock();
    clock.pass();
    let value: ReturnType<typeof matcher.findAll> = [];
    const cut = withinDeadline(clock, () => (value = matcher.findAll(text)));
    expect(cut).toBe(true);
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThan(300);
    expect(value).toEqual(matcher.findAll(text).slice(0, value.length));
  });
});
