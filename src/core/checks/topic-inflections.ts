/**
 * Round 25 (detect-25c): the forms of a topic's phrasal verbs. A concept lists "walk out",
 * "stepped down", "passed away" as written once; a writer conjugates them ("the crew walks out",
 * "when you might step down", "since her father passed away"), and nouns them ("the walk-offs").
 * Each phrasal verb of an event concept (a verb and its particle: out, off, down, back, aside, up,
 * away, over) is read to its lemma and given every form: base, -s, -ing, past, participle, and a
 * noun for "out" and "off" ("walk-off", "lay-off"). A form inherits its source term's guards.
 *
 * Also the class of ways of leaving a job, for the retirement concept (a partner who "steps back",
 * "stands down", "hands over the reins"): built for the class, written from general English.
 *
 * Light verbs (take, go, get, break, put, set, come, make, do) are never conjugated: their phrasal
 * forms have too many senses ("sales took off", "breaking down the costs").
 */

import type { Concept, Guard, ScopedGuard } from "./topic-senses";

const PARTICLES = new Set("out off down back aside up away over".split(" "));
const LIGHT = new Set("take go get break put set come make do be have keep".split(" "));

/** Irregular verbs a phrasal verb of an event is built on: lemma, past, participle. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  stand: ["stood", "stood"],
  lay: ["laid", "laid"],
  hang: ["hung", "hung"],
  fall: ["fell", "fallen"],
  shut: ["shut", "shut"],
  split: ["split", "split"],
  sell: ["sold", "sold"],
  leave: ["left", "left"],
  throw: ["threw", "thrown"],
  bow: ["bowed", "bowed"],
};
/** Past forms back to their lemma ("laid" → "lay"), the light verbs' too ("took" → "take"). */
const PAST_TO_LEMMA = new Map<string, string>(
  (
    [
      ["took", "take"],
      ["taken", "take"],
      ["went", "go"],
      ["gone", "go"],
      ["got", "get"],
      ["gotten", "get"],
      ["broke", "break"],
      ["broken", "break"],
      ["came", "come"],
      ["made", "make"],
      ["did", "do"],
      ["done", "do"],
      ["kept", "keep"],
      ["had", "have"],
    ] as const
  ).map(([past, lemma]) => [past, lemma]),
);
for (const [lemma, [past, participle]] of Object.entries(IRREGULAR)) {
  PAST_TO_LEMMA.set(past, lemma);
  PAST_TO_LEMMA.set(participle, lemma);
}

const VOWEL = /[aeiou]/;
/** One syllable ending consonant-vowel-consonant: its final consonant doubles ("step", "stepped"). */
function doubles(lemma: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma);
}

/** Every form of a verb: lemma, -s, -ing, past, participle ("step": steps, stepping, stepped). */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  const s = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const base = doubles(lemma)
    ? lemma + lemma.slice(-1)
    : /[^aeiou]e$/.test(lemma) && lemma !== "be"
      ? lemma.slice(0, -1)
      : lemma;
  const ing = `${base}ing`;
  const ed = /e$/.test(lemma)
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${base}ed`;
  const forms = [lemma, s, ing, ...(irregular ?? [ed])];
  return [...new Set(forms)];
}

/** A verb form's lemma: "stepped" → "step", "retiring" → "retire", "laid" → "lay". */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = PAST_TO_LEMMA.get(w);
  if (irregular) return irregular;
  if (w in IRREGULAR) return w;
  const tried = (stemmed: string): string => {
    // "stepp" → "step"; "retir" → "retire" (a form of it must give the word back).
    if (/([^aeiouls])\1$/.test(stemmed)) return stemmed.slice(0, -1);
    // A lost "e" after a soft consonant or one vowel and a consonant: "forc", "retir", "clos".
    const silentE = /(?:[cgvz]|[^aeiou][aeiou][^aeiouwxy])$/.test(stemmed);
    for (const candidate of silentE ? [`${stemmed}e`, stemmed] : [stemmed, `${stemmed}e`]) {
      if (verbForms(candidate).includes(w)) return candidate;
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
 * The other forms of a term that is a phrasal verb ("walk out": walks out, walking out, walked
 * out, walk-out, walkout), lower-cased; none for any other term.
 */
export function formsOf(term: string): string[] {
  const words = term.toLowerCase().split(/\s+/);
  if (
    words.length < 2 ||
    !PARTICLES.has(words[1]!) ||
    PARTICLES.has(words[0]!) ||
    !/^[a-z]+$/.test(words[0]!)
  )
    return [];
  const lemma = lemmaOf(words[0]!);
  if (LIGHT.has(lemma) || !VOWEL.test(lemma)) return [];
  const rest = words.slice(1).join(" ");
  const forms = verbForms(lemma).map((v) => `${v} ${rest}`);
  // "walk off (the job)" → "walk-off": the event named by its verb (a noun takes "the").
  if (words[1] === "out" || words[1] === "off") forms.push(`${lemma}-${words[1]}`);
  const own = term.toLowerCase();
  return [...new Set(forms)].filter((f) => f !== own);
}

/**
 * The class of ways of leaving a job, as lemmas (conjugated by `formsOf`): the retirement
 * concept's verbs beside "retiring", "stepping down".
 */
export const LEAVING_A_JOB: readonly string[] = [
  "step down",
  "step back",
  "step aside",
  "stand down",
  "bow out",
  "hand over the reins",
  "pass the baton",
  "hang up his boots",
  "hang up her boots",
  "hang up their boots",
  "hang up your boots",
];

/** The lemma verbs "retire" is written with: a person's, not a security's or a jury's. */
export const RETIRE = ["retire", "retires"];

/**
 * Where "step back", "step down" and "stand down" are another sense: an amount or a rate that
 * steps down ("the bond steps down to 1.5%"), a step taken ("take a step back"), or a step back
 * to look again ("step back and look at the structure", "stand down the team").
 */
export const STEP_NOT_BEFORE =
  /(?:\b(?:a|one|the|amount|rate|fee|fees|price|bond|sum|cap|limit|payment|rent|figure|level|percentage|interest|threshold|guarantee|security|cover|premium|it|which|that)\s+(?:now\s+|then\s+|automatically\s+|also\s+)?)$/i;
export const STEP_NOT_AFTER =
  /^\s+(?:(?:to|by|from)\s+[£$€\d]|and\s+(?:look|think|consider|review|reflect|see|ask|take|let\s+(?:the|them|us))|for\s+a\s+(?:moment|minute|second)|to\s+(?:look|think|consider|see|review)|a\s+(?:bit|little|moment)|(?:the|our|your|their|a|all|any)\s+(?!reins\b))/i;
/** A walk-off of a game: "the walk-off home run", "a walk-off win". */
export const WALK_OFF_NOT_AFTER =
  /^\s+(?:home\s+runs?|homers?|hits?|singles?|doubles?|walks?|wins?|victory|victories|putts?|goals?|winners?|triples?|grand\s+slams?)\b/i;
/** "retire the notes", "the jury retired to consider": not a person leaving work. */
export const RETIRE_NOT_BEFORE =
  /\b(?:jury|judge|court|tribunal|panel|arbitrators?|committee|board)\s+(?:has\s+|had\s+|have\s+|will\s+)?$/i;
export const RETIRE_NOT_AFTER =
  /^\s+(?:(?:the|its|their|our|some|all|any)\s+(?:[a-z-]+\s+)?(?:shares|debt|notes|bonds|assets|loans?|securities|equipment|fleet|plant|aircraft|vessels?|servers?|systems?|software|product|brand|model|line)|to\s+(?:consider|deliberate|the\s+jury))\b/i;

/**
 * "succession" (a topic read as retirement: who takes over) in its other senses: things in quick
 * succession, a succession of meetings, the law or order of succession to an estate.
 */
export const SUCCESSION_NOT_BEFORE =
  /\b(?:in\s+(?:quick|rapid|close|short|swift|fast)|a|law\s+of|laws\s+of|order\s+of|rules?\s+of|line\s+of|intestate|testate)\s+$/i;
export const SUCCESSION_NOT_AFTER =
  /^\s+(?:of\s+(?:\w+\s+)?(?:meetings|calls|filings|events|letters|e-?mails|deals|drafts|changes|cases|claims|owners|tenants|landlords|contracts)|law|laws|act|duty|duties|tax|taxes|rights?|certificate|to\s+(?:the\s+)?(?:estate|property|tenancy|assets|title))\b/i;

function expandSet(set: ReadonlySet<string>): Set<string> {
  const out = new Set(set);
  for (const term of set) for (const form of formsOf(term)) out.add(form);
  return out;
}

function expandGuard(guard: Guard | undefined): Guard | undefined {
  if (!guard || guard instanceof RegExp) return guard;
  return guard.map((g): RegExp | ScopedGuard =>
    g instanceof RegExp ? g : { for: expandSet(g.for), re: g.re },
  );
}

/**
 * A concept with the forms of its phrasal verbs as terms, each judged as its source term is
 * (its scoped guards, its sense test, its capital, its small-talk rule).
 */
export function withForms(concept: Concept): Concept {
  const own = new Set(concept.terms.map((t) => t.toLowerCase()));
  const added: string[] = [];
  const source = new Map<string, string>();
  for (const term of concept.terms) {
    for (const form of formsOf(term)) {
      if (own.has(form)) continue;
      own.add(form);
      added.push(form);
      source.set(form, term.toLowerCase());
    }
  }
  if (added.length === 0) return concept;
  // A noun ("walk-off") names the event itself: a sense test its verb needs ("walked off the
  // job" beside a workforce: a builder walks off a site) is not its; its guards are.
  const mapList = (list: readonly string[] | undefined) =>
    list &&
    list.concat(
      added.filter((f) => !f.includes("-") && list.some((t) => t.toLowerCase() === source.get(f))),
    );
  const result: Concept = { ...concept, terms: concept.terms.concat(added) };
  const judged = mapList(concept.judged);
  if (judged) result.judged = judged;
  const notBefore = expandGuard(concept.notBefore);
  if (notBefore) result.notBefore = notBefore;
  const notAfter = expandGuard(concept.notAfter);
  if (notAfter) result.notAfter = notAfter;
  if (concept.smallTalk) result.smallTalk = expandSet(concept.smallTalk);
  if (concept.instances) result.instances = expandSet(concept.instances);
  if (concept.instanceSenses) {
    const senses = new Map(concept.instanceSenses);
    for (const form of added) {
      const sense = concept.instanceSenses.get(source.get(form) ?? "");
      if (sense) senses.set(form, sense);
    }
    result.instanceSenses = senses;
  }
  return result;
}

/** The concepts whose phrasal verbs are a person's or a workforce's event, conjugated. */
export const CONJUGATED: ReadonlySet<string> = new Set(
  "strike departure retirement layoffs closure divorce death".split(" "),
);
