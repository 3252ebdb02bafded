import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CorpusError, type DetectionCase } from "../../scripts/corpus/cases";
import {
  applyDecisions,
  formatOverrides,
  parseDecisions,
  readDecisions,
  type Decision,
} from "../../scripts/corpus/decisions";
import { CHECK_IDS, loadDetectionCorpus } from "../../scripts/corpus/run-detection";
import { scoreDetection, type CaseRun } from "../../scripts/corpus/score-detection";

const KNOWN = new Set(["competitor-mention", "name-spelling"]);
const FILE = "decisions.json";
const ANA = "ana@client.example";
const BEN = "ben@client.example";
const body = "Hi Cat, Rivalco has served its defence.";

function theCase(): DetectionCase {
  return {
    id: "d9/d9-001-rival-as-defendant",
    set: "d9",
    file: "d9-001.eml",
    description: "",
    findings: [
      { check: "name-spelling", recipient: ANA, text: "Hi Cat" },
      { check: "competitor-mention", recipient: ANA, text: "Rivalco" },
      { check: "competitor-mention", recipient: BEN, text: "Rivalco" },
    ],
    negatives: [],
  };
}

const decision: Decision = {
  case: "d9-001-rival-as-defendant",
  check: "competitor-mention",
  texts: ["Rivalco"],
  decision: "not-a-finding",
  why: "the other side of the client's own case",
  review: "review/d9.md",
};

function rivalFinding(recipient: string) {
  const start = body.indexOf("Rivalco");
  return {
    check: "competitor-mention",
    recipient,
    message: "m",
    severity: "warning",
    evidence: { field: "body", text: "Rivalco", start, end: start + 7 },
  };
}

describe("corpus product decisions", () => {
  it("turns each named expectation, for every recipient, into a hard negative with its why", () => {
    const c = theCase();
    const overrides = applyDecisions([c], [decision], FILE);
    expect(overrides.map((o) => [o.id, o.recipient, o.text])).toEqual([
      ["d9/d9-001-rival-as-defendant", ANA, "Rivalco"],
      ["d9/d9-001-rival-as-defendant", BEN, "Rivalco"],
    ]);
    // The other check's expectation is untouched.
    expect(c.findings).toEqual([{ check: "name-spelling", recipient: ANA, text: "Hi Cat" }]);
    expect(c.negatives).toHaveLength(2);
    expect(c.negatives[0]).toMatchObject({
      check: "competitor-mention",
      recipient: ANA,
      text: "Rivalco",
      why: expect.stringContaining("the other side of the client's own case"),
    });
  });

  it("scores the overridden expectation as a hard negative: silence is clean, a warning a false alarm", () => {
    const quiet = theCase();
    applyDecisions([quiet], [{ ...decision, case: "d9/d9-001-rival-as-defendant" }], FILE);
    const fields = { subject: "", body, attachments: [] };
    const silent: CaseRun = { case: quiet, findings: [], fields };
    const score = scoreDetection([silent], CHECK_IDS);
    expect(score.perCheck["competitor-mention"]).toMatchObject({
      expected: 0,
      negatives: 2,
      clean: 2,
    });
    expect(score.misses.map((m) => m.expected.check)).toEqual(["name-spelling"]);

    const warned: CaseRun = { case: quiet, findings: [rivalFinding(ANA)], fields };
    const after = scoreDetection([warned], CHECK_IDS);
    expect(after.perCheck["competitor-mention"]).toMatchObject({ negatives: 2, clean: 1 });
    expect(after.falseAlarms).toHaveLength(1);
  });

  it("fails loudly when a decision names a case that does not exist", () => {
    expect(() => applyDecisions([theCase()], [{ ...decision, case: "d9-404" }], FILE)).toThrow(
      /decisions\[0\]: no case "d9-404"/,
    );
  });

  it("fails loudly when the case expects no such text for that check", () => {
    expect(() =>
      applyDecisions([theCase()], [{ ...decision, texts: ["Rivalco", "Othercorp"] }], FILE),
    ).toThrow(/expects no competitor-mention finding with the text "Othercorp"/);
    // The text exists, but under another check.
    expect(() =>
      applyDecisions(
        [theCase()],
        [{ ...decision, check: "name-spelling", texts: ["Rivalco"] }],
        FILE,
      ),
    ).toThrow(CorpusError);
  });

  it("rejects a malformed decision with the file and the field", () => {
    const valid = { ...decision };
    expect(parseDecisions(FILE, { decisions: [valid] }, KNOWN)).toEqual([decision]);
    const bad = (change: Record<string, unknown>) => () =>
      parseDecisions(FILE, { decisions: [{ ...valid, ...change }] }, KNOWN);
    expect(bad({ check: "no-such-check" })).toThrow(/decisions\[0\]\.check: unknown check/);
    expect(bad({ decision: "maybe" })).toThrow(/decisions\[0\]\.decision/);
    expect(bad({ texts: [] })).toThrow(/decisions\[0\]\.texts must not be empty/);
    expect(bad({ texts: ["ok", 3] })).toThrow(/decisions\[0\]\.texts\[1\]/);
    expect(bad({ why: "" })).toThrow(/decisions\[0\]\.why/);
    expect(bad({ review: undefined })).toThrow(/decisions\[0\]\.review/);
    expect(() => parseDecisions(FILE, { decisions: {} }, KNOWN)).toThrow(/decisions must be/);
  });

  it("reads none from a corpus root without a decisions file, and a file's decisions otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decisions-"));
    await expect(readDecisions(join(dir, "decisions.json"), KNOWN)).resolves.toEqual([]);
    writeFileSync(join(dir, "decisions.json"), JSON.stringify({ decisions: [decision] }));
    await expect(readDecisions(join(dir, "decisions.json"), KNOWN)).resolves.toEqual([decision]);
    writeFileSync(join(dir, "broken.json"), "{");
    await expect(readDecisions(join(dir, "broken.json"), KNOWN)).rejects.toThrow(/not JSON/);
  });

  it("lists the overrides it applied, with their count", () => {
    const overrides = applyDecisions([theCase()], [decision], FILE);
    const report = formatOverrides(overrides);
    expect(report).toMatch(/^Product decisions applied: 2 expected finding/);
    expect(report).toContain(
      `d9/d9-001-rival-as-defendant  competitor-mention ${BEN} "Rivalco"  (review/d9.md)`,
    );
    expect(formatOverrides([])).toMatch(/applied: 0 expected/);
  });

  it("applies the committed decisions to the development corpus: only the reviewed cases", async () => {
    const root = join(__dirname, "../corpus");
    const decisions = await readDecisions(join(root, "decisions.json"), new Set(CHECK_IDS));
    const cases = (await loadDetectionCorpus(join(root, "detection"))).flatMap((s) => s.cases);
    const overrides = applyDecisions(cases, decisions, "decisions.json");
    expect([...new Set(overrides.map((o) => o.id))]).toEqual([
      "d3/d3-012-chase-named-as-codefendant",
      "d3/d3-043-shell-forecourts-and-calor",
      "d4/d4-008-cat-and-fairway-stores-old-outlook",
      "d4/d4-067-catriona-fw-agents-beacon",
    ]);
    expect(overrides.every((o) => o.check === "competitor-mention")).toBe(true);
  });
});
