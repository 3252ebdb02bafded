import type { AnalysedDraft } from "../analysis";
import type { CheckContext, CheckMeta, CheckRecipient } from "./context";
import {
  evidenceAt,
  fieldOf,
  oncePerRecipients,
  replaceFix,
  textFields,
  type TextFieldName,
} from "./helpers";
import { isNameVariant } from "../text";

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
    misspelt:
      '{{who}} spells their name {{correct}}, but this {{item}} has "{{written}}". Replace "{{written}}" with "{{correct}}".',
  },
  fixable: true,
};

/** Where a written name stands and what it stands for. */
interface NameCandidate {
  field: TextFieldName;
  start: number;
  end: number;
  text: string;
  /** "given" in greetings and vocatives; "surname" after a title; "pair" for "Given Surname". */
  role: "given" | "surname" | "pair";
  /** For "pair": the surname word. */
  second?: { start: number; end: number; text: string };
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
// No "i" flag on these patterns: with it, \p{Lu} would match any letter and a name any word.
const GREETING = String.raw`(?:[Dd]ear|DEAR|[Hh]i|HI|[Hh]ello|HELLO|[Hh]ey|[Hh]iya|[Mm]orning|[Gg]ood\s+(?:[Mm]orning|[Aa]fternoon|[Ee]vening)|[Gg]reetings|[Ww]elcome)`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?`;

/**
 * "Dear Meg,", "Hi Jon and Megge,", "Good morning Meg" at the start of a line. Sticky: tried
 * only at lines whose first letter can start a greeting, since a Unicode pattern anchored at
 * every line of a long reply was one of the costliest scans of a draft.
 */
const GREETING_LINE = new RegExp(
  String.raw`^[ \t]*${GREETING}[ \t,]+((?:${NAME})(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)${NAME})*)[ \t]*(?:[,:;!.—–-]|$)`,
  "muy",
);
const GREETING_INITIALS = new Set("DdHhMmGgWw");
/** "Meg," or "Meg -" alone at the very start of the authored text. */
const BARE_OPENING = new RegExp(String.raw`^\s*(${NAME})[ \t]*(?:,|:|[—–-])[ \t]*$`, "mu");
/** "Thanks, Meg." "Cheers, Jon!" */
const VOCATIVE = new RegExp(
  String.raw`\b(?:[Tt]hanks|THANKS|[Tt]hank\s+you|[Cc]heers|[Ss]orry|[Cc]ongratulations|[Cc]ongrats|[Ww]elcome|[Gg]reat|[Oo]k|OK|[Oo]kay|[Ss]ure|[Ww]ell\s+done)[ \t]*,[ \t]*(${NAME})[ \t]*(?=[.!?;,]|$)`,
  "gmu",
);
/** "Ms Andersen", "Dr. Whitacre". */
const TITLED = new RegExp(String.raw`\b${TITLE}[ \t]+(${NAME})`, "gu");
/** A capitalised word, for "Given Surname" pairs. */
const CAPITALISED = new RegExp(NAME, "gu");

/**
 * Starts of the lines of `text` whose first non-blank character is in `initials`. Lines end at
 * "\n" (found with indexOf, which is far cheaper than a pattern) or, in old Mac text, "\r".
 */
function linesStartingWith(text: string, initials: ReadonlySet<string>): number[] {
  const starts: number[] = [];
  const separator = text.includes("\n") || !text.includes("\r") ? "\n" : "\r";
  for (let lineStart = 0; lineStart <= text.length;) {
    const next = text.indexOf(separator, lineStart);
    const lineEnd = next < 0 ? text.length : next;
    let first = lineStart;
    while (first < lineEnd && (text[first] === " " || text[first] === "\t")) first++;
    if (first < lineEnd && initials.has(text[first]!)) starts.push(lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return starts;
}

function namesIn(group: string, offset: number): { start: number; end: number; text: string }[] {
  const result: { start: number; end: number; text: string }[] = [];
  const word = new RegExp(NAME, "gu");
  for (let m = word.exec(group); m; m = word.exec(group)) {
    result.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return result;
}

const NAME_CHAR = /[\p{L}'’-]/u;

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

/** Recipient-independent: every place a name is written where it addresses or names someone. */
export function nameCandidates(draft: AnalysedDraft): NameCandidate[] {
  return draft.memo("name-candidates", () => {
    const candidates: NameCandidate[] = [];
    for (const field of textFields(draft)) {
      const text = field.scan;
      const seen = new Set<string>();
      // "Anderson's" is Anderson: the possessive is not part of the name.
      const bare = (start: number, end: number) => {
        const word = text.slice(start, end);
        const cut = /['’]s$/i.test(word) ? 2 : /['’]$/.test(word) ? 1 : 0;
        return { start, end: end - cut, text: word.slice(0, word.length - cut) };
      };
      const add = (
        role: NameCandidate["role"],
        start: number,
        end: number,
        second?: NameCandidate["second"],
      ) => {
        const id = `${role}:${start}`;
        if (seen.has(id)) return;
        seen.add(id);
        const word = bare(start, end);
        const candidate: NameCandidate = {
          field: field.field,
          start,
          end: word.end,
          text: word.text,
          role,
        };
        if (second) candidate.second = second;
        candidates.push(candidate);
      };
      for (const lineStart of linesStartingWith(text, GREETING_INITIALS)) {
        GREETING_LINE.lastIndex = lineStart;
        const m = GREETING_LINE.exec(text);
        if (!m) continue;
        const group = m[1]!;
        const groupStart = m.index + m[0].indexOf(group);
        for (const name of namesIn(group, groupStart)) {
          if (/^(?:and)$/i.test(name.text)) continue;
          add("given", name.start, name.end);
        }
      }
      if (field.field === "body") {
        // Only the first line with text: a regex anchored at every line would rescan the
        // blanked quoted history again and again.
        const first = text.search(/\S/);
        if (first >= 0) {
          const lineEnd = text.indexOf("\n", first);
          const line = text.slice(first, lineEnd < 0 ? text.length : lineEnd);
          const opening = BARE_OPENING.exec(line);
          if (opening) add("given", first, first + opening[1]!.length);
        }
      }
      VOCATIVE.lastIndex = 0;
      for (let m = VOCATIVE.exec(text); m; m = VOCATIVE.exec(text)) {
        const start = m.index + m[0].lastIndexOf(m[1]!);
        add("given", start, start + m[1]!.length);
      }
      TITLED.lastIndex = 0;
      for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
        const start = m.index + m[0].lastIndexOf(m[1]!);
        add("surname", start, start + m[1]!.length);
      }
      // "Meg Anderson": two capitalised words with only spaces between (one cheap pass over the
      // capitalised words; "Meg Anderson Smith" also yields "Anderson Smith").
      CAPITALISED.lastIndex = 0;
      let previous: { start: number; end: number } | undefined;
      for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (start > 0 && isNameChar(text, start - 1)) {
          previous = undefined;
          continue;
        }
        if (previous && onlyBlanks(text, previous.end, start)) {
          const first = bare(previous.start, previous.end);
          add("pair", first.start, first.end, bare(start, end));
        }
        previous = { start, end };
      }
    }
    return candidates;
  });
}

/** Candidates that read alike (same role, same words): a verdict on one holds for all. */
interface CandidateGroup {
  first: NameCandidate;
  all: NameCandidate[];
}

/**
 * The candidates grouped by what is written, once per draft: each recipient then judges every
 * distinct name once, however often the draft repeats it.
 */
function candidateGroups(draft: AnalysedDraft): CandidateGroup[] {
  return draft.memo("name-candidate-groups", () => {
    const groups = new Map<string, CandidateGroup>();
    for (const candidate of nameCandidates(draft)) {
      const key = `${candidate.role}\u0000${candidate.text}\u0000${candidate.second?.text ?? ""}`;
      const group = groups.get(key);
      if (group) group.all.push(candidate);
      else groups.set(key, { first: candidate, all: [candidate] });
    }
    return [...groups.values()];
  });
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** For each name word, how many recipients are rightly called it, and each one's own words. */
interface NameWordIndex {
  counts: Map<string, number>;
  own: Map<CheckRecipient, Set<string>>;
}

/** Name words of every recipient, worked out once per evaluation rather than once per recipient. */
function nameWordIndex(recipients: readonly CheckRecipient[]): NameWordIndex {
  return oncePerRecipients(recipients, "name-words", () => {
    const index: NameWordIndex = { counts: new Map(), own: new Map() };
    for (const recipient of recipients) {
      const words = new Set<string>();
      const sources = [
        recipient.name,
        recipient.profile?.preferredName,
        recipient.profile?.fullName,
      ];
      for (const source of sources) {
        for (const word of source?.split(/[\s,]+/) ?? []) if (word) words.add(word.toLowerCase());
      }
      index.own.set(recipient, words);
      for (const word of words) index.counts.set(word, (index.counts.get(word) ?? 0) + 1);
    }
    return index;
  });
}

/** Whether another recipient is rightly called this (lower-case) word: their profile or display name. */
function namesOfOthers(
  recipients: readonly CheckRecipient[],
  self: CheckRecipient,
): { has(word: string): boolean } {
  const { counts, own } = nameWordIndex(recipients);
  const mine = own.get(self);
  return { has: (word) => (counts.get(word) ?? 0) - (mine?.has(word) ? 1 : 0) > 0 };
}

const variantVerdicts = new Map<string, boolean>();
const MAX_CACHED_VERDICTS = 5000;

/** isNameVariant, memoised: the same capitalised words recur in a draft and across recipients. */
function variantOf(written: string, target: string | undefined): boolean {
  if (target === undefined || same(written, target)) return false;
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

export function check(ctx: CheckContext): void {
  const profile = ctx.profile;
  if (!profile) return;
  const fullWords = (profile.fullName ?? "").split(/\s+/).filter(Boolean);
  const preferred = profile.preferredName ?? fullWords[0];
  const firstName = fullWords.length > 0 ? fullWords[0] : undefined;
  const surname = fullWords.length > 1 ? fullWords[fullWords.length - 1] : undefined;
  const avoid = profile.avoidNames.map((n) => n.toLowerCase());
  if (!preferred && !surname && avoid.length === 0) return;
  const { draft } = ctx;
  const others = namesOfOthers(ctx.recipients, ctx.recipient);

  const judgeGiven = (written: string): { messageId: string; correct: string } | undefined => {
    if (!preferred || same(written, preferred) || same(written, firstName)) return undefined;
    if (others.has(written.toLowerCase())) return undefined;
    if (avoid.includes(written.toLowerCase())) return { messageId: "avoided", correct: preferred };
    // "Meg" for "Megge": a shortening they did not ask for (their full first name is fine).
    // A whole word of a preferred form with a title ("Professor" of "Professor Okonkwo", as in
    // "Dear Professor Okonkwo") is how that form is written, not a shortening of it.
    const preferredFirst = preferred.split(/\s+/)[0] ?? preferred;
    if (
      written.length >= 2 &&
      written.length < preferredFirst.length &&
      preferredFirst.toLowerCase().startsWith(written.toLowerCase())
    ) {
      return { messageId: "shortened", correct: preferred };
    }
    if (variantOf(written, preferred) || variantOf(written, firstName)) {
      return { messageId: "misspelt", correct: preferred };
    }
    return undefined;
  };
  const judgeSurname = (written: string): { messageId: string; correct: string } | undefined => {
    if (!surname || same(written, surname) || others.has(written.toLowerCase())) return undefined;
    return variantOf(written, surname) ? { messageId: "misspelt", correct: surname } : undefined;
  };

  const reportAt = (
    fieldName: TextFieldName,
    start: number,
    end: number,
    verdict: { messageId: string; correct: string },
  ) => {
    const field = fieldOf(draft, fieldName);
    const evidence = evidenceAt(field, start, end);
    ctx.report({
      messageId: verdict.messageId,
      data: { written: evidence.text, correct: verdict.correct },
      evidence,
      fix: replaceFix(field, start, end, verdict.correct, `Replace with ${verdict.correct}`),
    });
  };

  for (const { first, all } of candidateGroups(draft)) {
    if (first.role === "given") {
      const verdict = judgeGiven(first.text);
      if (verdict) for (const c of all) reportAt(c.field, c.start, c.end, verdict);
    } else if (first.role === "surname") {
      const verdict = judgeSurname(first.text);
      if (verdict) for (const c of all) reportAt(c.field, c.start, c.end, verdict);
    } else if (first.second && surname && preferred) {
      // "Meg Anderson" / "Megge Andersen": both words must point at this person.
      const given = first.text;
      const family = first.second.text;
      const givenOk = same(given, preferred) || same(given, firstName);
      const familyOk = same(family, surname);
      const givenVerdict = givenOk ? undefined : judgeGiven(given);
      const familyVerdict = familyOk ? undefined : judgeSurname(family);
      if ((givenOk || givenVerdict) && (familyOk || familyVerdict)) {
        for (const c of all) {
          if (givenVerdict) reportAt(c.field, c.start, c.end, givenVerdict);
          if (familyVerdict) reportAt(c.field, c.second!.start, c.second!.end, familyVerdict);
        }
      }
    }
  }
}
