import { readFileSync } from "fs";
import { join } from "path";
import { listCaseFiles, listSets } from "../../scripts/corpus/cases";
import {
  applyListenDecisions,
  formatListenOverrides,
  parseListenDecisions,
} from "../../scripts/corpus/listen-decisions";
import { scoreListen, type ListenCase } from "../../scripts/corpus/score-listen";

const FILE = "listen-decisions.json";
const PA = "pa@office.example";
const BOSS = "boss@office.example";

function theCase(): ListenCase {
  return {
    id: "l9/l9-pa-for-boss",
    file: "l9-pa-for-boss.eml",
    description: "",
    suggestions: [{ profile: PA, field: "avoidChannels", values: ["phone"] }],
    negatives: [{ field: "preferredChannels", why: "the boss's, not the PA's" }],
  };
}

const raw = {
  decisions: [
    {
      case: "l9-pa-for-boss",
      expected: [{ profile: BOSS, field: "preferredChannels", value: "email" }],
      notExpected: [{ profile: PA, field: "avoidChannels", value: "phone" }],
      why: "relayed for the principal",
      review: "review/l9.md",
    },
  ],
};

describe("listening product decisions", () => {
  it("adds the expected suggestions and turns the not-expected ones into negatives", () => {
    const c = theCase();
    const overrides = applyListenDecisions([c], parseListenDecisions(FILE, raw), FILE);
    expect(overrides.map((o) => [o.change, o.suggestion.profile, o.suggestion.field])).toEqual([
      ["not expected", PA, "avoidChannels"],
      ["expected", BOSS, "preferredChannels"],
    ]);
    expect(c.suggestions).toEqual([
      { profile: BOSS, field: "preferredChannels", values: ["email"] },
    ]);
    expect(c.negatives.map((n) => n.field)).toEqual(["preferredChannels", "avoidChannels"]);
    // Scored: the principal's suggestion is right, the PA's phone one now a false alarm.
    const score = scoreListen([
      {
        case: c,
        suggestions: [
          { profile: BOSS, field: "preferredChannels", value: "email" },
          { profile: PA, field: "avoidChannels", value: "phone" },
        ],
      },
    ]);
    expect(score.overall.correct).toBe(1);
    expect(score.overall.suggested).toBe(2);
    expect(score.perField.avoidChannels!.clean).toBe(0);
    expect(formatListenOverrides(overrides)).toContain(
      "l9/l9-pa-for-boss  expected: preferredChannels",
    );
  });

  it("stops on a decision naming no case, or an expectation the case does not have", () => {
    expect(() =>
      applyListenDecisions(
        [theCase()],
        parseListenDecisions(FILE, { decisions: [{ ...raw.decisions[0], case: "l9-nope" }] }),
        FILE,
      ),
    ).toThrow(/no case "l9-nope"/);
    const wrong = {
      decisions: [
        {
          ...raw.decisions[0],
          notExpected: [{ profile: PA, field: "avoidChannels", value: "sms" }],
        },
      ],
    };
    expect(() =>
      applyListenDecisions([theCase()], parseListenDecisions(FILE, wrong), FILE),
    ).toThrow(/does not expect avoidChannels "sms"/);
    expect(() =>
      parseListenDecisions(FILE, { decisions: [{ case: "x", why: "w", review: "r" }] }),
    ).toThrow(/changes nothing/);
  });

  it("a decision may expect a removal (op remove), which only a removal then satisfies", () => {
    const withdrawn = {
      decisions: [
        {
          case: "l9-pa-for-boss",
          expected: [{ profile: PA, field: "avoidChannels", value: "sms", op: "remove" }],
          why: "a withdrawal of a value on file",
          review: "the lead",
        },
      ],
    };
    const c = theCase();
    const overrides = applyListenDecisions([c], parseListenDecisions(FILE, withdrawn), FILE);
    expect(c.suggestions).toContainEqual({
      profile: PA,
      field: "avoidChannels",
      values: ["sms"],
      op: "remove",
    });
    expect(formatListenOverrides(overrides)).toContain('expected: avoidChannels remove "sms"');
    const removal = { profile: PA, field: "avoidChannels", op: "remove", value: "sms" };
    expect(scoreListen([{ case: c, suggestions: [removal] }]).overall).toMatchObject({
      correct: 1,
    });
    expect(
      scoreListen([{ case: c, suggestions: [{ ...removal, op: "add" }] }]).overall,
    ).toMatchObject({ correct: 0 });
    // Not expected: only the removal it names.
    const bad = {
      decisions: [
        {
          ...withdrawn.decisions[0]!,
          expected: [{ ...withdrawn.decisions[0]!.expected[0]!, op: "erase" }],
        },
      ],
    };
    expect(() => parseListenDecisions(FILE, bad)).toThrow(/op must be one of/);
  });

  it("names only cases that exist in test/corpus/listen", async () => {
    const root = join(__dirname, "..", "corpus");
    const decisions = parseListenDecisions(
      FILE,
      JSON.parse(readFileSync(join(root, FILE), "utf8")) as unknown,
    );
    const ids = new Set<string>();
    for (const set of await listSets(join(root, "listen")))
      for (const { slug } of await listCaseFiles(set)) ids.add(`${set.name}/${slug}`);
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) expect(ids).toContain(d.case);
  });
});
