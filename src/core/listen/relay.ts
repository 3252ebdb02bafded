/**
 * Who speaks for whom: a preference an assistant, PA, chief of staff, relative or colleague
 * relays for the person they write for ("Sir Anthony would rather not be telephoned", "she only
 * needs the total", "please don't text him") belongs on that person's profile, not the writer's
 * (docs/listen.md, "Relayed preferences"). It is heard only when:
 *
 * 1. the writer says whom they write for: a role ("I'm Mr Hale's PA", "Executive Assistant to
 *    Dame Ruth Ogilvie", "I look after Sir Geoffrey's diary", "I work for Ms Tan"), a relay ("Mr
 *    Hale has asked me to let you know…", "on behalf of Dr Greer"), or the message was sent from
 *    the principal's own mailbox by someone else (`ClientMessage.sender`);
 * 2. that person's address is known: the mailbox sent for, a recipient (To/Cc) of that name, an
 *    address of that name in the message, or a stored person profile of that name;
 * 3. the clause is about them: their name or the pronoun that stands for them as its subject
 *    ("he prefers…", "Sir Anthony would rather…"), a request aimed at them ("please don't text
 *    him"), or a clause with no subject of its own in a passage introduced as theirs ("A couple
 *    of things from him: …").
 *
 * Such a clause is read again as the principal's own first-person statement ("he prefers" → "I
 * prefer", "text him" → "text me"), so every recogniser and every refusal of listening works on it
 * unchanged, and its suggestions carry the principal's matchKey. Anyone else the message speaks
 * of ("my colleague prefers calls", a principal whose address is nowhere) stays unheard.
 */
import type { ClientProfile } from "../profile";
import { domainOf, normaliseAddress } from "../draft";
import { atFirm } from "../firm";
import type { ReadMessage } from "./message";
import type { Clause, Sentence } from "./sentences";
import { TITLE_ALONE, TITLE_WORD } from "./titles";
import { TIME_FRONT } from "./time-front";
import type { ClientMessage } from "./types";

export interface Principal {
  /** The principal's address: the matchKey their suggestions carry. */
  key: string;
  /** The name as the writer gives it ("Sir Geoffrey Pemberton"). */
  name: string;
  /** Name words without titles, lower-cased ("geoffrey", "pemberton"). */
  words: string[];
  /** The pronoun that stands for them, when the title or the message tells. */
  pronoun?: "he" | "she";
  /** Named only by a role ("the Chairman", "my boss"): the role as written, lower-cased. */
  role?: string;
  /**
   * Round 19: their title alone, when it stands for them once they are named ("Madame" of
   * "Madame Veronese", "the Doctor" of "Dr Okafor"), as a regular-expression source.
   */
  alone?: string;
  /**
   * Round 17: introduced in the message ("I'm copying in Priya, our GC."): only the sentences
   * right after the introduction speak of them (sentence indexes, inclusive).
   */
  scope?: { from: number; to: number };
}

export interface RelayView {
  principal: Principal;
  /** The message as the principal's own words: their clauses rewritten, every other one empty. */
  read: ReadMessage;
  /** The original clauses read as the principal's (the writer's own reading skips them). */
  clauses: Set<Clause>;
}

const CAP = String.raw`\p{Lu}[\p{L}'’-]+`;
// A person's name as written: a title and up to three capitalised words, or two to three words.
const PERSON = String.raw`((?:${TITLE_WORD}\.?\s+)(?:${CAP}\s+){0,2}${CAP}|${CAP}(?:\s+${CAP}){0,2})`;
const POSS = String.raw`(?:'s|’s)`;
// "Dr Okafor (copied)", "Mr Lindqvist, who is in copy,": an aside after a name.
// Also an address in the brackets and a few words: "(rustam.karimov@kestrel.example, copied)".
const ASIDE = String.raw`(?:\s*\((?:[^()\s@]+@[^()\s,;]+(?:[,;]?\s*[^)]{1,24})?|[^)]{1,30})\)\s*,?|,\s+(?:who|whom)\s+[^,]{1,30},)?`;
const ROLE = String.raw`(?:(?:[Ee]xecutive|[Pp]ersonal|[Pp]rivate|[Ll]egal|[Ss]enior)\s+)?(?:[Aa]ssistant|PA|EA|P\.\s?A\.|E\.\s?A\.|[Ss]ecretary|[Cc]hief\s+of\s+[Ss]taff|[Dd]iary\s+[Mm]anager|[Oo]ffice\s+[Mm]anager|[Aa]ide)`;

// "Mr Hale has asked me to let you know", "Sir Anthony asked me to pass on"
const ASKED_BY_PERSON = new RegExp(
  String.raw`${PERSON}${ASIDE}\s+(?:has\s+|had\s+|would\s+like\s+|wants\s+|wanted\s+)?(?:asked|requested|instructed|asks|requests)\s+me\s+to\b`,
  "gu",
);
// The words ASKED_BY_PERSON must contain. Tried first: the pattern starts with a name, so it is
// tried at every capital letter, which costs far more when V8 has compiled it without its regexp
// optimisations (as it does for patterns first run after the process has generated a lot of
// regexp code, e.g. once the detection engine has run).
const ASKED_ME_TO = /(?:asked|requested|instructed|asks|requests)\s+me\s+to\b/u;

// "Mr Lindqvist asks that you…", "Dr Okafor would ask you to…", "Ms Tan requests that…": the
// writer passes on a request of someone named. Who that is counts only at the writer's own
// organisation (principalOf): a counterparty's request is not a client's wish.
const REPORTED_REQUEST = new RegExp(
  String.raw`${PERSON}${ASIDE}\s+(?:(?:also|kindly|has|would|would\s+also|has\s+also)\s+)?(?:asks|asked|requests|requested|ask|request|would\s+like\s+to\s+ask|would\s+like|wants|wishes|would\s+be\s+grateful)\s+(?:that\s+(?:you|all|any|the|your|his|her|we|our|invoices|meetings|calls|correspondence)\b|you\s+(?:to|not)\b|if\s+you\b)`,
  "gu",
);
const ASKS_THAT =
  /\b(?:asks?|asked|requests?|requested|like|wants|wishes|grateful)\s+(?:that|you|if)\b/u;
// "Ms Okonkwo dislikes being called Ngozi", "Ms Varga prefers Zoom": a titled person's own wish,
// which the writer relays only when they sign as someone's assistant ("Grace Obi, Private
// Secretary", "PA", "Office of Zsofia Varga"); from anyone else it stays a colleague's.
const STATED_WISH = new RegExp(
  String.raw`${PERSON}${ASIDE}\s+(?:(?:also|still|really|much|strongly|very\s+much)\s+)?(?:prefers|would\s+prefer|would\s+rather|would\s+like|does\s+not|doesn't|never|can't|cannot|dislikes|hates|likes|wants|asks\s+that|asked\s+that)\b`,
  "gu",
);
const SIGNS_AS_ASSISTANT = new RegExp(
  String.raw`(?:^|[,|–-]\s*|\n)${ROLE}\s*$|^(?:[Tt]he\s+)?(?:[Pp]rivate\s+)?[Oo]ffice\s+of\s+`,
  "mu",
);

// How a writer says whom they write for. Each captures the principal's name.
const ROLE_CUES: readonly RegExp[] = [
  // "Executive Assistant to Sir Geoffrey Pemberton", "PA to Mr Hale"
  new RegExp(String.raw`\b${ROLE}\s+to\s+${PERSON}`, "gu"),
  // "I'm Mr Adeyemi's executive assistant", "I am Dr Greer's PA"
  new RegExp(
    String.raw`\bI(?:'m|’m|\s+am)\s+${PERSON}${POSS}\s+(?:[\p{L}-]+\s+){0,2}?${ROLE}\b`,
    "giu",
  ),
  // "I look after Sir Geoffrey's diary", "I manage Ms Tan's calendar"
  new RegExp(
    String.raw`\bI\s+(?:look\s+after|manage|run|keep|handle|organi[sz]e|deal\s+with)\s+${PERSON}${POSS}\s+(?:diary|calendar|office|affairs|correspondence|inbox|e-?mails?|mail|schedule|post)\b`,
    "gu",
  ),
  // "I work for Ms Tan", "I support the Chairman, Sir Anthony Vell"
  new RegExp(
    String.raw`\bI\s+(?:work\s+for|support|assist)\s+(?:(?:our|the)\s+[\p{Ll}\s]{2,30}?,\s+)?${PERSON}`,
    "gu",
  ),
  // "on behalf of Dr Greer", "writing for Mrs Ashcombe", "p.p. Sir Anthony Vell"
  new RegExp(
    String.raw`\b(?:[Oo]n\s+behalf\s+of|(?:[Ww]riting|[Ee]-?mailing|[Rr]eplying|[Rr]esponding)\s+(?:on\s+behalf\s+of|for)|p\.?\s?p\.?)\s+(?:(?:my|our|the)\s+[\p{Ll}\s]{2,30}?,?\s+)?${PERSON}`,
    "gu",
  ),
  // "on Sir Anthony's behalf"
  new RegExp(String.raw`\bon\s+${PERSON}${POSS}\s+behalf\b`, "gu"),
  // "Office of Zsofia Varga", "Private Office of Lord Hale" (a signature line)
  new RegExp(String.raw`^(?:[Tt]he\s+)?(?:[Pp]rivate\s+)?[Oo]ffice\s+of\s+${PERSON}`, "gmu"),
  ASKED_BY_PERSON,
];

// A relative or carer writes for someone only when they say they were asked to ("I'm Winifred
// Ashcombe's granddaughter - she asked me to email"); being related is not speaking for them.
const RELATIVE = new RegExp(
  String.raw`\bI(?:'m|’m|\s+am)\s+${PERSON}${POSS}\s+(?:[\p{L}-]+\s+)?(?:daughter|son|granddaughter|grandson|niece|nephew|wife|husband|partner|sister|brother|carer|caregiver|mother|father|stepdaughter|stepson|daughter-in-law|son-in-law)\b`,
  "gu",
);
const ASKED_TO_WRITE =
  /\b(?:asked|wants|wanted)\s+me\s+to\s+(?:e-?mail|write|say|pass|let\s+you\s+know|tell\s+you|get\s+in\s+touch|contact\s+you)|\bon\s+(?:his|her)\s+behalf\b/i;

// A principal named only by their role: "I'm the Chairman's PA", "my boss has asked me to let you
// know", "on behalf of our CEO", "I work for the managing director". Read as who (the writer, an
// assistant or colleague) × relation (writes for, was asked by) × role; the address is then the
// one To/Cc recipient the role can be tied to (roleAddress below).
const ROLE_TITLE = String.raw`(?:[Cc]hair(?:man|woman|person)?|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|CFO|COO|[Gg]eneral\s+[Cc]ounsel|[Mm]anaging\s+[Dd]irector|MD|[Ff]ounder|[Pp]resident|[Pp]rincipal|[Dd]irector|[Bb]oss|[Mm]anager|[Hh]ead\s+of\s+[\p{L}-]+|[Vv]ice[\s-][Cc]hancellor|[Hh]ead(?:teacher|master|mistress)|[Ss]enior\s+[Pp]artner|[Ee]mployer|[Cc]hief\s+[\p{L}]+\s+[Oo]fficer)`;
const NO_NAME_AFTER = String.raw`(?!,?\s+(?:${TITLE_WORD}\.?\s+)?\p{Lu}\p{Ll})`;
const ROLE_ONLY_CUES: readonly RegExp[] = [
  // "PA to the Chairman", "Executive Assistant to our CEO"
  new RegExp(String.raw`\b${ROLE}\s+to\s+(?:the|our|my)\s+(${ROLE_TITLE})\b${NO_NAME_AFTER}`, "gu"),
  // "I'm the Chairman's PA", "I am the CEO's executive assistant"
  new RegExp(
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:the|our|my)\s+(${ROLE_TITLE})${POSS}\s+(?:[\p{L}-]+\s+){0,2}?${ROLE}\b`,
    "gu",
  ),
  // "My boss has asked me to let you know", "The Chairman asked me to pass on"
  new RegExp(
    String.raw`\b(?:[Mm]y|[Oo]ur|[Tt]he)\s+(${ROLE_TITLE})\s+(?:has\s+|had\s+|would\s+like\s+|wants\s+|wanted\s+)?(?:asked|requested|instructed)\s+me\s+to\b`,
    "gu",
  ),
  // "on behalf of our CEO", "writing for the Chairman"
  new RegExp(
    String.raw`\b(?:on\s+behalf\s+of|writing\s+for)\s+(?:the|our|my)\s+(${ROLE_TITLE})\b${NO_NAME_AFTER}`,
    "gu",
  ),
  // "I work for the managing director", "I look after the Chairman's diary"
  new RegExp(
    String.raw`\bI\s+(?:work\s+for|support|assist)\s+(?:the|our|my)\s+(${ROLE_TITLE})\b${NO_NAME_AFTER}`,
    "gu",
  ),
  new RegExp(
    String.raw`\bI\s+(?:look\s+after|manage|run|keep|handle)\s+(?:the|our|my)\s+(${ROLE_TITLE})${POSS}\s+(?:diary|calendar|office|affairs|correspondence|inbox|e-?mails?|mail|schedule)\b`,
    "gu",
  ),
];

/** `text` as a regular-expression source that matches exactly it. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The role the writer says they write for, when they name no person: "chairman", "boss". */
function namedRole(authored: string): string | undefined {
  for (const cue of ROLE_ONLY_CUES) {
    cue.lastIndex = 0;
    const m = cue.exec(authored);
    if (m) return m[1]!.replace(/\s+/g, " ").toLowerCase();
  }
  return undefined;
}

/**
 * Harm audit 48a, finding 2: the firm's own people are never a client's principal nor a refusal's
 * target ("I'm Mr Wright's PA" sent to the firm's Dan Wright is not about Dan Wright). The test is
 * core/firm.ts's, shared with the engine and the pane since round 49.
 */
export { atFirm };

/** The message without its recipients at the firm's domains. */
function withoutFirm(message: ClientMessage, firmDomains: readonly string[]): ClientMessage {
  if (firmDomains.length === 0 || !message.recipients) return message;
  return {
    ...message,
    recipients: message.recipients.filter((r) => !atFirm(r.address, firmDomains)),
  };
}

/**
 * The one To/Cc recipient a role can be tied to: a recipient whose display name or stored profile
 * gives the role ("Chairman" in its title), else the one recipient at the writer's own
 * organisation (an assistant copies their principal). Several, or none: nobody.
 */
function roleAddress(
  role: string,
  message: ClientMessage,
  profiles: Iterable<ClientProfile>,
  writer: string,
): string | undefined {
  const domain = domainOf(writer);
  const colleagues = (message.recipients ?? [])
    .map((r) => ({ name: r.name ?? "", address: normaliseAddress(r.address) }))
    .filter(
      (r) => r.address.includes("@") && r.address !== writer && domainOf(r.address) === domain,
    );
  const unique = [...new Map(colleagues.map((r) => [r.address, r])).values()];
  const titles = new Map<string, string>();
  for (const p of profiles)
    titles.set(p.matchKey.toLowerCase(), `${p.fullName ?? ""} ${p.title ?? ""}`);
  const word = new RegExp(String.raw`\b${literal(role)}\b`, "i");
  const titled = unique.filter((r) => word.test(`${r.name} ${titles.get(r.address) ?? ""}`));
  if (titled.length === 1) return titled[0]!.address;
  return unique.length === 1 ? unique[0]!.address : undefined;
}

// Name words a role cue can capture that are not a person's name.
const NOT_NAMES = new Set(
  "the chairman chairwoman chair ceo cfo board company trust group office team family firm council dear hi hello please thanks i we our my".split(
    " ",
  ),
);
const MALE = /^(?:Mr|Sir|Lord|Father|Rabbi|Imam|Monsieur|Herr|Signor|Señor)\b/;
// A name with a title ("Mr Lindqvist", "Dr Okafor"): a reported request names a person, not "The
// Board" or "Please".
const TITLED = new RegExp(String.raw`^${TITLE_WORD}\.?\s`, "u");
const FEMALE =
  /^(?:Mrs|Ms|Miss|Dame|Lady|Baroness|Madame|Mme|Mademoiselle|Mlle|Frau|Signora|Señora)\b/;

/** The title alone that stands for someone named with it ("Madame" for "Madame Veronese"). */
function aloneOf(name: string): { alone?: string } {
  const title = new RegExp(`^(${TITLE_WORD})\\.?\\s+\\p{Lu}`, "u").exec(name)?.[1];
  const alone = title ? TITLE_ALONE[title] : undefined;
  return alone ? { alone } : {};
}

function nameWords(name: string): string[] {
  return name
    .replace(new RegExp(String.raw`^${TITLE_WORD}\.?\s+`, "u"), "")
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, "").toLowerCase())
    .filter((w) => w.length >= 2 && !NOT_NAMES.has(w));
}

/** The people the writer says they write for, in the order the message names them. */
function namedPrincipals(authored: string): { name: string; words: string[]; ownOrg?: boolean }[] {
  const named: { name: string; words: string[]; ownOrg?: boolean }[] = [];
  for (const cue of ROLE_CUES) {
    if (cue === ASKED_BY_PERSON && !ASKED_ME_TO.test(authored)) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(authored); m; m = cue.exec(authored)) {
      const name = m[1]!.trim();
      const words = nameWords(name);
      if (words.length > 0) named.push({ name, words });
    }
  }
  const reported = [
    ...(ASKS_THAT.test(authored) ? [REPORTED_REQUEST] : []),
    ...(SIGNS_AS_ASSISTANT.test(authored) ? [STATED_WISH] : []),
  ];
  for (const cue of reported) {
    cue.lastIndex = 0;
    for (let m = cue.exec(authored); m; m = cue.exec(authored)) {
      const words = nameWords(m[1]!);
      if (words.length > 0 && TITLED.test(m[1]!))
        named.push({ name: m[1]!.trim(), words, ownOrg: true });
    }
  }
  if (ASKED_TO_WRITE.test(authored)) {
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(authored); m; m = RELATIVE.exec(authored)) {
      const words = nameWords(m[1]!);
      if (words.length > 0) named.push({ name: m[1]!.trim(), words });
    }
  }
  return named;
}

function tokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2);
}

/**
 * Whether a person (display name and address) is the one named: every name word the writer used
 * is among theirs ("Sir Anthony" → Anthony; "Anthony Vell" → both), or the surname is the
 * address's ("Mr Hale" → c.hale@…).
 */
function isNamed(words: readonly string[], name: string, address: string): boolean {
  const local = address.split("@")[0] ?? "";
  // A hyphenated surname is one name as well as two ("Okonkwo-Barr" → okonkwobarr).
  const joined = (text: string) => tokens(text.replace(/[-'’]/g, ""));
  const own = new Set([...tokens(name), ...tokens(local), ...joined(name), ...joined(local)]);
  const plain = words.map((w) => tokens(w).join(""));
  if (plain.every((w) => own.has(w))) return true;
  // "anthony.vell", "avell", "ngreer": an address that joins an initial to the surname.
  const surname = plain[plain.length - 1]!;
  return (
    surname.length >= 3 &&
    plain.length >= 1 &&
    new RegExp(`^[a-z]?${surname}$`).test(local.replace(/[^a-z]/gi, "").toLowerCase())
  );
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The principal's address: the one person of that name the message or the profiles know. */
function addressOf(
  words: readonly string[],
  message: ClientMessage,
  authored: string,
  profiles: Iterable<ClientProfile>,
  writer: string,
  firmDomains: readonly string[] = [],
): string | undefined {
  const found = new Set<string>();
  const consider = (name: string, address: string) => {
    const a = normaliseAddress(address);
    if (a.includes("@") && a !== writer && !atFirm(a, firmDomains) && isNamed(words, name, a))
      found.add(a);
  };
  for (const r of message.recipients ?? []) consider(r.name ?? "", r.address);
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(authored); m; m = ADDRESS.exec(authored)) consider("", m[0]);
  if (found.size === 0) {
    for (const p of profiles) {
      if (p.matchKey.startsWith("@")) continue;
      consider(`${p.fullName ?? ""} ${p.title ?? ""}`, p.matchKey);
    }
  }
  if (found.size === 1) return [...found][0];
  // Several of that name: the one at the writer's organisation.
  const domain = domainOf(writer);
  const same = [...found].filter((a) => domainOf(a) === domain);
  return same.length === 1 ? same[0] : undefined;
}

// Round 17: a colleague the writer introduces by bringing them into the thread: "I'm copying in
// Priya, our GC", "I've added Tom Reyes (our FD) to this email", "Looping in my colleague Sigrún".
const INTRODUCES = new RegExp(
  String.raw`(?:^|[\s,;:(-])(?:(?:I['’]m|I\s+am|I['’]ve|I\s+have|I\s+have\s+also|I['’]ve\s+also|[Ww]e['’]re|[Ww]e['’]ve|[Jj]ust)\s+)?(?:[Cc]opying|[Cc]opied|[Cc]c['’]?ing|[Cc]c['’]?d|[Ll]ooping|[Ll]ooped|[Aa]dding|[Aa]dded|[Bb]ringing|[Bb]rought|[Ii]ncluding)\s+(?:in\s+)?(?:my\s+colleague\s+|our\s+[\p{Ll}\s]{2,30}?,?\s+)?${PERSON}(?![\p{L}'’])(?:\s*\([^)]{1,40}\))?(?:,\s+(?:our|my|the)\s+[^,.;]{2,40})?(?:\s+(?:in|on|to|into)\s+(?:this|the)\s+(?:e-?mail|thread|chain|conversation|loop))?\s*[.;!]?\s*$`,
  "u",
);

/**
 * The colleague a sentence introduces by copying them in, when the recipients (To/Cc) hold one
 * address of that name at the writer's organisation, and the sentences that follow it in its
 * paragraph (or the next one) speak of one person by one pronoun: "I'm copying in Priya, our GC.
 * She'd rather not be phoned." Nobody found, nobody.
 */
function introducedColleague(read: ReadMessage, message: ClientMessage): Principal | undefined {
  const writer = read.sender.address;
  for (const sentence of read.sentences) {
    const m = INTRODUCES.exec(sentence.text);
    if (!m) continue;
    const name = m[1]!.trim();
    const words = nameWords(name);
    if (words.length === 0) continue;
    const only = { ...message, recipients: message.recipients ?? [] };
    const key = addressOf(words, only, "", [], writer);
    if (!key || domainOf(key) !== domainOf(writer)) continue;
    // The sentences that go on about them: the next one, then each after it in the paragraph
    // that still names them or uses the pronoun; one about anything else ends it ("My daughter
    // starts school today. She…" is the daughter).
    const next = read.sentences[sentence.index + 1];
    const pronoun = MALE.test(name)
      ? "he"
      : FEMALE.test(name)
        ? "she"
        : next && pronounUsed(next.text);
    if (!next || !pronoun) continue;
    const mentions = new RegExp(
      String.raw`\b(?:${pronoun === "he" ? "he|him|his|he's|he'd|he'll" : "she|her|hers|she's|she'd|she'll"}|${words.map(literal).join("|")})\b`,
      "i",
    );
    let to = sentence.index;
    for (const s of read.sentences.slice(sentence.index + 1)) {
      const continues = s.index === sentence.index + 1 || s.paragraph === sentence.paragraph;
      if (!continues || !mentions.test(s.text)) break;
      to = s.index;
    }
    if (to === sentence.index) continue;
    return { key, name, words, pronoun, scope: { from: sentence.index + 1, to } };
  }
  return undefined;
}

/** Whom the writer writes for, with the principal's address, or undefined. */
export function principalOf(
  read: ReadMessage,
  message: ClientMessage,
  profiles: Iterable<ClientProfile>,
  onBehalfOf?: { address: string; name?: string },
  firmDomains: readonly string[] = [],
): Principal | undefined {
  const writer = read.sender.address;
  // Only the client side's people: a name that matches no one but the firm's is no one known.
  message = withoutFirm(message, firmDomains);
  // Read more than once (names, then a role): an iterator would be spent by the first.
  const people = [...profiles];
  const candidates = namedPrincipals(read.authored);
  let named = candidates[0];
  let key: string | undefined;
  let name = named?.name ?? "";
  let words = named?.words ?? [];
  // Sent from the principal's own mailbox by someone else: that mailbox is whose.
  const mailbox = onBehalfOf ? normaliseAddress(onBehalfOf.address) : undefined;
  if (mailbox && mailbox !== writer) {
    if (atFirm(mailbox, firmDomains)) return undefined;
    key = mailbox;
    if (!named) {
      name = onBehalfOf?.name ?? "";
      words = nameWords(name);
    }
  } else {
    // The first of them whose address is known ("Granny asked me to…" names no one the firm
    // knows; "I'm Winifred Ashcombe's granddaughter" does).
    for (const candidate of candidates) {
      key = addressOf(candidate.words, message, read.authored, people, writer, firmDomains);
      if (key && candidate.ownOrg && domainOf(key) !== domainOf(writer)) key = undefined;
      if (key) {
        named = candidate;
        name = candidate.name;
        words = candidate.words;
        break;
      }
    }
  }
  if (!key && candidates.length === 0) {
    const role = namedRole(read.authored);
    const address = role ? roleAddress(role, message, people, writer) : undefined;
    if (role && address) {
      const recipient = (message.recipients ?? []).find(
        (r) => normaliseAddress(r.address) === address,
      );
      const pronoun = pronounUsed(read.authored);
      return {
        key: address,
        name: recipient?.name ?? "",
        words: nameWords(recipient?.name ?? ""),
        role,
        ...(pronoun ? { pronoun } : {}),
      };
    }
  }
  if (!key && !mailbox) return introducedColleague(read, message);
  if (!key || words.length === 0) return undefined;
  const pronoun = MALE.test(name) ? "he" : FEMALE.test(name) ? "she" : pronounUsed(read.authored);
  return { key, name, words, ...(pronoun ? { pronoun } : {}), ...aloneOf(name) };
}

/** Without a title: the third-person pronoun the message uses, when it uses only one. */
function pronounUsed(text: string): "he" | "she" | undefined {
  const he = /\b(?:he|him|his|he's|he'd)\b/i.test(text);
  const she = /\b(?:she|her|she's|she'd)\b/i.test(text);
  return he && !she ? "he" : she && !he ? "she" : undefined;
}

// "calling Raj's mobile": their phone or inbox stands for them.
const THEIR_LINE = String.raw`['’]s\s+(?=(?:mobile|phone|cell|landline|number|e-?mail|inbox)\b)`;
// "my colleague Darren", "our site manager Darren Cole": who they are to the writer, before the name.
const COLLEAGUE_BEFORE = String.raw`(?:(?:my|our)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}?)?`;
// "Please stop calling Darren", "don't text Mr Cole": a way of reaching someone named, refused.
const REFUSED_FOR = new RegExp(
  String.raw`\b(?:[Ss]top|[Qq]uit|[Dd]on['’]t|[Dd]o\s+not|[Nn]ever|[Nn]o\s+more|[Aa]void)\s+(?:(?:\p{Ll}+\s+){0,2}?)(?:calling|phoning|ringing|texting|e-?mailing|messaging|contacting|WhatsApping|call|phone|ring|text|e-?mail|message|contact|WhatsApp)\s+${COLLEAGUE_BEFORE}(${PERSON})`,
  "gu",
);

/**
 * Round 16: the person a channel refusal is aimed at ("please stop calling Darren"), when they
 * are one of the writer's colleagues whose address the message holds (To/Cc, or written in it):
 * the refusal, and the requests that go on from it ("email him instead"), are about reaching
 * them, so theirs. Nobody when the name is no one's there: never the writer's (clause-facts.ts
 * channelForSomeoneNamed keeps it from them).
 */
export function aimedAt(
  read: ReadMessage,
  message: ClientMessage,
  firmDomains: readonly string[] = [],
): Principal | undefined {
  const writer = read.sender.address;
  message = withoutFirm(message, firmDomains);
  const domain = domainOf(writer);
  REFUSED_FOR.lastIndex = 0;
  for (let m = REFUSED_FOR.exec(read.authored); m; m = REFUSED_FOR.exec(read.authored)) {
    const name = m[1]!.trim();
    const words = nameWords(name);
    if (words.length === 0) continue;
    const key = addressOf(words, message, read.authored, [], writer, firmDomains);
    if (!key || domainOf(key) !== domain) continue;
    const pronoun = MALE.test(name) ? "he" : FEMALE.test(name) ? "she" : pronounUsed(read.authored);
    return { key, name, words, ...(pronoun ? { pronoun } : {}) };
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// Which clauses are the principal's, and how they read in the first person
// ------------------------------------------------------------------------------------------

const OPENERS =
  /^(?:(?:and|also|so|but|then|now|just|oh|ok|okay|well|honestly|frankly|finally|plus|please|one\s+(?:more\s+)?thing|separately|lastly|firstly|secondly|first|second|third|thirdly|fourth|fourthly|next|additionally|in\s+addition|besides)[\s,:;-]+)+/i;
// "He has asked me to let you know that…", "Sir Anthony asked me to pass on that…"; round 28
// (analysis-lh25 M11): the things passed on counted before a colon ("she asked me to pass on two
// things: …").
const RELAY_LEAD =
  /^(?:\S+\s+){1,4}?(?:(?:has\s+|had\s+|'s\s+|would\s+like\s+|wants\s+|wanted\s+)?(?:asked|requested|instructed|asks|requests)\s+me\s+to\s+(?:let\s+you\s+know|pass\s+(?:on|along)|tell\s+you|say|mention|relay|confirm|explain|flag|remind\s+you)|(?:wanted|wants|would\s+like|'d\s+like)\s+(?:you|me)\s+to\s+(?:know|be\s+aware|pass\s+(?:on|along)|tell\s+you|let\s+you\s+know))(?:\s+(?:to\s+you|once\s+more|again))?(?:\s+(?:two|three|four|a\s+few|a\s+couple\s+of|some|several)\s+(?:things|points|requests|preferences|wishes|notes)(?=\s*:))?(?:,[^,]{1,40},)?\s*(?:that\s+|:\s*)?/i;
// Round 31 (analysis-lh29): a time after the relay lead, before the principal's subject.
const RELAYED_TIME = new RegExp(
  `^(?:that\\s*)?,?\\s*(?:from\\s+now\\s+on|going\\s+forward|${TIME_FRONT})\\s*,?\\s*(?:that\\s+)?`,
  "i",
);
// "A couple of things from him:", "His preferences, for your file:", "On his behalf:": what
// follows in the paragraph is theirs.
const PASSAGE_LEAD =
  /\b(?:(?:things?|points?|notes?|requests?|preferences?|wishes)\s+from\s+(?:him|her)|(?:his|her)\s+(?:preferences|wishes|requests|rules|instructions)|on\s+(?:his|her)\s+behalf)\b[^.?!]*:\s*$/i;
// Also the ways an assistant flags a standing point: "Just to flag for future:", "Flagging for
// your records -", "A heads-up for next time:". (Round 13: "Please note he prefers…", without
// "that".)
const NOTE_THAT =
  /^(?:please\s+)?(?:know\s+that|(?:note|be\s+aware|bear\s+in\s+mind)(?:\s+that)?[\s,:-])\s*(?=\S)|^(?:just\s+)?(?:so\s+you\s+know|for\s+your\s+(?:information|file|records)|fyi)\s*[,:-]?\s*|^(?:just\s+)?(?:(?:to|I\s+wanted\s+to|I'd\s+like\s+to)\s+(?:flag|note|mention)|flagging|noting|(?:a\s+)?(?:quick\s+)?heads[\s-]up)(?:\s+(?:for|in)\s+(?:the\s+)?(?:future|next\s+time|your\s+(?:records|file|notes)|reference))?\s*[,:-]\s*(?:that\s+)?(?=\S)/i;
// A lead-in that ends in a colon, and whether it says it speaks for the principal.
const COLON_LEAD = /^[^:]{3,100}:\s+(?=\S)/;
const FOR_THEM = /\b(?:on\s+(?:his|her)\s+behalf|(?:from|for)\s+(?:him|her))\b/i;
// A clause that names its own person: the writer's organisation, the reader, someone else.
const OTHER_SUBJECT =
  /^(?:[Ww]e|[Oo]ur|[Yy]ou|[Yy]our|[Tt]hey|[Tt]heir|[Ss]he|[Hh]e|[Ii]t's|[A-Z][a-z]+\s+(?:is|was|has|will|would|says|said))\b/;
const FIRST_PERSON = /\b(?:i|i'm|i'd|i've|i'll|me|my|mine|myself)\b/i;
// (Round 12: "take him off the list for the box events", "leave her off the golf days": taken off
// the firm's invitations.)
// (Round 16: "please stop calling Darren": the gerund after "stop" too.)
// Round 22 (analysis-lh20): "the best way to reach her", "to get hold of him" ask for them too.
const CONTACT_VERB = String.raw`(?:reach|get\s+hold\s+of|call|phone|ring|text|e-?mail|message|contact|address|invite|include|write\s+to|send|copy|cc|take|leave|keep|remove|drop|strike|cross|calling|phoning|ringing|texting|e-?mailing|messaging|contacting)`;
const ADVERBS = new Set(
  "really much also always never generally usually still just only strongly definitely certainly actually simply particularly absolutely honestly rarely seldom no longer now".split(
    " ",
  ),
);

/** "[Aa]nthony|[Vv]ell": the principal's name words, capitalised or not. */
function namesSource(p: Principal): string {
  const names = p.words.map((w) => {
    const safe = literal(w);
    return `[${safe[0]!.toUpperCase()}${safe[0]}]${safe.slice(1)}`;
  });
  // "the Chairman", "my boss": the role with its determiner, in any case.
  if (p.role) {
    const role = p.role
      .split(" ")
      .map((w) => [...w].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join(""))
      .join(String.raw`\s+`);
    names.push(String.raw`(?:[Tt]he|[Mm]y|[Oo]ur)\s+${role}`);
  }
  // Round 19: "Madame asks that…", "the Doctor would rather…": the title alone, not before a name
  // of someone else ("Madame Dupont").
  if (p.alone) names.push(`${p.alone}(?!\\s+\\p{Lu})`);
  return names.join("|");
}

function subjectPattern(p: Principal): RegExp {
  const he = "[Hh]e(?:'s|'d|'ll)?";
  const she = "[Ss]he(?:'s|'d|'ll)?";
  const pronoun = p.pronoun === "he" ? he : p.pronoun === "she" ? she : `${he}|${she}`;
  return new RegExp(
    String.raw`^(?:${pronoun}|(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(p)})(?:\s+\p{Lu}[\p{L}'-]+)?(?!'s))(?![\p{L}'])`,
    "u",
  );
}

/**
 * The principal's clauses of a message, each read in their own voice. `aimedOnly` (round 16, the
 * person a refusal is aimed at, aimedAt below): only the requests aimed at them, by name or, going
 * on from one, by pronoun ("please stop calling Darren; email him instead"); what they say or want
 * themselves is a colleague's, not relayed.
 */
export function relayView(
  read: ReadMessage,
  principal: Principal,
  aimedOnly = false,
): RelayView | undefined {
  const subject = subjectPattern(principal);
  const objectPronoun =
    principal.pronoun === "she" ? "her" : principal.pronoun === "he" ? "him" : "him|her";
  // "please don't text him", "email is best for her": a request aimed at them, or for them.
  const object = new RegExp(
    String.raw`\b(?:${CONTACT_VERB}|for|to|with)\s+(?:${objectPronoun})(?!\s+(?:and|or)\s+me\b)(?=\s*(?:$|[.,;:!?)-]|\s(?:directly|instead|please|at|on|by|before|after|unless|if|in|about|again|any|come|go|be|should|must|off|from)\b))`,
    "i",
  );
  // Round 15: "please don't address him as Oluwaseun", "call her Bisi": how they are addressed.
  const addressedAs = new RegExp(
    String.raw`\b(?:call|calling|address|addressing|refer\s+to|referring\s+to)\s+(?:${objectPronoun})\s+(?:simply\s+|just\s+)?(?:as\s+)?["'“‘]?\p{Lu}`,
    "u",
  );
  const named = new RegExp(
    String.raw`\b${CONTACT_VERB}\s+${COLLEAGUE_BEFORE}(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?:${THEIR_LINE}|(?![\p{L}'’]))`,
    "u",
  );
  const leadNames = new RegExp(
    String.raw`\b(?:on\s+behalf\s+of|for|from|writing\s+for|p\.?\s?p\.?)\s+(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?![\p{L}'’])`,
    "iu",
  );
  const person = String.raw`(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?:\s+\p{Lu}[\p{L}'-]+)?`;
  const roleBefore = new RegExp(
    String.raw`^(?:[Oo]ur|[Mm]y|[Tt]he)\s+[\p{L}\s-]{2,30},\s+(?=${person}(?![\p{L}'’]))`,
    "u",
  );
  // "Writing on behalf of Dr Okafor, who asks that…": the lead names them, "who" is their voice.
  const forWho = new RegExp(
    String.raw`^(?:[\p{L}'’-]+\s+){0,3}?(?:on\s+behalf\s+of|for)\s+(${person})(?:\s*\([^)]{1,30}\))?,?\s+who\s+(?!(?:is|was|'s)\s+(?:also\s+)?(?:in\s+)?(?:copied|cc'd|cced|copy|away|out|off|travelling|on\s+leave)\b)`,
    "iu",
  );
  const asideAfter = new RegExp(
    String.raw`^(${person})(?:\s*\([^)]{1,30}\)\s*,?|,\s+(?:who|whom)\s+[^,]{1,30},)(?=\s)`,
    "u",
  );
  // "Her preference is for email", "Ms Haddad's strong preference is Teams": their wish named as
  // theirs, the possessive standing for them.
  const possessive =
    principal.pronoun === "he"
      ? "[Hh]is"
      : principal.pronoun === "she"
        ? "[Hh]er"
        : "[Hh]is|[Hh]er";
  const theirWish = new RegExp(
    String.raw`^(?:${possessive}|(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?:\s+\p{Lu}[\p{L}'-]+)?['’]s)\s+(?:(?:strong|clear|firm|general|standing|own|personal|firm|overall|very\s+strong)\s+)?(?:preference|wish|wishes|instructions?|request|rule|choice)\s+(?:is|are|would\s+be|has\s+always\s+been)\b`,
    "u",
  );
  const clauses = new Set<Clause>();
  const texts = new Map<Clause, string>();
  let passage = -1;
  // Round 16: the principal's sentence just before, in the same paragraph: a subjectless request
  // after it goes on with it ("Ms Tan has asked me to pass on her preferences. No WhatsApp,
  // please."). A new paragraph, or a sentence of the writer's own, ends it.
  let carried: Sentence | undefined;
  for (const sentence of read.sentences) {
    const { scope } = principal;
    if (scope && (sentence.index < scope.from || sentence.index > scope.to)) continue;
    const before = carried;
    carried = undefined;
    let theirsBefore =
      before !== undefined &&
      before.paragraph === sentence.paragraph &&
      before.index === sentence.index - 1;
    // "No WhatsApp, please; she keeps it for family": the first later clause with a subject of its
    // own says whose a subjectless one is.
    const explainedLater = (i: number): boolean => {
      for (const later of sentence.clauses.slice(i + 1)) {
        const t = later.text.replace(OPENERS, "").replace(/^(?:as|because|since|for)\s+/i, "");
        if (subject.test(t)) return true;
        if (FIRST_PERSON.test(t) || OTHER_SUBJECT.test(t) || /^(?:so|but|yet)\b/i.test(t))
          return false;
      }
      return false;
    };
    sentence.clauses.forEach((clause, i) => {
      // "Please note that Mr Lindqvist…", "Our CEO, Mr Lindqvist (cc), prefers…": the principal as
      // subject, once the writer's framing and the asides about them are set apart.
      let text = clause.text
        .replace(OPENERS, "")
        .replace(NOTE_THAT, "")
        .replace(roleBefore, "")
        .replace(asideAfter, "$1")
        .replace(forWho, "$1 ");
      const lead = RELAY_LEAD.exec(text);
      const relayed = lead !== null && subject.test(text);
      if (relayed) text = text.slice(lead[0].length);
      // Round 31: "…asked me to let you know that from now on she would like…", "…that, as of
      // Monday, he will…": the time before the principal's subject is no part of it.
      if (relayed) text = text.replace(RELAYED_TIME, "");
      // "Writing on behalf of Dr Okafor (cc'd): she prefers…", "For Mr Lindqvist: no calls,
      // please": a lead-in that names them or says it speaks for them, then what is theirs.
      const colon = COLON_LEAD.exec(text);
      const introduced = colon !== null && (FOR_THEM.test(colon[0]) || leadNames.test(colon[0]));
      if (introduced) text = text.slice(colon[0].length);
      const wish = theirWish.exec(text);
      if (wish) text = text.replace(/^\S+(?:\s+\S+){0,2}?['’]s(?=\s)|^\S+/u, "My");
      const own = aimedOnly
        ? !FIRST_PERSON.test(text.replace(named, "")) &&
          (named.test(text) || (theirsBefore && object.test(text)))
        : wish !== null ||
          subject.test(text) ||
          object.test(text) ||
          addressedAs.test(text) ||
          named.test(text) ||
          (introduced && !FIRST_PERSON.test(text) && !OTHER_SUBJECT.test(text));
      const noneOfTheirOwn = !FIRST_PERSON.test(text) && !OTHER_SUBJECT.test(text);
      const inPassage = !aimedOnly && passage === sentence.paragraph && noneOfTheirOwn;
      // "he'd like you to stop the weekly updates; a short note at the end of each month is
      // plenty": a clause with no subject of its own goes on with the principal's sentence. Not a
      // consequence or a contrast the writer draws ("He hates Zoom, so Teams please").
      const goesOn: boolean =
        !aimedOnly &&
        (theirsBefore || (noneOfTheirOwn && explainedLater(i))) &&
        noneOfTheirOwn &&
        !/^(?:and\s+)?(?:so|but|yet)\b/i.test(clause.text);
      theirsBefore = (own || inPassage || goesOn) && text.trim() !== "";
      if (theirsBefore) {
        clauses.add(clause);
        texts.set(clause, firstPerson(text, principal));
      }
      // The relay's own lead ("Ms Tan has asked me to pass on her preferences.") is theirs to go on
      // with, though it states nothing itself.
      if (relayed && i === sentence.clauses.length - 1) theirsBefore = true;
    });
    if (theirsBefore) carried = sentence;
    if (PASSAGE_LEAD.test(sentence.text)) passage = sentence.paragraph;
    // A passage runs on through a list that follows its lead line.
  }
  if (clauses.size === 0) return undefined;
  const sentences: Sentence[] = read.sentences.map((s) => {
    const rewritten = s.clauses.map((c) => ({ ...c, text: texts.get(c) ?? "" }));
    return {
      ...s,
      text: rewritten
        .map((c) => c.text)
        .join(" ")
        .trim(),
      clauses: rewritten,
    };
  });
  const domain = domainOf(principal.key) ?? "";
  return {
    principal,
    clauses,
    read: {
      ...read,
      sentences,
      signOffNames: [principal.name],
      sender: { address: principal.key, name: principal.name, domain },
      namesOnFile: [],
      competitorsOnFile: [],
    },
  };
}

/** The view's clause that stands for `original` (same offsets). */
export function originalOf(view: RelayView, clause: Clause): Clause | undefined {
  for (const c of view.clauses) if (c.start === clause.start && c.end === clause.end) return c;
  return undefined;
}

// A later clause of theirs: "…: he'd much rather meet", "…, and she hates Zoom".
const LATER = (pronoun: string) =>
  new RegExp(
    String.raw`(^|[.;:,]\s+|\s-\s+|\b(?:and|but|so|as|because|since|that)\s+)${pronoun}(?:('s|'d|'ll)|((?:\s+(?:no\s+longer|never|really|also|always|still|just|only|rarely|seldom|generally|usually|much|strongly|definitely|certainly|actually|simply|particularly|absolutely|honestly))*)\s+(\w+))`,
    "gi",
  );
const LATER_HE = LATER("he");
const LATER_SHE = LATER("she");

const IRREGULAR: Record<string, string> = {
  is: "am",
  "isn't": "am not",
  has: "have",
  "hasn't": "haven't",
  does: "do",
  "doesn't": "don't",
  was: "was",
  "wasn't": "wasn't",
  goes: "go",
};

function baseForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower] !== undefined) return IRREGULAR[lower]!;
  if (!/^[a-z]{3,}s$/.test(lower) || /ss$/.test(lower)) return verb;
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + "y";
  if (/(?:sh|ch|x|z|ss|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

// "…, and she no longer attends…": "I no longer attend" (the verb after its adverbs agrees).
function later(
  _: string,
  lead: string,
  c: string | undefined,
  adverbs: string | undefined,
  verb: string | undefined,
): string {
  if (c) return `${lead}I${c.toLowerCase() === "'s" ? "'m" : c}`;
  return `${lead}I${adverbs ?? ""} ${baseForm(verb!)}`;
}

/**
 * The clause in the principal's own voice: their name or pronoun as subject becomes "I" (its verb
 * agreeing: "prefers" → "prefer", "doesn't" → "don't", "'s" → "'m"), "him"/"her" as object "me",
 * "his"/"her" before a noun "my".
 */
export function firstPerson(text: string, principal: Principal): string {
  const subject = subjectPattern(principal);
  const pronoun = principal.pronoun;
  let out = text;
  const m = subject.exec(out);
  if (m) {
    const head = m[0];
    const contraction = /'(s|d|ll)$/i.exec(head)?.[1]?.toLowerCase();
    let rest = out.slice(head.length);
    if (contraction) {
      out = `I${contraction === "s" ? "'m" : `'${contraction}`}${rest}`;
    } else {
      // The verb after any adverbs agrees with "I".
      const words = rest.split(/(\s+)/);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (/^\s*$/.test(w)) continue;
        if (ADVERBS.has(w.toLowerCase())) continue;
        if (w.toLowerCase() === "does" && /^\s+not\b/.test(words.slice(i + 1).join(""))) {
          words[i] = "do";
        } else words[i] = baseForm(w);
        break;
      }
      rest = words.join("");
      out = `I${rest}`;
    }
  }
  const she = pronoun !== "he";
  const he = pronoun !== "she";
  if (he) {
    out = out
      .replace(/\bhimself\b/gi, "myself")
      .replace(/\bhim\b/gi, "me")
      .replace(/\bhis\b/gi, "my")
      .replace(LATER_HE, later);
  }
  if (she) {
    out = out
      .replace(/\bherself\b/gi, "myself")
      .replace(
        /\bher\b(?=\s+(?:[a-z][\w'-]*))(?!\s+(?:at|on|in|by|before|after|about|for|from|with|to|and|or|if|when|unless|until|directly|instead|again|please|first(?!\s+name)|any|anything|too|either|as|a|an|the|than|that|so|because|now|back|up|every|each|come|comes|go|goes|be|should|must|will|would|can|could)\b)/gi,
        "my",
      )
      .replace(/\bher\b/gi, "me")
      .replace(LATER_SHE, later);
  }
  // "please don't phone Sir Anthony": the principal named as the one to be reached ("calling
  // Raj's mobile": "calling my mobile").
  out = out.replace(
    new RegExp(
      String.raw`\b(${CONTACT_VERB})\s+${COLLEAGUE_BEFORE}(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?:\s+\p{Lu}[\p{L}'-]+)?${THEIR_LINE}`,
      "gu",
    ),
    "$1 my ",
  );
  out = out.replace(
    new RegExp(
      String.raw`\b(${CONTACT_VERB})\s+${COLLEAGUE_BEFORE}(?:${TITLE_WORD}\.?\s+)?(?:${namesSource(principal)})(?:\s+\p{Lu}[\p{L}'-]+)?(?:\s*\([^)]{1,60}\))?(?![\p{L}'’])`,
      "gu",
    ),
    "$1 me",
  );
  return out;
}
