import {
  affixableKey,
  affixedBrand,
  brandKey,
  brandWithAffix,
} from "../../../src/core/checks/brand-affixes";

describe("brandKey (round 17: made once per term)", () => {
  it.each([
    ["FedEx", "fedex"],
    ["Young's Seafood", "youngsseafood"],
    ["Young’s Seafood", "youngsseafood"],
    ["Coca-Cola", "cocacola"],
    ["Tide", "tide"],
    // Only white space, apostrophes and hyphens go: a dot, an ampersand or a digit stays.
    ["AT&T", "at&t"],
    ["Booking.com", "booking.com"],
    ["7-Eleven", "7eleven"],
  ])("%s → %s", (term, key) => {
    expect(brandKey(term)).toBe(key);
    expect(brandKey(term)).toBe(key);
  });

  test("stays right past the memo's bound (it is cleared, not trusted, when full)", () => {
    const wrong: string[] = [];
    for (let i = 0; i < 2_500; i++)
      if (brandKey(`Brand-${i} Co`) !== `brand${i}co`) wrong.push(`${i}`);
    expect(wrong).toEqual([]);
    expect(brandKey("FedEx")).toBe("fedex");
  });

  test("brandWithAffix reads the same key on every call", () => {
    for (let i = 0; i < 3; i++) {
      expect(brandWithAffix("fedexofficial", "FedEx", false)).toBe(true);
      expect(brandWithAffix("youngsseafoodshop", "Young's Seafood", false)).toBe(true);
      // Not an affix: the brand inside another word, or the brand alone.
      expect(brandWithAffix("fedexing", "FedEx", false)).toBe(false);
      expect(brandWithAffix("fedex", "FedEx", false)).toBe(false);
    }
  });
});

// Round 22: competitor-mention lowers each part and makes each key once per draft and term, and
// asks affixedBrand; it must answer as brandWithAffix does on the part as written.
describe("affixedBrand answers as brandWithAffix", () => {
  it.each([
    // [part as written, term, ordinary, expected]
    ["FedExOfficial", "FedEx", false, true],
    ["youngsseafoodshop", "Young's Seafood", false, true],
    ["PepsiChallenge", "Pepsi", false, true],
    ["targetstores", "Target", true, true],
    ["targetdates", "Target", true, false],
    ["FEDEXING", "FedEx", false, false],
    ["fedex", "FedEx", false, false],
    ["att-careers", "AT&T", false, false],
    ["bpshop", "BP", false, false],
  ])("%s with %s (ordinary %s) → %s", (part, term, ordinary, expected) => {
    const key = brandKey(term);
    const fast = affixableKey(key) && affixedBrand(part.toLowerCase(), key, ordinary);
    expect(fast).toBe(expected);
    expect(brandWithAffix(part, term, ordinary)).toBe(expected);
  });
});
