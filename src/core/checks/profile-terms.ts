/**
 * Profile term lists (competitors, refused billing phrases, avoided topics) matched in ONE pass
 * per draft for all recipients and all lists: the matcher is built from the union of every
 * recipient's terms (cached by content), each hit carries which lists it belongs to, and each
 * check keeps the hits of its recipient's own list. Ten recipients from ten organisations cost
 * one scan of the body, not ten.
 */
import type { AnalysedDraft } from "../analysis";
import type { ClientProfile } from "../profile";
import { TermMatcher } from "../text";
import type { CheckContext, CheckRecipient } from "./context";
import { oncePerRecipients, textFields, type TermHit } from "./helpers";
import { topicTerms } from "./topic-senses";

export type TermListKind = "competitors" | "bannedBillingPhrases" | "avoidTopics";

/**
 * The terms a topic list stands for, each tagged with the topic it came from: the topic itself,
 * the words people write about it, and its names (topic-senses.ts, where avoided-topic judges
 * which of them are meant in the client's sense).
 */
export function expandTopics(topics: readonly string[]): { term: string; topic: string }[] {
  const result: { term: string; topic: string }[] = [];
  for (const topic of topics) {
    for (const { term } of topicTerms(topic)) result.push({ term, topic });
  }
  return result;
}

/** The terms of one list of a profile (topics expanded). */
export function termsOf(profile: ClientProfile, kind: TermListKind): string[] {
  if (kind === "avoidTopics") return expandTopics(profile.avoidTopics).map((e) => e.term);
  return [...profile[kind]];
}

const KINDS: readonly TermListKind[] = ["competitors", "bannedBillingPhrases", "avoidTopics"];

interface SharedHit extends Omit<TermHit, "term"> {
  /** `${kind}\u0000${term}` of every entry that accepted the hit. */
  keys: string[];
}

const matcherCache = new Map<string, TermMatcher<string>>();
const MAX_CACHED_MATCHERS = 100;

/**
 * The matcher for a sorted list of `${kind}\u0000${term}` keys, cached by the list (`cacheKey`
 * names the keys and the attributive ones).
 */
function sharedMatcher(
  keys: readonly string[],
  attributive: ReadonlySet<string>,
  cacheKey: string,
): TermMatcher<string> {
  let matcher = matcherCache.get(cacheKey);
  if (!matcher) {
    matcher = new TermMatcher(
      keys.map((key) => ({
        term: key.slice(key.indexOf("\u0000") + 1),
        data: key,
        // A refused entry is refused in every form it is written: "reviews of file",
        // "Prepared correspondence", "prep. of corresp." (inflections.ts).
        inflect: key.startsWith("bannedBillingPhrases\u0000"),
        // A plural topic as the client wrote it ("unions") counts in the singular before a noun
        // ("the union rep"); the words about it count as they are written.
        attributive: attributive.has(key),
      })),
    );
    if (matcherCache.size >= MAX_CACHED_MATCHERS) matcherCache.clear();
    matcherCache.set(cacheKey, matcher);
  }
  return matcher;
}

/** Every recipient's list entries as sorted keys. */
interface TermKeys {
  keys: string[];
  /** The keys of topics as the clients wrote them (TermEntry.attributive). */
  attributive: Set<string>;
  /** The keys joined: the matcher cache's key. */
  id: string;
  /** The draft memo's key, made once: a long key built anew per call is hashed anew each time. */
  memoKey: string;
  /**
   * Each recipient's own entries of each list: key → the term as their profile spells it. Made
   * here with the keys, so a check asking for a recipient's hits builds no key again.
   */
  own: Map<CheckRecipient, OwnEntries>;
}

type OwnEntries = Record<TermListKind, Map<string, string>>;

/** TermKeys with each recipient's entries by position, as cached across evaluations. */
interface CachedTermKeys {
  keys: string[];
  attributive: Set<string>;
  id: string;
  memoKey: string;
  own: (OwnEntries | undefined)[];
}

const termKeysCache = new Map<string, CachedTermKeys>();
const MAX_CACHED_TERM_KEYS = 100;

/**
 * Every recipient's list entries as sorted keys, worked out once per evaluation, and kept for
 * the next evaluation with the same lists: the send handler checks the same recipients again
 * and again, and expanding topics, making the keys and sorting them cost more than finding the
 * terms in a short message. Cached by the lists as written, so a profile edited in place is
 * never answered from the cache.
 */
function termKeys(recipients: readonly CheckRecipient[]): TermKeys {
  return oncePerRecipients(recipients, "term-keys", () => {
    const signature = listsSignature(recipients);
    let cached = termKeysCache.get(signature);
    if (!cached) {
      cached = makeTermKeys(recipients);
      if (termKeysCache.size >= MAX_CACHED_TERM_KEYS) termKeysCache.clear();
      termKeysCache.set(signature, cached);
    }
    const own = new Map<CheckRecipient, OwnEntries>();
    recipients.forEach((recipient, i) => {
      const entries = cached.own[i];
      if (entries) own.set(recipient, entries);
    });
    const { keys, attributive, id, memoKey } = cached;
    return { keys, attributive, id, memoKey, own };
  });
}

/**
 * The recipients' three lists as written, in order: what termKeys' result depends on. Each entry
 * is written with its length, so no text in a list can make two different lists read alike.
 */
function listsSignature(recipients: readonly CheckRecipient[]): string {
  const parts: string[] = [];
  for (const recipient of recipients) {
    const profile = recipient.profile;
    if (!profile) {
      parts.push("-");
      continue;
    }
    for (const kind of KINDS) {
      const list = profile[kind];
      parts.push(`[${list.length}`);
      for (const term of list) parts.push(`${term.length}:`, term);
    }
  }
  return parts.join("");
}

function makeTermKeys(recipients: readonly CheckRecipient[]): CachedTermKeys {
  const keys = new Set<string>();
  const attributive = new Set<string>();
  const own = recipients.map((recipient) => {
    if (!recipient.profile) return undefined;
    const lists = {} as OwnEntries;
    for (const kind of KINDS) {
      const entries = new Map<string, string>();
      for (const term of termsOf(recipient.profile, kind)) {
        const key = `${kind}\u0000${term}`;
        entries.set(key, term);
        keys.add(key);
      }
      lists[kind] = entries;
    }
    for (const topic of recipient.profile.avoidTopics) {
      const exact = topicTerms(topic)[0];
      if (exact?.role === "exact") attributive.add(`avoidTopics\u0000${exact.term}`);
    }
    return lists;
  });
  const sorted = [...keys].sort();
  const id = `${sorted.join("\u0001")}\u0002${[...attributive].sort().join("\u0001")}`;
  return { keys: sorted, attributive, id, memoKey: `profile-terms:${id}`, own };
}

/** The shared hits, and where each list entry's hits are among them. */
interface SharedHits {
  hits: SharedHit[];
  /** `${kind}\u0000${term}` → indices into `hits` (ascending) of the hits that entry accepted. */
  byKey: Map<string, number[]>;
}

const NO_HITS: SharedHits = { hits: [], byKey: new Map() };

function sharedHits(ctx: CheckContext, terms: TermKeys): SharedHits {
  const draft: AnalysedDraft = ctx.draft;
  const { keys, id, memoKey } = terms;
  if (keys.length === 0) return NO_HITS;
  // Keyed by the terms, so an analysed draft can be checked again for other recipients.
  return draft.memo(memoKey, () =>
    indexByKey(findSharedHits(draft, sharedMatcher(keys, terms.attributive, id))),
  );
}

/** Files each hit under every list entry that accepted it. */
function indexByKey(hits: SharedHit[]): SharedHits {
  const byKey = new Map<string, number[]>();
  hits.forEach((hit, index) => {
    for (const key of hit.keys) {
      const indices = byKey.get(key);
      if (indices) indices.push(index);
      else byKey.set(key, [index]);
    }
  });
  return { hits, byKey };
}

function findSharedHits(draft: AnalysedDraft, matcher: TermMatcher<string>): SharedHit[] {
  const hits: SharedHit[] = [];
  for (const field of textFields(draft)) {
    for (const match of matcher.findAll(field.scan)) {
      hits.push({
        field: field.field,
        start: match.start,
        end: match.end,
        text: field.text.slice(match.start, match.end),
        keys: match.allData,
      });
    }
  }
  for (const attachment of draft.attachments) {
    for (const match of matcher.findAll(attachment.name)) {
      hits.push({
        field: "attachment",
        index: attachment.index,
        start: match.start,
        end: match.end,
        text: match.text,
        keys: match.allData,
      });
    }
  }
  // A link whose address names a term, when its visible text does not already. The visible
  // hits are sorted and do not overlap: one walk along them serves every link.
  const body = draft.body;
  const visible = hits.filter((hit) => hit.field === "body");
  const unnamed: typeof body.links = [];
  let next = 0;
  for (const link of body.links) {
    while (next < visible.length && visible[next]!.end <= link.start) next++;
    const hit = visible[next];
    if (!hit || hit.start >= link.end) unnamed.push(link);
  }
  const found = matcher.findEach(unnamed.map((link) => link.href));
  unnamed.forEach((link, i) => {
    for (const match of found[i]!) {
      hits.push({
        field: "body",
        href: link.href,
        start: link.start,
        end: link.end,
        text: body.text.slice(link.start, link.end),
        keys: match.allData,
      });
    }
  });
  return hits;
}

/**
 * Hits of this recipient's own list of `kind`, with the term as their profile spells it. Only the
 * hits their own entries accepted are visited (through the index by entry), so fifty recipients
 * with long lists do not each walk every recipient's hits.
 */
export function findProfileTerms(ctx: CheckContext, kind: TermListKind): TermHit[] {
  if (!ctx.profile) return [];
  const terms = termKeys(ctx.recipients);
  // The recipient's entries as termKeys made them (a recipient the engine did not list, as a
  // test may pass, gets them made here).
  const own =
    (ctx.recipient.profile === ctx.profile ? terms.own.get(ctx.recipient)?.[kind] : undefined) ??
    new Map(termsOf(ctx.profile, kind).map((term) => [`${kind}\u0000${term}`, term]));
  if (own.size === 0) return [];
  const { hits, byKey } = sharedHits(ctx, terms);
  const lists: number[][] = [];
  for (const key of own.keys()) {
    const indices = byKey.get(key);
    if (indices) lists.push(indices);
  }
  // In the order of the shared hits, each once (a hit may be accepted by several entries).
  let indices = lists[0] ?? [];
  if (lists.length > 1) {
    const union = new Set<number>();
    for (const list of lists) for (const index of list) union.add(index);
    indices = [...union].sort((a, b) => a - b);
  }
  const result: TermHit[] = [];
  const seen = new Set<string>();
  for (const index of indices) {
    const hit = hits[index]!;
    const key = hit.keys.find((k) => own.has(k))!;
    // One link may name a term several times in its address: one finding is enough. (Other
    // hits never share a place: the matcher's hits in a text do not overlap.)
    if (hit.href !== undefined) {
      const id = `${hit.field}:${hit.index ?? ""}:${hit.start}:${hit.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
    }
    result.push(ownHit(hit, own.get(key)!));
  }
  return result;
}

/**
 * A shared hit as a recipient's: its fields but the keys, and the term as the recipient wrote it
 * (written out rather than copied by rest and spread: one hit per term per recipient). A field
 * added to TermHit must be copied here too.
 */
function ownHit(hit: SharedHit, term: string): TermHit {
  const { field, start, end, text } = hit;
  const own: TermHit = { field, start, end, text, term };
  if (hit.index !== undefined) own.index = hit.index;
  if (hit.href !== undefined) own.href = hit.href;
  return own;
}
