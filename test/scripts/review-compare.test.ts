import * as engine from "../../src/core/engine";
import * as listen from "../../src/core/listen";
import * as profile from "../../src/core/profile";
import { outcome, type ReviewCase } from "../../scripts/learn/review-compare";

// The tree's own engine, as loadEngine would load it from its sources.
const ENGINE = { ...profile, ...engine, ...listen } as unknown as Parameters<typeof outcome>[0];
const MEGGE = {
  matchKey: "megge.anderson@coca-cola.example",
  preferredName: "Megge",
  fullName: "Megge Anderson",
  avoidNames: ["Meg"],
};

describe("review-compare outcome", () => {
  it("lists a detection case's findings of the named check", () => {
    const c: ReviewCase = {
      id: "meg",
      kind: "detect",
      check: "name-spelling",
      to: [MEGGE.matchKey],
      profiles: [MEGGE],
      body: "Dear Meg,\n\nThe draft is attached.\n\nJo",
    };
    expect(outcome(ENGINE, c)).toBe('name-spelling:avoided "Meg"');
    expect(outcome(ENGINE, { ...c, body: "Dear Megge,\n\nThe draft is attached.\n\nJo" })).toBe("");
  });

  it("lists a listening case's suggestions with their profile", () => {
    const c: ReviewCase = {
      id: "calls",
      kind: "listen",
      from: { address: MEGGE.matchKey, name: "Megge Anderson" },
      body: "Hi Jo,\n\nPlease don't phone me, I sit in an open-plan office.\n\nBest,\nMegge",
    };
    expect(outcome(ENGINE, c)).toBe(`add avoidChannels=phone (${MEGGE.matchKey})`);
  });

  it("says so when a case's profile is malformed", () => {
    const c: ReviewCase = {
      id: "bad",
      kind: "detect",
      to: ["x@y.example"],
      profiles: [{ title: "No key" }],
      body: "Hi",
    };
    expect(outcome(ENGINE, c)).toMatch(/^profile error: /);
  });
});
