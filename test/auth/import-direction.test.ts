/**
 * The import-direction rule in eslint.config.mjs (ARCHITECTURE §1), exercised on probe files that
 * are never written to disk: ESLint lints them from stdin under the file name given. ESLint runs
 * as a child process because it loads its flat config with a dynamic import, which jest's
 * CommonJS runtime cannot do.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const ESLINT = join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

/** The no-restricted-imports findings for `source` linted as if it were `file`. */
function restrictedImports(file: string, source: string): Array<{ line: number; message: string }> {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [ESLINT, "--format", "json", "--stdin", "--stdin-filename", file],
      { cwd: ROOT, input: source, encoding: "utf8" },
    );
  } catch (error) {
    // ESLint exits 1 when it reports errors; the JSON report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? "";
    if (!output) throw error;
  }
  const [result] = JSON.parse(output) as Array<{ messages: LintMessage[] }>;
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map(({ line, message }) => ({ line, message }));
}

function probe(...specifiers: string[]): string {
  return (
    specifiers.map((s, i) => `import * as m${i} from "${s}";`).join("\n") +
    `\nexport const all = [${specifiers.map((_s, i) => `m${i}`).join(", ")}];\n`
  );
}

// Each ESLint run starts a Node process and loads the config: seconds, not milliseconds.
jest.setTimeout(30_000);

describe("import direction (eslint.config.mjs)", () => {
  it("reports auth importing profiles, office or wiring, and allows core and auth itself", () => {
    const found = restrictedImports(
      "src/auth/probe.ts",
      probe(
        "../profiles/source",
        "../profiles",
        "../office/storage",
        "../taskpane/config",
        "../launchevent/wiring",
        "../cli/graph-auth",
        "../core/profile",
        "./config",
        "./office-dialog",
        "@azure/msal-browser",
      ),
    );
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(found[0]!.message).toMatch(/src\/auth may import only src\/core/);
  });

  it("reports profiles and office importing auth or each other", () => {
    expect(
      restrictedImports("src/profiles/probe.ts", probe("../auth/config", "../office/storage"))
        .length,
    ).toBe(2);
    expect(
      restrictedImports(
        "src/office/probe.ts",
        probe("../auth/naa", "../profiles/source", "../core/key-value-store"),
      ).map((f) => f.line),
    ).toEqual([1, 2]);
  });

  it("keeps core pure, and lets the wiring layers import everything", () => {
    expect(restrictedImports("src/core/probe.ts", probe("../auth/config")).length).toBe(1);
    expect(
      restrictedImports(
        "src/taskpane/probe.ts",
        probe("../auth/naa", "../profiles/source", "../office/storage", "../core/profile"),
      ),
    ).toEqual([]);
  });
});
