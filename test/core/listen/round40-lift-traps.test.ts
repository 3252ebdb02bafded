/**
 * Round 40: leave given with "freely" (listen-40's reading, withdrawn after the round's review of
 * the merged change) suggested removing a topic on file where the client lifted nothing: leave
 * for later, for one place or person, under a condition, negated or doubted, quoted, or about
 * another dispute. Main removes nothing on any of these; a future lift reading must keep it so.
 * The first 18 are the review's sentences, the rest listen-40's own traps.
 */
import { expectWithdrawals, hear, letter, onOrg } from "./listen-tester";

const rows: [string, string[]][] = [
  [
    "You can mention the permit dispute freely after the board meeting on 12 June.",
    ["the permit dispute"],
  ],
  [
    "You can mention the permit dispute freely provided it stays off the record.",
    ["the permit dispute"],
  ],
  [
    "You can mention the permit dispute freely as long as it's in a privileged memo.",
    ["the permit dispute"],
  ],
  [
    "You can mention the permit dispute freely with the auditors, but nowhere else.",
    ["the permit dispute"],
  ],
  [
    "You can mention the permit dispute freely in court papers, but it's still not a topic for our calls.",
    ["the permit dispute"],
  ],
  ["You can discuss the permit dispute freely with the insurers only.", ["the permit dispute"]],
  [
    "Not sure you can mention the permit dispute freely - let me check with the board.",
    ["the permit dispute"],
  ],
  ["In six months you can mention the permit dispute freely.", ["the permit dispute"]],
  ["You can mention the permit dispute freely from next quarter.", ["the permit dispute"]],
  [
    "Happy to talk about the permit dispute freely in person, just not by email.",
    ["the permit dispute"],
  ],
  [
    "You can hardly mention the permit dispute freely while the case is live.",
    ["the permit dispute"],
  ],
  [
    "You can never mention the permit dispute freely in front of the mayor.",
    ["the permit dispute"],
  ],
  [
    "The draft settlement says 'you may mention the permit dispute freely' - is that what we agreed?",
    ["the permit dispute"],
  ],
  [
    "Regarding the boundary dispute with Harlow: you can mention the dispute freely.",
    ["the permit dispute"],
  ],
  [
    "You can mention the dispute freely to the neighbours, that's the fence one, not the permit.",
    ["the permit dispute"],
  ],
  [
    "You can mention the permit dispute freely to Harris, who already knows; nobody else please.",
    ["the permit dispute"],
  ],
  [
    "Happy for you to refer to the permit dispute freely in the internal file note only.",
    ["the permit dispute"],
  ],
  [
    "You can mention strikes freely in the risk register, but don't bring them up with the board.",
    ["strikes"],
  ],
  ["The regulator says journalists can discuss the permit dispute freely.", ["the permit dispute"]],
  ["Can you talk about the permit dispute freely with the press?", ["the permit dispute"]],
  [
    "At tomorrow's meeting only, you can talk about the permit dispute freely.",
    ["the permit dispute"],
  ],
  [
    "If the inquiry clears us, you can talk about the permit dispute freely.",
    ["the permit dispute"],
  ],
  ["Last year you could talk about the permit dispute freely.", ["the permit dispute"]],
  ["You can't talk about the permit dispute freely yet.", ["the permit dispute"]],
];

describe("round 40: leave that lifts nothing", () => {
  it.each(rows)("removes nothing: %s", (body, topics) => {
    const c = {
      name: body,
      body: letter(body),
      profiles: [onOrg({ avoidTopics: topics })],
      removed: [],
    };
    expectWithdrawals(hear(c), c, false);
  });
});
