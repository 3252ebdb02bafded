/**
 * listen(): the preferences a client states about themselves or their organisation in a message
 * they sent, as suggested changes to their profiles. Precision first: every candidate a
 * recogniser hears goes through the same refusals (questions, conditions and counterfactuals,
 * one-offs, reports of the past, someone else's preference), and is attributed to the sender's
 * own profile or their organisation's by what the clause says ("I", "we", "anyone here").
 */
import {
  domainWords,
  isOwnName,
  isOwnWord,
  organisationWords,
  withClientNameHeads,
} from "./own-organisation";
import { unicodeDomain } from "../domain-names";
import {
  addressKeys,
  coveringKeys,
  indexProfiles,
  mergeProfiles,
  MEETING_PLATFORMS,
  normaliseAddress,
  normaliseChannel,
  type ClientProfile,
} from "../profile";
import {
  aimedAtSomeoneElse,
  askedToPassOn,
  channelForSomeoneNamed,
  conditionFacts,
  isHeadlineSentence,
  isOneOff,
  isPastReport,
  isReaderReported,
  isTakenBack,
  isStanding,
  saidForAnyTime,
  isTemporary,
  isWithdrawal,
  opensWithTemporary,
  outlastsOccasion,
  mentions,
  ONE_OFF,
  opensWithOtherParty,
  passedOnFor,
  reportedFromOther,
  taggedAfter,
  quotesReaderRules,
  someoneElseWishes,
  questionKind,
  subjectOf,
  ownOfficerPronoun,
  type Holder,
} from "./clause-facts";
import { type Register, registersOf } from "./register";
import {
  bodyAsks,
  bodyIsSubject,
  cadenceForOrganisation,
  officerRule,
  otherBodyIsSubject,
  sharedCadence,
  receivingWeForOrganisation,
  timedToOwnMeeting,
  writerOwnUse,
  writerUnsaid,
} from "./cadence-holder";
import { bareRefusal, skeletonOf } from "./lexicon";
import { readMessage, type ReadMessage } from "./message";
import { isPersonalMailDomain } from "./personal-mail";
import { clauseContext, type Candidate, type ClauseContext, type Recogniser } from "./recogniser";
import { recogniseAnswers } from "./recognisers/answers";
import { recogniseChannels, withoutPlatformLacked } from "./recognisers/channels";
import { recogniseConfirmations } from "./recognisers/confirmations";
import {
  isInvoiceDetail,
  recogniseBillingDetail,
  recogniseRefusedEntries,
} from "./recognisers/billing";
import { recogniseEntertainment } from "./recognisers/entertainment";
import { recogniseCompetitors, recogniseTopics } from "./recognisers/mentions";
import { avoidedNamesNowAsked, recogniseNames, withCapitalsCorrected } from "./recognisers/names";
import { recognisePractice } from "./recognisers/practice";
import { recogniseStatusUpdates } from "./recognisers/status-updates";
import { aimedAt, atFirm, principalOf, relayView } from "./relay";

import { headOf } from "./annotated";
import { withExclusionLifted } from "./polarity";
import { isWordOfFullName, refusedOutright } from "./name-guard";
import { LONGEST_CLAUSE, type Clause, type Sentence } from "./sentences";
import { SERVED_PEOPLE } from "./third-parties";
import { verblessWish } from "./verbless";
import { liftsSomething, NEED_GONE } from "./lifting";
import { hearWithdrawals } from "./withdrawals";
import {
  SINGLE_VALUE_FIELDS,
  type ClientMessage,
  type ListenField,
  type Suggestion,
} from "./types";

const RECOGNISERS: readonly Recogniser[] = [
  recogniseAnswers,
  recogniseChannels,
  recogniseNames,
  recogniseBillingDetail,
  recogniseRefusedEntries,
  recogniseCompetitors,
  recogniseTopics,
  recogniseEntertainment,
  recogniseStatusUpdates,
  recognisePractice,
];

/**
 * What one clause's words say, before any guard judges them: every recogniser's candidates; when
 * none hears anything, a wish with no verb (round 18: "Not WhatsApp.", "please, just Hiroshi",
 * verbless.ts); then a value on file confirmed without a wish verb (round 24, confirmations.ts),
 * after the wishes so that it never stands in for the verbless reading. Exported for the
 * analysis scripts, which must read a clause exactly as listening does.
 */
export function clauseCandidates(context: ClauseContext): Candidate[] | undefined {
  let candidates: Candidate[] | undefined;
  for (const recognise of RECOGNISERS) {
    const heard = recognise(context);
    if (heard.length > 0) (candidates ??= []).push(...heard);
  }
  candidates ??= verblessWish(context, RECOGNISERS);
  const confirmed = recogniseConfirmations(context);
  return confirmed.length > 0 ? [...(candidates ?? []), ...confirmed] : candidates;
}

/** A name is always the person's own: a policy line never puts one on the organisation. */
const NAME_FIELDS: ReadonlySet<ListenField> = new Set(["preferredName", "fullName", "avoidNames"]);

/** Fields usually the organisation's: a personal restatement of the organisation's wish adds nothing. */
const ORG_FIELDS: ReadonlySet<ListenField> = new Set([
  "billingDetail",
  "bannedBillingPhrases",
  "competitors",
  "meetingPlatform",
  "entertainment",
]);

/** Fields that describe one person: someone else's say-so never fills them. */
const PERSONAL_FIELDS: ReadonlySet<ListenField> = new Set([
  "preferredName",
  "fullName",
  "avoidNames",
  "preferredChannels",
  "avoidChannels",
  "statusUpdates",
  "entertainment",
  "avoidTopics",
]);

/**
 * Fields whose preference keeps its sense under an open condition: "if your firm's ever got
 * tickets, count me in"; "when the team changes, we won't pay for 'familiarisation'".
 */
const CONDITIONS_ALLOWED: ReadonlySet<ListenField> = new Set([
  "entertainment",
  "bannedBillingPhrases",
]);

/**
 * Round 37: the ways of reaching the writer, which keep their sense when the condition is the
 * contact itself ("If you need me, the best way to catch me is WhatsApp").
 */
const CONTACT_FIELDS: ReadonlySet<ListenField> = new Set([
  "preferredChannels",
  "avoidChannels",
  "meetingPlatform",
]);

interface MessageState {
  /** Words of the sender's organisation's name, from their domain ("nordhavn", "wind"). */
  orgWords: ReadonlySet<string>;
  /** The sender's stored profiles, unmerged: where the firm already keeps each field for them. */
  stored: { self?: ClientProfile; org?: ClientProfile };
  /** Whose the last statement on each subject was: one that does not say is theirs too. */
  last: Map<string, "self" | "org">;
  /** The register each sentence stands in (register.ts), read once. */
  registers?: Register[];
  /**
   * Round 19: the principal's words an assistant relays ("Madame asks that…"): a wish that says
   * nothing of whose is the principal's own, not their organisation's by the field's default.
   */
  relayed?: boolean;
}

/** The first name a person signs with: their display name's first word, else their address's. */
function givenNameOf(person: { address: string; name?: string }): string {
  const fromName = person.name?.trim().split(/[\s,]+/)[0];
  return (fromName || person.address.split("@")[0]!.split(/[._-]/)[0]!).toLowerCase();
}

/**
 * Whether the delegate, not the principal, signs a message sent from the principal's mailbox:
 * the delegate's first name among the sign-off's words and the principal's not.
 */
function signedByDelegate(
  message: ClientMessage,
  delegate: { address: string; name?: string },
): boolean {
  const words = new Set(
    readMessage(message, [])
      .signOffNames.flatMap((name) => name.toLowerCase().split(/[\s,.]+/))
      .filter(Boolean),
  );
  return words.has(givenNameOf(delegate)) && !words.has(givenNameOf(message.from));
}

/** What the engine read of a message: the second opinion's context (scripts/learn/listen-gate-reader.ts contextOf). */
export interface HeardFrom {
  read: ReadMessage & { namesOnFile: readonly string[] };
  /** Who wrote the words: the sender, or the delegate who signs them. */
  writer: { address: string; name?: string };
  delegated: boolean;
}

/**
 * The preferences `message` states, as suggestions for the sender's profile or their
 * organisation's, each marked alreadyKnown when `profiles` already hold it.
 */
export function listen(
  message: ClientMessage,
  profiles: Iterable<ClientProfile> | ReadonlyMap<string, ClientProfile>,
  /**
   * Round 35: where to put what the engine read, for the learning scripts (scripts/learn/listen-gate-reader.ts
   * contextOf). A learned second opinion would gate the result here, the one place the CLI, the
   * task pane and the corpus share; measured leave-one-set-out it removed at least as many rights
   * as wrongs at every threshold, so it is not wired (docs/listen.md, A second opinion).
   */
  out?: { from?: HeardFrom },
  /**
   * Harm audit 48a, finding 2: the firm's own domains (the policy's internalDomains and the
   * mailbox's own). Nobody there is a principal or a target, and no suggestion is for them.
   */
  options: { firmDomains?: readonly string[] } = {},
): Suggestion[] {
  const firmDomains = options.firmDomains ?? [];
  // Sent by a delegate from someone else's mailbox ("Jo Bright on behalf of Sam Hale"). The words
  // are the principal's, as Outlook shows them, unless the delegate signs them: an assistant who
  // signs "Jo" writes for Mr Hale (relay.ts); one who sends "…, Sam" writes as him.
  const delegated =
    message.sender &&
    normaliseAddress(message.sender.address) !== normaliseAddress(message.from.address) &&
    signedByDelegate(message, message.sender);
  const written = delegated ? { ...message, from: message.sender! } : message;
  const byKey =
    profiles instanceof Map ? profiles : indexProfiles(profiles as Iterable<ClientProfile>);
  // Round 19: the organisation's name on file names its people too ("Cabot staff may not …").
  const [writerKey, writerOrgKey] = listeningKeys(written.from.address, byKey);
  const writerKeys = [writerKey, writerOrgKey];
  const clientNames = writerKeys
    .map((key) => byKey.get(key)?.clientName?.trim())
    .filter((name): name is string => !!name);
  // Round 28 (analysis-lh25 D): the writer's names on file are forms of their own name too
  // ("Nobody calls me Toby" from TJ Okafor, whose profile says Tobenna Okafor).
  const own = byKey.get(writerKey);
  const namesOnFile = [own?.fullName, own?.preferredName].filter(
    (name): name is string => typeof name === "string" && name.trim() !== "",
  );
  const rivalsOnFile = writerKeys.flatMap((key) => byKey.get(key)?.competitors ?? []);
  const read = {
    ...readMessage(written, clientNames),
    namesOnFile,
    competitorsOnFile: rivalsOnFile,
  };
  if (out) out.from = { read, writer: written.from, delegated: !!delegated };
  if (read.automatic || !read.sender.address.includes("@")) return [];
  // Who the writer speaks for, when they say so and the person's address is known (relay.ts).
  const principal = principalOf(
    read,
    written,
    byKey.values(),
    delegated ? message.from : undefined,
    firmDomains,
  );
  const view = principal ? relayView(read, principal) : undefined;
  // Round 16: a colleague a refusal is aimed at ("please stop calling Darren", Darren in Cc).
  const target = aimedAt(read, written, firmDomains);
  const aimed = target && target.key !== principal?.key ? relayView(read, target, true) : undefined;
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  // Round 17: avoided words of the full name on file, not refused outright ("profile\nvalue").
  const ownNameWords = new Set<string>();
  hear(
    read,
    byKey,
    suggestions,
    seen,
    ownNameWords,
    (clause) => !view?.clauses.has(clause) && !aimed?.clauses.has(clause),
  );
  for (const other of [view, aimed]) {
    if (!other) continue;
    const theirs = new Set([...other.clauses].map((c) => c.start));
    // A clause the writer's principal and a colleague both claim is the principal's.
    const taken = other === aimed ? new Set([...(view?.clauses ?? [])].map((c) => c.start)) : null;
    hear(
      other.read,
      byKey,
      suggestions,
      seen,
      ownNameWords,
      (clause) => theirs.has(clause.start) && clause.text !== "" && !taken?.has(clause.start),
      other === view,
    );
  }
  // Round 17: an avoided word of the client's own full name needs another form asked for beside it.
  const kept = withoutOwnNameWords(suggestions, ownNameWords);
  suggestions.length = 0;
  suggestions.push(...kept);
  // A name asked for that is on file as one to avoid: its removal too (names.ts).
  suggestions.push(...avoidedNamesNowAsked(suggestions, byKey));
  withCapitalsCorrected(suggestions, byKey);
  return withoutInvoiceTopics(
    withoutPersonalCopies(
      oneSetPerField(
        competitorsOnFile(
          withoutPlatformLacked(
            withoutContradicted(
              withoutPermissionAfterLift(withoutLiftedRestated(suggestions, read)),
              read,
            ),
            PLATFORM_CHANNELS,
            read.sentences.map((sentence) => sentence.text),
          ),
          byKey,
        ),
      ),
    ),
  ).filter((s, _, all) => !staleConfirmation(s, all) && !atFirm(s.profile, firmDomains));
}

/**
 * Round 27 (analysis-lh24 J): a single-valued field's value on file, "confirmed" in a message that
 * sets another value of it for the same profile, is the old value named while changing it (or
 * denied: "whoever told you we don't do hospitality…"), not a confirmation: the new value stands.
 */
function staleConfirmation(s: Suggestion, all: readonly Suggestion[]): boolean {
  if (s.op !== "set" || !s.alreadyKnown || !SINGLE_VALUE_FIELDS.has(s.field)) return false;
  return all.some(
    (o) =>
      o.op === "set" &&
      !o.alreadyKnown &&
      o.profile === s.profile &&
      o.field === s.field &&
      o.value.toLowerCase() !== s.value.toLowerCase(),
  );
}

/**
 * The organisation's wish heard in this message and the same wish said with "me", in either order
 * ("Ironbark's invoices should be summary only… Stop sending me the time entries"; "I'm so sorry,
 * no more lunches, I'm afraid: our compliance team has changed the rules"): the person's profile
 * inherits the organisation's value, so the personal copy adds nothing and can be wrong. Round 22
 * (analysis-lh20 X_ORGDUP): the check looked only backwards, at what was heard before.
 */
function withoutPersonalCopies(suggestions: Suggestion[]): Suggestion[] {
  const organisations = new Set(
    suggestions
      .filter((s) => s.profile.startsWith("@"))
      .map((s) => `${s.field}\n${s.op}\n${s.value.toLowerCase()}`),
  );
  return suggestions.filter(
    (s) =>
      s.profile.startsWith("@") ||
      !ORG_FIELDS.has(s.field) ||
      s.op === "remove" ||
      !organisations.has(`${s.field}\n${s.op}\n${s.value.toLowerCase()}`),
  );
}

/** A topic that is the invoice's own detail is a billing wish, not a topic (billing.ts). */
function withoutInvoiceTopics(suggestions: Suggestion[]): Suggestion[] {
  return suggestions.filter((s) => s.field !== "avoidTopics" || !isInvoiceDetail(s.value));
}

// Round 19 (listen-19b, lh17 W2): two values for a single-valued field in one message, one said of
// the field's own thing ("Monthly status updates on the first working day") and one said of
// something else with a rhythm of its own ("The Teams calls only when something happens"): the
// second is not the field's. A value said of neither stays ("a short email every other Monday would
// be ideal", answering a question about updates), and so do two values both said of the field (a
// cadence scoped to a period, "daily during the window, weekly outside it"): "the later wins" was
// tried and lost four right suggestions on the dev corpus.
const FIELD_OWN: Partial<Record<ListenField, RegExp>> = {
  statusUpdates:
    /\b(?:updates?|updated|reports?|reporting|status|progress|summar(?:y|ies)|round-?ups?|briefings?|notes?)\b/i,
};
const FIELD_OTHER: Partial<Record<ListenField, RegExp>> = {
  statusUpdates: /\b(?:calls?|meetings?|hearings?|invoices?|bills?|visits?|payments?)\b/i,
};

/** A value for a single-valued field said of something else, beside one said of the field, dropped. */
function oneSetPerField(suggestions: Suggestion[]): Suggestion[] {
  const ownThing = new Set<string>();
  const key = (s: Suggestion) => `${s.profile}\n${s.field}`;
  const own = (s: Suggestion) => FIELD_OWN[s.field]?.test(s.quote) === true;
  const other = (s: Suggestion) => FIELD_OTHER[s.field]?.test(s.quote) === true;
  for (const s of suggestions) if (s.op === "set" && own(s)) ownThing.add(key(s));
  return suggestions.filter((s) => s.op !== "set" || own(s) || !other(s) || !ownThing.has(key(s)));
}

/**
 * Round 19 (listen-19b, lh17 W6): "Vantablack Interactive is still very much a no-go" read as a
 * topic to avoid, when the name is a competitor on file: the competitor confirmed, not a new topic.
 * The profile's lists are consulted before the field stands.
 */
function competitorsOnFile(
  suggestions: Suggestion[],
  byKey: ReadonlyMap<string, ClientProfile>,
): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const s of suggestions) {
    if (s.field === "avoidTopics" && s.op === "add") {
      const onFile = competitorsFor(byKey, s.profile).find(
        (c) => c.trim().toLowerCase() === s.value.trim().toLowerCase(),
      );
      if (onFile !== undefined) {
        const key = `${s.profile}\n${onFile.toLowerCase()}`;
        if (
          !seen.has(key) &&
          !suggestions.some(
            (o) =>
              o.field === "competitors" &&
              o.profile === s.profile &&
              o.value.toLowerCase() === onFile.toLowerCase(),
          )
        ) {
          seen.add(key);
          out.push({ ...s, field: "competitors", value: onFile, alreadyKnown: true });
        }
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** The competitors on file for `key`, with its organisation's when `key` is a person. */
function competitorsFor(byKey: ReadonlyMap<string, ClientProfile>, key: string): string[] {
  const own = byKey.get(key)?.competitors ?? [];
  const at = key.lastIndexOf("@");
  const org = at > 0 ? (byKey.get(key.slice(at))?.competitors ?? []) : [];
  return [...own, ...org];
}

/**
 * Round 17 (lh15 W8): an avoided name that is a word of the client's own full name on file stays
 * only when the message also asks for another form for the same person ("please call me Kate -
 * Katherine is for my passport", "address me as Mrs Ashcombe") or refuses it outright
 * (name-guard.ts): without either, the firm would be left with no name to use.
 */
function withoutOwnNameWords(
  suggestions: readonly Suggestion[],
  ownNameWords: ReadonlySet<string>,
): Suggestion[] {
  if (ownNameWords.size === 0) return [...suggestions];
  const asked = new Set(
    suggestions.filter((s) => s.field === "preferredName").map((s) => s.profile),
  );
  const kept = suggestions.filter(
    (s) =>
      !(
        s.field === "avoidNames" &&
        s.op === "add" &&
        ownNameWords.has(`${s.profile}\n${s.value}`) &&
        !asked.has(s.profile)
      ),
  );
  return kept;
}

/** The suggestions the clauses `mine` accepts state about `read`'s sender or organisation. */
function hear(
  read: ReadMessage,
  byKey: ReadonlyMap<string, ClientProfile>,
  suggestions: Suggestion[],
  seen: Set<string>,
  ownNameWords: Set<string>,
  mine: (clause: Clause) => boolean,
  relayed = false,
): void {
  const [personKey, orgKey] = listeningKeys(read.sender.address, byKey);
  const personal = isPersonalMailDomain(read.sender.domain);
  const state: MessageState = {
    orgWords: withClientNameHeads(
      organisationWords(unicodeDomain(read.sender.domain)),
      byKey.get(orgKey)?.clientName ?? byKey.get(personKey)?.clientName,
    ),
    stored: { self: byKey.get(personKey), org: byKey.get(orgKey) },
    last: new Map(),
    ...(relayed ? { relayed } : {}),
  };

  for (const sentence of read.sentences) {
    for (const clause of sentence.clauses) {
      if (clause.text.length > LONGEST_CLAUSE || !mine(clause)) continue;
      const context = clauseContext(read, sentence, clause);
      let candidates = clauseCandidates(context);
      // "We no longer ban WhatsApp", "you don't need to avoid Zoom": a refusal negated is a lift,
      // never an avoidance to add (withdrawals.ts removes one on file).
      if (candidates && REFUSAL_NEGATED.test(clause.text))
        candidates = candidates.filter((c) => c.field !== "avoidChannels");
      // "no need to keep X out of…", "don't feel you have to leave us off…" (polarity.ts).
      candidates = withExclusionLifted(clause.text, candidates);
      candidates = hearWithdrawals(
        context,
        candidates,
        state.stored,
        [personKey, orgKey],
        suggestions,
        (c, view) => judge(c, view, state, clauseFacts(view, state)),
      );
      if (!candidates) continue;
      // What the clause is (a question, a one-off, whose…) is the same for every candidate it
      // holds: read once, however many candidates a long list yields.
      const facts = clauseFacts(context, state);
      for (let candidate of candidates) {
        const holder = judge(candidate, context, state, facts);
        if (!holder) continue;
        const profile = personal || holder === "self" ? personKey : orgKey;
        if (candidate.confirmsOnly) {
          const onFile = heldValue(known(byKey, profile, personKey, orgKey), candidate);
          if (onFile === undefined) continue;
          candidate = { ...candidate, value: onFile };
        }
        const key = `${profile}\n${candidate.field}\n${candidate.value.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const quote = candidate.quote ?? { start: clause.start, end: clause.end };
        // Round 17: a word of the full name on file, not refused outright (name-guard.ts).
        if (
          candidate.field === "avoidNames" &&
          isWordOfFullName(candidate.value, state.stored.self?.fullName) &&
          !refusedOutright(clause.text, candidate.value)
        )
          ownNameWords.add(`${profile}\n${candidate.value}`);
        suggestions.push({
          profile,
          field: candidate.field,
          op: SINGLE_VALUE_FIELDS.has(candidate.field) ? "set" : "add",
          value: candidate.value,
          quote: read.text.slice(quote.start, quote.end),
          start: quote.start,
          end: quote.end,
          alreadyKnown: holds(
            known(byKey, profile, personKey, orgKey),
            candidate.field,
            candidate.value,
          ),
        });
      }
    }
  }
}

// Round 26 (analysis-lh23 §2 A, LIFTCONFIRM): a lift is heard as a lift. The lists a client can
// lift a value from; a wish for a channel is not kept out of anything.
const LIFTABLE: ReadonlySet<string> = new Set([
  "competitors",
  "bannedBillingPhrases",
  "avoidTopics",
  "avoidChannels",
  "avoidNames",
]);

/**
 * Round 26: what a sentence that lifts a value does not also say. A value it removes is not added
 * or confirmed in the same sentence ("'X' is no longer on the excluded list, so you can drop that
 * restriction": the second clause names the entry again); and a confirmation whose own words lift
 * something (lifting.ts liftsSomething: "so you can drop that restriction", "no need to keep
 * them out of the decks") is no confirmation, whether or not the lifted value could be read.
 */
function withoutLiftedRestated(suggestions: Suggestion[], read: ReadMessage): Suggestion[] {
  const sentenceOf = (s: Suggestion) =>
    read.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  const removed = suggestions
    .filter((s) => s.op === "remove")
    .map((s) => ({ s, sentence: sentenceOf(s), value: headOf(s.field, s.value).toLowerCase() }));
  return suggestions.filter((s) => {
    if (s.op === "remove" || !LIFTABLE.has(s.field)) return true;
    const value = headOf(s.field, s.value).toLowerCase();
    const sentence = sentenceOf(s);
    if (
      removed.some((r) => r.s.field === s.field && r.value === value && r.sentence === sentence)
    ) {
      return false;
    }
    return !(s.alreadyKnown && liftsSomething(s.quote));
  });
}

// Round 28 (analysis-lh25 B, LIFTPERMIT): a way of getting in touch the same message takes off the
// avoid list, then allowed ("the ban on Signal is gone, so Signal is fine for quick questions now",
// "we no longer bar texts. Feel free to text any of us"): the permission restates the lift and is
// no preference. A preference said in so many words stays ("calls are fine again – honestly the
// phone is the easiest way to reach me", "a quick call beats a long thread").
const PERMITTED =
  /\b(?:feel\s+free|(?:you're|you\s+are)\s+(?:very\s+|more\s+than\s+)?welcome\s+to|happy\s+for\s+you\s+to|(?:is|are|'s|’s)\s+(?:(?:now|also|still|absolutely|perfectly|totally|completely|all|quite)\s+)?(?:fine|grand|ok|okay|good|alright|all\s+right|acceptable|no\s+problem))\b/i;
const PREFERRED_IN_WORDS =
  /\b(?:best|easiest|quickest|simplest|fastest|prefer(?:red|ably|s)?|rather|beats?|better|easier|quicker|only|favourite|favorite|first\s+choice|ideal(?:ly)?)\b/i;

/** A channel allowed in the message that lifts its avoidance: the permission is no preference. */
function withoutPermissionAfterLift(suggestions: Suggestion[]): Suggestion[] {
  // The organisation's lift covers its people, and a person's lift their own wish.
  const where = (s: Suggestion) => {
    const head = headOf(s.field, s.value);
    return `${s.profile.slice(s.profile.lastIndexOf("@"))}\n${normaliseChannel(head) ?? head.trim().toLowerCase()}`;
  };
  const lifted = new Set(
    suggestions.filter((s) => s.field === "avoidChannels" && s.op === "remove").map(where),
  );
  if (lifted.size === 0) return suggestions;
  return suggestions.filter(
    (s) =>
      !(
        s.field === "preferredChannels" &&
        s.op === "add" &&
        lifted.has(where(s)) &&
        PERMITTED.test(s.quote) &&
        !PREFERRED_IN_WORDS.test(s.quote)
      ),
  );
}

// "Routine correspondence by email is still fine", "WhatsApp is OK for quick things": the writer
// says elsewhere in the message that the channel is fine, so a refusal of it was about something
// narrower (a kind of content, an occasion) and is not a standing one.
const STILL_FINE =
  /⟪C(\d+)⟫\s+(?:[\w-]+\s+){0,3}?(?:is|are|remains?)\s+(?:still\s+|perfectly\s+|absolutely\s+|completely\s+|totally\s+)?(?:fine|ok|okay|good|acceptable|welcome|no\s+problem)\b/gi;

function withoutContradicted(suggestions: Suggestion[], read: ReadMessage): Suggestion[] {
  if (!suggestions.some((s) => s.field === "avoidChannels")) return suggestions;
  const fine = new Set<string>();
  for (const sentence of read.sentences) {
    const skeleton = skeletonOf(sentence.text);
    if (skeleton.mentions.length === 0) continue;
    STILL_FINE.lastIndex = 0;
    for (let m = STILL_FINE.exec(skeleton.text); m; m = STILL_FINE.exec(skeleton.text)) {
      const mention = skeleton.mentions[Number(m[1])];
      // Not the sentence that refuses it: "X is fine, but never Y".
      if (mention && !/\b(?:not|never|don't|no)\b/i.test(m[0])) fine.add(mention.channel);
    }
  }
  if (fine.size === 0) return suggestions;
  return suggestions.filter(
    (s) => !(s.field === "avoidChannels" && s.op === "add" && fine.has(s.value)),
  );
}

/**
 * The person's and the organisation's profile keys a message's suggestions are filed under, by
 * the rule lookups match with (profile.ts coveringKeys, harm audit 49b): the stored person profile
 * that covers the address (the exact address before its untagged form, "megge+deal@" →
 * "megge@"), else the address; the nearest stored organisation profile (`@uk.client.example`,
 * else `@client.example`), else the address's own @domain. Listening hears nothing more for it:
 * only which stored profile a wish goes to follows the matching.
 */
function listeningKeys(
  address: string,
  byKey: ReadonlyMap<string, ClientProfile>,
): [string, string] {
  const keys = addressKeys(address);
  const covering = coveringKeys(address, (key) => byKey.has(key));
  return [
    covering?.person ?? keys?.person[0],
    covering?.organisations[0] ?? keys?.organisations[0],
  ] as [string, string];
}

/** The profile a suggestion for `key` is compared with: a person's includes their organisation's. */
function known(
  byKey: ReadonlyMap<string, ClientProfile>,
  key: string,
  personKey: string,
  orgKey: string,
): ClientProfile | undefined {
  return key === personKey
    ? mergeProfiles(byKey.get(orgKey), byKey.get(personKey))
    : byKey.get(orgKey);
}

/** What a clause is, whatever it would fill: read once per clause that yields candidates. */
interface ClauseFacts {
  /** Refused for every field: a question, a headline, quoted speech, a counterfactual, a one-off, the past. */
  refused: boolean;
  /**
   * The firm's own words reported back ("your letter says…"): refused, except for names, where
   * how the firm wrote the name is what a correction answers ("you wrote 'Hi Klaus'").
   */
  readerReported: boolean;
  conditional: boolean;
  /** The condition is the setting of the talk ("when we talk, …"): see ConditionFacts. */
  setting: boolean;
  /** The condition is the contact itself ("if you need me, …"): see ConditionFacts. */
  contact: boolean;
  /** "…until we announce", "for the next fortnight": temporary, except for a cadence. */
  until: boolean;
  subject: Holder;
  /**
   * The clause as its subject reads when a pronoun stands for the organisation's own officer or
   * body ("They would like…" → "our trustees would like…"); the clause's text otherwise.
   */
  subjectText: string;
  aimedElsewhere: boolean;
  /** "Please don't call Liz in accounts": a channel for someone named, not for the writer. */
  channelForNamed: boolean;
  /** Whose the clause, and the rest of its sentence, say it is, per kind of field (attribute()). */
  scope: Map<string, "self" | "org" | undefined>;
  /** The writer says a refused entry or brand is for them alone ("for my own invoices"). */
  ownOnly?: boolean;
  /**
   * A one-off or a condition that is an occasion lead, whose ban is said to outlast the occasion
   * ("When you're over next week, please don't raise X with anyone here"): a topic ban stands.
   */
  outlastsOccasion: boolean;
}

function clauseFacts(context: ClauseContext, state: MessageState): ClauseFacts {
  const { sentence, clause } = context;
  let subjectText = clause.text;
  const condition = conditionFacts(clause);
  const refusedAlways =
    questionKind(sentence, clause) === "question" ||
    isHeadlineSentence(sentence) ||
    // ""God I hate telephones."": words in quotation marks are someone's quoted speech.
    (/^["“]/.test(sentence.text) && !/["”]\s*[:,-]?\s*\S/.test(sentence.text.slice(1, -2))) ||
    condition.counterfactual ||
    isPastReport(clause) ||
    isTakenBack(context.next) ||
    isWithdrawal(sentence.text) ||
    ASKED_WHETHER.test(clause.text);
  const once = !refusedAlways && oneOff(context);
  const refused = refusedAlways || once;
  const subject: Holder = refusedAlways
    ? "none"
    : taggedAfter(sentence, clause, (name) => isOwnName(name, state.orgWords))
      ? "third"
      : pronounHolder(context, holderOf(clause, state.orgWords), state, (text) => {
          subjectText = text;
        });
  return {
    refused,
    outlastsOccasion:
      !refusedAlways && (once || condition.conditional) && outlastsOccasion(sentence, context.next),
    readerReported: !refusedAlways && (isReaderReported(clause) || quotesReaderRules(clause.text)),
    conditional: condition.conditional,
    setting: condition.setting,
    contact: condition.contact,
    until: UNTIL.test(clause.text) || temporary(context),
    subject,
    subjectText,
    aimedElsewhere: !refusedAlways && aimedAtSomeoneElse(clause.text),
    channelForNamed: !refusedAlways && channelForSomeoneNamed(clause.text),
    scope: new Map(),
  };
}

const REFUSAL_NEGATED = new RegExp(
  String.raw`\b(?:${NEED_GONE}\s+to|no\s+longer|don't|do\s+not|doesn't|does\s+not|never|not)\s+(?:(?:need|have)\s+to\s+|feel\s+you\s+have\s+to\s+)?(?:ban|bar|prohibit|forbid|avoid|block|exclude)\b`,
  "i",
);
// A capitalised name (not "I" or "We"), perhaps with a note in brackets, that tells the writer: the
// verb in the third person, so an imperative ("Just tell me when…", "Please say so") is not one.
const NAMED_BODY_TELLS =
  /^(?!(?:I|We|You)\b)(?:the\s+)?(?:[A-Z][\w&'-]+\s+){0,3}[A-Z][\w&'-]+\s*(?:\([^)]*\)\s*)?(?:tells|told|says|said)\s+(?:me|us)\b/;
const REPORTING_FRAME =
  /^(?:(?:so|and|just)\s+)?(?:i|we)\s+(?:(?:would\s+like|'d\s+like|wanted|want|write|am\s+writing|'m\s+writing)\s+to\s+)?(?:inform|tell|let)\s+you\s+(?:know\s+)?(?:that\s+)?/i;

/**
 * Round 29: "Our new CFO started in March; she wants one-line invoices": a third person whose
 * antecedent, in the sentence or the one before in its paragraph, is the organisation's own
 * officer is that officer (clause-facts.ts ownOfficerPronoun).
 */
function pronounHolder(
  context: ClauseContext,
  held: Holder,
  state: MessageState,
  resolved: (text: string) => void,
): Holder {
  if (held !== "third") return held;
  const { sentence, clause, read } = context;
  const prior = read.sentences[sentence.index - 1];
  const before = [
    prior && prior.paragraph === sentence.paragraph ? prior.text : "",
    ...sentence.clauses.filter((c) => c.end <= clause.start).map((c) => c.text),
  ].join(" ");
  const own = ownOfficerPronoun(clause, before, (name) => isOwnName(name, state.orgWords));
  if (!own) return held;
  resolved(own.text);
  return own.holder;
}

/**
 * Whose the clause's subject says it is. A clause that opens with another party of the matter ("the
 * co-defendant would rather not be phoned") or with another company's people or rules ("Aviva staff
 * may not accept gifts") is someone else's, whatever it would fill.
 */
function holderOf(clause: Clause, orgWords: ReadonlySet<string>): Holder {
  const ownName = (name: string) => isOwnName(name, orgWords);
  // "The Hafan Trust (our funder) tells me they insist on…": a named body's wish, reported.
  if (NAMED_BODY_TELLS.test(clause.text)) return "third";
  // Round 27: "letters or email only, he says", "according to the buyer, …": reported speech.
  if (reportedFromOther(clause.text, ownName)) return "third";
  // "I wanted to let you know that we…", "I would like to inform you that Carys…": the reporting
  // frame is the writer's; whose the wish is, the subject of what is reported says.
  const frame = REPORTING_FRAME.exec(clause.text) ?? askedToPassOn(clause.text);
  if (frame && frame[0].length < clause.text.length)
    return holderOf({ ...clause, text: clause.text.slice(frame[0].length) }, orgWords);
  if (opensWithOtherParty(clause.text, ownName)) return "third";
  // "Please note he prefers to avoid phone calls": someone else's wish, passed on (relay.ts reads
  // it as theirs when their address is known).
  const passed = passedOnFor(clause, ownName);
  if (passed) return passed;
  const subject = subjectOf(clause, ownName);
  return subject === "none" && someoneElseWishes(clause.text) ? "third" : subject;
}

/**
 * Whether a candidate stands, and whose it is. Refused: a question asking for information, a
 * counterfactual, a condition (except the open "if you ever have tickets, count me in"), a
 * one-off, a report of the past, and a personal preference whose subject is someone else.
 */
function judge(
  candidate: Candidate,
  context: ClauseContext,
  state: MessageState,
  facts: ClauseFacts,
): "self" | "org" | undefined {
  const beyondOccasion = facts.outlastsOccasion && candidate.field === "avoidTopics";
  if (facts.refused && !beyondOccasion) return undefined;
  // A line of the organisation's own rules, forwarded as theirs: the organisation's, and about no
  // one's name.
  if (context.sentence.policy) return NAME_FIELDS.has(candidate.field) ? undefined : "org";
  if (facts.readerReported && !NAME_FIELDS.has(candidate.field)) return undefined;
  if (
    facts.conditional &&
    !CONDITIONS_ALLOWED.has(candidate.field) &&
    !(facts.contact && CONTACT_FIELDS.has(candidate.field)) &&
    !((facts.setting || facts.outlastsOccasion) && candidate.field === "avoidTopics")
  )
    return undefined;
  // "…until we announce": a temporary instruction, except a cadence for a stage ("daily until the
  // notification is in, then weekly").
  if (candidate.field !== "statusUpdates" && facts.until) return undefined;
  const subject = facts.subject;
  const field = candidate.field;
  // (Round 30: a pronoun for the organisation's own body reads as the body: "They would like…"
  // after "The trustees met…".)
  const bodyContext =
    facts.subjectText === context.clause.text
      ? context
      : { ...context, clause: { ...context.clause, text: facts.subjectText } };
  // "The trustees would like a written report every quarter": the organisation's reporting.
  // Round 22: another company's body ("the Brightline board would like…", "their committee would
  // rather not be invited"): not the writer's organisation, whatever the wish.
  if (
    (field === "statusUpdates" || field === "entertainment") &&
    subject !== "self" &&
    subject !== "org" &&
    otherBodyIsSubject(context, (w) => isOwnWord(w, state.orgWords))
  )
    return undefined;
  if (field === "statusUpdates" && subject !== "self" && subject !== "org" && bodyAsks(bodyContext))
    return "org";
  // Round 22: "The committee would rather not be invited to hospitality", "the family would love
  // to be asked again": the organisation by one of its bodies (cadence-holder.ts).
  if (
    field === "entertainment" &&
    subject !== "self" &&
    subject !== "org" &&
    bodyIsSubject(bodyContext)
  )
    return "org";
  if (subject === "third" && !candidate.subjectIsObject) return undefined;
  if (PERSONAL_FIELDS.has(field) && (subject === "colleague" || facts.aimedElsewhere))
    return undefined;
  // (Not an organisation's rule, whose object is its own people by its name: "Panel firms must not
  // contact Orla Mutual staff by WhatsApp".)
  if (
    (field === "avoidChannels" || field === "preferredChannels") &&
    facts.channelForNamed &&
    candidate.holder !== "org"
  )
    return undefined;
  // "…and use that for her from now on": a way of meeting or reaching someone else (their
  // assistant writes; read as theirs by relay.ts when their address is known).
  if (FOR_SOMEONE_ELSE_FIELDS.has(field) && FOR_SOMEONE_ELSE.test(context.clause.text))
    return undefined;
  // "Please don't email the board directly": how to reach other people, not the writer. (An
  // organisation's rule about its own people is the organisation's: "Suppliers must not contact our
  // staff via WhatsApp".)
  if (
    (field === "avoidChannels" || field === "preferredChannels") &&
    candidate.holder !== "org" &&
    CHANNEL_TO_OTHERS.test(context.clause.text)
  )
    return undefined;
  // "Please send invoices by email only, to ap@…": how a kind of accounts document is delivered,
  // not how to reach the writer.
  if (
    (field === "avoidChannels" || field === "preferredChannels") &&
    (ACCOUNTS_DELIVERY.test(context.clause.text) || continuesAccountsRoute(context))
  )
    return undefined;
  if (candidate.holder) return candidate.holder;
  return attribute(field, candidate.value, context, subject, state, facts);
}

const ACCOUNTS_DELIVERY =
  /\b(?:send|sending|submit|submitting|issue|issuing|deliver|delivering|address|addressing|route|routing|direct)\s+(?:(?:all|any|your|the|our|future)\s+)*(?:invoices?|bills?|statements?(?:\s+of\s+account)?|remittances?|purchase\s+orders?|credit\s+notes?|fee\s+notes?)\b/i;
// Round 28: "All invoices go through the portal. Nothing by mail.": a verbless clause after a
// sentence routing the accounts documents goes on about them.
const ACCOUNTS_ROUTED =
  /\b(?:invoices?|bills?|statements?|fee\s+notes?)\s+(?:(?:must|should|will|are\s+to|need\s+to|have\s+to)\s+)?(?:go|goes|be\s+submitted|are\s+submitted|get\s+submitted|come|comes|be\s+sent|are\s+sent)\s+(?:through|via|by|to|in|on)\b/i;
function continuesAccountsRoute(context: ClauseContext): boolean {
  const previous = context.previous[0];
  if (!previous || context.clause.text.trim().split(/\s+/).length > 4) return false;
  return ACCOUNTS_ROUTED.test(previous.text) || ACCOUNTS_DELIVERY.test(previous.text);
}
const UNTIL = /\buntil\b(?!\s+further\s+notice)/i;
const FOR_SOMEONE_ELSE = /\b(?:for|with)\s+(?:him|her)\b(?!\s+(?:and|or)\s+(?:me|us)\b)/i;
// (Round 12: the people of the matter too: "please don't phone the policyholder directly".)
const CHANNEL_TO_OTHERS = new RegExp(
  String.raw`\b(?:e-?mail|text|phone|ring|call|message|whatsapp|contact|cc|copy\s+in)\s+(?:(?:the|our|my|their|any)\s+(?:whole\s+|other\s+|wider\s+)?(?:board|committee|team|directors|trustees|chair(?:man|woman)?|ceo|cfo|coo|boss|colleagues?|staff|office|assistant|pa|secretary|husband|wife|partner|family|kids|children|${SERVED_PEOPLE}|witness(?:es)?|employees?|experts?|adjusters?|brokers?|underwriters?|executors?)|anyone\s+else|other\s+people|everyone\s+else)\b`,
  "i",
);
const FOR_SOMEONE_ELSE_FIELDS: ReadonlySet<ListenField> = new Set([
  "preferredChannels",
  "avoidChannels",
  "meetingPlatform",
  "statusUpdates",
]);
// "I've asked our finance team whether they want summary invoices", "I'll check if we can use
// Zoom": a question the writer puts to someone else, not an answer. A request put the same way
// ("I wanted to ask if you could email instead", "I wonder if I could ask that we keep to email")
// is heard.
const ASKED_WHETHER =
  /\b(?:(?:i|we)(?:'ve|\s+have|'ll|\s+will|'m|\s+am|'re|\s+are)?\s+(?:asked|asking|ask|checked|checking|check|enquired|enquiring|inquired|inquiring)|to\s+(?:check|ask|find\s+out|see))\s+(?:[\w'-]+\s+){0,4}?(?:whether|if)\s+(?!you\b|your\b|i\s+(?:could|can|may|might)\b)/i;

/** For a while only, in the clause or in the sentence's opening clause ("For the next fortnight, …"). */
function temporary(context: ClauseContext): boolean {
  const first = context.sentence.clauses[0];
  if (isStanding(context.clause.text) || /\b(?:every|each)\b/i.test(context.clause.text))
    return false;
  return (
    isTemporary(context.clause.text) ||
    (first !== undefined && first !== context.clause && opensWithTemporary(first.text))
  );
}

// "I'm in court all day. Don't ring.": a bare refusal (lexicon.ts `bareRefusal`) right after news
// of the writer's day is about that day; "I'm on calls all day, every day. Don't ring." is a
// habit, and "Never ring." says always, so they stand. Round 34 (lh11): so does news that says
// what the writer never does ("I'm out on site all day and never hear it. Don't ring."): a habit.
const NEWS_OF_THE_DAY = /\ball\s+day\b/i;
const HABIT = /\b(?:every|usually|always|generally|normally|most\s+days|often|never)\b/i;

function afterNewsOfTheDay(context: ClauseContext): boolean {
  const before = context.previous[0];
  return (
    before !== undefined &&
    before.paragraph === context.sentence.paragraph &&
    NEWS_OF_THE_DAY.test(before.text) &&
    !HABIT.test(before.text) &&
    !/\bnever\b/i.test(context.sentence.text) &&
    bareRefusal(context.sentence.text) !== undefined
  );
}

// A time said to last from now on, in an opening that also names one occasion (round 34).
const LASTS_FROM_NOW =
  /\b(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|from\s+then\s+on|for\s+good|(?:and|or)\s+(?:after(?:wards)?|every\s+(?:time|meeting|call)\s+after))\b/i;

function oneOff(context: ClauseContext): boolean {
  const { sentence, clause, next } = context;
  // Round 26: "…on Friday: please do not raise X with our players - now or later": said for any
  // time anywhere in the sentence (its own clause after a dash), it is no one-off.
  if (saidForAnyTime(sentence.text)) return false;
  if (isOneOff(clause, next)) return true;
  if (afterNewsOfTheDay(context)) return true;
  // "…could you send me a breakdown? The board wants to see where the time went. Just this
  // once.": a follow-up later in the same paragraph limits the request too.
  const after = context.read.sentences[sentence.index + 2];
  if (next?.paragraph === sentence.paragraph && after?.paragraph === sentence.paragraph) {
    if (isOneOff(clause, after)) return true;
  }
  // "…broken down by task - just for this matter": a clause that only restricts covers the
  // whole sentence.
  const restriction = sentence.clauses.some(
    (other) =>
      other !== clause &&
      /^(?:just|only|but\s+only)\b/i.test(other.text) &&
      ONE_OFF.test(other.text),
  );
  if (restriction) return true;
  // "For this one, please don't email me…": an opening restriction covers the whole sentence.
  // Round 34 (lh29): not one that also says the wish lasts from now on ("For Thursday's meeting
  // and from now on, please use Teams - Zoom is blocked on our network"): that opening limits
  // nothing. (A scope of business, "For anything touching the source on this story", still does.)
  const first = sentence.clauses[0];
  return (
    first !== undefined &&
    first !== clause &&
    /^for\b/i.test(first.text) &&
    ONE_OFF.test(first.text) &&
    !LASTS_FROM_NOW.test(first.text)
  );
}

// "before our 10am ExCo", "ahead of our board": whose meeting, not whose preference.
const ANCHOR =
  /\b(?:before|ahead\s+of|after|for|at|in|into|from|aligned\s+with|in\s+line\s+with|timed\s+(?:to|for|with|around)|to\s+fit|around)\s+(?:each\s+|every\s+)?our\s+[\w-]+(?:\s+[\w-]+)?/gi;

const PLATFORM_CHANNELS: ReadonlySet<string> = new Set(MEETING_PLATFORMS);

function isPlatform(value: string): boolean {
  return PLATFORM_CHANNELS.has(value);
}

/** The organisation named by its own name ("for any Nordhavn employee"), from its domain. */
function namesOrganisation(text: string, orgWords: ReadonlySet<string>): boolean {
  const words = text.match(/\b[A-Z][\p{L}]{2,}\b/gu) ?? [];
  return words.some((word) => isOwnWord(word, orgWords));
}

/** Whose a clause says it is, by its words alone; undefined when it says neither. */
function scopeOf(
  text: string,
  field: ListenField,
  orgWords: ReadonlySet<string>,
): "self" | "org" | undefined {
  // "send me…", "spare me…", "for me, a quarterly update…": the writer is who it is for, whatever
  // "our" says elsewhere ("aligned with our investment committee") — unless others are named
  // with them ("me or any of the trustees", "not to me and not to anyone here").
  // "…by email only please, to accounts@<our domain> and me": where the organisation's papers go,
  // its own mailbox first among them, is its rule ("our accounts team and me" says "our").
  if (ownMailboxBesideMe(text, orgWords)) return "org";
  const recipient = EXPLICIT_SELF.exec(text);
  if (recipient && !WITH_OTHERS.test(text.slice(recipient.index + recipient[0].length)))
    return "self";
  // "Now that we're past the CMC, fortnightly updates will do": an opening subordinate clause
  // speaks of the matter, not of whose wish the main clause states.
  const main = text.replace(LEADING_SUBORDINATE, "");
  const said = mentions(field === "statusUpdates" ? main.replace(ANCHOR, " ") : main);
  if (namesOrganisation(text, orgWords)) said.org = true;
  if (said.org) return "org";
  if (said.self) return "self";
  return undefined;
}

// An address beside "me" in one list of destinations: "to accounts@… and me", "cc me and
// billing@…", "to me, accounts@…".
// (Round 30: or the mailbox's name alone, "to me or to info@": the organisation's own domain.)
const ADDRESS = "[\\w.+-]+@(?:([\\w-]+(?:\\.[\\w-]+)+)|(?![\\w-]))";
const MAILBOX_BESIDE_ME = new RegExp(
  `\\b(?:to|cc|bcc|copy(?:ing)?(?:\\s+in)?|copied\\s+to)\\s+(?:${ADDRESS}\\s*(?:,\\s*)?(?:and|or|&|\\+|,)\\s*(?:to\\s+)?me\\b|me\\s*(?:,\\s*)?(?:and|or|&|\\+|,)\\s*(?:to\\s+)?${ADDRESS})`,
  "gi",
);

/** A mailbox at the organisation's own domain named beside "me" as where things go. */
function ownMailboxBesideMe(text: string, orgWords: ReadonlySet<string>): boolean {
  if (!text.includes("@")) return false;
  for (const m of text.matchAll(MAILBOX_BESIDE_ME)) {
    const domain = m[1] ?? m[2];
    if (domain === undefined) return true;
    const words = domainWords(domain).filter((w) => w.length >= 3);
    if (words.length > 0 && words.every((w) => orgWords.has(w))) return true;
  }
  return false;
}

const LEADING_SUBORDINATE =
  /^(?:(?:and|but|so)\s+)?(?:now\s+that|since|once|given\s+that|because|seeing\s+(?:as|that)|after|although|though)\b[^,;:]{0,80},\s*(?=\S)/i;
const EXPLICIT_SELF =
  /\b(?:(?:for|to|with)\s+me|(?:send|give|update|tell|brief|email|e-mail|ring|call|phone|text|whatsapp|copy|cc|keep|invite|ask|spare|include|message|ping)\s+me)\b(?!['-])/i;
const WITH_OTHERS =
  /^\s*(?:,\s*)?(?:and|or|\/|nor)\s+(?:not\s+)?(?:(?:to|for|with)\s+)?(?:any|all|my|our|the|everyone|anyone|other|others|colleagues)\b/i;

function ownOnly(text: string, next: string): boolean {
  return OWN_ONLY.test(text) || (POINTS_BACK.test(next) && OWN_ONLY.test(next));
}

const OWN_ONLY =
  /\b(?:my\s+own|me\s+personally|my\s+personal|for\s+me\s+personally|my\s+family(?:'s)?)\b/i;
const POINTS_BACK = /\b(?:them|either\s+of\s+them|both\s+of\s+them|their\s+names?|those|these)\b/i;

function attribute(
  field: ListenField,
  value: string,
  context: ClauseContext,
  subject: Holder,
  state: MessageState,
  facts: ClauseFacts,
): "self" | "org" {
  const { clause, sentence } = context;
  const text = clause.text;
  const orgWords = state.orgWords;
  if (field === "bannedBillingPhrases" || field === "competitors") {
    // The organisation's, unless the writer says it is for them alone ("for my own invoices").
    // The sentence after may say so of the same things ("Take out the comparison with X and Y.
    // I will not have either of them mentioned in anything with my family's name on it.").
    facts.ownOnly ??= ownOnly(text, context.next?.text ?? "");
    const own = facts.ownOnly;
    const holder = own ? "self" : (state.last.get(field) ?? "org");
    state.last.set(field, holder);
    return holder;
  }
  // Meeting software is the organisation's tooling: refusing Zoom is like choosing Teams.
  const platformLike =
    field === "meetingPlatform" || (field === "avoidChannels" && isPlatform(value));
  const family = platformLike
    ? "platform"
    : field === "preferredChannels" || field === "avoidChannels"
      ? "channel"
      : field;
  let holder: "self" | "org" | undefined;
  // "As company secretary, I need a quarterly report": "I" speaks as the organisation; "Chidi
  // wants it too": a second reader shares it.
  if (field === "statusUpdates" && (officerRule(context) || sharedCadence(context))) holder = "org";
  // "…so I can fold it into my report to the board", "for my report to the trustees": the
  // writer's own use of the updates keeps the cadence theirs, whatever organisation word follows
  // (docs/listen.md: "I", "me", "my" keep it the writer's).
  if (
    field === "statusUpdates" &&
    holder === undefined &&
    subject !== "org" &&
    writerOwnUse(context)
  )
    holder = "self";
  // "…monthly, the week before our board meets": the organisation's meeting sets the deadline.
  if (field === "statusUpdates" && subject !== "self" && timedToOwnMeeting(context))
    holder ??= "org";
  // "Could we get the updates weekly? That's when our producers plan": the client side receives.
  if (field === "statusUpdates" && subject !== "self" && receivingWeForOrganisation(context))
    holder ??= "org";
  // Round 30 (analysis-lh27 W14): "So no more dinners, I'm sorry to say. It is for everybody at
  // the Domaine, not only me.": the sentence right after says the rule is the organisation's.
  if (!NAME_FIELDS.has(field) && saidForEveryone(context)) holder ??= "org";
  if (subject === "org" || subject === "self") holder ??= subject;
  // scopeOf reads statusUpdates without its anchors ("before our board"); every other field alike.
  const kind = field === "statusUpdates" ? field : "";
  holder ??= remembered(facts.scope, `clause ${kind}`, () => scopeOf(text, field, orgWords));
  // A cadence for the organisation's reporting: all its matters, sent to it, the firm's question
  // put to it (cadence-holder.ts).
  // The passage's register (register.ts): the organisation's rules presented by the writer, or the
  // writer's own "personally" / "it is finished for me".
  if (!holder) {
    const register = (state.registers ??= registersOf(
      context.read.sentences,
      context.read.text,
      (w) => isOwnWord(w, orgWords),
    ))[sentence.index];
    if (register === "org" && ORG_REGISTER_FAMILIES.has(family)) holder = "org";
    else if (register === "self" && PERSON_REGISTER_FAMILIES.has(family)) holder = "self";
  }
  if (!holder && field === "statusUpdates") {
    if (cadenceForOrganisation(context, (t) => namesOrganisation(t, orgWords))) holder = "org";
  }
  // Nothing in the clause says whose: the last statement on the same subject in this message
  // does ("Please don't text me… Email to this address only"), then the rest of the sentence
  // ("Yes please - I'm partial to a day at the races").
  holder ??= state.last.get(family);
  holder ??= remembered(facts.scope, `sentence ${kind}`, () =>
    scopeOf(
      sentence.clauses
        .filter((c) => c !== clause)
        .map((c) => c.text)
        .join(" "),
      field,
      orgWords,
    ),
  );
  // A clause that says nothing of whose is explained by the sentence after it in the paragraph
  // ("Could we stop opening every call with the football? I'm not a football person…").
  const next = context.next;
  if (!holder && next && next.paragraph === sentence.paragraph) {
    const explained = remembered(facts.scope, "next", () => {
      const said = next.clauses[0] ? subjectOf(next.clauses[0]) : "none";
      return said === "self" || said === "org" ? said : undefined;
    });
    if (explained) holder = explained;
  }
  // Still nothing: where the firm already keeps this field for them, then the field's usual owner.
  // A subject the writer asks, in the first person, that others keep from them ("I'd be
  // grateful if nobody mentioned…", "I'd ask that you don't raise…") is theirs; "if we could
  // avoid…" and "our…" leave it to the usual owner.
  if (
    !holder &&
    field === "avoidTopics" &&
    FIRST_PERSON_ASK.test(text) &&
    KEPT_FROM_ME.test(text) &&
    !WE_AVOID.test(text)
  )
    holder = "self";
  // Round 32 (the lead's decision on analysis-lh30 A): a cadence that says nothing of whose, from
  // a sender the firm keeps no person profile for (only the organisation's), with no "I", "me" or
  // "my" in its sentence or the next of its paragraph, is the organisation's reporting: the blind
  // writers of lh9–lh30 put it there 34 times to 13.
  if (
    !holder &&
    field === "statusUpdates" &&
    !state.relayed &&
    state.stored.self === undefined &&
    state.stored.org !== undefined &&
    writerUnsaid(context)
  )
    holder = "org";
  holder ??=
    keptIn(state, field, value) ??
    (ORGANISATION_BY_DEFAULT.has(family) && !state.relayed ? "org" : "self");
  state.last.set(family, holder);
  return holder;
}

// "It is for everybody at X (, not only me)", "this goes for all of us", "that applies to the whole
// company", "that's a company-wide rule": a sentence that only says whom the one before covers.
const FOR_EVERYONE = new RegExp(
  String.raw`^(?:(?:and|but|so)\s+)?(?:(?:it|this|that)(?:\s+(?:rule|ban|policy))?|the\s+(?:rule|ban|policy))\s*(?:is|'s|’s|applies|goes)\s+(?:(?:for|to)\s+)?(?:every(?:body|one)(?:\s+(?:at|in|here)\b[^,.;!]{0,40})?|all\s+of\s+us|us\s+all|all\s+(?:our\s+)?(?:staff|employees|people|colleagues)|the\s+whole\s+(?:company|team|business|organi[sz]ation|office|group))(?:\s*,?\s*(?:and\s+)?not\s+(?:only|just)\s+(?:for\s+|to\s+)?me)?\s*[.!]?$|^(?:(?:and|but|so)\s+)?(?:it|this|that)\s*(?:is|'s|’s)\s+(?:a|an|our)\s+(?:company|organi[sz]ation|firm|group|business)[\s-]wide\s+(?:rule|policy|decision|ban|thing)\b`,
  "i",
);

function saidForEveryone(context: ClauseContext): boolean {
  const next = context.next;
  return (
    next !== undefined &&
    next.paragraph === context.sentence.paragraph &&
    FOR_EVERYONE.test(next.text.trim())
  );
}

// What an organisation's passage decides for it: channels, cadences, billing and hospitality.
const ORG_REGISTER_FAMILIES: ReadonlySet<string> = new Set([
  "channel",
  "platform",
  "statusUpdates",
  "billingDetail",
  "entertainment",
]);
// What a person's "personally" keeps theirs: topics and the ways of reaching them.
const PERSON_REGISTER_FAMILIES: ReadonlySet<string> = new Set(["channel", "avoidTopics"]);

function remembered<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  if (memo.has(key)) return memo.get(key)!;
  const value = compute();
  memo.set(key, value);
  return value;
}

// Others asked not to raise it ("nobody", "you"), not "if we could avoid…" (the two of them).
const KEPT_FROM_ME = /\b(?:nobody|no\s+one|no-one|you|anyone)\b/i;
const WE_AVOID =
  /\b(?:if|could|can|should|shall)\s+we\b|\blet's\b|\b(?:we|our)\s+(?!meet|speak|talk|next)\w+/i;
const FIRST_PERSON_ASK =
  /\b(?:i'd|i\s+would|i\s+should)\s+(?:be\s+(?:grateful|glad|obliged)|ask|appreciate|prefer|rather)\b/i;

/**
 * The one stored profile (person or organisation) that already has a value for `field`. In a
 * channel list, only values of the candidate's kind count (round 16): a meeting platform kept
 * there ("teams" in the organisation's preferredChannels) is the organisation's tooling, which
 * says whose a platform wish is, not whose a way of reaching one reader ("Signal is best") is.
 */
function keptIn(
  state: MessageState,
  field: ListenField,
  value: string,
): "self" | "org" | undefined {
  const channel = field === "preferredChannels" || field === "avoidChannels";
  const has = (profile: ClientProfile | undefined) => {
    const stored = profile?.[field];
    if (!Array.isArray(stored)) return stored !== undefined && stored !== "";
    return stored.some(
      (v) => !channel || isPlatform(normaliseChannel(v) ?? v) === isPlatform(value),
    );
  };
  const self = has(state.stored.self);
  const org = has(state.stored.org);
  return self && !org ? "self" : org && !self ? "org" : undefined;
}

/** Whose a statement with no "I" or "we" usually is: meetings, hospitality and topics are the organisation's. */
const ORGANISATION_BY_DEFAULT: ReadonlySet<string> = new Set([
  "platform",
  "billingDetail",
  "entertainment",
  "avoidTopics",
]);

/**
 * Round 24: the value on file a confirmation names, as stored, or undefined when the profile does
 * not hold it. A cadence is held when its words are the stored one's, plurals aside ("weekly,
 * Monday mornings" confirms "weekly, Monday morning AWST"; light words such as "on" aside).
 */
const CADENCE_LIGHT_WORDS = new Set(["on", "in", "at", "the", "a", "an", "of", "by", "for", "and"]);

function heldValue(profile: ClientProfile | undefined, candidate: Candidate): string | undefined {
  if (!profile) return undefined;
  const current = profile[candidate.field];
  if (candidate.field === "statusUpdates" && typeof current === "string") {
    const words = (s: string) =>
      s
        .normalize("NFC")
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w && !CADENCE_LIGHT_WORDS.has(w))
        .map((w) => (w.length > 3 ? w.replace(/s$/, "") : w));
    const have = new Set(words(current));
    return words(candidate.value).every((w) => have.has(w)) ? current : undefined;
  }
  if (!holds(profile, candidate.field, candidate.value)) return undefined;
  if (Array.isArray(current)) {
    const wanted = candidate.value.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
    const entry = current.find((e) => {
      const head = headOf(candidate.field, e);
      return (
        head.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase() === wanted ||
        holds({ ...profile, [candidate.field]: [e] } as ClientProfile, candidate.field, wanted)
      );
    });
    return entry === undefined ? candidate.value : headOf(candidate.field, entry);
  }
  return typeof current === "string" ? headOf(candidate.field, current) : candidate.value;
}

// Words that say nothing of a cadence's when: "on Monday mornings" is "Monday mornings".
const LITTLE_WORDS = /^(?:on|by|the|a|an|in|at|of|and)$/;

/** Whether `profile` already holds `value` for `field`. */
export function holds(
  profile: ClientProfile | undefined,
  field: ListenField,
  value: string,
): boolean {
  if (!profile) return false;
  // A full name's capitals are part of its spelling ("McLeod" corrects "Mcleod"); other values
  // are the same whatever their case.
  const fold = (s: string) => {
    const spaced = s.normalize("NFC").replace(/\s+/g, " ").trim();
    if (field === "fullName") return spaced;
    // A company or a topic is the same with or without its article ("Galway Bay Group" is "The
    // Galway Bay Group" on file; analysis-lh26).
    const lower = spaced.toLowerCase();
    return field === "competitors" || field === "avoidTopics"
      ? lower.replace(/^the\s+/, "")
      : lower;
  };
  const wanted = fold(value);
  const current = profile[field];
  // An entry the firm annotated ("Zoom (client's request)") holds its head (annotated.ts).
  if (Array.isArray(current)) {
    return current.some((entry) => {
      const item = headOf(field, entry);
      if (field === "preferredChannels" || field === "avoidChannels") {
        return (normaliseChannel(item) ?? fold(item)) === wanted;
      }
      return fold(item) === wanted;
    });
  }
  if (typeof current !== "string") return false;
  if (field === "statusUpdates") {
    const words = (s: string) =>
      fold(s)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    // Round 26 (analysis-lh23 W2): the little words say nothing of when ("fortnightly, on Monday
    // mornings" restates "fortnightly, Monday mornings"); every other word must be on file.
    const have = new Set(words(current));
    return words(value).every((w) => have.has(w) || LITTLE_WORDS.test(w));
  }
  return fold(headOf(field, current)) === wanted;
}

export type { ReadMessage, Sentence };
