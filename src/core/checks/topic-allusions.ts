/**
 * Topics raised by ALLUSION (eleventh round of issue 10): a writer who knows the client avoids a
 * topic still raises it without its word, by what came of it (the outcome: "now that we voted to
 * leave", "whoever wins in November", "who gets in"), by an event or a place that stands for it
 * ("the ship taken off Somalia", "the Gulf of Aden boardings" for piracy), or by a relative's
 * affair for the family (topic-instances.ts already reads "your brother's claim").
 *
 * Each family of allusion is a curated lexicon per concept, written from general knowledge (the
 * vocabulary of a vote's outcome, of the sea areas and acts of piracy), never from a draft. Every
 * allusion counts only in a sentence of SMALL TALK (`smallTalk`: a wish, sympathy, a question of
 * how things went, an exclamation), because only there is the remark aimed at the recipient: the
 * same words in advice are the legal substance ("piracy exclusion", "the vote of the board",
 * "vessels transiting the Gulf of Aden must…") and stay quiet. The ambiguous ones also have a
 * sense test here ("the vote" of a board, "boarded" a flight, "taken off" the list).
 */

import { isPublicLife, list, type Instances, type Sense } from "./topic-instances";

/** The vote, the count, the outcome: a country's, not a board's or a creditors' meeting's. */
const isPublicVote = isPublicLife;

/**
 * How an election ends: who wins (with the election's when or what after it, anywhere), and in
 * small talk the vote, the count, the new leader.
 */
const ELECTION_ALLUSIONS: Instances = {
  terms: [],
  judged: [["the vote|the count|the result of the vote|voting", isPublicVote]],
  smallTalk: list(
    "the vote|the count|the result of the vote|voting|the new president|the new prime minister|the new PM|the ballot box",
  ),
};

/** Voting to leave: the country's, unless a scheme, a partnership or a company is left. */
const LEAVE_VOTE =
  "voted to leave|voted to remain|vote to leave|vote to remain|out of Europe|leaving Europe|left Europe";
const isLeaveVote: Sense = (before, after) =>
  isPublicVote(before, after, "") &&
  (!/^\s+(?:the|a|an|its|their|our|your|his|her)\b/i.test(after) ||
    /^\s+the\s+(?:EU|European\s+Union|Union|bloc)\b/i.test(after));

/**
 * Brexit by its outcome: the vote to leave, the years since, life out of Europe. The matcher's
 * hits never overlap and the leftmost wins, so a guarded allusion ("since we left", small talk
 * only) would hide the explicit term inside it ("left the EU", flagged anywhere): each guarded
 * opening is also listed with the explicit words after it, as a term of its own.
 */
const BREXIT_ALLUSIONS: Instances = {
  terms: list(
    "the vote to leave|the leave vote|the remain vote|since we left Europe|the EU referendum|the 2016 referendum|" +
      "since we left the EU|since we left the European Union|now we've left the EU|now we have left the EU|" +
      "since the vote to leave|after the vote to leave|since the Brexit vote|after the Brexit vote",
  ),
  judged: [
    ["since the vote|after the vote", isPublicVote],
    [LEAVE_VOTE, isLeaveVote],
  ],
  smallTalk: list(LEAVE_VOTE + "|since the vote|after the vote|since we left|now we've left"),
};

// ---------------------------------------------------------------------------------------------
// Piracy

/** A ship, its crew or the sea beside a word of boarding or seizing: piracy's, not a flight's. */
const AT_SEA =
  /\b(?:ships?|vessels?|tankers?|crews?|seafarers|sailors|bulker|dhow|skiffs?|yacht|trawler|MV|MT|at\s+sea|coast|waters|gunmen|armed\s+men|ransom|hostages?|pirates?)\b/i;
const isAtSea: Sense = (before, after) =>
  AT_SEA.test(before.slice(before.search(/[^.!?\n]*$/)) + after.split(/[.!?\n]/)[0]);
/** "taken off Somalia", "seized off the coast of Nigeria": a place at sea, after "off". */
const isSeizedOffPlace: Sense = (_before, after) =>
  /^\s+(?:the\s+coast\s+of\s+)?[A-Z][a-z]/.test(after) &&
  !/^\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(
    after,
  );

/** Sea areas where piracy is news, and the acts and aftermath of a boarding. */
const PIRACY_PLACES =
  "Gulf of Aden|off Somalia|Somali coast|the Somali basin|Horn of Africa|Gulf of Guinea|Strait of Malacca|Straits of Malacca|Singapore Strait|Bab el-Mandeb|Bab-el-Mandeb|Sulu Sea";

/** Piracy: its own words count anywhere (a topic's words), its places and acts in small talk. */
export const PIRACY_ALLUSIONS: Instances = {
  terms: list("pirate|pirates|piratical|pirate attack|pirate attacks|Somali pirates"),
  judged: [
    [
      "hijacked|hijacking|hijackers|boarded|boarding|boardings|the boarding|held hostage|held for ransom|ransom|hostages|the hostages|kidnapped",
      isAtSea,
    ],
    ["taken off|seized off|attacked off|boarded off", isSeizedOffPlace],
  ],
  smallTalk: list(
    PIRACY_PLACES +
      "|hijacked|hijacking|hijackers|boarded|boarding|boardings|the boarding|held hostage|held for ransom|ransom|hostages|the hostages|kidnapped|taken off|seized off|attacked off|boarded off",
  ),
};

/**
 * Round 13: industrial action in its everyday words, without "strike": a workforce "out over
 * pay", "out again over pay" (the walk-out's own words are judged in topic-senses.ts). Small
 * talk only: "the claimants are out over pay by £2,000" in advice is the matter's substance.
 */
const STRIKE_ALLUSIONS: Instances = {
  terms: [],
  smallTalk: list("out over pay|out again over pay"),
};

/** The allusions of each concept, by concept id (topic-senses.ts merges them in). */
export const ALLUDED: Readonly<Record<string, Instances>> = {
  strike: STRIKE_ALLUSIONS,
  election: ELECTION_ALLUSIONS,
  brexit: BREXIT_ALLUSIONS,
  piracy: PIRACY_ALLUSIONS,
};
