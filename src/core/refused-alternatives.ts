/**
 * A refused billing entry written as alternatives, as clients' billing guidelines write them:
 * "File review or familiarisation", "Training or supervision of junior lawyers", "Clerical or
 * administrative tasks", "Routine letters in or out", "Review of e-mails/correspondence". Read
 * whole, such an entry is a string no time entry ever contains, so the refusal never fired
 * (round 16: four of a new firm's sixteen refused entries were written so; rewriting the dev
 * corpus's refused entries as "A or B" pairs took billing-phrase recall from 96.9 % to 15.6 %).
 *
 * Each alternative becomes an entry of its own, with the words the alternatives share carried
 * over: a lone activity before "X of Y" takes "of Y", a lone modifier before "X Y" takes the noun,
 * a lone word after "X of Y" replaces Y, a particle replaces a particle. "And" is not split: "Review
 * and approval of invoices" is one activity; only two lone activities are ("Printing and
 * photocopying").
 *
 * Untrusted text: fixed patterns over an entry of bounded length.
 */

const AND_OR = /\s+and\/or\s+/gi;
// A slash between words ("e-mails/correspondence"), not in "24/7"; said as " or " before the split.
const SLASH = /([A-Za-z]{2})\s*\/\s*(?=[A-Za-z]{2})/g;
const OR = /\s+or\s+/i;
const PARTICLE = /^(?:in|out|up|off|on|down|over|back)$/i;
const PREPOSITION = /^(?:of|with|to|for|from|re|regarding|about|on|into|between|by|in)$/i;
const MAX_ENTRY = 200;
const MAX_PARTS = 6;

/** Where the first preposition after the head word is ("supervision OF juniors"), or -1. */
function prepositionAt(words: readonly string[]): number {
  return words.findIndex((word, i) => i > 0 && PREPOSITION.test(word));
}

/**
 * Round 34: two activities and nothing else ("Printing and photocopying", "Scanning & filing"):
 * with no object to share, each is refused work on its own. Unlike "Review and approval of
 * invoices", where the two share "of invoices" and make one activity.
 */
const TWO_ACTIVITIES = /^\s*([A-Za-z][A-Za-z-]+)\s+(?:and|&)\s+([A-Za-z][A-Za-z-]+)\s*$/i;

/** The entries a refused entry with alternatives stands for; undefined when it has none. */
export function splitAlternatives(entry: string): string[] | undefined {
  if (entry.length > MAX_ENTRY) return undefined;
  const pair = TWO_ACTIVITIES.exec(entry);
  if (pair) return [entry.trim(), pair[1]!, pair[2]!];
  const parts = entry
    .replace(AND_OR, " or ")
    .replace(SLASH, "$1 or ")
    .split(OR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  const words = parts.map((part) => part.split(/\s+/));
  const out: string[] = [];
  const add = (form: readonly string[]) => {
    const text = form.join(" ");
    if (!out.includes(text)) out.push(text);
  };
  // Forms whose tail after the preposition a later lone word may replace.
  const withTail: string[][] = [];
  words.forEach((part, i) => {
    const before = words[i - 1];
    const after = words[i + 1];
    const lone = part.length === 1 ? part[0]! : undefined;
    if (lone !== undefined && PARTICLE.test(lone)) {
      // "letters in or out": the particle takes the place of the one before it.
      if (before && PARTICLE.test(before[before.length - 1]!)) add([...before.slice(0, -1), lone]);
      return;
    }
    if (lone !== undefined && after && after.length > 1) {
      const at = prepositionAt(after);
      // "Training or supervision of juniors": the activity takes the next one's tail.
      const form = at > 0 ? [lone, ...after.slice(at)] : [lone, ...after.slice(1)];
      add(form);
      if (at > 0) withTail.push(form);
      return;
    }
    if (lone !== undefined && before && prepositionAt(before) > 0) {
      // "supervision of juniors or trainees": the word takes the place of what follows "of".
      for (const form of [...withTail, before]) {
        const at = prepositionAt(form);
        if (at > 0) add([...form.slice(0, at + 1), lone]);
      }
      return;
    }
    add(part);
    if (prepositionAt(part) > 0) withTail.push(part);
  });
  return out.length > 0 ? out : undefined;
}
