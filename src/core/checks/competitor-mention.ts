import type { AnalysedDraft } from "../analysis";
import type { TextField } from "../finding";
import { OverlapIndex } from "../text";
import type { CheckContext, CheckMeta } from "./context";
import { channelProposals, platformMentions } from "./channel-proposals";
import { fieldOf, hitEvidence, placeOf, type TermHit } from "./helpers";
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

/**
 * Brands that are also everyday words ("zoom in on", "cut some slack", "a signal"): in prose
 * they count only when capitalised mid-sentence or written in capitals; in links and
 * attachment names they always count.
 */
const EVERYDAY_WORDS = new Set([
  "zoom",
  "slack",
  "signal",
  "meet",
  "apple",
  "shell",
  "target",
  "gap",
  "dove",
  "tide",
  "subway",
  "visa",
  "oracle",
  "box",
  "square",
  "delta",
  "amazon",
  "jaguar",
  "puma",
  "mars",
  "orange",
  "sky",
  "sun",
  "gateway",
  "corona",
  "monster",
  "caterpillar",
]);

/** Weekday abbreviations ("Sun, 8 Sep 2002") are dates, not brands. */
const DATE_AFTER = /^,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Words around an everyday-word brand that show the brand is meant: "to Slack", "Zoom's", "Zoom call". */
const BRAND_BEFORE =
  /\b(?:on|via|over|using|use|uses|used|with|from|at|to|by|and|or|like|than|vs\.?|versus|of|about|for)\s+$/i;
const BRAND_AFTER =
  /^(?:['’]s\b|\s+(?:call|calls|meeting|meetings|link|links|app|account|video|communications|inc|ltd|llc|corp|corporation|webinar|room|chat|workspace|channel|message|messages|is|has|was|announced|reported|said|shares|stock)\b)/i;

/** The word without a plural or possessive ending, when it is one of EVERYDAY_WORDS. */
function everydayBase(word: string): string | undefined {
  for (const ending of /['\u2019]s$/.test(word) ? [2] : [0, 1, 2]) {
    const base = word.slice(0, word.length - ending);
    if (EVERYDAY_WORDS.has(base.toLowerCase())) return base;
  }
  return undefined;
}

function isEverydayWordUse(hit: TermHit, text: string): boolean {
  const core = everydayBase(hit.text);
  if (core === undefined) return false;
  // Part of an address ("zoom.us", "www.slack.com"): the brand, whatever the case.
  // (One character each side: a pattern anchored at the end of all the text before the hit
  // scanned that whole text for every hit.)
  if (
    /[./@]/.test(text[hit.start - 1] ?? "") ||
    /^\.[a-z]/i.test(text.slice(hit.end, hit.end + 2))
  ) {
    return false;
  }
  if (core[0] !== core[0]?.toUpperCase()) return true;
  // Capitalised (or in capitals): a brand only where the words around say so.
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  const after = text.slice(hit.start + core.length, hit.start + core.length + 20);
  // "The Sun and The Express": a title; "Sun, 8 Sep": a date.
  if (/\bThe\s+$/.test(before) || DATE_AFTER.test(after)) return true;
  return !(BRAND_BEFORE.test(before) || BRAND_AFTER.test(after));
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
    if (!hit.href && hit.field !== "attachment") {
      const field = fieldOf(draft, hit.field);
      if (
        isEverydayWordUse(hit, field.text) ||
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
