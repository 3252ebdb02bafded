/**
 * Where a status-update cadence belongs (product decision of round 11): the same whose-wish rule
 * as the other fields. The organisation's when the writer speaks for it or for its reporting: a
 * cadence over all of its matters ("a status note on the first working day of each month, all
 * live matters"), sent to it ("send the co-op a short update"), given under the firm's question
 * put to the company ("How often would Acme like updates?"), asked for by its governing body ("the
 * trustees would like a written report every quarter"), or stated by "I" as the organisation's
 * officer ("As company secretary, I need a quarterly report"). The person's when it is about their
 * own reading ("would suit me best", "send me…", "I'd like…"): those are read before any of these
 * (listen.ts). A cadence timed to the organisation's own meeting ("the week before our board
 * meets") is its reporting too, unless "I"/"me" say it is the writer's (decision of round 22).
 */
import {
  BODY_QUALIFIERS,
  eitherCase,
  GOVERNING_BODIES,
  ORGANISATION_BODIES,
  WHOLE_BODIES,
} from "./organisation-bodies";
import type { ClauseContext } from "./recogniser";

// "all live matters", "each matter", "every file", "across the portfolio": reporting on the
// organisation's business as a whole, not one reader's.
const PORTFOLIO =
  /\b(?:all|each|every)\s+(?:(?:of\s+)?(?:the|our|its)\s+)?(?:(?:live|open|current|active|ongoing|outstanding|pending)\s+)?(?:matters|matter|files|file|cases|case|instructions|disputes|claims|transactions)\b|\bacross\s+(?:the\s+|our\s+)?(?:portfolio|matters|files|cases)\b/i;

// The organisation's governing bodies and owners, to whom it reports.
// With its committees by kind ("the audit committee"), and its meetings of members.
const BODY = `(?:${GOVERNING_BODIES}|(?:${BODY_QUALIFIERS})\\s+committee|exco|agm|general\\s+meeting)`;
// Round 22 (listen-22a, analysis-lh19 §0 item 6): the organisation named by a body that asks as
// a whole: "the family would like a written update once a month" (a family company), "the team
// would like…". Only as the asking subject, "the" or "our" before it ("my family" is the
// writer's relatives; "the Smith family" or "their team" someone else's).
const ASKING_BODY = `(?:(?:[\\w-]+\\s+)?${BODY}|(?:(?:${BODY_QUALIFIERS})\\s+)?(?:${WHOLE_BODIES}))`;
// A governing body as the clause's subject, asking: "the trustees would like a written report…".
const BODY_ASKS = new RegExp(
  String.raw`^(?:(?:and|but|so|also)\s+)?(?:the|our)\s+${ASKING_BODY}\s+(?:would\s+(?:like|prefer|appreciate)|(?:'d|wants?|wish(?:es)?|needs?|requires?|expects?|asks?\s+for|prefers?|have\s+asked\s+for|has\s+asked\s+for))\b`,
  "i",
);

// The organisation as the one the updates go to: "send the co-op a short update", "report to the
// board every quarter", "quarterly reporting will be enough for the board", "update Acme monthly".
// Not a meeting of theirs ("for the board meeting" says when).
const TO_ORGANISATION = new RegExp(
  String.raw`\b(?:(?:send|give|update|brief|copy|cc|report\s+to|write\s+to|reports?\s+to|updates?\s+to|notes?\s+to)\s+(?:the\s+(?:whole\s+)?)?|(?:for|to)\s+(?:the|our)\s+(?:whole\s+)?)(?:co-?op|company|business|organi[sz]ation|charity|trust|group|${BODY})\b(?!['’]|\s+(?:meets|meeting|meetings|sits|papers|packs?)\b)`,
  "i",
);
const TO_NAMED =
  /\b(?:send|give|update|brief|report\s+to|write\s+to)\s+((?:\p{Lu}[\p{L}&'-]*\s+){0,2}\p{Lu}[\p{L}&'-]*)/u;

// The firm's question, when it is put to the company: "How often would Acme like updates?",
// "What reporting does your board want?", "…for the company?".
const TO_THE_COMPANY =
  /\b(?:your|the)\s+(?:company|organi[sz]ation|business|group|board|team|trust|charity|council|co-?op|firm's\s+board|committee|trustees)\b/i;

// "As company secretary, I…", "In my capacity as general counsel, I…": the writer speaking as
// the organisation's officer.
const AS_OFFICER =
  /\b(?:as|in\s+my\s+(?:capacity|role)\s+as)\s+(?:the\s+|our\s+|its\s+|the\s+company's\s+)?(?:company\s+secretary|general\s+counsel|gc|head\s+of\s+(?:legal|finance|procurement)|legal\s+director|finance\s+director|fd|cfo|ceo|coo|chair(?:man|woman|person)?|clerk(?:\s+to\s+the\s+\w+)?|secretary\s+to\s+the\s+\w+|managing\s+director|md|treasurer|company\s+officer)\b\s*,?/i;
// What an officer lays down: a requirement, not a taste.
const RULE_VERB =
  /\b(?:i|we)\s+(?:need|require|must\s+have|must\s+ask|ask\s+that|expect|will\s+need|have\s+to\s+ask)\b/i;

/** "I" speaking as the organisation's officer, laying down its reporting. */
export function officerRule(context: ClauseContext): boolean {
  const text = context.sentence.text;
  return AS_OFFICER.test(text) && RULE_VERB.test(context.clause.text);
}

// Round 22 (decision, docs/listen.md): the cadence's deadline is the organisation's own meeting,
// "the week before our board meets", "in time for our legal ops meeting", "ahead of each of the
// company's board meetings". The report feeds that meeting, whoever reads it first. A meeting
// with no body or team named ("before our meeting on Friday", "our next call") is the writer's
// with the firm: the "we" of the correspondence.
const OWN_UNIT = String.raw`(?:${BODY}|leadership|management|steering|senior|team|ops|operations|legal|finance|investment|risk|audit|executive|exec|governance|family|staff)`;
const TIMED_TO_OWN_MEETING = new RegExp(
  String.raw`\b(?:before|ahead\s+of|in\s+time\s+for|for)\s+(?:each\s+|every\s+|the\s+next\s+)?(?:of\s+)?(?:our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}?(?:${BODY}|${OWN_UNIT}\s+meetings?)\b`,
  "i",
);
// The writer's own reading said in the clause: "send me…", "before our board, so I can prepare".
const WRITER_ALONE = /\b(?:i|me|my|myself)\b/i;

// Round 27 (analysis-lh24): "Monthly is fine. Send it the week before our board meets": the
// deadline given in the next sentence of the paragraph, an instruction for the same updates.
const SEND_THEM =
  /^(?:(?:please|and|so|just)\s+)?(?:send|have|get|time)\s+(?:it|them|these|those|each\s+one)\b/i;

/**
 * A cadence timed to the organisation's own meeting, with no "I"/"me" in its clause: in its own
 * sentence, or in the next sentence of the paragraph when that one sends the same updates and says
 * nothing of "I".
 */
export function timedToOwnMeeting(context: ClauseContext): boolean {
  if (WRITER_ALONE.test(context.clause.text)) return false;
  if (TIMED_TO_OWN_MEETING.test(context.sentence.text)) return true;
  const next = sameParagraphNext(context);
  return (
    next !== undefined &&
    SEND_THEM.test(next.text.trim()) &&
    TIMED_TO_OWN_MEETING.test(next.text) &&
    !WRITER_ALONE.test(next.text)
  );
}

/**
 * No "I", "me" or "my" in the sentence, nor in the next sentence of its paragraph: nothing makes
 * the cadence the writer's own reading (round 32's cadence from a sender with no person profile).
 */
export function writerUnsaid(context: ClauseContext): boolean {
  if (WRITER_ALONE.test(context.sentence.text)) return false;
  const next = sameParagraphNext(context);
  return next === undefined || !WRITER_ALONE.test(next.text);
}

function sameParagraphNext(context: ClauseContext): ClauseContext["next"] {
  const next = context.next;
  return next !== undefined && next.paragraph === context.sentence.paragraph ? next : undefined;
}

// Round 27 (analysis-lh24): "Could we get the status updates weekly, Monday mornings? That's when
// our producers plan the week": the firm sends, "we" receive, and the next sentence of the
// paragraph names the organisation's own people or meeting. "Rather than the daily emails, could
// we have one update a week?" alone stays the writer's (round 8): "could we" is the writer and the
// firm together unless the organisation is named next.
const RECEIVING_WE =
  /\b(?:could|can)\s+we\s+(?:please\s+)?(?:get|receive|have)\s+(?:[\w-]+\s+){0,3}?(?:updates?|reports?|notes?|summar(?:y|ies))\b/i;
// The organisation's own people or bodies: "our producers", "our board", "our finance team".
const OUR_PEOPLE = new RegExp(
  String.raw`\bour\s+(?:[\w-]+\s+)?(?:${BODY}|${OWN_UNIT}|people|staff|partners|ceo|cfo|coo|md|gc|chair(?:man|woman|person)?|[a-z-]+(?:ers|ors|ists|ants|ents|ees))\b`,
  "i",
);

/** "could we get the updates…" with the organisation's people named in the next sentence. */
export function receivingWeForOrganisation(context: ClauseContext): boolean {
  const next = sameParagraphNext(context);
  return (
    RECEIVING_WE.test(context.clause.text) &&
    !WRITER_ALONE.test(context.clause.text) &&
    next !== undefined &&
    OUR_PEOPLE.test(next.text)
  );
}

// Round 23 (analysis-lh21): the writer's own use of the firm's updates, "so I can fold it into my
// report to the board", "for my report to the trustees".
const WRITER_OWN_USE =
  /\bso\s+(?:that\s+)?I\s+can\s+(?:fold|feed|put|use|drop|include|work|pass|prepare|copy|paste|turn)\b|\b(?:into|for|in)\s+my\s+(?:own\s+)?(?:monthly\s+|quarterly\s+|weekly\s+)?(?:report|update|note|pack|papers|summary|briefing)\b/i;

/** The sentence says the writer uses the updates themselves: the cadence stays theirs. */
export function writerOwnUse(context: ClauseContext): boolean {
  return WRITER_OWN_USE.test(context.sentence.text);
}

// Round 22 (listen-22a): the organisation named by one of its bodies as the subject of a wish
// about hospitality ("the committee would rather not be invited", "the family would love to be
// asked again", "the board can't accept hospitality"). Lower-case words only between "the" and
// the body ("the whole team", "the management committee"): "the Acme board" is another company's.
const BODY_SUBJECT = new RegExp(
  `^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Aa]lso)\\s+)?(?:[Tt]he|[Oo]ur)\\s+(?:(?:${BODY_QUALIFIERS})\\s+)?(?:${ORGANISATION_BODIES})\\b(?!\\s+of\\b)(?!['’])`,
);

/** The organisation, named by one of its bodies, is the subject of the clause. */
export function bodyIsSubject(context: ClauseContext): boolean {
  return BODY_SUBJECT.test(context.clause.text);
}

// Another company's body as the subject: "Brightline's board", "the Brightline board", "their
// committee", "the other side's trustees". A capitalised word that says what a body does names
// the writer's own ("the Finance Committee", "the Audit Committee", "the Parish Council").
const NAMED_BODY_SUBJECT = new RegExp(
  `^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Aa]lso)\\s+)?(?:(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}&-]*)(['’]s)?|([Tt]heir|[Tt]he\\s+other\\s+side['’]s|[Tt]he\\s+other\\s+party['’]s))\\s+(?:[\\p{L}-]+\\s+)?(?:${eitherCase(ORGANISATION_BODIES)})\\b`,
  "u",
);

const BODY_KIND =
  /^(?:Finance|Financial|Audit|Risk|Investment|Investments|Executive|Management|Remuneration|Nominations?|Governance|Steering|Advisory|Operating|Operations|Parish|Church|Legal|Compliance|Credit|Ethics|Planning|Property|Estates?|Fundraising|Grants?|Trading|Safeguarding|Supervisory|Main|Full|Whole|Wider|Extended|Leadership|Senior|Strategy|Strategic|Technical|Scientific|Medical|Clinical|People|HR|IT|Sales|Marketing|Procurement|Project|Programme|Program|Development|Capital|Treasury|Pensions?|Board|Committee|Trust|Trustee|Management)$/;

/**
 * Another organisation's body is the subject of the clause ("the Brightline board would like…",
 * "their committee would rather not be invited"); `isOwn` tells the writer's own name's words.
 */
export function otherBodyIsSubject(
  context: ClauseContext,
  isOwn: (word: string) => boolean,
): boolean {
  const m = NAMED_BODY_SUBJECT.exec(context.clause.text);
  if (!m) return false;
  if (m[3]) return true;
  const word = m[1]!;
  if (/^(?:The|Our|My|Your|And|But|So|Also)$/.test(word) || isOwn(word)) return false;
  return m[2] !== undefined || !BODY_KIND.test(word);
}

/** A governing body asks for the reports: the organisation's reporting, not a colleague's taste. */
export function bodyAsks(context: ClauseContext): boolean {
  return BODY_ASKS.test(context.clause.text);
}

/**
 * Whether a cadence that names no holder of its own ("a status note…, all live matters") is the
 * organisation's reporting.
 */
export function cadenceForOrganisation(
  context: ClauseContext,
  namesOrganisation: (text: string) => boolean,
): boolean {
  const { clause, sentence } = context;
  if (PORTFOLIO.test(clause.text) || TO_ORGANISATION.test(clause.text)) return true;
  const named = TO_NAMED.exec(clause.text);
  if (named && namesOrganisation(named[1]!)) return true;
  const prompt = sentence.prompt?.text;
  return prompt !== undefined && (TO_THE_COMPANY.test(prompt) || namesOrganisation(prompt));
}

// Round 16: a second reader of the same updates. "It should go to both of us", "send it to the two
// of us", "Chidi wants it too", "Ana would like a copy as well": the cadence is shared by the
// organisation's people, so it is the organisation's, not one reader's.
const BOTH_OF_US = /\b(?:(?:both|all)\s+of\s+us|us\s+both|the\s+two\s+of\s+us)\b/i;
const ALSO_WANTS =
  /^(?:(?:and|also|but|plus)\s+)?(?!I\b|We\b|You\b|They\b|It\b)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:wants|would\s+like|'d\s+like|needs|reads)\s+(?:it|them|one|these|those|the\s+same|a\s+copy)\s+(?:too|as\s+well)\b/u;

function sharedIn(sentence: ClauseContext["sentence"] | undefined): boolean {
  return (
    sentence !== undefined &&
    (BOTH_OF_US.test(sentence.text) || sentence.clauses.some((c) => ALSO_WANTS.test(c.text)))
  );
}

/** The cadence's sentence, or the next in its paragraph, names a second reader of it. */
export function sharedCadence(context: ClauseContext): boolean {
  const { sentence, next } = context;
  return sharedIn(sentence) || (next?.paragraph === sentence.paragraph && sharedIn(next));
}
