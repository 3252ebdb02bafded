import type { AnalysedDraft, AnalysedField } from "../analysis";
import type { TextField } from "../finding";
import type { CheckContext, CheckMeta } from "./context";
import { channelProposals, platformMentions } from "./channel-proposals";
import { isCommonWord, OverlapIndex } from "../text";
import { fieldOf, hitEvidence, linesOf, placeOf, textFields, type TermHit } from "./helpers";
import { invitationMeetings } from "./invitation";
import { findProfileTerms } from "./profile-terms";

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
 * After a brand that is also a word, what makes it the company or its product: a corporate
 * suffix, a possessive, "-branded", a store, shares, an app, a card; or, at the start of a
 * sentence, a verb a company does things with ("Discover has launched", "Shell announced").
 */
const BRAND_AFTER =
  /^(?:['’]s\b|-?branded\b|\s+(?:inc|corp|corporation|ltd|limited|plc|llc|group|holdings|co|company|international|stores?|shops?|outlets?|stations?|forecourts?|app|apps|platform|account|accounts|cards?|calls?|meetings?|links?|video|webinars?|rooms?|chats?|workspaces?|channels?|messages?|folders?|subscriptions?|licen[cs]es?|integrations?|shares|share price|stock|brand|brands|products?|customers|users|subscribers|network|website|site|\.com)\b)/i;
const SUBJECT_VERB =
  /^\s+(?:has|have|had|is|was|were|are|announced|said|says|reported|agreed|launched|signed|filed|confirmed|acquired|bought|sold|plans|intends|wants|offers|sells|owns|declined|refused|posted|told|stated|opposed|sued|won|lost|will|would|could|may|might|must|should|can|did|does)\b/i;
/** Before a brand: a word that makes it a defined term or an ordinary noun ("the Target"). */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|that|these|those|our|your|their|its|my|his|her|each|every|any|no)\s+$/i;
/** A person's title or an initial before a word makes it a name: "Ms Fox", "J. Ford". */
const TITLE_BEFORE =
  /\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|judge|justice|hon|rev|father|sister|[a-z])\.?\s+$/i;
/** After a word, a noun that makes it a place: "Dove Cottage", "Berkeley Square". */
const PLACE_AFTER =
  /^\s+(?:cottage|house|hall|manor|road|rd|street|st|lane|ln|avenue|ave|way|drive|close|court|place|square|gardens|terrace|crescent|park|green|hill|valley|river|bridge|bay|island|lake|village|farm|wood|forest|estate|county|city|town|basin|station)\b/i;

/**
 * A name used as something else: a place ("the Amazon basin", "Tesco Road"), or a common noun
 * in lower case, plural or after a determiner ("mail to news gateways", "the oracle on …"): a
 * name is written neither way.
 */
function isOtherUseOfName(text: string, hit: TermHit): boolean {
  const core = coreOf(hit);
  if (core !== hit.text) return false;
  if (PLACE_AFTER.test(text.slice(hit.end, hit.end + 24))) return true;
  const term = hit.term.trim();
  if (/\s/.test(term) || hit.text !== hit.text.toLowerCase()) return false;
  // In lower case after a determiner, a common noun: "the clover", "an alpha helix" is not;
  // "the oracle on the Colorado rules" is.
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) return true;
  return hit.text.length > term.length && /s$/.test(hit.text);
}

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
      // Written as a word: "Target", "tide"; not an acronym ("AWS") or a coined "FedEx".
      words.every((w) => /^[A-Za-z][a-z]+$/.test(w) && isCommonWord(w));
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

/** Whether [start] begins a sentence, a line, a list item, a quotation or a heading. */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return (
    before.trim() === "" || /(?:^|[.!?:;]\s*|\n\s*(?:[-•*·–]|\d+[.)])?\s*|["“‘([]\s*)$/.test(before)
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
function isOrdinaryUse(draft: AnalysedDraft, field: AnalysedField, hit: TermHit): boolean {
  const text = field.text;
  const core = coreOf(hit);
  // A host's name in an address ("target.com", "www.slack.com", "ap@gap.example"): the brand,
  // whatever the case. Not a path or a file name ("…/fark/sun.gif"): there it is a word.
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
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  if (DETERMINER_BEFORE.test(before)) return !BRAND_AFTER.test(after) || /^['’]s/.test(after);
  const previous = wordBefore(text, hit.start);
  // "Orinoco Residential Gateway", "the Big Apple": the word ends another proper name.
  if (
    /^ $/.test(previous.gap) &&
    /^[A-Z][a-z]+$/.test(previous.word) &&
    isCommonWord(previous.word) &&
    !startsSentence(text, hit.start - previous.word.length - 1) &&
    !BRAND_AFTER.test(after)
  )
    return true;
  if (/\b(?:the|a|an)\s+[A-Z][a-z]+\s+$/.test(before)) return !BRAND_AFTER.test(after);
  if (TITLE_BEFORE.test(before) || PLACE_AFTER.test(after)) return true;
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
    if (!isCommonWord(next) && !BRAND_AFTER.test(after)) return true;
  }
  const allCaps = core.length > 1 && core === core.toUpperCase();
  if (BRAND_AFTER.test(after)) return false;
  const line = lineAround(draft, field, hit.start);
  if (allCaps) return inCapitals(line, core);
  if (inTitleCase(line)) return !SUBJECT_VERB.test(after);
  // "Slack Connect …" opening a sentence: the brand and its product, a name of two words.
  if (startsSentence(text, hit.start))
    return !SUBJECT_VERB.test(after) && !/^\s+[A-Z][a-z]+\b/.test(after);
  return false;
}

/** A brand that is also a word counts in an address only as its host's name: "gap.com". */
function namesHost(href: string, term: string): boolean {
  const host =
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i.exec(
      href.replace(/^mailto:/i, ""),
    )?.[1] ?? "";
  const labels = host.toLowerCase().split(/[.-]/);
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

export function check(ctx: CheckContext): void {
  const competitors = ctx.profile?.competitors ?? [];
  if (competitors.length === 0) return;
  const { draft } = ctx;
  const platform = ctx.profile?.meetingPlatform;
  // A rival platform's link or name is the meeting-platform check's finding; one is enough.
  const rivalMeetings = platform ? rivalMeetingsOf(draft, platform) : undefined;
  for (const hit of findProfileTerms(ctx, "competitors")) {
    if (hit.field !== "attachment" && rivalMeetings?.[hit.field].overlaps(hit.start, hit.end)) {
      continue;
    }
    const ordinary = isOrdinaryWordBrand(hit.term);
    if (hit.href !== undefined) {
      if (ordinary && !namesHost(hit.href, hit.term)) continue;
    } else if (hit.field === "attachment") {
      // In a file name a capital marks a name ("Box_Services_Agreement.pdf"); "gap analysis.xlsx"
      // is the word.
      const name = draft.attachments[hit.index ?? 0]?.name ?? "";
      const after = name.slice(hit.end, hit.end + 24);
      const core = coreOf(hit);
      if (ordinary && core[0] === core[0]?.toLowerCase() && !BRAND_AFTER.test(after)) continue;
    } else {
      const field = fieldOf(draft, hit.field);
      if (
        (ordinary ? isOrdinaryUse(draft, field, hit) : isOtherUseOfName(field.text, hit)) ||
        isDefinedAbbreviation(hit, field.text) ||
        isOtherSense(hit, field.text)
      ) {
        continue;
      }
    }
    ctx.report({
      messageId: "mention",
      data: { brand: hit.term, text: hit.text, place: placeOf(draft, hit) },
      evidence: hitEvidence(hit),
    });
  }
}
