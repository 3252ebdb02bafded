/**
 * Property tests on hostile and random drafts (issue 16): whatever the input, the engine never
 * throws, keeps at most MAX_FINDINGS_PER_CHECK findings per check and recipient (the first of
 * what it would find uncapped, the rest counted), points its evidence and fixes at the very text
 * they quote, and under a deadline returns exactly the findings of the checks it ran. No timing
 * here (house rule): cost is measured by `npm run bench:complexity` on the same generators.
 */
import fc from "fast-check";
import { analyseDraft } from "../../src/core/analysis";
import { CHECKS } from "../../src/core/checks";
import type { Draft } from "../../src/core/draft";
import {
  evaluateWithDiagnostics,
  MAX_FINDINGS_PER_CHECK,
  type Evaluation,
} from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import type { Policy } from "../../src/core/policy";
import type { ClientProfile } from "../../src/core/profile";
import { GENERATORS, type HostileCase } from "../../bench/pathological";

const groupOf = (f: Finding) => `${f.check}\u0000${f.recipient}`;

function groups(findings: readonly Finding[]): Map<string, Finding[]> {
  const byGroup = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = byGroup.get(groupOf(finding));
    if (group) group.push(finding);
    else byGroup.set(groupOf(finding), [finding]);
  }
  return byGroup;
}

const withoutCount = ({ moreLikeThis: _more, ...finding }: Finding) => finding;

/** Every invariant of one evaluation that holds whatever the draft. */
function expectSound(draft: Draft, result: Evaluation, policy: Policy): void {
  expect(result.errors).toEqual([]);
  const analysed = analyseDraft(draft, { includeQuotedHistory: policy.includeQuotedHistory });
  const fieldText = (field: string, index?: number) =>
    field === "subject"
      ? analysed.subject.text
      : field === "body"
        ? analysed.body.text
        : (draft.attachments[index ?? -1] ?? "");
  for (const finding of result.findings) {
    const { evidence, fix } = finding;
    if (evidence && evidence.field !== "recipient") {
      const text = fieldText(evidence.field, evidence.index);
      expect(0 <= evidence.start && evidence.start <= evidence.end).toBe(true);
      expect(evidence.end).toBeLessThanOrEqual(text.length);
      expect(evidence.text).toBe(text.slice(evidence.start, evidence.end));
    }
    if (fix) {
      const text = fieldText(fix.field);
      expect(0 <= fix.start && fix.start <= fix.end && fix.end <= text.length).toBe(true);
      expect(fix.original).toBe(text.slice(fix.start, fix.end));
    }
  }
  for (const group of groups(result.findings).values()) {
    expect(group.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK);
    // The count, when there is one, is on the group's last finding, and only there.
    group.slice(0, -1).forEach((f) => expect(f.moreLikeThis).toBeUndefined());
    const more = group[group.length - 1]!.moreLikeThis;
    if (more !== undefined) {
      expect(Number.isInteger(more) && more > 0).toBe(true);
      expect(group).toHaveLength(MAX_FINDINGS_PER_CHECK);
    }
  }
}

/** The capped findings are the first of each group uncapped, and the counts make up the rest. */
function expectCapOf(uncapped: readonly Finding[], capped: readonly Finding[]): void {
  const all = groups(uncapped);
  const kept = groups(capped);
  expect([...kept.keys()].sort()).toEqual([...all.keys()].sort());
  for (const [key, group] of all) {
    const mine = kept.get(key)!;
    expect(mine.map(withoutCount)).toEqual(group.slice(0, MAX_FINDINGS_PER_CHECK));
    const counted = mine.length + (mine[mine.length - 1]!.moreLikeThis ?? 0);
    expect(counted).toBe(group.length);
  }
}

/**
 * Under a deadline reached after `looks` looks at a fake clock: what ran, and only that. The
 * checks run whole before the deadline report what they report without it; the one the deadline
 * stopped part-way (time-budget.ts) reports only findings it reports without it too; the rest
 * are listed as not run.
 */
function expectPartialAt(
  draft: Draft,
  profiles: ReadonlyMap<string, ClientProfile | undefined>,
  policy: Policy,
  full: Evaluation,
  uncapped: Evaluation,
  looks: number,
): void {
  let tick = 0;
  const result = evaluateWithDiagnostics(draft, profiles, policy, {
    deadline: { now: () => tick++, at: looks },
  });
  if (result.partial === undefined) {
    expect(result.findings).toEqual(full.findings);
    return;
  }
  const notRun = new Set(
    result.partial.notRun.flatMap((r) => r.checks.map((c) => `${c}\u0000${r.recipient}`)),
  );
  const early = result.partial.stoppedEarly;
  const cut = early && `${early.check}\u0000${early.recipient}`;
  // The pairs run whole are the first ones in recipient then check order; the rest are listed.
  const whole = (f: Finding) => !notRun.has(groupOf(f)) && groupOf(f) !== cut;
  expect(result.findings.filter(whole)).toEqual(full.findings.filter(whole));
  expect(result.findings.some((f) => notRun.has(groupOf(f)))).toBe(false);
  // What the stopped check found so far, it finds without a deadline as well.
  const all = new Set(uncapped.findings.map((f) => JSON.stringify(withoutCount(f))));
  for (const f of result.findings.filter((f) => groupOf(f) === cut))
    expect(all.has(JSON.stringify(withoutCount(f)))).toBe(true);
  // Nothing starts after the deadline: the clock is read at most once more by the engine.
  expect(tick).toBeLessThanOrEqual(looks + 2);
}

const policies = fc.constantFrom<Policy>(
  {},
  { includeQuotedHistory: true },
  { checks: { "competitor-mention": { severity: "error" }, "no-profile": { severity: "off" } } },
);

describe.each(GENERATORS.map((g) => [g.id, g] as const))("hostile drafts: %s", (_id, generator) => {
  it("are evaluated soundly, capped, and cut short cleanly by a deadline", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        policies,
        fc.nat({ max: 60 }),
        (bytes, seed, policy, looks) => {
          const { draft, profiles }: HostileCase = generator.make(bytes, seed);
          const capped = evaluateWithDiagnostics(draft, profiles, policy);
          expectSound(draft, capped, policy);
          const uncapped = evaluateWithDiagnostics(draft, profiles, policy, {
            maxFindingsPerCheck: Infinity,
          });
          expectCapOf(uncapped.findings, capped.findings);
          expectPartialAt(draft, profiles, policy, capped, uncapped, looks);
        },
      ),
      // 50 recipients × 1,000 terms cost a matcher of 50,000 terms per seed: fewer runs.
      { numRuns: generator.id === "huge-term-lists" ? 3 : 10 },
    );
  });
});

/** Random drafts: pieces of triggers, markup and noise in any order, in any field. */
const PIECES = [
  "Dear Meg,", "Hi Dan", "Thanks, Megge.", "Ms Andersen", "call me", "give you a ring",
  "text me", "by phone", "on WhatsApp", "Pepsi", "PepsiCo's", "GM", "FedEx", "Zoom call",
  "https://zoom.us/j/1", "www.", "Review of file", "2.5h", "$300", "3.2 x $450", "golf", "sports",
  "join us for dinner", "Phone:", "-- ", "> ", "On Mon, 2 Sep 2002, Dan wrote:", "____________",
  "<p>", "</p>", "<div>", "<blockquote>", "</blockquote>", '<a href="https://zoom.us/j/2">',
  "</a>", "<pre>", "<br>", "&amp;", "&nbsp;", "<span style=\"display:none\">", "</span>",
  "\n", "\r\n", " ", "  ", "\t", ".", "...", "!", "?", ",", "-", "'", "’", "é", "😀", "\u200b",
]; // prettier-ignore

const fragment = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(""));

describe("random drafts", () => {
  const { draft: base, profiles } = GENERATORS[0]!.make(0, 1);

  it("are evaluated soundly, capped, and cut short cleanly by a deadline", () => {
    fc.assert(
      fc.property(
        fragment,
        fragment,
        fc.constantFrom<"html" | "text">("html", "text"),
        fc.array(fragment, { maxLength: 3 }),
        policies,
        fc.nat({ max: 60 }),
        (subject, content, format, attachments, policy, looks) => {
          const draft: Draft = { ...base, subject, body: { format, content }, attachments };
          const capped = evaluateWithDiagnostics(draft, profiles, policy);
          expectSound(draft, capped, policy);
          const uncapped = evaluateWithDiagnostics(draft, profiles, policy, {
            maxFindingsPerCheck: Infinity,
          });
          expectCapOf(uncapped.findings, capped.findings);
          expectPartialAt(draft, profiles, policy, capped, uncapped, looks);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("look at the clock before the analysis, before each check of each recipient, and between a check's units", () => {
    let looks = 0;
    const { draft, profiles: clients } = GENERATORS[0]!.make(2_000, 1);
    const result = evaluateWithDiagnostics(
      draft,
      clients,
      {},
      {
        deadline: { now: () => looks++, at: Number.MAX_SAFE_INTEGER },
      },
    );
    expect(result.partial).toBeUndefined();
    // The engine's looks, and the checks' own between units (time-budget.ts): a bounded number,
    // far fewer than the draft has characters.
    expect(looks).toBeGreaterThanOrEqual(1 + draft.recipients.length * CHECKS.length);
    expect(looks).toBeLessThan(draft.recipients.length * CHECKS.length + draft.body.content.length);
  });
});
