/**
 * Curated names for the entertainment a host describes instead of naming the occasion: sports
 * competitions and fixtures, the teams that play them, and the cultural works, companies and
 * galleries people are taken to. Written from general knowledge of UK, Irish and US sport and
 * culture (not from any corpus case); each name is matched as written, with its capitals.
 *
 * `NAMED_EVENTS` are names that are an occasion on their own ("the Carabao Cup final", "Swan
 * Lake", "the Europa League"): they join the venue lexicon. `TEAMS` are not an occasion alone
 * (Arsenal is a place, Chelsea a district, the Heat a word): only a fixture shape between two of
 * them ("Chelsea v Newcastle", "the Knicks against the Celtics", "Leinster are at home to
 * Munster") is,.
 */

/** Competitions, tournaments and fixtures, and cultural works, companies, galleries and fairs. */
export const NAMED_EVENTS: readonly string[] = [
  // Football.
  "World Cup",
  "Women['’]s World Cup",
  "the Euros",
  "Europa League",
  "Carabao Cup",
  "League Cup final",
  "North London derby",
  "Merseyside derby",
  "Manchester derby",
  // Rugby.
  "Calcutta Cup",
  "Champions Cup",
  "Premiership final",
  "Autumn Nations",
  "autumn internationals",
  "Autumn Internationals",
  "Lions tour",
  "British (?:and|&) Irish Lions",
  "All Blacks",
  "Wallabies",
  "Springboks",
  "Barbarians",
  // Cricket.
  "(?:first|second|third|fourth|fifth|opening|final|deciding|Boxing Day|Lord['’]s) Test(?! (?:case|claimant|period|results?))",
  "T20 (?:Blast|World Cup|international|final)",
  "Vitality Blast",
  "County Championship",
  // Tennis, golf, racing, equestrian, sailing, motor sport, athletics.
  "the Championships",
  "ATP Finals",
  "Queen['’]s Championships",
  "the Open(?! (?:University|Banking|Society|Government|Data|Source|Market|Door|Finance))",
  "Melbourne Cup",
  "Prix de l['’]Arc",
  "Arc de Triomphe",
  "Badminton Horse Trials",
  "Burghley Horse Trials",
  "Hickstead",
  "America['’]s Cup",
  "Tour de France",
  "Le Mans",
  "F1",
  "Olympics",
  "Olympic Games",
  "Paralympics",
  "Commonwealth Games",
  "London Marathon",
  // US fixtures.
  "All-Star Game",
  "Opening Day",
  // Opera, ballet, musicals and plays (titles that are not also a name or a word).
  "Swan Lake",
  "The Nutcracker",
  "Nutcracker",
  "Sleeping Beauty",
  "La Boh[eè]me",
  "Madama Butterfly",
  "La Traviata",
  "Rigoletto",
  "Turandot",
  "Tosca",
  "Otello",
  "Don Giovanni",
  "(?:The )?Magic Flute",
  "(?:The )?Marriage of Figaro",
  "the Ring cycle",
  "Handel['’]s Messiah",
  "St Matthew Passion",
  "Les Mis[eé]rables",
  "Les Mis",
  "(?:The )?Phantom of the Opera",
  "(?:The )?Lion King",
  "Mamma Mia",
  "(?:The )?Book of Mormon",
  "Moulin Rouge",
  "Cursed Child",
  "(?:The )?Mousetrap",
  // Orchestras, companies and galleries, and their seasons and fairs.
  "LSO",
  "London Symphony Orchestra",
  "London Philharmonic",
  "LPO",
  "Philharmonia",
  "Royal Philharmonic",
  "New York Phil(?:harmonic)?",
  "Royal Ballet",
  "English National Ballet",
  "Bolshoi",
  "Cirque du Soleil",
  "Royal Academy(?! of (?:Engineering|Music))",
  "Summer Exhibition",
  "Tate Modern",
  "Tate Britain",
  "National Gallery",
  "the V&A",
  "MoMA",
  "Frieze",
  "Art Basel",
];

/**
 * Teams, as their supporters and the press name them: a fixture between two of them is an
 * occasion. Football and rugby clubs, national sides, county cricket and US major-league teams.
 */
export const TEAMS: readonly string[] = [
  // Football.
  "Arsenal",
  "Aston Villa",
  "Villa",
  "Bournemouth",
  "Brentford",
  "Brighton",
  "Burnley",
  "Chelsea",
  "Crystal Palace",
  "Palace",
  "Everton",
  "Fulham",
  "Leeds(?: United)?",
  "Leicester(?: City)?",
  "Liverpool",
  "Man(?:chester)? City",
  "Man(?:chester)? United",
  "Man Utd",
  "Newcastle(?: United)?",
  "Nottingham Forest",
  "Forest",
  "Sheffield United",
  "Southampton",
  "Spurs",
  "Tottenham(?: Hotspur)?",
  "West Ham(?: United)?",
  "Wolves",
  "Ipswich(?: Town)?",
  "Sunderland",
  "Norwich(?: City)?",
  "West Brom(?:wich Albion)?",
  "Celtic",
  "Rangers",
  // Rugby clubs and national sides (football and cricket play under the same names).
  "Saracens",
  "Harlequins",
  "Leicester Tigers",
  "Tigers",
  "Bath",
  "Northampton(?: Saints)?",
  "Saints",
  "Exeter(?: Chiefs)?",
  "Gloucester",
  "Bristol(?: Bears)?",
  "Sale(?: Sharks)?",
  "Leinster",
  "Munster",
  "Ulster",
  "England",
  "Scotland",
  "Wales",
  "Ireland",
  "France",
  "Italy",
  "Australia",
  "New Zealand",
  "South Africa",
  "India",
  "Pakistan",
  "West Indies",
  "the Lions",
  "All Blacks",
  "Wallabies",
  "Springboks",
  // County cricket.
  "Surrey",
  "Middlesex",
  "Yorkshire",
  "Lancashire",
  "Kent",
  "Essex",
  "Somerset",
  "Hampshire",
  "Sussex",
  "Warwickshire",
  // US major leagues (nicknames; an ordinary word among them counts only in a fixture).
  "Yankees",
  "Mets",
  "Red Sox",
  "Dodgers",
  "Giants",
  "Cubs",
  "White Sox",
  "Patriots",
  "Jets",
  "Eagles",
  "Cowboys",
  "Steelers",
  "Packers",
  "Bears",
  "Knicks",
  "Nets",
  "Celtics",
  "Lakers",
  "Warriors",
  "Bulls",
  "Bruins",
  "Capitals",
  "Blackhawks",
];

/** A regular-expression source for one of `names`, spaces as any white space. */
export function alternationOf(names: readonly string[]): string {
  return "(?:" + names.map((n) => n.replace(/ /g, "\\s+")).join("|") + ")";
}

/** Words too common to open a window for a name. */
const NOT_HEADS: ReadonlySet<string> = new Set(["the", "The", "and", "of"]);

/**
 * The word each name is looked for by: its last word of two letters or more ("Villa" for Aston
 * Villa, "Zealand" for New Zealand), as written.
 */
export function headsOf(names: readonly string[]): string[] {
  const heads: string[] = [];
  for (const name of names) {
    // A word spelt with a character class ("Boh[eè]me") cannot be a head: it is written two ways.
    const words = name
      .replace(/\(\?[:!][^)]*\)\??|\S*\[[^\]]*\]\S*|[?*]/g, " ")
      .split(/\s+/)
      .filter((w) => /^[A-Za-z0-9&]{3,}$/.test(w) && !NOT_HEADS.has(w));
    const head = words[words.length - 1];
    if (head !== undefined) heads.push(head);
  }
  return heads;
}
