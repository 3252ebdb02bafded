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

import { verbFormsOf, verbLemmaOf } from "../text/inflections";
import type { Concept, Guard, ScopedGuard } from "./topic-senses";

const PARTICLES = new Set("out off down back aside up away over".split(" "));
/**
 * Light verbs, with their irregular forms (a phrase is written in any tense): never conjugated.
 */
const LIGHT = new Set(
  "take took taken go went gone get got gotten break broke broken put set come came make made do did done be have had keep kept".split(
    " ",
  ),
);
const VOWEL = /[aeiou]/;

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
  if (LIGHT.has(words[0]!)) return [];
  const lemma = verbLemmaOf(words[0]!);
  if (LIGHT.has(lemma) || !VOWEL.test(lemma)) return [];
  const rest = words.slice(1).join(" ");
  const forms = verbFormsOf(lemma).map((v) => `${v} ${rest}`);
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

/**
 * Round 32 (detect-32a): the word family of a topic's head that is a process noun, for a topic
 * outside the lexicon written as that noun alone ("fluoridation", "privatisation",
 * "unionization", "gentrification"). People write the process by its verb or its thing ("the
 * noise about fluoride", "if the port is privatised", "before the area gentrifies"), not the
 * noun the client filed. From the suffix alone, general English morphology, no word list:
 * -isation/-ization → -ise/-ize forms, -ification → -ify forms, other -ation → -ate forms and
 * the stem's noun in -e ("fluoride", "vaccine"). A stem shorter than five letters gives nothing
 * ("nation", "station", "creation": too short or too common to stand for the topic). Never the
 * participle in -ed: it is mostly an adjective of another thing ("an automated reply", "a
 * regulated activity", "the consolidated accounts": 37 of the 51 hits of "automation" and its
 * forms on real mail were "automated").
 */
export function processFamilyOf(head: string): string[] {
  const word = head.toLowerCase();
  if (!/^[a-z]+$/.test(word) || word.length < 9) return [];
  let m = /^([a-z]{5,})i([sz])ation$/.exec(word);
  if (m) {
    const [, stem, z] = m;
    return ["e", "es", "ing"].map((end) => `${stem}i${z}${end}`);
  }
  m = /^([a-z]{4,})ification$/.exec(word);
  if (m) return ["ify", "ifies", "ifying"].map((end) => `${m![1]}${end}`);
  m = /^([a-z]{5,})ation$/.exec(word);
  if (m && !/[aeiou]$/.test(m[1]!)) {
    const stem = m[1]!;
    return [`${stem}e`, `${stem}es`, `${stem}ate`, `${stem}ates`, `${stem}ating`];
  }
  return [];
}
