/**
 * Round 24 (detect-24b; test/heldout/analysis-h22.md §2 G3 and G4): the head nouns of the client's
 * matters, one list for every reading of a matter. Before this round the same nouns lived in three
 * lexicons that each round grew by the last set's word (`MATTER_AFTER` in matter-parties.ts, the
 * subject's `KIND` in matter-reading.ts, the party things), and a brand before a head none of them
 * held ("the Thiess expert determination", "the Austal subcontract") was flagged.
 *
 * A head is read as a head: the noun that ends the phrase the brand modifies ("Austal
 * subcontract", "the Vela supply agreement"), not the same word as the modifier of another noun.
 * When the matter's noun itself modifies a word of comparison ("Equinix lease comps", "Vela
 * subcontract rates") or the phrase is said to be one ("the Next litigation is the obvious
 * comparator"), the brand is a benchmark, not a party (`isBenchmark`).
 */

/**
 * Processes of a dispute, as nouns: litigation, arbitration and the dispute processes of
 * construction, mining and shipping contracts (adjudication, expert determination, mediation).
 * Also kinds of the subject's legal work (matter-reading.ts).
 */
export const PROCESS_HEAD =
  "litigation|dispute|(?:counter-?)?claim|arbitration|adjudication|expert determination|mediation|conciliation|proceedings|lawsuit|opposition|injunction|(?:iprs?|(?:revocation|invalidity) action)(?!\\s+against\\s+(?!us\\b|you\\b)[A-Z])|infringement (?:claims?|action|proceedings)";

/**
 * Round 28 (detect-28a; analysis-h26 §2 E): the purchase or sale of a business as the client's
 * deal ("the X asset purchase closes on …", "the X disposal"). A market's event as often as a
 * client's deal, so a phrase with one of these heads is the client's matter only when its sentence
 * is no news, comparison or benchmark (`isDealNews`, matter-parties.ts).
 */
export const BUSINESS_DEAL_HEAD = "purchase|acquisition|disposal|sale";

/**
 * Contracts and deals, as nouns, with the compounds a contract's tiers make ("subcontract",
 * "head contract", "sub-lease", "underlease", "sub-licence") and a joint venture ("JV").
 */
const CONTRACT_HEAD = `(?:sub-?|head )?contract|agreements?|(?:sub-?)?licen[cs]e|(?:sub-?|under-?)?lease|tenancy|charter-?party|heads of terms|term sheet|nda|spa|apa|msa|sla|loi|mou|jv|joint venture|offtake|novation|due diligence|matter|negotiations?|settlement (?:agreement|offer|proposal|talks|discussions|terms)|mark-?up|redline|deal|transaction|${BUSINESS_DEAL_HEAD}`;

/** Every head of a matter: a brand that modifies one is that matter's party (matter-parties.ts). */
export const MATTER_HEAD = `(?:${PROCESS_HEAD}|${CONTRACT_HEAD})`;

/**
 * After a matter's noun, a word that makes the whole phrase a comparison (the matter's noun is
 * then a modifier: "lease comps", "subcontract rates"), or a predicate that makes it one ("… is the
 * obvious comparator", "… as a benchmark").
 */
const BENCHMARK_AFTER =
  /^(?:\s+(?:comps|comparables?|comparators?|benchmarks?|benchmarking|precedents?|rates|pricing|prices|multiples|norms|yardsticks?|market (?:practice|terms|rates?|data)|terms of (?:the )?(?:market|trade|industry))\b|\s+(?:is|are|was|were|would be|will be|could be|remains?|provides?|gives?|sets?|offers?|serves as|as)\s+(?:(?:the|a|an|our|your|its|their|one)\s+)?(?:[\w-]+\s+){0,2}?(?:comparators?|comparables?|benchmarks?|precedents?|yardsticks?|models?|templates?|analog(?:y|ue)s?|reference points?)\b)/i;

/** Whether what follows a matter's noun makes the phrase a benchmark (see BENCHMARK_AFTER). */
export function isBenchmark(afterHead: string): boolean {
  return BENCHMARK_AFTER.test(afterHead);
}
