/**
 * The offline dependency audit (scripts/audit-deps.mjs), run as CI runs it, against a small OSV
 * snapshot made here for packages in the lock file: severities, version ranges, and whether the
 * code Rapport ships reaches the package.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string }>;
};
const installed = (name: string) => lock.packages[`node_modules/${name}`]!.version!;

interface Finding {
  package: string;
  id: string;
  severity: string;
  reachedBy: string[];
  dev: boolean;
}

function osv(id: string, name: string, events: Record<string, string>[], severity?: string) {
  return {
    id,
    summary: `test advisory for ${name}`,
    ...(severity ? { database_specific: { severity } } : {}),
    affected: [{ package: { ecosystem: "npm", name }, ranges: [{ type: "SEMVER", events }] }],
  };
}

function runAudit(advisories: unknown[] | undefined, ...args: string[]) {
  const extra: string[] = [];
  if (advisories) {
    const dir = mkdtempSync(join(tmpdir(), "rapport-osv-"));
    advisories.forEach((a, i) => writeFileSync(join(dir, `${i}.json`), JSON.stringify(a)));
    extra.push("--db", dir);
  }
  const result = spawnSync(
    process.execPath,
    [join(ROOT, "scripts", "audit-deps.mjs"), ...extra, ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, RAPPORT_ADVISORY_DB: "" } },
  );
  return result;
}

describe("offline dependency audit", () => {
  const papaparse = installed("papaparse");
  const webpack = installed("webpack");

  it("reports high and critical advisories, and whether shipped code reaches them", () => {
    const run = runAudit(
      [
        osv("GHSA-aaaa-0001", "papaparse", [{ introduced: "0" }, { fixed: "99.0.0" }], "HIGH"),
        osv(
          "GHSA-aaaa-0002",
          "webpack",
          [{ introduced: "0" }, { last_affected: webpack }],
          "CRITICAL",
        ),
        osv("GHSA-aaaa-0003", "papaparse", [{ introduced: "0" }, { fixed: "1.0.0" }], "CRITICAL"),
        osv("GHSA-aaaa-0004", "cli-progress", [{ introduced: "0" }], "MODERATE"),
        {
          ...osv("GHSA-aaaa-0005", "commander", [{ introduced: "0" }]),
          severity: [{ type: "CVSS_V3", score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }],
        },
      ],
      "--json",
    );
    const report = JSON.parse(run.stdout) as { audited: boolean; findings: Finding[] };
    expect(report.audited).toBe(true);
    const byId = new Map(report.findings.map((f) => [f.id, f]));
    expect(byId.get("GHSA-aaaa-0001")).toMatchObject({
      package: "papaparse",
      severity: "high",
      reachedBy: expect.arrayContaining(["task pane", "rapport command"]),
    });
    // webpack builds the add-in; nothing it contains ships.
    expect(byId.get("GHSA-aaaa-0002")).toMatchObject({
      severity: "critical",
      reachedBy: [],
      dev: true,
    });
    expect(byId.has("GHSA-aaaa-0003")).toBe(false); // fixed long before the installed version
    expect(byId.get("GHSA-aaaa-0004")?.severity).toBe("moderate");
    expect(byId.get("GHSA-aaaa-0005")?.severity).toBe("unknown"); // a vector without a score
    expect(run.status).toBe(1); // a high advisory that shipped code reaches
    expect(papaparse).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("passes, still listing them, when only tooling is affected", () => {
    const run = runAudit([osv("GHSA-bbbb-0001", "webpack", [{ introduced: "0" }], "CRITICAL")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `CRITICAL webpack@${webpack.replace(/\./g, "\\.")} GHSA-bbbb-0001: .*not reached by shipped code \\(dev tooling\\)`,
      ),
    );
  });

  it("says plainly that nothing was audited when it has no advisory data", () => {
    const run = runAudit(undefined, "--offline");
    expect(run.stdout).toMatch(/^Dependencies NOT audited: no advisory data/);
    expect(run.status).toBe(0);
    expect(runAudit(undefined, "--offline", "--require-data").status).toBe(2);
  });
});
