/**
 * listen(): the preferences a client states about themselves or their organisation in a message
 * they sent, as suggested changes to their profiles. Precision first: every candidate a
 * recogniser hears goes through the same refusals (questions, conditions and counterfactuals,
 * one-offs, reports of the past, someone else's preference), and is attributed to the sender's
 * own profile or their organisation's by what the clause says ("I", "we", "anyone here").
 */
import {
  indexProfiles,
  matchKeysFor,
  mergeProfiles,
  MEETING_PLATFORMS,
  normaliseChannel,
  type ClientProfile,
} from "../profile";
import {
  aimedAtSomeoneElse,
  conditionFacts,
  isOneOff,
  isPastReport,
  mentions,
  ONE_OFF,
  questionKind,
  subjectOf,
  type Holder,
} from "./clause-facts";
import { readMessage, type ReadMessage } from "./message";
import { clauseContext, type Candidate, type ClauseContext, type Recogniser } from "./recogniser";
import { recogniseChannels } from "./recognisers/channels";
import { recogniseBillingDetail, recogniseRefusedEntries } from "./recognisers/billing";
import { recogniseEntertainment } from "./recognisers/entertainment";
import { recogniseCompetitors, recogniseTopics } from "./recognisers/mentions";
import { recogniseNames } from "./recognisers/names";
import { recogniseStatusUpdates } from "./recognisers/status-updates";
import { LONGEST_CLAUSE, type Clause, type Sentence } from "./sentences";
import {
  SINGLE_VALUE_FIELDS,
  type ClientMessage,
  type ListenField,
  type Suggestion,
} from "./types";

const RECOGNISERS: readonly Recogniser[] = [
  recogniseChannels,
  recogniseNames,
  recogniseBillingDetail,
  recogniseRefusedEntries,
  recogniseCompetitors,
  recogniseTopics,
  recogniseEntertainment,
  recogniseStatusUpdates,
];

/** Fields that describe one person: someone else's say-so never fills them. */
const PERSONAL_FIELDS: ReadonlySet<ListenField> = new Set([
  "preferredName",
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

/** Fields that are the organisation's whatever the pronoun (billing, brands). */
const ORGANISATION_FIELDS: ReadonlySet<ListenField> = new Set([
  "billingDetail",
  "bannedBillingPhrases",
  "competitors",
]);

// Personal mailboxes: whatever the writer says, their organisation is not the mail provider.
const PERSONAL_MAIL =
  /(?:^|\.)(?:[\w-]*mail[\w-]*|icloud|me|mac|aol|yahoo|ymail|outlook|live|msn|proton(?:mail)?|gmx|web|btinternet|btconnect|sky|virginmedia|talktalk|orange|free|comcast|verizon|att|zoho)\.[a-z.]+$/i;

export function isPersonalMailDomain(domain: string): boolean {
  return PERSONAL_MAIL.test(domain);
}

interface MessageState {
  /** Words of the sender's organisation's name, from their domain ("nordhavn", "wind"). */
  orgWords: ReadonlySet<string>;
  /** Whose the last statement on each subject was: one that does not say is theirs too. */
  last: Map<string, "self" | "org">;
}

/**
 * The preferences `message` states, as suggestions for the sender's profile or their
 * organisation's, each marked alreadyKnown when `profiles` already hold it.
 */
export function listen(
  message: ClientMessage,
  profiles: Iterable<ClientProfile> | ReadonlyMap<string, ClientProfile>,
): Suggestion[] {
  const read = readMessage(message);
  if (read.automatic || !read.sender.address.includes("@")) return [];
  const byKey =
    profiles instanceof Map ? profiles : indexProfiles(profiles as Iterable<ClientProfile>);
  const [personKey, orgKey] = matchKeysFor(read.sender.address) as [string, string];
  const personal = isPersonalMailDomain(read.sender.domain);
  const state: MessageState = { orgWords: organisationWords(read.sender.domain), last: new Map() };
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();

  for (const sentence of read.sentences) {
    for (const clause of sentence.clauses) {
      if (clause.text.length > LONGEST_CLAUSE) continue;
      const context = clauseContext(read, sentence, clause);
      const candidates = RECOGNISERS.flatMap((recognise) => recognise(context));
      if (candidates.length === 0) continue;
      for (const candidate of candidates) {
        const holder = judge(candidate, context, state);
        if (!holder) continue;
        const profile = personal || holder === "self" ? personKey : orgKey;
        const key = `${profile}\n${candidate.field}\n${candidate.value.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const quote = candidate.quote ?? { start: clause.start, end: clause.end };
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
  return suggestions;
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

/**
 * Whether a candidate stands, and whose it is. Refused: a question asking for information, a
 * counterfactual, a condition (except the open "if you ever have tickets, count me in"), a
 * one-off, a report of the past, and a personal preference whose subject is someone else.
 */
function judge(
  candidate: Candidate,
  context: ClauseContext,
  state: MessageState,
): "self" | "org" | undefined {
  const { sentence, clause } = context;
  if (questionKind(sentence, clause) === "question") return undefined;
  const condition = conditionFacts(clause);
  if (condition.counterfactual) return undefined;
  if (condition.conditional && !CONDITIONS_ALLOWED.has(candidate.field)) return undefined;
  if (oneOff(context)) return undefined;
  // "…until we announce": a temporary instruction, except a cadence for a stage ("daily until the
  // notification is in, then weekly").
  if (candidate.field !== "statusUpdates" && UNTIL.test(clause.text)) return undefined;
  if (isPastReport(clause)) return undefined;
  const subject = subjectOf(clause);
  const field = candidate.field;
  if (subject === "third") return undefined;
  if (PERSONAL_FIELDS.has(field) && (subject === "colleague" || aimedAtSomeoneElse(clause.text)))
    return undefined;
  if (candidate.holder) return candidate.holder;
  return attribute(field, candidate.value, clause, subject, state, state.orgWords);
}

const UNTIL = /\buntil\b(?!\s+further\s+notice)/i;

function oneOff(context: ClauseContext): boolean {
  const { sentence, clause, next } = context;
  if (isOneOff(clause, next)) return true;
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
  const first = sentence.clauses[0];
  return (
    first !== undefined &&
    first !== clause &&
    /^for\b/i.test(first.text) &&
    ONE_OFF.test(first.text)
  );
}

// "before our 10am ExCo", "ahead of our board": whose meeting, not whose preference.
const ANCHOR =
  /\b(?:before|ahead\s+of|after|for|at|in|into|from)\s+(?:each\s+|every\s+)?our\s+[\w-]+(?:\s+[\w-]+)?/gi;

const PLATFORM_CHANNELS: ReadonlySet<string> = new Set(MEETING_PLATFORMS);

function isPlatform(value: string): boolean {
  return PLATFORM_CHANNELS.has(value);
}

/** The organisation named by its own name ("for any Nordhavn employee"), from its domain. */
function namesOrganisation(text: string, orgWords: ReadonlySet<string>): boolean {
  const words = text.match(/\b[A-Z][\p{L}]{2,}\b/gu) ?? [];
  return words.some((word) => orgWords.has(word.toLowerCase()));
}

function organisationWords(domain: string): Set<string> {
  const labels = domain.split(".").slice(0, -1);
  return new Set(labels.flatMap((label) => label.split("-")).filter((w) => w.length >= 3));
}

function attribute(
  field: ListenField,
  value: string,
  clause: Clause,
  subject: Holder,
  state: MessageState,
  orgWords: ReadonlySet<string>,
): "self" | "org" {
  const text = clause.text;
  if (ORGANISATION_FIELDS.has(field)) {
    // The organisation's, unless the writer says it is for them alone ("for my own invoices").
    const own = /\b(?:my\s+own|me\s+personally|my\s+personal|for\s+me\s+personally)\b/i.test(text);
    const holder = own ? "self" : (state.last.get(field) ?? "org");
    state.last.set(field, holder);
    return holder;
  }
  const said = mentions(field === "statusUpdates" ? text.replace(ANCHOR, " ") : text);
  if (namesOrganisation(text, orgWords)) said.org = true;
  // Meeting software is the organisation's tooling: refusing Zoom is like choosing Teams.
  const platformLike =
    field === "meetingPlatform" || (field === "avoidChannels" && isPlatform(value));
  const family = platformLike
    ? "platform"
    : field === "preferredChannels" || field === "avoidChannels"
      ? "channel"
      : field;
  let holder: "self" | "org" | undefined;
  if (subject === "org" || subject === "self") holder = subject;
  else if (said.org) holder = "org";
  else if (said.self) holder = "self";
  // Nothing in the clause says whose: the last statement on the same subject in this message
  // does ("Please don't text me… Email to this address only"), else the field's usual owner.
  holder ??= state.last.get(family) ?? (ORGANISATION_BY_DEFAULT.has(family) ? "org" : "self");
  state.last.set(family, holder);
  return holder;
}

/** Whose a statement with no "I" or "we" usually is: meetings, hospitality and topics are the organisation's. */
const ORGANISATION_BY_DEFAULT: ReadonlySet<string> = new Set([
  "platform",
  "entertainment",
  "avoidTopics",
]);

/** Whether `profile` already holds `value` for `field`. */
export function holds(
  profile: ClientProfile | undefined,
  field: ListenField,
  value: string,
): boolean {
  if (!profile) return false;
  const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  const wanted = fold(value);
  const current = profile[field];
  if (Array.isArray(current)) {
    return current.some((item) => {
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
    const have = new Set(words(current));
    return words(value).every((w) => have.has(w));
  }
  return fold(current) === wanted;
}

export type { ReadMessage, Sentence };
