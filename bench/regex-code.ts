/**
 * The engine's regular expressions by what V8 compiles for them: every pattern `evaluate()` runs on
 * the engine bench's 100 KB × 10 case and on the real mail, with its machine code for one-byte and
 * for two-byte strings (V8 compiles each width apart) and the CPU time that compiling costs.
 *
 *   npx tsx bench/regex-code.ts [messages=4150] [rows=30]
 *
 * Why it matters (docs/performance.md, "Compiled regular expressions"): V8 stops optimising the
 * patterns it compiles once the process holds more than 16 MB of executable code (and has compiled
 * over 1 MB of regex code), and unoptimised patterns run several times slower; and a pattern is
 * compiled on its first use in each width, so a message that first meets a large pattern pays for
 * compiling it. The sizes are measured in a fresh process (`regex-code-measure.mjs`), because
 * V8 shares compiled code between RegExp objects of the same source and flags.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { hamForBench, loadTemplates } from "../scripts/false-alarms";
import { htmlToText } from "../src/core/text";
import { evaluate } from "../src/core/engine";
import { audience, businessHtml, draftFor } from "./fixtures";

export interface PatternUse {
  source: string;
  flags: string;
  /** exec calls (every String method that takes a RegExp calls exec). */
  calls: number;
  /** Run by the 100 KB × 10 case. */
  inCase: boolean;
  /** The first real message that ran it, by its place in the pass (-1: only the case). */
  firstMessage: number;
}

/** Every pattern evaluate() runs, recorded by wrapping RegExp.prototype.exec while it runs. */
async function census(messages: number): Promise<PatternUse[]> {
  const uses = new Map<string, PatternUse>();
  const exec = RegExp.prototype.exec;
  let message = -1;
  let recording = false;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (recording) {
      const key = `${this.flags}/${this.source}`;
      let use = uses.get(key);
      if (!use) {
        use = { source: this.source, flags: this.flags, calls: 0, inCase: false, firstMessage: -1 };
        uses.set(key, use);
      }
      use.calls++;
      if (message < 0) use.inCase = true;
      else if (use.firstMessage < 0) use.firstMessage = message;
    }
    return exec.call(this, text);
  };
  try {
    const { recipients, effective } = audience(10);
    recording = true;
    evaluate(draftFor(recipients, businessHtml(100_000, 100_000)), effective);
    recording = false;
    for await (const { draft, profiles } of hamForBench(messages, loadTemplates())) {
      message++;
      recording = true;
      evaluate(draft, profiles);
      recording = false;
    }
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...uses.values()];
}

interface Measured extends PatternUse {
  oneByte: number;
  twoByte: number;
  compileMs: number;
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}

async function main(): Promise<void> {
  const messages = Number(process.argv[2] ?? 4150);
  const rows = Number(process.argv[3] ?? 30);
  const uses = await census(messages);
  const dir = mkdtempSync(join(tmpdir(), "rapport-regex-"));
  const input = join(dir, "uses.json");
  const sample = join(dir, "sample.txt");
  writeFileSync(input, JSON.stringify(uses));
  writeFileSync(sample, htmlToText(businessHtml(100_000, 100_000)).text);
  const measured = JSON.parse(
    execFileSync(process.execPath, [resolve(__dirname, "regex-code-measure.mjs"), input, sample], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as Measured[];
  const total = (list: Measured[]) => list.reduce((sum, m) => sum + m.oneByte + m.twoByte, 0);
  const inCase = measured.filter((m) => m.inCase);
  const late = measured.filter((m) => m.firstMessage >= 200);
  console.log(
    `${measured.length} patterns run by evaluate() (the 100 KB × 10 case and ${messages} real messages): ` +
      `${kb(total(measured))} KB of machine code for both string widths, ` +
      `${measured.reduce((s, m) => s + m.compileMs, 0).toFixed(0)} ms of CPU to compile them all`,
  );
  console.log(
    `  the 100 KB × 10 case alone: ${inCase.length} patterns, ${kb(total(inCase))} KB; ` +
      `first run after the real-mail bench's 200 warm-up messages: ${late.length} patterns, ${kb(total(late))} KB`,
  );
  const big = measured.filter((m) => m.oneByte + m.twoByte > 100 * 1024);
  console.log(
    `  patterns over 100 KB: ${big.length}, together ${kb(total(big))} KB; with the i flag: ` +
      `${kb(total(measured.filter((m) => m.flags.includes("i"))))} KB\n`,
  );
  console.log(
    "| one-byte KB | two-byte KB | compile ms | calls | in 100 KB case | first message | flags | pattern (start) |",
  );
  console.log("| ---: | ---: | ---: | ---: | --- | ---: | --- | --- |");
  for (const m of measured.slice(0, rows)) {
    const head = m.source.slice(0, 70).replace(/\|/g, "\\|");
    console.log(
      `| ${kb(m.oneByte)} | ${kb(m.twoByte)} | ${m.compileMs.toFixed(1)} | ${m.calls} | ${m.inCase ? "yes" : ""} | ${m.firstMessage} | ${m.flags} | \`${head}\` |`,
    );
  }
}

void main();
