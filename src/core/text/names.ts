/**
 * Is a written name a misspelling of the client's name? Precision first: a false alarm on a
 * colleague's real name teaches lawyers to ignore the warning, so every rule below has to
 * agree before a pair counts as a variant.
 *
 * Rules, on folded letters (case and diacritics ignored):
 * 1. Identical names are not variants; names under 3 letters never are (initials, "Al").
 * 2. A name that extends the other ("Dan"/"Daniel", "Ann"/"Anna", "Meg"/"Megge",
 *    "Jeff"/"Jeffrey") is a nickname or another name, not a misspelling, unless the extra
 *    is a silent "h" or "e" or a doubled last letter ("Sara"/"Sarah", "Ann"/"Anne", "Jonn").
 * 3. They must sound alike: their Double Metaphone codes share a code (so "Ford"/"Lord" fail).
 * 4. They must be spelt alike: Levenshtein distance at most 1 (longer name up to 4 letters),
 *    2 (up to 8), 3 (longer).
 *    Two neighbouring vowels the other way round ("Niel"/"Neil") are one slip.
 * 5. No edit may swap a vowel for a consonant ("John"/"Joan": h for a; but "qu" for the
 *    Scandinavian "qv", Lindquist/Lindqvist, is one sound), and in short names
 *    (up to 4 letters) no edit may touch a vowel at all ("Dan"/"Don", "Jon"/"Joan",
 *    "Dean"/"Dan" are different names), while a silent "h" may come or go ("Jon"/"John").
 * Names of several words are compared word by word: all equal or variants, one at least a
 * variant ("Megge Andersen" for "Megge Anderson"); different word counts are not variants.
 */
import { doubleMetaphone } from "double-metaphone";
import { distance } from "fastest-levenshtein";
import { isCasedLetter, lettersOf } from "./letters";
import { foldText, tokenize } from "./words";

const MAX_NAME_LETTERS = 64;

/** Folded letters only: "O’Brien" → "obrien", "Zoë" → "zoe". */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join("")
    .replace(/[^a-z]/g, (ch) => (isCasedLetter(ch) ? ch : ""));
}

export function isNameVariant(written: string, target: string): boolean {
  const writtenWords = tokenize(written).filter((t) => lettersOf(t.text) !== "");
  const targetWords = tokenize(target).filter((t) => lettersOf(t.text) !== "");
  if (writtenWords.length === 0 || writtenWords.length !== targetWords.length) return false;
  let variants = 0;
  for (let i = 0; i < writtenWords.length; i++) {
    const a = nameKey(writtenWords[i]!.text);
    const b = nameKey(targetWords[i]!.text);
    if (a === b) continue;
    if (!isWordVariant(a, b)) return false;
    variants++;
  }
  return variants > 0;
}

function isWordVariant(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 3 || longer.length > MAX_NAME_LETTERS) return false;
  if (longer.startsWith(shorter)) {
    const extra = longer.slice(shorter.length);
    const silentEnding = extra === "h" || extra === "e" || extra === shorter.slice(-1);
    return silentEnding && soundAlike(a, b);
  }
  if (!soundAlike(a, b)) return false;
  if (isVowelPairSwapped(a, b)) return true;
  const allowed = longer.length <= 4 ? 1 : longer.length <= 8 ? 2 : 3;
  if (distance(a, b) > allowed) return false;
  return editsAreSpellingSlips(a, b, longer.length <= 4);
}

/**
 * Swedish and Danish names write "qv" where English writes "qu" (Lindqvist, Almqvist, Blomqvist
 * are often typed Lindquist, Almquist, Blomquist): one sound, so read them alike.
 */
const soundKey = (name: string): string => name.replace(/qv/g, "qu");

function soundAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(soundKey(a));
  const [b1, b2] = doubleMetaphone(soundKey(b));
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/**
 * Two neighbouring vowels written the other way round ("Niel" for Neil, "Brain" for Brian,
 * "Loius" for Louis): the commonest slip of the fingers in a name, and one edit, not two. Only
 * vowels: swapping a vowel and a consonant changes the syllables ("Kirsten"/"Kristen" are two
 * names).
 */
function isVowelPairSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length) return false;
  return (
    a[i] === b[i + 1] &&
    a[i + 1] === b[i] &&
    isVowel(a[i]) &&
    isVowel(a[i + 1]) &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}

/** Walks one cheapest edit script and rejects the edits that change how a name sounds. */
function editsAreSpellingSlips(a: string, b: string, short: boolean): boolean {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const cost = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i++) cost[i * cols] = i;
  for (let j = 0; j < cols; j++) cost[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      cost[i * cols + j] = Math.min(
        cost[(i - 1) * cols + j - 1]! + same,
        cost[(i - 1) * cols + j]! + 1,
        cost[i * cols + j - 1]! + 1,
      );
    }
  }
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j]!;
    const x = a[i - 1];
    const y = b[j - 1];
    if (i > 0 && j > 0 && x === y && here === cost[(i - 1) * cols + j - 1]) {
      i--;
      j--;
    } else if (i > 0 && j > 0 && here === cost[(i - 1) * cols + j - 1]! + 1) {
      const qvForQu = a[i - 2] === "q" && b[j - 2] === "q" && (x === "v" || y === "v");
      if (isVowel(x) !== isVowel(y) && !qvForQu) return false;
      if (short && isVowel(x)) return false;
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * cols + j]! + 1) {
      if (short && isVowel(x)) return false;
      i--;
    } else {
      if (short && isVowel(y)) return false;
      j--;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Accents and conventional transliterations
// ---------------------------------------------------------------------------------------------

/**
 * Conventional ASCII spellings a careful lawyer accepts for a name, because its owner writes
 * them too (in e-mail addresses, passports' machine lines, German and Nordic usage): Müller →
 * Mueller, Jürgen → Juergen, Søren → Soeren, Bjørn → Bjoern, Åsa → Aasa, Straße → Strasse. The
 * bare letter (Muller, Soren, Bjorn) is a different spelling: the owner never writes it.
 */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ø: "oe",
  æ: "ae",
  å: "aa",
  œ: "oe",
  þ: "th",
};

/**
 * Marks that French, Spanish, Portuguese and Italian typography may leave off a capital letter
 * ("Eloise" for "Éloïse"'s É): acute, grave, circumflex, and the cedilla of Ç. Not the diaeresis
 * or umlaut (MULLER is wrong in German), the ring, tilde, caron, ogonek or stroke (Å, Ñ, Š, Ł are
 * letters of their own alphabets), nor a cedilla under another letter (Turkish Ş, Romanian Ţ,
 * Latvian Ķ: letters of their own, with no typographic licence to drop it).
 */
const DROPPABLE_ON_CAPITALS = /^[\u0300\u0301\u0302\u0327]+$/;
const CEDILLA = "\u0327";

/** One letter of `target` written as `written` (one character each, NFC). */
function sameLetter(written: string, target: string): boolean {
  if (written === target || written.toLowerCase() === target.toLowerCase()) return true;
  if (written !== written.toUpperCase() || target !== target.toUpperCase()) return false;
  const decomposed = target.normalize("NFD");
  const marks = decomposed.slice(1);
  if (marks.indexOf(CEDILLA) >= 0 && written !== "C") return false;
  return decomposed[0] === written && DROPPABLE_ON_CAPITALS.test(marks);
}

const PLAIN_LETTERS = /^[A-Za-z]*$/;

/**
 * How `written` renders `target`, letter by letter: "accepted" when every letter is the same
 * (case aside), a conventional transliteration (Mueller for Müller) or a capital without its
 * accent (Eloise for Éloïse's É); "dropped" when at least one letter lost its mark or stroke
 * and every other one is accepted (Muller, Soren, Lukasz; and mixed forms such as Weissmuller
 * for Weißmüller: ß transliterated, ü bare); undefined when the letters differ.
 * Apostrophes, hyphens and spaces are how a name is set, not how it is spelt (O'Brien, O’Brien).
 */
export function markedSpelling(
  written: string,
  target: string,
): "accepted" | "dropped" | undefined {
  // Plain letters on both sides (the common case): the same name, case aside, or not.
  if (PLAIN_LETTERS.test(written) && PLAIN_LETTERS.test(target)) {
    return written !== "" && written.toLowerCase() === target.toLowerCase()
      ? "accepted"
      : undefined;
  }
  const wText = lettersOf(written.normalize("NFC"), true);
  const tText = lettersOf(target.normalize("NFC"), true);
  if (wText.toLowerCase() === tText.toLowerCase()) return wText === "" ? undefined : "accepted";
  // Most pairs differ from the first letter or in length: no need to align them.
  if (bareLetter(wText.charAt(0)) !== bareLetter(tText.charAt(0))) return undefined;
  const w = [...wText];
  const t = [...tText];
  if (w.length < t.length || w.length > t.length * 2 || w.length > MAX_NAME_LETTERS * 2) {
    return undefined;
  }
  // drops[j]: fewest dropped marks rendering the letters of `t` read so far as w[0, j).
  const NONE = 255;
  let drops = new Uint8Array(w.length + 1).fill(NONE);
  drops[0] = 0;
  for (const letter of t) {
    const next = new Uint8Array(w.length + 1).fill(NONE);
    const renderings = renderingsOf(letter);
    for (let j = 0; j < w.length; j++) {
      const here = drops[j]!;
      if (here === NONE) continue;
      for (const [form, cost] of renderings) {
        const end = j + form.length;
        if (end > w.length) continue;
        const piece = w.slice(j, end);
        let matches: boolean;
        if (form.length === 1 && cost === 0 && piece.length === 1) {
          matches = sameLetter(piece[0]!, letter);
        } else {
          matches = piece.join("").toLowerCase() === form;
        }
        if (matches && here + cost < next[end]!) next[end] = Math.min(here + cost, NONE - 1);
      }
    }
    drops = next;
  }
  const result = drops[w.length]!;
  return result === NONE ? undefined : result === 0 ? "accepted" : "dropped";
}

/** A letter without its marks, lower case ("É" → "e", "Ø" → "o"). */
function bareLetter(letter: string): string {
  const lower = letter.toLowerCase();
  const base = lower.normalize("NFD").charAt(0);
  return base !== lower ? base : foldText(lower);
}

/** The ways one letter of a name may be written, and whether each drops a mark (cost 1). */
function renderingsOf(letter: string): [string, number][] {
  const lower = letter.toLowerCase();
  const out: [string, number][] = [[letter, 0]];
  const transliteration = TRANSLITERATIONS[lower];
  if (transliteration) out.push([transliteration, 0]);
  // The bare letter: its base without marks (é → e), or what the text layer folds it to (ø → o,
  // ł → l, ß → s is no fold: "Weismuller" is a misspelling, not a dropped mark).
  const base = lower.normalize("NFD")[0]!;
  const folded = base !== lower ? base : foldText(lower);
  if (folded !== lower && folded.length === 1 && /^[a-z]$/.test(folded)) out.push([folded, 1]);
  return out;
}

/**
 * Whether `written` is how the owner of `target` spells it: the same letters and marks (case
 * aside), conventional transliterations (Mueller for Müller), or a capital without its accent
 * (Eloise for Éloïse's É).
 */
export function isAcceptedSpelling(written: string, target: string): boolean {
  return markedSpelling(written, target) === "accepted";
}

/**
 * Whether `written` has the letters of `target` but not its marks (Renee for Renée, Muller for
 * Müller, Lukasz for Łukasz, Bjorn for Bjørn, Weissmuller for Weißmüller), and is not an
 * accepted spelling of it. Names of several words are compared word by word.
 */
export function hasDroppedMarks(written: string, target: string): boolean {
  // Plain letters on both sides (most names): no mark can have been dropped, and the steps below
  // would say so only after splitting and folding both.
  if (PLAIN_LETTERS.test(target) && PLAIN_LETTERS.test(written)) return false;
  const writtenWords = written.split(/\s+/).filter(Boolean);
  const targetWords = target.split(/\s+/).filter(Boolean);
  if (writtenWords.length === 0 || writtenWords.length !== targetWords.length) return false;
  let dropped = false;
  for (let i = 0; i < writtenWords.length; i++) {
    const verdict = markedSpelling(writtenWords[i]!, targetWords[i]!);
    if (verdict === undefined) return false;
    if (verdict === "dropped") dropped = true;
  }
  return dropped;
}

/**
 * Whether `written` drops the mark of a capital that opens a later part of a compound name
 * ("Marie-Eve" for Marie-Ève, "Lefevre-Emard" for Lefèvre-Émard), the other parts written as
 * accepted or with marks dropped. The licence to write a capital without its accent
 * (markedSpelling: "Eloïse" for Éloïse) covers the capital a name opens with; a writer who sets
 * a compound's second part with its hyphen and capital copies the name, and its accent with it.
 * Not a name written wholly in capitals, where every capital keeps the licence.
 */
export function hasDroppedInnerMarks(written: string, target: string): boolean {
  // A name set wholly in capitals keeps the licence on every capital ("MARIE-EVE").
  if (written === written.toUpperCase()) return false;
  const w = written.normalize("NFC").split(/[-\u2010\u2011]/);
  const t = target.normalize("NFC").split(/[-\u2010\u2011]/);
  if (w.length < 2 || w.length !== t.length) return false;
  let inner = false;
  for (let i = 0; i < w.length; i++) {
    const verdict = markedSpelling(w[i]!, t[i]!);
    if (verdict === undefined) return false;
    if (i === 0 || verdict !== "accepted") continue;
    const mark = t[i]!.charAt(0);
    const bare = w[i]!.charAt(0);
    if (mark !== bare && mark.normalize("NFD").length > 1 && bare === mark.normalize("NFD")[0])
      inner = true;
  }
  return inner;
}

/**
 * Whether `written` is `target` with other capitals inside the name: "Deshawn" for DeShawn,
 * "Mcallister" for McAllister, "MacDonald" for Macdonald. Only when every other character is the
 * same: "O'Donoghue" for a profile's "Odonoghue" sets the name differently (how a name is set
 * is not how it is spelt, see isAcceptedSpelling), and the writer is likely right. The first
 * letter is left alone (a sentence may capitalise a particle: "Van der Berg"), and so is a name
 * written all in capitals (a heading or a party block).
 */
export function hasWrongCapitals(written: string, target: string): boolean {
  const w = written.normalize("NFC");
  const t = target.normalize("NFC");
  if (w === t || w.length < 3 || w === w.toUpperCase() || t === t.toUpperCase()) return false;
  if (w.length !== t.length || w.toLowerCase() !== t.toLowerCase()) return false;
  return w.slice(1) !== t.slice(1);
}
