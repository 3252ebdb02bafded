/**
 * Avoided topics as a client means them. A profile lists topics in plain words ("strikes", "the
 * election", "her health", "the Meridian lawsuit", "press coverage of the estate"); a lawyer
 * writes about them in other words ("the walkout", "the midterms", "feeling better", "the
 * Meridian case") and uses the same words in other senses ("it strikes me", "a tax election",
 * "health and safety", "a merger clause").
 *
 * A topic is read once into its parts: the concept its head word belongs to (the lexicon below:
 * what people write about it, and the senses that are something else), the names that say which
 * one it is ("Meridian", "2024"), the words that qualify it ("customs", "founder") and what an
 * "of" phrase says it is about ("the estate"). The check then judges each hit of those words in
 * its sentence. Written from general knowledge of English (UK and US) and of law-firm mail.
 */

import { LETTER_CLASS, isUpperCaseAt } from "../text";
import { INSTANCES, list, WHAT_HAPPENED, type Instances, type Sense } from "./topic-instances";
import { ALLUDED } from "./topic-allusions";
import {
  CONJUGATED,
  LEAVING_A_JOB,
  processFamilyOf,
  RETIRE,
  RETIRE_NOT_AFTER,
  RETIRE_NOT_BEFORE,
  STEP_NOT_AFTER,
  STEP_NOT_BEFORE,
  SUCCESSION_NOT_AFTER,
  SUCCESSION_NOT_BEFORE,
  WALK_OFF_NOT_AFTER,
  withForms,
} from "./topic-inflections";
import { WORLD } from "./topic-world";
import {
  eventFamilyOf,
  familyOf,
  GENERIC_NAME_WORDS,
  isCodeName,
  stem,
  type Cues,
} from "./topic-families";

/** A topic's concept: how people write about it, and which other senses its words have. */
export interface Concept {
  id: string;
  /** Words and phrases that name it (matched as phrases, plural and possessive included). */
  terms: readonly string[];
  /** Words that name it only next to one of the topic's names ("the Meridian case"). */
  withName?: readonly string[];
  /** Modifiers that classify without meaning another one ("the oil spill"). */
  kinds?: readonly string[];
  /**
   * Another sense when the text just before the hit matches (tried on up to 48 characters before
   * it; patterns end with `$`). A bare pattern is written for every term of the concept; an
   * `only()` guard for the terms it names (see `Guard`).
   */
  notBefore?: Guard;
  /** Another sense when the text just after the hit matches (up to 48 characters; `^`). */
  notAfter?: Guard;
  /** The sentence is about something else (a force majeure list, a tax election). */
  notInSentence?: RegExp;
  /** Other concepts it takes in, each with its own senses (politics takes in elections). */
  includes?: readonly string[];
  /** Terms that count only written with a capital ("Bible", "Westminster", "Labour Party"). */
  capitalised?: readonly string[];
  /**
   * Terms that need more than their letters, judged by `sense` on the text around them ("the
   * England game", "after the match on Saturday", not "match the figures").
   */
  judged?: readonly string[];
  /** (`written`: the hit as written, "walk-offs" for the term "walk off".) */
  sense?: (before: string, after: string, term: string, written?: string) => boolean;
  /**
   * A subject area (sports, politics, religion, health): every mention counts. Otherwise it is
   * one happening ("the merger", "the recall"), and an indefinite mention ("a merger of A into
   * B") is another one.
   */
  area?: boolean;
  /**
   * Its instances' own sense tests, by lower-cased term (topic-instances.ts): a term judged both
   * here and by `sense` counts when either accepts it.
   */
  instanceSenses?: ReadonlyMap<string, Sense>;
  /** Its instance terms, lower-cased: judged as advice even where the concept's own are not. */
  instances?: ReadonlySet<string>;
  /** Terms that count only in a sentence of small talk (the law's own words for the topic). */
  smallTalk?: ReadonlySet<string>;
}

/**
 * A sense guard and the terms it was written for (round 15). "strike back", "strike a deal" are
 * the verb strike; the same particle after "picket lines" ("picket lines back outside the depot")
 * is not a verb of the picket. A guard that names its terms applies to those only.
 */
export interface ScopedGuard {
  readonly for: ReadonlySet<string>;
  readonly re: RegExp;
}
/** A bare pattern holds for every term of the concept; a list, part by part. */
export type Guard = RegExp | readonly (RegExp | ScopedGuard)[];

/** "… from the holding company": a thing divorced from a thing, not a person from a spouse. */
const DIVORCE_FROM_THING =
  /^\s+(?:(?:the|its|their|this|that|these|those|our|your|each)\s+(?:[\w'’-]+\s+){0,3}?)?from\s+(?:the|its|their|this|that|these|those|any|our|your|each|a|an)\s+(?!(?:[\w'’-]+\s+)?(?:husband|wife|spouse|partner|man|woman|father|mother|earl|count|duke|prince|princess|actor|actress|singer|banker|footballer|children|family)\b)/i;

/** A guard for some terms only ("strike|strikes"), lower-cased. */
function only(words: string, re: RegExp): ScopedGuard {
  return { for: new Set(list(words.toLowerCase())), re };
}

/** Whether a concept's guard says the text around `term` is another sense. */
export function guardHolds(guard: Guard | undefined, term: string, text: string): boolean {
  if (!guard) return false;
  if (guard instanceof RegExp) return guard.test(text);
  const lower = term.toLowerCase();
  return guard.some((g) =>
    g instanceof RegExp ? g.test(text) : g.for.has(lower) && g.re.test(text),
  );
}

/** Pronouns, modals and particles before a word that make it a verb ("I recall", "to strike"). */
const VERB_BEFORE =
  "(?:\\b(?:I|you|we|they|he|she|it|to|will|would|can|could|may|might|shall|should|must|do|does|did|don['’]t|doesn['’]t|didn['’]t|not|also|cannot|can['’]t|couldn['’]t|I['’]ll|we['’]ll|you['’]ll|I['’]d|we['’]d|you['’]d|readily|vaguely|clearly|well|as\\s+I|as\\s+you|as\\s+we|if\\s+I|if\\s+you)\\s+$)";

/** A team's result and a game's score ("if Porto win on Sunday", "I saw the score"), judged. */
const RESULT_TERMS =
  "win|wins|won|lose|loses|lost|beat|beats|draw|drew|score|went down|go down|thrashed|hammered|battered";
/**
 * A side the client supports, asked after ("how did your lot get on at the weekend?", "your side
 * were unlucky on Saturday"): judged by a result and a match day after it.
 */
const SUPPORTED_SIDE = "your lot|your side|your boys|your team|the lads";
const SIDE_RESULT_AFTER =
  /^\s+(?:get|got|getting|do|did|doing|fare|fared|won|win|wins|lost|lose|play|played|playing|draw|drew|beat|went|are\s+doing|were|was|looked|look)\b[^.!?\n]{0,30}\b(?:weekend|Saturday|Sunday|last\s+night|season|derby|match|game|league)\b/i;
/** A season's talk: nothing else is called this. */
const SEASON_TERMS =
  "relegation battle|relegation fight|relegation zone|relegation scrap|avoid relegation|promotion push|title race|season ticket|season tickets|final whistle|injury time|stoppage time|hat-trick of goals";

const SPORTS = [
  "sport",
  "sporting event",
  "baseball",
  "football",
  "soccer",
  "basketball",
  "hockey",
  "ice hockey",
  "golf",
  "golfing",
  "tennis",
  "cricket",
  "rugby",
  "athletics",
  "Formula 1",
  "Formula One",
  "Grand Prix",
  "Super Bowl",
  "World Series",
  "World Cup",
  "Six Nations",
  "Ryder Cup",
  "Champions League",
  "Premier League",
  "FA Cup",
  "Stanley Cup",
  "March Madness",
  "NCAA",
  "playoffs",
  "play-offs",
  "big game",
  "NFL",
  "NBA",
  "MLB",
  "NHL",
  "MLS",
  "PGA",
  "Olympics",
  "tournament",
  "tournaments",
  "cup tie",
  "cup run",
  "Olympic Games",
  "Paralympics",
  "Ashes",
  "Test match",
  "touchdown",
  "home run",
  "goalkeeper",
  "quarterback",
  "penalty shoot-out",
  "game",
  "match",
  "match day",
  "matchday",
  "marathon",
  "half marathon",
  "Grand National",
  "Tour de France",
  "Boat Race",
  "Stanley Cup",
  "World Series",
  "goal",
  "goals",
  "18 holes",
  "nine holes",
  "9 holes",
  "back nine",
  ...list(SEASON_TERMS),
  ...list(SUPPORTED_SIDE),
  "win",
  "wins",
  "won",
  "lose",
  "loses",
  "lost",
  "beat",
  "beats",
  "draw",
  "drew",
  "score",
  ...TEAMS(),
  ...GROUNDS(),
];

/** Teams people name for their games ("did you see the Lakers?"): nicknames that are no common word. */
function TEAMS(): string[] {
  return list(
    "Yankees|Red Sox|Dodgers|Cubs|Lakers|Knicks|Celtics|Warriors|Steelers|Packers|49ers|Broncos|Bruins|Blackhawks|Man United|Manchester United|Man City|Tottenham Hotspur|Spurs|Arsenal|Everton|Aston Villa|Harlequins|Saracens|All Blacks|Springboks|Wallabies",
  );
}

/**
 * Grounds known for one thing: a day out there is sport ("at Twickenham on Saturday"). Several
 * are also districts where clients own property, so they are judged (`isDayAtTheGround`).
 */
function GROUNDS(): string[] {
  return list(
    "Twickenham|Wembley|Murrayfield|Old Trafford|Anfield|Croke Park|Stamford Bridge|Emirates Stadium|the Etihad|Villa Park|Goodison Park|Celtic Park|Ibrox|Hampden Park|Principality Stadium|Aviva Stadium|Headingley|Edgbaston|Trent Bridge|Silverstone|Wimbledon|Fenway Park|Yankee Stadium|Wrigley Field|Dodger Stadium|Lambeau Field|Madison Square Garden|Augusta National",
  );
}
const GROUND_SET = new Set(GROUNDS().map((g) => g.toLowerCase()));
/** "at Twickenham", "down to Wembley", "watched it at Anfield". */
const TO_THE_GROUND = /\b(?:at|to|from|in|into|outside)\s+$/i;
/** A match day or what is played there: "on Saturday", "last night", "for the final". */
const GROUND_WHEN =
  /^\s+(?:on\s+(?:Sat|Sun)|at\s+the\s+weekend|this\s+(?:weekend|evening)|last\s+(?:night|weekend|Sat|Sun)|tonight|yesterday|for\s+the\s+(?:game|match|final|derby|test|international|semi|quarter|cup|rugby|football|cricket|tennis|grand\s+prix))/i;

function isDayAtTheGround(before: string, after: string): boolean {
  return TO_THE_GROUND.test(before) && GROUND_WHEN.test(after);
}

/**
 * "game" and "match" are a game being played when a team or nation names it ("the England game"),
 * when a day or time follows ("the match on Saturday"), or when someone watches or goes to it.
 */
function isGamePlayed(before: string, after: string, term: string): boolean {
  const lower = term.toLowerCase();
  if (SUPPORTED_SIDES.has(lower)) return SIDE_RESULT_AFTER.test(after);
  if (GROUND_SET.has(lower)) return isDayAtTheGround(before, after);
  // "that goal on Saturday", "what a goal": one scored, not an aim ("our goal is to sign").
  if (lower === "goal" || lower === "goals") {
    return /\bwhat\s+a\s+$/i.test(before) || RESULT_WHEN.test(after);
  }
  if (lower === "score") return SEEING_THE_SCORE.test(before);
  if (RESULT_VERBS.has(lower)) {
    // "if Porto win on Sunday", "Arsenal lost last night": a team's result, with a when.
    const name = CAPITALISED_BEFORE.exec(before);
    return name !== null && isUpperCaseAt(name[1]!, 0) && RESULT_WHEN.test(after);
  }
  if (GAME_NOT_BEFORE.test(before) || GAME_NOT_AFTER.test(after)) return false;
  // "What a game Sunday!", "what a match that was".
  if (/\bwhat\s+a\s+$/i.test(before)) return true;
  // "a marathon, not a sprint", "a marathon session": a long effort, not a race.
  if (LONG_EFFORT.test(after)) return false;
  // "a whole other ball game", "a new game", "the blame game": idioms.
  if (GAME_IDIOM.test(before)) return false;
  if (SPORT_BEFORE.test(before)) return true;
  // A capitalised name before it, not opening a sentence: "the England game", "Yankees game".
  const name = CAPITALISED_BEFORE.exec(before);
  if (name && isUpperCaseAt(name[1]!, 0)) return true;
  if (!/\bthe\s+$/i.test(before)) return false;
  const when = WHEN_AFTER.exec(after);
  if (when && (when[1] === undefined || isUpperCaseAt(when[1], 0))) return true;
  return WATCHING_BEFORE.test(before);
}

const SUPPORTED_SIDES = new Set(list(SUPPORTED_SIDE));
const RESULT_VERBS = new Set(
  list(
    "win|wins|won|lose|loses|lost|beat|beats|draw|drew|went down|go down|thrashed|hammered|battered",
  ),
);
/**
 * When games are played, or what is won: a weekend or evening, a scoreline, a title. Weekdays and
 * "against" stay out: "if Meridian win on Monday" or "won against the council" is a hearing.
 */
const RESULT_WHEN =
  /^\s+(?:on\s+(?:Sat|Sun)|at\s+the\s+weekend|this\s+(?:weekend|season|evening)|last\s+(?:night|weekend|season)|tonight|at\s+home|away\s+(?:from\s+home|at|to)|the\s+(?:league|cup|derby|title|final|game|match)\b|\d+\s*[-–]\s*\d+)/i;
/** Where a workforce works: disruption there is industrial action's. */
const WORKPLACE_NEAR =
  /\b(?:depots?|docks|dockers|port|ports|plants?|factory|factories|warehouses?|mines?|shipyards?|yards|refinery|refineries|assembly\s+lines?|shop\s+floor|production\s+lines?)\b/i;
/** A union or workforce named near a ballot. */
const UNION_NEAR =
  /\b(?:unions?|union['’]s|trade\s+union|workforce|staff|drivers|workers|employees|crews?|industrial|mandate|RMT|Unite|GMB|Unison|ASLEF|TSSA|Teamsters|UAW|walk-?out)\b/i;
/**
 * Round 30 (detect-30a): industrial action by its verb frame. A workforce "walks off" or "walks
 * out" of its work without the noun ("the deck crews walking off the ships", "if the local walks
 * out", "the nurses walked off the wards"): the verb is the strike's when its subject is a
 * workforce (named right before it, past an auxiliary or two) or its object a place of work. A
 * player walks off the pitch, a delegate out of the meeting, a buyer out on the deal: none of
 * those. The workforce is people employed in a trade, a union or its branch ("the local").
 */
const WORKFORCE =
  "workers|workforce|staff|employees|crews?|crewmen|drivers|nurses|doctors|medics|midwives|porters|cleaners|teachers|lecturers|pilots|dockers|dockworkers|longshoremen|stevedores|miners|seafarers|sailors|deckhands|machinists|operatives|fitters|welders|technicians|guards|conductors|controllers|handlers|firefighters|paramedics|union|unions|membership|rank\\s+and\\s+file|shop\\s+stewards";
/** A union's branch: "the local", "USW local" (not "local walks", a stroll). */
const LOCAL = "(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Uu]nion|[A-Z]{2,})\\s+local";
/** Words between the subject and its verb: "have threatened to", "could all", "won't". */
const SUBJECT_TO_VERB =
  "(?:(?:have|has|had|will|would|could|might|may|did|do|does|were|are|was|is|be|been|all|just|finally|again|not|never|then|also|both|simply|threatened|threatening|threaten|voted|vote|plan|plans|planned|planning|going|likely|due|about|ready|to|[a-z]{2,5}n['’]t)\\s+){0,4}";
/** The workforce as the verb's subject: "the deck crews walking off", "if the local walks out". */
const WORKFORCE_SUBJECT = new RegExp(`\\b(?:${WORKFORCE})\\s+${SUBJECT_TO_VERB}$`, "i");
const LOCAL_SUBJECT = new RegExp(`\\b${LOCAL}\\s+${SUBJECT_TO_VERB}$`);
/** A place of work as the object: "off the wards", "out of the plant", "off the shop floor". */
const WORKPLACE_OBJECT =
  /^\s+(?:of\s+)?(?:the|their|its|our|your|his|her)\s+(?:[A-Za-z'’-]+\s+)?(?:wards|shop\s+floor|factory\s+floor|production\s+lines?|assembly\s+lines?|plants?|factory|factories|depots?|docks|mines?|pits|shipyards?|warehouses?|refinery|refineries|picket\s+lines?)\b/i;
/** Another sense of the walk: out on a deal or a person, off with a prize, off a meal. */
const WALK_NOT_AFTER =
  /^\s+(?:on\s+(?!strike\b)|with\b|away\b|it\s+off\b|off\s+(?:the|a|that|his|her|their)\s+(?:[a-z-]+\s+)?(?:lunch|dinner|meal|pitch|field|court|stage|set|course|green|track|ring|podium)\b)/i;
/** The verb forms of a walk-off or walk-out ("walking off", "walks out"), not its nouns. */
const WALK_VERB = /^walk(?:s|ed|ing)?\s+(?:off|out)$/i;
/** Whether a walk verb's subject is a workforce (any kind: "the deck crews walking off"). */
export function walkedByWorkforce(term: string, before: string): boolean {
  return WALK_VERB.test(term) && (WORKFORCE_SUBJECT.test(before) || LOCAL_SUBJECT.test(before));
}
/** "I saw the score", "what a score": a game's score, not a credit score. */
const SEEING_THE_SCORE =
  /\b(?:saw|see|seen|watch|watched|hear|heard|check|checked|what\s+a|final|half-time)\s+(?:the\s+)?$/i;
/** "sports-betting software", "the sports sector": sport as a business. */
const SPORT_AS_BUSINESS =
  /^(?:[-‐]\s*(?:betting|gambling|nutrition|retail|tech|media|rights|data)|\s+(?:drinks?|supplements?|science|medicine|cars?|utility|bras?|shoes|footwear|wear|clothing|bottles?|bags?|watch|watches|range|category|categories|products?|sector|industry|industries|brand|brands|retail|retailer|retailers|goods|equipment|apparel|nutrition|rights|portfolio|assets|fund|funds|investment|investments|business|businesses|betting|media|franchise|franchises|law|lawyers?|clients?|practice|team\s+at|halls?|centres?|centers?|complex|complexes|facility|facilities|courts?|pitch|pitches|pavilion|premises|lease|leases|licen[cs]e|licen[cs]es|memoirs?|(?:auto)?biograph\w*|books?|magazines?)\b|['’]\s+(?:lease|licen[cs]e|premises))/i;

const LONG_EFFORT =
  /^(?:\s*,?\s*not\s+a\s+sprint|\s+(?:session|sessions|meeting|meetings|negotiation|negotiations|call|calls|day|week|hearing|effort|task|process))\b/i;
const GAME_IDIOM =
  /(?:whole\s+other|different|new|same|long|waiting|numbers|blame|video|board|mind)\s+(?:ball\s+)?$/i;
const SPORT_BEFORE = new RegExp(
  `(?:^|[^${LETTER_CLASS}])(?:big|cup|league|home|away|derby|rugby|football|soccer|baseball|basketball|hockey|cricket|tennis|ball|test)\\s+$`,
  "i",
);
/** A lower-case word or comma, then a name (checked for its capital in code), then the hit. */
const CAPITALISED_BEFORE = new RegExp(
  `[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF,]\\s+(?:the\\s+)?([${LETTER_CLASS}][${LETTER_CLASS}'’.-]*)\\s+$`,
);
/** A day or time after the hit, or "at" a capitalised place (group 1, checked in code). */
const WHEN_AFTER =
  /^\s+(?:on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|this\s+(?:weekend|evening|afternoon|morning)|last\s+(?:night|week|weekend)|tonight|yesterday|tomorrow|at\s+the\s+weekend|at\s+(?:the\s+)?([A-Za-z\u00C0-\u024F]))/i;
const WATCHING_BEFORE =
  /\b(?:watch|watched|watching|see|saw|seen|enjoy|enjoyed|catch|caught|after|before|at|to|from|for|during|on|in|won|lost|ran|running)\s+the\s+$/i;

/** "the match", "the game" only count as a game being played: a team, a day, watching it. */
const GAME_NOT_AFTER =
  /^(?:[-‐]|\s+(?:plan|plans|changer|changers|theory|of\s+(?:chance|life|two\s+halves)|is\s+up|day\s+(?:rate|loan)|funding|the\s+|meeting)\b)/i;
/** "ahead of the game", "the name of the game", kick-off of a meeting. */
const GAME_NOT_BEFORE =
  /(?:ahead\s+of|name\s+of|top\s+of\s+(?:their|his|her|my|our|your)|on\s+top\s+of)\s+$/i;

/** After "whoever wins", "whichever party": an election's result or a month or an office. */
const WHOEVER_WINS_POLITICS =
  /^\s+(?:wins?\s+)?(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|next\s+(?:month|year|week)|the\s+(?:election|vote|seat|mayoralty|presidency|White\s+House|House|Senate|council)|takes?\s+(?:control|office|power)|forms?\s+the\s+(?:next\s+)?government|gets?\s+in|comes?\s+to\s+power|is\s+in\s+(?:power|government|office))\b/i;
/** Round 11: an election by its outcome ("who wins in November"), judged like "whoever wins". */
const WHO_WINS = "who wins|who will win|who gets in|who will get in|who takes over";
const OTHER_CONTEST = /\b(?:judgment|hearing|trial|tribunal|court|appeal|tender|bid|match|game)\b/i;
const ELECTION_NOT_BEFORE =
  /\bre-$|(?:\bdoctrine\s+of|\bprinciple\s+of|\bequitable|\bwaiver\s+(?:by|and)|\bestoppel\s+(?:by|and)|\bunequivocal|\binconsistent|\bbinding|\bboard|\bcommittee|\bdirectors?['’]?|\bofficers?['’]?|\bchair(?:man|person)?|\btrustees?['’]?|\bshareholders?['’]?|\bmembers['’]?|\bAGM|\bpartnership|\bpartners['’]?|\btax|\d\s*\(\s*[a-z]\s*\)|\b(?:section|s\.?|§)\s*\d+[a-z]*|\b(?!(?:19|20)\d\d\b)\d+[a-z]?|\bjoint|\bprotective|\birrevocable|\bvalid|\bsuch|\bcheck-the-box|\bQSST|\bESBT|\bportability|\bdividend|\bscrip|\b(?:make|makes|made|making|file|files|filed|filing|revoke|revokes|revoked|revoking|sign|signs|signed|signing|return|returned|lodge|lodged|submit|submitted)(?:\s+(?:an?|the|its|his|her|their|this|that|any|such))?)\s+$/i;
const ELECTION_NOT_AFTER =
  /^\s+(?:of\s+remedies|between\s+(?:remedies|inconsistent|rights|the\s+(?:remedies|options|alternatives))|to\s+be\s+bound|roll|rolls|register|registers|to\s+(?:proceed|treat|apply|defer|pay|receive|take|have|use|opt|waive|accelerate|include|exclude|recogni[sz]e|capitali[sz]e|deduct|claim|be\s+taxed)\b|under\b|form|forms|notice|notices|statement|statements|deadline|pursuant|in\s+respect|by\s+the\s+(?:company|taxpayer|shareholder|employee|holder|trustee)|(?:is|are|was|were|must\s+be|should\s+be|will\s+be|has\s+been|have\s+been)\s+(?:not\s+)?(?:filed|made|signed|lodged|submitted|returned|valid|invalid|effective|irrevocable|revoked)\b)/i;
/** A sentence about a tax or procedural election. */
const ELECTION_NOT_IN_SENTENCE =
  /\b(?:HMRC|IRS|Internal\s+Revenue|taxpayers?|section\s+\d+|s\.\s?\d{2,}|Form\s+\d+|Rule\s+\d+|83\s*\(b\))/i;

/** A capitalised word before it: "the Atlantic Oncology Congress", "World Congress" (a conference). */
const NAMED_BEFORE =
  /[a-z,;:(]\s+(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*\s+$|^(?:[A-Z][\w'’&-]*\s+)+$/;

/** Law-making and government business: Parliament and Congress as the source of the law. */
const LEGISLATING =
  /\b(?:Act|Acts|Bill|Bills|statute|statutes|legislation|legislative|law|laws|before|through|by|in|to|of|passed|enacted|laid|lay|amended|amend|introduced|consultation|committee|select|joint|intent|intention|sovereignty|privilege|approval|scrutiny|petition|petitioned|ratified|ratify|report|reports|evidence|hearing|hearings|testimony|testify|testified|subcommittee|staff|library|records?|session)\s+(?:the\s+|of\s+)?$/i;
const LEGISLATING_AFTER =
  /^\s*(?:['’]s\s+)?(?:has\s+(?:passed|enacted|legislated|approved|amended|ratified|adopted)|passed|enacted|legislated|approved|amended|ratified|adopted|adopts|voted|votes|debated|debates|intended|intends|left\s+(?:it|that|this|the)|delegated|authori[sz]ed|directed|required|mandated|did\s+not\s+(?:address|define|provide|intend)|will\s+(?:legislate|consider|debate|vote\s+on)|to\s+(?:legislate|approve|pass|amend|consider)|(?:committee|committees|select\s+committee|counsel|procedure|procedures|approval|scrutiny|record|records|privilege|questions?|sovereignty|intent|draftsman|drafting|library|report|reports|hearing|hearings|testimony|session|sessions|timetable|time)\b)/i;
const HEALTH_NOT_BEFORE =
  /(?:(?:claimant|employee|employees|tenant|tenants|patient|patients|deceased|testator|applicant|respondent|defendant|plaintiff|worker|workers|borrower|resident|residents|pupil|pupils|child|children|individual|member)['’]?s?\s+(?:mental\s+|physical\s+)?|critical|financial|fiscal|economic|public|environmental|occupational|corporate|company['’]s|market|balance[- ]sheet|credit|structural|system|platform|network|portfolio|fund['’]s|business['’]s|department\s+of|secretary\s+of\s+state\s+for|minister\s+of|ministry\s+of|global|animal|plant|soil|brand)\s+$/i;
const HEALTH_NOT_AFTER =
  /^(?:\s+of\s+(?:the|its|our|their|your|this)\s+(?:fund|funds|portfolio|company|business|economy|market|markets|balance\s+sheet|pipeline|deal|project|relationship|sector|industry|bank|banks|book|loan|loans|scheme|pension|finances|high\s+street|housing\s+market|brand|network|system|firm|practice)\b|\s+(?:and|&)\s+safety|\s+(?:of|check|checks|care|sector|service|services|insurance|plan|plans|authority|authorities|board|boards|trust|trusts|department|ministry|regulator|regulators|warning|warnings|claim|claims|data|record|records|product|products|benefit|benefits|scheme|schemes|policy|policies|system|systems|industry|tech|technology|provider|providers|visitor|visitors|economics|screening|secretary|minister|committee|select|condition\s+of\s+the|warranty|warranties|covenant|covenants|certificate|certificates|clause|clauses|requirements?|standards?|ratings?|tests?|assessments?|metrics?|score|scores|premises|lease|leases|building|buildings|unit|units|charity|charities|research|drug|drugs|therapy|therapies|medicines?|trial|trials|indications?|patients|market|markets|programme|program|centre|center|institute|fund|foundation|society|cover|policy|claims?|of\s+the\s+(?:problem|issue|fault|defect|system|network|market|economy))\b|care\b|[-‐])/i;

/**
 * Words of personal health that need the words before them: a body part asked after ("how's the
 * knee?", "hope your shoulder is better"), hospital without an article ("in hospital", "out of
 * hospital"), "on the mend", "off sick", "your recovery". Judged rather than listed as phrases:
 * a phrase starting "how", "in", "on" or "your" would be looked up at every such word.
 */
const YOU_LOOK_BEFORE =
  /\b(?:you|she|he)(?:['’]re|\s+are|\s+were|\s+was|\s+is)?\s+(?:look|looks|looked|looking|sound|sounds|sounded|sounding|seem|seems|seemed|feel|feeling|felt)\s+(?:much\s+|a\s+lot\s+|so\s+much\s+|far\s+|a\s+bit\s+)?$/i;

/**
 * "the op" ends its phrase or a verb or time follows ("after the op.", "the op went well", "your op
 * on Friday"); "the ops team", "the op-ed", "the op amp" are other things.
 */
const OP_AFTER =
  /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:go|goes|went|gone|is|was|has|had|have|on|in|last|next|this|yesterday|today|tomorrow|and|but|itself|recovery|behind|over|done)\b)/i;

const HEALTH_JUDGED = list(
  "knee|knees|hip|shoulder|ankle|wrist|hospital|mend|sick|recovery|better|op",
);

function isPersonalHealth(before: string, after: string, term: string): boolean {
  const lower = term.toLowerCase();
  // "you looked much better than you sounded": how someone is, said of them.
  if (lower === "better") return YOU_LOOK_BEFORE.test(before);
  // "after the op", "how did the op go": an operation, said of someone.
  if (lower === "op") return /\b(?:the|your|her|his)\s+$/i.test(before) && OP_AFTER.test(after);
  if (/\b(?:how['’]?s|how\s+is|how\s+are|hope)\s+(?:the|your|her|his)\s+$/i.test(before))
    return true;
  if (/\b(?:in|to|from|out\s+of|into|leave|left|leaving|discharged\s+from)\s+$/i.test(before)) {
    return /^\s*(?:[.,;!?)]|$|\s+(?:for|since|after|with|last|yesterday|again|overnight|now|yet|soon|today|this|on))/i.test(
      after,
    );
  }
  if (/\bon\s+the\s+$/i.test(before)) return true;
  if (/\b(?:off|been|was|were|is|are|feeling|fell|falling|got|get)\s+$/i.test(before)) {
    return !/^\s+(?:of|and\s+tired)\b/i.test(after);
  }
  return /\b(?:your|her|his|speedy|full|quick|swift)\s+$/i.test(before) && !/^\s+of\b/i.test(after);
}

/**
 * How people allude to a hard time without naming it ("after everything you've been through"):
 * personal health, a death or a divorce, whichever the client asked us to leave alone.
 */
const HARD_TIMES = list(
  "everything you've been through|everything you have been through|everything you’ve been through|all you've been through|all you have been through|all you’ve been through|what you've been through|what you have been through|what you’ve been through|been through a lot|been through so much|what you're going through|what you’re going through|things at home|the situation at home|your recent loss|compassionate leave",
);

/**
 * A deal that did not happen, said without its name ("the deal with the Dublin group fell
 * through", "last year's aborted combination"): judged by a deal word near it.
 */
const DEAL_FAILED = list(
  "fell through|fall through|falling through|fallen through|fell over|fall over|falling over|fallen over|fell apart|broke down|called off|aborted|abortive|collapsed|abandoned|didn't happen|did not happen|never happened",
);
/** Verb phrases of a happening ("fell through"): the words before them are their subject. */
export const HAPPENING_VERBS: ReadonlySet<string> = new Set(DEAL_FAILED);
const DEAL_NEAR =
  /\b(?:deal|deals|merger|combination|tie-?up|talks|transaction|bid|offer|approach|takeover|link-?up)\b/i;

/**
 * A stock exchange or index named for how the shares did ("a rough week on the SIX", "the FTSE
 * took it badly"), not for a listing ("the Nasdaq listing rules").
 */
const EXCHANGES = list(
  "FTSE|FTSE 100|FTSE 250|Dow Jones|Nasdaq|NYSE|S&P 500|SIX|SIX Swiss Exchange|DAX|CAC 40|Nikkei|Hang Seng|Euronext|Xetra|TSX|ASX|JSE|Euro Stoxx",
);
const MARKET_MOOD =
  /\b(?:week|weeks|day|days|month|fell|fall|falls|falling|drop|dropped|dropping|down|up|rough|tough|bad|good|great|rally|rallied|slump|slumped|slide|slid|wobble|jitters|jittery|nervous|volatile|volatility|reaction|reacted|analysts|investors|punished|spooked|tumbled|plunged|soared|jumped|sell-?off|sold\s+off|hammered|bruising|battering)\b/i;
const LISTING_AFTER =
  /^\s*(?:[-‐]\s*)?(?:listing|listings|listed|rules?|rulebook|filing|filings|admission|prospectus|notice|notices|announcement|announcements|regulations?|requirements?|code|market\s+(?:for|in)|index\s+(?:rules|methodology)|constituent|eligibility|sponsor)\b/i;

function isMarketTalk(before: string, after: string): boolean {
  if (LISTING_AFTER.test(after)) return false;
  return MARKET_MOOD.test(before) || MARKET_MOOD.test(after);
}

/**
 * "treatment" of a person ("I hope the treatment has gone well", "your treatment", "a course of
 * treatment"), not of a thing ("the tax treatment", "treatment of the deposit", "fair treatment").
 */
const TREATMENT_NOT_BEFORE =
  /\b(?:tax|VAT|accounting|fair|unfair|equal|unequal|preferential|favourable|favorable|less\s+favourable|differential|special|national|most-favoured-nation|MFN|water|waste|sewage|effluent|heat|surface|wastewater|regulatory|capital|legal|such|similar|same|different|this|that|its|their|the\s+(?:tax|accounting|VAT))\s+$/i;
const TREATMENT_AFTER_PERSONAL =
  /^(?:\s*[.,;!?)]|\s+(?:has|had|have|is|was|went|goes|going|gone|itself|worked|working|works|helped|helps|helping|finished|finishes|ends|ended|started|starts|begins|began|went|last|next|this|yesterday|today|tomorrow|and\s+(?:recovery|that)|for\s+(?:cancer|the\s+(?:illness|condition|cancer))|at\s+the\s+(?:hospital|clinic))\b)/i;

function isPersonalTreatment(before: string, after: string): boolean {
  if (TREATMENT_NOT_BEFORE.test(before)) return false;
  if (/^\s+(?:of|under|for\s+(?:tax|VAT|accounting))\b/i.test(after)) return false;
  if (
    /\b(?:your|his|her|their|my)\s+(?:(?:medical|cancer|hospital|latest|next|last|first|final)\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\b(?:course\s+of|cancer|chemo|hospital|medical|radiation|further|more)\s+$/i.test(before))
    return true;
  return /\b(?:the|hope\s+the)\s+$/i.test(before) && TREATMENT_AFTER_PERSONAL.test(after);
}

/**
 * Nouns that stand for a named happening beside its name: "after the Ferrand experience", "the
 * Halden saga", "the whole Meridian business". Each counts only next to one of the topic's names.
 */
const ALLUSION_NOUNS = list(
  "experience|saga|episode|affair|business|debacle|fiasco|ordeal|outcome|result|loss|defeat|mess|situation|matter|chapter|thing|stuff|fallout|aftermath",
);

/** The allusion nouns alone, lower-cased ("business", "saga"; not "what happened"). */
export const ALLUSION_NOUN_SET: ReadonlySet<string> = new Set(
  ALLUSION_NOUNS.map((w) => w.toLowerCase()),
);

/** Allusion words, lower-cased: each counts only close to one of the topic's names. */
export const ALLUSIONS: ReadonlySet<string> = new Set(
  ALLUSION_NOUNS.concat(WHAT_HAPPENED).map((w) => w.toLowerCase()),
);

/** Parliaments, parties and seats of government, written with their capitals. */
const POLITICAL_NAMES =
  "Democrat|Democrats|Republican|Republicans|Tory|Tories|Westminster|Parliament|Congress|MPs|White House|Whitehall|Reform UK|Plaid Cymru|Sinn Féin|Sinn Fein|Fianna Fáil|Fianna Fail|Fine Gael|Green Party|Lib Dem|Trump administration|Biden administration|President Trump|President Biden|the Senate|Labour Party|Labour government|Conservative Party|Conservative government|Capitol Hill|Downing Street|Dáil|Dail|Oireachtas|Seanad|Bundestag|Sejm|Riksdag|Storting|Folketing|Knesset|Duma|Holyrood|Stormont|Senedd|House of Commons|National Assembly|Lok Sabha|Eduskunta|Althing|Nationalrat|Tweede Kamer";

/** Genetically modified crops and food by their abbreviation, written with capitals. */
const GM = "GMO|GMOs|GM crops|GM crop|GM food|GM foods|GM seed|GM seeds|GM wheat|GM maize|GM soy";
/** What an attack on a firm's systems has around it: data, systems, accounts, a ransom. */
const CYBER_NEAR =
  /\b(?:data|systems?|networks?|servers?|accounts?|e-?mails?|security|attacks?|breach\w*|stolen|ransom\w*|police|passwords?|cards?|compromised|into|computers?|websites?|customers?)\b/i;
/** What a farm, a fish farm or a crop has around it: stock, pens, a harvest, a vet. */
const FARM_NEAR =
  /\b(?:farms?|farmers?|flocks?|herds?|cattle|cows?|pigs?|poultry|birds?|salmon|fish|pens?|cages?|crops?|harvest|orchards?|vines?|vineyards?|hives?|bees|livestock|animals?|vets?|cull\w*|sheep|hens|chickens?|ducks|turkeys|DEFRA|APHA|USDA)\b/i;

const CONCEPT_LIST: readonly Concept[] = [
  // Round 33 (detect-33a): a topic named by the world's words for it, keyed by its head concept,
  // written from general knowledge (no draft's words): what a sector calls the thing, the
  // ordinary name of an illness, a league's places. Each list ends where the words stop naming
  // the concept alone (a brand of tool, a league's own name, a symptom).
  {
    // Artificial intelligence by its kinds and products: the acronym alone ("AI tools", "AI
    // glyph generators"), the models it is built on. Not the law about it ("the AI Act").
    id: "ai",
    terms: list(
      "AI|artificial intelligence|generative AI|gen AI|GenAI|machine learning|large language model|large language models|LLM|LLMs|ChatGPT|chatbot|chatbots|AI-generated|deepfake|deepfakes",
    ),
    capitalised: list("AI|GenAI|LLM|LLMs|ChatGPT"),
    notAfter: /^\s+(?:Act|Regulation|Office|Liability\s+Directive)\b/,
    area: true,
  },
  {
    // League tables that rank institutions, by their publishers: the UK's three university
    // guides, the world tables (QS, THE, Shanghai) and the US News list. A law firm's directory
    // ranking or a search ranking is another table.
    id: "rankings",
    terms: list(
      "league table|league tables|rankings|university rankings|Guardian guide|Guardian University Guide|Complete University Guide|Good University Guide|QS rankings|QS World University Rankings|THE rankings|Times Higher Education rankings|World University Rankings|Shanghai rankings|US News rankings|U.S. News rankings",
    ),
    capitalised: list(
      "Guardian guide|Guardian University Guide|Complete University Guide|Good University Guide|QS rankings|QS World University Rankings|THE rankings|Times Higher Education rankings|World University Rankings|Shanghai rankings|US News rankings|U.S. News rankings",
    ),
    notBefore:
      /\b(?:Chambers|Legal\s+500|directory|directories|FIFA|ATP|WTA|Google|search|SEO|credit|law\s+firm|firm['’]s|our)\s+$/i,
    area: true,
  },
  {
    // A club's league position at the foot of its table: relegation and the places that lead to
    // it. "Going down" and "the drop" alone are left out (a price or a call going down).
    id: "relegation",
    terms: list(
      "relegation|relegated|relegation battle|relegation zone|relegation scrap|relegation fight|drop zone|bottom three|bottom two|bottom four|bottom of the table|bottom of the league|foot of the table|league position|escape the drop|avoid the drop|beat the drop|survive the drop",
    ),
    notAfter: [
      only(
        "relegation|relegated",
        // (Relegated to a lower league is written with its name or tier: "to League One".)
        /^\s+(?:to\s+(?!(?:the\s+)?(?:[A-Z]|second|third|fourth|lower|next|bottom)\w*)|of\s+(?:the|a|an|his|her|its)\s+(?!team|club|side))/,
      ),
      // "the bottom three bidders", "the bottom two of the shortlist": another ranking.
      only(
        "bottom three|bottom two|bottom four",
        /^\s+(?:of\s+(?!the\s+(?:table|league|division))|(?:bidders|suppliers|performers|candidates|rows|lines|entries|funds|scores|results|products|lots|tenders|options|quartile|percent|per\s+cent)\b)/i,
      ),
    ],
    area: true,
  },
  {
    // A stomach illness by its ordinary names (norovirus on a ship, food poisoning at a hotel).
    // "Gastro" alone is left out: a gastro pub.
    id: "gastro",
    terms: list(
      "norovirus|gastroenteritis|stomach bug|tummy bug|sickness bug|winter vomiting bug|vomiting bug|sickness and diarrhoea|diarrhoea and vomiting|food poisoning",
    ),
    area: true,
  },
  // Round 34 (detect-34b): subject areas a client avoids that had no concept, each named by
  // its ordinary synonyms and kinds (general knowledge, never a draft's words), so that a topic
  // written "astrology" also hears the horoscopes and "the tariffs" the duties on wine. Each list
  // stops where a word stops naming the area alone ("put down" a deposit, a market sell-off,
  // an electricity tariff, a director's duties).
  {
    id: "astrology",
    terms: list(
      "astrology|astrologer|astrologers|astrological|horoscope|horoscopes|star sign|star signs|zodiac|zodiac sign|zodiac signs|birth chart|natal chart|Mercury in retrograde|Mercury retrograde",
    ),
    area: true,
  },
  {
    // Trade barriers by their words: tariffs, duties on goods, a trade war. Not a utility's
    // or a fare's tariff, a tariff heading or code (customs classification), a person's duties.
    id: "tariffs",
    terms: list(
      "tariff|tariffs|trade war|trade wars|import duty|import duties|export duty|export duties|customs duties|anti-dumping duty|anti-dumping duties|countervailing duties|retaliatory duties|punitive duties|duties",
    ),
    judged: list("duties"),
    sense: (before, after) =>
      /^\s+on\s+(?:[\w-]+\s+){0,2}?(?:imports?|imported|exports?|goods|wines?|steel|aluminium|aluminum|cars|vehicles|EVs|products|beef|barley|lamb|whisky|spirits|timber|lumber|solar|seafood|lobsters?|dairy|cheese|grain|wheat|coal|chips|semiconductors|textiles|produce)\b/i.test(
        after,
      ) ||
      /\b(?:Beijing|Washington|Brussels|Canberra|Ottawa|China|Chinese|American|US|EU|trade)\b/.test(
        before,
      ),
    notBefore: [
      only(
        "tariff|tariffs",
        /\b(?:electricity|energy|power|gas|water|feed-in|mobile|phone|broadband|rail|fare|standard|night|peak|off-peak|hotel|room|postal|insurance|price)\s+$/i,
      ),
    ],
    notAfter: [
      only(
        "tariff|tariffs",
        /^\s+(?:heading|headings|code|codes|classification|number|item|line|schedule)\b/i,
      ),
    ],
    area: true,
  },
  {
    // Fish farming by its kinds and its gear: a salmon or trout farm, farmed salmon, sea cages.
    id: "aquaculture",
    terms: list(
      "aquaculture|fish farm|fish farms|fish farming|fish farmer|fish farmers|salmon farm|salmon farms|salmon farming|salmon farmer|salmon farmers|trout farm|trout farms|trout farming|farmed salmon|farmed fish|farmed trout|fish cages|salmon cages|sea cages|salmon pens|net pens|open-net pens|open net pens",
    ),
    area: true,
  },
  {
    // Ending a life, a person's or a pet's. "Put down" and "put to sleep" only of an animal
    // just before ("the old dog put down"), not a deposit or a patient under anaesthetic.
    id: "euthanasia",
    terms: list(
      "euthanasia|euthanise|euthanised|euthanising|euthanize|euthanized|euthanizing|assisted dying|assisted suicide|mercy killing|right to die|Dignitas|put down|put to sleep",
    ),
    capitalised: list("Dignitas"),
    judged: list("put down|put to sleep"),
    sense: (before) =>
      /\b(?:dog|dogs|cat|cats|horse|horses|pony|ponies|pet|pets|puppy|kitten|animal|animals|spaniel|labrador|terrier|collie|mare|gelding|greyhound)\b(?:\s+[\w'’]+){0,3}\s+$/i.test(
        before,
      ),
    area: true,
  },
  {
    // Vaccines by their ordinary words, the jab with what it is for.
    id: "vaccines",
    terms: list(
      "vaccine|vaccines|vaccination|vaccinations|vaccinated|unvaccinated|anti-vax|anti-vaxx|anti-vaxxer|anti-vaxxers|vaccine mandate|vaccine mandates|flu jab|flu jabs|covid jab|covid jabs|Covid jab|booster jab|booster jabs|MMR",
    ),
    capitalised: list("MMR"),
    area: true,
  },
  {
    // Fracking by its names.
    id: "fracking",
    terms: list(
      "fracking|fracked|frack|hydraulic fracturing|shale gas|shale drilling|shale well|shale wells",
    ),
    area: true,
  },
  {
    // Selling a public body or asset to private owners, and the reverse. A market's "sell-off"
    // is a fall in prices.
    id: "privatisation",
    terms: list(
      "privatisation|privatization|privatisations|privatizations|privatise|privatised|privatising|privatize|privatized|privatizing|sell-off|sell-offs|selloff|nationalisation|nationalization|renationalisation|renationalization|renationalise|renationalize|public ownership",
    ),
    notBefore: [
      only(
        "sell-off|sell-offs|selloff",
        /\b(?:market|markets|stock|stocks|share|shares|equity|equities|bond|bonds|tech|crypto|Treasury|global|sharp|broad|big|heavy|panic|Friday['’]s|Monday['’]s|week['’]s|day['’]s)\s+$/i,
      ),
    ],
    notAfter: [
      only(
        "sell-off|sell-offs|selloff",
        /^\s+in\s+(?:the\s+)?(?:stocks|shares|equities|bonds|markets?|tech)\b/i,
      ),
    ],
    area: true,
  },
  {
    // Smoking and vaping by their things. Not a "smoking gun", a lease's no-smoking rule.
    id: "smoking",
    terms: list(
      "smoking|smoker|smokers|cigarette|cigarettes|cigar|cigars|vaping|vape|vapes|vaper|vapers|e-cigarette|e-cigarettes|tobacco|nicotine",
    ),
    notBefore: /\b(?:no|non|not|anti)[\s-]+$/i,
    notAfter: [
      only(
        "smoking",
        /^\s*(?:gun|guns|ban|bans|policy|area|areas|room|rooms|shelter|clause|prohibition)\b/i,
      ),
    ],
    area: true,
  },
  {
    // What the people at the top are paid, by its ordinary words.
    id: "executivepay",
    terms: list(
      "executive pay|executive bonus|executive bonuses|executive remuneration|CEO pay|boardroom pay|bosses' pay|fat cat|fat cats|golden parachute|golden parachutes|golden handshake|golden handshakes|bonus culture",
    ),
    area: true,
  },
  {
    id: "alcohol",
    terms: list(
      "alcohol|alcoholic|wine|wines|mulled wine|beer|beers|champagne|prosecco|cava|whisky|whiskey|gin|vodka|rum|cocktail|cocktails|booze|boozy|a pint|pints|a drink|drinking|hangover|tipsy|drunk|a bottle of red|a bottle of white|a bottle of wine|a glass of red|a glass of white|a few drinks|a nightcap|a tipple|raise a glass|lager|cider|sherry|cognac|tequila|martini|negroni|spritz|single malt",
    ),
    // Alcohol in evidence, policy or regulation: testing, limits, a drug-and-alcohol policy.
    notBefore:
      /(?:blood|breath|drugs?\s+(?:and|&)|random|positive|negative|zero|tested\s+for|test\s+for|testing\s+for|influence\s+of|low|non|no|minimum\s+unit|price\s+of|duty\s+on|sale\s+of|supply\s+of)[\s-]+$/i,
    notAfter:
      /^(?:[-‐]?\s*(?:test|tests|testing|tested|policy|policies|screening|level|levels|limit|limits|content|licen[cs]e|licen[cs]es|licensing|and\s+drugs?|&\s+drugs?|abuse|misuse|interlock|duty|duties|by\s+volume|sales|pricing|industry|sector|list|supplier|suppliers|distribution|distributor|merchant|merchants|trade|cellar\s+(?:book|records))\b)/i,
    notInSentence:
      /\b(?:drug\s+(?:and|&)\s+alcohol|breathalys|toxicolog|chain\s+of\s+custody|licensing\s+(?:act|authority|objective))/i,
    area: true,
  },
  {
    id: "family",
    terms: list(
      "family|families|grandchildren|grandchild|grandkids|grandson|granddaughter|grandsons|granddaughters|kids|children|little ones|little one|toddler|toddlers|wife|husband|son|daughter|mum|dad|mother|father|in-laws|half-term|school holidays|school run|newborn|baby",
    ),
    judged: list(
      "kids|children|little ones|little one|toddler|toddlers|wife|husband|son|daughter|mum|dad|mother|father|families|baby",
    ),
    sense: (before) =>
      /\b(?:your|the|her|his)\s+(?:(?:new|little|lovely|two|three|youngest|eldest|oldest)\s+)?$/i.test(
        before,
      ),
    // "32 family homes", "family law", "a family business": a kind of thing, not their family.
    // (Round 15: the count is the family's only: "your two kids" are theirs.)
    notBefore: [
      only(
        "family|families",
        /(?:\d+|single|multi|two|three|four|several|many|large|extended\s+)[\s-]*$/i,
      ),
    ],
    notAfter:
      /^(?:[-‐]|\s+(?:nursery|nurseries|centres?|centers?|hospitals?|services|charity|charities|act|commissioner|ward|clothing|wear|books?|products?|sector|market|TV|television|entertainment|hospice|homes?|houses?|dwellings?|units?|housing|flats?|apartments?|accommodation|office|offices|law|lawyers?|court|courts|division|proceedings|business|businesses|company|companies|firm|trust|trusts|tree|name|provisions?|members?\s+of\s+(?:staff|the\s+(?:employee|deceased|tenant))|farm|room|rooms|car|cars|size|sized|friendly|leave|policy|policies|credit|allowance|support\s+order|of\s+(?:funds|companies|products|brands|marks)|of\s+(?:the|a|an)\s+(?:deceased|testator|testatrix|claimant|defendant|applicant|respondent|tenant|settlor|employee|founder|borrower))\b|['’]s?\s+(?:nursery|nurseries|homes?|centres?|centers?|hospitals?|services|charity|charities|act|commissioner|ward|play|clothing|wear|books?|products?|sector|market|TV|television|entertainment|trust|fund|hospice)\b)/i,
    area: true,
  },
  {
    id: "shareprice",
    terms: list(
      "share price|share prices|stock price|stock prices|share-price|market cap|market capitalisation|market capitalization|stock market|shares fell|shares rose|shares dropped|shares slid|shares jumped|shares tumbled|shares plunged|shares soared|shares slumped|shares sank|shares dipped|shares are down|shares were down|shares have fallen|shares have dropped|stock fell|stock dropped|stock tumbled|stock slid|stock plunged|stock slumped|sell-off|selloff|short sellers|short-sellers|the markets reacted|market reaction|analyst downgrade|analysts' downgrade",
    ).concat(EXCHANGES),
    judged: EXCHANGES,
    sense: isMarketTalk,
    capitalised: EXCHANGES,
    area: true,
  },
  {
    id: "strike",
    terms: list(
      "strike|strikes|strikers|walkout|walk-out|industrial action|picket|picket line|picketing|work stoppage|go-slow|work-to-rule|union ballot|strike ballot|strike action|ballot|ballots|industrial unrest|labour unrest|labor unrest|industrial dispute|pay dispute|pay disputes|downed tools|down tools|downing tools|stoppage|stoppages|action short of a strike|walked out|walk out|walking out|walk off|disruption|unrest|walked off the job|walk off the job|walks off the job|walking off the job|balloting",
    ),
    // A ballot is industrial action's when a union or workforce is named beside it, not a
    // shareholder, creditor or election ballot; so are a walk-out, a stoppage, disruption, unrest.
    // (Round 23: "walked off the job" is a workforce's only: "the contractor walked off the job"
    // is a builder leaving the site.)
    judged: list(
      "ballot|ballots|balloting|walked out|walk out|walking out|walk off|disruption|unrest|stoppage|stoppages|walked off the job|walk off the job|walks off the job|walking off the job",
    ),
    // Round 13: walking out "of the meeting" is leaving a room, not a strike (unless a workplace).
    // Round 30: "walk off" alone (the ships, the wards) only in its frame: a workforce subject or
    // a place of work after it; never on a deal, off with a prize, off the pitch.
    // (The matcher reads "walk-offs" as the term "walk off": written with its hyphen it is the
    // noun, which needs no workforce, only not a game's walk-off.)
    sense: (before, after, term, written) =>
      /^walk-off/i.test(written ?? "")
        ? !WALK_OFF_NOT_AFTER.test(after)
        : !(/^walk/i.test(term) && /^\s+of\b/.test(after) && !WORKPLACE_NEAR.test(after)) &&
          !(WALK_VERB.test(term) && WALK_NOT_AFTER.test(after)) &&
          (/^walk(?:s|ed|ing)?\s+off$/i.test(term)
            ? walkedByWorkforce(term, before) || WORKPLACE_OBJECT.test(after)
            : walkedByWorkforce(term, before) ||
              UNION_NEAR.test(before) ||
              UNION_NEAR.test(after) ||
              // "the disruption at the depots", "stoppages at the plant": where a workforce works.
              (!/^ballots?$/i.test(term) && WORKPLACE_NEAR.test(before + " " + after))),
    // Round 15: the verb's guards are the verb's ("to strike", "strike back", "strike a deal"),
    // not a picket's or a ballot's ("picket lines back outside", "due to industrial action").
    notBefore: [
      only("strike|strikes", VERB_BEFORE_RE()),
      only(
        "strike|strikes|strikers",
        /\b(?:bird|air|airstrike|lucky|first|pre-?emptive|military|drone|missile|lightning|hunger|three|two|one|what)\s+$/i,
      ),
    ],
    notAfter: [
      only(
        "strike|strikes",
        /^(?:\s*[-‐–]\s*(?:out|off|through)|[-‐]|\s+(?:out|off|through|down|price|prices|rate|rates|zone|force|me|you|us|him|her|them|it|a|an|the|that|this|gold|back|deal|balance|chord|home|first|oil|lucky)\b)/i,
      ),
      only("walk-off", WALK_OFF_NOT_AFTER),
    ],
    // A force majeure clause lists strikes among its events; a drafting point, not the topic.
    notInSentence:
      /force\s+majeure|lock-?outs?\b|acts?\s+of\s+God|\briots?\b|\bepidemics?\b|labou?r\s+disputes?/i,
    area: true,
  },
  {
    id: "election",
    terms: list(
      "election|elections|electoral|electorate|general election|snap election|by-election|midterm|midterms|mid-terms|primary day|primaries|primary election|voters|voter turnout|turnout|polling day|polling station|polls|opinion polls|ballot box|campaign trail|election campaign|Senate race|congressional race|presidential race|governor's race|mayoral race|leadership contest|leadership race|hustings|referendum|exit poll|exit polls|polling|goes to the polls|go to the polls|went to the polls|hung parliament|hung council|marginal seat|marginal seats|swing seat|swing state|swing states|canvassing|local elections|council elections|mayoral election|whoever wins|whoever gets in|whichever party|party takes control|takes control of the council|take control of the council|control of the council|control of the House|control of Congress|control of the Senate|voted Leave|voted Remain|voted Labour|voted Tory|voted Conservative|voted Republican|voted Democrat|vote Leave|vote Remain|how you voted|how did you vote|who you voted for|who did you vote for|the Leave vote|the Remain vote|the presidential election|presidential campaign|the race for the White House|" +
        WHO_WINS,
    ),
    notBefore: ELECTION_NOT_BEFORE,
    notAfter: ELECTION_NOT_AFTER,
    // "an election to renew", "the election to proceed": a contractual or procedural choice.
    judged: list(
      "election|elections|whoever wins|whoever gets in|whichever party|polling|" + WHO_WINS,
    ),
    sense: (_before, after, term) => {
      const lower = term.toLowerCase();
      // "whoever wins the tender", "whichever party is the Seller": a bid or a contract's party.
      // Round 11: "who wins in November", "who gets in next May", unless a hearing or a tender
      // is the contest ("who wins in May, when the judgment is handed down").
      if (lower.startsWith("who") || lower === "whichever party") {
        return (
          WHOEVER_WINS_POLITICS.test(after) && (lower[3] !== " " || !OTHER_CONTEST.test(after))
        );
      }
      // "polling the lenders", "polling data from the survey": only the voters' kind.
      if (lower === "polling")
        return /^\s+(?:day|station|stations|booth|booths|suggests|shows|numbers|figures|lead|average|averages)\b/i.test(
          after,
        );
      return !/^\s+to\s+(?!be\b)[a-z]/i.test(after);
    },
    notInSentence: ELECTION_NOT_IN_SENTENCE,
    capitalised: ["Senate race"],
    area: true,
  },
  {
    id: "politics",
    terms: list(
      "politics|political|politically|politician|politicians|Democrat|Democrats|Democratic Party|Republican|Republicans|Republican Party|GOP|Tory|Tories|Labour Party|Labour government|Labour MP|Conservative Party|Conservative government|Lib Dems|Liberal Democrats|SNP|reshuffle|cabinet reshuffle|prime minister|Downing Street|Capitol Hill|Westminster|partisan|left-wing|right-wing|populist|impeachment|coalition|coalition government|Dáil|Dail|Oireachtas|Seanad|Bundestag|Sejm|Riksdag|Storting|Folketing|Knesset|Duma|Holyrood|Stormont|Senedd|House of Commons|National Assembly|Lok Sabha|Eduskunta|Althing|Nationalrat|Tweede Kamer|Parliament|parliamentary|MPs|Congress|congressional|congressman|congresswoman|senator|senators|the Senate|White House|Whitehall|cabinet minister|shadow cabinet|manifesto|manifestos|ruling party|governing party|opposition party|party politics|party conference|party leader|party leadership|the party line|change of government|new government|incoming government|next government|new administration|incoming administration|next administration|Trump administration|Biden administration|President Trump|President Biden|Reform UK|Plaid Cymru|Sinn Féin|Sinn Fein|Fianna Fáil|Fianna Fail|Fine Gael|Green Party|Lib Dem|culture war|culture wars|geopolitics|geopolitical",
    ),
    includes: ["election", "brexit"],
    // Parliament or Congress making law is the legal work: "the Bill goes before Parliament".
    judged: list("Parliament|parliamentary|Congress|congressional|the Senate|Whitehall"),
    sense: (before, after) =>
      !LEGISLATING.test(before) && !LEGISLATING_AFTER.test(after) && !NAMED_BEFORE.test(before),
    notBefore:
      /(?:office|internal|company|workplace|corporate|playground|departmental|board|boardroom|boardroom|family|firm|partnership|team|\bgeopolitical\s+risk\s+and)\s+$/i,
    // Round 15: the office-politics and political-risk senses are those words' ("politics
    // within the firm", "a coalition of lenders"), not a new government's ("within weeks"); the
    // place after a name is the name's ("Westminster Abbey", "Congress Hall"). Round 29: "a
    // political subdivision of the State" is a term of art for a county or a district.
    notAfter: [
      only(
        "politics|political|politically|geopolitics|geopolitical|coalition|reshuffle|partisan",
        /^\s+(?:of\s+(?:the|this|that|a)\s+(?:deal|transaction|negotiation|board|firm|company)|at\s+the\s+(?:landlord|firm|company|client|board)|within|inside|between|risk|risks|of\s+(?:lenders|creditors|banks|investors|bidders|companies|funds)|agreement|exposed|exposure|donations?|contributions?|activity|activities|neutrality|restrictions?|restricted|advertising|advertisements?|expenditure|spending|purposes?|subdivisions?)\b/,
      ),
      only(
        POLITICAL_NAMES,
        /^\s+(?:Abbey|Bridge|Magistrates|Court|City|Council|Hall|Cathedral|School|office|offices|branch)\b/,
      ),
    ],
    capitalised: list(POLITICAL_NAMES),
    area: true,
  },
  {
    id: "brexit",
    terms: list(
      "Brexit|post-Brexit|Brexiteer|Brexiteers|Remainer|Remainers|left the EU|leave the EU|leaving the EU|left the European Union|leaving the European Union|Leave voters|Remain voters|hard Brexit|no-deal Brexit|Brexit vote|Brexit dividend|take back control|get Brexit done",
    ),
    notAfter: /^\s+(?:fee|fees)\b/i,
    area: true,
  },
  {
    id: "religion",
    terms: list(
      "religion|religions|religious|faith|faiths|interfaith|inter-faith|church|churches|mosque|mosques|synagogue|synagogues|temple|worship|clergy|vicar|priest|imam|rabbi|pastor|congregation|sermon|Bible|Quran|Koran|Torah|Christianity|Christians|Muslim|Muslims|Islam|Jewish|Judaism|Hindu|Hindus|Hinduism|Sikh|Sikhs|Buddhist|Buddhism|Catholic|Catholics|Protestant|atheist|atheism|spirituality|Happy Diwali|Diwali greetings|Happy Eid|Eid Mubarak|Ramadan Mubarak|Ramadan Kareem|Happy Hanukkah|Happy Chanukah|Chag Sameach|Shana Tova|Happy Passover|Happy Holi|Happy Vaisakhi|Merry Christmas|Happy Christmas|Happy Easter|blessed Easter|blessed Christmas|Christmas blessings",
    ),
    // Round 15: "good faith", "Inner Temple", "places of worship", "faith that", "faith in the
    // process" are those words' senses; "in church on Sunday", "the church that …" are religion.
    notBefore: [
      only(
        "faith|faiths|temple|worship",
        /(?:good|bad|full|utmost|in|on\s+the|Inner|Middle|places?\s+of)\s+$/i,
      ),
    ],
    notAfter: [
      /^(?:\s+(?:and\s+credit|street|st|road|rd|lane|avenue|walk|hill|row|square|green|court|farm|house|hall|bar|chambers|station|gardens|place|or\s+belief|schools?|ethos|exemptions?|Commissioners)\b|\s+for\s+relief)/i,
      only(
        "faith|faiths",
        /^(?:\s+that\b|\s+in\s+(?!God\b|Allah\b|Christ\b|Jesus\b|the\s+Lord\b|the\s+church\b))/i,
      ),
    ],
    capitalised: list("Bible|Torah|Quran|Koran"),
    area: true,
  },
  {
    id: "sports",
    terms: SPORTS,
    notBefore: new RegExp(
      "\\b(?:whole\\s+other|different|new|same|long|waiting|blame|numbers|video|board|mind|safest|Boxing|political)\\s+$",
      "i",
    ),
    judged: [
      ...list("game|match|match day|matchday|marathon|goal|goals|" + RESULT_TERMS),
      ...list(SUPPORTED_SIDE),
      ...GROUNDS(),
    ],
    sense: isGamePlayed,
    notAfter: SPORT_AS_BUSINESS,
    capitalised: [
      ...TEAMS(),
      ...GROUNDS(),
      ...list("Grand National|Tour de France|Boat Race|Stanley Cup|World Series"),
    ],
    area: true,
  },
  {
    id: "football",
    terms: list(
      "football|soccer|Premier League|Champions League|World Cup|FA Cup|Super Bowl|NFL|MLS|La Liga|Serie A|Bundesliga|touchdown|quarterback|goalkeeper|penalty shoot-out|match|match day|game|" +
        SEASON_TERMS +
        "|" +
        SUPPORTED_SIDE +
        "|" +
        RESULT_TERMS,
    ),
    // "a political football": an issue kicked about, not the game.
    notBefore: /\bpolitical\s+$/i,
    judged: list("match|match day|game|" + SUPPORTED_SIDE + "|" + RESULT_TERMS),
    sense: isGamePlayed,
    area: true,
  },
  {
    id: "baseball",
    terms: list("baseball|World Series|MLB|home run|ballgame|ball game"),
    // "a whole other ballgame" (round 15: the idiom's words only, not "a new MLB deal").
    notBefore: [only("ballgame|ball game", /(?:whole\s+other|different|new|same)\s+$/i)],
    area: true,
  },
  {
    id: "golf",
    terms: list(
      "golf|golfing|golf course|round of golf|Ryder Cup|PGA|the Masters|18 holes|nine holes|9 holes|back nine",
    ),
    notAfter: /^\s+(?:&|and)\s+Leisure\b/,
    capitalised: ["the Masters"],
    area: true,
  },
  {
    id: "rugby",
    terms: list(
      "rugby|Six Nations|Rugby World Cup|match|game|" + SUPPORTED_SIDE + "|" + RESULT_TERMS,
    ),
    judged: list("match|game|" + SUPPORTED_SIDE + "|" + RESULT_TERMS),
    sense: isGamePlayed,
    area: true,
  },
  {
    id: "cricket",
    terms: list("cricket|Ashes|Test match|IPL|innings"),
    capitalised: ["Ashes"],
    area: true,
  },
  {
    id: "tennis",
    terms: list("tennis|Wimbledon final|US Open|French Open|Australian Open"),
    area: true,
  },
  {
    id: "health",
    terms: [
      "health",
      "ill health",
      "illness",
      "unwell",
      "feeling better",
      "feel better",
      "feeling much better",
      "get well soon",
      "under the weather",
      "recovering",
      "surgery",
      "operation went",
      "hospitalised",
      "hospitalized",
      "diagnosis",
      "diagnosed",
      "cancer",
      "chemo",
      "chemotherapy",
      "physio",
      "physiotherapy",
      "medical leave",
      "sick leave",
      "convalescing",
      "convalescence",
      "recuperating",
      "recuperation",
      "rest up",
      "back on your feet",
      "back to full strength",
      "back to full health",
      "radiotherapy",
      "oncologist",
      "oncology",
      "remission",
      "tumour",
      "tumor",
      "heart attack",
      "had a stroke",
      "suffered a stroke",
      "a minor stroke",
      "a mild stroke",
      "poorly",
      "laid up",
      "signed off sick",
      "doctor's orders",
      "doctors' orders",
      "your doctors",
      "your consultant",
      "scan results",
      "your scan",
      "medication",
      "health scare",
      "road to recovery",
      "feeling stronger",
      "surgeon",
      "biopsy",
      "MRI",
      "treatment",
      ...HARD_TIMES,
      ...HEALTH_JUDGED,
    ],
    judged: [...HEALTH_JUDGED, "treatment"],
    sense: (before, after, term) =>
      term.toLowerCase() === "treatment"
        ? isPersonalTreatment(before, after)
        : isPersonalHealth(before, after, term),
    notBefore: new RegExp(
      "(?:" + HEALTH_NOT_BEFORE.source + "|\\b(?:constituency|GP['’]?s?|dental|plastic)\\s+$)",
      "i",
    ),
    notAfter: HEALTH_NOT_AFTER,
    area: true,
  },
  {
    id: "divorce",
    terms: list(
      "divorce|divorced|divorcing|ex-husband|ex-wife|decree absolute|decree nisi|separation|final order|conditional order|split up|splitting up|the split",
    ).concat(HARD_TIMES),
    notBefore:
      /(?:deadlock\s+(?:and|&)|JV|joint\s+venture|corporate|no|of|structural|legal\s+entity|functional|duties\s+and|asset|ring-?fenced)\s+$/i,
    notAfter: [
      /^(?:\s+(?:provisions?|clauses?|mechanisms?|rights?|terms|of\s+(?:duties|functions|powers|the\s+(?:business|assets|entities|roles))|agreement\s+(?:in|under)\s+the\s+(?:JV|joint))\b|[-‐])/i,
      // Round 22 (analysis-h21 P2; h16 and h17): the verb of separating two things ("cannot be
      // divorced from the clinical concerns", "divorce the trust from the holding company"), not
      // a marriage's end; a person after "from" is still the marriage.
      only("divorce|divorced|divorcing", DIVORCE_FROM_THING),
    ],
  },
  {
    id: "merger",
    terms: list(
      "merger|mergers|tie-up|takeover|takeover talks|takeover bid|merger talks|aborted combination|failed combination|abandoned combination|collapsed combination|proposed combination|aborted deal|failed deal|collapsed deal|abandoned deal",
    ).concat(DEAL_FAILED),
    // "fell through", "was called off": the deal's, when a deal word is beside it.
    judged: DEAL_FAILED,
    sense: (before, after) => DEAL_NEAR.test(before) || DEAL_NEAR.test(after),
    kinds: list("proposed|planned|failed|abandoned|aborted|collapsed"),
    notBefore:
      /(?:[-‐]|\b(?:cross-border|statutory|intra-group|downstream|upstream|reverse|triangular|forward|short-form)\s+)$/i,
    notAfter:
      /^(?:[-‐]|\s+(?:clause|clauses|control|controls|regulations?|provisions?|doctrine|filings?|notifications?|review|guidelines|certificate|certificates|regime|thresholds?|rules?|law|laws|Code|code|Panel|panel|offer\s+timetable|defences?)\b)/i,
    withName: list("deal|talks|combination|bid|offer|transaction").concat(ALLUSION_NOUNS),
  },
  {
    id: "recall",
    terms: list("recall|recalls|recalled|product recall|safety recall"),
    kinds: list("product|safety|battery|vehicle|voluntary|mandatory|global|nationwide|food"),
    // Round 15: the verb's and memory's guards ("I recall that", "total recall") are the bare
    // word's; "the product recall that cost them" is the recall.
    notBefore: [
      only(
        "recall|recalls|recalled",
        new RegExp(
          "(?:" + VERB_BEFORE + "|\\b(?:total|instant|perfect|brand|memory|to)\\s+$)",
          "i",
        ),
      ),
    ],
    notAfter: [
      only(
        "recall|recalls|recalled",
        /^\s+(?:that|how|what|whether|when|if|seeing|having|being|correctly|reading|our|your|the\s+(?:discussion|conversation|meeting|call|e-?mail|terms|details|facts|point)|him|her|them|it)\b/i,
      ),
    ],
    withName: list("remedy|replacement|replacements|affected units").concat(ALLUSION_NOUNS),
  },
  {
    id: "layoffs",
    terms: list(
      "layoff|layoffs|lay-off|lay-offs|laid off|redundancies|redundancy programme|redundancy program|redundancy round|redundancy exercise|redundancy consultation|job cuts|job losses|headcount reduction|headcount reductions|reduction in force|reductions in force|downsizing|made redundant|staff cuts",
    ),
  },
  {
    id: "bankruptcy",
    terms: list("bankruptcy|bankrupt|trustee in bankruptcy|bankruptcy proceedings"),
    notBefore: /(?:land\s+registry|registry|a|any)\s+$/i,
    notAfter:
      /^(?:[-‐]|\s+(?:search|searches|remote|remoteness|code|clause|event|events|provisions?)\b)/i,
  },
  {
    id: "departure",
    terms: list(
      "departure|stepping down|stepped down|steps down|step down|pushed out|forced out|ousted|ouster|left the company|left the business|leaving the company|leaving the business",
    ),
    // Round 15: "a departure from the terms", "departure lounge" are the noun's senses; "stepped
    // down from the board" is the departure itself.
    notBefore: [
      only(
        "departure",
        /(?:point\s+of|a|any|no|significant|material|major|minor|slight|small)\s+$/i,
      ),
    ],
    notAfter: [
      only(
        "departure",
        /^\s+(?:from|lounge|lounges|gate|gates|time|times|date|dates|board|boards|point|terminal|tax)\b/i,
      ),
    ],
  },
  {
    id: "closure",
    terms: list("closure|closures|shutdown|shut down|shutting down|closing down"),
    kinds: list("site|plant|factory|office|facility|lab|laboratory|store|branch"),
    withName: list("closed|closing|close|shut").concat(ALLUSION_NOUNS),
    notAfter:
      /^\s+(?:of\s+(?:the\s+)?(?:data\s+room|accounts?|books|file|files|transaction|deal|period|matter)|notice|period|date)\b/i,
  },
  {
    id: "spill",
    terms: list("spill|spills|spillage|oil spill|oil leak|clean-up|cleanup"),
    kinds: list("oil|fuel|chemical|diesel|crude|toxic|environmental"),
    withName: list("leak|contamination|pollution|incident|disaster|slick").concat(ALLUSION_NOUNS),
    // Round 15: the verb's ("we spill", "spill over into", "spill the beans"), not the oil
    // spill's ("the oil spill into the estuary").
    notBefore: [only("spill|spills", VERB_BEFORE_RE())],
    notAfter: [
      only(
        "spill|spills",
        /^(?:\s*[-‐]\s*over\b|\s+over\s+(?:into|to|onto)\b|\s+(?:out|into|onto|the\s+beans)\b)/i,
      ),
    ],
  },
  {
    id: "lawsuit",
    terms: ["lawsuit", "lawsuits"],
    kinds: list("patent|class|class-action|securities|antitrust|ip|trade|secrets"),
    withName: list(
      "case|claim|claims|litigation|proceedings|action|trial|motion|ruling|judgment|judgement|verdict|appeal|hearing|settlement|deposition|depositions|discovery|claim construction|Markman|injunction|jury|complaint|dispute|suit|arbitration|tribunal|arbitrator|award",
    ).concat(ALLUSION_NOUNS),
  },
  {
    id: "investigation",
    terms: list("investigation|investigations|inquiry|probe|investigators"),
    kinds: list("customs|regulatory|criminal|tax|official|formal|internal"),
    withName: list("raid|dawn raid|penalty|fine|audit|enquiry").concat(ALLUSION_NOUNS),
    // Round 15: "we probe" is the verb; no other of its words is one ("subject to investigation").
    notBefore: [only("probe", VERB_BEFORE_RE())],
  },
  {
    id: "coverage",
    terms: list(
      "coverage|press|article|articles|piece|story|stories|headline|headlines|newspaper|newspapers|journalist|journalists|reporter|reporters|column|press reports",
    ),
    // Round 15: "press ahead", "press for payment" are the verb press ("the coverage ahead of").
    notAfter: [
      only("press", /^\s+(?:ahead|on\s+with|release\s+template|for\s+(?:payment|a\s+decision))\b/i),
    ],
  },
  {
    id: "death",
    terms: list(
      "death|passed away|passing|funeral|bereavement|condolences|sorry for your loss|sorry to hear about your|your loss|lost your|thinking of you|memorial service|the memorial",
    ).concat(HARD_TIMES),
    // Round 15: a document's "on death", "death benefit" are death's and passing's; "after the
    // funeral", "after everything you've been through" are the topic.
    notBefore: [
      only(
        "death|passing",
        /(?:time\s+of|on|upon|in\s+the\s+event\s+of|before|after|certificate\s+of|date\s+of)\s+$/i,
      ),
    ],
    notAfter: [
      only(
        "death|passing",
        /^\s+(?:benefit|benefits|in\s+service|certificate|duty|duties|of\s+(?:a|the)\s+(?:party|shareholder|member|partner|director|settlor|testator)|grant)\b/i,
      ),
    ],
  },
  {
    id: "crypto",
    terms: list(
      "crypto|cryptocurrency|cryptocurrencies|cryptoasset|cryptoassets|crypto-asset|crypto-assets|crypto market|crypto markets|crypto winter|bitcoin|Bitcoin|ether|Ethereum|stablecoin|stablecoins|altcoin|altcoins|DeFi|NFT|NFTs|token market|token markets|token prices|coin prices|digital assets|digital-asset|digital-assets|web3|Web3",
    ),
    capitalised: list("DeFi|NFT|NFTs"),
    // Digital assets as property to be dealt with: the estate's, in a will, in a security package.
    notAfter:
      /^(?:\s+(?:clause|clauses|provisions?|of\s+(?:the\s+)?(?:deceased|estate|testator|company|borrower)|in\s+(?:the|a|his|her)\s+(?:will|estate)|regulation|regulations|regime|rules|legislation|framework|licen[cs]e|licensing|registration|custody\s+rules))\b/i,
    notBefore: /(?:\bby\s+the\s+same|\bsecurity|\bauthentication|\baccess|\bAPI)\s+$/i,
    area: true,
  },
  {
    // Field sports (eighth round): hunting, shooting and fishing, not searching ("hunting for
    // the file", "a fishing expedition"), a photo shoot or "shoot me an email".
    id: "fieldsports",
    terms: list("hunting|the hunt|shooting|a shoot|the shoot|grouse|pheasants|fishing|angling"),
    // "hunting for the file", "the shooting" (a crime), "a photo shoot": judged by the field.
    judged: list("the hunt|shooting|a shoot|the shoot"),
    sense: (before, after) => FIELD_NEAR.test(`${before} ${after}`),
    notBefore:
      /(?:job|house|flat|home|head|bargain|treasure|witch|talent|deal|ghost|egg|scavenger|photo|video|film|fashion|trouble|sharp|school|mass|drive-by|on\s+the|a\s+bit\s+of\s+a)[\s-]*$/i,
    notAfter:
      /^\s+(?:for|down|around|about|through|out|me|us|them|him|her|it|an?\s+(?:e-?mail|note|message|line)|over|across|expedition|expeditions|exercise|pretexts?|boats?|fleets?|vessels?|industry|quotas?|rights|licen[cs]es?|village|port|star|stars)\b/i,
    area: true,
  },
  {
    id: "pandemic",
    terms: list("pandemic|Covid|COVID-19|coronavirus|lockdown|lockdowns"),
    area: true,
  },
  {
    id: "war",
    terms: list("war|wars|invasion|ceasefire|air strikes|airstrikes"),
    // Round 15: the figurative wars are the word war's ("price war", "war chest").
    notBefore: [
      only(
        "war|wars",
        /(?:price|trade|bidding|talent|turf|format|console|browser|patent|legal|tug[- ]of|culture|cold|war\s+of)\s+$/i,
      ),
    ],
    notAfter: [only("war|wars", /^\s+(?:room|chest|of\s+words|games?|story|stories|footing)\b/i)],
    area: true,
  },
  {
    // Piracy at sea (eleventh round): its words, with its places and acts in small talk
    // (topic-allusions.ts). "the piracy exclusion" of a hull policy is the document's word.
    id: "piracy",
    terms: list("piracy|maritime piracy|piracy at sea"),
    area: true,
  },
  {
    id: "climate",
    terms: list(
      "climate|climate change|global warming|climate crisis|climate emergency|net zero|net-zero|carbon footprint|heatwave|heat wave|extreme weather|COP26|COP27|COP28|COP29|COP30",
    ),
    // "the investment climate", "in the current climate": conditions, not the weather.
    // (Round 15: that sense is the word climate's: "this heatwave" is the weather.)
    notBefore: [
      only(
        "climate",
        /(?:investment|business|economic|political|regulatory|current|present|financial|market|commercial|lending|deal|deal-making|trading|M&A|IPO|funding|credit|rate|tax|hostile|litigation|enforcement|this|today['’]s|geopolitical|fundraising)\s+$/i,
      ),
    ],
    notAfter:
      /^(?:[-‐]\s*related|\s+(?:risk|risks|disclosures?|reporting|scenario|scenarios|transition\s+plans?|for\s+(?:deals|investment|lending|M&A|growth)|targets?|commitments?|fund|funds|finance|law|laws|litigation|regulation|regulations|policy|policies)\b)/i,
    area: true,
  },
  {
    // A one-off happening: a fire, a flood, an explosion (its words are in topic-instances.ts).
    id: "incident",
    terms: [],
    kinds: list(
      "warehouse|factory|plant|site|office|building|depot|store|mine|refinery|chemical|gas|data|cyber",
    ),
    withName: ALLUSION_NOUNS,
  },
  {
    id: "accident",
    terms: list("accident|crash|collision"),
    notBefore: /(?:by|an|any|no)\s+$/i,
    notAfter: /^\s+(?:insurance|policy|cover|report\s+form|and\s+emergency)\b/i,
  },
  {
    id: "retirement",
    // Round 25: the class of ways of leaving a job, conjugated (topic-inflections.ts).
    terms: list("retirement|retiring|retired|stepping down|stepped down").concat(
      RETIRE,
      LEAVING_A_JOB,
    ),
    // Round 15: a pension's and a security's retirement are the retire- words' ("on
    // retirement", "retirement of the notes"), not "stepping down" ("on stepping down as chair").
    notBefore: [
      only(
        "retirement|retiring|retired",
        /(?:early|mandatory|normal|pension|age\s+of|on|upon|at)\s+$/i,
      ),
      only("retire|retires|retiring|retired", RETIRE_NOT_BEFORE),
      only("succession", SUCCESSION_NOT_BEFORE),
      only(`stepping down|stepped down|${LEAVING_A_JOB.join("|")}`, STEP_NOT_BEFORE),
    ],
    notAfter: [
      only(
        "retirement|retiring|retired",
        /^\s+(?:age|benefits?|plan|plans|scheme|schemes|fund|funds|account|accounts|savings|relief|annuity|date|of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:shares|debt|notes|bonds|assets|loans?|securities|equipment|fleet|plant|aircraft|vessels?))\b/i,
      ),
      only("retire|retires|retiring|retired", RETIRE_NOT_AFTER),
      only("succession", SUCCESSION_NOT_AFTER),
      only(`stepping down|stepped down|${LEAVING_A_JOB.join("|")}`, STEP_NOT_AFTER),
    ],
  },
  {
    // Round 26 (analysis-h24 §2 B): gambling by its kinds, the words people write for it (a bet
    // placed, the places and machines it is done on, the firms that take it), not only its name.
    id: "gambling",
    terms: list(
      "gambling|gambler|gamblers|betting|sports betting|online betting|bookmaker|bookmakers|bookie|bookies|the bookies|sportsbook|sportsbooks|casino|casinos|online casino|wagering|a wager|poker|poker machine|poker machines|slot machine|slot machines|slots|fruit machine|fruit machines|gaming machine|gaming machines|pokies|pokie|a flutter|punters|roulette|blackjack|DraftKings|FanDuel|Bet365|Ladbrokes|Paddy Power|Betfair|PointsBet",
    ),
    capitalised: list("DraftKings|FanDuel|Bet365|Ladbrokes|Paddy Power|Betfair|PointsBet"),
    // "a flutter" is a bet only when one has or puts it on something ("a flutter on the
    // National"), not "a flutter of nerves"; "slots" only beside a game word.
    judged: list("a flutter|slots|punters"),
    sense: (before, after, term) =>
      term.toLowerCase() === "a flutter"
        ? /^\s+on\b/i.test(after) ||
          /\b(?:have|having|had|has|fancy|fancied|put|putting|enjoy|enjoys|enjoyed)\s+(?:\w+\s+)?$/i.test(
            before,
          )
        : GAMBLING_NEAR.test(`${before} ${after}`),
    // "I'm betting he signs", "a poker face", "betting the farm on it": the figure of speech.
    notBefore: [
      only("roulette", /\bRussian\s+$/i),
      only(
        "betting",
        /\b(?:I['’]m|I\s+am|we['’]re|we\s+are|they['’]re|they\s+are|he['’]s|she['’]s|you['’]re|not|be|I['’]d\s+be|wouldn['’]t\s+be|hedging|hedge)\s+$/i,
      ),
    ],
    notAfter: [
      only("poker", /^\s+(?:face|faced|straight)\b|^[-‐]faced\b/i),
      only(
        "betting",
        /^\s+(?:that|on\s+(?:it|that|this|him|her|them|us)\b|the\s+(?:farm|house|ranch))/i,
      ),
      // The law of it is legal work: "gambling regulation", "the betting duty", "casino licence".
      /^[-\s]+(?:law|laws|regulation|regulations|regulator|regulatory|licen[cs]es?|licensing|duty|duties|levy|commission|compliance)\b/i,
    ],
    area: true,
  },
  {
    // Round 26 (analysis-h24 §2 B): testing on animals by the species a study is run on ("the
    // minipig tox data", "the mouse and pig studies", "the primate work") and the lab's words.
    id: "animaltesting",
    terms: list(
      "animal testing|animal tests|animal test|animal studies|animal study|animal research|animal experiments|animal experimentation|animal models|animal model|animal data|animal work|tested on animals|testing on animals|tests on animals|vivisection|in vivo|in-vivo|murine|NHP|NHPs|non-human primates|non-human primate|minipig|minipigs|lab animals|laboratory animals|mice|rodents|primates|beagles",
    ).concat(SPECIES_STUDIES()),
    capitalised: list("NHP|NHPs"),
    // Bare species are pests, pets or hardware ("mice in the warehouse", "wireless mice"): only
    // beside a word of a lab or a study.
    judged: list("mice|rodents|primates|beagles|in vivo|in-vivo"),
    sense: (before, after) => LAB_NEAR.test(`${before} ${after}`),
    notBefore: [
      only(
        "mice",
        /\b(?:wireless|computer|optical|gaming|usb|bluetooth|cordless|spare|keyboards?\s+(?:and|&))\s+$/i,
      ),
    ],
    notAfter: [only("mice", /^\s+(?:and|&)\s+(?:keyboards?|monitors?|screens?|headsets?)\b/i)],
    area: true,
  },
  {
    // Round 29 (detect-29b): genetic modification by the words people write for it ("gene-edited
    // crops" for GMOs). A debate, so a subject area; a contract's own words on it are drafting,
    // and modified cells or vectors are medicine.
    id: "gmo",
    terms: list(
      `${GM}|genetically modified|genetic modification|genetically engineered|genetic engineering|gene-edited|gene edited|gene editing|gene-editing|transgenic|biotech crops|precision breeding|precision-bred`,
    ),
    capitalised: list(GM),
    notAfter: /^\s+(?:T[\s-]cells?|cells?|vectors?|virus\w*|vaccines?|cell\s+therap\w*)\b/i,
    notInSentence:
      /\bshall\b|\b(?:MTAs?|material\s+transfer|clause|licen[cs]e[sd]?|consent|warrant(?:y|ies|s)?|indemnif\w*)\b/i,
    area: true,
  },
  {
    // Round 29 (detect-29b): a natural disaster by its kind ("the avalanche", "the floods", "the
    // quake") or a slide down a mountain's face. One happening: "a flood of emails" is another.
    id: "disaster",
    terms: list(
      "avalanche|avalanches|landslide|landslides|landslip|mudslide|mudslides|rockfall|rockfalls|rockslide|flood|floods|flooding|flash flood|flash floods|floodwater|floodwaters|wildfire|wildfires|bushfire|bushfires|forest fire|forest fires|earthquake|earthquakes|quake|tsunami|hurricane|hurricanes|typhoon|cyclone|tornado|tornadoes|storm|storms|hailstorm|blizzard|drought|volcanic eruption|the eruption|natural disaster|natural disasters|catastrophe|disaster|tragedy|slide",
    ),
    // "the slide on the north face", "the slide down the slope": not a slide of a deck.
    judged: ["slide"],
    sense: (_before, after) =>
      /^\s+(?:on|down|at|off|near|above|below|from)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:face|slopes?|mountain|mountainside|hill|hillside|pass|ridge|valley|piste|glacier|cliffs?|embankment|gully|couloir|summit|peak)\b/i.test(
        after,
      ),
    // A figure of speech ("a political earthquake", "the perfect storm", "won by a landslide",
    // "spread like wildfire", "weather the storm", "a recipe for disaster") or a verb ("to storm
    // off", "we'll flood the market").
    notBefore: [
      /\b(?:political|media|PR|press|Twitter|social\s+media|perfect|electoral|recipe\s+for|courting|unmitigated)\s+$/i,
      only("landslide|landslides", /\bby\s+(?:a\s+)?$/i),
      only("wildfire|wildfires", /\blike\s+$/i),
      only(
        "storm|storms",
        /\b(?:(?:weather(?:ed|ing)?|rid(?:e|es|ing)\s+out|rode\s+out)\s+(?:the|this|that|a|any)(?:\s+[a-z]+)?|up\s+a|by)\s+$/i,
      ),
      only("storm|storms|flood|floods", VERB_BEFORE_RE()),
    ],
    // "the flood of enquiries", "a storm in a teacup", "flood risk", "storm cover", "catastrophe
    // bonds", "disaster recovery" (insurance and property work), "a landslide victory".
    notAfter: [
      /^\s+(?:of\s+(?!(?:19|20)\d\d\b|last\b)|in\s+a\s+tea\s?cup)|^[-\s]+(?:risks?|insurance|insurers?|cover|zones?|plains?|maps?|search|searches|reports?|defen[cs]es?|prevention|resilience|assessments?|warnings?|recovery|planning|plans?|relief|bonds?|reinsurance|model\w*|exclusions?|clauses?|lights?)\b/i,
      only("landslide|landslides", /^\s+(?:victory|win|majority|vote|defeat)\b/i),
      only(
        "storm|storms|flood|floods|flooding",
        /^\s+(?:out|off|(?:the|our|their|its|your|my|his|her)\s+(?:market|building|stage|zone|inbox|barricades|phones?|lines?|switchboard))\b/i,
      ),
      // Quake, the game ("Quake 3", "Quake Arena").
      only("quake", /^\s+(?:\d|I{1,3}V?\b|Arena|Champions|Live)/),
    ],
    notInSentence:
      /\bforce\s+majeure|\bacts?\s+of\s+God\b|\bperils?\b|\bshall\b|\binsured\s+events?\b/i,
    // (An incident's own words too, and its allusions beside a name: "the Halden business".)
    includes: ["incident"],
    withName: ALLUSION_NOUNS,
  },
  {
    // Round 29 (detect-29b): a cyber attack by its kinds ("the ransomware business", "when they
    // were hacked", "the data breach"), and an incident's own words ("the outage").
    id: "cyber",
    terms: list(
      "cyber attack|cyberattack|cyber-attack|cyber incident|cyber breach|ransomware|ransom demand|hackers|hacked|hacking|data breach|security breach|data leak|phishing attack|malware|DDoS",
    ),
    capitalised: ["DDoS"],
    // A hack is a programmer's too ("a hacked-up script", "for hackers:"): only as an attack.
    judged: list("hackers|hacked|hacking"),
    sense: (before, after) => CYBER_NEAR.test(`${before} ${after}`),
    // "hacked off", "a hacking cough"; cyber cover and its drills are the insurance work.
    notAfter: [
      only("hacked", /^\s+off\b/i),
      only("hacking", /^\s+cough/i),
      /^[-\s]+(?:insurance|insurers?|cover|policy|policies|exclusions?|extensions?|clauses?|risks?|resilience|training|drills?|simulations?|exercises?|readiness|plans?|playbooks?|response\s+plans?)\b/i,
    ],
    notInSentence: /\bshall\b/i,
    includes: ["incident"],
    withName: ALLUSION_NOUNS,
  },
  {
    // Round 29 (detect-29b): debates a client keeps out of mail, each by the words people write
    // for it (all written from general knowledge before any case was read). Abortion:
    id: "abortion",
    terms: list(
      "abortion|abortions|anti-abortion|pro-life|pro-choice|Roe v Wade|Roe v. Wade|reproductive rights|Planned Parenthood",
    ),
    area: true,
  },
  {
    // Guns: not a smoking gun, jumping the gun, sticking to one's guns, a glue or staple gun.
    id: "firearms",
    terms: list(
      "gun|guns|firearm|firearms|gun control|gun laws|gun rights|Second Amendment|2nd Amendment|NRA|rifle|rifles|handgun|handguns|assault weapons|AR-15|mass shooting|mass shootings|school shooting",
    ),
    capitalised: ["NRA"],
    notBefore: [
      only(
        "gun|guns",
        /\b(?:smoking|jump(?:s|ed|ing)?\s+the|st(?:ick|icks|icking|uck)\s+to\s+(?:our|your|their|my|his|her)|big|top|glue|staple|nail|spray|heat|hired|great|son\s+of\s+a|starting|radar|speed|under\s+the)\s+$/i,
      ),
    ],
    notAfter: [only("gun|guns", /^(?:\s+(?:for|blazing)\b|[-\s]shy\b)/i)],
    area: true,
  },
  {
    // Nuclear power and weapons: not "the nuclear option", a nuclear family or nuclear medicine.
    id: "nuclear",
    terms: list(
      "nuclear|nuclear power|nuclear energy|nuclear plant|nuclear reactor|reactor|reactors|nuclear waste|radioactive|radiation leak|radiation levels|uranium|nuclear weapons|nukes|Sellafield|Fukushima|Chernobyl|Three Mile Island|Hinkley Point|small modular reactors",
    ),
    // (Radiation alone is physics and medicine too: "background radiation", "radiation burns".)
    notBefore: [
      only("nuclear", /\b(?:go|goes|going|gone|went)\s+$/i),
      only("nukes", VERB_BEFORE_RE()),
    ],
    notAfter: [only("nuclear", /^\s+(?:option|options|family|families|medicine|magnetic)\b/i)],
    area: true,
  },
  {
    // An addiction and its treatment; not a fondness ("an addiction to coffee", "addicted to
    // Tetris": "addicted" and "addict" alone are a figure more often than not), "rehab of the mill".
    id: "addiction",
    terms: list(
      "addiction|addictions|drug addict|drug addicts|drug-addicted|addicted to drugs|rehab|relapse|relapsed|sobriety|substance abuse|drug abuse|opioids|opioid|detox|twelve-step|12-step|AA meetings",
    ),
    notAfter: [
      only("rehab", /^\s+(?:of|works?)\b/i),
      only(
        "addiction|addictions",
        /^\s+to\s+(?!(?:drugs|alcohol|opioids|painkillers|heroin|cocaine|gambling|pills)\b)/i,
      ),
    ],
    area: true,
  },
  {
    // Round 29 (detect-29b): disease and pests in farmed animals, fish and crops, by their names
    // ("the lice numbers" for sea lice, "bird flu", "the blight"). An ongoing worry: an area.
    id: "outbreak",
    terms: list(
      "sea lice|salmon lice|lice|blight|potato blight|avian flu|avian influenza|bird flu|H5N1|foot-and-mouth|foot and mouth|swine fever|African swine fever|BSE|mad cow disease|bluetongue|bovine TB|bovine tuberculosis|scrapie|Newcastle disease|infectious salmon anaemia|algal bloom|algal blooms|fish kill|fish kills|mortalities|mass mortality|infestation|infestations|disease outbreak|outbreak|outbreaks|locusts|Xylella|ash dieback|phylloxera|varroa|chronic wasting disease|armyworm",
    ),
    capitalised: list("BSE|H5N1|Xylella"),
    // "BSE" is an exchange too, an outbreak may be of anything: only beside a farm's word.
    judged: list("BSE|outbreak|outbreaks"),
    sense: (before, after) => FARM_NEAR.test(`${before} ${after}`),
    // Head lice at school; planning blight ("a blight notice") is property law; "a blight on the
    // landscape" a figure; an outbreak of war or violence.
    notBefore: [
      only("lice", /\bhead\s+$/i),
      only("blight", /\b(?:planning|urban|statutory|generali[sz]ed|property)\s+$/i),
    ],
    notAfter: [
      only("blight", /^\s+(?:notices?|on|upon)\b/i),
      only(
        "outbreak|outbreaks",
        /^\s+of\s+(?:the\s+)?(?:war|hostilities|violence|fighting|conflict|rioting|riots|protests?|unrest)\b/i,
      ),
    ],
    area: true,
  },
];

/** What a bet has around it: a game, a casino, odds, a stake. */
const GAMBLING_NEAR =
  /\b(?:casinos?|pokies|poker|betting|bets?|odds|stakes?|jackpots?|gaming|gambl\w*|bookies|bookmakers?|roulette|reels?|spins?|machines?|wagers?)\b/i;

/** What a lab's study has around it: a study, its data, a dose, a protocol, a regulator. */
const LAB_NEAR =
  /\b(?:stud(?:y|ies)|data|dos(?:e|es|ed|ing)|tox\w*|trials?|models?|GLP|pre-?clinical|non-?clinical|labs?|laborator(?:y|ies)|cohorts?|experiments?|tested|testing|tests|protocols?|IND|FDA|EMA|MHRA|efficacy|readouts?|implant\w*|inject\w*|vivarium|colony|colonies|strains?|knock-?out|transgenic|xenograft\w*|CRO|necropsy|histopath\w*)\b/i;

/** The species lab studies are run on, each before a word of the study ("minipig tox data"). */
function SPECIES_STUDIES(): string[] {
  const species = list(
    "mouse|mice|rat|rats|rodent|murine|pig|pigs|minipig|porcine|dog|dogs|canine|beagle|primate|primates|NHP|monkey|monkeys|macaque|macaques|rabbit|rabbits|hamster|hamsters|guinea pig|guinea pigs|ferret|ferrets|animal",
  );
  const study = list(
    "study|studies|data|tox|toxicology|model|models|testing|tests|experiments|work|cohort|cohorts",
  );
  return species.flatMap((a) => study.map((b) => `${a} ${b}`));
}

/** What a day's shooting or a hunt has around it: game, guns, a moor, hounds. */
const FIELD_NEAR =
  /\b(?:grouse|pheasants?|partridges?|deer|stags?|fox|foxes|hounds|horses?|guns|beaters|moor|moors|clays?|game|estate|season|syndicate|lodge|Boxing\s+Day|the\s+Twelfth|rifles?|shotguns?|ball|meet|bag)\b/i;

/** VERB_BEFORE as a pattern: "we spill", "to probe". */
function VERB_BEFORE_RE(): RegExp {
  return new RegExp(VERB_BEFORE, "i");
}

/** A concept's instances (topic-instances.ts) and its world's vocabulary (topic-world.ts), as one. */
function mergeInstances(a: Instances | undefined, b: Instances | undefined): Instances | undefined {
  if (!a || !b) return a ?? b;
  return {
    terms: a.terms.concat(b.terms),
    judged: (a.judged ?? []).concat(b.judged ?? []),
    smallTalk: (a.smallTalk ?? []).concat(b.smallTalk ?? []),
  };
}

/** A concept with its instances merged in (topic-instances.ts, topic-world.ts). */
function withInstances(concept: Concept): Concept {
  const extra = mergeInstances(
    mergeInstances(INSTANCES[concept.id], WORLD[concept.id]),
    ALLUDED[concept.id],
  );
  if (!extra) return concept;
  const senses = new Map<string, Sense>();
  const written: string[] = extra.terms.concat(extra.smallTalk ?? []);
  for (const [words, sense] of extra.judged ?? []) {
    for (const word of list(words)) {
      senses.set(word.toLowerCase(), sense);
      written.push(word);
    }
  }
  const own = new Set(concept.terms.map((t) => t.toLowerCase()));
  const added: string[] = [];
  for (const term of written) {
    const lower = term.toLowerCase();
    if (term && !own.has(lower)) {
      own.add(lower);
      added.push(term);
    }
  }
  // Written with a capital, a name: "Mass", "the Open", "Labour" (not "mass", "open", "labour").
  const capitalised = added.filter((t) => isUpperCaseAt(t.replace(/^the\s+/, ""), 0));
  return {
    ...concept,
    terms: concept.terms.concat(added),
    capitalised: (concept.capitalised ?? []).concat(capitalised),
    instances: new Set(added.map((t) => t.toLowerCase())),
    instanceSenses: senses,
    smallTalk: new Set((extra.smallTalk ?? []).map((t) => t.toLowerCase())),
  };
}

/** Concepts by id. */
export const CONCEPTS: ReadonlyMap<string, Concept> = new Map(
  CONCEPT_LIST.map((c) => [
    c.id,
    CONJUGATED.has(c.id) ? withForms(withInstances(c)) : withInstances(c),
  ]),
);

/** Head words (and whole topics) that name a concept: "strikes", "industrial action", "illness". */
const HEADS: Record<string, string> = {
  strike: "strike",
  strikes: "strike",
  "industrial action": "strike",
  walkout: "strike",
  walkouts: "strike",
  election: "election",
  elections: "election",
  "general election": "election",
  midterms: "election",
  politics: "politics",
  political: "politics",
  "political topics": "politics",
  brexit: "brexit",
  religion: "religion",
  religions: "religion",
  faith: "religion",
  sport: "sports",
  sports: "sports",
  football: "football",
  soccer: "football",
  baseball: "baseball",
  golf: "golf",
  rugby: "rugby",
  cricket: "cricket",
  tennis: "tennis",
  health: "health",
  illness: "health",
  "ill health": "health",
  sickness: "health",
  surgery: "health",
  cancer: "health",
  diagnosis: "health",
  divorce: "divorce",
  separation: "divorce",
  merger: "merger",
  recall: "recall",
  recalls: "recall",
  layoff: "layoffs",
  layoffs: "layoffs",
  "lay-offs": "layoffs",
  redundancies: "layoffs",
  redundancy: "layoffs",
  "job cuts": "layoffs",
  bankruptcy: "bankruptcy",
  insolvency: "bankruptcy",
  departure: "departure",
  resignation: "departure",
  exit: "departure",
  ousting: "departure",
  closure: "closure",
  shutdown: "closure",
  spill: "spill",
  leak: "spill",
  lawsuit: "lawsuit",
  litigation: "lawsuit",
  arbitration: "lawsuit",
  trial: "lawsuit",
  suit: "lawsuit",
  case: "lawsuit",
  claim: "lawsuit",
  dispute: "lawsuit",
  investigation: "investigation",
  inquiry: "investigation",
  probe: "investigation",
  coverage: "coverage",
  death: "death",
  bereavement: "death",
  passing: "death",
  pandemic: "pandemic",
  covid: "pandemic",
  "covid-19": "pandemic",
  war: "war",
  accident: "accident",
  crash: "accident",
  retirement: "retirement",
  fire: "incident",
  fires: "incident",
  blaze: "incident",
  explosion: "incident",
  blast: "incident",
  disaster: "incident",
  tragedy: "incident",
  incident: "incident",
  collapse: "incident",
  cyberattack: "cyber",
  "cyber attack": "cyber",
  outage: "incident",
  piracy: "piracy",
  pirates: "piracy",
  "maritime piracy": "piracy",
  hijacking: "piracy",
  hijackings: "piracy",
  climate: "climate",
  "climate change": "climate",
  "global warming": "climate",
  alcohol: "alcohol",
  drinking: "alcohol",
  drink: "alcohol",
  drinks: "alcohol",
  family: "family",
  "her family": "family",
  children: "family",
  kids: "family",
  "share price": "shareprice",
  crypto: "crypto",
  cryptocurrency: "crypto",
  cryptocurrencies: "crypto",
  bitcoin: "crypto",
  hunting: "fieldsports",
  shooting: "fieldsports",
  fishing: "fieldsports",
  "field sports": "fieldsports",
  "blood sports": "fieldsports",
  "digital assets": "crypto",
  blockchain: "crypto",
  "stock price": "shareprice",
  "the share price": "shareprice",
  gambling: "gambling",
  betting: "gambling",
  gamble: "gambling",
  wagering: "gambling",
  bookmakers: "gambling",
  casinos: "gambling",
  "sports betting": "gambling",
  "online gambling": "gambling",
  "problem gambling": "gambling",
  "poker machines": "gambling",
  "animal testing": "animaltesting",
  "animal studies": "animaltesting",
  "animal research": "animaltesting",
  "animal experiments": "animaltesting",
  "animal experimentation": "animaltesting",
  "testing on animals": "animaltesting",
  vivisection: "animaltesting",
  gm: "gmo",
  gmo: "gmo",
  gmos: "gmo",
  "gm crops": "gmo",
  "gm food": "gmo",
  "genetically modified crops": "gmo",
  "genetically modified organisms": "gmo",
  "genetically modified food": "gmo",
  "genetic modification": "gmo",
  "genetic engineering": "gmo",
  "gene editing": "gmo",
  "gene-edited crops": "gmo",
  "biotech crops": "gmo",
  abortion: "abortion",
  abortions: "abortion",
  "reproductive rights": "abortion",
  "roe v wade": "abortion",
  gun: "firearms",
  guns: "firearms",
  firearms: "firearms",
  "gun control": "firearms",
  "gun rights": "firearms",
  "gun laws": "firearms",
  "second amendment": "firearms",
  nuclear: "nuclear",
  "nuclear power": "nuclear",
  "nuclear energy": "nuclear",
  "nuclear weapons": "nuclear",
  "nuclear waste": "nuclear",
  "radiation leak": "nuclear",
  uranium: "nuclear",
  addiction: "addiction",
  addictions: "addiction",
  "drug addiction": "addiction",
  "substance abuse": "addiction",
  rehab: "addiction",
  sobriety: "addiction",
  opioids: "addiction",
};

/**
 * More ways people name a topic in a profile, by concept: the synonyms, the narrower and the
 * broader words a person picks for the same family ("the takeover" for a merger, "job losses" for
 * layoffs, "his finances" for money troubles, "Ukraine" for the war). Curated from general
 * knowledge, not from any draft; each maps only what a profile's topic means, not what a draft
 * is matched by.
 */
const MORE_HEADS =
  "strike:stoppages|unions|pay dispute|union dispute|industrial dispute|industrial unrest~" +
  "election:vote|referendum~" +
  "retirement:succession~" +
  "politics:government|politicians~" +
  "religion:church|religious~" +
  "sports:sporting|racing|boxing~" +
  "health:medical|condition|mental health|injury|operation|treatment|recovery|hospital stay|hospital|breakdown|illnesses~" +
  "divorce:marriage|split|break-up|custody|family breakdown|marriage breakdown|relationship breakdown|marital breakdown|estrangement~" +
  "family:son|daughter|wife|husband|children|pregnancy|baby~" +
  "merger:takeover|acquisition|buyout~" +
  "layoffs:job losses|cuts|restructuring|headcount|downsizing|restructure|staff cuts|redundancy programme~" +
  "bankruptcy:administration|liquidation|receivership|money|finances|debts~" +
  "lawsuit:proceedings|tribunal~" +
  "coverage:press|media|scandal~" +
  "war:conflict|ukraine|gaza~" +
  "cyber:data breach|hack|hacking|ransomware|cyber-attack|cyber incident|cyber breach|security breach|data leak|phishing|malware~" +
  "ai:ai|artificial intelligence|generative ai|gen ai|genai|machine learning|llms|large language models|chatgpt|ai tools~" +
  "rankings:league tables|league table|rankings|university rankings|national rankings~" +
  "relegation:relegation|league position~" +
  "gastro:norovirus|gastroenteritis|stomach bug|sickness bug|food poisoning~" +
  "astrology:astrology|horoscopes|horoscope|star signs|zodiac~" +
  "tariffs:tariffs|tariff|trade war|trade wars|import duties|customs duties|trade barriers~" +
  "aquaculture:aquaculture|fish farming|fish farms|fish farm|salmon farming|salmon farms|fish farmers~" +
  "euthanasia:euthanasia|assisted dying|assisted suicide|right to die~" +
  "vaccines:vaccines|vaccine|vaccination|vaccinations|anti-vax|vaccine mandates~" +
  "fracking:fracking|shale gas|hydraulic fracturing~" +
  "smoking:smoking|vaping|tobacco|cigarettes|vapes~" +
  "executivepay:executive pay|executive bonuses|executive remuneration|ceo pay|bosses' pay|boardroom pay~" +
  "privatisation:privatisation|privatization|nationalisation|nationalization|public ownership~" +
  "disaster:avalanche|avalanches|landslide|landslides|landslip|mudslide|rockfall|rockslide|flood|floods|flooding|wildfire|wildfires|bushfire|bushfires|forest fire|earthquake|earthquakes|quake|tsunami|hurricane|typhoon|cyclone|tornado|storm|storms|drought|eruption|natural disaster|natural disasters|catastrophe~" +
  "outbreak:lice|sea lice|salmon lice|blight|bird flu|avian flu|avian influenza|foot-and-mouth|foot and mouth|swine fever|bse|mad cow disease|bluetongue|bovine tb|infestation|disease outbreak|animal disease|livestock disease|crop disease|pests|algal bloom|algal blooms|mortalities|fish deaths|xylella|phylloxera|ash dieback|varroa";
for (const entry of MORE_HEADS.split("~")) {
  const [concept, words] = entry.split(":") as [string, string];
  for (const word of list(words)) if (!(word in HEADS)) HEADS[word] = concept;
}

/**
 * Words that only say what kind of thing a topic is ("his drinking problem", "health issues",
 * "political views"): when the head is one of these, a word before it names the concept.
 */
const VAGUE_HEADS = new Set(
  list(
    "problem|problems|issue|issues|troubles|matters|views|news|situation|results|affairs|life|worries",
  ),
);

/** People whose loss is a death ("the loss of his father"). */
const KIN = new Set(
  list(
    "father|mother|dad|mum|mom|husband|wife|son|daughter|brother|sister|partner|child|baby|parent|parents|friend|grandmother|grandfather|uncle|aunt",
  ),
);

/** Words before a topic's head that only say whose or which in general. */
const LEADING = new Set(
  "the a an her his their our my your its any all this that these those".split(" "),
);

/** Prepositions that end a topic's head: what follows says what it is about. */
const PREPOSITIONS = new Set(
  "of at in on with about over involving during after from for against between into".split(" "),
);

/**
 * Modifiers that say nothing of which one ("the failed deal", "the recent fire"): never a cue,
 */
const ORDINARY_MODIFIERS = new Set(
  list(
    "last|this|recent|ongoing|current|latest|previous|earlier|whole|entire|big|major|proposed|planned|failed|aborted|so-called|interim|initial|new|old|public|year|year's|whole|total|final|first|second|third|possible|potential|unfortunate|sad|terrible|awful|own|other|annual|project|programme|program|company|business|team|group|matter|issue|process|plan",
  ),
);

/** What a profile's topic means, read once. */
export interface TopicSpec {
  /** As the profile writes it. */
  topic: string;
  concept?: Concept;
  /** The head word as written ("lawsuit", "closure"). */
  head: string;
  /** Whether the head word alone names the concept ("arbitration"; not "price" of "share price"). */
  headNamesConcept: boolean;
  /** Capitalised words and years that say which one ("Meridian", "2024"). */
  names: string[];
  /** Lower-case words that qualify it ("customs", "founder", "site"), folded. */
  qualifiers: string[];
  /** Words of an "of" phrase that say what it is about ("estate"), folded: one must be near. */
  about: string[];
  /** The topic without its leading determiner or possessive ("Meridian lawsuit"). */
  core: string;
  /** What says which one beside a word of its head's family: distinctive names, modifier stems. */
  cues: Cues;
  /** Code names that name it alone ("KESTREL", "ABX-401", "Falcon" of "Project Falcon"). */
  codes: string[];
}

const specs = new Map<string, TopicSpec>();

function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]$/, "");
}

/** Reads a topic into its parts (memoised: profiles repeat across drafts). */
export function topicSpec(topic: string): TopicSpec {
  const cached = specs.get(topic);
  if (cached) return cached;
  const words = topic.trim().split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && LEADING.has(words[first]!.toLowerCase())) first++;
  const rest = words.slice(first);
  // "press coverage of the estate", "the fire at the warehouse": the head is before the first
  // preposition, and what follows says what it is about.
  const of = rest.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const coreWords = of > 0 ? rest.slice(0, of) : rest;
  const aboutWords = of > 0 ? rest.slice(of + 1).filter((w) => !LEADING.has(w.toLowerCase())) : [];
  const head = coreWords[coreWords.length - 1] ?? topic;
  const whole = coreWords.join(" ").toLowerCase();
  const byHead = HEADS[fold(head)];
  // Round 29: a compound head after a name or a year ("the 2025 cyber attack on Strathmore").
  const pair = coreWords.length > 2 ? coreWords.slice(-2).join(" ").toLowerCase() : "";
  // Round 34: a plural head whose singular is a head ("store closures", "trade union
  // disputes"), tried last so that a head of its own ("disputes" of a lawsuit) never wins over
  // the pair before it.
  const singular = (phrase: string): string =>
    /[^su]s$/.test(phrase) ? phrase.slice(0, -1) : phrase;
  let conceptId =
    HEADS[whole] ??
    byHead ??
    HEADS[whole.replace(/s$/, "")] ??
    HEADS[pair] ??
    (pair ? HEADS[singular(pair)] : undefined) ??
    HEADS[singular(fold(head))];
  // "the loss of his father": a person lost is a death.
  if (!conceptId && fold(head) === "loss" && aboutWords.some((w) => KIN.has(fold(w)))) {
    conceptId = "death";
  }
  // "his drinking problem", "health issues", "the Brexit fallout": a vague head, and a word
  // before it that names the concept.
  // Not "the trial results", "the study data": a trial's results are a clinical trial's.
  const clinical = familyOf(head).includes("readout");
  if (!conceptId && (VAGUE_HEADS.has(fold(head)) || ALLUSIONS.has(fold(head)))) {
    for (let i = coreWords.length - 2; i >= 0 && !conceptId; i--) {
      if (clinical && /^(?:trial|trials|study)$/i.test(coreWords[i]!)) break;
      conceptId = HEADS[fold(coreWords[i]!)];
    }
  }
  const names: string[] = [];
  const qualifiers: string[] = [];
  const about: string[] = [];
  for (const word of coreWords.slice(0, -1)) {
    const bare = word.replace(/['’]s?$/, "");
    // "the Brexit fallout": a capitalised word that is the concept itself is no name of one.
    if (conceptId && HEADS[fold(bare)] === conceptId) qualifiers.push(bare.toLowerCase());
    else if (isUpperCaseAt(bare, 0) || /^\d{2,4}$/.test(bare)) names.push(bare);
    else if (bare) qualifiers.push(bare.toLowerCase());
  }
  for (const word of aboutWords) {
    const bare = word.replace(/['’]s?$/, "");
    if (isUpperCaseAt(bare, 0)) names.push(bare);
    else if (bare) about.push(bare.toLowerCase());
  }
  const codes: string[] = [];
  for (const word of rest) if (isCodeName(word)) codes.push(word.replace(/['’]s?$/, ""));
  const modifiers = qualifiers
    .concat(about)
    .filter((w) => !ORDINARY_MODIFIERS.has(w) && w.length >= 3);
  const cues: Cues = {
    names: names.filter((n) => !GENERIC_NAME_WORDS.has(n.toLowerCase()) && n.length >= 3),
    stems: modifiers.map(stem),
    // A modifier's own near-synonyms say the same ("the organising drive": "the union campaign").
    related: ([] as string[]).concat(...modifiers.map(eventFamilyOf)).map(stem),
  };

  const spec: TopicSpec = {
    topic,
    head,
    headNamesConcept: conceptId !== undefined && conceptId === byHead,
    names,
    qualifiers,
    about,
    core: rest.join(" "),
    cues,
    codes,
  };
  const concept = conceptId ? CONCEPTS.get(conceptId) : undefined;
  if (concept) spec.concept = concept;
  if (specs.size > 500) specs.clear();
  specs.set(topic, spec);
  return spec;
}

/** How a term of a topic is used when it is found. */
export type TermRole =
  /** The topic as the profile writes it (with or without its determiner). */
  | "exact"
  /** A word or phrase of its concept, or its head. */
  | "term"
  /** A word that names it only beside one of its names. */
  | "withName"
  /** One of its names. */
  | "name"
  /** A word of what it is about ("estate" of "press coverage of the estate"). */
  | "about"
  /** A near-synonym of its head that counts beside a cue ("the Fairfield transaction"). */
  | "family"
  /** A code name that names it alone ("KESTREL"). */
  | "code";

/** A term of a topic: its role, and the concept whose senses judge it. */
export interface TopicTerm {
  term: string;
  role: TermRole;
  concept?: Concept;
}

const termCache = new Map<string, TopicTerm[]>();

/** Every term a topic is matched by, with its role (memoised per topic). */
export function topicTerms(topic: string): readonly TopicTerm[] {
  const cached = termCache.get(topic);
  if (cached) return cached;
  const spec = topicSpec(topic);
  const concept = spec.concept;
  // The topic without its determiner ("Meridian lawsuit" for "the Meridian lawsuit"): the same
  // hits, and no phrase to look up at every "the" of the text.
  const terms: TopicTerm[] = [{ term: spec.core, role: "exact" }];
  if (concept) terms[0]!.concept = concept;
  if (concept) {
    for (const term of concept.terms) terms.push({ term, role: "term", concept });
    for (const id of concept.includes ?? []) {
      const included = CONCEPTS.get(id);
      if (!included) continue;
      for (const term of included.terms) terms.push({ term, role: "term", concept: included });
    }
  }
  // Without a concept, the head itself (with the words that qualify it: "data breach").
  const headPhrase = [...spec.qualifiers, spec.head].join(" ");
  if (!concept) {
    terms.push({ term: headPhrase, role: "term" });
    // Round 32: a process noun alone ("fluoridation") is also written by its verb or its thing.
    if (spec.qualifiers.length === 0 && spec.about.length === 0)
      for (const term of processFamilyOf(spec.head)) terms.push({ term, role: "term" });
  } else if (
    spec.headNamesConcept &&
    !concept.terms.some((t) => t.toLowerCase() === spec.head.toLowerCase())
  ) {
    terms.push({ term: spec.head, role: "term", concept });
  }
  // A one-off happening (not a subject area) alluded to beside its name ("what happened at
  // Kilcarra", "the Halden saga"), or beside what it is about ("what happened at the warehouse").
  const happening = !concept?.area;
  if (spec.names.length > 0) {
    const withName = concept?.withName ?? [];
    for (const term of withName)
      terms.push(concept ? { term, role: "withName", concept } : { term, role: "withName" });
    if (happening) {
      // Round 33 (analysis-h31 G2): the allusion nouns beside the name count for a happening with
      // a concept too ("that business near Dalwhinnie" for the Dalwhinnie crash), when pointed at
      // (avoided-topic.ts, POINTED_ALLUSION).
      const extra = ALLUSION_NOUNS.concat(WHAT_HAPPENED);
      for (const term of extra) {
        if (withName.includes(term)) continue;
        terms.push(concept ? { term, role: "withName", concept } : { term, role: "withName" });
      }
    }
    for (const name of spec.names) {
      if (name.length >= 3 || /^\d+$/.test(name)) terms.push({ term: name, role: "name" });
    }
  }
  if (happening && spec.about.length > 0 && spec.names.length === 0) {
    for (const term of WHAT_HAPPENED) terms.push({ term, role: "term" });
  }
  for (const word of spec.about) terms.push({ term: word, role: "about" });
  // One happening: its head's near-synonyms beside a name or modifier, and its code names.
  if (happening && (spec.cues.names.length > 0 || spec.cues.stems.length > 0)) {
    const own = new Set((concept?.terms ?? []).map((t) => t.toLowerCase()));
    own.add(spec.core.toLowerCase());
    own.add(spec.head.toLowerCase());
    // A modifier that is a happening too ("the Delmont wildfire losses", "the trial results")
    // is raised by its own family beside a cue ("the Delmont blaze").
    for (const word of [spec.head, ...spec.qualifiers]) {
      for (const term of word === spec.head ? familyOf(word) : eventFamilyOf(word)) {
        if (own.has(term.toLowerCase())) continue;
        own.add(term.toLowerCase());
        terms.push({ term, role: "family" });
      }
    }
  }
  for (const code of spec.codes) terms.push({ term: code, role: "code" });
  if (termCache.size > 500) termCache.clear();
  termCache.set(topic, terms);
  return terms;
}
