/**
 * The world's own vocabulary of the subject areas a client avoids (eighth round of issue 10):
 * drafts raise sport, politics, religion, health, a family breakdown, job cuts and industrial
 * action without the area's word, by the names the world gives its parts. A fan's small talk
 * names a club by its nickname, its ground or its town; politics is an election, a chamber or an
 * office by name; religion a season or an observance; health a hospital stay or a treatment; a
 * divorce its court steps or its euphemisms; job cuts the employer's euphemisms.
 *
 * Curated SYSTEMATICALLY from general knowledge (whole leagues with their nicknames and grounds:
 * the Premier League, the Championship, the Scottish Premiership, English and Irish rugby, the
 * county cricket grounds, the US major leagues; the chambers and offices of the UK, Ireland and
 * the US; the main observances of five faiths; every common euphemism of a kind), never from a
 * draft. Each CLASS of entry has its own rule for when a name counts alone:
 * - a ground known only as a ground, or a nickname that is no common word, written with a
 *   capital: alone (unless an address or a building's use follows it);
 * - a ground named like a street or a district ("Elland Road", "Ashton Gate", "Anfield"): only
 *   as the place someone goes to or is at, never after a number or before an office;
 * - a nickname that is a common word ("the Saints", "the Bears") or a club that is also a town
 *   ("Leeds", "Reading", "Bath"): only in a sports frame (a match word, or two lighter ones such
 *   as a result and a match day) or after its city;
 * - a word with another everyday sense (a "derby" written with a capital is the city; "Lent" in
 *   lower case is the verb; "the Lords held" is a court): judged here.
 */

import { list, type Instances, type Sense } from "./topic-instances";

// ---------------------------------------------------------------------------------------------
// Sport

/** Words only a match has: one is a sports frame. */
const STRONG_FRAME =
  /\b(?:fixture|fixtures|kick-?off|derby|derbies|league|fans|supporters|relegat\w*|play-?offs?|gaffer|stadium|squad|innings|wickets?|birdie|the\s+lads|come\s+on|season\s+tickets?|away\s+end|terraces|the\s+table|scoreline|nil)\b|(?:^|[^\d-])\d{1,2}\s*[-–]\s*\d{1,2}(?![\d-])/i;
/** Lighter words of a game (a result, a match day, watching): two make a sports frame. */
const LIGHT_FRAME =
  /\b(?:match|matches|goal|goals|scored|promotion|manager|tries|game|games|season|won|win|wins|lost|lose|losing|beat|beaten|draw|drew|watch|watched|watching|catch|caught|on\s+(?:Saturday|Sunday|Sat|Sun)|at\s+the\s+weekend|last\s+night|tonight|cup|final|result|results|get\s+on|got\s+on|played|playing|form|unlucky|thrashing|performance)\b/gi;

/** Whether the words around a name make it a side or a sport: a match word, or two lighter ones. */
export function isSportsFrame(before: string, after: string): boolean {
  const text = `${before} ${after}`;
  if (STRONG_FRAME.test(text)) return true;
  const seen = new Set<string>();
  LIGHT_FRAME.lastIndex = 0;
  for (let m = LIGHT_FRAME.exec(text); m; m = LIGHT_FRAME.exec(text)) {
    seen.add(m[0].toLowerCase().replace(/\s+/g, " "));
    if (seen.size >= 2) return true;
  }
  return false;
}

/** What follows a place's name when it is an address, a building or an area, not a ground. */
const ADDRESS_AFTER =
  /^(?:\s*,\s*(?:[A-Z]{1,2}\d|UK\b|England\b|Scotland\b|Wales\b|Ireland\b|USA?\b|[A-Z][a-z]+shire\b)|\s+(?:Road|Street|Lane|Avenue|Way|Close|office|offices|branch|site|sites|premises|development|regeneration|area|estate|ward|constituency|station|campus|hotel|hospital|Hospital|conference|business|property|properties|scheme|project|lease|flats?|apartments?|depot|plant|store|shop|library|school|council|Council|[A-Z]{1,2}\d))/;
/** A capitalised word going on after a name: another name ("Potters Bar", "the Bath Chronicle"). */
const NAME_GOES_ON = /^\s+[A-Z][a-z]/;
/** A number before a place name: an address ("12 Carrow Road"). */
const NUMBER_BEFORE = /\d[a-z]?\s*,?\s*$/i;
/** Going to, or being at, a place. */
const AT_PLACE_BEFORE =
  /\b(?:at|to|from|down\s+to|up\s+to|outside|inside|round|in\s+the\s+stands\s+at|trip\s+to|day\s+at|afternoon\s+at|evening\s+at|night\s+at)\s+$/i;

/** A ground known only as a ground: counts alone with its capital, unless an address follows. */
const isGroundAlone: Sense = (before, after, term, written) =>
  !ADDRESS_AFTER.test(after) &&
  !NUMBER_BEFORE.test(before) &&
  // "the Wrigleys": a family's name in the plural, not the ground.
  !(written !== undefined && /s$/.test(written) && !/s$/.test(term));
/** A ground named like a street or a district: only as the place someone goes to for a game. */
const isGroundVisited: Sense = (before, after) =>
  !ADDRESS_AFTER.test(after) &&
  !NUMBER_BEFORE.test(before) &&
  AT_PLACE_BEFORE.test(before) &&
  !/\b(?:office|offices|based|registered|premises|site|property|properties|lives?|living)\b[^.!?\n]*$/i.test(
    before,
  );

/** Towns whose nickname comes after them: "the Chicago Bears", "Bristol Bears", "Leicester Tigers". */
const NICKNAME_TOWN_BEFORE =
  /\b(?:New\s+York|Chicago|Boston|Dallas|Green\s+Bay|Pittsburgh|Philadelphia|Los\s+Angeles|LA|San\s+Francisco|Miami|Denver|Seattle|Detroit|Houston|Atlanta|Kansas\s+City|Buffalo|Baltimore|Cleveland|Cincinnati|Minnesota|Tampa\s+Bay|New\s+England|New\s+Orleans|Golden\s+State|Toronto|Brooklyn|Phoenix|Milwaukee|Las\s+Vegas|St\.?\s+Louis|Arizona|Carolina|Indianapolis|Jacksonville|Tennessee|Washington|Bristol|Leicester|Northampton|Exeter|Sale|Worcester|Wasps|Glasgow|Cardiff)\s+$/;

/** A race meeting or a round of golf at a town known for one: "a day at Cheltenham for the Gold Cup". */
const VENUE_FRAME =
  /\b(?:races|racing|race\s+day|raceday|festival|horses?|punt|bet|bets|flutter|golf|tee|Gold\s+Cup|National|Derby|Guineas|Ladies['’]?\s+Day)\b/i;
const isVenueVisited: Sense = (before, after) =>
  isGroundVisited(before, after, "") &&
  (VENUE_FRAME.test(`${before} ${after}`) || isSportsFrame(before, after));

const isFramedSide: Sense = (before, after) =>
  !ADDRESS_AFTER.test(after) &&
  !NAME_GOES_ON.test(after) &&
  // "Peter Preston": a surname after a first name inside a sentence.
  !/[a-z,;:*]\s+[A-Z][a-z]+\s+$/.test(before) &&
  !NUMBER_BEFORE.test(before) &&
  !/\b(?:office|offices|based|in|near|outside|to|from|via|around)\s+$/i.test(before) &&
  isSportsFrame(before, after);
const isFramedNickname: Sense = (before, after) =>
  !ADDRESS_AFTER.test(after) &&
  !/^\s+[A-Z][a-z]/.test(after) &&
  (NICKNAME_TOWN_BEFORE.test(before) ||
    (/\bthe\s+$/i.test(before) && isSportsFrame(before, after)));
const isNicknameAlone: Sense = (before, after) =>
  !ADDRESS_AFTER.test(after) &&
  !NAME_GOES_ON.test(after) &&
  !/^\s+(?:Ltd|Limited|plc|Inc|LLC|LLP|Group|Holdings|Capital|Partners)\b/.test(after);

/** A derby is the match written in lower case ("the north London derby"); "Derby" is the city. */
const isDerby: Sense = (before, after, term, written) =>
  written !== undefined &&
  (/^d/.test(written)
    ? !/^\s+(?:hat|hats|shoes|boots)\b/i.test(after)
    : isFramedSide(before, after, term, written));
/** "the weekend's result", "the result on Saturday": a game's, not a hearing's (no weekday). */
const isWeekendResult: Sense = (before, after) =>
  /\b(?:weekend['’]s|Saturday['’]s|Sunday['’]s|last\s+night['’]s|derby|match|game)\s+$/i.test(
    before,
  ) ||
  /^\s+(?:at\s+the\s+weekend|on\s+(?:Saturday|Sunday)|last\s+night|in\s+the\s+derby)\b/i.test(
    after,
  );

/** A sport's world: its grounds and nicknames by class, and its clubs that are towns. */
interface SportWorld {
  groundsAlone: string;
  groundsVisited: string;
  nicknamesAlone: string;
  nicknamesFramed: string;
  townClubs: string;
  /** Towns known for a course or a race meeting: only visited for the races or a round. */
  townVenues?: string;
  terms: string;
}

/**
 * Football: the Premier League, the Championship and the Scottish Premiership, with a few famous
 * grounds abroad; the US leagues' sides are under `US_SPORT`.
 */
const FOOTBALL: SportWorld = {
  groundsAlone:
    "Goodison|Villa Park|Selhurst Park|Craven Cottage|Turf Moor|Ewood Park|Pride Park|the Hawthorns|Stadium of Light|King Power Stadium|the King Power|Vitality Stadium|Amex Stadium|Gtech Community Stadium|Tottenham Hotspur Stadium|London Stadium|Emirates Stadium|Etihad Stadium|St Mary's Stadium|City Ground|Fratton Park|Deepdale|Oakwell|Portman Road|Carrow Road|Vicarage Road|Bramall Lane|Kenilworth Road|Loftus Road|Bloomfield Road|Riverside Stadium|Liberty Stadium|Cardiff City Stadium|bet365 Stadium|Home Park|Ashton Gate Stadium|St Andrew's|Hampden|Tynecastle|Pittodrie|Fir Park|Tannadice|Dens Park|McDiarmid Park|Easter Road|Celtic Park|the Bernabéu|Camp Nou|the Nou Camp|San Siro",
  groundsVisited:
    "Anfield|Old Trafford|Stamford Bridge|Elland Road|Molineux|Ibrox|Parkhead|Ashton Gate|St James' Park|St James's Park|the Etihad",
  nicknamesAlone:
    "Gunners|Villans|Toffees|Cottagers|Hornets|Canaries|Magpies|Hammers|Irons|Red Devils|Sky Blues|Baggies|Potters|Black Cats|Tractor Boys|Clarets|Blades|Pompey|Boro|Tykes|Bluebirds|Lilywhites|Hatters|Jambos|Hibees|Bhoys|Toon|Toon Army|Cherries|Seagulls|the Kop|Stretford End|Holte End|Shed End|Gallowgate End|Barmy Army|Tartan Army|Green Army|Red Army",
  nicknamesFramed:
    "Eagles|Lions|Saints|Blues|Reds|Owls|Robins|Royals|Foxes|Bees|Swans|Rams|Terriers|Hoops|Dons|Citizens",
  townClubs:
    "Chelsea|Liverpool|Fulham|Brentford|Brighton|Burnley|Bournemouth|Ipswich|Leeds|Leicester|Newcastle|Southampton|Sunderland|Middlesbrough|Norwich|Watford|Stoke|Coventry|Hull|Millwall|Portsmouth|Swansea|Cardiff|Wrexham|Blackburn|Bristol City|Sheffield United|Sheffield Wednesday|Sheff Wed|Sheff Utd|Preston|Plymouth|Luton|Oxford United|Reading|Wigan|Barnsley|Charlton|Birmingham|QPR|West Brom|Forest|Palace|Villa|Celtic|Rangers|Hearts|Hibs|Aberdeen|Dundee|Kilmarnock|Motherwell|St Johnstone|St Mirren|Wolves|Tottenham|West Ham|Crystal Palace|Nottingham Forest",
  terms:
    "the gaffer|the terraces|the away end|the home end|the dugout|the top flight|the play-off final|the Old Firm|El Clásico|El Clasico|fantasy football|the pools",
};

/** Rugby: the English Premiership, the URC and the Test grounds. */
const RUGBY: SportWorld = {
  groundsAlone:
    "Kingsholm|Franklin's Gardens|Sandy Park|the Stoop|the Recreation Ground|Welford Road|Allianz Stadium|Principality Stadium|Cardiff Arms Park|Rodney Parade|Parc y Scarlets|Thomond Park|Kingspan Stadium|Ravenhill|the Sportsground|Scotstoun",
  groundsVisited: "Murrayfield|Twickenham|Lansdowne Road|the Rec",
  nicknamesAlone: "Sarries|Quins|Cherry and Whites|Ospreys",
  nicknamesFramed: "Tigers|Saints|Bears|Sharks|Chiefs|Falcons|Warriors|Scarlets|Dragons|Lions",
  townClubs:
    "Bath|Bristol|Exeter|Gloucester|Leicester Tigers|Northampton|Sale|Leinster|Munster|Ulster|Connacht|Glasgow|Edinburgh",
  terms: "the Grand Slam|the Triple Crown|the Heineken Cup|the Champions Cup|the Lions tour",
};

/** Cricket: the Test grounds and the first-class counties. */
const CRICKET: SportWorld = {
  groundsAlone: "Trent Bridge|the Ageas Bowl|the Rose Bowl|Sophia Gardens|the Kia Oval",
  groundsVisited: "Headingley|Edgbaston|the Oval|Lord's|Old Trafford",
  nicknamesAlone: "",
  nicknamesFramed: "",
  townClubs:
    "Yorkshire|Lancashire|Surrey|Middlesex|Essex|Kent|Somerset|Warwickshire|Nottinghamshire|Durham",
  terms: "the County Championship|the Hundred|the Big Bash",
};

/** Gaelic games: the All-Ireland counties and grounds. */
const GAA: SportWorld = {
  groundsAlone: "Semple Stadium|Páirc Uí Chaoimh|Pearse Stadium|Croker",
  groundsVisited: "",
  nicknamesAlone: "",
  nicknamesFramed: "Dubs|Rebels|Kingdom|Cats|Tribesmen",
  townClubs: "Kerry|Dublin|Cork|Kilkenny|Tipperary|Galway|Mayo|Limerick|Tyrone|Donegal",
  terms: "the Sam Maguire|the Liam MacCarthy",
};

/** The US major leagues. */
const US_SPORT: SportWorld = {
  groundsAlone:
    "Fenway|Wrigley|Soldier Field|Arrowhead|Gillette Stadium|MetLife Stadium|SoFi Stadium|Citi Field|the Meadowlands|Lambeau",
  groundsVisited: "",
  nicknamesAlone:
    "Steelers|Mets|Phillies|Astros|Orioles|Mariners|Seahawks|Niners|Bengals|Buccaneers|Bucs|Sixers|76ers|Mavericks|Mavs|Timberwolves|Maple Leafs|Canadiens|Habs|Oilers",
  nicknamesFramed:
    "Patriots|Cowboys|Bears|Eagles|Lions|Giants|Jets|Bills|Heat|Nets|Suns|Kings|Cardinals|Rangers|Braves|Ravens|Colts|Jaguars|Titans|Raiders|Chargers|Vikings|Dolphins|Panthers|Bulls|Pistons|Rockets|Devils|Saints|Chiefs|Falcons|Warriors",
  townClubs: "",
  terms: "the Super Bowl|the World Series|Opening Day|the NBA Finals|the Stanley Cup",
};

/** Golf, tennis and racing: venues whose name is the event's. */
const VENUES: SportWorld = {
  groundsAlone:
    "Roland Garros|Flushing Meadows|Augusta National|Royal Birkdale|Carnoustie|Muirfield|Royal Portrush|Royal Troon|the Belfry|Valderrama|Leopardstown|Punchestown|Churchill Downs|Royal Ascot|Cheltenham Festival|Galway Races",
  groundsVisited: "Aintree|Queen's Club|the Curragh",
  townVenues:
    "Cheltenham|Ascot|Epsom|Goodwood|Newmarket|Kempton|Sandown|Augusta|St Andrews|Wentworth",
  nicknamesAlone: "",
  nicknamesFramed: "",
  townClubs: "",
  terms: "the Gold Cup|the Kentucky Derby|the Epsom Derby|a flutter|the bookies",
};

function sportInstances(...worlds: SportWorld[]): Instances {
  const join = (key: keyof SportWorld): string =>
    worlds
      .map((w) => w[key] ?? "")
      .filter(Boolean)
      .join("|");
  const judged: [string, Sense][] = [];
  const add = (words: string, sense: Sense): void => {
    if (words) judged.push([words, sense]);
  };
  add(join("groundsAlone"), isGroundAlone);
  add(join("groundsVisited"), isGroundVisited);
  add(join("nicknamesAlone"), isNicknameAlone);
  add(join("nicknamesFramed"), isFramedNickname);
  add(join("townClubs"), isFramedSide);
  add(join("townVenues"), isVenueVisited);
  add("derby|derbies", isDerby);
  add("result|results", isWeekendResult);
  // "the Leeds manager", "Spurs' new boss", "the manager of Celtic": a club's, not a firm's.
  const clubs = ["townClubs", "nicknamesAlone", "nicknamesFramed"]
    .map((key) => join(key as keyof SportWorld))
    .filter(Boolean)
    .join("|")
    .replace(/[.'’]/g, "\\$&");
  if (clubs) {
    const before = new RegExp(
      `(?:^|[^\\w])(?:${clubs})(?:['’]s?)?\\s+(?:new\\s+|former\\s+|caretaker\\s+|interim\\s+)?$`,
    );
    const after = new RegExp(`^\\s+(?:of|at)\\s+(?:${clubs})\\b`);
    add("manager|boss|head coach", (b, a) => before.test(b) || after.test(a));
  }
  return { terms: list(join("terms")), judged };
}

/**
 * Which sport a word belongs to, for a client who avoids one sport only: a game word ("the
 * match", "won") in a sentence that names another sport and none of theirs is not their topic.
 */
export const SPORT_WORDS: Readonly<Record<string, RegExp>> = {
  football:
    /\b(?:football|soccer|footie|Premier\s+League|FA\s+Cup|Carabao|Champions\s+League|Europa\s+League|World\s+Cup|Euros|goalkeeper|striker|offside|VAR|hat-trick|derby|Old\s+Firm|NFL|touchdown|quarterback|Super\s+Bowl)\b/i,
  rugby:
    /\b(?:rugby|scrum|line-?out|fly-half|Six\s+Nations|Grand\s+Slam|Triple\s+Crown|All\s+Blacks|Lions\s+tour|Twickenham|Murrayfield|URC|Heineken)\b/i,
  cricket:
    /\b(?:cricket|wickets?|innings|bowler|batsman|Ashes|Test\s+match|T20|ODI|IPL|Lord['’]s|Headingley|Edgbaston|Trent\s+Bridge|the\s+Hundred)\b/i,
  golf: /\b(?:golf|golfing|tee\s+time|fairway|birdie|bogey|the\s+Open|the\s+Masters|Ryder\s+Cup|PGA|putt|putting|caddie|back\s+nine|\d+\s+holes)\b/i,
  tennis:
    /\b(?:tennis|Wimbledon|US\s+Open|French\s+Open|Australian\s+Open|Roland\s+Garros|set\s+point|match\s+point|tie-?break)\b/i,
  baseball:
    /\b(?:baseball|World\s+Series|MLB|home\s+run|inning|pitcher|Yankees|Red\s+Sox|Dodgers|Cubs|Mets)\b/i,
  other:
    /\b(?:basketball|NBA|ice\s+hockey|NHL|horse\s+racing|the\s+races|racecourse|Grand\s+National|Formula\s+(?:1|One)|Grand\s+Prix|boxing|athletics|cycling|Tour\s+de\s+France|hurling|GAA|Gaelic)\b/i,
};

/**
 * Whether a game word ("the match", "won") of a client's one sport sits among another sport's
 * words and none of theirs ("the rugby match on Saturday" for a client who avoids football).
 */
export function isAnotherSport(sport: string, term: string, text: string): boolean {
  const own = SPORT_WORDS[sport];
  if (!own || own.test(term) || own.test(text)) return false;
  for (const other in SPORT_WORDS) {
    if (other !== sport && SPORT_WORDS[other]!.test(text)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Politics and elections (UK, Ireland, US)

/** "the Chancellor's Budget", "the Chancellor of the Exchequer"; not a court's or a university's. */
const isChancellor: Sense = (before, after, _term, written) =>
  /^\s+of\s+the\s+Exchequer\b/i.test(after) ||
  /\bshadow\s+$/i.test(before) ||
  (/['’]s$/.test(written ?? "") &&
    /^\s+(?:Budget|statement|speech|announcement|fiscal|spending|tax)\b/i.test(after));
/** "the Lords" and "the House of Lords" as a chamber, not the court that decided a case. */
const isChamberNotCourt: Sense = (before, after) =>
  !/\b(?:held|decided|decision|judgment|ruled|ruling|case|cases|per|in\s+[A-Z][\w'’-]*\s+v\.?\s+[A-Z][\w'’-]*|appeal|appellate|dicta|dictum|speech\s+of|AC|UKHL|WLR)\b/i.test(
    before + " " + after,
  );
/** "MP" as a member: "the local MP", "an MP", "the MP for Bath"; not a model number. */
const isMember: Sense = (before, after) =>
  /\b(?:local|backbench|Tory|Labour|Conservative|Lib\s+Dem|SNP|Reform|Green|Independent|an|the|our|my|your|their|his|her)\s+$/i.test(
    before,
  ) && !/^\s*[-\d]/.test(after);
/**
 * A TD, an MSP or an MLA named with a party or a seat ("the local TD", "the MSP for Leith"):
 * the letters alone are also a touchdown, a managed service provider, mutual legal assistance.
 */
const isMemberStrict: Sense = (before, after) =>
  /\b(?:local|constituency|backbench|Tory|Labour|Conservative|SNP|SDLP|DUP|UUP|Alliance|Sinn\s+F[eé]in|Fianna\s+F[aá]il|Fine\s+Gael|Independent|Green)\s+$/i.test(
    before,
  ) || /^\s+for\s+[A-Z][a-z]/.test(after);
/** "a vote of no confidence" in a government, not in a board or its chair. */
const isNoConfidence: Sense = (before, after) =>
  !/\b(?:board|boards|CEO|chair|chairman|chairwoman|directors?|shareholders?|management|trustees|committee|auditors?)\b/i.test(
    before + " " + after,
  );

const POLITICS_WORLD: Instances = {
  terms: list(
    // elections and the count, UK, Ireland, US
    "leadership election|European elections|the count centre|first preference|first-preference votes|caucus|caucuses|the primary|polling booth|the electorate|landslide victory|" +
      // chambers and seats of government
      "Leinster House|Áras an Uachtaráin|the Áras|the Capitol|the Assembly|the Northern Ireland Assembly|the Scottish Parliament|the Welsh Parliament|the Lords|the Beltway|" +
      // offices
      "Chancellor|shadow chancellor|shadow minister|shadow secretary|Chief Whip|the whips|backbencher|backbenchers|backbench MPs|frontbench|front bench|Ceann Comhairle|Speaker of the House|Senate Majority Leader|Majority Leader|Minority Leader|House Speaker|the PM|MP|junior minister|" +
      // the political calendar
      "King's Speech|Queen's Speech|State of the Union|inauguration|Spending Review|Autumn Budget|Spring Statement|mini-budget|Budget day|conference season|vote of no confidence|no-confidence vote|confidence vote|government shutdown|debt ceiling|the filibuster|MAGA|Dems|Tory leadership|Labour leadership",
  ),
  judged: [
    ["Chancellor", isChancellor],
    ["the Lords", isChamberNotCourt],
    ["MP", isMember],
    ["TD|TDs|MSP|MSPs|MLA|MLAs", isMemberStrict],
    ["vote of no confidence|no-confidence vote|confidence vote", isNoConfidence],
    // "the primary" is a primary election, not the primary obligation or primary care.
    [
      "the primary|the primaries",
      (_b, after) =>
        /^\s+(?:race|election|campaign|vote|contest|season|day|results?|in\s+[A-Z]|on\s+(?:Tuesday|[A-Z]))\b/.test(
          after,
        ),
    ],
    // "the Assembly" of a country, not a company's general assembly or an assembly line.
    [
      "the Assembly",
      (_b, after) =>
        /^\s+(?:elections?|members?|debate|vote|in\s+Stormont|at\s+Stormont)\b/i.test(after),
    ],
    [
      "caucus|caucuses",
      (before) =>
        !/\b(?:lenders['’]?|creditors['’]?|bondholders['’]?|investors['’]?)\s+$/i.test(before),
    ],
    [
      "landslide victory",
      (_b, after) =>
        !/^\s+(?:in\s+(?:court|the\s+(?:tribunal|arbitration|appeal|case))|for\s+the\s+(?:claimant|defendant))\b/i.test(
          after,
        ),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Religion: seasons and observances

/** A holiday named as a date ("after Passover", "the Easter break") is a date, not religion. */
const HOLIDAY_AS_DATE_BEFORE =
  /\b(?:after|before|until|till|over|around|by|from|following|post|pre|end\s+of|start\s+of|back\s+from)\s+$/i;
const HOLIDAY_AS_DATE_AFTER =
  /^\s*(?:['’]s?\s+)?(?:break|holiday|holidays|bank\s+holiday|weekend|closure|week|period|recess|hours|deadline|timetable)\b/i;
const isObservance: Sense = (before, after) =>
  !HOLIDAY_AS_DATE_BEFORE.test(before) && !HOLIDAY_AS_DATE_AFTER.test(after);
/** "Lent" written with its capital inside a sentence; "lent" is the verb, "Lent term" a term. */
const isLent: Sense = (before, after, _term, written) =>
  written !== undefined &&
  /^L/.test(written) &&
  !/(?:^|[.!?:;\n]\s*)$/.test(before) &&
  !/^\s+(?:term|Term)\b/.test(after);

const RELIGION_WORLD: Instances = {
  terms: list(
    "Passover|Pesach|Seder|seder|Rosh Hashanah|Sukkot|Hanukkah|Chanukah|Purim|the High Holidays|High Holy Days|shul|kosher|suhoor|sehri|Umrah|Jummah|Laylat al-Qadr|Navratri|Holi|Vaisakhi|Baisakhi|Guru Nanak|puja|pooja|Lent|Holy Week|Pentecost|Whitsun|Epiphany|Advent Sunday|midnight Mass|Christmas service|Easter service|Easter vigil|Bible study|prayer group|prayer meeting|parish priest|parishioners|diocese|bishop|the vicarage|curate|choir practice|harvest festival|nativity play|carols|Alpha course|chaplaincy|ordination|ordained|pilgrimage|Lourdes|Walsingham|the Camino|in my prayers|in our prayers|thoughts and prayers|praying for you|praying for her|praying for him|God willing|Inshallah|inshallah|Insha'Allah|mashallah|Mashallah|Shabbat shalom",
  ),
  judged: [
    [
      "Passover|Pesach|Rosh Hashanah|Sukkot|Hanukkah|Chanukah|Purim|Navratri|Holi|Vaisakhi|Baisakhi|Whitsun|Pentecost|Epiphany",
      isObservance,
    ],
    ["Lent", isLent],
    ["bishop", (_b, _a, _t, written) => written !== undefined && /^b/.test(written)],
    [
      "ordained|ordination",
      (_b, after) => !/^\s+(?:of\s+(?:the\s+)?(?:claims?|payments?|priority))\b/i.test(after),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// Health: hospital stays and treatments

const HEALTH_WORLD: Instances = {
  terms: list(
    "A&E|ICU|on the ward|hospital stay|stay in hospital|spell in hospital|hospital bed|admitted to hospital|discharged from hospital|keyhole surgery|dialysis|rehab|transplant|crutches|stitches|bed rest|the all-clear|fit note|sick note|signed off work|signed off sick|off work sick|broken wrist|broken ankle|broken hip|broke his leg|broke her leg|broke your leg|broke his arm|broke her arm|broke her wrist|broke his wrist|fractured|a fracture|in plaster|in a cast|flu|a bad cold|a nasty bug|a virus|burnout|burnt out|burned out|stress leave|long Covid|cardiac|check-up|outpatient|inpatient|appointment with the consultant|hospital appointment|the physio|the doctor's|the hospital|convalesce|on the mend|a procedure|the procedure|a bypass|a pacemaker|a stent|IVF|miscarriage|mental health|anxiety|depression|therapy",
  ),
  judged: [
    // "in A&E", "to A&E": the emergency department, not the TV channel.
    ["A&E", (before) => /\b(?:in|to|at|from|into|through|via|end\s+up\s+in)\s+$/i.test(before)],
    // "a procedure" of a person: "your procedure on Friday"; not a court's or a firm's.
    [
      "a procedure|the procedure",
      (before, after) =>
        /\b(?:your|her|his|the\s+(?:medical|surgical)|hope\s+the|after\s+the|before\s+the)\s+$/i.test(
          before,
        ) ||
        /^\s+(?:went\s+well|on\s+(?:Mon|Tue|Wed|Thu|Fri)|last\s+week|at\s+the\s+hospital)\b/i.test(
          after,
        ),
    ],
    [
      "the hospital",
      (before) =>
        /\b(?:in|at|to|from|out\s+of|into|back\s+to|visit(?:ing|ed)?|left|leaving)\s+$/i.test(
          before,
        ),
    ],
    [
      "on the ward",
      (_b, after) => !/^\s+(?:of|council|councillors?|boundary|boundaries|member)\b/i.test(after),
    ],
    [
      "transplant",
      (_b, after) =>
        !/^\s+(?:of\s+(?:the\s+)?(?:law|doctrine|rules?|concept|model|regime))\b/i.test(after),
    ],
    [
      "rehab",
      (before, after) =>
        /\b(?:in|into|to|from|out\s+of|of)\s+$/i.test(before) ||
        /^\s+(?:clinic|centre|center|programme|program|facility)\b/i.test(after),
    ],
    [
      "cardiac",
      (_b, after) =>
        /^\s+(?:arrest|surgery|unit|ward|event|problems?|issues?|scare)\b/i.test(after),
    ],
    [
      "fractured",
      (_b, after) =>
        /^\s+(?:(?:his|her|my|your|a|the)\s+)?(?:leg|arm|wrist|ankle|hip|skull|rib|ribs|collarbone|shoulder|elbow|knee|foot|hand|spine|vertebra)\b/i.test(
          after,
        ),
    ],
    [
      "a fracture|in a cast|in plaster",
      (_b, after) =>
        !/^\s+(?:of\s+(?:the\s+)?(?:relationship|partnership|coalition|market|group|alliance))\b|^\s+(?:iron|of\s+characters|list)\b/i.test(
          after,
        ),
    ],
    [
      "flu|a virus",
      (before, after) =>
        !/\b(?:computer|software|email|e-mail|bird|swine)\s+$/i.test(before) &&
        !/^\s+(?:vaccine|vaccines|jabs?|season|pandemic|outbreak|scanner|software|protection)\b|^[-‐]/i.test(
          after,
        ) &&
        /\b(?:had|has|have|got|get|getting|with|caught|down\s+with|nasty|bad|the|a|off\s+with|laid\s+low\s+by|struck\s+down\s+by|fighting|recovering\s+from)\s+$/i.test(
          before,
        ),
    ],
    [
      "anxiety|depression|therapy|mental health",
      (before, after) =>
        /\b(?:your|her|his|my|own|with|from|struggling\s+with|suffering\s+from|battle\s+with|bout\s+of|treatment\s+for|off\s+with|signed\s+off\s+with|hope\s+the)\s+$/i.test(
          before,
        ) &&
        !/^\s+(?:claims?|policy|policies|provision|support\s+line|first\s+aiders?|awareness|training|charity|service|services|sector|act|Act)\b/i.test(
          after,
        ),
    ],
    [
      "check-up",
      (before) =>
        !/\b(?:compliance|annual\s+compliance|legal|IT|system|vehicle|car|boiler)\s+$/i.test(
          before,
        ),
    ],
  ],
};

// ---------------------------------------------------------------------------------------------
// A divorce or separation: court steps and euphemisms

/** "your ex", "her ex": the former partner, not "ex-works" or "ex VAT". */
const isEx: Sense = (_b, after) =>
  /^\s*(?:[.,;!?)]|$|\s+(?:and|has|had|is|was|wants|won['’]t|keeps|over|about|again|for|still|says|said)\b)/i.test(
    after,
  );

const DIVORCE_WORLD: Instances = {
  terms: list(
    "separated|separating|going our separate ways|gone their separate ways|going their separate ways|went their separate ways|living apart|marriage breakdown|the marriage breaking down|broke up|break-up|breakup|split from|splitting from|ex|your former husband|your former wife|her former husband|his former wife|contact arrangements|child arrangements order|spousal maintenance|child maintenance|the decree|consent order|the children's arrangements|the kids' arrangements|alternate weekends|every other weekend|the family home|marital home|matrimonial home",
  ),
  judged: [
    // "your ex", "her ex": the former partner ("ex-works", "ex VAT" are not).
    [
      "ex",
      (before, after) =>
        /\b(?:your|her|his|my|their)\s+$/i.test(before) && isEx(before, after, "ex"),
    ],
    [
      "separated|separating",
      (before, after) =>
        /\b(?:recently|newly|have|has|had|they|you|we|she|he|I)\s+$/i.test(before) &&
        !/^\s+(?:from\s+(?:the|its|their)\s+(?:group|business|company|fund|parent|main|rest))|^\s+(?:out|into|by|accounts?|assets?|funds?|layers?|entities|companies)\b/i.test(
          after,
        ),
    ],
    [
      "broke up|break-up|breakup",
      (before, after) =>
        /\b(?:your|her|his|their|the|they|you|she|he|we)\s+$/i.test(before) &&
        !/^\s+(?:of\s+(?:the\s+)?(?:group|company|business|partnership|portfolio|estate|JV|joint|consortium|syndicate|deal|conglomerate|assets?|fund|team|firm|bank))\b|^\s+(?:fee|fees|costs?|value|clause|provisions?|right)\b/i.test(
          after,
        ),
    ],
  ],
  smallTalk: list(
    "Cafcass|MIAM|custody hearing|contact centre|financial dispute resolution|the family home|marital home|matrimonial home|consent order|the decree|spousal maintenance|child maintenance|contact arrangements|child arrangements order",
  ),
};

// ---------------------------------------------------------------------------------------------
// Job cuts: the employer's euphemisms; industrial action: its forms

/** People whose jobs are cut: "cuts to the install crews", "reducing headcount". */
const PEOPLE =
  "staff|staffing|crews?|teams?|workforce|headcount|roles|jobs|posts|positions|employees|workers|people|colleagues|operatives|drivers|engineers|nurses|frontline|the\\s+shop\\s+floor|personnel|payroll|FTEs?";
const PEOPLE_AFTER = new RegExp(
  `^\\s+(?:to|in|among|across|at|of)\\s+(?:the\\s+|our\\s+|their\\s+|its\\s+|your\\s+|his\\s+|her\\s+)?(?:[a-z-]+\\s+){0,2}(?:${PEOPLE})\\b`,
  "i",
);
const PEOPLE_BEFORE = new RegExp(`\\b(?:${PEOPLE})\\s+$`, "i");
const PEOPLE_NEAR = new RegExp(
  `\\b(?:${PEOPLE}|redundan\\w*|severance|let\\s+go|laid\\s+off|job\\s+losses)\\b`,
  "i",
);
const isPeopleCut: Sense = (before, after) =>
  PEOPLE_AFTER.test(after) || PEOPLE_BEFORE.test(before);

const LAYOFF_WORLD: Instances = {
  terms: list(
    "cuts|cut|cutting|rightsizing|right-sizing|streamlining|restructure|restructuring|reorganisation|reorganization|reorg|workforce reduction|reduction in headcount|reducing headcount|reduce headcount|headcount cuts|staff reductions|letting people go|letting staff go|voluntary redundancy|voluntary redundancies|voluntary severance|voluntary exits|roles eliminated|eliminating roles|eliminate roles|role eliminations|positions eliminated|jobs to go|jobs are going|jobs will go|jobs at risk|roles at risk|shed staff|shedding staff|cutting staff|cut staff|the cull|cost-cutting|cost cutting|efficiencies|efficiency programme|transformation programme|operating model review|selection pool|early retirement scheme",
  ),
  judged: [
    ["cuts|cut|cutting", isPeopleCut],
    [
      "streamlining|restructure|restructuring|reorganisation|reorganization|reorg|cost-cutting|cost cutting|efficiencies|efficiency programme|transformation programme|operating model review",
      (before, after) => PEOPLE_NEAR.test(before) || PEOPLE_NEAR.test(after),
    ],
    [
      "the cull",
      (_b, after) =>
        !/^\s+of\s+(?:the\s+)?(?:deer|badgers?|livestock|animals|herd|birds)\b/i.test(after),
    ],
  ],
  smallTalk: list(
    "selection pool|voluntary redundancy|voluntary redundancies|early retirement scheme",
  ),
};

const STRIKE_WORLD: Instances = {
  terms: list(
    "overtime ban|sit-in|sympathy strike|wildcat|sickout|sick-out|blue flu|balloting|balloted|ballot for action|mandate for action|strike mandate|on the picket line|the picket line|walkouts|industrial action ballot|the union vote|the dispute with the union",
  ),
  judged: [
    ["sit-in", (_b, _a, _t, written) => written !== undefined && /[-‐]/.test(written)],
    [
      "balloting|balloted",
      (before, after) =>
        /\b(?:union|members|staff|workforce|drivers|nurses|teachers|workers|employees)\b/i.test(
          before + " " + after,
        ) &&
        !/\b(?:shareholders|creditors|bondholders|lenders|noteholders)\b/i.test(
          before + " " + after,
        ),
    ],
    ["wildcat", (_b, after) => /^\s+(?:strikes?|action|walk-?outs?|stoppages?)\b/i.test(after)],
  ],
};

const COVERAGE_WORLD: Instances = {
  terms: list(
    "the publicity|bad publicity|adverse publicity|negative publicity|press attention|media attention|media coverage|the media coverage|column inches|the front pages|bad press|negative press|in the press|in the papers",
  ),
};

/** The world's vocabulary of each concept, by concept id (topic-senses.ts merges it in). */
export const WORLD: Readonly<Record<string, Instances>> = {
  sports: sportInstances(FOOTBALL, RUGBY, CRICKET, GAA, US_SPORT, VENUES),
  football: sportInstances(FOOTBALL),
  rugby: sportInstances(RUGBY),
  cricket: sportInstances(CRICKET),
  golf: sportInstances(VENUES),
  tennis: sportInstances(VENUES),
  baseball: sportInstances(US_SPORT),
  politics: POLITICS_WORLD,
  religion: RELIGION_WORLD,
  health: HEALTH_WORLD,
  divorce: DIVORCE_WORLD,
  layoffs: LAYOFF_WORLD,
  strike: STRIKE_WORLD,
  coverage: COVERAGE_WORLD,
};
