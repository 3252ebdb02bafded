/**
 * A specific happening as a lawyer raises it without the profile's words (seventh round of issue
 * 10). A client who avoids "the Fairfield Road deal", "the KESTREL trial results" or "the union
 * organising drive" hears of it as "the Fairfield transaction", "the KESTREL readout", "KESTREL"
 * alone or "the organising campaign": the head noun swapped for a near-synonym or a broader word,
 * beside the name or a modifier that says which one.
 *
 * Three parts, each from general knowledge of English and of law-firm mail, none from a draft:
 * - families of happening heads (a deal is a transaction, an acquisition, a purchase…): a member
 *   counts only with a cue (a name or a modifier of the topic) in its own noun phrase or in a
 *   phrase after it ("the transaction at Fairfield Road", "the campaign to unionise");
 * - word stems, so a modifier is found in its other forms ("organising", "organizing",
 *   "unionisation" for "union", "union's");
 * - code names (a project's or a drug's: "KESTREL", "ABX-401", "Project Falcon"), which name one
 *   thing and count alone, unless they name the client itself.
 */

import { list } from "./topic-instances";

/**
 * Families of heads for one happening: each line is words that stand for each other when a name
 * or a modifier says which one. A head in several lines takes all of them. Lines marked "!" are
 * happenings in themselves (a fire, a strike, a dispute): a topic's modifier of that kind ("the
 * Delmont wildfire losses") is raised by its family too ("the Delmont blaze"); the others (a
 * deal, a review, a project) are too general to stand for a modifier.
 */
const FAMILIES: readonly string[] = [
  "deal|transaction|acquisition|purchase|sale|disposal|takeover|buyout|merger|tie-up|bid|investment|talks|negotiations",
  "results|result|data|readout|read-out|outcome|outcomes|findings|numbers|figures|topline|top-line|endpoint|endpoints",
  "trial|study|studies",
  "!dispute|disputes|falling-out|falling out|row|quarrel|feud|rift|disagreement|argument|estrangement|spat|fight|litigation|proceedings",
  "!fire|blaze|explosion|incident|disaster|accident|tragedy|flood|collapse|wildfire|bushfire|forest fire",
  "!drive|campaign|effort|push|movement|organising|organizing|unionisation|unionization|recognition",
  "inquiry|enquiry|investigation|review|probe|inquest|report|hearing|hearings",
  "project|development|scheme|site|build|redevelopment",
  "!closure|shutdown|closing|wind-down",
  "launch|rollout|roll-out|release",
  "restructuring|reorganisation|reorganization|reorg|overhaul|shake-up",
  "lawsuit|litigation|case|claim|suit|proceedings|action|arbitration",
  "departure|exit|resignation|ousting|dismissal|sacking|firing",
  "!scandal|affair|controversy|allegations|revelations",
  "!breach|hack|cyberattack|cyber attack|attack|leak",
  "!recall|withdrawal",
  "audit|inspection",
  "complaint|grievance|allegations",
  "!strike|walkout|stoppage|industrial action",
  "listing|IPO|flotation|float",
  "fine|penalty|sanction|sanctions",
  "!bankruptcy|insolvency|administration|liquidation|collapse",
  "loss|losses|write-off|write-down|writedown",
  "!accident|crash|collision",
  "!layoffs|redundancies|job cuts|job losses|cuts",
];

const BY_HEAD = new Map<string, string[]>();
const EVENTS = new Set<string>();
for (const line of FAMILIES) {
  const family = list(line.replace(/^!/, ""));
  for (const word of family) {
    const lower = word.toLowerCase();
    const members = BY_HEAD.get(lower) ?? [];
    for (const other of family) if (!members.includes(other)) members.push(other);
    BY_HEAD.set(lower, members);
    if (line.startsWith("!")) EVENTS.add(lower);
  }
}

/** The near-synonyms and broader words of a happening's head ("deal" → "transaction"…). */
export function familyOf(head: string): readonly string[] {
  return BY_HEAD.get(head.toLowerCase()) ?? BY_HEAD.get(head.toLowerCase().replace(/s$/, "")) ?? [];
}

/** The family of a modifier that is a happening in itself ("wildfire", "organising"), or none. */
export function eventFamilyOf(word: string): readonly string[] {
  return EVENTS.has(word.toLowerCase()) ? familyOf(word) : [];
}

/** A word's stem: "organising", "organizing", "organised" → "organis"; "unionisation" → "union". */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/iz/g, "is");
  for (const suffix of ["isations", "isation", "ations", "ation", "ising", "ised", "ise", "ing"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  for (const suffix of ["ers", "er", "ed", "es", "s"]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Whether two stems are one word's: equal, or one the other's start (five letters at least). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/**
 * Capitalised words of places and organisations that do not say which one ("Road", "House",
 * "Group"): part of a name, never a cue on their own.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  list(
    "road|street|lane|avenue|way|place|square|park|house|court|hall|tower|towers|centre|center|estate|farm|hill|bridge|river|wharf|quay|gate|gardens|mill|works|north|south|east|west|new|old|great|upper|lower|st|saint|group|holdings|capital|partners|ltd|limited|plc|inc|llc|llp|company|trust|fund|bank|mr|mrs|ms|dr|phase|project|operation",
  ),
);

/**
 * Acronyms of four letters or more that name institutions, laws and kinds of thing, not one
 * project: written in capitals like a code name, but said about many matters ("the GDPR audit").
 */
const ACRONYMS = new Set(
  list(
    "hmrc|osha|nlrb|eeoc|acas|tupe|warn|gdpr|nato|lcia|jams|icsid|ftse|nyse|nasdaq|covid|fifa|uefa|ofsted|ofcom|ofgem|ofwat|opra|cftc|finra|mhra|nice|ukca|reit|spac|asap|foia|hipaa|erisa|fmla|ccpa|ifrs|gaap|uspto|wipo|icann|nasa|oecd|opec|accc|asic|apra|cnil|fatca|aifmd|ucits|emir|libor|sofr|sonia|ebitda|capex|opex|esop|sipp|dpia|isda|lsta|bvca|nvca|ilpa",
  ),
);

/**
 * Whether a word of a topic is a code name that names one thing alone: a word in capitals of
 * four letters or more that is no institution's acronym ("KESTREL"), or letters with digits
 * ("ABX-401"). A name in ordinary case ("Falcon" of "Project Falcon", "Fairfield") may be a
 * company, a place or a person as well, so it counts only beside a word of its family.
 */
export function isCodeName(word: string): boolean {
  const bare = word.replace(/['’]s?$/, "");
  if (/^[A-Z][A-Za-z]*-?\d[\w-]*$/.test(bare) && /[A-Za-z]{2}/.test(bare)) return true;
  return /^[A-Z]{4,}$/.test(bare) && !ACRONYMS.has(bare.toLowerCase());
}

/** Words that may stand between a cue and the head of one noun phrase ("the Fairfield Road deal"). */
const BETWEEN = new Set(
  list(
    "last|this|recent|ongoing|current|latest|previous|earlier|whole|entire|big|major|proposed|planned|failed|aborted|abortive|so-called|initial|new|old|year's|summer's|spring's|autumn's|winter's|month's|week's|phase|stage|interim|final|full|early|late",
  ),
);
/** Words that end a noun phrase going back from its head. */
const PHRASE_END = new Set(
  list(
    "the|a|an|this|that|these|those|our|your|their|its|his|her|my|on|in|at|of|for|with|about|to|from|by|and|or|since|after|before|over|under|into|as|than|how|what|is|was|are|were|has|have|had|be|been|re|regarding|following|during|despite|amid",
  ),
);
/** A phrase after a head that says which one: "at Fairfield Road", "to unionise the depot". */
const AFTER_CUE =
  /^\s+(?:of|at|on|for|with|in|over|involving|about|from|by|into|around|concerning|regarding|to|against|between|behind)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+|their\s+|his\s+|her\s+|its\s+)?((?:[\w'’&-]+\s+){0,2}[\w'’&-]+)/;

/** What says which happening it is: the topic's names (capitalised) and its modifiers' stems. */
export interface Cues {
  names: readonly string[];
  /** Stems of the topic's own modifiers and what it is about ("union", "organis", "sister"). */
  stems: readonly string[];
  /** Stems of the families of its modifiers that are happenings ("campaign" for "organising"). */
  related: readonly string[];
}

/** Where a cue word was found, relative to the text it was read from. */
export interface CueAt {
  start: number;
  end: number;
}

function isName(word: string, cues: Cues): boolean {
  const lower = word.replace(/['’]s?$/, "").toLowerCase();
  return /^[A-Z0-9]/.test(word) && cues.names.some((n) => n.toLowerCase() === lower);
}

/**
 * A cue in the head's own noun phrase (up to four words before it: "the Fairfield Road
 * transaction", "the union's campaign") or in a phrase right after it ("the blaze at Brackley",
 * "the campaign to unionise"). Returns where the nearest cue is in `before` (negative offsets,
 * from its end) or `after`, or undefined.
 */
export function cueBeside(
  before: string,
  after: string,
  cues: Cues,
): { side: "before" | "after"; at: CueAt } | undefined {
  const isModifier = (word: string): boolean => {
    const s = stem(word);
    return (
      s !== "" &&
      (cues.stems.some((c) => sameStem(c, s)) || cues.related.some((c) => sameStem(c, s)))
    );
  };

  const words = before.split(/(\s+)/);
  let offset = before.length;
  let seen = 0;
  // Past a capitalised word that is none of the topic's names ("Fund VI final closing"), the
  // phrase names another one: only a name of the topic still says it is this one.
  let otherName = false;
  for (let i = words.length - 1; i >= 0 && seen < 4; i--) {
    const word = words[i]!;
    offset -= word.length;
    if (word === "" || /^\s+$/.test(word)) continue;
    seen++;
    if (!/^[\w'’&-]+$/.test(word)) break;
    if (isName(word, cues) || (!otherName && isModifier(word))) {
      return { side: "before", at: { start: offset, end: offset + word.length } };
    }
    // "Phase II data", "the phase 3 readout": a phase and its number are a clinical trial's.
    const phase = /^(?:[IV]+|[1-4][ab]?)$/.test(word)
      ? /\b[Pp]hase\s+$/.exec(words.slice(0, i).join(""))
      : null;
    if (phase && cues.stems.includes("trial")) {
      return { side: "before", at: { start: phase.index, end: offset + word.length } };
    }
    const lower = word.toLowerCase();
    if (PHRASE_END.has(lower)) break;
    if (BETWEEN.has(lower)) continue;
    // A capitalised word or a number may be more of the name ("Phase 2", "Road").
    if (/^[A-Z0-9]/.test(word)) {
      if (/^[A-Z]/.test(word)) otherName = true;
      continue;
    }
    break;
  }
  const phrase = AFTER_CUE.exec(after);
  if (phrase) {
    const from = phrase[0].length - phrase[1]!.length;
    const word = /[\w'’&-]+/g;
    let found: CueAt | undefined;
    for (let m = word.exec(phrase[1]!); m; m = word.exec(phrase[1]!)) {
      const name = isName(m[0], cues);
      if (name || isModifier(m[0])) {
        found = { start: from + m.index, end: from + m.index + m[0].length };
        continue;
      }
      // "the purchase of Red Hat Linux": a name going on past the topic's is another one's.
      if (found && /^[A-Z]/.test(m[0])) {
        if (GENERIC_NAME_WORDS.has(m[0].toLowerCase())) continue;
        return undefined;
      }
      if (found) break;
      // "a purchase at the online Apple store": a lower-case word first makes it another one.
      if (!/^[A-Z0-9]/.test(m[0])) break;
    }
    if (found) return { side: "after", at: found };
  }
  return undefined;
}
