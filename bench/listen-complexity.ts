/**
 * Listening's complexity: does the cost of hearing a client's message grow linearly with it,
 * whatever the message? "Heard in this message" runs by itself when a lawyer opens a received
 * message, so any sender chooses its input. For each hostile body (the engine's generators in
 * bench/pathological.ts, and shapes aimed at listening's sentence and clause readers), listen()
 * at 1 KB, 32 KB and 256 KB, CPU time per KB (best of rounds). Part of `npm run bench:complexity`
 * (fails with exit code 1 when a bound is broken) and of `npm run bench`.
 *
 * Why these bounds: as bench/complexity.ts's (time per KB at any size at most 4× the 1 KB case's;
 * a quadratic path multiplies it by the size, 256× at 256 KB less the fixed costs). Round 47's
 * security audit found two such paths the engine's bench could not see, since it never runs
 * listening: a clause reader tried at every space of a long run (160,000 spaces: 107 s) and a
 * per-sentence look over every sentence (160 KB of "Hi" lines: 32 s). 1 MB is left out: listening
 * is not on the send path, and 256 KB already shows a quadratic as a ratio in the hundreds.
 */
import { listen, type ClientMessage } from "../src/core/listen";
import type { Draft } from "../src/core/draft";
import { bestCpuAtSize, ms, round, target, type Section } from "./harness";
import { GENERATORS } from "./pathological";

export const LISTEN_SIZES = [
  { label: "1 KB", bytes: 1_000 },
  { label: "32 KB", bytes: 32_000 },
  { label: "256 KB", bytes: 256_000 },
] as const;

/** Time per KB at any size may be at most this many times that at 1 KB. */
export const LISTEN_MAX_RATIO_TO_1KB = 4;

const ROUNDS = 3;
const SENDER = { name: "Megge Anderson", address: "megge.anderson@coca-cola.example" };

/** `unit` repeated to `bytes` characters (cut at the end). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

interface ListenGenerator {
  id: string;
  make(bytes: number): Draft["body"];
}

/** Shapes aimed at listening's readers (sentences, clauses, names), beside the engine's. */
const LISTENING_SHAPES: readonly ListenGenerator[] = [
  {
    id: "one white-space run",
    make: (bytes) => ({
      format: "text",
      content: `Please don't call me${" ".repeat(Math.max(0, bytes - 22))}x.`,
    }),
  },
  {
    id: "a paragraph of &nbsp;",
    make: (bytes) => ({
      format: "html",
      content: `<p>Please don't call me${repeatTo("&nbsp;", Math.max(0, bytes - 30))}x</p>`,
    }),
  },
  { id: "short lines", make: (bytes) => ({ format: "text", content: repeatTo("Hi\n", bytes) }) },
  {
    id: "semicolons between spaces",
    make: (bytes) => ({ format: "text", content: `No calls${repeatTo("  ;  -- ", bytes)}.` }),
  },
];

const ALL: readonly ListenGenerator[] = [
  ...LISTENING_SHAPES,
  ...GENERATORS.map((generator) => ({
    id: generator.id,
    make: (bytes: number) => generator.make(bytes, 1).draft.body,
  })),
];

export async function runListenComplexityBench(): Promise<Section> {
  const rows: Section["rows"] = [];
  const targets: Section["targets"] = [];
  for (const generator of ALL) {
    const perKb: number[] = [];
    let heard = 0;
    for (const size of LISTEN_SIZES) {
      const message: ClientMessage = {
        from: SENDER,
        subject: "Re: your letter",
        body: generator.make(size.bytes),
      };
      const { cpuMs: best, first } = await bestCpuAtSize(
        `listen ${generator.id} ${size.label}`,
        size.bytes,
        () => listen(message, []),
        ROUNDS,
      );
      heard = first.length;
      perKb.push(best / (size.bytes / 1000));
    }
    const worst = Math.max(...perKb.slice(1).map((value) => value / perKb[0]!));
    const row: Section["rows"][number] = { generator: generator.id };
    LISTEN_SIZES.forEach((size, i) => (row[`${size.label} ms/KB`] = ms(perKb[i]!)));
    row["worst ratio to 1 KB"] = round(worst, 2);
    row["256 KB cpu ms"] = ms(perKb[2]! * 256);
    row["heard at 256 KB"] = heard;
    rows.push(row);
    targets.push(
      target(
        `listen ${generator.id}: time per KB ÷ 1 KB's`,
        worst,
        "below",
        LISTEN_MAX_RATIO_TO_1KB,
        "×",
      ),
    );
  }
  return {
    id: "listen-complexity",
    title: "Listening's complexity: time per KB of a hostile client message, 1 KB to 256 KB",
    rows,
    targets,
    enforced: true,
    notes: [
      `CPU time of listen() (reading and every recogniser), best of ${ROUNDS} rounds per size; listening's own shapes and the engine's generators (bench/pathological.ts)`,
      `fails when time per KB at any size exceeds ${LISTEN_MAX_RATIO_TO_1KB}× the 1 KB case (reasons at the top of bench/listen-complexity.ts)`,
    ],
  };
}
