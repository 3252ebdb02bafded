import { CHANNEL_EXPRESSIONS } from "../../../src/core/checks/channel-lexicon";

// An expression's `opening` lets a window be skipped before its pattern runs: that is exact only
// if every match of the pattern starts with a match of the opening.
describe("channel expressions' openings", () => {
  const opened = CHANNEL_EXPRESSIONS.filter((e) => e.opening);

  it("are used, each the start of its pattern's source, with the pattern's flags", () => {
    expect(opened.length).toBeGreaterThanOrEqual(2);
    for (const e of opened) {
      expect(e.pattern.source.startsWith(e.opening!.source)).toBe(true);
      expect(e.opening!.flags).toBe(e.pattern.flags.replace(/[gy]/g, ""));
      expect(e.anchored).toBeFalsy();
    }
  });

  it("match where their pattern matches, at the same place", () => {
    const samples = [
      "Could you send me a good mobile number so I can call you later?",
      "Let us know the best direct number and we will ring.",
      "Would it help if I rang you tomorrow, or if we spoke by phone on Friday?",
      "It might be easier if we just met in person next week.",
    ];
    for (const e of opened) {
      let matches = 0;
      for (const text of samples) {
        const pattern = new RegExp(e.pattern.source, e.pattern.flags);
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const at = new RegExp(e.opening!.source, e.opening!.flags + "y");
          at.lastIndex = m.index;
          expect(at.test(text)).toBe(true);
          matches++;
        }
      }
      expect(matches).toBeGreaterThan(0);
    }
  });
});
