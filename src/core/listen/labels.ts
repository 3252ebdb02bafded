/**
 * Round 16: a label before a colon ("Heads up: if we close the round…", "Status reports:
 * quarterly", "One thing: unless…"). A clause may open with one; what follows it is where the
 * statement's own first words are, so the refusals that read a clause's start (a condition, a
 * hypothetical) read it there too, besides the clause as written.
 *
 * A label is one to four words, letters only, before ": " at the very start of the clause, and the
 * words after it are more than one. Not "I said it already in the summer:" (a sentence of its
 * own, read by subjectOf), not a time ("10:30"), not a reference ("Re:" alone).
 */
const LABEL = /^(?:[\p{L}][\p{L}'&/-]*\s+){0,3}[\p{L}][\p{L}'&/-]*\s*:\s+(?=\S+\s+\S)/u;

/** The clause after its label, or undefined when it opens with none. */
export function afterLabel(text: string): string | undefined {
  const m = LABEL.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}
