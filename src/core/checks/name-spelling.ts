import type { AnalysedDraft, AnalysedField } from "../analysis";
import type { CheckContext, CheckMeta, CheckRecipient } from "./context";
import type { ClientProfile } from "../profile";
import { outOfTime } from "../time-budget";
import { familyNameOf } from "../text/family-names";
import { WordGate } from "../text/word-gate";
import { notesInsistOnMarks } from "./name-marks-notes";
import {
  evidenceAt,
  fieldOf,
  linesOf,
  oncePerRecipients,
  replaceFix,
  textFields,
  type TextFieldName,
} from "./helpers";
import {
  CAPITAL_CLASS,
  LETTER_CLASS,
  isUpperCaseAt,
  lettersOf,
  foldText,
  hasDroppedMarks as hasDroppedOuterMarks,
  hasDroppedInnerMarks,
  hasWrongCapitals,
  isAcceptedSpelling,
  isCommonWord,
  isCommonWordName,
  isNameVariant,
  nicknamesOf,
  otherSpellingsOf,
} from "../text";

export const meta: CheckMeta = {
  id: "name-spelling",
  category: "name",
  defaultSeverity: "warning",
  description:
    "Addresses the recipient by a form of their name they dislike, or misspells their name, in a greeting or where the text speaks to or of them.",
  messages: {
    avoided:
      '{{who}} asked to be called {{correct}}, not {{written}}. Replace "{{written}}" with "{{correct}}".',
    shortened:
      '{{who}} asked to be called {{correct}}, and this {{item}} shortens it to "{{written}}". Replace "{{written}}" with "{{correct}}".',
    nickname:
      '{{who}} asked to be called {{correct}}, and this {{item}} calls them "{{written}}", a form they did not ask for. Replace "{{written}}" with "{{correct}}".',
    formal:
      '{{who}} asked to be addressed as {{correct}}, and this {{item}} has "{{written}}". Replace "{{written}}" with "{{correct}}".',
    accents:
      '{{who}} writes their name {{correct}}, with its accents, but this {{item}} has "{{written}}". Replace "{{written}}" with "{{correct}}".',
    misspelt:
      '{{who}} spells their name {{correct}}, but this {{item}} has "{{written}}". Replace "{{written}}" with "{{correct}}".',
    halved:
      '{{who}}\'s family name is {{correct}}, and this {{item}} has only part of it ("{{written}}"). Replace "{{written}}" with "{{correct}}".',
    titleGiven:
      '{{who}}\'s family name is {{correct}}: a title goes with it, but this {{item}} puts one before "{{written}}". Replace "{{written}}" with "{{correct}}".',
    order:
      '{{who}} writes the family name first: "{{written}}" is their family name, and they are called {{correct}}. Replace "{{written}}" with "{{correct}}".',
  },
  fixable: true,
};

/**
 * Where a written name stands:
 * - "greeting": "Dear Meg," "Hi Dan and Meg," or a bare "Meg," opening the text;
 * - "vocative": speaking to someone mid-text ("Thanks, Meg." "Cheers Luke" "John, could you…");
 * - "surname": after a title ("Ms Andersen"); `title` holds the title as written;
 * - "pair": "Given Surname"; `second` is the surname word;
 * - "mention": any other capitalised word, judged only for forms specific to the recipient.
 */
type Role = "greeting" | "vocative" | "surname" | "pair" | "mention";

interface WordSpan {
  start: number;
  end: number;
  text: string;
}

interface NameCandidate extends WordSpan {
  field: TextFieldName;
  role: Role;
  second?: WordSpan;
  title?: string;
  /** "M. Lindqvist": the initial before a family name (upper case). */
  initial?: string;
  /** Greetings: every name greeted by the same greeting (folded). */
  greeted?: readonly string[];
  /** Folded letters of `text`: what mentions are indexed by. */
  key: string;
  /**
   * Read as a name from where it stands alone ("hi jeff", "Jeff the calc looks right"): judged
   * only for a form they refused or a nickname.
   */
  refusedOnly?: boolean;
}

/**
 * A capitalised word. The classes are Latin, Greek and Cyrillic ranges rather than \p{Lu} and
 * \p{L} (see text/letters.ts: those cost kilobytes in the launch-event file); whether it really
 * starts with a capital is checked in code (`startsUpper`).
 */
const NAME = `[${CAPITAL_CLASS}][${LETTER_CLASS}'’-]*`;
// No "i" flag on these patterns: with it, the capital class would match any letter.
/**
 * Greeting words, each as written at a line's start ("Dear", "dear") and in a line of capitals
 * ("DEAR", "GOOD MORNING", "HEY"): capitals are how some write a whole message, and the greeting
 * is read there as anywhere.
 */
const GREETING = `(?:${[
  "dear",
  "hi",
  "hello",
  "hey",
  "hiya",
  "hola",
  "morning",
  "good morning",
  "good afternoon",
  "good evening",
  "greetings",
  "welcome",
  "cher",
  "chère",
  "bonjour",
  "hallo",
  "liebe",
  "lieber",
  "querido",
  "querida",
  "estimado",
  "estimada",
  "caro",
  "cara",
  "ciao",
  "hej",
  "hei",
  "beste",
]
  .map((word) => {
    const mixed = word.replace(
      /(^|\s)(\S)/g,
      (_, space: string, c: string) => `${space}[${c.toUpperCase()}${c}]`,
    );
    return `${mixed}|${word.toUpperCase()}`.replace(/ /g, "\\s+");
  })
  .join("|")})`;
// French, German, Spanish and Italian forms of address too (Mme Dubois, Herr Weber, Señora
// Ruiz): lawyers write them to clients in those countries.
const TITLE =
  "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Mme|Mlle|Madame|Mademoiselle|Monsieur|Herr|Frau|Señor|Señora|Sra|Signor|Signora)\\.?";

/**
 * "Dear Meg,", "Hi Jon and Megge,", "Good morning Meg" at the start of a line. Sticky: tried
 * only at lines whose first letter can start a greeting, since a Unicode pattern anchored at
 * every line of a long reply was one of the costliest scans of a draft.
 */
const GREETING_LINE = new RegExp(
  "^[ \\t]*" +
    GREETING +
    "[ \\t,]+((?:" +
    NAME +
    ")(?:(?:[ \\t]*,[ \\t]*(?:" +
    GREETING +
    "[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)" +
    NAME +
    ")*)[ \\t]*(?:[,:;!.—–-]|$)",
  "my",
);
const GREETING_INITIALS = new Set("DdHhMmGgWwCcBbLlQqEe");
const GREETING_WORD = new RegExp("^" + GREETING + "$");
/** Words that greet a group, not a person: "All," "Hi team," "Thanks, everyone." */
const GROUP_WORD =
  /^(?:all|team|everyone|everybody|both|folks|guys|gents|colleagues|friends|there|y'all|you)$/i;
/** What stands before a title in a greeting line: "Dear ", "Good morning ". */
const GREETING_LEAD = new RegExp("^[ \\t]*" + GREETING + "[ \\t,]+$");
/**
 * Drafts typed on a phone are often all in lower case: "hi jeff", "thanks maggie!", "jeff - can
 * you…". There a word in lower case is read as a name, but only in a greeting, an opening or
 * after thanks, and only a form the client refused or a nickname of theirs counts
 * (REFUSED_ONLY_VERDICTS): "hi all" or "thanks, everyone" never do.
 */
const LOWER_NAME = "[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF][a-z\\u00DF-\\u00F6\\u00F8-\\u00FF'’-]*";
const LOWER_GREETING_LINE = new RegExp(
  "^[ \\t]*(?:hi|hey|hiya|hello|dear|morning)[ \\t,]+(" + LOWER_NAME + ")[ \\t]*(?:[,!:;.—–-]|$)",
  "my",
);
const LOWER_GREETING_INITIALS = new Set("hdm");
const LOWER_OPENING = new RegExp("^\\s*(" + LOWER_NAME + ")[ \\t]*(?:,|:|!|[—–-]|$)");
const REFUSED_ONLY_VERDICTS = new Set(["avoided", "nickname"]);
/**
 * The first word of a draft typed without punctuation: "jeff the calc looks right". Not when a
 * verb of its own follows: "Peggy said the calc looks right" is about someone.
 */
const SUBJECT_VERB_AHEAD =
  /^[ \t]+(?:and|or|&|said|says|is|was|has|had|have|will|would|may|might|should|must|did|does|thinks|thought|mentioned|asked|told|tells|wants|wanted|called|rang|rings|emailed|wrote|writes|sent|sends|agreed|agrees|confirmed|confirms|reckons|feels|felt|isn't|wasn't|hasn't|won't|can't|doesn't|didn't)\b/i;
const OPENING_WORD = new RegExp(
  "^\\s*([A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF'’-]*)[ \\t]+\\S",
);
/**
 * "Meg," "Meg -" (or "Gosia – quick one on …"), or "Meg" alone on the first line: the opening
 * of the authored text.
 */
const BARE_OPENING = new RegExp("^\\s*(" + NAME + ")[ \\t]*(?:,|:|!|[—–-]|$)", "m");
/**
 * An opening line that greets several people by name alone and holds nothing else: "Jon, Phil,"
 * "Jon and Phil -", "Jon / Phil / Anne:". (A line that goes on, "Jon, Phil said …", is prose.)
 */
const BARE_OPENING_GROUP = new RegExp(
  "^\\s*(" +
    NAME +
    "(?:(?:[ \\t]*[,/&][ \\t]*|[ \\t]+and[ \\t]+)" +
    NAME +
    ")+)[ \\t]*(?:,|:|!|[—–-])?[ \\t]*$",
);
/** "Thanks, Meg." "Cheers, Jon!" */
const VOCATIVE = new RegExp(
  "\\b(?:(?:[Tt]hanks(?:\\s+again)?|THANKS|[Tt]hank\\s+you|[Cc]heers|[Cc]ongratulations|[Cc]ongrats|[Ww]ell\\s+done)(?:[ \\t]*,[ \\t]*|[ \\t]+)|(?:[Ss]orry|[Ww]elcome|[Gg]reat|[Oo]k|OK|[Oo]kay|[Ss]ure)[ \\t]*,[ \\t]*|(?:[Gg]ood\\s+luck|[Ss]peak\\s+soon|[Tt]alk\\s+soon|[Ss]ee\\s+you(?:\\s+soon)?)[ \\t]+)(" +
    NAME +
    "|" +
    LOWER_NAME +
    ")[ \\t]*(?=[.!?;,:—–-]|$)",
  "gm",
);
/**
 * "John, could you send …": a name opening a sentence and speaking to its reader. Found from its
 * tail (a comma, then a word that asks or tells), which starts with a literal comma and so is
 * cheap to scan for; the name before it is then read by hand.
 */
const VOCATIVE_TAIL =
  /,[ \t]+(?:could|can|would|will|please|do|did|are|have|let|just|thanks|thank|any|you|your|if|when|hope|I|we|what|how|is)\b/g;

/** The name before a vocative's comma at `comma`, when it opens a line or a sentence. */
/**
 * After a clause and its comma, a name is spoken to only when a pronoun or a request follows it
 * ("As discussed, Renee, we'll file"); a modal or verb after it makes it an aside about someone
 * ("my colleague, Renee, will call").
 */
const ADDRESSING_AFTER_CLAUSE = /^(?:I|we|you|please|let|if|when|hope|thanks|thank|just|any)$/;

function nameBeforeComma(
  text: string,
  comma: number,
  tail?: string,
): { start: number; end: number } | undefined {
  let end = comma;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  let start = end;
  while (start > 0 && isNameChar(text, start - 1)) start--;
  if (start === end || !isUpperCaseAt(text, start)) return undefined;
  let before = start;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "\t")) before--;
  if (before === 0 || text[before - 1] === "\n") return { start, end };
  // After a clause's comma: "As discussed, Renee, we'll file" (see ADDRESSING_AFTER_CLAUSE).
  if (text[before - 1] === "," && tail !== undefined && ADDRESSING_AFTER_CLAUSE.test(tail)) {
    return { start, end };
  }
  // After a sentence's end: ". John, could you…" (blanks needed between).
  return before < start && /[.!?]/.test(text[before - 1]!) ? { start, end } : undefined;
}

/** "Ms Andersen", "Dr. Whitacre", "Professor Okonkwo". */
const TITLED = new RegExp("\\b(" + TITLE + ")[ \\t]+(" + NAME + ")", "g");
/**
 * A title of every TITLED match as the word reader reads it (word-gate.ts): it starts after `\b`
 * and ends before "." or a blank, so it is a whole word; "Señor" has a letter outside ASCII, on
 * which the gate opens. Most mail names no one by title. (TITLE's alternatives, read from it:
 * each must stay a plain word or hold a letter outside ASCII.)
 */
const TITLE_GATE = new WordGate(
  TITLE.slice(3, -4)
    .split("|")
    .filter((title) => /^[A-Za-z]+$/.test(title))
    .map((title) => title.toLowerCase()),
);
const BLANKS_AHEAD = /^[ \t]+/;
/**
 * After a name opening a line and its comma, a word in lower case: "Bernie, on another note"
 * speaks to Bernie. Any such word will do there (everyday words aside: "Will, as drafted,
 * leaves"); mid-line, only the words of VOCATIVE_TAIL.
 */
const LOWER_WORD_AHEAD = /^[ \t]{1,2}[a-z]/;
/** After a name opening a line, a spaced dash and a word: "Kate - one more thing". */
const DASH_AHEAD = /^[ \t]+[—–-][ \t]+[A-Za-z]/;
/** A capitalised word: for "Given Surname" pairs, and every mention. */
const CAPITALISED = new RegExp(NAME, "g");

/** Folded letters of a word: its key in the mention index. */
function keyOf(word: string): string {
  // Most names are plain ASCII letters: lower-case them without a pattern.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const code = word.charCodeAt(i);
    plain = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return plain ? word.toLowerCase() : lettersOf(foldText(word));
}

/** A title as a key: "Prof." → "prof", "Doctor" → "dr". */
function titleKey(title: string): string {
  const t = title.replace(/\.$/, "").toLowerCase();
  return t === "doctor" ? "dr" : t === "professor" ? "prof" : t;
}

const BLANKS = /[ \t]+/y;

/**
 * A text's lines (ending at `separator`), each as where it starts, where it ends and where its
 * first character other than a space or a tab stands (its end, on a blank line): read once for
 * the three readings of line openings below. The blanked lines of quoted history are long runs
 * of spaces: skipped natively, the pattern called only where a line starts with a blank.
 */
interface LineHeads {
  starts: number[];
  ends: number[];
  firsts: number[];
}

function lineHeads(text: string, separator: string): LineHeads {
  const heads: LineHeads = { starts: [], ends: [], firsts: [] };
  for (let lineStart = 0; lineStart <= text.length;) {
    const next = text.indexOf(separator, lineStart);
    let first = lineStart;
    const code = text.charCodeAt(first);
    if (code === 32 || code === 9) {
      BLANKS.lastIndex = first;
      if (BLANKS.test(text)) first = BLANKS.lastIndex;
    }
    heads.starts.push(lineStart);
    heads.ends.push(next < 0 ? text.length : next);
    heads.firsts.push(first);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return heads;
}

/**
 * Where lines end for the greeting readings: at "\n", or in old Mac text (no "\n"), at "\r".
 * (indexOf finds them far more cheaply than a pattern.)
 */
function greetingSeparator(text: string): string {
  return text.includes("\n") || !text.includes("\r") ? "\n" : "\r";
}

/** Starts of the lines (`heads`) whose first non-blank character is in `initials`. */
function linesStartingWith(
  text: string,
  heads: LineHeads,
  initials: ReadonlySet<string>,
): number[] {
  const starts: number[] = [];
  for (let k = 0; k < heads.starts.length; k++) {
    const first = heads.firsts[k]!;
    if (first < heads.ends[k]! && initials.has(text[first]!)) starts.push(heads.starts[k]!);
  }
  return starts;
}

function namesIn(group: string, offset: number): WordSpan[] {
  const result: WordSpan[] = [];
  const word = new RegExp(NAME, "g");
  for (let m = word.exec(group); m; m = word.exec(group)) {
    if (!isUpperCaseAt(m[0], 0)) continue;
    result.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return result;
}

const NAME_CHAR = new RegExp(`[${LETTER_CLASS}'’-]`);

/** Whether the unit at `index` can be part of a name (a letter, ' ’ or -): ASCII without a pattern. */
function isNameChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45;
  }
  // One unit, as before: half of a surrogate pair is no letter.
  return NAME_CHAR.test(text[index]!);
}

/** Whether text[from, to) is one or more spaces and tabs, and nothing else. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** "Anderson's" is Anderson: the possessive is not part of the name. */
function bare(text: string, start: number, end: number): WordSpan {
  let cut = end;
  const last = text.charCodeAt(cut - 1);
  const beforeLast = text.charCodeAt(cut - 2);
  if (
    (last === 115 || last === 83) &&
    (beforeLast === 39 || beforeLast === 0x2019) &&
    cut - 2 > start
  ) {
    cut -= 2;
  } else if ((last === 39 || last === 0x2019) && cut - 1 > start) {
    cut -= 1;
  }
  return { start, end: cut, text: text.slice(start, cut) };
}

const FIELD_NUMBERS: Readonly<Record<TextFieldName, number>> = { subject: 0, location: 1, body: 2 };
const FIELD_NAMES: readonly TextFieldName[] = ["subject", "location", "body"];

/** A word's position as one number: its start and its field. */
function at(field: TextFieldName, start: number): number {
  return start * 4 + FIELD_NUMBERS[field];
}

/** The capitalised word at a position from `at()`, read again from its field. */
function mentionAt(draft: AnalysedDraft, position: number): NameCandidate {
  const field = FIELD_NAMES[position % 4]!;
  const start = Math.floor(position / 4);
  const text = fieldOf(draft, field).scan;
  let end = start + 1;
  while (end < text.length && isNameChar(text, end)) end++;
  const word = bare(text, start, end);
  return { field, ...word, role: "mention", key: keyOf(word.text) };
}

interface DraftNames {
  /** Greetings, vocatives, titled surnames and pairs, in reading order per field. */
  candidates: NameCandidate[];
  /** Every other capitalised word, by folded letters. */
  /** Positions (`at()`: start × 4 + field number) of every other capitalised word, by folded letters. */
  mentions: Map<string, number[]>;
  /** Given names written with a surname ("Meg Turner"): folded given → folded surnames. */
  namedPeople: Map<string, Set<string>>;
  /** `${field}:${start}` of every word a candidate above stands on: not judged again as a mention. */
  claimed: Set<number>;
  /** The candidates grouped by what is written: a verdict on the first holds for all. */
  groups: { first: NameCandidate; all: NameCandidate[] }[];
}

/** Recipient-independent: every place a name is written, found once per draft. */
function draftNames(draft: AnalysedDraft): DraftNames {
  return draft.memo("name-candidates", () => {
    const candidates: NameCandidate[] = [];
    const mentions = new Map<string, number[]>();
    const namedPeople = new Map<string, Set<string>>();
    const claimed = new Set<number>();
    for (const field of textFields(draft)) {
      const text = field.scan;
      const taken = new Set<number>();
      const add = (
        role: Role,
        start: number,
        end: number,
        extra: Partial<NameCandidate> = {},
      ): void => {
        const id = role === "pair" ? -start - 1 : start;
        if (taken.has(id)) return;
        taken.add(id);
        // A pair is judged as a pair; its first word may still be a mention ("Siobhan Ni
        // Bhriain" when the pair is not the client's family name).
        if (role !== "pair") claimed.add(at(field.field, start));
        const word = bare(text, start, end);
        candidates.push({
          field: field.field,
          ...word,
          role,
          key: keyOf(word.text),
          ...extra,
        });
      };
      // Lines at "\n" (the vocatives' lines), and the greetings' (the same, unless old Mac text).
      const heads = lineHeads(text, "\n");
      const separator = greetingSeparator(text);
      const greetingHeads = separator === "\n" ? heads : lineHeads(text, separator);
      for (const lineStart of linesStartingWith(text, greetingHeads, GREETING_INITIALS)) {
        GREETING_LINE.lastIndex = lineStart;
        const m = GREETING_LINE.exec(text);
        if (!m) continue;
        const group = m[1]!;
        const groupStart = m.index + m[0].indexOf(group);
        const names = namesIn(group, groupStart).filter(
          (n) =>
            !/^(?:and)$/i.test(n.text) && !GREETING_WORD.test(n.text) && !GROUP_WORD.test(n.text),
        );
        const greeted = names.map((n) => keyOf(bare(text, n.start, n.end).text));
        for (const name of names) add("greeting", name.start, name.end, { greeted });
      }
      for (const lineStart of linesStartingWith(text, greetingHeads, LOWER_GREETING_INITIALS)) {
        LOWER_GREETING_LINE.lastIndex = lineStart;
        const m = LOWER_GREETING_LINE.exec(text);
        if (!m) continue;
        const start = m.index + m[0].lastIndexOf(m[1]!);
        const key = keyOf(m[1]!);
        add("greeting", start, start + m[1]!.length, { greeted: [key], refusedOnly: true });
      }
      if (field.field === "body") {
        // Only the first line with text: a regex anchored at every line would rescan the
        // blanked quoted history again and again.
        const first = text.search(/\S/);
        if (first >= 0) {
          const lineEnd = text.indexOf("\n", first);
          const line = text.slice(first, lineEnd < 0 ? text.length : lineEnd);
          const group = BARE_OPENING_GROUP.exec(line);
          const names = group
            ? namesIn(group[1]!, first + line.indexOf(group[1]!)).filter(
                (n) => !GREETING_WORD.test(n.text) && !GROUP_WORD.test(n.text),
              )
            : [];
          const opening = BARE_OPENING.exec(line);
          if (names.length > 1) {
            const greeted = names.map((n) => keyOf(bare(text, n.start, n.end).text));
            for (const name of names) add("greeting", name.start, name.end, { greeted });
          } else if (opening && GROUP_WORD.test(opening[1]!)) {
            // "All," greets everyone: no name of anyone's.
          } else if (opening && isUpperCaseAt(opening[1]!, 0)) {
            const word = bare(text, first, first + opening[1]!.length);
            add("greeting", first, first + opening[1]!.length, { greeted: [keyOf(word.text)] });
          } else {
            // "jeff - …" in lower case; or any first word with no stop after it ("Jeff the calc
            // looks right"), unless it is an everyday word ("Will the meeting…", "bill them").
            const lower = LOWER_OPENING.exec(line);
            const opener = lower ? null : OPENING_WORD.exec(line);
            const word =
              lower ??
              (opener &&
              !isCommonWordName(opener[1]!) &&
              !SUBJECT_VERB_AHEAD.test(line.slice(line.indexOf(opener[1]!) + opener[1]!.length))
                ? opener
                : null);
            if (word) {
              const start = first + line.indexOf(word[1]!);
              const greeted = [keyOf(word[1]!)];
              add("greeting", start, start + word[1]!.length, { greeted, refusedOnly: true });
            }
          }
        }
      }
      VOCATIVE.lastIndex = 0;
      for (let m = VOCATIVE.exec(text); m; m = VOCATIVE.exec(text)) {
        if (GROUP_WORD.test(m[1]!)) continue;
        const refusedOnly = !isUpperCaseAt(m[1]!, 0);
        const start = m.index + m[0].lastIndexOf(m[1]!);
        add("vocative", start, start + m[1]!.length, refusedOnly ? { refusedOnly } : {});
      }
      VOCATIVE_TAIL.lastIndex = 0;
      for (let m = VOCATIVE_TAIL.exec(text); m; m = VOCATIVE_TAIL.exec(text)) {
        const name = nameBeforeComma(text, m.index, m[0].slice(1).trim());
        if (name) add("vocative", name.start, name.end);
      }
      TITLED.lastIndex = 0;
      const titled = TITLE_GATE.openIfRead(text) !== false;
      for (let m = titled ? TITLED.exec(text) : null; m; m = TITLED.exec(text)) {
        if (!isUpperCaseAt(m[2]!, 0)) continue;
        const start = m.index + m[0].lastIndexOf(m[2]!);
        // "Professor Margaret Oyelaran": the word after the title is a given name; the pair
        // "Margaret Oyelaran" judges the person. Letters after a name in capitals ("Ms Hale
        // KC", "Dr Rees MBE") are post-nominals, not a family name.
        const after = start + m[2]!.length;
        const blanks = BLANKS_AHEAD.exec(text.slice(after, after + 8));
        if (blanks && isUpperCaseAt(text, after + blanks[0].length)) {
          const next = after + blanks[0].length;
          let end = next;
          while (end < text.length && end - next < 12 && isNameChar(text, end)) end++;
          const word = text.slice(next, end);
          if (word.length < 2 || word !== word.toUpperCase()) continue;
        }
        // "Dear Ms Nguyen": a title and name greeted, judged as a greeting is.
        const lineStart = linesOf(draft, field).lineAt(m.index).start;
        const lead = m.index - lineStart <= 40 ? text.slice(lineStart, m.index) : "";
        const extra: Partial<NameCandidate> = { title: m[1]! };
        if (GREETING_LEAD.test(lead)) extra.greeted = [];
        add("surname", start, start + m[2]!.length, extra);
      }
      // "M. Lindqvist": found from its dot (indexOf is far cheaper than a pattern tried at
      // every position), then read by hand.
      for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
        const initial = text.charCodeAt(dot - 1);
        if (dot < 1 || initial < 65 || initial > 90) continue;
        // "J.R. Smith", "U.S. Steel", "Inc. Smith": only a single initial standing alone.
        if (dot >= 2 && (isNameChar(text, dot - 2) || text[dot - 2] === ".")) continue;
        let start = dot + 1;
        while (start < text.length && (text[start] === " " || text[start] === "\t")) start++;
        if (start === dot + 1) continue;
        const first = text.charCodeAt(start);
        if (!((first >= 65 && first <= 90) || (first > 127 && isUpperCaseAt(text, start))))
          continue;
        let end = start;
        while (end < text.length && isNameChar(text, end)) end++;
        if (end - start < 3) continue;
        add("surname", start, end, { initial: text[dot - 1]! });
      }
      // "Bernie, on another note": a name opening a line, a comma, a word in lower case.
      for (let k = 0; k < heads.starts.length && heads.starts[k]! < text.length; k++) {
        const start = heads.firsts[k]!;
        const first = text.charCodeAt(start);
        if ((first >= 65 && first <= 90) || (first > 127 && isUpperCaseAt(text, start))) {
          let end = start;
          while (end < text.length && isNameChar(text, end)) end++;
          // … or a dash and the point ("Kate - one more thing", "Kate – see below").
          if (
            (text[end] === "," && LOWER_WORD_AHEAD.test(text.slice(end + 1, end + 4))) ||
            DASH_AHEAD.test(text.slice(end, end + 6))
          ) {
            if (!isCommonWordName(text.slice(start, end))) add("vocative", start, end);
          }
        }
      }
      // "Meg Anderson": two capitalised words with only spaces between (one cheap pass over the
      // capitalised words; "Meg Anderson Smith" also yields "Anderson Smith"). Every capitalised
      // word is also filed as a mention, by its letters.
      CAPITALISED.lastIndex = 0;
      let previous: { start: number; end: number } | undefined;
      for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if ((start > 0 && isNameChar(text, start - 1)) || !isUpperCaseAt(text, start)) {
          previous = undefined;
          continue;
        }
        const word = bare(text, start, end);
        const key = keyOf(word.text);
        if (key.length >= 2) {
          const list = mentions.get(key);
          if (list) list.push(at(field.field, start));
          else mentions.set(key, [at(field.field, start)]);
        }
        if (previous && onlyBlanks(text, previous.end, start)) {
          const given = bare(text, previous.start, previous.end);
          add("pair", given.start, given.end, { second: word });
          const givenKey = keyOf(given.text);
          const surnames = namedPeople.get(givenKey) ?? new Set<string>();
          surnames.add(key);
          namedPeople.set(givenKey, surnames);
        }
        previous = { start, end };
      }
    }
    const byText = new Map<string, { first: NameCandidate; all: NameCandidate[] }>();
    for (const candidate of candidates) {
      const key = [
        candidate.role,
        candidate.text,
        candidate.second?.text ?? "",
        candidate.title ?? "",
        (candidate.greeted ?? []).join(" "),
      ].join("\u0000");
      const group = byText.get(key);
      if (group) group.all.push(candidate);
      else byText.set(key, { first: candidate, all: [candidate] });
    }
    return { candidates, mentions, namedPeople, claimed, groups: [...byText.values()] };
  });
}

/** Recipient-independent list of name candidates (greetings, vocatives, titles, pairs). */
export function nameCandidates(draft: AnalysedDraft): readonly NameCandidate[] {
  return draftNames(draft).candidates;
}

// ---------------------------------------------------------------------------------------------
// Who else is called what
// ---------------------------------------------------------------------------------------------

interface NameWordIndex {
  /** Folded name word → recipients called it (profile or display name). */
  holders: Map<string, CheckRecipient[]>;
  /** The author's own name words (From display name). */
  author: Set<string>;
}

function wordsOf(...sources: (string | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const source of sources) {
    for (const word of source?.split(/[\s,]+/) ?? []) {
      const key = keyOf(word);
      if (key) words.add(key);
    }
  }
  return words;
}

/** Name words of every recipient and of the author, worked out once per evaluation. */
function nameWordIndex(recipients: readonly CheckRecipient[], draft: AnalysedDraft): NameWordIndex {
  return oncePerRecipients(recipients, `name-words:${draft.draft.from?.name ?? ""}`, () => {
    const holders = new Map<string, CheckRecipient[]>();
    for (const recipient of recipients) {
      const words = wordsOf(
        recipient.name,
        recipient.profile?.preferredName,
        recipient.profile?.fullName,
      );
      for (const word of words) {
        const list = holders.get(word);
        if (list) list.push(recipient);
        else holders.set(word, [recipient]);
      }
    }
    // The author's own name and its short forms ("- Dan" signed by Daniel).
    const author = wordsOf(draft.draft.from?.name);
    const authorFirst = draft.draft.from?.name?.trim().split(/[\s,]+/)[0];
    if (authorFirst) for (const nickname of nicknamesOf(authorFirst)) author.add(nickname);
    return { holders, author };
  });
}

/**
 * Round 27: a name said to the reader, whatever words greet them. Either it opens the body's first
 * line after at most two words, with a comma, "!" or the line's end after it ("Kia ora Tamati,",
 * "A Ashling, a chara,", "Servus Joszef,"), unless the word before it takes a person as its
 * object ("As Mo, our chair, said"; "With Mo, …"); or it is set off mid-line by a comma before
 * and a dash, "!" or "?" after (", Shiv - hope", "Thanks again, Mo!", "Right, Bex?"), or by the
 * line's end after a clause of four words or more ("Good to hear from you again, Mo"; not a
 * sign-off, "Kind regards, Mo"). Not ", John, " (a list or an aside) nor "Priyanka, Mo?" (a
 * list: a capitalised word mid-sentence before the comma).
 */
const ADDRESS_LEAD = new RegExp(`^[ \\t]*(?:[${LETTER_CLASS}'’]+[ \\t]+){0,2}$`);
const LAST_WORD = new RegExp(`([${LETTER_CLASS}'’]+)[ \\t]*$`);
const ADDRESS_OPENING_AFTER = /^[ \t]*(?:[,!]|\r?\n|$)/;
const SET_OFF_AFTER = /^[ \t]*(?:[!?]|[—–]|-[ \t\r\n]|-$)/;
const LINE_END_AFTER = /^[ \t]*(?:\r?\n|$)/;
const COMMA_BEFORE = new RegExp(`([${LETTER_CLASS}'’]+)[ \\t]*,[ \\t]*$`);
const THANKING = new Set(["thank", "thanks", "cheers"]);

function saidToReader(draft: AnalysedDraft, mention: NameCandidate): boolean {
  const text = fieldOf(draft, mention.field).scan;
  const { start, end } = mention;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lead = text.slice(Math.max(lineStart, start - 60), start);
  const firstText = draft.memo("name-body-first-text", () => text.search(/\S/));
  if (
    lineStart <= firstText &&
    start - lineStart <= 40 &&
    ADDRESS_LEAD.test(lead) &&
    ADDRESS_OPENING_AFTER.test(text.slice(end, end + 3))
  ) {
    const before = LAST_WORD.exec(lead)?.[1]?.toLowerCase();
    if (before === undefined || !BEFORE_A_PERSON.has(before) || THANKING.has(before)) return true;
  }
  const comma = COMMA_BEFORE.exec(lead);
  if (!comma) return false;
  const wordStart = start - (lead.length - comma.index);
  // "Priyanka, Mo?": a capitalised word before the comma that does not open a sentence is a list.
  if (isUpperCaseAt(text, wordStart) && !opensSentence(text.slice(lineStart, wordStart))) {
    return false;
  }
  const after = text.slice(end, end + 3);
  if (SET_OFF_AFTER.test(after)) return true;
  if (!LINE_END_AFTER.test(after)) return false;
  const clause = text.slice(lineStart, wordStart + comma[1]!.length).trim();
  return clause.split(/[ \t]+/).length >= 4;
}

function isPrimary(recipient: CheckRecipient): boolean {
  return recipient.kind === "to" || recipient.kind === "required";
}

// ---------------------------------------------------------------------------------------------
// Is a capitalised word used as a name here?
// ---------------------------------------------------------------------------------------------

const DETERMINERS = new Set(
  "the a an this that these those our your their his her its my each every any no some another".split(
    " ",
  ),
);
/** Words after which a capitalised word is a person: "ask Bill", "as Meg said", "with Will". */
const BEFORE_A_PERSON = new Set(
  (
    "ask asked asking tell told telling let with to from for and or by as cc cc'd copy copying " +
    "copied thank thanks cheers met meet meeting see saw seen call called email emailed remind " +
    "invite invited including include via per sent send forward forwarded brief briefed " +
    "introduce introduced join joined update updated spoke speak spoken talk talked " +
    "suggested mentioned"
  ).split(" "),
);
/** Words before which a capitalised word is a person: "Bill said", "Will and I". */
const AFTER_A_PERSON = new Set(
  (
    "said says mentioned asked thinks thought wrote writes suggested confirmed agreed noted " +
    "signed signs will would could can has had is was and or himself herself mentions explained " +
    "told tells wants wanted"
  ).split(" "),
);

interface MentionContext {
  /** Part of another name or thing ("Meg Whitman", "the Finance Bill", "Muller & Sons"). */
  other: boolean;
  /** First word of a sentence or line. */
  sentenceStart: boolean;
  /** Next to words that only a person takes ("ask Bill to", "Bill said", "Bill / Chris"). */
  personCue: boolean;
  /** The capitalised word after it (folded), when only blanks separate them. */
  next?: string;
  /** Alone on its line but for punctuation ("- Dan", "Kate"): a sign-off or a heading. */
  alone: boolean;
  /** After a determiner ("the", "our"): an everyday word is then a thing ("the Bill"). */
  determined?: boolean;
  /** Followed by "'s" or "'" ("Meg's view"), not by another capitalised word. */
  possessive?: boolean;
}

const WORD_BEFORE = new RegExp(`([${LETTER_CLASS}'’]+)([^${LETTER_CLASS}\\n]*)$`);
const WORD_AFTER = new RegExp(`^([^${LETTER_CLASS}\\n]*)([${LETTER_CLASS}'’]+)`);
/** No letter on a line before or after a word: it stands alone on its line. */
const NO_LETTER_TO_START = new RegExp(`^[^${LETTER_CLASS}\\n]*$`);
const NO_LETTER_TO_LINE_START = new RegExp(`\\n[^${LETTER_CLASS}\\n]*$`);
const NO_LETTER_TO_LINE_END = new RegExp(`^[^${LETTER_CLASS}\\n]*(?:\\n|$)`);
const LINK_AFTER = new RegExp(`^(?:@|\\.[${LETTER_CLASS}])`);
const SENTENCE_OPENER = /[.!?:;"“(\n•*>–—-]/;

/** Whether what comes before a word leaves it opening a sentence, a line or a list item. */
function opensSentence(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === " " || before[i] === "\t")) i--;
  return i < 0 || SENTENCE_OPENER.test(before[i]!);
}

const isCapitalised = (word: string): boolean => isUpperCaseAt(word, 0);

/** How the word at [start, end) of `text` is used, read from a few characters either side. */
function mentionContext(text: string, start: number, end: number): MentionContext {
  const before = text.slice(Math.max(0, start - 40), start);
  let after = text.slice(end, end + 40);
  // "Meg's book": the possessive is read as part of the name.
  const possessive = /^['’]s?/.exec(after)?.[0] ?? "";
  after = after.slice(possessive.length);
  const written = text.slice(start, end);
  const context: MentionContext = {
    other: false,
    sentenceStart: opensSentence(before),
    personCue: false,
    alone:
      (start <= before.length ? NO_LETTER_TO_START : NO_LETTER_TO_LINE_START).test(before) &&
      NO_LETTER_TO_LINE_END.test(after),
  };
  // Inside an address or a link: "chloe.marchetti@…", "www.mueller-antriebe.example".
  if (/[@./\\_:]$/.test(before) || LINK_AFTER.test(after)) context.other = true;
  // Written in capitals ("MEG file") when the name is not: an acronym.
  if (written.length > 1 && written === written.toUpperCase()) context.other = true;
  const prev = WORD_BEFORE.exec(before);
  if (prev) {
    const prevWord = prev[1]!;
    const gap = prev[2]!;
    const lower = prevWord.toLowerCase();
    if (/^[ \t]+$/.test(gap)) {
      // "the Bill", "our bill": a determiner makes an everyday word a thing (judged with
      // `determined` below); "the Ostergaard statement" is still a name.
      if (DETERMINERS.has(lower)) context.determined = true;
      // "the Finance Bill", "Tottenham Hotspur": capitalised words running on mid-sentence are
      // one name; a capital that opens the sentence ("As Meg said") is just the sentence's.
      const beforePrev = before.slice(0, prev.index);
      if (isCapitalised(prevWord) && !opensSentence(beforePrev)) context.other = true;
      if (BEFORE_A_PERSON.has(lower)) context.personCue = true;
    } else if (/^[ \t]*\/[ \t]*$/.test(gap) && isCapitalised(prevWord)) {
      // "Chris / Bill": a list of names.
      context.personCue = true;
    }
  }
  const next = WORD_AFTER.exec(after);
  if (next) {
    const gap = next[1]!;
    const nextWord = next[2]!;
    const lower = nextWord.toLowerCase();
    const blanksOnly = /^[ \t]+$/.test(gap);
    if (blanksOnly && isCapitalised(nextWord)) {
      // "Maggie's Centres": a possessive followed by a capitalised word names a thing.
      if (possessive !== "") context.other = true;
      else context.next = keyOf(nextWord);
    }
    if (blanksOnly && lower === "of") context.other = true;
    if (possessive === "" && blanksOnly && AFTER_A_PERSON.has(lower)) context.personCue = true;
    // "Bill / Chris": a list of names; "Muller & Sons": a firm.
    if (/^[ \t]*\/[ \t]*$/.test(gap) && isCapitalised(nextWord)) context.personCue = true;
  }
  if (/^[ \t]*&/.test(after)) context.other = true;
  // "Bill's view" mid-sentence: a possessive of a person.
  if (possessive !== "" && !context.sentenceStart) context.personCue = true;
  if (possessive !== "") context.possessive = true;
  return context;
}

/** How the word at a position is used, read once per draft however many recipients ask. */
/**
 * Round 31 (analysis-h29 S3): a name quoted as a record's text ('Schedule 2 still lists you as
 * "Ana Reyes-Doe"', 'registered as "…"', 'in the name of "…"') where that sentence or the next
 * speaks of correcting it ("notice of change", "update", "so it matches your current name"): the
 * lawyer must quote the wrong entry to fix it. Without quotation marks, or with no correction
 * in sight, it stays an address.
 */
const RECORD_BEFORE =
  /\b(?:(?:lists?|listed|shows?|showed|shown|records?|recorded|names?|named|describes?|described|has|have|had)\s+(?:you|her|him|them|the\s+client)\s+as|(?:registered|recorded|listed|entered|appears?|appearing|spelt|spelled)\s+(?:as|under)|in\s+the\s+name\s+of)\s+["“'‘](?:[A-Za-z\u00C0-\u024F'’.-]+\s+){0,3}$/;
const RECORD_CLOSE = /^[A-Za-z\u00C0-\u024F'’.-]*(?:\s+[A-Za-z\u00C0-\u024F'’.-]+){0,2}["”'’]/;
const CORRECTION =
  /\b(?:correct(?:s|ed|ing|ion)?|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|amend(?:s|ed|ing|ment)?|rectif(?:y|ies|ied|ication)|fix(?:es|ed|ing)?|wrong|out\s+of\s+date|outdated|(?:current|new|former|old|maiden|married)\s+name)\b/i;
function isRecordQuoted(text: string, start: number, end: number): boolean {
  if (!RECORD_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  const after = text.slice(end, end + 320);
  if (!RECORD_CLOSE.test(after)) return false;
  // That sentence and the next.
  const stops = /[.!?](?:\s|$)|\n\s*\n/g;
  let cut = after.length;
  for (let n = 0, m = stops.exec(after); m; m = stops.exec(after))
    if (++n === 2) {
      cut = m.index;
      break;
    }
  const from = Math.max(0, start - 200);
  const own = text.slice(from, start);
  const open = Math.max(own.lastIndexOf(". "), own.lastIndexOf("\n"));
  return CORRECTION.test(own.slice(open + 1) + after.slice(0, cut));
}

function contextOf(draft: AnalysedDraft, candidate: NameCandidate): MentionContext {
  const memo = draft.memo("name-mention-contexts", () => new Map<number, MentionContext>());
  const position = at(candidate.field, candidate.start);
  let context = memo.get(position);
  if (!context) {
    context = mentionContext(fieldOf(draft, candidate.field).scan, candidate.start, candidate.end);
    memo.set(position, context);
  }
  return context;
}

// ---------------------------------------------------------------------------------------------
// Judging a written name against one recipient
// ---------------------------------------------------------------------------------------------

const variantVerdicts = new Map<string, boolean>();
const MAX_CACHED_VERDICTS = 5000;

/** isNameVariant, memoised: the same capitalised words recur in a draft and across recipients. */
function variantOf(written: string, target: string | undefined): boolean {
  if (target === undefined || isAcceptedSpelling(written, target)) return false;
  // A misspelling keeps roughly the length; this skips most words cheaply.
  if (Math.abs(written.length - target.length) > 3) return false;
  const key = `${written.toLowerCase()}\u0000${target.toLowerCase()}`;
  let verdict = variantVerdicts.get(key);
  if (verdict === undefined) {
    verdict = isNameVariant(written, target);
    if (variantVerdicts.size >= MAX_CACHED_VERDICTS) variantVerdicts.clear();
    variantVerdicts.set(key, verdict);
  }
  return verdict;
}

interface Verdict {
  messageId: string;
  correct: string;
}

const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Mme|Mlle|Madame|Mademoiselle|Monsieur|Herr|Frau|Señor|Señora|Sra|Signor|Signora)\.?$/;

/** What one recipient's profile says about their name, worked out once per check run. */
interface OwnName {
  /** How they want to be addressed ("Megge", "Professor Okonkwo"). */
  preferred?: string;
  /** The title of a preferred form with one ("prof"), and the name after it. */
  preferredTitle?: string;
  /** The first word of the preferred form that is a name ("Megge", "Okonkwo"). */
  preferredFirst?: string;
  firstName?: string;
  surname?: string;
  /** Folded words of their own names: a pair of these is them. */
  words: Set<string>;
  /** Those words as the profile writes them. */
  spelled: string[];
  /** Avoided forms, lower-case, one word ("meg") or a title and surname ("mrs okonkwo"). */
  avoid: Set<string>;
  /** Folded avoided one-word forms. */
  avoidKeys: Set<string>;
  /**
   * Avoided forms that differ from a word of their own name only by case ("Leblanc" avoided,
   * "LeBlanc" their own): lower-cased form → the form exactly as avoided, matched with its case.
   */
  avoidCased: Map<string, string>;
  /** Short forms and nicknames of their first or preferred name, folded. */
  nicknames: Set<string>;
  /** Other spellings of their formal first name, folded. */
  spellings: Set<string>;
  /** Initials of their first and preferred names, upper case ("M" for Margarethe). */
  initials: Set<string>;
  /** The notes insist on the name's marks: a bare opening capital is no longer licensed. */
  strictMarks: boolean;
  /** Words that alone halve the family name ("Pryce" of Pryce-Whitmore, "López" of García López). */
  halves: string[];
  /** Whether the full name puts the family name first ("Zhang Wei"). */
  familyFirst: boolean;
}

/**
 * Own names by what they are made from (each part led by its length, so no text can make two
 * profiles read alike), across evaluations: the send path reads its profiles afresh on every
 * send, and working the names out again for fifty recipients cost about a millisecond. An
 * OwnName is never changed once made.
 */
const ownNames = new Map<string, OwnName | undefined>();
const MAX_CACHED_OWN_NAMES = 500;

function ownName(ctx: CheckContext): OwnName | undefined {
  const profile = ctx.profile;
  if (!profile) return undefined;
  const { preferredName = "", fullName = "", avoidNames } = profile;
  let key = `${preferredName.length}:${preferredName}${fullName.length}:${fullName}`;
  // Absent and empty names are told apart: the code below treats them alike today, but a
  // cache must not be the place where that assumption hides.
  key += `${profile.preferredName === undefined ? "-" : "+"}${profile.fullName === undefined ? "-" : "+"}`;
  for (const form of avoidNames) key += `${form.length}:${form}`;
  // The notes are read only for a name with marks: a plain name has none to insist on.
  const strictMarks = hasMarks(preferredName + fullName) && notesInsistOnMarks(profile.notes);
  if (strictMarks) key += "!marks";
  if (ownNames.has(key)) return ownNames.get(key);
  const own = makeOwnName(profile, strictMarks);
  if (ownNames.size >= MAX_CACHED_OWN_NAMES) ownNames.clear();
  ownNames.set(key, own);
  return own;
}

function makeOwnName(profile: ClientProfile, strictMarks: boolean): OwnName | undefined {
  const fullWords = (profile.fullName ?? "").split(/\s+/).filter(Boolean);
  const preferred = profile.preferredName?.trim() || fullWords[0];
  const preferredWords = (preferred ?? "").split(/\s+/).filter(Boolean);
  const titled = preferredWords.length > 1 && TITLE_WORD.test(preferredWords[0]!);
  // Which word is the family name: last in most full names, first in "Zhang Wei" known as Wei,
  // the first of two Spanish surnames (text/family-names.ts).
  const titledSurname = titled ? preferredWords[preferredWords.length - 1] : undefined;
  const family =
    fullWords.length > 1
      ? familyNameOf(profile.fullName!, titled ? undefined : preferredWords[0], titledSurname)
      : undefined;
  const own: OwnName = {
    preferred,
    preferredFirst: titled ? undefined : preferredWords[0],
    firstName: family?.given ?? (fullWords.length > 0 ? fullWords[0] : undefined),
    surname: family?.family ?? titledSurname,
    halves: family?.halves ?? [],
    familyFirst: family?.familyFirst ?? false,
    words: wordsOf(profile.preferredName, profile.fullName),
    spelled: `${profile.preferredName ?? ""} ${profile.fullName ?? ""}`
      .split(/[\s,]+/)
      .filter(Boolean),
    avoid: new Set(),
    avoidKeys: new Set(),
    avoidCased: new Map(),
    nicknames: new Set(),
    spellings: new Set(),
    initials: new Set(),
    strictMarks,
  };
  if (titled) own.preferredTitle = titleKey(preferredWords[0]!);
  for (const form of profile.avoidNames) {
    const words = form.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // Round 29 (analysis-h28 K): "Leblanc" avoided for a client who is "LeBlanc" is about the
    // capital, so only that exact casing is the avoided form.
    const lower = lowerName(words[0]!);
    if (words.length === 1 && own.spelled.some((w) => w !== words[0] && lowerName(w) === lower)) {
      own.avoidCased.set(lower, words[0]!.normalize("NFC"));
      continue;
    }
    own.avoid.add(words.map((w) => (TITLE_WORD.test(w) ? titleKey(w) : lowerName(w))).join(" "));
    if (words.length === 1) own.avoidKeys.add(keyOf(words[0]!));
  }
  for (const name of [own.firstName, own.preferredFirst]) {
    if (!name) continue;
    own.initials.add(foldText(name).charAt(0).toUpperCase());
    for (const n of nicknamesOf(name)) own.nicknames.add(n);
    for (const s of otherSpellingsOf(name)) own.spellings.add(s);
  }
  for (const word of own.words) {
    own.nicknames.delete(word);
    own.spellings.delete(word);
  }
  if (!own.preferred && !own.surname && own.avoid.size === 0 && own.avoidCased.size === 0)
    return undefined;
  return own;
}

/**
 * The word of the client's own name that `given` and `family` spell together, set aside
 * hyphens and apostrophes ("Fenwick Hale" for Fenwick-Hale, "Mc Allister" for McAllister).
 */
function splitOwnName(own: OwnName, given: string, family: string): string | undefined {
  const joined = lowerName(given + family);
  for (const word of [own.surname, own.preferredFirst, own.firstName]) {
    if (word && lowerName(word).replace(/['’-]/g, "") === joined) return word;
  }
  return undefined;
}

/**
 * Whether `written` has the letters of `target` without its marks: anywhere (Renee for Renée), or
 * on the capital opening a later part of a compound name (Marie-Eve for Marie-Ève).
 */
function hasDroppedMarks(written: string, target: string): boolean {
  return hasDroppedOuterMarks(written, target) || hasDroppedInnerMarks(written, target);
}

/** Whether `written` is a form they asked us not to use (case-blind, but see `avoidCased`). */
function isAvoided(own: OwnName, written: string): boolean {
  const lower = lowerName(written);
  return own.avoid.has(lower) || own.avoidCased.get(lower) === written.normalize("NFC");
}

/** A name as avoided forms are compared: lower case, composed ("Zoë" is not "Zoe"). */
function lowerName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** A word of the client's own full or preferred name, as they write it. */
function ownWord(own: OwnName, written: string): boolean {
  return own.words.has(keyOf(written)) && own.spelled.some((w) => isAcceptedSpelling(written, w));
}

/** Which of `targets` `written` spells right but for its inner capitals ("Deshawn", DeShawn). */
function wrongCapitalsOf(written: string, ...targets: (string | undefined)[]): string | undefined {
  for (const target of targets) {
    if (target !== undefined && accepted(written, target)) {
      return hasWrongCapitals(written, target) ? target : undefined;
    }
  }
  return undefined;
}

/** Letters beyond ASCII: a name typed with its marks. */
function hasMarks(written: string): boolean {
  for (let i = 0; i < written.length; i++) if (written.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** `written` is `target` with its marks dropped and nothing else changed ("Elodie", Élodie). */
function isBareOf(written: string, target: string): boolean {
  return (
    hasMarks(target) &&
    !hasMarks(written) &&
    written.length === target.normalize("NFC").length &&
    foldText(written).toLowerCase() === foldText(target).toLowerCase()
  );
}

/** `written` is `target` transliterated (Kjaergaard, Mueller): accepted, plain, and longer. */
function transliterates(written: string, target: string | undefined): boolean {
  return (
    target !== undefined &&
    hasMarks(target) &&
    !hasMarks(written) &&
    written.length > target.normalize("NFC").length &&
    isAcceptedSpelling(written, target)
  );
}

function accepted(written: string, target: string | undefined): boolean {
  return target !== undefined && isAcceptedSpelling(written, target);
}

/** A given name in a greeting, vocative or pair. */
function judgeGiven(own: OwnName, written: string, role: Role): Verdict | undefined {
  const correct = own.preferred;
  if (!correct) return undefined;
  const key = keyOf(written);
  if (isAvoided(own, written)) return { messageId: "avoided", correct };
  if (own.preferredFirst && hasDroppedMarks(written, own.preferredFirst)) {
    return { messageId: "accents", correct };
  }
  if (own.firstName && hasDroppedMarks(written, own.firstName)) {
    return { messageId: "accents", correct: own.preferredFirst ? correct : own.firstName };
  }
  // Notes that insist on the marks take back the bare opening capital ("Elodie" for Élodie).
  if (own.strictMarks) {
    const bare = [own.preferredFirst, own.firstName].find((t) => t && isBareOf(written, t));
    if (bare) return { messageId: "accents", correct: own.preferredFirst ? correct : bare };
  }
  // "Dear Zhang" to Zhang Wei, known as Wei: the family name where the given name goes.
  if (
    own.familyFirst &&
    role !== "pair" &&
    accepted(written, own.surname) &&
    !accepted(written, own.preferredFirst) &&
    !accepted(written, own.firstName)
  ) {
    return { messageId: "order", correct };
  }
  if (accepted(written, own.preferredFirst) || accepted(written, own.firstName)) {
    // "Deshawn" for DeShawn: their letters with the capitals they do not write.
    const own_ = wrongCapitalsOf(written, own.preferredFirst, own.firstName);
    if (own_) return { messageId: "misspelt", correct: own.preferredFirst ? correct : own_ };
    // "Dear Adaeze" to someone who asked to be addressed as Professor Okonkwo.
    if (own.preferredTitle && role !== "pair" && !accepted(written, own.surname)) {
      return { messageId: "formal", correct };
    }
    return undefined;
  }
  const target = own.preferredFirst ?? own.firstName;
  if (!target) return undefined;
  // "Meg" for "Megge", "Dora" for "Teodora": a shortening they did not ask for (their full first
  // name is fine).
  const lowerTarget = target.toLowerCase();
  const lower = written.toLowerCase();
  if (
    (written.length >= 2 && written.length < target.length && lowerTarget.startsWith(lower)) ||
    (written.length >= 4 && written.length < target.length && lowerTarget.endsWith(lower))
  ) {
    return { messageId: "shortened", correct };
  }
  if (own.nicknames.has(key)) return { messageId: "nickname", correct };
  if (
    own.spellings.has(key) ||
    variantOf(written, own.preferredFirst) ||
    variantOf(written, own.firstName)
  ) {
    return { messageId: "misspelt", correct };
  }
  return undefined;
}

/** A family name after a title (`title` set) or in a pair. */
function judgeSurname(own: OwnName, written: string, title?: string): Verdict | undefined {
  const surname = own.surname;
  if (!surname) return undefined;
  if (title !== undefined && own.avoid.has(`${titleKey(title)} ${lowerName(written)}`)) {
    // "Ms Tran" to someone who asked to be called Lan: the name they asked for.
    return { messageId: "avoided", correct: own.preferred ?? surname };
  }
  if (isAvoided(own, written)) return { messageId: "avoided", correct: surname };
  if (hasDroppedMarks(written, surname)) return { messageId: "accents", correct: surname };
  // "Mr Pryce" for Pryce-Whitmore, "Ms López" for García López: half of the family name.
  for (const half of title !== undefined ? own.halves : []) {
    if (accepted(written, half) || hasDroppedMarks(written, half)) {
      return { messageId: "halved", correct: surname };
    }
  }
  // "Ms Sarah": in a name written given name first, a title goes with the family name. Not for a
  // name written family name first: Vietnamese usage puts the title before the given name (Ms
  // Hương for Nguyễn Thị Hương), Chinese usage before the family name (Mr Zhang), and the
  // profile cannot say which.
  if (
    title !== undefined &&
    !own.familyFirst &&
    !accepted(written, surname) &&
    ((own.firstName !== undefined && isAcceptedSpelling(written, own.firstName)) ||
      (own.preferredFirst !== undefined && isAcceptedSpelling(written, own.preferredFirst)))
  ) {
    return { messageId: "titleGiven", correct: surname };
  }
  if (accepted(written, surname)) {
    if (hasWrongCapitals(written, surname)) return { messageId: "misspelt", correct: surname };
    // "Ms Okonkwo" to someone who asked to be addressed as Professor Okonkwo.
    if (title !== undefined && own.preferredTitle && titleKey(title) !== own.preferredTitle) {
      return { messageId: "formal", correct: own.preferred! };
    }
    return undefined;
  }
  return variantOf(written, surname) ? { messageId: "misspelt", correct: surname } : undefined;
}

/**
 * Round 15: whether a span lies inside the client's preferred name of several words, written as
 * they write it: "Wei Ming," greets a client who prefers "Wei Ming" and avoids "Wei", whichever
 * path (greeting, vocative, pair, running text) reads its first or last word alone.
 */
function insidePreferredName(preferred: string | undefined, text: string, span: WordSpan): boolean {
  const words = preferred?.trim().split(/\s+/) ?? [];
  if (words.length < 2) return false;
  const whole = words.join(" ");
  const from = Math.max(0, span.start - whole.length - 8);
  const window = text.slice(from, span.end + whole.length + 8).replace(/[ \t\u00a0]+/g, " ");
  // (Runs of spaces folded to one shift offsets; the window is re-read in folded form.)
  const folded = text.slice(from, span.start).replace(/[ \t\u00a0]+/g, " ").length;
  const foldedEnd = folded + text.slice(span.start, span.end).replace(/[ \t\u00a0]+/g, " ").length;
  for (let at = window.indexOf(whole); at >= 0; at = window.indexOf(whole, at + 1)) {
    const end = at + whole.length;
    if (at > folded || end < foldedEnd) continue;
    if (NAME_CHAR.test(window[at - 1] ?? "") || NAME_CHAR.test(window[end] ?? "")) continue;
    return true;
  }
  return false;
}

export function check(ctx: CheckContext): void {
  const own = ownName(ctx);
  if (!own) return;
  const { draft } = ctx;
  const names = draftNames(draft);
  const index = nameWordIndex(ctx.recipients, draft);
  const self = ctx.recipient;
  const othersCalled = (key: string): CheckRecipient[] =>
    (index.holders.get(key) ?? []).filter((r) => r !== self);
  const clientIsPrimary = isPrimary(self);
  const onlyPrimary = clientIsPrimary && !ctx.recipients.some((r) => r !== self && isPrimary(r));
  const reported = new Set<string>();
  const insidePreferred = (text: string, span: WordSpan): boolean =>
    insidePreferredName(own.preferred, text, span);

  const reportAt = (candidate: NameCandidate, span: WordSpan, verdict: Verdict): void => {
    const id = `${candidate.field}:${span.start}`;
    if (reported.has(id)) return;
    if (insidePreferred(fieldOf(draft, candidate.field).text, span)) return;
    // Round 31: the record's wrong text quoted to be corrected, not an address.
    if (isRecordQuoted(fieldOf(draft, candidate.field).scan, span.start, span.end)) return;
    reported.add(id);
    const field: AnalysedField = fieldOf(draft, candidate.field);
    const evidence = evidenceAt(field, span.start, span.end);
    ctx.report({
      messageId: verdict.messageId,
      data: { written: evidence.text, correct: verdict.correct },
      evidence,
      fix: replaceFix(
        field,
        span.start,
        span.end,
        verdict.correct,
        `Replace with ${verdict.correct}`,
      ),
    });
  };

  /**
   * A greeting speaks to whom the item is sent: a name there is another recipient's when a
   * primary recipient is called it, when this client is only copied, or when the same greeting
   * greets this client correctly ("Katherine, Kate").
   */
  const greetsSomeoneElse = (candidate: NameCandidate): boolean => {
    const others = othersCalled(candidate.key);
    if (others.length === 0) return false;
    if (!clientIsPrimary || others.some(isPrimary)) return true;
    return (candidate.greeted ?? []).some((g) => g !== candidate.key && own.words.has(g));
  };

  const verdicts = new Map<string, Verdict | undefined>();
  const judgedGiven = (candidate: NameCandidate): Verdict | undefined => {
    const id = `${candidate.role}\u0000${candidate.text}`;
    if (!verdicts.has(id)) verdicts.set(id, judgeGiven(own, candidate.text, candidate.role));
    return verdicts.get(id);
  };

  // Each distinct written name (role, words, and for greetings who else is greeted) is judged
  // once: the same capitalised words recur through a draft.
  for (const { first: candidate, all } of names.groups) {
    if (outOfTime()) break;
    if (candidate.role === "greeting" || candidate.role === "vocative") {
      const verdict = judgedGiven(candidate);
      if (!verdict) continue;
      if (candidate.refusedOnly && !REFUSED_ONLY_VERDICTS.has(verdict.messageId)) continue;
      if (candidate.role === "greeting" && greetsSomeoneElse(candidate)) continue;
      if (
        candidate.role === "vocative" &&
        (othersCalled(candidate.key).length > 0 || index.author.has(candidate.key))
      ) {
        continue;
      }
      for (const c of all) reportAt(c, c, verdict);
    } else if (candidate.role === "surname") {
      // "M. Lindquist" is this client only when the initial is theirs.
      if (candidate.initial !== undefined && !own.initials.has(candidate.initial)) continue;
      const verdict = judgeSurname(own, candidate.text, candidate.title);
      // "Ms Sarah" is this client's given name only where it greets them: in running text a
      // title and a given name may be someone else's ("Mr Thomas at the bank").
      // Half a family name ("Ms Fenwick" for Fenwick-Hale) is theirs only in a greeting to them.
      if (
        (verdict?.messageId === "titleGiven" || verdict?.messageId === "halved") &&
        (!candidate.greeted || !clientIsPrimary)
      ) {
        continue;
      }
      // In a greeting ("Dear Ms Nguyen") the name is the greeted one's unless a primary
      // recipient bears it; elsewhere any other recipient may.
      const someoneElse = candidate.greeted
        ? greetsSomeoneElse(candidate)
        : othersCalled(candidate.key).length > 0;
      if (verdict && !someoneElse) {
        for (const c of all) reportAt(c, c, verdict);
      }
    } else if (candidate.second) {
      // "Meg Anderson" / "Megge Andersen": both words must point at this person.
      const given = candidate.text;
      const family = candidate.second.text;
      if (!own.surname) continue;
      // "Okonkwo Reyes", "Harcourt Vane": a double-barrelled surname without its hyphen; "Mc
      // Allister", "De Shawn", "O Neill": one name of theirs split in two.
      const joined = splitOwnName(own, given, family);
      if (joined) {
        for (const c of all) {
          const text = fieldOf(draft, c.field).text.slice(c.start, c.second!.end);
          reportAt(
            c,
            { start: c.start, end: c.second!.end, text },
            { messageId: "misspelt", correct: joined },
          );
        }
        continue;
      }
      const givenOk = accepted(given, own.preferredFirst) || accepted(given, own.firstName);
      // Any word of their own full name may follow the first ("Siobhán Ní Bhriain").
      const familyOk = accepted(family, own.surname) || ownWord(own, family);
      let givenVerdict = givenOk ? undefined : judgedGiven(candidate);
      let familyVerdict = familyOk ? undefined : judgeSurname(own, family);
      // "Søren Kjaergaard" for Søren Kjærgaard: a transliteration is its owner's form where marks
      // cannot be typed (an address, a passport's machine line); beside a word of the same name
      // typed with its marks, it is the marks dropped.
      if (givenOk && familyOk && hasMarks(given) && transliterates(family, own.surname)) {
        familyVerdict = { messageId: "accents", correct: own.surname! };
      }
      if (givenOk && familyOk && hasMarks(family)) {
        const first = [own.preferredFirst, own.firstName].find((w) => transliterates(given, w));
        if (first) givenVerdict = { messageId: "accents", correct: first };
      }
      if ((givenOk || givenVerdict) && (familyOk || familyVerdict)) {
        for (const c of all) {
          if (givenVerdict) reportAt(c, c, givenVerdict);
          if (familyVerdict) reportAt(c, c.second!, familyVerdict);
        }
      }
    }
  }

  // Anywhere else, only forms that are this client's: a form they asked us not to use, or
  // their own name without its accents. Another recipient, the author or a person the draft
  // names with another surname may really be called that.
  const surnameKey = own.surname !== undefined ? keyOf(own.surname) : undefined;
  const keys = new Set(own.avoidKeys);
  for (const name of [own.preferredFirst, own.firstName, own.surname]) {
    if (name && keyOf(name)) keys.add(keyOf(name));
  }
  for (const key of keys) {
    const occurrences = names.mentions.get(key);
    if (!occurrences) continue;
    if (othersCalled(key).length > 0 || index.author.has(key)) continue;
    const isSurname = key === surnameKey;
    const common = isCommonWordName(key);
    // Someone the draft names with another surname ("Meg Turner") is called this too.
    const surnames = names.namedPeople.get(key);
    let namedSomeoneElse = false;
    for (const s of surnames ?? []) if (!own.words.has(s)) namedSomeoneElse = true;
    for (const position of occurrences) {
      if (names.claimed.has(position)) continue;
      const mention = mentionAt(draft, position);
      const verdict = mentionVerdict(own, mention.text, isSurname);
      if (!verdict) continue;
      const context = contextOf(draft, mention);
      // A name alone on a line below the text is a sign-off: the author's, not the client's.
      if (context.other || context.alone) continue;
      // "Meg Whitman": another person of that name, unless the next word is this client's own.
      if (context.next !== undefined && !own.words.has(context.next)) continue;
      // "Will you…", "our bill", "the Bill": an everyday word needs a person's context.
      const addressed =
        !isSurname && mention.field === "body" && (common || onlyPrimary)
          ? saidToReader(draft, mention)
          : false;
      if (common && (!(context.personCue || addressed) || context.determined)) continue;
      if (!isSurname && mention.field === "body") {
        // Written to this client alone, a name in the third person is somebody else's
        // ("Kate and I will take your evidence"); so is one the draft gives another surname.
        // Said to the reader ("Kia ora Tamati,", ", Shiv - hope"), it is theirs.
        if ((onlyPrimary && !addressed) || namedSomeoneElse) continue;
      }
      reportAt(mention, mention, verdict);
    }
  }

  // Their name misspelt or shortened in running text ("Catherine's comments" for Katherine, "ask
  // Lindquist" for Lindqvist, "as Kate said" for Katherine): a capitalised word that is another
  // spelling or a nickname of their first name, or sounds and is spelt nearly like one of their
  // names (isNameVariant), where it stands as a person's name (a possessive, "ask X", "X said").
  // Short names are not tested for misspellings (Jon and John are both common: a third person
  // may be either); everyday words, another recipient's or the author's name, and a person the
  // draft names with another surname are left alone.
  const bySkeleton = mentionSkeletons(draft, names);
  const targets: [string, boolean][] = [];
  for (const given of [own.preferredFirst, own.firstName]) {
    if (given && keyOf(given).length >= MIN_MISSPELT_MENTION) targets.push([given, false]);
  }
  if (own.surname && keyOf(own.surname).length >= MIN_MISSPELT_MENTION) {
    targets.push([own.surname, true]);
  }
  for (const [target, isSurname] of targets) {
    const found = new Set(bySkeleton.get(skeletonOf(keyOf(target))) ?? []);
    if (!isSurname) {
      for (const spelling of own.spellings) found.add(spelling);
      for (const nickname of own.nicknames) found.add(nickname);
    }
    for (const key of found) {
      if (keys.has(key) || own.words.has(key)) continue;
      const nickname = !isSurname && own.nicknames.has(key);
      if (!nickname && key.length < MIN_MISSPELT_MENTION) continue;
      const occurrences = names.mentions.get(key);
      if (!occurrences) continue;
      if (othersCalled(key).length > 0 || index.author.has(key)) continue;
      if (isCommonWordName(key) || isCommonWord(key)) continue;
      let namedSomeoneElse = false;
      for (const s of names.namedPeople.get(key) ?? [])
        if (!own.words.has(s)) namedSomeoneElse = true;
      const spelling = !isSurname && own.spellings.has(key);
      for (const position of occurrences) {
        if (names.claimed.has(position)) continue;
        const mention = mentionAt(draft, position);
        if (!spelling && !nickname && !variantOf(mention.text, target)) continue;
        const context = contextOf(draft, mention);
        // A possessive opening a sentence counts here ("Fairburn's note is attached"): a word
        // that is nearly their name is not an everyday word taking a capital.
        if (context.other || context.alone || context.determined) continue;
        if (context.next !== undefined && !own.words.has(context.next)) continue;
        // Said to the reader ("Servus Joszef,"), a near spelling is their name misspelt.
        const addressed = !isSurname && mention.field === "body" && saidToReader(draft, mention);
        if (!context.personCue && !context.possessive && !addressed) continue;
        if (
          !isSurname &&
          mention.field === "body" &&
          ((onlyPrimary && !addressed) || namedSomeoneElse)
        )
          continue;
        const correct = isSurname ? target : (own.preferred ?? target);
        reportAt(mention, mention, { messageId: nickname ? "nickname" : "misspelt", correct });
      }
    }
  }

  // Their full name in an attachment's name with the family name misspelt or stripped of its
  // marks ("Witness statement of Margaret Ellary.docx" for Margaret Ellery): the file goes out
  // under that name. Given name and family name together, so the file is about this person;
  // unless another recipient bears that family name. No fix: the author renames the file.
  const surname = own.surname;
  const given = [own.firstName, own.preferredFirst]
    .filter((n): n is string => n !== undefined)
    .map(keyOf);
  if (surname && given.length > 0 && !own.familyFirst) {
    draft.attachments.forEach(({ name, index: at }) => {
      const words = namesIn(name, 0);
      for (let i = 1; i < words.length; i++) {
        const first = words[i - 1]!;
        const second = words[i]!;
        if (second.start - first.end !== 1 || !/[ _.-]/.test(name.charAt(first.end))) continue;
        if (!given.includes(keyOf(first.text))) continue;
        const written = second.text;
        if (accepted(written, surname) || othersCalled(keyOf(written)).length > 0) continue;
        const messageId = hasDroppedMarks(written, surname)
          ? "accents"
          : variantOf(written, surname)
            ? "misspelt"
            : undefined;
        if (!messageId) continue;
        ctx.report({
          messageId,
          data: { written, correct: surname },
          evidence: {
            field: "attachment",
            index: at,
            text: written,
            start: second.start,
            end: second.end,
          },
        });
      }
    });
  }
}

/** Names shorter than this are not looked for misspelt in running text. */
const MIN_MISSPELT_MENTION = 5;

/**
 * A rough sound skeleton of a folded name, to find the few capitalised words of a draft that may
 * be a misspelling of a name without testing each: consonants only, with letters that often
 * stand for one another merged (c/k/q, f/v/w/ph, s/z, g/j), doubles collapsed, "qv" read as
 * "qu". Words with the same skeleton are then judged by isNameVariant.
 */
function skeletonOf(key: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < key.length; i++) {
    let ch = key[i]!;
    if (ch === "a" || ch === "e" || ch === "i" || ch === "o" || ch === "u" || ch === "y") continue;
    if (ch === "h") continue;
    if (ch === "c" || ch === "q") ch = "k";
    else if (ch === "v" || ch === "w") ch = key[i - 1] === "q" ? "" : "f";
    else if (ch === "p" && key[i + 1] === "h") ch = "f";
    else if (ch === "z") ch = "s";
    else if (ch === "j") ch = "g";
    if (ch !== "" && ch !== last) out += ch;
    if (ch !== "") last = ch;
  }
  return out;
}

/** The draft's capitalised words by skeleton, worked out once per draft. */
function mentionSkeletons(draft: AnalysedDraft, names: DraftNames): Map<string, string[]> {
  return draft.memo("name-mention-skeletons", () => {
    const bySkeleton = new Map<string, string[]>();
    for (const key of names.mentions.keys()) {
      if (key.length < MIN_MISSPELT_MENTION || key.length > 24) continue;
      const skeleton = skeletonOf(key);
      const list = bySkeleton.get(skeleton);
      if (list) list.push(key);
      else bySkeleton.set(skeleton, [key]);
    }
    return bySkeleton;
  });
}

/** A capitalised word in running text: only an avoided form, or their own name without its marks. */
function mentionVerdict(own: OwnName, written: string, isSurname: boolean): Verdict | undefined {
  if (!own.preferred) return undefined;
  if (isSurname && own.surname) {
    if (isAvoided(own, written)) return { messageId: "avoided", correct: own.surname };
    if (hasWrongCapitals(written, own.surname))
      return { messageId: "misspelt", correct: own.surname };
    return hasDroppedMarks(written, own.surname)
      ? { messageId: "accents", correct: own.surname }
      : undefined;
  }
  if (isAvoided(own, written)) return { messageId: "avoided", correct: own.preferred };
  if (own.preferredFirst && hasDroppedMarks(written, own.preferredFirst)) {
    return { messageId: "accents", correct: own.preferred };
  }
  if (own.firstName && hasDroppedMarks(written, own.firstName)) {
    return { messageId: "accents", correct: own.preferredFirst ? own.preferred : own.firstName };
  }
  const capitals = wrongCapitalsOf(written, own.preferredFirst, own.firstName);
  if (capitals)
    return { messageId: "misspelt", correct: own.preferredFirst ? own.preferred : capitals };
  return undefined;
}
