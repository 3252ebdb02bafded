/**
 * Round 20 (listen-20c, from the lh18 diagnosis, change 2): a lift that names the value on file
 * another way. A topic in the other number ("the strike" for "strikes"), a rival by the first word
 * of its name when the rest is only trade or corporate words ("Strathcarron" for "Strathcarron
 * Spirits"). Beside each: a word that names another thing, a short name two rivals share, a
 * short name that is an ordinary word, a rest that is a word of the name, no lift cue at all.
 * Written for this table (invented organisations); every lift row removed nothing before.
 */
import { restIsTradeWord, shortFormsOf } from "../../../src/core/checks/short-forms";
import { COKE, expectWithdrawals, hear, letter, onOrg, type WithdrawalCase } from "./listen-tester";

const lifts: WithdrawalCase[] = [
  {
    name: "a plural topic on file lifted in the singular",
    body: letter("No need to avoid the strike any more, it is settled."),
    profiles: [onOrg({ avoidTopics: ["strikes"] })],
    removed: [{ field: "avoidTopics", value: "strikes", profile: COKE }],
  },
  {
    name: "a singular topic on file lifted in the plural",
    body: letter("You can mention the layoffs again, they are public now."),
    profiles: [onOrg({ avoidTopics: ["the layoff"] })],
    removed: [{ field: "avoidTopics", value: "the layoff", profile: COKE }],
  },
  {
    name: "a -y topic on file lifted in the plural",
    body: letter("No need to avoid the redundancies any more; they were announced on Monday."),
    profiles: [onOrg({ avoidTopics: ["the redundancy"] })],
    removed: [{ field: "avoidTopics", value: "the redundancy", profile: COKE }],
  },
  {
    name: "a rival on file lifted by its short name (a trade word after it)",
    body: letter("No need to keep Strathcarron out of anything any more, we bought them."),
    profiles: [onOrg({ competitors: ["Strathcarron Spirits"] })],
    removed: [{ field: "competitors", value: "Strathcarron Spirits", profile: COKE }],
  },
  {
    name: "a rival on file lifted by its short name (trade and corporate words after it)",
    body: letter("You can mention Glimmerforge again, the merger closed."),
    profiles: [onOrg({ competitors: ["Glimmerforge Studios Ltd"] })],
    removed: [{ field: "competitors", value: "Glimmerforge Studios Ltd", profile: COKE }],
  },
];

const traps: WithdrawalCase[] = [
  {
    name: "another word before the topic names another thing",
    body: letter("You can mention the rail strike again, it is all public now."),
    profiles: [onOrg({ avoidTopics: ["the dock strikes"] })],
    removed: [],
  },
  {
    name: "the other number without a lift cue",
    body: letter("Please keep away from the strike in anything you send."),
    profiles: [onOrg({ avoidTopics: ["strikes"] })],
    removed: [],
  },
  {
    name: "a short name two rivals on file share",
    body: letter("No need to keep Strathcarron out of anything any more."),
    profiles: [onOrg({ competitors: ["Strathcarron Spirits", "Strathcarron Distillers"] })],
    removed: [],
  },
  {
    name: "the short name opening another company's name",
    body: letter("No need to keep Strathcarron Estates out of anything any more."),
    profiles: [onOrg({ competitors: ["Strathcarron Spirits"] })],
    removed: [],
  },
  {
    name: "a rest that is a word of the name, not a trade word",
    body: letter("No need to keep Benmore out of anything any more."),
    profiles: [onOrg({ competitors: ["Benmore Craft Gin"] })],
    removed: [],
  },
  {
    name: "a first word that is an ordinary word",
    body: letter("You can mention Summit again, the merger closed."),
    profiles: [onOrg({ competitors: ["Summit Logistics"] })],
    removed: [],
  },
  {
    name: "the short name, lower case (the ordinary word or a typo)",
    body: letter("You can mention glimmerforge again, the merger closed."),
    profiles: [onOrg({ competitors: ["Glimmerforge Studios"] })],
    removed: [],
  },
];

describe("round 20c: a lift names the value on file another way", () => {
  for (const c of lifts) it(c.name, () => expectWithdrawals(hear(c), c, false));
  for (const c of traps) it(c.name, () => expectWithdrawals(hear(c), c, false));
});

describe("round 20c: short names and trade words (checks/short-forms.ts, shared with detection)", () => {
  const shortNames: [string, string | undefined][] = [
    ["Strathcarron Spirits", "Strathcarron"],
    ["Anchorline Housing", "Anchorline"],
    ["Summit Logistics", undefined], // an ordinary word
    ["Glimmerforge", undefined], // one word: nothing to shorten
    ["Acme Foods", undefined], // under five letters
    ["BrewDog Retail", undefined], // not a plain capitalised word
  ];
  for (const [term, short] of shortNames)
    it(`short name of ${term}`, () => expect([...shortFormsOf([term]).keys()][0]).toBe(short));
  const rests: [string, boolean][] = [
    ["Strathcarron Spirits", true],
    ["Glimmerforge Studios Ltd", true],
    ["Halden Group plc", true],
    ["Benmore Craft Gin", false],
    ["Strathcarron", false],
    ["Rowan Hill Partners", true], // one capitalised word before the trade word: still the company
  ];
  for (const [term, trade] of rests)
    it(`rest of ${term} is trade words: ${trade}`, () => expect(restIsTradeWord(term)).toBe(trade));
});
