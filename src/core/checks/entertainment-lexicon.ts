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

/** Meals and drinks a host pays for. Breakfast and coffee stay ordinary business. */
export const MEAL =
  "(?:lunch(?:eon)?|dinner|supper|brunch|drinks?|cocktails|happy\\s+hour|a\\s+bite(?:\\s+to\\s+eat)?|a\\s+meal|a\\s+pint|pints|a\\s+glass\\s+of\\s+(?:wine|champagne|fizz)|afternoon\\s+tea|a\\s+tasting|(?:wine|whisky|whiskey|gin)\\s+tasting|tasting\\s+menu|barbecue|bbq)";

/**
 * Shows and games: entertainment when something determines them ("the game", "Saturday's
 * match", "a concert"), not as verbs ("the figures match", "the results show").
 */
// Each entry starts with its letter: EVENT_EITHER_CASE capitalises the first character.
const EVENT_WORDS = [
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
  "(?:(?:summer|christmas|xmas|holiday|festive|garden|launch|viewing|watch|leaving|retirement|birthday|anniversary|office|drinks|cocktail|dinner|year-end|end-of-year|new\\s+year['’]?s?|team|boat|pool|rooftop|terrace)\\s+part(?:y|ies)|(?:summer|spring|autumn|fall|winter|christmas|xmas|holiday|festive|evening|drinks|cocktail|champagne|networking|client|anniversary)\\s+receptions?|(?:charity|summer|winter|christmas|annual|black[- ]tie|masked|hunt)\\s+ball|(?:summer|spring|autumn|fall|winter|christmas|xmas|festive|drinks|wine|cheese|quiz|curry|social|client|games|casino|karaoke|comedy|cinema|film|movie)\\s+(?:evening|night)s?|(?:corporate\\s+)?hospitality)";

/**
 * Venues and events named instead of the occasion, capitalised as written. A venue that is also
 * a town or district (Twickenham, Wimbledon, Cheltenham, Ascot) is listed because in an offer
 * ("a box at", "join us at") it is the venue.
 */
export const NAMED =
  "(?:Wembley|Twickenham|Lord['’]s|(?:the\\s+|Kia\\s+)?Oval|Old\\s+Trafford|Anfield|(?:the\\s+)?Emirates(?:\\s+Stadium)?|Stamford\\s+Bridge|Tottenham\\s+Hotspur\\s+Stadium|Murrayfield|Principality\\s+Stadium|(?:the\\s+)?Aviva(?:\\s+Stadium)?|Croke\\s+Park|Wimbledon|Centre\\s+Court|Queen['’]s\\s+Club|(?:Royal\\s+)?Albert\\s+Hall|Barbican|Royal\\s+Festival\\s+Hall|Southbank\\s+Centre|Wigmore\\s+Hall|Royal\\s+Opera\\s+House|(?:London\\s+)?Coliseum|Glyndebourne|National\\s+Theatre|Old\\s+Vic|Young\\s+Vic|Shakespeare['’]s\\s+Globe|(?:the\\s+)?O2(?:\\s+Arena)?|(?:Royal\\s+)?Ascot|Cheltenham(?:\\s+Festival)?|Epsom|Goodwood|Aintree|Newmarket|Silverstone|Henley(?:\\s+Royal)?(?:\\s+Regatta)?|Sunningdale|Wentworth|Royal\\s+St\\s+George['’]s|Gleneagles|(?:the\\s+)?Belfry|Carnoustie|Muirfield|Royal\\s+Birkdale|Chelsea\\s+Flower\\s+Show|Glastonbury|Edinburgh\\s+(?:Festival|Fringe)|(?:the\\s+)?Proms|Six\\s+Nations|FA\\s+Cup|Boat\\s+Race|Grand\\s+National|Gold\\s+Cup|Ryder\\s+Cup|(?:the\\s+)?Ashes|Test\\s+match|Premier\\s+League|Champions\\s+League|Madison\\s+Square\\s+Garden|Yankee\\s+Stadium|Fenway(?:\\s+Park)?|Wrigley(?:\\s+Field)?|Dodger\\s+Stadium|Citi\\s+Field|Chase\\s+Center|Barclays\\s+Center|Crypto\\.com\\s+Arena|Staples\\s+Center|TD\\s+Garden|United\\s+Center|MetLife\\s+Stadium|SoFi\\s+Stadium|Lincoln\\s+Center|Carnegie\\s+Hall|Kennedy\\s+Center|Metropolitan\\s+Opera|Hollywood\\s+Bowl|Radio\\s+City(?:\\s+Music\\s+Hall)?|Broadway|Kentucky\\s+Derby|Preakness|Belmont\\s+Stakes|Super\\s+Bowl|World\\s+Series|US\\s+Open|Pebble\\s+Beach|Augusta(?:\\s+National)?|Indy\\s+500|March\\s+Madness|Final\\s+Four|Stanley\\s+Cup|Rose\\s+Bowl|Tanglewood)";

/** Kinds of venue: "at the Grand Theatre", "a golf club", "a steakhouse". */
export const VENUE_TYPE =
  "(?:stadium|arena|ballpark|golf\\s+(?:club|course)|country\\s+club|members['’]?\\s+club|racecourse|racetrack|theat(?:re|er)|opera\\s+house|concert\\s+hall|restaurant|bistro|brasserie|steakhouse|trattoria|tavern|pub|wine\\s+bar|cocktail\\s+bar|rooftop\\s+bar|bar\\s*(?:&|and)\\s*grill|enclosure)";

/** What a host offers a seat at: tickets, seats, a box, badges, a table, a tee time. */
export const SEATS =
  "(?:tickets?|seats|(?:a|our|the\\s+firm['’]s|the|my)\\s+(?:corporate\\s+|private\\s+|hospitality\\s+)?box|box\\s+seats|courtside(?:\\s+seats)?|badges|passes|hospitality|(?:a|our)\\s+table|a\\s+tee\\s+time|tee\\s+times|a\\s+round)";

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
  meal: "lunch luncheon dinner supper brunch drink drinks cocktails happy bite meal pint pints glass tea tasting menu barbecue bbq",
  event:
    "game match fixture concert gig show opera ballet play musical gala tournament races race raceday regatta recital festival premiere view symphony golf prix awards cup jazz comedy stand clay shooting skiing ski boat cruise karting go-karting gokarting paintball paintballing spa tour cookery fishing",
  // "celebrate", "celebration" and "town" only open a window for the going-out frame.
  gathering:
    "party parties reception receptions ball hospitality evening evenings night nights celebrate celebration town",
  golf: "golf",
  seats: "ticket tickets seats box courtside badges passes hospitality table tee round",
  venue:
    "stadium arena ballpark club course racecourse racetrack theatre theater house hall restaurant bistro brasserie steakhouse trattoria tavern pub bar grill enclosure",
  named:
    "wembley twickenham lord oval trafford anfield emirates stamford hotspur murrayfield principality aviva croke wimbledon albert barbican southbank wigmore coliseum glyndebourne vic globe o2 ascot cheltenham epsom goodwood aintree newmarket silverstone henley sunningdale wentworth gleneagles belfry carnoustie muirfield birkdale glastonbury fringe proms nations ashes fenway wrigley dodger citi barclays crypto staples metlife sofi carnegie broadway preakness belmont pebble augusta indy madness stanley tanglewood",
};
export const NAMED_CAPITALISED: ReadonlySet<string> = new Set(
  "Cup League Series Garden Bowl Derby Open Court Centre Center National Field Park Square TD Test Gold Grand Six".split(
    " ",
  ),
);
