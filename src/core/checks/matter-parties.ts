/**
 * Parties to the client's own matter. A client's competitor list means "do not name our rival
 * gratuitously" (as a precedent, a benchmark, praise, another client of ours, a comparison); it
 * does not mean "never write the name of the party on the other side of our own matter". A draft
 * that names a competitor in the role of a party (the other side or its lawyers in a dispute, a
 * co-defendant, the counterparty to a contract or deal under discussion, the owner of a patent we
 * were asked to assess, the landlord, tenant, supplier or lender in the transaction) has to name
 * it, and a careful partner would not want a warning (docs/checks.md, competitor-mention).
 *
 * A brand is a party when the author's text uses it in such a role at least once: its other
 * mentions in that draft are the same party. Each mention is judged on a bounded window around
 * it (a few words either side, within its sentence), once per draft and position, so the cost
 * grows with the number of mentions, never with the draft around them. The lexicons below are
 * legal English (UK and US): party nouns, pleadings and legal acts, the documents of a deal.
 */
import type { AnalysedDraft, AnalysedField } from "../analysis";
import { fieldKeys, fieldOf, type TermHit } from "./helpers";
import { outOfTime } from "../time-budget";
import { BUSINESS_DEAL_HEAD, isBenchmark, MATTER_HEAD } from "./matter-heads";

/**
 * How far each side of a mention a party role is looked for. Patterns before a mention end at it
 * (`…$`), so the engine tries them from each position of their window: it is kept short.
 */
const WINDOW_AFTER = 110;
const WINDOW_BEFORE = 80;

/** Nouns of a party to a dispute or a transaction (singular or plural). */
const ROLE = `(?:(?:other|opposing|contracting|defaulting|counter|responding|relevant)[ -]?part(?:y|ies)|part(?:y|ies) to (?:the|this|our|these)|other side|opposing side|opponents?|counter-?part(?:y|ies)|co-?defendants?|defendants?|co-?claimants?|claimants?|co-?plaintiffs?|plaintiffs?|co-?respondents?|respondents?|applicants?|petitioners?|appellants?|appellees?|interven[eo]rs?|part 20 defendants?|judgment (?:debtors?|creditors?)|debtors?|creditors?|sellers?|buyers?|vendors?|purchasers?|acquirers?|offerors?|offerees?|(?:competing |rival |other )?bidders?|landlords?|tenants?|sub-?tenants?|under-?tenants?|(?:sub-?|head )?lessors?|(?:sub-?)?lessees?|(?:novating|transferring) part(?:y|ies)|licensors?|licensees?|sub-?licensees?|co-?lenders?|lenders?|borrowers?|guarantors?|sureties|assignors?|assignees?|transferors?|transferees?|obligors?|obligees?|chargors?|chargees?|mortgagors?|mortgagees?|suppliers?|contractors?|sub-?contractors?|distributors?|franchisors?|franchisees?|(?:co-?)?insurers?|reinsurers?|underwriters?|policyholders?|carriers?|charterers?|shipowners?|shippers?|consignees?|bailees?|hauliers?|forwarders?|patentees?|patent (?:owners?|holders?)|(?:trade ?mark |registered )?proprietors?|right-?holders?|rights-?holders?|infringers?|joint venturers?|jv partners?|arrangers?|agent banks?|facility agents?|security trustees?|issuers?|grantors?|grantees?|employers?|liquidators?|administrators?|receivers?)`;

/** A party to a dispute, which "a" may introduce ("X is a defendant"); a deal's "a supplier of" describes a trade. */
const LITIGANT = `(?:co-?defendant|defendant|co-?claimant|claimant|co-?plaintiff|plaintiff|co-?respondent|respondent|applicant|petitioner|appellant|interven[eo]r|party to (?:the|this|these|our))\\b`;

/** The party nouns, for the notes' statement of a role (notes-parties.ts). */
export { ROLE as PARTY_ROLE, LITIGANT as PARTY_LITIGANT };

/** Words that may stand before a party noun: "the proposed tenant", "the named co-defendants". */
const QUALIFIER = `(?:(?:proposed|prospective|intended|incoming|outgoing|current|existing|original|former|new|named|first|second|third|fourth|fifth|lead|joint|other|opposing|main|sole|defaulting)\\s+)`;

/**
 * Names are matched with their capitals (case-sensitive) and consumed first; the lexicons
 * below are then matched on what remains, case-insensitively, so "and its seller agreement" is
 * never read as a name.
 */
const NAME = `(?:the\\s+)?[A-Z0-9][\\w&'’.-]*(?:\\s+(?:[A-Z0-9][\\w&'’.-]*|&|of(?=\\s+[A-Z])))*`;
/**
 * The rest of the brand's own name: more capitalised words, a suffix ("Chase Bank, N.A.", "Maersk
 * Line A/S"), and (round 24, analysis-h22 G2) a registered name's tail: a bracketed territory
 * before the company's form ("Pret (Europe) Ltd", "X (UK) Limited", "X (Australia) Pty Ltd") and a
 * form joined by "&" ("X GmbH & Co. KG"), a form written with full stops ("B.V.", "S.p.A."). A bracketed word is part of the name only before such a
 * form: "X (Claimant)" is a role.
 */
const LEGAL_FORM = `(?:Ltd|Limited|plc|PLC|LLP|LLC|L\\.?P|Inc|Corp|Pty|GmbH|AG|SE|S\\.?A|S\\.?p\\.?A|S\\.?r\\.?l|N\\.?V|B\\.?V|AB|AS|A\\/S|ASA|Oy|Oyj|KK|K\\.K|Co)\\b`;
const OWN_TAIL = new RegExp(
  `^(?:,?\\s+(?:A\\/S|&\\s+Co|[A-Z]\\.(?:[A-Za-z]{1,2}\\.)*[A-Za-z]{1,2}|\\([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,2}\\)(?=\\s+(?:[A-Z][\\w&'’-]*\\s+)?${LEGAL_FORM})|[A-Z][\\w&'’-]*|\\(?[A-Z]{2,6}\\)?|plc|llp|llc|ltd|inc|corp|limited|gmbh|s\\.a|s\\.p\\.a|b\\.v|n\\.v|oy|oyj)\\.?(?![\\w'’/-])){0,5}`,
);
const SEPARATOR = `(?:,|;|\\band\\b|&|\\bor\\b|\\bas well as\\b)`;
/** Other names listed after it: "X and Y", "X, Y and Z". */
const LIST_AFTER = new RegExp(`^(?:\\s*${SEPARATOR}\\s*${NAME}){0,3}`);
/** Other names listed before it: "Y and X", "Y, Z and X". */
const LIST_BEFORE = new RegExp(`(?:${NAME}\\s*${SEPARATOR}\\s*){1,3}$`);

/** A party's noun after a brand: "X, the defendant", "X (the claimant)", "X as co-defendants". */
const ROLE_AFTER = new RegExp(
  `^(?:(?:\\s*(?:,|\\(|–|—|-{1,2}|:)\\s*(?:(?:the|our|their|its|your|one of the)\\s+)?|\\s+(?:is|are|was|were|will be|would be|has been|have been|had been|remains?|becomes?|became|being)\\s+(?:(?:now|also|still)\\s+)?(?:the|our|their|your|one of the)\\s+|,?\\s+(?:acts as|act as|acting as|in its capacity as|in their capacity as|as)\\s+(?:(?:the|our|their)\\s+)?)${QUALIFIER}*${ROLE}\\b|(?:\\s*,\\s*|\\s+(?:is|are|was|were|will be|has been|have been|had been|as)\\s+(?:(?:now|also|still)\\s+)?)(?:a|an|one|another)\\s+${QUALIFIER}*${LITIGANT})`,
  "i",
);

/**
 * A defined term in brackets after the name, as a deal document or pleading defines its parties:
 * `X Ltd (the "Purchaser")`, `X ("Landlord")`, `X (together, the "Sellers")`.
 */
const DEFINED_ROLE_AFTER = new RegExp(
  `^\\s*\\(\\s*(?:(?:together|each|collectively|jointly|and each)\\s*,?\\s*)?(?:(?:the|a|an)\\s+)?["“'‘]\\s*${QUALIFIER}*(?:${ROLE}|company|target|target company|group|counterparty)["”'’]`,
  "i",
);

/**
 * A short name defined for it, as a deal document, pleading or advice defines each party it
 * goes on to use: `Norvik Foods Limited ("Norvik")`, `X Holdings plc (together, "X Group")`.
 */
const DEFINED_NAME_AFTER =
  /^\s*\(\s*(?:(?:together|each|collectively|jointly)\s*,?\s*)?(?:(?:the|a|an)\s+)?["“][A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}["”]\s*\)/;

/**
 * A party's noun before a brand: "the defendant, X", "our landlord X", "co-defendants X and Y".
 * A deal's noun needs a determiner ("the supplier, X"): "suppliers X and Y" is market talk.
 */
const ROLE_BEFORE = new RegExp(
  `(?:\\b(?:the|our|your|their|its|this|that|each|both|his|her)\\s+${QUALIFIER}*${ROLE}|\\b(?:co-?defendants?|defendants?|co-?claimants?|claimants?|co-?plaintiffs?|plaintiffs?|co-?respondents?|respondents?|appellants?|petitioners?))\\s*(?:,|\\(|:|–|—)?\\s*(?:(?:namely|i\\.e\\.|viz\\.?|being)\\s+)?$`,
  "i",
);

/**
 * What a party files or serves in proceedings (court, arbitration, a patent or trade mark
 * office): "X filed its observations", "X's statement of defence".
 */
const FILING = `(?:claims?|claim form|proceedings|suit|lawsuit|action|complaint|amended complaint|petition|defen[cs]e|statement of (?:claim|case|defen[cs]e|grounds|opposition)|counterclaim|counter-claim|cross-claim|motion|application|appeal|opposition|notice of (?:opposition|appeal|motion|discontinuance|termination|arbitration)|request for arbitration|particulars(?: of claim)?|writ|summons|injunction|arbitration|demand|reply|rejoinder|response|answer|brief|memorial|counter-memorial|counter-?statement|ipr petition|observations|objections?|representations|submissions|written submissions|skeleton(?: argument)?|evidence(?: of use)?|witness statements?|expert reports?|grounds(?: of (?:appeal|opposition|invalidity))?|invalidity (?:action|claim|request)|cancellation (?:action|request)|revocation (?:action|claim))`;

/** What a party's lawyers or agents are called: "X's solicitors have written". */
const REPRESENTATIVE = `(?:solicitors?|lawyers?|counsel|attorneys?|barristers?|legal (?:team|advisers?|advisors?|department|representatives?)|general counsel|in-house (?:counsel|lawyers?|legal team|team)|representatives?|litigation team|law firm)`;

/**
 * A party's lawyers, pleadings and rights in the matter: "X's claim", "X's '912 patent", "X's
 * lease". Not what a rival merely offers or does ("X's loans", "X's response to the market").
 */
const PARTY_THING = `(?:${REPRESENTATIVE}|claims?|counterclaims?|counter-claims?|cross-claims?|defen[cs]es?|pleadings?|particulars(?: of claim)?|statements? of (?:claim|case|defen[cs]e|grounds|opposition)|complaints?|amended complaint|petitions?|motions?(?: to| for)|allegations?|submissions|skeleton(?: argument)?|witness(?:es| statements?)|expert (?:reports?|evidence)|observations|evidence of use|grounds of (?:appeal|opposition|invalidity)|(?:revocation|invalidity|cancellation) actions?|counter-?statements?|request for arbitration|notice of (?:opposition|appeal|motion|discontinuance|termination|arbitration)|disclosure|letters? before (?:action|claim)|letters? of claim|pre-action (?:letter|protocol letter)|letters?|notices?|demands?|cease[- ]and[- ]desist(?: letter)?|settlement offers?|offers? to settle|part 36 offers?|without prejudice (?:offer|proposal|letter)|patents?|patent (?:family|families|claims?|portfolio)|trade ?marks?|registrations?|design rights?|marks?(?![- ]?ups?\\b)|(?:trade ?mark|pending|opposed) applications?|oppositions?|evidence(?: in reply)?|infringement (?:claims?|allegations?|action)|leases?|tenancy|breach(?:es)?|termination notice|heads of terms|term sheet|position (?:paper|statement)|mark-?ups?|redlines?|red-?lined? (?:draft|version)|turn of the (?:draft|documents?)|comments on (?:the|our|your)|(?:revised|amended|latest|updated|further|first|second|next) (?:draft|turn|version|mark-?up)s?|counter-?offers?|counter-?proposals?|counter-?notices?|position on|responses? to (?:our|your)|obligations|arrears|rent (?:review|demand|arrears)|warrant(?:y|ies) claims?|indemnity claims?|undertakings?|countersignature|consent to|refusal of consent|invoices? to (?:you|us))`;

/**
 * After a brand, a possessive and what is said to infringe or fall within the client's rights:
 * "Vantis's product infringes claim 1", "X's new range falls within your registration". The
 * brand is then the alleged infringer in the client's own matter.
 */
const ACCUSED_AFTER =
  /^['’]s?\s+(?:[\w'’-]+\s+){0,3}?(?:infring(?:es|e|ed|ing)\s+(?:the|your|our|claims?|\d)|falls?\s+within\s+(?:the|your|our))\b/i;

/**
 * After a brand, a possessive and the professionals a party to a property or insurance dispute
 * instructs: "X's surveyors have inspected", "X's loss adjuster". Unlike its lawyers, a rival's
 * surveyors are also market news ("X's surveyors priced the high street, apparently"), so the
 * sentence must not be gratuitous (GRATUITOUS).
 */
const PROFESSIONAL_AFTER =
  /^['’]s?\s+(?:[\w-]+\s+)?(?:surveyors?|valuers?|loss adjusters?|experts?)\b/i;
/**
 * Round 28 (analysis-h26 §2 E): a third party's act in the client's proceeding: "X's objection
 * to the transfer has been withdrawn", "X's representations on the licence". A rival's objection
 * is also news ("X's objection to the merger made headlines"), so, as for its surveyors, the
 * sentence must not be gratuitous.
 */
// Round 29 (analysis-h28 J): "X's challenge to the award was filed" is the same kind of act.
const OBJECTION_AFTER =
  /^['’]s?\s+(?:[\w-]+\s+)?(?:objections?|representations|challenges?\s+to)\b/i;

/** After a brand, a possessive and a party's thing: "Corvane's '912 patent", "X's solicitors". */
const POSSESSIVE_AFTER = new RegExp(
  `^['’]s?\\s+(?:(?!and\\b|or\\b|but\\b)[\\w'’-]+\\s+){0,2}?${PARTY_THING}\\b`,
  "i",
);

/**
 * A counterparty's move in a negotiation or a contract's life, with us or the deal's own papers
 * as its object: "X has come back on the cap", "X rejected our mark-up", "X has countersigned the
 * lease", "X is pushing back on the indemnity", "X has asked us for more time". Not with a
 * bare or indefinite object ("X signed a deal with Tesco", "X rejected the takeover approach" is
 * the rival's own business: the object must be ours, yours, or one of a deal's documents or
 * terms after "the").
 */
const DEAL_OBJECT = `(?:(?:us|you|me)\\b|(?:our|your|the client(?:'s|’s)?|the|this|that)\\s+(?:[\\w-]+\\s+){0,2}?(?:draft|drafts|agreement|contract|lease|licen[cs]e|heads of terms|heads|term sheet|terms|mark-?up|redline|offer|proposal|cap|caps|indemnity|indemnities|warrant(?:y|ies)|clause|clauses|deal|settlement|price|pricing|schedule|nda|spa|apa|msa|sla|loi|mou|deadline|extension|completion|exchange|signing|timetable|deposit|consideration|earn-?out|retention|escrow|guarantee|facility|notice|claim|demand|invoice|variation|amendment|amendments|changes|comments|revisions|position|request|counter-?offer|renewal|break|termination)\\b)`;
const NEGOTIATION_ACT = `(?:(?:come|came|coming|gone|went|going)\\s+back\\s+(?:to\\s+(?:us|you|me)|on|with)|(?:push|pushed|pushing|pushes)\\s+back|(?:accept|accepts|accepted|accepting|reject|rejects|rejected|rejecting|refuse|refuses|refused|refusing|decline|declines|declined|declining|agree|agrees|agreed|agreeing|countersign|countersigns|countersigned|countersigning|sign|signs|signed|signing|return|returns|returned|returning|mark|marks|marked|marking|amend|amends|amended|amending|approve|approves|approved|approving|concede|concedes|conceded|conceding|query|queries|queried|querying|revert|reverts|reverted|reverting|respond|responds|responded|responding|reply|replies|replied|replying)\\s+(?:(?:up|to|on|with|back|in)\\s+)?${DEAL_OBJECT}|(?:insist|insists|insisted|insisting|ask|asks|asked|asking|request|requests|requested|requesting|propose|proposes|proposed|proposing|offer|offers|offered|offering|want|wants|wanted|wanting|demand|demands|demanded|demanding|require|requires|required|requiring|press|presses|pressed|pressing|seek|seeks|sought|seeking)\\s+(?:(?:on|for|that|to)\\s+)?${DEAL_OBJECT}|(?:sent|served|delivered|issued)\\s+(?:us|you|me|over|through|across|back)\\b)`;

/**
 * A legal act by the brand: "X has sued", "X alleges", "if X ever asserts", "X has been joined".
 * Acts of a dispute in themselves, never with another company as their object ("X sued Acme"
 * is news about the rival: the pattern is case-insensitive, so "sued" takes only us, you, our
 * client or a preposition after it); "filed", "issued" and "brought" only with a pleading as their object
 * or against us, since a rival files its accounts and issues statements too.
 */
const ACT_AFTER = new RegExp(
  `^\\s+(?:(?:has|have|had|will|would|may|might|could|did|does|do|is|are|was|were|now|already|also|since|just|recently|then|again|finally|formally|ever|never|not|still|yet|today|yesterday|jointly|separately|first|both)\\s+){0,3}(?:been\\s+)?(?:(?:sued|sues|suing|counter-?sued)(?=\\s*$|\\s*[,.;:)]|\\s+(?:us|you|me|our|your|the client|them|for|over|in|on|at|under|last|this|after|before|again|twice|yesterday|today|successfully)\\b)|alleg(?:e|es|ed|ing)|assert(?:s|ed|ing)?|contend(?:s|ed|ing)?|den(?:y|ies|ied)\\s+(?:liability|that|the|any|all|our|each)|disput(?:e|es|ed|ing)\\s+(?:liability|that|the|our|your|its)|counterclaim(?:s|ed|ing)?|claim(?:s|ed|ing)?\\s+(?:damages|an? injunction|infringement|breach|[£$€]|\\d)|repudiat(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|threaten(?:s|ed|ing)?\\s+(?:proceedings|litigation|to sue|legal action|an injunction|to terminate|to issue|us|you|our)|terminat(?:e|es|ed|ing)\\s+(?:the|our|your)\\s+(?:[\\w-]+\\s+){0,2}?(?:agreement|contract|lease|licen[cs]e|arrangement|deal|facility|tenancy)|(?:has\\s+|have\\s+)?(?:written|wrote|replied|responded)\\s+(?:to\\s+(?:us|you|our|the client)|proposing|asking|rejecting|denying|threatening|again)|(?:been\\s+)?(?:joined|served|named)\\s+(?:as\\s+(?:a\\s+)?(?:co-?)?(?:defendant|respondent|party)|with)|appeal(?:s|ed|ing)\\s+(?:against\\s+)?(?:our|your|the (?:judgment|decision|order|award|ruling))(?!\\s+(?:in|of)\\s+[A-Z])|object(?:s|ed|ing)\\s+to\\s+(?:our|the|your)|(?:appl\\w*|seek\\w*|sought)\\s+(?:to\\s+)?(?:invalidate|cancel|revoke)\\s+(?:our|your|the)|oppos(?:e|es|ed|ing)\\s+(?:our|your|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:application|mark|registration|motion|appeal|claim)|(?:filed|files|served|serves|lodged|lodges)\\s+(?:(?:a|an|its|their|the)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${FILING}|(?:issued|issues|brought|brings|commenced|commences)\\s+(?:(?:a|an|its|their|the|new|further|fresh|formal)\\s+){0,2}(?:claim|claim form|proceedings|suit|lawsuit|action|petition|arbitration|request for arbitration|injunction application)|(?:filed|issued|served|brought|lodged|commenced)\\s+(?:[\\w-]+\\s+){0,3}?against\\s+(?:us|you|our|your)|${NEGOTIATION_ACT})`,
  "i",
);

/**
 * What a party did in the matter's own facts, as the one that insured, carried or chartered what
 * the dispute is about: "X, which co-insured 14 of the homes", "X carried the cargo", "X, who
 * chartered your vessel". The object is the matter's own (the, your, our, a share of the), and
 * the verbs are those of a role in a contract of carriage, insurance or hire, not of a trade a
 * rival plies in the client's market ("X supplies your biggest customer" is the market).
 */
const ROLE_VERB_AFTER =
  /^\s*(?:,\s*(?:which|who)\s+|\s)(?:had\s+|has\s+|also\s+)?(?:(?:co-?)?insured|reinsured|underwrote|carried|shipped|chartered|stored)\s+(?:(?:the|your|our|this|you|us)\b|\d+\s+of\s+(?:the|your|our)\b)/i;

/**
 * Round 24: after a brand, a possessive and a part of the organisation ("X's commissioning team",
 * "X's UK arm"), which a role after it (ROLE_AFTER) gives to the brand.
 */
const ORG_PART_AFTER =
  /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:team|unit|arm|division|subsidiary|business|entity|vehicle|spv|group|department|desk|side|branch|operation|company)(?=\s)/i;

/**
 * Round 24: after a brand, a relative clause whose object is the draft's own matter, marked as
 * ours or as this one: "X, who write the other 40% line on this risk,", "X, which holds half of
 * our JV,". A matter's head (matter-heads.ts) or a word of an insurance risk.
 */
const RELATIVE_MATTER_AFTER = new RegExp(
  `^\\s*,\\s*(?:which|who)\\s+(?:[\\w%'’.-]+\\s+){1,6}?(?:on|under|in|of|to|for)\\s+(?:this|our|your)\\s+(?:[\\w-]+\\s+){0,2}?(?:${MATTER_HEAD}|risks?|polic(?:y|ies)|programme|placement|layer|slip|cover)\\b`,
  "i",
);

/**
 * A matter or a contract named after the brand: "the X litigation", "X fuel-supply agreements",
 * "the Thiess expert determination", "Austal subcontract". Its head is one of the matter heads
 * (matter-heads.ts), read as the head: not when it modifies a word of comparison ("Equinix lease
 * comps") or is said to be one (`isBenchmark`).
 */
const CONTRACT_KIND = `(?:[a-z]+-[a-z-]+|supply|fuel|distribution|licen[cs]e|licensing|lease|loan|facility|framework|services?|purchase|sale|share|asset|joint|venture|master|patent|employment|consultancy|agency|franchise|credit|offtake|tolling|manufacturing|development|collaboration|research|settlement|option|escrow|shareholders?|side|co-?existence|supply chain)`;
const MATTER_AFTER = new RegExp(
  `^(?:(?:\\s+${CONTRACT_KIND}){0,2}\\s+${MATTER_HEAD}|(?:\\s+${CONTRACT_KIND}){1,2}\\s+(?:contracts?|leases|claims))\\b`,
  "i",
);

/**
 * Round 19 (h17 rec. 3): the brand in its capacity in the client's deal, read by frame, whatever
 * the noun: "X, as retrocessionaire, has until …", "X, as the escrow agent, will …", "X's
 * comments as JV partner", "X's rights as landlord". A capacity is a noun phrase: not an adverb
 * or a participle ("as usual", "as agreed"), not an idiom of "as a …" ("as a result"), not a
 * rank in a market ("as the largest supplier"), and the sentence is not gratuitous (GRATUITOUS:
 * "as our main competitor", "as the market leader").
 */
const CAPACITY_AFTER =
  /^\s*,\s*as\s+(?:(?:the|its|a|an)\s+)?((?:[\w-]+\s+){0,2}[a-z][\w-]*)\s*(?:,|\s+(?:has|have|had|is|are|was|were|will|would|shall|should|may|might|must|can|could)\b)/;
/**
 * Round 22 (analysis-h21 P4): a capacity with a possessive or a tail of its own ("Fidelity, as the
 * terminating fund's manager under the merger agreement, will …"), read when the short form fails.
 */
const CAPACITY_WITH_TAIL_AFTER =
  /^\s*,\s*as\s+(?:(?:the|its|a|an)\s+)?((?:[\w'’-]+\s+){0,2}[a-z][\w-]*)(?:\s+(?:under|in|of|for|to)\s+(?:the|this|our|your|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*(?:,|\s+(?:has|have|had|is|are|was|were|will|would|shall|should|may|might|must|can|could)\b)/;
/** "X's <noun> as <capacity>": the noun (not a standing, "reputation") and the capacity. */
const POSSESSIVE_CAPACITY_AFTER =
  /^['’]s?\s+(?!(?:reputation|status|image|standing|success|rise|record|history)\s)[a-z][\w-]*\s+as\s+(?:(?:the|its|a|an)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)/;
/** What follows "as" without being a capacity: adverbs, participles, idioms; or a rank. */
const NOT_CAPACITY =
  /^(?:usual|always|ever|such|well|far|long|soon|much|though|if|per|to|of|for|it|result|whole|rule|[a-z]+(?:ed|ly|est)|most|leading|main|major|top)$/i;

/** "X, as <capacity>," or "X's <noun> as <capacity>", in a sentence that is not gratuitous. */
function inCapacity(own: string, listed: string, before: string, after: string): boolean {
  const comma = CAPACITY_AFTER.exec(listed) ?? CAPACITY_WITH_TAIL_AFTER.exec(listed);
  const m = comma ?? POSSESSIVE_CAPACITY_AFTER.exec(own);
  // (After a possessive the phrase may run into its verb, "as JV partner arrived": its first
  // word is read; after a comma, each.)
  const words = m ? m[1]!.split(/\s+/) : [];
  return (
    words.length > 0 &&
    !words.some((w, i) => (comma || i === 0) && NOT_CAPACITY.test(w)) &&
    !GRATUITOUS.test(`${before} ${after}`)
  );
}

/**
 * Round 19 (h17 rec. 3): the brand as the modifier of a document or a step of the client's deal,
 * after "the", "this", "our" or "your": "the Vattenfall transfer deed", "the X consent", "the X
 * disclosure letter", "our X completion". A head noun of a deal's papers and steps, with up to two
 * words of its kind before it.
 */
const DEAL_STEP_AFTER =
  /^(?:\s+[a-z][\w-]*){0,2}\s+(?:deed|consent|notice|letter|certificate|waiver|release|undertaking|novation|assignment|transfer|completion|closing|signing|escrow|approval|spa|apa|loi)s?\b/i;
/**
 * A deal that is not the client's: dated ("the 2025 Helix deal", "last year's X deal") or with a
 * third party ("the X deal with a US mid-cap", "the X agreement between X and Y").
 */
const DATED_BEFORE = /(?:\b(?:19|20)\d\d|\blast \w+['’]s)\s+$/i;
const THIRD_PARTY_AFTER = /^\s+(?:with|between)\s+(?!(?:us|you|me|our|your|the client|effect)\b)/i;

/**
 * Round 24 (analysis-h21 C1d): the other side's rights relied on in the matter, the brand naming
 * them: "they rely on their earlier X registrations", "its X patents", "the earlier X mark".
 */
const RIGHT_OWNER_BEFORE =
  /\b(?:their|its|the opponent['’]s|the other side['’]s|the (?:earlier|prior|senior))\s+(?:(?:earlier|prior|senior|registered|existing|own)\s+)?$/i;
const RIGHT_AFTER = /^\s+(?:trade ?marks?|marks?|registrations?|patents?)\b/i;

/**
 * Round 28 (analysis-h26 §2 E): a business's purchase or sale as the head ("the X acquisition").
 * It is market news or a benchmark, not the client's deal, when a third party is bought or sells
 * ("the X acquisition of Y", "the X sale to Y"), when the phrase shows or suggests something
 * ("… shows where the market is"), or when the sentence is gratuitous (GRATUITOUS).
 */
const BUSINESS_DEAL_END = new RegExp(`\\b(?:${BUSINESS_DEAL_HEAD})$`, "i");
const DEAL_NEWS_AFTER =
  /^\s+(?:(?:of|by|to|from)\s+(?:the\s+)?[A-Z]|(?:shows?|showed|shown|signals?|suggests?|proves?|sets?\s+the|tells\s+us|means)\b)/;

/** A matter, document or step named after the brand that is the client's own. */
function isOwnMatter(before: string, text: string): boolean {
  const matter = MATTER_AFTER.exec(text);
  const m =
    matter ?? (/\b(?:the|this|our|your)\s+$/i.test(before) ? DEAL_STEP_AFTER.exec(text) : null);
  if (!m) return RIGHT_OWNER_BEFORE.test(before) && RIGHT_AFTER.test(text);
  if (DATED_BEFORE.test(before)) return false;
  const rest = text.slice(m[0].length);
  if (
    matter &&
    BUSINESS_DEAL_END.test(m[0]) &&
    (DEAL_NEWS_AFTER.test(rest) || GRATUITOUS.test(`${before} ${text}`))
  )
    return false;
  return !THIRD_PARTY_AFTER.test(rest) && !(matter && isBenchmark(rest));
}

/** Before a brand: a legal noun or act and "against", "with", "to", "from", "by" or "for". */
const ACT_BEFORE = new RegExp(
  `(?:\\b(?:claims?|counterclaims?|suit|lawsuit|actions?|proceedings|hearings?|trial|complaints?|petitions?|arbitrations?|litigation|case|injunctions?|judgments?|awards?|allegations?|enforcement|damages|appeals?|oppositions?|challenges?|motions?|applications?|dispute|defen[cs]es?|sue|sued|suing|file|filed|filing|issue|issued|issuing|bring|brought|bringing|commence|commenced|lodged?|enforce|enforcing|asserted|assert|defending|indemnity|indemnities|recourse|recovery|relief|remedies|rights|act|acts|acted|acting)(?:\\s+(?!(?:than|like|as|compared|versus)\\b)[\\w'’-]+){0,4}?\\s+against\\s+|\\b(?:sue|sues|sued|suing|counter-?sued?|enjoin(?:ed|ing)?|restrain(?:ed|ing)?|served (?:on|upon)|serve (?:on|upon)|notified|notify|notifying|indemnif(?:y|ied|ies|ying)|settle\\s+with|settled\\s+with|settling\\s+with|mediat(?:e|ed|ing|ion)\\s+with)\\s+|\\b(?:the|our|your|this|these|those|that|any|the client's)\\s+(?:[\\w-]+\\s+){0,2}?(?:dispute|disputes|litigation|arbitration|settlement|settlements|negotiations?|agreements?|contracts?|leases?|licen[cs]es?|loans?|facility|facilities|deal|transaction|arrangements?|heads of terms|term sheet|joint venture|mediation|correspondence|negotiation|without prejudice (?:meeting|discussions|talks|correspondence)|spa|apa|nda|msa|novations?|assignments?|transfers?|sale|purchase)(?:\\s+[\\w'’-]+){0,3}?\\s+(?:with|between\\s+(?:us|you|our\\s+client|[A-Z][\\w&-]*)\\s+and)\\s+|\\b(?:reply|replying|replied|answer|answering|write|writing|wrote|written|letter|notice|counter-?notice|demand|claim|counter-?proposals?|counter-?offers?|proposals?|mark-?up|comments|response|cease and desist)\\s+to\\s+|\\b(?:our|your|the|its|their)\\s+(?:[\\w-]+\\s+)?(?:opposition|objection)s?\\s+(?:to|against)\\s+|\\b(?:letter|letters|notice|notices|demand|claim|claims|complaint|writ|summons|subpoena|claim form|letter before (?:action|claim)|statement of claim|particulars of claim|defen[cs]e|counterclaim|correspondence|settlement offer|part 36 offer|offer to settle|proceedings|petition|actions?|oppositions?|appeals?|objections?|evidence in reply)\\s+(?:(?:served|issued|sent|written|brought|filed|lodged|made)\\s+)?(?:from|by|on behalf of)\\s+|\\b(?:solicitors?|lawyers?|counsel|attorneys?|barristers?|law firm)\\s+(?:(?:acting|who act|who are acting)\\s+(?:for|on behalf of)|(?:instructed|retained|engaged)\\s+by|for|representing|who represents?)\\s+|\\b(?:supplied\\s+by|leased\\s+from|licen[cs](?:ed|es?)\\s+(?:granted\\s+)?(?:from|by)|financed\\s+by|lent\\s+by|loaned\\s+by|guaranteed\\s+by|owed\\s+to|payable\\s+to|assigned\\s+to|novated\\s+to)\\s+|\\b(?:our|your|the proposed|the contemplated|the intended|the planned|this|the client's)\\s+(?:proposed\\s+)?(?:acquisition|purchase|sale|disposal|takeover|buy-?out|merger)\\s+(?:of|with|to|by)\\s+|\\b(?:in re|in the matter of)\\s+|\\b(?:our|your)\\s+(?:[\\w-]+\\s+){0,2}?(?:discussions|talks|dealings|exchanges|calls?|meetings?)\\s+with\\s+|\\b(?:we|I|you)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:negotiat(?:e|ed|ing)|in\\s+(?:discussions|talks|negotiations)|into\\s+(?:discussions|talks|negotiations))\\s+with\\s+)$`,
  "i",
);

/**
 * Round 12. A trading name given after the legal entity that bears it, as proceedings and deal
 * papers name a party: "Bravo Moda SA (which trades as Vela)", "Bravo Moda SA, trading as
 * Vela,", "Bravo Moda SA t/a Vela". The brand is that entity, so its role is read around the
 * entity's whole name: before the entity, and after the bracket or comma that closes the frame.
 */
const TRADING_FRAME_BEFORE =
  /[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s*(\(\s*(?:which\s+)?|,\s*)?(?:trading|trades|t\/a)(?:\s+as)?\s+$/;

/**
 * The brand's role read around the legal entity whose trading name it is: `before` without the
 * entity and the frame, `after` past the frame's closing bracket or comma. Null when no frame.
 */
function tradingFrame(before: string, after: string): { before: string; after: string } | null {
  const m = TRADING_FRAME_BEFORE.exec(before);
  if (!m) return null;
  const close = m[1] ? (m[1][0] === "(" ? after.indexOf(")") : after.indexOf(",")) : -1;
  if (m[1] && (close < 0 || close > 40)) return null;
  return { before: before.slice(0, m.index), after: after.slice(close + 1) };
}

/**
 * Round 12. The other side of the client's own deal, by the deal's verbs of transfer: "the
 * novation of MSN 1234 from Vela to Northwind", "the aircraft transferring from Vela", "the lease
 * assignment by Vela", "we will buy the aircraft from Vela". The giver ("from", "by"), and the
 * taker after a giver ("from Vela to Northwind"). The deal must be ours: a definite noun of the
 * transfer ("the novation", "the sale of the unit") or a definite thing transferring ("the
 * aircraft transferring"), or our side in the sentence; "Acme bought the brand from Vela last
 * year" is the rival's own business and still counts.
 */
const TRANSFER_WORD = `(?:novat\\w*|transfer\\w*|assign\\w*|(?:re)?deliver\\w*|sale|sold|purchas\\w*|bought|buy(?:ing)?|acqui\\w*|(?:sub-?)?leas\\w*)`;
const TRANSFER_BEFORE = new RegExp(
  `\\b(${TRANSFER_WORD})(?:\\s+(?!(?:than|like|as|unlike|compared)\\b)[\\w'’-]+){0,5}?\\s+(?:from|by)\\s+$`,
  "i",
);
/** The transfer is the deal's own: a definite noun of it, or a definite thing transferring. */
const OUR_TRANSFER = new RegExp(
  `\\b(?:the|this|our|your)\\s+(?:[\\w-]+\\s+){0,4}?${TRANSFER_WORD}\\b`,
  "i",
);
const OUR_SIDE_IN = /\b(?:we|our|us|you|your|the client)\b/i;

/**
 * Round 12. A sentence that compares the client with the brand, or praises the brand: such a
 * mention is gratuitous even where the brand is a party ("The opponent, Vela, has a far stronger
 * brand than yours", "Vela's counsel did a brilliant job"). Narrower than GRATUITOUS, which
 * guards only the weaker routes: "no later than 5pm" and "an excellent chance against Vela" are
 * neither.
 */
const COMPARES_OR_PRAISES =
  /\b(?:(?:[a-z]+er|more \w+|better|worse)(?: [a-z]+){0,2}? than (?:you|yours|your|us|ours|our|anyone)\b|impressive|brilliant|clever|admir|superb|(?:great|good) job|impressed)/i;

/**
 * Round 27 (h10, h25): a sentence that holds the brand's way up as a model to copy. A verb of
 * imitation with what is copied pointed at ("mirror that wording", "copy X's approach",
 * "replicate the way X words its clause", "follow their template"), the idioms of it
 * ("take a leaf out of X's book", "do what X did"). Even a party so held up is named
 * gratuitously. "Copy their solicitors in" or "follow their instructions" name no model, and a
 * comparator price ("a better price") is left out: a party offering one is the client's matter.
 */
const MODEL_NOUN = `(?:wording|words|drafting|language|approach|model|template|format|style|structure|playbook|formula|look|design|branding|strategy|idea|clauses?|terms|conditions|polic(?:y|ies)|practice)`;
/** (Not "lead": "following X's lead on this placement" is the lead underwriter, a party.) */
const FOLLOWED_NOUN = `(?:example|approach|model|template|playbook|formula|style|format|strategy)`;
const POINTED = `(?:that|this|those|these|their|its|[A-Za-z][\\w&-]*['’]s)\\s+(?:[\\w-]+\\s+){0,2}?`;
const BENCHMARK = new RegExp(
  `\\b(?:(?:mirror|copy|copie|emulat|replicat|borrow)\\w*\\s+(?:[\\w'’-]+\\s+){0,2}?(?:the way|how|what|${POINTED}${MODEL_NOUN})|follow\\w*\\s+(?:the way|how|what|${POINTED}${FOLLOWED_NOUN}))\\b|\\btak(?:e|es|ing|en) (?:a leaf|a page) (?:out of|from) (?:[\\w&'’.-]+\\s+){1,4}?book\\b|\\bdo(?:ing)? (?:exactly |just )?what\\b[^.;\\n]{1,40}?\\b(?:did|does|has done|have done)\\b`,
  "gi",
);
/** A capitalised word after a frame's first: another name, the model the frame holds up. */
const NAME_INSIDE = /\s[A-Z]/;

/**
 * Round 29 (analysis-h27 G; h10, h25, h27): a model to copy read as a construction, not one
 * verb. A verb of recommending or imitating ("adopt", "follow", "take", "use", "borrow",
 * "mirror", "copy", "emulate", "go with", "switch to") whose object is a form noun the brand uses:
 * by a relative clause ("adopt the format X uses", "follow the structure X adopted", "take the
 * same approach X took"), or owned ("adopting X's format", "use X's pricing model"). A party's
 * act stays a party's act: its papers are no form noun ("adopt the resolution X proposed", "use
 * the minutes X adopted"), a document it sends is no practice it uses ("adopt X's wording" is
 * the other side's mark-up; "use the template X sent"), and a form used in the client's own
 * deal or dispute is that matter's ("the structure X used for the Palmerston acquisition").
 */
const FORM_NOUN = `(?:format|template|approach|structure|wording|model|polic(?:y|ies)|practice|style|layout|design|look|branding|strategy|playbook|formula|system|method|framework|scheme|presentation|pricing)`;
/** Owned by the brand ("X's wording"): a party's own papers are the matter's, not a model. */
const OWN_FORM_NOUN = `(?:format|approach|structure|model|polic(?:y|ies)|practice|style|layout|design|look|branding|strategy|playbook|formula|system|method|framework|scheme|presentation|pricing)`;
const COPY_VERB = `(?:adopt\\w*|follow\\w*|tak(?:e|es|ing|en)|took|us(?:e|es|ed|ing)|borrow\\w*|mirror\\w*|cop(?:y|ies|ied|ying)|emulat\\w*|replicat\\w*|go(?:ing)?\\s+with|switch(?:ing|ed)?\\s+to|mov(?:e|ed|ing)\\s+to)`;
/** Before the brand: the verb, then the form noun it names ("adopting the format "). */
const FORM_BEFORE = new RegExp(
  `\\b${COPY_VERB}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?${FORM_NOUN}\\s+$`,
  "i",
);
/** …and the brand as the form's user after it ("uses", "has adopted", "followed"). */
const USER_AFTER =
  /^(?:['’]s)?\s+(?:(?:also|now|already|itself|themselves)\s+)?(?:uses|used|has\s+(?:used|adopted|taken|chosen|introduced)|adopted|follows|followed|applies|applied|employs|employed|took|takes|chose|runs|ran|publishes|published|went\s+with|settled\s+on|introduced|rolled\s+out|developed)\b/i;
/** Before an owned form: the verb right before the brand ("adopting X's format"). */
const OWNER_BEFORE = new RegExp(`\\b${COPY_VERB}\\s+(?:(?:the|a)\\s+)?$`, "i");
const OWNED_AFTER = new RegExp(`^(?:['’]s)\\s+(?:[\\w-]+\\s+){0,2}?${OWN_FORM_NOUN}\\b`, "i");
/** The form used in the client's own deal or dispute: the matter's, not a model. */
const IN_OUR_MATTER =
  /\b(?:in|for|on|under|during)\s+(?:the|our|this|your|that)\s+(?:[\w-]+\s+){0,2}?(?:acquisition|deal|transaction|dispute|claim|case|negotiations?|sale|merger|agreement|contract|arbitration|litigation|proceedings|settlement|mediation)\b/i;

/** Whether the brand at [start, end) of `sentence` is the user or owner of a form recommended. */
function formToCopy(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 120), start);
  const after = sentence.slice(end);
  const brand = sentence.slice(start, end);
  if (FORM_BEFORE.test(before)) {
    const user = USER_AFTER.exec(after);
    if (user && !IN_OUR_MATTER.test(after.slice(user[0].length, user[0].length + 80))) return true;
  }
  // (The brand's evidence may hold its possessive: "Norvik's".)
  return (
    OWNED_AFTER.test(/['’]s$/.test(brand) ? `'s${after}` : after) &&
    OWNER_BEFORE.test(before) &&
    !IN_OUR_MATTER.test(after.slice(0, 120))
  );
}

/**
 * Round 30 (detect-30a; analysis-h28 B): a model pointed at by a pronoun or a relative. The brand
 * owns a form or a contract noun ("X's conditions", "X's leases in Norway"), and the same or the
 * next sentence has the writer or the reader copy it by an anaphor: a relative with its gap ("a
 * neat formula … that I'd like to copy"), a pronoun ("I'd model clause 9 on theirs", "we could
 * borrow it", "let's copy that"), or "their approach". A negated verb answers the brand's papers
 * ("we will not follow them"); "copy them in", "a copy of their leases", "copied to X" name no
 * model; another owner named between takes the anaphor ("Y's terms").
 */
const OWN_DOC_NOUN = `(?:${FORM_NOUN}|wording|drafting|language|clauses?|terms|conditions|T&Cs|leases?|licen[cs]es?|contracts?|agreements?|forms?|precedents?|documents?|documentation)`;
const OWNS_DOC_AFTER = new RegExp(`^['’]s?\\s+(?:[\\w-]+\\s+){0,2}?${OWN_DOC_NOUN}\\b`, "i");
/** The writer or the reader, a modal and a wish: "I'd", "we could", "you may want to", "let's". */
const TAKER_MODAL = `(?:(?:I|we|you)(?:['’]d|['’]ll|\\s+(?:would|could|should|might|may|will|can|must))?|let['’]s)\\s+(?:(?:really|also|just|simply|probably|happily|gladly)\\s+)?(?:(?:like|want|love|propose|suggest|recommend|prefer|plan|intend|be\\s+happy)\\s+(?:to\\s+|we\\s+)?)?`;
/**
 * Verbs of imitation only: "adopt", "follow" or "use" a party's papers is accepting or obeying
 * them ("we will follow it", "which we could adopt"), so they take only a way pointed at by
 * "their" ("follow their approach").
 */
const TAKE_VERB = `(?:copy|borrow|mirror|emulate|replicate)`;
const FOLLOW_THEIR = `(?:adopt|follow|use|take)\\s+(?:their|its)\\s+(?:[\\w-]+\\s+)?${FOLLOWED_NOUN}`;
/** "that I'd like to copy", "which we could adopt": the relative's gap is the object. */
const RELATIVE_MODEL = new RegExp(
  `\\b(?:that|which)\\s+${TAKER_MODAL}${TAKE_VERB}\\b(?!\\s+(?:the|a|an|this|that|these|those|their|its|our|your|his|her|them|him|me|us|it|in|to|into)\\b)`,
  "i",
);
/** "I'd model clause 9 on theirs", "we could borrow it", "let's follow their approach". */
const PRONOUN_MODEL = new RegExp(
  `\\b${TAKER_MODAL}(?:${TAKE_VERB}\\s+(?:theirs|them|it|that|those|the\\s+same|(?:their|its)\\s+(?:[\\w-]+\\s+)?${FORM_NOUN})(?!\\s+(?:in|to|into|on|over|across|up|out)\\b)|${FOLLOW_THEIR}|(?:model|base|pattern)\\s+(?:[\\w-]+\\s+){0,3}?on\\s+(?:theirs|them|it|that|those))\\b`,
  "i",
);
/** Another owner between the brand and the anaphor: "Y's terms", the anaphor may be its. */
const OTHER_OWNER = /\b[A-Z][\w&-]*['’]s?\s/;
/** A sentence's end: a word, a digit or a bracket before it. */
const MODEL_SENTENCE_END = /[a-z\d)"”’][.!?]+\s+|\n\s*\n/g;

function pointedBackAsModel(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 320);
  if (!OWNS_DOC_AFTER.test(/['’]s$/.test(text.slice(start, end)) ? `'s${after}` : after))
    return false;
  MODEL_SENTENCE_END.lastIndex = 0;
  const first = MODEL_SENTENCE_END.exec(after);
  const second = first ? MODEL_SENTENCE_END.exec(after) : null;
  const own = first ? after.slice(0, first.index + 1) : after;
  const next = first
    ? after.slice(first.index + first[0].length, second ? second.index + 1 : after.length)
    : "";
  for (const [sentence, offset] of [
    [own, 0],
    [next, first ? first.index + first[0].length : 0],
  ] as const) {
    for (const re of sentence === own ? [RELATIVE_MODEL, PRONOUN_MODEL] : [PRONOUN_MODEL]) {
      const m = re.exec(sentence);
      if (!m) continue;
      if (/\b(?:not|never|n['’]t|no\s+longer)\b/i.test(m[0])) continue;
      const between = after.slice(0, offset + m.index).replace(/^['’]s?/, "");
      if (OTHER_OWNER.test(between)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether the sentence holds the brand at [start, end) up as a model: the brand inside the frame
 * ("copy X's approach", "do what X did"), right after it ("mirror the way X words it"), or before
 * a frame in its clause that points back and names no one else ("X's terms cap it …, and we
 * should mirror that wording"; not "X is the other side, so we should do what Y did").
 */
function heldUpAsModel(sentence: string, start: number, end: number): boolean {
  if (formToCopy(sentence, start, end)) return true;
  BENCHMARK.lastIndex = 0;
  for (let m = BENCHMARK.exec(sentence); m; m = BENCHMARK.exec(sentence)) {
    const from = m.index;
    const to = from + m[0].length;
    if (from <= start && end <= to) return true;
    if (to <= start && sentence.slice(to, start).trim() === "") return true;
    // (Within the brand's clause: after a semicolon, "that wording" may be a party's mark-up.)
    if (end <= from && !NAME_INSIDE.test(m[0]) && sentence.lastIndexOf(";", from) < end) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the hit's sentence compares the client with the brand, or praises the brand. With
 * `cues` (round 23, matter-reading.ts), also whether it holds any cue that makes a mention
 * gratuitous whatever the draft's matter: a comparison or precedent before it, our own firm
 * acting for it, a blocker word (GRATUITOUS) or one of `cues`; attachments and links then count.
 */
export function comparesOrPraises(
  draft: AnalysedDraft,
  hit: TermHit,
  cues?: RegExp,
  items = false,
): boolean {
  if (hit.field === "attachment" || hit.href !== undefined) return !!cues;
  const field = fieldOf(draft, hit.field);
  // The window after a mention runs past full stops (a name's "Ltd." is not an end); here the
  // sentence ends at one after a word ("written again. Vela's new range…" is another sentence).
  let before = sentenceBefore(field.scan, hit.start);
  let after = sentenceAfter(field.scan, hit.end);
  if (items) {
    // Round 26: with `items`, a line that opens a list's item ("- Berth 104: …", "2. …") starts a
    // sentence of its own, whatever the line above says ("Weekly update as usual:").
    const text = field.scan;
    const lineStart = text.lastIndexOf("\n", hit.start - 1) + 1;
    const line = text.slice(lineStart, hit.start);
    if (hit.start - lineStart <= 200 && ITEM_OPENING.test(line)) {
      const own = oneSpaced(line);
      if (own.length < before.length) before = own;
    }
    const lineEnd = text.indexOf("\n", hit.end);
    if (lineEnd >= 0 && ITEM_OPENING.test(text.slice(lineEnd + 1, lineEnd + 8))) {
      const own = oneSpaced(text.slice(hit.end, lineEnd));
      if (own.length < after.length) after = own;
    }
  }
  const stop = /[a-z]{3}\.\s/.exec(after);
  const sentence = `${before}${hit.text}${stop ? after.slice(0, stop.index + 4) : after}`;
  return (
    COMPARES_OR_PRAISES.test(sentence) ||
    heldUpAsModel(sentence, before.length, before.length + hit.text.length) ||
    pointedBackAsModel(field.scan, hit.start, hit.end) ||
    (!!cues &&
      (cues.test(sentence) ||
        GRATUITOUS.test(sentence) ||
        COMPARISON_BEFORE.test(before) ||
        MEASURED_AGAINST_BEFORE.test(before) ||
        OUR_CLIENT_BEFORE.test(before)))
  );
}

/**
 * A measure against what the name does: "well below what Andean Fleece commits to its
 * distributor", "more than X pays" (round 33, analysis-h32 043: a comparison, so a finding).
 */
const MEASURED_AGAINST_BEFORE =
  /\b(?:below|above|under|over|beyond|short\s+of|(?:more|less|fewer|higher|lower|better|worse|cheaper|longer|shorter)\s+than|(?:the\s+)?same\s+as|in\s+line\s+with|on\s+a\s+par\s+with)\s+(?:what|whatever)\s+$/i;

/** A line that opens a list's item: a dash, a bullet or a number before its words. */
const ITEM_OPENING = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]/;

/**
 * Before a brand, our own side acting for or advising it: "we also act for X", "I advised X".
 * Another client of ours is named gratuitously, whatever words of a matter follow.
 */
const OUR_CLIENT_BEFORE =
  /\b(?:we|I|our (?:firm|team|colleagues?|office))\s+(?:[\w'’-]+\s+){0,3}?(?:act|acted|acting|represent|represented|representing|advise|advised|advising|work|worked|working)\s+(?:for|with|on behalf of)?\s*(?:(?!against\b)[\w'’-]+\s+){0,2}?$|\b(?:we|I|our firm)\s+(?:[\w'’-]+\s+){0,2}?(?:solicitors?|lawyers?|counsel|attorneys?|advisers?)\s+(?:for|to)\s+$|\b(?:our|another|a former|an existing)\s+clients?\s*,?\s*$/i;

/** Before a brand, a word that makes it a precedent or a benchmark: "like X", "unlike X". */
const COMPARISON_BEFORE =
  /\b(?:like|unlike|as with|as in|as did|such as|similar to|similarly to|akin to|compared (?:with|to)|comparable to|than|following|modell?ed on|based on|inspired by|see|cf\.?|applying|benchmark(?:ed|ing)? against|the way)\s+(?:the\s+)?$/i;

/** A litigation caption: "Valemont v Rhenova", "Rhenova Ltd v. Valemont". */
const CAPTION_BEFORE = /[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3},?\s+vs?\.?\s+$/;
const CAPTION_AFTER = /^,?\s+vs?\.?\s+[A-Z]/;
/** A caption said to decide something is an authority, not the client's matter. */
const AUTHORITY_AFTER =
  /^[^.;\n]{0,60}?\b(?:held|holds|ruled|rules|decided|decides|found|established|confirmed that|overruled|is authority|was authority|laid down|applied|followed|reported at)\b/i;
/** The caption's sentence speaks of our side or the client's: "…, our defence is due". */
const OUR_SIDE = /\b(?:we|our|us|you|your)\b/i;

/**
 * The last word of what precedes a mention decides which patterns ending at the mention can
 * match at all, so those (`…$`, tried from each position of their window) run only then.
 */
const ACT_FINALS = new Set(
  "against with and to from by of for representing represents represent re sue sues sued suing counter-sue counter-sued countersue countersued enjoin enjoined enjoining restrain restrained restraining on upon notified notify notifying indemnify indemnified indemnifies indemnifying".split(
    " ",
  ),
);
const COMPARISON_FINALS = new Set(
  "like unlike with in did as to than following on by see cf cf. applying against way the".split(
    " ",
  ),
);
/**
 * Between a party's noun and the name after it, where the party sits, closed by a comma or a
 * bracket: "on floor 4, ", "in unit 9 (". A place, not another party ("of", "for": "the supplier
 * of our rival, X" names the rival).
 */
const ROLE_PLACE_BEFORE =
  /\s+(?:on|at|in|under)\s+(?:(?:the|this|our|your)\s+)?[\w-]+(?:\s+[\w-]+)?\s*[,(:–—]\s*$/i;
/** The endings of a party's noun (and "namely", "i.e."): ROLE_BEFORE can match only then. */
const ROLE_FINAL =
  /(?:ants?|ents?|ors?|ers?|ees?|ty|ties|side|iffs?|lords?|banks?|namely|being|viz\.?|i\.e\.)$/;
const OURS = /\b(?:we|i|our)\b/i;

/** The last `count` words before `offset`'s end of `text`, past closing punctuation ("X, "). */
function lastWords(text: string, count: number): string {
  let end = text.length;
  while (end > 0 && /[\s,(:–—]/.test(text[end - 1]!)) end--;
  let start = end;
  for (let words = 0; start > 0 && words < count;) {
    if (text[start - 1] === " ") words++;
    if (words < count) start--;
  }
  return text.slice(start, end).trim().toLowerCase();
}

/**
 * Whether a mention of `field` is a party role, by its window alone: `before` is the sentence
 * before the mention (`sentenceBefore`), `after` the sentence after its end (`sentenceAfter`),
 * taken by the caller, which reads the same windows again.
 */
function isPartyMention(field: AnalysedField, before: string, after: string): boolean {
  const final = lastWords(before, 1);
  if (COMPARISON_FINALS.has(final) && COMPARISON_BEFORE.test(before)) return false;
  if (OURS.test(before) && OUR_CLIENT_BEFORE.test(before)) return false;
  // After the brand's whole name ("Norvik Foods Ltd"), and after other names listed with it.
  const own = after.slice(OWN_TAIL.exec(after)![0].length);
  const listed = own.slice(LIST_AFTER.exec(own)![0].length);
  if (ROLE_AFTER.test(listed) || ACT_AFTER.test(listed)) return true;
  if (ROLE_VERB_AFTER.test(listed)) return true;
  // Round 24 (analysis-h21 C1c, C1d): the role said of a part of the brand ("X's commissioning
  // team are the counterparty"), and a clause of its own about the draft's matter ("X, who write
  // the other 40% line on this risk, agree").
  const part = ORG_PART_AFTER.exec(own);
  if (part && ROLE_AFTER.test(own.slice(part[0].length))) return true;
  if (RELATIVE_MATTER_AFTER.test(listed) && !GRATUITOUS.test(`${before} ${after}`)) return true;
  if (inCapacity(own, listed, before, after)) return true;
  const opening = own.charCodeAt(0);
  // A bracket, an apostrophe, or a word of a contract or a dispute must come first.
  if (
    opening === 32 &&
    own.charCodeAt(1) === 40 &&
    (DEFINED_ROLE_AFTER.test(own) || DEFINED_NAME_AFTER.test(own))
  )
    return true;
  if (
    (opening === 39 || opening === 0x2019) &&
    (POSSESSIVE_AFTER.test(own) ||
      ACCUSED_AFTER.test(own) ||
      ((PROFESSIONAL_AFTER.test(own) || OBJECTION_AFTER.test(own)) &&
        !GRATUITOUS.test(`${before} ${after}`)))
  )
    return true;
  // After the name's tail, or right after the name: a document's capitalised abbreviation ("the
  // Norvik NDA") that the tail took for part of the name.
  if (isOwnMatter(before, own) || (own !== after && isOwnMatter(before, after))) return true;
  const listedBefore = endsWithSeparator(before) ? LIST_BEFORE.exec(before) : null;
  const lead = listedBefore ? before.slice(0, before.length - listedBefore[0].length) : before;
  const leadFinal = listedBefore ? lastWords(lead, 1) : final;
  if (ROLE_FINAL.test(leadFinal) && ROLE_BEFORE.test(lead)) return true;
  // Round 24 (analysis-h22 G2): the role, where it sits, then the name: "the existing sub-tenant
  // on floor 4, X", "the contractor on site, X".
  const placed = /[,(:–—]\s*$/.test(before) ? ROLE_PLACE_BEFORE.exec(before) : null;
  if (placed) {
    const role = before.slice(0, placed.index);
    if (ROLE_FINAL.test(lastWords(role, 1)) && ROLE_BEFORE.test(`${role}, `)) return true;
  }
  if (ACT_FINALS.has(leadFinal) && ACT_BEFORE.test(lead)) return true;
  // The bidder a contract of the client's own tender went to ("the award of the Route 44 contract
  // to X", "the contract has been awarded to X"), unless the award is dated history or compared.
  if (
    leadFinal === "to" &&
    AWARD_BEFORE.test(lead) &&
    !AWARD_DATED_AFTER.test(after) &&
    !GRATUITOUS.test(`${before} ${after}`)
  )
    return true;
  if ((leadFinal === "from" || leadFinal === "by") && isOurTransfer(lead)) return true;
  return isOwnCaption(field, before, own);
}

/**
 * Round 22 (analysis-h21 P1; h19 and h21 by two firms' writers): before a brand, a contract,
 * tender or lot awarded to it: the rival bidder in the client's own procurement challenge.
 */
const AWARD_BEFORE =
  /(?:\b(?:contracts?|tenders?|lots?|concessions?|frameworks?|franchises?|routes?|licen[cs]es?|mandates?|works)\s+(?:(?:has|have|had|was|were|is|are|will|would|to)\s+)?(?:(?:been|be|now|just|provisionally|since|recently|already|then)\s+){0,2}(?:re-?)?awarded|\b(?:the|this|that|its|their|any)\s+(?:(?:decision|proposed|intended|provisional|purported)\s+(?:to\s+)?)?(?:re-?)?award(?:s|ing)?\s+(?:of\s+)?(?:(?:the|this|that|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:contracts?|tenders?|lots?|concessions?|frameworks?|franchises?|routes?|licen[cs]es?|mandates?|works))\s+to\s+$/i;
/** After it, a date in the past: an earlier award is market history ("… to X in 2024"). */
const AWARD_DATED_AFTER =
  /^[^.;!?]{0,60}?\b(?:last (?:year|round|time)|in (?:19|20)\d\d|previously|years ago)\b/i;

/** A transfer in the client's own deal, the brand its giver or (after a giver) its taker. */
function isOurTransfer(lead: string): boolean {
  const m = TRANSFER_BEFORE.exec(lead);
  if (!m) return false;
  const from = Math.max(0, m.index - 40);
  return OUR_TRANSFER.test(lead.slice(from)) || OUR_SIDE_IN.test(lead);
}

/** Whether `text` ends with what lists names ("X, ", "X and "): only then may names precede. */
function endsWithSeparator(text: string): boolean {
  let end = text.length;
  while (end > 0 && text[end - 1] === " ") end--;
  const last = text[end - 1];
  if (last === "," || last === ";" || last === "&") return true;
  const tail = text.slice(Math.max(0, end - 12), end).toLowerCase();
  return / (?:and|or|as well as)$/.test(tail);
}

/**
 * A caption names the client's matter when it is the subject line's, or when its sentence speaks
 * of our side ("In Rhenova v Valemont our defence is due Friday") and does not cite it as an
 * authority ("Kendrick v Harrow held that …"). A caption with neither ("Kendrick v Harrow settled
 * last week") is news about the rival, not our matter. A caption followed by where it is reported
 * is an authority, which the check already treats as a citation.
 */
function isOwnCaption(field: AnalysedField, before: string, after: string): boolean {
  const caption =
    CAPTION_AFTER.test(after) ||
    (/\bvs?\.?\s*$/.test(before.slice(-5)) && CAPTION_BEFORE.test(before));
  if (!caption) return false;
  if (field.field === "subject") return true;
  if (AUTHORITY_AFTER.test(after)) return false;
  return OUR_SIDE.test(before) || OUR_SIDE.test(after);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** `text` with each run of white space (a wrapped line) as one space. */
function oneSpaced(text: string): string {
  return /\s\s|[\n\r\t\u00a0]/.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** The text before `offset` back to the start of its sentence, at most WINDOW_BEFORE characters. */
export function sentenceBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - WINDOW_BEFORE);
  let start = from;
  for (let i = offset - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i - 1) === 10) {
      start = i + 1;
      break;
    }
    // ". " after a word of three lower-case letters or more ends a sentence; "Ltd. ", "v. ",
    // "N.A. " do not.
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1)) && i >= 3) {
      if (
        c !== 46 ||
        (isLowerLetter(text.charCodeAt(i - 1)) &&
          isLowerLetter(text.charCodeAt(i - 2)) &&
          isLowerLetter(text.charCodeAt(i - 3)))
      ) {
        start = i + 1;
        break;
      }
    }
  }
  return oneSpaced(text.slice(start, offset));
}

/** The text after `offset` to the end of its sentence, at most WINDOW_AFTER characters. */
export function sentenceAfter(text: string, offset: number): string {
  const to = Math.min(text.length, offset + WINDOW_AFTER);
  let end = to;
  for (let i = offset; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      (c === 10 && text.charCodeAt(i + 1) === 10) ||
      ((c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1)))
    ) {
      end = i;
      break;
    }
  }
  return oneSpaced(text.slice(offset, end));
}

/**
 * A role of the other side named without the brand beside it, as a paragraph about our matter
 * names it once the party is known: "the other side", "opposing counsel", "their solicitors",
 * "the counterparty", "the claimant" (not "the claimant, Acme", which names someone else). A
 * deal's nouns ("the landlord", "the buyer") are not among them: a landlord letting a unit to the
 * client's rival is the very thing the client minds.
 */
const ROLE_IN_PARAGRAPH =
  /\b(?:the other side|the opposing (?:side|party|parties)|(?:the|our) opponents?|the other part(?:y|ies)(?! to)|opposing (?:counsel|solicitors|lawyers|attorneys)|the counter-?part(?:y|ies)|(?:their|its) (?:(?:new|outside|external|in-house|usual|american|us|uk|english|local|litigation)\s+)?(?:solicitors|lawyers|counsel|attorneys|legal (?:team|advisers|advisors)|legal team)|(?:their|its) (?:latest |revised |amended |new |formal )?(?:settlement offer|offer to settle|part 36 offer|letter before (?:action|claim)|letter of claim|mark-?up|redline|particulars of claim|defen[cs]e|counterclaim|reply to (?:our|your))|(?:the|our) (?:claimants?|defendants?|respondents?|plaintiffs?|petitioners?|appellants?|co-?defendants?))\b/gi;
/** A litigant's noun with a name beside it ("the claimant, Acme"): that name, not ours, is the role's. */
const NAMED_AFTER = /^\s*,?\s*\(?(?:the\s+)?[A-Z]/;
/** A role in apposition after a name ("Acme, the claimant,"): that name's too. */
const NAMED_BEFORE = /[A-Z][\w&'’.-]*\s*[,(–—]\s*$/;
const LITIGANT_ROLE = /(?:ants?|ents?|iffs?|ers?)$/i;
const ROLE_KEYS = fieldKeys("matter-party-roles");
/** How far either side of a mention, within its paragraph, a role of the other side may stand. */
const PARAGRAPH_REACH = 400;

/**
 * What makes a mention gratuitous whatever the paragraph is about: a comparison, a precedent or
 * authority, praise or a benchmark, market news or a rumour, our own client. Read in the
 * mention's sentence.
 */
export const GRATUITOUS =
  /\b(?:like|unlike|similar(?:ly)?|likewise|same (?:way|approach|thing|route|tactic)|as (?:did|does|do|has|had)|precedent|benchmark|compar(?:e|ed|es|ing|ison|able)|example|model(?:led)?|than|cheaper|better|worse|best|impressive|excellent|brilliant(?:ly)?|clever(?:ly)?|admire|admired|great|praised?|rumou?r(?:ed|s)?|apparently|reportedly|I hear|I heard|word is|press|announced|announcement|news|article|headline|also act|act(?:ed|s)? for|another client|clients? of (?:ours|the firm)|our client|authority|held that|reported|same|standard|typical(?:ly)?|usual(?:ly)?|market|industry|sector|customers?|competitors?|rivals?|fined|launched|its own|their own|poach(?:ed|ing)?|hired|recruited)\b/i;

/**
 * A role of the other side in the text. A pronoun's ("their solicitors") points back, so it may
 * follow the brand in its own sentence ("X met us with their counsel"); a role written as a
 * noun phrase ("the other side", "opposing counsel") in the brand's own sentence is someone
 * else ("the other side's expert used to work at X"), so it counts only from another sentence.
 */
interface RoleCue {
  at: number;
  pronoun: boolean;
}
const SENTENCE_END = /[.!?]["'”’)\]]?\s|\n/;

/**
 * The draft's walk for the other side's roles in one field: the roles found so far, in order,
 * and the match the walk stopped at (beyond what was asked for), if any.
 */
interface RoleWalk {
  cues: RoleCue[];
  next: RegExpExecArray | null;
  lastIndex: number;
  done: boolean;
}

/**
 * The other side's roles in a field's author text that start before `high`: one walk per draft,
 * taken only as far as a mention asks (mentions early in a long draft do not pay for the rest of
 * it), and resumed where it stopped, so the draft is read at most once whatever the mentions.
 * The walk is the pattern's own global search, paused: it finds exactly what a search of the
 * whole text would.
 */
function rolesBefore(draft: AnalysedDraft, field: AnalysedField, high: number): RoleCue[] {
  const walk = draft.memo(ROLE_KEYS[field.field], (): RoleWalk => ({
    cues: [],
    next: null,
    lastIndex: 0,
    done: false,
  }));
  const text = field.scan;
  while (!walk.done) {
    if (walk.next === null) {
      ROLE_IN_PARAGRAPH.lastIndex = walk.lastIndex;
      walk.next = ROLE_IN_PARAGRAPH.exec(text);
      walk.lastIndex = ROLE_IN_PARAGRAPH.lastIndex;
      if (walk.next === null) {
        walk.done = true;
        break;
      }
    }
    const m = walk.next;
    if (m.index >= high) break;
    walk.next = null;
    const end = m.index + m[0].length;
    const named =
      (LITIGANT_ROLE.test(m[0]) && NAMED_AFTER.test(text.slice(end, end + 12))) ||
      NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!named) walk.cues.push({ at: m.index, pronoun: /^(?:their|its)\b/i.test(m[0]) });
  }
  return walk.cues;
}

/** Whether a role of the other side stands in the mention's paragraph, within reach of it. */
function roleInParagraph(draft: AnalysedDraft, field: AnalysedField, start: number, end: number) {
  const text = field.scan;
  const from = Math.max(0, start - PARAGRAPH_REACH);
  const to = Math.min(text.length, end + PARAGRAPH_REACH);
  // Searched within the reach only, so a draft without blank lines costs no more per mention.
  const breakBefore = text.slice(from, start).lastIndexOf("\n\n");
  const breakAfter = text.slice(end, to).indexOf("\n\n");
  const low = breakBefore < 0 ? from : from + breakBefore;
  const high = breakAfter < 0 ? to : end + breakAfter;
  const offsets = rolesBefore(draft, field, high);
  if (offsets.length === 0) return false;
  // The first role at or after `low` (binary search), then whether it is before `high`.
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]!.at < low) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < offsets.length && offsets[i]!.at < high; i++) {
    const cue = offsets[i]!;
    if (cue.pronoun && cue.at >= end) return true;
    const between = cue.at < start ? text.slice(cue.at, start) : text.slice(end, cue.at);
    if (SENTENCE_END.test(between)) return true;
  }
  return false;
}

/**
 * A sentence about the client's own matter, with the brand in it as a participant: the matter's
 * legal or deal vocabulary with our side in it ("Lumacor owes you £240,000", "we expect Lumacor to
 * appeal", "Lumacor says your product infringes its design"), or a definite reference to the
 * matter's forum or papers ("the court has ordered Lumacor to pay", "Lumacor is in breach of
 * clause 12", "under the licence, Orvane can audit"). Commercial words ("price", "customers",
 * "signed up") are not among them: a rival's business with the client's market is what the
 * client minds. Read with the blockers below and GRATUITOUS.
 */
const OUR_SIDE_WORD = /\b(?:you|your|yours|we|our|us)\b/i;
const MATTER_WORD =
  /\b(?:breach(?:es|ed)?|clauses?|contracts?|agreements?|licen[cs]es?|leases?|nda|spa|apa|heads of terms|term sheet|drafts?|mark-?ups?|redlines?|proposals?|counter-?proposals?|counter-?offers?|settle(?:d|ment)?|mediation|arbitration|hearings?|trial|tribunal|court|judge|claims?|claimed|counterclaims?|defen[cs]es?|injunctions?|appeal(?:s|ed)?|witness(?:es)?|disclosure|deadline|long-?stop|indemnit(?:y|ies)|warrant(?:y|ies)|liabilit(?:y|ies)|damages|infring(?:e|es|ed|ing|ement)|owe[sd]?|owing|withh[oe]ld(?:ing|s)?|terminat(?:e|es|ed|ing|ion)|remedy|notices?|negotiat(?:e|es|ed|ing|ions?)|dispute[sd]?|proceedings|litigation|obligations?|default(?:ed|s)?|royalt(?:y|ies)|exclusivity|non-compete|without prejudice|part 36|suppl(?:y|ies|ied|ier)|lent|lends?|loans?|facility|landlord|tenant|rent|patents?|trade ?marks?)\b/i;
const MATTER_DEFINITE =
  /\b(?:(?:the|this) (?:court|judge|tribunal|arbitrator|panel|hearing|trial|claim|proceedings|licen[cs]e|agreement|contract|lease|nda|spa|apa|heads of terms|term sheet|long-?stop(?: date)?|deed|settlement|mediation|injunction|expert determination)|(?:clause|schedule|paragraph|section) \d|(?:the|this) (?:cap|indemnity|indemnities|warranties|escrow|earn-?out|completion accounts|break clause|rent review|goods|works|patents?|['’]?\d{3} patent|trade ?marks?|registration)|on (?:completion|exchange)|offer(?:ed|s|ing)? to settle|witness statements?|(?:accepted|acknowledged) service|part 36|without prejudice|breach of|in (?:its|their|[A-Z][\w&-]*['’]s) favour)\b/i;
/** The rival's own dispute or deal with someone else: "… against Acme", "Lumacor v Acme". */
const ANOTHER_SIDE = /\b(?:against|versus|vs?\.?|with)\s+(?:the\s+)?[A-Z][\w&'’-]*/g;

/** Before a brand, where a clause opens with it as the subject: "If ", "…records that ", "Under the licence, ". */
const SUBJECT_OPENING =
  /(?:^|[.:;!?(]|\b(?:if|when|whenever|unless|because|that|and|but|whether|until|once|since|where|so|now|then|although|though|while|after|before)|,)\s*$/i;
/** Before a brand, a verb that makes it the one ordered, expected or asked to act: "ordered X to pay". */
const OBJECT_OF_VERB =
  /\b(?:ordered|directed|required|requires|expect|expects|expected|want|wants|wanted|invite|invited|ask|asked|told|tell|warn|warned|remind|reminded|press|pressed|chase|chased|allow|allowed|permit|permitted|force|forced|compel|compelled|let|put|reject|rejected|accept|accepted|see|saw)\s+$/i;
/** Where a clause ends after a brand: punctuation, a relative or a contrast. */
const CLAUSE_END = /[,;:(]|\s(?:which|who|whereas|while|but)\s/;

/**
 * The brand's own clause: the part of its sentence before it back to a comma (or, when the
 * brand follows the comma directly, the phrase before that: "Under the licence, Orvane can
 * audit"), and after it to the clause's end. Null when the brand is neither the clause's
 * subject nor the object of a verb that has it act ("every PEPSI MAX multibuy" is neither).
 */
function brandClause(before: string, brand: string, after: string): string | null {
  const subject = SUBJECT_OPENING.test(before);
  if (!subject && !OBJECT_OF_VERB.test(before)) return null;
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  let lead = cut < 0 ? before : before.slice(cut + 1);
  if (lead.trim() === "" && cut >= 0) {
    const previous = before.slice(0, cut);
    const earlier = Math.max(previous.lastIndexOf(","), previous.lastIndexOf(";"));
    lead = previous.slice(earlier + 1);
  }
  const end = after.search(CLAUSE_END);
  return `${lead} ${brand}${end < 0 ? after : after.slice(0, end)}`;
}

function aboutOurMatter(sentence: string, brand: string): boolean {
  const ours = OUR_SIDE_WORD.test(sentence) && MATTER_WORD.test(sentence);
  if (!ours && !MATTER_DEFINITE.test(sentence)) return false;
  // A dispute or deal of the rival's own with another named company: news, not our matter.
  ANOTHER_SIDE.lastIndex = 0;
  for (let m = ANOTHER_SIDE.exec(sentence); m; m = ANOTHER_SIDE.exec(sentence)) {
    const name = m[0].slice(m[0].search(/[A-Z][\w&'’-]*$/));
    if (!brand.startsWith(name.replace(/['’]s$/, "")) && !/^(?:The|This|Our|Your)$/.test(name))
      return false;
  }
  return true;
}

/**
 * The one an interest is granted to, in a sentence that contests the grant under the client's
 * rights: "the landlord wants to let unit 9 to X, which would breach the exclusivity covenant".
 * The rival is then the counterparty of the very transaction the advice is about (a product
 * decision, test/corpus/decisions.json). The same letting reported with no such objection ("the
 * landlord has let unit 4 to X") is the rival's presence the client minds, and still counts.
 */
const GRANTED_TO =
  /\b(?:let|lets|letting|lease[sd]?|leasing|sub-?let(?:s|ting)?|under-?let(?:s|ting)?|assign(?:s|ed|ing)?|sell(?:s|ing)?|sold|transfer(?:s|red|ring)?|grant(?:s|ed|ing)?|licen[cs](?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?to\s+$/i;
const CONTESTED =
  /\b(?:breach(?:es|ed|ing)?|covenants?|consent|exclusivity|injunction|restrain|object(?:s|ed|ion)?|in (?:breach|contravention) of)\b/i;
function isContestedGrantee(before: string, after: string): boolean {
  return GRANTED_TO.test(before) && CONTESTED.test(`${before} ${after}`);
}

/** Whether the hit is a party role: in the author's text, and written as a name. */
export function isPartyHit(draft: AnalysedDraft, hit: TermHit): boolean {
  // A lower-case hit is a word or an address; attachment names and links are not prose.
  if (hit.field === "attachment" || hit.href !== undefined) return false;
  if (hit.text[0] === hit.text[0]?.toLowerCase()) return false;
  // A possessive the matcher included is read as part of what follows ("X's solicitors").
  const end = /['’]s$/.test(hit.text) ? hit.end - 2 : hit.end;
  const field = fieldOf(draft, hit.field);
  const before = sentenceBefore(field.scan, hit.start);
  const afterName = sentenceAfter(field.scan, end);
  if (isPartyMention(field, before, afterName)) return !comparesOrPraises(draft, hit);
  const framed = tradingFrame(before, afterName);
  if (framed && isPartyMention(field, framed.before, framed.after))
    return !comparesOrPraises(draft, hit);
  const after = end === hit.end ? afterName : sentenceAfter(field.scan, hit.end);
  // The other side named by its role in the paragraph, or the brand the subject or the one made
  // to act in a clause about the client's matter; tried first, so the blockers run only then.
  if (!roleInParagraph(draft, field, hit.start, end) && !isContestedGrantee(before, after)) {
    const clause = brandClause(before, hit.text, after);
    if (clause === null || !aboutOurMatter(clause, hit.text)) return false;
  }
  if (COMPARISON_BEFORE.test(before) || OUR_CLIENT_BEFORE.test(before)) return false;
  // "The Lumacor decision": a reported case of its own, an authority.
  if (/^(?:['’]s)?\s+(?:decision|judgment|ruling|case)\b/i.test(after)) return false;
  return !GRATUITOUS.test(`${before}${hit.text}${after}`) && !comparesOrPraises(draft, hit);
}

/**
 * The brands (as `brandOf` names them, lower case) that the draft names as a party to the
 * client's matter: at least one of their mentions in the author's text is in a party's role. A
 * brand used only as a precedent, a benchmark or in praise is not among them, even when another
 * brand in the same draft is. Each brand is judged once per draft: every recipient listing it
 * shares the verdict (the matcher finds the same mentions for the same brand).
 */
export function matterParties(
  draft: AnalysedDraft,
  hits: readonly TermHit[],
  brandOf: (hit: TermHit) => string,
): Set<string> {
  const known = draft.memo("matter-party-brands", () => new Map<string, boolean>());
  const parties = new Set<string>();
  const judged = new Set<string>();
  for (const hit of hits) {
    // Cut short by the deadline (time-budget.ts): brands not judged to the end are not kept.
    if (outOfTime()) return parties;
    const brand = brandOf(hit).trim().toLowerCase();
    const verdict = known.get(brand);
    if (verdict !== undefined && !judged.has(brand)) {
      if (verdict) parties.add(brand);
      continue;
    }
    judged.add(brand);
    if (!parties.has(brand) && isPartyHit(draft, hit)) parties.add(brand);
  }
  for (const brand of judged) known.set(brand, parties.has(brand));
  return parties;
}
