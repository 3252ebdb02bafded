import { formatTable, measureBest, percentile, summarise, target } from "../../bench/harness";

describe("percentile (nearest rank)", () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

  it("picks the value at the rank, not an interpolation", () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([3, 7], 50)).toBe(3);
  });

  it("clamps to the first and last sample", () => {
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("sorts the samples and derives ops per second from the median", () => {
    const stats = summarise("case", [4, 1, 2, 3, 10]);
    expect(stats).toMatchObject({ samples: 5, medianMs: 3, minMs: 1, maxMs: 10, p95Ms: 10 });
    expect(stats.meanMs).toBe(4);
    expect(stats.opsPerSecond).toBeCloseTo(1000 / 3);
  });
});

describe("target", () => {
  it("passes only strictly on the right side of the limit", () => {
    expect(target("t", 4.9, "below", 5, "ms").pass).toBe(true);
    expect(target("t", 5, "below", 5, "ms").pass).toBe(false);
    expect(target("t", 10.5, "above", 10, "×").pass).toBe(true);
    expect(target("t", 9, "above", 10, "×").pass).toBe(false);
  });
});

describe("formatTable", () => {
  it("right-aligns numeric columns and shows booleans as PASS/FAIL", () => {
    const lines = formatTable([
      { name: "a", ms: 1.5, ok: true },
      { name: "longer", ms: 12, ok: false },
    ]).split("\n");
    expect(lines).toEqual([
      "name     ms    ok",
      "------  ---  ----",
      "a       1.5  PASS",
      "longer   12  FAIL",
    ]);
  });
});

describe("measureBest", () => {
  afterEach(() => jest.restoreAllMocks());

  it("keeps the round with the lowest CPU median, not the first or the last", async () => {
    // CPU time per call is faked: 4 ms in the first and last rounds, 1 ms in the second.
    const costsMs = [4, 1, 4];
    const options = { warmup: 0, minSamples: 3, maxSamples: 3, timeBudgetMs: 0, hardCapMs: 60_000 };
    let calls = 0;
    const roundOfCall = () => Math.floor((calls - 1) / options.maxSamples);
    jest
      .spyOn(process, "cpuUsage")
      .mockImplementation((since?: NodeJS.CpuUsage) =>
        since ? { user: costsMs[roundOfCall()]! * 1000, system: 0 } : { user: 0, system: 0 },
      );
    const best = await measureBest("faked", () => void calls++, options, 3);
    expect(calls).toBe(9);
    expect(best.cpuMedianMs).toBe(1);
    expect(best.samples).toBe(3);
  });
});
