import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { familyWords } from "../../../src/core/checks/topic-lexicon";
import { TOPIC_LEXICON } from "../../../src/core/checks/topic-lexicon.data";

const lower = (family: string) => new Set(familyWords(family).map((w) => w.toLowerCase()));

describe("topic lexicon (WordNet)", () => {
  test("kinds and instances of a topic are in its family", () => {
    for (const [family, word] of [
      ["health", "pneumonia"],
      ["health", "migraine"],
      ["religion", "synagogue"],
      ["religion", "good friday"],
      ["sports", "olympics"],
      ["sports", "skiing"],
      ["alcohol", "vodka"],
      ["war", "korean war"],
      ["gambling", "bookie"],
    ] as const) {
      expect([family, lower(family).has(word)]).toEqual([family, true]);
    }
  });

  test("a narrower family is read from the wider one's tags", () => {
    const sports = lower("sports");
    const golf = lower("golf");
    expect(golf.size).toBeGreaterThan(0);
    for (const word of golf) expect(sports.has(word)).toBe(true);
    expect(golf.has("quarterback")).toBe(false);
    expect(lower("football").has("quarterback")).toBe(true);
    expect(familyWords("no such family")).toEqual([]);
  });

  test("words whose usual sense in mail is not the topic stay out", () => {
    const all = new Set(Object.keys(TOPIC_LEXICON).flatMap((f) => [...lower(f)]));
    for (const word of [
      "completion",
      "port",
      "party",
      "goal",
      "match",
      "ref",
      "fives",
      "masse",
      "kicker",
      "caddy",
      "backpack",
      "lady day",
      "redeem",
      "bloody shame",
      "inspirational",
      "venture capitalist",
      "decedent",
      "wrongful death",
      "gabriel",
    ]) {
      expect([word, all.has(word)]).toEqual([word, false]);
    }
  });

  test("no family word is a tagged entry without its word", () => {
    for (const data of Object.values(TOPIC_LEXICON)) {
      for (const entry of data.split("|")) expect(entry.replace(/^[a-z]+~/, "")).not.toBe("");
    }
  });

  test("the committed data is what scripts/make-topic-lexicon.mjs makes", () => {
    const script = join(__dirname, "../../../scripts/make-topic-lexicon.mjs");
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toContain(
      "up to date",
    );
  });
});
