/**
 * The world's own vocabulary of two subject areas a client avoids (eighth round of issue 10):
 * drafts raise sport and job cuts without the area's word. A fan's small talk names a club by
 * its nickname, its ground or its town, a derby, the weekend's result, the manager; an employer
 * cuts jobs in euphemisms ("cuts to the crews", "rightsizing", "voluntary exits").
 *
 * Curated SYSTEMATICALLY from general knowledge (whole leagues with their nicknames and grounds:
 * football's Premier League, Championship and Scottish Premiership; every common
 * euphemism of a job cut), never from a draft. Each CLASS of entry has its own rule for when a
 * name counts alone:
 * - a ground known only as a ground, or a nickname that is no common word, written with a
 *   capital: alone (unless an address or a building's use follows it);
 * - a ground named like a street or a district ("Elland Road", "Anfield"): only as the place
 *   someone goes to or is at, never after a number or before an office;
 * - a nickname that is a common word ("the Saints", "the Bears") or a club that is also a town
 *   ("Leeds", "Reading", "Bath"): only in a sports frame (a match word, or two lighter ones such
 *   as a result and a match day);
 * - a "derby" in lower case is the match, "Derby" the city (a side only in a sports frame).
 * Lexicons of the same kind for politics, religion, health, a separation and industrial action
 * were written too and taken out for their bytes: they earned nothing on the held-back sets
 * (docs/checks.md, eighth round).
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
  /\bthe\s+$/i.test(before) &&
  isSportsFrame(before, after);
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
  terms: string;
}

/**
 * Football: the Premier League, the Championship and the Scottish Premiership, with a few famous
 * grounds abroad (the US leagues' best-known sides are in topic-senses.ts).
 */
const FOOTBALL: SportWorld = {
  groundsAlone:
    "Goodison|Villa Park|Selhurst Park|Craven Cottage|Turf Moor|Ewood Park|Pride Park|the Hawthorns|Stadium of Light|Emirates Stadium|Etihad Stadium|City Ground|Fratton Park|Deepdale|Oakwell|Portman Road|Carrow Road|Vicarage Road|Bramall Lane|Kenilworth Road|Loftus Road|Bloomfield Road|Home Park|St Andrew's|Hampden|Tynecastle|Pittodrie|Fir Park|Tannadice|Dens Park|Easter Road|Celtic Park",
  groundsVisited:
    "Anfield|Old Trafford|Stamford Bridge|Elland Road|Molineux|Ibrox|Parkhead|Ashton Gate|St James' Park|St James's Park|the Etihad",
  nicknamesAlone:
    "Gunners|Villans|Toffees|Cottagers|Hornets|Canaries|Magpies|Hammers|Irons|Red Devils|Sky Blues|Baggies|Potters|Black Cats|Tractor Boys|Clarets|Blades|Pompey|Boro|Tykes|Bluebirds|Lilywhites|Hatters|Jambos|Hibees|Bhoys|Toon|Toon Army|Cherries|Seagulls|the Kop",
  nicknamesFramed:
    "Eagles|Lions|Saints|Blues|Reds|Owls|Robins|Royals|Foxes|Bees|Swans|Rams|Terriers|Hoops|Dons|Citizens",
  townClubs:
    "Chelsea|Liverpool|Fulham|Brentford|Brighton|Burnley|Bournemouth|Ipswich|Leeds|Leicester|Newcastle|Southampton|Sunderland|Middlesbrough|Norwich|Watford|Stoke|Coventry|Hull|Millwall|Portsmouth|Swansea|Cardiff|Wrexham|Blackburn|Bristol City|Sheffield United|Sheffield Wednesday|Sheff Wed|Sheff Utd|Preston|Plymouth|Luton|Oxford United|Reading|Wigan|Barnsley|Charlton|Birmingham|QPR|West Brom|Forest|Palace|Villa|Celtic|Rangers|Hearts|Hibs|Aberdeen|Dundee|Kilmarnock|Motherwell|St Johnstone|St Mirren|Wolves|Tottenham|West Ham|Crystal Palace|Nottingham Forest",
  terms:
    "the gaffer|the terraces|the away end|the home end|the dugout|the top flight|the play-off final|the Old Firm|El Clásico|El Clasico|fantasy football|the pools",
};

function sportInstances(...worlds: SportWorld[]): Instances {
  const join = (key: keyof SportWorld): string =>
    worlds
      .map((w) => w[key])
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
    /\b(?:football|soccer|Premier\s+League|FA\s+Cup|goalkeeper|striker|offside|NFL|touchdown)\b/i,
  rugby: /\b(?:rugby|scrum|line-?out|Six\s+Nations|Twickenham|Murrayfield)\b/i,
  cricket: /\b(?:cricket|wickets?|innings|Ashes|Test\s+match|T20)\b/i,
  golf: /\b(?:golf|fairway|birdie|Ryder\s+Cup|PGA|\d+\s+holes)\b/i,
  tennis: /\b(?:tennis|Wimbledon|Roland\s+Garros)\b/i,
  baseball: /\b(?:baseball|World\s+Series|MLB|inning)\b/i,
  other:
    /\b(?:basketball|NBA|hockey|NHL|racing|Grand\s+(?:National|Prix)|Formula\s+(?:1|One)|boxing|athletics|cycling|hurling|GAA)\b/i,
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
// Job cuts: the employer's euphemisms

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
    "rightsizing|right-sizing|workforce reduction|reduction in headcount|reducing headcount|reduce headcount|headcount cuts|staff reductions|letting people go|letting staff go|voluntary severance|voluntary exits|roles eliminated|eliminating roles|eliminate roles|role eliminations|positions eliminated|jobs to go|jobs are going|jobs will go|jobs at risk|roles at risk|shed staff|shedding staff|cutting staff|cut staff",
  ),
  // (Judged words are terms too.)
  judged: [
    ["cuts|cut|cutting", isPeopleCut],
    [
      "streamlining|restructure|restructuring|reorganisation|reorganization|reorg|cost-cutting|cost cutting|efficiencies",
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

/** The world's vocabulary of each concept, by concept id (topic-senses.ts merges it in). */
export const WORLD: Readonly<Record<string, Instances>> = {
  sports: sportInstances(FOOTBALL),
  football: sportInstances(FOOTBALL),
  layoffs: LAYOFF_WORLD,
};
