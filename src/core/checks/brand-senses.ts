/**
 * Other senses of a competitor's name that law-firm mail uses often: a town named with its
 * county or state ("Marlow, Buckinghamshire", "Springfield, Ohio"), and the acronym of a
 * settlement system, a register or a regulator written in capitals ("held in CREST", "paid by
 * CHAPS", "a SWIFT message") when the brand itself is a word ("Crest", "Swift"). Lexicons of
 * UK and Irish counties, US states and Canadian and Australian provinces and states, and of
 * the systems and bodies English and US legal mail names; none comes from a corpus case.
 */

/** UK counties (ceremonial, historic and their usual short forms) and Irish counties. */
const UK_COUNTIES = [
  "Bedfordshire|Beds|Berkshire|Berks|Bristol|Buckinghamshire|Bucks|Cambridgeshire|Cambs|Cheshire|Cornwall|Cumbria|Cumberland|Derbyshire|Devon|Dorset|Durham|Co\\.? Durham|County Durham|Essex|Gloucestershire|Glos|Hampshire|Hants|Herefordshire|Hertfordshire|Herts|Huntingdonshire|Kent|Lancashire|Lancs|Leicestershire|Leics|Lincolnshire|Lincs|Middlesex|Norfolk|Northamptonshire|Northants|Northumberland|Nottinghamshire|Notts|Oxfordshire|Oxon|Rutland|Shropshire|Salop|Somerset|Staffordshire|Staffs|Suffolk|Surrey|Sussex|East Sussex|West Sussex|Warwickshire|Westmorland|Wiltshire|Wilts|Worcestershire|Worcs|Yorkshire|Yorks|North Yorkshire|South Yorkshire|West Yorkshire|East Riding of Yorkshire|Greater London|Greater Manchester|Merseyside|Tyne and Wear|West Midlands|Isle of Wight",
  "Anglesey|Carmarthenshire|Ceredigion|Conwy|Denbighshire|Flintshire|Gwynedd|Monmouthshire|Pembrokeshire|Powys|Glamorgan|Vale of Glamorgan|Gwent|Clwyd|Dyfed",
  "Aberdeenshire|Angus|Argyll|Argyll and Bute|Ayrshire|Banffshire|Berwickshire|Caithness|Dumfriesshire|Dumfries and Galloway|Fife|Inverness-shire|Kincardineshire|Lanarkshire|Lothian|Midlothian|East Lothian|West Lothian|Moray|Perthshire|Perth and Kinross|Renfrewshire|Roxburghshire|Stirlingshire|Sutherland|Highland|Scottish Borders",
  "Co\\.? (?:Antrim|Armagh|Down|Fermanagh|Londonderry|Tyrone|Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow)",
].join("|");

/**
 * US states by name and by postal code; the codes that are also a company's or a word's
 * abbreviation (CO, DE, IN, LA, ME, NV, OR) are left out.
 */
const US_STATES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\\.C\\.|AL|AK|AZ|AR|CA|CT|FL|GA|HI|ID|IL|IA|KS|KY|MD|MA|MI|MN|MS|MO|MT|NE|NH|NJ|NM|NY|NC|ND|OH|OK|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC";

const OTHER_REGIONS =
  "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|New South Wales|NSW|Queensland|Tasmania|Western Australia|South Australia|Northern Territory";

/** After a name, a comma and a county, state or province: "Marlow, Buckinghamshire". */
const REGION_NAMED_AFTER = new RegExp(
  `^,\\s*(?:${UK_COUNTIES}|${US_STATES}|${OTHER_REGIONS})(?![\\w&'’-]|\\.[A-Za-z])`,
);

/** Whether the text after a name makes it a town in a county or state ("…, Ohio"). */
export function isRegionNamedAfter(after: string): boolean {
  return after.charCodeAt(0) === 44 && REGION_NAMED_AFTER.test(after);
}

/**
 * Round 32 (analysis-h31 G6): the comma rule's sibling, "in" and a county, state or province
 * written out ("near Maldon in Essex", "out at Fremont in California"); the postal codes are left
 * out ("in CA" may be anything), and the caller asks for a preposition of place before the name.
 */
const REGION_IN_AFTER = new RegExp(
  `^\\s+in\\s+(?:${UK_COUNTIES}|${US_STATES.split("|")
    .filter((state) => !/^[A-Z]{2}$/.test(state))
    .join("|")}|${OTHER_REGIONS})(?![\\w&'’-]|\\.[A-Za-z])`,
);

/** Whether the text after a name makes it a town "in" a county, state or province. */
export function isRegionInAfter(after: string): boolean {
  return REGION_IN_AFTER.test(after);
}

/**
 * Acronyms of the systems, registers and bodies legal mail names in capitals: settlement and
 * payment systems, court and filing systems, identifiers, benchmarks, regulators and courts.
 */
const INSTITUTION_ACRONYMS = new Set(
  (
    "CREST CHAPS BACS SWIFT SEPA FPS CHIPS FEDWIRE ACH DTC DTCC EUROCLEAR CLEARSTREAM " +
    "SONIA SOFR LIBOR EURIBOR SARON TONA ESTR ISIN SEDOL CUSIP LEI FIGI " +
    "EDGAR PACER ECF CE-FILE SEDAR RNS FTSE AIM LSE NYSE NASDAQ " +
    "FCA PRA SRA CMA HMRC HMLR ACAS ICO SFO OFSI OFAC FINRA SEC FTC DOJ CFTC FDIC OCC CFPB ESMA EBA " +
    "EUIPO EPO UKIPO USPTO WIPO PCT ICC LCIA ICSID UNCITRAL SIAC HKIAC JAMS AAA TCC EWHC UKSC"
  ).split(" "),
);

/**
 * A brand that is a word ("Crest", "Swift", "Target"), written in capitals as the acronym of a
 * system or body that legal mail names ("held in CREST", "SWIFT confirmation"): not the brand.
 * A brand written in capitals in the profile ("AIM") is the brand whatever the case.
 */
export function isInstitutionAcronym(written: string, term: string): boolean {
  const core = written.replace(/['’]s$/, "").replace(/\d+$/, "");
  if (core.length < 3 || core !== core.toUpperCase() || !/[a-z]/.test(term)) return false;
  return INSTITUTION_ACRONYMS.has(core);
}

/**
 * A name travelled along as a river: "up the Amazon", "a cruise down the Amazon", "the banks of
 * the Amazon", "where the Amazon meets the sea". The words before it are a journey's or a river's
 * parts; the brand's own business after it ("up the Amazon rankings", "down the Amazon
 * marketplace", "on the Amazon app") keeps it the company. (Its rainforest, basin, delta or
 * tributaries after it are places: PLACE_AFTER in competitor-mention.ts.)
 */
const RIVER_BEFORE =
  /\b(?:(?:up|down|along|cruis\w*\s+(?:on|up|down)|sail\w*|navigat\w*|paddl\w*|cross\w*)\s+the|(?:banks?|mouth|source|shores?|waters|length)\s+of\s+the)\s+$/i;
const BUSINESS_AFTER =
  /^\s*(?:['’]s\b|[-‐]|\s+(?:rankings?|charts?|listings?|marketplace|store|website|site|page|app|search|results|reviews?|sellers?|prime|account|shares?|stock|price|warehouse|deliver\w*|orders?)\b)/i;

/** Whether a name is the river the words before it travel or border ("up the Amazon"). */
export function isRiverUse(before: string, after: string): boolean {
  return RIVER_BEFORE.test(before) && !BUSINESS_AFTER.test(after);
}

/**
 * Round 12: a name that is also a mountain, a river or a place, used as the place or in an
 * idiom, told by the words around it rather than by a list of places (no list of the world's
 * rivers and peaks fits the bundle, and a brand nobody listed is judged the same way):
 *
 * - a **geographic head before it**, capitalised as part of the place's own name: "Mount
 *   Olympus", "Lake Geneva", "River Avon", "Loch Ness", "Isle of …";
 * - **a river in a town's name**: "Kingston upon Thames", "Stratford-upon-Avon", "Henley-on-
 *   Thames" (the name after "upon" or a hyphenated "-on-"), and the town itself before "upon"
 *   ("Kingston upon Thames"; PLACE_AFTER in competitor-mention.ts has "upon");
 * - **a mountain's parts or a climb after it**: "Everest base camp", "an Everest to climb";
 * - **a name used as a metaphor for a task** (antonomasia): "this will be our Everest", "we all
 *   face our Waterloo": a copula or a verb of facing, a possessive, the name, and the clause's
 *   end. A brand is named, not predicated of "us", so the frame does not take "like Vela" or "our
 *   Vela account";
 */
const GEO_HEAD_BEFORE =
  /(?:\b(?:Mount|Mt\.?|Lake|Loch|River)|\bIsle of|\bupon|[a-z]-(?:upon|on)-)\s*$/;
const CLIMB_AFTER = /^\s+(?:base camp|summit|to (?:climb|scale|conquer))\b/i;
/** "this will be our Everest.": a copula or "face", a possessive, the name, the clause's end. */
const METAPHOR_BEFORE =
  /\b(?:is|was|be|been|becomes?|became|face[sd]?)\s+(?:our|your|their|my)\s+(?:own\s+)?$/i;

/**
 * Whether a name is used as a mountain, a river or a place, or in an idiom of one (see above).
 * `before` is the text before the name on its line (32 characters or more), `after` the text
 * after it; the caller has checked that nothing after it makes it the company.
 */
export function isGeographicUse(before: string, after: string): boolean {
  return (
    GEO_HEAD_BEFORE.test(before) ||
    CLIMB_AFTER.test(after) ||
    (METAPHOR_BEFORE.test(before) && /^\s*(?:$|[.;:!?])/.test(after))
  );
}
