// The read-mode pane's lazy chunk ("heard", bundle-budgets.json) holds what its import,
// src/taskpane/HeardInMessage.tsx, reaches. Reaching the text layer's index (src/core/text/index.ts)
// puts every module behind it in the chunk, though listening calls none of the matcher, the word
// gate or the inflections: about 7.7 KB gzip (round 44, docs/performance.md "Bundle budgets").
// These tests follow the static imports from the pane's file and fail when one reaches the index.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const HEARD = join(ROOT, "src/taskpane/HeardInMessage.tsx");
const TEXT_INDEX = join(ROOT, "src/core/text/index.ts");

/** The file a relative specifier names (`.ts`, `.tsx` or a folder's index), or undefined. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Specifiers of a file's value imports and re-exports (`import type` loads nothing). */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const pattern =
    /^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+"([^"]+)";|^import\s+"([^"]+)";/gms;
  for (const match of source.matchAll(pattern)) {
    if (match[1]) continue;
    out.push(match[2] ?? match[3] ?? "");
  }
  return out;
}

/** Every file reachable from `entry` by value imports, with the file that first imported it. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>([[entry, ""]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      const target = resolveImport(file, specifier);
      if (target && !seen.has(target)) {
        seen.set(target, file);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe("the heard chunk's imports", () => {
  const files = reachable(HEARD);

  it("reach listening and the text layer's files", () => {
    expect(files.has(join(ROOT, "src/core/listen/listen.ts"))).toBe(true);
    expect(files.has(join(ROOT, "src/core/text/html-to-text.ts"))).toBe(true);
  });

  it("never reach the text layer's index", () => {
    const importer = files.get(TEXT_INDEX);
    expect(importer === undefined ? undefined : relative(ROOT, importer)).toBeUndefined();
  });

  it.each([
    ["the matcher", "src/core/text/matcher.ts"],
    ["the word gate", "src/core/text/word-gate.ts"],
    ["the inflections", "src/core/text/inflections.ts"],
  ])("leave out %s, which listening never calls", (_name, file) => {
    expect(files.has(join(ROOT, file))).toBe(false);
  });

  it("would see the matcher behind the index", () => {
    // The walk itself, on the index: what it re-exports is reached.
    expect(reachable(TEXT_INDEX).has(join(ROOT, "src/core/text/matcher.ts"))).toBe(true);
  });
});
