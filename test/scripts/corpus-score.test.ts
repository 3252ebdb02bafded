import type { DetectionCase } from "../../scripts/corpus/cases";
import { compareToRatchet, ratchetOf } from "../../scripts/corpus/ratchet";
import {
  scoreDetection,
  type CaseRun,
  type RunFinding,
} from "../../scripts/corpus/score-detection";

const MEGGE = "megge@coke.example";
const CHECKS = ["name-spelling", "competitor-mention", "billing-detail"];

function finding(check: string, text: string, start: number, field = "body"): RunFinding {
  return {
    check,
    recipient: MEGGE,
    message: `${check}: "${text}"`,
    severity: "warning",
    evidence: { field, text, start, end: start + text.length },
  };
}

function run(c: Partial<DetectionCase>, body: string, findings: RunFinding[]): CaseRun {
  return {
    case: {
      id: "s/c",
      set: "s",
      file: "c.eml",
      description: "",
      findings: [],
      negatives: [],
      ...c,
    },
    findings,
    fields: { subject: "", body, attachments: [] },
  };
}

describe("scoreDetection", () => {
  const body = "Hi Meg,\nI enjoyed Meg Whitman's book.\n";
  const greeting = finding("name-spelling", "Meg", 3);
  const book = finding("name-spelling", "Meg", 18);
  const megCase = {
    findings: [{ check: "name-spelling", recipient: MEGGE, text: "Meg" }],
    negatives: [{ check: "name-spelling", recipient: MEGGE, text: "Meg Whitman" }],
  };

  it("locates a snippet in an invitation's location, so a finding there counts", () => {
    const invite = run(
      { findings: [{ check: "competitor-mention", recipient: MEGGE, text: "Pepsi Center" }] },
      "Agenda to follow.",
      [finding("competitor-mention", "Pepsi", 0, "location")],
    );
    invite.fields = { ...invite.fields!, location: "Pepsi Center, Denver" };
    expect(scoreDetection([invite], CHECKS).perCheck["competitor-mention"]).toMatchObject({
      expected: 1,
      caught: 1,
    });
    // The same finding said to be in the body does not count: it points elsewhere.
    const elsewhere = { ...invite, findings: [finding("competitor-mention", "Pepsi", 0)] };
    expect(scoreDetection([elsewhere], CHECKS).perCheck["competitor-mention"]).toMatchObject({
      caught: 0,
    });
  });

  it("counts an expectation caught only where the finding points at its text", () => {
    const score = scoreDetection([run(megCase, body, [greeting])], CHECKS);
    expect(score.perCheck["name-spelling"]).toMatchObject({
      expected: 1,
      caught: 1,
      negatives: 1,
      clean: 1,
    });
  });

  it("does not let an occurrence inside a hard negative satisfy the expectation", () => {
    const score = scoreDetection([run(megCase, body, [book])], CHECKS);
    expect(score.perCheck["name-spelling"]).toMatchObject({ caught: 0, clean: 0 });
    expect(score.misses).toHaveLength(1);
    expect(score.falseAlarms).toHaveLength(1);
  });

  it("tells both apart when both fire", () => {
    const score = scoreDetection([run(megCase, body, [greeting, book])], CHECKS);
    expect(score.perCheck["name-spelling"]).toMatchObject({ caught: 1, clean: 0 });
  });

  it("matches snippets across line breaks and curly apostrophes", () => {
    const text = "our fees cover review\nof file and drafting; Pepsi’s";
    const c = {
      findings: [
        { check: "competitor-mention", recipient: MEGGE, text: "Pepsi's" },
        { check: "billing-detail", recipient: MEGGE },
      ],
    };
    const score = scoreDetection(
      [
        run(c, text, [
          finding("competitor-mention", "Pepsi’s", 44),
          finding("billing-detail", "x", 0),
        ]),
      ],
      CHECKS,
    );
    expect(score.overall).toMatchObject({ expected: 2, caught: 2 });
  });

  it("falls back to the finding's words when the snippet is not visible text (a link's address)", () => {
    const c = {
      findings: [{ check: "competitor-mention", recipient: MEGGE, text: "pepsico.com" }],
    };
    const link: RunFinding = {
      ...finding("competitor-mention", "our rival's site", 0),
      message: 'mentions "our rival\'s site" in a link (https://www.pepsico.com/x)',
    };
    const score = scoreDetection([run(c, "our rival's site", [link])], CHECKS);
    expect(score.overall.caught).toBe(1);
  });

  it("takes a snippet that is a link's address to stand for the link's text", () => {
    const c = {
      findings: [{ check: "competitor-mention", recipient: MEGGE, text: "https://zoom.us/j/1" }],
    };
    const at = finding("competitor-mention", "Join the meeting", 5);
    const r = run(c, "Hi. Join the meeting", [at]);
    r.fields!.links = [{ href: "https://zoom.us/j/1", start: 4, end: 20 }];
    expect(scoreDetection([r], CHECKS).overall.caught).toBe(1);
    r.fields!.links = [{ href: "https://zoom.us/j/1", start: 0, end: 3 }];
    expect(scoreDetection([r], CHECKS).overall.caught).toBe(0);
  });

  it("lists findings nobody expected, except info findings about missing profiles", () => {
    const score = scoreDetection(
      [run({}, "Hello", [finding("competitor-mention", "Hello", 0), finding("no-profile", "", 0)])],
      CHECKS,
    );
    expect(score.unexpected.map((u) => u.finding.check)).toEqual(["competitor-mention"]);
  });

  it("counts an unreadable draft's expectations as missed and leaves its negatives out", () => {
    const unreadable: CaseRun = { ...run(megCase, "", []), error: "not an e-mail" };
    delete unreadable.fields;
    const score = scoreDetection([unreadable], CHECKS);
    expect(score.perCheck["name-spelling"]).toMatchObject({ expected: 1, caught: 0, negatives: 0 });
    expect(score.unreadable).toEqual([{ id: "s/c", error: "not an e-mail" }]);
  });
});

describe("ratchet", () => {
  it("reports every figure below the floor, and none at it", () => {
    const body = "Hi Meg,";
    const c = { findings: [{ check: "name-spelling", recipient: MEGGE, text: "Meg" }] };
    const good = ratchetOf(
      scoreDetection([run(c, body, [finding("name-spelling", "Meg", 3)])], CHECKS),
    );
    const bad = ratchetOf(scoreDetection([run(c, body, [])], CHECKS));
    expect(compareToRatchet(good, good)).toEqual([]);
    expect(compareToRatchet(bad, good)).toEqual([
      "detection overall recall 0 < 1",
      "detection name-spelling recall 0 < 1",
    ]);
  });
});
