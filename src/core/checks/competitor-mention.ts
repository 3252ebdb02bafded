import type { AnalysedDraft, AnalysedField, AnalysedLink } from "../analysis";
import type { TextField } from "../finding";
import type { CheckContext, CheckMeta } from "./context";
import { affixableKey, affixedBrand, brandKey } from "./brand-affixes";
import {
  isGeographicUse,
  isInstitutionAcronym,
  isRegionInAfter,
  isRegionNamedAfter,
  isRiverUse,
} from "./brand-senses";
import { channelProposals, platformMentions } from "./channel-proposals";
import {
  handleWords,
  isCommonWord,
  isKnownName,
  OverlapIndex,
  readTextWords,
  type HandleWord,
} from "../text";
import { fieldOf, hitEvidence, linesOf, placeOf, textFields, type TermHit } from "./helpers";
import { invitationMeetings } from "./invitation";
import { comparesOrPraises, isPartyHit, matterParties } from "./matter-parties";
import { matterArguments, readsAsMatterParty, RECOMMENDS } from "./matter-reading";
import { notesParties } from "./notes-parties";
import { findProfileTerms } from "./profile-terms";
import {
  bareShortFormMayBeBrand,
  brandAfter,
  joinedByList,
  listKey,
  remember,
  shortFormsOf,
  SUBJECT_VERB,
} from "./short-forms";
import { outOfTime } from "../time-budget";
import { isCommonWordName, isGivenNameForm } from "../text/nicknames";

export const meta: CheckMeta = {
  id: "competitor-mention",
  category: "brand",
  defaultSeverity: "warning",
  description:
    "Names a brand the client counts as a competitor, in the subject, body, links or attachment names.",
  messages: {
    mention:
      '{{who}} counts {{brand}} as a competitor, and this {{item}} mentions "{{text}}" in {{place}}. Remove or rephrase it before sending.',
  },
  fixable: false,
};

/** Weekday abbreviations ("Sun, 8 Sep 2002") are dates, not brands. */
const DATE_AFTER = /^,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const FILE_EXTENSION = /^\.(?:gif|jpe?g|png|pdf|docx?|xlsx?|pptx?|txt|html?|zip|csv|msg|eml)\b/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;

/** "Sat & Sun", "(9pm, Sun, BBC2)": a weekday among times and days. */
function isWeekday(core: string, text: string, start: number, after: string): boolean {
  if (!WEEKDAY.test(core)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  return (
    /(?:\d\s?(?:am|pm)|\d:\d\d|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)[\s,&/–-]*$/i.test(
      before,
    ) ||
    /^\s*(?:[&/–-]|to|and)\s*(?:mon|tue|wed|thu|fri|sat|sun)\b|^,?\s*\d{1,2}(?::\d\d|\s?(?:am|pm))/i.test(
      after,
    )
  );
}

/**
 * Round 16: ordinary words that ordinary text capitalises in their own sense, so a capital
 * mid-sentence does not make them a brand: unique things and the papers named after them ("the
 * Sun", "the Times"), institutions ("the Crown", "the Court"), and the roles and things a legal
 * draft defines with a capital ("the Target shares", "the Company accounts", "the Property
 * title"). SUBTLEX-US keeps one case per word, so it cannot give these ratios: a list, with that
 * reason. Every other ordinary word is capitalised mid-sentence only as a name.
 */
/** After a brand: the named place its site is in ("in Tallinn", "at Brent Cross"). */
const SITE_IN_PLACE = /^\s+(?:in|at)\s+[A-Z][a-z]/;
const CAPITALISED_SENSES = new Set(
  "sun moon earth times mirror post star crown state court city target company property business group trust bank".split(
    " ",
  ),
);
/** A screen's controls, whose labels are capitalised words: "the Next button", "the Save tab". */
const UI_CONTROL = /^(?:button|tab|key|icon|menu)$/;

/** Before a brand: a word that makes it a defined term or an ordinary noun ("the Target"). */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|these|those|our|your|their|its|my|his|her|each|every|any|no)\s+$/i;
/** A person's title or an initial before a word makes it a name: "Ms Fox", "J. Ford". */
const TITLE_BEFORE =
  /\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|judge|justice|hon|rev|father|sister|(?!v\b|a\s)[a-z])\.?\s+$/i;
/** After a word, a noun that makes it a place: "Dove Cottage", "Berkeley Square". */
const PLACE_AFTER =
  /^(?:-(?:upon|on|under)-[A-Z]|\s+upon\s+[A-Z])|^\s+(?:cottage|house|hall|manor|road|rd|street|st|lane|ln|avenue|ave|way|drive|close|court|place|square|gardens|terrace|crescent|mews|viaduct|circus|quay|wharf|park|green|hill|valley|river|bridge|bay|island|lake|village|farm|wood|forest|rainforest|rain\s+forest|jungle|delta|estuary|headwaters|tributar(?:y|ies)|rapids|watershed|estate|county|city|town|basin|station|airport|harbour|harbor|port|coast|border|airfield|region|district|province|hinterland|peninsula)\b/i;
/**
 * Round 13: after a name, capitalised, another proper name it only begins: an ensemble, a
 * venue or an institution that is not a company's ("the Kestrel Café Orchestra", "Kestrel
 * Choir", "Kestrel Primary School"); and "our Holborn office": the office is where we are.
 */
const OTHER_NAME_AFTER =
  /^\s+(?:[A-Z]\S*\s+){0,2}(?:Orchestra|Choir|Band|Society|Festival|Theat\w+|Museum|School|Church)\b/;
const SITE_AFTER = /^\s+(?:offices?|branch|site|premises)\b/;

/**
 * After a name, a noun of a territory ("the Thornbury conservation area", "Kendal town centre",
 * "the Pelham district"): the name is the town or region itself, not a building named after it.
 */
const REGION_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:area|district|region|borough|parish|ward|province|municipality|constituency|catchment|high street|town centre|city centre|outskirts|suburbs?)\b/i;
/**
 * After a name, a public body named after the place: "Jordan Food and Drug Administration",
 * "Thornbury Town Council", "Kent Police". A company is not named this way.
 */
const PUBLIC_BODY_AFTER =
  /^\s+(?:(?:[A-Z][a-z]+['’]?|and|of|for|&)\s+){0,5}(?:Administration|Authority|Ministry|Agency|Council|Commission|Government|Police|Constabulary|Customs|Parliament|Assembly|Department|Registry|Tribunal|Court|Regulator|Inspectorate|Ombudsman)\b/;
/**
 * Before a name, a word of where something is or may be done and a preposition of place
 * ("registered in Jordan", "exclusivity in Jordan", "offices across Kent", "a property near
 * Thornbury"). "In" alone is not enough: one works "in Netscape" or posts "in Slack".
 */
const LOCATED_BEFORE =
  /\b(?:seated|sits|sitting|(?:hearing|arbitration|trial|tribunal|mediation|AGM|conference)s?\s+(?:(?:will|shall|is|are|was|were|to)\s+)?(?:be\s+)?held|based|located|situated|registered|registration|registrations|incorporated|headquartered|domiciled|resident|residents|living|lives|live|born|raised|property|properties|land|premises|site|sites|plant|factory|warehouse|depot|offices?|branch(?:es)?|subsidiar(?:y|ies)|operations|exclusivity|exclusive|territory|distribution|distributors?|approval|authorisation|authorization|licen[cs]e|marketing authori[sz]ation|courts?|law|laws|taxes|tax|holiday|trip|travel|visit|visiting|stay|staying|arbitration|proceedings|hearing|planning)\s+(?:[a-z]+\s+)?(?:in|throughout|across|near|around|outside)\s+$/i;
/** An office's word, and "of" the body it heads after it (round 32). */
const OFFICE_WORD =
  /^(?:president|chair|chairman|chairwoman|governor|director|secretary|master|dean|warden|chancellor|provost|registrar|commissioner|treasurer|steward|speaker|marshal|sheriff|mayor|principal|rector|bishop|admiral|general)$/i;
const OFFICE_OF_AFTER = /^\s+of\s+(?:the\s+)?[A-Z]/;
/** Round 31: someone's whereabouts: "I'm in", "we'll be in" ("I was at X" may be an employer). */
const BEING_IN_BEFORE =
  /\b(?:i['’]m|i\s+am|we['’]re|we\s+are|(?:i|we)(?:['’]ll|\s+will|\s+shall)\s+be|(?:i|we)\s+(?:was|were)|(?:i|we)['’]ve\s+been|(?:i|we)\s+have\s+been)\s+in\s+$/i;
/**
 * Round 31: a place named inside another, "<named place> in X": after a preposition of place
 * ("at Jevnaker in", "near Old Town in") or a building's own name ("Mary Ward House in").
 * Capitals are the writer's: case-sensitive.
 */
const PLACE_IN_BEFORE =
  /(?:\b(?:at|near|from|outside|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}|\b(?:[A-Z][\w'’-]+\s+){1,3}(?:House|Hall|Street|Road|Square|Park|Centre|Center|Building|Tower|Lane|Farm|Mill|Quay|Wharf)\s+)in\s+$/;
/** After such a place, the clause goes on with time or ends: not the company's thing. */
const PLACE_ENDS_AFTER =
  /^(?:\s*[,.;:!?)\u2013\u2014-]|\s*$|\s+(?:on|this|next|tomorrow|today|tonight|until|till|from|is|are|was|were|has|have|had|and|in|at|by|before|after|during|all|most)\b)/i;
/**
 * Round 33: a name on a route or a port of call: after a verb of a vessel or of carriage and its
 * preposition ("the vessel calls at the Canarias", "trans-shipped at Howden", "berthed in") or
 * after "along" ("charters along the French Riviera"), a capitalised word (the place's own)
 * allowed before it. Carriage takes only "at" ("loaded into" may be software, "calls in" a
 * platform). The caller asks that the clause goes on with time, another place or a bracketed one
 * ("(Las Palmas)"): "loaded at the Tesco depot" stays the company's.
 */
const ROUTE_BEFORE =
  /\b(?:(?:calls?|calling|(?:trans-?|tran)?ship(?:s|ped|ping)?|(?:un|off)?load(?:s|ed|ing)?|discharg(?:e|es|ed|ing))\s+at|(?:dock(?:s|ed|ing)?|berth(?:s|ed|ing)?|moor(?:s|ed|ing)?|anchor(?:s|ed|ing)?|put(?:s|ting)?\s+in)\s+(?:at|in|off)|along)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$/;
/** "the seat is", "the seat of the arbitration will be": what follows is a place (round 15). */
const SEAT_IS_BEFORE =
  /\bseat\s+(?:of\s+(?:the\s+)?(?:arbitration|tribunal|proceedings)\s+)?(?:is|will\s+be|shall\s+be|was)\s+$/i;
/** A postal address on the line: a street number or a UK or US postcode. */
const ADDRESS_LINE =
  /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Way|Drive|Close|Place|Square|Terrace|Crescent|Boulevard|Blvd|Parade|Row|Hill|Green)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/;

/**
 * A name used as a place: before a place noun ("the Amazon basin", "the Kestrel conservation
 * area"), opening a public body's name, an element of a postal address ("12 High Street,
 * Thornbury, Bristol"), or after a preposition of place closing the clause ("registered in
 * Jordan.").
 */
function isPlaceUse(text: string, hit: TermHit, after: string, line: string): boolean {
  return PLACE_AFTER.test(after) || isTerritoryUse(text, hit, after, line);
}

/**
 * A name used as a town, region or country, not a building or street named after it: a
 * territory noun after it, a public body named after it, an element of a postal address, or a
 * word of location and a preposition of place before it. A draft that uses a name so is about
 * the place (see namesUsedAsPlaces).
 */
function isTerritoryUse(text: string, hit: TermHit, after: string, line: string): boolean {
  if (REGION_AFTER.test(after) || PUBLIC_BODY_AFTER.test(after) || isRegionNamedAfter(after))
    return true;
  const before = text.slice(Math.max(0, hit.start - 32), hit.start);
  if (
    /,\s*$/.test(before) &&
    /^\s*(?:,|$|\s+[A-Z]{1,2}\d|\s+\d{5})/.test(after) &&
    ADDRESS_LINE.test(line)
  )
    return true;
  // Round 15: the seat of an arbitration named as a place: "the seat is Zurich".
  if (SEAT_IS_BEFORE.test(before)) return true;
  // Round 31 (analysis-h30 P1): where someone is ("I'm in Halifax on Wednesday"), and a named
  // place inside it ("the warehouse at Jevnaker in Hadeland", "Mary Ward House in Bloomsbury").
  const wider = text.slice(Math.max(0, hit.start - 60), hit.start);
  if ((BEING_IN_BEFORE.test(before) || PLACE_IN_BEFORE.test(wider)) && PLACE_ENDS_AFTER.test(after))
    return true;
  // Round 32 (analysis-h31 G6): a town in its county after a preposition of place ("near Maldon
  // in Essex"; "prices at Tesco" stays the brand: the county must follow).
  if (isRegionInAfter(after) && /\b(?:in|at|near|outside|around|from|to|of)\s+$/i.test(before))
    return true;
  // Round 33: a port of call or a route ("calls at the Canarias (Las Palmas)").
  if ((PLACE_ENDS_AFTER.test(after) || /^\s*\(/.test(after)) && ROUTE_BEFORE.test(wider))
    return true;
  // The preposition first (anchored, cheap); the word of location before it only then.
  if (!/\b(?:in|throughout|across|near|around|outside)\s+$/i.test(before)) return false;
  return LOCATED_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start));
}

/**
 * A name is written with a capital; a writer who capitalises (the line holds capitals) and
 * writes the brand's letters in lower case in prose means a word ("we traverse them", "an
 * alpha-helix", "clover pasture"), not the company, unless the same draft names the brand with
 * its capital (then "ask orvane" is the brand typed in haste). Not in an address, a link or a
 * file name, where lower case is how names are written.
 */
function isLowerCaseWord(text: string, hit: TermHit, capitalises: () => boolean): boolean {
  // Round 31 (analysis-h29 C1): a brand of two or three words too, each written as a word and
  // all of it in lower case ("the old quarry on … Road" for Old Quarry).
  if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$/.test(hit.term.trim())) return false;
  if (hit.text !== hit.text.toLowerCase()) return false;
  if (inAddressOrPath(text, hit.start, hit.end)) return false;
  return capitalises();
}

/**
 * Whether the token around [start, end) (at most 64 characters each side, linear however long it
 * is) is an address, a path or a file's name, where lower case is how names are written.
 */
function inAddressOrPath(text: string, start: number, end: number): boolean {
  const floor = Math.max(0, start - 64);
  const ceiling = Math.min(text.length, end + 64);
  while (start > floor && !/\s/.test(text[start - 1]!)) start--;
  while (end < ceiling && !/\s/.test(text[end]!)) end++;
  return /[/@_]|[a-z0-9]\.[a-z]/i.test(text.slice(start, end));
}

/**
 * Round 15: whether the writer capitalises in the hit's paragraph (its line and the lines
 * beside it up to a blank line, at most 40 each way), not only within 80 characters of it: a
 * long lower-case stretch of a capitalised paragraph ("… our own evergreen drafting …") is still
 * a writer who capitalises.
 */
function paragraphCapitalised(draft: AnalysedDraft, field: AnalysedField, start: number): boolean {
  const lines = linesOf(draft, field);
  const here = lines.lineOf(start);
  for (const step of [-1, 1]) {
    for (
      let n = step < 0 ? here : here + 1, k = 0;
      n >= 0 && n < lines.count && k < 40;
      n += step, k++
    ) {
      const { start: from, end } = lines.line(n);
      const line = field.text.slice(from, end);
      if (/[A-Z]/.test(line)) return true;
      if (line.trim() === "") break;
    }
  }
  return false;
}

/** "amy.hunter@surveyors.example": a person's mailbox; only an address's host names a brand. */
function inMailboxName(text: string, hit: TermHit): boolean {
  return mailboxNameUpTo(text, hit.end);
}

/** Whether the text from `end` goes on as a mailbox's name and its "@host.". */
function mailboxNameUpTo(text: string, end: number): boolean {
  return /^[A-Za-z0-9._%+-]*@[A-Za-z0-9-]+\./.test(text.slice(end, end + 64));
}

/**
 * A reported case: "X v. Y" followed by where it is reported ("504 U.S. 298 (1992)", "[2019]
 * UKSC 12", "(1992) 1 WLR 10", "No. 12-345"). A party's name in a cited authority is the case,
 * not the company the client competes with; a bare "Valemont v Rhenova" is a dispute, and a
 * competitor that is a party to a live matter is still flagged.
 */
const CASE_NAME = "(?:[A-Z][A-Za-z.&'’-]*,?\\s+){0,4}?";
const CORPORATE =
  "(?:(?:['’]s)?(?:,?\\s+(?:Corp|Corporation|Inc|Ltd|Limited|LLC|PLC|plc|Co|Company|Pty|GmbH)\\.?)*)";
const REPORTER =
  ",?\\s+(?:\\(?\\[?(?:1[89]|20)\\d\\d\\]?\\)?\\s+)?(?:\\d+\\s+[A-Z][A-Za-z.]*(?:\\s?\\d?[a-z]{1,2})?\\s+\\d+|[A-Z]{2,6}\\s+\\d+|No\\.\\s*\\d)";
const CITATION_AFTER = new RegExp(
  `^${CORPORATE},?\\s+vs?\\.?\\s+${CASE_NAME}[A-Z][A-Za-z.&'’-]*${REPORTER}`,
);
const CITATION_BEFORE = new RegExp(`[A-Z][A-Za-z.&'’-]*,?\\s+vs?\\.?\\s+$`);
const REPORTER_AFTER = new RegExp(`^${CORPORATE}${REPORTER}`);
const REPORTED_PARTY = new RegExp(`^${CASE_NAME}[A-Z][A-Za-z.&'’-]*${REPORTER}`);

function isCitationParty(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 120);
  return (
    CITATION_AFTER.test(after) ||
    (CITATION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && REPORTER_AFTER.test(after))
  );
}

/**
 * Brand words the draft uses as a party's name in a case citation: later bare mentions of that
 * word are the short form of the case ("overruled Quill", "in Quill, the Court held").
 */
function citedParties(draft: AnalysedDraft): Set<string> {
  return draft.memo("competitor-cited-parties", () => {
    const parties = new Set<string>();
    for (const pair of versusPairs(draft)) {
      if (!pair.reported) continue;
      parties.add(pair.left);
      parties.add(pair.right);
    }
    return parties;
  });
}

/** One "A v B" between names: the first word of each side, and whether a reporter follows. */
interface VersusPair {
  left: string;
  right: string;
  reported: boolean;
}

/** A "v" between names, tried where a "v" stands: a search for it tried at every space. */
const VERSUS_AT = /\s(vs?\.?)\s+[A-Z]/y;

/**
 * The matches of VERSUS_AT in `text`, as a global search would find them, tried only just
 * before each "v" (a third of the cost on the bench body): every match starts there.
 */
function versusMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let v = text.indexOf("v", 1); v >= 0; v = text.indexOf("v", v + 1)) {
    VERSUS_AT.lastIndex = v - 1;
    const m = VERSUS_AT.exec(text);
    if (!m) continue;
    found.push(m);
    // Matches do not overlap: the next is sought after this one's end.
    v = VERSUS_AT.lastIndex;
  }
  return found;
}

/**
 * Round 25: a litigation paper's word in a file's name ("Particulars of Claim", "Defence",
 * "Skeleton Argument", "Letter before Claim"): with one "v" and no word of a comparison, the
 * name is the case's caption, whose sides are parties.
 */
const LITIGATION_PAPER =
  /\b(?:claim|particulars|defen[cs]e|reply|counterclaim|answer|complaint|petition|pleading|skeleton|witness|submission|judge?ment|award|ruling|opposition|appeal|application|bundle|disclosure|hearing|mediation|arbitration|tribunal|court|injunction|letter\s+before\s+\w+)s?\b/i;
/** A comparison's file name: "Kestrel vs Client - price comparison", "Client v market". */
const COMPARISON_NAME =
  /\b(?:compar|benchmark|comps\b|side[- ]by|head[- ]to|vs?\.?\s+(?:the\s+)?(?:market|others|peers|rest)\b)/i;

/**
 * The texts a case's caption is read in: the subject, body and location, and (round 25) an
 * attachment's name that is a litigation paper's, with one "v" and no word of a comparison
 * (half the file names with a "v" in the corpus are comparisons, which must still count).
 */
function captionTexts(draft: AnalysedDraft): { text: string; fileName: boolean }[] {
  const texts = textFields(draft).map((field) => ({ text: field.scan, fileName: false }));
  for (const { name } of draft.attachments) {
    const spaced = name.replace(/_+/g, " ");
    if (
      LITIGATION_PAPER.test(spaced) &&
      !COMPARISON_NAME.test(spaced) &&
      versusMatches(spaced).length === 1
    )
      texts.push({ text: spaced, fileName: true });
  }
  return texts;
}

/** Each "v" between names in the draft, once per draft (a scan for " v " only). */
function versusPairs(draft: AnalysedDraft): VersusPair[] {
  return draft.memo("competitor-versus", () => {
    const pairs: VersusPair[] = [];
    for (const { text, fileName } of captionTexts(draft)) {
      for (const m of versusMatches(text)) {
        const before =
          /([A-Z][A-Za-z\u00c0-\u024f]+)(?:['’]s)?(?:,?\s+[A-Z][A-Za-z]*\.?){0,3},?$/.exec(
            text.slice(Math.max(0, m.index - 60), m.index),
          );
        const after = /^([A-Z][A-Za-z\u00c0-\u024f]+)/.exec(
          text.slice(m.index + m[0].length - 1, m.index + m[0].length + 60),
        );
        if (!before || !after) continue;
        const rest = text.slice(m.index + m[0].length - 1, m.index + 160);
        // In a file's name the paper's own title may run into the caption with no separator
        // ("Skeleton Argument Norvik v Halden"): each capitalised word before the "v" may open
        // the left side.
        const lefts = fileName
          ? (before[0].match(/[A-Z][A-Za-z\u00c0-\u024f]+/g) ?? [])
          : [before[1]!];
        for (const left of lefts)
          pairs.push({
            left: left.toLowerCase(),
            right: after[1]!.toLowerCase(),
            reported: REPORTED_PARTY.test(rest),
          });
      }
    }
    return pairs;
  });
}

/**
 * Round 25: a capitalised name word, its letters Latin-1 ones too ("Müller", "Céline"), so a
 * name written with an accent meets the same guards as one in ASCII.
 */
const NAME_WORD = /^[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+$/;

/**
 * A name used as something else: a place ("the Amazon basin", "Tesco Road", "registered in
 * Jordan"), a person ("Ms Hunter", "Jordan Pike", "Amy Quill"), a case ("Quill Corp. v. North
 * Dakota"), a person's mailbox, or a common noun in lower case, plural or after a determiner
 * ("mail to news gateways", "the oracle on …", "we traverse them"): a brand is written neither
 * way.
 */
function isOtherUseOfName(
  draft: AnalysedDraft,
  field: AnalysedField,
  hit: TermHit,
  listed: readonly string[],
): boolean {
  const text = field.text;
  if (inMailboxName(text, hit)) return true;
  const core = coreOf(hit);
  const after = text.slice(hit.start + core.length, hit.start + core.length + 48);
  const line = lineAround(draft, field, hit.start);
  if (isCitationParty(text, hit.start, hit.start + core.length)) return true;
  if (core !== hit.text) return false;
  const term = hit.term.trim();
  const singleName = NAME_WORD.test(term);
  if (singleName && hit.text === term && PUBLIC_BODY_AFTER.test(after)) return true;
  // Round 32 (analysis-h31 G7): an office of a body ("the President of the Law Society", "the
  // Chancellor of the university") when the brand is the office's own word.
  if (
    OFFICE_WORD.test(hit.text) &&
    OFFICE_OF_AFTER.test(after) &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, hit.start - 5), hit.start))
  )
    return true;
  if (singleName && hit.text === term && !brandAfter(after)) {
    if (isPlaceUse(text, hit, after, line) || OTHER_NAME_AFTER.test(after)) return true;
    if (
      SITE_AFTER.test(after) &&
      /\b(?:our|my|your)\s+$/i.test(text.slice(Math.max(0, hit.start - 6), hit.start))
    )
      return true;
    // A street-type word ending a street's name: "14 Harbour Crescent", "Kings Place".
    const previous = wordBefore(text, hit.start);
    if (
      PLACE_AFTER.test(` ${term}`) &&
      previous.gap === " " &&
      /^[A-Z][a-z]+$/.test(previous.word) &&
      !startsSentence(text, hit.start - previous.word.length - 1)
    )
      return true;
    if (isRiverUse(text.slice(Math.max(0, hit.start - 32), hit.start), after)) return true;
    if (isGeographicUse(text.slice(Math.max(0, hit.start - 40), hit.start), after)) return true;
    if (isPersonsName(text, hit, listed)) return true;
    if (citedParties(draft).has(term.toLowerCase())) return true;
  } else if (PLACE_AFTER.test(after)) return true;
  if (/\s/.test(term) || hit.text !== hit.text.toLowerCase()) return false;
  // In lower case after a determiner, a common noun: "the clover", "an alpha helix" is not;
  // "the oracle on the Colorado rules" is.
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) return true;
  return hit.text.length > term.length && /s$/.test(hit.text);
}

/** A person introduced by their role: "my trainee, Jordan", "our colleague Hunter". */
const ROLE_BEFORE =
  /\b(?:my|our|your|their|his|her)\s+(?:[a-z]+\s+)?(?:trainee|colleague|associate|partner|assistant|paralegal|secretary|pa|client|director|manager|counsel|solicitor|lawyer|attorney|barrister|clerk|intern|son|daughter|wife|husband|brother|sister|friend|contact|boss|accountant|surveyor|adviser|advisor|broker|agent|cousin|nephew|niece)\s*,?\s+$/i;

/**
 * A person's name: a title or an initial before it ("Ms Hunter", "J. Hunter"), a role ("my
 * trainee, Jordan"), or a first name before it ("Amy Hunter": a capitalised word that is not an
 * ordinary word). A capitalised word after it is not enough: "Jordan Pike" and "Compaq
 * Testdrive" look alike.
 */
function isPersonsName(text: string, hit: TermHit, listed: readonly string[]): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  if (TITLE_BEFORE.test(before) || ROLE_BEFORE.test(before)) return true;
  // A title, a first name, then the name: "Dr Grace Hunter" (a first name may be a word).
  if (TITLE_AND_FIRST_NAME.test(before)) return true;
  const previous = wordBefore(text, hit.start);
  if (previous.gap === " " && isFirstName(previous.word)) return true;
  // Round 28 (analysis-h26 §2 F): a given name of the table joined to it by "and", before or
  // after ("the Strongbow and Rebecca story", "Rebecca and Strongbow"): a pair of people, as
  // "Rebecca Strongbow" is one. Only a known given name that is not an everyday word: a word the
  // filter merely does not know may be another company ("Zestara and Pepsi both launched"), and
  // not another brand of the profile's list.
  const joined =
    AND_FIRST_BEFORE.exec(before)?.[1] ??
    AND_FIRST_AFTER.exec(text.slice(hit.end, hit.end + 40))?.[1];
  return (
    joined !== undefined &&
    isGivenNameForm(joined) &&
    !isCommonWordName(joined) &&
    !listed.some((brand) => brand.trim().toLowerCase() === joined.toLowerCase())
  );
}

/** "Aoife and " before a name, " and Aoife" after it (one capitalised word, then no other). */
const AND_FIRST_BEFORE = /(?:^|[^\w'’-])([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+) and $/;
const AND_FIRST_AFTER = /^ and ([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)(?![\w'’-]| [A-Z])/;

/** A capitalised word read as a first name before a surname ("Amy Quill", "Rebecca Corvane"). */
function isFirstName(word: string): boolean {
  if (!NAME_WORD.test(word)) return false;
  // The common-word list holds no two-letter words: "If Corvane ever asserts" is not a name.
  if (!isCommonWord(word) && !SHORT_FUNCTION_WORD.test(word)) return true;
  // Round 25: a given name the word filter takes for a word ("Rebecca Corvane"), unless the
  // name is an everyday word too ("Will", "Grace", "Mark": "Will Corvane match it?").
  return isGivenNameForm(word) && !isCommonWordName(word);
}

const TITLE_AND_FIRST_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Judge|Justice)\.? [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+ $/;

/** Two-letter words that open a sentence capitalised; none is a first name. */
const SHORT_FUNCTION_WORD =
  /^(?:If|As|So|At|In|On|By|Or|No|Do|To|Is|It|We|He|Me|My|Us|Up|An|Of|Be|Go|Oh)$/;

/**
 * Whether a brand is also ordinary English (every word of it a common word, written as a
 * word: "Target", "Beacon Home"), so its mere letters do not make it the brand. Names ("Pepsi",
 * "FedEx", "PepsiCo": inner capitals) are not. Decided by the word itself (common-words.ts), so
 * a brand nobody listed before is judged the same way.
 */
const ordinaryBrands = new Map<string, boolean>();
function isOrdinaryWordBrand(term: string): boolean {
  let known = ordinaryBrands.get(term);
  if (known === undefined) {
    const words = term.trim().split(/[\s-]+/);
    known =
      words.length > 0 &&
      // Written as a word: "Target", "tide"; not an acronym ("AWS") or a coined "FedEx", nor a
      // place or a person the word filter takes for a word ("Zurich", "London": round 15).
      words.every((w) => /^[A-Za-z][a-z]+$/.test(w) && isCommonWord(w) && !isKnownName(w));
    if (ordinaryBrands.size > 1000) ordinaryBrands.clear();
    ordinaryBrands.set(term, known);
  }
  return known;
}

/** The hit without a possessive or plural ending (the brand as written). */
function coreOf(hit: TermHit): string {
  return hit.text.replace(/['’]s$/i, "");
}

/** The word before `offset` on its line, with what stands between it and `offset`. */
function wordBefore(text: string, offset: number): { word: string; gap: string } {
  const before = text.slice(Math.max(0, offset - 40), offset);
  const m = /([A-Za-z\u00c0-\u00ff'’.-]+)([^A-Za-z\u00c0-\u00ff\n]*)$/.exec(before);
  return m ? { word: m[1]!, gap: m[2]! } : { word: "", gap: before };
}

/**
 * Whether [start] begins a sentence, a line, a list item, a quotation or a heading: where any word
 * takes a capital, so the capital says nothing. Round 17: also the draft's first line ("- Next
 * week…" has no line break before it), a heading's or an emphasis's marks ("## Next", "**Next**"
 * at a line's start) and a single quotation mark after a space ("'Next month' is the plan").
 */
function startsSentence(text: string, start: number): boolean {
  const before = (start <= 12 ? "\n" : "") + text.slice(Math.max(0, start - 12), start);
  return (
    before.trim() === "" ||
    /(?:[.!?:;]\s*|\n\s*(?:[-•*·–#>_]+|\d+[.)])?\s*|["“‘([]\s*|\s')$/.test(before)
  );
}

/** The stretch of the hit's line around it (at most 80 characters each side). */
function lineAround(draft: AnalysedDraft, field: AnalysedField, start: number): string {
  const line = linesOf(draft, field).lineAt(start);
  return field.text.slice(Math.max(line.start, start - 80), Math.min(line.end, start + 80));
}

/** Most words around capitalised: a heading or a subject line in title case. */
function inTitleCase(line: string): boolean {
  const words = line.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return capitalised / words.length >= 0.7;
}

/** A line in capitals: capitals there say nothing about the brand. */
function inCapitals(line: string, core: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, "");
  return letters.length >= core.length + 4 && letters === letters.toUpperCase();
}

/** A word in quotation marks: how a contract defines a term ("the \u201cTarget\u201d"). */
const QUOTED_WORD = /["\u201c\u2018']([A-Z][A-Za-z]+)["\u201d\u2019']/g;

/** Whether the draft defines the word as a term of its own: (the "Target"), "Target" means. */
function isDefinedTerm(draft: AnalysedDraft, word: string): boolean {
  const quoted = draft.memo("quoted-words", () => {
    const words = new Set<string>();
    for (const field of textFields(draft)) {
      QUOTED_WORD.lastIndex = 0;
      for (let m = QUOTED_WORD.exec(field.scan); m; m = QUOTED_WORD.exec(field.scan))
        words.add(m[1]!.toLowerCase());
    }
    return words;
  });
  return quoted.has(word.toLowerCase());
}

/**
 * Whether a hit of a brand that is also a word is the word, not the brand: in lower case, a
 * defined term, a person's name, a place, after a determiner, or at the start of a sentence or
 * in a title with nothing saying it is the company.
 */
function isOrdinaryUse(
  draft: AnalysedDraft,
  field: AnalysedField,
  hit: TermHit,
  attributive?: Set<TermHit>,
): boolean {
  const text = field.text;
  const core = coreOf(hit);
  // A host's name in an address ("target.com", "www.slack.com", "ap@gap.example"): the brand,
  // whatever the case. Not a path or a file name ("…/fark/sun.gif"): there it is a word.
  if (inMailboxName(text, hit) || isCitationParty(text, hit.start, hit.start + core.length))
    return true;
  const charBefore = text[hit.start - 1] ?? "";
  const inPath = charBefore === "/" && text[hit.start - 2] !== "/";
  const fileName = FILE_EXTENSION.test(text.slice(hit.end, hit.end + 6));
  if (!inPath && !fileName) {
    if (/[.@/]/.test(charBefore) || /^\.[a-z]/i.test(text.slice(hit.end, hit.end + 2)))
      return false;
  }
  if (core[0] === core[0]?.toLowerCase()) return true;
  // Capitalised, a brand of several words ("Mountain Dew", "Beacon Home") is the brand: ordinary
  // words rarely stand together capitalised by chance.
  if (/\s/.test(hit.term.trim())) return false;
  // A word brand in the plural is a common noun or a team: "the Phoenix Suns", "Apples".
  if (core === hit.text && core.length > hit.term.trim().length) return true;
  const after = text.slice(hit.start + core.length, hit.start + core.length + 24);
  if (DATE_AFTER.test(after) || isWeekday(core, text, hit.start, after)) return true;
  if (isDefinedTerm(draft, core)) return true;
  if (citedParties(draft).has(core.toLowerCase()) && !brandAfter(after)) return true;
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  if (DETERMINER_BEFORE.test(before)) {
    // Round 16: "the Next rebrand", "our Discover rollout": capitalised after a determiner and
    // before a lower-case noun (no verb: SUBJECT_VERB, "-s", "-ed"), where nothing requires a
    // capital, the word is a name. A word that ordinary text capitalises in its own sense ("the
    // Sun", "the Target shares") is the brand only where the draft names it as the brand
    // elsewhere (round 15, check()).
    const noun = /^\s([a-z]{3,})\b/.exec(after)?.[1];
    if (
      noun &&
      /^[A-Z][a-z]+$/.test(core) &&
      !/(?:ed|ly|s)$/.test(noun) &&
      !SUBJECT_VERB.test(after) &&
      !UI_CONTROL.test(noun)
    ) {
      if (!CAPITALISED_SENSES.has(core.toLowerCase())) return false;
      if (!startsSentence(text, hit.start - before.length + before.search(/\S+\s+$/)))
        attributive?.add(hit);
    }
    // Round 29 (analysis-h28 H): "the Hilton in Tallinn", "the Boots at Brent Cross": a brand's
    // site in a named place (not a word ordinary text capitalises in its own sense).
    if (
      /^[A-Z][a-z]+$/.test(core) &&
      SITE_IN_PLACE.test(after) &&
      !CAPITALISED_SENSES.has(core.toLowerCase())
    )
      return false;
    return !brandAfter(after) || /^['’]s/.test(after);
  }
  const previous = wordBefore(text, hit.start);
  // "Orinoco Residential Gateway", "the Big Apple": the word ends another proper name.
  if (
    /^ $/.test(previous.gap) &&
    /^[A-Z][a-z]+$/.test(previous.word) &&
    isCommonWord(previous.word) &&
    !startsSentence(text, hit.start - previous.word.length - 1) &&
    !brandAfter(after)
  )
    return true;
  if (/\b(?:the|a|an)\s+[A-Z][a-z]+\s+$/.test(before)) return !brandAfter(after);
  if (TITLE_BEFORE.test(before)) return true;
  if (
    PUBLIC_BODY_AFTER.test(after) ||
    (!brandAfter(after) &&
      (isPlaceUse(text, hit, after, lineAround(draft, field, hit.start)) ||
        isGeographicUse(text.slice(Math.max(0, hit.start - 40), hit.start), after)))
  )
    return true;
  // A first name before it ("Sarah Fox", "Chevy Chase"): a capitalised word that is not a word.
  if (
    /^ ?$/.test(previous.gap) &&
    /^[A-Z][a-z]+$/.test(previous.word) &&
    !isCommonWord(previous.word)
  )
    return true;
  if (/^\s+[A-Z][a-z]+\b/.test(after)) {
    // "Chase Whitfield": followed by a surname, it is a first name.
    const next = /^\s+([A-Z][a-z]+)/.exec(after)![1]!;
    if (!isCommonWord(next) && !brandAfter(after)) return true;
  }
  const allCaps = core.length > 1 && core === core.toUpperCase();
  if (brandAfter(after)) return false;
  const line = lineAround(draft, field, hit.start);
  if (allCaps) return inCapitals(line, core);
  if (inTitleCase(line)) return !SUBJECT_VERB.test(after);
  // "Slack Connect …" opening a sentence: the brand and its product, a name of two words.
  if (startsSentence(text, hit.start))
    return !SUBJECT_VERB.test(after) && !/^\s+[A-Z][a-z]+\b/.test(after);
  return false;
}

/** The host of a link's address: "https://www.x.example/…", "mailto:ap@x.example" ("" if none). */
function hostOfHref(href: string): string {
  return (
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i.exec(
      href.replace(/^mailto:/i, ""),
    )?.[1] ?? ""
  );
}

/** A brand that is also a word counts in an address only as its host's name: "gap.com". */
function namesHost(href: string, term: string): boolean {
  const labels = hostOfHref(href).toLowerCase().split(/[.-]/);
  const words = term.toLowerCase().split(/[\s-]+/);
  for (let i = 0; i + words.length <= labels.length; i++) {
    if (words.every((w, k) => labels[i + k] === w || labels[i + k] === w + "s")) return true;
  }
  return labels.includes(words.join(""));
}

/**
 * Short brands with a well-known other sense, recognised by the words around them:
 * "GM grain" (genetically modified), "the GM of the plant" (general manager).
 */
const OTHER_SENSES: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  gm: {
    after:
      /^\s*(?:-?free|grains?|crops?|foods?|seeds?|soy\w*|maize|corn|wheat|rice|organisms?|labell?ing|technology|potatoes|salmon|mosquito(?:e?s)?)\b/i,
    before: /\b(?:the|our|your|their|a|new|assistant|deputy)\s+$/i,
  },
};

function isOtherSense(hit: TermHit, text: string): boolean {
  const core = hit.text.replace(/['\u2019]s$/i, "");
  const sense = OTHER_SENSES[core.toLowerCase()];
  if (!sense) return false;
  const before = text.slice(Math.max(0, hit.start - 20), hit.start);
  const after = text.slice(hit.end, hit.end + 30);
  if (sense.after?.test(after)) return true;
  // "the GM of …" / "our GM said": a person's job title, when a determiner leads and no "'s".
  return Boolean(
    sense.before?.test(before) &&
    core === hit.text &&
    /^\s+(?:of|at|for|said|says|is|was)\b/i.test(after),
  );
}

/** "genetically modified (GM)": an acronym being defined as something else. */
function isDefinedAbbreviation(hit: TermHit, text: string): boolean {
  const core = hit.text.replace(/(?:['\u2019]s)$/i, "");
  if (!/^[A-Z]{2,4}$/.test(core) || text[hit.start - 1] !== "(") return false;
  const words = text
    .slice(Math.max(0, hit.start - 80), hit.start - 1)
    .trim()
    .split(/[\s-]+/);
  const initials = words
    .slice(-core.length)
    .map((w) => w[0] ?? "")
    .join("");
  return initials.toUpperCase() === core;
}

/**
 * Links and names of meeting platforms other than `platform` (and what an invitation proposes in
 * its fields), per field, once per draft.
 */
function rivalMeetingsOf(draft: AnalysedDraft, platform: string): Record<TextField, OverlapIndex> {
  return draft.memo(`rival-meetings:${platform}`, () => {
    const placed: { field: TextField; start: number; end: number }[] = [];
    for (const p of [
      ...channelProposals(draft).filter((p) => p.href),
      ...platformMentions(draft),
    ]) {
      if (p.channel !== platform) placed.push(p);
    }
    for (const m of invitationMeetings(draft)) {
      if (m.channel === platform || m.field === undefined) continue;
      if (m.start === undefined || m.end === undefined) continue;
      placed.push({ field: m.field, start: m.start, end: m.end });
    }
    placed.sort((a, b) => a.start - b.start);
    const index = (field: TextField) => new OverlapIndex(placed.filter((p) => p.field === field));
    return { subject: index("subject"), location: index("location"), body: index("body") };
  });
}

/**
 * Single-word brands the draft uses as a place somewhere ("12 High Street, Thornbury, Bristol",
 * "registered in Jordan"): the draft is about the place, so the same word written bare
 * elsewhere ("The Swan, Thornbury – searches back") is the place too. A brand signal (a
 * possessive, a corporate word, its trade) still counts.
 */
function namesUsedAsPlaces(
  draft: AnalysedDraft,
  hits: readonly TermHit[],
  bare: ReadonlySet<TermHit>,
): Set<string> {
  const places = new Set<string>();
  for (const hit of hits) {
    if (hit.field === "attachment" || hit.href !== undefined) continue;
    const term = hit.term.trim();
    if (!/^[A-Z][a-z]+$/.test(term) || hit.text !== term || places.has(term)) continue;
    // Round 19: a bare short form before a place noun too ("the Brackwater estuary").
    if (
      isTerritoryHit(draft, hit) ||
      (bare.has(hit) &&
        PLACE_AFTER.test(fieldOf(draft, hit.field).text.slice(hit.end, hit.end + 48)))
    )
      places.add(term);
  }
  return places;
}

/** Whether the hit is a territory use (recipient-independent: once per draft and place). */
function isTerritoryHit(draft: AnalysedDraft, hit: TermHit): boolean {
  const known = draft.memo("competitor-territory", () => new Map<string, boolean>());
  const key = `${hit.field}:${hit.start}:${hit.end}`;
  let territory = known.get(key);
  if (territory === undefined) {
    const field = fieldOf(draft, hit.field as TextField);
    const after = field.text.slice(hit.end, hit.end + 48);
    territory =
      (!brandAfter(after) || PUBLIC_BODY_AFTER.test(after)) &&
      isTerritoryUse(field.text, hit, after, lineAround(draft, field, hit.start));
    known.set(key, territory);
  }
  return territory;
}

function isBarePlaceName(text: string, hit: TermHit, places: Set<string>): boolean {
  return (
    hit.text === hit.term.trim() &&
    places.has(hit.text) &&
    !brandAfter(text.slice(hit.end, hit.end + 48))
  );
}

/**
 * The names the client is opposed to in its own case ("Valemont v Rhenova" to Valemont): the
 * draft is about the client's own dispute, whose other side the lawyer must name and the client
 * knows. Keyed by the first word of each side of a "v" between names.
 */
function clientOpponents(draft: AnalysedDraft, clientName: string): Set<string> {
  const client = /^[A-Za-z\u00c0-\u024f]+/.exec(clientName.trim())?.[0].toLowerCase() ?? "";
  return draft.memo(`competitor-client-opponents:${client}`, () => {
    const opponents = new Set<string>();
    if (client.length < 3) return opponents;
    for (const { left, right } of versusPairs(draft)) {
      if (left === client) opponents.add(right);
      else if (right === client) opponents.add(left);
    }
    return opponents;
  });
}

/**
 * After a shortened name, what a company does: "Anchorline did something similar", "Kestrel
 * signed last week". Not "is", "has" or a modal: a river, a town or a person does those too.
 */
const BUSINESS_VERB_AFTER =
  /^\s+(?:did|has done|announced|launched|signed|filed|acquired|bought|sold|offered|offers|sells|owns|declined|refused|agreed|won|bid|tendered|settled|sued|opposed|appealed|submitted|issued|hired|paid|charged|priced|quoted|disposed|raised|completed|outbid|undercut|poached|lodged)\b/;

/**
 * Where each of `wanted` (capitalised words of five letters or more) stands, for every
 * recipient's brands at once, once per draft.
 */
function wordPlaces(
  draft: AnalysedDraft,
  wanted: ReadonlySet<string>,
  memoKey: string,
): Map<string, { field: AnalysedField; start: number }[]> {
  return draft.memo(memoKey, () => {
    const words = new Map<string, { field: AnalysedField; start: number }[]>();
    const word = /[A-Z][a-z]{4,}/g;
    for (const field of textFields(draft)) {
      const text = field.scan;
      word.lastIndex = 0;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        if (!wanted.has(m[0])) continue;
        if (
          /[A-Za-z0-9]/.test(text[m.index - 1] ?? "") ||
          /[A-Za-z0-9]/.test(text[m.index + m[0].length] ?? "")
        )
          continue;
        const list = words.get(m[0]);
        if (list) list.push({ field, start: m.index });
        else words.set(m[0], [{ field, start: m.index }]);
      }
    }
    return words;
  });
}

/**
 * Every recipient's entries made by `per` (short forms, joined names), with the memo key they
 * make, worked out once per evaluation (the recipients' list is the same for each of them).
 */
interface Wanted {
  wanted: Set<string>;
  key: string;
  /** The draft memo's keys for these words, made once: a long key made per call is hashed per call. */
  wordsKey: string;
}
const wantedCache = new WeakMap<object, Map<string, Wanted>>();
function wantedOf(
  recipients: CheckContext["recipients"],
  kind: string,
  per: (terms: readonly string[]) => Iterable<string>,
): Wanted {
  let byKind = wantedCache.get(recipients);
  if (!byKind) wantedCache.set(recipients, (byKind = new Map()));
  let entry = byKind.get(kind);
  if (!entry) {
    const wanted = new Set<string>();
    for (const recipient of recipients) {
      for (const word of per(recipient.profile?.competitors ?? [])) wanted.add(word);
    }
    const key = [...wanted].sort().join("\u0001");
    entry = {
      wanted,
      key,
      wordsKey: `competitor-words:${key}`,
    };
    byKind.set(kind, entry);
  }
  return entry;
}

/** A short form found in the text, with its brand; `bare` when no company signal follows it. */
interface ShortFormHit {
  hit: TermHit;
  brand: string;
  bare: boolean;
}

function shortFormHits(
  ctx: CheckContext,
  terms: readonly string[],
  hits: readonly TermHit[],
): ShortFormHit[] {
  const { draft } = ctx;
  const firstWords = shortFormsOf(terms);
  const found: ShortFormHit[] = [];
  if (firstWords.size === 0) return found;
  // Every recipient's short forms, so the draft is walked once for all of them.
  const { wanted, wordsKey } = wantedOf(ctx.recipients, "short", (terms) =>
    shortFormsOf(terms).keys(),
  );
  const places = wordPlaces(draft, wanted, wordsKey);
  let made: Map<string, OverlapIndex> | undefined;
  for (const [first, term] of firstWords) {
    for (const { field, start } of places.get(first) ?? []) {
      if (!made) {
        // The matcher's own hits, only when a short form is written at all.
        made = new Map<string, OverlapIndex>();
        for (const f of textFields(draft)) {
          const spans = hits.filter((h) => h.field === f.field && h.href === undefined);
          made.set(f.field, new OverlapIndex(spans.sort((a, b) => a.start - b.start)));
        }
      }
      const end = start + first.length;
      if (made.get(field.field)?.overlaps(start, end)) continue;
      const after = field.scan.slice(end, end + 48);
      const signalled =
        !/^['’]s/.test(after) && (BUSINESS_VERB_AFTER.test(after) || brandAfter(after));
      // Round 19: bare, or with a possessive ("Silverline went through the same audit",
      // "Silverline's new plant"), it is judged as a one-word name is, after the guards above.
      if (!signalled && !bareShortFormMayBeBrand(field.scan, start, end, term)) continue;
      found.push({
        hit: { field: field.field, start, end, text: first, term: first },
        brand: term,
        bare: !signalled,
      });
    }
  }
  // Round 19: in an attachment's name too, between separators, where the matcher found nothing.
  for (const { name, index } of draft.attachments) {
    const word = /[A-Z][a-z]{4,}/g;
    for (let m = word.exec(name); m; m = word.exec(name)) {
      const term = firstWords.get(m[0]);
      const start = m.index;
      const end = start + m[0].length;
      if (term === undefined || /[A-Za-z0-9]/.test((name[start - 1] ?? "") + (name[end] ?? "")))
        continue;
      if (
        hits.some(
          (h) => h.field === "attachment" && h.index === index && h.start < end && start < h.end,
        )
      )
        continue;
      if (!bareShortFormMayBeBrand(name, start, end, term)) continue;
      found.push({
        hit: { field: "attachment", index, start, end, text: m[0], term: m[0] },
        brand: term,
        bare: true,
      });
    }
  }
  return found.sort((a, b) => a.hit.start - b.hit.start);
}

/** A letter, digit or hyphen: a character of a host's label. */
function isLabelChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45
  );
}

/**
 * The labels of host names written in the text ("orchardsystems" in "www.orchardsystems.example")
 * that are among `wanted`, with the host each stands in: one walk from dot to dot for every
 * recipient's brands, once per draft. Not a path's segment nor a file name.
 */
interface HostAt {
  field: TermHit["field"];
  start: number;
  end: number;
  host: string;
}

/** Every host written in the text, once per draft: one walk from dot to dot. */
function hostsIn(draft: AnalysedDraft): HostAt[] {
  return draft.memo("competitor-hosts", () => {
    const hosts: HostAt[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      let from = 0;
      for (let dot = text.indexOf(".", from); dot >= 0; dot = text.indexOf(".", from)) {
        from = dot + 1;
        if (!isLabelChar(text.charCodeAt(dot + 1)) || !isLabelChar(text.charCodeAt(dot - 1)))
          continue;
        let start = dot;
        while (start > 0 && (isLabelChar(text.charCodeAt(start - 1)) || text[start - 1] === "."))
          start--;
        let end = dot + 1;
        while (end < text.length && (isLabelChar(text.charCodeAt(end)) || text[end] === ".")) end++;
        from = end;
        while (end > start && /[.-]/.test(text[end - 1]!)) end--;
        while (start < end && /[.-]/.test(text[start]!)) start++;
        if (text[start - 1] === "/" && text[start - 2] !== "/") continue;
        const host = text.slice(start, end);
        if (FILE_EXTENSION.test(host.slice(host.lastIndexOf(".")))) continue;
        hosts.push({ field: field.field, start, end, host });
      }
    }
    return hosts;
  });
}

/**
 * A brand of several words run together as a host's name ("orchardsystems.example" for
 * Orchard Systems), which the term matcher cannot see as the words: the company's own site or
 * mail. Only hosts, never paths; a hit the matcher already made is not repeated.
 */
/** The brands of several words run together ("orchardsystems"), each with its brand. */
const joinedCache = new WeakMap<readonly string[], Map<string, string>>();
function joinedOf(terms: readonly string[]): Map<string, string> {
  let joined = joinedCache.get(terms);
  if (joined) return joined;
  const content = listKey(terms);
  joined = joinedByList.get(content);
  if (joined) {
    joinedCache.set(terms, joined);
    return joined;
  }
  joined = new Map<string, string>();
  for (const term of terms) {
    const words = term.trim().split(/[\s-]+/);
    // A host drops a name's apostrophe: "youngsseafood" for Young's Seafood.
    const key = words.join("").replace(/['’]/g, "").toLowerCase();
    if (words.length >= 2 && /^[a-z0-9]{6,}$/.test(key)) joined.set(key, term);
  }
  joinedCache.set(terms, joined);
  remember(joinedByList, content, joined);
  return joined;
}

/**
 * A brand of several words run together ("orchardsystems", "RedHat"), which the term matcher
 * cannot see as the words: the company's own site or mail ("www.orchardsystems.example",
 * "ap@kestrelpartners.example", or a link's address behind other words: "see <a
 * href=…orchardsystems…>their announcement</a>"); round 19: as a token anywhere, in prose
 * ("RedHat", "Redhat's"), a path ("…/frasermobile-lumo-tower-sharing"), a file's or an
 * attachment's name. Not a mailbox ("ops.redhat@…"). In prose (not a host, a path or a file's
 * name) it is written with a capital; one that is itself a word counts only with an inner capital
 * ("BlueBird", not "the bluebird"). A token is a run of ASCII letters and digits ([A-Za-z0-9]);
 * this says whether a unit is one of them.
 */
function isTokenUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** A token's first unit as a bit: a letter in either case its own, every digit one bit. */
function firstBit(code: number): number {
  return code <= 57 ? 1 << 26 : 1 << ((code | 32) - 97);
}

/** Where a run-together name may stand: a text field, an attachment's name or a link's address. */
type JoinedPlace = [TermHit["field"], string, number?, AnalysedLink?];

/** A token that is one of the wanted joined names and would count wherever its brand is listed. */
interface JoinedToken {
  place: number;
  start: number;
  end: number;
  token: string;
  lower: string;
}

interface JoinedTokens {
  places: JoinedPlace[];
  tokens: JoinedToken[];
}

function joinedPlaces(draft: AnalysedDraft): JoinedPlace[] {
  const places: JoinedPlace[] = textFields(draft).map((f) => [f.field, f.scan]);
  for (const { name, index } of draft.attachments) places.push(["attachment", name, index]);
  for (const link of draft.body.links) places.push(["body", link.href, -1, link]);
  return places;
}

/**
 * The tokens of the draft that are one of `wanted` (every recipient's joined names), with the
 * tests that do not depend on whose brand it is already passed (an ordinary word without an inner
 * capital, a mailbox's name, lower case in prose outside an address or a path): one walk over the
 * body for all recipients, not one per recipient (round 19's reading walked the whole body for
 * each recipient with a competitor of two words or more).
 */
function joinedTokens(draft: AnalysedDraft, wanted: ReadonlySet<string>): JoinedTokens {
  const places = joinedPlaces(draft);
  const tokens: JoinedToken[] = [];
  // A token can only be a wanted name, or one with a plural "s", if its length and its first
  // character are one of theirs: only such tokens are lower-cased and looked up (round 21: every
  // word of the body was, with a regular-expression replace each; round 22: every word of a
  // wanted length, and a set looked up for every word). By length, a bit for each first
  // character of the names that long (joinedOf's names are [a-z0-9]{6,}).
  if (wanted.size === 0) return { places, tokens };
  let longest = 0;
  for (const name of wanted) longest = Math.max(longest, name.length);
  const firsts = new Uint32Array(longest + 1);
  for (const name of wanted) firsts[name.length]! |= firstBit(name.charCodeAt(0));
  places.forEach(([, text, index, link], place) => {
    const consider = (start: number, end: number): void => {
      const n = end - start;
      if (n - 1 > longest) return;
      const first = firstBit(text.charCodeAt(start));
      const plural = (text.charCodeAt(end - 1) | 32) === 115; /* s or S */
      if ((firsts[n]! & first) === 0 && !(plural && (firsts[n - 1]! & first) !== 0)) return;
      const token = text.slice(start, end);
      const lower = token.toLowerCase();
      if (!wanted.has(lower) && !wanted.has(lower.replace(/s$/, ""))) return;
      if (isCommonWord(lower) && !/[a-z][A-Z]/.test(token)) return;
      if (mailboxNameUpTo(text, end)) return;
      if (
        !link &&
        index === undefined &&
        /^[a-z]/.test(token) &&
        !inAddressOrPath(text, start, end)
      )
        return;
      tokens.push({ place, start, end, token, lower });
    };
    // A text field's words are read already (the term matchers read them): where none holds a
    // letter, digit or mark outside ASCII they are exactly its tokens, the runs of isTokenUnit
    // ("&", a word of its own to the reader, is none), in order (word-gate.ts).
    const read = link || index !== undefined ? undefined : readTextWords(text);
    if (read && read.words.wide === false) {
      const { count, starts, ends } = read.words;
      for (let i = 0; i < count; i++) {
        if (text.charCodeAt(starts[i]!) !== 38 /* & */) consider(starts[i]!, ends[i]!);
      }
      return;
    }
    // The tokens (runs of isTokenUnit) read by character code, not by a regular expression: a
    // match object per word of a 100 KB body was most of this reader's cost (round 22), and only
    // a token that may be a wanted name is ever made into a string.
    const size = text.length;
    for (let at = 0; at < size;) {
      if (!isTokenUnit(text.charCodeAt(at))) {
        at++;
        continue;
      }
      const start = at;
      while (at < size && isTokenUnit(text.charCodeAt(at))) at++;
      consider(start, at);
    }
  });
  return { places, tokens };
}

function joinedTokenHits(ctx: CheckContext, terms: readonly string[]): TermHit[] {
  const own = joinedOf(terms);
  const hits: TermHit[] = [];
  if (own.size === 0) return hits;
  const { draft } = ctx;
  const { wanted, key } = wantedOf(ctx.recipients, "joined", (list) => joinedOf(list).keys());
  // A recipient outside `recipients` (a caller's own context) has its names read on their own.
  const found = [...own.keys()].every((k) => wanted.has(k))
    ? draft.memo(`competitor-joined-tokens:${key}`, () => joinedTokens(draft, wanted))
    : joinedTokens(draft, new Set(own.keys()));
  const { places, tokens } = found;
  // A link's address gives one hit at most: its words.
  let linkDone = -1;
  for (const { place, start, end, token, lower } of tokens) {
    if (place === linkDone) continue;
    const term = own.get(lower) ?? own.get(lower.replace(/s$/, ""));
    if (term === undefined) continue;
    const [field, , index, link] = places[place]!;
    const hit: TermHit = { field, start, end, text: token, term };
    if (link) {
      // A link's address: the hit stands at the link's words.
      const { start: from, end: to, href } = link;
      hits.push({ ...hit, start: from, end: to, text: draft.body.text.slice(from, to), href });
      linkDone = place;
      continue;
    }
    if (index !== undefined) hit.index = index;
    hits.push(hit);
  }
  return hits;
}

/**
 * A file's name written in camelCase or PascalCase ("OrchardSystems_SLA.docx",
 * "LumacorPricing2026.xlsx"): its words run together, which the term matcher (reading words
 * between separators) cannot see. The name is cut where a small letter meets a capital or a
 * letter meets a digit, and a brand whose words are consecutive pieces, each starting with its
 * capital, is the brand (a lower-case piece is as often an ordinary word: "targetDate.xlsx").
 * Attachment names and file names in the text, once per draft for every recipient's brands.
 */
const FILE_EXTENSION_AT = /^\.(?:pdf|docx?|xlsx?|pptx?|txt|csv|msg|eml|zip|png|jpe?g)\b/i;
const CAMEL_PIECE = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

interface Piece {
  word: string;
  start: number;
  end: number;
  capital: boolean;
}

function piecesOf(name: string): Piece[] {
  const pieces: Piece[] = [];
  CAMEL_PIECE.lastIndex = 0;
  for (let m = CAMEL_PIECE.exec(name); m; m = CAMEL_PIECE.exec(name)) {
    pieces.push({
      word: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      capital: m[0][0] !== m[0][0]!.toLowerCase(),
    });
  }
  return pieces;
}

/** Whether a small letter meets a capital inside `name`: only then is it run together. */
function isCamelCase(name: string): boolean {
  return /[a-z][A-Z]/.test(name);
}

interface NamedFile {
  field: "attachment" | "body";
  index?: number;
  /** Where the name starts in its field (0 for an attachment). */
  offset: number;
  name: string;
}

function camelFiles(draft: AnalysedDraft): NamedFile[] {
  return draft.memo("competitor-camel-files", () => {
    const files: NamedFile[] = [];
    for (const attachment of draft.attachments) {
      if (isCamelCase(attachment.name))
        files.push({
          field: "attachment",
          index: attachment.index,
          offset: 0,
          name: attachment.name,
        });
    }
    // From each full stop, a file's extension after it and its name before it: a pass over the
    // full stops, not a pattern tried at every letter of the body.
    const text = draft.body.scan;
    for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
      const extension = FILE_EXTENSION_AT.exec(text.slice(dot, dot + 6));
      if (!extension) continue;
      let start = dot;
      while (start > 0 && dot - start < 120 && /[\w-]/.test(text[start - 1]!)) start--;
      const name = text.slice(start, dot + extension[0].length);
      if (start < dot && isCamelCase(name)) files.push({ field: "body", offset: start, name });
    }
    return files;
  });
}

function camelFileHits(draft: AnalysedDraft, terms: readonly string[]): TermHit[] {
  const files = camelFiles(draft);
  if (files.length === 0) return [];
  const hits: TermHit[] = [];
  for (const file of files) {
    const pieces = piecesOf(file.name);
    for (const term of terms) {
      const words = term
        .trim()
        .toLowerCase()
        .split(/[\s-]+/);
      // A brand run together with another word; a brand standing alone the matcher finds.
      if (words.length === 0 || !/^[a-z0-9]+$/.test(words.join(""))) continue;
      for (let i = 0; i + words.length <= pieces.length; i++) {
        let all = true;
        for (let k = 0; k < words.length && all; k++) {
          const piece = pieces[i + k]!;
          all = piece.capital && (piece.word === words[k] || piece.word === `${words[k]}s`);
        }
        if (!all) continue;
        const first = pieces[i]!;
        const last = pieces[i + words.length - 1]!;
        const start = file.offset + first.start;
        const end = file.offset + last.end;
        const hit: TermHit = {
          field: file.field,
          start,
          end,
          text: file.name.slice(first.start, last.end),
          term,
        };
        if (file.index !== undefined) hit.index = file.index;
        hits.push(hit);
        break;
      }
    }
  }
  return hits;
}

/**
 * The runs of a handle's parts, as the matcher splits it, that a brand may be: the first parts
 * ("@CokeUK": "coke") or the last ("@MyPepsi": "pepsi"), each ending or starting where a capital
 * or a digit starts a part, in a handle written with a capital. A run that is the whole handle
 * is the matcher's own word.
 */
function handleRuns(text: string, handle: HandleWord): string[] {
  const { parts, end } = handle;
  if (parts.length < 2 || !/[A-Z]/.test(text[handle.start + 1]!)) return [];
  const runs: string[] = [];
  const word = (from: number, to: number) => text.slice(from, to).toLowerCase();
  for (let k = 1; k < parts.length; k++) {
    if (/[A-Z0-9]/.test(text[parts[k]!]!)) {
      runs.push(word(parts[0]!, parts[k]!), word(parts[k]!, end));
    }
  }
  return runs;
}

/** A field's handles and hashtags as the matcher reads them, once per draft. */
function handlesOf(draft: AnalysedDraft, field: AnalysedField): HandleWord[] {
  return draft.memo(`handle-words:${field.field}`, () => handleWords(field.scan));
}

/** A host, handle or link that `affixHits` reads, with the lower-case host it names (hosts only). */
type AffixToken = Omit<TermHit, "term"> & {
  parts: string[];
  /** The parts in lower case, made once per draft (every recipient's brands are read in them). */
  lowerParts: string[];
  runs?: string[];
  lowerHost?: string;
};

/** Each part in lower case. */
function lowerEach(parts: readonly string[]): string[] {
  return parts.map((part) => part.toLowerCase());
}

/**
 * The hosts (not a mailbox's), handles and links `affixHits` reads, once per draft: only the
 * recipient's own host, left out per recipient, differs between recipients.
 */
function affixTokens(draft: AnalysedDraft): AffixToken[] {
  return draft.memo("competitor-affix-tokens", () => {
    const tokens: AffixToken[] = [];
    for (const { field, start, end, host } of hostsIn(draft)) {
      if (fieldOf(draft, field as TextField).scan[end] === "@") continue;
      const parts = host.split(".").slice(0, -1);
      tokens.push({
        field,
        start,
        end,
        text: host,
        parts,
        lowerParts: lowerEach(parts),
        lowerHost: host.toLowerCase(),
      });
    }
    for (const field of textFields(draft)) {
      for (const handle of handlesOf(draft, field)) {
        const text = field.scan.slice(handle.start, handle.end);
        tokens.push({
          field: field.field,
          start: handle.start,
          end: handle.end,
          text,
          parts: [text.slice(1)],
          lowerParts: [text.slice(1).toLowerCase()],
          runs: handleRuns(field.scan, handle),
        });
      }
    }
    // A link's address behind other words: its host, at the link's words.
    for (const link of draft.body.links) {
      const host = hostOfHref(link.href);
      const parts = host.split(".").slice(0, -1);
      tokens.push({
        field: "body",
        start: link.start,
        end: link.end,
        text: draft.body.text.slice(link.start, link.end),
        href: link.href,
        parts,
        lowerParts: lowerEach(parts),
      });
    }
    return tokens;
  });
}

/**
 * For each of `tokens` (affixTokens), whether `term` stands in it: run together with an affix in
 * one of its parts, or as one of a handle's runs. Once per draft and term, kept in the draft's
 * memo: recipients who name the same rival (the bench's ten share most of theirs) read the same
 * answer, and only which hosts are their own differs (round 31: this was made anew per recipient,
 * with a closure per token and term, 1.5 % of the 100 KB × 10 case and a seventh of its garbage).
 * Undefined when the term stands in no token.
 */
function affixMatches(
  draft: AnalysedDraft,
  tokens: readonly AffixToken[],
  term: string,
): Uint8Array | undefined {
  const byTerm = draft.memo(
    "competitor-affix-terms",
    () => new Map<string, Uint8Array | undefined>(),
  );
  if (byTerm.has(term)) return byTerm.get(term);
  const key = brandKey(term);
  const affixable = affixableKey(key);
  let found: Uint8Array | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const { lowerParts, runs } = tokens[t]!;
    let hit = false;
    if (affixable) {
      for (let p = 0; p < lowerParts.length && !hit; p++)
        hit = affixedBrand(lowerParts[p]!, key, isOrdinaryWordBrand(term));
    }
    if (!hit && runs !== undefined && runs.length > 0) hit = runs.includes(key);
    if (hit) (found ??= new Uint8Array(tokens.length))[t] = 1;
  }
  byTerm.set(term, found);
  return found;
}

/** Whether `host` is `own` or one of its sub-domains. */
function isOwnHost(host: string, own: readonly string[]): boolean {
  for (const domain of own) if (host === domain || host.endsWith("." + domain)) return true;
  return false;
}

/**
 * A brand run together with a trade or web word in a host's label or a handle
 * ("tidewaterdrinks.com", "@CokeUK", "#pepsichallenge"): see brand-affixes.ts. Not in a
 * mailbox, nor the recipient's own host or the author's.
 */
function affixHits(ctx: CheckContext, terms: readonly string[]): TermHit[] {
  const { draft } = ctx;
  const hits: TermHit[] = [];
  const tokens = affixTokens(draft);
  if (tokens.length === 0) return hits;
  // Each term's tokens, once per draft (affixMatches); a term found in none is left out, and a
  // list none of whose terms is found anywhere reads no token.
  const found: (Uint8Array | undefined)[] = [];
  let any = false;
  for (const term of terms) {
    const matches = affixMatches(draft, tokens, term);
    found.push(matches);
    if (matches) any = true;
  }
  if (!any) return hits;
  const own = [ctx.recipient.address, draft.draft.from?.address ?? ""].map((a) =>
    a.slice(a.lastIndexOf("@") + 1).toLowerCase(),
  );
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // The first term of the list found in the token, as before; the tests are pure, so their
    // order does not matter, and the cheapest goes first.
    let term: string | undefined;
    for (let i = 0; i < terms.length && term === undefined; i++)
      if (found[i]?.[t] === 1) term = terms[i];
    if (term === undefined) continue;
    if (token.lowerHost !== undefined && isOwnHost(token.lowerHost, own)) continue;
    if (hits.some((h) => h.field === token.field && h.start < token.end && token.start < h.end))
      continue;
    const { parts: _parts, lowerParts: _lower, runs: _runs, lowerHost: _host, ...at } = token;
    hits.push({ ...at, term });
  }
  return hits;
}

/**
 * An alternative offered (a recommendation of a model is RECOMMENDS'), or a comparison without "than" ("a step up on what X
 * took", "on a par with X"): the rival as a rival, whatever the notes say of it.
 */
const ALTERNATIVE =
  /\b(?:alternatives?|instead|switch(?:ed|ing)?\s+to|go\s+with|shortlist\w*|a\s+step\s+(?:up|down)|on\s+a\s+par|outperform\w*|measured\s+against|stacks?\s+up)\b/i;

const AS_A_RIVAL = new RegExp(`${RECOMMENDS.source}|${ALTERNATIVE.source}`, "i");

/**
 * Whether a mention of a brand the notes name as a party reads as that party: a link, an
 * attachment whose name is no comparison, or a mention whose sentence holds no cue of a
 * comparison, praise, market news, a model to copy or an alternative (matter-parties.ts).
 */
function readsAsNotedParty(draft: AnalysedDraft, hit: TermHit): boolean {
  if (hit.href !== undefined) return true;
  if (hit.field === "attachment")
    return !COMPARISON_NAME.test(draft.attachments[hit.index ?? 0]?.name ?? "");
  return !comparesOrPraises(draft, hit, AS_A_RIVAL, true);
}

export function check(ctx: CheckContext): void {
  const competitors = ctx.profile?.competitors ?? [];
  if (competitors.length === 0) return;
  const { draft } = ctx;
  const platform = ctx.profile?.meetingPlatform;
  // A rival platform's link or name is the meeting-platform check's finding; one is enough.
  const rivalMeetings = platform ? rivalMeetingsOf(draft, platform) : undefined;
  const matched = findProfileTerms(ctx, "competitors");
  // A shortened name is judged as the name it is ("Anchorline") and reported as the brand.
  const shortened = new Map<TermHit, string>();
  // Round 19: short forms with no company signal after them (see rules in shortFormHits).
  const bare = new Set<TermHit>();
  for (const { hit, brand, bare: isBare } of shortFormHits(ctx, competitors, matched)) {
    shortened.set(hit, brand);
    if (isBare) bare.add(hit);
  }
  const hits = [...matched, ...shortened.keys()];
  const places = namesUsedAsPlaces(draft, hits, bare);
  const clientName = ctx.profile?.clientName;
  const opponents = clientName ? clientOpponents(draft, clientName) : undefined;
  const attributive = new Set<TermHit>();
  function judge(hit: TermHit): "brand" | "other" | "lower-case word" {
    if (hit.field !== "attachment" && rivalMeetings?.[hit.field].overlaps(hit.start, hit.end))
      return "other";
    const firstWord = hit.term.trim().split(/\s+/)[0]!.toLowerCase();
    if (opponents?.has(firstWord)) return "other";
    const ordinary = isOrdinaryWordBrand(hit.term);
    if (hit.href !== undefined) {
      // In a mail address only the host names the company; the mailbox is a person's.
      if ((ordinary || /^mailto:/i.test(hit.href)) && !namesHost(hit.href, hit.term))
        return "other";
    } else if (hit.field === "attachment") {
      // In a file name a capital marks a name ("Box_Services_Agreement.pdf"); "gap analysis.xlsx"
      // is the word.
      const name = draft.attachments[hit.index ?? 0]?.name ?? "";
      const after = name.slice(hit.end, hit.end + 24);
      const core = coreOf(hit);
      if (ordinary && core[0] === core[0]?.toLowerCase() && !brandAfter(after)) return "other";
    } else {
      const field = fieldOf(draft, hit.field);
      if (
        (ordinary
          ? isOrdinaryUse(draft, field, hit, attributive)
          : isOtherUseOfName(draft, field, hit, competitors)) ||
        isBarePlaceName(field.text, hit, places) ||
        isDefinedAbbreviation(hit, field.text) ||
        isInstitutionAcronym(hit.text, hit.term) ||
        isOtherSense(hit, field.text)
      ) {
        return "other";
      }
      if (
        !ordinary &&
        isLowerCaseWord(field.text, hit, () => paragraphCapitalised(draft, field, hit.start))
      )
        return "lower-case word";
    }
    return "brand";
  }
  // A name in lower case is a word unless the draft also names the brand with its capital.
  const verdicts: ReturnType<typeof judge>[] = [];
  for (const hit of hits) {
    if (outOfTime()) break;
    verdicts.push(judge(hit));
  }
  hits.length = verdicts.length; // the deadline's cut (time-budget.ts): the rest go unjudged
  // Round 15: a word brand after "the" and before a noun ("the Boots approach") is the brand
  // where the draft names it as the brand elsewhere (its host, an attachment, "Boots's"), never
  // on its own: "the Sun formed", "circles the Sun" are the word.
  if (attributive.size > 0) {
    const confirmed = new Set<string>();
    hits.forEach((hit, i) => {
      if (verdicts[i] === "brand") confirmed.add(hit.term);
    });
    hits.forEach((hit, i) => {
      if (verdicts[i] === "other" && attributive.has(hit) && confirmed.has(hit.term))
        verdicts[i] = "brand";
    });
  }
  const named = new Set<string>();
  hits.forEach((hit, i) => {
    if (verdicts[i] === "brand" && hit.text[0] !== hit.text[0]?.toLowerCase()) named.add(hit.term);
  });
  // A brand the draft names as a party to the client's matter is silent everywhere in it.
  const brandOf = (hit: TermHit) => shortened.get(hit) ?? hit.term;
  // Round 19: a bare short form read as a party is silent itself but does not make the brand a
  // party of the whole draft ("Thornbury's solicitors" beside "Thornbury Dairies" in a file's
  // name): the full name and the signalled short forms decide that.
  const parties = matterParties(
    draft,
    hits.filter((hit, i) => verdicts[i] === "brand" && !bare.has(hit)),
    brandOf,
  );
  // Its other bare mentions are the same loose naming of that party ("RE: Tolland - hotel
  // disposal" above "Tolland's mark-up of the SPA"), silent with it.
  const bareParties = new Set<string>();
  hits.forEach((hit, i) => {
    if (verdicts[i] === "brand" && bare.has(hit) && isPartyHit(draft, hit))
      bareParties.add(brandOf(hit));
  });
  hits.forEach((hit, i) => {
    if (bare.has(hit) && bareParties.has(brandOf(hit)) && !comparesOrPraises(draft, hit))
      verdicts[i] = "other";
  });
  // One company listed twice, in full and shortened ("Corvane", "Corvane Energy"): a party under
  // one of its names is a party under the other.
  if (parties.size > 0) {
    for (const term of competitors) {
      const brand = term.trim().toLowerCase();
      for (const party of [...parties]) {
        if (brand.startsWith(`${party} `) || party.startsWith(`${brand} `)) parties.add(brand);
      }
    }
  }
  // Round 23: a brand that is an argument of the matter the subject line names ("Bering Pride -
  // short payment claim") is that party in each mention of the subject and body whose sentence
  // holds no cue (matter-reading.ts).
  const matterArgs = matterArguments(
    draft,
    hits.filter(
      (hit, i) => verdicts[i] !== "other" && !parties.has(brandOf(hit).trim().toLowerCase()),
    ),
    brandOf,
  );
  // Round 26: a brand the profile's notes name as a party to the client's matter ("X is the
  // licensor in the data licence we are negotiating"; notes-parties.ts) is that party in each
  // mention whose sentence does not compare, recommend or offer it as an alternative.
  const noted = notesParties(ctx.profile?.notes, competitors);
  const notedParty = (hit: TermHit, brand: string) =>
    noted.size > 0 &&
    (noted.has(brand) ||
      [...noted].some((party) => brand.startsWith(`${party} `) || party.startsWith(`${brand} `))) &&
    readsAsNotedParty(draft, hit);
  const reported: TermHit[] = [];
  hits.forEach((hit, i) => {
    if (verdicts[i] === "other") return;
    if (notedParty(hit, brandOf(hit).trim().toLowerCase())) return;
    if (
      matterArgs.size > 0 &&
      matterArgs.has(brandOf(hit).trim().toLowerCase()) &&
      readsAsMatterParty(draft, hit)
    )
      return;
    // A party's mention that compares the client with it or praises it is still gratuitous.
    if (
      parties.size > 0 &&
      parties.has(brandOf(hit).trim().toLowerCase()) &&
      !comparesOrPraises(draft, hit)
    )
      return;
    if (verdicts[i] === "lower-case word" && !named.has(hit.term)) return;
    reported.push(hit);
  });
  const joinedHits = [
    ...joinedTokenHits(ctx, competitors),
    ...camelFileHits(draft, competitors),
    ...affixHits(ctx, competitors),
  ];
  for (const hit of joinedHits) {
    if (parties.size > 0 && parties.has(hit.term.trim().toLowerCase())) continue;
    if (notedParty(hit, hit.term.trim().toLowerCase())) continue;
    // Not again where the matcher or another reading found it (a brand run together in an
    // attachment's name the matcher found there; round 19: one token read two ways, a host's or
    // a file's name and a link's path, is one hit).
    if (
      hit.field === "attachment"
        ? reported.some(
            (r) => r.field === "attachment" && r.index === hit.index && r.term === hit.term,
          )
        : rivalMeetings?.[hit.field].overlaps(hit.start, hit.end) ||
          reported.some((r) => r.field === hit.field && r.start < hit.end && hit.start < r.end)
    )
      continue;
    reported.push(hit);
  }
  reported.forEach((hit) => {
    ctx.report({
      messageId: "mention",
      data: { brand: shortened.get(hit) ?? hit.term, text: hit.text, place: placeOf(draft, hit) },
      evidence: hitEvidence(hit),
    });
  });
}

// Round 20: the short-name rule lives in short-forms.ts; re-exported for the detection kinds.
export { bareShortFormMayBeBrand, restIsTradeWord, shortFormsOf } from "./short-forms";
