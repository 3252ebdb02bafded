/**
 * What counts as entertainment when a firm offers it to a client: meals and drinks, shows and
 * games, tickets, seats and boxes, parties and receptions, and the venues and events people name
 * instead of saying what the occasion is ("a box at Wembley", "our guests at the Royal Albert
 * Hall", "a round at Sunningdale"). Written from general knowledge of UK and US corporate
 * hospitality; each word must rarely mean anything else in a law firm's mail, or comes with the
 * words that make it entertainment ("summer party", not "third party").
 *
 * Patterns here are sources (strings) for the check to compose; none is anchored at the end of a
 * text, and every alternation is bounded, so a match costs time linear in its window.
 */

/**
 * What the lexicon keeps as ordinary business (singular, lower-case): offered alone it is no
 * invitation, unless a profile's notes ban it ("including coffee catch-ups we pay for",
 * entertainment-notes.ts).
 */
export const ORDINARY_FARE: readonly string[] = [
  "coffee",
  "tea",
  "breakfast",
  "sandwich",
  "working lunch",
  "sandwich lunch",
  "refreshment",
  "cake",
  "biscuit",
  "pastry",
  "snack",
];

/** Meals and drinks a host pays for. Breakfast and coffee stay ordinary business. */
export const MEAL =
  "(?:lunch(?:eon)?|dinner|supper|brunch|drinks?|cocktails|happy\\s+hour|a\\s+bite(?:\\s+to\\s+eat)?|a\\s+meal|a\\s+pint|pints|a\\s+(?:cold\\s+)?beer|beers|a\\s+cocktail|a\\s+dram|a\\s+whiske?y|a\\s+glass\\s+of\\s+(?:wine|champagne|fizz|something|bubbly|bubbles|prosecco|port)|open\\s+bar|hors\\s+d['’]\\s*(?:oeuvres?|œuvres?)|afternoon\\s+tea|a\\s+tasting|(?:wine|whisky|whiskey|gin|champagne|port|sherry|cognac|claret|sake|rum|beer|ale|cider|cheese|chocolate|vintage|Burgundy|Bordeaux|Rioja|Barolo|Chablis|Sancerre|Champagne)\\s+tasting|tasting\\s+menu|barbecue|bbq|canap(?:é|e)s?|champagne\\s+(?:reception|breakfast)|a\\s+nightcap|a\\s+drink|a\\s+glass(?=\\s+(?:with|to|together|or\\s+two))|a\\s+toast|champagne(?!\\s+(?:region|houses?|producers?|appellation|designation|name|trade\\s*mark|trademark))|prosecco|fizz|oysters|a\\s+curry|mulled\\s+wine|mince\\s+pies|bubbly|nibbles|(?:wine\\s+and\\s+cheese|cheese\\s+and\\s+wine)|a\\s+bottle\\s+of\\s+(?:something|wine|champagne|red|white))";

/**
 * Shows and games: entertainment when something determines them ("the game", "Saturday's
 * match", "a concert"), not as verbs ("the figures match", "the results show").
 */
// Each entry starts with its letter: EVENT_EITHER_CASE capitalises the first character.
export const EVENT_WORDS: readonly string[] = [
  "game",
  "match",
  "fixture",
  "concert",
  "gig",
  "show",
  "opera",
  "ballet",
  "play",
  "musical",
  "gala",
  "tournament",
  "races",
  "race\\s+day",
  "boat\\s+race",
  "raceday",
  "regatta",
  "recital",
  "festival",
  "premiere",
  "private\\s+view",
  "symphony",
  "jazz",
  "comedy(?:\\s+(?:show|club|night))?",
  "stand-up",
  // Days out a host pays for.
  "clay\\s+(?:pigeon\\s+)?shooting",
  "skiing",
  "ski\\s+trip",
  "boat\\s+trip",
  "river\\s+cruise",
  "harbou?r\\s+cruise",
  "dinner\\s+cruise",
  "go-karting",
  "karting",
  "paintball(?:ing)?",
  "spa\\s+day",
  "wine\\s+tour",
  "cookery\\s+class",
  "fishing\\s+trip",
  "golf\\s+day",
  "day\\s+at\\s+the\\s+races",
  "cup\\s+final",
  "grand\\s+prix",
  "awards(?:\\s+(?:dinner|ceremony|night|evening|lunch))?",
  // Country sports, days on the water, shows and nights out a host lays on.
  "pheasant\\s+shoot(?:ing)?",
  "grouse\\s+shoot(?:ing)?",
  "partridge\\s+shoot(?:ing)?",
  "driven\\s+shoot(?:ing)?",
  "game\\s+shoot(?:ing)?",
  "clay\\s+shoot",
  "a\\s+day['’]s\\s+(?:[a-z]+\\s+)?(?:shooting|fishing|racing|sailing|golf|stalking|skiing)",
  // Days out named by their quarry or water: "salmon fishing", "a day on the river".
  "salmon\\s+fishing",
  "trout\\s+fishing",
  "fly[- ]fishing",
  "sea\\s+fishing",
  "deep-sea\\s+fishing",
  "coarse\\s+fishing",
  "deer\\s+stalking",
  "day\\s+(?:out\\s+)?(?:on\\s+the\\s+(?:river|water|moors?|hill|links|slopes|piste)|at\\s+the\\s+(?:races|polo|cricket|tennis|rugby|regatta|Open))",
  "wine\\s+tasting",
  "whisky\\s+(?:tasting|tour)",
  "distillery\\s+tour",
  "hot[- ]air\\s+balloon(?:\\s+(?:ride|flight))?",
  "helicopter\\s+(?:ride|flight|tour)",
  "polo",
  "sailing",
  "yacht\\s+(?:trip|race|day)",
  "pantomime",
  "panto",
  "film\\s+screening",
  "private\\s+screening",
  "preview\\s+screening",
  "exhibition\\s+opening",
  "carol\\s+concert",
  "semi-final",
  "quarter-final",
  "play-?offs?",
  "rugby\\s+international",
  "football\\s+international",
  "test\\s+match",
  "supper\\s+club",
  "tasting",
  "matin[eé]e",
  "evening\\s+performance",
  "gala\\s+performance",
  "opening\\s+performance",
  "opening\\s+night",
  "first\\s+night",
  "chef['’]s\\s+table",
  // Culture by its form: an exhibition (not a stand at one), a film screening, a book launch.
  "exhibition(?!\\s+(?:stand|space|costs?|fees?|rights|of\\s+(?:documents|evidence)))",
  "exhibition\\s+(?:opening|preview|launch)",
  "movie\\s+screening",
  "cinema\\s+screening",
  "gala\\s+screening",
  "charity\\s+screening",
  "premiere\\s+screening",
  "exclusive\\s+screening",
  "special\\s+screening",
  "screening\\s+of\\s+(?:the\\s+|a\\s+)?(?:[a-z'’-]+\\s+){0,2}?(?:film|movie|documentary)",
  "book\\s+launch",
  "album\\s+launch",
  "launch\\s+(?:drinks|night|evening)",
  // Trips and weekends named by what guests do: "a golf weekend", "a weekend's shooting".
  "ski(?:ing)?\\s+(?:weekend|break|holiday)",
  "skiing\\s+trip",
  "golf(?:ing)?\\s+(?:weekend|trip|break|holiday)",
  "shooting\\s+(?:weekend|trip|party)",
  "fishing\\s+(?:weekend|break|holiday)",
  "sailing\\s+(?:weekend|trip|holiday)",
  "spa\\s+(?:weekend|break)",
  "racing\\s+weekend",
  "season\\s+opener",
  "home\\s+opener",
  "shooting\\s+day",
  "fishing\\s+day",
  "stalking\\s+day",
  "hunting\\s+day",
  "polo\\s+day",
  "sailing\\s+day",
  "wine\\s+(?:weekend|trip)",
  "weekend(?:['’]s)?\\s+(?:away|(?:of\\s+)?(?:golf|skiing|shooting|fishing|sailing|racing|stalking))",
  "a\\s+(?:week|weekend|morning|afternoon)['’]s\\s+(?:shooting|fishing|skiing|sailing|stalking|golf)",
];
export const EVENT = `(?:${EVENT_WORDS.join("|")})`;
/**
 * EVENT for a case-sensitive pattern after a capitalised name ("Yankees game"): each word with or
 * without its capital, but not "show" or "play", which follow a capitalised subject as verbs
 * ("Figures show").
 */
export const EVENT_EITHER_CASE = `(?:${EVENT_WORDS.filter((w) => w !== "show" && w !== "play")
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|")})`;

/** Gatherings that are entertainment by their qualifier ("summer party", not "third party"). */
export const GATHERING =
  "(?:(?:summer|spring|autumn|fall|winter|christmas|xmas|holiday|festive|hanukkah|chanukah|diwali|eid|thanksgiving|halloween|garden|launch|viewing|watch|leaving|retirement|birthday|anniversary|office|drinks|cocktail|dinner|year-end|end-of-year|new\\s+year['’]?s?|team|boat|pool|rooftop|terrace|client|annual|charity|private|engagement|wedding|dinner)\\s+part(?:y|ies)|(?:summer|spring|autumn|fall|winter|christmas|xmas|holiday|festive|hanukkah|chanukah|diwali|eid|evening|drinks|cocktail|champagne|networking|client|anniversary)\\s+receptions?|(?:summer|spring|autumn|winter|christmas|xmas|holiday|festive)\\s+(?!(?:third|other|any|either|each|every|one|the|a|an|to|on|of|that|which|working)\\b)[\\w'’-]+\\s+(?:receptions?|part(?:y|ies))|(?:thanksgiving|hanukkah|chanukah|diwali|eid|burns|christmas|festive)\\s+(?:dinner|lunch|supper|drinks|celebrations?)|(?:charity|summer|winter|christmas|annual|black[- ]tie|masked|hunt)\\s+ball|(?:anniversary|birthday|centenary|centennial|jubilee|milestone|summer|year-end|end-of-year|holiday|launch|opening)\\s+celebrations?|(?:summer|spring|autumn|fall|winter|christmas|xmas|festive|drinks|wine|cheese|quiz|curry|social|client|games|casino|karaoke|comedy|cinema|film|movie)\\s+(?:evening|night)s?|(?:corporate\\s+)?hospitality|(?:black|white)[- ]tie(?![- ]?(?:up|in|break))|cocktail\\s+attire|festive\\s+attire|lounge\\s+suits|carriages\\s+(?:at|from)\\s+\\d|tailgate(?:\\s+part(?:y|ies))?|bit\\s+of\\s+a\\s+do\\b(?!\\s+(?:about|over|with))|(?:christmas|xmas|leaving|retirement|festive|summer)\\s+do\\b(?!\\s+(?:not|you|we|they|it|so|this|that|the|a|an|any|anything|something|well|better|more|n['’]t)\\b)|(?:summer|christmas|xmas|birthday|anniversary|leaving|end-of-year|year-end|holiday|festive|launch)\\s+bash|knees-up|shindig|(?:client|networking|holiday|summer|spring|social)\\s+mixers?)";

/**
 * Venues and events named instead of the occasion, capitalised as written. A venue that is also
 * a town or district (Twickenham, Wimbledon, Cheltenham, Ascot) is listed because in an offer
 * ("a box at", "join us at") it is the venue.
 */
/**
 * More venues and events, as written: grounds and stadiums, racecourses and circuits, golf clubs,
 * theatres, concert and opera houses, festivals and fixtures (UK, Ireland and US). Places that are
 * also a district or town people have offices in (Covent Garden, Chelsea, St Andrews) are left
 * out: they count after "seats at", "a box at" (SEATS), not alone.
 */
const MORE_NAMED = [
  // Football and rugby grounds.
  "Etihad Stadium",
  "the Etihad",
  "Villa Park",
  "Goodison Park",
  "Celtic Park",
  "Ibrox",
  "Hampden Park",
  "London Stadium",
  "Selhurst Park",
  "Craven Cottage",
  "Molineux",
  "King Power Stadium",
  "Turf Moor",
  "Ewood Park",
  "Stadium of Light",
  "Riverside Stadium",
  "Gtech Community Stadium",
  "Vitality Stadium",
  "Allianz Stadium",
  "Millennium Stadium",
  "Thomond Park",
  "Franklin['’]s Gardens",
  "Stade de France",
  "Parc des Princes",
  "Camp Nou",
  "Bernab[eé]u",
  "San Siro",
  "Allianz Arena",
  // Cricket and tennis.
  "Edgbaston",
  "Headingley",
  "Trent Bridge",
  "Ageas Bowl",
  "Sophia Gardens",

  "Flushing Meadows",
  "Arthur Ashe Stadium",
  "Roland[- ]Garros",
  "Hurlingham",
  "Indian Wells",
  // Racing and motor sport.
  "Sandown(?:\\s+Park)?",
  "Kempton(?:\\s+Park)?",
  "Newbury Racecourse",
  "Haydock(?:\\s+Park)?",
  "York Racecourse",
  "the Knavesmire",
  "Windsor Racecourse",
  "Lingfield(?:\\s+Park)?",
  "Longchamp",
  "Leopardstown",
  "Punchestown",
  "the Curragh",
  "Galway Races",
  "Royal Enclosure",
  "Epsom Derby",
  "the Derby",
  "St Leger",
  "Festival of Speed",
  "Glorious Goodwood",
  "Brands Hatch",
  "Churchill Downs",
  "Saratoga Race Course",
  "Belmont Park",
  "Keeneland",
  "Santa Anita",
  "Daytona(?:\\s+500)?",
  "Indianapolis Motor Speedway",
  "Breeders['’] Cup",
  "British Grand Prix",
  "Monaco Grand Prix",
  "Formula (?:1|One)", // Golf.
  "Royal Lytham",
  "Royal Troon",
  "Turnberry",
  "the Old Course",
  "Royal Liverpool",
  "Walton Heath",
  "Celtic Manor",
  "Royal County Down",
  "Royal Portrush",
  "Kingsbarns",
  "Woburn Golf Club",
  "Royal Porthcawl",
  "Valderrama",
  "Adare Manor",
  "the K Club",
  "TPC Sawgrass",
  "Pinehurst",
  "Bethpage",
  "Shinnecock",
  "Torrey Pines",
  "Winged Foot",
  "Oakmont",
  "Baltusrol",
  "Whistling Straits",
  "Kiawah",
  "Bandon Dunes",
  "Medinah",
  "the Masters",
  "Open Championship",
  "PGA Championship",
  "Solheim Cup",
  "BMW PGA",
  // Theatres, concert and opera houses, festivals (UK and Ireland).
  "London Palladium",
  "the Palladium",
  "Theatre Royal",
  "Sadler['’]s Wells",
  "Donmar(?:\\s+Warehouse)?",
  "the Almeida",
  "Bridge Theatre",
  "Royal Court Theatre",
  "the Roundhouse",
  "Ronnie Scott['’]s",
  "Hammersmith Apollo",
  "Eventim Apollo",
  "Brixton Academy",
  "Royal Shakespeare (?:Theatre|Company)",
  "the RSC",
  "English National Opera",
  "the ENO",
  "Usher Hall",
  "Bridgewater Hall",
  "Symphony Hall",
  "Royal Concert Hall",
  "Snape Maltings",
  "Garsington",
  "Grange Park Opera",
  "Opera Holland Park",
  "Kenwood House concert",
  "Wimbledon fortnight",
  "Cowes Week",
  "the Royal Box",
  "Royal Box",
  "Hay Festival",
  "Cheltenham Literature Festival",
  "Last Night of the Proms",
  "Hampton Court (?:Palace\\s+)?(?:Festival|Flower Show)",
  "RHS Chelsea",
  "Lord Mayor['’]s Banquet",
  "Burns Night",
  "the BAFTAs",
  "the Brits",
  "the Oscars",
  "the Ivy",
  "the Savoy Grill",
  "Annabel['’]s",
  "Soho House",
  "the Groucho",
  "Hawksmoor",
  "Le Gavroche",
  "the Wolseley", // US venues and events.
  "Oracle Park",
  "Petco Park",
  "Camden Yards",
  "Busch Stadium",
  "Coors Field",
  "Minute Maid Park",
  "Globe Life Field",
  "Truist Park",
  "Soldier Field",
  "Lambeau(?:\\s+Field)?",
  "Gillette Stadium",
  "AT&T Stadium",
  "Arrowhead(?:\\s+Stadium)?",
  "Lincoln Financial Field",
  "Levi['’]s Stadium",
  "Mercedes-Benz Stadium",
  "Hard Rock Stadium",
  "Allegiant Stadium",
  "Lumen Field",
  "Capital One Arena",
  "Wells Fargo Center",
  "American Airlines Center",
  "Kaseya Center",
  "Ball Arena",
  "Climate Pledge Arena",
  "Scotiabank Arena",
  "Bell Centre",
  "Red Rocks",
  "the Blue Note",
  "Ravinia",
  "the Met Opera",
  "Metropolitan Opera House",
  "NBA Finals",
  "Daytona 500",
  "the Masters Tournament",
  "Coachella",
  "Sundance",
  "Tribeca Film Festival",
  "Met Gala",
  "the Kentucky Derby",
  "Army-Navy game",
  "Rose Parade",
  "Knicks",
  "Yankees",
  "Mets",
  "Red Sox",
  "Dodgers",
  "Cubs",
  "White Sox",
  "Lakers",
  "Celtics",
  "Warriors game",
  "Nets game",
  "Bruins",
  "Blackhawks",
  "Steelers",
  "Packers",

  "Cowboys game",
  "Giants game",
  "Jets game",
  "Patriots game",
  "Eagles game",
  "Rangers game",
  "Capitals game",
];

/**
 * Venues and events named instead of the occasion, capitalised as written. A venue that is also
 * a town or district (Twickenham, Wimbledon, Cheltenham, Ascot) is listed because in an offer
 * ("a box at", "join us at") it is the venue.
 */
export const NAMED =
  "(?:Wembley|Twickenham|Lord['’]s|(?:the\\s+|Kia\\s+)?Oval|Old\\s+Trafford|Anfield|(?:the\\s+)?Emirates(?:\\s+Stadium)?|Stamford\\s+Bridge|Tottenham\\s+Hotspur\\s+Stadium|Murrayfield|Principality\\s+Stadium|(?:the\\s+)?Aviva(?:\\s+Stadium)?|Croke\\s+Park|Wimbledon|Centre\\s+Court|Queen['’]s\\s+Club|(?:Royal\\s+)?Albert\\s+Hall|Barbican|Royal\\s+Festival\\s+Hall|Southbank\\s+Centre|Wigmore\\s+Hall|Royal\\s+Opera\\s+House|(?:London\\s+)?Coliseum|Glyndebourne|National\\s+Theatre|Old\\s+Vic|Young\\s+Vic|Shakespeare['’]s\\s+Globe|(?:the\\s+)?O2(?:\\s+Arena)?|(?:Royal\\s+)?Ascot|Cheltenham(?:\\s+Festival)?|Epsom|Goodwood|Aintree|Newmarket|Silverstone|Henley(?:\\s+Royal)?(?:\\s+Regatta)?|Sunningdale|Wentworth|Royal\\s+St\\s+George['’]s|Gleneagles|(?:the\\s+)?Belfry|Carnoustie|Muirfield|Royal\\s+Birkdale|Chelsea\\s+Flower\\s+Show|Glastonbury|Edinburgh\\s+(?:Festival|Fringe)|(?:the\\s+)?Proms|Six\\s+Nations|FA\\s+Cup|Boat\\s+Race|Grand\\s+National|Gold\\s+Cup|Ryder\\s+Cup|(?:the\\s+)?Ashes|Test\\s+match|Premier\\s+League|Champions\\s+League|Madison\\s+Square\\s+Garden|Yankee\\s+Stadium|Fenway(?:\\s+Park)?|Wrigley(?:\\s+Field)?|Dodger\\s+Stadium|Citi\\s+Field|Chase\\s+Center|Barclays\\s+Center|Crypto\\.com\\s+Arena|Staples\\s+Center|TD\\s+Garden|United\\s+Center|MetLife\\s+Stadium|SoFi\\s+Stadium|Lincoln\\s+Center|Carnegie\\s+Hall|Kennedy\\s+Center|Metropolitan\\s+Opera|Hollywood\\s+Bowl|Radio\\s+City(?:\\s+Music\\s+Hall)?|Broadway|Kentucky\\s+Derby|Preakness|Belmont\\s+Stakes|Super\\s+Bowl|World\\s+Series|US\\s+Open|Pebble\\s+Beach|Augusta(?:\\s+National)?|Indy\\s+500|March\\s+Madness|Final\\s+Four|Stanley\\s+Cup|Rose\\s+Bowl|Tanglewood|" +
  MORE_NAMED.map((n) => n.replace(/ /g, "\\s+")).join("|") +
  ")";

/** Words of MORE_NAMED that open a window for it (lower case; generic words left out). */
const GENERIC_NAME_WORDS = new Set(
  "the of de at and stadium park field arena center centre hall house theatre royal national old new court club course golf road gardens game".split(
    " ",
  ),
);
/** Everyday words: a name with a rarer word is found by that one ("Capital One Arena": "arena"). */
const COMMON_WORDS = new Set(
  "london last west english hard capital american red white blue le open british bridge grange concert symphony opera lincoln mercedes bell ball climate globe minute soldier county walton liverpool army rose hay wells giants jets eagles patriots rangers capitals warriors nets cowboys finals santa formula celtic camden masters lord burns ivy one met".split(
    " ",
  ),
);
/**
 * The word each of MORE_NAMED is looked for by, as written ("Headingley", "Sadler"):
 * names are matched with their capitals, so their heads are too, which keeps the one pass over
 * the text that finds head words quick (a capital is rare).
 */
const MORE_NAMED_HEADS: string[] = [];
for (const name of MORE_NAMED) {
  const words = name
    .replace(/\(\?:[^)]*\)\??|\[[^\]]*\]|\\[.s]\*?|[?*]/g, " ")
    .split(/[\s-]+/)
    .map((w) => w.replace(/['’]s$/, ""))
    .filter((w) => /^[A-Za-z0-9&]{2,}$/.test(w) && !GENERIC_NAME_WORDS.has(w.toLowerCase()));
  // One word is enough to find the name: its first that is not an everyday word.
  const rare = words.filter((w) => !COMMON_WORDS.has(w.toLowerCase()));
  const head = rare[0] ?? words[0];
  if (head !== undefined) MORE_NAMED_HEADS.push(head);
}
/** Heads written with a capital: found only as written. */
const MORE_NAMED_CAPITAL_HEADS = MORE_NAMED_HEADS.filter((w) => /^[A-Z]/.test(w));

/** Kinds of venue: "at the Grand Theatre", "a golf club", "a steakhouse". */
export const VENUE_TYPE =
  "(?:stadium|arena|ballpark|golf\\s+(?:club|course)|country\\s+club|members['’]?\\s+club|racecourse|racetrack|theat(?:re|er)|opera\\s+house|concert\\s+hall|restaurant|bistro|brasserie|steakhouse|trattoria|tavern|pub|wine\\s+bar|cocktail\\s+bar|rooftop\\s+bar|bar\\s*(?:&|and)\\s*grill|enclosure)";

/**
 * What a host offers a seat at: tickets, seats, places, a box, badges, a table, a tee time. These
 * need what they are for or where ("seats for the Knicks", "places left for the New Zealand
 * game", "a table at the Legal Charities Dinner"), checked in code. Round 33: "a pair" before
 * what it is for ("a pair for the Leafs") is a pair of tickets; "a table of" anything but a
 * number of guests ("a table of the rent reviews") is a table of figures.
 */
/**
 * Shorthand a host writes for what it offers (round 11): "tix" for tickets, "comp" or "comps"
 * for complimentary ones, "hosp." for hospitality before what it names ("hosp. box"). Used in
 * every pattern that names them.
 */
export const TICKETS = "(?:tickets?|tix)";
const COMPLIMENTARY = "(?:complimentary|comp|comps|free)";
const HOSPITALITY_SHORT = "(?:hospitality|hosp\\.?)";

export const SEATS =
  "(?:" +
  TICKETS +
  "|seats?|places|spaces|spots|(?:a|our|the\\s+firm['’]s|the|my)\\s+(?:corporate\\s+|private\\s+|hospitality\\s+)?box|box\\s+seats|courtside(?:\\s+seats)?|badges|passes|hospitality|(?:a|our|the)\\s+(?:(?:quiet|private|corner|good|big|round)\\s+)?table(?!\\s+of\\s+(?!(?:two|four|six|eight|ten|twelve|\\d+)\\b))|a\\s+tee\\s+time|tee\\s+times|a\\s+round|a\\s+pair(?=\\s+(?:for|to)\\s))";

/**
 * Hospitality a host holds and offers whatever it is for: a corporate box, debenture seats, a
 * spare ticket, a hospitality package or suite, passes to the paddock or backstage.
 */
export const HOSPITALITY_OBJECT =
  "(?:(?:corporate|" +
  HOSPITALITY_SHORT +
  "|executive|private|VIP|directors['’]?|debenture|club)\\s+(?:box|boxes|seats|tickets|tix|passes|tent|marquee|enclosure)|" +
  COMPLIMENTARY +
  "\\s+(?:tickets?|tix|seats|passes)|hospitality\\s+(?:suite|package|allocation|lounge|area|places)|VIP\\s+(?:lounge|area|tickets|treatment)|(?:(?:a|two|three|four|a\\s+couple\\s+of|a\\s+pair\\s+of|some)\\s+)?spare\\s+(?:tickets?|seats?|places?)|(?:box|courtside|front[- ]row|ringside|pitchside)\\s+seats|(?:backstage|paddock|pit|guest)\\s+passes|(?:the\\s+)?Royal\\s+Enclosure|members['’]?\\s+enclosure|ticket\\s+allocation|(?:ski|lift)\\s+pass(?:es)?|season\\s+tickets?(?!\\s+(?:loans?|schemes?|advances?)))";

/**
 * What seats can be for without a capital: a meal, a show or a game (EVENT, MEAL, GATHERING),
 * and the rounds of a competition.
 */
export const FIXTURE =
  "(?:final|semi-finals?|semis|quarter-finals?|derby|decider|international|play-?offs?|grand\\s+final)";

/**
 * Words that make an offer of seats or a venue a business event: "tickets for the Law Society
 * conference", "a place on the Board", "take you to the Tribunal".
 */
export const BUSINESS_EVENT =
  "\\b(?:conference|conferences|seminar|seminars|webinar|webinars|hearing|hearings|trial|training|(?:training|CPD|refresher|online)\\s+courses?|workshop|workshops|summit|forum|symposium|lecture|briefing|meeting|meetings|session|sessions|exam|exams|AGM|EGM|congress|convention|expo|trade\\s+(?:show|fair)|site\\s+visit|inspection|tribunal|court|board|committee|council|parliament|senate|panel|registry|commission|cabinet|bench|shortlist|programme|program|scheme|pool|rota|roster|waiting\\s+list|flight|flights|train|trains|plane|parking|raffle|lottery|support|helpdesk|help\\s+desk|portal|queue)\\b";

/**
 * Words that make an occasion word something else: a working meal, a time of day, a support
 * ticket, a locked box, the hospitality sector, a meeting venue's matter.
 */
export const NOT_ENTERTAINMENT_AFTER =
  "(?:\\s*(?:(?:course|club|hall|house|venue|stadium|arena|centre|center|ground|park|theat(?:re|er))\\s+)?(?:time|break|hour|meeting|session|briefing|order|system|plan|cause|changer|theory|sector|industry|customers?|clients?|businesses|venues?|groups?|law|licen[cs]es?|rights|contracts?|agreements?|leases?|disputes?|claims?|litigation|matters?|acquisition|sale|purchase|financing|sponsorship|negotiations?|terms|policy|insurance|provided|will\\s+be\\s+provided|is\\s+provided|road|rd|street|st|lane|way|avenue|ave|drive|place|estate|industrial|district|conference|offices?|park|station|warehouses?|depots?|sites?|units?|premises|stores?|branch(?:es)?|plants?|yards?|factory|factories|works|retail|tenancy|tenants?|freehold|leasehold|planning|development|redevelopment|property|properties|accidents?|injur(?:y|ies)|incidents?|ships?|vessels?|operators?|charters?)\\b)";

/**
 * The words each kind of occasion above is built around (its head, or a venue's or event's most
 * telling word): the check looks for an occasion of a kind only near its words, found in one pass
 * over the text's words. Lower-case words count in any case; `NAMED_CAPITALISED` only as written
 * ("Cup", not "cup").
 */
export const OCCASION_HEADS: Readonly<Record<string, string>> = {
  meal: "bar hors nibbles breakfast lunch luncheon dinner supper brunch drink drinks cocktails cocktail beer beers dram whisky whiskey happy bite meal pint pints glass tea tasting menu barbecue bbq canap canapes champagne nightcap curry bottle mulled mince bubbly cheese",
  event:
    "launch weekend opener tasting matinee matinée performance opening first racing riding river moors piste slopes salmon trout fly sea deep-sea coarse deer whisky distillery balloon helicopter game match fixture concert gig show opera ballet play musical gala tournament races race raceday regatta recital festival premiere view symphony golf prix awards cup jazz comedy stand clay shooting golfing stalking skiing ski boat cruise karting go-karting gokarting paintball paintballing spa tour cookery fishing pheasant grouse partridge driven shoot shooting polo sailing yacht pantomime panto screening exhibition carol semi-final quarter-final playoff playoffs play-off play-offs international test supper chef chef's",
  // "celebrate", "celebration" and "town" only open a window for the going-out frame.
  gathering:
    "party parties reception receptions soiree soirée soirees get-together get-togethers house ball hospitality evening evenings night nights celebrate celebration town thank tie attire suits carriages tailgate mixer mixers bit christmas xmas leaving retirement festive summer bash knees-up shindig celebrating toast toasting",
  golf: "golf",
  host: "take host bring send",
  evening: "evening tonight",
  guest: "guest guests",
  outing: "day days outing outings",
  retreat: "chalet villa lodge yacht cottage",
  seats:
    "reserved booked hired sorted ticket tickets tix comp comps hosp seat seats places spaces spots box boxes courtside badges pass passes hospitality table tee round tent marquee enclosure suite lounge allocation spare pair",
  venue:
    "stadium arena ballpark club course racecourse racetrack theatre theater house hall restaurant bistro brasserie steakhouse trattoria tavern pub bar grill enclosure",
  named:
    "wembley twickenham lord oval trafford anfield emirates stamford hotspur murrayfield principality aviva croke wimbledon albert barbican southbank wigmore coliseum glyndebourne vic globe o2 ascot cheltenham epsom goodwood aintree newmarket silverstone henley sunningdale wentworth gleneagles belfry carnoustie muirfield birkdale glastonbury fringe proms nations ashes fenway wrigley dodger citi barclays crypto staples metlife sofi carnegie broadway preakness belmont pebble augusta indy madness stanley tanglewood" +
    MORE_NAMED_HEADS.filter((w) => !/^[A-Z]/.test(w))
      .map((w) => " " + w)
      .join(""),
};
export const NAMED_CAPITALISED: ReadonlySet<string> = new Set(
  "Cup League Series Garden Bowl Derby Open Court Centre Center National Field Park Square TD Test Gold Grand Six"
    .split(" ")
    .concat(MORE_NAMED_CAPITAL_HEADS),
);
