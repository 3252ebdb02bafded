/**
 * Term scaling: competitor lists of 10 to 10,000 names over a 100 KB body, the phrase-index
 * TermMatcher beside the naive way (one case-insensitive, word-bounded RegExp per term).
 */
import { TermMatcher } from "../src/core/text/matcher";
import { forgetTextWords } from "../src/core/text/words";
import { businessText, competitorTerms } from "./fixtures";
import {
  BEST_OF_ROUNDS,
  cpuMedian,
  measureBest,
  ms,
  round,
  settle,
  target,
  type Section,
  type Stats,
} from "./harness";

const LIST_SIZES = [10, 100, 1_000, 10_000] as const;
const BODY_BYTES = 100_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What one would write without a multi-term matcher. */
function naiveMatcher(terms: readonly string[]): (text: string) => number {
  const patterns = terms.map((term) => new RegExp(`\\b${escapeRegExp(term)}\\b`, "gi"));
  return (text) => {
    let hits = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text)) hits++;
    }
    return hits;
  };
}

export async function runTermsBench(): Promise<Section> {
  const text = businessText(BODY_BYTES, 3);
  const rows: Section["rows"] = [];
  const matcherSearch = new Map<number, Stats>();
  const matcherTotal = new Map<number, Stats>();
  const naiveSearch = new Map<number, Stats>();

  for (const size of LIST_SIZES) {
    const terms = competitorTerms(size);
    const entries = terms.map((term) => ({ term, data: term }));

    const build = await measureBest(`build ${size}`, () => new TermMatcher(entries), {
      warmup: 3,
      minSamples: 5,
      maxSamples: 200,
      timeBudgetMs: 400,
    });
    const matcher = new TermMatcher(entries);
    const hits = matcher.findAll(text).length;
    // Each call reads the body's words afresh, as a send does (the engine forgets the last
    // draft's words when it starts); reusing them would time the search without its reading.
    const search = await measureBest(
      `matcher ${size}`,
      () => {
        forgetTextWords();
        return matcher.findAll(text);
      },
      {
        warmup: 10,
        minSamples: 20,
        maxSamples: 1000,
        timeBudgetMs: 600,
      },
    );
    // Build and search together: what a send costs when the matcher is made per draft.
    const total = await measureBest(
      `matcher+build ${size}`,
      () => {
        forgetTextWords();
        return new TermMatcher(entries).findAll(text);
      },
      {
        warmup: 3,
        minSamples: 10,
        maxSamples: 500,
        timeBudgetMs: 600,
      },
    );
    await settle();

    const naive = naiveMatcher(terms);
    const naiveHits = naive(text);
    const slow = size >= 10_000;
    const naiveStats = await measureBest(
      `naive ${size}`,
      () => naive(text),
      {
        warmup: slow ? 1 : 3,
        minSamples: slow ? 3 : 10,
        maxSamples: slow ? 5 : 300,
        timeBudgetMs: slow ? 2000 : 1000,
      },
      slow ? 1 : BEST_OF_ROUNDS,
    );
    await settle();

    matcherSearch.set(size, search);
    matcherTotal.set(size, total);
    naiveSearch.set(size, naiveStats);
    rows.push({
      terms: size,
      "matcher hits": hits,
      "naive hits": naiveHits,
      "build ms": ms(build.medianMs),
      "search median ms": ms(search.medianMs),
      "search p95 ms": ms(search.p95Ms),
      "search cpu ms": ms(search.cpuMedianMs ?? NaN),
      "build+search ms": ms(total.medianMs),
      "naive median ms": ms(naiveStats.medianMs),
      "naive p95 ms": ms(naiveStats.p95Ms),
      "naive cpu ms": ms(naiveStats.cpuMedianMs ?? NaN),
      "naive ÷ matcher (cpu)": round(cpuMedian(naiveStats) / cpuMedian(search), 1),
    });
  }

  // Ratios from CPU time: other processes on the machine do not inflate it.
  const search10 = cpuMedian(matcherSearch.get(10)!);
  const search1000 = cpuMedian(matcherSearch.get(1_000)!);
  const total10 = cpuMedian(matcherTotal.get(10)!);
  const total1000 = cpuMedian(matcherTotal.get(1_000)!);
  return {
    id: "terms",
    title: `Terms: competitor lists on a ${BODY_BYTES / 1000} KB body, TermMatcher vs one RegExp per term`,
    rows,
    targets: [
      target("search: 1,000 terms ÷ 10 terms", search1000 / search10, "below", 2, "×"),
      target("build+search: 1,000 terms ÷ 10 terms", total1000 / total10, "below", 2, "×"),
      target(
        "naive ÷ matcher search at 1,000 terms",
        cpuMedian(naiveSearch.get(1_000)!) / search1000,
        "above",
        10,
        "×",
      ),
    ],
    notes: [
      "targets are judged on CPU medians (process user+system per call), which other processes do not inflate",
      `each figure is the best of ${BEST_OF_ROUNDS} rounds (the naive 10,000-term case: 1), so a slow period of the shared machine cannot decide a target`,
      "hit counts differ by design: the matcher also finds plurals/possessives and hyphen/space variants, and keeps the longest of overlapping names",
    ],
  };
}
