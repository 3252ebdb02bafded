import type { Finding } from "../../src/core/finding";
import {
  decideSend,
  escapeMarkdown,
  markdownMessage,
  plainMessage,
  REVIEW_LABEL,
  stoppingFindings,
} from "../../src/launchevent/send-decision";
import { billingError, competitorWarning, nameWarning, noProfileInfo } from "./fixtures";

const context = {
  supports: () => true,
  commandId: "RapportComposeTaskpaneButton",
  now: new Date("2026-11-23T09:00:00Z"),
};

function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    ...competitorWarning,
    message: `Finding number ${index + 1}: The Coca-Cola Company competes with Pepsi; leave Pepsi out.`,
  }));
}

describe("decideSend", () => {
  it("keeps the Smart Alerts button label within 20 characters", () => {
    expect(REVIEW_LABEL.length).toBeLessThanOrEqual(20);
  });

  it("stops only for warnings and errors that are not monitor-only", () => {
    const findings = [
      noProfileInfo,
      { ...competitorWarning, monitorOnly: true },
      nameWarning,
      billingError,
    ];
    expect(stoppingFindings(findings, {})).toEqual([nameWarning, billingError]);
    expect(
      stoppingFindings(findings, { checks: { "name-spelling": { monitorOnly: true } } }),
    ).toEqual([billingError]);
    expect(stoppingFindings(findings, { enabled: false })).toEqual([]);
  });

  it("puts every finding, worst first, in contextData for the task pane", () => {
    const decision = decideSend([noProfileInfo, competitorWarning, billingError], {}, context);
    if (decision.allow) throw new Error("expected a stop");
    const summary = JSON.parse(decision.options.contextData as string);
    expect(summary).toMatchObject({
      kind: "rapport.send-check",
      checkedAt: "2026-11-23T09:00:00.000Z",
    });
    expect(summary.findings.map((f: Finding) => f.severity)).toEqual(["error", "warning", "info"]);
  });

  it("keeps the plain message within 500 characters and says how many were left out", () => {
    const message = plainMessage(manyFindings(12));
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message.startsWith("Rapport found 12 things to check before sending:")).toBe(true);
    const listed = message.split("\n").filter((line) => line.startsWith("• ")).length;
    // The findings left out are on the pane's Warnings tab ("Client profile" is the other tab).
    expect(message).toContain(`…and ${12 - listed} more on Rapport's Warnings tab.`);
    expect(message).not.toContain("Client profile");
  });

  it("names the Warnings tab in the Markdown message too", () => {
    const markdown = markdownMessage(manyFindings(12));
    expect(markdown.length).toBeLessThanOrEqual(500);
    expect(markdown).toMatch(/…and \d+ more on Rapport's Warnings tab\\\.$/);
  });

  it("cuts a single very long finding instead of dropping it", () => {
    const long = { ...competitorWarning, message: "Pepsi ".repeat(200) };
    const message = plainMessage([long]);
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message).toContain("• Pepsi Pepsi");
    expect(message.endsWith("…")).toBe(true);
  });

  it("ends every Markdown list item with \\r, as Smart Alerts requires", () => {
    const markdown = markdownMessage([competitorWarning, nameWarning]);
    const items = markdown.split("\n").filter((line) => line.startsWith("- "));
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.endsWith("\r")).toBe(true);
  });

  it("escapes Markdown in finding text, which comes from drafts and profiles", () => {
    const hostile = { ...competitorWarning, message: "Click [here](https://evil.example) **now**" };
    const markdown = markdownMessage([hostile]);
    expect(markdown).toContain("Click \\[here\\]\\(https://evil\\.example\\) \\*\\*now\\*\\*");
    expect(markdown.startsWith("**Rapport found 1 thing to check before sending:**")).toBe(true);
    expect(markdownMessage(manyFindings(30)).length).toBeLessThanOrEqual(500);
    expect(escapeMarkdown("a_b")).toBe("a\\_b");
  });
});
