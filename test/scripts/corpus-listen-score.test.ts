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
