import { evaluate } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { groupProblems, isStopping, orderProblems } from "../../src/core/problems";
import { buildDraft, MEGGE, MICROSOFT, profilesFor, type DraftCase } from "./checks/rule-tester";

const JO = "jo.miller@coca-cola.example";

function problemsOf(c: DraftCase) {
  const draft = buildDraft(c);
  const findings = evaluate(draft, profilesFor(c, draft));
  return { findings, problems: orderProblems(groupProblems(findings)) };
}

describe("groupProblems: one problem per thing to fix", () => {
  it("the same words for two recipients are one problem naming both", () => {
    const { findings, problems } = problemsOf({
      to: [MEGGE, JO],
      body: "We compared the offer with Pepsi.",
    });
    expect(findings).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.recipients).toEqual([MEGGE, JO]);
    expect(problems[0]!.evidence).toMatchObject({ text: "Pepsi" });
  });

  it("a real Zoom link to the Microsoft sample contact is one problem, with every check's reason", () => {
    const { findings, problems } = problemsOf({
      to: MICROSOFT,
      html: '<p>Here is my Zoom link: <a href="https://us02web.zoom.us/j/85?pwd=x">https://us02web.zoom.us/j/85?pwd=x</a></p>',
    });
    expect(findings.length).toBeGreaterThanOrEqual(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.evidence!.text).toBe("Zoom link: https://us02web.zoom.us/j/85?pwd=x");
    expect(problems[0]!.fixes).toHaveLength(1);
    expect(new Set(problems.map((p) => p.key)).size).toBe(problems.length);
  });

  it("time entries and a refused entry inside them are two problems, each with its own words", () => {
    const { findings, problems } = problemsOf({
      to: MEGGE,
      body: [
        "Here are the time entries for September:",
        "01/09  0.3h  Review of file",
        "03/09  1.2h  Drafting distribution agreement",
        "05/09  0.5h  Review of file and correspondence",
      ].join("\n"),
    });
    expect(findings.map((f) => f.check).sort()).toEqual([
      "billing-detail",
      "billing-phrase",
      "billing-phrase",
    ]);
    expect(problems).toHaveLength(3);
    const phrases = problems.filter((p) => p.findings[0]!.check === "billing-phrase");
    expect(phrases.map((p) => p.evidence!.text)).toEqual(["Review of file", "Review of file"]);
    expect(phrases.every((p) => p.fixes.length === 1)).toBe(true);
  });

  it("a passage is one problem with the words inside it when its fix replaces it whole", () => {
    const block = {
      field: "body" as const,
      text: "Join Zoom Meeting\nhttps://zoom.us/j/1",
      start: 0,
      end: 37,
    };
    const a: Finding = {
      check: "meeting-platform",
      messageId: "link",
      severity: "warning",
      recipient: MICROSOFT,
      message: "a",
      evidence: block,
    };
    const b: Finding = { ...a, check: "unwanted-channel", messageId: "proposal", message: "b" };
    const inside: Finding = {
      ...a,
      check: "competitor-mention",
      messageId: "mention",
      message: "c",
      evidence: { field: "body", text: "Zoom", start: 5, end: 9 },
    };
    const checks = (found: Finding[]) =>
      groupProblems(found).map((p) => p.findings.map((f) => f.check));
    // Without a fix the block's card would hide the words inside it: two problems.
    expect(checks([a, b, inside])).toEqual([
      ["meeting-platform", "unwanted-channel"],
      ["competitor-mention"],
    ]);
    const replaced: Finding = {
      ...a,
      fix: {
        label: "Replace",
        field: "body",
        start: 0,
        end: 37,
        original: block.text,
        replacement: "[x]",
      },
    };
    expect(checks([replaced, b, inside])).toEqual([
      ["meeting-platform", "unwanted-channel", "competitor-mention"],
    ]);
    expect(checks([inside, replaced])).toEqual([["competitor-mention", "meeting-platform"]]);
  });

  it("overlapping words from several checks are one problem whose evidence spans them", () => {
    const a: Finding = {
      check: "meeting-platform",
      messageId: "mention",
      severity: "warning",
      recipient: MICROSOFT,
      message: "a",
      evidence: { field: "body", text: "Zoom link: https://zoom.example/j", start: 10, end: 43 },
    };
    const b: Finding = {
      ...a,
      check: "competitor-mention",
      evidence: { field: "body", text: "zoom", start: 30, end: 34 },
    };
    const c: Finding = {
      ...a,
      check: "unwanted-channel",
      evidence: { field: "body", text: "https://zoom.example/j more", start: 21, end: 48 },
    };
    const [problem, ...rest] = groupProblems([b, c, a]);
    expect(rest).toEqual([]);
    expect(problem!.findings.map((f) => f.check)).toEqual([
      "competitor-mention",
      "unwanted-channel",
      "meeting-platform",
    ]);
    expect(problem!.evidence).toMatchObject({ start: 10, end: 48 });
    expect(problem!.evidence!.text).toBe("Zoom link: https://zoom.example/j more");
  });

  it("keeps the same words in the subject and the body, or in two attachments, apart", () => {
    const base: Finding = {
      check: "competitor-mention",
      messageId: "mention",
      severity: "warning",
      recipient: MEGGE,
      message: "m",
      evidence: { field: "subject", text: "Pepsi", start: 0, end: 5 },
    };
    const problems = groupProblems([
      base,
      { ...base, evidence: { field: "body", text: "Pepsi", start: 0, end: 5 } },
      { ...base, evidence: { field: "attachment", index: 0, text: "Pepsi", start: 0, end: 5 } },
      { ...base, evidence: { field: "attachment", index: 1, text: "Pepsi", start: 0, end: 5 } },
    ]);
    expect(problems).toHaveLength(4);
    expect(new Set(problems.map((p) => p.key)).size).toBe(4);
  });

  it("findings without evidence (send-time summaries) merge only when they say the same", () => {
    const base: Finding = {
      check: "no-profile",
      messageId: "none",
      severity: "info",
      recipient: MEGGE,
      message: "Nobody asked yet.",
    };
    const problems = groupProblems([base, { ...base }, { ...base, message: "Other." }]);
    expect(problems).toHaveLength(2);
    expect(new Set(problems.map((p) => p.key)).size).toBe(2);
  });

  it("orders problems that stop a send first, worst first, then as the message reads", () => {
    const note: Finding = {
      check: "no-profile",
      messageId: "none",
      severity: "info",
      recipient: "x@ups.example",
      message: "n",
    };
    const late: Finding = {
      check: "competitor-mention",
      messageId: "mention",
      severity: "warning",
      recipient: MEGGE,
      message: "w",
      evidence: { field: "body", text: "Pepsi", start: 50, end: 55 },
    };
    const early: Finding = {
      ...late,
      evidence: { field: "subject", text: "Pepsi", start: 0, end: 5 },
    };
    const error: Finding = {
      ...late,
      severity: "error",
      evidence: { ...late.evidence!, start: 90, end: 95 },
    };
    const ordered = orderProblems(groupProblems([note, late, early, error]));
    expect(ordered.map((p) => p.findings[0])).toEqual([error, early, late, note]);
    expect(isStopping(note)).toBe(false);
    expect(isStopping({ ...late, monitorOnly: true })).toBe(false);
  });
});
