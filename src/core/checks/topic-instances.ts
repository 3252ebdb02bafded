/**
 * How people raise a topic through its INSTANCES and the world's vocabulary of it, not its name
 * (fifth round of issue 10): a sport through a fixture ("Leeds v Chelsea"), a club, a ground, a
 * league table or a result; politics through offices, programmes, chambers and parties; religion
 * through services and sacraments; a divorce through its legal and social vocabulary; layoffs
 * through their notices and processes; an incident through "what happened at" a named place.
 *
 * Curated from general knowledge of the UK, Ireland, the US and Australia (leagues, clubs,
 * grounds, offices, programmes, denominations), not from any draft. Each ambiguous word has a
 * sense test here; topic-senses.ts merges these into its concepts, and avoided-topic.ts still
 * applies every concept's other senses and the legal-work tests to them.
 */

/** A list written as one "|"-separated string: lexicons are long, and this keeps them small. */
export function list(words: string): string[] {
  return words.split("|");
}

/** Whether a word, judged by the text around it, is meant in the topic's sense. */
/** (`written` is the hit as the draft writes it: "derby" is the match, "Derby" the city.) */
export type Sense = (before: string, after: string, term: string, written?: string) => boolean;

/**
 * What a concept gains: its instances, and the terms judged by a sense test (terms too). A term
 * written here with a capital ("Mass", "the Open", "Labour") counts only written with one.
 */
export interface Instances {
  terms: readonly string[];
  judged?: Judged;
  /**
   * Terms of the law's own vocabulary for the topic (a WARN notice, financial remedy, Chapter
   * 11, the trial): they count only in a sentence of small talk, never in the work itself.
   */
  smallTalk?: readonly string[];
}

/** Terms ("a|b|c") with the sense test that judges them. */
export type Judged = readonly (readonly [string, Sense])[];

/** The words before a hit end a sentence (or the text starts there). */
const SENTENCE_START = /(?:^|[.!?:;\n]\s*|^\s*)$/;
/** What small talk sounds like around a hit (wishes, sympathy, how things went). */
const PERSONAL =
  /\b(?:hope|hoping|sorry|sad|hard|difficult|tough|rough|awful|settl\w*|calm\w*|better|easier|thinking\s+of|going\s+through|how\s+(?:are|is)|must\s+be)\b|\?/i;

// ---------------------------------------------------------------------------------------------
// Sport

/**
 * Clubs and national sides as people name them in a fixture or a result. Many are also towns,
 * counties or words ("Leeds", "Reading", "Saints"), so a name here never counts alone: only as a
 * side of "A v B" or beside a result.
 */
const SIDES = new Set(
  (
    "Arsenal|Aston Villa|Villa|Brentford|Brighton|Burnley|Chelsea|Crystal Palace|Palace|Everton|Fulham|Ipswich|Leeds|Leicester|Liverpool|Man City|Man Utd|Man United|Newcastle|Forest|Southampton|Spurs|Tottenham|West Ham|Wolves|Sunderland|Middlesbrough|Norwich|Watford|Stoke|Derby|Coventry|Hull|Millwall|QPR|Portsmouth|Swansea|Cardiff|Wrexham|West Brom|Celtic|Rangers|Hearts|Hibs|Aberdeen|Leinster|Munster|Ulster|Connacht|Saracens|Harlequins|Quins|Bath|Gloucester|Exeter|Yankees|Red Sox|Dodgers|Lakers|Knicks|Celtics|Patriots|Cowboys|Packers|Eagles|Chiefs|Giants|" +
    "England|Scotland|Wales|Ireland|France|Italy|Germany|Spain|Portugal|Netherlands|Belgium|Brazil|Argentina|Australia|New Zealand|South Africa|India|Pakistan|Japan|USA|Mexico|Canada|Croatia|All Blacks|Springboks|Wallabies|Lions|Saints|Blues|Reds"
  )
    .toLowerCase()
    .split("|"),
);
/** How clubs are named whatever the town: "Newcastle United", "Bristol Rovers", "Leeds FC". */
const CLUB_SUFFIX =
  /\s(?:United|Utd|City|Rovers|Wanderers|Athletic|Albion|Hotspur|County|FC|AFC|Town)$/;
/** What a party to a case is, and a citation: "R v Smith", "Ireland v Commission", "[2024] EWCA". */
const CASE_PARTY =
  /\b(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|Corp|Co|Council|Commission(?:ers)?|Secretary|Minister|HMRC|Revenue|Bank|Group|Holdings|Trustees?|Attorney|States?|People|Crown|Director|Authority|Department|University|Board|Trust|Union|Republic|Kingdom|Insurance|Partners|Estate)\b|^R(?:egina|ex)?$/;
const CITATION_NEAR =
  /\[\s*\d{4}\s*\]|\(\s*\d{4}\s*\)|\b(?:EWHC|EWCA|UKSC|UKHL|WLR|All\s+ER|F\.\s?\d|U\.S\.|S\.\s?Ct|Cir\.|case|cases|judgment|held|court|appeal)\b/i;
/** The side before "v": up to three capitalised words right before it. */
const SIDE_BEFORE = /(?:^|[^\w'’&.-])((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z0-9][\w'’&.-]*)\s*$/;
/** The side after "v": up to three capitalised words right after it (after "v." or "vs"). */
const SIDE_AFTER = /^\.?\s+([A-Z0-9][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})/;
/** A match day or what goes with a fixture, after it: "on Saturday", "at Anfield", "kick-off". */
const FIXTURE_CUE =
  /\b(?:on\s+(?:Sat|Sun)|(?:at\s+the|this)\s+weekend|last\s+night|tonight|kick-?off|tickets?|derby|final|match|game|league|cup|\d+\s*[-–]\s*\d+)\b/i;

function isSide(name: string): boolean {
  if (CASE_PARTY.test(name)) return false;
  const lower = name.toLowerCase();
  if (SIDES.has(lower)) return true;
  // "West Ham United": the last two words, or a club suffix.
  const words = lower.split(/\s+/);
  if (words.length > 1 && SIDES.has(words.slice(-2).join(" "))) return true;
  return CLUB_SUFFIX.test(name);
}

/**
 * A fixture, "A v B" / "A vs B": both sides known clubs or nations, or a side and a match day or
 * match word around it; never a case ("R v Smith", "Smith v Jones [2024] EWCA Civ 1", "Ireland v
 * Commission", anything with Ltd, plc, Council or a citation near).
 */
const isFixture: Sense = (before, after) => {
  const a = SIDE_BEFORE.exec(before);
  const b = SIDE_AFTER.exec(after);
  if (!a || !b) return false;
  const left = a[1]!.replace(/[.'’]+$/, "");
  const right = b[1]!;
  if (CASE_PARTY.test(left) || CASE_PARTY.test(right)) return false;
  if (CITATION_NEAR.test(before) || CITATION_NEAR.test(after)) return false;
  const known = Number(isSide(left)) + Number(isSide(right));
  if (known === 2) return true;
  return known === 1 && FIXTURE_CUE.test(after.slice(b[0].length));
};

/** A scoreline or a match word before a result noun: "a 2-1 win", "a goalless draw", "a home win". */
const RESULT_NOUN_BEFORE =
  /(?:\d+\s*[-–]\s*\d+|goalless|scoreless|nil-nil|score|home|away|derby|cup|last-gasp|last-minute|injury-time|stoppage-time|comeback)\s+$/i;
/** League-table talk: "escape the drop", "the foot of the table", "top of the league". */
const THE_DROP_BEFORE =
  /\b(?:escape|avoid|avoiding|survive|surviving|facing|face|from|above|beat|beating|staring\s+at|fighting)\s+$/i;
const TABLE_NOT_NEAR =
  /\b(?:law\s+firms?|rankings?|Legal\s+500|Chambers|advis[eo]rs?|deals?|M&A)\b/i;
/** "the Open" is golf unless it starts a name ("the Open University", "the Open Banking rules"). */
const OPEN_NOT_AFTER = /^(?:\s+[A-Z]|[-‐])/;
/** "at Lord's" is cricket, "the Lord's Prayer" is not. */
const AT_THE_GROUND = /\b(?:at|to|from)\s+$/i;

/** A known side right before a result verb, and no contract or case after it: "Arsenal won 2-1". */
const SIDE_BEFORE_RESULT =
  /([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:have\s+|had\s+|finally\s+|just\s+)?$/;
const NOT_A_RESULT_AFTER =
  /^\s+(?:the|an?|its|their|his|her|approval|permission|funding|planning|contracts?|bids?|tenders?|cases?|appeals?|awards?|business|clients?)\b/i;
function isSideResult(before: string, after: string): boolean {
  const side = SIDE_BEFORE_RESULT.exec(before);
  return side !== null && isSide(side[1]!) && !NOT_A_RESULT_AFTER.test(after);
}

const SPORT_INSTANCES: Instances = {
  terms: list(
    // fixtures
    "v|vs|versus|" +
      // leagues, cups and competitions, UK, Ireland, US, Australia, Europe
      "Premiership|the Championship|League One|League Two|Carabao Cup|Europa League|Bundesliga|the Prem|the Euros|All-Ireland|GAA|hurling|AFL|NRL|State of Origin|Super Rugby|rugby league|rugby union|the Final Four|Match of the Day|Melbourne Cup|Cheltenham Festival|Royal Ascot|horse racing|UFC|" +
      // league-table talk and results
      "top flight|foot of the table|bottom of the table|bottom of the league|top of the league|points clear|goal difference|clean sheet|equaliser|equalizer|red card|VAR|goalless draw|away fans|home fans|away game|home game|home win|away win|transfer window|Old Firm|the derby|" +
      // clubs' nicknames that are no common word, grounds not in the concept's list
      "Gunners|Red Devils|Toffees|Hammers|Magpies|Gers|Molineux|Goodison|Parkhead|Thomond Park|Eden Park|" +
      // national sides by nicknames that are no common word (round 33)
      "All Blacks|Springboks|Boks|Wallabies|Socceroos|Matildas|Azzurri|Black Caps|Proteas|Lionesses|Three Lions|" +
      // players people talk about, grounds not in the concept's list
      "Messi|Ronaldo|Haaland|Salah|LeBron|McIlroy|Djokovic|MCG|Elland Road|Centre Court|" +
      // golf, cricket
      "tee time|birdie|hole in one|wicket|wickets",
  ),
  judged: [
    ["v|vs|versus", isFixture],
    [
      "win|wins|won|lose|loses|lost|beat|beats|draw|drew|thrashed|hammered|battered",
      (before, after, term) =>
        isSideResult(before, after) ||
        (/^(?:win|draw)$/i.test(term) && RESULT_NOUN_BEFORE.test(before)),
    ],
    ["defeat|victory", (before) => RESULT_NOUN_BEFORE.test(before)],
    ["the drop", (before) => THE_DROP_BEFORE.test(before)],
    [
      "top of the table|league table|top four",
      (before, after) => !TABLE_NOT_NEAR.test(before) && !TABLE_NOT_NEAR.test(after),
    ],
    ["the Open", (_b, after) => !OPEN_NOT_AFTER.test(after)],
    ["Lord's|the Oval", (before, after) => AT_THE_GROUND.test(before) && !/^\s+[A-Z]/.test(after)],
    // "relegated to a footnote", "relegation of the claim": another sense.
    [
      "relegation|relegated",
      (_b, after) =>
        !/^\s+(?:to\s+(?:a|the)\s+(?:footnote|schedule|annex|appendix|margins?|status)|of\s+(?:the|a|an|his|her|its)\s+(?!team|club|side))/i.test(
          after,
        ),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Politics and elections

/** What follows a party's bare name when it is the party: "Labour won", "the Conservatives' manifesto". */
const PARTY_CUE =
  /^\s*(?:['’]s?\s+)?(?:won|wins?|lost|los(?:e|es|ing)|government|leader(?:ship)?|MPs?|manifesto|landslide|majority|victory|voters|conference|party|took|gained|swept|polic(?:y|ies)|candidates?|councillors?|ministers?|seats?|(?:are|is)\s+(?:going|likely|polling|ahead|behind)|ha(?:ve|s)\s+(?:won|lost))\b/;
/** Institutions named "Labour …" that are no party: a court, a code, a department. */
const LABOUR_NOT_AFTER =
  /^(?:[-‐]|\s+(?:costs?|laws?|markets?|relations|Relations|force|Court|Code|Commission|Department|Ministry|Standards|Act|supply|shortages?|rates?|Day|Organi[sz]ation|Party\b))/;
/** A party's bare name mid-sentence (or with a cue when it opens one). */
const isParty: Sense = (before, after) => {
  if (LABOUR_NOT_AFTER.test(after)) return false;
  if (/\b(?:of|International|Fair|Department\s+of|Ministry\s+of)\s+$/.test(before)) return false;
  if (SENTENCE_START.test(before)) return PARTY_CUE.test(after);
  return true;
};
/** Office-holders with a name or "the": "Senator Warren", "the Mayor of London". */
const OFFICE_NAMED = /^\s+(?:of\s+[A-Z]|[A-Z][a-z'’-]+)/;
/** "the debate last night", "the presidential debate": a political debate, not a firm's. */
const DEBATE_BEFORE =
  /\b(?:leaders['’]?|presidential|vice-presidential|televised|TV|election|party|candidates['’]?)\s+$/i;
const DEBATE_AFTER =
  /^\s+(?:last\s+night|on\s+(?:TV|the\s+telly|BBC|ITV|CNN|Fox)|tonight|between\s+the\s+candidates)/i;

/**
 * The people, bodies and votes of public life, which a lawyer's remark names instead of
 * "politics"; each also has a company's or a meeting's sense, so it counts only in small talk and
 * not as a board's, a meeting's, a church's or a company's ("the vote of the board", "the
 * minister's consent under section 4", "the government contract").
 */
const POLITICS_IN_SMALL_TALK =
  "the minister|the new minister|the chancellor|the select committee|select committee|the vote|the count|the government|the opposition|your MP|the MP|the cabinet";
const NOT_PUBLIC_AFTER =
  /^(?:['’]s\s+(?:consent|approval|decision|powers?)|\s+(?:of|on|at|for)\b|\s+(?:contracts?|department|agency|grants?|funding|guidance|consultation|tender|lease|tenant|licen[cs]e|scheme|side|team)\b|[-‐])/i;
/** A company's, a meeting's or a church's vote or minister in the hit's sentence. */
const NOT_PUBLIC_NEAR =
  /\b(?:board|AGM|EGM|creditors['’]?|shareholders['’]?|members['’]?|resolution|church|parish|chapel|casting|written|majority)\b/i;
export const isPublicLife: Sense = (before, after) =>
  !NOT_PUBLIC_AFTER.test(after) &&
  !NOT_PUBLIC_NEAR.test(before.slice(before.search(/[^.!?\n]*$/)) + after.split(/[.!?\n]/)[0]);

const POLITICS_INSTANCES: Instances = {
  terms: list(
    // offices and office-holders
    "Taoiseach|Tánaiste|First Minister|Home Secretary|Foreign Secretary|Leader of the Opposition|House Speaker|Senator|Governor|Mayor|MEP|MEPs|" +
      // programmes and debates
      "PMQs|Question Time|Newsnight|Today programme|Meet the Press|Face the Nation|debate|debates|" +
      // the fiscal event as news
      "the Budget|Autumn Statement|" +
      // chambers and seats of power
      "House of Lords|the Commons|House of Representatives|the Oval Office|No 10|Number 10|European Parliament|" +
      // parties by bare name, and office-holders everyone names
      "Labour|Conservative|Conservatives|the Greens|DUP",
  ),
  judged: [
    ["Labour|Conservative|Conservatives|Liberals|the Greens", isParty],
    // "Governor Newsom", "the Mayor of London"; not "the Governor of the Bank of England".
    [
      "Senator|Governor|Mayor",
      (before, after) =>
        OFFICE_NAMED.test(after) &&
        !/^\s+of\s+the\s+(?:Bank|Central|Reserve|Prison)/.test(after) &&
        !/\bBank\s+$/.test(before),
    ],
    ["debate|debates", (before, after) => DEBATE_BEFORE.test(before) || DEBATE_AFTER.test(after)],
    [POLITICS_IN_SMALL_TALK, isPublicLife],
  ],
  // Round 10: politics raised through a person in the role, a chamber's business or a vote, in a
  // sentence of small talk only ("hope the minister listens to you", "did you watch the count?").
  smallTalk: list(POLITICS_IN_SMALL_TALK),
};

const ELECTION_INSTANCES: Instances = {
  terms: list(
    "election night|election day|recount|postal vote|postal votes|Super Tuesday|Electoral College",
  ),
};

// ---------------------------------------------------------------------------------------------
// Religion

/** "after Mass", "Sunday Mass": the service, not Massachusetts ("Boston, Mass.") or a mass tort. */
const MASS_BEFORE =
  /\b(?:to|at|after|before|from|for|Sunday|midnight|Christmas|Easter|morning|evening|vigil|Saturday|Catholic|Latin|requiem|funeral|nuptial|a|the|daily|weekly)\s+$/i;
const MASS_NOT_AFTER =
  /^(?:\.\s+[A-Z][a-z]|,\s*\d|\s+(?:torts?|actions?|market|General|Gen\.|Mutual|Ave|transit|casualty|layoffs|claims?))/;

const RELIGION_INSTANCES: Instances = {
  terms: list(
    // services and sacraments
    "Mass|church service|Sunday service|carol service|evensong|Shabbat|Sabbath|Friday prayers|prayers|praying|first communion|Holy Communion|bar mitzvah|bat mitzvah|christening|baptism|Yom Kippur|Ramadan|iftar|Hajj|Sunday school|gospel|" +
      // places and people of worship
      "cathedral|chapel|gurdwara|chaplain|archbishop|the Pope|Vatican|" +
      // denominations, and God by name
      "Church of England|Anglican|Methodist|Quaker|Mormon|Allah",
  ),
  judged: [
    [
      "Mass",
      (before, after) =>
        !/(?:,|[A-Z][\w'’-]*)\s*$/.test(before) &&
        (MASS_BEFORE.test(before) || !SENTENCE_START.test(before)) &&
        !MASS_NOT_AFTER.test(after),
    ],
    // "the prayer for relief", "praying in aid of section 5": pleadings.
    [
      "prayers|praying",
      (_b, after) =>
        !/^\s+(?:for\s+relief|in\s+(?:aid|the\s+(?:petition|claim|complaint|application))|of\s+the\s+(?:petition|claim|complaint))/i.test(
          after,
        ),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// A divorce, a family

/** "things with Mark", "everything with Dana": a person by first name, in a personal sentence. */
const PERSON_AFTER = /^\s+([A-Z][a-z'’-]+)(?:\s+([A-Z][a-z'’-]+))?/;
const NOT_A_PERSON_AFTER =
  /^\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:Ltd|Limited|LLP|LLC|Inc|plc|Group|Holdings|Bank|Capital|Partners|Council)\b/;
const isThingsWithPerson: Sense = (before, after) => {
  const person = PERSON_AFTER.exec(after);
  if (!person || NOT_A_PERSON_AFTER.test(after)) return false;
  return PERSONAL.test(before) || PERSONAL.test(after.slice(person[0].length));
};
/**
 * A hard time "with" someone named ("the last months with Annika have been exhausting", "how
 * hard last year was for you with Giles"): a partner by first name, beside hardship words.
 */
const WITH_PERSON =
  /\bwith\s+[A-Z][a-z'’-]+\b(?!\s+(?:[A-Z][\w'’-]*\s+)?(?:Ltd|Limited|LLP|LLC|Inc|plc|Group|Holdings|Bank|Capital|Partners|Council)\b)/;
const isHardTimeWithPerson: Sense = (before, after) =>
  WITH_PERSON.test(before) || WITH_PERSON.test(after);

const DIVORCE_INSTANCES: Instances = {
  terms: list(
    "custody battle|estranged|co-parenting|the marriage|your marriage|her marriage|his marriage|ex-partner",
  ),
  smallTalk: list(
    "financial remedy|financial remedies|Form E|child arrangements|matrimonial|prenup|alimony|child support|family court",
  ),
  judged: [
    [
      "been exhausting|been hard|been difficult|been tough|how hard|how difficult|a hard time|a difficult time|a tough time",
      isHardTimeWithPerson,
    ],
    ["things with|everything with|the situation with", isThingsWithPerson],
  ],
};

/** A family's occasions, joyful or sad, named to the recipient in small talk ("the funeral"). */
const FAMILY_OCCASIONS = "funeral|divorce|christening|baptism|honeymoon|bereavement";

const FAMILY_INSTANCES: Instances = {
  terms: list("maternity leave|paternity leave|GCSEs|exam results|sports day"),
  smallTalk: list(FAMILY_OCCASIONS),
  // The family's own ("your sister", "the twins", "her wedding"), judged like its other words.
  judged: [
    [
      "sister|brother|niece|nephew|cousin|aunt|uncle|grandmother|grandfather|fiancé|fiancée|twins|boys|girls|eldest|youngest|wedding|pregnancy|graduation|" +
        FAMILY_OCCASIONS,
      (before, after) =>
        /\b(?:your|the|her|his)\s+(?:(?:new|little|lovely|two|three|youngest|eldest|oldest|big|baby|younger|older)\s+)?$/i.test(
          before,
        ) &&
        !/^(?:[-‐]|\s+(?:compan(?:y|ies)|entit(?:y|ies)|funds?|ships?|vessels?|sites?|concern|venues?|planners?|insurance|discrimination|rights|directors?|homes?|parlou?rs?|services|plans?|business|businesses|costs|expenses|proceedings|petition|order|settlement|lawyers?|solicitors?|certificate|register))\b/i.test(
          after,
        ),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Layoffs, a lawsuit, a bankruptcy, a departure, a retirement, a death

/** "were let go", "the people you are having to let go"; not "let go of the point". */
const LET_GO_BEFORE = /\b(?:were|was|been|being|be|get|got|getting|are|is)\s+$/i;
const PEOPLE_BEFORE =
  /\b(?:people|staff|employees|workers|colleagues|team|teams|them|jobs|roles|heads|drivers|engineers|managers|operatives|those|everyone|anyone|many|several|dozens|hundreds)\b[^.!?\n]{0,30}$/i;

const LAYOFF_INSTANCES: Instances = {
  terms: list(
    "shedding jobs|shed jobs|axing jobs|cutting jobs|let go|furlough|furloughed|mass layoffs",
  ),
  judged: [
    [
      "let go",
      (before, after) =>
        (LET_GO_BEFORE.test(before) || PEOPLE_BEFORE.test(before)) && !/^\s+of\b/i.test(after),
    ],
  ],
  // The process's own vocabulary counts in small talk, not in the redundancy work itself.
  smallTalk: list(
    "WARN notice|WARN notices|collective consultation|collective redundancies|at risk of redundancy|at-risk letters|compulsory redundancies|RIF",
  ),
};

const LAWSUIT_INSTANCES: Instances = {
  terms: list(""),
  smallTalk: list(
    "the trial|the jury|the deposition|the verdict|class action|class-action|MDL|multidistrict litigation|mass tort",
  ),
};

const BANKRUPTCY_INSTANCES: Instances = {
  terms: list("Chapter 11|Chapter 7|went bust|gone bust|going bust"),
  smallTalk: list("into administration|receivership|liquidation|insolvent"),
  judged: [["Chapter 11|Chapter 7", (_b, after) => !/^\s+of\b/i.test(after)]],
};

const DEATH_INSTANCES: Instances = {
  terms: list("late husband|late wife|grieving|mourning|eulogy|obituary"),
  judged: [
    [
      "widow|widowed",
      (_b, after) => !/^\s*(?:['’]s\s+)?(?:pension|pensions|benefits?|allowance)\b/i.test(after),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Health, the pandemic, a war, an incident

/** "how did the operation go", "your operation on Friday"; not "the operation of the plant". */
const OPERATION_AFTER =
  /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:go|goes|went|gone|on|last|next|this|yesterday|today|tomorrow|itself|recovery|behind|over|done)\b)/i;

const HEALTH_INSTANCES: Instances = {
  terms: list(
    "intensive care|prognosis|broken leg|broken arm|concussion|knee replacement|hip replacement|heart surgery|dementia|leukaemia|the flu|pneumonia|hospice",
  ),
  // Round 10: an operation said of the recipient, in small talk only.
  judged: [
    [
      "operation",
      (before, after) => /\b(?:the|your|her|his)\s+$/i.test(before) && OPERATION_AFTER.test(after),
    ],
  ],
  smallTalk: list("operation"),
};

/** "the situation in Kyiv", "what's happening in the Middle East": a place with a war in it. */
const PLACE_AFTER = /^\s+(?:the\s+)?[A-Z][a-z]/;
const WAR_INSTANCES: Instances = {
  terms: list(
    "the situation in|what's happening in|the fighting|shelling|air raids|missile strikes|hostages|troops",
  ),
  judged: [["the situation in|what's happening in", (_b, after) => PLACE_AFTER.test(after)]],
};

/**
 * "fire" the happening, not the verb (with its subject or modal before it: "I'll fire over the
 * draft", "could you fire across a note"), a fire door, a fire sale or a ceasefire.
 */
const FIRE_NOT_AFTER =
  /^(?:[-‐]|\s+(?:alarms?|safety|doors?|exits?|escapes?|insurance|risk|regulations?|certificates?|extinguishers?|away|off|up|back|sale|walls?|drills?|services?|stations?|proof|resistant|prevention|brigade|cover|them|him|her|it|the|an?|your|our|at\s+will|questions|policy)\b)/i;
const FIRE_NOT_BEFORE =
  /(?:\b(?:to|will|would|can|could|may|might|should|must|did|not|i|you|we|they|just|please|cease|camp|open|heavy|friendly|under|hold|rapid|quick|bon|sure|gun|line\s+of)|[-‐]|['’](?:ll|d))\s*$/i;

const INCIDENT_INSTANCES: Instances = {
  terms: list(
    "fire|fires|blaze|disaster|tragedy|incident|evacuated|burnt down|burned down|cyberattack|the hack|outage",
  ),
  judged: [
    ["fire|fires", (before, after) => !FIRE_NOT_BEFORE.test(before) && !FIRE_NOT_AFTER.test(after)],
    [
      "incident",
      (_b, after) =>
        !/^\s+(?:report|reports|reporting|response|management|log|logs|plan|procedure|notification|register)\b/i.test(
          after,
        ),
    ],
    ["disaster", (_b, after) => !/^\s+(?:recovery|planning|plan|relief\s+fund)\b/i.test(after)],
  ],
};

// ---------------------------------------------------------------------------------------------
// Strikes, the share price, press coverage, alcohol

const UNION_ACTION_NEAR =
  /\b(?:action|ballot|balloting|vote|voted|dispute|walk-?out|strike|strikes|pay\s+(?:offer|claim|deal)|talks|members|mandate|picket|reps?|demands)\b/i;
/** A ballot that is no union's: a board seat's, a box, a paper. */
const NOT_A_STRIKE_BALLOT = /^\s+(?:for|box|paper|of)\b/i;
const STRIKE_INSTANCES: Instances = {
  terms: list(
    "RMT|Unite|GMB|Unison|Aslef|Teamsters|UAW|NEU|BMA|days of action|day of action|pay offer|pay claim",
  ),
  judged: [
    [
      "RMT|Unite|GMB|Unison|Aslef|Teamsters|UAW|NEU|BMA|pay offer|pay claim",
      (before, after) => UNION_ACTION_NEAR.test(before) || UNION_ACTION_NEAR.test(after),
    ],
    // Round 10: the union's vote named in small talk ("hope the ballot result isn't too painful").
    ["the ballot|the ballot result", (_b, after) => !NOT_A_STRIKE_BALLOT.test(after)],
  ],
  smallTalk: list("the ballot|the ballot result"),
};

const SHARE_PRICE_INSTANCES: Instances = {
  terms: list("52-week low|52-week high|profit warning"),
};

const COVERAGE_INSTANCES: Instances = {
  terms: list(
    "the papers|the tabloids|in the news|on the news|made the news|the media|the FT|the Times|the Guardian|the Telegraph|the Mail|the BBC|Wall Street Journal|New York Times",
  ),
};

/** "drinks on Friday", "Christmas drinks"; not "soft drinks" or "the drinks business". */
const ALCOHOL_INSTANCES: Instances = {
  terms: list("happy hour|teetotal|Dry January|on the wagon|Guinness|bourbon|a few beers"),
  judged: [
    // "drinks on Friday", "Christmas drinks"; not soft drinks or the drinks business.
    [
      "drinks",
      (before, after) =>
        !/(?:soft|energy|sports|fizzy)[\s-]+$/i.test(before) &&
        !/^\s+(?:industry|sector|compan(?:y|ies)|brands?|makers?|business|market|distributors?)\b/i.test(
          after,
        ),
    ],
  ],
};

/** Each concept's instances, by concept id (topic-senses.ts merges them). */
export const INSTANCES: Readonly<Record<string, Instances>> = {
  sports: SPORT_INSTANCES,
  football: SPORT_INSTANCES,
  rugby: SPORT_INSTANCES,
  cricket: SPORT_INSTANCES,
  golf: SPORT_INSTANCES,
  tennis: SPORT_INSTANCES,
  baseball: SPORT_INSTANCES,
  politics: POLITICS_INSTANCES,
  election: ELECTION_INSTANCES,
  religion: RELIGION_INSTANCES,
  divorce: DIVORCE_INSTANCES,
  family: FAMILY_INSTANCES,
  layoffs: LAYOFF_INSTANCES,
  lawsuit: LAWSUIT_INSTANCES,
  bankruptcy: BANKRUPTCY_INSTANCES,
  death: DEATH_INSTANCES,
  health: HEALTH_INSTANCES,
  war: WAR_INSTANCES,
  incident: INCIDENT_INSTANCES,
  strike: STRIKE_INSTANCES,
  shareprice: SHARE_PRICE_INSTANCES,
  coverage: COVERAGE_INSTANCES,
  alcohol: ALCOHOL_INSTANCES,
};

/**
 * A one-off happening alluded to beside one of its names ("what happened at Kilcarra", "the
 * Halden saga"), for every topic that is one happening; counted only near the name.
 */
export const WHAT_HAPPENED = list(
  "what happened|what went on|what went wrong|the events at|the events in|the events of|everything that happened|all that happened",
);
