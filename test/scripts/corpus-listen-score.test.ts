import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CorpusError } from "../../scripts/corpus/cases";
import { readListenCase } from "../../scripts/corpus/run-listen";
import {
  precision,
  recall,
  scoreListen,
  type ListenCase,
  type ListenRun,
} from "../../scripts/corpus/score-listen";

const MEGGE = "megge@coke.example";

function listenCase(partial: Partial<ListenCase>): ListenCase {
  return { id: "l/c", file: "c.eml", description: "", suggestions: [], negatives: [], ...partial };
}

describe("scoreListen: values compared without brackets (round 23)", () => {
  const rows: [string, string, string, boolean][] = [
    ["statusUpdates", "(first Monday)", "first Monday", true],
    ["statusUpdates", "monthly [first Monday]", "monthly, first Monday", true],
    ["meetingPlatform", "{Zoom}", "Zoom", true],
    ["statusUpdates", "(first Monday)", "first Tuesday", false],
    ["meetingPlatform", "Teams (not Zoom)", "Teams", false],
    // Round 30: a company or topic with or without its leading article is one value.
    ["avoidTopics", "baggage-handler strike", "the baggage-handler strike", true],
    ["competitors", "The Harbour Group", "Harbour Group", true],
    ["avoidTopics", "the strike", "the lockout", false],
    ["preferredName", "The Duchess", "Duchess", false],
    ["bannedBillingPhrases", "the review of file", "review of file", false],
  ];
  it.each(rows)("%s: heard %j against %j counts right: %p", (field, heard, wanted, right) => {
    const run: ListenRun = {
      case: listenCase({ suggestions: [{ profile: MEGGE, field, values: [wanted] }] }),
      suggestions: [{ profile: MEGGE, field, value: heard }],
    };
    expect(scoreListen([run]).overall.correct).toBe(right ? 1 : 0);
  });
});

describe("scoreListen", () => {
  const expectsName = listenCase({
    suggestions: [{ profile: MEGGE, field: "preferredName", values: ["Megge"] }],
    negatives: [{ field: "avoidChannels", why: "a colleague prefers calls" }],
  });

  it("counts a suggestion right when profile, field and value match (any case)", () => {
    const run: ListenRun = {
      case: expectsName,
      suggestions: [{ profile: MEGGE.toUpperCase(), field: "preferredName", value: "megge" }],
    };
    const score = scoreListen([run]);
    expect(precision(score.overall)).toBe(1);
    expect(recall(score.overall)).toBe(1);
    expect(score.perField.avoidChannels).toMatchObject({ negatives: 1, clean: 1 });
  });

  it("blames a suggestion on the hard negative of its field", () => {
    const run: ListenRun = {
      case: expectsName,
      suggestions: [{ profile: MEGGE, field: "avoidChannels", value: "phone" }],
    };
    const score = scoreListen([run]);
    expect(score.overall).toMatchObject({ suggested: 1, correct: 0, caught: 0 });
    expect(score.perField.avoidChannels).toMatchObject({ clean: 0 });
    expect(score.wrong[0]?.negative?.why).toBe("a colleague prefers calls");
  });

  it("never counts a confirmation of what the profile holds against precision", () => {
    const run: ListenRun = {
      case: listenCase({}),
      suggestions: [{ profile: MEGGE, field: "avoidChannels", value: "phone", alreadyKnown: true }],
    };
    expect(scoreListen([run]).overall).toMatchObject({ suggested: 0, correct: 0 });
  });

  describe("a confirmation that contradicts an expectation (round 16)", () => {
    const welcome = listenCase({
      suggestions: [{ profile: MEGGE, field: "entertainment", values: ["welcome"] }],
    });
    const withdrawn = listenCase({
      suggestions: [{ profile: MEGGE, field: "avoidChannels", values: ["phone"], op: "remove" }],
    });
    const known = (field: string, value: string, op: string) => ({
      profile: MEGGE,
      field,
      value,
      op,
      alreadyKnown: true,
    });
    const table: [string, ListenCase, ReturnType<typeof known>, boolean][] = [
      ["avoid confirmed, welcome expected", welcome, known("entertainment", "avoid", "set"), true],
      [
        "welcome confirmed, welcome expected",
        welcome,
        known("entertainment", "welcome", "set"),
        false,
      ],
      [
        "a value confirmed that the case removes",
        withdrawn,
        known("avoidChannels", "phone", "add"),
        true,
      ],
      [
        "another value confirmed beside a removal",
        withdrawn,
        known("avoidChannels", "sms", "add"),
        false,
      ],
      ["another field confirmed", welcome, known("avoidChannels", "phone", "add"), false],
      [
        "another profile's confirmation",
        welcome,
        { ...known("entertainment", "avoid", "set"), profile: "@coke.example" },
        false,
      ],
      [
        "a list value confirmed beside an expected addition",
        listenCase({ suggestions: [{ profile: MEGGE, field: "avoidChannels", values: ["sms"] }] }),
        known("avoidChannels", "phone", "add"),
        false,
      ],
    ];
    for (const [name, c, heard, wrong] of table) {
      it(`${name}: ${wrong ? "wrong" : "not counted"}`, () => {
        const score = scoreListen([{ case: c, suggestions: [heard] }]);
        expect(score.overall.suggested).toBe(wrong ? 1 : 0);
        expect(score.overall.correct).toBe(0);
        expect(score.wrong).toHaveLength(wrong ? 1 : 0);
      });
    }
  });

  it("lets a confirmation satisfy a case that expects it", () => {
    const run: ListenRun = {
      case: expectsName,
      suggestions: [{ profile: MEGGE, field: "preferredName", value: "Megge", alreadyKnown: true }],
    };
    expect(scoreListen([run]).overall).toMatchObject({ expected: 1, caught: 1, suggested: 0 });
  });

  it("accepts a free-text cadence worded differently, but not a different one", () => {
    const c = listenCase({
      suggestions: [
        { profile: MEGGE, field: "statusUpdates", values: ["monthly, before the board meeting"] },
      ],
    });
    const worded = scoreListen([
      {
        case: c,
        suggestions: [
          { profile: MEGGE, field: "statusUpdates", value: "Monthly before the board meeting" },
        ],
      },
    ]);
    const other = scoreListen([
      { case: c, suggestions: [{ profile: MEGGE, field: "statusUpdates", value: "weekly" }] },
    ]);
    expect(worded.overall.caught).toBe(1);
    expect(other.overall.caught).toBe(0);
  });

  it("does not stretch exact fields: another name is wrong", () => {
    const run: ListenRun = {
      case: expectsName,
      suggestions: [{ profile: MEGGE, field: "preferredName", value: "Meg" }],
    };
    expect(scoreListen([run]).overall).toMatchObject({ caught: 0, suggested: 1, correct: 0 });
  });
});

describe("scoreListen: removals (op remove)", () => {
  const ORG = "@coke.example";
  const expectsRemoval = listenCase({
    suggestions: [{ profile: MEGGE, field: "avoidChannels", values: ["phone"], op: "remove" }],
  });
  const removal = { profile: MEGGE, field: "avoidChannels", op: "remove", value: "phone" };

  it("matches a removal only to a remove expectation of the same profile, field and value", () => {
    expect(scoreListen([{ case: expectsRemoval, suggestions: [removal] }]).overall).toMatchObject({
      expected: 1,
      caught: 1,
      suggested: 1,
      correct: 1,
    });
    for (const other of [
      { ...removal, profile: ORG },
      { ...removal, field: "preferredChannels" },
      { ...removal, value: "sms" },
    ]) {
      expect(scoreListen([{ case: expectsRemoval, suggestions: [other] }]).overall).toMatchObject({
        caught: 0,
        suggested: 1,
        correct: 0,
      });
    }
  });

  it("never lets an addition satisfy a remove expectation, nor a removal an add one", () => {
    const added = { ...removal, op: "add" };
    expect(scoreListen([{ case: expectsRemoval, suggestions: [added] }]).overall).toMatchObject({
      caught: 0,
      correct: 0,
    });
    const expectsAdd = listenCase({
      suggestions: [{ profile: MEGGE, field: "avoidChannels", values: ["phone"] }],
    });
    const score = scoreListen([{ case: expectsAdd, suggestions: [removal] }]);
    expect(score.overall).toMatchObject({ caught: 0, suggested: 1, correct: 0 });
    expect(score.wrong).toHaveLength(1);
  });

  it("counts an unexpected removal against precision in its field, like any suggestion", () => {
    const score = scoreListen([
      {
        case: listenCase({ negatives: [{ field: "avoidChannels", why: "a one-off call" }] }),
        suggestions: [removal],
      },
    ]);
    expect(score.perField.avoidChannels).toMatchObject({ suggested: 1, correct: 0, clean: 0 });
    expect(score.wrong[0]?.negative?.why).toBe("a one-off call");
  });
});

describe("readListenCase: the op of an expectation", () => {
  const dir = mkdtempSync(join(tmpdir(), "listen-case-"));
  const write = (name: string, suggestion: Record<string, unknown>) => {
    const file = join(dir, `${name}.expect.json`);
    writeFileSync(file, JSON.stringify({ suggestions: [suggestion], negatives: [] }));
    return file;
  };
  const base = { profile: "Megge@Coke.example", field: "avoidChannels", value: "phone" };

  it("reads op remove, and no op as before", async () => {
    const removal = await readListenCase("l/r", "r.eml", write("r", { ...base, op: "remove" }));
    expect(removal.suggestions).toEqual([
      { profile: MEGGE, field: "avoidChannels", values: ["phone"], op: "remove" },
    ]);
    const plain = await readListenCase("l/p", "p.eml", write("p", base));
    expect(plain.suggestions).toEqual([
      { profile: MEGGE, field: "avoidChannels", values: ["phone"] },
    ]);
  });

  it("refuses an op it does not know", async () => {
    await expect(
      readListenCase("l/x", "x.eml", write("x", { ...base, op: "delete" })),
    ).rejects.toThrow(CorpusError);
  });
});
