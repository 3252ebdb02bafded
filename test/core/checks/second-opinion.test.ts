import {
  bucket,
  gateFeatures,
  scoreFeatures,
  secondOpinionKeeps,
  sentenceAround,
  digitWeights,
  words,
  type GateTexts,
  type GateWeights,
} from "../../../src/core/checks/second-opinion";
import { SECOND_OPINION } from "../../../src/core/checks/second-opinion-weights";
import { COMPETITOR_OPINION } from "../../../src/core/checks/second-opinion-competitor";
import { evaluate } from "../../../src/core/engine";
import type { Evidence } from "../../../src/core/finding";
import { draftTo, profilesFor } from "../engine-drafts";
import { DAN, MEGGE } from "./rule-tester";
import { weightDigits } from "../../../scripts/learn/detect-model";

function body(text: string): GateTexts {
  return { subject: "", location: "", body: text, attachments: [] };
}

/** The evidence of `needle` (its first occurrence) in the body. */
function at(text: string, needle: string): Evidence {
  const start = text.indexOf(needle);
  return { field: "body", text: needle, start, end: start + needle.length };
}

function table(bits: number, fill: number, thresholds: Record<string, number>): GateWeights {
  return { bits, scale: 1, weights: new Int8Array(1 << bits).fill(fill), thresholds };
}

describe("the second opinion's features", () => {
  it.each([
    [
      "a proposal in a question",
      "unwanted-channel",
      "Thanks for the pack. Shall we speak by phone tomorrow?",
      "phone",
      ["proposal|unwanted-channel", "question|unwanted-channel", "e|unwanted-channel|phone"],
      ["past|unwanted-channel"],
    ],
    [
      "a past call reported",
      "unwanted-channel",
      "I called you yesterday about the lease. It went well.",
      "called",
      ["past|unwanted-channel", "first|unwanted-channel", "w|yesterday"],
      ["question|unwanted-channel", "proposal|unwanted-channel"],
    ],
    [
      "a third person's phone",
      "unwanted-channel",
      "Please note Sarah's phone number for the site visit.",
      "phone",
      ["poss|unwanted-channel", "lower|unwanted-channel"],
      ["third|unwanted-channel"],
    ],
    [
      "a pronoun before the channel",
      "unwanted-channel",
      "The agent gave me her mobile number.",
      "mobile",
      ["third|unwanted-channel", "lower|unwanted-channel"],
      ["poss|unwanted-channel"],
    ],
    [
      "a time-entry line",
      "avoided-topic",
      "Entries:\n12/03 0.5h Review of merger terms\nThanks",
      "merger",
      ["entry|avoided-topic", "shortline|avoided-topic", "e|avoided-topic|merger"],
      ["question|avoided-topic"],
    ],
    [
      "a name's words are never features",
      "competitor-mention",
      "The Pepsi launch went badly, I hear.",
      "Pepsi",
      ["capmid|competitor-mention", "cw|competitor-mention|<e>", "b|competitor-mention|the <e>"],
      ["w|pepsi", "e|competitor-mention|pepsi", "cw|competitor-mention|pepsi"],
    ],
  ])("%s", (_name, check, text, needle, present, absent) => {
    const features = gateFeatures(check, at(text, needle), body(text));
    for (const feature of present) expect(features).toContain(feature);
    for (const feature of absent) expect(features).not.toContain(feature);
  });

  it("reads words without regular expressions, apostrophes kept inside a word", () => {
    expect(words("Let’s call Ann's team, 2x.").map((w) => w.w)).toEqual([
      "let's",
      "call",
      "ann's",
      "team",
      "2x",
    ]);
  });

  it("reads the sentence around the evidence, within its line", () => {
    const text = "First one. Then call me on Monday! Next line\nand another";
    const [from, to] = sentenceAround(text, text.indexOf("call"), text.indexOf("call") + 4);
    expect(text.slice(from, to).trim()).toBe("Then call me on Monday!");
  });

  it("only the bias and field for evidence outside the text", () => {
    const features = gateFeatures("unwanted-channel", at("abc", "zzz"), body("abc"));
    expect(features).toEqual(["bias|unwanted-channel", "field|unwanted-channel|body"]);
  });
});

describe("the second opinion's score", () => {
  const text = "I called you yesterday about the lease.";
  const features = gateFeatures("unwanted-channel", at(text, "called"), body(text));

  it("rises with the weight of one of its features", () => {
    const t = table(12, 0, {});
    const b = bucket("past|unwanted-channel", 12);
    const scores = [-100, -10, 0, 10, 100].map((w) => {
      t.weights[b] = w;
      return scoreFeatures(features, t);
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeGreaterThan(scores[i - 1]!);
  });

  it("counts a bucket once", () => {
    const t = table(1, 1, {});
    expect(scoreFeatures(features, t)).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});

describe("the gate", () => {
  const text = "I called you yesterday about the lease.";
  const evidence = at(text, "called");

  it.each([
    [
      "drops a warning scored below its check's threshold",
      -100,
      { "unwanted-channel": 0.5 },
      false,
    ],
    ["keeps one scored above", 100, { "unwanted-channel": 0.5 }, true],
    ["keeps a check the table does not judge", -100, { "avoided-topic": 0.5 }, true],
  ])("%s", (_name, fill, thresholds, kept) => {
    expect(
      secondOpinionKeeps("unwanted-channel", evidence, body(text), table(8, fill, thresholds)),
    ).toBe(kept);
  });

  it("keeps a finding it cannot score", () => {
    const dropAll = table(8, -100, { "unwanted-channel": 0.5 });
    expect(secondOpinionKeeps("unwanted-channel", undefined, body(text), dropAll)).toBe(true);
    const recipient: Evidence = { field: "recipient", text: "x", start: 0, end: 1 };
    expect(secondOpinionKeeps("unwanted-channel", recipient, body(text), dropAll)).toBe(true);
    expect(secondOpinionKeeps("unwanted-channel", evidence, body(text), undefined)).toBe(true);
    const broken = {
      ...dropAll,
      get weights(): Int8Array {
        throw new Error("broken table");
      },
    };
    expect(secondOpinionKeeps("unwanted-channel", evidence, body(text), broken)).toBe(true);
  });

  it("is applied by the engine to the checks' warnings, and can be turned off", () => {
    const draft = draftTo([MEGGE], "Dear Megge,\n\nPepsi's results are in.");
    const profiles = profilesFor(draft);
    const checks = (secondOpinion: GateWeights | false) =>
      evaluate(draft, profiles, {}, { secondOpinion }).map((f) => f.check);
    expect(checks(false)).toContain("competitor-mention");
    expect(checks(table(8, -100, { "competitor-mention": 0.5 }))).not.toContain(
      "competitor-mention",
    );
    expect(checks(table(8, 100, { "competitor-mention": 0.5 }))).toContain("competitor-mention");
  });
});

describe("the weights' written form", () => {
  it("reads back what the trainer writes", () => {
    const weights = new Int8Array(1 << 6);
    weights[0] = 5;
    weights[1] = -7;
    weights[30] = 7;
    weights[63] = -1;
    expect(digitWeights(weightDigits(weights), 6)).toEqual(weights);
  });

  it("reads a bad or missing digit as 0, and never throws", () => {
    expect(Array.from(digitWeights("0fz8", 3))).toEqual([-7, 0, 0, 1, 0, 0, 0, 0]);
  });
});

describe("the shipped weights", () => {
  it("load, and keep a plain proposal of an unwanted channel", () => {
    expect(SECOND_OPINION).toBeDefined();
    if (!SECOND_OPINION) return;
    expect(SECOND_OPINION.weights).toHaveLength(1 << SECOND_OPINION.bits);
    const text = "Dear Megge,\n\nCould we speak by phone on Monday about the rebate terms?";
    const evidence = at(text, "phone");
    const score = scoreFeatures(
      gateFeatures("unwanted-channel", evidence, body(text)),
      SECOND_OPINION,
    );
    expect(score).toBeGreaterThan(0.5);
    expect(secondOpinionKeeps("unwanted-channel", evidence, body(text), SECOND_OPINION)).toBe(true);
  });

  // competitor-mention is not gated since round 35; 0.1 is the threshold it was measured at.
  it("score a plain competitor mention above the threshold it was measured at", () => {
    expect(SECOND_OPINION).toBeDefined();
    if (!SECOND_OPINION) return;
    const text = "Dear Megge,\n\nPepsi has cut its prices again, so we should revisit the rebate.";
    const evidence = at(text, "Pepsi");
    const threshold = 0.1;
    const score = scoreFeatures(
      gateFeatures("competitor-mention", evidence, body(text)),
      SECOND_OPINION,
    );
    expect(score).toBeGreaterThan(threshold);
    expect(secondOpinionKeeps("competitor-mention", evidence, body(text), SECOND_OPINION)).toBe(
      true,
    );
  });

  // Round 35 (lead): shipped for avoided-topic alone. On real mail the gate dropped 31 of 204 true
  // competitor mentions (a brand in general talk), so competitor-mention stays ungated. Round 36:
  // unwanted-channel gated at 0.05 (its LOSO curve removes no right finding at any threshold).
  it("judge avoided-topic and unwanted-channel only", () => {
    expect(SECOND_OPINION).toBeDefined();
    expect(SECOND_OPINION!.thresholds).toEqual({
      "avoided-topic": 0.1,
      "unwanted-channel": 0.05,
    });
    const text = "Dear Megge,\n\nPepsi's results are in; shall we discuss them by phone?";
    const dropAll = {
      ...SECOND_OPINION!,
      weights: new Int8Array(1 << SECOND_OPINION!.bits).fill(-7),
    };
    expect(secondOpinionKeeps("competitor-mention", at(text, "Pepsi"), body(text), dropAll)).toBe(
      true,
    );
    expect(secondOpinionKeeps("unwanted-channel", at(text, "phone"), body(text), dropAll)).toBe(
      false,
    );
  });

  it("leave the engine's warning on small talk about an avoided sport", () => {
    const draft = draftTo(
      [DAN],
      "Dear Dan,\n\nDid you catch the ballgame on Sunday? What a finish.\n\nThe revised lease is attached; please sign page four and send it back by Friday.\n\nBest,\nAlex",
    );
    const checks = evaluate(draft, profilesFor(draft)).map((f) => f.check);
    expect(checks).toContain("avoided-topic");
  });
});

// Round 45 (detect-45g): competitor-mention's own table, trained on that check's findings with
// real mail, gated at 0.05; the shared table above is unchanged (docs/checks.md, "Round 45").
describe("competitor-mention's own table", () => {
  const bodyOf = (sentence: string) => `Hi Cat,\n\n${sentence}\n\nBest,\nJo`;
  const score = (sentence: string, name: string) => {
    const text = bodyOf(sentence);
    return scoreFeatures(
      gateFeatures("competitor-mention", at(text, name), body(text)),
      COMPETITOR_OPINION!,
    );
  };

  it("judges competitor-mention alone, at 0.05", () => {
    expect(COMPETITOR_OPINION).toBeDefined();
    expect(COMPETITOR_OPINION!.thresholds).toEqual({ "competitor-mention": 0.05 });
    expect(COMPETITOR_OPINION!.weights).toHaveLength(1 << COMPETITOR_OPINION!.bits);
    const text = bodyOf("Shall we speak by phone about Pepsi?");
    const dropAll = { ...COMPETITOR_OPINION!, weights: new Int8Array(1 << 13).fill(-7) };
    expect(secondOpinionKeeps("unwanted-channel", at(text, "phone"), body(text), dropAll)).toBe(
      true,
    );
  });

  // Rows from the self-review: a competitor named in general or market talk is kept.
  it.each([
    ["Pepsi has cut its prices again, so we should revisit the rebate.", "Pepsi"],
    [
      "Summit Gear has cut its jacket prices by 20% in Leeds, so we should revisit it.",
      "Summit Gear",
    ],
    ["Summit Gear's store in Manchester opened on Saturday and was busy all day.", "Summit Gear"],
    ["Their new shop sits opposite Summit Gear on Deansgate.", "Summit Gear"],
    ["Pepsi's new bottling plant near Bristol opens in May.", "Pepsi"],
    ["At the Birmingham store, Pepsi had two full shelves to your one.", "Pepsi"],
    ["Don't mention Pepsi when you speak to the buyer in Leeds.", "Pepsi"],
  ])("keeps %s", (sentence, name) => {
    expect(score(sentence, name)).toBeGreaterThanOrEqual(0.05);
  });

  // A place that shares the competitor's name, as first-sight output's false alarms read.
  it.each([
    ["We will meet at the Summit Hotel in Kendal at 10am on Tuesday for the site visit.", "Summit"],
    [
      "Comparable lettings on the Summit estate in Marlow suggest GBP 78,000 is nearer the mark.",
      "Summit",
    ],
  ])("drops %s", (sentence, name) => {
    expect(score(sentence, name)).toBeLessThan(0.05);
  });

  it("is applied by the engine by default, and not when another table is given", () => {
    const draft = draftTo(
      [MEGGE],
      "Dear Megge,\n\nWe will meet at the Pepsi Hotel in Kendal at 10am on Tuesday for the site visit.",
    );
    const profiles = profilesFor(draft);
    const checks = (options: { secondOpinion?: GateWeights | false }) =>
      evaluate(draft, profiles, {}, options).map((f) => f.check);
    expect(checks({ secondOpinion: false })).toContain("competitor-mention");
    expect(checks({ secondOpinion: SECOND_OPINION! })).toContain("competitor-mention");
    expect(checks({})).not.toContain("competitor-mention");
  });
});

// Round 45 (detect-45g3): what tells a citation of the rival, or a report about it, from a step in
// the client's own matter; a citation or a negation keeps the finding whatever the table scores
// (docs/checks.md, "Round 45: detect-45g3").
describe("competitor-mention's citation and matter cues", () => {
  const cues = (sentence: string, name: string, check = "competitor-mention") => {
    const text = `Dear Tom,\n\n${sentence}\n\nRegards,\nJo`;
    return gateFeatures(check, at(text, name), body(text)).filter(
      (f) => !f.includes("|") || f.split("|").length === 2,
    );
  };

  it.each([
    ["In the Acme trade mark case, the court held otherwise.", "Acme", ["cite", "citein", "court"]],
    ["The Acme breach was caused by an unpatched server.", "Acme", ["cite"]],
    ["Smith v Acme is the leading authority.", "Acme", ["citev"]],
    ["Acme v Smith is the leading authority.", "Acme", ["cite"]],
    ["The ICO fined Acme last year.", "Acme", ["court"]],
    ["Please send Acme the signed amendment.", "Acme", ["matter"]],
    ["On your dispute with Acme, we have filed the defence.", "Acme", ["disputewith"]],
    ["Acme solicitors have replied.", "Acme", ["theirlawyers"]],
    ["Let's not mention Acme in the board pack.", "Acme", ["neg"]],
  ])("%s", (sentence, name, expected) => {
    const got = cues(sentence, name);
    for (const cue of expected) expect(got).toContain(`${cue}|competitor-mention`);
  });

  it("reads none of them in a plain mention, or for another check", () => {
    const plain = cues("Acme has cut its prices again, so we should revisit the rebate.", "Acme");
    for (const cue of ["cite", "citein", "citev", "court", "matter", "disputewith", "theirlawyers"])
      expect(plain).not.toContain(`${cue}|competitor-mention`);
    const other = cues("The court ruled on the phone case.", "phone", "unwanted-channel");
    expect(other.some((f) => f.startsWith("cite") || f.startsWith("court"))).toBe(false);
  });

  it("a case word is a citation up to three words after the name, not four", () => {
    expect(cues("Acme sells cheap shoes in the case study.", "Acme")).not.toContain(
      "cite|competitor-mention",
    );
    expect(cues("Acme sells a good case.", "Acme")).not.toContain("cite|competitor-mention");
    expect(cues("Acme sells a case.", "Acme")).toContain("cite|competitor-mention");
  });

  it("judges competitor-mention by its own table only: no threshold is in both tables", () => {
    const shared = Object.keys(SECOND_OPINION!.thresholds);
    const own = Object.keys(COMPETITOR_OPINION!.thresholds);
    expect(own).toEqual(["competitor-mention"]);
    expect(shared.filter((check) => own.includes(check))).toEqual([]);
  });

  it("keeps a cited or negated rival even when every weight drops it; the shared table has no keeps", () => {
    const dropAll = { ...COMPETITOR_OPINION!, weights: new Int8Array(1 << 13).fill(-7) };
    const keeps = (sentence: string, name: string) => {
      const text = `Dear Tom,\n\n${sentence}\n\nRegards,\nJo`;
      return secondOpinionKeeps("competitor-mention", at(text, name), body(text), dropAll);
    };
    expect(keeps("The Barclays case on unfair terms will be heard next month.", "Barclays")).toBe(
      true,
    );
    expect(keeps("Let's not mention Pepsi in the board pack.", "Pepsi")).toBe(true);
    expect(keeps("Please send Oracle the signed amendment.", "Oracle")).toBe(false);
    expect(SECOND_OPINION!.keeps).toBeUndefined();
  });
});
