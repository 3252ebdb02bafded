/**
 * A company's name shortened to its first word ("Anchorline" for Anchorline Housing,
 * "Strathcarron" for Strathcarron Spirits), shared by detection (competitor-mention's short forms)
 * and listening (a rival on file lifted by its short name, withdrawals.ts).
 */
import { isCommonWord } from "./common-words";

/**
 * Words a company's name ends with, naming its trade: "Jordan Biosciences", "Hunter Logistics",
 * "Thornbury Brewery". After a name they make it the company, not a person's first name.
 */
export const INDUSTRY =
  "(?:bio(?:sciences?|tech|logics)?|pharma(?:ceuticals?)?|therapeutics|labs?|laboratories|medical|health(?:care)?|clinics?|diagnostics|systems|technolog(?:y|ies)|tech|software|solutions|digital|data|analytics|cloud|networks?|telecoms?|communications|media|games|studios?|interactive|entertainment|publishing|capital|partners|ventures|investments?|asset management|securities|financial|finance|bank(?:ing)?|insurance|mutual|assurance|lending|payments|logistics|freight|shipping|transport|haulage|cargo|express|airlines?|airways|aviation|motors?|automotive|energy|power|utilities|oil|gas|petroleum|mining|resources|chemicals?|materials|steel|engineering|construction|developments?|properties|homes|realty|hotels?|resorts?|stays|hospitality|leisure|foods?|dairies|dairy|farms?|brew(?:ery|eries|ing)|distillery|drinks|beverages?|wines?|spirits|restaurants?|retail|apparel|fashion|clothing|textiles?|gear|outdoors?|sports?|cosmetics|beauty|electronics|devices|robotics|industries|industrial|manufacturing|mills?|works|yarns|press|publishers|trading|supplies|consulting|consultancy|advis[eo]rs|associates|agency|services)";

/** Corporate words a company's name ends with: "Ltd", "plc", "Group", "Holdings". */
const CORPORATE_WORD =
  "(?:inc|corp|corporation|ltd|limited|plc|llc|llp|gmbh|ag|sa|nv|bv|pty|group|holdings|co|company|international)";

/** The name's rest, after its first word, is only trade or corporate words ("Spirits", "Studios Ltd"). */
const TRADE_REST = new RegExp(`^(?:(?:${INDUSTRY}|${CORPORATE_WORD})\\.?,?(?:\\s+|$))+$`, "i");

/**
 * The first word of a name of several words, when it may stand for the name alone: a capitalised
 * word of five letters or more that is no ordinary word ("Anchorline", not "Summit").
 */
export function shortNameOf(term: string): string | undefined {
  const words = term.trim().split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || !/^[A-Z][a-z]{4,}$/.test(first) || isCommonWord(first)) return undefined;
  return first;
}

/**
 * Whether the words of `term` after its first are only trade or corporate words, so that its
 * first word alone names the same company ("Strathcarron Spirits", "Glimmerforge Studios Ltd";
 * not "Benmore Craft Gin", whose "Craft" is a word of the name).
 */
export function restIsTradeWords(term: string): boolean {
  const rest = term.trim().split(/\s+/).slice(1).join(" ");
  return rest !== "" && TRADE_REST.test(rest);
}
