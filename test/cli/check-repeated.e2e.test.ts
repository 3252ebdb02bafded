/**
 * `rapport check` on a 300 KB single paragraph that repeats triggers (issue 16: the report
 * printed one finding per repetition). The engine keeps a few findings per check and recipient
 * and the report says how many more there are. How long it takes is measured by hand and in
 * `npm run bench:complexity` (docs/performance.md), never asserted here.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_FINDINGS_PER_CHECK } from "../../src/core/engine";
import type { Finding } from "../../src/core/finding";
import { rapport } from "./spawn";

jest.setTimeout(120_000);

const REPEATS = 12_000; // 25 characters each: 300 KB
const PARAGRAPH = "Review of file, call me. ".repeat(REPEATS);

function writeDraft(): string {
  const dir = mkdtempSync(join(tmpdir(), "rapport-repeated-"));
  const file = join(dir, "repeated.eml");
  writeFileSync(
    file,
    [
      "From: Alex Wilber <alex.wilber@lawfirm.example>",
      "To: Megge Anderson <megge.anderson@coca-cola.example>",
      "Cc: Dan Whitaker <dan@whitakerbuilding.example>",
      "Subject: Time entries",
      "Content-Type: text/plain; charset=utf-8",
      "",
      PARAGRAPH,
      "",
    ].join("\r\n"),
  );
  return file;
}

describe("rapport check on a 300 KB paragraph of repeated triggers", () => {
  const draft = writeDraft();

  it("reports a few findings per check and recipient, and counts the rest", () => {
    const { status, stdout, stderr } = rapport([
      "check",
      "--profiles",
      "assets/sample-profiles.json",
      "--format",
      "json",
      draft,
    ]);
    expect(stderr.trim()).toBe("");
    expect(status).toBe(1);
    const findings = (JSON.parse(stdout) as { drafts: { findings: Finding[] }[] }).drafts[0]!
      .findings;
    const groups = new Map<string, Finding[]>();
    for (const finding of findings) {
      const key = `${finding.check} ${finding.recipient}`;
      groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    for (const group of groups.values()) {
      expect(group.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_CHECK);
    }
    // A 300 KB line of prose is no entry, and nothing in it is about billing: "Review of file"
    // is not refused there (billing-phrase); every "call me" is an unwanted call for both
    // recipients.
    expect(groups.get("billing-phrase megge.anderson@coca-cola.example")).toBeUndefined();
    const calls = groups.get("unwanted-channel megge.anderson@coca-cola.example")!;
    expect(calls).toHaveLength(MAX_FINDINGS_PER_CHECK);
    expect(calls.map((f) => f.evidence!.start)).toEqual([16, 41, 66, 91, 116]);
    const counted = calls.reduce((n, f) => n + 1 + (f.moreLikeThis ?? 0), 0);
    expect(counted).toBe(REPEATS);
    expect(calls.at(-1)!.moreLikeThis).toBe(REPEATS - MAX_FINDINGS_PER_CHECK);
    expect(groups.get("unwanted-channel dan@whitakerbuilding.example")).toHaveLength(
      MAX_FINDINGS_PER_CHECK,
    );
  });

  it('prints "and N more like this" under the last finding kept', () => {
    const { status, stdout } = rapport([
      "check",
      "--profiles",
      "assets/sample-profiles.json",
      draft,
    ]);
    expect(status).toBe(1);
    const lines = stdout.split("\n");
    expect(lines.filter((line) => /\[unwanted-channel\]$/.test(line))).toHaveLength(
      2 * MAX_FINDINGS_PER_CHECK,
    );
    expect(
      lines.filter((line) => line.trim() === `and ${REPEATS - 5} more like this`),
    ).toHaveLength(2);
    expect(lines.length).toBeLessThan(200);
  });
});
