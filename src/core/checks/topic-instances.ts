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

/** A list written as one "|"-separated string (compact in the bundle). */
function list(words: string): string[] {
  return words.split("|");
}

/** Whether a word, judged by the text around it, is meant in the topic's sense. */
export type Sense = (before: string, after: string, term: string) => boolean;

/** What a concept gains: its instances, which need a capital, and which are judged (by term). */
export interface Instances {
  terms: readonly string[];
  capitalised?: readonly string[];
  judged?: ReadonlyMap<string, Sense>;
  /**
   * Terms of the law's own vocabulary for the topic (a WARN notice, financial remedy, Chapter
   * 11, the trial): they count only in a sentence of small talk, never in the work itself.
   */
  smallTalk?: readonly string[];
}

function judge(pairs: [string, Sense][]): Map<string, Sense> {
  const map = new Map<string, Sense>();
  for (const [words, sense] of pairs) for (const w of list(words)) map.set(w.toLowerCase(), sense);
  return map;
}

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
  list(
    // England and Wales, football
    "Arsenal|Aston Villa|Villa|Bournemouth|Brentford|Brighton|Burnley|Chelsea|Crystal Palace|Palace|Everton|Fulham|Ipswich|Leeds|Leicester|Liverpool|Man City|Man Utd|Man United|Manchester City|Manchester United|Newcastle|Forest|Nottingham Forest|Southampton|Spurs|Tottenham|West Ham|Wolves|Sunderland|Sheffield United|Sheffield Wednesday|Middlesbrough|Boro|Norwich|Watford|Stoke|Derby|Coventry|Hull|Millwall|QPR|Charlton|Portsmouth|Pompey|Blackburn|Bolton|Wigan|Preston|Reading|Swansea|Cardiff|Wrexham|Birmingham|West Brom|Luton|Plymouth|Bristol City|Bristol Rovers|Oxford United|Cambridge United|" +
      // Scotland and Ireland
      "Celtic|Rangers|Hearts|Hibs|Hibernian|Aberdeen|Dundee|Dundee United|Motherwell|Kilmarnock|St Mirren|Shamrock Rovers|Bohemians|Shelbourne|Dundalk|Derry City|Kerry|Dublin|Mayo|Tyrone|Galway|Kilkenny|Tipperary|Cork|Limerick|Clare|Donegal|Armagh|" +
      // rugby, cricket counties
      "Leinster|Munster|Ulster|Connacht|Saracens|Harlequins|Quins|Bath|Gloucester|Exeter|Northampton|Sale|Wasps|Toulouse|Yorkshire|Lancashire|Surrey|Middlesex|Essex|Kent|Sussex|Somerset|Warwickshire|" +
      // Australia
      "Collingwood|Carlton|Essendon|Richmond|Hawthorn|Geelong|Swans|Fremantle|Port Adelaide|St Kilda|Rabbitohs|Roosters|Storm|Panthers|Broncos|Eels|" +
      // US (nicknames)
      "Yankees|Red Sox|Dodgers|Cubs|Mets|Phillies|Orioles|Astros|Padres|Mariners|Giants|Braves|Cardinals|Lakers|Knicks|Celtics|Warriors|Clippers|Bulls|Heat|Nets|Mavericks|Nuggets|Suns|Raptors|Cavaliers|Bucks|76ers|Sixers|Patriots|Cowboys|Packers|Steelers|49ers|Eagles|Chiefs|Bills|Jets|Bears|Lions|Ravens|Seahawks|Dolphins|Bengals|Chargers|Raiders|Rams|Commanders|Bruins|Blackhawks|Canadiens|Maple Leafs|Red Wings|Penguins|Flyers|Oilers|Canucks|" +
      // national sides
      "England|Scotland|Wales|Ireland|France|Italy|Germany|Spain|Portugal|Netherlands|Holland|Belgium|Brazil|Argentina|Australia|New Zealand|South Africa|India|Pakistan|Sri Lanka|Japan|Fiji|Samoa|Georgia|USA|Mexico|Canada|Croatia|Denmark|Uruguay|Morocco|All Blacks|Springboks|Wallabies|Lions|Saints|Foxes|Owls|Bees|Blues|Reds|Hoops",
  ).map((s) => s.toLowerCase()),
);
/** How clubs are named whatever the town: "Newcastle United", "Bristol Rovers", "Leeds FC". */
const CLUB_SUFFIX =
  /\s(?:United|Utd|City|Rovers|Wanderers|Athletic|Albion|Hotspur|County|FC|AFC|Town)$/;
/** What a party to a case is, and a citation: "R v Smith", "Ireland v Commission", "[2024] EWCA". */
const CASE_PARTY =
  /\b(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|Corp|Co|Council|Commission|Commissioners|Secretary|Minister|HMRC|Revenue|Bank|Group|Holdings|Trustees?|Attorney|State|States|People|Crown|Director|Authority|Department|University|Borough|Board|Trust|Union|Republic|Kingdom|Insurance|Partners|Estate)\b|^R$|^Regina$|^Rex$/;
const CITATION_NEAR =
  /\[\s*\d{4}\s*\]|\(\s*\d{4}\s*\)|\b(?:EWHC|EWCA|UKSC|UKHL|WLR|All\s+ER|F\.\s?\d|U\.S\.|S\.\s?Ct|Cir\.|case|cases|judgment|held|court|appeal)\b/i;
/** The side before "v": up to three capitalised words right before it. */
const SIDE_BEFORE = /(?:^|[^\w'’&.-])((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z0-9][\w'’&.-]*)\s*$/;
/** The side after "v": up to three capitalised words right after it (after "v." or "vs"). */
const SIDE_AFTER = /^\.?\s+([A-Z0-9][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})/;
/** A match day or what goes with a fixture, after it: "on Saturday", "at Anfield", "kick-off". */
const FIXTURE_CUE =
  /\b(?:on\s+(?:Sat|Sun)|at\s+the\s+weekend|this\s+weekend|last\s+night|tonight|kick-?off|tickets?|derby|final|semi|match|game|fixture|league|cup|score|scoreline|result|highlights|at\s+(?:Anfield|Wembley|Twickenham|Murrayfield|Old\s+Trafford|Croke\s+Park|Lord['’]s|the\s+(?:Emirates|Etihad|Oval|MCG|SCG|Aviva|Principality|Stadium|ground))|\d+\s*[-–]\s*\d+)\b/i;

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
  /\b(?:law\s+firms?|rankings?|Legal\s+500|Chambers|advisers?|advisors?|deal|deals|M&A|league\s+tables?\s+(?:for|of)\s+(?:firms|advisers))\b/i;
/** "before kick-off", "kick-off is at 3": the game's, not a project's "kick-off meeting". */
const KICK_OFF_NOT_AFTER =
  /^\s*(?:meeting|call|session|workshop|event|pack|deck|of\s+the\s+(?:project|matter|review|process|programme))\b/i;
/** "before kick-off", "Saturday's kick-off": the noun ("we kick off the consultation" is a verb). */
const KICK_OFF_BEFORE = /\b(?:before|after|at|from|until|till|since|the|['’]s|by)\s+$/i;
/** "the fixture against", "Saturday's fixture": a game, not fixtures and fittings. */
const FIXTURE_BEFORE =
  /\b(?:home|away|league|cup|weekend|Saturday['’]s|Sunday['’]s|midweek|derby|next|first|opening|last)\s+$/i;
const FIXTURE_AFTER =
  /^\s+(?:against|v\b|vs\b|away|at\s+[A-Z]|on\s+(?:Sat|Sun)|this\s+weekend|at\s+the\s+weekend|list)/;
/** "the Open" is golf unless it starts a name ("the Open University", "the Open Banking rules"). */
const OPEN_NOT_AFTER = /^(?:\s+[A-Z]|[-‐])/;
/** "at Lord's" is cricket, "the Lord's Prayer" is not. */
const AT_THE_GROUND = /\b(?:at|to|from)\s+$/i;

/** "this season" is sport's with a sports word near it ("the league this season", "Leeds' season"). */
const SEASON_CUE =
  /\b(?:league|table|points|relegat\w*|promot\w*|title|fans|squad|manager|match|matches|game|games|fixtures?|cup|derby|play-?offs?|goals?|wins?|won|lost|defeats?|injur\w*|signings?|top\s+flight|pitch|club|team|side)\b/i;
/** "promoted to the Premier League", "automatic promotion": a club's. */
const PROMOTION_NEAR =
  /(?:\b(?:automatic|play-?off|promotion\s+to|promoted\s+to|won|win|winning|chasing|push\s+for|race\s+for|hopes\s+of)\s+$|^\s+(?:to\s+the\s+(?:Premier|Championship|top\s+flight|Prem|Football\s+League|SPL)|push|race|place|places|spot|spots|via\s+the\s+play-?offs?|back\s+to\s+the\s+(?:Premier|top)))/i;
/** A known side right before a result verb, and no contract or case after it: "Arsenal won 2-1". */
const SIDE_BEFORE_RESULT =
  /([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:have\s+|had\s+|finally\s+|just\s+)?$/;
const NOT_A_RESULT_AFTER =
  /^\s+(?:the|a|an|its|their|his|her|approval|permission|funding|planning|contracts?|bids?|tenders?|cases?|appeals?|awards?|rights?|business|customers?|clients?|market\s+share)\b/i;
function isSideResult(before: string, after: string): boolean {
  const side = SIDE_BEFORE_RESULT.exec(before);
  return side !== null && isSide(side[1]!) && !NOT_A_RESULT_AFTER.test(after);
}
/** Watching or going to the event a ground names: "enjoy Wimbledon", "tickets for Twickenham". */
const WATCHING_THE_GROUND =
  /\b(?:watch|watching|watched|enjoy|enjoying|enjoyed|about|how\s+was|how['’]s|tickets\s+(?:for|to)|day\s+out\s+at|trip\s+to|off\s+to|go\s+to|going\s+to|went\s+to|been\s+to)\s+$/i;
const GROUND_AS_PROPERTY =
  /^\s+(?:office|offices|branch|lease|leases|premises|site|store|depot|property|properties|Park\s+Road|High\s+Street|Broadway|Road|Street|Village|station|County\s+Court)\b/;

const SPORT_INSTANCES: Instances = {
  terms: list(
    // fixtures
    "v|vs|versus|" +
      // leagues, cups and competitions, UK, Ireland, US, Australia, Europe
      "Premiership|the Championship|League One|League Two|EFL|Carabao Cup|League Cup|Europa League|Conference League|Scottish Premiership|SPFL|Bundesliga|Ligue 1|Eredivisie|La Liga|Serie A|the Prem|the Euros|Euro 2024|Euro 2028|All-Ireland|GAA|hurling|Gaelic football|camogie|AFL|NRL|State of Origin|Big Bash|Sheffield Shield|Super Rugby|Champions Cup|Heineken Cup|United Rugby Championship|URC|County Championship|rugby league|rugby union|NFL Draft|the postseason|spring training|the Final Four|NBA Finals|college football|Monday Night Football|Sunday Night Football|Thursday Night Football|Match of the Day|Soccer Saturday|Test Match Special|Sky Sports|TNT Sports|ESPN|Melbourne Cup|Kentucky Derby|Cheltenham Festival|Royal Ascot|Gold Cup|the races|horse racing|motor racing|UFC|title fight|boxing match|the boxing|darts|snooker|netball|lacrosse|triathlon|parkrun|regatta|Henley Regatta|skiing|ski trip|cycling|" +
      // league-table talk and results
      "this season|last season|next season|the new season|season opener|pre-season|preseason|the off-season|promoted|promotion|top flight|top-flight|your handicap|my handicap|relegation|relegated|the drop|top four|top-four|top six|top-six|foot of the table|bottom of the table|bottom of the league|top of the league|top of the table|league table|points clear|points adrift|goal difference|unbeaten run|winless run|clean sheet|clean sheets|equaliser|equalizer|late winner|red card|yellow card|VAR|offside|penalty miss|missed penalty|win|draw|defeat|victory|drubbing|thrashing|hammering|goalless draw|nil-nil|score draw|away fans|home fans|away end|away day|away game|away games|home game|home games|home win|away win|fixture|fixtures|kick-off|kickoff|transfer window|January window|deadline day|Old Firm|derby day|the derby|Manchester derby|north London derby|Merseyside derby|" +
      // clubs' nicknames that are no common word, grounds not in the concept's list
      "Gunners|Red Devils|Toffees|Hammers|Magpies|Baggies|Canaries|Gers|Bhoys|Blades|Hornets|Villans|Cottagers|Potters|Tractor Boys|Black Cats|Clarets|Seagulls|Cherries|Molineux|Craven Cottage|Selhurst Park|Bramall Lane|Stadium of Light|Goodison|Pittodrie|Tynecastle|Parkhead|Thomond Park|Welford Road|Kingsholm|the Gabba|the WACA|Eden Park|Ellis Park|Soldier Field|Citi Field|" +
      // players people talk about, grounds not in the concept's list
      "Messi|Ronaldo|Mbappé|Mbappe|Haaland|Salah|Bellingham|LeBron|Mahomes|Ohtani|McIlroy|Djokovic|Nadal|Federer|Alcaraz|Kohli|Tiger Woods|Verstappen|Lord's|the Oval|MCG|SCG|St James' Park|St James's Park|Elland Road|Aintree|Roland Garros|Centre Court|Stade de France|Parc des Princes|Camp Nou|Bernabéu|Bernabeu|" +
      // golf, cricket
      "the Open|Open Championship|British Open|tee time|tee times|birdie|birdies|bogey|bogeys|hole in one|hole-in-one|19th hole|wicket|wickets|T20 World Cup|Test series",
  ),
  capitalised: list(
    "Gunners|Red Devils|Toffees|Hammers|Magpies|Baggies|Canaries|Gers|Bhoys|Blades|Hornets|Villans|Cottagers|Potters|Tractor Boys|Black Cats|Clarets|Seagulls|Cherries|Goodison|Premiership|the Championship|League One|League Two|the Prem|the Euros|Old Firm|Messi|Ronaldo|Mbappé|Mbappe|Haaland|Salah|Bellingham|LeBron|Mahomes|Ohtani|McIlroy|Djokovic|Nadal|Federer|Alcaraz|Kohli|Tiger Woods|Verstappen|Lord's|the Oval|the Open|Gold Cup|Aintree|Elland Road|Centre Court",
  ),
  judged: judge([
    ["v|vs|versus", isFixture],
    [
      "this season|last season|next season|the new season",
      (before, after) => SEASON_CUE.test(before) || SEASON_CUE.test(after),
    ],
    [
      "promoted|promotion",
      (before, after) => PROMOTION_NEAR.test(before) || PROMOTION_NEAR.test(after),
    ],
    [
      "win|wins|won|lose|loses|lost|beat|beats|draw|drew|thrashed|hammered|battered",
      (before, after, term) =>
        isSideResult(before, after) ||
        (/^(?:win|draw)$/i.test(term) && RESULT_NOUN_BEFORE.test(before)),
    ],
    [
      "Wimbledon|Twickenham|Wembley|Anfield|Silverstone|Augusta National|Murrayfield|Croke Park|Old Trafford|Headingley|Edgbaston",
      (before, after) => WATCHING_THE_GROUND.test(before) && !GROUND_AS_PROPERTY.test(after),
    ],
    ["defeat|victory", (before) => RESULT_NOUN_BEFORE.test(before)],
    ["the drop", (before) => THE_DROP_BEFORE.test(before)],
    [
      "top of the table|league table|top four|top six|top-four|top-six",
      (before, after) => !TABLE_NOT_NEAR.test(before) && !TABLE_NOT_NEAR.test(after),
    ],
    [
      "kick-off|kickoff",
      (before, after) => KICK_OFF_BEFORE.test(before) && !KICK_OFF_NOT_AFTER.test(after),
    ],
    [
      "fixture|fixtures",
      (before, after) =>
        !/^\s*(?:and|&|,)/.test(after) &&
        (FIXTURE_BEFORE.test(before) || FIXTURE_AFTER.test(after)),
    ],
    ["the Open", (_b, after) => !OPEN_NOT_AFTER.test(after)],
    [
      "Lord's|the Oval|Aintree",
      (before, after) => AT_THE_GROUND.test(before) && !/^\s+[A-Z]/.test(after),
    ],
    // "relegated to a footnote", "relegation of the claim": another sense.
    [
      "relegation|relegated",
      (_b, after) =>
        !/^\s+(?:to\s+(?:a|the)\s+(?:footnote|schedule|annex|appendix|margins?|status)|of\s+(?:the|a|an|his|her|its)\s+(?!team|club|side))/i.test(
          after,
        ),
    ],
    // "cycling through the options": a verb.
    ["cycling", (_b, after) => !/^\s+(?:through|between|back|round|around|in|out)\b/i.test(after)],
    ["darts|snooker|skiing", () => true],
    // "the races" of horses, not "the race to the bottom".
    ["the races", (_b, after) => !/^\s+(?:to|for|between)\b/i.test(after)],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Politics and elections

/** What follows a party's bare name when it is the party: "Labour won", "the Conservatives' manifesto". */
const PARTY_CUE =
  /^\s*(?:['’]s?\s+)?(?:won|win|wins|winning|lost|lose|loses|losing|government|governments|leader|leadership|MP|MPs|MSPs?|manifesto|landslide|majority|victory|voters|conference|party|are\s+(?:going|likely|polling|ahead|behind|in)|is\s+(?:going|likely|polling|ahead|behind|in)|took|take|gained|swept|policy|policies|candidate|candidates|councillors?|peers?|ministers?|backbench(?:ers)?|front\s?bench|whips?|seats?|took\s+control|have\s+(?:won|lost)|has\s+(?:won|lost))\b/;
/** Institutions named "Labour …" that are no party: a court, a code, a department. */
const LABOUR_NOT_AFTER =
  /^(?:[-‐]|\s+(?:costs?|law|laws|market|markets|relations|Relations|force|Court|Code|Commission|Inspectorate|Department|Ministry|Standards|Act|supply|shortages?|hire|rates?|Day|Organisation|Organization|Office|Party\b))/;
/** A party's bare name mid-sentence (or with a cue when it opens one). */
const isParty: Sense = (before, after) => {
  if (LABOUR_NOT_AFTER.test(after)) return false;
  if (/\b(?:of|International|Fair|Department\s+of|Ministry\s+of)\s+$/.test(before)) return false;
  if (SENTENCE_START.test(before)) return PARTY_CUE.test(after);
  return true;
};
/** "the Chancellor" of the Exchequer or of a country; not of a university or the High Court. */
const CHANCELLOR_NOT_AFTER =
  /^\s+(?:of\s+(?:the\s+)?(?:High\s+Court|University|Duchy|Chancery)|['’]s\s+(?:Court|Division))/;
/** Office-holders with a name or "the": "Senator Warren", "the Mayor of London". */
const OFFICE_NAMED = /^\s+(?:of\s+[A-Z]|[A-Z][a-z'’-]+)/;
/** "the debate last night", "the presidential debate": a political debate, not a firm's. */
const DEBATE_BEFORE =
  /\b(?:leaders['’]?|presidential|vice-presidential|televised|TV|election|party|candidates['’]?)\s+$/i;
const DEBATE_AFTER =
  /^\s+(?:last\s+night|on\s+(?:TV|the\s+telly|BBC|ITV|CNN|Fox)|tonight|between\s+the\s+candidates)/i;
/** "your MP", "the MP for Leeds": a member of parliament. */
const MP_BEFORE =
  /\b(?:local|an|the|our|your|my|their|his|her|backbench|former|new|Tory|Labour|Conservative|Lib\s+Dem|SNP)\s+$/;
/** "the count in Hartlepool", "the count last night": an election's. */
const COUNT_AFTER =
  /^\s+(?:in\s+[A-Z]|last\s+night|overnight|tonight|on\s+(?:Thu|Fri)|at\s+the\s+(?:town\s+hall|leisure\s+centre))/;

const POLITICS_INSTANCES: Instances = {
  terms: list(
    // offices and office-holders
    "Taoiseach|Tánaiste|Tanaiste|First Minister|Deputy First Minister|President|Dems|Chancellor|Shadow Chancellor|shadow chancellor|Home Secretary|Foreign Secretary|Justice Secretary|Business Secretary|Education Secretary|Defence Secretary|Culture Secretary|Chief Whip|Leader of the Opposition|opposition leader|Speaker of the House|House Speaker|Senate Majority Leader|Majority Leader|Minority Leader|Senator|Governor|Mayor|MP|MEP|MEPs|MSP|MSPs|" +
      // programmes and debates
      "PMQs|Prime Minister's Questions|Question Time|Newsnight|Today programme|Any Questions|Politics Live|Meet the Press|Face the Nation|Kuenssberg|Peston|debate|debates|" +
      // the fiscal event as news
      "the Budget|Budget day|Autumn Budget|Spring Budget|Autumn Statement|" +
      // chambers and seats of power
      "House of Lords|the Lords|the Commons|House of Representatives|the Oval Office|Number 10|No 10|No. 10|Number Ten|the Kremlin|Élysée|Elysee|Leinster House|European Parliament|" +
      // parties by bare name, and office-holders everyone names
      "Labour|Conservative|Conservatives|the Greens|Liberals|DUP|SDLP|Alliance Party|CDU|SPD|AfD|BJP|ANC|MAGA|Trump|Biden|Obama|Starmer|Sunak|Farage|Badenoch|Macron|Albanese|Trudeau|Modi|Putin|Netanyahu|Meloni|Orbán",
  ),
  capitalised: list(
    "the Budget|Budget day|Autumn Budget|Spring Budget|Autumn Statement|Taoiseach|Tánaiste|Tanaiste|First Minister|Deputy First Minister|President|Dems|Chancellor|Shadow Chancellor|Home Secretary|Foreign Secretary|Justice Secretary|Business Secretary|Education Secretary|Defence Secretary|Culture Secretary|Chief Whip|Leader of the Opposition|Senator|Governor|Mayor|Question Time|Newsnight|Today programme|Any Questions|Politics Live|Meet the Press|Face the Nation|the Lords|the Commons|the Oval Office|Number 10|No 10|No. 10|Number Ten|the Kremlin|Labour|Conservative|Conservatives|the Greens|Liberals|Trump|Biden|Obama|Starmer|Sunak|Farage|Badenoch|Macron|Albanese|Trudeau|Modi|Putin|Netanyahu|Meloni|Orbán",
  ),
  judged: judge([
    ["Labour|Conservative|Conservatives|Liberals|the Greens", isParty],
    [
      "Chancellor",
      (before, after) => !/\bVice[- ]$/i.test(before) && !CHANCELLOR_NOT_AFTER.test(after),
    ],
    // "Governor Newsom", "the Mayor of London"; not "the Governor of the Bank of England".
    // "President Macron"; not "President Legal Affairs" in a title, nor "Vice President Sales".
    [
      "President",
      (before, after) =>
        /^\s+(?!Legal|Commercial|Operations|Finance|Sales|Marketing|Elect|Emeritus|Global|Group|Human|Corporate|Strategy)[A-Z][a-z'’-]+\b/.test(
          after,
        ) && !/\b(?:Vice|Senior|Executive|Deputy|Associate|Assistant|Regional)\s+$/i.test(before),
    ],
    [
      "Senator|Governor|Mayor",
      (before, after) =>
        OFFICE_NAMED.test(after) &&
        !/^\s+of\s+the\s+(?:Bank|Central|Reserve|Prison)/.test(after) &&
        !/\bBank\s+$/.test(before),
    ],
    ["MP", (before, after) => MP_BEFORE.test(before) || /^\s+for\s+[A-Z]/.test(after)],
    ["debate|debates", (before, after) => DEBATE_BEFORE.test(before) || DEBATE_AFTER.test(after)],
    // "the Lords held in Donoghue": the old final court, in legal work.
    [
      "the Lords",
      (_b, after) =>
        !/^\s+(?:held|decided|ruled|in\s+[A-Z]|decision|judgment|'?s?\s+decision)/.test(after),
    ],
    ["Trump", (_b, after) => !/^\s+(?:card|cards)\b/i.test(after)],
  ]),
};

const ELECTION_INSTANCES: Instances = {
  terms: list(
    "election night|Election Day|election day|landslide|recount|postal vote|postal votes|postal ballot|postal ballots|ballot paper|ballot papers|absentee ballot|absentee ballots|mail-in ballot|mail-in ballots|early voting|Super Tuesday|caucus|caucuses|inauguration|Electoral College|electoral college|polling booth|the count|swingometer|the campaign trail|running mate",
  ),
  judged: judge([
    ["the count", (_b, after) => COUNT_AFTER.test(after)],
    ["landslide", (_b, after) => !/^\s+(?:risk|damage|insurance|survey|zone)\b/i.test(after)],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Religion

/** "after Mass", "Sunday Mass": the service, not Massachusetts ("Boston, Mass.") or a mass tort. */
const MASS_BEFORE =
  /\b(?:to|at|after|before|from|for|Sunday|midnight|Christmas|Easter|morning|evening|vigil|Saturday|Catholic|Latin|requiem|funeral|nuptial|a|the|daily|weekly)\s+$/i;
const MASS_NOT_AFTER =
  /^(?:\.\s+[A-Z][a-z]|,\s*\d|\s+(?:tort|torts|action|actions|market|General|Gen\.|Mutual|Ave|Avenue|transit|Challenge|Effect|casualty|layoffs|appraisal|production|media|claims?))/;
const LENT_BEFORE = /\b(?:for|during|in|through|since|before|after|of|this|over|until)\s+$/i;
const GOD_NOT_BEFORE = /\b(?:thank|oh\s+my|my|for|good|dear|honest\s+to|by)\s+$/i;
const GOD_NOT_AFTER = /^\s+(?:knows|only\s+knows|forbid|help\s+us)\b/i;

const RELIGION_INSTANCES: Instances = {
  terms: list(
    // services and sacraments
    "Mass|midnight mass|Sunday Mass|church service|Sunday service|carol service|Christmas service|Christmas Eve service|Easter service|evening service|morning service|Sunday worship|evensong|matins|vespers|Shabbat|Shabbos|Sabbath|Friday prayers|prayers|prayer|praying|Holy Communion|first communion|bar mitzvah|bat mitzvah|christening|baptism|baptised|baptized|Lent|Yom Kippur|Rosh Hashanah|Rosh Hashana|Ramadan|iftar|Hajj|Umrah|pilgrimage|seder|Sunday school|Bible study|scripture|scriptures|gospel|hymn|hymns|" +
      // places and people of worship
      "cathedral|chapel|gurdwara|mandir|parish|parishioners|diocese|chaplain|archbishop|the Pope|Vatican|Kingdom Hall|Westminster Abbey|St Paul's Cathedral|" +
      // denominations, and God by name
      "Church of England|Anglican|Methodist|Baptist|Presbyterian|Episcopalian|Lutheran|Evangelical|Pentecostal|Quaker|Quakers|Mormon|Latter-day Saints|Jehovah's Witnesses|Orthodox|Sunni|Shia|Hasidic|God|Allah|Jesus|the Lord",
  ),
  capitalised: list(
    "Mass|Sunday Mass|Lent|Anglican|Methodist|Baptist|Presbyterian|Episcopalian|Lutheran|Evangelical|Pentecostal|Quaker|Quakers|Mormon|Orthodox|Sunni|Shia|Hasidic|God|Allah|Jesus|the Lord|the Pope|Vatican",
  ),
  judged: judge([
    [
      "Mass",
      (before, after) =>
        !/(?:,|[A-Z][\w'’-]*)\s*$/.test(before) &&
        (MASS_BEFORE.test(before) || !SENTENCE_START.test(before)) &&
        !MASS_NOT_AFTER.test(after),
    ],
    ["Lent", (before) => LENT_BEFORE.test(before)],
    ["God", (before, after) => !GOD_NOT_BEFORE.test(before) && !GOD_NOT_AFTER.test(after)],
    // "the prayer for relief", "praying in aid of section 5": pleadings.
    [
      "prayers|prayer|praying",
      (_b, after) =>
        !/^\s+(?:for\s+relief|in\s+(?:aid|the\s+(?:petition|claim|complaint|application))|of\s+the\s+(?:petition|claim|complaint))/i.test(
          after,
        ),
    ],
    // "the gospel truth", "took it as gospel": a figure of speech.
    ["gospel", (before, after) => !/\bas\s+$/i.test(before) && !/^\s+truth\b/i.test(after)],
    [
      "parish",
      (_b, after) =>
        !/^\s+(?:council|councils|councillors?|meeting|boundary|precept)\b/i.test(after),
    ],
    ["the Lord", (_b, after) => !/^\s+[A-Z]/.test(after)],
    ["Jesus", (_b, after) => !/^\s+College\b/.test(after)],
    [
      "pilgrimage",
      (_b, after) => !/^\s+(?:to\s+(?:the\s+)?(?:office|site|data|court))/i.test(after),
    ],
  ]),
};

// ---------------------------------------------------------------------------------------------
// A divorce, a family

/** "joint custody", "custody of the children": a child's, not custody of assets or documents. */
const CUSTODY_BEFORE = /\b(?:joint|sole|shared|full|child|primary)\s+$/i;
const CUSTODY_AFTER =
  /^\s+(?:of\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:kids|children|boys|girls|son|daughter|twins|child)|battle|fight|dispute|hearing|arrangements\s+for\s+the\s+(?:kids|children))\b/i;
/** "they separated", "she recently split from": a couple. */
const COUPLE_BEFORE =
  /\b(?:they|we|she|he|you|recently|newly|just|couple)\s+(?:(?:have|has|had|were|are|finally)\s+)?$/i;
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
/** "the break-up of the group", "a break-up fee": a company's, not a couple's. */
const BREAK_UP_NOT_AFTER =
  /^(?:\s+of\s+(?:the\s+)?(?:group|company|business|conglomerate|portfolio|partnership|JV|joint|firm|bank|estate|monopoly)|\s+(?:fee|fees|value|clause|costs|basis|scenario|analysis))\b/i;

const DIVORCE_INSTANCES: Instances = {
  terms: list(
    "financial remedy|financial remedies|Form E|custody|custody battle|child arrangements|child arrangements order|separated|separating|split from|splitting from|broke up|break-up|breakup|estranged|matrimonial|matrimonial home|prenup|prenuptial|pre-nup|alimony|spousal maintenance|child support|co-parenting|coparenting|the marriage|your marriage|her marriage|his marriage|marriage breakdown|marital home|your ex|her ex|his ex|ex-partner|family court|Family Court|things with|everything with|the situation with|what's going on with|what is going on with|how things are with|been exhausting|been hard|been difficult|been tough|been rough|been painful|how hard|how difficult|how tough|a hard time|a difficult time|a tough time|a rough time",
  ),
  smallTalk: list(
    "financial remedy|financial remedies|Form E|child arrangements|child arrangements order|matrimonial|matrimonial home|prenup|prenuptial|pre-nup|alimony|spousal maintenance|child support|family court|Family Court",
  ),
  judged: judge([
    [
      "been exhausting|been hard|been difficult|been tough|been rough|been painful|how hard|how difficult|how tough|a hard time|a difficult time|a tough time|a rough time",
      isHardTimeWithPerson,
    ],
    ["custody", (before, after) => CUSTODY_BEFORE.test(before) || CUSTODY_AFTER.test(after)],
    [
      "separated|separating|split from|splitting from|broke up",
      (before) => COUPLE_BEFORE.test(before),
    ],
    ["break-up|breakup", (_b, after) => !BREAK_UP_NOT_AFTER.test(after)],
    [
      "things with|everything with|the situation with|what's going on with|what is going on with|how things are with",
      isThingsWithPerson,
    ],
    [
      "your ex|her ex|his ex",
      (_b, after) =>
        !/^(?:[-‐]|\s+(?:works|dividend|gratia|parte|post|ante|officio|rights|coupon|VAT))/i.test(
          after,
        ),
    ],
  ]),
};

const FAMILY_INSTANCES: Instances = {
  terms: list(
    "sister|brother|sisters|brothers|niece|nephew|nieces|nephews|cousin|cousins|aunt|uncle|grandmother|grandfather|grandma|grandpa|granny|stepson|stepdaughter|stepmother|stepfather|fiancé|fiancée|fiance|fiancee|twins|boys|girls|eldest|youngest|wedding|honeymoon|pregnancy|pregnant|maternity leave|paternity leave|parental leave|new arrival|GCSEs|A-levels|exam results|graduation|parents' evening|nativity play|school play|sports day|starting school|off to university|off to uni",
  ),
  // The family's own ("your sister", "the twins", "her wedding"), judged like its other words.
  judged: judge([
    [
      "sister|brother|sisters|brothers|niece|nephew|nieces|nephews|cousin|cousins|aunt|uncle|grandmother|grandfather|grandma|grandpa|granny|stepson|stepdaughter|stepmother|stepfather|fiancé|fiancée|fiance|fiancee|twins|boys|girls|eldest|youngest|wedding|honeymoon|pregnancy|graduation",
      (before, after) =>
        /\b(?:your|the|her|his)\s+(?:(?:new|little|lovely|two|three|youngest|eldest|oldest|big|baby|younger|older)\s+)?$/i.test(
          before,
        ) &&
        !/^(?:[-‐]|\s+(?:company|companies|entity|entities|fund|funds|ship|ships|vessel|vessels|publication|site|sites|concern|venue|venues|planner|planners|insurance|discrimination|rights|leave\s+policy|of\s+the\s+(?:deceased|testator|claimant|defendant)))\b/i.test(
          after,
        ),
    ],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Layoffs, a lawsuit, a bankruptcy, a departure, a retirement, a death

/** "were let go", "the people you are having to let go"; not "let go of the point". */
const LET_GO_BEFORE = /\b(?:were|was|been|being|be|get|got|getting|are|is)\s+$/i;
const PEOPLE_BEFORE =
  /\b(?:people|staff|employees|workers|colleagues|team|teams|them|jobs|roles|heads|drivers|engineers|managers|operatives)\b[^.!?\n]{0,30}$/i;

const LAYOFF_INSTANCES: Instances = {
  terms: list(
    "WARN notice|WARN notices|WARN Act notice|WARN Act notices|collective consultation|collective redundancy|collective redundancies|at risk of redundancy|at-risk letters|voluntary redundancy|voluntary redundancies|compulsory redundancy|compulsory redundancies|RIF|RIFs|workforce reduction|workforce reductions|reduction in headcount|headcount cuts|cutting jobs|cut jobs|cuts jobs|shedding jobs|shed jobs|sheds jobs|axing jobs|axed jobs|jobs axed|let go|letting people go|furlough|furloughed|furloughs|mass layoffs",
  ),
  judged: judge([
    [
      "let go",
      (before, after) =>
        (LET_GO_BEFORE.test(before) || PEOPLE_BEFORE.test(before)) && !/^\s+of\b/i.test(after),
    ],
  ]),
  // The process's own vocabulary counts in small talk, not in the redundancy work itself.
  smallTalk: list(
    "WARN notice|WARN notices|WARN Act notice|WARN Act notices|collective consultation|collective redundancy|collective redundancies|at risk of redundancy|at-risk letters|voluntary redundancy|voluntary redundancies|compulsory redundancy|compulsory redundancies|RIF|RIFs",
  ),
};

const LAWSUIT_INSTANCES: Instances = {
  terms: list(
    "class action|class actions|class-action|MDL|multidistrict litigation|mass tort|mass torts|the verdict|jury verdict|the trial|the jury|jury selection|the deposition|your deposition",
  ),
  smallTalk: list(
    "the trial|the jury|jury selection|the deposition|your deposition|the verdict|class action|class actions|class-action|MDL|multidistrict litigation|mass tort|mass torts|jury verdict",
  ),
};

const BANKRUPTCY_INSTANCES: Instances = {
  smallTalk: list(
    "Chapter 11|Chapter 7|into administration|went into administration|gone into administration|insolvent|insolvency|receivership|liquidation|wound up|winding-up|winding up|sequestration",
  ),
  terms: list(
    "Chapter 11|Chapter 7|went bust|gone bust|going bust|go bust|went under|gone under|into administration|went into administration|gone into administration|insolvent|insolvency|receivership|liquidation|wound up|winding-up|winding up|sequestration",
  ),
  judged: judge([
    ["Chapter 11|Chapter 7", (_b, after) => !/^\s+of\b/i.test(after)],
    [
      "went under|gone under",
      (_b, after) => !/^\s+(?:the|a|an|its|their|his|her|review|cover|\d)\b/i.test(after),
    ],
  ]),
};

const DEPARTURE_INSTANCES: Instances = {
  terms: list(
    "resignation|resigned|resigning|sacked|sacking|was fired|got fired|been fired|his exit|her exit|abrupt exit|sudden exit|stepping back|stepped back|stepped aside|stepping aside|his successor|her successor|left the board|leaving the board",
  ),
};

const RETIREMENT_INSTANCES: Instances = {
  terms: list(
    "hang up your boots|hanging up your boots|hung up his boots|hung up her boots|put your feet up|putting your feet up|leaving do|leaving party|farewell party|send-off|your last day|his last day|her last day|life after work",
  ),
};

const DEATH_INSTANCES: Instances = {
  terms: list(
    "late husband|late wife|late father|late mother|late son|late daughter|late brother|late sister|late partner|widow|widowed|widower|grief|grieving|mourning|obituary|eulogy|sympathies|deepest sympathy|heartfelt sympathy|in memory of|rest in peace|RIP|laid to rest|passed on",
  ),
  judged: judge([
    [
      "widow|widowed|widower",
      (_b, after) => !/^\s*(?:['’]s\s+)?(?:pension|pensions|benefits?|allowance)\b/i.test(after),
    ],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Health, the pandemic, a war, an incident

/** "you've recovered", "has fully recovered": a person, not a debt or costs recovered. */
const RECOVERED_BEFORE =
  /\b(?:you|you['’]ve|you\s+have|she|he|she['’]s|he['’]s|fully|has|have|hope\s+you)\s+(?:now\s+|fully\s+|completely\s+)?$/i;

const HEALTH_INSTANCES: Instances = {
  terms: list(
    "how are you feeling|how you're feeling|feeling more like yourself|back to your old self|back to your usual self|hospital appointment|doctor's appointment|GP appointment|follow-up appointment|intensive care|ICU|rehab|check-up|checkup|prognosis|dialysis|transplant|broken leg|broken arm|broken wrist|broken ankle|broken hip|broke his leg|broke her leg|broke your leg|broke his arm|broke her arm|broke your arm|fractured|concussion|knee replacement|hip replacement|knee surgery|hip surgery|back surgery|heart surgery|bypass surgery|triple bypass|pacemaker|long Covid|Parkinson's disease|Alzheimer's|Alzheimer's disease|dementia|multiple sclerosis|motor neurone disease|MND|leukaemia|leukemia|lymphoma|melanoma|diabetes|chronic fatigue|migraine|migraines|the flu|flu|pneumonia|sepsis|burnout|mental health|hospice|palliative care|terminally ill|bedridden|on crutches|in a cast|shingles|recovered",
  ),
  judged: judge([
    [
      "how are you feeling|how you're feeling",
      (_b, after) =>
        !/^\s+(?:about|on|regarding|re|confident|good\s+about|ready|positive|prepared|happy|ok\s+about|okay\s+about|with\s+the)\b/i.test(
          after,
        ),
    ],
    [
      "recovered",
      (before, after) =>
        RECOVERED_BEFORE.test(before) &&
        !/^\s+(?:the|£|\$|€|\d|costs|sums|monies|funds|debts?|damages|amounts?|from\s+the\s+(?:defendant|debtor|estate|insurer))/i.test(
          after,
        ),
    ],
    [
      "transplant|rehab",
      (_b, after) =>
        !/^\s+(?:of\s+the\s+(?:clause|provision|model)|provisions?|centre|center|facility|clinic\s+lease)\b/i.test(
          after,
        ),
    ],
  ]),
};

const PANDEMIC_INSTANCES: Instances = {
  terms: list(
    "the virus|social distancing|self-isolating|self-isolation|vaccine|vaccines|vaccinated|vaccination|booster jab|long Covid|quarantine|quarantining|face masks|mask mandate|the plague",
  ),
  judged: judge([
    [
      "the virus",
      (_b, after) =>
        !/^\s+(?:scan|scanner|checker|protection|software|definitions?)\b/i.test(after),
    ],
  ]),
};

/** "the situation in Kyiv", "what's happening in the Middle East": a place with a war in it. */
const PLACE_AFTER = /^\s+(?:the\s+)?[A-Z][a-z]/;
const WAR_INSTANCES: Instances = {
  terms: list(
    "the situation in|what's happening in|what is happening in|the conflict|the fighting|shelling|air raid|air raids|missile strikes|missile attacks|drone strikes|the bombing|bombings|hostilities|hostages|refugees|troops|the front line|annexation",
  ),
  judged: judge([
    [
      "the situation in|what's happening in|what is happening in",
      (_b, after) => PLACE_AFTER.test(after),
    ],
  ]),
};

/** "fire" the happening, not the verb, a fire door, a fire sale or a ceasefire. */
const FIRE_NOT_AFTER =
  /^(?:[-‐]|\s+(?:alarms?|safety|doors?|exits?|escapes?|insurance|risk|regulations?|certificates?|extinguishers?|away|off|up|back|sale|walls?|drills?|marshals?|service|services|station|stations|proof|rated|resistant|retardant|sprinklers?|suppression|strategy|engineers?|precautions|prevention|order|code|rating|stopping|protection|fighting|brigade|department|authority|and\s+rescue|cover|peril|perils|hazards?|them|him|her|it|the|a|an|your|our|at\s+will|questions|emails?|policy)\b)/i;
const FIRE_NOT_BEFORE =
  /(?:\b(?:to|will|would|can|could|may|might|should|must|did|not|cease|camp|open|heavy|friendly|under|hold|rapid|quick|bon|sure|gun|line\s+of)|[-‐])\s*$/i;
const FLOOD_NOT_AFTER =
  /^\s+(?:of\s+(?:emails|enquiries|requests|applications|calls|claims|complaints|work|documents|orders)|risk|zone|zones|defences|defenses|plain|plains|insurance|cover|gates|the\s+market)\b/i;

const INCIDENT_INSTANCES: Instances = {
  terms: list(
    "fire|fires|blaze|inferno|flood|floods|flooding|explosion|explosions|blast|disaster|tragedy|incident|the collapse|evacuation|evacuated|burned down|burnt down|went up in flames|cyberattack|cyber attack|cyber-attack|ransomware attack|the hack|outage",
  ),
  judged: judge([
    ["fire|fires", (before, after) => !FIRE_NOT_BEFORE.test(before) && !FIRE_NOT_AFTER.test(after)],
    [
      "flood|floods|flooding",
      (before, after) =>
        !/\b(?:to|will|would|could|may|might)\s+$/i.test(before) && !FLOOD_NOT_AFTER.test(after),
    ],
    [
      "incident",
      (_b, after) =>
        !/^\s+(?:report|reports|reporting|response|management|log|logs|plan|procedure|notification|register)\b/i.test(
          after,
        ),
    ],
    [
      "explosion|explosions",
      (_b, after) =>
        !/^\s+(?:in|of)\s+(?:costs|demand|interest|growth|claims|numbers|activity)\b/i.test(after),
    ],
    ["blast", (_b, after) => !/^\s+(?:e-?mails?|radius|from\s+the\s+past)\b/i.test(after)],
    ["disaster", (_b, after) => !/^\s+(?:recovery|planning|plan|relief\s+fund)\b/i.test(after)],
  ]),
};

// ---------------------------------------------------------------------------------------------
// Strikes, the share price, press coverage, alcohol

const UNION_ACTION_NEAR =
  /\b(?:action|ballot|balloting|vote|voted|dispute|walk-?out|strike|strikes|pay\s+(?:offer|claim|deal)|talks|members|mandate|picket|reps?|demands)\b/i;
const STRIKE_INSTANCES: Instances = {
  terms: list(
    "RMT|Unite|GMB|Unison|ASLEF|Aslef|Teamsters|UAW|SAG-AFTRA|NEU|PCS|CWU|BMA|RCN|NASUWT|SIPTU|days of action|day of action|pay offer|pay claim",
  ),
  capitalised: list("Unite|Unison|Teamsters|Aslef"),
  judged: judge([
    [
      "RMT|Unite|GMB|Unison|ASLEF|Aslef|Teamsters|UAW|SAG-AFTRA|NEU|PCS|CWU|BMA|RCN|NASUWT|SIPTU|pay offer|pay claim",
      (before, after) => UNION_ACTION_NEAR.test(before) || UNION_ACTION_NEAR.test(after),
    ],
  ]),
};

/** "shares are down 12%", "the stock tanked": how the shares did. */
const SHARES_MOVED =
  /^\s+(?:(?:are|were|have|has|had|is|was)\s+(?:now\s+|been\s+|also\s+|still\s+)?)?(?:down|up|off|fell|fallen|dropped|sank|sunk|slid|slumped|tanked|crashed|plunged|plummeted|soared|surged|rallied|recovered|rebounded|bounced|dipped|tumbled|jumped|climbed|rose|risen|took\s+a\s+(?:hit|beating|battering|pounding)|hit\s+(?:a|an)\s+(?:new\s+)?(?:low|high)|trading\s+(?:at|below|above|down|up)|traded\s+(?:down|up|lower|higher)|closed\s+(?:down|up|lower|higher))\b/i;
const SHARE_PRICE_INSTANCES: Instances = {
  terms: list(
    "shares|stock|52-week low|52-week high|profit warning|price target|market rout|bear market|bull market|wiped off",
  ),
  judged: judge([
    [
      "shares|stock",
      (_b, after) => SHARES_MOVED.test(after) && !/^\s+(?:up|down)\s+(?:to|for)\b/i.test(after),
    ],
    ["wiped off", (_b, after) => /^\s+(?:the\s+)?(?:value|market|share|its|their)\b/i.test(after)],
  ]),
};

const COVERAGE_INSTANCES: Instances = {
  terms: list(
    "the papers|the tabloids|tabloid|tabloids|broadsheet|broadsheets|front page|front-page|in the news|on the news|made the news|news coverage|the media|media coverage|Financial Times|the FT|the Times|the Guardian|the Telegraph|Daily Mail|the Mail|the Sun|the Post|Bloomberg|Reuters|the BBC|WSJ|Wall Street Journal|New York Times|Washington Post|the Economist|Sky News|Irish Times|Law360|Private Eye",
  ),
  capitalised: list(
    "the FT|the Times|the Guardian|the Telegraph|the Mail|the Sun|the Post|Bloomberg|Reuters|the BBC|the Economist",
  ),
  judged: judge([
    // "the front page of the agreement", "the Bloomberg terminal": not the press.
    [
      "front page|front-page",
      (_b, after) =>
        !/^\s+of\s+(?:the\s+)?(?:agreement|contract|deed|document|form|report|bundle|lease)\b/i.test(
          after,
        ),
    ],
    [
      "Bloomberg|Reuters",
      (_b, after) =>
        !/^\s+(?:terminal|terminals|data|screen|page|ticker|code|BVAL|rate|rates|feed|L\.?P\.?)\b/i.test(
          after,
        ),
    ],
  ]),
};

/** "drinks on Friday", "Christmas drinks"; not "soft drinks" or "the drinks business". */
const DRINKS_NOT_BEFORE =
  /(?:soft|energy|fizzy|sports|non-alcoholic|alcohol-free|low-alcohol|hot|cold|carbonated|protein)[\s-]+$/i;
const DRINKS_NOT_AFTER =
  /^\s+(?:industry|sector|company|companies|brand|brands|maker|makers|manufacturer|manufacturers|business|market|division|portfolio|distributor|distributors|category|licen[cs]e|machine|machines|supplier|suppliers)\b/i;
const PUB_BEFORE = /\b(?:the|a|local|to\s+the|at\s+the|down\s+the|in\s+the)\s+$/i;
const PUB_NOT_AFTER =
  /^\s+(?:lease|leases|company|companies|estate|estates|chain|chains|group|tenancy|tenancies|tie|landlord|operator|operators|code|sector|industry|premises|licen[cs]e)\b/i;
const ALCOHOL_INSTANCES: Instances = {
  terms: list(
    "drinks|pub|pubs|pub quiz|pub crawl|happy hour|bar tab|sobriety|teetotal|Dry January|on the wagon|off the booze|off the drink|Guinness|claret|Rioja|Chablis|Malbec|Merlot|Sauvignon|Chardonnay|Pinot|Shiraz|real ale|craft beer|gin and tonic|Aperol|wine tasting|whisky tasting|bourbon|Scotch|mezcal|a cold one|a few beers",
  ),
  capitalised: list("Scotch|Dry January"),
  judged: judge([
    ["drinks", (before, after) => !DRINKS_NOT_BEFORE.test(before) && !DRINKS_NOT_AFTER.test(after)],
    ["pub|pubs", (before, after) => PUB_BEFORE.test(before) && !PUB_NOT_AFTER.test(after)],
  ]),
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
  departure: DEPARTURE_INSTANCES,
  retirement: RETIREMENT_INSTANCES,
  death: DEATH_INSTANCES,
  health: HEALTH_INSTANCES,
  pandemic: PANDEMIC_INSTANCES,
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
