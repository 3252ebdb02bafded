/**
 * The real command, spawned as `npx --no-install rapport check ...` from the project root. Each
 * spawn starts a process, so one spawn checks many drafts.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../src/core/finding";
import { rapport } from "./spawn";

jest.setTimeout(120_000);

const PROFILES = "assets/sample-profiles.json";
const DRAFTS = "examples/drafts";

interface JsonReport {
  drafts: { file: string; findings: Finding[]; error?: string }[];
}

/** Each seed example: the check it must trip, for whom, on what text. */
const SEEDS: [file: string, check: string, recipient: string, evidence: string][] = [
  ["meg-nickname.eml", "name-spelling", "megge.anderson@coca-cola.example", "Meg"],
  ["pepsi-to-coca-cola.eml", "competitor-mention", "megge.anderson@coca-cola.example", "Pepsi"],
  ["chevy-to-ford.eml", "competitor-mention", "someone@ford.example", "Chevy"],
  ["fedex-to-ups.eml", "competitor-mention", "sam.rivera@ups.example", "FedEx"],
  [
    "zoom-link-to-microsoft.eml",
    "meeting-platform",
    "taylor.kim@microsoft.example",
    "https://zoom.us/j/5551234567",
  ],
  [
    "review-of-file-to-coca-cola.eml",
    "billing-phrase",
    "megge.anderson@coca-cola.example",
    "Review of file",
  ],
  ["time-entries-to-summary-client.eml", "billing-detail", "dan@whitakerbuilding.example", ""],
  ["baseball-invite-to-dan.eml", "entertainment-invite", "dan@whitakerbuilding.example", ""],
  ["call-to-megge.eml", "unwanted-channel", "megge.anderson@coca-cola.example", ""],
];

describe("rapport check on the seed examples", () => {
  const files = readdirSync(join(__dirname, "..", "..", DRAFTS))
    .filter((f) => f.endsWith(".eml"))
    .sort();
  let run: ReturnType<typeof rapport>;
  let report: JsonReport;

  beforeAll(() => {
    run = rapport([
      "check",
      "--profiles",
      PROFILES,
      "--format",
      "json",
      ...files.map((f) => `${DRAFTS}/${f}`),
    ]);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  const findingsOf = (file: string) =>
    report.drafts.find((d) => d.file === `${DRAFTS}/${file}`)?.findings ?? [];

  it("has a clean counterpart for every seed, and exits 1 because some drafts have findings", () => {
    expect(files.filter((f) => !f.startsWith("clean-")).sort()).toEqual(
      SEEDS.map((s) => s[0]).sort(),
    );
    expect(files.filter((f) => f.startsWith("clean-"))).toEqual(
      SEEDS.map((s) => `clean-${s[0]}`).sort(),
    );
    expect(run.stderr.trim()).toBe("");
    expect(run.status).toBe(1);
    expect(Object.keys(report)).toEqual(["drafts"]);
    expect(report.drafts.map((d) => d.file)).toEqual(files.map((f) => `${DRAFTS}/${f}`));
  });

  it.each(SEEDS)("%s trips %s for %s", (file, check, recipient, evidence) => {
    const hits = findingsOf(file).filter((f) => f.check === check && f.recipient === recipient);
    expect(hits).not.toHaveLength(0);
    expect(hits[0]!.severity).not.toBe("info");
    expect(hits[0]!.message).not.toBe("");
    if (evidence) expect(hits.map((h) => h.evidence?.text)).toContain(evidence);
  });

  it.each(SEEDS.map((s) => [`clean-${s[0]}`]))("%s has nothing to warn about", (file) => {
    expect(findingsOf(file).filter((f) => f.severity !== "info")).toEqual([]);
  });
});

/** Each invitation example (.ics): the check it must trip, for whom, and where. */
const INVITATION_SEEDS: [file: string, check: string, recipient: string, field: string][] = [
  ["zoom-invite-to-microsoft.ics", "meeting-platform", "taylor.kim@microsoft.example", "location"],
  ["call-invite-to-megge.ics", "unwanted-channel", "megge.anderson@coca-cola.example", "location"],
  ["dinner-invite-to-dan.ics", "entertainment-invite", "dan@whitakerbuilding.example", "subject"],
];

describe("rapport check on the invitation examples (.ics)", () => {
  const files = readdirSync(join(__dirname, "..", "..", DRAFTS))
    .filter((f) => f.endsWith(".ics"))
    .sort();
  let run: ReturnType<typeof rapport>;
  let report: JsonReport;

  beforeAll(() => {
    run = rapport([
      "check",
      "--profiles",
      PROFILES,
      "--format",
      "json",
      ...files.map((f) => `${DRAFTS}/${f}`),
    ]);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  const findingsOf = (file: string) =>
    report.drafts.find((d) => d.file === `${DRAFTS}/${file}`)?.findings ?? [];

  it("reads every invitation, and the clean ones have nothing to warn about", () => {
    expect(run.stderr.trim()).toBe("");
    expect(run.status).toBe(1);
    expect(files.filter((f) => !f.startsWith("clean-")).sort()).toEqual(
      INVITATION_SEEDS.map((s) => s[0]).sort(),
    );
    expect(report.drafts.map((d) => d.file)).toEqual(files.map((f) => `${DRAFTS}/${f}`));
    for (const file of files.filter((f) => f.startsWith("clean-"))) {
      expect([file, findingsOf(file).filter((f) => f.severity !== "info")]).toEqual([file, []]);
    }
  });

  it.each(INVITATION_SEEDS)("%s trips %s for %s in the %s", (file, check, recipient, field) => {
    const hits = findingsOf(file).filter((f) => f.check === check && f.recipient === recipient);
    expect(hits.map((h) => h.evidence?.field)).toContain(field);
    expect(hits[0]!.message).toContain("this invitation");
  });

  it("the issue's bar: a Zoom URL as location to the Microsoft contact exits 1; the Teams one exits 0", () => {
    const zoom = rapport([
      "check",
      "--profiles",
      PROFILES,
      `${DRAFTS}/zoom-invite-to-microsoft.ics`,
    ]);
    expect(zoom.status).toBe(1);
    expect(zoom.stdout).toContain("[meeting-platform]");
    expect(zoom.stdout).toMatch(/at location 1:1 "https:\/\/us02web\.zoom\.us\/j\/\d+/);
    expect(zoom.stdout).toContain("fix: Remove the Zoom link");
    const teams = rapport([
      "check",
      "--profiles",
      PROFILES,
      `${DRAFTS}/clean-teams-invite-to-microsoft.ics`,
    ]);
    expect(teams.status).toBe(0);
  });
});

describe("rapport check: readable report and exit codes", () => {
  it("groups by draft and recipient, with severity, message, evidence line:column and fix", () => {
    const { status, stdout, stderr } = rapport([
      "check",
      "--profiles",
      PROFILES,
      `${DRAFTS}/meg-nickname.eml`,
      `${DRAFTS}/clean-meg-nickname.eml`,
    ]);
    expect(stderr.trim()).toBe("");
    expect(status).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`${DRAFTS}/meg-nickname.eml`);
    expect(lines[1]).toBe("  Megge Anderson <megge.anderson@coca-cola.example>");
    expect(lines[2]).toMatch(/^ {4}(warning|error) +\S.*\[name-spelling\]$/);
    expect(stdout).toContain('at body 1:4 "Meg"');
    expect(stdout).toMatch(/fix: .*Megge/);
    expect(stdout).toContain(`${DRAFTS}/clean-meg-nickname.eml\n  nothing to warn about`);
    expect(stdout).not.toContain("\u001b["); // not a terminal: no colour
    expect(stdout).not.toContain("Attached is the revised"); // never the body beyond evidence
    expect(lines.filter((l) => l !== "").at(-1)).toMatch(
      /^2 drafts, \d+ errors?, \d+ warnings?, \d+ info$/,
    );
  });

  it("exits 0 when nothing is found, and colours only when asked to", () => {
    const clean = rapport(["check", "--profiles", PROFILES, `${DRAFTS}/clean-fedex-to-ups.eml`], {
      FORCE_COLOR: "1",
    });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("\u001b[1m"); // bold file name
    expect(clean.stdout).toContain("1 draft, 0 errors, 0 warnings, 0 info");
  });

  it("exits 2 for unreadable drafts, names file and reason, and still checks the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-cli-"));
    const broken = join(dir, "broken.json");
    writeFileSync(
      broken,
      '{\n  "to": ["megge.anderson@coca-cola.example"],\n  "text": "Hi Meg",\n}\n',
    );
    const { status, stdout, stderr } = rapport([
      "check",
      "--profiles",
      PROFILES,
      "--format",
      "json",
      "test/fixtures/eml/not-an-email.eml",
      broken,
      "missing.eml",
      `${DRAFTS}/fedex-to-ups.eml`,
    ]);
    expect(status).toBe(2);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.drafts.map(({ file, error }) => ({ file, error }))).toEqual([
      { file: "test/fixtures/eml/not-an-email.eml", error: "not an e-mail message (no headers)" },
      { file: broken, error: expect.stringMatching(/^line 4: /) },
      { file: "missing.eml", error: "no such file" },
      { file: `${DRAFTS}/fedex-to-ups.eml`, error: undefined },
    ]);
    expect(report.drafts[3]!.findings.map((f) => f.check)).toContain("competitor-mention");
    expect(stderr).toContain(
      "rapport: test/fixtures/eml/not-an-email.eml: not an e-mail message (no headers)",
    );
    expect(stderr).toContain("rapport: missing.eml: no such file");
    expect(stderr).toMatch(new RegExp(`rapport: ${broken.replace(/[.]/g, "\\.")}: line 4: `));
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("reports each malformed profile and checks with the usable ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-cli-"));
    const csv = join(dir, "clients.csv");
    writeFileSync(
      csv,
      "matchKey,competitors,billingDetail\n@ups.example,FedEx;DHL,summary\n@ford.example,Chevy,monthly\n",
    );
    const partly = rapport([
      "check",
      "--profiles",
      csv,
      "--format",
      "json",
      `${DRAFTS}/fedex-to-ups.eml`,
    ]);
    expect(partly.stderr).toContain(
      `error: ${csv}: row 3: @ford.example: billingDetail: must be one of detailed, summary, not "monthly"`,
    );
    expect(partly.status).toBe(1);
    const findings = (JSON.parse(partly.stdout) as JsonReport).drafts[0]!.findings;
    expect(findings.map((f) => f.check)).toContain("competitor-mention");
  });

  it("exits 2 on bad usage with a one-line reason", () => {
    const noProfiles = rapport(["check", `${DRAFTS}/fedex-to-ups.eml`]);
    expect(noProfiles.status).toBe(2);
    expect(noProfiles.stderr).toContain("rapport: no profiles given: use --profiles FILE");
  });
});
