/**
 * The words of a topic family made from WordNet at build time (scripts/make-topic-lexicon.mjs):
 * kinds and instances of the topic ("pneumonia", "the Korean War", "Presbyterian", "shortstop")
 * whose most frequent sense is the topic, so ordinary-sense words stay out. Read from the compact
 * data once per family when a profile first names such a topic.
 */
import { TOPIC_LEXICON, TOPIC_SUBFAMILIES } from "./topic-lexicon.data";

const cache = new Map<string, readonly string[]>();

/** The family (and its narrower families) that holds a narrower one: golf is in sports. */
function widerOf(family: string): { wider: string; letter: string } | undefined {
  for (const wider in TOPIC_SUBFAMILIES) {
    const letter = TOPIC_SUBFAMILIES[wider]![family];
    if (letter) return { wider, letter };
  }
  return undefined;
}

/** A family's words as WordNet writes them (capitals kept); none for an unknown family. */
export function familyWords(family: string): readonly string[] {
  const cached = cache.get(family);
  if (cached) return cached;
  const narrower = widerOf(family);
  const data = TOPIC_LEXICON[narrower ? narrower.wider : family];
  const words: string[] = [];
  if (data) {
    for (const entry of data.split("|")) {
      const tilde = entry.indexOf("~");
      const tags = tilde >= 0 ? entry.slice(0, tilde) : "";
      if (narrower && tags.indexOf(narrower.letter) < 0) continue;
      words.push(tilde >= 0 ? entry.slice(tilde + 1) : entry);
    }
  }
  cache.set(family, words);
  return words;
}
