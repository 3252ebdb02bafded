/**
 * The written forms of a term: how English inflects and derives the words of a billing entry,
 * so a refused "Review of file" is found as "reviews of file", "reviewed the file" or "file
 * review", and "Perusal" as "Perused lease". Rules, not a dictionary: a rule that makes a form
 * English never writes costs nothing (nobody writes it), so candidates are generated generously
 * and only the handful of irregular forms are listed.
 *
 * Everything here works on folded words (lower case, no diacritics, see words.ts) and runs when
 * a term list is built, never per word of a draft: the phrase index then finds every form with
 * one lookup per word, as it finds the term itself.
 */

import { otherSpellings } from "./spellings";

/** Irregular plurals of nouns a billing entry or topic may have as its head. */
const IRREGULAR_PLURALS: Readonly<Record<string, readonly string[]>> = {
  analysis: ["analyses"],
  basis: ["bases"],
  child: ["children"],
  criterion: ["criteria"],
  datum: ["data"],
  diagnosis: ["diagnoses"],
  synopsis: ["synopses"],
  thesis: ["theses"],
  hypothesis: ["hypotheses"],
  appendix: ["appendices", "appendixes"],
  index: ["indices", "indexes"],
  memorandum: ["memoranda", "memorandums"],
  addendum: ["addenda"],
  person: ["people", "persons"],
  man: ["men"],
  woman: ["women"],
  leaf: ["leaves"],
  half: ["halves"],
};

/** Irregular verbs of legal work: base → other forms (past, participle). */
const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  write: ["wrote", "written", "writes", "writing"],
  draw: ["drew", "drawn"],
  meet: ["met"],
  speak: ["spoke", "spoken"],
  read: ["read"],
  send: ["sent"],
  give: ["gave", "given"],
  take: ["took", "taken"],
  make: ["made"],
  tell: ["told"],
  think: ["thought"],
  seek: ["sought"],
  teach: ["taught"],
  bring: ["brought"],
  buy: ["bought"],
  sell: ["sold"],
  find: ["found"],
  hold: ["held"],
  lead: ["led"],
  leave: ["left"],
  go: ["went", "gone"],
  see: ["saw", "seen"],
  do: ["did", "done"],
  get: ["got", "gotten"],
  run: ["ran"],
  begin: ["began", "begun"],
  spend: ["spent"],
  undertake: ["undertook", "undertaken"],
  oversee: ["oversaw", "overseen"],
  redraw: ["redrew", "redrawn"],
  rewrite: ["rewrote", "rewritten"],
  withdraw: ["withdrew", "withdrawn"],
  // The verbs of events a client avoids ("stood down", "laid off", "hung up his boots").
  stand: ["stood"],
  lay: ["laid"],
  hang: ["hung"],
  fall: ["fell", "fallen"],
  throw: ["threw", "thrown"],
};
/** Each irregular form back to its verb ("laid" → "lay", "written" → "write"). */
const IRREGULAR_BASES = new Map<string, string>(
  Object.entries(IRREGULAR_VERBS).flatMap(([base, forms]) =>
    forms.map((form): [string, string] => [form, base]),
  ),
);

/**
 * Standard abbreviations in time narratives, only those that stand for one word whatever the
 * matter ("prep." is preparation, "corresp." correspondence, "conf." conference, "int." internal
 * as in "int. conf."). Ambiguous ones ("rev." revision or review, "corr." correction, "res."
 * resolution or research) are left out: a wrong expansion would refuse an entry nobody wrote.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  preparation: ["prep"],
  prepare: ["prep"],
  preparing: ["prep"],
  correspondence: ["corresp", "corres", "corr"],
  conference: ["conf"],
  conferences: ["confs"],
  internal: ["int"],
  administrative: ["admin"],
  administration: ["admin"],
  management: ["mgmt", "mgt"],
  meeting: ["mtg"],
  meetings: ["mtgs"],
  telephone: ["tel", "tele"],
  attention: ["attn"],
  document: ["doc"],
  documents: ["docs"],
  with: ["w"],
  and: ["&"],
  regarding: ["re"],
  memorandum: ["memo"],
  agreement: ["agmt", "agt"],
  department: ["dept"],
  attendance: ["att", "attce"],
  attending: ["att", "attg"],
  associate: ["assoc"],
  associates: ["assocs"],
};

const ABBREVIATION_FORMS: ReadonlySet<string> = new Set(
  Object.keys(ABBREVIATIONS).flatMap((word) => ABBREVIATIONS[word]!),
);

/** Whether a folded word is one of the standard abbreviations above ("conf", "prep", "int"). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATION_FORMS.has(word);
}

/** Prefixes a closed compound may also be written apart or hyphenated after: "intra-office". */
const SEPARABLE_PREFIXES = ["intra", "inter", "non", "cross", "multi", "post"];

const COORDINATORS = new Set(["and", "&", "or"]);

/**
 * Heads that say only "work of this kind": in "Administrative tasks" or "Travel time" the first
 * word is the refused work, and a narrative writes it with another such head or none.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "task",
  "tasks",
  "work",
  "matters",
  "duties",
  "activity",
  "activities",
  "items",
  "time",
  "services",
  "support",
]);

/** An adjective's ending: such a word alone names no work ("administrative", "internal"). */
const ADJECTIVE_ENDING = /(?:ive|al|ic|ous|ary|ory|ful|less|able|ible)$/;

/**
 * Modifiers that say only "of the usual kind" in a law firm's narrative: "General file review"
 * refuses file review, "Routine correspondence with client" correspondence with the client. An
 * entry drops one only before two words or more, so "Legal research" keeps its first word
 * (billing-entry-forms.ts drops it from a time entry's two words).
 */
export const EMPTY_MODIFIERS: ReadonlySet<string> = new Set([
  "general",
  "routine",
  "miscellaneous",
  "sundry",
  "various",
  "further",
  "additional",
  "ongoing",
  "legal",
]);

/**
 * Bases that are also adjectives: after its object such a word describes it ("the file open",
 * "the matter closed"), so an entry led by it is not read the other way round.
 */
const ADJECTIVAL_BASES: ReadonlySet<string> = new Set([
  "open",
  "close",
  "clear",
  "free",
  "clean",
  "complete",
  "correct",
  "separate",
  "final",
  "ready",
  "present",
]);

/** Prepositions after which a billing entry's first word is its head: "Review of file". */
const PREPOSITIONS = new Set(["of", "to", "on", "with", "for", "re", "regarding", "about", "in"]);

/**
 * Words an entry may put between two of its words: an article or a determiner ("review of the
 * file", "attention to this matter", "review of our file"). One at most, and only there.
 */
export const SKIPPABLE_WORDS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "our",
  "your",
  "their",
  "its",
  "his",
  "her",
  "my",
]);

/**
 * Words that are not modifiers: a pattern may take up to two modifiers before its last word
 * ("internal team meeting", "perusing data room documents"), never one of these, which would
 * start another phrase ("status of the update").
 */
export const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "on",
  "for",
  "with",
  "and",
  "or",
  "but",
  "by",
  "at",
  "from",
  "as",
  "is",
  "was",
  "be",
  "are",
  "were",
  "been",
  "not",
  "no",
  "that",
  "this",
  "these",
  "those",
  "it",
  "its",
  "his",
  "her",
  "their",
  "our",
  "your",
  "my",
  "we",
  "you",
  "they",
  "he",
  "she",
  "i",
  "which",
  "who",
  "re",
  "than",
  "then",
  "so",
  "if",
  "will",
  "would",
  "can",
  "could",
  "has",
  "have",
  "had",
  "do",
  "did",
  "does",
]);

const VOWELS = "aeiou";

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Plural (or third-person) forms: +s, +es after a sibilant, consonant + y → ies, irregular. */
export function pluralsOf(word: string): string[] {
  const forms: string[] = [];
  const last = word[word.length - 1];
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.push(word + "es");
  else if (last === "y" && !isVowel(word[word.length - 2])) forms.push(word.slice(0, -1) + "ies");
  else forms.push(word + "s");
  for (const irregular of IRREGULAR_PLURALS[word] ?? []) forms.push(irregular);
  return forms;
}

/** The singulars a plural may be of ("tasks" → "task", "conferences" → "conference"); none for a singular. */
export function singularsOf(word: string): string[] {
  const forms: string[] = [];
  for (const [singular, plurals] of Object.entries(IRREGULAR_PLURALS))
    if (plurals.includes(word)) forms.push(singular);
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return forms;
  if (word.endsWith("ies")) forms.push(word.slice(0, -3) + "y");
  else if (/(?:s|x|z|ch|sh)es$/.test(word)) forms.push(word.slice(0, -2));
  forms.push(word.slice(0, -1));
  return forms;
}

/**
 * The adverb of an adjective a billing entry qualifies its work with: "internal conference" is
 * written "conferring internally", "administrative" "administratively". Only the regular -ly;
 * a candidate English never writes ("travelly") is never found.
 */
function adverbsOf(word: string): string[] {
  if (word.length < 4) return [];
  if (word.endsWith("ic")) return [word + "ally"];
  if (word.endsWith("le")) return [word.slice(0, -1) + "y"];
  if (word.endsWith("y")) return [word.slice(0, -1) + "ily"];
  return [word + "ly"];
}

/** Whether a final consonant may double before -ed/-ing ("plan" → "planned", "refer" → "referred"). */
function mayDouble(word: string): boolean {
  const n = word.length;
  return (
    n >= 3 &&
    !isVowel(word[n - 1]) &&
    !"wxy".includes(word[n - 1]!) &&
    isVowel(word[n - 2]) &&
    !isVowel(word[n - 3])
  );
}

/** A verb's forms: itself, -s, -ed, -ing (with e-drop, y → i and doubling), irregular forms. */
export function verbFormsOf(base: string): string[] {
  const forms = new Set<string>([base, ...pluralsOf(base).slice(0, 1)]);
  const last = base[base.length - 1];
  if (last === "e") {
    forms.add(base + "d");
    forms.add(base.endsWith("ie") ? base.slice(0, -2) + "ying" : base.slice(0, -1) + "ing");
    if (base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe")) forms.add(base + "ing");
  } else if (last === "y" && !isVowel(base[base.length - 2])) {
    forms.add(base.slice(0, -1) + "ied");
    forms.add(base + "ing");
  } else {
    forms.add(base + "ed");
    forms.add(base + "ing");
    if (mayDouble(base)) {
      forms.add(base + last + "ed");
      forms.add(base + last + "ing");
    }
  }
  for (const irregular of IRREGULAR_VERBS[base] ?? []) forms.add(irregular);
  return [...forms];
}

/**
 * The one verb a form is of, where `verbBasesOf` gives candidates: "stepped" → step, "retiring" →
 * retire, "forced" → force, "laid" → lay, "passes" → pass; a word that is no verb form, itself.
 * The candidate must give the word back among its own forms (`verbFormsOf`).
 */
export function verbLemmaOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_BASES.get(w);
  if (irregular) return irregular;
  if (w in IRREGULAR_VERBS) return w;
  const tried = (stemmed: string): string => {
    // A doubled consonant is undone ("stepp" → "step"), not a verb's own ("pass", "fall").
    if (/([^aeiouls])\1$/.test(stemmed)) return stemmed.slice(0, -1);
    // A lost "e" after a soft consonant, or after one vowel and a consonant ("forc", "retir").
    const silentE = /(?:[cgvz]|[^aeiou][aeiou][^aeiouwxy])$/.test(stemmed);
    for (const candidate of silentE ? [`${stemmed}e`, stemmed] : [stemmed, `${stemmed}e`]) {
      if (verbFormsOf(candidate).includes(w)) return candidate;
    }
    return stemmed;
  };
  if (w.endsWith("ing") && w.length > 5) return tried(w.slice(0, -3));
  if (w.endsWith("ied") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ed") && w.length > 4) return tried(w.slice(0, -2));
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * The verbs a word may be a form of: a gerund ("drafting" → draft), a past ("prepared"), or a
 * nominalisation ("preparation" → prepare, "perusal" → peruse, "attention" → attend,
 * "management" → manage, "conference" → confer, "analysis" → analyse). A noun that is also a
 * verb ("review", "research", "travel") is its own base. Candidates that are not English verbs
 * are harmless: their forms never occur.
 */
export function verbBasesOf(word: string): string[] {
  const bases = new Set<string>([word]);
  const stem = (ending: string) => word.slice(0, word.length - ending.length);
  const addStem = (s: string) => {
    if (s.length < 2) return;
    bases.add(s);
    bases.add(s + "e");
    // "planning" → "plan", "referral" → "refer"
    if (s.length >= 3 && s[s.length - 1] === s[s.length - 2]) bases.add(s.slice(0, -1));
  };
  if (word.endsWith("ing") && word.length > 5) addStem(stem("ing"));
  if (word.endsWith("ed") && word.length > 4) addStem(stem("ed"));
  if (word.endsWith("ation") && word.length > 7) {
    addStem(stem("ation"));
    bases.add(stem("ation") + "ate");
  } else if (word.endsWith("ion") && word.length > 5) {
    addStem(stem("ion"));
    if (word.endsWith("ention")) bases.add(stem("ention") + "end"); // attention → attend
    if (word.endsWith("ension")) bases.add(stem("ension") + "end"); // extension → extend
    if (word.endsWith("ission")) bases.add(stem("ssion") + "t");
    if (word.endsWith("uction")) bases.add(stem("ction") + "ce");
    if (word.endsWith("ption")) bases.add(stem("ption") + "be");
  }
  // "perusal", "approval", "renewal", "referral", "denial": not "internal" or "legal".
  if (/[svwr]al$/.test(word) && word.length > 5) addStem(stem("al"));
  if (word.endsWith("ial") && word.length > 5) bases.add(stem("ial") + "y");
  if (word.endsWith("ment") && word.length > 7) addStem(stem("ment"));
  if (/[ae]nce$/.test(word) && word.length > 6) {
    const s = word.slice(0, -4);
    addStem(s);
    if (s.endsWith("i")) bases.add(s.slice(0, -1) + "y"); // compliance → comply
  }
  if (word.endsWith("ysis") && word.length > 6) {
    bases.add(stem("sis") + "se");
    bases.add(stem("sis") + "ze");
  }
  return [...bases];
}

/**
 * The nouns a verb of work is written as in a narrative: "prepare" → "preparation", "negotiate"
 * → "negotiation", "manage" → "management", "attend" → "attendance", "refer" → "referral",
 * "discuss" → "discussion", "finalise" → "finalisation". Candidates, generously: one English
 * never writes ("reviewation") is never found.
 */
export function nominalsOf(base: string): string[] {
  if (base.length < 3) return [];
  const forms = new Set<string>();
  const last = base[base.length - 1]!;
  const stem = last === "e" ? base.slice(0, -1) : base;
  if (base.endsWith("ate")) forms.add(stem + "ion");
  if (/i[sz]e$/.test(base)) forms.add(stem + "ation");
  if (base.endsWith("fy")) forms.add(base.slice(0, -1) + "ication");
  forms.add(stem + "ation");
  forms.add(stem + "ion");
  forms.add(base + "ment");
  forms.add(stem + "al");
  forms.add(stem + "ance");
  forms.add(stem + "ence");
  if (mayDouble(base)) forms.add(base + last + "al");
  const nouns = [...forms];
  for (const noun of nouns) for (const plural of pluralsOf(noun)) forms.add(plural);
  return [...forms];
}

/**
 * A word of work in every form: abbreviated, in either number, and as the verb it names or is
 * ("review" → "reviews", "reviewed", "reviewing"; "conference" → "conferring", "conferencing";
 * "tasks" → "task").
 */
function actionForms(word: string): string[] {
  const forms = new Set<string>([...withAbbreviations(word), ...pluralsOf(word)]);
  for (const singular of singularsOf(word)) forms.add(singular);
  for (const lemma of [word, ...singularsOf(word)])
    for (const base of verbBasesOf(lemma)) {
      for (const form of verbFormsOf(base)) forms.add(form);
      for (const noun of nominalsOf(base)) forms.add(noun);
    }
  return [...forms];
}

/** The word and its standard abbreviations. */
function withAbbreviations(word: string): string[] {
  return [word, ...(ABBREVIATIONS[word] ?? [])];
}

/** Words written closed or with "e-": "email" and "e-mail", "efiling" and "e-filing". */
const E_WORDS = new Set([
  "mail",
  "mails",
  "filing",
  "billing",
  "disclosure",
  "discovery",
  "signature",
]);

/** A closed compound with a separable prefix, as two words: "intraoffice" → ["intra", "office"]. */
function splitCompound(word: string): [string, string] | undefined {
  if (word.startsWith("e") && E_WORDS.has(word.slice(1))) return ["e", word.slice(1)];
  for (const prefix of SEPARABLE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 5) {
      return [prefix, word.slice(prefix.length)];
    }
  }
  return undefined;
}

/**
 * A pattern of words: position k matches any of `words[k]`; one of SKIPPABLE_WORDS may stand
 * between two positions.
 */
export type WordPattern = readonly (readonly string[])[];

function unique(words: Iterable<string>): string[] {
  return [...new Set(words)];
}

/**
 * The other ways a normalised term (words joined by single spaces) is written, as word
 * patterns. The term as written is not among them (the caller indexes it already), but its
 * forms may overlap them: callers merge hits of the same span.
 *
 * - the head inflected (the first word before a preposition or of a gerund phrase, else the
 *   last): "reviews of file", "internal conferences", "Reviewed file";
 * - a phrase led by an action noun as a verb phrase: "Preparation of correspondence" →
 *   "prepared correspondence", "Attention to file" → "attended to file", "Drafting routine
 *   correspondence" → "drafted routine correspondence";
 * - a single word as every form of its verb: "Perusal" → "perused", "Research" → "researched";
 * - "N1 of N2" as the compound "N2 N1": "file review(s)";
 * - two words closed up: "traveltime";
 * - every word by its standard abbreviations: "prep. of corresp.", "int. conf.".
 */
export function termVariants(norm: string): readonly WordPattern[] {
  // The same terms are inflected for many matchers (every recipient's list of refused entries
  // holds "review of file" and its rewordings): each once, as long as the cache holds.
  let variants = variantsCache.get(norm);
  if (!variants) {
    if (variantsCache.size >= MAX_CACHED_VARIANTS) variantsCache.clear();
    variantsCache.set(norm, (variants = variantsOf(norm)));
  }
  return variants;
}

const variantsCache = new Map<string, readonly WordPattern[]>();
const MAX_CACHED_VARIANTS = 5_000;

function variantsOf(norm: string): WordPattern[] {
  const patterns = inflectedVariants(norm);
  // Every form in its British and American spelling too (spellings.ts); and the term as written
  // in the other spelling, which its caller does not index.
  const respell = (forms: readonly string[]) =>
    unique(forms.flatMap((form) => [form, ...otherSpellings(form)]));
  const written = norm.split(" ");
  if (written.some((word) => otherSpellings(word).length > 0)) {
    patterns.push(written.map((word) => [word]));
  }
  return patterns.map((pattern) => pattern.map(respell));
}

/** Activities a two-word entry names last, done to the word before ("File review"). */
const ACTIVITY_HEADS = new Set([
  "review",
  "reviews",
  "perusal",
  "examination",
  "analysis",
  "revision",
  "revisions",
  "checking",
  "check",
  "checks",
  "proofreading",
  "drafting",
  "preparation",
  "production",
]);

function inflectedVariants(norm: string): WordPattern[] {
  const words = norm.split(" ");
  const n = words.length;
  if (n === 0 || words.some((w) => w === "")) return [];
  const abbreviated = words.map(withAbbreviations);
  const lastForms = (w: string) => unique([...withAbbreviations(w), ...pluralsOf(w)]);
  const patterns: WordPattern[] = [];
  if (n === 1) {
    const word = words[0]!;
    const forms = new Set<string>(abbreviated[0]);
    for (const plural of pluralsOf(word)) forms.add(plural);
    for (const base of verbBasesOf(word)) for (const form of verbFormsOf(base)) forms.add(form);
    patterns.push([[...forms]]);
    const split = splitCompound(word);
    if (split) patterns.push([[split[0]], lastForms(split[1])]);
    return patterns;
  }
  // Round 32 (analysis-h31 G8): a noun ending like an action ("translation", "document") is the
  // object when the word after it is the activity ("Translation review", "Document review").
  const headFirst =
    PREPOSITIONS.has(words[1]!) ||
    (/(?:ing|ion|ment|ance|ence|[svw]al|rral)$/.test(words[0]!) &&
      !(n === 2 && ACTIVITY_HEADS.has(words[1]!)));
  // As written, head inflected, abbreviations anywhere.
  const asWritten = abbreviated.map((forms) => [...forms]);
  if (headFirst) asWritten[0] = unique([...asWritten[0]!, ...actionForms(words[0]!)]);
  // A head before a later preposition is inflected too: "Telephone calls with client".
  const preposition = words.findIndex((w, k) => k >= 2 && PREPOSITIONS.has(w));
  if (preposition > 0 && !headFirst) {
    const head = preposition - 1;
    asWritten[head] = unique([...asWritten[head]!, ...pluralsOf(words[head]!)]);
  }
  // The last word in either number ("Administrative task" for "tasks"); after a modifier, as
  // the activity too ("internal conferencing" for "Internal conference").
  asWritten[n - 1] = unique([
    ...asWritten[n - 1]!,
    ...lastForms(words[n - 1]!),
    ...singularsOf(words[n - 1]!),
    ...(headFirst || preposition > 0 ? [] : actionForms(words[n - 1]!)),
  ]);
  // Coordinated words are each inflected: "Review and analyze" → "reviewed and analyzed".
  for (let k = 0; k < n; k++) {
    if (!COORDINATORS.has(words[k - 1] ?? "") && !COORDINATORS.has(words[k + 1] ?? "")) continue;
    if (COORDINATORS.has(words[k]!)) continue;
    asWritten[k] = unique([...asWritten[k]!, ...actionForms(words[k]!)]);
  }
  // An entry led by a verb is written in any tense: "Review emails" → "reviewing emails",
  // "reviewed emails".
  if (!headFirst && !COORDINATORS.has(words[1]!)) {
    asWritten[0] = unique([...asWritten[0]!, ...verbFormsOf(words[0]!)]);
  }
  patterns.push(asWritten);
  // A verb and its object as a noun phrase: "Review emails" → "review of emails";
  // "Prepare correspondence" → "preparation of correspondence".
  if (!headFirst && !COORDINATORS.has(words[1]!)) {
    const nouns = unique([words[0]!, ...pluralsOf(words[0]!), ...nominalsOf(words[0]!)]);
    patterns.push([nouns, ["of"], ...asWritten.slice(1)]);
  }
  if (headFirst && words[1] === "of" && n >= 3) {
    const verbs = actionForms(words[0]!).filter((w) => !pluralsOf(words[0]!).includes(w));
    // The action as a verb: "Preparation of correspondence" → "prepared correspondence".
    patterns.push([verbs, ...asWritten.slice(2)]);
    // Its object first, the action after: "file reviewed", "correspondence prepared".
    patterns.push([...asWritten.slice(2), verbs]);
    // "Review of file" → "file review", "file reviews".
    patterns.push([...abbreviated.slice(2), lastForms(words[0]!)]);
  }
  // Two words the other way round: a modifier after its noun or as an adverb ("Conference
  // (internal)", "conferring internally"), an object before its action ("email review", "emails
  // reviewed", "updated status" for "Status update").
  if (n === 2 && !headFirst && !COORDINATORS.has(words[1]!)) {
    const [first, second] = [words[0]!, words[1]!];
    patterns.push([
      unique([...withAbbreviations(second), ...singularsOf(second), ...actionForms(second)]),
      unique([...asWritten[0]!, ...pluralsOf(first), ...adverbsOf(first)]),
    ]);
  }
  // An object before its action, the other way round: "File review" → "review of the file".
  if (n === 2 && !headFirst && !COORDINATORS.has(words[1]!) && !GENERIC_HEADS.has(words[1]!)) {
    const action = unique([...withAbbreviations(words[1]!), ...pluralsOf(words[1]!)]);
    patterns.push([action, ["of"], lastForms(words[0]!)]);
  }
  // An action before its object, the other way round, as time entries also write it: "Opening
  // file" → "file opening", "file opened", "opening of the file"; "Reviewing emails" → "email
  // review", "review of emails".
  if (n === 2 && headFirst && !PREPOSITIONS.has(words[1]!) && !COORDINATORS.has(words[1]!)) {
    const actions = actionForms(words[0]!).filter((form) => !ADJECTIVAL_BASES.has(form));
    const object = unique([...withAbbreviations(words[1]!), ...singularsOf(words[1]!)]);
    patterns.push([object, actions]);
    patterns.push([actions, ["of"], lastForms(words[1]!)]);
  }
  // An action with its object after a preposition (not "of"), the object first: "Attendance on
  // telephone" → "telephone attendance", "Conference with colleague" → "colleague conference".
  if (n === 3 && headFirst && PREPOSITIONS.has(words[1]!) && words[1] !== "of") {
    const object = unique([...withAbbreviations(words[2]!), ...singularsOf(words[2]!)]);
    patterns.push([object, lastForms(words[0]!)]);
  }
  // "Travel time" → "traveltime".
  if (n === 2) patterns.push([lastForms(words[0]! + words[1]!)]);
  const plain = !headFirst && preposition < 0 && !words.some((w) => COORDINATORS.has(w));
  // A modifier in the middle may go: "General research" for "General legal research".
  if (plain && n >= 3) patterns.push([asWritten[0]!, asWritten[n - 1]!]);
  // A head that only says "work of this kind" may go or change: "admin", "administrative
  // work" for "Administrative tasks"; "travel", "travelling" for "Travel time".
  if (plain && n === 2 && GENERIC_HEADS.has(words[1]!)) {
    const modifier = words[0]!;
    patterns.push([unique([...asWritten[0]!, ...adverbsOf(modifier)]), [...GENERIC_HEADS]]);
    // Alone, only as the activity or its abbreviation: an adjective alone ("administrative
    // court") or a gerund alone ("waiting for your reply") names no work.
    const alone = ADJECTIVE_ENDING.test(modifier)
      ? (ABBREVIATIONS[modifier] ?? [])
      : modifier.endsWith("ing")
        ? []
        : actionForms(modifier);
    if (alone.length > 0) patterns.push([[...alone]]);
  }
  // A leading modifier of the usual kind may go, and the rest is read in all its forms:
  // "General file review" → "file review", "review of the file".
  if (n >= 3 && EMPTY_MODIFIERS.has(words[0]!) && !COORDINATORS.has(words[1]!)) {
    patterns.push(...inflectedVariants(words.slice(1).join(" ")));
  }
  // A closed compound written apart or hyphenated: "intraoffice" → "intra-office".
  for (let k = 0; k < n; k++) {
    const split = splitCompound(words[k]!);
    if (!split) continue;
    const parts: string[][] = [[split[0]], k === n - 1 ? lastForms(split[1]) : [split[1]]];
    patterns.push([...asWritten.slice(0, k), ...parts, ...asWritten.slice(k + 1)]);
  }
  return patterns;
}
