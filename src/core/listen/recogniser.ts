/** What each field's recogniser sees and returns. */
import { skeletonOf, type Skeleton } from "./lexicon";
import type { ReadMessage } from "./message";
import type { Clause, Sentence } from "./sentences";
import type { ListenField } from "./types";

/** A preference a recogniser heard in one clause, before the shared filters and attribution. */
export interface Candidate {
  field: ListenField;
  value: string;
  /** Whose it is, when the recogniser can tell better than the shared attribution. */
  holder?: "self" | "org";
  /** Organisation-wide by nature even when a colleague is its subject ("our CFO wants…"). */
  ownBodyOk?: boolean;
  /**
   * The clause's grammatical subject is what the preference is about, not who holds it ("My kids
   * are not something I talk about"): a person named there does not make it someone else's.
   */
  subjectIsObject?: boolean;
  /** The quote, when narrower or wider than the clause (absolute offsets). */
  quote?: { start: number; end: number };
  /**
   * Round 24: a value the clause confirms rather than asks for ("Weekly is still right for us"):
   * kept only when the profile already holds it, and then as the value on file (alreadyKnown).
   */
  confirmsOnly?: boolean;
}

export interface ClauseContext {
  read: ReadMessage;
  sentence: Sentence;
  clause: Clause;
  /** The sentences before and after, when there are. */
  previous: Sentence[];
  next?: Sentence;
  /** The clause with channel words as tokens (lexicon.ts), computed once. */
  skeleton(): Skeleton;
  /** A value worked out once for this clause and shared by recognisers ("the brands it refuses"). */
  once<T>(key: string, compute: () => T): T;
}

export type Recogniser = (context: ClauseContext) => Candidate[];

export function clauseContext(
  read: ReadMessage,
  sentence: Sentence,
  clause: Clause,
): ClauseContext {
  let skeleton: Skeleton | undefined;
  let memo: Map<string, unknown> | undefined;
  const before = read.sentences.slice(Math.max(0, sentence.index - 2), sentence.index).reverse();
  return {
    read,
    sentence,
    clause,
    // An answer's question comes first: it says what the answer is about.
    previous: sentence.prompt ? [sentence.prompt, ...before] : before,
    next: read.sentences[sentence.index + 1],
    skeleton: () => (skeleton ??= skeletonOf(clause.text)),
    once<T>(key: string, compute: () => T): T {
      memo ??= new Map();
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}
