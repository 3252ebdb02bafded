/**
 * Whether a word is an ordinary English word, common enough to turn up in lower case in a
 * lawyer's e-mail ("discover", "target", "slack", "tide"), as opposed to a name ("Pepsi",
 * "FedEx", "Orvane"). competitor-mention asks it of each brand, so a brand that is also a word
 * needs its usage to show it is the brand, whatever brand a profile lists.
 *
 * The words are SCOWL's common English words that also rank among the 12,000 most frequent of
 * SUBTLEX-US, held as a Bloom filter (scripts/make-common-words.mjs): 4 KiB for 6,900 words. A
 * filter never misses a listed word; about one name in ten is taken for a word (a false
 * positive), which only means that name, too, counts where its usage shows it is the brand.
 */
import {
  COMMON_WORD_BITS,
  COMMON_WORD_FILTER,
  COMMON_WORD_HASHES,
  COMMON_WORD_NAME_SEED,
  COMMON_WORD_NAMES,
} from "./common-words.data";

let filter: Uint8Array | undefined;
let names: Set<number> | undefined;

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 by hand: `atob` is not in every runtime Outlook runs add-ins in. */
function decode(text: string): Uint8Array {
  const bytes = new Uint8Array((text.length * 3) >> 2);
  let at = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const value = BASE64.indexOf(text[i]!);
    if (value < 0) continue; // padding
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, at);
}

function fnv(word: string, seed: number): number {
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

function inFilter(word: string): boolean {
  if (!filter) filter = decode(COMMON_WORD_FILTER);
  const a = fnv(word, 0x811c9dc5);
  const b = fnv(word, 0x050c5d1f) | 1;
  for (let k = 0; k < COMMON_WORD_HASHES; k++) {
    const bit = ((a + Math.imul(k, b)) >>> 0) % COMMON_WORD_BITS;
    if ((filter[bit >> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/**
 * Whether `word` (any case; letters only) is a common English word or an inflection of one
 * ("boots", "discovered").
 */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(w)) return false;
  if (inFilter(w)) return true;
  if (w.endsWith("ies") && inFilter(w.slice(0, -3) + "y")) return true;
  if (w.endsWith("es") && inFilter(w.slice(0, -2))) return true;
  if (w.endsWith("s") && inFilter(w.slice(0, -1))) return true;
  if (w.endsWith("ed") && (inFilter(w.slice(0, -2)) || inFilter(w.slice(0, -1)))) return true;
  if (w.endsWith("ing") && (inFilter(w.slice(0, -3)) || inFilter(w.slice(0, -3) + "e")))
    return true;
  return false;
}

/**
 * Round 15: whether `word` is a name the filter takes for a common word (one of its false
 * positives), by capitalisation evidence: SUBTLEX-US writes it with its capital at least four
 * times as often as without, it is as frequent as the common words, and SCOWL (which leaves
 * proper nouns out) does not list it: "London", "Zurich", "Europe", "Collins". A brand so named
 * is judged as a name, not as an ordinary word. Names rarer than that (most surnames: "Laing")
 * are not known here, nor the few whose 16-bit hash a common word shares: the generator leaves
 * those out, so no common word is ever taken for a name.
 */
export function isKnownName(word: string): boolean {
  if (!names) {
    const bytes = decode(COMMON_WORD_NAMES);
    names = new Set();
    for (let i = 0; i + 1 < bytes.length; i += 2) names.add((bytes[i]! << 8) | bytes[i + 1]!);
  }
  return names.has(fnv(word.toLowerCase(), COMMON_WORD_NAME_SEED) & 0xffff);
}
