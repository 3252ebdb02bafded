/**
 * Part of bench/regex-code.ts, run in a fresh process: V8 shares compiled code between RegExp
 * objects of one source and flags, so sizes read in the process that ran the engine would be 0.
 * For each pattern: the growth of V8's code spaces when it is compiled and tiered up on a one-byte
 * text, then on a two-byte one, and the CPU time that took. Prints JSON, largest first.
 *
 *   node bench/regex-code-measure.mjs uses.json sample.txt
 */
import { readFileSync } from "node:fs";
import { getHeapSpaceStatistics } from "node:v8";

const uses = JSON.parse(readFileSync(process.argv[2], "utf8"));
const oneByte = readFileSync(process.argv[3], "utf8");
// One character past Latin-1 makes the whole string two-byte.
const twoByte = oneByte + "\u2019";

function codeBytes() {
  let bytes = 0;
  for (const space of getHeapSpaceStatistics())
    if (space.space_name.startsWith("code")) bytes += space.space_used_size;
  return bytes;
}

/**
 * Machine code per compile of `use` on `text`: V8's code space grows in steps of its allocation
 * buffer (a few hundred KB), so COPIES copies are compiled, each made distinct by empty groups at
 * the end (same code otherwise: the compilation cache would share one), and the growth divided.
 * Each is compiled on its first run (bytecode) and tiered up to machine code on the next.
 */
const COPIES = 8;
function compile(use, text) {
  const before = codeBytes();
  for (let copy = 1; copy <= COPIES; copy++) {
    const pattern = new RegExp(use.source + "(?:)".repeat(copy), use.flags);
    for (let run = 0; run < 3; run++) {
      pattern.lastIndex = 0;
      pattern.exec(text);
    }
  }
  return Math.max(0, codeBytes() - before) / COPIES;
}

const measured = [];
for (const use of uses) {
  try {
    new RegExp(use.source, use.flags);
  } catch {
    continue;
  }
  const start = process.cpuUsage();
  const one = compile(use, oneByte);
  const two = compile(use, twoByte);
  const cpu = process.cpuUsage(start);
  measured.push({
    ...use,
    oneByte: Math.round(one),
    twoByte: Math.round(two),
    compileMs: (cpu.user + cpu.system) / 1000 / COPIES,
  });
}
measured.sort((a, b) => b.oneByte + b.twoByte - (a.oneByte + a.twoByte));
process.stdout.write(JSON.stringify(measured));
