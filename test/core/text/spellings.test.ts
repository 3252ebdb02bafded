import { otherSpellings } from "../../../src/core/text/spellings";

describe("otherSpellings", () => {
  test.each([
    ["organisation", "organization"],
    ["organization", "organisation"],
    ["finalised", "finalized"],
    ["analyse", "analyze"],
    ["analyzing", "analysing"],
    ["colour", "color"],
    ["labor", "labour"],
    ["behaviour", "behavior"],
    ["travelling", "traveling"],
    ["modeled", "modelled"],
    ["licence", "license"],
    ["judgment", "judgement"],
    ["programme", "program"],
    ["centre", "center"],
    ["paediatric", "pediatric"],
    ["manoeuvre", "maneuvre"],
  ])("%s is also written %s", (word, other) => {
    expect(otherSpellings(word)).toContain(other);
  });

  test.each(["size", "four", "hour", "tour", "dealing", "feeling", "filing", "review", "aerial"])(
    "%s has no other spelling",
    (word) => {
      expect(otherSpellings(word)).toEqual([]);
    },
  );
});
